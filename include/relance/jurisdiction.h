// relance/jurisdiction.h -- which law a rule is read under.
//
// One enumeration serves every rule that differs between the EU Late Payment
// Directive (2011/7/EU) and French law (Code de commerce L441-10, D441-5):
// the legal check of payment terms (payment_terms.h) and the statutory
// late-payment rate and compensation (rate_table.h, late_interest.h).
//
// Thread safety: pure functions, callable from any thread.

#ifndef RELANCE_JURISDICTION_H_
#define RELANCE_JURISDICTION_H_

#include <cstdint>
#include <string_view>

#include "absl/status/statusor.h"

namespace relance {

// Values are pinned: the C ABI carries them (RELANCE_JURISDICTION_*).
enum class Jurisdiction : std::uint8_t {
  kEU = 0,  // "EU": Directive 2011/7/EU (statutory rate: reference + 8 points)
  kFR = 1,  // "FR": French law (statutory rate: reference + 10 points)
};

inline constexpr int kJurisdictionCount = 2;

constexpr bool IsValidJurisdiction(int value) {
  return value >= 0 && value < kJurisdictionCount;
}

// "EU" or "FR"; "INVALID" for any other value.
std::string_view JurisdictionName(Jurisdiction jurisdiction);

// Parses "EU" or "FR", in any letter case ("fr" is accepted).
// Errors: kInvalidArgument naming the text and listing the accepted names.
absl::StatusOr<Jurisdiction> ParseJurisdiction(std::string_view name);

}  // namespace relance

#endif  // RELANCE_JURISDICTION_H_
