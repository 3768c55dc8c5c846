// The ledger's dated changes: allocations and their reversal, write-offs,
// disputes (ledger.h). Events are linked, checked against the bounds of
// every item and payment they touch at every date (ledger_matching_bounds.cc
// finds the row that breaks one), and unlinked on failure.

#include <algorithm>
#include <utility>
#include <vector>

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

}  // namespace ledger_internal

using ledger_internal::BreachError;
using ledger_internal::EventBatch;
using ledger_internal::FirstRowBreach;

namespace {

// Resolves row r's source: a payment, or an item that must be a credit note.
absl::StatusOr<std::int32_t> AllocationSourceOf(const LedgerStore& s, const AllocationRows& rows,
                                                std::size_t r, bool* from_payment) {
  const AllocationSource kind = rows.sources.empty() ? AllocationSource::kPayment : rows.sources[r];
  *from_payment = kind == AllocationSource::kPayment;
  if (!*from_payment && kind != AllocationSource::kCreditNote) {
    return RowError(ErrorCode::kInvalidArgument, r,
                    absl::StrCat("invalid allocation source ", static_cast<int>(kind)));
  }
  const std::string_view source_id = rows.source_ids[r];
  const std::int32_t source =
      *from_payment ? s.payment_ids.Find(source_id) : s.item_ids.Find(source_id);
  if (source < 0) {
    return RowError(ErrorCode::kNotFound, r,
                    absl::StrCat("unknown ", *from_payment ? "payment " : "credit note ",
                                 Quoted(source_id)));
  }
  if (!*from_payment && !s.is_credit_note(source)) {
    return RowError(ErrorCode::kInvalidArgument, r,
                    absl::StrCat("item ", Quoted(source_id), " is of kind ",
                                 AbslView(ItemKindName(s.item_kind[static_cast<std::size_t>(
                                     source)])),
                                 ", not a credit note"));
  }
  return source;
}

// The debit item `id` named by row r, or the row's error: kNotFound for an
// unknown id, kInvalidArgument for a credit note ("... is a credit note;
// <advice>").
absl::StatusOr<std::int32_t> DebitItemOfRow(const LedgerStore& s, std::string_view id,
                                            std::size_t r, std::string_view advice) {
  const std::int32_t item = s.item_ids.Find(id);
  if (item < 0) return RowError(ErrorCode::kNotFound, r, absl::StrCat("unknown item ", Quoted(id)));
  if (s.is_credit_note(item)) {
    return RowError(ErrorCode::kInvalidArgument, r,
                    absl::StrCat("item ", Quoted(id), " is a credit note; ", AbslView(advice)));
  }
  return item;
}

// Resolves row r's item: a debit item of the source's customer and currency.
absl::StatusOr<std::int32_t> AllocationItemOf(const LedgerStore& s, const AllocationRows& rows,
                                              std::size_t r, std::int32_t source_account) {
  const absl::StatusOr<std::int32_t> found =
      DebitItemOfRow(s, rows.item_ids[r], r, "allocate it to a debit item instead");
  if (!found.ok()) return found.status();
  const std::int32_t item = *found;
  const auto sa = static_cast<std::size_t>(source_account);
  const auto ia = static_cast<std::size_t>(s.item_account[static_cast<std::size_t>(item)]);
  if (s.account_customer[sa] != s.account_customer[ia]) {
    return RowError(ErrorCode::kInvalidArgument, r,
                    absl::StrCat(Quoted(rows.source_ids[r]), " of customer ",
                                 Quoted(s.customer_ids.Get(s.account_customer[sa])),
                                 " cannot settle item ", Quoted(rows.item_ids[r]), " of customer ",
                                 Quoted(s.customer_ids.Get(s.account_customer[ia]))));
  }
  if (!(s.account_currency[sa] == s.account_currency[ia])) {
    return RowError(ErrorCode::kCurrencyMismatch, r,
                    absl::StrCat(Quoted(rows.source_ids[r]), " is in ",
                                 AbslView(s.account_currency[sa].code()), ", item ",
                                 Quoted(rows.item_ids[r]), " in ",
                                 AbslView(s.account_currency[ia].code())));
  }
  return item;
}

// Row r of AddAllocations as an event (allocation number and links unset),
// or the error of the row on its own (not counting the bounds).
absl::StatusOr<Event> AllocationEvent(const LedgerStore& s, const AllocationRows& rows,
                                      std::size_t r) {
  bool from_payment = true;
  const absl::StatusOr<std::int32_t> source = AllocationSourceOf(s, rows, r, &from_payment);
  if (!source.ok()) return source.status();
  const auto su = static_cast<std::size_t>(*source);
  const absl::StatusOr<std::int32_t> item = AllocationItemOf(
      s, rows, r, from_payment ? s.payment_account[su] : s.item_account[su]);
  if (!item.ok()) return item.status();
  if (rows.amounts[r] <= 0) {
    return RowError(ErrorCode::kInvalidArgument, r,
                    absl::StrCat("allocation amount ",
                                 MoneyText(rows.amounts[r], s.currency_of_item(*item)),
                                 " must be positive"));
  }
  const std::int32_t date = rows.dates[r].days();
  const std::int32_t source_date =
      from_payment ? s.payment_value_date[su] : s.item_document_date[su];
  const std::int32_t item_date = s.item_document_date[static_cast<std::size_t>(*item)];
  if (date < source_date || date < item_date) {
    const bool source_later = source_date >= item_date;
    return RowError(ErrorCode::kInvalidArgument, r,
                    absl::StrCat("allocation dated ", DateText(date), " is before ",
                                 Quoted(source_later ? rows.source_ids[r] : rows.item_ids[r]),
                                 " (dated ", DateText(source_later ? source_date : item_date),
                                 ")"));
  }
  Event e{};
  e.date = date;
  e.kind = EventKind::kAllocation;
  e.source_is_payment = from_payment;
  e.item = *item;
  e.source = *source;
  e.amount = rows.amounts[r];
  e.text = -1;
  return e;
}

// The error of a bulk call whose rows before `rows` are linked in `batch`
// (one event each): the first of those rows that breaks a bound, else
// `row_error` (the error of row `rows` on its own; OK when all rows passed).
absl::Status FirstRowError(const LedgerStore& s, const EventBatch& batch, std::size_t rows,
                           absl::Status row_error) {
  if (auto b = FirstRowBreach(s, batch.first_event(), rows)) {
    return BreachError(s, batch.first_event(), *b, /*bulk=*/true);
  }
  return row_error;
}

}  // namespace

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
    absl::StatusOr<Event> e = AllocationEvent(s, rows, r);
    if (!e.ok()) return FirstRowError(s, batch, r, e.status());
    e->allocation = static_cast<std::int32_t>(s.allocation_event.size());
    s.allocation_event.push_back(batch.Link(*e));
    s.reversal_event.push_back(-1);
  }
  if (absl::Status st = FirstRowError(s, batch, n, absl::OkStatus()); !st.ok()) return st;
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
  // A reversal only gives back, so this cannot fail; checked anyway.
  if (auto b = FirstRowBreach(s, batch.first_event(), 1)) {
    return BreachError(s, batch.first_event(), *b, /*bulk=*/false);
  }
  batch.Commit();
  s.reversal_event[a] = event;
  return absl::OkStatus();
}

namespace {

// Row r of AddWriteOffs as an event (links and reason unset), or the
// error of the row on its own (not counting the bounds).
absl::StatusOr<Event> WriteOffEvent(const LedgerStore& s, const WriteOffRows& rows,
                                    std::size_t r) {
  const absl::StatusOr<std::int32_t> found =
      DebitItemOfRow(s, rows.item_ids[r], r, "only debit items are written off");
  if (!found.ok()) return found.status();
  const std::int32_t item = *found;
  if (rows.amounts[r] <= 0) {
    return RowError(ErrorCode::kInvalidArgument, r,
                    absl::StrCat("write-off amount ",
                                 MoneyText(rows.amounts[r], s.currency_of_item(item)),
                                 " must be positive"));
  }
  const std::int32_t doc = s.item_document_date[static_cast<std::size_t>(item)];
  if (rows.dates[r].days() < doc) {
    return RowError(ErrorCode::kInvalidArgument, r,
                    absl::StrCat("write-off dated ", rows.dates[r].ToString(), " is before item ",
                                 Quoted(rows.item_ids[r]), " (dated ", DateText(doc), ")"));
  }
  Event e{};
  e.date = rows.dates[r].days();
  e.kind = EventKind::kWriteOff;
  e.item = item;
  e.source = -1;
  e.amount = rows.amounts[r];
  e.allocation = -1;
  return e;
}

}  // namespace

absl::Status Ledger::AddWriteOffs(const WriteOffRows& rows) {
  LedgerStore& s = *store_;
  const std::size_t n = rows.item_ids.size();
  for (absl::Status st : {CheckColumn(rows.amounts, n, "amounts", true),
                          CheckColumn(rows.dates, n, "dates", true),
                          CheckColumn(rows.reasons, n, "reasons", false)}) {
    if (!st.ok()) return st;
  }
  EventBatch batch(s);
  for (std::size_t r = 0; r < n; ++r) {
    absl::StatusOr<Event> e = WriteOffEvent(s, rows, r);
    if (!e.ok()) return FirstRowError(s, batch, r, e.status());
    e->text = static_cast<std::int32_t>(s.event_texts.size());
    s.event_texts.Append(rows.reasons.empty() ? std::string_view() : rows.reasons[r]);
    batch.Link(*e);
  }
  if (absl::Status st = FirstRowError(s, batch, n, absl::OkStatus()); !st.ok()) return st;
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
      return RowError(ErrorCode::kNotFound, r,
                    absl::StrCat("unknown item ", Quoted(rows.item_ids[r])));
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
