// Internal: a list of strings stored back to back in one buffer -- host
// ids, names, references -- with string i found by its end offset.
// Strings after the last non-empty one take no space at all: a book
// without references or segments costs nothing for them.

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
class StringArena {
 public:
  std::size_t size() const { return size_; }
  // String i; the view lives until the arena next changes.
  // REQUIRES: i < size().
  std::string_view Get(std::size_t i) const {
    if (i >= ends_.size()) return std::string_view();
    const std::uint64_t begin = i == 0 ? 0 : ends_[i - 1];
    return std::string_view(chars_.data() + begin, ends_[i] - begin);
  }
  // Makes room for `count` more strings of `more_chars` characters in all,
  // growing geometrically so that many small calls stay linear.
  void ReserveMore(std::size_t count, std::size_t more_chars) {
    if (ends_.capacity() < size_ + count) {
      ends_.reserve(std::max(size_ + count, 2 * ends_.capacity()));
    }
    if (chars_.capacity() < chars_.size() + more_chars) {
      chars_.reserve(std::max(chars_.size() + more_chars, 2 * chars_.capacity()));
    }
  }
  void Append(std::string_view s) {
    if (!s.empty()) {
      ends_.resize(size_, chars_.size());  // the empty strings before it
      chars_.append(s.data(), s.size());
      ends_.push_back(chars_.size());
    }
    ++size_;
  }
  // Appends n empty strings.
  void AppendEmpty(std::size_t n) { size_ += n; }
  // Keeps the first n strings. REQUIRES: n <= size().
  void Truncate(std::size_t n) {
    if (n < ends_.size()) {
      ends_.resize(n);
      chars_.resize(n == 0 ? 0 : ends_[n - 1]);
    }
    size_ = n;
  }

 private:
  std::string chars_;
  std::vector<std::uint64_t> ends_;  // ends_[i]: one past string i, up to the last non-empty
  std::size_t size_ = 0;
};

}  // namespace relance::ledger_internal

#endif  // RELANCE_SRC_STRING_ARENA_H_
