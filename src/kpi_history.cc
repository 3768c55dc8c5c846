// The helpers of kpi_history.h.

#include "kpi_history.h"

#include <algorithm>
#include <string>

#include "relance/error.h"

namespace relance::kpi_internal {

absl::StatusOr<AccountSelection> SelectAccounts(
    const LedgerStore& store, absl::Span<const std::string> customers) {
  AccountSelection s;
  const std::size_t customer_count = store.customer_ids.size();
  s.customer_selected.assign(customer_count, customers.empty() ? 1 : 0);
  for (const std::string& id : customers) {
    const std::int32_t c = store.customer_ids.Find(id);
    if (c < 0) {
      return MakeError(ErrorCode::kNotFound, "unknown customer id '" + id + "'");
    }
    s.customer_selected[static_cast<std::size_t>(c)] = 1;
  }
  const std::size_t account_count = store.account_customer.size();
  for (std::size_t a = 0; a < account_count; ++a) {
    const auto c = static_cast<std::size_t>(store.account_customer[a]);
    if (!s.customer_selected[c]) continue;
    const Currency currency = store.account_currency[a];
    if (std::find(s.currencies.begin(), s.currencies.end(), currency) ==
        s.currencies.end()) {
      s.currencies.push_back(currency);
    }
  }
  std::sort(s.currencies.begin(), s.currencies.end(),
            [](Currency x, Currency y) { return x.code() < y.code(); });
  s.slot.assign(account_count, -1);
  for (std::size_t a = 0; a < account_count; ++a) {
    const auto c = static_cast<std::size_t>(store.account_customer[a]);
    if (!s.customer_selected[c]) continue;
    const auto it = std::find(s.currencies.begin(), s.currencies.end(),
                              store.account_currency[a]);
    s.slot[a] = static_cast<std::int32_t>(it - s.currencies.begin());
    if (!customers.empty()) s.accounts.push_back(static_cast<std::int32_t>(a));
  }
  s.all = customers.empty();
  return s;
}

absl::StatusOr<Decimal> ScaledDecimal(int128 minor_units, Currency currency) {
  return Decimal::FromCoefficient(minor_units, currency.minor_units());
}

absl::StatusOr<Money> ToMoney(int128 minor_units, Currency currency) {
  absl::StatusOr<Decimal> amount = ScaledDecimal(minor_units, currency);
  if (!amount.ok()) return amount.status();
  return Money::Of(*amount, currency);
}

absl::StatusOr<int128> MinorUnits(const Decimal& value, Currency currency) {
  absl::StatusOr<Decimal> scaled = Rescale(value, currency.minor_units());
  if (!scaled.ok()) return scaled.status();
  return scaled->coefficient();
}

absl::StatusOr<KpiFigure> MakeFigure(const Decimal& numerator,
                                     const Decimal& denominator, int scale,
                                     RoundingMode mode) {
  KpiFigure f;
  f.numerator = numerator;
  f.denominator = denominator;
  if (denominator.signum() <= 0) {
    f.status = KpiStatus::kNoBase;
    return f;
  }
  absl::StatusOr<Decimal> value = Divide(numerator, denominator, scale, mode);
  if (!value.ok()) return value.status();
  f.status = KpiStatus::kDefined;
  f.value = *value;
  return f;
}

absl::Status ValidateFigureRounding(int scale, RoundingMode mode) {
  if (scale < 0 || scale > Decimal::kMaxScale) {
    return MakeError(ErrorCode::kInvalidArgument,
                     "scale " + std::to_string(scale) + " is outside 0..18");
  }
  if (!IsValidRoundingMode(static_cast<int>(mode)) ||
      mode == RoundingMode::kExact) {
    return MakeError(ErrorCode::kInvalidArgument,
                     "rounding must be a mode that rounds (not EXACT): ratios "
                     "rarely terminate");
  }
  return absl::OkStatus();
}

}  // namespace relance::kpi_internal
