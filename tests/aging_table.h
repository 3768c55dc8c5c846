// Aging reports as tables, for the aging tests.

#ifndef RELANCE_TESTS_AGING_TABLE_H_
#define RELANCE_TESTS_AGING_TABLE_H_

#include <cstdint>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "gtest/gtest.h"
#include "relance/aging.h"

namespace relance::testing {

// (customer, currency) -> ages..., disputed, unapplied, balance, items.
using Table = std::map<std::pair<std::string, std::string>, std::vector<std::int64_t>>;

inline Table ToTable(const AgingReport& report) {
  Table t;
  for (std::size_t r = 0; r < report.row_count(); ++r) {
    AgingRow row = report.row(r);
    std::vector<std::int64_t> v(row.ages.begin(), row.ages.end());
    v.insert(v.end(), {row.disputed, row.unapplied, row.balance, row.items});
    EXPECT_TRUE(t.emplace(std::make_pair(std::string(row.customer_id),
                                         std::string(row.currency.code())), v).second)
        << "two rows for " << row.customer_id;
  }
  return t;
}

// The per-currency totals as a table keyed like ToTable's rows (empty
// customer), and the same sums computed here from the rows.
inline Table TotalsOf(const AgingReport& report) {
  Table t;
  for (const AgingRow& row : report.totals()) {
    std::vector<std::int64_t> v(row.ages.begin(), row.ages.end());
    v.insert(v.end(), {row.disputed, row.unapplied, row.balance, row.items});
    t[{"", std::string(row.currency.code())}] = v;
  }
  return t;
}
inline Table SumByCurrency(const Table& rows) {
  Table t;
  for (const auto& [key, values] : rows) {
    std::vector<std::int64_t>& sum = t[{"", key.second}];
    sum.resize(values.size(), 0);
    for (std::size_t c = 0; c < values.size(); ++c) sum[c] += values[c];
  }
  return t;
}

}  // namespace relance::testing

#endif  // RELANCE_TESTS_AGING_TABLE_H_
