// Internal: a list of strings stored back to back in one buffer -- host
// ids, names, references -- with string i found by its end offset.

#ifndef RELANCE_SRC_STRING_ARENA_H_
#define RELANCE_SRC_STRING_ARENA_H_

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace relance::ledger_internal {

// The characters of a list of strings, back to back. Immutable once shared.
struct StringArena {
  std::string chars;
  std::vector<std::uint64_t> ends;  // ends[i]: one past string i

  std::size_t size() const { return ends.size(); }
  // String i; the view lives until the arena next changes.
  // REQUIRES: i < size().
  std::string_view Get(std::size_t i) const {
    const std::uint64_t begin = i == 0 ? 0 : ends[i - 1];
    return std::string_view(chars.data() + begin, ends[i] - begin);
  }
  // Makes room for `count` more strings of `chars` characters in all,
  // growing geometrically so that many small calls stay linear.
  void ReserveMore(std::size_t count, std::size_t more_chars) {
    if (ends.capacity() < ends.size() + count) {
      ends.reserve(std::max(ends.size() + count, 2 * ends.capacity()));
    }
    if (chars.capacity() < chars.size() + more_chars) {
      chars.reserve(std::max(chars.size() + more_chars, 2 * chars.capacity()));
    }
  }
  void Append(std::string_view s) {
    chars.append(s.data(), s.size());
    ends.push_back(chars.size());
  }
  // Keeps the first n strings. REQUIRES: n <= size().
  void Truncate(std::size_t n) {
    ends.resize(n);
    chars.resize(n == 0 ? 0 : ends[n - 1]);
  }
};

}  // namespace relance::ledger_internal

#endif  // RELANCE_SRC_STRING_ARENA_H_
