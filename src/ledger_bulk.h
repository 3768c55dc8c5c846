// Internal: bulk loads the importers make on a Ledger (relance/ledger.h)
// with the customers of the rows given by their index in the ledger rather
// than by id. An open-items file names a customer once per run of rows and
// its parser numbers the customers already; looking each id up again in
// the ledger's hash index would cost a cache miss per customer.
//
// The checks, errors ("row N: ..."), storage order and all-or-nothing
// behaviour are those of the public call; the public call and this one
// share their code (ledger_items.cc).

#ifndef RELANCE_SRC_LEDGER_BULK_H_
#define RELANCE_SRC_LEDGER_BULK_H_

#include <cstdint>

#include "absl/status/status.h"
#include "absl/types/span.h"
#include "ledger_store.h"
#include "relance/ledger.h"

namespace relance::ledger_internal {

// The columns of a ledger, for the functions below.
struct LedgerColumns {
  static LedgerStore& Of(Ledger& ledger) { return *ledger.store_; }
};

// As Ledger::AddItems, except that the customer of row r is the ledger's
// customer number customers[r] (0-based, in the order customers were
// added) and rows.customer_ids is empty. Errors: those of AddItems, where
// an unknown customer is a number outside [0, customer_count())
// (kNotFound, "row N: item \"X\": unknown customer number 7"); and
// kInvalidArgument, without a row, when rows.customer_ids is not empty or
// `customers` does not have one entry per row.
absl::Status AddItemsOfCustomers(Ledger& ledger, const ItemRows& rows,
                                 absl::Span<const std::int32_t> customers);

}  // namespace relance::ledger_internal

#endif  // RELANCE_SRC_LEDGER_BULK_H_
