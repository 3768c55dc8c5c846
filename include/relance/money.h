// relance/money.h -- an amount of one currency, exact to its minor unit.
//
// A Money holds a Decimal whose scale is always the currency's ISO 4217 minor
// units (EUR 12.50, JPY 1250, BHD 1.250), so two amounts of one currency have
// the same scale and add exactly. Building a Money from an amount with more
// digits than the currency allows is an error unless a RoundingMode is given.
// Amounts of different currencies never mix: it is a kCurrencyMismatch error;
// conversion takes an explicit rate and rounding mode.
//
// Allocate and Split divide an amount into parts that always sum exactly to
// it, by the largest-remainder method on minor units:
//
//   Money total = *Money::Parse("100.00", *Currency::Lookup("EUR"));
//   Split(total, 3)      -> 33.34, 33.33, 33.33
//   Allocate(total, {1, 1, 1}) gives the same; Allocate(total, {70, 20, 10})
//   -> 70.00, 20.00, 10.00
//
// Thread safety: Money is an immutable value; all functions are pure.

#ifndef RELANCE_MONEY_H_
#define RELANCE_MONEY_H_

#include <cstdint>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/types/span.h"
#include "relance/currency.h"
#include "relance/decimal.h"
#include "relance/rounding.h"

namespace relance {

class Money {
 public:
  // `amount` in `currency`, brought to the currency's minor units without
  // rounding (12.5 EUR becomes 12.50). Errors: kInexact if `amount` has more
  // fraction digits than the currency allows (12.345 EUR); kOverflow.
  static absl::StatusOr<Money> Of(const Decimal& amount, Currency currency);

  // As above, rounding the amount once in `mode` when it has too many digits.
  static absl::StatusOr<Money> Of(const Decimal& amount, Currency currency,
                                  RoundingMode mode);

  // Parses the amount with Decimal::Parse, then as Of(). Errors: those of
  // Decimal::Parse and Of().
  static absl::StatusOr<Money> Parse(std::string_view amount, Currency currency);

  // Parses the amount, with any number of fraction digits, and rounds it
  // once in `mode` to the currency's minor units (ParseRounded).
  static absl::StatusOr<Money> Parse(std::string_view amount, Currency currency,
                                     RoundingMode mode);

  // `units` minor units: FromMinorUnits(1250, EUR) is 12.50 EUR. Every int64
  // fits, so this cannot fail.
  static Money FromMinorUnits(std::int64_t units, Currency currency);

  // Zero in `currency`.
  static Money Zero(Currency currency) { return FromMinorUnits(0, currency); }

  // The amount, at scale currency().minor_units().
  const Decimal& amount() const { return amount_; }
  Currency currency() const { return currency_; }
  // The amount in minor units: 12.50 EUR -> 1250.
  int128 minor_units() const { return amount_.coefficient(); }
  // The minor units as int64, or kOverflow if they do not fit.
  absl::StatusOr<std::int64_t> minor_units_int64() const;

  // "12.50 EUR".
  std::string ToString() const;

  Money operator-() const { return Money(-amount_, currency_); }
  int signum() const { return amount_.signum(); }

  friend bool operator==(const Money& a, const Money& b) {
    return a.currency_ == b.currency_ && a.amount_ == b.amount_;
  }
  friend std::ostream& operator<<(std::ostream& os, const Money& m) {
    return os << m.ToString();
  }

 private:
  Money(const Decimal& amount, Currency currency)
      : amount_(amount), currency_(currency) {}
  friend absl::StatusOr<Money> Add(const Money& a, const Money& b);

  Decimal amount_;
  Currency currency_;
};

// a + b. Errors: kCurrencyMismatch; kOverflow.
absl::StatusOr<Money> Add(const Money& a, const Money& b);

// a - b. Errors: kCurrencyMismatch; kOverflow.
absl::StatusOr<Money> Subtract(const Money& a, const Money& b);

// amount x rate, rounded once in `mode` to the currency's minor units (VAT,
// a discount, a commission). Errors: those of the rounding Multiply.
absl::StatusOr<Money> MultiplyByRate(const Money& amount, const Decimal& rate,
                                     RoundingMode mode);

// amount converted into `to` at `rate` units of `to` per unit of the source
// currency, rounded once in `mode` to the minor units of `to`.
// Errors: kInvalidArgument if rate <= 0; those of the rounding Multiply.
absl::StatusOr<Money> Convert(const Money& amount, Currency to,
                              const Decimal& rate, RoundingMode mode);

// `total` split in proportion to `ratios` (any non-negative decimals, not all
// zero). Each part is the exact share truncated toward zero to a minor unit;
// the minor units left over go one each to the parts with the largest
// truncated remainders, ties to the lowest index. So the parts sum exactly
// to the total, each differs from its exact share by less than one minor
// unit, a zero ratio gets zero, and a negative total splits as the negation
// of its absolute value. Errors: kInvalidArgument for no ratios or a
// negative ratio; kDivisionByZero if the ratios sum to zero.
absl::StatusOr<std::vector<Money>> Allocate(const Money& total,
                                            absl::Span<const Decimal> ratios);

// `total` split into n parts as equal as possible: Allocate with n equal
// ratios (the first parts get the extra minor units). Errors:
// kInvalidArgument if n < 1 or larger than a vector can hold. (As for any
// allocation, running out of memory throws std::bad_alloc.)
absl::StatusOr<std::vector<Money>> Split(const Money& total, std::int64_t n);

}  // namespace relance

#endif  // RELANCE_MONEY_H_
