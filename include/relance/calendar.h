// relance/calendar.h -- business calendars: which days are worked, and how a
// date that falls on a day off moves.
//
// A BusinessCalendar is a set of weekend days plus holiday rules. A day is a
// business day when it is neither a weekend day nor a holiday. Rules are:
//   - a fixed day every year (1 May, 14 July, 25 December);
//   - a day at a fixed offset from Western (Gregorian) Easter Sunday
//     (Good Friday -2, Easter Monday +1, Ascension +39, Whit Monday +50);
//   - a single date (a one-off closure).
// Annual and Easter rules may be limited to a range of years.
//
// Built-in calendars, by name:
//   "FR"                 France: 1 Jan, Easter Monday, 1 May, 8 May,
//                        Ascension, Whit Monday, 14 Jul, 15 Aug, 1 Nov,
//                        11 Nov, 25 Dec; weekend Saturday and Sunday.
//   "FR-ALSACE-MOSELLE"  France plus Good Friday and 26 December.
//   "TARGET" ("TARGET2") the euro-area payment system: 1 Jan, Good Friday,
//                        Easter Monday, 1 May, 25 Dec, 26 Dec; weekend
//                        Saturday and Sunday.
//
// Rolling a date that is not a business day (Adjust):
//   kNone               leave it;
//   kFollowing          the next business day;
//   kModifiedFollowing  the next business day, unless it is in the next
//                       month: then the previous business day;
//   kPreceding          the previous business day;
//   kModifiedPreceding  the previous business day, unless it is in the
//                       previous month: then the next business day.
// Example, "FR": Saturday 2025-05-31 -> kFollowing Monday 2025-06-02,
// kModifiedFollowing Friday 2025-05-30.
//
// Thread safety: a BusinessCalendar is immutable once built; const member
// functions may be called from any number of threads.

#ifndef RELANCE_CALENDAR_H_
#define RELANCE_CALENDAR_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "relance/date.h"

namespace relance {

enum class RollConvention : std::uint8_t {
  kNone = 0,
  kFollowing = 1,
  kModifiedFollowing = 2,
  kPreceding = 3,
  kModifiedPreceding = 4,
};

// "none", "following", "modified_following", "preceding",
// "modified_preceding".
std::string_view RollConventionName(RollConvention c);
// Parses those names. Errors: kInvalidArgument listing the accepted names.
absl::StatusOr<RollConvention> ParseRollConvention(std::string_view name);

// One holiday rule. Build with the static functions.
struct HolidayRule {
  enum class Kind : std::uint8_t { kAnnual, kEasterOffset, kSingleDate };

  // Every year on month/day (years without that day, like 29 February in a
  // common year, have no holiday from this rule).
  static HolidayRule Annual(std::string name, int month, int day);
  // Every year, `offset` days from Easter Sunday (may be negative).
  static HolidayRule EasterOffset(std::string name, int offset);
  // Once, on `date`.
  static HolidayRule SingleDate(std::string name, Date date);

  Kind kind = Kind::kAnnual;
  std::string name;
  int month = 0, day = 0;    // kAnnual
  int offset = 0;            // kEasterOffset
  Date date;                 // kSingleDate
  int first_year = Date::kMinYear;  // kAnnual and kEasterOffset apply from
  int last_year = Date::kMaxYear;   // first_year to last_year, inclusive
};

// A holiday of a given year, as Holidays() lists them.
struct Holiday {
  Date date;
  std::string name;
  friend bool operator==(const Holiday&, const Holiday&) = default;
};

// Western Easter Sunday of `year` (Gregorian computus), for years 1583..9999.
Date EasterSunday(int year);

class BusinessCalendar {
 public:
  // A built-in calendar: "FR", "FR-ALSACE-MOSELLE", "TARGET" or "TARGET2".
  // Errors: kNotFound listing the built-in names.
  static absl::StatusOr<BusinessCalendar> BuiltIn(std::string_view name);

  // A calendar of the caller's: `weekend` days off every week (may be
  // empty) and holiday rules. `name` is for messages and display.
  // Errors: kInvalidArgument for a rule that names no real day (month 13,
  // 31 April), a year range outside 1..9999 or reversed, or an Easter
  // offset beyond +/-366 days; the message names the rule.
  static absl::StatusOr<BusinessCalendar> Create(std::string name,
                                                 std::vector<Weekday> weekend,
                                                 std::vector<HolidayRule> rules);

  const std::string& name() const;

  // True when d is neither a weekend day nor a holiday.
  bool IsBusinessDay(Date d) const;
  bool IsHoliday(Date d) const;
  bool IsWeekend(Date d) const;

  // The holidays of `year` in date order, one entry per date (when two rules
  // fall on one day, the first rule's name). Weekend days are not listed
  // unless a rule names them.
  std::vector<Holiday> Holidays(int year) const;

  // d rolled by `convention` (see the banner); a business day is returned
  // unchanged. REQUIRES: the calendar has at least one business day a week.
  Date Adjust(Date d, RollConvention convention) const;

  // The date n business days after d (before it when n < 0). Counting
  // starts from d whatever d is: with n > 0 the result is the n-th business
  // day strictly after d; n == 0 returns Adjust(d, kFollowing).
  Date AddBusinessDays(Date d, int n) const;

  // The number of business days in [from, to) when from <= to; minus the
  // number in [to, from) otherwise. So AddBusinessDays(d, n) for a business
  // day d gives BusinessDaysBetween(d, result) == n.
  int BusinessDaysBetween(Date from, Date to) const;

 private:
  struct Data;
  explicit BusinessCalendar(std::shared_ptr<const Data> data);
  std::shared_ptr<const Data> data_;  // immutable, shared by copies
};

}  // namespace relance

#endif  // RELANCE_CALENDAR_H_
