// Internal: helpers shared by the ledger's source files.

#ifndef RELANCE_SRC_LEDGER_INTERNAL_H_
#define RELANCE_SRC_LEDGER_INTERNAL_H_

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl_bridge.h"
#include "relance/currency.h"
#include "relance/date.h"
#include "relance/error.h"
#include "relance/money.h"

namespace relance::ledger_internal {

// "row 12: <message>": the convention of every bulk-call error (ledger.h).
inline absl::Status RowError(ErrorCode code, std::size_t row, std::string_view message) {
  return MakeError(code, absl::StrCat("row ", row, ": ", AbslView(message)));
}

// "12.50 EUR".
inline std::string MoneyText(std::int64_t minor_units, Currency currency) {
  return Money::FromMinorUnits(minor_units, currency).ToString();
}

inline std::string DateText(std::int32_t days) { return Date::FromDays(days).ToString(); }

// "\"INV-1\"": ids are quoted in messages.
inline std::string Quoted(std::string_view id) { return absl::StrCat("\"", AbslView(id), "\""); }

// Adds `added` (a sum of absolute amounts) to the ledger's volume, or
// kOverflow when the volume would leave int64 (the volume invariant,
// ledger.h); `volume` is unchanged then.
inline absl::Status AddVolume(std::int64_t& volume, __int128 added) {
  if (added > static_cast<__int128>(std::numeric_limits<std::int64_t>::max()) - volume) {
    return MakeError(ErrorCode::kOverflow,
                     "the ledger's volume (sum of the absolute amounts of its items "
                     "and payments) would exceed 9223372036854775807 minor units");
  }
  volume += static_cast<std::int64_t>(added);
  return absl::OkStatus();
}

// Makes room for `more` elements in `column`, growing geometrically so
// that many one-row bulk calls stay linear (reserve() alone allocates
// exactly, and would copy the column on every call).
template <typename Vector>
void ReserveMore(Vector& column, std::size_t more) {
  if (column.capacity() - column.size() < more) {
    column.reserve(std::max(column.size() + more, 2 * column.capacity()));
  }
}

// Checks that an optional column is empty or has `n` entries.
template <typename Span>
absl::Status CheckColumn(const Span& column, std::size_t n, std::string_view name,
                         bool required) {
  if (column.size() == n || (!required && column.empty())) return absl::OkStatus();
  return MakeError(ErrorCode::kInvalidArgument,
                   absl::StrCat("column ", AbslView(name), " has ", column.size(),
                                " entries; expected ", n, required ? "" : " or none"));
}

}  // namespace relance::ledger_internal

#endif  // RELANCE_SRC_LEDGER_INTERNAL_H_
