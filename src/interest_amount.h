// Internal: the exact arithmetic of late-payment interest. A segment's
// amount base x percent / 100 x year fraction is an exact rational; it is
// rounded once to the minor unit and shown as a decimal of at most 18
// places for reading. Not installed; not API.

#ifndef RELANCE_SRC_INTEREST_AMOUNT_H_
#define RELANCE_SRC_INTEREST_AMOUNT_H_

#include <string>

#include <boost/multiprecision/cpp_int.hpp>

#include "absl/status/statusor.h"
#include "relance/day_count.h"
#include "relance/decimal.h"
#include "relance/rounding.h"

namespace relance::interest_internal {

using boost::multiprecision::cpp_rational;

// base x percent / 100 x fraction, exactly.
cpp_rational ExactAmount(const Decimal& base, const Decimal& percent,
                         Fraction f);

// q rounded once in `mode` to `scale` digits. REQUIRES: 0 <= scale <= 18
// and a valid mode. Errors: kInexact under kExact; kOverflow.
absl::StatusOr<Decimal> RoundRational(const cpp_rational& q, int scale,
                                      RoundingMode mode);

struct Shown {
  Decimal value;
  bool exact;
};

// q as a Decimal for reading: exact at the smallest scale >= min_scale that
// holds it, when that is at most 18 and fits 38 digits; otherwise rounded
// half-even at the largest scale <= 18 that fits. Errors: kOverflow.
absl::StatusOr<Shown> ShowRational(const cpp_rational& q, int min_scale);

// "n/d", the reduced fraction.
std::string RatioText(const cpp_rational& q);

}  // namespace relance::interest_internal

#endif  // RELANCE_SRC_INTEREST_AMOUNT_H_
