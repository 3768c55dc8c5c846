// The aged balance (relance/aging.h): one pass over the item columns in
// storage order (clustered by account), a run of one account's items at a
// time, adding each item into its account's row. A past as-of date
// subtracts the changes dated after it (aging_changes.h).
//
// The pass is written for the machine: no branch on item data in the common
// path (conditional moves instead: those branches mispredict), the run's
// state in locals, rows appended in order into storage that the ledger
// keeps from one report to the next (aging_report.h), and the totals left
// to the first reader.

#include "relance/aging.h"

#include <algorithm>
#include <cstdint>
#include <vector>

#include "absl/base/attributes.h"
#include "absl/strings/str_cat.h"
#include "aging_changes.h"
#include "aging_report.h"
#include "ledger_store.h"
#include "relance/error.h"

namespace relance {
namespace {

constexpr int kMaxBounds = 16;
constexpr std::int32_t kMaxBound = 36500;

// What the pass reads and where it writes, fixed for one call.
struct AgingPass {
  // Item columns.
  const std::int32_t* doc;
  const std::int32_t* due;
  const std::int64_t* open;
  std::int32_t as_of;
  // Age columns by days late, 0..late_cap: 0 (not due yet) goes to column
  // 0; anything later than the last bound is clamped to late_cap.
  std::vector<std::uint8_t> column_of_late;
  std::int32_t late_cap;
  // Row layout: the age columns, then these.
  std::size_t disputed_col, unapplied_col, balance_col, items_col, stride;
};

AgingPass MakePass(const LedgerStore& s, const AgingOptions& options) {
  const std::size_t nb = options.bounds.size();
  AgingPass p{s.item_document_date.data(),
              s.item_due_date.data(),
              s.item_open.data(),
              options.as_of.days(),
              {},
              (nb > 0 ? options.bounds.back() : 0) + 1,
              nb + 2,
              nb + 3,
              nb + 4,
              nb + 5,
              nb + 6};
  p.column_of_late.resize(static_cast<std::size_t>(p.late_cap) + 1);
  for (std::int32_t late = 0; late <= p.late_cap; ++late) {
    int column = late > 0;
    for (std::int32_t b : options.bounds) column += late > b;
    p.column_of_late[static_cast<std::size_t>(late)] = static_cast<std::uint8_t>(column);
  }
  return p;
}

// The column of item i with open amount o: its age column, or unapplied for
// a credit note (o < 0). Conditional moves only.
template <bool kByDue>
ABSL_ATTRIBUTE_ALWAYS_INLINE inline std::size_t ColumnOf(const AgingPass& p, std::int32_t i,
                                                         std::int64_t o) {
  constexpr std::int32_t kNone = kNoDate.days();
  const std::int32_t document = p.doc[i];
  std::int32_t basis = document;
  if constexpr (kByDue) {
    const std::int32_t due_date = p.due[i];
    basis = due_date == kNone ? document : due_date;
  }
  // In 64 bits: any two int32 dates are valid, and their difference may
  // not fit.
  std::int64_t late = std::int64_t{p.as_of} - basis;
  late = late < 0 ? 0 : late;
  late = late > p.late_cap ? p.late_cap : late;
  const std::size_t column = p.column_of_late[static_cast<std::size_t>(late)];
  return o < 0 ? p.unapplied_col : column;
}

// The rows: one per account, appended in the order the pass first meets
// the accounts, into storage sized for every account.
struct Rows {
  std::int64_t* values;
  AgingRowKey* keys;
  std::int32_t* row_of_account;  // -1: none yet
  std::size_t count = 0;
};

// Account a's row, or a zeroed row after the last (not yet counted).
ABSL_ATTRIBUTE_ALWAYS_INLINE inline std::int64_t* RowFor(const AgingPass& p, const Rows& rows,
                                                         std::int32_t account) {
  const std::int32_t existing = rows.row_of_account[static_cast<std::size_t>(account)];
  if (existing >= 0) return rows.values + static_cast<std::size_t>(existing) * p.stride;
  std::int64_t* row = rows.values + rows.count * p.stride;
  std::fill(row, row + p.stride, 0);
  return row;
}

// Adds the count and balance to the row RowFor gave, and keeps a new row
// if it holds anything.
ABSL_ATTRIBUTE_ALWAYS_INLINE inline void Commit(const AgingPass& p, const LedgerStore& s,
                                                Rows& rows, std::int32_t account,
                                                std::int64_t* row, std::int64_t count,
                                                std::int64_t balance) {
  row[p.balance_col] += balance;
  row[p.items_col] += count;
  std::int32_t& r = rows.row_of_account[static_cast<std::size_t>(account)];
  if (r >= 0 || (count == 0 && balance == 0)) return;
  const auto a = static_cast<std::size_t>(account);
  rows.keys[rows.count] = {s.account_customer[a], 0, s.account_currency_slot[a]};
  r = static_cast<std::int32_t>(rows.count++);
}

// The item pass. kByDue: the basis is the due date when there is one.
// kCheckDocument: leave out items dated after the as-of date (false when
// none is). `sparse` lists the items whose amount as of the date differs
// from the current one or that are disputed, sorted, with a sentinel.
template <bool kByDue, bool kCheckDocument>
void AgeItems(const LedgerStore& s, const AgingPass& p, const SparseItem* sparse, Rows& rows) {
  const std::int32_t d = p.as_of;
  const std::int32_t* doc = p.doc;
  const std::int64_t* open = p.open;
  const auto items = static_cast<std::int32_t>(s.item_open.size());
  const std::size_t runs = s.run_start.size();
  for (std::size_t run = 0; run < runs; ++run) {
    const std::int32_t begin = s.run_start[run];
    const std::int32_t end = run + 1 < runs ? s.run_start[run + 1] : items;
    const std::int32_t account = s.run_account[run];
    std::int64_t* row = RowFor(p, rows, account);
    std::int64_t count = 0, balance = 0;
    for (std::int32_t i = begin; i < end; ++i) {
      std::int64_t o = open[i];
      if (i == sparse->item) [[unlikely]] {
        o -= sparse->correction;
        if (doc[i] > d) o = 0;
        count += o != 0;
        balance += o;
        if (sparse->disputed && o > 0) {
          const std::int64_t disputed = std::min(sparse->dispute, o);
          row[p.disputed_col] += disputed;
          o -= disputed;
        }
        row[ColumnOf<kByDue>(p, i, o)] += o;
        ++sparse;
        continue;
      }
      const std::size_t column = ColumnOf<kByDue>(p, i, o);
      if constexpr (kCheckDocument) o = doc[i] > d ? 0 : o;
      count += o != 0;
      balance += o;
      row[column] += o;
    }
    Commit(p, s, rows, account, row, count, balance);
  }
}

}  // namespace

absl::Status ValidateAgingOptions(const AgingOptions& options) {
  if (options.bounds.size() > kMaxBounds) {
    return MakeError(ErrorCode::kInvalidArgument,
                     absl::StrCat("aging: ", options.bounds.size(), " bucket bounds; at most ",
                                  kMaxBounds));
  }
  std::int32_t previous = 0;
  for (std::size_t k = 0; k < options.bounds.size(); ++k) {
    const std::int32_t b = options.bounds[k];
    if (b < 1 || b > kMaxBound || b <= previous) {
      return MakeError(ErrorCode::kInvalidArgument,
                       absl::StrCat("aging: bucket bound ", k, " (", b,
                                    " days) must be in 1..36500 and above the previous one (",
                                    previous, ")"));
    }
    previous = b;
  }
  if (options.basis != AgingBasis::kDueDate && options.basis != AgingBasis::kDocumentDate) {
    return MakeError(ErrorCode::kInvalidArgument,
                     absl::StrCat("aging: invalid basis ", static_cast<int>(options.basis)));
  }
  return absl::OkStatus();
}

std::vector<std::string> AgingColumnNames(absl::Span<const std::int32_t> bounds) {
  std::vector<std::string> names = {"not_due"};
  std::int32_t previous = 0;
  for (std::int32_t b : bounds) {
    names.push_back(absl::StrCat("d", previous + 1, "_", b));
    previous = b;
  }
  names.push_back(absl::StrCat("over_", previous));
  return names;
}

absl::StatusOr<AgingReport> Age(const Ledger& ledger, const AgingOptions& options) {
  if (absl::Status st = ValidateAgingOptions(options); !st.ok()) return st;
  const LedgerStore& s = ledger.store();
  const std::int32_t d = options.as_of.days();
  const AgingPass pass = MakePass(s, options);

  auto data = std::make_shared<AgingReportData>();
  data->options = options;
  data->ages = static_cast<int>(options.bounds.size()) + 2;
  data->stride = static_cast<int>(pass.stride);
  data->currency_table = s.currencies;
  // Storage: the ledger's spare, already in memory, when there is one.
  data->pool = s.aging_storage;
  AgingStorage storage = data->pool->Take();
  data->values = std::move(storage.values);
  data->keys = std::move(storage.keys);
  data->scratch = std::move(storage.row_of_account);
  const std::size_t accounts = s.account_customer.size();
  data->values.resize(accounts * pass.stride);
  data->keys.resize(accounts);
  data->scratch.assign(accounts, -1);
  Rows rows{data->values.data(), data->keys.data(), data->scratch.data()};

  const std::shared_ptr<const ChangesAsOf> changes = ChangesAfter(s, d);
  const SparseItem* sparse = changes->items.data();
  if (options.basis == AgingBasis::kDueDate) {
    s.max_document_date > d ? AgeItems<true, true>(s, pass, sparse, rows)
                            : AgeItems<true, false>(s, pass, sparse, rows);
  } else {
    s.max_document_date > d ? AgeItems<false, true>(s, pass, sparse, rows)
                            : AgeItems<false, false>(s, pass, sparse, rows);
  }
  // The payments' corrections end with a sentinel; the cursor moves
  // without a branch (about half the payments of a history have one).
  const std::pair<std::int32_t, std::int64_t>* correction = changes->payments.data();
  for (std::size_t p = 0; p < s.payment_account.size(); ++p) {
    const bool hit = correction->first == static_cast<std::int32_t>(p);
    const std::int64_t u = s.payment_unapplied[p] - (hit ? correction->second : 0);
    correction += hit;
    if (u == 0 || s.payment_value_date[p] > d) continue;
    const std::int32_t account = s.payment_account[p];
    std::int64_t* row = RowFor(pass, rows, account);
    row[pass.unapplied_col] -= u;
    Commit(pass, s, rows, account, row, 0, -u);
  }
  data->values.resize(rows.count * pass.stride);
  data->keys.resize(rows.count);
  data->arenas.push_back(s.customer_ids.Share());
  return AgingReport(std::move(data));
}

}  // namespace relance
