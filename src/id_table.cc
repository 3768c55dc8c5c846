// Internal: the host-id table (id_table.h).

#include "id_table.h"

#include <utility>

#include "absl/hash/hash.h"
#include "absl_bridge.h"

namespace relance::ledger_internal {

std::size_t IdTable::Hash::operator()(std::int32_t i) const {
  return (*this)(state->arena->Get(static_cast<std::size_t>(i)));
}
std::size_t IdTable::Hash::operator()(std::string_view s) const {
  return absl::Hash<absl::string_view>{}(AbslView(s));
}
bool IdTable::Eq::operator()(std::int32_t a, std::int32_t b) const {
  return a == b || state->arena->Get(static_cast<std::size_t>(a)) ==
                       state->arena->Get(static_cast<std::size_t>(b));
}
bool IdTable::Eq::operator()(std::int32_t a, std::string_view b) const {
  return state->arena->Get(static_cast<std::size_t>(a)) == b;
}
bool IdTable::Eq::operator()(std::string_view a, std::int32_t b) const {
  return (*this)(b, a);
}

IdTable::State::State()
    : arena(std::make_shared<StringArena>()),
      set(0, Hash{this}, Eq{this}) {}

void IdTable::State::Rebuild() {
  set = Set(arena->size(), Hash{this}, Eq{this});
  for (std::size_t i = 0; i < arena->size(); ++i) {
    set.insert(static_cast<std::int32_t>(i));
  }
}

StringArena& IdTable::State::Mutable() {
  if (arena.use_count() > 1) arena = std::make_shared<StringArena>(*arena);
  return *arena;
}

IdTable::IdTable() : state_(std::make_unique<State>()) {}
IdTable::IdTable(const IdTable& other) : state_(std::make_unique<State>()) {
  state_->arena = other.state_->arena;  // shared until either changes
  state_->Rebuild();
}
IdTable& IdTable::operator=(const IdTable& other) {
  if (this != &other) *this = IdTable(other);
  return *this;
}
IdTable::IdTable(IdTable&&) noexcept = default;
IdTable& IdTable::operator=(IdTable&&) noexcept = default;
IdTable::~IdTable() = default;

std::int32_t IdTable::Find(std::string_view id) const {
  auto it = state_->set.find(id);
  return it == state_->set.end() ? -1 : *it;
}

std::int32_t IdTable::Add(std::string_view id) {
  StringArena& arena = state_->Mutable();
  const auto index = static_cast<std::int32_t>(arena.size());
  arena.Append(id);
  state_->set.insert(index);
  return index;
}

std::int32_t IdTable::AddIfAbsent(std::string_view id) {
  StringArena& arena = state_->Mutable();
  const std::size_t index = arena.size();
  arena.Append(id);
  if (!state_->set.insert(static_cast<std::int32_t>(index)).second) {
    arena.Truncate(index);
    return -1;
  }
  return static_cast<std::int32_t>(index);
}

void IdTable::Reserve(std::size_t n) {
  StringArena& arena = state_->Mutable();
  arena.ends.reserve(n);
  state_->set.reserve(n);
}

void IdTable::Truncate(std::size_t n) {
  if (n >= size()) return;
  StringArena& arena = state_->Mutable();
  for (std::size_t i = n; i < arena.size(); ++i) {
    state_->set.erase(static_cast<std::int32_t>(i));
  }
  arena.Truncate(n);
}

}  // namespace relance::ledger_internal
