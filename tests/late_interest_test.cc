// Late-payment interest, the ECB reference-rate table and the statutory
// half-year rule.
//
// Expected amounts were computed independently with /usr/bin/python3: each
// late day walked with datetime.date, rates and year fractions as
// fractions.Fraction, the 18-place lines and the cents with decimal.Decimal
// (ROUND_HALF_EVEN for the lines, the request's mode for the cents). The ECB
// dates and rates are the brief's list, checked against DOMAIN.md.

#include "relance/late_interest.h"

#include <random>
#include <string>
#include <vector>

#include <boost/multiprecision/cpp_int.hpp>

#include "gtest/gtest.h"
#include "relance/rate_table.h"
#include "test_support.h"

namespace relance {
namespace {

using boost::multiprecision::cpp_rational;
using testing::CodeOf;
using testing::Day;
using testing::D;
using testing::Message;
using testing::Text;

Money Eur(std::string_view amount) {
  return *Money::Parse(amount, *Currency::Lookup("EUR"));
}

LateInterestRequest Request(std::string_view amount, std::string_view due,
                            std::string_view through) {
  return LateInterestRequest(Eur(amount), Day(due), Day(through));
}

std::vector<std::string> Lines(const LateInterestResult& r) {
  std::vector<std::string> out;
  for (const LateInterestSegment& s : r.segments) out.push_back(s.ToString());
  return out;
}

// ---- the ECB table and the half-year rule ------------------------------

struct Change {
  const char* date;
  const char* percent;
};
constexpr Change kMroChanges[] = {
    {"2011-12-14", "1.00"}, {"2012-07-11", "0.75"}, {"2013-05-08", "0.50"},
    {"2013-11-13", "0.25"}, {"2014-06-11", "0.15"}, {"2014-09-10", "0.05"},
    {"2016-03-16", "0.00"}, {"2022-07-27", "0.50"}, {"2022-09-14", "1.25"},
    {"2022-11-02", "2.00"}, {"2022-12-21", "2.50"}, {"2023-02-08", "3.00"},
    {"2023-03-22", "3.50"}, {"2023-05-10", "3.75"}, {"2023-06-21", "4.00"},
    {"2023-08-02", "4.25"}, {"2023-09-20", "4.50"}, {"2024-06-12", "4.25"},
    {"2024-09-18", "3.65"}, {"2024-10-23", "3.40"}, {"2024-12-18", "3.15"},
    {"2025-02-05", "2.90"}, {"2025-03-12", "2.65"}, {"2025-04-23", "2.40"},
    {"2025-06-11", "2.15"}};

TEST(EcbTable, RateOnAtAndAroundEachChange) {
  const RateTable& ecb = EcbMainRefinancingRate();
  EXPECT_EQ(ecb.name(), "ECB MRO");
  for (std::size_t i = 1; i < std::size(kMroChanges); ++i) {
    SCOPED_TRACE(kMroChanges[i].date);
    const Date d = Day(kMroChanges[i].date);
    EXPECT_EQ(Text(ecb.RateOn(d)), kMroChanges[i].percent);
    EXPECT_EQ(Text(ecb.RateOn(AddDays(d, 1))), kMroChanges[i].percent);
    EXPECT_EQ(Text(ecb.RateOn(AddDays(d, -1))), kMroChanges[i - 1].percent);
  }
  EXPECT_EQ(Text(ecb.RateOn(Day("2026-11-25"))), "2.15");
  EXPECT_EQ(ecb.changes().back(), (RateChange{Day("2025-06-11"), D("2.15")}));
}

TEST(EcbTable, BeforeTheFirstChangeIsAnError) {
  const RateTable& ecb = EcbMainRefinancingRate();
  EXPECT_EQ(Text(ecb.RateOn(Day("2008-10-15"))), "3.75");
  absl::StatusOr<Decimal> r = ecb.RateOn(Day("2008-10-14"));
  EXPECT_EQ(CodeOf(r), ErrorCode::kNotFound);
  EXPECT_EQ(Message(r.status()),
            "no rate in force on 2008-10-14 in \"ECB MRO\": its first rate "
            "applies from 2008-10-15");
}

TEST(RateTable, ValidatesAndIsReplaceable) {
  EXPECT_EQ(CodeOf(RateTable::Create("empty", {})),
            ErrorCode::kInvalidArgument);
  absl::StatusOr<RateTable> dup = RateTable::Create(
      "mine", {{Day("2025-01-01"), D("1")}, {Day("2025-01-01"), D("2")}});
  EXPECT_EQ(CodeOf(dup), ErrorCode::kInvalidArgument);
  EXPECT_EQ(Message(dup.status()),
            "rate table \"mine\": change 1 (2025-01-01) is not after change 0 "
            "(2025-01-01); "
            "effective dates must be strictly increasing");
  EXPECT_EQ(CodeOf(RateTable::Create("mine", {{Day("2025-02-01"), D("1")},
                                              {Day("2025-01-01"), D("2")}})),
            ErrorCode::kInvalidArgument);
  // A host table extending the shipped one with a later (hypothetical)
  // decision.
  std::vector<RateChange> changes(EcbMainRefinancingRate().changes().begin(),
                                  EcbMainRefinancingRate().changes().end());
  changes.push_back({Day("2026-03-18"), D("1.90")});
  absl::StatusOr<RateTable> mine = RateTable::Create("host ECB", changes);
  ASSERT_TRUE(mine.ok());
  EXPECT_EQ(
      Text(StatutoryRate(Jurisdiction::kFR, Day("2026-08-01"), *mine)),
      "11.90");
  EXPECT_EQ(
      Text(StatutoryRate(Jurisdiction::kFR, Day("2026-05-01"), *mine)),
      "12.15");
}

TEST(Statutory, HalfYearRuleGoldenValues) {
  const Jurisdiction fr = Jurisdiction::kFR,
                        eu = Jurisdiction::kEU;
  struct Case {
    const char* day;
    const char* fr;
    const char* eu;
  };
  const Case cases[] = {
      {"2024-01-01", "14.50", "12.50"}, {"2024-06-30", "14.50", "12.50"},
      {"2024-07-01", "14.25", "12.25"}, {"2024-12-31", "14.25", "12.25"},
      {"2025-01-01", "13.15", "11.15"}, {"2025-06-30", "13.15", "11.15"},
      {"2025-07-01", "12.15", "10.15"}, {"2025-12-31", "12.15", "10.15"},
      {"2023-07-01", "14.00", "12.00"}};
  for (const auto& [day, f, e] : cases) {
    SCOPED_TRACE(day);
    EXPECT_EQ(Text(StatutoryRate(fr, Day(day))), f);
    EXPECT_EQ(Text(StatutoryRate(eu, Day(day))), e);
  }
  // 2024-09-18 (3.65 %) and 2024-10-23 (3.40 %) do not move H2 2024.
  EXPECT_EQ(Text(StatutoryRate(fr, Day("2024-10-23"))), "14.25");
  EXPECT_EQ(HalfYearStart(Day("2024-06-30")), Day("2024-01-01"));
  EXPECT_EQ(HalfYearStart(Day("2024-07-01")), Day("2024-07-01"));
  EXPECT_EQ(HalfYearEnd(Day("2024-01-01")), Day("2024-06-30"));
  EXPECT_EQ(HalfYearEnd(Day("2024-07-01")), Day("2024-12-31"));
  EXPECT_EQ(CodeOf(StatutoryRate(fr, Day("2008-12-31"))), ErrorCode::kNotFound);
  EXPECT_EQ(
      CodeOf(StatutoryRate(static_cast<Jurisdiction>(7), Day("2025-01-01"))),
      ErrorCode::kInvalidArgument);
  EXPECT_EQ(*ParseJurisdiction("EU"), eu);
  EXPECT_EQ(Message(ParseJurisdiction("DE").status()),
            "unknown jurisdiction \"DE\"; expected EU or FR");
}

// ---- late interest -----------------------------------------------------

TEST(LateInterest, GoldenCase1) {
  absl::StatusOr<LateInterestResult> r =
      LateInterest(Request("10000.00", "2024-09-15", "2024-10-15"));
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_TRUE(r->late);
  EXPECT_EQ(Lines(*r), (std::vector<std::string>{
                           "after 2024-09-15 through 2024-10-15 (30 days): "
                           "10000.00 EUR x 14.25 % "
                           "x 30/365 (ACT/365F) = 117.123287671232876712 "
                           "(rounded to 18 places)"}));
  EXPECT_EQ(r->segments[0].year_fraction, (Fraction{6, 73}));
  EXPECT_EQ(r->exact_interest_ratio, "8550/73");
  EXPECT_FALSE(r->exact_interest_is_exact);
  EXPECT_EQ(r->interest.ToString(), "117.12 EUR");
  EXPECT_EQ(r->compensation.ToString(), "40.00 EUR");
  EXPECT_EQ(r->total.ToString(), "157.12 EUR");
  EXPECT_EQ(r->ToString(),
            "after 2024-09-15 through 2024-10-15 (30 days): 10000.00 EUR x "
            "14.25 % x 30/365 "
            "(ACT/365F) = 117.123287671232876712 (rounded to 18 places)\n"
            "interest: 117.12 EUR (exact 8550/73 = 117.123287671232876712...; "
            "ROUND_HALF_UP "
            "once on the total)\ncompensation: 40.00 EUR\ntotal: 157.12 EUR\n");
}

// 25,000.00 EUR due 2024-11-20, paid 2025-02-10: H2 2024 (14.25 %) and
// H1 2025 (13.15 %), FR preset.
TEST(LateInterest, SpanningTwoHalfYears) {
  LateInterestRequest q = Request("25000.00", "2024-11-20", "2025-02-10");
  absl::StatusOr<LateInterestResult> r = LateInterest(q);
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_EQ(Lines(*r),
            (std::vector<std::string>{
                "after 2024-11-20 through 2024-12-31 (41 days): 25000.00 EUR x "
                "14.25 % x 41/365 "
                "(ACT/365F) = 400.171232876712328767 (rounded to 18 places)",
                "after 2024-12-31 through 2025-02-10 (41 days): 25000.00 EUR x "
                "13.15 % x 41/365 "
                "(ACT/365F) = 369.280821917808219178 (rounded to 18 places)"}));
  EXPECT_EQ(r->exact_interest_ratio, "56170/73");
  EXPECT_EQ(r->interest.ToString(), "769.45 EUR");
  EXPECT_EQ(r->total.ToString(), "809.45 EUR");

  q.day_count = DayCount::kAct360;
  r = LateInterest(q);
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_EQ(r->segments.size(), 2u);
  EXPECT_EQ(r->segments[0].exact_ratio, "19475/48");
  EXPECT_EQ(r->segments[0].amount.ToString(), "405.729166666666666667");
  EXPECT_EQ(r->segments[1].exact_ratio, "53915/144");
  EXPECT_EQ(r->segments[1].percent.ToString(), "13.15");
  EXPECT_EQ(r->segments[1].year_fraction, (Fraction{41, 360}));
  EXPECT_EQ(r->interest.ToString(), "780.14 EUR");

  // The due date's half-year rate for the whole period: one segment.
  q.selection = RateSelection::kDueDateHalfYear;
  r = LateInterest(q);
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_EQ(Lines(*r),
            (std::vector<std::string>{
                "after 2024-11-20 through 2025-02-10 (82 days): 25000.00 EUR x "
                "14.25 % x 82/360 "
                "(ACT/360) = 811.458333333333333333 (rounded to 18 places)"}));
  EXPECT_EQ(r->interest.ToString(), "811.46 EUR");

  q.day_count = DayCount::kAct365Fixed;
  r = LateInterest(q);
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_EQ(r->exact_interest_ratio, "58425/73");
  EXPECT_EQ(r->interest.ToString(), "800.34 EUR");
}

TEST(LateInterest, ActActAcrossTheYearEnd) {
  LateInterestRequest q = Request("10000.00", "2023-12-20", "2024-01-10");
  q.day_count = DayCount::kActActIsda;
  absl::StatusOr<LateInterestResult> r = LateInterest(q);
  ASSERT_TRUE(r.ok()) << r.status();
  ASSERT_EQ(r->segments.size(), 2u);
  EXPECT_EQ(r->segments[1].ToString(),
            "after 2023-12-31 through 2024-01-10 (10 days): 10000.00 EUR x "
            "14.50 % x 1217/44530 "
            "(ACT/ACT-ISDA) = 39.628340444644060184 (rounded to 18 places)");
  EXPECT_EQ(r->exact_interest_ratio, "364345/4453");
  EXPECT_EQ(r->interest.ToString(), "81.82 EUR");
  q.selection = RateSelection::kDueDateHalfYear;  // H2 2023: 4.00 + 10
  r = LateInterest(q);
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_EQ(r->exact_interest_ratio, "358260/4453");
  EXPECT_EQ(r->interest.ToString(), "80.45 EUR");
}

// 10,000.00 EUR due 2025-03-31; 4,000 paid 2025-04-30, 2,500 paid
// 2025-06-15, the rest unpaid as of 2025-07-20.
TEST(LateInterest, PartialPaymentsAsBalanceSteps) {
  LateInterestRequest q = Request("10000.00", "2025-03-31", "2025-07-20");
  q.balance_changes = {{Day("2025-04-30"), Eur("6000.00")},
                       {Day("2025-06-15"), Eur("3500.00")}};
  absl::StatusOr<LateInterestResult> r = LateInterest(q);
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_EQ(Lines(*r),
            (std::vector<std::string>{
                "after 2025-03-31 through 2025-04-30 (30 days): 10000.00 EUR x "
                "13.15 % x 30/365 "
                "(ACT/365F) = 108.082191780821917808 (rounded to 18 places)",
                "after 2025-04-30 through 2025-06-15 (46 days): 6000.00 EUR x "
                "13.15 % x 46/365 "
                "(ACT/365F) = 99.435616438356164384 (rounded to 18 places)",
                "after 2025-06-15 through 2025-06-30 (15 days): 3500.00 EUR x "
                "13.15 % x 15/365 "
                "(ACT/365F) = 18.914383561643835616 (rounded to 18 places)",
                "after 2025-06-30 through 2025-07-20 (20 days): 3500.00 EUR x "
                "12.15 % x 20/365 "
                "(ACT/365F) = 23.301369863013698630 (rounded to 18 places)"}));
  EXPECT_EQ(r->exact_interest_ratio, "364611/1460");
  EXPECT_EQ(r->interest.ToString(), "249.73 EUR");
  EXPECT_EQ(r->total.ToString(), "289.73 EUR");

  q.rate = LateInterestRate::Statutory(Jurisdiction::kEU);
  r = LateInterest(q);
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_EQ(r->exact_interest_ratio, "308731/1460");
  EXPECT_EQ(r->interest.ToString(), "211.46 EUR");

  // Paid in full on the due date: not late, even though the as-of date is.
  q.balance_changes = {{Day("2025-03-31"), Eur("0.00")}};
  r = LateInterest(q);
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_FALSE(r->late);
  EXPECT_EQ(r->total.ToString(), "0.00 EUR");
}

TEST(LateInterest, RoundingOnceVersusPerSegment) {
  // 1,000.00 EUR, 20 days at 14.50 % then 20 days at 14.25 %: exact
  // 7.9452... + 7.8082... = 15.7534...; per segment 7.95 + 7.81 = 15.76.
  LateInterestRequest q = Request("1000.00", "2024-06-10", "2024-07-20");
  EXPECT_EQ(LateInterest(q)->interest.ToString(), "15.75 EUR");
  q.rounding_point = RoundingPoint::kPerSegment;
  absl::StatusOr<LateInterestResult> r = LateInterest(q);
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_EQ(r->segments[0].rounded.ToString(), "7.95 EUR");
  EXPECT_EQ(r->segments[1].rounded.ToString(), "7.81 EUR");
  EXPECT_EQ(r->interest.ToString(), "15.76 EUR");
  EXPECT_EQ(r->exact_interest_ratio, "1150/73");  // the exact value is the same

  // Two exact ties: 50.00 EUR x 3.65 % x 1/365 = 0.005 each day.
  LateInterestRequest t = Request("50.00", "2025-06-29", "2025-07-01");
  t.rate = LateInterestRate::Fixed(D("3.65"));
  r = LateInterest(t);
  EXPECT_EQ(r->exact_interest.ToString(), "0.01");
  EXPECT_TRUE(r->exact_interest_is_exact);
  EXPECT_EQ(r->segments[0].amount.ToString(), "0.005");
  EXPECT_EQ(r->interest.ToString(), "0.01 EUR");
  EXPECT_EQ(r->compensation.ToString(),
            "0.00 EUR");  // contractual: none by default
  t.rounding_point = RoundingPoint::kPerSegment;
  EXPECT_EQ(LateInterest(t)->interest.ToString(), "0.02 EUR");
  t.rounding = RoundingMode::kHalfEven;
  EXPECT_EQ(LateInterest(t)->interest.ToString(), "0.00 EUR");
  t.rounding = RoundingMode::kExact;
  EXPECT_EQ(CodeOf(LateInterest(t)), ErrorCode::kInexact);
  t.rounding_point = RoundingPoint::kOnTotal;
  EXPECT_EQ(LateInterest(t)->interest.ToString(), "0.01 EUR");
}

// Splitting a late period at any date (a balance change that keeps the
// balance) leaves the exact interest unchanged when the rate does not
// change; under ACT/365F and ACT/360 it also equals amount x rate x days /
// (100 x basis), computed here with cpp_rational.
TEST(LateInterest, SplittingDoesNotChangeTheExactInterest) {
  std::mt19937_64 rng(20241115);
  const DayCount conventions[] = {DayCount::kAct365Fixed, DayCount::kAct360,
                                  DayCount::kActActIsda};
  for (int i = 0; i < 300; ++i) {
    const std::int64_t cents =
        std::uniform_int_distribution<std::int64_t>(1, 100000000)(rng);
    const std::int64_t rate_hundredths =
        std::uniform_int_distribution<std::int64_t>(1, 2500)(rng);
    const Date due = AddDays(Day("2015-01-01"),
                             std::uniform_int_distribution<int>(0, 5000)(rng));
    const int days = std::uniform_int_distribution<int>(2, 1200)(rng);
    const Date split =
        AddDays(due, std::uniform_int_distribution<int>(1, days - 1)(rng));
    const DayCount dc = conventions[i % 3];
    LateInterestRequest q(
        Money::FromMinorUnits(cents, *Currency::Lookup("EUR")), due,
        AddDays(due, days));
    q.rate =
        LateInterestRate::Fixed(*Decimal::FromCoefficient(rate_hundredths, 2));
    q.day_count = dc;
    absl::StatusOr<LateInterestResult> whole = LateInterest(q);
    q.balance_changes = {{split, q.amount}};
    absl::StatusOr<LateInterestResult> parts = LateInterest(q);
    ASSERT_TRUE(whole.ok() && parts.ok());
    SCOPED_TRACE(q.amount.ToString() + " " + due.ToString() + " " +
                 split.ToString());
    EXPECT_EQ(parts->exact_interest_ratio, whole->exact_interest_ratio);
    EXPECT_EQ(parts->interest, whole->interest);
    if (dc != DayCount::kActActIsda) {
      const int basis = dc == DayCount::kAct365Fixed ? 365 : 360;
      const cpp_rational expected = cpp_rational(cents * rate_hundredths) *
                                    days / (100 * 100 * 100 * basis);
      EXPECT_EQ(whole->exact_interest_ratio,
                numerator(expected).str() + "/" + denominator(expected).str());
    }
  }
}

// The segments against a day-by-day reference: late day D ends a segment
// when it is `through`, a balance change date or, per half-year, 30 June or
// 31 December; a segment bears the balance set by the last change on or
// before its start; segments on a zero balance are left out.
TEST(LateInterest, SegmentsMatchADayByDayWalk) {
  std::mt19937_64 rng(20250630);
  const Currency eur = *Currency::Lookup("EUR");
  int segments = 0;
  for (int i = 0; i < 400; ++i) {
    const Date due = AddDays(Day("2015-01-01"),
                             std::uniform_int_distribution<int>(0, 3650)(rng));
    LateInterestRequest q(Money::FromMinorUnits(100000, eur), due,
                          AddDays(due, std::uniform_int_distribution<int>(1, 900)(rng)));
    q.rate = LateInterestRate::Fixed(D("5"));
    q.selection = static_cast<RateSelection>(i % 2);
    q.grace_days = i % 3 == 0 ? std::uniform_int_distribution<int>(0, 20)(rng) : 0;
    Date step = due;
    for (int n = std::uniform_int_distribution<int>(0, 5)(rng); n > 0; --n) {
      step = AddDays(step, std::uniform_int_distribution<int>(0, 250)(rng));
      q.balance_changes.push_back(
          {step, Money::FromMinorUnits(
                     std::uniform_int_distribution<int>(0, 3)(rng) * 25000, eur)});
      step = AddDays(step, 1);
    }
    auto balance_after = [&q](Date d) {
      Money m = q.amount;
      for (const BalanceChange& c : q.balance_changes) {
        if (c.date <= d) m = c.outstanding;
      }
      return m;
    };
    auto cut_after = [&q](Date d) {
      if (d == q.through) return true;
      for (const BalanceChange& c : q.balance_changes) {
        if (c.date == d) return true;
      }
      return q.selection == RateSelection::kPerHalfYear &&
             ((d.month() == 6 && d.day() == 30) || (d.month() == 12 && d.day() == 31));
    };
    std::vector<std::string> expected;
    Date start = AddDays(due, q.grace_days);
    for (Date d = AddDays(start, 1); d <= q.through; d = AddDays(d, 1)) {
      if (!cut_after(d)) continue;
      if (balance_after(start).signum() != 0) {
        expected.push_back(start.ToString() + " " + d.ToString() + " " +
                           balance_after(start).ToString());
      }
      start = d;
    }
    absl::StatusOr<LateInterestResult> r = LateInterest(q);
    ASSERT_TRUE(r.ok()) << r.status();
    std::vector<std::string> actual;
    for (const LateInterestSegment& s : r->segments) {
      actual.push_back(s.start.ToString() + " " + s.end.ToString() + " " +
                       s.base.ToString());
    }
    ASSERT_EQ(actual, expected) << "case " << i;
    EXPECT_EQ(r->late, !expected.empty());
    segments += static_cast<int>(actual.size());
  }
  EXPECT_GT(segments, 1000);
}

TEST(LateInterest, WhichDaysCount) {
  // Within the grace period or before the due date: not late, not an error.
  LateInterestRequest q = Request("10000.00", "2024-09-15", "2024-09-15");
  absl::StatusOr<LateInterestResult> r = LateInterest(q);
  ASSERT_TRUE(r.ok());
  EXPECT_FALSE(r->late);
  EXPECT_TRUE(r->segments.empty());
  EXPECT_EQ(r->total.ToString(), "0.00 EUR");
  EXPECT_EQ(r->ToString(),
            "not late: no interest\ninterest: 0.00 EUR (exact 0/1 = 0; "
            "ROUND_HALF_UP once on the total)\ncompensation: 0.00 EUR\ntotal: "
            "0.00 EUR\n");
  q.through = Day("2024-09-01");
  EXPECT_FALSE(LateInterest(q)->late);
  // One day late is one day.
  q.through = Day("2024-09-16");
  EXPECT_EQ(LateInterest(q)->segments.at(0).days, 1);
  // 5 grace days: interest from 2024-09-21, 25 days.
  q.through = Day("2024-10-15");
  q.grace_days = 5;
  r = LateInterest(q);
  EXPECT_EQ(r->segments.at(0).days, 25);
  EXPECT_EQ(r->exact_interest_ratio, "7125/73");
  EXPECT_EQ(r->total.ToString(), "137.60 EUR");
  q.grace_days = 30;
  EXPECT_FALSE(LateInterest(q)->late);
}

TEST(LateInterest, ContractualRates) {
  LateInterestRequest q = Request("10000.00", "2024-09-15", "2024-10-15");
  q.rate =
      LateInterestRate::ReferencePlusMargin(EcbMainRefinancingRate(), D("3"));
  q.compensation = Eur("40.00");
  absl::StatusOr<LateInterestResult> r = LateInterest(q);
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_EQ(r->segments.at(0).percent.ToString(),
            "7.25");                              // 4.25 on 1 July + 3
  EXPECT_EQ(r->exact_interest_ratio, "4350/73");  // 59.589...
  EXPECT_EQ(r->total.ToString(), "99.59 EUR");
  q.rate = LateInterestRate::Fixed(D("-1"));
  EXPECT_EQ(CodeOf(LateInterest(q)), ErrorCode::kInvalidArgument);
}

TEST(LateInterest, Errors) {
  LateInterestRequest q = Request("10000.00", "2024-09-15", "2024-10-15");
  q.compensation = *Money::Parse("40.00", *Currency::Lookup("USD"));
  EXPECT_EQ(CodeOf(LateInterest(q)), ErrorCode::kCurrencyMismatch);
  q.compensation = Eur("-40.00");
  EXPECT_EQ(CodeOf(LateInterest(q)), ErrorCode::kInvalidArgument);
  q.compensation.reset();

  q.balance_changes = {{Day("2024-10-01"), Eur("5000.00")},
                       {Day("2024-09-20"), Eur("1000.00")}};
  absl::StatusOr<LateInterestResult> r = LateInterest(q);
  EXPECT_EQ(CodeOf(r), ErrorCode::kInvalidArgument);
  EXPECT_EQ(Message(r.status()),
            "balance change 1 (2024-09-20) is not after balance change 0 "
            "(2024-10-01); dates must be strictly increasing");
  q.balance_changes = {{Day("2024-09-14"), Eur("5000.00")}};
  EXPECT_EQ(Message(LateInterest(q).status()),
            "balance change 0 (2024-09-14) is before the due date 2024-09-15");
  q.balance_changes = {{Day("2024-09-20"), Eur("-1.00")}};
  EXPECT_EQ(CodeOf(LateInterest(q)), ErrorCode::kInvalidArgument);
  q.balance_changes = {
      {Day("2024-09-20"), *Money::Parse("1.00", *Currency::Lookup("USD"))}};
  EXPECT_EQ(CodeOf(LateInterest(q)), ErrorCode::kCurrencyMismatch);
  q.balance_changes.clear();

  q.amount = Eur("-1.00");
  EXPECT_EQ(Message(LateInterest(q).status()),
            "overdue amount -1.00 EUR is negative");
  q.amount = *Money::Parse("1000", *Currency::Lookup("JPY"));
  EXPECT_EQ(Message(LateInterest(q).status()),
            "the statutory compensation is 40 EUR; give it in JPY "
            "(request.compensation)");
  q.compensation = *Money::Parse("6000", *Currency::Lookup("JPY"));
  EXPECT_EQ(LateInterest(q)->total.ToString(),
            "6012 JPY");  // 1000 x 14.25 % x 30/365 = 11.71...

  q.grace_days = -1;
  EXPECT_EQ(CodeOf(LateInterest(q)), ErrorCode::kInvalidArgument);
  q.grace_days = 0;
  q.day_count = static_cast<DayCount>(9);
  EXPECT_EQ(CodeOf(LateInterest(q)), ErrorCode::kInvalidArgument);
  q.day_count = DayCount::kAct365Fixed;
  q.due_date = Day("2008-09-01");  // H2 2008 is before the ECB table
  EXPECT_EQ(CodeOf(LateInterest(q)), ErrorCode::kNotFound);
}

TEST(ContractualRate, ThreeTimesTheLegalRate) {
  absl::StatusOr<ContractualRateCheck> ok =
      CheckContractualRate(D("11.13"), D("3.71"));
  ASSERT_TRUE(ok.ok());
  EXPECT_TRUE(ok->compliant);
  EXPECT_EQ(ok->minimum_percent.ToString(), "11.13");
  EXPECT_EQ(ok->explanation,
            "contractual rate 11.13 % is at least 3 x the legal interest rate "
            "3.71 % = 11.13 % (Code de commerce L441-10)");
  absl::StatusOr<ContractualRateCheck> low =
      CheckContractualRate(D("11.12"), D("3.71"));
  ASSERT_TRUE(low.ok());
  EXPECT_FALSE(low->compliant);
  EXPECT_EQ(low->explanation,
            "contractual rate 11.12 % is below 3 x the legal interest rate "
            "3.71 % = 11.13 % (Code de commerce L441-10): a contractual "
            "late-payment rate cannot be lower");
  EXPECT_EQ(CodeOf(CheckContractualRate(D("-1"), D("3.71"))),
            ErrorCode::kInvalidArgument);
}

}  // namespace
}  // namespace relance
