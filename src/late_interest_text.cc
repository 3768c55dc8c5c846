// Late-payment interest: the names of the settings and the explanation
// lines.

#include "relance/late_interest.h"

#include <string>
#include <string_view>

#include "absl/strings/str_cat.h"
#include "absl_bridge.h"

namespace relance {
namespace {

std::string FractionText(const LateInterestSegment& s) {
  switch (s.day_count) {
    case DayCount::kAct365Fixed:
      return absl::StrCat(s.basis_days, "/365");
    case DayCount::kActActIsda:
      return s.year_fraction.ToString();
    default:
      return absl::StrCat(s.basis_days, "/360");
  }
}

}  // namespace

std::string_view RateSelectionName(RateSelection selection) {
  return selection == RateSelection::kPerHalfYear       ? "per_half_year"
         : selection == RateSelection::kDueDateHalfYear ? "due_date_half_year"
                                                        : "INVALID";
}

std::string_view RoundingPointName(RoundingPoint point) {
  return point == RoundingPoint::kOnTotal      ? "on_total"
         : point == RoundingPoint::kPerSegment ? "per_segment"
                                               : "INVALID";
}

std::string LateInterestSegment::ToString() const {
  return absl::StrCat("after ", start.ToString(), " through ", end.ToString(),
                      " (", days, " days): ", base.ToString(), " x ",
                      percent.ToString(), " % x ", FractionText(*this), " (",
                      AbslView(DayCountName(day_count)),
                      ") = ", amount.ToString(),
                      amount_is_exact ? "" : " (rounded to 18 places)");
}

std::string LateInterestResult::ToString() const {
  std::string out;
  if (!late) absl::StrAppend(&out, "not late: no interest\n");
  for (const LateInterestSegment& s : segments)
    absl::StrAppend(&out, s.ToString(), "\n");
  absl::StrAppend(
      &out, "interest: ", interest.ToString(), " (exact ", exact_interest_ratio,
      " = ", exact_interest.ToString(), exact_interest_is_exact ? "" : "...",
      "; ", AbslView(RoundingModeName(rounding)), " ",
      rounding_point == RoundingPoint::kOnTotal ? "once on the total"
                                                : "on each segment",
      ")\n");
  absl::StrAppend(&out, "compensation: ", compensation.ToString(), "\n");
  absl::StrAppend(&out, "total: ", total.ToString(), "\n");
  return out;
}

}  // namespace relance
