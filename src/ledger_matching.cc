// The ledger's dated changes: allocations and their reversal, write-offs,
// disputes (ledger.h). Events are linked, checked against the bounds of
// every item and payment they touch at every date, and unlinked on failure.

#include <algorithm>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "ledger_internal.h"
#include "ledger_matching_internal.h"
#include "ledger_store.h"
#include "relance/ledger.h"

namespace relance {

using ledger_internal::CheckColumn;
using ledger_internal::DateText;
using ledger_internal::MoneyText;
using ledger_internal::Quoted;
using ledger_internal::RowError;

namespace ledger_internal {

EventBatch::EventBatch(LedgerStore& store)
    : s_(store),
      events_before_(store.events.size()),
      texts_before_(store.event_texts.size()),
      allocations_before_(store.allocation_event.size()) {}

EventBatch::~EventBatch() {
  if (!committed_) Rollback();
}

std::int32_t EventBatch::Link(Event e) {
  const auto index = static_cast<std::int32_t>(s_.events.size());
  auto& item_head = s_.item_first_event[static_cast<std::size_t>(e.item)];
  saved_.push_back({&item_head, item_head});
  e.next_item = item_head;
  item_head = index;
  e.next_source = -1;
  if (e.source >= 0) {
    auto& head = e.source_is_payment
                     ? s_.payment_first_event[static_cast<std::size_t>(e.source)]
                     : s_.item_first_event[static_cast<std::size_t>(e.source)];
    saved_.push_back({&head, head});
    e.next_source = head;
    head = index;
  }
  s_.events.push_back(e);
  return index;
}

void EventBatch::Rollback() {
  for (auto it = saved_.rbegin(); it != saved_.rend(); ++it) *it->head = it->value;
  s_.events.resize(events_before_);
  s_.event_texts.Truncate(texts_before_);
  s_.allocation_event.resize(allocations_before_);
  s_.reversal_event.resize(allocations_before_);
}

void EventBatch::Commit() {
  for (std::size_t e = events_before_; e < s_.events.size(); ++e) {
    const Event& ev = s_.events[e];
    s_.item_open[static_cast<std::size_t>(ev.item)] += s_.ItemDelta(ev, ev.item);
    if (ev.source >= 0) {
      if (ev.source_is_payment) {
        s_.payment_unapplied[static_cast<std::size_t>(ev.source)] += LedgerStore::PaymentDelta(ev);
      } else {
        s_.item_open[static_cast<std::size_t>(ev.source)] += s_.ItemDelta(ev, ev.source);
      }
    }
  }
  for (std::size_t e = events_before_; e < s_.events.size(); ++e) {
    if (s_.events[e].kind != EventKind::kPriorSettlement) {
      s_.max_event_date = std::max(s_.max_event_date, s_.events[e].date);
    }
  }
  committed_ = true;
  s_.Invalidate();
}

namespace {

// Running amounts over the dated deltas of one chain: the first date at
// which the amount leaves [low, high], if any.
std::optional<std::pair<std::int32_t, std::int64_t>> FirstBreach(
    std::vector<std::pair<std::int32_t, std::int64_t>>& deltas, std::int64_t start,
    std::int64_t low, std::int64_t high) {
  std::sort(deltas.begin(), deltas.end());
  std::int64_t value = start;
  for (std::size_t k = 0; k < deltas.size(); ++k) {
    value += deltas[k].second;
    const bool last_of_day = k + 1 == deltas.size() || deltas[k + 1].first != deltas[k].first;
    if (last_of_day && (value < low || value > high)) {
      return std::make_pair(deltas[k].first, value);
    }
  }
  return std::nullopt;
}

}  // namespace

std::optional<std::pair<std::int32_t, std::int64_t>> ItemBreach(const LedgerStore& s,
                                                                std::int32_t item) {
  std::vector<std::pair<std::int32_t, std::int64_t>> deltas;
  s.ItemChanges(item, &deltas);
  const std::int64_t amount = s.item_amount[static_cast<std::size_t>(item)];
  return amount < 0 ? FirstBreach(deltas, amount, amount, 0)
                    : FirstBreach(deltas, amount, 0, amount);
}

std::optional<std::pair<std::int32_t, std::int64_t>> PaymentBreach(const LedgerStore& s,
                                                                   std::int32_t payment) {
  std::vector<std::pair<std::int32_t, std::int64_t>> deltas;
  s.PaymentChanges(payment, &deltas);
  const std::int64_t amount = s.payment_amount[static_cast<std::size_t>(payment)];
  return FirstBreach(deltas, amount, 0, amount);
}

// The words for a breach of item `item` (or payment) found after row `row`.
absl::Status BreachError(const LedgerStore& s, std::size_t row, bool is_payment,
                         std::int32_t index, std::pair<std::int32_t, std::int64_t> breach) {
  const Currency currency =
      is_payment ? s.account_currency[static_cast<std::size_t>(
                       s.payment_account[static_cast<std::size_t>(index)])]
                 : s.currency_of_item(index);
  const std::string what =
      is_payment ? absl::StrCat("payment ", Quoted(s.payment_ids.Get(index)), " would have ",
                                MoneyText(breach.second, currency), " unapplied")
                 : absl::StrCat(s.is_credit_note(index) ? "credit note " : "item ",
                                Quoted(s.item_ids.Get(index)), " would have an open amount of ",
                                MoneyText(breach.second, currency));
  const std::int64_t amount = is_payment ? s.payment_amount[static_cast<std::size_t>(index)]
                                         : s.item_amount[static_cast<std::size_t>(index)];
  return RowError(ErrorCode::kInvalidArgument, row,
                  absl::StrCat(what, " on ", DateText(breach.first), " (amount ",
                               MoneyText(amount, currency),
                               "): more than is open on that date or later"));
}

}  // namespace ledger_internal

using ledger_internal::BreachError;
using ledger_internal::EventBatch;
using ledger_internal::ItemBreach;
using ledger_internal::PaymentBreach;

absl::StatusOr<std::int64_t> Ledger::AddAllocations(const AllocationRows& rows) {
  LedgerStore& s = *store_;
  const std::size_t n = rows.source_ids.size();
  for (absl::Status st : {CheckColumn(rows.sources, n, "sources", false),
                          CheckColumn(rows.item_ids, n, "item_ids", true),
                          CheckColumn(rows.amounts, n, "amounts", true),
                          CheckColumn(rows.dates, n, "dates", true)}) {
    if (!st.ok()) return st;
  }
  const auto first = static_cast<std::int64_t>(s.allocation_event.size());
  EventBatch batch(s);
  for (std::size_t r = 0; r < n; ++r) {
    const AllocationSource kind = rows.sources.empty() ? AllocationSource::kPayment : rows.sources[r];
    const bool from_payment = kind == AllocationSource::kPayment;
    if (!from_payment && kind != AllocationSource::kCreditNote) {
      return RowError(ErrorCode::kInvalidArgument, r,
                      absl::StrCat("invalid allocation source ", static_cast<int>(kind)));
    }
    const std::string_view source_id = rows.source_ids[r];
    const std::int32_t source =
        from_payment ? s.payment_ids.Find(source_id) : s.item_ids.Find(source_id);
    if (source < 0) {
      return RowError(ErrorCode::kNotFound, r,
                      absl::StrCat("unknown ", from_payment ? "payment " : "credit note ",
                                   Quoted(source_id)));
    }
    if (!from_payment && !s.is_credit_note(source)) {
      return RowError(ErrorCode::kInvalidArgument, r,
                      absl::StrCat("item ", Quoted(source_id), " is of kind ",
                                   AbslView(ItemKindName(s.item_kind[static_cast<std::size_t>(source)])),
                                   ", not a credit note"));
    }
    const std::int32_t item = s.item_ids.Find(rows.item_ids[r]);
    if (item < 0) {
      return RowError(ErrorCode::kNotFound, r,
                      absl::StrCat("unknown item ", Quoted(rows.item_ids[r])));
    }
    if (s.is_credit_note(item)) {
      return RowError(ErrorCode::kInvalidArgument, r,
                      absl::StrCat("item ", Quoted(rows.item_ids[r]),
                                   " is a credit note; allocate it to a debit item instead"));
    }
    const std::int32_t source_account =
        from_payment ? s.payment_account[static_cast<std::size_t>(source)]
                     : s.item_account[static_cast<std::size_t>(source)];
    const std::int32_t item_account = s.item_account[static_cast<std::size_t>(item)];
    const auto sa = static_cast<std::size_t>(source_account);
    const auto ia = static_cast<std::size_t>(item_account);
    if (s.account_customer[sa] != s.account_customer[ia]) {
      return RowError(ErrorCode::kInvalidArgument, r,
                      absl::StrCat(Quoted(source_id), " of customer ",
                                   Quoted(s.customer_ids.Get(s.account_customer[sa])),
                                   " cannot settle item ", Quoted(rows.item_ids[r]),
                                   " of customer ",
                                   Quoted(s.customer_ids.Get(s.account_customer[ia]))));
    }
    if (!(s.account_currency[sa] == s.account_currency[ia])) {
      return RowError(ErrorCode::kCurrencyMismatch, r,
                      absl::StrCat(Quoted(source_id), " is in ", AbslView(s.account_currency[sa].code()),
                                   ", item ", Quoted(rows.item_ids[r]), " in ",
                                   AbslView(s.account_currency[ia].code())));
    }
    const Currency currency = s.account_currency[ia];
    if (rows.amounts[r] <= 0) {
      return RowError(ErrorCode::kInvalidArgument, r,
                      absl::StrCat("allocation amount ", MoneyText(rows.amounts[r], currency),
                                   " must be positive"));
    }
    const std::int32_t date = rows.dates[r].days();
    const std::int32_t source_date = from_payment
                                         ? s.payment_value_date[static_cast<std::size_t>(source)]
                                         : s.item_document_date[static_cast<std::size_t>(source)];
    const std::int32_t item_date = s.item_document_date[static_cast<std::size_t>(item)];
    if (date < source_date || date < item_date) {
      const bool source_later = source_date >= item_date;
      return RowError(ErrorCode::kInvalidArgument, r,
                      absl::StrCat("allocation dated ", DateText(date), " is before ",
                                   source_later ? Quoted(source_id) : Quoted(rows.item_ids[r]),
                                   " (dated ", DateText(source_later ? source_date : item_date),
                                   ")"));
    }
    Event e{};
    e.date = date;
    e.kind = EventKind::kAllocation;
    e.source_is_payment = from_payment;
    e.item = item;
    e.source = source;
    e.amount = rows.amounts[r];
    e.allocation = static_cast<std::int32_t>(s.allocation_event.size());
    e.text = -1;
    s.allocation_event.push_back(batch.Link(e));
    s.reversal_event.push_back(-1);
  }
  // Bounds, in row order, each item and source once.
  absl::flat_hash_set<std::int32_t> checked_items, checked_payments;
  for (std::size_t r = 0; r < n; ++r) {
    const Event& e = s.events[static_cast<std::size_t>(
        s.allocation_event[static_cast<std::size_t>(first) + r])];
    if (checked_items.insert(e.item).second) {
      if (auto b = ItemBreach(s, e.item)) return BreachError(s, r, false, e.item, *b);
    }
    if (e.source_is_payment) {
      if (checked_payments.insert(e.source).second) {
        if (auto b = PaymentBreach(s, e.source)) return BreachError(s, r, true, e.source, *b);
      }
    } else if (checked_items.insert(e.source).second) {
      if (auto b = ItemBreach(s, e.source)) return BreachError(s, r, false, e.source, *b);
    }
  }
  batch.Commit();
  return first;
}

absl::Status Ledger::ReverseAllocation(std::int64_t index, Date date) {
  LedgerStore& s = *store_;
  if (index < 0 || index >= static_cast<std::int64_t>(s.allocation_event.size())) {
    return MakeError(ErrorCode::kNotFound, absl::StrCat("no allocation ", index, " (the ledger has ",
                                                        s.allocation_event.size(), ")"));
  }
  const auto a = static_cast<std::size_t>(index);
  if (s.reversal_event[a] >= 0) {
    return MakeError(ErrorCode::kInvalidArgument,
                     absl::StrCat("allocation ", index, " was already reversed on ",
                                  DateText(s.events[static_cast<std::size_t>(s.reversal_event[a])].date)));
  }
  Event e = s.events[static_cast<std::size_t>(s.allocation_event[a])];
  if (date.days() < e.date) {
    return MakeError(ErrorCode::kInvalidArgument,
                     absl::StrCat("reversal of allocation ", index, " dated ", date.ToString(),
                                  " is before the allocation (", DateText(e.date), ")"));
  }
  EventBatch batch(s);
  e.kind = EventKind::kReversal;
  e.date = date.days();
  const std::int32_t event = batch.Link(e);
  if (auto b = ItemBreach(s, e.item)) return BreachError(s, 0, false, e.item, *b);
  if (e.source_is_payment) {
    if (auto b = PaymentBreach(s, e.source)) return BreachError(s, 0, true, e.source, *b);
  } else if (auto b = ItemBreach(s, e.source)) {
    return BreachError(s, 0, false, e.source, *b);
  }
  batch.Commit();
  s.reversal_event[a] = event;
  return absl::OkStatus();
}

absl::Status Ledger::AddWriteOffs(const WriteOffRows& rows) {
  LedgerStore& s = *store_;
  const std::size_t n = rows.item_ids.size();
  for (absl::Status st : {CheckColumn(rows.amounts, n, "amounts", true),
                          CheckColumn(rows.dates, n, "dates", true),
                          CheckColumn(rows.reasons, n, "reasons", false)}) {
    if (!st.ok()) return st;
  }
  EventBatch batch(s);
  std::vector<std::int32_t> items(n);
  for (std::size_t r = 0; r < n; ++r) {
    const std::int32_t item = s.item_ids.Find(rows.item_ids[r]);
    if (item < 0) {
      return RowError(ErrorCode::kNotFound, r, absl::StrCat("unknown item ", Quoted(rows.item_ids[r])));
    }
    if (s.is_credit_note(item)) {
      return RowError(ErrorCode::kInvalidArgument, r,
                      absl::StrCat("item ", Quoted(rows.item_ids[r]),
                                   " is a credit note; only debit items are written off"));
    }
    if (rows.amounts[r] <= 0) {
      return RowError(ErrorCode::kInvalidArgument, r,
                      absl::StrCat("write-off amount ",
                                   MoneyText(rows.amounts[r], s.currency_of_item(item)),
                                   " must be positive"));
    }
    const std::int32_t doc = s.item_document_date[static_cast<std::size_t>(item)];
    if (rows.dates[r].days() < doc) {
      return RowError(ErrorCode::kInvalidArgument, r,
                      absl::StrCat("write-off dated ", rows.dates[r].ToString(),
                                   " is before item ", Quoted(rows.item_ids[r]), " (dated ",
                                   DateText(doc), ")"));
    }
    Event e{};
    e.date = rows.dates[r].days();
    e.kind = EventKind::kWriteOff;
    e.item = item;
    e.source = -1;
    e.amount = rows.amounts[r];
    e.allocation = -1;
    e.text = static_cast<std::int32_t>(s.event_texts.size());
    s.event_texts.Append(rows.reasons.empty() ? std::string_view() : rows.reasons[r]);
    batch.Link(e);
    items[r] = item;
  }
  absl::flat_hash_set<std::int32_t> checked;
  for (std::size_t r = 0; r < n; ++r) {
    if (!checked.insert(items[r]).second) continue;
    if (auto b = ItemBreach(s, items[r])) return BreachError(s, r, false, items[r], *b);
  }
  batch.Commit();
  return absl::OkStatus();
}

absl::Status Ledger::AddDisputes(const DisputeRows& rows) {
  LedgerStore& s = *store_;
  const std::size_t n = rows.item_ids.size();
  for (absl::Status st : {CheckColumn(rows.amounts, n, "amounts", true),
                          CheckColumn(rows.raised, n, "raised", true),
                          CheckColumn(rows.cleared, n, "cleared", false)}) {
    if (!st.ok()) return st;
  }
  std::vector<LedgerStore::Dispute> added;
  added.reserve(n);
  for (std::size_t r = 0; r < n; ++r) {
    const std::int32_t item = s.item_ids.Find(rows.item_ids[r]);
    if (item < 0) {
      return RowError(ErrorCode::kNotFound, r, absl::StrCat("unknown item ", Quoted(rows.item_ids[r])));
    }
    if (s.is_credit_note(item)) {
      return RowError(ErrorCode::kInvalidArgument, r,
                      absl::StrCat("item ", Quoted(rows.item_ids[r]),
                                   " is a credit note; only debit items are disputed"));
    }
    const std::int64_t amount = s.item_amount[static_cast<std::size_t>(item)];
    if (rows.amounts[r] <= 0 || rows.amounts[r] > amount) {
      const Currency c = s.currency_of_item(item);
      return RowError(ErrorCode::kInvalidArgument, r,
                      absl::StrCat("disputed amount ", MoneyText(rows.amounts[r], c),
                                   " of item ", Quoted(rows.item_ids[r]),
                                   " must be positive and at most its amount ",
                                   MoneyText(amount, c)));
    }
    const std::int32_t raised = rows.raised[r].days();
    const std::int32_t cleared = rows.cleared.empty() ? kNoDate.days() : rows.cleared[r].days();
    const std::int32_t doc = s.item_document_date[static_cast<std::size_t>(item)];
    if (raised < doc) {
      return RowError(ErrorCode::kInvalidArgument, r,
                      absl::StrCat("dispute raised on ", DateText(raised), " is before item ",
                                   Quoted(rows.item_ids[r]), " (dated ", DateText(doc), ")"));
    }
    if (cleared != kNoDate.days() && cleared <= raised) {
      return RowError(ErrorCode::kInvalidArgument, r,
                      absl::StrCat("dispute on item ", Quoted(rows.item_ids[r]), " cleared on ",
                                   DateText(cleared), ", not after it was raised (",
                                   DateText(raised), ")"));
    }
    added.push_back({item, raised, cleared, rows.amounts[r]});
  }
  s.disputes.insert(s.disputes.end(), added.begin(), added.end());
  s.Invalidate();
  return absl::OkStatus();
}

}  // namespace relance
