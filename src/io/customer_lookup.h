// Internal: finding the customers an open-items file has named so far, to
// number them in order of first appearance.
//
// ERP exports list their rows sorted by customer: while the new ids come in
// increasing order, an id greater than the greatest so far is new, one
// equal to it is the last customer, and no hash table is needed (a table of
// a million customers costs a cache miss per customer). The first id out of
// order builds a hash index of all the ids so far, used from then on.

#ifndef RELANCE_SRC_IO_CUSTOMER_LOOKUP_H_
#define RELANCE_SRC_IO_CUSTOMER_LOOKUP_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/string_view.h"

namespace relance::csv_internal {

class CustomerLookup {
 public:
  // The number of `id` in `known` (the customers so far, in order of first
  // appearance, each of them given to Added), or -1 when it is not there.
  // REQUIRES: `known` is the same list at every call.
  std::int32_t Find(std::string_view id, const std::vector<std::string_view>& known);

  // Records that `id`, which Find did not know, was appended to `known`.
  void Added(std::string_view id, const std::vector<std::string_view>& known);

 private:
  bool ordered_ = true;
  absl::flat_hash_map<absl::string_view, std::int32_t> index_;  // once out of order
};

}  // namespace relance::csv_internal

#endif  // RELANCE_SRC_IO_CUSTOMER_LOOKUP_H_
