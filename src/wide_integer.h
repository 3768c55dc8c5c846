// Internal: integer helpers behind Decimal -- powers of ten, division by a
// power of ten, the rounding decision, and 256-bit intermediates from
// Boost.Multiprecision for products and quotients that leave 128 bits.
// Not installed; not API.

#ifndef RELANCE_SRC_WIDE_INTEGER_H_
#define RELANCE_SRC_WIDE_INTEGER_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <type_traits>

#include <boost/multiprecision/cpp_int.hpp>

#include "relance/decimal.h"
#include "relance/rounding.h"

namespace relance::wide {

using uint256 = boost::multiprecision::uint256_t;
using int256 = boost::multiprecision::int256_t;

inline constexpr uint128 kMaxMagnitude =
    static_cast<uint128>(Decimal::kMaxCoefficient);

namespace internal {
// 10^n and kMaxMagnitude / 10^n, n in 0..38: tables, so that the inline
// helpers below never divide.
inline constexpr std::array<uint128, 39> kPow10 = [] {
  std::array<uint128, 39> t{};
  uint128 p = 1;
  for (auto& e : t) {
    e = p;
    p *= 10;
  }
  return t;
}();
inline constexpr std::array<uint128, 39> kMaxScalable = [] {
  std::array<uint128, 39> t{};
  for (std::size_t i = 0; i < t.size(); ++i) t[i] = kMaxMagnitude / kPow10[i];
  return t;
}();
}  // namespace internal

// 10^n, n in 0..38.
inline uint128 Pow10(int n) { return internal::kPow10[static_cast<std::size_t>(n)]; }

inline uint128 Magnitude(int128 v) {
  return v < 0 ? -static_cast<uint128>(v) : static_cast<uint128>(v);
}

inline uint256 ToWide(uint128 v) {
  return (uint256(static_cast<std::uint64_t>(v >> 64)) << 64) |
         uint256(static_cast<std::uint64_t>(v));
}

// REQUIRES: v < 2^128.
inline uint128 FromWide(const uint256& v) {
  const uint256 mask = (uint256(1) << 64) - 1;
  const auto lo = static_cast<std::uint64_t>(v & mask);
  const auto hi = static_cast<std::uint64_t>(v >> 64);
  return (static_cast<uint128>(hi) << 64) | lo;
}

// v / 10^k with *remainder = v % 10^k, k in 0..38. Values below 2^64 take
// multiply-by-reciprocal code generated for each constant divisor.
uint128 DivModPow10(uint128 v, int k, uint128* remainder);

// v * 10^k into *out, or false if the result would exceed kMaxMagnitude.
inline bool ScaleUp(uint128 v, int k, uint128* out) {
  if (v > internal::kMaxScalable[static_cast<std::size_t>(k)]) return false;
  *out = v * Pow10(k);
  return true;
}

// Whether the truncated quotient q of a magnitude, with a nonzero remainder
// r of divisor d, must move one unit away from zero under `mode`.
// REQUIRES: 0 < r < d; mode != kExact.
template <typename U>
bool RoundsAway(const U& q, const U& r, const U& d, bool negative,
                RoundingMode mode) {
  switch (mode) {
    case RoundingMode::kDown:
      return false;
    case RoundingMode::kUp:
      return true;
    case RoundingMode::kCeiling:
      return !negative;
    case RoundingMode::kFloor:
      return negative;
    case RoundingMode::kZeroFiveUp: {
      const unsigned last = static_cast<unsigned>(q % 10);
      return last == 0 || last == 5;
    }
    default:
      break;
  }
  const U rest = d - r;  // compare r with d / 2 without overflow
  if (r > rest) return true;
  if (r < rest) return false;
  switch (mode) {  // an exact tie
    case RoundingMode::kHalfUp:
      return true;
    case RoundingMode::kHalfEven:
      return (q & 1) != 0;
    default:  // kHalfDown
      return false;
  }
}

enum class Outcome { kOk, kInexact, kOverflow };

// Rounds the magnitude quotient (q, remainder r, divisor d) once and checks
// the 38-digit limit. Writes the rounded magnitude to *out on kOk.
template <typename U>
Outcome FinishQuotient(const U& q, const U& r, const U& d, bool negative,
                       RoundingMode mode, uint128* out) {
  U m = q;
  if (r != 0) {
    if (mode == RoundingMode::kExact) return Outcome::kInexact;
    if (RoundsAway(q, r, d, negative, mode)) m += 1;
  }
  if constexpr (std::is_same_v<U, uint256>) {
    if (m > ToWide(kMaxMagnitude)) return Outcome::kOverflow;
    *out = FromWide(m);
  } else {
    if (static_cast<uint128>(m) > kMaxMagnitude) return Outcome::kOverflow;
    *out = static_cast<uint128>(m);
  }
  return Outcome::kOk;
}

// Decimal digits of v, written backwards ending just before `end`; returns
// the first character written.
char* WriteDigitsBackward(uint128 v, char* end);

}  // namespace relance::wide

#endif  // RELANCE_SRC_WIDE_INTEGER_H_
