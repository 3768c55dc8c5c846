// Internal: linking dated events into the ledger's chains with rollback, and
// the bound checks every mutation runs (ledger_matching.cc).

#ifndef RELANCE_SRC_LEDGER_MATCHING_INTERNAL_H_
#define RELANCE_SRC_LEDGER_MATCHING_INTERNAL_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "ledger_store.h"

namespace relance::ledger_internal {

// Events added in one mutation: linked at the head of their chains as they
// come, undone by the destructor unless committed. Commit applies them to
// the current open and unapplied columns.
class EventBatch {
 public:
  explicit EventBatch(LedgerStore& store);
  EventBatch(const EventBatch&) = delete;
  EventBatch& operator=(const EventBatch&) = delete;
  ~EventBatch();

  // Appends `e` (next_* are set here) and returns its index.
  std::int32_t Link(Event e);
  void Commit();

 private:
  struct Saved {
    std::int32_t* head;
    std::int32_t value;
  };
  void Rollback();

  LedgerStore& s_;
  std::size_t events_before_;
  std::size_t texts_before_;
  std::size_t allocations_before_;
  std::vector<Saved> saved_;
  bool committed_ = false;
};

// The first (date, amount) at which the open amount of `item` (or the
// unapplied amount of `payment`), over all its events, leaves its bounds:
// [0, amount] for a debit item or a payment, [amount, 0] for a credit note.
std::optional<std::pair<std::int32_t, std::int64_t>> ItemBreach(const LedgerStore& s,
                                                                std::int32_t item);
std::optional<std::pair<std::int32_t, std::int64_t>> PaymentBreach(const LedgerStore& s,
                                                                   std::int32_t payment);

// The error for such a breach, attributed to row `row` of the bulk call.
absl::Status BreachError(const LedgerStore& s, std::size_t row, bool is_payment,
                         std::int32_t index, std::pair<std::int32_t, std::int64_t> breach);

}  // namespace relance::ledger_internal

#endif  // RELANCE_SRC_LEDGER_MATCHING_INTERNAL_H_
