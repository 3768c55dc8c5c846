// relance_roll_rate_options_init, relance_ledger_roll_rates and
// relance_roll_rate_report_*: shims over relance::RollRates, RollRateReport
// and RollRate.

#include "relance/roll_rate.h"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/str_cat.h"
#include "kpi_common.h"
#include "ledger_columns.h"
#include "relance.h"
#include "shim.h"

struct relance_roll_rate_report {
  explicit relance_roll_rate_report(relance::RollRateReport r)
      : report(std::move(r)),
        customers(relance::capi::CustomerPointers(report.options.customers)) {}

  const relance::RollRateReport report;
  // The C view of report.options.customers (relance_roll_rate_report_options).
  const std::vector<const char*> customers;
};

namespace {

using relance::AgingBasis;
using relance::Money;
using relance::RollRateMatrix;
using relance::RollRateOptions;
using relance::RollRateReport;
using namespace relance::capi;

static_assert(RELANCE_AGING_BASIS_DUE_DATE == static_cast<int>(AgingBasis::kDueDate));
static_assert(RELANCE_AGING_BASIS_DOCUMENT_DATE == static_cast<int>(AgingBasis::kDocumentDate));

// The size of relance_roll_rate_options this version knows.
constexpr size_t kKnownSize = sizeof(relance_roll_rate_options);
constexpr absl::string_view kType = "relance_roll_rate_options";
constexpr absl::string_view kInit = "relance_roll_rate_options_init";

relance_status ReadOptions(const relance_roll_rate_options* in, absl::string_view function,
                           RollRateOptions* out) {
  if (in == nullptr) return NullArgument(function, "options");
  if (relance_status s = CheckExtensible(in, kKnownSize, kType, "options", kInit, function)) {
    return s;
  }
  if (relance_status s = ReadPeriod(in->from, in->to, function, &out->from, &out->to)) return s;
  if (relance_status s = ReadEnum(in->basis, RELANCE_AGING_BASIS_DOCUMENT_DATE + 1, function,
                                  "options.basis", "relance_aging_basis", &out->basis)) {
    return s;
  }
  if (in->bound_count < 0 || in->bound_count > RELANCE_AGING_MAX_BOUNDS) {
    return OptionError(function, absl::StrCat("bound_count ", in->bound_count, " is outside 0..",
                                              RELANCE_AGING_MAX_BOUNDS));
  }
  out->bounds.assign(in->bounds, in->bounds + in->bound_count);
  return ReadCustomers(in->customer_count, in->customers, function, &out->customers);
}

// Every field but struct_size and reserved; customers from `customers`.
void WriteOptions(const RollRateOptions& in, const std::vector<const char*>& customers,
                  relance_roll_rate_options* out) {
  out->from = in.from.days();
  out->to = in.to.days();
  out->basis = static_cast<int32_t>(in.basis);
  out->bound_count = static_cast<int32_t>(in.bounds.size());
  std::fill(std::begin(out->bounds), std::end(out->bounds), 0);
  std::copy(in.bounds.begin(), in.bounds.end(), out->bounds);
  out->customer_count = customers.size();
  out->customers = customers.empty() ? nullptr : customers.data();
}

// Checks `report` (non-NULL) and `currency_index`, then *out = the matrix.
relance_status FindMatrix(const relance_roll_rate_report* report, size_t currency_index,
                          absl::string_view function, const RollRateMatrix** out) {
  if (report == nullptr) return NullArgument(function, "report");
  const std::vector<RollRateMatrix>& matrices = report->report.currencies;
  if (relance_status s =
          CheckCurrencyIndex(currency_index, matrices.size(), function, "currency_index")) {
    return s;
  }
  *out = &matrices[currency_index];
  return RELANCE_OK;
}

// INVALID_ARGUMENT unless index < count ("argument 'row': 7 is not below the
// row count 7").
relance_status CheckPosition(size_t index, size_t count, absl::string_view function,
                             absl::string_view name) {
  if (index < count) return RELANCE_OK;
  return Fail(
      RELANCE_E_INVALID_ARGUMENT, function,
      absl::StrCat("argument '", name, "': ", index, " is not below the ", name, " count ", count));
}

// The name of row or column `index` of `names` (argument `name`).
relance_status CopyName(const relance_roll_rate_report* report, size_t index, char* buffer,
                        size_t capacity, size_t* out_length, absl::string_view function,
                        absl::string_view name,
                        const std::vector<std::string> RollRateReport::*names) {
  return Guard(function, [&]() -> relance_status {
    if (report == nullptr) return NullArgument(function, "report");
    const std::vector<std::string>& all = report->report.*names;
    if (relance_status s = CheckPosition(index, all.size(), function, name)) return s;
    if (buffer == nullptr && capacity > 0) return NullArgument(function, "buffer");
    if (out_length == nullptr) return NullArgument(function, "out_length");
    return CopyText(all[index], function, buffer, capacity, out_length);
  });
}

// One total of matrix `currency_index`: (the matrix's `totals`)[index].
relance_status CopyTotal(const relance_roll_rate_report* report, size_t currency_index,
                         size_t index, int64_t* out_units, absl::string_view function,
                         absl::string_view name, const std::vector<Money> RollRateMatrix::*totals) {
  return Guard(function, [&]() -> relance_status {
    const RollRateMatrix* m = nullptr;
    if (relance_status s = FindMatrix(report, currency_index, function, &m)) return s;
    const std::vector<Money>& all = m->*totals;
    if (relance_status s = CheckPosition(index, all.size(), function, name)) return s;
    if (out_units == nullptr) return NullArgument(function, "out_units");
    return WriteUnits(all[index], function, out_units);
  });
}

}  // namespace

extern "C" {

relance_status relance_roll_rate_options_init(relance_roll_rate_options* options,
                                              size_t struct_size) {
  return InitOptions(options, struct_size, "relance_roll_rate_options_init", kType,
                     [](auto* o) { WriteOptions(RollRateOptions{}, {}, o); });
}

relance_status relance_ledger_roll_rates(const relance_ledger* ledger,
                                         const relance_roll_rate_options* options,
                                         relance_roll_rate_report** out) {
  constexpr absl::string_view kFn = "relance_ledger_roll_rates";
  return Guard(kFn, [&]() -> relance_status {
    if (ledger == nullptr) return NullArgument(kFn, "ledger");
    RollRateOptions read;
    if (relance_status s = ReadOptions(options, kFn, &read)) return s;
    if (out == nullptr) return NullArgument(kFn, "out");
    absl::StatusOr<RollRateReport> report = relance::RollRates(ledger->ledger, read);
    if (!report.ok()) return Fail(report.status(), kFn);
    *out = new relance_roll_rate_report(*std::move(report));
    return RELANCE_OK;
  });
}

void relance_roll_rate_report_destroy(relance_roll_rate_report* report) { delete report; }

relance_status relance_roll_rate_report_options(const relance_roll_rate_report* report,
                                                relance_roll_rate_options* out) {
  return CopyOptions(report, out, "relance_roll_rate_report_options", kType, kInit, WriteOptions);
}

size_t relance_roll_rate_report_currency_count(const relance_roll_rate_report* report) {
  return report == nullptr ? 0 : report->report.currencies.size();
}

relance_status relance_roll_rate_report_currency(const relance_roll_rate_report* report,
                                                 size_t index, char out_currency[4]) {
  constexpr absl::string_view kFn = "relance_roll_rate_report_currency";
  return Guard(kFn, [&]() -> relance_status {
    if (report == nullptr) return NullArgument(kFn, "report");
    const std::vector<RollRateMatrix>& matrices = report->report.currencies;
    if (relance_status s = CheckCurrencyIndex(index, matrices.size(), kFn, "index")) return s;
    if (out_currency == nullptr) return NullArgument(kFn, "out_currency");
    WriteCode(matrices[index].currency, out_currency);
    return RELANCE_OK;
  });
}

size_t relance_roll_rate_report_row_count(const relance_roll_rate_report* report) {
  return report == nullptr ? 0 : report->report.row_names.size();
}

size_t relance_roll_rate_report_column_count(const relance_roll_rate_report* report) {
  return report == nullptr ? 0 : report->report.column_names.size();
}

relance_status relance_roll_rate_report_row_name(const relance_roll_rate_report* report, size_t row,
                                                 char* buffer, size_t capacity,
                                                 size_t* out_length) {
  return CopyName(report, row, buffer, capacity, out_length, "relance_roll_rate_report_row_name",
                  "row", &RollRateReport::row_names);
}

relance_status relance_roll_rate_report_column_name(const relance_roll_rate_report* report,
                                                    size_t column, char* buffer, size_t capacity,
                                                    size_t* out_length) {
  return CopyName(report, column, buffer, capacity, out_length,
                  "relance_roll_rate_report_column_name", "column", &RollRateReport::column_names);
}

relance_status relance_roll_rate_report_cell(const relance_roll_rate_report* report,
                                             size_t currency_index, size_t row, size_t column,
                                             int64_t* out_units) {
  constexpr absl::string_view kFn = "relance_roll_rate_report_cell";
  return Guard(kFn, [&]() -> relance_status {
    const RollRateMatrix* m = nullptr;
    if (relance_status s = FindMatrix(report, currency_index, kFn, &m)) return s;
    const auto rows = static_cast<size_t>(m->row_count());
    const auto columns = static_cast<size_t>(m->column_count());
    if (relance_status s = CheckPosition(row, rows, kFn, "row")) return s;
    if (relance_status s = CheckPosition(column, columns, kFn, "column")) return s;
    if (out_units == nullptr) return NullArgument(kFn, "out_units");
    return WriteUnits(m->cells[row * columns + column], kFn, out_units);
  });
}

relance_status relance_roll_rate_report_cells(const relance_roll_rate_report* report,
                                              size_t currency_index, int64_t* out_units,
                                              size_t capacity) {
  constexpr absl::string_view kFn = "relance_roll_rate_report_cells";
  return Guard(kFn, [&]() -> relance_status {
    const RollRateMatrix* m = nullptr;
    if (relance_status s = FindMatrix(report, currency_index, kFn, &m)) return s;
    if (out_units == nullptr) return NullArgument(kFn, "out_units");
    const size_t n = m->cells.size();
    if (capacity < n) {
      return Fail(
          RELANCE_E_BUFFER_TOO_SMALL, kFn,
          absl::StrCat("argument 'out_units' needs room for ", n, ", capacity is ", capacity));
    }
    std::vector<int64_t> units(n);
    for (size_t i = 0; i < n; ++i) {
      if (relance_status s = WriteUnits(m->cells[i], kFn, &units[i])) return s;
    }
    std::copy(units.begin(), units.end(), out_units);
    return RELANCE_OK;
  });
}

relance_status relance_roll_rate_report_row_total(const relance_roll_rate_report* report,
                                                  size_t currency_index, size_t row,
                                                  int64_t* out_units) {
  return CopyTotal(report, currency_index, row, out_units, "relance_roll_rate_report_row_total",
                   "row", &RollRateMatrix::row_totals);
}

relance_status relance_roll_rate_report_column_total(const relance_roll_rate_report* report,
                                                     size_t currency_index, size_t column,
                                                     int64_t* out_units) {
  return CopyTotal(report, currency_index, column, out_units,
                   "relance_roll_rate_report_column_total", "column",
                   &RollRateMatrix::column_totals);
}

relance_status relance_roll_rate_report_rate(const relance_roll_rate_report* report,
                                             size_t currency_index, size_t row, size_t column,
                                             int32_t scale, relance_rounding mode,
                                             relance_kpi_figure* out) {
  constexpr absl::string_view kFn = "relance_roll_rate_report_rate";
  return Guard(kFn, [&]() -> relance_status {
    const RollRateMatrix* m = nullptr;
    if (relance_status s = FindMatrix(report, currency_index, kFn, &m)) return s;
    if (relance_status s = CheckPosition(row, static_cast<size_t>(m->row_count()), kFn, "row")) {
      return s;
    }
    if (relance_status s =
            CheckPosition(column, static_cast<size_t>(m->column_count()), kFn, "column")) {
      return s;
    }
    relance::RoundingMode rounding;
    if (relance_status s = ReadMode(mode, kFn, &rounding)) return s;
    if (out == nullptr) return NullArgument(kFn, "out");
    absl::StatusOr<relance::KpiFigure> figure =
        relance::RollRate(*m, static_cast<int>(row), static_cast<int>(column), scale, rounding);
    if (!figure.ok()) return Fail(figure.status(), kFn);
    WriteFigure(*figure, out);
    return RELANCE_OK;
  });
}

}  // extern "C"
