// The linear passes that read the KPI facts (kpi_facts.h) from the ledger's
// columns: items (each with its own event chain), payments, disputes, and
// the purchases that follow payment incidents.

#include <algorithm>
#include <cstdint>
#include <limits>
#include <vector>

#include "kpi_countback.h"
#include "kpi_facts.h"
#include "kpi_history.h"
#include "ledger_store.h"

namespace relance::kpi_internal {
namespace {

constexpr std::int32_t kNever = std::numeric_limits<std::int32_t>::max();
constexpr std::int32_t kNoEvent = std::numeric_limits<std::int32_t>::min();
constexpr std::int32_t kPrefetchDistance = 16;  // items ahead

bool IsPurchase(ItemKind kind) {
  return kind == ItemKind::kInvoice || kind == ItemKind::kInstallment ||
         kind == ItemKind::kDebitNote;
}

// What one item's history says as of `to` and as of the day before `from`.
struct ItemState {
  std::int64_t open_to = 0;
  std::int64_t open_before = 0;  // as of from - 1
  std::int32_t last_fact = kNoEvent;
  bool written_off = false;
};

class KpiScan {
 public:
  KpiScan(const LedgerStore& store, const AccountSelection& selection,
          const KpiOptions& options)
      : store_(store),
        selection_(selection),
        options_(options),
        from_(options.from.days()),
        to_(options.to.days()),
        before_(options.from.days() - 1),
        steps_(options.to, options.countback_unit, options.countback_length) {
    facts_.currencies.resize(selection.currencies.size());
    first_incident_.assign(selection.customer_selected.size(), kNever);
  }

  KpiFacts Run() {
    ForEachSelectedItem(store_, selection_, [this](std::int32_t item, std::int32_t slot) {
      PrefetchFirstEvent(store_, item + kPrefetchDistance);
      CurrencyFacts* f = FactsOf(slot, store_.item_document_date[static_cast<std::size_t>(item)]);
      if (f != nullptr) ScanItem(item, *f);
    });
    ForEachSelectedPayment(store_, selection_, [this](std::int32_t payment, std::int32_t slot) {
      CurrencyFacts* f = FactsOf(slot, store_.payment_value_date[static_cast<std::size_t>(payment)]);
      if (f != nullptr) ScanPayment(payment, *f);
    });
    ScanDisputes();
    CountRetention();
    return std::move(facts_);
  }

 private:
  // The facts of slot `slot` (-1: not selected) for a fact dated `date`, or
  // nullptr.
  CurrencyFacts* FactsOf(std::int32_t slot, std::int32_t date) {
    if (slot < 0 || date > to_) return nullptr;
    CurrencyFacts& f = facts_.currencies[static_cast<std::size_t>(slot)];
    f.seen = true;
    return &f;
  }

  void ScanItem(std::int32_t item, CurrencyFacts& f) {
    const auto i = static_cast<std::size_t>(item);
    const std::int32_t document = store_.item_document_date[i];
    const std::int64_t amount = store_.item_amount[i];
    const bool credit = store_.is_credit_note(item);
    const std::int32_t basis = BasisDate(store_, item);
    if (document >= from_) (credit ? f.credit_notes : f.invoiced) += amount;
    const auto step = static_cast<std::size_t>(steps_.StepOf(document));
    if (f.countback_sales.size() < step) f.countback_sales.resize(step, 0);
    f.countback_sales[step - 1] += amount;

    const ItemState s = ReadHistory(item, credit, document, basis, f);
    if (document <= before_) AddToSnapshot(f.beginning, credit, basis >= before_, s.open_before);
    AddToSnapshot(f.ending, credit, basis >= to_, s.open_to);
    if (credit) return;
    if (basis < to_) f.still_open += s.open_to;
    if (s.open_to == 0 && s.last_fact != kNoEvent && !s.written_off &&
        s.last_fact >= from_ && s.last_fact > basis) {
      const std::int64_t delay = s.last_fact - basis;
      ++f.items_paid_late;
      f.days_paid_late += delay;
      f.paid_late_amount += amount;
      f.paid_late_amount_days += static_cast<int128>(amount) * delay;
    }
    NoteIncident(item, basis, s);
  }

  // Walks the item's events once: open amounts, last fact, and the
  // period's settlements, write-offs and recoveries.
  ItemState ReadHistory(std::int32_t item, bool credit, std::int32_t document,
                        std::int32_t basis, CurrencyFacts& f) const {
    const std::int64_t amount = store_.item_amount[static_cast<std::size_t>(item)];
    ItemState s{amount, amount, kNoEvent, false};
    ForEachItemEvent(store_, item, [&](const Event& e) {
      if (e.date > to_) return;
      const std::int64_t delta = store_.ItemDelta(e, item);
      s.open_to += delta;
      if (e.date <= before_) s.open_before += delta;
      s.last_fact = std::max(s.last_fact, e.date);
      if (e.kind == EventKind::kWriteOff) s.written_off = true;
      if (e.date < from_) return;
      if (e.kind == EventKind::kPriorSettlement) f.prior_settlements -= delta;
      if (credit) return;
      if (e.kind == EventKind::kWriteOff) f.written_off += e.amount;
      if (e.date > basis) CountRecovery(e, f);
      if (e.kind == EventKind::kAllocation && !ReversedBy(store_, e, to_)) {
        f.settled += e.amount;
        f.settled_days += static_cast<int128>(e.amount) * (e.date - document);
        f.settled_days_late +=
            static_cast<int128>(e.amount) * std::max(0, e.date - basis);
      }
    });
    return s;
  }

  static void CountRecovery(const Event& e, CurrencyFacts& f) {
    switch (e.kind) {
      case EventKind::kAllocation:
        f.collected += e.amount;
        break;
      case EventKind::kReversal:
        f.collected -= e.amount;
        break;
      case EventKind::kWriteOff:
        f.recovery_written_off += e.amount;
        break;
      case EventKind::kPriorSettlement:
        break;  // dated on the document date, never after the basis date
    }
  }

  static void AddToSnapshot(SnapshotFacts& snapshot, bool credit, bool not_due,
                            std::int64_t open) {
    (credit ? snapshot.credits : not_due ? snapshot.current : snapshot.past_due) += open;
  }

  // An incident on t = basis + N + 1 when the item was still open on t.
  void NoteIncident(std::int32_t item, std::int32_t basis, const ItemState& s) {
    const std::int32_t closed = s.open_to > 0 ? to_ : s.last_fact;
    const std::int64_t t = static_cast<std::int64_t>(basis) + options_.incident_days + 1;
    if (t < from_ || t > closed) return;
    std::int32_t& first =
        first_incident_[static_cast<std::size_t>(store_.customer_of_item(item))];
    first = std::min(first, static_cast<std::int32_t>(t));
  }

  void ScanPayment(std::int32_t payment, CurrencyFacts& f) const {
    const auto p = static_cast<std::size_t>(payment);
    const std::int64_t amount = store_.payment_amount[p];
    if (store_.payment_value_date[p] >= from_) f.cash_received += amount;
    std::int64_t unapplied_to = amount;
    std::int64_t unapplied_before = amount;
    ForEachPaymentEvent(store_, payment, [&](const Event& e) {
      if (e.date > to_) return;
      const std::int64_t delta = LedgerStore::PaymentDelta(e);
      unapplied_to += delta;
      if (e.date <= before_) unapplied_before += delta;
    });
    f.ending.credits -= unapplied_to;
    if (store_.payment_value_date[p] <= before_) f.beginning.credits -= unapplied_before;
  }

  // Disputed parts, item by item over the (sparse) disputed items.
  void ScanDisputes() {
    if (store_.disputes.empty()) return;  // spares building the index
    std::int32_t previous = -1;
    for (std::int32_t d : store_.disputes_by_item()) {
      const std::int32_t item = store_.disputes[static_cast<std::size_t>(d)].item;
      if (item == previous) continue;
      previous = item;
      const std::int32_t slot =
          selection_.slot[static_cast<std::size_t>(store_.item_account[static_cast<std::size_t>(item)])];
      if (slot < 0) continue;
      CurrencyFacts& f = facts_.currencies[static_cast<std::size_t>(slot)];
      f.beginning.disputed += DisputedAsOf(item, before_);
      f.ending.disputed += DisputedAsOf(item, to_);
    }
  }

  std::int64_t DisputedAsOf(std::int32_t item, std::int32_t as_of) const {
    return store_.DisputedAsOf(item, as_of, store_.OpenAsOf(item, as_of));
  }

  // Purchases after each customer's first incident of the period.
  void CountRetention() {
    std::vector<char> retained(first_incident_.size(), 0);
    const std::int64_t window = options_.retention_window_days;
    ForEachSelectedItem(store_, selection_, [&](std::int32_t item, std::int32_t) {
      const auto i = static_cast<std::size_t>(item);
      if (!IsPurchase(store_.item_kind[i])) return;
      const auto c = static_cast<std::size_t>(store_.customer_of_item(item));
      const std::int64_t t = first_incident_[c];
      const std::int32_t document = store_.item_document_date[i];
      if (t == kNever || document <= t || document > t + window || document > to_) return;
      retained[c] = 1;
    });
    RetentionFacts& r = facts_.retention;
    for (std::size_t c = 0; c < first_incident_.size(); ++c) {
      const std::int64_t t = first_incident_[c];
      if (t == kNever) continue;
      if (retained[c]) {
        ++r.retained;
      } else if (t + window <= to_) {
        ++r.lost;
      } else {
        ++r.undecided;
      }
    }
  }

  const LedgerStore& store_;
  const AccountSelection& selection_;
  const KpiOptions& options_;
  const std::int32_t from_;
  const std::int32_t to_;
  const std::int32_t before_;
  CountbackSteps steps_;
  KpiFacts facts_;
  std::vector<std::int32_t> first_incident_;  // per customer
};

}  // namespace

KpiFacts ScanKpiFacts(const LedgerStore& store, const AccountSelection& selection,
                      const KpiOptions& options) {
  return KpiScan(store, selection, options).Run();
}

}  // namespace relance::kpi_internal
