// relance/error.h -- how relance reports expected failures.
//
// Every fallible function returns absl::Status or absl::StatusOr<T>. The
// canonical absl code follows Abseil's guidance (kInvalidArgument for bad input
// whatever the state, kFailedPrecondition when state must change first,
// kNotFound, kAlreadyExists, kOutOfRange for values past a limit). relance adds
// a finer ErrorCode, carried as a payload, that says which rule failed: a
// parse error, an overflow, a currency mismatch, an inexact result... The C ABI
// returns that ErrorCode as its relance_status.
//
//   absl::StatusOr<Decimal> d = Decimal::Parse("12,50");
//   ErrorCodeOf(d.status()) == ErrorCode::kParse
//   d.status().message() == "parse error at position 3 (',') in \"12,50\": ..."
//
// Thread safety: pure functions.

#ifndef RELANCE_ERROR_H_
#define RELANCE_ERROR_H_

#include <string_view>

#include "absl/status/status.h"

namespace relance {

// Values are pinned: they equal the relance_status codes of relance.h.
enum class ErrorCode : int {
  kOk = 0,
  kInvalidArgument = 1,     // a malformed or out-of-domain argument
  kFailedPrecondition = 2,  // the state does not allow the operation
  kNotFound = 3,            // an id or code that does not exist
  kAlreadyExists = 4,       // a duplicate id
  kOverflow = 5,            // a result beyond 38 digits (or another limit)
  kCurrencyMismatch = 6,    // amounts in different currencies combined
  kInexact = 7,             // rounding needed where none is allowed
  kDivisionByZero = 8,      // a zero divisor or a zero sum of ratios
  kBufferTooSmall = 9,      // a caller buffer too small (C ABI)
  kParse = 10,              // text that does not follow its grammar
  kOutOfMemory = 11,        // allocation failed
  kInternal = 12,           // a bug in relance: please report it
};

// Builds a status with the canonical absl code that matches `code` and the
// ErrorCode attached as a payload. REQUIRES: code != ErrorCode::kOk.
absl::Status MakeError(ErrorCode code, std::string_view message);

// The ErrorCode of a status: kOk for an OK status, the payload when present,
// otherwise the closest ErrorCode for the canonical code (so statuses from
// other libraries map sensibly; unknown ones map to kInternal).
ErrorCode ErrorCodeOf(const absl::Status& status);

// A short stable name: "ok", "invalid argument", "overflow", ...
std::string_view ErrorCodeName(ErrorCode code);

}  // namespace relance

#endif  // RELANCE_ERROR_H_
