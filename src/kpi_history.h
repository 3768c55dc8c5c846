// Internal: what the KPI engines (kpi*.cc) read from a LedgerStore -- the
// selected accounts and their currencies, an item's basis date, the walk of
// one item's or payment's event chain, and exact sums turned into Money.

#ifndef RELANCE_SRC_KPI_HISTORY_H_
#define RELANCE_SRC_KPI_HISTORY_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/types/span.h"
#include "ledger_store.h"
#include "relance/currency.h"
#include "relance/decimal.h"
#include "relance/kpi.h"
#include "relance/money.h"
#include "relance/rounding.h"

namespace relance::kpi_internal {

// The accounts of the selected customers, grouped by currency.
struct AccountSelection {
  // Per account: its index in `currencies`, or -1 when its customer is not
  // selected.
  std::vector<std::int32_t> slot;
  // The currencies of the selected accounts, sorted by code.
  std::vector<Currency> currencies;
  // Per customer: 1 when selected.
  std::vector<char> customer_selected;
  // Every customer, or only those of `accounts` (sorted).
  bool all = true;
  std::vector<std::int32_t> accounts;
};

// Resolves host ids (empty: every customer). Errors: kNotFound naming the
// first unknown id.
absl::StatusOr<AccountSelection> SelectAccounts(
    const LedgerStore& store, absl::Span<const std::string> customers);

// Calls fn(item, slot) for every item of the selected accounts, with the
// slot of its account: runs of one account's items (the store's runs) for
// every customer, the accounts' members (the store's account index, built on
// first use) for a list of customers.
template <typename Fn>
void ForEachSelectedItem(const LedgerStore& store, const AccountSelection& s, Fn&& fn) {
  if (s.all) {
    const std::size_t runs = store.run_start.size();
    for (std::size_t r = 0; r < runs; ++r) {
      const std::int32_t slot = s.slot[static_cast<std::size_t>(store.run_account[r])];
      const std::int32_t end = r + 1 < runs
                                   ? store.run_start[r + 1]
                                   : static_cast<std::int32_t>(store.item_amount.size());
      for (std::int32_t i = store.run_start[r]; i < end; ++i) fn(i, slot);
    }
    return;
  }
  const LedgerStore::AccountMembers& members = store.account_members();
  for (std::int32_t a : s.accounts) {
    const auto k = static_cast<std::size_t>(a);
    const std::int32_t slot = s.slot[k];
    for (auto m = members.item_offsets[k]; m < members.item_offsets[k + 1]; ++m) {
      fn(members.items[static_cast<std::size_t>(m)], slot);
    }
  }
}

// Calls fn(payment, slot) for every payment of the selected accounts.
template <typename Fn>
void ForEachSelectedPayment(const LedgerStore& store, const AccountSelection& s, Fn&& fn) {
  if (s.all) {
    const std::size_t n = store.payment_amount.size();
    for (std::size_t p = 0; p < n; ++p) {
      fn(static_cast<std::int32_t>(p), s.slot[static_cast<std::size_t>(store.payment_account[p])]);
    }
    return;
  }
  const LedgerStore::AccountMembers& members = store.account_members();
  for (std::int32_t a : s.accounts) {
    const auto k = static_cast<std::size_t>(a);
    for (auto m = members.payment_offsets[k]; m < members.payment_offsets[k + 1]; ++m) {
      fn(members.payments[static_cast<std::size_t>(m)], s.slot[k]);
    }
  }
}

// The date an item ages from: its due date, or its document date when it
// has none (or under the document-date basis).
inline std::int32_t BasisDate(const LedgerStore& store, std::int32_t item,
                              bool document_basis = false) {
  const auto i = static_cast<std::size_t>(item);
  const std::int32_t due = store.item_due_date[i];
  return document_basis || due == kNoDate.days() ? store.item_document_date[i]
                                                 : due;
}

// Calls fn(event) for every event that changes item `item`: those it is the
// target of, and for a credit note those it is the source of.
template <typename Fn>
void ForEachItemEvent(const LedgerStore& store, std::int32_t item, Fn&& fn) {
  std::int32_t e = store.item_first_event[static_cast<std::size_t>(item)];
  while (e >= 0) {
    const Event& event = store.events[static_cast<std::size_t>(e)];
    fn(event);
    e = event.item == item ? event.next_item : event.next_source;
  }
}

// Calls fn(event) for every event whose source is payment `payment`.
template <typename Fn>
void ForEachPaymentEvent(const LedgerStore& store, std::int32_t payment,
                         Fn&& fn) {
  std::int32_t e = store.payment_first_event[static_cast<std::size_t>(payment)];
  while (e >= 0) {
    const Event& event = store.events[static_cast<std::size_t>(e)];
    fn(event);
    e = event.next_source;
  }
}

// Asks the cache for the first event of `item`, whose chain a pass over the
// items will walk soon: events lie far from their items, and waiting for
// them is most of a pass's time. Any item index is accepted.
inline void PrefetchFirstEvent(const LedgerStore& store, std::int32_t item) {
  const auto i = static_cast<std::size_t>(item);
  if (item < 0 || i >= store.item_first_event.size()) return;
  const std::int32_t e = store.item_first_event[i];
  if (e >= 0) __builtin_prefetch(&store.events[static_cast<std::size_t>(e)]);
}

// True when allocation event `event` is reversed on or before `as_of`.
inline bool ReversedBy(const LedgerStore& store, const Event& event,
                       std::int32_t as_of) {
  const std::int32_t r =
      store.reversal_event[static_cast<std::size_t>(event.allocation)];
  return r >= 0 && store.events[static_cast<std::size_t>(r)].date <= as_of;
}

// `minor_units` of `currency` (or amount x days at the currency's scale) as
// a Decimal. Errors: kOverflow past 38 digits.
absl::StatusOr<Decimal> ScaledDecimal(int128 minor_units, Currency currency);
absl::StatusOr<Money> ToMoney(int128 minor_units, Currency currency);

// The minor units of a Decimal at the currency's scale (the inverse of
// ScaledDecimal). Errors: kInexact when it has finer digits.
absl::StatusOr<int128> MinorUnits(const Decimal& value, Currency currency);

// numerator / denominator as a figure: kNoBase when denominator <= 0,
// else the value rounded once to `scale` in `mode`. Errors: kOverflow.
absl::StatusOr<KpiFigure> MakeFigure(const Decimal& numerator,
                                     const Decimal& denominator, int scale,
                                     RoundingMode mode);

// Checks a rounding scale and mode for figures (kExact is refused: a ratio
// rarely terminates). Errors: kInvalidArgument.
absl::Status ValidateFigureRounding(int scale, RoundingMode mode);

}  // namespace relance::kpi_internal

#endif  // RELANCE_SRC_KPI_HISTORY_H_
