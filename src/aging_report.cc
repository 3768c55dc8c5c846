// AgingReport: accessors, totals, equality and merge (relance/aging.h).

#include <algorithm>
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
  return AgingRow{customer_ids[r],
                  currencies[r],
                  absl::Span<const std::int64_t>(v, static_cast<std::size_t>(ages)),
                  v[ages],
                  v[ages + 1],
                  v[ages + 2],
                  v[ages + 3]};
}

void AgingReportData::ComputeTotals() {
  std::map<std::string_view, std::size_t> slot;  // currency code -> total row
  std::vector<Currency> currency_of_slot;
  for (const Currency& c : currencies) {
    if (slot.emplace(c.code(), 0).second) currency_of_slot.push_back(c);
  }
  std::sort(currency_of_slot.begin(), currency_of_slot.end(),
            [](const Currency& a, const Currency& b) { return a.code() < b.code(); });
  for (std::size_t k = 0; k < currency_of_slot.size(); ++k) slot[currency_of_slot[k].code()] = k;
  const auto width = static_cast<std::size_t>(stride);
  total_values.assign(currency_of_slot.size() * width, 0);
  for (std::size_t r = 0; r < rows(); ++r) {
    std::int64_t* t = total_values.data() + slot[currencies[r].code()] * width;
    const std::int64_t* v = values.data() + r * width;
    for (std::size_t c = 0; c < width; ++c) t[c] += v[c];
  }
  totals.clear();
  for (std::size_t k = 0; k < currency_of_slot.size(); ++k) {
    const std::int64_t* v = total_values.data() + k * width;
    totals.push_back(AgingRow{std::string_view(), currency_of_slot[k],
                              absl::Span<const std::int64_t>(v, static_cast<std::size_t>(ages)),
                              v[ages], v[ages + 1], v[ages + 2], v[ages + 3]});
  }
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
const std::vector<AgingRow>& AgingReport::totals() const { return data_->totals; }

Money AgingReport::Amount(const AgingRow& row, std::int64_t minor_units) {
  return Money::FromMinorUnits(minor_units, row.currency);
}

std::vector<std::size_t> AgingReport::SortedRowOrder() const {
  std::vector<std::size_t> order(row_count());
  std::iota(order.begin(), order.end(), 0);
  const AgingReportData& d = *data_;
  std::sort(order.begin(), order.end(), [&d](std::size_t a, std::size_t b) {
    return std::make_tuple(d.customer_ids[a], d.currencies[a].code()) <
           std::make_tuple(d.customer_ids[b], d.currencies[b].code());
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
    if (x.customer_ids[oa[k]] != y.customer_ids[ob[k]] ||
        !(x.currencies[oa[k]] == y.currencies[ob[k]]) ||
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
  for (std::string_view id : x.customer_ids) customers.insert(AbslView(id));
  for (std::string_view id : y.customer_ids) {
    if (customers.contains(AbslView(id))) {
      return MakeError(ErrorCode::kInvalidArgument,
                       absl::StrCat("cannot merge aging reports: customer \"", AbslView(id),
                                    "\" is in both (partitions must have disjoint customers)"));
    }
  }
  auto data = std::make_shared<AgingReportData>();
  data->options = x.options;
  data->ages = x.ages;
  data->stride = x.stride;
  data->values = x.values;
  data->values.insert(data->values.end(), y.values.begin(), y.values.end());
  data->customer_ids = x.customer_ids;
  data->customer_ids.insert(data->customer_ids.end(), y.customer_ids.begin(), y.customer_ids.end());
  data->currencies = x.currencies;
  data->currencies.insert(data->currencies.end(), y.currencies.begin(), y.currencies.end());
  data->arenas = x.arenas;
  data->arenas.insert(data->arenas.end(), y.arenas.begin(), y.arenas.end());
  data->ComputeTotals();
  return AgingReport(std::move(data));
}

}  // namespace relance
