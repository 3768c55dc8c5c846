// relance/rounding.h -- the rounding modes of relance.
//
// Rounding happens only in functions that take a RoundingMode, and each such
// function rounds exactly once, from the exact result. The modes and their
// names are those of the General Decimal Arithmetic specification, as in
// Python's `decimal` module, plus kExact, which refuses to round:
//
//   Round(*Decimal::Parse("2.675"), 2, RoundingMode::kHalfEven) -> 2.68
//   (2.675 is exactly a tie, and 8 is the even neighbour; no binary float
//   ever enters, so 2.675 is not 2.67499999...)
//
// Thread safety: plain values and pure functions.

#ifndef RELANCE_ROUNDING_H_
#define RELANCE_ROUNDING_H_

#include <cstdint>
#include <string_view>

#include "absl/status/statusor.h"

namespace relance {

// Values are pinned: they equal the RELANCE_ROUND_* constants of relance.h.
enum class RoundingMode : std::uint8_t {
  kHalfEven = 0,    // nearest; ties to the even digit (banker's rounding)
  kHalfUp = 1,      // nearest; ties away from zero (Python ROUND_HALF_UP)
  kHalfDown = 2,    // nearest; ties toward zero
  kUp = 3,          // away from zero
  kDown = 4,        // toward zero (truncation)
  kCeiling = 5,     // toward +infinity
  kFloor = 6,       // toward -infinity
  kZeroFiveUp = 7,  // toward zero, unless that leaves a last digit 0 or 5:
                    // then away from zero (Python ROUND_05UP)
  kExact = 8,       // no rounding: an inexact result is an kInexact error
};

inline constexpr int kRoundingModeCount = 9;

// The Python-style name: "ROUND_HALF_EVEN", ..., "ROUND_05UP", "ROUND_EXACT".
std::string_view RoundingModeName(RoundingMode mode);

// Parses a name as printed by RoundingModeName(). Unknown names are
// kInvalidArgument errors that list the accepted names.
absl::StatusOr<RoundingMode> ParseRoundingMode(std::string_view name);

// True if `value` is one of the pinned RoundingMode values.
constexpr bool IsValidRoundingMode(int value) {
  return value >= 0 && value < kRoundingModeCount;
}

}  // namespace relance

#endif  // RELANCE_ROUNDING_H_
