// bench/book_ledger.h -- generated books (book_generator.h) loaded into a
// relance::Ledger through the bulk API, with or without a history of
// payments, allocations and reversals; and the process memory counters the
// benchmarks report.
//
//   OpenItemColumns book = GenerateColumns(spec);
//   absl::StatusOr<Ledger> ledger = LoadOpenItems(book);          // as exported
//   absl::StatusOr<Ledger> history = LoadWithHistory(book, hist);  // as lived
//
// LoadOpenItems is what an open-items import does: customers, then items
// with their open amounts (the settled part becomes a prior settlement),
// then the disputed amounts (raised on the document date, still open).
// LoadWithHistory enters the items at their full amounts and explains what
// was paid with real facts: one payment per settled item, allocated to it on
// the payment's value date, some payments larger than the item (unapplied
// cash), and a share of the allocations reversed later.

#ifndef RELANCE_BENCH_BOOK_LEDGER_H_
#define RELANCE_BENCH_BOOK_LEDGER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "book_generator.h"
#include "relance/aging.h"
#include "relance/ledger.h"

namespace relance::bench {

// Loads the book as an open-items export (see the banner), in one bulk call
// per kind. Errors: those of the Ledger's bulk calls (none for a generated
// book).
absl::StatusOr<Ledger> LoadOpenItems(const OpenItemColumns& book);

struct HistorySpec {
  std::int64_t allocations = 1'000'000;   // one payment each; <= debit items
  std::uint32_t reversal_per_mille = 10;  // allocations reversed later
  std::uint32_t overpaid_per_mille = 50;  // payments leaving unapplied cash
  std::uint64_t seed = 17;
  Date as_of = Date::FromDays(20269);  // no fact after it
};

// What LoadWithHistory entered.
struct HistoryCounts {
  std::int64_t payments = 0;
  std::int64_t allocations = 0;
  std::int64_t reversals = 0;
};

// Loads the book with its items at full amount and a history (see the
// banner). Errors: those of the Ledger's calls.
absl::StatusOr<Ledger> LoadWithHistory(const OpenItemColumns& book, const HistorySpec& history,
                                       HistoryCounts* counts);

// The process's resident memory, from /proc/self/status, in bytes (0 where
// the file is missing): VmRSS now, VmHWM the peak so far.
struct ProcessMemory {
  std::int64_t rss = 0;
  std::int64_t peak = 0;
};
ProcessMemory ReadProcessMemory();

// Per-currency totals of an aging report, in the report's currency order,
// as one JSON array: [{"currency": "EUR", "not_due": ..., ...,
// "disputed": ..., "unapplied": ..., "balance": ..., "items": ...}, ...].
std::string AgingTotalsJson(const AgingReport& report);

// Writes the report's customer rows as CSV, sorted by customer and currency
// (customer_id,currency,<age columns>,disputed,unapplied,balance,items),
// amounts in minor units. Errors: kInternal when the file cannot be written.
absl::Status WriteAgingRows(const AgingReport& report, const std::string& path);

}  // namespace relance::bench

#endif  // RELANCE_BENCH_BOOK_LEDGER_H_
