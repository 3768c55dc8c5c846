// Internal: what the payment-terms sources share -- the value checks that
// both the builders (payment_terms.cc) and the parser of the text form
// (payment_terms_text.cc) apply. Not installed; not API.

#ifndef RELANCE_SRC_PAYMENT_TERMS_INTERNAL_H_
#define RELANCE_SRC_PAYMENT_TERMS_INTERNAL_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "absl/status/status.h"
#include "relance/decimal.h"

namespace relance::payment_terms_internal {

inline constexpr int kMaxPercentDecimals = 6;
inline constexpr int kMaxAmountDecimals = 4;

// A kInvalidArgument error with `message`.
absl::Status Invalid(std::string_view message);

// Each returns "" or the reason the value is out of range.
std::string DaysProblem(std::int64_t days);
std::string DayOfMonthProblem(int day);
// Percentages: 0 < p <= 100 (p < 100 for a discount), few decimals.
std::string PercentProblem(const Decimal& p, bool discount);
std::string AmountProblem(const Decimal& a);

}  // namespace relance::payment_terms_internal

#endif  // RELANCE_SRC_PAYMENT_TERMS_INTERNAL_H_
