// Internal: the host-id table (id_table.h).

#include "id_table.h"

#include <utility>

namespace relance::ledger_internal {

IdTable::IdTable() : arena_(std::make_shared<StringArena>()) {}
// The arena is shared until either table changes; the index is the same
// because hashes are the same within a process.
IdTable::IdTable(const IdTable& other) : arena_(other.arena_), index_(other.index_) {}
IdTable& IdTable::operator=(const IdTable& other) {
  if (this != &other) *this = IdTable(other);
  return *this;
}
IdTable::IdTable(IdTable&&) noexcept = default;
IdTable& IdTable::operator=(IdTable&&) noexcept = default;
IdTable::~IdTable() = default;

StringArena& IdTable::MutableArena() {
  if (arena_.use_count() > 1) arena_ = std::make_shared<StringArena>(*arena_);
  return *arena_;
}

std::int32_t IdTable::Find(std::string_view id) const { return index_.Find(*arena_, id); }

std::int32_t IdTable::Add(std::string_view id) { return AddIfAbsent(id); }

std::int32_t IdTable::AddIfAbsent(std::string_view id) {
  StringArena& arena = MutableArena();
  const std::size_t index = arena.size();
  arena.Append(id);
  if (index_.AddRange(arena) >= 0) {
    arena.Truncate(index);
    return -1;
  }
  return static_cast<std::int32_t>(index);
}

std::int64_t IdTable::AddAllIfAbsent(absl::Span<const std::string_view> ids,
                                     absl::Span<const std::int32_t> order) {
  StringArena& arena = MutableArena();
  const std::size_t before = arena.size();
  const auto id_at = [&](std::size_t k) {
    return ids[order.empty() ? k : static_cast<std::size_t>(order[k])];
  };
  std::size_t chars = 0;
  for (const std::string_view id : ids) chars += id.size();
  arena.ReserveMore(ids.size(), chars);
  for (std::size_t k = 0; k < ids.size(); ++k) arena.Append(id_at(k));
  const std::int64_t duplicate = index_.AddRange(arena);
  if (duplicate < 0) return -1;
  arena.Truncate(before);
  return duplicate - static_cast<std::int64_t>(before);
}

void IdTable::Truncate(std::size_t n) {
  if (n >= size()) return;
  StringArena& arena = MutableArena();
  index_.Truncate(arena, n);
  arena.Truncate(n);
}

}  // namespace relance::ledger_internal
