// Internal: Debian's Abseil is built with its own absl::string_view and
// absl::optional (ABSL_OPTION_USE_STD_* = 0), distinct from the std types
// relance's headers use. These conversions bridge the two explicitly.

#ifndef RELANCE_SRC_ABSL_BRIDGE_H_
#define RELANCE_SRC_ABSL_BRIDGE_H_

#include <string_view>

#include "absl/strings/string_view.h"

namespace relance {

inline absl::string_view AbslView(std::string_view s) {
  return absl::string_view(s.data(), s.size());
}

inline std::string_view StdView(absl::string_view s) {
  return std::string_view(s.data(), s.size());
}

}  // namespace relance

#endif  // RELANCE_SRC_ABSL_BRIDGE_H_
