// relance_calendar_* and relance_holiday_list_*: shims over BusinessCalendar.

#include <string>
#include <utility>
#include <vector>

#include "absl/strings/str_cat.h"
#include "relance.h"
#include "relance/calendar.h"
#include "shim.h"

struct relance_calendar {
  relance::BusinessCalendar calendar;
};

struct relance_holiday_list {
  std::vector<relance::Holiday> holidays;
};

namespace {

using relance::BusinessCalendar;
using relance::Date;
using relance::HolidayRule;
using namespace relance::capi;

relance_status ReadRule(const relance_holiday_rule& in, size_t index,
                        absl::string_view function, HolidayRule* out) {
  const std::string where = absl::StrCat("argument 'rules[", index, "]'");
  if (in.reserved != 0) {
    return Fail(RELANCE_E_INVALID_ARGUMENT, function,
                absl::StrCat(where, ": reserved field is ", in.reserved, ", must be 0"));
  }
  std::string name = in.name == nullptr ? "" : in.name;
  switch (in.kind) {
    case RELANCE_HOLIDAY_ANNUAL:
      *out = HolidayRule::Annual(std::move(name), in.month, in.day);
      break;
    case RELANCE_HOLIDAY_EASTER_OFFSET:
      *out = HolidayRule::EasterOffset(std::move(name), in.offset);
      break;
    case RELANCE_HOLIDAY_SINGLE_DATE: {
      Date d;
      if (relance_status s = ReadDate(in.date, function, where, &d)) return s;
      *out = HolidayRule::SingleDate(std::move(name), d);
      break;
    }
    default:
      return Fail(RELANCE_E_INVALID_ARGUMENT, function,
                  absl::StrCat(where, ": kind ", in.kind, " is not a relance_holiday_kind"));
  }
  if (in.first_year != 0) out->first_year = in.first_year;
  if (in.last_year != 0) out->last_year = in.last_year;
  return RELANCE_OK;
}

relance_status Emit(absl::StatusOr<BusinessCalendar> calendar, absl::string_view function,
                    relance_calendar** out) {
  if (!calendar.ok()) return Fail(calendar.status(), function);
  *out = new relance_calendar{*std::move(calendar)};
  return RELANCE_OK;
}

relance_status ReadRoll(const relance_roll& roll, absl::string_view function,
                        relance::RollConvention* out) {
  return ReadEnum(EnumValue(roll), RELANCE_ROLL_MODIFIED_PRECEDING + 1, function, "convention",
                  "relance_roll", out);
}

}  // namespace

extern "C" {

relance_status relance_calendar_create_builtin(const char* name, relance_calendar** out) {
  constexpr absl::string_view kFn = "relance_calendar_create_builtin";
  return Guard(kFn, [&]() -> relance_status {
    if (name == nullptr) return NullArgument(kFn, "name");
    if (out == nullptr) return NullArgument(kFn, "out");
    return Emit(BusinessCalendar::BuiltIn(name), kFn, out);
  });
}

relance_status relance_calendar_create(const char* name, const int32_t* weekend,
                                       size_t weekend_count, const relance_holiday_rule* rules,
                                       size_t rule_count, relance_calendar** out) {
  constexpr absl::string_view kFn = "relance_calendar_create";
  return Guard(kFn, [&]() -> relance_status {
    if (name == nullptr) return NullArgument(kFn, "name");
    if (weekend == nullptr && weekend_count > 0) return NullArgument(kFn, "weekend");
    if (rules == nullptr && rule_count > 0) return NullArgument(kFn, "rules");
    if (out == nullptr) return NullArgument(kFn, "out");
    std::vector<relance::Weekday> days;
    for (size_t i = 0; i < weekend_count; ++i) {
      if (weekend[i] < 1 || weekend[i] > 7) {
        return Fail(RELANCE_E_INVALID_ARGUMENT, kFn,
                    absl::StrCat("argument 'weekend[", i, "]': ", weekend[i],
                                 " is not an ISO day number (1 = Monday .. 7 = Sunday)"));
      }
      days.push_back(static_cast<relance::Weekday>(weekend[i]));
    }
    std::vector<HolidayRule> parsed(rule_count);
    for (size_t i = 0; i < rule_count; ++i) {
      if (relance_status s = ReadRule(rules[i], i, kFn, &parsed[i])) return s;
    }
    return Emit(BusinessCalendar::Create(name, std::move(days), std::move(parsed)), kFn, out);
  });
}

void relance_calendar_destroy(relance_calendar* calendar) { delete calendar; }

relance_status relance_calendar_is_business_day(const relance_calendar* calendar, int32_t date,
                                                int32_t* out) {
  constexpr absl::string_view kFn = "relance_calendar_is_business_day";
  return Guard(kFn, [&]() -> relance_status {
    if (calendar == nullptr) return NullArgument(kFn, "calendar");
    Date d;
    if (relance_status s = ReadDate(date, kFn, "date", &d)) return s;
    if (out == nullptr) return NullArgument(kFn, "out");
    *out = calendar->calendar.IsBusinessDay(d) ? 1 : 0;
    return RELANCE_OK;
  });
}

relance_status relance_calendar_adjust(const relance_calendar* calendar, int32_t date,
                                       relance_roll convention, int32_t* out_date) {
  constexpr absl::string_view kFn = "relance_calendar_adjust";
  return Guard(kFn, [&]() -> relance_status {
    if (calendar == nullptr) return NullArgument(kFn, "calendar");
    Date d;
    if (relance_status s = ReadDate(date, kFn, "date", &d)) return s;
    relance::RollConvention roll;
    if (relance_status s = ReadRoll(convention, kFn, &roll)) return s;
    if (out_date == nullptr) return NullArgument(kFn, "out_date");
    return WriteDate(calendar->calendar.Adjust(d, roll), kFn, out_date);
  });
}

relance_status relance_calendar_add_business_days(const relance_calendar* calendar,
                                                  int32_t date, int32_t n,
                                                  int32_t* out_date) {
  constexpr absl::string_view kFn = "relance_calendar_add_business_days";
  return Guard(kFn, [&]() -> relance_status {
    if (calendar == nullptr) return NullArgument(kFn, "calendar");
    Date d;
    if (relance_status s = ReadDate(date, kFn, "date", &d)) return s;
    if (out_date == nullptr) return NullArgument(kFn, "out_date");
    // A business day at least once a week: |n| past ~3.7 million
    // business days leaves years 1..9999 from anywhere.
    if (n > 4000000 || n < -4000000) {
      return Fail(RELANCE_E_INVALID_ARGUMENT, kFn, "the result is outside years 1..9999");
    }
    return WriteDate(calendar->calendar.AddBusinessDays(d, n), kFn, out_date);
  });
}

relance_status relance_calendar_business_days_between(const relance_calendar* calendar,
                                                      int32_t from, int32_t to, int32_t* out) {
  constexpr absl::string_view kFn = "relance_calendar_business_days_between";
  return Guard(kFn, [&]() -> relance_status {
    if (calendar == nullptr) return NullArgument(kFn, "calendar");
    Date a, b;
    if (relance_status s = ReadDate(from, kFn, "from", &a)) return s;
    if (relance_status s = ReadDate(to, kFn, "to", &b)) return s;
    if (out == nullptr) return NullArgument(kFn, "out");
    *out = calendar->calendar.BusinessDaysBetween(a, b);
    return RELANCE_OK;
  });
}

relance_status relance_calendar_holidays(const relance_calendar* calendar, int32_t year,
                                         relance_holiday_list** out) {
  constexpr absl::string_view kFn = "relance_calendar_holidays";
  return Guard(kFn, [&]() -> relance_status {
    if (calendar == nullptr) return NullArgument(kFn, "calendar");
    if (year < Date::kMinYear || year > Date::kMaxYear) {
      return Fail(RELANCE_E_INVALID_ARGUMENT, kFn,
                  absl::StrCat("argument 'year': ", year, " is outside 1..9999"));
    }
    if (out == nullptr) return NullArgument(kFn, "out");
    *out = new relance_holiday_list{calendar->calendar.Holidays(year)};
    return RELANCE_OK;
  });
}

size_t relance_holiday_list_count(const relance_holiday_list* list) {
  return list == nullptr ? 0 : list->holidays.size();
}

relance_status relance_holiday_list_at(const relance_holiday_list* list, size_t index,
                                       int32_t* out_date, const char** out_name) {
  constexpr absl::string_view kFn = "relance_holiday_list_at";
  return Guard(kFn, [&]() -> relance_status {
    if (list == nullptr) return NullArgument(kFn, "list");
    if (relance_status s = CheckIndex(index, list->holidays.size(), kFn)) return s;
    if (out_date == nullptr) return NullArgument(kFn, "out_date");
    if (out_name == nullptr) return NullArgument(kFn, "out_name");
    *out_date = list->holidays[index].date.days();
    *out_name = list->holidays[index].name.c_str();
    return RELANCE_OK;
  });
}

void relance_holiday_list_destroy(relance_holiday_list* list) { delete list; }

}  // extern "C"
