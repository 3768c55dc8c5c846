// The roll-rate matrix: relance/roll_rate.h. One pass over the debit items,
// each reading its event chain once.

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "kpi_history.h"
#include "ledger_store.h"
#include "relance/error.h"
#include "relance/roll_rate.h"

namespace relance {
namespace {

using kpi_internal::AccountSelection;

constexpr std::int32_t kPrefetchDistance = 16;  // items ahead

// The age column of an amount `late` days past its basis date: 0 when not
// due, k for the bucket closed by bounds[k - 1], bounds.size() + 1 beyond.
int AgeColumn(std::int32_t late, const std::vector<std::int32_t>& bounds) {
  if (late <= 0) return 0;
  for (std::size_t k = 0; k < bounds.size(); ++k) {
    if (late <= bounds[k]) return static_cast<int>(k) + 1;
  }
  return static_cast<int>(bounds.size()) + 1;
}

struct MatrixSums {
  bool seen = false;
  std::vector<int128> cells;
};

class RollRateScan {
 public:
  RollRateScan(const LedgerStore& store, const AccountSelection& selection,
               const RollRateOptions& options)
      : store_(store),
        selection_(selection),
        options_(options),
        age_columns_(static_cast<int>(options.bounds.size()) + 2),
        columns_(age_columns_ + 3),
        sums_(selection.currencies.size()) {
    for (MatrixSums& m : sums_) {
      m.cells.assign(static_cast<std::size_t>((age_columns_ + 1) * columns_), 0);
    }
  }

  std::vector<MatrixSums> Run() {
    const std::int32_t to = options_.to.days();
    kpi_internal::ForEachSelectedItem(store_, selection_, [&](std::int32_t item,
                                                              std::int32_t slot) {
      kpi_internal::PrefetchFirstEvent(store_, item + kPrefetchDistance);
      const auto i = static_cast<std::size_t>(item);
      if (slot < 0 || store_.item_document_date[i] > to || store_.is_credit_note(item)) return;
      MatrixSums& m = sums_[static_cast<std::size_t>(slot)];
      m.seen = true;
      AddItem(item, m.cells);
    });
    return std::move(sums_);
  }

 private:
  // The item's row amount goes to its columns: open on `to` by age, and
  // what left it in (from, to] by kind.
  void AddItem(std::int32_t item, std::vector<int128>& cells) const {
    const std::int32_t from = options_.from.days();
    const std::int32_t to = options_.to.days();
    const std::int32_t basis =
        kpi_internal::BasisDate(store_, item, options_.basis == AgingBasis::kDocumentDate);
    const bool is_new = store_.item_document_date[static_cast<std::size_t>(item)] > from;
    const int row = is_new ? age_columns_ : AgeColumn(from - basis, options_.bounds);
    int128* cell = &cells[static_cast<std::size_t>(row * columns_)];
    std::int64_t open_to = store_.item_amount[static_cast<std::size_t>(item)];
    kpi_internal::ForEachItemEvent(store_, item, [&](const Event& e) {
      if (e.date > to) return;
      const std::int64_t delta = store_.ItemDelta(e, item);
      open_to += delta;
      if (e.date > from) cell[FlowColumn(e)] -= delta;
    });
    cell[AgeColumn(to - basis, options_.bounds)] += open_to;
  }

  int FlowColumn(const Event& e) const {
    switch (e.kind) {
      case EventKind::kAllocation:
      case EventKind::kReversal:
        return e.source_is_payment ? age_columns_ : age_columns_ + 1;
      case EventKind::kWriteOff:
        return age_columns_ + 2;
      case EventKind::kPriorSettlement:
        break;
    }
    return age_columns_;  // prior settlements count as paid
  }

  const LedgerStore& store_;
  const AccountSelection& selection_;
  const RollRateOptions& options_;
  const int age_columns_;
  const int columns_;
  std::vector<MatrixSums> sums_;
};

absl::StatusOr<RollRateMatrix> MakeMatrix(const MatrixSums& sums, Currency currency,
                                          int age_columns) {
  RollRateMatrix m{currency, age_columns, {}, {}, {}};
  const auto rows = static_cast<std::size_t>(m.row_count());
  const auto columns = static_cast<std::size_t>(m.column_count());
  std::vector<int128> row_totals(rows, 0);
  std::vector<int128> column_totals(columns, 0);
  for (std::size_t r = 0; r < rows; ++r) {
    for (std::size_t c = 0; c < columns; ++c) {
      const int128 v = sums.cells[r * columns + c];
      row_totals[r] += v;
      column_totals[c] += v;
    }
  }
  using Part = std::pair<const std::vector<int128>*, std::vector<Money>*>;
  for (auto [source, target] : {Part{&sums.cells, &m.cells}, Part{&row_totals, &m.row_totals},
                                Part{&column_totals, &m.column_totals}}) {
    for (int128 v : *source) {
      absl::StatusOr<Money> money = kpi_internal::ToMoney(v, currency);
      if (!money.ok()) return money.status();
      target->push_back(*money);
    }
  }
  return m;
}

}  // namespace

absl::StatusOr<RollRateReport> RollRates(const Ledger& ledger,
                                         const RollRateOptions& options) {
  if (options.to < options.from) {
    return MakeError(ErrorCode::kInvalidArgument,
                     "roll-rate dates out of order: to " + options.to.ToString() +
                         " is before from " + options.from.ToString());
  }
  AgingOptions aging;
  aging.as_of = options.to;
  aging.bounds = options.bounds;
  aging.basis = options.basis;
  if (absl::Status s = ValidateAgingOptions(aging); !s.ok()) return s;
  absl::StatusOr<AccountSelection> selection =
      kpi_internal::SelectAccounts(ledger.store(), options.customers);
  if (!selection.ok()) return selection.status();
  const std::vector<MatrixSums> sums =
      RollRateScan(ledger.store(), *selection, options).Run();

  RollRateReport report;
  report.options = options;
  report.row_names = AgingColumnNames(options.bounds);
  report.column_names = report.row_names;
  report.row_names.push_back("new");
  for (const char* name : {"paid", "credited", "written_off"}) {
    report.column_names.push_back(name);
  }
  const int age_columns = static_cast<int>(options.bounds.size()) + 2;
  for (std::size_t s = 0; s < sums.size(); ++s) {
    if (!sums[s].seen) continue;
    absl::StatusOr<RollRateMatrix> m =
        MakeMatrix(sums[s], selection->currencies[s], age_columns);
    if (!m.ok()) return m.status();
    report.currencies.push_back(*std::move(m));
  }
  return report;
}

absl::StatusOr<KpiFigure> RollRate(const RollRateMatrix& matrix, int row, int column,
                                   int scale, RoundingMode mode) {
  if (row < 0 || row >= matrix.row_count() || column < 0 ||
      column >= matrix.column_count()) {
    return MakeError(ErrorCode::kInvalidArgument,
                     "cell (" + std::to_string(row) + ", " + std::to_string(column) +
                         ") is outside the " + std::to_string(matrix.row_count()) +
                         " x " + std::to_string(matrix.column_count()) + " matrix");
  }
  if (absl::Status s = kpi_internal::ValidateFigureRounding(scale, mode); !s.ok()) {
    return s;
  }
  absl::StatusOr<Decimal> percent =
      Multiply(matrix.cell(row, column).amount(), Decimal(100));
  if (!percent.ok()) return percent.status();
  return kpi_internal::MakeFigure(
      *percent, matrix.row_totals[static_cast<std::size_t>(row)].amount(), scale, mode);
}

}  // namespace relance
