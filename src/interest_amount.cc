// The exact arithmetic of late-payment interest: the amount of a segment,
// rounded once, shown for reading, and as a fraction, by the reference
// arithmetic (Boost cpp_rational) and by the fast one (128-bit integers,
// falling back to the reference); and the sum of a request's segments.

#include "interest_amount.h"

#include <algorithm>
#include <string>
#include <utility>

#include <boost/multiprecision/cpp_int.hpp>

#include "absl/strings/str_cat.h"
#include "relance/error.h"
#include "wide_integer.h"

namespace relance::interest_internal {
namespace {

using boost::multiprecision::cpp_int;

cpp_int BigMagnitude(uint128 m) {
  cpp_int r = cpp_int(static_cast<std::uint64_t>(m >> 64)) << 64;
  r |= cpp_int(static_cast<std::uint64_t>(m));
  return r;
}

cpp_int Big(int128 v) {
  const cpp_int r = BigMagnitude(wide::Magnitude(v));
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

// ---- the fast arithmetic (128 bits) ---------------------------------------

namespace {

using decimal_internal::Access;

constexpr uint128 kMaxCoefficient =
    static_cast<uint128>(Decimal::kMaxCoefficient);

bool Fits64(uint128 v) { return (v >> 64) == 0; }

// Trailing zero bits. REQUIRES: v != 0.
int TrailingZeros(uint128 v) {
  const auto low = static_cast<std::uint64_t>(v);
  return low != 0 ? __builtin_ctzll(low)
                  : 64 + __builtin_ctzll(static_cast<std::uint64_t>(v >> 64));
}

// q = n / d and *r = n % d, in 64-bit instructions when both fit there.
// REQUIRES: d != 0.
uint128 DivMod(uint128 n, uint128 d, uint128* r) {
  if (Fits64(n) && Fits64(d)) {
    const auto n64 = static_cast<std::uint64_t>(n);
    const auto d64 = static_cast<std::uint64_t>(d);
    *r = n64 % d64;
    return n64 / d64;
  }
  const uint128 q = n / d;
  *r = n - q * d;
  return q;
}

// Stein's binary gcd. REQUIRES: a, b != 0.
template <typename U>
U BinaryGcd(U a, U b) {
  const auto ctz = [](U v) {
    if constexpr (sizeof(U) == 8) {
      return __builtin_ctzll(v);
    } else {
      return TrailingZeros(v);
    }
  };
  const int shift = ctz(a | b);
  a >>= ctz(a);
  do {
    b >>= ctz(b);
    if (a > b) std::swap(a, b);
    b -= a;
  } while (b != 0);
  return a << shift;
}

// gcd(a, b); one Euclid step first brings a 128-bit operand down to the
// 64 bits of the other. REQUIRES: a, b != 0.
uint128 Gcd(uint128 a, uint128 b) {
  if (Fits64(b) && !Fits64(a)) {
    a %= b;
    if (a == 0) return b;
  } else if (Fits64(a) && !Fits64(b)) {
    b %= a;
    if (b == 0) return a;
  }
  if (Fits64(a) && Fits64(b)) {
    return BinaryGcd(static_cast<std::uint64_t>(a),
                     static_cast<std::uint64_t>(b));
  }
  return BinaryGcd(a, b);
}

// num / den reduced. REQUIRES: den != 0.
Ratio128 Reduced(uint128 num, uint128 den) {
  if (num == 0) return Ratio128{0, 1};
  const uint128 g = Gcd(num, den);
  if (g == 1) return Ratio128{num, den};
  uint128 unused;
  return Ratio128{DivMod(num, g, &unused), DivMod(den, g, &unused)};
}

// ExactAmount in 128 bits, or nullopt when an input is negative or an
// intermediate product would leave 128 bits.
std::optional<Ratio128> FastExactAmount(const Decimal& base,
                                        const Decimal& percent, Fraction f) {
  if (base.signum() < 0 || percent.signum() < 0 || f.numerator < 0 ||
      f.denominator <= 0) {
    return std::nullopt;
  }
  uint128 num, den;
  // The scales are at most 18 each, so 10^(base + percent + 2) <= 10^38.
  if (__builtin_mul_overflow(static_cast<uint128>(base.coefficient()),
                             static_cast<uint128>(percent.coefficient()),
                             &num) ||
      __builtin_mul_overflow(num, static_cast<uint128>(f.numerator), &num) ||
      __builtin_mul_overflow(wide::Pow10(base.scale() + percent.scale() + 2),
                             static_cast<uint128>(f.denominator), &den)) {
    return std::nullopt;
  }
  return Reduced(num, den);
}

// x with its integer part and remainder: x = (whole x den + rest) / den.
struct Division {
  uint128 whole;
  uint128 rest;
  uint128 den;
};

Division Divide(const Ratio128& x) {
  Division d{0, 0, x.den};
  d.whole = DivMod(x.num, x.den, &d.rest);
  return d;
}

enum class Scaled { kOk, kTooLarge, kUndecided };

// The magnitude x x 10^scale rounded once in `mode` into *out: kTooLarge
// past 38 digits, kUndecided when the scaled remainder would leave 128
// bits. *inexact says whether rounding was needed; under kExact the
// truncated value is written. REQUIRES: 0 <= scale <= 18.
Scaled RoundScaled(const Division& x, int scale, RoundingMode mode,
                   uint128* out, bool* inexact) {
  const uint128 p = wide::Pow10(scale);
  uint128 scaled_rest, r;
  if (__builtin_mul_overflow(x.rest, p, &scaled_rest))
    return Scaled::kUndecided;
  const uint128 part = DivMod(scaled_rest, x.den, &r);
  uint128 q;
  if (__builtin_mul_overflow(x.whole, p, &q) ||
      __builtin_add_overflow(q, part, &q) || q > kMaxCoefficient) {
    return Scaled::kTooLarge;
  }
  *inexact = r != 0;
  if (*inexact && mode != RoundingMode::kExact &&
      wide::RoundsAway(q, r, x.den, /*negative=*/false, mode)) {
    q += 1;
  }
  if (q > kMaxCoefficient) return Scaled::kTooLarge;
  *out = q;
  return Scaled::kOk;
}

// ShowRational in 128 bits, or nullopt when it cannot decide (the
// reference then decides, or reports the overflow).
std::optional<Shown> FastShow(const Ratio128& x, const Division& division,
                              int min_scale) {
  uint128 rest = x.den;
  const int twos = TrailingZeros(rest);
  rest >>= twos;
  int fives = 0;
  while (!Fits64(rest) && rest % 5 == 0) rest /= 5, ++fives;
  auto rest64 = static_cast<std::uint64_t>(rest);
  if (Fits64(rest)) {
    while (rest64 % 5 == 0) rest64 /= 5, ++fives;
  }
  const int needed = std::max(twos, fives);
  const bool terminates =
      Fits64(rest) && rest64 == 1 && needed <= Decimal::kMaxScale;
  for (int scale = terminates ? std::max(needed, min_scale)
                              : Decimal::kMaxScale;
       scale >= 0; --scale) {
    uint128 m;
    bool inexact;
    switch (
        RoundScaled(division, scale, RoundingMode::kHalfEven, &m, &inexact)) {
      case Scaled::kOk:
        return Shown{Access::Make(static_cast<int128>(m), scale),
                     terminates && scale >= needed};
      case Scaled::kTooLarge:
        continue;
      case Scaled::kUndecided:
        return std::nullopt;
    }
  }
  return std::nullopt;
}

// RatioText of a 128-bit fraction.
std::string FastRatioText(const Ratio128& x) {
  char text[2 * 39 + 1];  // 2^128 has 39 digits
  char* const end = text + sizeof text;
  char* p = wide::WriteDigitsBackward(x.den, end);
  *--p = '/';
  p = wide::WriteDigitsBackward(x.num, p);
  return std::string(p, end);
}

// a + b in 128 bits, reduced, or nullopt when it would leave them.
std::optional<Ratio128> FastSum(const Ratio128& a, const Ratio128& b) {
  if (a.num == 0) return b;
  if (b.num == 0) return a;
  const uint128 g = Gcd(a.den, b.den);
  uint128 unused;
  const uint128 a_cofactor = DivMod(a.den, g, &unused);
  const uint128 b_cofactor = DivMod(b.den, g, &unused);
  uint128 left, right, num, den;
  if (__builtin_mul_overflow(a.num, b_cofactor, &left) ||
      __builtin_mul_overflow(b.num, a_cofactor, &right) ||
      __builtin_add_overflow(left, right, &num) ||
      __builtin_mul_overflow(a.den, b_cofactor, &den)) {
    return std::nullopt;
  }
  return Reduced(num, den);
}

cpp_rational Rational(const Ratio128& x) {
  return cpp_rational(BigMagnitude(x.num), BigMagnitude(x.den));
}

}  // namespace

// ---- InterestSum ----------------------------------------------------------

absl::StatusOr<SegmentAmount> InterestSum::Add(const Decimal& base,
                                               const Decimal& percent,
                                               Fraction fraction) {
  std::optional<Ratio128> exact;
  if (arithmetic_ == Arithmetic::kFastFirst)
    exact = FastExactAmount(base, percent, fraction);
  if (!exact) return RationalAmounts(ExactAmount(base, percent, fraction));
  const Division division = Divide(*exact);
  std::optional<Shown> shown = FastShow(*exact, division, minor_units_);
  uint128 rounded;
  bool inexact;
  if (!shown || RoundScaled(division, minor_units_, mode_, &rounded,
                            &inexact) != Scaled::kOk) {
    return RationalAmounts(Rational(*exact));
  }
  if (inexact && mode_ == RoundingMode::kExact) {
    // Under kPerSegment an error, which the reference words; under kOnTotal
    // the line shows the segment half-even.
    if (point_ == RoundingPoint::kPerSegment ||
        RoundScaled(division, minor_units_, RoundingMode::kHalfEven, &rounded,
                    &inexact) != Scaled::kOk) {
      return RationalAmounts(Rational(*exact));
    }
  }
  AddToTotal(*exact);
  return SegmentAmount{
      *shown, FastRatioText(*exact),
      Access::Make(static_cast<int128>(rounded), minor_units_)};
}

absl::StatusOr<SegmentAmount> InterestSum::RationalAmounts(
    const cpp_rational& exact) {
  used_rational_ = true;
  absl::StatusOr<Shown> shown = ShowRational(exact, minor_units_);
  absl::StatusOr<Decimal> rounded = RoundRational(exact, minor_units_, mode_);
  if (!shown.ok()) return shown.status();
  if (!rounded.ok()) {
    if (point_ == RoundingPoint::kPerSegment) return rounded.status();
    // kExact on an inexact segment: the line shows it half-even.
    rounded = RoundRational(exact, minor_units_, RoundingMode::kHalfEven);
    if (!rounded.ok()) return rounded.status();
  }
  AddToTotal(exact);
  return SegmentAmount{*shown, RatioText(exact), *rounded};
}

void InterestSum::AddToTotal(const Ratio128& x) {
  if (!wide_total_) {
    if (std::optional<Ratio128> sum = FastSum(total_, x)) {
      total_ = *sum;
      return;
    }
    used_rational_ = true;
    wide_total_ = Rational(total_);
  }
  *wide_total_ += Rational(x);
}

void InterestSum::AddToTotal(const cpp_rational& x) {
  if (!wide_total_) wide_total_ = Rational(total_);
  *wide_total_ += x;
}

cpp_rational InterestSum::RationalTotal() const {
  return wide_total_ ? *wide_total_ : Rational(total_);
}

absl::StatusOr<Shown> InterestSum::ShownTotal() const {
  if (!wide_total_ && arithmetic_ == Arithmetic::kFastFirst) {
    if (std::optional<Shown> shown =
            FastShow(total_, Divide(total_), minor_units_)) {
      return *shown;
    }
  }
  used_rational_ = true;
  return ShowRational(RationalTotal(), minor_units_);
}

std::string InterestSum::TotalRatio() const {
  if (!wide_total_ && arithmetic_ == Arithmetic::kFastFirst)
    return FastRatioText(total_);
  used_rational_ = true;
  return RatioText(RationalTotal());
}

absl::StatusOr<Decimal> InterestSum::RoundedTotal() const {
  if (!wide_total_ && arithmetic_ == Arithmetic::kFastFirst) {
    uint128 rounded;
    bool inexact;
    if (RoundScaled(Divide(total_), minor_units_, mode_, &rounded, &inexact) ==
            Scaled::kOk &&
        !(inexact && mode_ == RoundingMode::kExact)) {
      return Access::Make(static_cast<int128>(rounded), minor_units_);
    }
  }
  used_rational_ = true;
  return RoundRational(RationalTotal(), minor_units_, mode_);
}

}  // namespace relance::interest_internal
