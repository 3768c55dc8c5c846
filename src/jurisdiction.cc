// Names of the jurisdictions (relance/jurisdiction.h).

#include "relance/jurisdiction.h"

#include <array>
#include <cstddef>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl_bridge.h"
#include "relance/error.h"

namespace relance {
namespace {

constexpr std::array<std::string_view, kJurisdictionCount> kNames = {"EU", "FR"};

}  // namespace

std::string_view JurisdictionName(Jurisdiction jurisdiction) {
  const int i = static_cast<int>(jurisdiction);
  return IsValidJurisdiction(i) ? kNames[static_cast<std::size_t>(i)] : "INVALID";
}

absl::StatusOr<Jurisdiction> ParseJurisdiction(std::string_view name) {
  for (int i = 0; i < kJurisdictionCount; ++i) {
    const std::string_view candidate = kNames[static_cast<std::size_t>(i)];
    if (absl::EqualsIgnoreCase(AbslView(candidate), AbslView(name))) {
      return static_cast<Jurisdiction>(i);
    }
  }
  return MakeError(ErrorCode::kInvalidArgument,
                   absl::StrCat("unknown jurisdiction \"", AbslView(name),
                                "\"; expected EU or FR"));
}

}  // namespace relance
