// Internal: the columns of a Ledger (relance/ledger.h), for the engines in
// src/ (ledger mutations and queries, aging, KPIs, CSV I/O).
//
// Indexes are dense int32 from 0 in insertion order: customers, accounts (a
// customer in one currency), items, payments, events. An *event* is a dated
// change of open amounts: an allocation (item open -a; source payment
// unapplied -a, or source credit note open +a), its reversal (the opposite),
// a write-off (item open -a) or a prior settlement (an item's open amount
// at import: item open -(amount - open), credit note +).
//
//   open as of D      = amount + sum of item deltas of events dated <= D
//   unapplied as of D = amount + sum of payment deltas of events dated <= D
//   current open      = the same over all events (the `open` column)
//
// Everything is plain data; the invariants are the Ledger's (ledger.h).

#ifndef RELANCE_SRC_LEDGER_STORE_H_
#define RELANCE_SRC_LEDGER_STORE_H_

#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "id_table.h"
#include "relance/currency.h"
#include "relance/date.h"
#include "relance/ledger.h"
#include "relance/money.h"
#include "relance/payment_terms.h"

namespace relance {

class AgingStoragePool;  // aging_report.h
struct ChangesAsOf;      // aging_changes.h
std::shared_ptr<AgingStoragePool> MakeAgingStoragePool();

enum class EventKind : std::uint8_t {
  kAllocation = 0,
  kReversal = 1,
  kWriteOff = 2,
  kPriorSettlement = 3,
};

// A dated change. `item` is the target (debit item, or the item itself for
// a prior settlement); `source` is a payment index (source_is_payment) or a
// credit-note item index, or -1 (write-off, prior settlement).
struct Event {
  std::int32_t date;
  EventKind kind;
  bool source_is_payment;
  std::int32_t item;
  std::int32_t source;
  std::int64_t amount;      // > 0: the allocated, reversed, written-off or settled amount
  std::int32_t next_item;   // next event of `item`, or -1
  std::int32_t next_source; // next event of `source`, or -1
  std::int32_t allocation;  // allocation number for kAllocation/kReversal, else -1
  std::int32_t text;        // write-off reason index in event_texts, or -1
};

class LedgerStore {
 public:
  // ---- customers ----
  ledger_internal::IdTable customer_ids;
  ledger_internal::StringArena customer_names;
  ledger_internal::StringArena customer_segments;
  // Credit limits and default terms. Most books have neither, and a
  // PaymentTerms is 128 bytes: each column only reaches the last customer
  // that has one. Read them through credit_limit() and terms_of().
  std::vector<std::optional<Money>> credit_limits;
  std::vector<std::optional<PaymentTerms>> customer_terms;

  // ---- accounts: (customer, currency) ----
  std::vector<std::int32_t> account_customer;
  std::vector<Currency> account_currency;
  // The accounts' currencies numbered in order of first use (a handful):
  // account a's is currencies[account_currency_slot[a]].
  std::vector<Currency> currencies;
  std::vector<std::uint16_t> account_currency_slot;
  // Each customer's accounts as a chain (newest first): its first account
  // (-1: none yet), then account_next[a] (-1: the last). A customer has a
  // handful of currencies, so walking the chain beats a hash lookup, and a
  // book clustered by customer reads customer_first_account in order.
  std::vector<std::int32_t> customer_first_account;
  std::vector<std::int32_t> account_next;

  // ---- items ----
  ledger_internal::IdTable item_ids;
  std::vector<std::int32_t> item_account;
  std::vector<ItemKind> item_kind;
  std::vector<std::int32_t> item_document_date;
  std::vector<std::int32_t> item_due_date;  // kNoDate.days() when none
  std::vector<std::int64_t> item_amount;
  std::vector<std::int64_t> item_open;       // all events applied
  std::vector<std::int32_t> item_first_event;  // -1: none
  ledger_internal::StringArena item_references;

  // ---- payments ----
  ledger_internal::IdTable payment_ids;
  std::vector<std::int32_t> payment_account;
  std::vector<std::int32_t> payment_value_date;
  std::vector<std::int64_t> payment_amount;
  std::vector<std::int64_t> payment_unapplied;  // all events applied
  std::vector<std::int32_t> payment_first_event;
  ledger_internal::StringArena payment_references;

  // ---- events and allocations ----
  std::vector<Event> events;
  ledger_internal::StringArena event_texts;  // write-off reasons
  std::vector<std::int32_t> allocation_event;  // allocation -> its event
  std::vector<std::int32_t> reversal_event;    // -1 while not reversed

  // ---- disputes (sparse) ----
  struct Dispute {
    std::int32_t item;
    std::int32_t raised;
    std::int32_t cleared;  // kNoDate.days(): still open
    std::int64_t amount;
  };
  std::vector<Dispute> disputes;

  // Sum of |amount| of all items and payments (the volume invariant).
  std::int64_t volume = 0;

  // ---- helpers ----
  // Customer c's credit limit and default terms (none when the column
  // does not reach c). The reference lives until the ledger changes.
  const std::optional<Money>& credit_limit(std::int32_t c) const {
    static const std::optional<Money> kNone;
    const auto i = static_cast<std::size_t>(c);
    return i < credit_limits.size() ? credit_limits[i] : kNone;
  }
  const std::optional<PaymentTerms>& terms_of(std::int32_t c) const {
    static const std::optional<PaymentTerms> kNone;
    const auto i = static_cast<std::size_t>(c);
    return i < customer_terms.size() ? customer_terms[i] : kNone;
  }
  // The account of (customer, currency), created (and its currency
  // numbered) when absent. REQUIRES: a customer of the ledger.
  std::int32_t AccountOf(std::int32_t customer, Currency currency);
  std::int32_t customer_of_item(std::int32_t i) const {
    return account_customer[static_cast<std::size_t>(item_account[static_cast<std::size_t>(i)])];
  }
  Currency currency_of_item(std::int32_t i) const {
    return account_currency[static_cast<std::size_t>(item_account[static_cast<std::size_t>(i)])];
  }
  bool is_credit_note(std::int32_t i) const {
    return item_kind[static_cast<std::size_t>(i)] == ItemKind::kCreditNote;
  }

  // The change `e` makes to the open amount of item `i` (which must be its
  // target or its credit-note source).
  std::int64_t ItemDelta(const Event& e, std::int32_t i) const;
  // The change `e` makes to the unapplied amount of its payment source.
  static std::int64_t PaymentDelta(const Event& e);

  // The (date, change) of every event of item i (as target or credit-note
  // source) or payment p, in chain order (newest first), appended to *out.
  void ItemChanges(std::int32_t item,
                   std::vector<std::pair<std::int32_t, std::int64_t>>* out) const;
  void PaymentChanges(std::int32_t payment,
                      std::vector<std::pair<std::int32_t, std::int64_t>>* out) const;

  // Open amount of item i / unapplied of payment p as of `as_of` (walks
  // their event chains; 0 before their date).
  std::int64_t OpenAsOf(std::int32_t item, std::int32_t as_of) const;
  std::int64_t UnappliedAsOf(std::int32_t payment, std::int32_t as_of) const;
  // The disputed part of item i as of `as_of`, given its open amount then.
  std::int64_t DisputedAsOf(std::int32_t item, std::int32_t as_of,
                            std::int64_t open) const;

  // The latest date of any event but prior settlements (INT32_MIN without
  // any): a query as of this date or later sees the current columns as they
  // are. A prior settlement is dated on its item's document date, so no
  // query that sees the item has to undo it.
  std::int32_t max_event_date = INT32_MIN;
  // The latest document date of any item (INT32_MIN without any): a query
  // as of this date or later sees every item.
  std::int32_t max_document_date = INT32_MIN;

  // Runs of consecutive items of one account, in storage order: items
  // [run_start[k], run_start[k + 1]) (the last run ends at item_count) all
  // belong to run_account[k]. A book added clustered by customer has one
  // run per account, so passes over items read no account column.
  std::vector<std::int32_t> run_start;
  std::vector<std::int32_t> run_account;

  // For aging_changes.cc: what an aging as of any date from
  // current_changes_from on undoes, built on first use; reset by every
  // mutation.
  mutable std::mutex current_changes_mutex;
  mutable std::shared_ptr<const ChangesAsOf> current_changes;
  mutable std::int32_t current_changes_from = 0;

  // The storage of the last aging report released, reused by the next Age
  // (aging_report.h). Not copied with the ledger.
  const std::shared_ptr<AgingStoragePool> aging_storage = MakeAgingStoragePool();

  // ---- lazily built indexes (const-safe; dropped by every mutation) ----
  struct AccountMembers {
    // Items and payments of account a: items[item_offsets[a] ..
    // item_offsets[a + 1]), in insertion order; same for payments.
    std::vector<std::int32_t> item_offsets, items;
    std::vector<std::int32_t> payment_offsets, payments;
    // The accounts of each customer, in creation order.
    std::vector<std::vector<std::int32_t>> customer_accounts;
  };
  // The changes the events other than prior settlements made, one per
  // item or payment they touch, sorted by date (stable): what an aging as
  // of a past date undoes, read in one sequential pass.
  struct DatedChanges {
    // One list for items (open amounts), one for payments (unapplied).
    struct List {
      std::vector<std::int32_t> dates;    // ascending
      std::vector<std::int32_t> targets;  // the item or payment
      std::vector<std::int64_t> deltas;   // the change of its amount
      void Add(std::int32_t date, std::int32_t target, std::int64_t delta) {
        dates.push_back(date);
        targets.push_back(target);
        deltas.push_back(delta);
      }
    };
    List items, payments;
  };
  const DatedChanges& dated_changes() const;
  // Dispute indexes sorted by item, then raised date (stable).
  const std::vector<std::int32_t>& disputes_by_item() const;
  const AccountMembers& account_members() const;
  // Called by every mutation.
  void Invalidate();

  LedgerStore() = default;
  LedgerStore(const LedgerStore& other);
  LedgerStore& operator=(const LedgerStore&) = delete;

 private:
  template <typename T, typename Build>
  const T& Lazy(std::shared_ptr<const T>& slot, Build build) const;

  mutable std::mutex index_mutex_;
  mutable std::shared_ptr<const DatedChanges> dated_changes_;
  mutable std::shared_ptr<const std::vector<std::int32_t>> disputes_by_item_;
  mutable std::shared_ptr<const AccountMembers> account_members_;
};

}  // namespace relance

#endif  // RELANCE_SRC_LEDGER_STORE_H_
