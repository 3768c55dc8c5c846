// Internal: LateInterest with a choice of arithmetic, so that tests can
// compare the fast arithmetic against the cpp_rational reference on whole
// results. Not installed; not API.

#ifndef RELANCE_SRC_LATE_INTEREST_INTERNAL_H_
#define RELANCE_SRC_LATE_INTEREST_INTERNAL_H_

#include "absl/status/statusor.h"
#include "interest_amount.h"
#include "relance/late_interest.h"

namespace relance::late_interest_internal {

// LateInterest(request) computed with `arithmetic`: LateInterest itself is
// LateInterestWith(request, Arithmetic::kFastFirst). Results and errors are
// the same for both arithmetics. When `used_rational` is not null it is set
// to whether any amount was computed (or any step redone) by the
// cpp_rational reference.
absl::StatusOr<LateInterestResult> LateInterestWith(
    const LateInterestRequest& request,
    interest_internal::Arithmetic arithmetic, bool* used_rational = nullptr);

}  // namespace relance::late_interest_internal

#endif  // RELANCE_SRC_LATE_INTEREST_INTERNAL_H_
