// Round, Multiply and Divide: each mode, ties, limits. The mode table is the
// one Python's decimal gives (quantize to an integer), checked by running
// Python 3.11's decimal on the same inputs; the rest is worked by hand.
// bindings/python/tests/test_differential.py compares 100,000+ random cases
// against Python's decimal.

#include <array>
#include <climits>
#include <random>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "relance/decimal.h"
#include "test_support.h"
#include "wide_integer.h"

namespace relance {
namespace {

using testing::CodeOf;
using testing::D;
using testing::Message;
using testing::Text;

constexpr std::array<RoundingMode, 8> kModes = {
    RoundingMode::kHalfEven, RoundingMode::kHalfUp,  RoundingMode::kHalfDown,
    RoundingMode::kUp,       RoundingMode::kDown,    RoundingMode::kCeiling,
    RoundingMode::kFloor,    RoundingMode::kZeroFiveUp};

struct ModeRow {
  std::string_view value;
  std::array<std::string_view, 8> expected;  // in kModes order
};

// Python: Decimal(v).quantize(Decimal(1), rounding=m). Python prints "-0"
// where relance prints "0" (no negative zero).
const std::vector<ModeRow> kModeTable = {
    {"5.5", {"6", "6", "5", "6", "5", "6", "5", "6"}},
    {"2.5", {"2", "3", "2", "3", "2", "3", "2", "2"}},
    {"1.6", {"2", "2", "2", "2", "1", "2", "1", "1"}},
    {"1.1", {"1", "1", "1", "2", "1", "2", "1", "1"}},
    {"1.0", {"1", "1", "1", "1", "1", "1", "1", "1"}},
    {"-1.0", {"-1", "-1", "-1", "-1", "-1", "-1", "-1", "-1"}},
    {"-1.1", {"-1", "-1", "-1", "-2", "-1", "-1", "-2", "-1"}},
    {"-1.6", {"-2", "-2", "-2", "-2", "-1", "-1", "-2", "-1"}},
    {"-2.5", {"-2", "-3", "-2", "-3", "-2", "-2", "-3", "-2"}},
    {"-5.5", {"-6", "-6", "-5", "-6", "-5", "-5", "-6", "-6"}},
    {"0.1", {"0", "0", "0", "1", "0", "1", "0", "1"}},
    {"10.1", {"10", "10", "10", "11", "10", "11", "10", "11"}},
    {"-0.5", {"0", "-1", "0", "-1", "0", "0", "-1", "-1"}},
    {"9.99", {"10", "10", "10", "10", "9", "10", "9", "9"}},
};

TEST(Round, EveryModeMatchesPythonDecimal) {
  for (const ModeRow& row : kModeTable) {
    for (std::size_t m = 0; m < kModes.size(); ++m) {
      EXPECT_EQ(Text(Round(D(row.value), 0, kModes[m])), row.expected[m])
          << row.value << " " << RoundingModeName(kModes[m]);
    }
  }
}

TEST(Round, ExactModeRefusesToDropDigits) {
  EXPECT_EQ(Text(Round(D("1.230"), 2, RoundingMode::kExact)), "1.23");
  absl::StatusOr<Decimal> r = Round(D("1.235"), 2, RoundingMode::kExact);
  EXPECT_EQ(CodeOf(r), ErrorCode::kInexact);
  EXPECT_NE(Message(r.status()).find("rounding 1.235 to scale 2"), std::string::npos);
}

TEST(Round, TiesAreDetectedFarBelowTheLastDigit) {
  // 0.125000000000000001 is above the tie at scale 2: 0.13 even in HALF_EVEN.
  EXPECT_EQ(Text(Round(D("0.125000000000000001"), 2, RoundingMode::kHalfEven)), "0.13");
  EXPECT_EQ(Text(Round(D("0.125000000000000000"), 2, RoundingMode::kHalfEven)), "0.12");
  EXPECT_EQ(Text(Round(D("0.124999999999999999"), 2, RoundingMode::kHalfUp)), "0.12");
}

TEST(Round, WideCoefficientsAndScaleLimits) {
  // 38 digits at scale 18, rounded to scale 0: 20 integer digits remain.
  EXPECT_EQ(Text(Round(D("99999999999999999999.999999999999999999"), 0, RoundingMode::kDown)),
            "99999999999999999999");
  EXPECT_EQ(Text(Round(D("99999999999999999999.5"), 0, RoundingMode::kHalfUp)),
            "100000000000000000000");
  EXPECT_EQ(Text(Round(D("12.5"), 18, RoundingMode::kHalfEven)), "12.500000000000000000");
  EXPECT_EQ(CodeOf(Round(D("99999999999999999999999999999999999999"), 1,
                         RoundingMode::kHalfEven)),
            ErrorCode::kOverflow);
  EXPECT_EQ(CodeOf(Round(D("1"), 19, RoundingMode::kHalfEven)), ErrorCode::kInvalidArgument);
  EXPECT_EQ(CodeOf(Round(D("1"), -1, RoundingMode::kHalfEven)), ErrorCode::kInvalidArgument);
  EXPECT_EQ(CodeOf(Round(D("1"), 2, static_cast<RoundingMode>(9))),
            ErrorCode::kInvalidArgument);
}

TEST(Multiply, ExactProduct) {
  EXPECT_EQ(Text(Multiply(D("19.99"), Decimal(3))), "59.97");
  EXPECT_EQ(Text(Multiply(D("-1.5"), D("1.5"))), "-2.25");
  EXPECT_EQ(Text(Multiply(D("0.000000001"), D("0.000000001"))), "0.000000000000000001");
  // Scale 20 comes back to 18 when the dropped digits are zeros...
  EXPECT_EQ(Text(Multiply(D("0.0000000010"), D("0.0000000010"))), "0.000000000000000001");
  // ...and is inexact otherwise.
  EXPECT_EQ(CodeOf(Multiply(D("0.0000000001"), D("0.0000000001"))), ErrorCode::kInexact);
  EXPECT_EQ(CodeOf(Multiply(D("10000000000000000000"), D("10000000000000000000"))),
            ErrorCode::kOverflow);
}

TEST(Multiply, RoundsOnceFromTheExactProduct) {
  // 59.97 * 0.20 = 11.994 -> 11.99; 0.125 * 1 at scale 2 is a tie.
  EXPECT_EQ(Text(Multiply(D("59.97"), D("0.20"), 2, RoundingMode::kHalfUp)), "11.99");
  EXPECT_EQ(Text(Multiply(D("0.125"), D("1"), 2, RoundingMode::kHalfEven)), "0.12");
  EXPECT_EQ(Text(Multiply(D("0.125"), D("1"), 2, RoundingMode::kHalfUp)), "0.13");
  // 10,000.00 * 0.1425 * 30 = 42,750 -> / 365 is a Divide; here the VAT of
  // 123.45 at 5.5 % = 6.78975 -> 6.79 (HALF_UP) and 6.78 (DOWN).
  EXPECT_EQ(Text(Multiply(D("123.45"), D("0.055"), 2, RoundingMode::kHalfUp)), "6.79");
  EXPECT_EQ(Text(Multiply(D("123.45"), D("0.055"), 2, RoundingMode::kDown)), "6.78");
  EXPECT_EQ(Text(Multiply(D("-123.45"), D("0.055"), 2, RoundingMode::kFloor)), "-6.79");
  // A wide product (76 digits) rounded back into range.
  const Decimal big = D("9999999999999999999.999999999999999999");
  EXPECT_EQ(Text(Multiply(big, big, 0, RoundingMode::kHalfEven)),
            "99999999999999999999999999999999999980");
  EXPECT_EQ(Text(Multiply(big, D("0.000000000000000001"), 18, RoundingMode::kHalfEven)),
            "10.000000000000000000");
  EXPECT_EQ(CodeOf(Multiply(big, big, 1, RoundingMode::kHalfEven)), ErrorCode::kOverflow);
  EXPECT_EQ(CodeOf(Multiply(D("2"), D("0.5"), 1, RoundingMode::kExact)), ErrorCode::kOk);
  EXPECT_EQ(CodeOf(Multiply(D("2.5"), D("0.5"), 1, RoundingMode::kExact)), ErrorCode::kInexact);
}

TEST(Multiply, WideProductsLiftedToALargerScaleOverflowInsteadOfWrapping) {
  // 2^119 squared is 2^238; lifted by 10^18 it would pass 2^256 and wrap.
  const Decimal p119 = D("664613997892457936451903530140172288");
  for (int mode = 0; mode < kRoundingModeCount; ++mode) {
    EXPECT_EQ(CodeOf(Multiply(p119, p119, 18, static_cast<RoundingMode>(mode))),
              ErrorCode::kOverflow);
    EXPECT_EQ(CodeOf(Multiply(-p119, p119, 18, static_cast<RoundingMode>(mode))),
              ErrorCode::kOverflow);
  }
  EXPECT_EQ(CodeOf(Multiply(D("4253529586511730793292182592897.1026432"),
                            D("3987683987354747618711421180841033728"), 18,
                            RoundingMode::kHalfEven)),
            ErrorCode::kOverflow);
  // The same shapes that do fit.
  EXPECT_EQ(Text(Multiply(D("18446744073709551616"), D("0.5"), 3, RoundingMode::kExact)),
            "9223372036854775808.000");
}

TEST(Multiply, ExtremeScaleArgumentsAreInvalidNotUndefined) {
  // The fast paths compute scale differences before checking the scale.
  for (int scale : {INT_MIN, INT_MIN + 1, -1, 19, INT_MAX - 1, INT_MAX}) {
    EXPECT_EQ(CodeOf(Multiply(D("1.5"), D("1.25"), scale, RoundingMode::kHalfEven)),
              ErrorCode::kInvalidArgument)
        << scale;
    EXPECT_EQ(CodeOf(Divide(D("1.5"), D("1.25"), scale, RoundingMode::kHalfEven)),
              ErrorCode::kInvalidArgument)
        << scale;
    EXPECT_EQ(CodeOf(Round(D("1.5"), scale, RoundingMode::kHalfEven)),
              ErrorCode::kInvalidArgument)
        << scale;
  }
}

TEST(ParseRounded, RoundsOnceFromAllTheDigits) {
  EXPECT_EQ(Text(ParseRounded("0.333333333333333333333333", 2, RoundingMode::kHalfEven)),
            "0.33");
  EXPECT_EQ(Text(ParseRounded("0.125", 2, RoundingMode::kHalfEven)), "0.12");
  EXPECT_EQ(Text(ParseRounded("0.125", 2, RoundingMode::kHalfUp)), "0.13");
  // A nonzero digit far past the tie makes it above half.
  EXPECT_EQ(Text(ParseRounded("0.12500000000000000000000001", 2, RoundingMode::kHalfEven)),
            "0.13");
  EXPECT_EQ(Text(ParseRounded("0.12500000000000000000000000", 2, RoundingMode::kHalfDown)),
            "0.12");
  EXPECT_EQ(Text(ParseRounded("-0.121", 2, RoundingMode::kFloor)), "-0.13");
  EXPECT_EQ(Text(ParseRounded("-0.121", 2, RoundingMode::kCeiling)), "-0.12");
  EXPECT_EQ(Text(ParseRounded("0.001", 2, RoundingMode::kZeroFiveUp)), "0.01");
  EXPECT_EQ(Text(ParseRounded("12.5", 0, RoundingMode::kHalfUp)), "13");
  EXPECT_EQ(Text(ParseRounded("1.5", 3, RoundingMode::kHalfUp)), "1.500");
  EXPECT_EQ(Text(ParseRounded("-0.004", 2, RoundingMode::kHalfUp)), "0.00");
  EXPECT_EQ(Text(ParseRounded("1.2300000000000000000000", 2, RoundingMode::kExact)), "1.23");
  EXPECT_EQ(CodeOf(ParseRounded("1.231", 2, RoundingMode::kExact)), ErrorCode::kInexact);
}

TEST(ParseRounded, LimitsAndErrors) {
  const std::string nines(38, '9');
  EXPECT_EQ(Text(ParseRounded(nines + ".4", 0, RoundingMode::kHalfUp)), nines);
  EXPECT_EQ(CodeOf(ParseRounded(nines + ".5", 0, RoundingMode::kHalfUp)), ErrorCode::kOverflow);
  EXPECT_EQ(CodeOf(ParseRounded("100000000000000000000.1", 18, RoundingMode::kDown)),
            ErrorCode::kOverflow);
  EXPECT_EQ(CodeOf(ParseRounded("1,5", 2, RoundingMode::kDown)), ErrorCode::kParse);
  EXPECT_EQ(CodeOf(ParseRounded("1.5", 19, RoundingMode::kDown)), ErrorCode::kInvalidArgument);
  EXPECT_EQ(CodeOf(ParseRounded("1.5", 2, static_cast<RoundingMode>(12))),
            ErrorCode::kInvalidArgument);
}

TEST(Divide, RoundsOnceFromTheExactQuotient) {
  // DOMAIN.md golden case 1: 10,000.00 * 14.25 % * 30 / 365 = 117.123...
  const Decimal numerator = *Multiply(*Multiply(D("10000.00"), D("0.1425")), Decimal(30));
  EXPECT_EQ(numerator.ToString(), "42750.000000");
  EXPECT_EQ(Text(Divide(numerator, Decimal(365), 2, RoundingMode::kHalfUp)), "117.12");
  EXPECT_EQ(Text(Divide(D("1"), D("3"), 6, RoundingMode::kHalfEven)), "0.333333");
  EXPECT_EQ(Text(Divide(D("2"), D("3"), 6, RoundingMode::kHalfEven)), "0.666667");
  EXPECT_EQ(Text(Divide(D("-2"), D("3"), 6, RoundingMode::kDown)), "-0.666666");
  EXPECT_EQ(Text(Divide(D("1"), D("8"), 2, RoundingMode::kHalfEven)), "0.12");
  EXPECT_EQ(Text(Divide(D("3"), D("8"), 2, RoundingMode::kHalfEven)), "0.38");
  EXPECT_EQ(Text(Divide(D("1"), D("8"), 2, RoundingMode::kHalfDown)), "0.12");
  EXPECT_EQ(Text(Divide(D("1"), D("-8"), 2, RoundingMode::kHalfUp)), "-0.13");
  EXPECT_EQ(Text(Divide(D("100"), D("0.25"), 0, RoundingMode::kExact)), "400");
}

TEST(Divide, TinyDivisorsAndWideQuotients) {
  EXPECT_EQ(Text(Divide(D("1"), D("0.000000000000000001"), 0, RoundingMode::kExact)),
            "1000000000000000000");
  EXPECT_EQ(Text(Divide(D("12345678901234567890"), D("0.000000000000000001"), 0,
                        RoundingMode::kExact)),
            "12345678901234567890000000000000000000");
  EXPECT_EQ(CodeOf(Divide(D("123456789012345678901"), D("0.000000000000000001"), 0,
                          RoundingMode::kExact)),
            ErrorCode::kOverflow);
  // Numerator lifted by 10^36 (scale 18 result, divisor scale 18).
  EXPECT_EQ(Text(Divide(D("7"), D("0.000000000000000003"), 18, RoundingMode::kHalfEven)),
            "2333333333333333333.333333333333333333");
  EXPECT_EQ(Text(Divide(D("99999999999999999999999999999999999999"),
                        D("99999999999999999999999999999999999999"), 18,
                        RoundingMode::kHalfEven)),
            "1.000000000000000000");
}

TEST(Divide, ByZeroIsAnError) {
  absl::StatusOr<Decimal> r = Divide(D("5.00"), D("0.0"), 2, RoundingMode::kHalfEven);
  EXPECT_EQ(CodeOf(r), ErrorCode::kDivisionByZero);
  EXPECT_EQ(Message(r.status()), "division of 5.00 by zero");
  EXPECT_EQ(CodeOf(DivideExact(D("5"), D("0"))), ErrorCode::kDivisionByZero);
}

TEST(DivideExact, PicksTheSmallestExactScale) {
  EXPECT_EQ(Text(DivideExact(D("1.00"), D("4"))), "0.25");
  EXPECT_EQ(Text(DivideExact(D("1.00"), D("2"))), "0.50");
  EXPECT_EQ(Text(DivideExact(D("3"), D("0.5"))), "6");
  EXPECT_EQ(Text(DivideExact(D("1"), D("1024"))), "0.0009765625");
  EXPECT_EQ(CodeOf(DivideExact(D("1"), D("3"))), ErrorCode::kInexact);
  EXPECT_EQ(CodeOf(DivideExact(D("1"), D("1048576"))),
            ErrorCode::kInexact);  // 2^-20 needs 20 fraction digits
  EXPECT_EQ(CodeOf(DivideExact(D("99999999999999999999999999999999999999"), D("0.1"))),
            ErrorCode::kOverflow);
}

// The inline 64-bit paths of Multiply and Divide must agree with the general
// out-of-line paths (checked independently against Python's decimal by
// bindings/python/tests/test_differential.py) on every input they take.
TEST(FastPaths, AgreeWithTheGeneralPaths) {
  std::mt19937_64 rng(7);
  auto coefficient = [&]() -> std::int64_t {
    const int digits = static_cast<int>(rng() % 19);
    std::int64_t c = static_cast<std::int64_t>(rng() % decimal_internal::kPow10u64[digits]);
    if (rng() % 8 == 0) c = c / 10 * 10 + 5;  // ties
    return rng() % 2 ? -c : c;
  };
  int fast_multiply = 0, fast_divide = 0;
  for (int i = 0; i < 300000; ++i) {
    const Decimal a = *Decimal::FromCoefficient(coefficient(), static_cast<int>(rng() % 19));
    const Decimal b = *Decimal::FromCoefficient(coefficient(), static_cast<int>(rng() % 19));
    const int scale = static_cast<int>(rng() % 19);
    const auto mode = static_cast<RoundingMode>(rng() % 9);
    const auto m = Multiply(a, b, scale, mode);
    const auto ms = decimal_internal::MultiplySlow(a, b, scale, mode);
    ASSERT_EQ(Text(m), Text(ms)) << a << " * " << b << " " << scale << " "
                                 << RoundingModeName(mode);
    const auto d = Divide(a, b, scale, mode);
    const auto ds = decimal_internal::DivideSlow(a, b, scale, mode);
    ASSERT_EQ(Text(d), Text(ds)) << a << " / " << b << " " << scale << " "
                                 << RoundingModeName(mode);
    // The 64-bit paths take exactly these cases (the coefficients are int64).
    const int drop = a.scale() + b.scale() - scale;
    const int lift = scale - a.scale() + b.scale();
    std::int64_t product;
    const bool rounding = mode != RoundingMode::kExact;
    fast_multiply += rounding && drop > 0 && drop < 20 &&
                     !__builtin_mul_overflow(static_cast<std::int64_t>(a.coefficient()),
                                             static_cast<std::int64_t>(b.coefficient()),
                                             &product);
    fast_divide += rounding && !b.is_zero() && lift >= 0 && lift < 20 &&
                   wide::Magnitude(a.coefficient()) <=
                       UINT64_MAX / decimal_internal::kPow10u64[lift];
  }
  // Both kinds of case occurred many times.
  EXPECT_GT(fast_multiply, 50000);
  EXPECT_GT(fast_divide, 50000);
}

}  // namespace
}  // namespace relance
