// The exact arithmetic of late-payment interest (Boost cpp_rational): the
// amount of a segment, rounded once, shown for reading, and as a fraction.

#include "interest_amount.h"

#include <algorithm>
#include <string>

#include <boost/multiprecision/cpp_int.hpp>

#include "absl/strings/str_cat.h"
#include "relance/error.h"
#include "wide_integer.h"

namespace relance::interest_internal {
namespace {

using boost::multiprecision::cpp_int;

cpp_int Big(int128 v) {
  const uint128 m = wide::Magnitude(v);
  cpp_int r = cpp_int(static_cast<std::uint64_t>(m >> 64)) << 64;
  r |= cpp_int(static_cast<std::uint64_t>(m));
  return v < 0 ? cpp_int(-r) : r;
}

cpp_int Pow10(int n) {
  cpp_int p = 1;
  for (int i = 0; i < n; ++i) p *= 10;
  return p;
}

}  // namespace

cpp_rational ExactAmount(const Decimal& base, const Decimal& percent,
                         Fraction f) {
  return cpp_rational(
      Big(base.coefficient()) * Big(percent.coefficient()) * f.numerator,
      Pow10(base.scale() + percent.scale() + 2) * f.denominator);
}

absl::StatusOr<Decimal> RoundRational(const cpp_rational& q, int scale,
                                      RoundingMode mode) {
  const cpp_int n = numerator(q) * Pow10(scale);
  const cpp_int d = denominator(q);  // > 0
  const bool negative = n < 0;
  const cpp_int magnitude = negative ? cpp_int(-n) : n;
  cpp_int quotient = magnitude / d;
  const cpp_int remainder = magnitude - quotient * d;
  if (remainder != 0) {
    if (mode == RoundingMode::kExact) {
      return MakeError(
          ErrorCode::kInexact,
          absl::StrCat("interest ", numerator(q).str(), "/",
                       denominator(q).str(),
                       " is not a whole number of minor units (ROUND_EXACT)"));
    }
    if (wide::RoundsAway(quotient, remainder, d, negative, mode)) quotient += 1;
  }
  static const cpp_int kMax = Big(Decimal::kMaxCoefficient);
  if (quotient > kMax) {
    return MakeError(ErrorCode::kOverflow, "interest has more than 38 digits");
  }
  const auto hi = static_cast<std::uint64_t>(quotient >> 64);
  const auto lo = static_cast<std::uint64_t>(quotient & cpp_int(UINT64_MAX));
  const auto c = static_cast<int128>((static_cast<uint128>(hi) << 64) | lo);
  return Decimal::FromCoefficient(negative ? -c : c, scale);
}

absl::StatusOr<Shown> ShowRational(const cpp_rational& q, int min_scale) {
  cpp_int rest = denominator(q);
  int twos = 0, fives = 0;
  while (rest % 2 == 0) rest /= 2, ++twos;
  while (rest % 5 == 0) rest /= 5, ++fives;
  const int needed = std::max(twos, fives);
  const bool terminates = rest == 1 && needed <= Decimal::kMaxScale;
  int scale = terminates ? std::max(needed, min_scale) : Decimal::kMaxScale;
  for (; scale >= 0; --scale) {
    absl::StatusOr<Decimal> d =
        RoundRational(q, scale, RoundingMode::kHalfEven);
    if (d.ok()) return Shown{*d, terminates && scale >= needed};
  }
  return MakeError(ErrorCode::kOverflow, "interest has more than 38 digits");
}

std::string RatioText(const cpp_rational& q) {
  return absl::StrCat(numerator(q).str(), "/", denominator(q).str());
}

}  // namespace relance::interest_internal
