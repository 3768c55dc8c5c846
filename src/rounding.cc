#include "relance/rounding.h"

#include <array>
#include <string>

#include "absl/strings/str_cat.h"
#include "relance/error.h"
#include "absl_bridge.h"

namespace relance {
namespace {

constexpr std::array<std::string_view, kRoundingModeCount> kNames = {
    "ROUND_HALF_EVEN", "ROUND_HALF_UP", "ROUND_HALF_DOWN",
    "ROUND_UP",        "ROUND_DOWN",    "ROUND_CEILING",
    "ROUND_FLOOR",     "ROUND_05UP",    "ROUND_EXACT"};

}  // namespace

std::string_view RoundingModeName(RoundingMode mode) {
  const int i = static_cast<int>(mode);
  return IsValidRoundingMode(i) ? kNames[static_cast<std::size_t>(i)]
                                : "ROUND_INVALID";
}

absl::StatusOr<RoundingMode> ParseRoundingMode(std::string_view name) {
  for (int i = 0; i < kRoundingModeCount; ++i) {
    if (kNames[static_cast<std::size_t>(i)] == name) {
      return static_cast<RoundingMode>(i);
    }
  }
  std::string accepted;
  for (std::string_view n : kNames) absl::StrAppend(&accepted, " ", AbslView(n));
  return MakeError(ErrorCode::kInvalidArgument,
                   absl::StrCat("unknown rounding mode \"", AbslView(name),
                                "\"; expected one of:", accepted));
}

}  // namespace relance
