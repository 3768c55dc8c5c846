// The bound checks of a mutation's dated changes (ledger.h, "Invariants"),
// and which row of a bulk call an error names when several rows together
// break a bound: the one that tips it over (FirstRowBreach).

#include <algorithm>
#include <string>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/str_cat.h"
#include "ledger_internal.h"
#include "ledger_matching_internal.h"
#include "ledger_store.h"
#include "relance/decimal.h"

namespace relance::ledger_internal {
namespace {

// One change of an item's open amount or of a payment's unapplied amount.
struct Change {
  std::int32_t date;
  std::int32_t row;  // the row of the call that made it; -1: an older event
  std::int64_t delta;
};

// An item or a payment, with the bounds of its open (unapplied) amount.
struct Subject {
  bool is_payment;
  std::int32_t index;
  std::int64_t amount;  // where the running amount starts
  std::int64_t low;
  std::int64_t high;
};

Subject ItemSubject(const LedgerStore& s, std::int32_t item) {
  const std::int64_t amount = s.item_amount[static_cast<std::size_t>(item)];
  return amount < 0 ? Subject{false, item, amount, amount, 0}
                    : Subject{false, item, amount, 0, amount};
}

Subject PaymentSubject(const LedgerStore& s, std::int32_t payment) {
  const std::int64_t amount = s.payment_amount[static_cast<std::size_t>(payment)];
  return {true, payment, amount, 0, amount};
}

// The change event `e` makes to the subject (its target, or its source).
std::int64_t DeltaOf(const LedgerStore& s, const Subject& x, const Event& e) {
  return x.is_payment ? LedgerStore::PaymentDelta(e) : s.ItemDelta(e, x.index);
}

// The subject's changes sorted by date, those of events first_event ..
// first_event + rows - 1 labelled with their row.
void SortedChanges(const LedgerStore& s, const Subject& x, std::size_t first_event,
                   std::size_t rows, std::vector<Change>* out) {
  out->clear();
  std::int32_t e = x.is_payment ? s.payment_first_event[static_cast<std::size_t>(x.index)]
                                : s.item_first_event[static_cast<std::size_t>(x.index)];
  while (e >= 0) {
    const auto index = static_cast<std::size_t>(e);
    const Event& ev = s.events[index];
    const bool in_call = index >= first_event && index - first_event < rows;
    // Rows fit in int32: each linked an event, and events are int32-indexed.
    out->push_back({ev.date, in_call ? static_cast<std::int32_t>(index - first_event) : -1,
                    DeltaOf(s, x, ev)});
    e = !x.is_payment && ev.item == x.index ? ev.next_item : ev.next_source;
  }
  std::sort(out->begin(), out->end(),
            [](const Change& a, const Change& b) { return a.date < b.date; });
}

struct OutOfBounds {
  std::int32_t date;
  int128 amount;
};

// The first date at whose end the running amount, over the older changes
// and those of rows <= last_row, is outside the subject's bounds. The sum
// is wide: rows of huge amounts must not wrap around into the bounds.
std::optional<OutOfBounds> FirstOutOfBounds(const Subject& x, const std::vector<Change>& by_date,
                                            std::int64_t last_row) {
  int128 value = x.amount;
  for (std::size_t k = 0; k < by_date.size(); ++k) {
    if (by_date[k].row <= last_row) value += by_date[k].delta;
    const bool last_of_day = k + 1 == by_date.size() || by_date[k + 1].date != by_date[k].date;
    if (last_of_day && (value < x.low || value > x.high)) {
      return OutOfBounds{by_date[k].date, value};
    }
  }
  return std::nullopt;
}

// The breach of a subject out of bounds with all the call's rows: the
// earliest row whose prefix of the call puts it out (bisection over its
// rows; see FirstRowBreach for why a prefix that breaks stays broken).
RowBreach TippingRow(const LedgerStore& s, const Subject& x, const std::vector<Change>& by_date,
                     std::size_t first_event) {
  std::vector<std::int32_t> rows;
  for (const Change& c : by_date) {
    if (c.row >= 0) rows.push_back(c.row);
  }
  std::sort(rows.begin(), rows.end());
  std::size_t lo = 0, hi = rows.size() - 1;  // rows[hi] breaks
  while (lo < hi) {
    const std::size_t mid = lo + (hi - lo) / 2;
    if (FirstOutOfBounds(x, by_date, rows[mid])) {
      hi = mid;
    } else {
      lo = mid + 1;
    }
  }
  const OutOfBounds out = *FirstOutOfBounds(x, by_date, rows[lo]);
  const Event& ev = s.events[first_event + static_cast<std::size_t>(rows[lo])];
  const std::int64_t own = ev.date <= out.date ? DeltaOf(s, x, ev) : 0;
  // Rows before the tipping one keep the amount within bounds on that date,
  // and the tipping row changes it by one amount of the same sign as its
  // step out of them: both amounts fit in int64.
  const auto amount = static_cast<std::int64_t>(out.amount);
  return {static_cast<std::size_t>(rows[lo]), x.is_payment, x.index, out.date, amount,
          amount - own};
}

// Whether `a` is named before `b`: the earlier row, then the row's item
// before its source.
bool NamedFirst(const LedgerStore& s, std::size_t first_event, const RowBreach& a,
                const RowBreach& b) {
  if (a.row != b.row) return a.row < b.row;
  const Event& ev = s.events[first_event + a.row];
  return !a.is_payment && a.index == ev.item;
}

}  // namespace

std::optional<RowBreach> FirstRowBreach(const LedgerStore& s, std::size_t first_event,
                                        std::size_t rows) {
  absl::flat_hash_set<std::int32_t> checked_items, checked_payments;
  std::vector<Change> changes;
  std::optional<RowBreach> first;
  const auto check = [&](const Subject& x) {
    auto& checked = x.is_payment ? checked_payments : checked_items;
    if (!checked.insert(x.index).second) return;
    SortedChanges(s, x, first_event, rows, &changes);
    if (!FirstOutOfBounds(x, changes, static_cast<std::int64_t>(rows))) return;
    const RowBreach b = TippingRow(s, x, changes, first_event);
    if (!first || NamedFirst(s, first_event, b, *first)) first = b;
  };
  // A subject first touched by row r is tipped over by row r or a later
  // one: once a breach at row t is known, subjects first touched after t
  // need no check.
  for (std::size_t r = 0; r < rows && (!first || r <= first->row); ++r) {
    const Event& e = s.events[first_event + r];
    check(ItemSubject(s, e.item));
    if (e.source >= 0) {
      check(e.source_is_payment ? PaymentSubject(s, e.source) : ItemSubject(s, e.source));
    }
  }
  return first;
}

absl::Status BreachError(const LedgerStore& s, std::size_t first_event, const RowBreach& breach,
                         bool bulk) {
  const Event& ev = s.events[first_event + breach.row];
  const Currency currency = s.currency_of_item(ev.item);
  const auto money = [currency](std::int64_t minor) { return MoneyText(minor, currency); };
  // The calls that check bounds link allocations, write-offs or one reversal.
  const std::string change =
      ev.kind == EventKind::kAllocation
          ? absl::StrCat("allocation of ", money(ev.amount), " on ", DateText(ev.date),
                         breach.is_payment ? " takes more than is unapplied: "
                                           : " takes more than is open: ")
      : ev.kind == EventKind::kWriteOff
          ? absl::StrCat("write-off of ", money(ev.amount), " on ", DateText(ev.date),
                         " takes more than is open: ")
          : absl::StrCat("reversal of allocation ", ev.allocation, " on ", DateText(ev.date),
                         " gives back more than was taken: ");
  const std::string what =
      breach.is_payment
          ? absl::StrCat("payment ", Quoted(s.payment_ids.Get(breach.index)), " would have ",
                         money(breach.amount), " unapplied on ", DateText(breach.date))
          : absl::StrCat(s.is_credit_note(breach.index) ? "credit note " : "item ",
                         Quoted(s.item_ids.Get(breach.index)), " would have an open amount of ",
                         money(breach.amount), " on ", DateText(breach.date));
  const std::int64_t amount = breach.is_payment
                                  ? s.payment_amount[static_cast<std::size_t>(breach.index)]
                                  : s.item_amount[static_cast<std::size_t>(breach.index)];
  const std::string text = absl::StrCat(
      change, what, " (", money(breach.before), breach.is_payment ? " unapplied" : " open",
      bulk ? " on that date before this row; amount " : " on that date without it; amount ",
      money(amount), ")");
  return bulk ? RowError(ErrorCode::kInvalidArgument, breach.row, text)
              : MakeError(ErrorCode::kInvalidArgument, text);
}

}  // namespace relance::ledger_internal
