// Internal: the columns of an AgingReport (relance/aging.h).

#ifndef RELANCE_SRC_AGING_REPORT_H_
#define RELANCE_SRC_AGING_REPORT_H_

#include <cstdint>
#include <memory>
#include <mutex>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/base/call_once.h"
#include "id_table.h"
#include "relance/aging.h"

namespace relance {

// An allocator whose value-less construct leaves trivial values
// uninitialized: resize() then costs nothing, and memory is touched only
// where values are written.
template <typename T>
struct UninitializedAllocator : std::allocator<T> {
  template <typename U>
  struct rebind {
    using other = UninitializedAllocator<U>;
  };
  UninitializedAllocator() = default;
  template <typename U>
  UninitializedAllocator(const UninitializedAllocator<U>&) noexcept {}
  template <typename U>
  void construct(U* p) noexcept {
    ::new (static_cast<void*>(p)) U;
  }
  template <typename U, typename... Args>
  void construct(U* p, Args&&... args) {
    ::new (static_cast<void*>(p)) U(std::forward<Args>(args)...);
  }
};

// Whose row: customer `customer` of arena `arena`, in currency
// currency_table[currency].
struct AgingRowKey {
  std::int32_t customer;
  std::uint16_t arena;
  std::uint16_t currency;
};

// The large vectors of a report, kept for the next one.
struct AgingStorage {
  std::vector<std::int64_t, UninitializedAllocator<std::int64_t>> values;
  std::vector<AgingRowKey, UninitializedAllocator<AgingRowKey>> keys;
  std::vector<std::int32_t> row_of_account;  // Age's scratch
};

// A ledger's spare report storage. A report made by Age hands its vectors
// back here when it is destroyed, and the ledger's next Age reuses them:
// on a book of a million customers, touching a report's ~90 MB of fresh
// memory costs as much as the item pass itself. One spare at most (the
// larger one), so a ledger holds on to at most one released report's
// storage. Thread-safe. Reports outliving their ledger keep the pool alive
// until they go.
class AgingStoragePool {
 public:
  // The spare storage (cleared, capacity kept), or empty vectors.
  AgingStorage Take();
  // Offers `storage` back; kept if it is larger than the spare.
  void Give(AgingStorage storage);

 private:
  std::mutex mutex_;
  AgingStorage spare_;
};

struct AgingReportData {
  using Key = AgingRowKey;

  AgingReportData() = default;
  AgingReportData(const AgingReportData&) = delete;
  AgingReportData& operator=(const AgingReportData&) = delete;
  // Gives values, keys and scratch back to `pool` when there is one.
  ~AgingReportData();

  AgingOptions options;
  int ages = 0;    // age columns: bounds + 2
  int stride = 0;  // ages + disputed, unapplied, balance, items
  // Row r's values: values[r * stride ...]: ages..., disputed, unapplied,
  // balance, items.
  decltype(AgingStorage::values) values;
  decltype(AgingStorage::keys) keys;
  // The customer ids, shared with the ledgers the rows came from.
  std::vector<std::shared_ptr<const ledger_internal::StringArena>> arenas;
  std::vector<Currency> currency_table;
  // Per-currency totals, by currency code: computed by the first Totals()
  // (a pass over the rows that not every reader needs).
  mutable absl::once_flag totals_once;
  mutable std::vector<std::int64_t> total_values;
  mutable std::vector<AgingRow> totals;
  // Where the storage goes back to (Age's reports), or null (merged ones).
  std::shared_ptr<AgingStoragePool> pool;
  std::vector<std::int32_t> scratch;  // the pool's row_of_account

  std::size_t rows() const { return keys.size(); }
  std::string_view customer_id(std::size_t r) const {
    return arenas[keys[r].arena]->Get(static_cast<std::size_t>(keys[r].customer));
  }
  Currency currency(std::size_t r) const { return currency_table[keys[r].currency]; }
  // The per-currency totals, computed on first use. Thread-safe.
  const std::vector<AgingRow>& Totals() const;
  AgingRow Row(std::size_t r) const;
};

}  // namespace relance

#endif  // RELANCE_SRC_AGING_REPORT_H_
