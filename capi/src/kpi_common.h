// Internal to the C ABI shims of the KPIs and the roll-rate matrix (kpi.cc,
// roll_rate.cc): what both option structs and both report handles share.
// Defined in kpi.cc.

#ifndef RELANCE_CAPI_KPI_COMMON_H_
#define RELANCE_CAPI_KPI_COMMON_H_

#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "relance.h"
#include "relance/date.h"
#include "relance/kpi.h"
#include "relance/money.h"
#include "shim.h"

namespace relance::capi {

// INVALID_ARGUMENT: "<function>: argument 'options': <message>".
relance_status OptionError(absl::string_view function, absl::string_view message);

// Reads the required period fields options.from and options.to (unset:
// RELANCE_NO_DATE, "from is not set").
relance_status ReadPeriod(int32_t from, int32_t to, absl::string_view function, Date* out_from,
                          Date* out_to);

// Reads options.customer_count ids at options.customers (NULL only with a
// count of 0; a NULL entry is named 'options.customers[i]').
relance_status ReadCustomers(size_t count, const char* const* customers, absl::string_view function,
                             std::vector<std::string>* out);

// Pointers to the NUL-terminated ids of `ids`, for the options accessors
// (valid as long as `ids` is neither changed nor destroyed).
std::vector<const char*> CustomerPointers(const std::vector<std::string>& ids);

// INVALID_ARGUMENT unless index < count: "argument '<name>': <index> is not
// below the currency count <count>".
relance_status CheckCurrencyIndex(size_t index, size_t count, absl::string_view function,
                                  absl::string_view name);

// Writes `m`'s minor units, or fails (OVERFLOW) past int64.
relance_status WriteUnits(const Money& m, absl::string_view function, int64_t* out);

// Writes a figure: value zero when it has none.
void WriteFigure(const KpiFigure& figure, relance_kpi_figure* out);

// The body of relance_kpi_options_init and relance_roll_rate_options_init:
// checks, zeroes the caller's `struct_size` bytes, sets struct_size, then
// write_defaults(options) and the required from and to unset.
template <typename Options, typename WriteDefaults>
relance_status InitOptions(Options* options, size_t struct_size, absl::string_view function,
                           absl::string_view type, WriteDefaults write_defaults) {
  return InitExtensible(options, struct_size, function, type, "options", [&](Options* o) {
    write_defaults(o);
    o->from = RELANCE_NO_DATE;
    o->to = RELANCE_NO_DATE;
  });
}

// The body of relance_kpi_report_options and relance_roll_rate_report_options:
// `report` is a handle with the core report in `report` and the C view of
// its customer ids in `customers`; write(core options, customers, out).
template <typename Handle, typename Options, typename Write>
relance_status CopyOptions(const Handle* report, Options* out, absl::string_view function,
                           absl::string_view type, absl::string_view init, Write write) {
  return Guard(function, [&]() -> relance_status {
    if (report == nullptr) return NullArgument(function, "report");
    if (out == nullptr) return NullArgument(function, "out");
    if (relance_status s = CheckExtensible(out, sizeof(Options), type, "out", init, function)) {
      return s;
    }
    write(report->report.options, report->customers, out);
    return RELANCE_OK;
  });
}

}  // namespace relance::capi

#endif  // RELANCE_CAPI_KPI_COMMON_H_
