// relance_jurisdiction_name and _parse: shims over jurisdiction.h. (The
// statutory rate of a jurisdiction lives with the rate tables.)

#include "relance.h"
#include "relance/jurisdiction.h"
#include "shim.h"

namespace {

using relance::Jurisdiction;

// The C constants are the C++ enum values.
static_assert(RELANCE_JURISDICTION_EU == static_cast<int>(Jurisdiction::kEU));
static_assert(RELANCE_JURISDICTION_FR == static_cast<int>(Jurisdiction::kFR));
static_assert(RELANCE_JURISDICTION_FR + 1 == relance::kJurisdictionCount);

}  // namespace

extern "C" {

const char* relance_jurisdiction_name(relance_jurisdiction jurisdiction) {
  // Checked here: the cast to the 8-bit enum would wrap 256 to 0. The names
  // are string literals (NUL-terminated, static).
  const int64_t value = relance::capi::EnumValue(jurisdiction);
  if (value < 0 || value >= relance::kJurisdictionCount) return "INVALID";
  return relance::JurisdictionName(static_cast<Jurisdiction>(value)).data();
}

relance_status relance_jurisdiction_parse(const char* text, size_t length, int32_t* out) {
  constexpr absl::string_view kFn = "relance_jurisdiction_parse";
  return relance::capi::Guard(kFn, [&]() -> relance_status {
    return relance::capi::ParseEnumText(text, length, kFn, relance::ParseJurisdiction, out);
  });
}

}  // extern "C"
