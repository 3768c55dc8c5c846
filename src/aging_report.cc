// AgingReport: accessors, totals, equality and merge (relance/aging.h).

#include <algorithm>
#include <array>
#include <map>
#include <numeric>
#include <string>
#include <tuple>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/str_cat.h"
#include "absl_bridge.h"
#include "aging_report.h"
#include "relance/aging.h"
#include "relance/error.h"

namespace relance {

AgingRow AgingReportData::Row(std::size_t r) const {
  const std::int64_t* v = values.data() + r * static_cast<std::size_t>(stride);
  return AgingRow{customer_id(r),
                  currency(r),
                  absl::Span<const std::int64_t>(v, static_cast<std::size_t>(ages)),
                  v[ages],
                  v[ages + 1],
                  v[ages + 2],
                  v[ages + 3]};
}

const std::vector<AgingRow>& AgingReportData::Totals() const {
  absl::call_once(totals_once, [this] {
    // Column sums per currency slot. Rows of one currency come in long
    // stretches: each stretch is summed into a local array (which the
    // compiler can keep apart from the rows and vectorize), then added.
    const auto width = static_cast<std::size_t>(stride);
    std::vector<std::int64_t> slot_sums(currency_table.size() * width, 0);
    std::vector<char> used(currency_table.size(), 0);
    for (std::size_t r = 0; r < rows();) {
      const std::uint16_t slot = keys[r].currency;
      std::array<std::int64_t, 32> sum{};
      for (; r < rows() && keys[r].currency == slot; ++r) {
        const std::int64_t* v = values.data() + r * width;
        for (std::size_t c = 0; c < width; ++c) sum[c] += v[c];
      }
      used[slot] = 1;
      for (std::size_t c = 0; c < width; ++c) slot_sums[slot * width + c] += sum[c];
    }
    // In currency-code order.
    std::vector<std::size_t> order(currency_table.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [this](std::size_t a, std::size_t b) {
      return currency_table[a].code() < currency_table[b].code();
    });
    for (std::size_t slot : order) {
      if (!used[slot]) continue;
      total_values.insert(total_values.end(),
                          slot_sums.begin() + static_cast<std::ptrdiff_t>(slot * width),
                          slot_sums.begin() + static_cast<std::ptrdiff_t>((slot + 1) * width));
    }
    std::size_t k = 0;
    for (std::size_t slot : order) {
      if (!used[slot]) continue;
      const std::int64_t* v = total_values.data() + k++ * width;
      totals.push_back(AgingRow{std::string_view(), currency_table[slot],
                                absl::Span<const std::int64_t>(v, static_cast<std::size_t>(ages)),
                                v[ages], v[ages + 1], v[ages + 2], v[ages + 3]});
    }
  });
  return totals;
}

AgingStorage AgingStoragePool::Take() {
  std::lock_guard<std::mutex> lock(mutex_);
  AgingStorage storage = std::move(spare_);
  spare_ = AgingStorage();
  return storage;
}

void AgingStoragePool::Give(AgingStorage storage) {
  storage.values.clear();
  storage.keys.clear();
  storage.row_of_account.clear();
  std::lock_guard<std::mutex> lock(mutex_);
  if (storage.values.capacity() > spare_.values.capacity()) spare_ = std::move(storage);
}

AgingReportData::~AgingReportData() {
  if (pool != nullptr) {
    pool->Give(AgingStorage{std::move(values), std::move(keys), std::move(scratch)});
  }
}

std::shared_ptr<AgingStoragePool> MakeAgingStoragePool() {
  return std::make_shared<AgingStoragePool>();
}

AgingReport::AgingReport(std::shared_ptr<const AgingReportData> data) : data_(std::move(data)) {}
AgingReport::AgingReport(AgingReport&&) noexcept = default;
AgingReport& AgingReport::operator=(AgingReport&&) noexcept = default;
AgingReport::AgingReport(const AgingReport&) = default;
AgingReport& AgingReport::operator=(const AgingReport&) = default;
AgingReport::~AgingReport() = default;

const AgingOptions& AgingReport::options() const { return data_->options; }
int AgingReport::age_column_count() const { return data_->ages; }
std::size_t AgingReport::row_count() const { return data_->rows(); }
AgingRow AgingReport::row(std::size_t i) const { return data_->Row(i); }
const std::vector<AgingRow>& AgingReport::totals() const { return data_->Totals(); }

Money AgingReport::Amount(const AgingRow& row, std::int64_t minor_units) {
  return Money::FromMinorUnits(minor_units, row.currency);
}

std::vector<std::size_t> AgingReport::SortedRowOrder() const {
  std::vector<std::size_t> order(row_count());
  std::iota(order.begin(), order.end(), 0);
  const AgingReportData& d = *data_;
  std::sort(order.begin(), order.end(), [&d](std::size_t a, std::size_t b) {
    return std::make_tuple(d.customer_id(a), d.currency(a).code()) <
           std::make_tuple(d.customer_id(b), d.currency(b).code());
  });
  return order;
}

bool operator==(const AgingReport& a, const AgingReport& b) {
  if (!(a.options() == b.options()) || a.row_count() != b.row_count()) return false;
  const std::vector<std::size_t> oa = a.SortedRowOrder(), ob = b.SortedRowOrder();
  const auto width = static_cast<std::size_t>(a.data().stride);
  for (std::size_t k = 0; k < oa.size(); ++k) {
    const AgingReportData& x = a.data();
    const AgingReportData& y = b.data();
    if (x.customer_id(oa[k]) != y.customer_id(ob[k]) || !(x.currency(oa[k]) == y.currency(ob[k])) ||
        !std::equal(x.values.begin() + static_cast<std::ptrdiff_t>(oa[k] * width),
                    x.values.begin() + static_cast<std::ptrdiff_t>((oa[k] + 1) * width),
                    y.values.begin() + static_cast<std::ptrdiff_t>(ob[k] * width))) {
      return false;
    }
  }
  return true;
}

absl::StatusOr<AgingReport> Merge(const AgingReport& a, const AgingReport& b) {
  const AgingReportData& x = a.data();
  const AgingReportData& y = b.data();
  if (!(x.options == y.options)) {
    return MakeError(ErrorCode::kInvalidArgument,
                     "cannot merge aging reports made with different options (as-of date, "
                     "bounds or basis)");
  }
  absl::flat_hash_set<absl::string_view> customers;
  customers.reserve(x.rows());
  for (std::size_t r = 0; r < x.rows(); ++r) customers.insert(AbslView(x.customer_id(r)));
  for (std::size_t r = 0; r < y.rows(); ++r) {
    if (customers.contains(AbslView(y.customer_id(r)))) {
      return MakeError(ErrorCode::kInvalidArgument,
                       absl::StrCat("cannot merge aging reports: customer \"",
                                    AbslView(y.customer_id(r)),
                                    "\" is in both (partitions must have disjoint customers)"));
    }
  }
  if (x.arenas.size() + y.arenas.size() > UINT16_MAX) {
    return MakeError(ErrorCode::kOverflow, "cannot merge aging reports of more than 65535 ledgers");
  }
  auto data = std::make_shared<AgingReportData>();
  data->options = x.options;
  data->ages = x.ages;
  data->stride = x.stride;
  data->values = x.values;
  data->values.insert(data->values.end(), y.values.begin(), y.values.end());
  data->arenas = x.arenas;
  data->arenas.insert(data->arenas.end(), y.arenas.begin(), y.arenas.end());
  data->currency_table = x.currency_table;
  data->keys = x.keys;
  // y's keys: arenas shifted, currencies mapped into the merged table.
  std::vector<std::uint16_t> currency_map;
  for (const Currency& c : y.currency_table) {
    auto it = std::find(data->currency_table.begin(), data->currency_table.end(), c);
    if (it == data->currency_table.end()) {
      data->currency_table.push_back(c);
      it = data->currency_table.end() - 1;
    }
    currency_map.push_back(static_cast<std::uint16_t>(it - data->currency_table.begin()));
  }
  const auto shift = static_cast<std::uint16_t>(x.arenas.size());
  data->keys.reserve(x.rows() + y.rows());
  for (AgingReportData::Key k : y.keys) {
    data->keys.push_back({k.customer, static_cast<std::uint16_t>(k.arena + shift),
                          currency_map[k.currency]});
  }
  return AgingReport(std::move(data));
}

}  // namespace relance
