// Day counts: the five conventions on month-end, February, leap-year and
// year-boundary periods, as exact reduced fractions; names and parsing.
//
// Every expected value was computed independently with /usr/bin/python3
// (fractions.Fraction and datetime.date): ACT/ACT-ISDA by walking the days of
// [start, end) and adding 1/366 or 1/365 for each, 30/360 and 30E/360 from
// the ISDA 2006 4.16(f)/(g) formulas written out again in Python.

#include "relance/day_count.h"

#include <string>

#include "gtest/gtest.h"
#include "test_support.h"

namespace relance {
namespace {

using testing::CodeOf;
using testing::Day;
using testing::Message;


std::string YF(DayCount c, std::string_view start, std::string_view end) {
  return YearFraction(c, Day(start), Day(end)).ToString();
}

std::int64_t Days(DayCount c, std::string_view start, std::string_view end) {
  return DayCountDays(c, Day(start), Day(end));
}

constexpr DayCount kA365 = DayCount::kAct365Fixed;
constexpr DayCount kA360 = DayCount::kAct360;
constexpr DayCount kAA = DayCount::kActActIsda;
constexpr DayCount k30 = DayCount::kThirty360;
constexpr DayCount k30E = DayCount::kThirtyE360;

TEST(DayCount, Act365FixedCountsActualDaysOver365) {
  EXPECT_EQ(YF(kA365, "2024-09-15", "2024-10-15"), "6/73");   // 30/365
  EXPECT_EQ(YF(kA365, "2024-02-28", "2024-03-01"), "2/365");  // leap February
  EXPECT_EQ(YF(kA365, "2023-02-28", "2023-03-01"), "1/365");
  EXPECT_EQ(YF(kA365, "2024-01-01", "2025-01-01"),
            "366/365");  // a leap year is > 1
  EXPECT_EQ(YF(kA365, "2023-12-31", "2024-01-10"), "2/73");
  EXPECT_EQ(Days(kA365, "2023-03-15", "2025-06-30"), 838);
  EXPECT_EQ(YF(kA365, "2023-03-15", "2025-06-30"), "838/365");
}

TEST(DayCount, Act360CountsActualDaysOver360) {
  EXPECT_EQ(YF(kA360, "2024-09-15", "2024-10-15"), "1/12");
  EXPECT_EQ(YF(kA360, "2024-01-31", "2024-02-29"), "29/360");
  EXPECT_EQ(YF(kA360, "2023-01-01", "2024-01-01"), "73/72");    // 365/360
  EXPECT_EQ(YF(kA360, "2023-07-01", "2025-03-01"), "203/120");  // 609/360
}

TEST(DayCount, ActActIsdaSplitsDaysByYearLength) {
  EXPECT_EQ(YF(kAA, "2024-01-31", "2024-02-29"), "29/366");
  EXPECT_EQ(YF(kAA, "2023-02-28", "2023-03-01"), "1/365");
  // [2023-12-31, 2024-01-10): 1 day of 2023, 9 of 2024.
  EXPECT_EQ(YF(kAA, "2023-12-31", "2024-01-10"), "1217/44530");
  // 31/365 + 30/366 = 22296/133590.
  EXPECT_EQ(YF(kAA, "2023-12-01", "2024-01-31"), "3716/22265");
  EXPECT_EQ(YF(kAA, "2023-12-31", "2024-02-29"), "21901/133590");
  // 2023, 2024 and 2025: 184/365 + 366/366 + 59/365.
  EXPECT_EQ(YF(kAA, "2023-07-01", "2025-03-01"), "608/365");
  EXPECT_EQ(YF(kAA, "2023-03-15", "2025-06-30"), "837/365");
  // Whole years are exactly 1, leap or not.
  EXPECT_EQ(YF(kAA, "2024-01-01", "2025-01-01"), "1/1");
  EXPECT_EQ(YF(kAA, "2023-01-01", "2024-01-01"), "1/1");
  EXPECT_EQ(Days(kAA, "2023-07-01", "2025-03-01"), 609);  // actual days
}

TEST(DayCount, Thirty360BondBasis) {
  // D1 = 31 -> 30; D2 = 31 -> 30 because D1 is then 30.
  EXPECT_EQ(Days(k30, "2024-01-31", "2024-03-31"), 60);
  EXPECT_EQ(Days(k30, "2024-01-30", "2024-03-31"), 60);
  // D1 = 29: D2 = 31 stays 31.
  EXPECT_EQ(Days(k30, "2024-01-29", "2024-03-31"), 62);
  EXPECT_EQ(YF(k30, "2024-01-29", "2024-03-31"), "31/180");
  // End of February is not adjusted (ISDA bond basis, not US/SIA).
  EXPECT_EQ(Days(k30, "2024-02-29", "2024-03-31"), 32);
  EXPECT_EQ(YF(k30, "2024-02-29", "2024-03-31"), "4/45");
  EXPECT_EQ(Days(k30, "2023-02-28", "2023-03-31"), 33);
  EXPECT_EQ(Days(k30, "2023-02-28", "2023-03-01"), 3);
  EXPECT_EQ(Days(k30, "2024-02-28", "2024-03-01"), 3);
  EXPECT_EQ(Days(k30, "2023-12-01", "2024-01-31"), 60);
  EXPECT_EQ(Days(k30, "2023-12-31", "2024-02-29"), 59);
  EXPECT_EQ(Days(k30, "2024-05-30", "2024-05-31"), 0);
  EXPECT_EQ(YF(k30, "2023-03-15", "2025-06-30"), "55/24");  // 825/360
  // Not additive: 16 + 15 days, but 30 for the whole.
  EXPECT_EQ(Days(k30, "2024-01-15", "2024-01-31"), 16);
  EXPECT_EQ(Days(k30, "2024-01-31", "2024-02-15"), 15);
  EXPECT_EQ(Days(k30, "2024-01-15", "2024-02-15"), 30);
}

TEST(DayCount, Thirty360Eurobond) {
  // D2 = 31 -> 30 whatever D1 is.
  EXPECT_EQ(Days(k30E, "2024-01-29", "2024-03-31"), 61);
  EXPECT_EQ(YF(k30E, "2024-01-29", "2024-03-31"), "61/360");
  EXPECT_EQ(Days(k30E, "2024-01-31", "2024-03-31"), 60);
  EXPECT_EQ(Days(k30E, "2023-12-01", "2024-01-31"), 59);
  EXPECT_EQ(Days(k30E, "2024-01-15", "2024-01-31"), 15);
  // End of February is not adjusted.
  EXPECT_EQ(Days(k30E, "2024-02-29", "2024-03-31"), 31);
  EXPECT_EQ(Days(k30E, "2023-02-28", "2023-03-31"), 32);
  EXPECT_EQ(YF(k30E, "2023-02-28", "2023-03-31"), "4/45");
  EXPECT_EQ(Days(k30E, "2024-01-31", "2024-02-29"), 29);
}

TEST(DayCount, EmptyAndReversedPeriods) {
  for (int c = 0; c < kDayCountCount; ++c) {
    const auto dc = static_cast<DayCount>(c);
    SCOPED_TRACE(DayCountName(dc));
    EXPECT_EQ(YF(dc, "2024-03-31", "2024-03-31"), "0/1");
    // Reversed periods are the negation of the forward period.
    for (auto [a, b] : {std::pair{"2023-12-31", "2024-02-29"},
                        std::pair{"2024-01-29", "2024-03-31"},
                        std::pair{"2023-07-01", "2025-03-01"}}) {
      const Fraction f = YearFraction(dc, Day(a), Day(b));
      const Fraction r = YearFraction(dc, Day(b), Day(a));
      EXPECT_EQ(r, (Fraction{-f.numerator, f.denominator})) << a << " " << b;
      EXPECT_EQ(DayCountDays(dc, Day(b), Day(a)),
                -DayCountDays(dc, Day(a), Day(b)));
    }
  }
  EXPECT_EQ(YF(k30, "2024-03-31", "2024-01-29"), "-31/180");
}

TEST(DayCount, FractionsAreReducedWithPositiveDenominators) {
  // 10 days over each convention's basis, reduced.
  EXPECT_EQ(YearFraction(kA360, Day("2024-01-01"), Day("2024-01-11")),
            (Fraction{1, 36}));
  EXPECT_EQ(YearFraction(kA365, Day("2024-01-11"), Day("2024-01-01")),
            (Fraction{-2, 73}));
  EXPECT_EQ(YearFraction(kAA, Day("2024-01-01"), Day("2024-01-01")),
            (Fraction{0, 1}));
}

TEST(DayCount, NamesRoundTrip) {
  for (int c = 0; c < kDayCountCount; ++c) {
    const auto dc = static_cast<DayCount>(c);
    absl::StatusOr<DayCount> parsed = ParseDayCount(DayCountName(dc));
    ASSERT_TRUE(parsed.ok()) << DayCountName(dc);
    EXPECT_EQ(*parsed, dc);
  }
  EXPECT_EQ(DayCountName(DayCount::kAct365Fixed), "ACT/365F");
  EXPECT_EQ(DayCountName(DayCount::kActActIsda), "ACT/ACT-ISDA");
  EXPECT_EQ(DayCountName(DayCount::kThirtyE360), "30E/360");
  EXPECT_EQ(DayCountName(static_cast<DayCount>(9)), "INVALID");
  EXPECT_FALSE(IsValidDayCount(5));
}

TEST(DayCount, ParseRejectsUnknownNamesAndListsTheAccepted) {
  absl::StatusOr<DayCount> bad = ParseDayCount("act/365");
  EXPECT_EQ(CodeOf(bad), ErrorCode::kInvalidArgument);
  EXPECT_EQ(Message(bad.status()),
            "unknown day count \"act/365\"; expected one of: ACT/365F ACT/360 "
            "ACT/ACT-ISDA 30/360 30E/360");
  EXPECT_EQ(CodeOf(ParseDayCount("")), ErrorCode::kInvalidArgument);
}

TEST(DayCount, InvalidConventionGivesZero) {
  const auto bad = static_cast<DayCount>(42);
  EXPECT_EQ(YearFraction(bad, Day("2024-01-01"), Day("2024-02-01")),
            (Fraction{0, 1}));
  EXPECT_EQ(DayCountDays(bad, Day("2024-01-01"), Day("2024-02-01")), 0);
}

}  // namespace
}  // namespace relance
