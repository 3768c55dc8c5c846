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

// min over t >= from of the running amount of a chain (amount + deltas dated
// <= t): what can still be taken on `from` without leaving 0 at any later
// date. Deltas are (date, change).
std::int64_t MinFrom(std::vector<std::pair<std::int32_t, std::int64_t>>& deltas,
                     std::int64_t amount, std::int32_t from) {
  std::sort(deltas.begin(), deltas.end());
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

// The distance to the bound of the open amount of item i (toward 0) or of
// the unapplied amount of payment p, over every date from `from` on.
std::int64_t ItemRoom(const LedgerStore& s, std::int32_t i, std::int32_t from) {
  std::vector<std::pair<std::int32_t, std::int64_t>> deltas;
  s.ItemChanges(i, &deltas);
  const std::int64_t amount = s.item_amount[static_cast<std::size_t>(i)];
  if (amount > 0) return MinFrom(deltas, amount, from);
  for (auto& d : deltas) d.second = -d.second;  // a credit note: room = -open
  return MinFrom(deltas, -amount, from);
}

std::int64_t PaymentRoom(const LedgerStore& s, std::int32_t p, std::int32_t from) {
  std::vector<std::pair<std::int32_t, std::int64_t>> deltas;
  s.PaymentChanges(p, &deltas);
  return MinFrom(deltas, s.payment_amount[static_cast<std::size_t>(p)], from);
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
      std::int64_t left = (src.is_payment ? PaymentRoom(s, src.index, src.date)
                                          : ItemRoom(s, src.index, src.date)) - src_taken;
      // Takes up to `want` from item i; returns what was taken.
      const auto take = [&](std::int32_t i, std::int64_t want) -> std::int64_t {
        const std::int32_t date = std::max(src.date, s.item_document_date[static_cast<std::size_t>(i)]);
        std::int64_t room = ItemRoom(s, i, date) - taken_item[i];
        if (date > src.date) {  // the source's room from the later date
          room = std::min(room, (src.is_payment ? PaymentRoom(s, src.index, date)
                                                : ItemRoom(s, src.index, date)) - src_taken);
        }
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
