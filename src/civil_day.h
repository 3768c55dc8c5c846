// Internal: civil-date arithmetic on int64 day numbers, for the calendar
// sources (calendar.cc, holiday_rules.cc). The algorithms are Howard
// Hinnant's days_from_civil / civil_from_days; on int64 day numbers stepping
// past the int32 range of Date, or asking for the month of any Date, never
// overflows. Not installed; not API.

#ifndef RELANCE_SRC_CIVIL_DAY_H_
#define RELANCE_SRC_CIVIL_DAY_H_

#include <cstdint>

#include "relance/date.h"

namespace relance::calendar_internal {

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

inline Date ToDate(Day d) { return Date::FromDays(static_cast<std::int32_t>(d)); }

}  // namespace relance::calendar_internal

#endif  // RELANCE_SRC_CIVIL_DAY_H_
