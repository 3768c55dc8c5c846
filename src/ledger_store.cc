// Internal: the ledger's columns (ledger_store.h): event deltas, as-of
// amounts by chain walk, and the lazily built date and account indexes.

#include "ledger_store.h"

#include <algorithm>
#include <numeric>

namespace relance {

LedgerStore::LedgerStore(const LedgerStore& other)
    : customer_ids(other.customer_ids),
      customer_names(other.customer_names),
      customer_segments(other.customer_segments),
      credit_limits(other.credit_limits),
      customer_terms(other.customer_terms),
      account_customer(other.account_customer),
      account_currency(other.account_currency),
      currencies(other.currencies),
      account_currency_slot(other.account_currency_slot),
      customer_first_account(other.customer_first_account),
      account_next(other.account_next),
      item_ids(other.item_ids),
      item_account(other.item_account),
      item_kind(other.item_kind),
      item_document_date(other.item_document_date),
      item_due_date(other.item_due_date),
      item_amount(other.item_amount),
      item_open(other.item_open),
      item_first_event(other.item_first_event),
      item_references(other.item_references),
      payment_ids(other.payment_ids),
      payment_account(other.payment_account),
      payment_value_date(other.payment_value_date),
      payment_amount(other.payment_amount),
      payment_unapplied(other.payment_unapplied),
      payment_first_event(other.payment_first_event),
      payment_references(other.payment_references),
      events(other.events),
      event_texts(other.event_texts),
      allocation_event(other.allocation_event),
      reversal_event(other.reversal_event),
      disputes(other.disputes),
      volume(other.volume),
      max_event_date(other.max_event_date),
      max_document_date(other.max_document_date),
      run_start(other.run_start),
      run_account(other.run_account) {}

std::int32_t LedgerStore::AccountOf(std::int32_t customer, Currency currency) {
  std::int32_t& first = customer_first_account[static_cast<std::size_t>(customer)];
  for (std::int32_t a = first; a >= 0; a = account_next[static_cast<std::size_t>(a)]) {
    if (account_currency[static_cast<std::size_t>(a)] == currency) return a;
  }
  const auto account = static_cast<std::int32_t>(account_customer.size());
  const auto slot = static_cast<std::size_t>(
      std::find(currencies.begin(), currencies.end(), currency) - currencies.begin());
  if (slot == currencies.size()) currencies.push_back(currency);
  account_customer.push_back(customer);
  account_currency.push_back(currency);
  account_currency_slot.push_back(static_cast<std::uint16_t>(slot));
  account_next.push_back(first);
  first = account;
  return account;
}

std::int64_t LedgerStore::ItemDelta(const Event& e, std::int32_t i) const {
  if (e.item == i) {
    switch (e.kind) {
      case EventKind::kAllocation:
      case EventKind::kWriteOff:
        return -e.amount;
      case EventKind::kReversal:
        return e.amount;
      case EventKind::kPriorSettlement:
        return is_credit_note(i) ? e.amount : -e.amount;
    }
    return 0;
  }
  // `i` is the credit note the event draws on.
  return e.kind == EventKind::kAllocation ? e.amount : -e.amount;
}

std::int64_t LedgerStore::PaymentDelta(const Event& e) {
  return e.kind == EventKind::kAllocation ? -e.amount : e.amount;
}

void LedgerStore::ItemChanges(std::int32_t item,
                              std::vector<std::pair<std::int32_t, std::int64_t>>* out) const {
  for (std::int32_t e = item_first_event[static_cast<std::size_t>(item)]; e >= 0;) {
    const Event& ev = events[static_cast<std::size_t>(e)];
    out->emplace_back(ev.date, ItemDelta(ev, item));
    e = ev.item == item ? ev.next_item : ev.next_source;
  }
}

void LedgerStore::PaymentChanges(std::int32_t payment,
                                 std::vector<std::pair<std::int32_t, std::int64_t>>* out) const {
  for (std::int32_t e = payment_first_event[static_cast<std::size_t>(payment)]; e >= 0;) {
    const Event& ev = events[static_cast<std::size_t>(e)];
    out->emplace_back(ev.date, PaymentDelta(ev));
    e = ev.next_source;
  }
}

std::int64_t LedgerStore::OpenAsOf(std::int32_t item, std::int32_t as_of) const {
  const auto i = static_cast<std::size_t>(item);
  if (item_document_date[i] > as_of) return 0;
  std::int64_t open = item_amount[i];
  for (std::int32_t e = item_first_event[i]; e >= 0;) {
    const Event& ev = events[static_cast<std::size_t>(e)];
    if (ev.date <= as_of) open += ItemDelta(ev, item);
    e = ev.item == item ? ev.next_item : ev.next_source;
  }
  return open;
}

std::int64_t LedgerStore::UnappliedAsOf(std::int32_t payment,
                                        std::int32_t as_of) const {
  const auto p = static_cast<std::size_t>(payment);
  if (payment_value_date[p] > as_of) return 0;
  std::int64_t unapplied = payment_amount[p];
  for (std::int32_t e = payment_first_event[p]; e >= 0;) {
    const Event& ev = events[static_cast<std::size_t>(e)];
    if (ev.date <= as_of) unapplied += PaymentDelta(ev);
    e = ev.next_source;
  }
  return unapplied;
}

std::int64_t LedgerStore::DisputedAsOf(std::int32_t item, std::int32_t as_of,
                                       std::int64_t open) const {
  if (open <= 0 || disputes.empty()) return 0;
  const std::vector<std::int32_t>& order = disputes_by_item();
  // The disputes of `item`, by raised date; the latest raised on or before
  // as_of decides.
  auto first = std::lower_bound(order.begin(), order.end(), item,
                                [this](std::int32_t d, std::int32_t it) {
                                  return disputes[static_cast<std::size_t>(d)].item < it;
                                });
  const Dispute* latest = nullptr;
  for (auto it = first; it != order.end(); ++it) {
    const Dispute& d = disputes[static_cast<std::size_t>(*it)];
    if (d.item != item || d.raised > as_of) break;
    latest = &d;
  }
  if (latest == nullptr) return 0;
  if (latest->cleared != kNoDate.days() && latest->cleared <= as_of) return 0;
  return std::min(latest->amount, open);
}

template <typename T, typename Build>
const T& LedgerStore::Lazy(std::shared_ptr<const T>& slot, Build build) const {
  std::lock_guard<std::mutex> lock(index_mutex_);
  if (slot == nullptr) slot = std::make_shared<const T>(build());
  return *slot;
}

const LedgerStore::DatedChanges& LedgerStore::dated_changes() const {
  return Lazy(dated_changes_, [this] {
    std::vector<std::int32_t> order;
    for (std::size_t e = 0; e < events.size(); ++e) {
      if (events[e].kind != EventKind::kPriorSettlement) order.push_back(static_cast<std::int32_t>(e));
    }
    std::stable_sort(order.begin(), order.end(), [this](std::int32_t a, std::int32_t b) {
      return events[static_cast<std::size_t>(a)].date < events[static_cast<std::size_t>(b)].date;
    });
    DatedChanges changes;
    for (std::int32_t index : order) {
      const Event& e = events[static_cast<std::size_t>(index)];
      changes.items.Add(e.date, e.item, ItemDelta(e, e.item));
      if (e.source < 0) continue;
      if (e.source_is_payment) {
        changes.payments.Add(e.date, e.source, PaymentDelta(e));
      } else {
        changes.items.Add(e.date, e.source, ItemDelta(e, e.source));
      }
    }
    return changes;
  });
}

const std::vector<std::int32_t>& LedgerStore::disputes_by_item() const {
  return Lazy(disputes_by_item_, [this] {
    std::vector<std::int32_t> order(disputes.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [this](std::int32_t a, std::int32_t b) {
      const Dispute& x = disputes[static_cast<std::size_t>(a)];
      const Dispute& y = disputes[static_cast<std::size_t>(b)];
      return x.item != y.item ? x.item < y.item : x.raised < y.raised;
    });
    return order;
  });
}

const LedgerStore::AccountMembers& LedgerStore::account_members() const {
  return Lazy(account_members_, [this] {
    AccountMembers m;
    const std::size_t accounts = account_customer.size();
    // Counting sort by account; insertion order kept within an account.
    auto group = [accounts](const std::vector<std::int32_t>& account_of,
                            std::vector<std::int32_t>& offsets, std::vector<std::int32_t>& members) {
      offsets.assign(accounts + 1, 0);
      for (std::int32_t a : account_of) ++offsets[static_cast<std::size_t>(a) + 1];
      std::partial_sum(offsets.begin(), offsets.end(), offsets.begin());
      members.resize(account_of.size());
      std::vector<std::int32_t> cursor(offsets.begin(), offsets.end() - 1);
      for (std::size_t i = 0; i < account_of.size(); ++i) {
        members[static_cast<std::size_t>(cursor[static_cast<std::size_t>(account_of[i])]++)] =
            static_cast<std::int32_t>(i);
      }
    };
    group(item_account, m.item_offsets, m.items);
    group(payment_account, m.payment_offsets, m.payments);
    m.customer_accounts.assign(customer_ids.size(), {});
    for (std::size_t a = 0; a < accounts; ++a) {
      m.customer_accounts[static_cast<std::size_t>(account_customer[a])].push_back(
          static_cast<std::int32_t>(a));
    }
    return m;
  });
}

void LedgerStore::Invalidate() {
  std::lock_guard<std::mutex> lock(index_mutex_);
  dated_changes_.reset();
  std::lock_guard<std::mutex> changes_lock(current_changes_mutex);
  current_changes.reset();
  disputes_by_item_.reset();
  account_members_.reset();
}

}  // namespace relance
