// Internal to the C ABI shims: the late-interest result handle, shared by
// relance_late_interest_compute and the ledger's interest report.

#ifndef RELANCE_CAPI_INTEREST_RESULT_H_
#define RELANCE_CAPI_INTEREST_RESULT_H_

#include <memory>
#include <vector>

#include "absl/strings/string_view.h"
#include "relance.h"
#include "relance/late_interest.h"

// The core result, and its C form built once (every date and amount checked
// to fit); the C structs' text pointers point into `result`.
struct relance_late_interest_result {
  relance::LateInterestResult result;
  relance_late_interest_totals totals;
  std::vector<relance_late_interest_segment> segments;
};

namespace relance::capi {

// A result handle owning `result`, its C form pointing into it. Errors: a
// date or amount that does not fit the C types (named for `function`).
relance_status BuildLateInterestResult(LateInterestResult result, absl::string_view function,
                                       std::unique_ptr<relance_late_interest_result>* out);

}  // namespace relance::capi

#endif  // RELANCE_CAPI_INTEREST_RESULT_H_
