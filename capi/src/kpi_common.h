// Internal to the C ABI shims of the KPIs and the roll-rate matrix (kpi.cc,
// roll_rate.cc): what both option structs and both report handles share.
// Defined in kpi.cc.

#ifndef RELANCE_CAPI_KPI_COMMON_H_
#define RELANCE_CAPI_KPI_COMMON_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "relance.h"
#include "relance/date.h"
#include "relance/kpi.h"
#include "relance/money.h"

namespace relance::capi {

// INVALID_ARGUMENT: "<function>: argument 'options': <message>".
relance_status OptionError(absl::string_view function, absl::string_view message);

// Reads the required period fields options.from and options.to (unset:
// RELANCE_NO_DATE, "from is not set").
relance_status ReadPeriod(int32_t from, int32_t to, absl::string_view function, Date* out_from,
                          Date* out_to);

// Reads options.customer_count ids at options.customers (NULL only with a
// count of 0; a NULL entry is named 'options.customers[i]').
relance_status ReadCustomers(size_t count, const char* const* customers,
                             absl::string_view function, std::vector<std::string>* out);

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

}  // namespace relance::capi

#endif  // RELANCE_CAPI_KPI_COMMON_H_
