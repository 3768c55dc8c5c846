// relance_date_*: thin shims over relance::Date.

#include <string>

#include "relance.h"
#include "relance/date.h"
#include "shim.h"

using relance::Date;
using namespace relance::capi;

extern "C" {

relance_status relance_date_parse(const char* text, size_t length, int32_t* out_days) {
  constexpr absl::string_view kFn = "relance_date_parse";
  return Guard(kFn, [&]() -> relance_status {
    if (text == nullptr && length > 0) return NullArgument(kFn, "text");
    if (out_days == nullptr) return NullArgument(kFn, "out_days");
    absl::StatusOr<Date> d = Date::Parse(std::string_view(text == nullptr ? "" : text, length));
    if (!d.ok()) return Fail(d.status(), kFn);
    *out_days = d->days();
    return RELANCE_OK;
  });
}

relance_status relance_date_format(int32_t days, char* buffer, size_t capacity,
                                   size_t* out_length) {
  constexpr absl::string_view kFn = "relance_date_format";
  return Guard(kFn, [&]() -> relance_status {
    Date d;
    if (relance_status s = ReadDate(days, kFn, "days", &d)) return s;
    if (buffer == nullptr && capacity > 0) return NullArgument(kFn, "buffer");
    if (out_length == nullptr) return NullArgument(kFn, "out_length");
    const std::string text = d.ToString();
    return CopyText(text, kFn, buffer, capacity, out_length);
  });
}

relance_status relance_date_from_ymd(int32_t year, int32_t month, int32_t day,
                                     int32_t* out_days) {
  constexpr absl::string_view kFn = "relance_date_from_ymd";
  return Guard(kFn, [&]() -> relance_status {
    if (out_days == nullptr) return NullArgument(kFn, "out_days");
    absl::StatusOr<Date> d = Date::FromYmd(year, month, day);
    if (!d.ok()) return Fail(d.status(), kFn);
    *out_days = d->days();
    return RELANCE_OK;
  });
}

relance_status relance_date_to_ymd(int32_t days, int32_t* out_year, int32_t* out_month,
                                   int32_t* out_day) {
  constexpr absl::string_view kFn = "relance_date_to_ymd";
  return Guard(kFn, [&]() -> relance_status {
    Date d;
    if (relance_status s = ReadDate(days, kFn, "days", &d)) return s;
    if (out_year == nullptr) return NullArgument(kFn, "out_year");
    if (out_month == nullptr) return NullArgument(kFn, "out_month");
    if (out_day == nullptr) return NullArgument(kFn, "out_day");
    *out_year = d.year();
    *out_month = d.month();
    *out_day = d.day();
    return RELANCE_OK;
  });
}

relance_status relance_date_add_months(int32_t days, int32_t months, int32_t* out_days) {
  constexpr absl::string_view kFn = "relance_date_add_months";
  return Guard(kFn, [&]() -> relance_status {
    Date d;
    if (relance_status s = ReadDate(days, kFn, "days", &d)) return s;
    if (out_days == nullptr) return NullArgument(kFn, "out_days");
    // 9999 years hold fewer than 120,000 months: anything beyond leaves the range.
    if (months > 120000 || months < -120000) {
      return Fail(RELANCE_E_INVALID_ARGUMENT, kFn, "the result is outside years 1..9999");
    }
    return WriteDate(relance::AddMonths(d, months), kFn, out_days);
  });
}

relance_status relance_date_end_of_month(int32_t days, int32_t* out_days) {
  constexpr absl::string_view kFn = "relance_date_end_of_month";
  return Guard(kFn, [&]() -> relance_status {
    Date d;
    if (relance_status s = ReadDate(days, kFn, "days", &d)) return s;
    if (out_days == nullptr) return NullArgument(kFn, "out_days");
    return WriteDate(relance::EndOfMonth(d), kFn, out_days);
  });
}

}  // extern "C"
