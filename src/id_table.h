// Internal: a table of host ids (strings) numbered densely from 0, with a
// hash index. The characters live in one shared, append-only arena so that
// reports can keep customer ids alive after the ledger changes or dies.

#ifndef RELANCE_SRC_ID_TABLE_H_
#define RELANCE_SRC_ID_TABLE_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_set.h"

namespace relance::ledger_internal {

// The characters of a list of strings, back to back. Immutable once shared.
struct StringArena {
  std::string chars;
  std::vector<std::uint64_t> ends;  // ends[i]: one past string i

  std::size_t size() const { return ends.size(); }
  std::string_view Get(std::size_t i) const {
    const std::uint64_t begin = i == 0 ? 0 : ends[i - 1];
    return std::string_view(chars.data() + begin, ends[i] - begin);
  }
  void Append(std::string_view s) {
    chars.append(s.data(), s.size());
    ends.push_back(chars.size());
  }
  void Truncate(std::size_t n) {
    ends.resize(n);
    chars.resize(n == 0 ? 0 : ends[n - 1]);
  }
};

class IdTable {
 public:
  IdTable();
  IdTable(const IdTable& other);
  IdTable& operator=(const IdTable& other);
  IdTable(IdTable&&) noexcept;
  IdTable& operator=(IdTable&&) noexcept;
  ~IdTable();

  // The index of `id`, or -1.
  std::int32_t Find(std::string_view id) const;
  // Appends `id`, which must not be present; returns its index.
  std::int32_t Add(std::string_view id);
  // Appends `id` and returns its index, or returns -1 and changes nothing
  // when it is present (one hash probe).
  std::int32_t AddIfAbsent(std::string_view id);
  // Brings the memory a Find or Add of `id` will touch into the cache; for
  // bulk insertions, a few ids ahead.
  void Prefetch(std::string_view id) const { state_->set.prefetch(id); }
  std::string_view Get(std::int32_t i) const {
    return state_->arena->Get(static_cast<std::size_t>(i));
  }
  std::size_t size() const { return state_->arena->size(); }
  void Reserve(std::size_t n);
  // Removes the ids from index n on (rollback of a failed bulk call).
  void Truncate(std::size_t n);

  // The arena, shared: the caller may keep it alive; the table copies it
  // before its next change while anyone else holds it.
  std::shared_ptr<const StringArena> Share() const { return state_->arena; }

 private:
  struct State;
  struct Hash {
    using is_transparent = void;
    const State* state;
    std::size_t operator()(std::int32_t i) const;
    std::size_t operator()(std::string_view s) const;
  };
  struct Eq {
    using is_transparent = void;
    const State* state;
    // Ids are compared by text, so that inserting a new index finds an
    // existing equal id.
    bool operator()(std::int32_t a, std::int32_t b) const;
    bool operator()(std::int32_t a, std::string_view b) const;
    bool operator()(std::string_view a, std::int32_t b) const;
  };
  using Set = absl::flat_hash_set<std::int32_t, Hash, Eq>;
  // On the heap so that the hash functors' pointer survives moves.
  struct State {
    std::shared_ptr<StringArena> arena;
    Set set;
    State();
    void Rebuild();
    StringArena& Mutable();  // copy-on-write
  };

  std::unique_ptr<State> state_;
};

}  // namespace relance::ledger_internal

#endif  // RELANCE_SRC_ID_TABLE_H_
