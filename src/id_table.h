// Internal: a table of host ids (strings) numbered densely from 0, with a
// hash index (id_index.h). The characters live in one shared, append-only
// arena so that reports can keep customer ids alive after the ledger
// changes or dies.

#ifndef RELANCE_SRC_ID_TABLE_H_
#define RELANCE_SRC_ID_TABLE_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "absl/types/span.h"
#include "id_index.h"
#include "string_arena.h"

namespace relance::ledger_internal {

class IdTable {
 public:
  IdTable();
  IdTable(const IdTable& other);
  IdTable& operator=(const IdTable& other);
  // A moved-from table may only be assigned to or destroyed.
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
  // Appends ids[order[0]], ids[order[1]], ... (ids in their order when
  // `order` is empty), all or none: returns -1 when every one was new, or
  // the smallest k whose id equals one in the table or an earlier one of
  // the call -- what AddIfAbsent one by one would stop at -- and then
  // changes nothing. Much faster than AddIfAbsent for large batches.
  // REQUIRES: `order` empty or a permutation of [0, ids.size()).
  std::int64_t AddAllIfAbsent(absl::Span<const std::string_view> ids,
                              absl::Span<const std::int32_t> order = {});
  // Brings the memory a Find of `id` will touch into the cache; for
  // lookups, a few ids ahead.
  void Prefetch(std::string_view id) const { index_.Prefetch(id); }
  std::string_view Get(std::int32_t i) const {
    return arena_->Get(static_cast<std::size_t>(i));
  }
  std::size_t size() const { return arena_->size(); }
  // Removes the ids from index n on (rollback of a failed bulk call).
  void Truncate(std::size_t n);

  // The arena, shared: the caller may keep it alive; the table copies it
  // before its next change while anyone else holds it.
  std::shared_ptr<const StringArena> Share() const { return arena_; }

 private:
  StringArena& MutableArena();  // copy-on-write

  std::shared_ptr<StringArena> arena_;
  IdIndex index_;
};

}  // namespace relance::ledger_internal

#endif  // RELANCE_SRC_ID_TABLE_H_
