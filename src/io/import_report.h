// Internal: what an import reports -- Ledger errors mapped back to the file
// and line of the row that caused them, and the summary status of a failed
// import.

#ifndef RELANCE_SRC_IO_IMPORT_REPORT_H_
#define RELANCE_SRC_IO_IMPORT_REPORT_H_

#include <cstdint>
#include <functional>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "absl/types/span.h"
#include "io/csv_table.h"
#include "relance/csv.h"
#include "relance/error.h"

namespace relance::csv_internal {

// Reports a failed Ledger bulk call. Its message starts with "row N: "
// (0-based into the rows passed): that row's line is line_of_row(N) and the
// prefix is dropped. `column` names the column the error is about (the
// caller knows it from the call and the code; empty for the whole row).
// Messages without the prefix are reported at line 0 (the whole file).
void ReportLedgerError(const absl::Status& status,
                       const std::function<std::int64_t(std::int64_t)>& line_of_row,
                       std::string_view column, ErrorSink* sink);

// values[row], or -1 for a row out of range (a Ledger message that does
// not name a row of the call).
std::int64_t LineAt(absl::Span<const std::int64_t> values, std::int64_t row);

// Which column a Ledger error is about: the first rule whose code matches
// (kOk matches any) and whose text occurs in the message names it.
struct ColumnRule {
  ErrorCode code;
  std::string_view contains;
  std::string_view column;
};

// The column of the first matching rule; "" (the whole row) when none does.
std::string_view LedgerErrorColumn(const absl::Status& status, absl::Span<const ColumnRule> rules);

// The status of a failed import: "3 errors in items.csv, first: items.csv:17:
// column due_date: ...", with the code of the first error. `limit_reached`
// says the collection stopped at the limit. REQUIRES: !errors.empty().
absl::Status Summarise(const std::vector<CsvError>& errors, bool limit_reached);

// Finishes an import: on success clears *errors (when not null) and returns
// the ledger; otherwise moves the sink's errors there and returns the
// summary.
absl::StatusOr<Ledger> Finish(absl::StatusOr<Ledger> ledger, ErrorSink* sink,
                              std::vector<CsvError>* errors);

}  // namespace relance::csv_internal

#endif  // RELANCE_SRC_IO_IMPORT_REPORT_H_
