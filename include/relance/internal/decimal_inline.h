// relance/internal/decimal_inline.h -- inline fast paths of Add, Multiply
// and Divide. Not API: included by relance/decimal.h only.
//
// Most money arithmetic has 64-bit operands (amounts, rates, day counts), so
// each operation first tries a branch-light 64-bit path inlined at the call
// site, and falls back to the general out-of-line code (128- and 256-bit)
// for anything else: a different scale, a wider operand, ROUND_EXACT, an
// invalid argument or an error. Both paths give identical results; the
// differential tests exercise both.

#ifndef RELANCE_INTERNAL_DECIMAL_INLINE_H_
#define RELANCE_INTERNAL_DECIMAL_INLINE_H_

#include <cstdint>

namespace relance {
namespace decimal_internal {

// 10^n for n in 0..19.
inline constexpr std::uint64_t kPow10u64[20] = {
    1ull,
    10ull,
    100ull,
    1000ull,
    10000ull,
    100000ull,
    1000000ull,
    10000000ull,
    100000000ull,
    1000000000ull,
    10000000000ull,
    100000000000ull,
    1000000000000ull,
    10000000000000ull,
    100000000000000ull,
    1000000000000000ull,
    10000000000000000ull,
    100000000000000000ull,
    1000000000000000000ull,
    10000000000000000000ull};

// Whether the truncated magnitude q, with remainder r of divisor d, moves one
// unit away from zero. Comparisons are combined without branches, because
// their outcome depends on the data. REQUIRES: r < d; mode is not kExact.
inline bool RoundsAway64(std::uint64_t q, std::uint64_t r, std::uint64_t d,
                         bool negative, RoundingMode mode) {
  const std::uint64_t rest = d - r;
  const bool inexact = r != 0, above = r > rest, tie = r == rest;
  switch (mode) {
    case RoundingMode::kHalfEven:
      return above | (tie & static_cast<bool>(q & 1));
    case RoundingMode::kHalfUp:
      return above | tie;
    case RoundingMode::kHalfDown:
      return above;
    case RoundingMode::kUp:
      return inexact;
    case RoundingMode::kCeiling:
      return inexact & !negative;
    case RoundingMode::kFloor:
      return inexact & negative;
    case RoundingMode::kZeroFiveUp: {
      const unsigned last = static_cast<unsigned>(q % 10);
      return inexact & (last == 0 || last == 5);
    }
    default:  // kDown
      return false;
  }
}

inline bool FitsInt64(int128 v) { return v == static_cast<std::int64_t>(v); }

// True for the modes the fast paths handle (all but kExact and bad values).
inline bool IsRoundingMode(RoundingMode mode) {
  return static_cast<unsigned>(mode) < static_cast<unsigned>(RoundingMode::kExact);
}

absl::StatusOr<Decimal> MultiplySlow(const Decimal& a, const Decimal& b,
                                     int scale, RoundingMode mode);
absl::StatusOr<Decimal> DivideSlow(const Decimal& a, const Decimal& b,
                                   int scale, RoundingMode mode);

}  // namespace decimal_internal

inline absl::StatusOr<Decimal> Add(const Decimal& a, const Decimal& b) {
  // |a|, |b| <= kMax, so a wrapped sum always lands outside [-kMax, kMax]:
  // one range check covers both the overflow and the 38-digit limit.
  constexpr uint128 kMax = static_cast<uint128>(Decimal::kMaxCoefficient);
  const uint128 sum = static_cast<uint128>(a.coefficient()) +
                      static_cast<uint128>(b.coefficient());
  if (__builtin_expect((a.scale() == b.scale()) & (sum + kMax <= 2 * kMax), 1)) {
    return decimal_internal::Access::Make(static_cast<int128>(sum), a.scale());
  }
  return decimal_internal::AddAligned(a, b);
}

inline absl::StatusOr<Decimal> Multiply(const Decimal& a, const Decimal& b,
                                        int scale, RoundingMode mode) {
  // In 64 bits: `scale` is unchecked here and may be any int.
  const std::int64_t drop = std::int64_t{a.scale()} + b.scale() - scale;
  std::int64_t product;
  if (__builtin_expect(
          decimal_internal::FitsInt64(a.coefficient()) &&
              decimal_internal::FitsInt64(b.coefficient()) &&
              !__builtin_mul_overflow(static_cast<std::int64_t>(a.coefficient()),
                                      static_cast<std::int64_t>(b.coefficient()),
                                      &product) &&
              drop > 0 && drop < 20 && scale >= 0 && scale <= Decimal::kMaxScale &&
              decimal_internal::IsRoundingMode(mode),
          1)) {
    // Kept in 64 bits: a 128-bit product would go through memory here.
    const bool negative = product < 0;
    const std::uint64_t v = negative ? 0 - static_cast<std::uint64_t>(product)
                                     : static_cast<std::uint64_t>(product);
    const std::uint64_t d = decimal_internal::kPow10u64[drop];
    const std::uint64_t q = v / d, r = v - q * d;
    const auto c = static_cast<int128>(
        q + decimal_internal::RoundsAway64(q, r, d, negative, mode));
    return decimal_internal::Access::Make(negative ? -c : c, scale);
  }
  return decimal_internal::MultiplySlow(a, b, scale, mode);
}

inline absl::StatusOr<Decimal> Divide(const Decimal& a, const Decimal& b,
                                      int scale, RoundingMode mode) {
  // a / b * 10^scale = |a| * 10^lift / |b|.
  const std::int64_t lift = std::int64_t{scale} - a.scale() + b.scale();
  const auto ua = static_cast<std::uint64_t>(a.coefficient() < 0 ? -a.coefficient()
                                                                  : a.coefficient());
  const auto ub = static_cast<std::uint64_t>(b.coefficient() < 0 ? -b.coefficient()
                                                                 : b.coefficient());
  if (__builtin_expect(
          decimal_internal::FitsInt64(a.coefficient()) &&
              decimal_internal::FitsInt64(b.coefficient()) && ub != 0 && lift >= 0 &&
              lift < 20 && scale >= 0 && scale <= Decimal::kMaxScale &&
              decimal_internal::IsRoundingMode(mode) &&
              ua <= UINT64_MAX / decimal_internal::kPow10u64[lift],
          1)) {
    const bool negative = (a.coefficient() < 0) != (b.coefficient() < 0);
    const std::uint64_t n = ua * decimal_internal::kPow10u64[lift];
    const std::uint64_t q = n / ub, r = n - q * ub;
    const auto c = static_cast<int128>(
        q + decimal_internal::RoundsAway64(q, r, ub, negative, mode));
    return decimal_internal::Access::Make(negative ? -c : c, scale);
  }
  return decimal_internal::DivideSlow(a, b, scale, mode);
}

}  // namespace relance

#endif  // RELANCE_INTERNAL_DECIMAL_INLINE_H_
