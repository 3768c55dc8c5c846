// Business calendars. A calendar keeps its rules, and for speed a holiday
// bitmap, a business-day bitmap and per-word prefix counts of business days
// over 1900..2199, built once by Create. Inside that window IsHoliday and
// IsBusinessDay are one bit test and counting business days is two prefix
// look-ups; outside it the rules are evaluated directly and counts are whole
// weeks minus the holidays of the years spanned.
//
// Day arithmetic is done on int64 day numbers with the civil-date algorithms
// of Howard Hinnant (days_from_civil / civil_from_days), so stepping past the
// int32 range of Date or asking for the month of any Date never overflows.
// Holidays exist only on dates in years 1..9999 (the years rules may name).
// The rules, their checks and the built-in calendars are in
// holiday_rules.cc.

#include "relance/calendar.h"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <limits>
#include <utility>

#include "absl/strings/str_cat.h"
#include "absl_bridge.h"
#include "civil_day.h"
#include "holiday_rules.h"
#include "relance/error.h"

namespace relance {
namespace {

using calendar_internal::AppendRuleDays;
using calendar_internal::Civil;
using calendar_internal::CivilFromDays;
using calendar_internal::Day;
using calendar_internal::DaysFromCivil;
using calendar_internal::FloorMod;
using calendar_internal::RuleFallsOn;
using calendar_internal::RuleProblem;
using calendar_internal::ToDate;

// 0 = Monday ... 6 = Sunday; 1970-01-01 was a Thursday.
int WeekdayIndex(Day d) { return static_cast<int>(FloorMod(d + 3, 7)); }

constexpr int kWindowFirstYear = 1900;
constexpr int kWindowEndYear = 2200;  // exclusive

}  // namespace

struct BusinessCalendar::Data {
  std::string name;
  unsigned weekend = 0;  // bit i set: weekday index i (0 = Monday) is off
  int workdays_per_week = 0;
  std::vector<HolidayRule> rules;
  Day window_first = DaysFromCivil(kWindowFirstYear, 1, 1);
  Day window_end = DaysFromCivil(kWindowEndYear, 1, 1);
  std::vector<std::uint64_t> holiday_bits, business_bits;  // bit i: window_first + i
  std::vector<std::int32_t> business_before;  // business days in words [0, w)

  bool InWindow(Day d) const { return d >= window_first && d < window_end; }
  static bool Bit(const std::vector<std::uint64_t>& bits, Day i) {
    return (bits[static_cast<std::size_t>(i >> 6)] >> (i & 63)) & 1;
  }
  bool IsWeekend(Day d) const { return (weekend >> WeekdayIndex(d)) & 1; }
  bool HolidayByRules(Day d) const {
    const Civil c = CivilFromDays(d);
    if (c.year < Date::kMinYear || c.year > Date::kMaxYear) return false;
    return std::any_of(rules.begin(), rules.end(),
                       [&](const HolidayRule& r) { return RuleFallsOn(r, d, c); });
  }
  bool IsHoliday(Day d) const {
    return InWindow(d) ? Bit(holiday_bits, d - window_first) : HolidayByRules(d);
  }
  bool IsBusiness(Day d) const {
    if (InWindow(d)) return Bit(business_bits, d - window_first);
    return !IsWeekend(d) && !HolidayByRules(d);
  }

  // (day, first rule index) of each holiday dated in `year`, by date.
  std::vector<std::pair<Day, int>> HolidaysOfYear(Day year) const {
    std::vector<std::pair<Day, int>> out;
    if (year < Date::kMinYear || year > Date::kMaxYear) return out;
    for (std::size_t i = 0; i < rules.size(); ++i) {
      AppendRuleDays(rules[i], static_cast<int>(i), year, out);
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end(),
                          [](const auto& a, const auto& b) { return a.first == b.first; }),
              out.end());
    return out;
  }

  void BuildWindow() {
    const std::size_t words = static_cast<std::size_t>((window_end - window_first) / 64 + 1);
    holiday_bits.assign(words, 0);
    business_bits.assign(words, 0);
    business_before.assign(words, 0);
    for (int y = kWindowFirstYear; y < kWindowEndYear; ++y) {
      for (const auto& [day, rule] : HolidaysOfYear(y)) {
        const Day i = day - window_first;
        holiday_bits[static_cast<std::size_t>(i >> 6)] |= std::uint64_t{1} << (i & 63);
      }
    }
    for (Day i = 0; i < window_end - window_first; ++i) {
      if (!IsWeekend(window_first + i) && !Bit(holiday_bits, i)) {
        business_bits[static_cast<std::size_t>(i >> 6)] |= std::uint64_t{1} << (i & 63);
      }
    }
    for (std::size_t w = 1; w < words; ++w) {
      business_before[w] = business_before[w - 1] + std::popcount(business_bits[w - 1]);
    }
  }

  // Business days in [window_first, x), for x inside [window_first, window_end].
  Day WindowPrefix(Day x) const {
    const Day i = x - window_first;
    const std::size_t w = static_cast<std::size_t>(i >> 6);
    const std::uint64_t below = (std::uint64_t{1} << (i & 63)) - 1;
    return business_before[w] + std::popcount(business_bits[w] & below);
  }

  // Business days in [a, b), a <= b, from the rules: whole weeks of workdays,
  // then minus the holidays in range that fall on workdays.
  Day CountByRules(Day a, Day b) const {
    if (a >= b) return 0;
    const Day weeks = (b - a) / 7;
    Day count = weeks * workdays_per_week;
    for (Day d = a + weeks * 7; d < b; ++d) count += !IsWeekend(d);
    const Day first_year = std::max<Day>(CivilFromDays(a).year, Date::kMinYear);
    const Day last_year = std::min<Day>(CivilFromDays(b - 1).year, Date::kMaxYear);
    for (Day y = first_year; y <= last_year; ++y) {
      for (const auto& [day, rule] : HolidaysOfYear(y)) {
        count -= day >= a && day < b && !IsWeekend(day);
      }
    }
    return count;
  }

  // Business days in [a, b), a <= b.
  Day Count(Day a, Day b) const {
    const Day lo = std::clamp(a, window_first, window_end);
    const Day hi = std::clamp(b, window_first, window_end);
    return CountByRules(a, std::min(b, window_first)) + (WindowPrefix(hi) - WindowPrefix(lo)) +
           CountByRules(std::max(a, window_end), b);
  }

  // The first business day from d on, stepping by `step` (+1 or -1).
  Day Roll(Day d, int step) const {
    while (!IsBusiness(d)) d += step;
    return d;
  }

  // The n-th business day strictly after d (before it when n < 0), n != 0.
  // Whole weeks are skipped while more than a week's worth remains: a jump of
  // (remaining - 1) / workdays_per_week weeks holds fewer business days than
  // remain, so the answer is never overshot; the rest is walked day by day.
  Day Walk(Day d, Day n) const {
    const int step = n > 0 ? 1 : -1;
    Day remaining = n > 0 ? n : -n;
    while (remaining > workdays_per_week) {
      const Day span = (remaining - 1) / workdays_per_week * 7;
      remaining -= step > 0 ? Count(d + 1, d + 1 + span) : Count(d - span, d);
      d += step * span;
    }
    while (remaining > 0) {
      d += step;
      remaining -= IsBusiness(d);
    }
    return d;
  }
};

namespace {

constexpr RollConvention kConventions[] = {
    RollConvention::kNone, RollConvention::kFollowing, RollConvention::kModifiedFollowing,
    RollConvention::kPreceding, RollConvention::kModifiedPreceding};

}  // namespace

std::string_view RollConventionName(RollConvention c) {
  switch (c) {
    case RollConvention::kNone: return "none";
    case RollConvention::kFollowing: return "following";
    case RollConvention::kModifiedFollowing: return "modified_following";
    case RollConvention::kPreceding: return "preceding";
    case RollConvention::kModifiedPreceding: return "modified_preceding";
  }
  return "unknown";
}

absl::StatusOr<RollConvention> ParseRollConvention(std::string_view name) {
  for (RollConvention c : kConventions) {
    if (RollConventionName(c) == name) return c;
  }
  return MakeError(ErrorCode::kInvalidArgument,
                   absl::StrCat("unknown roll convention \"", AbslView(name),
                                "\"; expected none, following, modified_following, preceding "
                                "or modified_preceding"));
}

BusinessCalendar::BusinessCalendar(std::shared_ptr<const Data> data) : data_(std::move(data)) {}

absl::StatusOr<BusinessCalendar> BusinessCalendar::Create(std::string name,
                                                          std::vector<Weekday> weekend,
                                                          std::vector<HolidayRule> rules) {
  auto data = std::make_shared<Data>();
  for (Weekday w : weekend) {
    const int iso = static_cast<int>(w);
    if (iso < 1 || iso > 7) {
      return MakeError(ErrorCode::kInvalidArgument,
                       absl::StrCat("calendar \"", name, "\": weekend day ", iso,
                                    " is not an ISO weekday 1 (Monday)..7 (Sunday)"));
    }
    data->weekend |= 1u << (iso - 1);
  }
  data->workdays_per_week = 7 - std::popcount(data->weekend);
  if (data->workdays_per_week == 0) {
    return MakeError(ErrorCode::kInvalidArgument,
                     absl::StrCat("calendar \"", name,
                                  "\": every day of the week is a weekend day, so no day "
                                  "would ever be a business day"));
  }
  for (std::size_t i = 0; i < rules.size(); ++i) {
    const std::string problem = RuleProblem(rules[i]);
    if (!problem.empty()) {
      return MakeError(ErrorCode::kInvalidArgument,
                       absl::StrCat("calendar \"", name, "\": holiday rule ", i, " (\"",
                                    rules[i].name, "\"): ", problem));
    }
  }
  data->name = std::move(name);
  data->rules = std::move(rules);
  data->BuildWindow();
  return BusinessCalendar(std::move(data));
}

const std::string& BusinessCalendar::name() const { return data_->name; }

bool BusinessCalendar::IsBusinessDay(Date d) const { return data_->IsBusiness(d.days()); }
bool BusinessCalendar::IsHoliday(Date d) const { return data_->IsHoliday(d.days()); }
bool BusinessCalendar::IsWeekend(Date d) const { return data_->IsWeekend(d.days()); }

std::vector<Holiday> BusinessCalendar::Holidays(int year) const {
  std::vector<Holiday> out;
  for (const auto& [day, rule] : data_->HolidaysOfYear(year)) {
    out.push_back(Holiday{ToDate(day), data_->rules[static_cast<std::size_t>(rule)].name});
  }
  return out;
}

Date BusinessCalendar::Adjust(Date d, RollConvention convention) const {
  const Day day = d.days();
  if (convention == RollConvention::kNone || data_->IsBusiness(day)) return d;
  const Civil c = CivilFromDays(day);
  const auto same_month = [&c](Day x) {
    const Civil cx = CivilFromDays(x);
    return cx.year == c.year && cx.month == c.month;
  };
  switch (convention) {
    case RollConvention::kFollowing:
      return ToDate(data_->Roll(day, 1));
    case RollConvention::kModifiedFollowing: {
      const Day next = data_->Roll(day, 1);
      return ToDate(same_month(next) ? next : data_->Roll(day, -1));
    }
    case RollConvention::kPreceding:
      return ToDate(data_->Roll(day, -1));
    case RollConvention::kModifiedPreceding: {
      const Day previous = data_->Roll(day, -1);
      return ToDate(same_month(previous) ? previous : data_->Roll(day, 1));
    }
    case RollConvention::kNone:
      break;
  }
  return d;
}

Date BusinessCalendar::AddBusinessDays(Date d, int n) const {
  if (n == 0) return Adjust(d, RollConvention::kFollowing);
  return ToDate(data_->Walk(d.days(), n));
}

int BusinessCalendar::BusinessDaysBetween(Date from, Date to) const {
  const Day count = from <= to ? data_->Count(from.days(), to.days())
                               : -data_->Count(to.days(), from.days());
  // Beyond int only for spans of millions of years; saturate rather than wrap.
  return static_cast<int>(std::clamp<Day>(count, std::numeric_limits<int>::min(),
                                          std::numeric_limits<int>::max()));
}

}  // namespace relance
