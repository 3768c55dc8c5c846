// The fast (128-bit) arithmetic of late-payment interest against the
// cpp_rational reference: on seeded random requests, on exact ties and on
// amounts past 128 bits, LateInterest gives the same result -- every field,
// every decimal at the same scale, the same ratio strings and explanation
// lines -- or the same error, code and message, whichever arithmetic
// computes it. Counters check that the sweeps reach what they are meant
// to: the fast path itself, ties, errors, several segments.

#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "late_interest_internal.h"
#include "relance/late_interest.h"
#include "relance/rate_table.h"
#include "test_support.h"

namespace relance {
namespace {

using interest_internal::Arithmetic;
using late_interest_internal::LateInterestWith;
using testing::C;
using testing::D;
using testing::Day;

// ToString shows every digit at the value's own scale, so equal text means
// the same coefficient and the same scale.
void ExpectSameSegment(const LateInterestSegment& fast,
                       const LateInterestSegment& ref) {
  EXPECT_EQ(fast.start, ref.start);
  EXPECT_EQ(fast.end, ref.end);
  EXPECT_EQ(fast.days, ref.days);
  EXPECT_EQ(fast.basis_days, ref.basis_days);
  EXPECT_EQ(fast.base.ToString(), ref.base.ToString());
  EXPECT_EQ(fast.percent.ToString(), ref.percent.ToString());
  EXPECT_EQ(fast.day_count, ref.day_count);
  EXPECT_EQ(fast.year_fraction, ref.year_fraction);
  EXPECT_EQ(fast.amount.ToString(), ref.amount.ToString());
  EXPECT_EQ(fast.amount_is_exact, ref.amount_is_exact);
  EXPECT_EQ(fast.exact_ratio, ref.exact_ratio);
  EXPECT_EQ(fast.rounded.ToString(), ref.rounded.ToString());
  EXPECT_EQ(fast.ToString(), ref.ToString());
}

struct Outcome {
  bool ok = false;
  bool fast_only = false;  // the fast arithmetic did it all
  std::size_t segments = 0;
};

// Runs `request` both ways and expects identical results or errors.
Outcome ExpectSameBothWays(const LateInterestRequest& request) {
  bool used_rational = true;
  const absl::StatusOr<LateInterestResult> fast =
      LateInterestWith(request, Arithmetic::kFastFirst, &used_rational);
  const absl::StatusOr<LateInterestResult> ref =
      LateInterestWith(request, Arithmetic::kRationalOnly);
  EXPECT_EQ(fast.status(), ref.status());
  if (!fast.ok() || !ref.ok()) return Outcome{};
  EXPECT_EQ(fast->late, ref->late);
  EXPECT_EQ(fast->segments.size(), ref->segments.size());
  for (std::size_t i = 0; i < fast->segments.size() && i < ref->segments.size();
       ++i) {
    SCOPED_TRACE(::testing::Message() << "segment " << i);
    ExpectSameSegment(fast->segments[i], ref->segments[i]);
  }
  EXPECT_EQ(fast->exact_interest.ToString(), ref->exact_interest.ToString());
  EXPECT_EQ(fast->exact_interest_is_exact, ref->exact_interest_is_exact);
  EXPECT_EQ(fast->exact_interest_ratio, ref->exact_interest_ratio);
  EXPECT_EQ(fast->interest.ToString(), ref->interest.ToString());
  EXPECT_EQ(fast->compensation.ToString(), ref->compensation.ToString());
  EXPECT_EQ(fast->total.ToString(), ref->total.ToString());
  EXPECT_EQ(fast->rounding, ref->rounding);
  EXPECT_EQ(fast->rounding_point, ref->rounding_point);
  EXPECT_EQ(fast->ToString(), ref->ToString());
  return Outcome{true, !used_rational, fast->segments.size()};
}

// A uniform integer of 1..max_digits digits, the digit count uniform too.
std::int64_t LogUniform(std::mt19937_64& rng, int max_digits) {
  const int digits = std::uniform_int_distribution<int>(1, max_digits)(rng);
  std::int64_t low = 1;
  for (int i = 1; i < digits; ++i) low *= 10;
  return std::uniform_int_distribution<std::int64_t>(digits == 1 ? 1 : low,
                                                     low * 10 - 1)(rng);
}

// coefficient x 10^-scale, checked.
Decimal Dec(int128 coefficient, int scale) {
  absl::StatusOr<Decimal> d = Decimal::FromCoefficient(coefficient, scale);
  EXPECT_TRUE(d.ok()) << d.status();
  return d.ok() ? *d : Decimal();
}

// A percentage with 0..6 decimals, up to about 100.
Decimal RandomPercent(std::mt19937_64& rng) {
  const int scale = std::uniform_int_distribution<int>(0, 6)(rng);
  return Dec(LogUniform(rng, scale + 2), scale);
}

// A reference table of half-yearly decisions from 2005, between -1 % and
// 5 % with up to 4 decimals: negative rates included.
RateTable RandomReferenceTable(std::mt19937_64& rng) {
  std::vector<RateChange> changes;
  for (Date d = Day("2005-01-01"); d < Day("2027-01-01");
       d = AddDays(d, std::uniform_int_distribution<int>(30, 200)(rng))) {
    const int scale = std::uniform_int_distribution<int>(0, 4)(rng);
    std::int64_t unit = 1;
    for (int i = 0; i < scale; ++i) unit *= 10;
    changes.push_back({d, Dec(std::uniform_int_distribution<std::int64_t>(
                                  -unit, 5 * unit)(rng),
                              scale)});
  }
  return *RateTable::Create("random reference", std::move(changes));
}

TEST(InterestArithmetic, RandomRequestsGiveIdenticalResults) {
  std::mt19937_64 rng(20250611);
  const RateTable table = RandomReferenceTable(rng);
  const char* const currencies[] = {"EUR", "EUR", "EUR", "JPY", "BHD", "CLF"};
  int ok = 0, fast_only = 0, multi_segment = 0, errors = 0;
  constexpr int kCases = 6000;
  for (int i = 0; i < kCases; ++i) {
    const Currency currency =
        C(currencies[std::uniform_int_distribution<int>(0, 5)(rng)]);
    // 1 to 10^15 minor units: 0.01 EUR to 10 trillion EUR.
    const std::int64_t minor =
        std::uniform_int_distribution<int>(0, 9)(rng) == 0
            ? 1000000000000000
            : LogUniform(rng, 15);
    const Date due = AddDays(Day("2009-01-01"),
                             std::uniform_int_distribution<int>(0, 6200)(rng));
    const Date through =
        AddDays(due, std::uniform_int_distribution<int>(-5, 1500)(rng));
    LateInterestRequest q(Money::FromMinorUnits(minor, currency), due, through);
    switch (std::uniform_int_distribution<int>(0, 3)(rng)) {
      case 0:
        q.rate = LateInterestRate::Fixed(RandomPercent(rng));
        break;
      case 1:
        q.rate = LateInterestRate::ReferencePlusMargin(
            table, Dec(LogUniform(rng, 4),
                       std::uniform_int_distribution<int>(0, 3)(rng)));
        break;
      case 2:
        q.rate = LateInterestRate::Statutory(Jurisdiction::kEU, &table);
        break;
      default:
        q.rate = LateInterestRate::Statutory(Jurisdiction::kFR);
        break;
    }
    if (currency.code() != "EUR" ||
        std::uniform_int_distribution<int>(0, 4)(rng) == 0) {
      q.compensation = Money::FromMinorUnits(LogUniform(rng, 6), currency);
    }
    Date step = due;
    for (int n = std::uniform_int_distribution<int>(0, 4)(rng); n > 0; --n) {
      step = AddDays(step, std::uniform_int_distribution<int>(0, 300)(rng));
      const std::int64_t outstanding =
          std::uniform_int_distribution<int>(0, 5)(rng) == 0
              ? 0
              : std::uniform_int_distribution<std::int64_t>(
                    0, minor + minor / 5)(rng);
      q.balance_changes.push_back(
          {step, Money::FromMinorUnits(outstanding, currency)});
      step = AddDays(step, 1);
    }
    q.selection = static_cast<RateSelection>(
        std::uniform_int_distribution<int>(0, 1)(rng));
    q.day_count = static_cast<DayCount>(
        std::uniform_int_distribution<int>(0, kDayCountCount - 1)(rng));
    q.grace_days = std::uniform_int_distribution<int>(0, 3)(rng) == 0
                       ? std::uniform_int_distribution<int>(1, 40)(rng)
                       : 0;
    q.rounding = static_cast<RoundingMode>(
        std::uniform_int_distribution<int>(0, kRoundingModeCount - 1)(rng));
    q.rounding_point = static_cast<RoundingPoint>(
        std::uniform_int_distribution<int>(0, 1)(rng));
    SCOPED_TRACE(::testing::Message() << "case " << i);
    const Outcome o = ExpectSameBothWays(q);
    ok += o.ok;
    errors += !o.ok;
    fast_only += o.fast_only;
    multi_segment += o.segments >= 2;
    if (::testing::Test::HasFailure()) break;  // one case's report is enough
  }
  // Every request in this range stays within 128 bits, and the sweep
  // reaches results, errors (negative rates, ROUND_EXACT, rates before a
  // table starts) and multi-segment periods.
  EXPECT_EQ(fast_only, ok);
  EXPECT_GT(ok, kCases / 2);
  EXPECT_GT(errors, kCases / 50);
  EXPECT_GT(multi_segment, kCases / 4);
}

// Exact ties at the minor unit under every mode and both rounding points,
// where the rounding decision is the whole point: a full year at 50 % on an
// odd number of cents is a half cent. Two years on two balances give two
// segments, each and their sum a tie or not.
TEST(InterestArithmetic, TiesRoundIdentically) {
  std::mt19937_64 rng(365);
  int segment_ties = 0, total_ties = 0;
  for (int i = 0; i < 60; ++i) {
    const std::int64_t first = LogUniform(rng, 7), second = LogUniform(rng, 7);
    for (const char* percent : {"50", "150", "0.5", "12.5"}) {
      for (int mode = 0; mode < kRoundingModeCount; ++mode) {
        for (int point = 0; point < 2; ++point) {
          LateInterestRequest q(Money::FromMinorUnits(first, C("EUR")),
                                Day("2025-01-01"), Day("2027-01-01"));
          q.balance_changes = {
              {Day("2026-01-01"), Money::FromMinorUnits(second, C("EUR"))}};
          q.rate = LateInterestRate::Fixed(D(percent));
          q.selection = RateSelection::kDueDateHalfYear;  // no half-year cuts
          q.rounding = static_cast<RoundingMode>(mode);
          q.rounding_point = static_cast<RoundingPoint>(point);
          SCOPED_TRACE(::testing::Message()
                       << first << " then " << second << " cents at " << percent
                       << " %, mode " << mode);
          const Outcome o = ExpectSameBothWays(q);
          if (o.ok) {
            EXPECT_TRUE(o.fast_only);
          }
          const absl::StatusOr<LateInterestResult> r =
              LateInterestWith(q, Arithmetic::kRationalOnly);
          if (!r.ok()) continue;
          for (const LateInterestSegment& s : r->segments) {
            segment_ties += s.amount_is_exact && s.amount.scale() == 3;
          }
          total_ties +=
              r->exact_interest_is_exact && r->exact_interest.scale() == 3;
        }
      }
    }
  }
  EXPECT_GT(segment_ties, 1000);
  EXPECT_GT(total_ties, 500);
}

// Amounts and rates whose products leave 128 bits take the reference for
// the steps that need it; results (and overflow errors) stay identical.
TEST(InterestArithmetic, PastOneHundredTwentyEightBitsFallsBack) {
  std::mt19937_64 rng(7);
  int fell_back = 0;
  for (int i = 0; i < 200; ++i) {
    const int128 minor =
        static_cast<int128>(LogUniform(rng, 18)) * LogUniform(rng, 18) + 1;
    LateInterestRequest q(
        *Money::Of(Dec(minor, 2), C("EUR")), Day("2024-03-20"),
        AddDays(Day("2024-03-20"),
                std::uniform_int_distribution<int>(1, 900)(rng)));
    // Up to 18 decimals and 19 digits: 10^-18 % to 10 %.
    q.rate = LateInterestRate::Fixed(
        Dec(static_cast<int128>(LogUniform(rng, 18)) * 10 + 1, 18));
    q.day_count = static_cast<DayCount>(i % kDayCountCount);
    q.rounding = static_cast<RoundingMode>(i % kRoundingModeCount);
    q.rounding_point = static_cast<RoundingPoint>(i % 2);
    q.balance_changes = {{AddDays(q.due_date, 40), q.amount}};
    SCOPED_TRACE(q.amount.ToString() + " at " + q.rate.percent.ToString());
    bool used_rational = false;
    const absl::StatusOr<LateInterestResult> fast =
        LateInterestWith(q, Arithmetic::kFastFirst, &used_rational);
    ExpectSameBothWays(q);
    fell_back += fast.ok() && used_rational;
  }
  EXPECT_GT(fell_back, 100);
  // The sum of 38-digit interest lines can itself pass 38 digits.
  LateInterestRequest huge(
      *Money::Of(Dec(Decimal::kMaxCoefficient, 2), C("EUR")), Day("2024-01-01"),
      Day("2034-01-01"));
  huge.rate = LateInterestRate::Fixed(D("100000"));
  const Outcome o = ExpectSameBothWays(huge);
  EXPECT_FALSE(o.ok);
  EXPECT_EQ(ErrorCodeOf(LateInterest(huge).status()), ErrorCode::kOverflow);
}

// A terminating amount too long for 18 places within 38 digits is shown
// rounded at a smaller scale, and flagged inexact: here 36- to 38-digit
// amounts at 10^-11 % under ACT/360, whose denominators are 2^18 x 5^17.
TEST(InterestArithmetic, LongTerminatingAmountsAreShownRounded) {
  std::mt19937_64 rng(11);
  int shortened = 0;
  for (int i = 0; i < 200; ++i) {
    const int128 cents =
        static_cast<int128>(LogUniform(rng, 18)) * 100000000000000000 +
        LogUniform(rng, 17) +
        static_cast<int128>(1000000000000000000) * 1000000000000000000;
    const int days = 2 * std::uniform_int_distribution<int>(0, 20)(rng) + 1;
    LateInterestRequest q(*Money::Of(Dec(cents, 2), C("EUR")),
                          Day("2025-02-01"), AddDays(Day("2025-02-01"), days));
    q.rate = LateInterestRate::Fixed(Dec(1, 11));
    q.day_count = DayCount::kAct360;
    SCOPED_TRACE(q.amount.ToString());
    const Outcome o = ExpectSameBothWays(q);
    ASSERT_TRUE(o.ok);
    EXPECT_TRUE(o.fast_only);
    const LateInterestSegment s = LateInterest(q)->segments.at(0);
    shortened += !s.amount_is_exact && s.amount.scale() < Decimal::kMaxScale;
  }
  EXPECT_GT(shortened, 20);
}

// The benchmarked cases (but past_128_bits) run on the fast arithmetic
// alone.
TEST(InterestArithmetic, GoldenCasesStayOnTheFastPath) {
  for (const auto& [due, through] : {std::pair{"2024-09-15", "2024-10-15"},
                                     std::pair{"2024-05-15", "2024-08-14"}}) {
    LateInterestRequest q(*Money::Parse("10000.00", C("EUR")), Day(due),
                          Day(through));
    bool used_rational = true;
    const absl::StatusOr<LateInterestResult> r =
        LateInterestWith(q, Arithmetic::kFastFirst, &used_rational);
    ASSERT_TRUE(r.ok()) << r.status();
    EXPECT_FALSE(used_rational) << due;
    EXPECT_EQ(r->ToString(),
              LateInterestWith(q, Arithmetic::kRationalOnly)->ToString());
  }
  // Two partial payments, four segments (the bench's partial_payments).
  LateInterestRequest q(*Money::Parse("10000.00", C("EUR")), Day("2025-03-31"),
                        Day("2025-07-20"));
  q.balance_changes = {{Day("2025-04-30"), *Money::Parse("6000.00", C("EUR"))},
                       {Day("2025-06-15"), *Money::Parse("3500.00", C("EUR"))}};
  bool used_rational = true;
  const absl::StatusOr<LateInterestResult> r =
      LateInterestWith(q, Arithmetic::kFastFirst, &used_rational);
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_EQ(r->segments.size(), 4u);
  EXPECT_FALSE(used_rational);
  // 117.12 EUR = 10000 x 14.25 % x 30/365, the header's example.
  EXPECT_EQ(
      LateInterest(LateInterestRequest(*Money::Parse("10000.00", C("EUR")),
                                       Day("2024-09-15"), Day("2024-10-15")))
          ->interest.ToString(),
      "117.12 EUR");
}

}  // namespace
}  // namespace relance
