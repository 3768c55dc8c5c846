// Internal: linking dated events into the ledger's chains with rollback, and
// the bound checks every mutation runs (ledger_matching.cc,
// ledger_matching_bounds.cc).

#ifndef RELANCE_SRC_LEDGER_MATCHING_INTERNAL_H_
#define RELANCE_SRC_LEDGER_MATCHING_INTERNAL_H_

#include <cstddef>
#include <cstdint>
#include <optional>
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

  // The index the first event linked by this batch has (or will have).
  std::size_t first_event() const { return events_before_; }

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

// A bound broken by the rows of a call: the row that tips an item's open
// amount or a payment's unapplied amount out of its bounds ([0, amount] for
// a debit item or a payment, [amount, 0] for a credit note).
struct RowBreach {
  std::size_t row;      // the row that tips it over
  bool is_payment;      // payment `index`, else item `index`
  std::int32_t index;
  std::int32_t date;    // the first date it is out of bounds, rows 0..row linked
  std::int64_t amount;  // its open (unapplied) amount at the end of that date
  std::int64_t before;  // the same with rows 0..row-1 only
};

// Checks every item and payment touched by the first `rows` rows of a call
// whose row r linked event first_event + r (one event per row), at every
// date (at the end of the day: all changes effective that day count).
// Returns the breach of the earliest row r such that, with rows 0..r
// linked and the later rows left out, some item or payment touched by row r
// is out of bounds at some date; when row r tips both its item and its
// source, the item. nullopt when all bounds hold.
// REQUIRES: the ledger's own events keep every bound, and the rows' changes
// to any one item or payment have one sign (true of allocations, write-offs
// and a single reversal), so that rows that break a bound are never mended
// by later rows and the earliest one is found by bisection. Cost: what one
// check of every touched chain costs, plus, for a chain out of bounds, a
// logarithmic number of re-checks of that chain.
std::optional<RowBreach> FirstRowBreach(const LedgerStore& s, std::size_t first_event,
                                        std::size_t rows);

// The error for `breach`, found by FirstRowBreach(s, first_event, ...): a
// "row N: " error naming the row's change, the item or payment, the date
// and the amounts; without the row prefix when `bulk` is false (a call
// that links one event, ReverseAllocation).
absl::Status BreachError(const LedgerStore& s, std::size_t first_event, const RowBreach& breach,
                         bool bulk);

}  // namespace relance::ledger_internal

#endif  // RELANCE_SRC_LEDGER_MATCHING_INTERNAL_H_
