// Money: construction at the minor unit, currency rules, rates, and the
// allocation invariants (parts sum to the total, each within one minor unit
// of its exact share), checked on hand-worked cases and seeded random ones.

#include "relance/money.h"

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include <boost/multiprecision/cpp_int.hpp>

#include "gtest/gtest.h"
#include "test_support.h"

namespace relance {
namespace {

using boost::multiprecision::cpp_int;
using testing::C;
using testing::CodeOf;
using testing::D;
using testing::Message;
using testing::Text;

std::vector<std::string> Texts(const absl::StatusOr<std::vector<Money>>& parts) {
  std::vector<std::string> out;
  if (!parts.ok()) return {std::string("error: ") + std::string(ErrorCodeName(ErrorCodeOf(parts.status())))};
  for (const Money& m : *parts) out.push_back(m.ToString());
  return out;
}

TEST(Money, TakesTheMinorUnitsOfItsCurrency) {
  EXPECT_EQ(Text(Money::Parse("12.5", C("EUR"))), "12.50 EUR");
  EXPECT_EQ(Text(Money::Parse("1250", C("JPY"))), "1250 JPY");
  EXPECT_EQ(Text(Money::Parse("1.25", C("BHD"))), "1.250 BHD");
  EXPECT_EQ(Text(Money::Parse("1", C("CLF"))), "1.0000 CLF");
  EXPECT_EQ(Money::FromMinorUnits(-1250, C("EUR")).ToString(), "-12.50 EUR");
  EXPECT_EQ(Money::FromMinorUnits(7, C("BHD")).ToString(), "0.007 BHD");
  EXPECT_EQ(Money::Zero(C("JPY")).ToString(), "0 JPY");
}

TEST(Money, TooManyDigitsNeedARoundingMode) {
  absl::StatusOr<Money> m = Money::Parse("12.345", C("EUR"));
  EXPECT_EQ(CodeOf(m), ErrorCode::kInexact);
  EXPECT_EQ(Message(m.status()),
            "12.345 has more than 2 decimals, the minor unit of EUR; give a rounding mode");
  EXPECT_EQ(Text(Money::Parse("12.345", C("EUR"), RoundingMode::kHalfUp)), "12.35 EUR");
  EXPECT_EQ(Text(Money::Parse("12.345", C("EUR"), RoundingMode::kHalfEven)), "12.34 EUR");
  EXPECT_EQ(Text(Money::Parse("12.5", C("JPY"), RoundingMode::kHalfEven)), "12 JPY");
  // Trailing zeros are not extra digits.
  EXPECT_EQ(Text(Money::Parse("12.3400", C("EUR"))), "12.34 EUR");
  EXPECT_EQ(CodeOf(Money::Parse("12,34", C("EUR"))), ErrorCode::kParse);
}

TEST(Money, MinorUnitsAsInt64) {
  EXPECT_EQ(*Money::Parse("-12.34", C("EUR"))->minor_units_int64(), -1234);
  EXPECT_EQ(CodeOf(Money::Parse("100000000000000000.00", C("EUR"))->minor_units_int64()),
            ErrorCode::kOverflow);
}

TEST(Money, CurrenciesNeverMix) {
  const Money eur = *Money::Parse("10.00", C("EUR"));
  const Money usd = *Money::Parse("10.00", C("USD"));
  absl::StatusOr<Money> sum = Add(eur, usd);
  EXPECT_EQ(CodeOf(sum), ErrorCode::kCurrencyMismatch);
  EXPECT_EQ(Message(sum.status()), "cannot add 10.00 EUR and 10.00 USD: currencies differ");
  EXPECT_EQ(CodeOf(Subtract(eur, usd)), ErrorCode::kCurrencyMismatch);
  EXPECT_EQ(Text(Add(eur, eur)), "20.00 EUR");
  EXPECT_EQ(Text(Subtract(eur, *Money::Parse("10.01", C("EUR")))), "-0.01 EUR");
  EXPECT_FALSE(eur == usd);
}

TEST(Money, RatesAndConversionRoundOnce) {
  const Money net = *Money::Parse("59.97", C("EUR"));
  EXPECT_EQ(Text(MultiplyByRate(net, D("0.20"), RoundingMode::kHalfUp)), "11.99 EUR");
  EXPECT_EQ(Text(MultiplyByRate(net, D("0.055"), RoundingMode::kHalfUp)), "3.30 EUR");
  // 100.00 EUR at 161.235 JPY per EUR = 16123.5 JPY: a tie.
  const Money hundred = *Money::Parse("100.00", C("EUR"));
  EXPECT_EQ(Text(Convert(hundred, C("JPY"), D("161.235"), RoundingMode::kHalfEven)), "16124 JPY");
  EXPECT_EQ(Text(Convert(hundred, C("JPY"), D("161.225"), RoundingMode::kHalfEven)), "16122 JPY");
  EXPECT_EQ(Text(Convert(hundred, C("BHD"), D("0.4123456"), RoundingMode::kDown)), "41.234 BHD");
  EXPECT_EQ(CodeOf(Convert(hundred, C("USD"), D("0"), RoundingMode::kHalfEven)),
            ErrorCode::kInvalidArgument);
  EXPECT_EQ(Text(Convert(hundred, C("USD"), D("1.0833"), RoundingMode::kExact)), "108.33 USD");
  EXPECT_EQ(CodeOf(Convert(hundred, C("USD"), D("1.08335"), RoundingMode::kExact)),
            ErrorCode::kInexact);
}

TEST(Allocate, HandWorkedCases) {
  const Money hundred = *Money::Parse("100.00", C("EUR"));
  EXPECT_EQ(Texts(Split(hundred, 3)),
            (std::vector<std::string>{"33.34 EUR", "33.33 EUR", "33.33 EUR"}));
  EXPECT_EQ(Texts(Allocate(hundred, {D("1"), D("1"), D("1")})),
            (std::vector<std::string>{"33.34 EUR", "33.33 EUR", "33.33 EUR"}));
  EXPECT_EQ(Texts(Allocate(hundred, {D("70"), D("20"), D("10")})),
            (std::vector<std::string>{"70.00 EUR", "20.00 EUR", "10.00 EUR"}));
  // 0.05 by 0.3/0.3/0.4: exact 1.5, 1.5, 2 cents -> truncated 1, 1, 2 (4);
  // the leftover cent goes to the first of the tied remainders.
  EXPECT_EQ(Texts(Allocate(*Money::Parse("0.05", C("EUR")), {D("0.3"), D("0.3"), D("0.4")})),
            (std::vector<std::string>{"0.02 EUR", "0.01 EUR", "0.02 EUR"}));
  // Negative totals split as the negation of the positive split.
  EXPECT_EQ(Texts(Split(*Money::Parse("-100.00", C("EUR")), 3)),
            (std::vector<std::string>{"-33.34 EUR", "-33.33 EUR", "-33.33 EUR"}));
  // A zero ratio gets nothing; 0 JPY splits into zeros.
  EXPECT_EQ(Texts(Allocate(*Money::Parse("10", C("JPY")), {D("0"), D("1"), D("2")})),
            (std::vector<std::string>{"0 JPY", "3 JPY", "7 JPY"}));
  EXPECT_EQ(Texts(Split(Money::Zero(C("JPY")), 2)),
            (std::vector<std::string>{"0 JPY", "0 JPY"}));
  EXPECT_EQ(Texts(Split(*Money::Parse("0.02", C("EUR")), 5)),
            (std::vector<std::string>{"0.01 EUR", "0.01 EUR", "0.00 EUR", "0.00 EUR",
                                      "0.00 EUR"}));
}

TEST(Allocate, RejectsBadRatios) {
  const Money m = *Money::Parse("1.00", C("EUR"));
  EXPECT_EQ(CodeOf(Allocate(m, {})), ErrorCode::kInvalidArgument);
  absl::StatusOr<std::vector<Money>> neg = Allocate(m, {D("1"), D("-1")});
  EXPECT_EQ(CodeOf(neg), ErrorCode::kInvalidArgument);
  EXPECT_EQ(Message(neg.status()), "ratio 1 (-1) is negative");
  EXPECT_EQ(CodeOf(Allocate(m, {D("0"), D("0.00")})), ErrorCode::kDivisionByZero);
  EXPECT_EQ(CodeOf(Split(m, 0)), ErrorCode::kInvalidArgument);
}

cpp_int Big(int128 v) {
  cpp_int out = cpp_int(static_cast<long long>(v >> 64)) << 64;
  return out + cpp_int(static_cast<unsigned long long>(v));
}

// Checks the two invariants of an allocation exactly, in big integers:
// sum(parts) == total, and |part_i * W - total * w_i| < W for weights w.
void ExpectInvariants(const Money& total, const std::vector<Decimal>& ratios,
                      const std::vector<Money>& parts) {
  ASSERT_EQ(parts.size(), ratios.size());
  int scale = 0;
  for (const Decimal& r : ratios) scale = std::max(scale, r.scale());
  std::vector<cpp_int> w;
  cpp_int weight_sum = 0, part_sum = 0;
  for (const Decimal& r : ratios) {
    cpp_int v = Big(r.coefficient());
    for (int i = r.scale(); i < scale; ++i) v *= 10;
    w.push_back(v);
    weight_sum += v;
  }
  const cpp_int t = Big(total.minor_units());
  for (std::size_t i = 0; i < parts.size(); ++i) {
    ASSERT_EQ(parts[i].currency(), total.currency());
    const cpp_int p = Big(parts[i].minor_units());
    part_sum += p;
    cpp_int gap = p * weight_sum - t * w[i];
    if (gap < 0) gap = -gap;
    EXPECT_LT(gap, weight_sum) << "part " << i << " of " << total;
  }
  EXPECT_EQ(part_sum, t) << total;

  // And exactly the largest-remainder parts, from a separate computation:
  // floor shares of |t|, then one unit each to the largest remainders,
  // ties to the lowest index, in the sign of t.
  const cpp_int magnitude = t < 0 ? cpp_int(-t) : t;
  std::vector<cpp_int> floors, remainders;
  cpp_int given = 0;
  for (const cpp_int& wi : w) {
    floors.push_back(magnitude * wi / weight_sum);
    remainders.push_back(magnitude * wi % weight_sum);
    given += floors.back();
  }
  std::vector<std::size_t> order(w.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return remainders[a] != remainders[b] ? remainders[a] > remainders[b] : a < b;
  });
  for (cpp_int k = 0; k < magnitude - given; ++k) {
    floors[order[static_cast<std::size_t>(k)]] += 1;
  }
  for (std::size_t i = 0; i < parts.size(); ++i) {
    EXPECT_EQ(Big(parts[i].minor_units()), t < 0 ? cpp_int(-floors[i]) : floors[i])
        << "part " << i << " of " << total;
  }
}

TEST(Allocate, PropertiesOnSeededRandomCases) {
  std::mt19937_64 rng(20261125);
  const std::vector<Currency> currencies = {C("EUR"), C("JPY"), C("BHD"), C("CLF")};
  for (int iteration = 0; iteration < 3000; ++iteration) {
    const Currency cur = currencies[rng() % currencies.size()];
    const std::int64_t units = static_cast<std::int64_t>(rng() % 2000000001) - 1000000000;
    const Money total = Money::FromMinorUnits(units, cur);
    const std::size_t n = 1 + rng() % 12;
    std::vector<Decimal> ratios;
    for (std::size_t i = 0; i < n; ++i) {
      const int scale = static_cast<int>(rng() % 5);
      const std::int64_t c = (rng() % 4 == 0) ? 0 : static_cast<std::int64_t>(rng() % 100000);
      ratios.push_back(*Decimal::FromCoefficient(c, scale));
    }
    if (std::all_of(ratios.begin(), ratios.end(), [](const Decimal& d) { return d.is_zero(); })) {
      ratios[0] = Decimal(1);
    }
    absl::StatusOr<std::vector<Money>> parts = Allocate(total, ratios);
    ASSERT_TRUE(parts.ok()) << parts.status();
    ExpectInvariants(total, ratios, *parts);
    absl::StatusOr<std::vector<Money>> split = Split(total, static_cast<std::int64_t>(n));
    ASSERT_TRUE(split.ok());
    ExpectInvariants(total, std::vector<Decimal>(n, Decimal(1)), *split);
  }
}

TEST(Allocate, WideTotalsAndRatiosTakeTheBigIntegerPath) {
  const Money total = *Money::Parse("999999999999999999999999999999999999.99", C("EUR"));
  const std::vector<Decimal> ratios = {D("0.000000000000000001"), D("99999999999999999999"),
                                       D("3.333333333333333333")};
  absl::StatusOr<std::vector<Money>> parts = Allocate(total, ratios);
  ASSERT_TRUE(parts.ok()) << parts.status();
  ExpectInvariants(total, ratios, *parts);
  absl::StatusOr<std::vector<Money>> negative = Allocate(-total, ratios);
  ASSERT_TRUE(negative.ok());
  for (std::size_t i = 0; i < ratios.size(); ++i) EXPECT_EQ((*negative)[i], -(*parts)[i]);
}

}  // namespace
}  // namespace relance
