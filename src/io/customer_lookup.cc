// Internal: customers of an open-items file by id (customer_lookup.h).

#include "io/customer_lookup.h"

#include "absl_bridge.h"

namespace relance::csv_internal {

std::int32_t CustomerLookup::Find(std::string_view id,
                                  const std::vector<std::string_view>& known) {
  if (ordered_) {
    if (known.empty() || id > known.back()) return -1;
    if (id == known.back()) return static_cast<std::int32_t>(known.size()) - 1;
    // Out of order: from now on, the hash index.
    ordered_ = false;
    index_.reserve(known.size());
    for (std::size_t n = 0; n < known.size(); ++n) {
      index_.emplace(AbslView(known[n]), static_cast<std::int32_t>(n));
    }
  }
  const auto it = index_.find(AbslView(id));
  return it == index_.end() ? -1 : it->second;
}

void CustomerLookup::Added(std::string_view id, const std::vector<std::string_view>& known) {
  if (!ordered_) index_.emplace(AbslView(id), static_cast<std::int32_t>(known.size()) - 1);
}

}  // namespace relance::csv_internal
