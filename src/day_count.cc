// Day-count conventions: day counts and exact, reduced year fractions.

#include "relance/day_count.h"

#include <algorithm>
#include <array>
#include <numeric>
#include <string>

#include "absl/strings/str_cat.h"
#include "absl_bridge.h"
#include "relance/error.h"

namespace relance {
namespace {

constexpr std::array<std::string_view, kDayCountCount> kNames = {
    "ACT/365F", "ACT/360", "ACT/ACT-ISDA", "30/360", "30E/360"};

// 365 x 366: the common denominator of ACT/ACT-ISDA.
constexpr std::int64_t kActActBasis = 365 * 366;

Fraction Reduced(std::int64_t numerator, std::int64_t denominator) {
  const std::int64_t g =
      std::gcd(numerator, denominator);  // > 0: denominator > 0
  return Fraction{numerator / g, denominator / g};
}

Date FirstOfJanuary(int year) {
  return Date::FromSysDays(
      date::sys_days(date::year(year) / date::January / 1));
}

// 360 x (Y2 - Y1) + 30 x (M2 - M1) + (D2 - D1), D1 and D2 adjusted by the
// bond-basis (ISDA 4.16(f)) or Eurobond-basis (4.16(g)) rule.
// REQUIRES: start <= end.
std::int64_t ThirtyDays(Date start, Date end, bool eurobond) {
  const date::year_month_day a = start.ymd(), b = end.ymd();
  int d1 = static_cast<int>(static_cast<unsigned>(a.day()));
  int d2 = static_cast<int>(static_cast<unsigned>(b.day()));
  if (d1 == 31) d1 = 30;
  if (d2 == 31 && (eurobond || d1 == 30)) d2 = 30;
  const std::int64_t years =
      static_cast<int>(b.year()) - static_cast<int>(a.year());
  const std::int64_t months =
      static_cast<std::int64_t>(static_cast<unsigned>(b.month())) -
      static_cast<unsigned>(a.month());
  return 360 * years + 30 * months + (d2 - d1);
}

// Days of [start, end) falling in leap years (*leap) and in other years
// (*common). REQUIRES: start <= end.
void SplitByYearLength(Date start, Date end, std::int64_t* common,
                       std::int64_t* leap) {
  *common = *leap = 0;
  for (int y = start.year(); y <= end.year(); ++y) {
    const Date from = std::max(start, FirstOfJanuary(y));
    const Date to = std::min(end, FirstOfJanuary(y + 1));
    if (to <= from) continue;
    (IsLeapYear(y) ? *leap : *common) += DaysBetween(from, to);
  }
}

// The fraction of a forward period. REQUIRES: start <= end and a valid
// convention.
Fraction ForwardFraction(DayCount convention, Date start, Date end) {
  switch (convention) {
    case DayCount::kAct365Fixed:
      return Reduced(DaysBetween(start, end), 365);
    case DayCount::kAct360:
      return Reduced(DaysBetween(start, end), 360);
    case DayCount::kActActIsda: {
      std::int64_t common, leap;
      SplitByYearLength(start, end, &common, &leap);
      return Reduced(common * 366 + leap * 365, kActActBasis);
    }
    case DayCount::kThirty360:
      return Reduced(ThirtyDays(start, end, false), 360);
    case DayCount::kThirtyE360:
      return Reduced(ThirtyDays(start, end, true), 360);
  }
  return Fraction{};
}

std::int64_t ForwardDays(DayCount convention, Date start, Date end) {
  switch (convention) {
    case DayCount::kThirty360:
      return ThirtyDays(start, end, false);
    case DayCount::kThirtyE360:
      return ThirtyDays(start, end, true);
    default:
      return DaysBetween(start, end);
  }
}

}  // namespace

std::string Fraction::ToString() const {
  return absl::StrCat(numerator, "/", denominator);
}

std::string_view DayCountName(DayCount convention) {
  const int i = static_cast<int>(convention);
  return IsValidDayCount(i) ? kNames[static_cast<std::size_t>(i)] : "INVALID";
}

absl::StatusOr<DayCount> ParseDayCount(std::string_view name) {
  for (int i = 0; i < kDayCountCount; ++i) {
    if (kNames[static_cast<std::size_t>(i)] == name)
      return static_cast<DayCount>(i);
  }
  std::string accepted;
  for (std::string_view n : kNames)
    absl::StrAppend(&accepted, " ", AbslView(n));
  return MakeError(ErrorCode::kInvalidArgument,
                   absl::StrCat("unknown day count \"", AbslView(name),
                                "\"; expected one of:", accepted));
}

std::int64_t DayCountDays(DayCount convention, Date start, Date end) {
  if (!IsValidDayCount(static_cast<int>(convention))) return 0;
  if (end < start) return -ForwardDays(convention, end, start);
  return ForwardDays(convention, start, end);
}

Fraction YearFraction(DayCount convention, Date start, Date end) {
  if (!IsValidDayCount(static_cast<int>(convention))) return Fraction{};
  if (end < start) {
    const Fraction f = ForwardFraction(convention, end, start);
    return Fraction{-f.numerator, f.denominator};
  }
  return ForwardFraction(convention, start, end);
}

}  // namespace relance
