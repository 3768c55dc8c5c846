// Holiday rules: the Easter computus, on which days a rule falls, what makes
// a rule invalid, and the built-in calendars (FR, FR-ALSACE-MOSELLE, TARGET).

#include "holiday_rules.h"

#include <string>
#include <utility>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl_bridge.h"
#include "relance/calendar.h"
#include "relance/error.h"

namespace relance {
namespace calendar_internal {
namespace {

bool InYears(const HolidayRule& r, Day year) {
  return year >= r.first_year && year <= r.last_year;
}

// What is wrong with the years of an annual or Easter rule, or "".
std::string YearsProblem(const HolidayRule& r) {
  if (r.first_year < Date::kMinYear || r.last_year > Date::kMaxYear) {
    return absl::StrCat("years ", r.first_year, "..", r.last_year, " are outside 1..9999");
  }
  if (r.first_year > r.last_year) {
    return absl::StrCat("years ", r.first_year, "..", r.last_year, " are reversed");
  }
  return "";
}

}  // namespace

Day EasterDay(Day year) {
  const Day a = FloorMod(year, 19), b = FloorDiv(year, 100), c = FloorMod(year, 100);
  const Day d = FloorDiv(b, 4), e = FloorMod(b, 4), f = FloorDiv(b + 8, 25);
  const Day g = FloorDiv(b - f + 1, 3);
  const Day h = FloorMod(19 * a + b - d - g + 15, 30);
  const Day i = c / 4, k = c % 4;
  const Day l = FloorMod(32 + 2 * e + 2 * i - h - k, 7);
  const Day m = (a + 11 * h + 22 * l) / 451;
  const Day n = h + l - 7 * m + 114;
  return DaysFromCivil(year, static_cast<int>(n / 31), static_cast<int>(n % 31 + 1));
}

bool RuleFallsOn(const HolidayRule& rule, Day day, const Civil& c) {
  switch (rule.kind) {
    case HolidayRule::Kind::kAnnual:
      return InYears(rule, c.year) && c.month == rule.month && c.day == rule.day;
    case HolidayRule::Kind::kEasterOffset: {
      if (!InYears(rule, c.year)) return false;
      const Day sunday = day - rule.offset;
      return EasterDay(CivilFromDays(sunday).year) == sunday;
    }
    case HolidayRule::Kind::kSingleDate:
      return rule.date.days() == day;
  }
  return false;
}

void AppendRuleDays(const HolidayRule& rule, int index, Day year,
                    std::vector<std::pair<Day, int>>& out) {
  switch (rule.kind) {
    case HolidayRule::Kind::kAnnual:
      if (InYears(rule, year) && rule.day <= DaysInMonth(year, rule.month)) {
        out.emplace_back(DaysFromCivil(year, rule.month, rule.day), index);
      }
      return;
    case HolidayRule::Kind::kEasterOffset:
      if (!InYears(rule, year)) return;
      for (Day easter_year = year - 1; easter_year <= year + 1; ++easter_year) {
        const Day day = EasterDay(easter_year) + rule.offset;
        if (CivilFromDays(day).year == year) out.emplace_back(day, index);
      }
      return;
    case HolidayRule::Kind::kSingleDate:
      if (rule.date.year() == year) out.emplace_back(rule.date.days(), index);
      return;
  }
}

std::string RuleProblem(const HolidayRule& r) {
  switch (r.kind) {
    case HolidayRule::Kind::kAnnual:
      if (r.month < 1 || r.month > 12) return absl::StrCat("month ", r.month, " is outside 1..12");
      if (r.day < 1 || r.day > DaysInMonth(2000, r.month)) {
        return absl::StrCat("day ", r.day, " does not exist in month ", r.month, " (1..",
                            DaysInMonth(2000, r.month), ")");
      }
      return YearsProblem(r);
    case HolidayRule::Kind::kEasterOffset:
      if (r.offset < -366 || r.offset > 366) {
        return absl::StrCat("Easter offset ", r.offset, " is outside -366..366");
      }
      return YearsProblem(r);
    case HolidayRule::Kind::kSingleDate:
      if (r.date.days() < DaysFromCivil(1, 1, 1) || r.date.days() > DaysFromCivil(9999, 12, 31)) {
        return absl::StrCat("date (day number ", r.date.days(),
                            ") is outside 0001-01-01..9999-12-31");
      }
      return "";
  }
  return absl::StrCat("unknown kind ", static_cast<int>(r.kind));
}

}  // namespace calendar_internal

using calendar_internal::EasterDay;
using calendar_internal::ToDate;

HolidayRule HolidayRule::Annual(std::string name, int month, int day) {
  HolidayRule r;
  r.name = std::move(name);
  r.month = month;
  r.day = day;
  return r;
}

HolidayRule HolidayRule::EasterOffset(std::string name, int offset) {
  HolidayRule r;
  r.kind = Kind::kEasterOffset;
  r.name = std::move(name);
  r.offset = offset;
  return r;
}

HolidayRule HolidayRule::SingleDate(std::string name, Date date) {
  HolidayRule r;
  r.kind = Kind::kSingleDate;
  r.name = std::move(name);
  r.date = date;
  return r;
}

Date EasterSunday(int year) { return ToDate(EasterDay(year)); }

namespace {

std::vector<HolidayRule> FranceRules() {
  using R = HolidayRule;
  return {R::Annual("New Year's Day", 1, 1),     R::EasterOffset("Easter Monday", 1),
          R::Annual("Labour Day", 5, 1),          R::Annual("Victory in Europe Day", 5, 8),
          R::EasterOffset("Ascension Day", 39),   R::EasterOffset("Whit Monday", 50),
          R::Annual("Bastille Day", 7, 14),       R::Annual("Assumption of Mary", 8, 15),
          R::Annual("All Saints' Day", 11, 1),    R::Annual("Armistice Day", 11, 11),
          R::Annual("Christmas Day", 12, 25)};
}

std::vector<HolidayRule> AlsaceMoselleRules() {
  std::vector<HolidayRule> rules = FranceRules();
  rules.push_back(HolidayRule::EasterOffset("Good Friday", -2));
  rules.push_back(HolidayRule::Annual("St Stephen's Day", 12, 26));
  return rules;
}

std::vector<HolidayRule> TargetRules() {
  using R = HolidayRule;
  return {R::Annual("New Year's Day", 1, 1), R::EasterOffset("Good Friday", -2),
          R::EasterOffset("Easter Monday", 1), R::Annual("Labour Day", 5, 1),
          R::Annual("Christmas Day", 12, 25), R::Annual("St Stephen's Day", 12, 26)};
}

BusinessCalendar MustCreate(std::string name, std::vector<HolidayRule> rules) {
  return *BusinessCalendar::Create(std::move(name), {Weekday::kSaturday, Weekday::kSunday},
                                   std::move(rules));
}

}  // namespace

absl::StatusOr<BusinessCalendar> BusinessCalendar::BuiltIn(std::string_view name) {
  if (name == "FR") {
    static const BusinessCalendar* const fr = new BusinessCalendar(MustCreate("FR", FranceRules()));
    return *fr;
  }
  if (name == "FR-ALSACE-MOSELLE") {
    static const BusinessCalendar* const am =
        new BusinessCalendar(MustCreate("FR-ALSACE-MOSELLE", AlsaceMoselleRules()));
    return *am;
  }
  if (name == "TARGET" || name == "TARGET2") {
    static const BusinessCalendar* const target =
        new BusinessCalendar(MustCreate("TARGET", TargetRules()));
    return *target;
  }
  return MakeError(ErrorCode::kNotFound,
                   absl::StrCat("no built-in calendar \"", AbslView(name),
                                "\"; built-in calendars are FR, FR-ALSACE-MOSELLE, TARGET and "
                                "TARGET2"));
}

}  // namespace relance
