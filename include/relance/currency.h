// relance/currency.h -- ISO 4217 currencies and their minor units.
//
// relance ships its own ISO 4217 table: every currency of the standard's list
// of active codes that has minor units (EUR 2, JPY 0, BHD 3, CLF 4, ...),
// including fund codes such as CHE or UYW. Precious metals, bond-market units,
// SDR and the testing codes (XAU, XBA, XDR, XTS, XXX, ...) have no minor unit
// and are not in it: relance does not book money in them. A few currencies
// withdrawn in recent years (HRK, BGN, ANG, ZWL, SLL, CUC) are kept, marked
// inactive, because receivables issued in them are still being collected.
//
//   absl::StatusOr<Currency> eur = Currency::Lookup("EUR");
//   eur->minor_units() == 2; eur->numeric_code() == 978
//
// Thread safety: Currency is an immutable value; the table is constant.

#ifndef RELANCE_CURRENCY_H_
#define RELANCE_CURRENCY_H_

#include <cstdint>
#include <ostream>
#include <string_view>

#include "absl/status/statusor.h"
#include "absl/types/span.h"

namespace relance {

namespace currency_internal {
struct Entry {
  char code[4];
  std::uint16_t numeric;
  std::uint8_t minor_units;
  bool active;
};
struct Registry;
}  // namespace currency_internal

// A currency of the table. Only the table makes them, so every Currency is
// a real one; copying is as cheap as copying a pointer.
class Currency {
 public:
  // The currency with alphabetic code `code` (three uppercase letters).
  // Errors: kNotFound for a code not in the table (lowercase included).
  static absl::StatusOr<Currency> Lookup(std::string_view code);

  // The currency with ISO numeric code `numeric` (978 for EUR). When an
  // active and a withdrawn currency share the number, the active one.
  // Errors: kNotFound.
  static absl::StatusOr<Currency> FromNumeric(int numeric);

  // The whole table, sorted by alphabetic code.
  static absl::Span<const Currency> All();

  // "EUR". The view points into static storage and never dangles.
  std::string_view code() const { return std::string_view(entry_->code, 3); }
  int numeric_code() const { return entry_->numeric; }
  // Number of fraction digits of the minor unit: 2 for EUR, 0 for JPY.
  int minor_units() const { return entry_->minor_units; }
  // False for the withdrawn currencies kept for old receivables.
  bool active() const { return entry_->active; }

  friend bool operator==(const Currency& a, const Currency& b) {
    return a.entry_ == b.entry_;
  }
  friend std::ostream& operator<<(std::ostream& os, const Currency& c) {
    return os << c.code();
  }
  template <typename H>
  friend H AbslHashValue(H h, const Currency& c) {
    return H::combine(std::move(h), c.entry_);
  }

 private:
  friend struct currency_internal::Registry;
  explicit constexpr Currency(const currency_internal::Entry* entry)
      : entry_(entry) {}
  const currency_internal::Entry* entry_;
};

}  // namespace relance

#endif  // RELANCE_CURRENCY_H_
