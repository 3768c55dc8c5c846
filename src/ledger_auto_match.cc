// Automatic matching (Ledger::AutoMatch, ledger.h): by reference, by exact
// amount, then oldest due date first, per customer and currency.

#include <algorithm>
#include <string_view>
#include <tuple>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "ledger_store.h"
#include "relance/ledger.h"

namespace relance {
namespace {

// An amount over time: its starting amount and its dated changes, sorted
// by date. For a debit item, its open amount; for a credit note, minus its
// open amount; for a payment, its unapplied amount.
struct Chain {
  std::int64_t amount = 0;
  std::vector<std::pair<std::int32_t, std::int64_t>> deltas;  // (date, change)

  // min over t >= from of the running amount (amount + deltas dated <= t):
  // what can still be taken on `from` without going below 0 at any later
  // date. Never decreases as `from` moves later.
  std::int64_t RoomFrom(std::int32_t from) const {
    std::int64_t value = amount;
    std::size_t k = 0;
    for (; k < deltas.size() && deltas[k].first <= from; ++k) value += deltas[k].second;
    std::int64_t low = value;
    for (; k < deltas.size(); ++k) {
      value += deltas[k].second;
      low = std::min(low, value);
    }
    return low;
  }
};

Chain ItemChain(const LedgerStore& s, std::int32_t i) {
  Chain c;
  s.ItemChanges(i, &c.deltas);
  c.amount = s.item_amount[static_cast<std::size_t>(i)];
  if (c.amount < 0) {  // a credit note: its room is minus its open amount
    c.amount = -c.amount;
    for (auto& d : c.deltas) d.second = -d.second;
  }
  std::sort(c.deltas.begin(), c.deltas.end());
  return c;
}

Chain PaymentChain(const LedgerStore& s, std::int32_t p) {
  Chain c;
  s.PaymentChanges(p, &c.deltas);
  c.amount = s.payment_amount[static_cast<std::size_t>(p)];
  std::sort(c.deltas.begin(), c.deltas.end());
  return c;
}

// The earliest date from `from` on at which both chains have room, less
// what this run has taken from each, and that room; {from, <= 0} when
// there is none. Rooms only grow as the date moves later, and only change
// on the chains' dates, so those are the candidates: a later date matters
// when what was there on `from` was allocated and has been freed since (a
// reversal).
std::pair<std::int32_t, std::int64_t> EarliestRoom(const Chain& source, std::int64_t source_taken,
                                                   const Chain& item, std::int64_t item_taken,
                                                   std::int32_t from) {
  std::vector<std::int32_t> dates = {from};
  for (const Chain* c : {&source, &item}) {
    for (const auto& d : c->deltas) {
      if (d.first > from) dates.push_back(d.first);
    }
  }
  std::sort(dates.begin(), dates.end());
  dates.erase(std::unique(dates.begin(), dates.end()), dates.end());
  for (std::int32_t date : dates) {
    const std::int64_t room =
        std::min(source.RoomFrom(date) - source_taken, item.RoomFrom(date) - item_taken);
    if (room > 0) return {date, room};
  }
  return {from, 0};
}

struct Source {
  std::int32_t date;
  bool is_payment;
  std::int32_t index;
  std::string_view id;
  std::string_view reference;
};

}  // namespace

absl::StatusOr<std::vector<Allocation>> Ledger::AutoMatch() {
  const LedgerStore& s = *store_;
  const LedgerStore::AccountMembers& index = s.account_members();
  std::vector<AllocationSource> kinds;
  std::vector<std::string_view> source_ids, item_ids;
  std::vector<std::int64_t> amounts;
  std::vector<Date> dates;
  // Amounts taken in this run, subtracted from every later room (a safe
  // bound whatever the dates).
  absl::flat_hash_map<std::int32_t, std::int64_t> taken_item, taken_payment;

  for (std::size_t a = 0; a < s.account_customer.size(); ++a) {
    std::vector<Source> sources;
    std::vector<std::int32_t> debits;
    for (std::int32_t k = index.payment_offsets[a]; k < index.payment_offsets[a + 1]; ++k) {
      const std::int32_t p = index.payments[static_cast<std::size_t>(k)];
      if (s.payment_unapplied[static_cast<std::size_t>(p)] > 0) {
        sources.push_back({s.payment_value_date[static_cast<std::size_t>(p)], true, p,
                           s.payment_ids.Get(p), s.payment_references.Get(static_cast<std::size_t>(p))});
      }
    }
    for (std::int32_t k = index.item_offsets[a]; k < index.item_offsets[a + 1]; ++k) {
      const std::int32_t i = index.items[static_cast<std::size_t>(k)];
      const auto iu = static_cast<std::size_t>(i);
      if (s.item_open[iu] < 0) {
        sources.push_back({s.item_document_date[iu], false, i, s.item_ids.Get(i),
                           s.item_references.Get(iu)});
      } else if (s.item_open[iu] > 0) {
        debits.push_back(i);
      }
    }
    if (sources.empty() || debits.empty()) continue;
    std::sort(sources.begin(), sources.end(), [](const Source& x, const Source& y) {
      // By date; payments before credit notes of the same date; then insertion.
      const bool x_note = !x.is_payment, y_note = !y.is_payment;
      return std::tie(x.date, x_note, x.index) < std::tie(y.date, y_note, y.index);
    });
    const auto basis = [&s](std::int32_t i) {
      const auto iu = static_cast<std::size_t>(i);
      return s.item_due_date[iu] != kNoDate.days() ? s.item_due_date[iu] : s.item_document_date[iu];
    };
    std::sort(debits.begin(), debits.end(), [&](std::int32_t x, std::int32_t y) {
      return std::make_tuple(basis(x), s.item_document_date[static_cast<std::size_t>(x)], x) <
             std::make_tuple(basis(y), s.item_document_date[static_cast<std::size_t>(y)], y);
    });
    for (const Source& src : sources) {
      std::int64_t& src_taken = src.is_payment ? taken_payment[src.index] : taken_item[src.index];
      const Chain source = src.is_payment ? PaymentChain(s, src.index) : ItemChain(s, src.index);
      // What is unapplied now (the room at the end of time).
      std::int64_t left = source.RoomFrom(INT32_MAX) - src_taken;
      // Takes up to `want` from item i, on the later of the source's date
      // and the item's document date, or later when there is no room then;
      // returns what was taken.
      const auto take = [&](std::int32_t i, std::int64_t want) -> std::int64_t {
        const auto [date, room] =
            EarliestRoom(source, src_taken, ItemChain(s, i), taken_item[i],
                         std::max(src.date, s.item_document_date[static_cast<std::size_t>(i)]));
        const std::int64_t amount = std::min(want, room);
        if (amount <= 0) return 0;
        kinds.push_back(src.is_payment ? AllocationSource::kPayment : AllocationSource::kCreditNote);
        source_ids.push_back(src.id);
        item_ids.push_back(s.item_ids.Get(i));
        amounts.push_back(amount);
        dates.push_back(Date::FromDays(date));
        taken_item[i] += amount;
        src_taken += amount;
        return amount;
      };
      const auto remaining = [&](std::int32_t i) {
        return s.item_open[static_cast<std::size_t>(i)] - taken_item[i];
      };
      // (1) by reference.
      if (!src.reference.empty()) {
        for (std::int32_t i : debits) {
          if (left <= 0) break;
          if (remaining(i) > 0 && (s.item_ids.Get(i) == src.reference ||
                                   s.item_references.Get(static_cast<std::size_t>(i)) == src.reference)) {
            left -= take(i, left);
          }
        }
      }
      // (2) an item whose open amount is exactly what is left.
      if (left > 0) {
        for (std::int32_t i : debits) {
          if (remaining(i) == left) {
            left -= take(i, left);
            break;
          }
        }
      }
      // (3) oldest due date first.
      for (std::int32_t i : debits) {
        if (left <= 0) break;
        if (remaining(i) > 0) left -= take(i, std::min(left, remaining(i)));
      }
    }
  }
  AllocationRows rows;
  rows.sources = kinds;
  rows.source_ids = source_ids;
  rows.item_ids = item_ids;
  rows.amounts = amounts;
  rows.dates = dates;
  absl::StatusOr<std::int64_t> first = AddAllocations(rows);
  if (!first.ok()) return first.status();
  std::vector<Allocation> made;
  made.reserve(amounts.size());
  for (std::size_t k = 0; k < amounts.size(); ++k) {
    absl::StatusOr<Allocation> al = GetAllocation(*first + static_cast<std::int64_t>(k));
    if (!al.ok()) return al.status();
    made.push_back(*std::move(al));
  }
  return made;
}

}  // namespace relance
