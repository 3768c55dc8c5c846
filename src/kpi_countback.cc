// The countback DSO: kpi_countback.h.

#include "kpi_countback.h"

#include <algorithm>

#include "kpi_history.h"

namespace relance::kpi_internal {

CountbackSteps::CountbackSteps(Date to, CountbackUnit unit, std::int32_t length)
    : to_(to), unit_(unit), length_(length), bounds_{to.days()} {}

void CountbackSteps::Extend(std::int32_t k) {
  while (static_cast<std::int32_t>(bounds_.size()) <= k) {
    const auto next = static_cast<std::int32_t>(bounds_.size());
    bounds_.push_back(unit_ == CountbackUnit::kDays
                          ? to_.days() - next * length_
                          : AddMonths(to_, -next * length_).days());
  }
}

std::int32_t CountbackSteps::StepOf(std::int32_t day) {
  if (unit_ == CountbackUnit::kDays) return (to_.days() - day) / length_ + 1;
  while (bounds_.back() >= day) Extend(static_cast<std::int32_t>(bounds_.size()));
  // The first bound before `day` closes the step that holds it.
  const auto it = std::partition_point(
      bounds_.begin(), bounds_.end(), [day](std::int32_t b) { return b >= day; });
  return static_cast<std::int32_t>(it - bounds_.begin());
}

std::int32_t CountbackSteps::DaysOf(std::int32_t k) {
  if (unit_ == CountbackUnit::kDays) return length_;
  Extend(k);
  return bounds_[static_cast<std::size_t>(k - 1)] -
         bounds_[static_cast<std::size_t>(k)];
}

absl::StatusOr<KpiFigure> CountbackDso(int128 receivables,
                                       const std::vector<int128>& sales,
                                       CountbackSteps& steps, Currency currency,
                                       int scale, RoundingMode mode) {
  if (receivables == 0) return MakeFigure(Decimal(0), Decimal(1), scale, mode);
  int128 remaining = receivables;
  int128 full_days = 0;
  if (receivables > 0) {
    for (std::size_t k = 1; k <= sales.size(); ++k) {
      const int128 s = sales[k - 1];
      const std::int32_t days = steps.DaysOf(static_cast<std::int32_t>(k));
      if (s > 0 && s >= remaining) {
        absl::StatusOr<Decimal> numerator =
            ScaledDecimal(full_days * s + remaining * days, currency);
        absl::StatusOr<Decimal> denominator = ScaledDecimal(s, currency);
        if (!numerator.ok()) return numerator.status();
        if (!denominator.ok()) return denominator.status();
        return MakeFigure(*numerator, *denominator, scale, mode);
      }
      full_days += days;
      remaining -= s;
    }
  }
  // Undefined: the receivables not covered, over nothing.
  absl::StatusOr<Decimal> uncovered = ScaledDecimal(remaining, currency);
  if (!uncovered.ok()) return uncovered.status();
  KpiFigure f;
  f.status = receivables < 0 ? KpiStatus::kNegativeReceivables
                             : KpiStatus::kSalesExhausted;
  f.numerator = *uncovered;
  f.denominator = Decimal(0);
  return f;
}

}  // namespace relance::kpi_internal
