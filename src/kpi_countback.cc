// The countback DSO: kpi_countback.h.

#include "kpi_countback.h"

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

void CountbackSteps::Cover(std::size_t back) {
  const std::int32_t to = to_.days();
  while (step_by_day_.size() <= back) {
    const auto k = static_cast<std::int32_t>(bounds_.size());
    Extend(k);  // step k covers (b_k, b_(k-1)]
    const auto end = static_cast<std::size_t>(to - bounds_[static_cast<std::size_t>(k)]);
    step_by_day_.resize(end, k);
  }
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
