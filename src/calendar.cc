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

#include "relance/calendar.h"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <limits>
#include <utility>

#include "absl/strings/str_cat.h"
#include "absl_bridge.h"
#include "relance/error.h"

namespace relance {
namespace {

using Day = std::int64_t;  // days since 1970-01-01

constexpr Day FloorDiv(Day a, Day b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }
constexpr Day FloorMod(Day a, Day b) { return a - b * FloorDiv(a, b); }

constexpr Day DaysFromCivil(Day y, int m, int d) {
  y -= m <= 2;
  const Day era = FloorDiv(y, 400);
  const Day yoe = y - era * 400;
  const Day doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const Day doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

struct Civil {
  Day year;
  int month, day;
};

constexpr Civil CivilFromDays(Day z) {
  z += 719468;
  const Day era = FloorDiv(z, 146097);
  const Day doe = z - era * 146097;
  const Day yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const Day doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const Day mp = (5 * doy + 2) / 153;
  const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  return {yoe + era * 400 + (m <= 2), m, d};
}

constexpr bool IsLeap(Day y) { return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0); }

constexpr int DaysInMonth(Day year, int month) {
  constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && IsLeap(year) ? 29 : kDays[month - 1];
}

// The anonymous Gregorian computus (Meeus/Jones/Butcher), with floor division
// so that it extends proleptically to any year.
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

Date ToDate(Day d) { return Date::FromDays(static_cast<std::int32_t>(d)); }

// 0 = Monday ... 6 = Sunday; 1970-01-01 was a Thursday.
int WeekdayIndex(Day d) { return static_cast<int>(FloorMod(d + 3, 7)); }

bool InYears(const HolidayRule& r, Day year) {
  return year >= r.first_year && year <= r.last_year;
}

// True when `rule` makes `day` (whose civil date is `c`) a holiday. An Easter
// rule's holidays are the days D, in its years, with D - offset an Easter
// Sunday (offsets of up to a year may cross into the next or previous year).
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

// Appends (day, rule index) for each holiday `rule` places in `year`.
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

constexpr int kWindowFirstYear = 1900;
constexpr int kWindowEndYear = 2200;  // exclusive

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

// What is wrong with a rule, or "" when it names real days.
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

constexpr RollConvention kConventions[] = {
    RollConvention::kNone, RollConvention::kFollowing, RollConvention::kModifiedFollowing,
    RollConvention::kPreceding, RollConvention::kModifiedPreceding};

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
