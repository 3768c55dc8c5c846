// Internal: the hash index of an IdTable (id_table.h) -- which position of a
// StringArena holds a given id -- built for bulk loads.
//
// Open addressing with linear probing over 2^bits 32-bit slots, at most 3/4
// full. An id's home slot is given by the top `bits` bits of its 64-bit
// hash. A slot holds 0 (empty) or, in its low `bits` bits, the id's
// position + 1, and above them the same bits of the id's hash: a probe
// compares the strings only when those agree.
//
// Why not absl::flat_hash_set: adding the ten million ids of a book one by
// one, in file order, touches a random slot of a table larger than the
// caches for each. AddRange instead places a large batch window by window
// of the slot array (sorted by their home slot's top bits), so the slots it
// touches at any time fit in the cache -- about four times faster. Lookups
// cost the same (one slot, then the string).
//
// The index does not own the strings: every call takes the arena whose
// positions it indexes.

#ifndef RELANCE_SRC_ID_INDEX_H_
#define RELANCE_SRC_ID_INDEX_H_

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "string_arena.h"

namespace relance::ledger_internal {

class IdIndex {
 public:
  // The hash that places `id` (the same for the life of the process).
  static std::uint64_t Hash(std::string_view id);

  // The number of ids indexed: arena positions [0, size()).
  std::size_t size() const { return size_; }

  // The position of `id` in `ids`, or -1.
  // REQUIRES: the index covers ids[0, size()).
  std::int32_t Find(const StringArena& ids, std::string_view id) const;

  // Brings the slot a Find of `id` starts at into the cache; for lookups
  // a few ids ahead.
  void Prefetch(std::string_view id) const;

  // Indexes ids[size(), ids.size()), all or none: when one of them equals
  // an id before it in `ids` (indexed already, or earlier in the range),
  // none is indexed and the position of the first such one -- the smallest
  // -- is returned; otherwise -1. REQUIRES: the index covers
  // ids[0, size()); ids.size() < 2^31.
  std::int64_t AddRange(const StringArena& ids);

  // Forgets the ids from position n on. REQUIRES: `ids` still holds them.
  void Truncate(const StringArena& ids, std::size_t n);

 private:
  std::size_t capacity() const { return slots_.size(); }
  std::size_t Home(std::uint64_t hash) const {
    return static_cast<std::size_t>(hash >> (64 - bits_));
  }
  std::uint32_t IndexMask() const {
    return static_cast<std::uint32_t>((std::uint64_t{1} << bits_) - 1);
  }
  // The slot value of the id at `position` with hash `hash`.
  std::uint32_t SlotValue(std::uint64_t hash, std::size_t position) const {
    return (static_cast<std::uint32_t>(hash) & ~IndexMask()) |
           static_cast<std::uint32_t>(position + 1);
  }
  std::size_t PositionIn(std::uint32_t slot) const { return (slot & IndexMask()) - 1; }

  // Rehashes into 2^bits slots, placing ids[0, size()).
  void Rehash(const StringArena& ids, int bits);
  // Places ids[from, to) without looking for duplicates.
  void PlaceDistinct(const StringArena& ids, std::size_t from, std::size_t to);
  // Places ids[from, to) in order, stopping at the first duplicate: its
  // position, or -1.
  std::int64_t PlaceInOrder(const StringArena& ids, std::size_t from, std::size_t to);
  // Places ids[from, to) window by window (ids of one window in position
  // order); returns the smallest position whose id equals an id at a
  // smaller position, or -1. Duplicates are left out; the rest is placed.
  std::int64_t PlaceSorted(const StringArena& ids, std::size_t from, std::size_t to,
                           bool check_duplicates);
  // Puts `value` in the first empty slot from `home` on and returns -1.
  // With `ids`, first stops at a slot holding an id equal to the value's
  // and returns that slot's number (the value is not placed).
  std::int64_t Place(const StringArena* ids, std::size_t home, std::uint32_t value);
  // Empties slot `slot` and closes the gap in its probe sequence.
  void EraseSlot(const StringArena& ids, std::size_t slot);

  std::vector<std::uint32_t> slots_;
  int bits_ = 0;
  std::size_t size_ = 0;
};

}  // namespace relance::ledger_internal

#endif  // RELANCE_SRC_ID_INDEX_H_
