// Internal: vectors for the columns of large imports. Blocks of 2 MiB and
// more are mapped directly and marked for transparent huge pages, which
// cuts the page faults of filling hundreds of megabytes of columns by a
// factor of 512 (where the system allows huge pages on request).

#ifndef RELANCE_SRC_IO_COLUMN_H_
#define RELANCE_SRC_IO_COLUMN_H_

#include <sys/mman.h>

#include <cstddef>
#include <memory>
#include <new>
#include <vector>

namespace relance::csv_internal {

template <typename T>
class ColumnAllocator {
 public:
  using value_type = T;

  ColumnAllocator() = default;
  template <typename U>
  ColumnAllocator(const ColumnAllocator<U>&) {}  // NOLINT: rebinding

  T* allocate(std::size_t n) {
    const std::size_t bytes = n * sizeof(T);
    if (bytes < kMapped) return std::allocator<T>().allocate(n);
    void* p = ::mmap(nullptr, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED) throw std::bad_alloc();
    ::madvise(p, bytes, MADV_HUGEPAGE);
    return static_cast<T*>(p);
  }
  void deallocate(T* p, std::size_t n) {
    const std::size_t bytes = n * sizeof(T);
    if (bytes < kMapped) {
      std::allocator<T>().deallocate(p, n);
    } else {
      ::munmap(p, bytes);
    }
  }
  friend bool operator==(const ColumnAllocator&, const ColumnAllocator&) { return true; }

 private:
  static constexpr std::size_t kMapped = std::size_t{2} << 20;
};

template <typename T>
using Column = std::vector<T, ColumnAllocator<T>>;

}  // namespace relance::csv_internal

#endif  // RELANCE_SRC_IO_COLUMN_H_
