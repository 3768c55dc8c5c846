// relance/roll_rate.h -- the roll-rate matrix: how the open amounts of debit
// items moved between aging buckets from one date to another.
//
// Rows are where an amount was on `from`; columns where it is on `to`:
//   row b < n+2      the open amount on `from` of the debit items in age
//                    column b then (not due, the buckets of `bounds`, over
//                    the last bound: the age columns of aging.h, same basis);
//   row n+2 "new"    the amounts of the debit items dated in (from, to];
//   column b < n+2   the part still open on `to`, by its age column then;
//   "paid"           allocations from payments effective in (from, to],
//                    less their reversals in that span, plus the prior
//                    settlements of an open-items import (the export says the
//                    amount was settled, not how: it counts as paid);
//   "credited"       the same for allocations from credit notes;
//   "written_off"    write-offs effective in (from, to].
// Each item's row amount equals the sum of its columns, so every row total
// is the sum of its cells, and the age-column totals are the open debit
// amounts on `to`. Disputed parts stay in their age column (unlike aging.h,
// which shows them apart); credit notes and unapplied cash are not in the
// matrix, which follows debit items. A reversal of an allocation made on or
// before `from` reopens an amount: it shows as a negative paid or credited
// cell (the amount is in its age column on `to`).
//
//   RollRateOptions o;  o.from = 2023-12-31;  o.to = 2024-03-31;
//   RollRateReport r = *RollRates(ledger, o);
//   r.currencies[0].cell(0, 4)  -> 800.00 EUR: not due on 2023-12-31,
//                                  91-120 days late on 2024-03-31
//   RollRate(r.currencies[0], 0, 4, 2, RoundingMode::kHalfEven) -> 100.00 %
//
// Amounts are exact, per currency (never summed across currencies). One
// pass over the items, each reading its event chain once. Reports are
// immutable values, safe to read from many threads.

#ifndef RELANCE_ROLL_RATE_H_
#define RELANCE_ROLL_RATE_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "relance/aging.h"
#include "relance/currency.h"
#include "relance/date.h"
#include "relance/kpi.h"
#include "relance/money.h"
#include "relance/rounding.h"

namespace relance {

struct RollRateOptions {
  Date from;  // the starting date
  Date to;    // the ending date, >= from
  // As AgingOptions: upper bounds of the past-due buckets, and the basis.
  std::vector<std::int32_t> bounds = {30, 60, 90, 120};
  AgingBasis basis = AgingBasis::kDueDate;
  // Host ids of the customers to follow; empty: every customer.
  std::vector<std::string> customers;

  friend bool operator==(const RollRateOptions&, const RollRateOptions&) = default;
};

// One currency's matrix, row-major.
struct RollRateMatrix {
  Currency currency;
  int age_columns = 0;  // bounds.size() + 2
  std::vector<Money> cells;          // row_count() x column_count()
  std::vector<Money> row_totals;     // sum of each row's cells
  std::vector<Money> column_totals;  // sum of each column's cells

  int row_count() const { return age_columns + 1; }
  int column_count() const { return age_columns + 3; }
  int new_row() const { return age_columns; }
  int paid_column() const { return age_columns; }
  int credited_column() const { return age_columns + 1; }
  int written_off_column() const { return age_columns + 2; }
  // REQUIRES: 0 <= row < row_count(), 0 <= column < column_count().
  const Money& cell(int row, int column) const {
    return cells[static_cast<std::size_t>(row * column_count() + column)];
  }
  friend bool operator==(const RollRateMatrix&, const RollRateMatrix&) = default;
};

struct RollRateReport {
  RollRateOptions options;
  // AgingColumnNames(bounds) then "new"; the same then "paid", "credited",
  // "written_off".
  std::vector<std::string> row_names;
  std::vector<std::string> column_names;
  // One per currency with a selected debit item dated on or before `to`,
  // sorted by currency code.
  std::vector<RollRateMatrix> currencies;
};

// The matrix of `ledger` (see the banner). Errors: kInvalidArgument when
// to < from or for bounds ValidateAgingOptions rejects; kNotFound for an
// unknown customer id.
absl::StatusOr<RollRateReport> RollRates(const Ledger& ledger,
                                         const RollRateOptions& options);

// The share of row `row` that went to column `column`, in percent:
// cell x 100 / row total, rounded once to `scale` decimals in `mode`; kNoBase
// when the row total is zero. Errors: kInvalidArgument for a row or column
// out of range, a scale outside 0..18 or kExact.
absl::StatusOr<KpiFigure> RollRate(const RollRateMatrix& matrix, int row,
                                   int column, int scale, RoundingMode mode);

}  // namespace relance

#endif  // RELANCE_ROLL_RATE_H_
