#include "relance/money.h"

#include "absl/strings/str_cat.h"
#include "relance/error.h"
#include "absl_bridge.h"

namespace relance {
namespace {

absl::Status Mismatch(const char* op, const Money& a, const Money& b) {
  return MakeError(ErrorCode::kCurrencyMismatch,
                   absl::StrCat("cannot ", op, " ", a.ToString(), " and ",
                                b.ToString(), ": currencies differ"));
}

}  // namespace

absl::StatusOr<Money> Money::Of(const Decimal& amount, Currency currency) {
  absl::StatusOr<Decimal> exact = Rescale(amount, currency.minor_units());
  if (!exact.ok()) {
    if (ErrorCodeOf(exact.status()) == ErrorCode::kInexact) {
      return MakeError(ErrorCode::kInexact,
                       absl::StrCat(amount.ToString(), " has more than ",
                                    currency.minor_units(), " decimals, the minor unit of ",
                                    AbslView(currency.code()), "; give a rounding mode"));
    }
    return exact.status();
  }
  return Money(*exact, currency);
}

absl::StatusOr<Money> Money::Of(const Decimal& amount, Currency currency,
                                RoundingMode mode) {
  absl::StatusOr<Decimal> rounded = Round(amount, currency.minor_units(), mode);
  if (!rounded.ok()) return rounded.status();
  return Money(*rounded, currency);
}

absl::StatusOr<Money> Money::Parse(std::string_view amount, Currency currency) {
  absl::StatusOr<Decimal> d = Decimal::Parse(amount);
  if (!d.ok()) return d.status();
  return Of(*d, currency);
}

absl::StatusOr<Money> Money::Parse(std::string_view amount, Currency currency,
                                   RoundingMode mode) {
  absl::StatusOr<Decimal> d = ParseRounded(amount, currency.minor_units(), mode);
  if (!d.ok()) return d.status();
  return Money(*d, currency);
}

Money Money::FromMinorUnits(std::int64_t units, Currency currency) {
  // |int64| < 10^19 and minor units <= 4: always within 38 digits.
  return Money(decimal_internal::Access::Make(units, currency.minor_units()),
               currency);
}

absl::StatusOr<std::int64_t> Money::minor_units_int64() const {
  const int128 u = minor_units();
  if (u > INT64_MAX || u < INT64_MIN) {
    return MakeError(ErrorCode::kOverflow,
                     absl::StrCat(ToString(), " does not fit 64-bit minor units"));
  }
  return static_cast<std::int64_t>(u);
}

std::string Money::ToString() const {
  return absl::StrCat(amount_.ToString(), " ", AbslView(currency_.code()));
}

absl::StatusOr<Money> Add(const Money& a, const Money& b) {
  if (!(a.currency_ == b.currency_)) return Mismatch("add", a, b);
  absl::StatusOr<Decimal> sum = Add(a.amount_, b.amount_);
  if (!sum.ok()) return sum.status();
  return Money(*sum, a.currency_);
}

absl::StatusOr<Money> Subtract(const Money& a, const Money& b) {
  if (!(a.currency() == b.currency())) return Mismatch("subtract", a, b);
  return Add(a, -b);
}

absl::StatusOr<Money> MultiplyByRate(const Money& amount, const Decimal& rate,
                                     RoundingMode mode) {
  absl::StatusOr<Decimal> product =
      Multiply(amount.amount(), rate, amount.currency().minor_units(), mode);
  if (!product.ok()) return product.status();
  return Money::Of(*product, amount.currency());
}

absl::StatusOr<Money> Convert(const Money& amount, Currency to,
                              const Decimal& rate, RoundingMode mode) {
  if (rate.signum() <= 0) {
    return MakeError(ErrorCode::kInvalidArgument,
                     absl::StrCat("conversion rate ", rate.ToString(), " from ",
                                  AbslView(amount.currency().code()), " to ", AbslView(to.code()),
                                  " must be positive"));
  }
  absl::StatusOr<Decimal> product = Multiply(amount.amount(), rate, to.minor_units(), mode);
  if (!product.ok()) return product.status();
  return Money::Of(*product, to);
}

}  // namespace relance
