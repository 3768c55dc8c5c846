// Internal: the columns of an AgingReport (relance/aging.h).

#ifndef RELANCE_SRC_AGING_REPORT_H_
#define RELANCE_SRC_AGING_REPORT_H_

#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

#include "id_table.h"
#include "relance/aging.h"

namespace relance {

struct AgingReportData {
  AgingOptions options;
  int ages = 0;    // age columns: bounds + 2
  int stride = 0;  // ages + disputed, unapplied, balance, items
  // Row r's values: values[r * stride ...]: ages..., disputed, unapplied,
  // balance, items.
  std::vector<std::int64_t> values;
  std::vector<std::string_view> customer_ids;  // into `arenas`
  std::vector<Currency> currencies;
  std::vector<std::shared_ptr<const ledger_internal::StringArena>> arenas;
  // Per-currency totals, by currency code.
  std::vector<std::int64_t> total_values;
  std::vector<AgingRow> totals;

  std::size_t rows() const { return customer_ids.size(); }
  // Fills total_values and totals from the rows.
  void ComputeTotals();
  AgingRow Row(std::size_t r) const;
};

}  // namespace relance

#endif  // RELANCE_SRC_AGING_REPORT_H_
