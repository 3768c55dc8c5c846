// relance_aging_options_init, relance_ledger_age and relance_aging_report_*:
// shims over relance::Age, AgingReport and Merge.

#include <algorithm>
#include <cstring>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/str_cat.h"
#include "ledger_columns.h"
#include "relance.h"
#include "relance/aging.h"
#include "shim.h"

struct relance_aging_report {
  explicit relance_aging_report(relance::AgingReport r) : report(std::move(r)) {}

  relance::AgingReport report;
  // NUL-terminated copies of the customer ids, made on the first request
  // (an aging that nobody reads ids from pays nothing): each id and a NUL,
  // in row order; id_starts[r] is where row r's id begins. Reports are
  // shared by threads, hence the once_flag.
  mutable std::once_flag ids_once;
  mutable std::string ids;
  mutable std::vector<size_t> id_starts;
};

namespace {

using relance::AgingOptions;
using relance::AgingReport;
using relance::AgingRow;
using namespace relance::capi;

// The values after the age columns, in the order of relance.h.
constexpr const char* kTrailingNames[RELANCE_AGING_TRAILING_COLUMNS] = {
    "disputed", "unapplied", "balance", "items"};

// The size of relance_aging_options this version knows.
constexpr size_t kKnownSize = sizeof(relance_aging_options);
constexpr absl::string_view kType = "relance_aging_options";
constexpr absl::string_view kInit = "relance_aging_options_init";

relance_status OptionError(absl::string_view function, absl::string_view message) {
  return Fail(RELANCE_E_INVALID_ARGUMENT, function,
              absl::StrCat("argument 'options': ", message));
}

relance_status ReadOptions(const relance_aging_options* in, absl::string_view function,
                           AgingOptions* out) {
  if (in == nullptr) return NullArgument(function, "options");
  if (relance_status s = CheckExtensible(in, kKnownSize, kType, "options", kInit, function)) {
    return s;
  }
  if (in->as_of == RELANCE_NO_DATE) return OptionError(function, "as_of is not set");
  if (relance_status s = ReadDate(in->as_of, function, "options.as_of", &out->as_of)) return s;
  if (relance_status s = ReadEnum(in->basis, 2, function, "options.basis",
                                  "relance_aging_basis", &out->basis)) {
    return s;
  }
  if (in->bound_count < 0 || in->bound_count > RELANCE_AGING_MAX_BOUNDS) {
    return OptionError(function, absl::StrCat("bound_count ", in->bound_count,
                                              " is outside 0..", RELANCE_AGING_MAX_BOUNDS));
  }
  out->bounds.assign(in->bounds, in->bounds + in->bound_count);
  return RELANCE_OK;
}

void WriteOptions(const AgingOptions& in, relance_aging_options* out) {
  out->as_of = in.as_of.days();
  out->basis = static_cast<int32_t>(in.basis);
  out->bound_count = static_cast<int32_t>(in.bounds.size());
  std::fill(std::begin(out->bounds), std::end(out->bounds), 0);
  std::copy(in.bounds.begin(), in.bounds.end(), out->bounds);
}

size_t ColumnCount(const AgingReport& r) {
  return static_cast<size_t>(r.age_column_count()) + RELANCE_AGING_TRAILING_COLUMNS;
}

// Writes a row's values in the order of relance.h.
int64_t* WriteRow(const AgingRow& row, int64_t* out) {
  out = std::copy(row.ages.begin(), row.ages.end(), out);
  *out++ = row.disputed;
  *out++ = row.unapplied;
  *out++ = row.balance;
  *out++ = row.items;
  return out;
}

const relance_aging_report& WithIds(const relance_aging_report& r) {
  std::call_once(r.ids_once, [&r] {
    const size_t n = r.report.row_count();
    std::string ids;
    std::vector<size_t> starts(n);
    ids.reserve(n * 16);  // a guess; one pass, amortized growth past it
    for (size_t i = 0; i < n; ++i) {
      const std::string_view id = r.report.row(i).customer_id;
      starts[i] = ids.size();
      ids.append(id.data(), id.size());
      ids.push_back('\0');
    }
    r.ids = std::move(ids);
    r.id_starts = std::move(starts);
  });
  return r;
}

relance_status CheckRows(const relance_aging_report& r, size_t first, size_t count,
                         absl::string_view function) {
  const size_t n = r.report.row_count();
  if (first <= n && count <= n - first) return RELANCE_OK;
  return Fail(RELANCE_E_INVALID_ARGUMENT, function,
              absl::StrCat("rows ", first, " + ", count, " go past the row count ", n));
}

relance_status TooSmall(absl::string_view function, absl::string_view name, size_t needed,
                        size_t capacity) {
  return Fail(RELANCE_E_BUFFER_TOO_SMALL, function,
              absl::StrCat("argument '", name, "' needs room for ", needed, ", capacity is ",
                           capacity));
}

// The bulk row accessors: checks, then write(row, out + i * width) for
// rows first .. first + count - 1, `width` elements of T per row.
template <typename T, typename Width, typename Write>
relance_status CopyRows(absl::string_view function, const relance_aging_report* report,
                        size_t first, size_t count, T* out, absl::string_view out_name,
                        size_t capacity, Width width, Write write) {
  return Guard(function, [&]() -> relance_status {
    if (report == nullptr) return NullArgument(function, "report");
    if (relance_status s = CheckRows(*report, first, count, function)) return s;
    if (out == nullptr) return NullArgument(function, out_name);
    const size_t w = width(report->report);
    if (capacity / w < count) return TooSmall(function, out_name, w * count, capacity);
    for (size_t i = 0; i < count; ++i) write(report->report.row(first + i), out + w * i);
    return RELANCE_OK;
  });
}

relance_status Emit(absl::StatusOr<AgingReport> report, absl::string_view function,
                    relance_aging_report** out) {
  if (!report.ok()) return Fail(report.status(), function);
  *out = new relance_aging_report(*std::move(report));
  return RELANCE_OK;
}

}  // namespace

extern "C" {

relance_status relance_aging_options_init(relance_aging_options* options, size_t struct_size) {
  return InitExtensible(options, struct_size, kInit, kType, "options",
                        [](relance_aging_options* o) {
                          WriteOptions(AgingOptions{}, o);
                          o->as_of = RELANCE_NO_DATE;
                        });
}

relance_status relance_ledger_age(const relance_ledger* ledger,
                                  const relance_aging_options* options,
                                  relance_aging_report** out) {
  constexpr absl::string_view kFn = "relance_ledger_age";
  return Guard(kFn, [&]() -> relance_status {
    if (ledger == nullptr) return NullArgument(kFn, "ledger");
    AgingOptions read;
    if (relance_status s = ReadOptions(options, kFn, &read)) return s;
    if (out == nullptr) return NullArgument(kFn, "out");
    return Emit(relance::Age(ledger->ledger, read), kFn, out);
  });
}

void relance_aging_report_destroy(relance_aging_report* report) { delete report; }

relance_status relance_aging_report_options(const relance_aging_report* report,
                                            relance_aging_options* out) {
  constexpr absl::string_view kFn = "relance_aging_report_options";
  return Guard(kFn, [&]() -> relance_status {
    if (report == nullptr) return NullArgument(kFn, "report");
    if (out == nullptr) return NullArgument(kFn, "out");
    if (relance_status s = CheckExtensible(out, kKnownSize, kType, "out", kInit, kFn)) return s;
    WriteOptions(report->report.options(), out);
    return RELANCE_OK;
  });
}

size_t relance_aging_report_row_count(const relance_aging_report* report) {
  return report == nullptr ? 0 : report->report.row_count();
}

size_t relance_aging_report_column_count(const relance_aging_report* report) {
  return report == nullptr ? 0 : ColumnCount(report->report);
}

size_t relance_aging_report_age_column_count(const relance_aging_report* report) {
  return report == nullptr ? 0 : static_cast<size_t>(report->report.age_column_count());
}

relance_status relance_aging_report_column_name(const relance_aging_report* report,
                                                size_t column, char* buffer, size_t capacity,
                                                size_t* out_length) {
  constexpr absl::string_view kFn = "relance_aging_report_column_name";
  return Guard(kFn, [&]() -> relance_status {
    if (report == nullptr) return NullArgument(kFn, "report");
    const size_t ages = static_cast<size_t>(report->report.age_column_count());
    if (column >= ages + RELANCE_AGING_TRAILING_COLUMNS) {
      return Fail(RELANCE_E_INVALID_ARGUMENT, kFn,
                  absl::StrCat("argument 'column': ", column, " is not below the column count ",
                               ages + RELANCE_AGING_TRAILING_COLUMNS));
    }
    if (buffer == nullptr && capacity > 0) return NullArgument(kFn, "buffer");
    if (out_length == nullptr) return NullArgument(kFn, "out_length");
    if (column >= ages) return CopyText(kTrailingNames[column - ages], kFn, buffer, capacity,
                                        out_length);
    const std::vector<std::string> names = relance::AgingColumnNames(report->report.options().bounds);
    return CopyText(names[column], kFn, buffer, capacity, out_length);
  });
}

relance_status relance_aging_report_customer_id(const relance_aging_report* report,
                                                size_t row, const char** out_id,
                                                size_t* out_length) {
  constexpr absl::string_view kFn = "relance_aging_report_customer_id";
  return Guard(kFn, [&]() -> relance_status {
    if (report == nullptr) return NullArgument(kFn, "report");
    if (relance_status s = CheckRows(*report, row, 1, kFn)) return s;
    if (out_id == nullptr) return NullArgument(kFn, "out_id");
    if (out_length == nullptr) return NullArgument(kFn, "out_length");
    const relance_aging_report& r = WithIds(*report);
    *out_id = r.ids.data() + r.id_starts[row];
    *out_length = report->report.row(row).customer_id.size();
    return RELANCE_OK;
  });
}

relance_status relance_aging_report_customer_ids(const relance_aging_report* report,
                                                 const char** out_chars, size_t* out_size) {
  constexpr absl::string_view kFn = "relance_aging_report_customer_ids";
  return Guard(kFn, [&]() -> relance_status {
    if (report == nullptr) return NullArgument(kFn, "report");
    if (out_chars == nullptr) return NullArgument(kFn, "out_chars");
    if (out_size == nullptr) return NullArgument(kFn, "out_size");
    const relance_aging_report& r = WithIds(*report);
    *out_chars = r.ids.data();
    *out_size = r.ids.size();
    return RELANCE_OK;
  });
}

relance_status relance_aging_report_currencies(const relance_aging_report* report,
                                               size_t first_row, size_t row_count,
                                               char* out_codes, size_t capacity) {
  return CopyRows(
      "relance_aging_report_currencies", report, first_row, row_count, out_codes, "out_codes",
      capacity, [](const AgingReport&) -> size_t { return 4; },
      [](const AgingRow& row, char* out) { WriteCode(row.currency, out); });
}

relance_status relance_aging_report_values(const relance_aging_report* report,
                                           size_t first_row, size_t row_count,
                                           int64_t* out_values, size_t capacity) {
  return CopyRows("relance_aging_report_values", report, first_row, row_count, out_values,
                  "out_values", capacity, ColumnCount,
                  [](const AgingRow& row, int64_t* out) { WriteRow(row, out); });
}

relance_status relance_aging_report_sorted_order(const relance_aging_report* report,
                                                 size_t* out_rows, size_t capacity) {
  constexpr absl::string_view kFn = "relance_aging_report_sorted_order";
  return Guard(kFn, [&]() -> relance_status {
    if (report == nullptr) return NullArgument(kFn, "report");
    if (out_rows == nullptr) return NullArgument(kFn, "out_rows");
    const size_t n = report->report.row_count();
    if (capacity < n) return TooSmall(kFn, "out_rows", n, capacity);
    const std::vector<size_t> order = report->report.SortedRowOrder();
    std::copy(order.begin(), order.end(), out_rows);
    return RELANCE_OK;
  });
}

size_t relance_aging_report_total_count(const relance_aging_report* report) {
  return report == nullptr ? 0 : report->report.totals().size();
}

relance_status relance_aging_report_total(const relance_aging_report* report, size_t index,
                                          char* out_currency, int64_t* out_values,
                                          size_t capacity) {
  constexpr absl::string_view kFn = "relance_aging_report_total";
  return Guard(kFn, [&]() -> relance_status {
    if (report == nullptr) return NullArgument(kFn, "report");
    const std::vector<AgingRow>& totals = report->report.totals();
    if (relance_status s = CheckIndex(index, totals.size(), kFn)) return s;
    if (out_currency == nullptr) return NullArgument(kFn, "out_currency");
    if (out_values == nullptr) return NullArgument(kFn, "out_values");
    const size_t width = ColumnCount(report->report);
    if (capacity < width) return TooSmall(kFn, "out_values", width, capacity);
    WriteCode(totals[index].currency, out_currency);
    WriteRow(totals[index], out_values);
    return RELANCE_OK;
  });
}

relance_status relance_aging_report_merge(const relance_aging_report* a,
                                          const relance_aging_report* b,
                                          relance_aging_report** out) {
  constexpr absl::string_view kFn = "relance_aging_report_merge";
  return Guard(kFn, [&]() -> relance_status {
    if (a == nullptr) return NullArgument(kFn, "a");
    if (b == nullptr) return NullArgument(kFn, "b");
    if (out == nullptr) return NullArgument(kFn, "out");
    return Emit(relance::Merge(a->report, b->report), kFn, out);
  });
}

relance_status relance_aging_report_equal(const relance_aging_report* a,
                                          const relance_aging_report* b, int32_t* out_equal) {
  constexpr absl::string_view kFn = "relance_aging_report_equal";
  return Guard(kFn, [&]() -> relance_status {
    if (a == nullptr) return NullArgument(kFn, "a");
    if (b == nullptr) return NullArgument(kFn, "b");
    if (out_equal == nullptr) return NullArgument(kFn, "out_equal");
    *out_equal = a->report == b->report ? 1 : 0;
    return RELANCE_OK;
  });
}

}  // extern "C"
