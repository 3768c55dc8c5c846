// Internal to the C ABI shims: error translation, argument checks, and the
// guard that keeps C++ exceptions from crossing the boundary.

#ifndef RELANCE_CAPI_SHIM_H_
#define RELANCE_CAPI_SHIM_H_

#include <cstdint>
#include <cstring>
#include <exception>
#include <new>
#include <stdexcept>
#include <type_traits>
#include "absl/strings/string_view.h"

#include "absl/status/status.h"
#include "relance.h"
#include "relance/currency.h"
#include "relance/date.h"
#include "relance/decimal.h"
#include "relance/money.h"
#include "relance/rounding.h"

namespace relance::capi {

// Records `message` as this thread's last error and returns `code`.
relance_status Fail(relance_status code, absl::string_view function,
                    absl::string_view message);

// The relance_status of a failed absl::Status, recording its message.
relance_status Fail(const absl::Status& status, absl::string_view function);

// INVALID_ARGUMENT: "<function>: argument '<name>' is NULL".
relance_status NullArgument(absl::string_view function, absl::string_view name);

// Reads a relance_decimal argument, checking scale, reserved and range.
relance_status ReadDecimal(const relance_decimal* in, absl::string_view function,
                           absl::string_view name, Decimal* out);

void WriteDecimal(const Decimal& value, relance_decimal* out);

// The value a C caller passed for an enum parameter: in C any int. Taken by
// reference and copied as bytes, because in C++ reading a value past the
// enumerators' range as the enum type is undefined behaviour (UBSan: "load
// of value 9, which is not a valid value for type 'relance_day_count'").
// Read as signed: compilers give enums without negative enumerators an
// unsigned type, and (relance_roll)-1 should read as -1.
template <typename CEnum>
int64_t EnumValue(const CEnum& value) {
  static_assert(std::is_enum_v<CEnum>);
  std::make_signed_t<std::underlying_type_t<CEnum>> raw;
  std::memcpy(&raw, &value, sizeof raw);
  return static_cast<int64_t>(raw);
}

// Reads a relance_rounding argument named 'mode'.
relance_status ReadMode(const relance_rounding& mode, absl::string_view function,
                        RoundingMode* out);

// Reads a date argument (days since 1970-01-01), checking years 1..9999.
relance_status ReadDate(int32_t days, absl::string_view function,
                        absl::string_view name, Date* out);

// Writes a date result, or fails if it left years 1..9999.
relance_status WriteDate(Date date, absl::string_view function, int32_t* out);

// Reads an enum argument or field `name` of C type `type_name`, whose values
// are 0..count-1 (pinned equal to the C++ enum E's). Pass an enum argument
// as EnumValue(argument).
relance_status BadEnum(int64_t value, int count, absl::string_view function,
                       absl::string_view name, absl::string_view type_name);
template <typename E>
relance_status ReadEnum(int64_t value, int count, absl::string_view function,
                        absl::string_view name, absl::string_view type_name, E* out) {
  if (value < 0 || value >= count) return BadEnum(value, count, function, name, type_name);
  *out = static_cast<E>(value);
  return RELANCE_OK;
}

// Parses the `length` bytes at `text` (argument 'text', NULL allowed when
// length is 0) with `parse`, a core absl::StatusOr<Enum>(std::string_view),
// into *out (argument 'out') as the enum's pinned int32_t value.
template <typename Parse>
relance_status ParseEnumText(const char* text, size_t length, absl::string_view function,
                             Parse parse, int32_t* out) {
  if (text == nullptr && length > 0) return NullArgument(function, "text");
  if (out == nullptr) return NullArgument(function, "out");
  auto parsed = parse(std::string_view(text == nullptr ? "" : text, length));
  if (!parsed.ok()) return Fail(parsed.status(), function);
  *out = static_cast<int32_t>(*parsed);
  return RELANCE_OK;
}

// Extensible structs (relance_late_interest_request, relance_aging_options):
// `uint32_t struct_size` then `int32_t reserved` first, prepared by an
// init(ptr, struct_size) function. A later version appends fields; a
// struct_size above kMaxStructSize is garbage, not a version.
inline constexpr size_t kMaxStructSize = 1024;

// For init(ptr, struct_size): INVALID_ARGUMENT unless `known` (this
// version's sizeof `type`) <= struct_size <= kMaxStructSize; the message
// names 'struct_size' and says to pass sizeof *`pointer`.
relance_status CheckInitSize(size_t struct_size, size_t known, absl::string_view type,
                             absl::string_view pointer, absl::string_view function);

// For a call that reads extensible struct argument `name` at `in`: its
// struct_size in the range above, every byte past `known` zero (a field of a
// later version that this library does not know, set, is refused), and
// reserved 0. `init` names the function that prepares the struct.
relance_status CheckExtensible(const void* in, size_t known, absl::string_view type,
                               absl::string_view name, absl::string_view init,
                               absl::string_view function);

// INVALID_ARGUMENT unless index < count ("argument 'index': ...").
relance_status CheckIndex(size_t index, size_t count, absl::string_view function);

// Reads an ISO 4217 code argument (NUL-terminated): NULL, NOT_FOUND.
relance_status ReadCurrency(const char* code, absl::string_view function,
                            absl::string_view name, Currency* out);

// Reads a relance_money argument: reserved 0, a NUL-terminated known code.
relance_status ReadMoney(const relance_money* in, absl::string_view function,
                         absl::string_view name, Money* out);

// Writes `m`, or fails (OVERFLOW) when its minor units leave int64.
relance_status WriteMoney(const Money& m, absl::string_view function, relance_money* out);

// Copies `text` and a NUL into a caller buffer with snprintf semantics:
// *out_length = text.size(); BUFFER_TOO_SMALL (after writing what fits) if
// capacity <= text.size(). REQUIRES: buffer != NULL if capacity > 0.
relance_status CopyText(absl::string_view text, absl::string_view function,
                        char* buffer, size_t capacity, size_t* out_length);

// Runs body() and turns any escaping exception into a status.
template <typename Body>
relance_status Guard(absl::string_view function, Body&& body) noexcept {
  try {
    return body();
  } catch (const std::bad_alloc&) {
    return Fail(RELANCE_E_OUT_OF_MEMORY, function, "out of memory");
  } catch (const std::length_error&) {  // a size no allocation can satisfy
    return Fail(RELANCE_E_OUT_OF_MEMORY, function, "out of memory (size too large)");
  } catch (const std::exception& e) {
    return Fail(RELANCE_E_INTERNAL, function, e.what());
  } catch (...) {
    return Fail(RELANCE_E_INTERNAL, function, "unknown exception");
  }
}

// The body of every init(ptr, struct_size) of an extensible struct: NULL
// and size checks (the argument is named `name`), the caller's
// struct_size bytes zeroed, struct_size set, then set_defaults(ptr) for
// this version's fields.
template <typename Struct, typename SetDefaults>
relance_status InitExtensible(Struct* ptr, size_t struct_size, absl::string_view function,
                              absl::string_view type, absl::string_view name,
                              SetDefaults set_defaults) {
  return Guard(function, [&]() -> relance_status {
    if (ptr == nullptr) return NullArgument(function, name);
    if (relance_status s = CheckInitSize(struct_size, sizeof(Struct), type, name, function)) {
      return s;
    }
    std::memset(static_cast<void*>(ptr), 0, struct_size);
    ptr->struct_size = static_cast<uint32_t>(struct_size);
    set_defaults(ptr);
    return RELANCE_OK;
  });
}

}  // namespace relance::capi

#endif  // RELANCE_CAPI_SHIM_H_
