// relance/date.h -- calendar dates, and month arithmetic that never makes an
// invalid date.
//
// A Date is a day of the proleptic Gregorian calendar, held as the number of
// days since 1970-01-01 (the form it takes across the C ABI, as int32). It
// sits on Howard Hinnant's `date` library (date::sys_days).
//
// Adding months keeps the day of the month when the target month has it,
// and otherwise clamps to the target month's last day:
//
//   2024-01-31 + 1 month  = 2024-02-29   (leap year: February has 29 days)
//   2025-01-31 + 1 month  = 2025-02-28
//   2025-03-31 - 1 month  = 2025-02-28
//   2025-01-30 + 1 month  = 2025-02-28;  2025-02-28 + 1 month = 2025-03-28
//   2024-02-29 + 12 months = 2025-02-28
//
// So month arithmetic is not reversible (31 January + 1 month - 1 month is
// 28 or 29 January), which is what payment terms in practice expect.
//
// Text is strict ISO 8601 calendar-date form, YYYY-MM-DD: four-digit year,
// two-digit month and day, hyphens, nothing else. Dates parsed or built from
// fields are checked to lie in years 0001 to 9999.
//
// Thread safety: Date is an immutable value; all functions are pure.

#ifndef RELANCE_DATE_H_
#define RELANCE_DATE_H_

#include <compare>
#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>

#include "absl/status/statusor.h"
#include "date/date.h"

namespace relance {

// ISO 8601 day numbers: Monday is 1, Sunday 7.
enum class Weekday : std::uint8_t {
  kMonday = 1,
  kTuesday = 2,
  kWednesday = 3,
  kThursday = 4,
  kFriday = 5,
  kSaturday = 6,
  kSunday = 7,
};

class Date {
 public:
  // The earliest and latest dates Parse and FromYmd accept.
  static constexpr int kMinYear = 1;
  static constexpr int kMaxYear = 9999;

  // 1970-01-01.
  constexpr Date() = default;

  // The date `days` days after 1970-01-01 (before it when negative). Every
  // int32 is a valid calendar date; see kMinYear/kMaxYear for text.
  static constexpr Date FromDays(std::int32_t days) { return Date(days); }

  // The date of a sys_days.
  static constexpr Date FromSysDays(date::sys_days d) {
    return Date(d.time_since_epoch().count());
  }

  // year-month-day. Errors: kInvalidArgument naming the field for a day
  // that does not exist (2025-02-29) or a year outside 1..9999.
  static absl::StatusOr<Date> FromYmd(int year, int month, int day);

  // Strict YYYY-MM-DD. Errors: kParse naming the text and what was
  // expected where; kInvalidArgument for a well-formed but nonexistent date
  // ("2025-02-30").
  static absl::StatusOr<Date> Parse(std::string_view text);

  // Days since 1970-01-01.
  constexpr std::int32_t days() const { return days_; }
  constexpr date::sys_days sys_days() const {
    return date::sys_days(date::days(days_));
  }
  date::year_month_day ymd() const { return date::year_month_day(sys_days()); }
  int year() const { return static_cast<int>(ymd().year()); }
  int month() const { return static_cast<int>(static_cast<unsigned>(ymd().month())); }
  int day() const { return static_cast<int>(static_cast<unsigned>(ymd().day())); }
  Weekday weekday() const {
    return static_cast<Weekday>(date::weekday(sys_days()).iso_encoding());
  }

  // "2025-03-17".
  std::string ToString() const;

  friend constexpr bool operator==(Date a, Date b) = default;
  friend constexpr auto operator<=>(Date a, Date b) = default;
  friend std::ostream& operator<<(std::ostream& os, Date d) {
    return os << d.ToString();
  }
  template <typename H>
  friend H AbslHashValue(H h, Date d) {
    return H::combine(std::move(h), d.days_);
  }

 private:
  constexpr explicit Date(std::int32_t days) : days_(days) {}
  std::int32_t days_ = 0;
};

// d plus n days (minus when n is negative).
constexpr Date AddDays(Date d, std::int32_t n) { return Date::FromDays(d.days() + n); }

// Days from a to b: positive when b is later.
constexpr std::int32_t DaysBetween(Date a, Date b) { return b.days() - a.days(); }

// d plus n months, the day clamped to the end of the target month (see the
// banner for examples).
Date AddMonths(Date d, int n);

// The last day of d's month: 2024-02-10 -> 2024-02-29.
Date EndOfMonth(Date d);

// True in leap years of the Gregorian calendar.
bool IsLeapYear(int year);

}  // namespace relance

#endif  // RELANCE_DATE_H_
