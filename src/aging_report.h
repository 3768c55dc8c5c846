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
  // Whose row: customer `customer` of arena `arena`, in currency
  // currency_table[currency].
  struct Key {
    std::int32_t customer;
    std::uint16_t arena;
    std::uint16_t currency;
  };

  AgingOptions options;
  int ages = 0;    // age columns: bounds + 2
  int stride = 0;  // ages + disputed, unapplied, balance, items
  // Row r's values: values[r * stride ...]: ages..., disputed, unapplied,
  // balance, items.
  std::vector<std::int64_t> values;
  std::vector<Key> keys;
  // The customer ids, shared with the ledgers the rows came from.
  std::vector<std::shared_ptr<const ledger_internal::StringArena>> arenas;
  std::vector<Currency> currency_table;
  // Per-currency totals, by currency code.
  std::vector<std::int64_t> total_values;
  std::vector<AgingRow> totals;

  std::size_t rows() const { return keys.size(); }
  std::string_view customer_id(std::size_t r) const {
    return arenas[keys[r].arena]->Get(static_cast<std::size_t>(keys[r].customer));
  }
  Currency currency(std::size_t r) const { return currency_table[keys[r].currency]; }
  // Fills total_values and totals from the rows.
  void ComputeTotals();
  AgingRow Row(std::size_t r) const;
};

}  // namespace relance

#endif  // RELANCE_SRC_AGING_REPORT_H_
