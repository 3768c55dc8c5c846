#include "relance/date.h"

#include <cstdio>

#include "absl/strings/str_cat.h"
#include "absl_bridge.h"
#include "relance/error.h"

namespace relance {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// The value of the `n` digits at text[at], or -1 if any is not a digit.
int Digits(std::string_view text, std::size_t at, std::size_t n) {
  int value = 0;
  for (std::size_t i = at; i < at + n; ++i) {
    if (!IsDigit(text[i])) return -1;
    value = value * 10 + (text[i] - '0');
  }
  return value;
}

absl::Status DateParseError(std::string_view text, std::string_view what) {
  return MakeError(ErrorCode::kParse,
                   absl::StrCat("date \"", AbslView(text), "\" is not YYYY-MM-DD: ",
                                AbslView(what)));
}

}  // namespace

absl::StatusOr<Date> Date::FromYmd(int year, int month, int day) {
  if (year < kMinYear || year > kMaxYear) {
    return MakeError(ErrorCode::kInvalidArgument,
                     absl::StrCat("year ", year, " is outside 1..9999"));
  }
  if (month < 1 || month > 12) {
    return MakeError(ErrorCode::kInvalidArgument,
                     absl::StrCat("month ", month, " is outside 1..12"));
  }
  const date::year_month_day ymd{date::year(year), date::month(static_cast<unsigned>(month)),
                                 date::day(static_cast<unsigned>(day < 0 ? 0 : day))};
  if (day < 1 || !ymd.ok()) {
    const unsigned last = static_cast<unsigned>(
        (date::year(year) / date::month(static_cast<unsigned>(month)) / date::last).day());
    return MakeError(ErrorCode::kInvalidArgument,
                     absl::StrCat("day ", day, " does not exist in ", year, "-",
                                  month < 10 ? "0" : "", month, " (1..", last, ")"));
  }
  return FromSysDays(date::sys_days(ymd));
}

absl::StatusOr<Date> Date::Parse(std::string_view text) {
  if (text.size() != 10) {
    return DateParseError(text, absl::StrCat("expected 10 characters, got ", text.size()));
  }
  if (text[4] != '-' || text[7] != '-') {
    return DateParseError(text, "expected '-' at positions 5 and 8");
  }
  const int year = Digits(text, 0, 4), month = Digits(text, 5, 2), day = Digits(text, 8, 2);
  if (year < 0 || month < 0 || day < 0) {
    return DateParseError(text, "expected digits for year, month and day");
  }
  absl::StatusOr<Date> d = FromYmd(year, month, day);
  if (!d.ok()) {
    return MakeError(ErrorCode::kInvalidArgument,
                     absl::StrCat("date \"", AbslView(text), "\": ", d.status().message()));
  }
  return d;
}

std::string Date::ToString() const {
  const date::year_month_day d = ymd();
  char buffer[16];
  const int n = std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u",
                              static_cast<int>(d.year()), static_cast<unsigned>(d.month()),
                              static_cast<unsigned>(d.day()));
  return std::string(buffer, static_cast<std::size_t>(n));
}

Date AddMonths(Date d, int n) {
  const date::year_month_day ymd = d.ymd();
  const date::year_month target = date::year_month(ymd.year(), ymd.month()) + date::months(n);
  const date::day last = (target / date::last).day();
  return Date::FromSysDays(date::sys_days(target / (ymd.day() < last ? ymd.day() : last)));
}

Date EndOfMonth(Date d) {
  const date::year_month_day ymd = d.ymd();
  return Date::FromSysDays(date::sys_days(ymd.year() / ymd.month() / date::last));
}

bool IsLeapYear(int year) { return date::year(year).is_leap(); }

}  // namespace relance
