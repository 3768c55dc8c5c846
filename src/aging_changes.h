// Internal: what an aging as of a past date must undo or add to the
// ledger's current columns (aging.cc).

#ifndef RELANCE_SRC_AGING_CHANGES_H_
#define RELANCE_SRC_AGING_CHANGES_H_

#include <cstdint>
#include <memory>
#include <utility>
#include <vector>

#include "ledger_store.h"

namespace relance {

// An item whose open amount as of D is not its current one, or that is
// disputed on D.
struct SparseItem {
  std::int32_t item;
  bool disputed;
  std::int64_t correction;  // current open amount - open amount as of D
  std::int64_t dispute;     // disputed amount before the open-amount cap
};

struct ChangesAsOf {
  // Sorted by item, one entry per item, then a sentinel {INT32_MAX}.
  std::vector<SparseItem> items;
  // (payment, current unapplied - unapplied as of D), sorted by payment,
  // then a sentinel {INT32_MAX, 0}.
  std::vector<std::pair<std::int32_t, std::int64_t>> payments;
};

// Sorts (index, amount) pairs by index (each >= 0), stably, and adds up the
// amounts of equal indexes: one pair per index remains.
void CompactChanges(std::vector<std::pair<std::int32_t, std::int64_t>>& changes);

// The items and payments whose amounts as of `as_of` differ from the
// current columns (the events dated after it, read from the date-sorted
// changes), merged with the disputes active on `as_of`. For any date on or
// after the ledger's latest fact (event, dispute raised or cleared) the
// answer is the same: it is built once and kept in the store until the
// next mutation.
std::shared_ptr<const ChangesAsOf> ChangesAfter(const LedgerStore& s, std::int32_t as_of);

}  // namespace relance

#endif  // RELANCE_SRC_AGING_CHANGES_H_
