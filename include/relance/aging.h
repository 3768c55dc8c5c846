// relance/aging.h -- the aged balance (balance âgée) of a ledger as of a date.
//
// For every customer and currency with something outstanding as of D, the
// report splits the balance into columns:
//   not due   debit items whose basis date is D or later (days late <= 0);
//   buckets   debit items by days late = D - basis date, with bounds
//             b1 < b2 < ... < bn (default 30, 60, 90, 120): 1..b1, b1+1..b2,
//             ..., and over bn;
//   disputed  the disputed part of debit items, whatever their age;
//   unapplied unapplied cash (as a negative amount) plus the open part of
//             credit notes (negative too);
//   balance   = not due + buckets + disputed + unapplied, to the minor unit,
//             which is also the customer's Ledger::Balance as of D;
//   items     the number of items (debit items and credit notes) with an
//             open amount as of D.
// Only undisputed parts go to the age columns. The basis date is the due
// date (AgingBasis::kDueDate) or the document date (kDocumentDate); an item
// without a due date ages from its document date under either basis. Items
// dated after D and payments received after D are not in the report; facts
// effective after D (allocations, write-offs, reversals, disputes) are not
// applied. Rows with nothing open and no unapplied cash are left out.
// Amounts of different currencies are never summed: totals are per currency.
//
// Reports are immutable values, safe to read from many threads. Reports over
// disjoint sets of customers, made with the same options, merge exactly
// (Merge), so a book split across workers gives the answer of one process.

#ifndef RELANCE_AGING_H_
#define RELANCE_AGING_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/types/span.h"
#include "relance/currency.h"
#include "relance/date.h"
#include "relance/ledger.h"
#include "relance/money.h"

namespace relance {

// Values are pinned (C ABI).
enum class AgingBasis : std::uint8_t { kDueDate = 0, kDocumentDate = 1 };

struct AgingOptions {
  Date as_of = Date();
  // Upper bounds of the past-due buckets in days, strictly increasing, each
  // in 1..36500; at most 16. {30, 60, 90, 120} gives 1-30, 31-60, 61-90,
  // 91-120, over 120.
  std::vector<std::int32_t> bounds = {30, 60, 90, 120};
  AgingBasis basis = AgingBasis::kDueDate;

  friend bool operator==(const AgingOptions&, const AgingOptions&) = default;
};

// Checks options. Errors: kInvalidArgument naming the offending bound.
absl::Status ValidateAgingOptions(const AgingOptions& options);

// Column names for csv and tables: "not_due", "d1_30", "d31_60", "d61_90",
// "d91_120", "over_120" for the default bounds (one per age column).
std::vector<std::string> AgingColumnNames(absl::Span<const std::int32_t> bounds);

struct AgingReportData;  // src/: the columns

// One row: a customer (empty id for a per-currency total) in a currency.
struct AgingRow {
  std::string_view customer_id;  // valid while the report lives
  Currency currency;
  // Age columns in minor units: [0] not due, [1..n] the buckets, [n+1] over
  // the last bound; n + 2 values for n bounds.
  absl::Span<const std::int64_t> ages;
  std::int64_t disputed;
  std::int64_t unapplied;
  std::int64_t balance;
  std::int64_t items;
};

class AgingReport {
 public:
  AgingReport(AgingReport&&) noexcept;
  AgingReport& operator=(AgingReport&&) noexcept;
  AgingReport(const AgingReport&);
  AgingReport& operator=(const AgingReport&);
  ~AgingReport();

  const AgingOptions& options() const;
  // Number of age columns: bounds().size() + 2.
  int age_column_count() const;

  // Customer rows, in the ledger's storage order (accounts as the aging
  // pass meets them), then, for a merged report, those of the second
  // report. SortedRowOrder gives a canonical order.
  std::size_t row_count() const;
  AgingRow row(std::size_t i) const;

  // Indexes of the rows sorted by customer id, then currency code.
  std::vector<std::size_t> SortedRowOrder() const;

  // One row per currency (customer_id empty), sorted by currency code: the
  // column sums of the customer rows, items included. Computed by the first
  // call (one pass over the rows; thread-safe), then kept.
  const std::vector<AgingRow>& totals() const;

  // A row's amounts as Money (the row's currency).
  static Money Amount(const AgingRow& row, std::int64_t minor_units);

  // Exact equality of content: same options and the same set of rows
  // (whatever their order) with the same values.
  friend bool operator==(const AgingReport& a, const AgingReport& b);

  // For the engines in src/.
  explicit AgingReport(std::shared_ptr<const AgingReportData> data);
  const AgingReportData& data() const { return *data_; }

 private:
  std::shared_ptr<const AgingReportData> data_;
};

// The aged balance of `ledger` as of options.as_of (see the banner). One
// linear pass over the item columns; a past as-of date adds a pass over the
// facts effective after it. The ledger keeps the storage of the last report
// released and lends it to the next one, so repeated aging of a large book
// does not pay for fresh memory; at most one report's storage is kept.
// Errors: those of ValidateAgingOptions.
absl::StatusOr<AgingReport> Age(const Ledger& ledger, const AgingOptions& options);

// The report of the union of two books with disjoint customers. Errors:
// kInvalidArgument when the options differ or a customer id is in both (the
// message names it).
absl::StatusOr<AgingReport> Merge(const AgingReport& a, const AgingReport& b);

}  // namespace relance

#endif  // RELANCE_AGING_H_
