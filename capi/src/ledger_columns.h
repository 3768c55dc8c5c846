// Internal to the C ABI shims of the ledger: the ledger handle, and the
// reading of bulk-call columns (parallel C arrays) into the spans the core
// takes, checking every entry before the core sees any.

#ifndef RELANCE_CAPI_LEDGER_COLUMNS_H_
#define RELANCE_CAPI_LEDGER_COLUMNS_H_

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "absl/strings/string_view.h"
#include "absl/types/span.h"
#include "relance.h"
#include "relance/currency.h"
#include "relance/date.h"
#include "relance/ledger.h"
#include "relance/money.h"

struct relance_ledger {
  relance::Ledger ledger;
};

namespace relance::capi {

// Reads the columns of one bulk call of `count` rows. Each method returns
// RELANCE_OK, or a failure whose message names the function, the argument
// and, for one entry, the row ("row 3: argument 'due_dates': ...").
// Required columns may be NULL only when count is 0; a NULL optional column
// reads as an empty span ("none for every row", as the core takes it).
class ColumnReader {
 public:
  ColumnReader(absl::string_view function, size_t count)
      : function_(function), count_(count) {}

  // NUL-terminated strings. In an optional column a NULL entry is "".
  relance_status Texts(const char* const* in, absl::string_view name, bool required,
                       std::vector<std::string_view>* out) const;
  // Days in years 1..9999; RELANCE_NO_DATE too (as kNoDate) if none_allowed.
  relance_status Dates(const int32_t* in, absl::string_view name, bool required,
                       bool none_allowed, std::vector<Date>* out) const;
  // Minor units, used in place (no copy).
  relance_status Amounts(const int64_t* in, absl::string_view name, bool required,
                         absl::Span<const std::int64_t>* out) const;
  // ISO 4217 codes, one per row (required).
  relance_status Currencies(const char* const* in, absl::string_view name,
                            std::vector<Currency>* out) const;
  // relance_item_kind values (optional column).
  relance_status Kinds(const int32_t* in, std::vector<ItemKind>* out) const;
  // relance_allocation_source values (optional column).
  relance_status Sources(const int32_t* in, std::vector<AllocationSource>* out) const;
  // Credit limits: RELANCE_NO_AMOUNT for none, else a currency is needed.
  relance_status CreditLimits(const int64_t* limits, const char* const* currencies,
                              std::vector<std::optional<Money>>* out) const;

 private:
  // NULL-column check: RELANCE_OK with *present = false for an absent
  // optional column (or any column when count is 0).
  relance_status Present(const void* in, absl::string_view name, bool required,
                         bool* present) const;
  // Present, then *out cleared and, for a present column, sized to count.
  template <typename T>
  relance_status Start(const void* in, absl::string_view name, bool required,
                       std::vector<T>* out, bool* present) const;
  relance_status RowFail(relance_status code, size_t row, absl::string_view name,
                         absl::string_view message) const;
  template <typename Enum>
  relance_status ReadEnum(const int32_t* in, absl::string_view name, int32_t last,
                          absl::string_view type, std::vector<Enum>* out) const;

  absl::string_view function_;
  size_t count_;
};

// Writes a currency code and a NUL into 4 bytes.
void WriteCode(Currency currency, char* out);

// Reads a required id argument (NUL-terminated) into a view.
relance_status ReadId(const char* id, absl::string_view function, absl::string_view name,
                      std::string_view* out);

}  // namespace relance::capi

#endif  // RELANCE_CAPI_LEDGER_COLUMNS_H_
