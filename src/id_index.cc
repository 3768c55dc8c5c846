// Internal: the hash index of an IdTable (id_index.h).

#include "id_index.h"

#include <algorithm>
#include <utility>

#include "absl/hash/hash.h"
#include "absl_bridge.h"

namespace relance::ledger_internal {
namespace {

constexpr int kMinBits = 4;
// Batches of at least this many ids are placed window by window; smaller
// ones one by one, in order.
constexpr std::size_t kSortedBatch = std::size_t{1} << 15;
// A window is 2^kWindowBits slots (64 KiB): it stays in the L2 cache while
// its ids are placed.
constexpr int kWindowBits = 14;
// At most 2^kMaxWindowCountBits windows: the scatter into them writes that
// many streams at once, which must stay few for the TLB.
constexpr int kMaxWindowCountBits = 11;

// The fewest bits whose table holds n ids at most 3/4 full.
int BitsFor(std::size_t n) {
  int bits = kMinBits;
  while ((std::size_t{3} << bits) / 4 < n) ++bits;
  return bits;
}

}  // namespace

std::uint64_t IdIndex::Hash(std::string_view id) {
  return absl::Hash<absl::string_view>{}(AbslView(id));
}

std::int32_t IdIndex::Find(const StringArena& ids, std::string_view id) const {
  if (size_ == 0) return -1;
  const std::uint64_t hash = Hash(id);
  const std::uint32_t tag = static_cast<std::uint32_t>(hash) & ~IndexMask();
  const std::size_t mask = capacity() - 1;
  for (std::size_t s = Home(hash);; s = (s + 1) & mask) {
    const std::uint32_t slot = slots_[s];
    if (slot == 0) return -1;
    if ((slot & ~IndexMask()) == tag && ids.Get(PositionIn(slot)) == id) {
      return static_cast<std::int32_t>(PositionIn(slot));
    }
  }
}

void IdIndex::Prefetch(std::string_view id) const {
  if (!slots_.empty()) __builtin_prefetch(&slots_[Home(Hash(id))]);
}

std::int64_t IdIndex::AddRange(const StringArena& ids) {
  const std::size_t from = size_;
  const std::size_t to = ids.size();
  if (to <= from) return -1;
  if (to > capacity() / 4 * 3) Rehash(ids, BitsFor(to));
  size_ = to;
  const std::int64_t duplicate = to - from >= kSortedBatch
                                     ? PlaceSorted(ids, from, to, /*check_duplicates=*/true)
                                     : PlaceInOrder(ids, from, to);
  if (duplicate >= 0) Truncate(ids, from);
  return duplicate;
}

void IdIndex::Truncate(const StringArena& ids, std::size_t n) {
  if (n >= size_) return;
  const std::size_t removed = size_ - n;
  if (removed * 8 > n) {  // rebuilding is cheaper than erasing one by one
    std::fill(slots_.begin(), slots_.end(), 0);
    size_ = n;
    PlaceDistinct(ids, 0, n);
    return;
  }
  const std::size_t mask = capacity() - 1;
  for (std::size_t position = size_; position-- > n;) {
    // A duplicate of a failed AddRange was never placed: the probe then
    // ends at an empty slot.
    for (std::size_t s = Home(Hash(ids.Get(position)));; s = (s + 1) & mask) {
      if (slots_[s] == 0) break;
      if (PositionIn(slots_[s]) == position) {
        EraseSlot(ids, s);
        break;
      }
    }
  }
  size_ = n;
}

void IdIndex::Rehash(const StringArena& ids, int bits) {
  slots_.assign(std::size_t{1} << bits, 0);
  bits_ = bits;
  PlaceDistinct(ids, 0, size_);
}

void IdIndex::PlaceDistinct(const StringArena& ids, std::size_t from, std::size_t to) {
  if (to - from >= kSortedBatch) {
    PlaceSorted(ids, from, to, /*check_duplicates=*/false);
    return;
  }
  for (std::size_t position = from; position < to; ++position) {
    const std::uint64_t hash = Hash(ids.Get(position));
    Place(nullptr, Home(hash), SlotValue(hash, position));
  }
}

std::int64_t IdIndex::PlaceInOrder(const StringArena& ids, std::size_t from, std::size_t to) {
  for (std::size_t position = from; position < to; ++position) {
    const std::uint64_t hash = Hash(ids.Get(position));
    if (Place(&ids, Home(hash), SlotValue(hash, position)) >= 0) {
      return static_cast<std::int64_t>(position);
    }
  }
  return -1;
}

std::int64_t IdIndex::PlaceSorted(const StringArena& ids, std::size_t from, std::size_t to,
                                  bool check_duplicates) {
  // Each id as (home slot << 32 | slot value), bucketed by the window of
  // its home slot (a counting sort on the home's top bits).
  const std::size_t n = to - from;
  const int window_count_bits = std::clamp(bits_ - kWindowBits, 0, kMaxWindowCountBits);
  const int window_shift = 32 + bits_ - window_count_bits;
  std::vector<std::uint64_t> keys(n);
  std::vector<std::size_t> start((std::size_t{1} << window_count_bits) + 1, 0);
  for (std::size_t k = 0; k < n; ++k) {
    const std::uint64_t hash = Hash(ids.Get(from + k));
    keys[k] = static_cast<std::uint64_t>(Home(hash)) << 32 | SlotValue(hash, from + k);
    ++start[(keys[k] >> window_shift) + 1];
  }
  for (std::size_t w = 1; w < start.size(); ++w) start[w] += start[w - 1];
  std::vector<std::uint64_t> by_window(n);
  for (const std::uint64_t key : keys) by_window[start[key >> window_shift]++] = key;
  std::vector<std::uint64_t>().swap(keys);

  // Equal ids have the same home, so the same window, where the scatter
  // kept position order: the one placed first has the smaller position,
  // and each id found equal to a placed one is a duplicate.
  std::int64_t duplicate = -1;
  for (const std::uint64_t key : by_window) {
    const auto value = static_cast<std::uint32_t>(key);
    if (Place(check_duplicates ? &ids : nullptr, key >> 32, value) < 0) continue;
    const auto position = static_cast<std::int64_t>(PositionIn(value));
    if (duplicate < 0 || position < duplicate) duplicate = position;
  }
  return duplicate;
}

std::int64_t IdIndex::Place(const StringArena* ids, std::size_t home, std::uint32_t value) {
  const std::size_t mask = capacity() - 1;
  for (std::size_t s = home;; s = (s + 1) & mask) {
    const std::uint32_t slot = slots_[s];
    if (slot == 0) {
      slots_[s] = value;
      return -1;
    }
    if (ids != nullptr && ((slot ^ value) & ~IndexMask()) == 0 &&
        ids->Get(PositionIn(slot)) == ids->Get(PositionIn(value))) {
      return static_cast<std::int64_t>(s);
    }
  }
}

void IdIndex::EraseSlot(const StringArena& ids, std::size_t slot) {
  // Backward shift: move later members of the probe run into the gap when
  // their home slot does not lie cyclically between the gap and them.
  const std::size_t mask = capacity() - 1;
  slots_[slot] = 0;
  for (std::size_t s = (slot + 1) & mask; slots_[s] != 0; s = (s + 1) & mask) {
    const std::size_t home = Home(Hash(ids.Get(PositionIn(slots_[s]))));
    if (((s - home) & mask) >= ((s - slot) & mask)) {
      slots_[slot] = std::exchange(slots_[s], 0);
      slot = s;
    }
  }
}

}  // namespace relance::ledger_internal
