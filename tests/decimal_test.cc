// Decimal: parse, format, limits, comparison, hashing and the exact
// operations (Add, Subtract, Sum, Rescale). Expected values are worked by hand.

#include "relance/decimal.h"

#include <random>
#include <string>
#include <vector>

#include <boost/multiprecision/cpp_int.hpp>

#include "absl/container/flat_hash_set.h"
#include "absl/hash/hash.h"
#include "gtest/gtest.h"
#include "test_support.h"
#include "wide_integer.h"

namespace relance {
namespace {

using testing::CodeOf;
using testing::D;
using testing::Message;
using testing::Text;

constexpr std::string_view kMax = "99999999999999999999999999999999999999";  // 38 nines

TEST(DecimalParse, RoundTripsPlainNotation) {
  for (std::string_view s :
       {"0", "1", "-1", "12.50", "-1234.5678", "0.001", "0.000000000000000001",
        "99999999999999999999.999999999999999999", "-0.10"}) {
    EXPECT_EQ(Text(Decimal::Parse(s)), s);
  }
  EXPECT_EQ(Text(Decimal::Parse(kMax)), kMax);
  EXPECT_EQ(Text(Decimal::Parse(std::string("-") + std::string(kMax))),
            std::string("-") + std::string(kMax));
}

TEST(DecimalParse, KeepsScaleAndNormalizesSignAndLeadingZeros) {
  const Decimal d = D("+007.250");
  EXPECT_EQ(d.scale(), 3);
  EXPECT_EQ(d.coefficient(), 7250);
  EXPECT_EQ(d.ToString(), "7.250");
}

TEST(DecimalParse, NegativeZeroIsZero) {
  const Decimal d = D("-0.00");
  EXPECT_TRUE(d.is_zero());
  EXPECT_EQ(d.signum(), 0);
  EXPECT_EQ(d.ToString(), "0.00");
  EXPECT_EQ(d, Decimal(0));
}

TEST(DecimalParse, RejectsOtherSyntaxNamingThePosition) {
  struct Case {
    std::string_view text, message;
  };
  for (const Case& c : std::vector<Case>{
           {"", "parse error at end of \"\": expected a digit"},
           {"-", "parse error at end of \"-\": expected a digit"},
           {"12,50", "parse error at position 3 (',') in \"12,50\": expected a digit, '.' or the end"},
           {" 1", "parse error at position 1 (' ')"},
           {"1 ", "parse error at position 2 (' ')"},
           {"1.", "parse error at end of \"1.\": expected a digit after '.'"},
           {".5", "parse error at position 1 ('.')"},
           {"1e5", "parse error at position 2 ('e')"},
           {"1.2.3", "parse error at position 4 ('.')"},
           {"--1", "parse error at position 2 ('-')"},
           {"NaN", "parse error at position 1 ('N')"},
           {"1_000", "parse error at position 2 ('_')"},
       }) {
    absl::StatusOr<Decimal> d = Decimal::Parse(c.text);
    ASSERT_FALSE(d.ok()) << c.text;
    EXPECT_EQ(ErrorCodeOf(d.status()), ErrorCode::kParse) << c.text;
    EXPECT_NE(Message(d.status()).find(c.message), std::string::npos)
        << Message(d.status());
  }
}

TEST(DecimalParse, NonPrintableBytesAreNamedInHex) {
  absl::StatusOr<Decimal> d = Decimal::Parse(std::string_view("1\0", 2));
  ASSERT_FALSE(d.ok());
  EXPECT_NE(Message(d.status()).find("position 2 (byte 0x0)"), std::string::npos)
      << Message(d.status());
}

TEST(DecimalParse, LimitsOnDigits) {
  // 39 significant digits overflow; leading zeros do not count.
  EXPECT_EQ(CodeOf(Decimal::Parse(std::string(39, '9'))), ErrorCode::kOverflow);
  EXPECT_EQ(Text(Decimal::Parse("000" + std::string(kMax))), kMax);
  EXPECT_EQ(CodeOf(Decimal::Parse("1" + std::string(20, '0') + "." + std::string(18, '1'))),
            ErrorCode::kOverflow);
  // A 19th fraction digit is refused unless it and the rest are zeros.
  EXPECT_EQ(CodeOf(Decimal::Parse("0.0000000000000000001")), ErrorCode::kInexact);
  EXPECT_EQ(Text(Decimal::Parse("1.50000000000000000000000")), "1.500000000000000000");
}

TEST(DecimalFromCoefficient, ChecksScaleAndRange) {
  EXPECT_EQ(Text(Decimal::FromCoefficient(-12345, 2)), "-123.45");
  EXPECT_EQ(CodeOf(Decimal::FromCoefficient(1, 19)), ErrorCode::kInvalidArgument);
  EXPECT_EQ(CodeOf(Decimal::FromCoefficient(1, -1)), ErrorCode::kInvalidArgument);
  EXPECT_EQ(CodeOf(Decimal::FromCoefficient(Decimal::kMaxCoefficient + 1, 0)),
            ErrorCode::kOverflow);
  EXPECT_EQ(CodeOf(Decimal::FromCoefficient(-Decimal::kMaxCoefficient - 1, 0)),
            ErrorCode::kOverflow);
}

TEST(DecimalFormat, WritesAtMostMaxTextLength) {
  const Decimal longest = D("-99999999999999999999.999999999999999999");
  char buffer[Decimal::kMaxTextLength];
  EXPECT_EQ(longest.Format(buffer), Decimal::kMaxTextLength);
  EXPECT_EQ(std::string(buffer, Decimal::kMaxTextLength), longest.ToString());
  EXPECT_EQ(D("0.000000000000000001").ToString(), "0.000000000000000001");
  EXPECT_EQ(Decimal(-42).ToString(), "-42");
}

TEST(DecimalCompare, IsNumericAcrossScales) {
  EXPECT_EQ(D("1.0"), D("1.00"));
  EXPECT_TRUE(D("1.0") <=> D("1.00") == 0);
  EXPECT_LT(D("1.09"), D("1.1"));
  EXPECT_LT(D("-1.1"), D("-1.09"));
  EXPECT_LT(D("-0.01"), D("0"));
  EXPECT_GT(D("0.000000000000000001"), D("0"));
  // A value whose lift to the other scale leaves 38 digits.
  EXPECT_GT(D(kMax), D("0.000000000000000001"));
  EXPECT_LT(-D(kMax), D("-0.000000000000000001"));
  EXPECT_GT(D("10000000000000000000"), D("9999999999999999999.999999999999999999"));
}

TEST(DecimalHash, AgreesWithNumericEquality) {
  const std::vector<Decimal> values = {D("1"),   D("1.0"),    D("1.00"),  D("-1.000"),
                                       D("0"),   D("0.000"),  D("100"),   D("100.00"),
                                       D("12.34"), D("12.340"), D(kMax),  D("-0.01")};
  const absl::Hash<Decimal> hash;
  for (const Decimal& a : values) {
    for (const Decimal& b : values) {
      if (a == b) {
        EXPECT_EQ(hash(a), hash(b)) << a << " " << b;
      }
    }
  }
  EXPECT_NE(hash(D("1")), hash(D("-1")));
  EXPECT_NE(hash(D("1")), hash(D("0.1")));
  absl::flat_hash_set<Decimal> set = {D("2.50"), D("2.5"), D("2.500")};
  EXPECT_EQ(set.size(), 1u);
}

TEST(DecimalNegateAbs, AreExactOverTheWholeRange) {
  EXPECT_EQ((-D(kMax)).ToString(), "-" + std::string(kMax));
  EXPECT_EQ((-D("-3.10")).ToString(), "3.10");
  EXPECT_EQ(D("-3.10").Abs().ToString(), "3.10");
  EXPECT_EQ((-Decimal()).ToString(), "0");
}

TEST(DecimalAdd, IsExactAtTheLargerScale) {
  EXPECT_EQ(Text(Add(D("1.10"), D("2.205"))), "3.305");
  EXPECT_EQ(Text(Add(D("0.1"), D("0.2"))), "0.3");
  EXPECT_EQ(Text(Subtract(D("1.00"), D("1.00"))), "0.00");
  EXPECT_EQ(Text(Subtract(D("-5"), D("0.001"))), "-5.001");
  EXPECT_EQ(Text(Add(D(kMax), D("-1"))), "99999999999999999999999999999999999998");
}

TEST(DecimalAdd, OverflowIsAnErrorNeverAWrap) {
  absl::StatusOr<Decimal> r = Add(D(kMax), D("1"));
  EXPECT_EQ(CodeOf(r), ErrorCode::kOverflow);
  EXPECT_NE(Message(r.status()).find(std::string(kMax) + " + 1"), std::string::npos);
  EXPECT_EQ(CodeOf(Subtract(-D(kMax), D("1"))), ErrorCode::kOverflow);
  EXPECT_EQ(CodeOf(Add(D(kMax), D(kMax))), ErrorCode::kOverflow);
  // Lifting 10^20 to scale 18 reaches 10^38, past the limit, yet the sum
  // comes back in range: that is not an overflow.
  EXPECT_EQ(Text(Add(D("100000000000000000000"), D("-0.000000000000000001"))),
            "99999999999999999999.999999999999999999");
  EXPECT_EQ(CodeOf(Add(D("100000000000000000000"), D("0.000000000000000001"))),
            ErrorCode::kOverflow);
}

// Mixed scales against an exact reference (cpp_int): both terms lifted to
// the larger scale and added, kOverflow past 38 digits. Wide coefficients
// and wide scale gaps reach the 128-bit path, the 256-bit one (a term that
// leaves 38 digits when lifted) and overflow.
TEST(DecimalAdd, MixedScalesMatchAnExactReference) {
  using boost::multiprecision::cpp_int;
  std::mt19937_64 rng(38);
  const cpp_int max(kMax);
  auto random_decimal = [&rng](int scale) {
    std::string digits(1 + rng() % 38, '0');
    for (char& c : digits) c = static_cast<char>('0' + rng() % 10);
    if (rng() % 2) digits.insert(0, "-");
    return *Decimal::FromCoefficient(D(digits).coefficient(), scale);
  };
  auto lifted = [](const Decimal& x, int scale) {
    cpp_int v(Decimal::FromCoefficient(x.coefficient(), 0)->ToString());
    for (int i = x.scale(); i < scale; ++i) v *= 10;
    return v;
  };
  int narrow = 0, wide = 0, overflow = 0;
  for (int i = 0; i < 20000; ++i) {
    const int sa = static_cast<int>(rng() % 19);
    const int sb = (sa + 1 + static_cast<int>(rng() % 18)) % 19;  // != sa
    Decimal a = random_decimal(sa), b = random_decimal(sb);
    if (i % 4 == 0 && sa < sb) {
      // a lifted is 10^38 + r x 10^gap, just past 38 digits; b brings the
      // sum back to 10^38 - k.
      const int gap = sb - sa;
      const int128 r = static_cast<int128>(rng() % 10);
      const int128 k = 1 + static_cast<int128>(rng() % wide::Pow10(gap));
      a = *Decimal::FromCoefficient(wide::Pow10(38 - gap) + r, sa);
      b = *Decimal::FromCoefficient(-(r * wide::Pow10(gap) + k), sb);
      if (rng() % 2) a = -a, b = -b;
    }
    const int scale = std::max(sa, sb);
    const cpp_int la = lifted(a, scale), lb = lifted(b, scale), sum = la + lb;
    const absl::StatusOr<Decimal> r = Add(a, b);
    if (abs(sum) > max) {
      ASSERT_EQ(CodeOf(r), ErrorCode::kOverflow) << a << " + " << b;
      ++overflow;
      continue;
    }
    const Decimal expected =
        *Decimal::FromCoefficient(D(sum.str()).coefficient(), scale);
    ASSERT_EQ(Text(r), expected.ToString()) << a << " + " << b;
    (abs(la) > max || abs(lb) > max ? wide : narrow) += 1;
  }
  EXPECT_GT(narrow, 2000);
  EXPECT_GT(wide, 200);
  EXPECT_GT(overflow, 200);
}

TEST(DecimalSum, IsExactAndChecksOnlyTheTotal) {
  EXPECT_EQ(Text(Sum({})), "0");
  const std::vector<Decimal> v = {D("0.10"), D("0.20"), D("-0.05"), D("7")};
  EXPECT_EQ(Text(Sum(v)), "7.25");
  // Partial sums pass 38 digits, the total does not.
  const std::vector<Decimal> w = {D(kMax), D(kMax), -D(kMax), D("-1")};
  EXPECT_EQ(Text(Sum(w)), "99999999999999999999999999999999999998");
  const std::vector<Decimal> x = {D(kMax), D("1")};
  EXPECT_EQ(CodeOf(Sum(x)), ErrorCode::kOverflow);
  // Mixed scales: the scale-0 maximum lifted to scale 2 leaves 128 bits.
  const std::vector<Decimal> y = {D(kMax), D("0.01")};
  EXPECT_EQ(CodeOf(Sum(y)), ErrorCode::kOverflow);
}

TEST(DecimalRescale, ExtendsExactlyAndRefusesToLoseDigits) {
  EXPECT_EQ(Text(Rescale(D("1.5"), 3)), "1.500");
  EXPECT_EQ(Text(Rescale(D("1.500"), 1)), "1.5");
  EXPECT_EQ(CodeOf(Rescale(D("1.55"), 1)), ErrorCode::kInexact);
  EXPECT_EQ(CodeOf(Rescale(D("1"), 19)), ErrorCode::kInvalidArgument);
  EXPECT_EQ(CodeOf(Rescale(D(kMax), 1)), ErrorCode::kOverflow);
}

TEST(DecimalNormalized, StripsTrailingZeros) {
  EXPECT_EQ(D("1.500").Normalized().ToString(), "1.5");
  EXPECT_EQ(D("100").Normalized().ToString(), "100");
  EXPECT_EQ(D("0.000").Normalized().ToString(), "0");
}

}  // namespace
}  // namespace relance
