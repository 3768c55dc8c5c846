// What an aging as of a past date undoes (aging_changes.h).

#include "aging_changes.h"

#include <algorithm>
#include <utility>

namespace relance {
namespace {

using Pairs = std::vector<std::pair<std::int32_t, std::int64_t>>;

}  // namespace

void CompactChanges(std::vector<std::pair<std::int32_t, std::int64_t>>& v) {
  // A least-significant-digit radix sort on 8-bit digits, as many as the
  // largest index needs (3 for ten million items): small bucket tables keep
  // the scatter within the caches. The histograms of all digits come from
  // one read.
  constexpr int kDigit = 8;
  constexpr std::size_t kBuckets = std::size_t{1} << kDigit;
  std::uint32_t largest = 0;
  for (const auto& x : v) largest = std::max(largest, static_cast<std::uint32_t>(x.first));
  int digits = 1;
  while (digits < 4 && (largest >> (kDigit * digits)) != 0) ++digits;
  std::vector<std::size_t> start(static_cast<std::size_t>(digits) * kBuckets, 0);
  for (const auto& x : v) {
    const auto index = static_cast<std::uint32_t>(x.first);
    for (int k = 0; k < digits; ++k) {
      ++start[static_cast<std::size_t>(k) * kBuckets + ((index >> (kDigit * k)) & (kBuckets - 1))];
    }
  }
  Pairs buffer(v.size());
  for (int k = 0; k < digits; ++k) {
    std::size_t* bucket = start.data() + static_cast<std::size_t>(k) * kBuckets;
    std::size_t sum = 0;
    for (std::size_t b = 0; b < kBuckets; ++b) sum += std::exchange(bucket[b], sum);
    for (const auto& x : v) {
      buffer[bucket[(static_cast<std::uint32_t>(x.first) >> (kDigit * k)) & (kBuckets - 1)]++] = x;
    }
    v.swap(buffer);
  }
  std::size_t out = 0;
  for (std::size_t k = 0; k < v.size(); ++k) {
    if (out > 0 && v[out - 1].first == v[k].first) {
      v[out - 1].second += v[k].second;
    } else {
      v[out++] = v[k];
    }
  }
  v.resize(out);
}

namespace {

// The (target, delta) of the changes in `list` dated after D, unsorted.
Pairs ChangesAfterDate(const LedgerStore::DatedChanges::List& list, std::int32_t d) {
  const auto first = static_cast<std::size_t>(
      std::upper_bound(list.dates.begin(), list.dates.end(), d) - list.dates.begin());
  Pairs out(list.dates.size() - first);
  for (std::size_t k = first; k < list.dates.size(); ++k) {
    out[k - first] = {list.targets[k], list.deltas[k]};
  }
  return out;
}

// The disputes active on D, as (item, disputed amount before the open-amount
// cap), sorted by item.
Pairs ActiveDisputes(const LedgerStore& s, std::int32_t d) {
  Pairs active;
  if (s.disputes.empty()) return active;
  const std::vector<std::int32_t>& order = s.disputes_by_item();
  active.reserve(order.size());
  for (std::size_t k = 0; k < order.size();) {
    const std::int32_t item = s.disputes[static_cast<std::size_t>(order[k])].item;
    const LedgerStore::Dispute* latest = nullptr;
    for (; k < order.size() && s.disputes[static_cast<std::size_t>(order[k])].item == item; ++k) {
      const LedgerStore::Dispute& x = s.disputes[static_cast<std::size_t>(order[k])];
      if (x.raised <= d) latest = &x;
    }
    if (latest != nullptr && (latest->cleared == kNoDate.days() || latest->cleared > d)) {
      active.emplace_back(item, latest->amount);
    }
  }
  return active;
}

}  // namespace

namespace {

ChangesAsOf Build(const LedgerStore& s, std::int32_t d) {
  ChangesAsOf out;
  Pairs corrections;
  if (s.max_event_date > d) {
    // One sequential read of the changes dated after D.
    const LedgerStore::DatedChanges& changes = s.dated_changes();
    corrections = ChangesAfterDate(changes.items, d);
    out.payments = ChangesAfterDate(changes.payments, d);
    CompactChanges(corrections);
    CompactChanges(out.payments);
  }
  const Pairs disputes = ActiveDisputes(s, d);
  out.items.reserve(corrections.size() + disputes.size() + 1);
  auto c = corrections.begin();
  auto x = disputes.begin();
  while (c != corrections.end() || x != disputes.end()) {
    const std::int32_t item = std::min(c != corrections.end() ? c->first : INT32_MAX,
                                       x != disputes.end() ? x->first : INT32_MAX);
    SparseItem entry{item, false, 0, 0};
    if (c != corrections.end() && c->first == item) entry.correction = (c++)->second;
    if (x != disputes.end() && x->first == item) {
      entry.disputed = true;
      entry.dispute = (x++)->second;
    }
    out.items.push_back(entry);
  }
  out.items.push_back({INT32_MAX, false, 0, 0});
  out.payments.emplace_back(INT32_MAX, 0);
  return out;
}

// The latest date of any fact that an as-of date can be before.
std::int32_t LatestFact(const LedgerStore& s) {
  std::int32_t latest = s.max_event_date;
  for (const LedgerStore::Dispute& x : s.disputes) {
    latest = std::max({latest, x.raised, x.cleared});
  }
  return latest;
}

}  // namespace

std::shared_ptr<const ChangesAsOf> ChangesAfter(const LedgerStore& s, std::int32_t d) {
  bool before_latest = false;
  {
    std::lock_guard<std::mutex> lock(s.current_changes_mutex);
    if (s.current_changes != nullptr) {
      if (d >= s.current_changes_from) return s.current_changes;
      before_latest = true;  // current_changes_from is the latest fact's date
    }
  }
  if (before_latest) return std::make_shared<const ChangesAsOf>(Build(s, d));
  const std::int32_t latest = LatestFact(s);  // a scan of the disputes
  if (d < latest) return std::make_shared<const ChangesAsOf>(Build(s, d));
  // Built outside the lock (Build takes the store's index lock).
  auto current = std::make_shared<const ChangesAsOf>(Build(s, latest));
  std::lock_guard<std::mutex> lock(s.current_changes_mutex);
  if (s.current_changes == nullptr) {
    s.current_changes = std::move(current);
    s.current_changes_from = latest;
  }
  return s.current_changes;
}

}  // namespace relance
