// relance_status_string, relance_last_error_message, relance_version_*, and
// the shared helpers of shim.h.

#include <cstring>
#include <string>

#include "absl/strings/str_cat.h"
#include "relance.h"
#include "relance/error.h"
#include "shim.h"

namespace relance::capi {
namespace {

std::string& LastError() {
  thread_local std::string message;
  return message;
}

}  // namespace

relance_status Fail(relance_status code, absl::string_view function,
                    absl::string_view message) {
  try {
    LastError() = absl::StrCat(function, ": ", message);
  } catch (...) {
    // Out of memory while recording the message: the code still tells.
  }
  return code;
}

relance_status Fail(const absl::Status& status, absl::string_view function) {
  return Fail(static_cast<relance_status>(ErrorCodeOf(status)), function,
              status.message());
}

relance_status NullArgument(absl::string_view function, absl::string_view name) {
  return Fail(RELANCE_E_INVALID_ARGUMENT, function,
              absl::StrCat("argument '", name, "' is NULL"));
}

relance_status ReadDecimal(const relance_decimal* in, absl::string_view function,
                           absl::string_view name, Decimal* out) {
  if (in == nullptr) return NullArgument(function, name);
  if (in->reserved != 0) {
    return Fail(RELANCE_E_INVALID_ARGUMENT, function,
                absl::StrCat("argument '", name, "': reserved field is ",
                             in->reserved, ", must be 0"));
  }
  const int128 coefficient =
      static_cast<int128>((static_cast<uint128>(static_cast<std::uint64_t>(in->hi)) << 64) |
                          in->lo);
  absl::StatusOr<Decimal> d = Decimal::FromCoefficient(coefficient, in->scale);
  if (!d.ok()) {
    return Fail(RELANCE_E_INVALID_ARGUMENT, function,
                absl::StrCat("argument '", name, "': ", d.status().message()));
  }
  *out = *d;
  return RELANCE_OK;
}

void WriteDecimal(const Decimal& value, relance_decimal* out) {
  const auto u = static_cast<uint128>(value.coefficient());
  out->lo = static_cast<std::uint64_t>(u);
  out->hi = static_cast<std::int64_t>(static_cast<std::uint64_t>(u >> 64));
  out->scale = value.scale();
  out->reserved = 0;
}

relance_status ReadMode(const relance_rounding& mode, absl::string_view function,
                        RoundingMode* out) {
  const int64_t value = EnumValue(mode);
  if (value < 0 || value > RELANCE_ROUND_EXACT || !IsValidRoundingMode(static_cast<int>(value))) {
    return Fail(RELANCE_E_INVALID_ARGUMENT, function,
                absl::StrCat("argument 'mode': ", value,
                             " is not a relance_rounding value (0..8)"));
  }
  *out = static_cast<RoundingMode>(value);
  return RELANCE_OK;
}

namespace {
bool InDateRange(std::int32_t days) {
  return days >= RELANCE_DATE_MIN && days <= RELANCE_DATE_MAX;
}
}  // namespace

relance_status ReadDate(int32_t days, absl::string_view function,
                        absl::string_view name, Date* out) {
  if (!InDateRange(days)) {
    return Fail(RELANCE_E_INVALID_ARGUMENT, function,
                absl::StrCat("argument '", name, "': day ", days,
                             " is outside years 1..9999 (", RELANCE_DATE_MIN, "..",
                             RELANCE_DATE_MAX, ")"));
  }
  *out = Date::FromDays(days);
  return RELANCE_OK;
}

relance_status WriteDate(Date date, absl::string_view function, int32_t* out) {
  if (!InDateRange(date.days())) {
    return Fail(RELANCE_E_INVALID_ARGUMENT, function,
                absl::StrCat("the result (day ", date.days(), ") is outside years 1..9999"));
  }
  *out = date.days();
  return RELANCE_OK;
}

relance_status BadEnum(int64_t value, int count, absl::string_view function,
                       absl::string_view name, absl::string_view type_name) {
  return Fail(RELANCE_E_INVALID_ARGUMENT, function,
              absl::StrCat("argument '", name, "': ", value, " is not a ", type_name,
                           " value (0..", count - 1, ")"));
}

relance_status CheckInitSize(size_t struct_size, size_t known, absl::string_view type,
                             absl::string_view pointer, absl::string_view function) {
  if (struct_size >= known && struct_size <= kMaxStructSize) return RELANCE_OK;
  return Fail(RELANCE_E_INVALID_ARGUMENT, function,
              absl::StrCat("argument 'struct_size': ", struct_size, " is not between ", known,
                           " (this version's ", type, ") and ", kMaxStructSize,
                           ": pass sizeof *", pointer));
}

relance_status CheckExtensible(const void* in, size_t known, absl::string_view type,
                               absl::string_view name, absl::string_view init,
                               absl::string_view function) {
  std::uint32_t size = 0;
  std::int32_t reserved = 0;
  std::memcpy(&size, in, sizeof size);
  std::memcpy(&reserved, static_cast<const char*>(in) + sizeof size, sizeof reserved);
  if (size < known || size > kMaxStructSize) {
    return Fail(RELANCE_E_INVALID_ARGUMENT, function,
                absl::StrCat("argument '", name, "': struct_size ", size, " is not between ",
                             known, " (this version's ", type, ") and ", kMaxStructSize,
                             ": prepare it with ", init));
  }
  const auto* bytes = static_cast<const unsigned char*>(in);
  for (size_t i = known; i < size; ++i) {
    if (bytes[i] != 0) {
      return Fail(RELANCE_E_INVALID_ARGUMENT, function,
                  absl::StrCat("argument '", name, "': byte ", i, " of ", size,
                               " is not zero: it sets a field that this library (relance ",
                               RELANCE_VERSION_MAJOR, ".", RELANCE_VERSION_MINOR, ", ", known,
                               " bytes) does not know"));
    }
  }
  if (reserved != 0) {
    return Fail(RELANCE_E_INVALID_ARGUMENT, function,
                absl::StrCat("argument '", name, "': reserved field is ", reserved,
                             ", must be 0"));
  }
  return RELANCE_OK;
}

relance_status CheckIndex(size_t index, size_t count, absl::string_view function) {
  if (index < count) return RELANCE_OK;
  return Fail(RELANCE_E_INVALID_ARGUMENT, function,
              absl::StrCat("argument 'index': ", index, " is not below the count ", count));
}

relance_status CopyText(absl::string_view text, absl::string_view function,
                        char* buffer, size_t capacity, size_t* out_length) {
  *out_length = text.size();
  if (capacity > 0) {
    const size_t copied = text.size() < capacity ? text.size() : capacity - 1;
    std::memcpy(buffer, text.data(), copied);
    buffer[copied] = '\0';
  }
  if (text.size() >= capacity) {
    return Fail(RELANCE_E_BUFFER_TOO_SMALL, function,
                absl::StrCat("needs ", text.size() + 1, " bytes, buffer has ", capacity));
  }
  return RELANCE_OK;
}

}  // namespace relance::capi

extern "C" {

const char* relance_status_string(relance_status code) {
  const int64_t c = relance::capi::EnumValue(code);
  if (c < 0 || c > RELANCE_E_INTERNAL) return "unknown status";
  return relance::ErrorCodeName(static_cast<relance::ErrorCode>(c)).data();
}

const char* relance_last_error_message(void) {
  return relance::capi::LastError().c_str();
}

uint32_t relance_version_number(void) { return RELANCE_VERSION_NUMBER; }

const char* relance_version_string(void) {
#define RELANCE_STR2(x) #x
#define RELANCE_STR(x) RELANCE_STR2(x)
  return RELANCE_STR(RELANCE_VERSION_MAJOR) "." RELANCE_STR(
      RELANCE_VERSION_MINOR) "." RELANCE_STR(RELANCE_VERSION_PATCH);
}

}  // extern "C"
