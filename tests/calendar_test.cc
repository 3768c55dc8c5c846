// Business calendars: Easter, the built-in French and TARGET holidays, roll
// conventions, business-day arithmetic, user calendars and their errors.
//
// Where expected values come from:
//   - Easter dates: python3-dateutil 2.9 (dateutil.easter, EASTER_WESTERN, an
//     algorithm from Claus Tondering's FAQ), not the library's computus.
//   - Holiday tables, rolls, AddBusinessDays and BusinessDaysBetween
//     literals: a day-by-day Python script over datetime and dateutil that
//     lists each calendar's rules as the header's banner states them.
//   - Randomized checks: a naive day-by-day reference in this file, built on
//     Gauss's Easter algorithm (checked in Python against dateutil for every
//     year 1583..9999, and against the anonymous algorithm for years
//     -3000..20000).

#include "relance/calendar.h"

#include <algorithm>
#include <cstdint>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "gtest/gtest.h"
#include "test_support.h"

namespace relance {
namespace {

using testing::CodeOf;
using testing::Day;
using testing::Message;

BusinessCalendar Cal(std::string_view name) {
  absl::StatusOr<BusinessCalendar> c = BusinessCalendar::BuiltIn(name);
  EXPECT_TRUE(c.ok()) << name << ": " << c.status();
  return *c;
}

// ---------------------------------------------------------------------------
// The naive reference: one day at a time, straight from the rule definitions.

// Gauss's Easter algorithm with its two exceptions (month, day).
std::pair<int, int> GaussEaster(int y) {
  const auto mod = [](int a, int b) { return ((a % b) + b) % b; };
  const auto div = [&](int a, int b) { return (a - mod(a, b)) / b; };
  const int a = mod(y, 19), b = mod(y, 4), c = mod(y, 7);
  const int k = div(y, 100), p = div(13 + 8 * k, 25), q = div(k, 4);
  const int m = mod(15 - p + k - q, 30), n = mod(4 + k - q, 7);
  const int d = mod(19 * a + m, 30), e = mod(2 * b + 4 * c + 6 * d + n, 7);
  if (d == 29 && e == 6) return {4, 19};
  if (d == 28 && e == 6 && mod(11 * m + 11, 30) < 19) return {4, 18};
  return 22 + d + e <= 31 ? std::pair{3, 22 + d + e} : std::pair{4, d + e - 9};
}

struct NaiveCalendar {
  std::vector<Weekday> weekend;
  std::vector<HolidayRule> rules;

  bool IsWeekend(Date d) const {
    for (Weekday w : weekend) {
      if (d.weekday() == w) return true;
    }
    return false;
  }
  // Holidays exist on dates of years 1..9999 only; an Easter rule's holiday
  // is a day D of its years with D - offset an Easter Sunday.
  bool IsHoliday(Date d) const {
    const int y = d.year();
    if (y < 1 || y > 9999) return false;
    for (const HolidayRule& r : rules) {
      const bool in_years = y >= r.first_year && y <= r.last_year;
      switch (r.kind) {
        case HolidayRule::Kind::kAnnual:
          if (in_years && d.month() == r.month && d.day() == r.day) return true;
          break;
        case HolidayRule::Kind::kEasterOffset: {
          const Date sunday = AddDays(d, -r.offset);
          const auto [m, day] = GaussEaster(sunday.year());
          if (in_years && sunday.month() == m && sunday.day() == day) return true;
          break;
        }
        case HolidayRule::Kind::kSingleDate:
          if (d == r.date) return true;
          break;
      }
    }
    return false;
  }
  bool IsBusinessDay(Date d) const { return !IsWeekend(d) && !IsHoliday(d); }
  Date Following(Date d) const {
    while (!IsBusinessDay(d)) d = AddDays(d, 1);
    return d;
  }
  int Between(Date from, Date to) const {
    if (to < from) return -Between(to, from);
    int n = 0;
    for (Date d = from; d < to; d = AddDays(d, 1)) n += IsBusinessDay(d);
    return n;
  }
  Date Add(Date d, int n) const {
    const int step = n < 0 ? -1 : 1;
    for (int i = 0; i != n; i += step) {
      do d = AddDays(d, step); while (!IsBusinessDay(d));
    }
    return d;
  }
};

// The built-in calendars as the header's banner lists them.
NaiveCalendar NaiveFrance() {
  using R = HolidayRule;
  return {{Weekday::kSaturday, Weekday::kSunday},
          {R::Annual("", 1, 1), R::EasterOffset("", 1), R::Annual("", 5, 1), R::Annual("", 5, 8),
           R::EasterOffset("", 39), R::EasterOffset("", 50), R::Annual("", 7, 14),
           R::Annual("", 8, 15), R::Annual("", 11, 1), R::Annual("", 11, 11),
           R::Annual("", 12, 25)}};
}

NaiveCalendar NaiveTarget() {
  using R = HolidayRule;
  return {{Weekday::kSaturday, Weekday::kSunday},
          {R::Annual("", 1, 1), R::EasterOffset("", -2), R::EasterOffset("", 1),
           R::Annual("", 5, 1), R::Annual("", 12, 25), R::Annual("", 12, 26)}};
}

// A user calendar exercising every rule kind: Friday-Saturday weekend, a
// ranged annual day, a single date, 29 February, Easter offsets that cross
// into the previous and next year (one limited to 2025), and a single date
// colliding with the annual day.
std::vector<HolidayRule> GulfRules() {
  HolidayRule national = HolidayRule::Annual("National Day", 12, 2);
  national.first_year = 2020;
  national.last_year = 2030;
  HolidayRule plus300 = HolidayRule::EasterOffset("Plus 300", 300);
  plus300.first_year = plus300.last_year = 2025;
  return {national,
          HolidayRule::SingleDate("Closure", Day("2025-06-10")),
          HolidayRule::Annual("Leap Day", 2, 29),
          HolidayRule::EasterOffset("Minus 100", -100),
          plus300,
          HolidayRule::SingleDate("Audit", Day("2025-12-02"))};
}
const std::vector<Weekday> kGulfWeekend = {Weekday::kFriday, Weekday::kSaturday};

BusinessCalendar Gulf() {
  absl::StatusOr<BusinessCalendar> c = BusinessCalendar::Create("GULF", kGulfWeekend, GulfRules());
  EXPECT_TRUE(c.ok()) << c.status();
  return *c;
}

// ---------------------------------------------------------------------------

TEST(EasterSunday, MatchesDateutil) {
  const std::pair<int, const char*> kTable[] = {
      {2024, "2024-03-31"}, {2025, "2025-04-20"}, {2026, "2026-04-05"}, {2027, "2027-03-28"},
      {2028, "2028-04-16"}, {2029, "2029-04-01"}, {2030, "2030-04-21"},
      {1583, "1583-04-10"}, {1700, "1700-04-11"}, {1818, "1818-03-22"},  // earliest possible
      {1900, "1900-04-15"}, {1954, "1954-04-18"}, {1981, "1981-04-19"}, {2000, "2000-04-23"},
      {2008, "2008-03-23"}, {2011, "2011-04-24"}, {2019, "2019-04-21"},
      {2038, "2038-04-25"},  // latest possible
      {2100, "2100-03-28"}, {2285, "2285-03-22"}, {2500, "2500-04-18"}, {9999, "9999-03-28"}};
  for (const auto& [year, date] : kTable) EXPECT_EQ(EasterSunday(year), Day(date)) << year;
}

TEST(EasterSunday, AgreesWithGaussForEveryYear) {
  for (int y = 1583; y <= 9999; ++y) {
    const Date e = EasterSunday(y);
    const auto [m, d] = GaussEaster(y);
    ASSERT_EQ(e.year(), y);
    ASSERT_EQ(e.month(), m) << y;
    ASSERT_EQ(e.day(), d) << y;
    ASSERT_EQ(e.weekday(), Weekday::kSunday) << y;
  }
}

struct YearTable {
  int year;
  std::vector<std::pair<const char*, const char*>> holidays;
};

std::vector<Holiday> ToHolidays(const std::vector<std::pair<const char*, const char*>>& t) {
  std::vector<Holiday> out;
  for (const auto& [date, name] : t) out.push_back({Day(date), name});
  return out;
}

TEST(BuiltIn, FranceEveryHoliday2024To2030) {
  // Day of the week after each date, for reading; weekends are listed too.
  const YearTable kFrance[] = {
    // 2024: Easter 2024-03-31
    {2024, {
      {"2024-01-01", "New Year's Day"},  // Mon
      {"2024-04-01", "Easter Monday"},  // Mon
      {"2024-05-01", "Labour Day"},  // Wed
      {"2024-05-08", "Victory in Europe Day"},  // Wed
      {"2024-05-09", "Ascension Day"},  // Thu
      {"2024-05-20", "Whit Monday"},  // Mon
      {"2024-07-14", "Bastille Day"},  // Sun
      {"2024-08-15", "Assumption of Mary"},  // Thu
      {"2024-11-01", "All Saints' Day"},  // Fri
      {"2024-11-11", "Armistice Day"},  // Mon
      {"2024-12-25", "Christmas Day"},  // Wed
    }},
    // 2025: Easter 2025-04-20
    {2025, {
      {"2025-01-01", "New Year's Day"},  // Wed
      {"2025-04-21", "Easter Monday"},  // Mon
      {"2025-05-01", "Labour Day"},  // Thu
      {"2025-05-08", "Victory in Europe Day"},  // Thu
      {"2025-05-29", "Ascension Day"},  // Thu
      {"2025-06-09", "Whit Monday"},  // Mon
      {"2025-07-14", "Bastille Day"},  // Mon
      {"2025-08-15", "Assumption of Mary"},  // Fri
      {"2025-11-01", "All Saints' Day"},  // Sat
      {"2025-11-11", "Armistice Day"},  // Tue
      {"2025-12-25", "Christmas Day"},  // Thu
    }},
    // 2026: Easter 2026-04-05
    {2026, {
      {"2026-01-01", "New Year's Day"},  // Thu
      {"2026-04-06", "Easter Monday"},  // Mon
      {"2026-05-01", "Labour Day"},  // Fri
      {"2026-05-08", "Victory in Europe Day"},  // Fri
      {"2026-05-14", "Ascension Day"},  // Thu
      {"2026-05-25", "Whit Monday"},  // Mon
      {"2026-07-14", "Bastille Day"},  // Tue
      {"2026-08-15", "Assumption of Mary"},  // Sat
      {"2026-11-01", "All Saints' Day"},  // Sun
      {"2026-11-11", "Armistice Day"},  // Wed
      {"2026-12-25", "Christmas Day"},  // Fri
    }},
    // 2027: Easter 2027-03-28
    {2027, {
      {"2027-01-01", "New Year's Day"},  // Fri
      {"2027-03-29", "Easter Monday"},  // Mon
      {"2027-05-01", "Labour Day"},  // Sat
      {"2027-05-06", "Ascension Day"},  // Thu
      {"2027-05-08", "Victory in Europe Day"},  // Sat
      {"2027-05-17", "Whit Monday"},  // Mon
      {"2027-07-14", "Bastille Day"},  // Wed
      {"2027-08-15", "Assumption of Mary"},  // Sun
      {"2027-11-01", "All Saints' Day"},  // Mon
      {"2027-11-11", "Armistice Day"},  // Thu
      {"2027-12-25", "Christmas Day"},  // Sat
    }},
    // 2028: Easter 2028-04-16
    {2028, {
      {"2028-01-01", "New Year's Day"},  // Sat
      {"2028-04-17", "Easter Monday"},  // Mon
      {"2028-05-01", "Labour Day"},  // Mon
      {"2028-05-08", "Victory in Europe Day"},  // Mon
      {"2028-05-25", "Ascension Day"},  // Thu
      {"2028-06-05", "Whit Monday"},  // Mon
      {"2028-07-14", "Bastille Day"},  // Fri
      {"2028-08-15", "Assumption of Mary"},  // Tue
      {"2028-11-01", "All Saints' Day"},  // Wed
      {"2028-11-11", "Armistice Day"},  // Sat
      {"2028-12-25", "Christmas Day"},  // Mon
    }},
    // 2029: Easter 2029-04-01
    {2029, {
      {"2029-01-01", "New Year's Day"},  // Mon
      {"2029-04-02", "Easter Monday"},  // Mon
      {"2029-05-01", "Labour Day"},  // Tue
      {"2029-05-08", "Victory in Europe Day"},  // Tue
      {"2029-05-10", "Ascension Day"},  // Thu
      {"2029-05-21", "Whit Monday"},  // Mon
      {"2029-07-14", "Bastille Day"},  // Sat
      {"2029-08-15", "Assumption of Mary"},  // Wed
      {"2029-11-01", "All Saints' Day"},  // Thu
      {"2029-11-11", "Armistice Day"},  // Sun
      {"2029-12-25", "Christmas Day"},  // Tue
    }},
    // 2030: Easter 2030-04-21
    {2030, {
      {"2030-01-01", "New Year's Day"},  // Tue
      {"2030-04-22", "Easter Monday"},  // Mon
      {"2030-05-01", "Labour Day"},  // Wed
      {"2030-05-08", "Victory in Europe Day"},  // Wed
      {"2030-05-30", "Ascension Day"},  // Thu
      {"2030-06-10", "Whit Monday"},  // Mon
      {"2030-07-14", "Bastille Day"},  // Sun
      {"2030-08-15", "Assumption of Mary"},  // Thu
      {"2030-11-01", "All Saints' Day"},  // Fri
      {"2030-11-11", "Armistice Day"},  // Mon
      {"2030-12-25", "Christmas Day"},  // Wed
    }},
  };
  const BusinessCalendar fr = Cal("FR");
  EXPECT_EQ(fr.name(), "FR");
  for (const YearTable& t : kFrance) {
    EXPECT_EQ(fr.Holidays(t.year), ToHolidays(t.holidays)) << t.year;
    for (const Holiday& h : fr.Holidays(t.year)) {
      EXPECT_TRUE(fr.IsHoliday(h.date)) << h.date;
      EXPECT_FALSE(fr.IsBusinessDay(h.date)) << h.date;
    }
  }
  // 2025: 251 business days (Python count); 1 November is a Saturday.
  EXPECT_EQ(fr.BusinessDaysBetween(Day("2025-01-01"), Day("2026-01-01")), 251);
  EXPECT_TRUE(fr.IsHoliday(Day("2025-11-01")));
  EXPECT_TRUE(fr.IsWeekend(Day("2025-11-01")));
  EXPECT_FALSE(fr.IsHoliday(Day("2025-04-18")));  // Good Friday is worked in France
  EXPECT_FALSE(fr.IsHoliday(Day("2025-12-26")));
  EXPECT_FALSE(fr.IsHoliday(Day("2025-05-31")));  // a plain Saturday
  EXPECT_TRUE(fr.IsWeekend(Day("2025-05-31")));
}

TEST(BuiltIn, OneEntryPerDateWithTheFirstRulesName) {
  // 2008: Easter 23 March, so Ascension (+39) is 1 May, Labour Day.
  const std::vector<Holiday> h = Cal("FR").Holidays(2008);
  ASSERT_EQ(h.size(), 10u);
  EXPECT_EQ(h[2], (Holiday{Day("2008-05-01"), "Labour Day"}));
  EXPECT_EQ(h[3], (Holiday{Day("2008-05-08"), "Victory in Europe Day"}));
  EXPECT_EQ(h[4], (Holiday{Day("2008-05-12"), "Whit Monday"}));
}

TEST(BuiltIn, AlsaceMoselleAddsGoodFridayAndStStephen) {
  // Good Friday = Easter - 2 (dateutil).
  const std::pair<int, const char*> kGoodFriday[] = {
      {2024, "2024-03-29"}, {2025, "2025-04-18"}, {2026, "2026-04-03"}, {2027, "2027-03-26"},
      {2028, "2028-04-14"}, {2029, "2029-03-30"}, {2030, "2030-04-19"}};
  const BusinessCalendar fr = Cal("FR"), am = Cal("FR-ALSACE-MOSELLE");
  EXPECT_EQ(am.name(), "FR-ALSACE-MOSELLE");
  for (const auto& [year, good_friday] : kGoodFriday) {
    std::vector<Holiday> expected = fr.Holidays(year);
    expected.push_back({Day(good_friday), "Good Friday"});
    expected.push_back({*Date::FromYmd(year, 12, 26), "St Stephen's Day"});
    std::sort(expected.begin(), expected.end(),
              [](const Holiday& a, const Holiday& b) { return a.date < b.date; });
    EXPECT_EQ(am.Holidays(year), expected) << year;
  }
  EXPECT_EQ(am.BusinessDaysBetween(Day("2025-01-01"), Day("2026-01-01")), 249);
}

TEST(BuiltIn, Target) {
  const YearTable kTarget[] = {
    // 2025: Easter 2025-04-20
    {2025, {
      {"2025-01-01", "New Year's Day"},  // Wed
      {"2025-04-18", "Good Friday"},  // Fri
      {"2025-04-21", "Easter Monday"},  // Mon
      {"2025-05-01", "Labour Day"},  // Thu
      {"2025-12-25", "Christmas Day"},  // Thu
      {"2025-12-26", "St Stephen's Day"},  // Fri
    }},
    // 2026: Easter 2026-04-05
    {2026, {
      {"2026-01-01", "New Year's Day"},  // Thu
      {"2026-04-03", "Good Friday"},  // Fri
      {"2026-04-06", "Easter Monday"},  // Mon
      {"2026-05-01", "Labour Day"},  // Fri
      {"2026-12-25", "Christmas Day"},  // Fri
      {"2026-12-26", "St Stephen's Day"},  // Sat
    }},
  };
  for (std::string_view name : {"TARGET", "TARGET2"}) {
    const BusinessCalendar target = Cal(name);
    EXPECT_EQ(target.name(), "TARGET");
    for (const YearTable& t : kTarget) {
      EXPECT_EQ(target.Holidays(t.year), ToHolidays(t.holidays)) << name << " " << t.year;
    }
    EXPECT_EQ(target.BusinessDaysBetween(Day("2025-01-01"), Day("2026-01-01")), 255);
    EXPECT_TRUE(target.IsBusinessDay(Day("2025-05-08")));  // French-only holidays are open
    EXPECT_TRUE(target.IsBusinessDay(Day("2025-07-14")));
  }
}

TEST(BuiltIn, UnknownNameIsNotFoundAndListsTheNames) {
  for (std::string_view bad : {"", "fr", "FRANCE", "TARGET3", "FR "}) {
    absl::StatusOr<BusinessCalendar> c = BusinessCalendar::BuiltIn(bad);
    EXPECT_EQ(CodeOf(c), ErrorCode::kNotFound) << bad;
    const std::string m = Message(c.status());
    EXPECT_NE(m.find(std::string("\"") + std::string(bad) + "\""), std::string::npos) << m;
    for (const char* name : {"FR", "FR-ALSACE-MOSELLE", "TARGET", "TARGET2"}) {
      EXPECT_NE(m.find(name), std::string::npos) << m;
    }
  }
}

TEST(BuiltIn, SafeFromManyThreads) {
  std::vector<int> counts(8);
  std::vector<std::thread> threads;
  for (int i = 0; i < 8; ++i) {
    threads.emplace_back([&counts, i] {
      counts[i] = Cal(i % 2 ? "TARGET2" : "FR-ALSACE-MOSELLE")
                      .BusinessDaysBetween(Day("2025-01-01"), Day("2026-01-01"));
    });
  }
  for (std::thread& t : threads) t.join();
  for (int i = 0; i < 8; ++i) EXPECT_EQ(counts[i], i % 2 ? 255 : 249);
}

TEST(RollConvention, NamesRoundTrip) {
  EXPECT_EQ(RollConventionName(RollConvention::kNone), "none");
  EXPECT_EQ(RollConventionName(RollConvention::kFollowing), "following");
  EXPECT_EQ(RollConventionName(RollConvention::kModifiedFollowing), "modified_following");
  EXPECT_EQ(RollConventionName(RollConvention::kPreceding), "preceding");
  EXPECT_EQ(RollConventionName(RollConvention::kModifiedPreceding), "modified_preceding");
  for (RollConvention c : {RollConvention::kNone, RollConvention::kFollowing,
                           RollConvention::kModifiedFollowing, RollConvention::kPreceding,
                           RollConvention::kModifiedPreceding}) {
    absl::StatusOr<RollConvention> parsed = ParseRollConvention(RollConventionName(c));
    ASSERT_TRUE(parsed.ok());
    EXPECT_EQ(*parsed, c);
  }
  for (std::string_view bad : {"", "Following", "modified following", "mod_following"}) {
    absl::StatusOr<RollConvention> parsed = ParseRollConvention(bad);
    EXPECT_EQ(CodeOf(parsed), ErrorCode::kInvalidArgument) << bad;
    const std::string m = Message(parsed.status());
    for (const char* name : {"none", "following", "modified_following", "preceding",
                             "modified_preceding"}) {
      EXPECT_NE(m.find(name), std::string::npos) << m;
    }
  }
}

TEST(Adjust, RollsAroundMonthEndsAndHolidays) {
  const BusinessCalendar fr = Cal("FR");
  struct Case {
    const char* date;
    const char* following;
    const char* modified_following;
    const char* preceding;
    const char* modified_preceding;
  };
  const Case kCases[] = {
      // Saturday, last day of May (the header's example).
      {"2025-05-31", "2025-06-02", "2025-05-30", "2025-05-30", "2025-05-30"},
      // Friday 15 August (Assumption): the next day is Monday the 18th.
      {"2025-08-15", "2025-08-18", "2025-08-18", "2025-08-14", "2025-08-14"},
      // Friday 1 May: preceding lands in April, so modified preceding follows.
      {"2026-05-01", "2026-05-04", "2026-05-04", "2026-04-30", "2026-05-04"},
      // Saturday 31 January: following lands in February.
      {"2026-01-31", "2026-02-02", "2026-01-30", "2026-01-30", "2026-01-30"},
      // Saturday 1 November (All Saints' too): preceding lands in October.
      {"2025-11-01", "2025-11-03", "2025-11-03", "2025-10-31", "2025-11-03"},
      {"2025-03-01", "2025-03-03", "2025-03-03", "2025-02-28", "2025-03-03"},
      // Easter Saturday: Monday is Easter Monday, so following is Tuesday.
      {"2026-04-04", "2026-04-07", "2026-04-07", "2026-04-03", "2026-04-03"},
      // A business day does not move.
      {"2025-05-30", "2025-05-30", "2025-05-30", "2025-05-30", "2025-05-30"},
  };
  for (const Case& c : kCases) {
    const Date d = Day(c.date);
    EXPECT_EQ(fr.Adjust(d, RollConvention::kNone), d);
    EXPECT_EQ(fr.Adjust(d, RollConvention::kFollowing), Day(c.following)) << c.date;
    EXPECT_EQ(fr.Adjust(d, RollConvention::kModifiedFollowing), Day(c.modified_following))
        << c.date;
    EXPECT_EQ(fr.Adjust(d, RollConvention::kPreceding), Day(c.preceding)) << c.date;
    EXPECT_EQ(fr.Adjust(d, RollConvention::kModifiedPreceding), Day(c.modified_preceding))
        << c.date;
  }
}

TEST(AddBusinessDays, FixedCases) {
  const BusinessCalendar fr = Cal("FR"), am = Cal("FR-ALSACE-MOSELLE"), target = Cal("TARGET");
  // Across Easter: Good Friday is worked in FR, Easter Monday is not.
  EXPECT_EQ(fr.AddBusinessDays(Day("2025-04-18"), 1), Day("2025-04-22"));
  EXPECT_EQ(fr.AddBusinessDays(Day("2025-04-22"), -1), Day("2025-04-18"));
  EXPECT_EQ(am.AddBusinessDays(Day("2025-04-17"), 1), Day("2025-04-22"));
  EXPECT_EQ(target.AddBusinessDays(Day("2026-04-02"), 1), Day("2026-04-07"));
  // Across Christmas.
  EXPECT_EQ(fr.AddBusinessDays(Day("2025-12-24"), 1), Day("2025-12-26"));
  EXPECT_EQ(am.AddBusinessDays(Day("2025-12-24"), 1), Day("2025-12-29"));
  EXPECT_EQ(target.AddBusinessDays(Day("2025-12-24"), 1), Day("2025-12-29"));
  EXPECT_EQ(target.AddBusinessDays(Day("2026-01-02"), -1), Day("2025-12-31"));
  EXPECT_EQ(fr.AddBusinessDays(Day("2024-12-20"), 10), Day("2025-01-07"));
  EXPECT_EQ(fr.AddBusinessDays(Day("2026-01-05"), -5), Day("2025-12-26"));
  // Zero: Adjust(kFollowing).
  EXPECT_EQ(fr.AddBusinessDays(Day("2025-05-31"), 0), Day("2025-06-02"));
  EXPECT_EQ(fr.AddBusinessDays(Day("2025-05-01"), 0), Day("2025-05-02"));
  EXPECT_EQ(fr.AddBusinessDays(Day("2025-05-30"), 0), Day("2025-05-30"));
  // Starting on a holiday or a weekend day counts from that day.
  EXPECT_EQ(fr.AddBusinessDays(Day("2025-05-01"), 1), Day("2025-05-02"));
  EXPECT_EQ(fr.AddBusinessDays(Day("2025-05-01"), -1), Day("2025-04-30"));
  EXPECT_EQ(fr.AddBusinessDays(Day("2025-05-31"), 1), Day("2025-06-02"));
  EXPECT_EQ(fr.AddBusinessDays(Day("2025-05-31"), -1), Day("2025-05-30"));
  // Long spans.
  EXPECT_EQ(fr.AddBusinessDays(Day("2025-01-02"), 250), Day("2025-12-31"));
  EXPECT_EQ(fr.AddBusinessDays(Day("2025-03-17"), 400), Day("2026-10-20"));
  EXPECT_EQ(fr.AddBusinessDays(Day("2025-03-17"), -400), Day("2023-08-16"));
}

TEST(BusinessDaysBetween, FixedCases) {
  const BusinessCalendar fr = Cal("FR");
  EXPECT_EQ(fr.BusinessDaysBetween(Day("2025-01-01"), Day("2026-01-01")), 251);
  EXPECT_EQ(fr.BusinessDaysBetween(Day("2026-01-01"), Day("2025-01-01")), -251);
  EXPECT_EQ(fr.BusinessDaysBetween(Day("2024-01-01"), Day("2031-01-01")), 1763);
  EXPECT_EQ(fr.BusinessDaysBetween(Day("2025-05-31"), Day("2025-06-02")), 0);  // Sat, Sun
  EXPECT_EQ(fr.BusinessDaysBetween(Day("2025-05-30"), Day("2025-06-02")), 1);  // Fri
  EXPECT_EQ(fr.BusinessDaysBetween(Day("2025-06-02"), Day("2025-05-30")), -1);
  EXPECT_EQ(fr.BusinessDaysBetween(Day("2025-04-18"), Day("2025-04-22")), 1);
  EXPECT_EQ(fr.BusinessDaysBetween(Day("2025-04-18"), Day("2025-04-18")), 0);
  EXPECT_EQ(fr.BusinessDaysBetween(Day("2025-05-31"), Day("2025-05-31")), 0);
}

TEST(Create, UserCalendar) {
  const BusinessCalendar gulf = Gulf();
  EXPECT_EQ(gulf.name(), "GULF");
  // Friday-Saturday weekend: Thursday 5 June 2025 + 1 is Sunday the 8th.
  EXPECT_TRUE(gulf.IsWeekend(Day("2025-06-06")));
  EXPECT_TRUE(gulf.IsBusinessDay(Day("2025-06-08")));
  EXPECT_EQ(gulf.AddBusinessDays(Day("2025-06-05"), 1), Day("2025-06-08"));
  EXPECT_EQ(gulf.Adjust(Day("2025-06-07"), RollConvention::kPreceding), Day("2025-06-05"));
  // Easter 2024-03-31 + 300 = 2025-01-25; Easter 2025-04-20 - 100 = 2025-01-10;
  // Easter 2026-04-05 - 100 = 2025-12-26; the Audit date collides with
  // National Day and is listed under the first rule's name.
  EXPECT_EQ(gulf.Holidays(2025), (std::vector<Holiday>{
                                     {Day("2025-01-10"), "Minus 100"},
                                     {Day("2025-01-25"), "Plus 300"},
                                     {Day("2025-06-10"), "Closure"},
                                     {Day("2025-12-02"), "National Day"},
                                     {Day("2025-12-26"), "Minus 100"},
                                 }));
  // Easter 2024 - 100 falls in 2023 and Easter 2025 - 100 in 2025: none in 2024.
  EXPECT_EQ(gulf.Holidays(2024), (std::vector<Holiday>{{Day("2024-02-29"), "Leap Day"},
                                                        {Day("2024-12-02"), "National Day"}}));
  // Easter 2025 + 300 = 2026-02-14 is outside Plus 300's years (2025 only);
  // Easter 2027-03-28 - 100 = 2026-12-18.
  EXPECT_EQ(gulf.Holidays(2026), (std::vector<Holiday>{{Day("2026-12-02"), "National Day"},
                                                        {Day("2026-12-18"), "Minus 100"}}));
  EXPECT_FALSE(gulf.IsHoliday(Day("2026-02-14")));
  EXPECT_TRUE(gulf.IsHoliday(Day("2030-12-02")));
  EXPECT_FALSE(gulf.IsHoliday(Day("2031-12-02")));
  EXPECT_FALSE(gulf.IsHoliday(Day("2019-12-02")));
  EXPECT_TRUE(gulf.Holidays(0).empty());
  EXPECT_TRUE(gulf.Holidays(10000).empty());
  // A copy answers the same.
  const BusinessCalendar copy = gulf;
  EXPECT_EQ(copy.Holidays(2025), gulf.Holidays(2025));
}

TEST(Create, NoWeekendAndNoRules) {
  absl::StatusOr<BusinessCalendar> c = BusinessCalendar::Create("every day", {}, {});
  ASSERT_TRUE(c.ok());
  EXPECT_TRUE(c->IsBusinessDay(Day("2025-05-31")));
  EXPECT_EQ(c->AddBusinessDays(Day("2025-05-31"), 7), Day("2025-06-07"));
  EXPECT_EQ(c->BusinessDaysBetween(Day("2025-01-01"), Day("2026-01-01")), 365);
  EXPECT_TRUE(c->Holidays(2025).empty());
}

absl::Status CreateWith(HolidayRule rule) {
  return BusinessCalendar::Create("X", {Weekday::kSunday},
                                  {HolidayRule::Annual("Fine", 1, 1), std::move(rule)})
      .status();
}

TEST(Create, RuleErrorsNameTheRule) {
  const auto expect_error = [](HolidayRule rule, const std::string& message) {
    const absl::Status s = CreateWith(rule);
    EXPECT_EQ(ErrorCodeOf(s), ErrorCode::kInvalidArgument) << message;
    EXPECT_EQ(Message(s), message);
  };
  expect_error(HolidayRule::Annual("Bad", 13, 1),
               "calendar \"X\": holiday rule 1 (\"Bad\"): month 13 is outside 1..12");
  expect_error(HolidayRule::Annual("Bad", 0, 1),
               "calendar \"X\": holiday rule 1 (\"Bad\"): month 0 is outside 1..12");
  expect_error(HolidayRule::Annual("April 31", 4, 31),
               "calendar \"X\": holiday rule 1 (\"April 31\"): day 31 does not exist in month "
               "4 (1..30)");
  expect_error(HolidayRule::Annual("Feb 30", 2, 30),
               "calendar \"X\": holiday rule 1 (\"Feb 30\"): day 30 does not exist in month 2 "
               "(1..29)");
  expect_error(HolidayRule::Annual("Zero", 3, 0),
               "calendar \"X\": holiday rule 1 (\"Zero\"): day 0 does not exist in month 3 "
               "(1..31)");
  expect_error(HolidayRule::EasterOffset("Far", 367),
               "calendar \"X\": holiday rule 1 (\"Far\"): Easter offset 367 is outside "
               "-366..366");
  expect_error(HolidayRule::EasterOffset("Far", -367),
               "calendar \"X\": holiday rule 1 (\"Far\"): Easter offset -367 is outside "
               "-366..366");
  HolidayRule r = HolidayRule::Annual("Early", 1, 2);
  r.first_year = 0;
  expect_error(r, "calendar \"X\": holiday rule 1 (\"Early\"): years 0..9999 are outside 1..9999");
  r = HolidayRule::EasterOffset("Late", 1);
  r.last_year = 10000;
  expect_error(r, "calendar \"X\": holiday rule 1 (\"Late\"): years 1..10000 are outside 1..9999");
  r.first_year = 2030;
  r.last_year = 2020;
  expect_error(r, "calendar \"X\": holiday rule 1 (\"Late\"): years 2030..2020 are reversed");
  expect_error(HolidayRule::SingleDate("Never", Date::FromDays(-719163)),  // 0000-12-31
               "calendar \"X\": holiday rule 1 (\"Never\"): date (day number -719163) is "
               "outside 0001-01-01..9999-12-31");
  // The limits themselves are accepted.
  EXPECT_TRUE(CreateWith(HolidayRule::Annual("Leap", 2, 29)).ok());
  EXPECT_TRUE(CreateWith(HolidayRule::EasterOffset("Far", 366)).ok());
  EXPECT_TRUE(CreateWith(HolidayRule::EasterOffset("Far", -366)).ok());
  EXPECT_TRUE(CreateWith(HolidayRule::SingleDate("First", Day("0001-01-01"))).ok());
  EXPECT_TRUE(CreateWith(HolidayRule::SingleDate("Last", Day("9999-12-31"))).ok());
}

TEST(Create, WeekendErrors) {
  const std::vector<Weekday> all = {Weekday::kMonday, Weekday::kTuesday, Weekday::kWednesday,
                                    Weekday::kThursday, Weekday::kFriday, Weekday::kSaturday,
                                    Weekday::kSunday};
  absl::StatusOr<BusinessCalendar> c = BusinessCalendar::Create("closed", all, {});
  EXPECT_EQ(CodeOf(c), ErrorCode::kInvalidArgument);
  EXPECT_NE(Message(c.status()).find("\"closed\""), std::string::npos) << c.status();
  for (int bad : {0, 8}) {
    c = BusinessCalendar::Create("odd", {static_cast<Weekday>(bad)}, {});
    EXPECT_EQ(CodeOf(c), ErrorCode::kInvalidArgument) << bad;
  }
  // Six days off (and repeats) still leave a business day.
  c = BusinessCalendar::Create("six", {Weekday::kMonday, Weekday::kTuesday, Weekday::kTuesday,
                                       Weekday::kWednesday, Weekday::kThursday,
                                       Weekday::kFriday, Weekday::kSaturday}, {});
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(c->AddBusinessDays(Day("2025-06-02"), 2), Day("2025-06-15"));  // Sundays
  EXPECT_EQ(c->BusinessDaysBetween(Day("2025-06-02"), Day("2025-06-16")), 2);
}

// ---------------------------------------------------------------------------
// Randomized comparisons with the naive reference.

struct Subject {
  std::string label;
  BusinessCalendar calendar;
  NaiveCalendar naive;
};

std::vector<Subject> Subjects() {
  return {{"FR", Cal("FR"), NaiveFrance()},
          {"TARGET", Cal("TARGET"), NaiveTarget()},
          {"GULF", Gulf(), {kGulfWeekend, GulfRules()}}};
}

// Day numbers of 1 January of some years around and outside the precomputed
// window, and of years 1 and 9999 at the edges of the rules' range.
std::vector<Date> RegionStarts() {
  std::vector<Date> out;
  for (int y : {1, 1582, 1700, 1899, 1900, 1960, 2024, 2199, 2200, 2500, 9997}) {
    out.push_back(*Date::FromYmd(y, 1, 1));
  }
  return out;
}

TEST(Randomized, IsBusinessDayAndCountsMatchNaive) {
  std::mt19937 rng(20250531);
  for (const Subject& s : Subjects()) {
    for (Date start : RegionStarts()) {
      std::uniform_int_distribution<int> offset(-400, 3 * 366);
      std::uniform_int_distribution<int> span(-800, 800);
      for (int i = 0; i < 120; ++i) {
        const Date a = AddDays(start, offset(rng)), b = AddDays(a, span(rng));
        ASSERT_EQ(s.calendar.IsBusinessDay(a), s.naive.IsBusinessDay(a)) << s.label << " " << a;
        ASSERT_EQ(s.calendar.IsHoliday(a), s.naive.IsHoliday(a)) << s.label << " " << a;
        ASSERT_EQ(s.calendar.IsWeekend(a), s.naive.IsWeekend(a)) << s.label << " " << a;
        ASSERT_EQ(s.calendar.BusinessDaysBetween(a, b), s.naive.Between(a, b))
            << s.label << " " << a << " " << b;
      }
    }
  }
}

TEST(Randomized, HolidaysOfAYearMatchNaive) {
  for (const Subject& s : Subjects()) {
    for (int year : {1, 1600, 1700, 1899, 1900, 2025, 2199, 2200, 2500, 9999}) {
      std::vector<Date> naive;
      for (Date d = *Date::FromYmd(year, 1, 1); d.year() == year; d = AddDays(d, 1)) {
        if (s.naive.IsHoliday(d)) naive.push_back(d);
      }
      std::vector<Date> got;
      for (const Holiday& h : s.calendar.Holidays(year)) got.push_back(h.date);
      EXPECT_EQ(got, naive) << s.label << " " << year;
    }
  }
}

TEST(Randomized, AddBusinessDaysMatchesNaiveAndRoundTrips) {
  std::mt19937 rng(7);
  std::uniform_int_distribution<int> steps(-400, 400);
  for (const Subject& s : Subjects()) {
    for (Date start : RegionStarts()) {
      std::uniform_int_distribution<int> offset(0, 3 * 366);
      for (int i = 0; i < 100; ++i) {
        const Date d = AddDays(start, offset(rng));
        const int n = steps(rng);
        const Date r = s.calendar.AddBusinessDays(d, n);
        ASSERT_EQ(r, n == 0 ? s.naive.Following(d) : s.naive.Add(d, n))
            << s.label << " " << d << " " << n;
        ASSERT_TRUE(s.calendar.IsBusinessDay(r));
        if (s.calendar.IsBusinessDay(d)) {
          ASSERT_EQ(s.calendar.BusinessDaysBetween(d, r), n) << s.label << " " << d << " " << n;
        }
      }
    }
  }
}

TEST(Randomized, LongSpansAcrossTheWindow) {
  for (const Subject& s : Subjects()) {
    const Date from = Day("1700-03-01"), to = Day("2500-10-31");
    const int naive = s.naive.Between(from, to);
    EXPECT_EQ(s.calendar.BusinessDaysBetween(from, to), naive) << s.label;
    EXPECT_EQ(s.calendar.BusinessDaysBetween(to, from), -naive) << s.label;
    const Date start = s.calendar.Adjust(from, RollConvention::kFollowing);
    const int n = s.calendar.BusinessDaysBetween(start, to);
    EXPECT_EQ(s.calendar.AddBusinessDays(start, n), s.naive.Following(to)) << s.label;
    // A million business days forward and back.
    const Date far = s.calendar.AddBusinessDays(Day("2025-01-02"), 1000000);
    EXPECT_TRUE(s.calendar.IsBusinessDay(far));
    EXPECT_EQ(s.calendar.BusinessDaysBetween(Day("2025-01-02"), far), 1000000) << s.label;
    EXPECT_EQ(s.calendar.AddBusinessDays(far, -1000000), Day("2025-01-02")) << s.label;
  }
}

TEST(Randomized, ExtremeDatesHaveOnlyWeekends) {
  const BusinessCalendar fr = Cal("FR");
  // Python: (2147483647 + 3) % 7 == 4 (Friday), (-2147483648 + 3) % 7 == 1 (Tuesday).
  EXPECT_TRUE(fr.IsBusinessDay(Date::FromDays(INT32_MAX)));
  EXPECT_TRUE(fr.IsWeekend(Date::FromDays(INT32_MAX - 6)));   // Saturday
  EXPECT_TRUE(fr.IsBusinessDay(Date::FromDays(INT32_MIN)));
  EXPECT_TRUE(fr.IsWeekend(Date::FromDays(INT32_MIN + 4)));   // Saturday
  EXPECT_FALSE(fr.IsHoliday(Date::FromDays(INT32_MAX)));
  EXPECT_EQ(fr.AddBusinessDays(Date::FromDays(INT32_MIN), 5), Date::FromDays(INT32_MIN + 7));
  EXPECT_EQ(fr.BusinessDaysBetween(Date::FromDays(INT32_MIN), Date::FromDays(INT32_MIN + 70)), 50);
}

}  // namespace
}  // namespace relance
