// Internal to the C ABI shims: reading a relance_late_interest_request.

#ifndef RELANCE_CAPI_INTEREST_REQUEST_H_
#define RELANCE_CAPI_INTEREST_REQUEST_H_

#include <optional>

#include "absl/strings/string_view.h"
#include "relance.h"
#include "relance/late_interest.h"

namespace relance::capi {

// Checks *in (argument 'request': its struct_size, reserved field, enum
// values, arrays, amounts, decimals and dates, each named by field) and
// converts it. The core checks the rest (signs, order, currencies). A rate
// table the request names is referred to, not copied: *out is valid while
// that handle is.
relance_status ReadLateInterestRequest(const relance_late_interest_request* in,
                                       absl::string_view function,
                                       std::optional<LateInterestRequest>* out);

}  // namespace relance::capi

#endif  // RELANCE_CAPI_INTEREST_REQUEST_H_
