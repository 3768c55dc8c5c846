#include "relance/error.h"

#include <charconv>
#include <optional>
#include <string>

#include "absl/strings/cord.h"
#include "absl_bridge.h"

namespace relance {
namespace {

constexpr std::string_view kPayloadUrl = "relance/error_code";

absl::StatusCode CanonicalCode(ErrorCode code) {
  switch (code) {
    case ErrorCode::kOk: return absl::StatusCode::kOk;
    case ErrorCode::kFailedPrecondition: return absl::StatusCode::kFailedPrecondition;
    case ErrorCode::kNotFound: return absl::StatusCode::kNotFound;
    case ErrorCode::kAlreadyExists: return absl::StatusCode::kAlreadyExists;
    case ErrorCode::kOverflow: return absl::StatusCode::kOutOfRange;
    case ErrorCode::kBufferTooSmall: return absl::StatusCode::kOutOfRange;
    case ErrorCode::kOutOfMemory: return absl::StatusCode::kResourceExhausted;
    case ErrorCode::kInternal: return absl::StatusCode::kInternal;
    default: return absl::StatusCode::kInvalidArgument;
  }
}

ErrorCode FromCanonical(absl::StatusCode code) {
  switch (code) {
    case absl::StatusCode::kOk: return ErrorCode::kOk;
    case absl::StatusCode::kInvalidArgument: return ErrorCode::kInvalidArgument;
    case absl::StatusCode::kFailedPrecondition: return ErrorCode::kFailedPrecondition;
    case absl::StatusCode::kNotFound: return ErrorCode::kNotFound;
    case absl::StatusCode::kAlreadyExists: return ErrorCode::kAlreadyExists;
    case absl::StatusCode::kOutOfRange: return ErrorCode::kOverflow;
    case absl::StatusCode::kResourceExhausted: return ErrorCode::kOutOfMemory;
    default: return ErrorCode::kInternal;
  }
}

}  // namespace

absl::Status MakeError(ErrorCode code, std::string_view message) {
  absl::Status status(CanonicalCode(code), AbslView(message));
  status.SetPayload(AbslView(kPayloadUrl),
                    absl::Cord(std::to_string(static_cast<int>(code))));
  return status;
}

ErrorCode ErrorCodeOf(const absl::Status& status) {
  if (status.ok()) return ErrorCode::kOk;
  const auto payload = status.GetPayload(AbslView(kPayloadUrl));
  if (payload.has_value()) {
    const std::string text(*payload);
    int value = 0;
    const auto [end, ec] =
        std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec == std::errc() && end == text.data() + text.size() && value > 0 &&
        value <= static_cast<int>(ErrorCode::kInternal)) {
      return static_cast<ErrorCode>(value);
    }
  }
  return FromCanonical(status.code());
}

std::string_view ErrorCodeName(ErrorCode code) {
  switch (code) {
    case ErrorCode::kOk: return "ok";
    case ErrorCode::kInvalidArgument: return "invalid argument";
    case ErrorCode::kFailedPrecondition: return "failed precondition";
    case ErrorCode::kNotFound: return "not found";
    case ErrorCode::kAlreadyExists: return "already exists";
    case ErrorCode::kOverflow: return "overflow";
    case ErrorCode::kCurrencyMismatch: return "currency mismatch";
    case ErrorCode::kInexact: return "inexact";
    case ErrorCode::kDivisionByZero: return "division by zero";
    case ErrorCode::kBufferTooSmall: return "buffer too small";
    case ErrorCode::kParse: return "parse error";
    case ErrorCode::kOutOfMemory: return "out of memory";
    case ErrorCode::kInternal: return "internal error";
  }
  return "unknown error";
}

}  // namespace relance
