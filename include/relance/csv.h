// relance/csv.h -- a ledger to and from CSV files (docs/csv-format.md).
//
// Two forms are read:
//   - the canonical form, a directory with one file per record type
//     (customers.csv, items.csv, payments.csv, allocations.csv,
//     write_offs.csv, disputes.csv), which ExportLedger writes and which
//     carries every fact of a Ledger, so export then import gives back the
//     same ledger;
//   - an open-items file, the single CSV an ERP exports (customer_id,
//     item_id, document_date, due_date, currency, amount, open_amount, ...),
//     loaded as a ledger as of the file's date: each item's settled part is
//     a prior settlement on its document date, a disputed part a dispute
//     raised on its document date.
//
//   std::vector<relance::CsvError> errors;
//   absl::StatusOr<relance::Ledger> ledger =
//       relance::ImportLedger("open_items.csv", {}, &errors);
//   if (!ledger.ok()) {
//     // ledger.status().message():
//     //   "2 errors in open_items.csv, first: open_items.csv:17: column
//     //    due_date: ..."
//     for (const relance::CsvError& e : errors) std::cerr << e << "\n";
//   }
//
// Import is strict and all-or-nothing: a wrong byte anywhere and no ledger
// is returned. Every problem found is reported with its file, physical line
// (1-based; the header is line 1; a quoted field spanning lines counts all
// of them) and column, up to CsvImportOptions::max_errors of them. Checks
// that need the whole ledger (duplicate ids, unknown customers,
// over-allocation) are the Ledger's; only the first of those is reported,
// since the Ledger stops at its first error.
//
// Money is exact: amounts are decimals with at most the currency's minor
// digits (12.345 EUR is an error, never rounded).
//
// Thread safety: the functions share no state; each may run on many
// threads at once (on different ledgers and directories). Import of a large
// file uses CsvImportOptions::threads worker threads internally.

#ifndef RELANCE_CSV_H_
#define RELANCE_CSV_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "relance/date.h"
#include "relance/error.h"
#include "relance/ledger.h"

namespace relance {

// One problem in an imported file.
struct CsvError {
  std::string file;    // the file's name, without its directory: "items.csv"
  std::int64_t line;   // 1-based physical line; 0 when about the whole file
  std::string column;  // the column's header name; empty for a whole row or file
  std::string reason;  // what is wrong, with the offending text
  ErrorCode code = ErrorCode::kInvalidArgument;  // kParse for malformed text

  // "items.csv:17: column due_date: ..." (parts omitted when empty or 0).
  std::string ToString() const;
  friend std::ostream& operator<<(std::ostream& os, const CsvError& e) {
    return os << e.ToString();
  }
  friend bool operator==(const CsvError&, const CsvError&) = default;
};

struct CsvImportOptions {
  // Problems collected before the import stops looking; at least 1.
  std::size_t max_errors = 100;
  // Worker threads for parsing an open-items file; 0 picks the machine's
  // hardware concurrency (at most 8) for files of 4 MiB and more, one
  // below. (The files of the canonical form are read by one thread.)
  int threads = 0;
  // Open-items files only: the date the file was exported. When set, an
  // item dated after it is an error.
  std::optional<Date> as_of;
  // When set, called on the importing thread as each stage starts: what it
  // is ("reading items.csv", "parsing open_items.csv", "loading items"),
  // the number of stages done and their total. For progress displays; it
  // must not throw.
  std::function<void(std::string_view stage, std::uint64_t done, std::uint64_t total)> progress;
};

// Imports a canonical directory (when `path` is a directory) or an
// open-items file (otherwise). On failure returns a status that summarises
// the errors (count, files, the first in full) and, when `errors` is not
// null, replaces its contents with every error found (in file order, then
// line order); on success clears it. Errors: kNotFound for a missing file
// or directory (or a missing required file in the directory); the code of
// the first error otherwise (kParse for malformed text, kInvalidArgument
// for values out of their domain, the Ledger's codes for its checks).
absl::StatusOr<Ledger> ImportLedger(const std::string& path, const CsvImportOptions& options = {},
                                    std::vector<CsvError>* errors = nullptr);

// Imports the canonical form from `directory`: customers.csv and items.csv
// are required, the other files optional. Errors and `errors` as above.
absl::StatusOr<Ledger> ImportLedgerDirectory(const std::string& directory,
                                             const CsvImportOptions& options = {},
                                             std::vector<CsvError>* errors = nullptr);

// Imports an open-items file. Errors and `errors` as above.
absl::StatusOr<Ledger> ImportOpenItems(const std::string& file,
                                       const CsvImportOptions& options = {},
                                       std::vector<CsvError>* errors = nullptr);

// Writes `ledger` in the canonical form into `directory` (created when
// missing, with its parents): all six files, each with its header even when
// it has no rows, rows in insertion order (so the output is deterministic).
// Existing files of those names are replaced; other files are left alone.
// Errors: kInvalidArgument when a file cannot be created or written (the
// message names it and the system's reason); kFailedPrecondition for a
// customer whose payment terms roll on a caller's own calendar, which the
// text form cannot name.
absl::Status ExportLedger(const Ledger& ledger, const std::string& directory);

}  // namespace relance

#endif  // RELANCE_CSV_H_
