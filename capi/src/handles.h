// Internal to the C ABI shims: the handles that more than one shim file
// uses (terms are checked in terms_check.cc, tables are read by the
// late-interest request in interest_request.cc).

#ifndef RELANCE_CAPI_HANDLES_H_
#define RELANCE_CAPI_HANDLES_H_

#include "relance/payment_terms.h"
#include "relance/rate_table.h"

struct relance_terms {
  relance::PaymentTerms terms;
};

struct relance_rate_table {
  relance::RateTable table;
};

#endif  // RELANCE_CAPI_HANDLES_H_
