// Internal: the exact arithmetic of late-payment interest. A segment's
// amount base x percent / 100 x year fraction is an exact rational; it is
// rounded once to the minor unit and shown as a decimal of at most 18
// places for reading, and the segments' exact amounts are summed.
//
// Two arithmetics give identical results. The reference keeps every value
// a Boost cpp_rational. The fast one keeps the reduced numerator and
// denominator in unsigned 128-bit integers -- in the common case base x
// percent x days / (10^k x basis), a few dozen bits each -- and falls back
// to the reference for any step whose intermediates could leave 128 bits,
// or that fails (the reference then produces the same error).
//
// Not installed; not API.

#ifndef RELANCE_SRC_INTEREST_AMOUNT_H_
#define RELANCE_SRC_INTEREST_AMOUNT_H_

#include <cstdint>
#include <optional>
#include <string>

#include <boost/multiprecision/cpp_int.hpp>

#include "absl/status/statusor.h"
#include "relance/day_count.h"
#include "relance/decimal.h"
#include "relance/late_interest.h"
#include "relance/rounding.h"

namespace relance::interest_internal {

using boost::multiprecision::cpp_rational;

// ---- the reference arithmetic (cpp_rational) ------------------------------

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

// ---- the sum of a request's segments --------------------------------------

// Which arithmetic InterestSum uses. Values are not pinned.
enum class Arithmetic : std::uint8_t {
  kFastFirst,     // 128-bit integers, the reference where they do not do
  kRationalOnly,  // the reference throughout
};

// A non-negative fraction num / den, reduced, den > 0, in 128 bits.
struct Ratio128 {
  uint128 num = 0;
  uint128 den = 1;
};

// One segment's amounts.
struct SegmentAmount {
  Shown shown;        // the exact amount, as ShowRational shows it
  std::string ratio;  // the exact amount, RatioText
  // Rounded once to the minor unit in the request's mode; half-even when
  // that is kExact, the amount is inexact and rounding is on the total.
  Decimal rounded;
};

// The exact interest of a request: its segments' amounts, added one by one
// in date order, and their exact sum.
class InterestSum {
 public:
  // Amounts round to `minor_units` (0..4) places in `mode` at `point`.
  InterestSum(int minor_units, RoundingMode mode, RoundingPoint point,
              Arithmetic arithmetic)
      : minor_units_(minor_units),
        mode_(mode),
        point_(point),
        arithmetic_(arithmetic) {}

  // Adds the segment base x percent / 100 x fraction to the sum and returns
  // its amounts. Errors: kOverflow; kInexact when the mode is kExact, the
  // point kPerSegment and the segment not a whole number of minor units.
  absl::StatusOr<SegmentAmount> Add(const Decimal& base, const Decimal& percent,
                                    Fraction fraction);

  // The exact sum, shown and as a fraction. Errors: kOverflow.
  absl::StatusOr<Shown> ShownTotal() const;
  std::string TotalRatio() const;

  // The exact sum rounded once in the mode to the minor unit. Errors:
  // kInexact under kExact; kOverflow.
  absl::StatusOr<Decimal> RoundedTotal() const;

  // True when some step used the reference arithmetic.
  bool used_rational() const { return used_rational_; }

 private:
  // The amounts of an exact segment amount, by the reference arithmetic.
  absl::StatusOr<SegmentAmount> RationalAmounts(const cpp_rational& exact);
  // Adds to the sum, moving it to cpp_rational when 128 bits do not hold it.
  void AddToTotal(const Ratio128& x);
  void AddToTotal(const cpp_rational& x);
  // The sum as a cpp_rational, whichever arithmetic holds it.
  cpp_rational RationalTotal() const;

  int minor_units_;
  RoundingMode mode_;
  RoundingPoint point_;
  Arithmetic arithmetic_;
  mutable bool used_rational_ = false;  // set by the const members too
  // The sum: in 128 bits until it leaves them, then in `wide_total_`.
  Ratio128 total_;
  std::optional<cpp_rational> wide_total_;
};

}  // namespace relance::interest_internal

#endif  // RELANCE_SRC_INTEREST_AMOUNT_H_
