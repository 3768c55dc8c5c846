// relance/day_count.h -- day-count conventions: how many days a period has,
// and what fraction of a year it is, as an exact fraction.
//
// Interest for a period is amount x annual rate x year fraction. The year
// fraction of the period from `start` to `end` depends on the convention
// (actual days are DaysBetween(start, end)):
//
//   ACT/365F      actual days / 365 (the usual French practice)
//   ACT/360       actual days / 360
//   ACT/ACT-ISDA  the days falling in leap years / 366 plus the days falling
//                 in other years / 365, where, as ISDA 2006 section 4.16(b)
//                 says, the days of the period run from `start` included to
//                 `end` excluded: 2023-12-31 -> 2024-01-10 is 1/365 + 9/366
//   30/360        bond basis, ISDA 2006 section 4.16(f): every month has 30
//                 days. D1 = 31 becomes 30; D2 = 31 becomes 30 only when D1
//                 (so adjusted) is 30. No end-of-February rule: 28 or 29
//                 February stays as it is (this is not the US "30/360 SIA").
//   30E/360       Eurobond basis, ISDA 2006 section 4.16(g): D1 = 31 and
//                 D2 = 31 both become 30. No end-of-February rule either.
// For the 30-day conventions the days are
//   360 x (Y2 - Y1) + 30 x (M2 - M1) + (D2 - D1)  with D1, D2 adjusted.
//
//   YearFraction(DayCount::kAct365Fixed, 2024-09-15, 2024-10-15) = 6/73
//   (30/365) YearFraction(DayCount::kActActIsda, 2023-12-01, 2024-01-31)
//       = 31/365 + 30/366 = 22296/133590 = 3716/22265
//
// Fractions are exact and reduced; no floating point is involved. A period
// with end before start has the negated fraction of the period from end to
// start (so every convention is antisymmetric), and an empty period is 0/1.
// Only the actual-day conventions are additive: splitting a period at a date
// leaves the sum of the two fractions unchanged under ACT/365F, ACT/360 and
// ACT/ACT-ISDA, but not always under the 30-day ones (15 -> 31 January is 16
// days, 31 January -> 15 February is 15 days, 15 January -> 15 February 30).
//
// Thread safety: plain values and pure functions.

#ifndef RELANCE_DAY_COUNT_H_
#define RELANCE_DAY_COUNT_H_

#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>

#include "absl/status/statusor.h"
#include "relance/date.h"

namespace relance {

// Values are pinned (the C ABI will carry them).
enum class DayCount : std::uint8_t {
  kAct365Fixed = 0,  // "ACT/365F"
  kAct360 = 1,       // "ACT/360"
  kActActIsda = 2,   // "ACT/ACT-ISDA"
  kThirty360 = 3,    // "30/360"
  kThirtyE360 = 4,   // "30E/360"
};

inline constexpr int kDayCountCount = 5;

// True if `value` is one of the pinned DayCount values.
constexpr bool IsValidDayCount(int value) {
  return value >= 0 && value < kDayCountCount;
}

// An exact rational number. The functions of this header always return it
// reduced, with a positive denominator: 30/365 is {6, 73}, zero is {0, 1}.
struct Fraction {
  std::int64_t numerator = 0;
  std::int64_t denominator = 1;

  // "6/73", "-1/2", "0/1".
  std::string ToString() const;

  // Member-wise: both sides are expected reduced.
  friend bool operator==(const Fraction&, const Fraction&) = default;
  friend std::ostream& operator<<(std::ostream& os, const Fraction& f) {
    return os << f.ToString();
  }
};

// "ACT/365F", "ACT/360", "ACT/ACT-ISDA", "30/360", "30E/360"; "INVALID" for
// a value that is not one of the five.
std::string_view DayCountName(DayCount convention);

// Parses exactly the names DayCountName prints (case-sensitive). Errors:
// kInvalidArgument naming the text and listing the accepted names.
absl::StatusOr<DayCount> ParseDayCount(std::string_view name);

// The days of the period counted by the convention: the actual days
// DaysBetween(start, end) under the ACT conventions, the 30-day-month count
// under 30/360 and 30E/360. Negative when end < start (the negation of the
// reversed period). REQUIRES: IsValidDayCount(convention); otherwise 0.
std::int64_t DayCountDays(DayCount convention, Date start, Date end);

// The exact year fraction of the period, reduced, denominator > 0. Negative
// when end < start (the negation of the reversed period). Denominators
// divide 365 (ACT/365F), 360 (ACT/360, 30/360, 30E/360) or 365 x 366 =
// 133590 (ACT/ACT-ISDA). REQUIRES: IsValidDayCount(convention); otherwise
// 0/1.
Fraction YearFraction(DayCount convention, Date start, Date end);

}  // namespace relance

#endif  // RELANCE_DAY_COUNT_H_
