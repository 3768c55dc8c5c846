// Internal: the steps of the countback DSO (kpi.h) and the walk back over
// them. Step k >= 1 is the span (to - k steps, to - (k-1) steps] of
// `length` months (clamped month arithmetic, date.h: from 2024-03-31 the
// bounds are 2024-02-29, 2024-01-31, ...) or days.

#ifndef RELANCE_SRC_KPI_COUNTBACK_H_
#define RELANCE_SRC_KPI_COUNTBACK_H_

#include <cstdint>
#include <vector>

#include "absl/status/statusor.h"
#include "relance/currency.h"
#include "relance/date.h"
#include "relance/decimal.h"
#include "relance/kpi.h"
#include "relance/rounding.h"

namespace relance::kpi_internal {

class CountbackSteps {
 public:
  // REQUIRES: length >= 1.
  CountbackSteps(Date to, CountbackUnit unit, std::int32_t length);

  // The step holding day `day` (as days since 1970-01-01). REQUIRES:
  // day <= to. Amortized constant time: a table by day, grown on demand.
  std::int32_t StepOf(std::int32_t day) {
    const auto back = static_cast<std::size_t>(to_.days() - day);
    if (back >= step_by_day_.size()) Cover(back);
    return step_by_day_[back];
  }

  // The number of days in step k. REQUIRES: k >= 1.
  std::int32_t DaysOf(std::int32_t k);

 private:
  // Extends bounds_ to hold b_0 .. b_k.
  void Extend(std::int32_t k);
  // Extends step_by_day_ to hold day to - back.
  void Cover(std::size_t back);

  Date to_;
  CountbackUnit unit_;
  std::int32_t length_;
  std::vector<std::int32_t> bounds_;  // b_k = to - k steps, decreasing
  std::vector<std::int32_t> step_by_day_;  // [to - day]: the step of day
};

// The countback DSO of `receivables` over the credit sales of each step,
// sales[k - 1] for step k, all in minor units of `currency` (see kpi.h).
// Errors: kOverflow.
absl::StatusOr<KpiFigure> CountbackDso(int128 receivables,
                                       const std::vector<int128>& sales,
                                       CountbackSteps& steps, Currency currency,
                                       int scale, RoundingMode mode);

}  // namespace relance::kpi_internal

#endif  // RELANCE_SRC_KPI_COUNTBACK_H_
