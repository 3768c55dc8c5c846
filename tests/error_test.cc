// ErrorCode: the payload survives copies, and plain absl statuses map to
// the closest code.

#include "relance/error.h"

#include "gtest/gtest.h"
#include "relance/rounding.h"

namespace relance {
namespace {

TEST(Error, CodeTravelsWithTheStatus) {
  const absl::Status s = MakeError(ErrorCode::kCurrencyMismatch, "EUR and USD");
  const absl::Status copy = s;
  EXPECT_EQ(ErrorCodeOf(copy), ErrorCode::kCurrencyMismatch);
  EXPECT_EQ(copy.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(copy.message(), "EUR and USD");
  EXPECT_EQ(ErrorCodeOf(MakeError(ErrorCode::kOverflow, "x")), ErrorCode::kOverflow);
  EXPECT_EQ(MakeError(ErrorCode::kOverflow, "x").code(), absl::StatusCode::kOutOfRange);
}

TEST(Error, PlainStatusesMapToTheClosestCode) {
  EXPECT_EQ(ErrorCodeOf(absl::OkStatus()), ErrorCode::kOk);
  EXPECT_EQ(ErrorCodeOf(absl::NotFoundError("x")), ErrorCode::kNotFound);
  EXPECT_EQ(ErrorCodeOf(absl::InvalidArgumentError("x")), ErrorCode::kInvalidArgument);
  EXPECT_EQ(ErrorCodeOf(absl::UnknownError("x")), ErrorCode::kInternal);
}

TEST(Error, NamesAreStable) {
  EXPECT_EQ(ErrorCodeName(ErrorCode::kInexact), "inexact");
  EXPECT_EQ(ErrorCodeName(ErrorCode::kDivisionByZero), "division by zero");
  EXPECT_EQ(ErrorCodeName(static_cast<ErrorCode>(99)), "unknown error");
}

TEST(RoundingModeNames, RoundTripAndRejectUnknown) {
  for (int i = 0; i < kRoundingModeCount; ++i) {
    const auto mode = static_cast<RoundingMode>(i);
    EXPECT_EQ(*ParseRoundingMode(RoundingModeName(mode)), mode);
  }
  EXPECT_EQ(RoundingModeName(RoundingMode::kZeroFiveUp), "ROUND_05UP");
  const auto bad = ParseRoundingMode("HALF_UP");
  EXPECT_EQ(ErrorCodeOf(bad.status()), ErrorCode::kInvalidArgument);
}

}  // namespace
}  // namespace relance
