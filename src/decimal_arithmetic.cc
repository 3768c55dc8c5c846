// Decimal arithmetic: exact operations, and the rounding ones that compute
// the exact quotient (q, r) of magnitudes and round it once.

#include <algorithm>
#include <string>

#include "absl/strings/str_cat.h"
#include "relance/decimal.h"
#include "relance/error.h"
#include "wide_integer.h"

namespace relance {
namespace {

using decimal_internal::Access;
using wide::Outcome;
using wide::uint256;

int128 Signed(uint128 magnitude, bool negative) {
  const auto v = static_cast<int128>(magnitude);
  return negative ? -v : v;
}

absl::Status CheckScale(int scale) {
  if (scale < 0 || scale > Decimal::kMaxScale) {
    return MakeError(ErrorCode::kInvalidArgument,
                     absl::StrCat("scale ", scale, " is outside 0..18"));
  }
  return absl::OkStatus();
}

absl::Status CheckTarget(int scale, RoundingMode mode) {
  if (!IsValidRoundingMode(static_cast<int>(mode))) {
    return MakeError(ErrorCode::kInvalidArgument,
                     absl::StrCat("rounding mode ", static_cast<int>(mode),
                                  " is not one of the 9 modes"));
  }
  return CheckScale(scale);
}

// The error for an Outcome of an operation described by `what`.
absl::Status OutcomeError(Outcome outcome, const std::string& what) {
  if (outcome == Outcome::kInexact) {
    return MakeError(ErrorCode::kInexact,
                     absl::StrCat(what, " is inexact: rounding needed under ROUND_EXACT"));
  }
  return MakeError(ErrorCode::kOverflow,
                   absl::StrCat(what, " has more than 38 digits"));
}

// Rounds magnitude n / d, with n and d given at any width, once.
template <typename U>
Outcome RoundedDivision(const U& n, const U& d, bool negative,
                        RoundingMode mode, uint128* out) {
  const U q = n / d;
  const U r = n - q * d;
  return wide::FinishQuotient(q, r, d, negative, mode, out);
}

Outcome RoundCore(const Decimal& x, int scale, RoundingMode mode, int128* out) {
  const bool negative = x.coefficient() < 0;
  const uint128 u = wide::Magnitude(x.coefficient());
  uint128 m;
  if (scale >= x.scale()) {
    if (!wide::ScaleUp(u, scale - x.scale(), &m)) return Outcome::kOverflow;
  } else {
    const int k = x.scale() - scale;
    uint128 r;
    const uint128 q = wide::DivModPow10(u, k, &r);
    const Outcome o = wide::FinishQuotient(q, r, wide::Pow10(k), negative, mode, &m);
    if (o != Outcome::kOk) return o;
  }
  *out = Signed(m, negative);
  return Outcome::kOk;
}

Outcome MultiplyCore(const Decimal& a, const Decimal& b, int scale,
                     RoundingMode mode, int128* out) {
  const bool negative = (a.coefficient() < 0) != (b.coefficient() < 0);
  const uint128 ua = wide::Magnitude(a.coefficient());
  const uint128 ub = wide::Magnitude(b.coefficient());
  const int product_scale = a.scale() + b.scale();
  uint128 m;
  Outcome o = Outcome::kOk;
  if ((ua >> 64) == 0 && (ub >> 64) == 0) {
    const uint128 p = ua * ub;  // < 2^128
    if (scale >= product_scale) {
      if (!wide::ScaleUp(p, scale - product_scale, &m)) return Outcome::kOverflow;
    } else {
      const int k = product_scale - scale;
      uint128 r;
      const uint128 q = wide::DivModPow10(p, k, &r);
      o = wide::FinishQuotient(q, r, wide::Pow10(k), negative, mode, &m);
    }
  } else {
    const uint256 p = wide::ToWide(ua) * wide::ToWide(ub);  // < 10^76
    if (scale >= product_scale) {
      // Lifting only grows the value; checking first keeps the lift below
      // 10^38 * 10^18, inside 256 bits (uint256 arithmetic wraps).
      if (p > wide::ToWide(wide::kMaxMagnitude)) return Outcome::kOverflow;
      const uint256 scaled = p * wide::ToWide(wide::Pow10(scale - product_scale));
      if (scaled > wide::ToWide(wide::kMaxMagnitude)) return Outcome::kOverflow;
      m = wide::FromWide(scaled);
    } else {
      o = RoundedDivision(p, wide::ToWide(wide::Pow10(product_scale - scale)),
                          negative, mode, &m);
    }
  }
  if (o == Outcome::kOk) *out = Signed(m, negative);
  return o;
}

// REQUIRES: b != 0.
Outcome DivideCore(const Decimal& a, const Decimal& b, int scale,
                   RoundingMode mode, int128* out) {
  const bool negative = (a.coefficient() < 0) != (b.coefficient() < 0);
  const uint128 ua = wide::Magnitude(a.coefficient());
  const uint128 ub = wide::Magnitude(b.coefficient());
  // a/b * 10^scale = ua * 10^e / ub with e = scale - a.scale + b.scale.
  const int e = scale - a.scale() + b.scale();
  const int up_n = std::max(e, 0), up_d = std::max(-e, 0);
  const uint128 pn = wide::Pow10(up_n), pd = wide::Pow10(up_d);
  uint128 m;
  Outcome o;
  const uint128 all = ~static_cast<uint128>(0);
  if (ua <= all / pn && ub <= all / pd) {
    const uint128 n = ua * pn, d = ub * pd;
    if ((n >> 64) == 0 && (d >> 64) == 0) {
      o = RoundedDivision(static_cast<std::uint64_t>(n),
                          static_cast<std::uint64_t>(d), negative, mode, &m);
    } else {
      o = RoundedDivision(n, d, negative, mode, &m);
    }
  } else {
    o = RoundedDivision(wide::ToWide(ua) * wide::ToWide(pn),
                        wide::ToWide(ub) * wide::ToWide(pd), negative, mode, &m);
  }
  if (o == Outcome::kOk) *out = Signed(m, negative);
  return o;
}

absl::Status DivisionByZero(const Decimal& a) {
  return MakeError(ErrorCode::kDivisionByZero,
                   absl::StrCat("division of ", a.ToString(), " by zero"));
}

// a and b brought to the larger scale as 256-bit signed integers.
void AlignWide(const Decimal& a, const Decimal& b, wide::int256* wa,
               wide::int256* wb, int* scale) {
  *scale = std::max(a.scale(), b.scale());
  auto lift = [&](const Decimal& x) {
    wide::int256 v = wide::int256(wide::ToWide(wide::Magnitude(x.coefficient()))) *
                     wide::int256(wide::ToWide(wide::Pow10(*scale - x.scale())));
    return x.coefficient() < 0 ? wide::int256(-v) : v;
  };
  *wa = lift(a);
  *wb = lift(b);
}

absl::StatusOr<Decimal> FromWideSum(const wide::int256& sum, int scale,
                                    const std::string& what) {
  const wide::int256 limit(wide::ToWide(wide::kMaxMagnitude));
  if (sum > limit || sum < -limit) return OutcomeError(Outcome::kOverflow, what);
  const bool negative = sum < 0;
  const wide::int256 mag = negative ? wide::int256(-sum) : sum;
  return Access::Make(Signed(wide::FromWide(wide::uint256(mag)), negative), scale);
}

}  // namespace

namespace decimal_internal {

absl::StatusOr<Decimal> AddAligned(const Decimal& a, const Decimal& b) {
  // Fast path: both terms lift into 128 bits and the sum stays in range (a
  // rate plus a margin in points, say). Only the wide path words an error.
  const int common = std::max(a.scale(), b.scale());
  uint128 la, lb;
  int128 sum;
  if (wide::ScaleUp(wide::Magnitude(a.coefficient()), common - a.scale(), &la) &&
      wide::ScaleUp(wide::Magnitude(b.coefficient()), common - b.scale(), &lb) &&
      !__builtin_add_overflow(Signed(la, a.coefficient() < 0),
                              Signed(lb, b.coefficient() < 0), &sum) &&
      sum <= Decimal::kMaxCoefficient && sum >= -Decimal::kMaxCoefficient) {
    return Access::Make(sum, common);
  }
  wide::int256 wa, wb;
  int scale;
  AlignWide(a, b, &wa, &wb, &scale);
  return FromWideSum(wa + wb, scale,
                     absl::StrCat(a.ToString(), " + ", b.ToString()));
}

}  // namespace decimal_internal

int Decimal::CompareAligned(const Decimal& a, const Decimal& b) {
  const int sa = a.signum(), sb = b.signum();
  if (sa != sb) return sa < sb ? -1 : 1;
  if (sa == 0) return 0;
  // Same sign: compare magnitudes at the larger scale. A magnitude that
  // overflows when lifted exceeds every 38-digit coefficient.
  uint128 ma = wide::Magnitude(a.coefficient_), mb = wide::Magnitude(b.coefficient_);
  int mag;
  if (a.scale_ < b.scale_) {
    uint128 lifted;
    mag = !wide::ScaleUp(ma, b.scale_ - a.scale_, &lifted) ? 1
          : lifted == mb                                  ? 0
                                                          : (lifted > mb ? 1 : -1);
  } else {
    uint128 lifted;
    mag = !wide::ScaleUp(mb, a.scale_ - b.scale_, &lifted) ? -1
          : ma == lifted                                  ? 0
                                                          : (ma > lifted ? 1 : -1);
  }
  return sa > 0 ? mag : -mag;
}

absl::StatusOr<Decimal> Sum(absl::Span<const Decimal> values) {
  int scale = 0;
  for (const Decimal& v : values) scale = std::max(scale, v.scale());
  // Fast path: every term lifts into 128 bits and no partial sum overflows.
  int128 total = 0;
  bool fast = true;
  for (const Decimal& v : values) {
    uint128 lifted;
    if (!wide::ScaleUp(wide::Magnitude(v.coefficient()), scale - v.scale(), &lifted) ||
        __builtin_add_overflow(total, Signed(lifted, v.coefficient() < 0), &total)) {
      fast = false;
      break;
    }
  }
  if (fast && total <= Decimal::kMaxCoefficient && total >= -Decimal::kMaxCoefficient) {
    return Access::Make(total, scale);
  }
  wide::int256 wide_total = 0;
  for (const Decimal& v : values) {
    wide::int256 term(wide::ToWide(wide::Magnitude(v.coefficient())));
    term *= wide::int256(wide::ToWide(wide::Pow10(scale - v.scale())));
    wide_total += v.coefficient() < 0 ? wide::int256(-term) : term;
  }
  return FromWideSum(wide_total, scale,
                     absl::StrCat("the sum of ", values.size(), " values"));
}

absl::StatusOr<Decimal> Rescale(const Decimal& x, int scale) {
  if (scale == x.scale()) return x;  // Money::Of of an amount already at scale
  if (absl::Status s = CheckScale(scale); !s.ok()) return s;
  int128 c;
  const Outcome o = RoundCore(x, scale, RoundingMode::kExact, &c);
  if (o != Outcome::kOk) {
    return OutcomeError(o, absl::StrCat("rescaling ", x.ToString(), " to scale ", scale));
  }
  return Access::Make(c, scale);
}

absl::StatusOr<Decimal> Round(const Decimal& x, int scale, RoundingMode mode) {
  if (absl::Status s = CheckTarget(scale, mode); !s.ok()) return s;
  int128 c;
  const Outcome o = RoundCore(x, scale, mode, &c);
  if (o != Outcome::kOk) {
    return OutcomeError(o, absl::StrCat("rounding ", x.ToString(), " to scale ", scale));
  }
  return Access::Make(c, scale);
}

absl::StatusOr<Decimal> Multiply(const Decimal& a, const Decimal& b) {
  const int natural = a.scale() + b.scale();
  const int scale = std::min(natural, Decimal::kMaxScale);
  int128 c;
  const Outcome o = MultiplyCore(a, b, scale, RoundingMode::kExact, &c);
  if (o != Outcome::kOk) {
    return OutcomeError(o, absl::StrCat("the product ", a.ToString(), " * ",
                                        b.ToString(), " at scale ", scale));
  }
  return Access::Make(c, scale);
}

namespace decimal_internal {

absl::StatusOr<Decimal> MultiplySlow(const Decimal& a, const Decimal& b, int scale,
                                     RoundingMode mode) {
  if (absl::Status s = CheckTarget(scale, mode); !s.ok()) return s;
  int128 c;
  const Outcome o = MultiplyCore(a, b, scale, mode, &c);
  if (o != Outcome::kOk) {
    return OutcomeError(o, absl::StrCat("the product ", a.ToString(), " * ",
                                        b.ToString(), " at scale ", scale));
  }
  return Access::Make(c, scale);
}

absl::StatusOr<Decimal> DivideSlow(const Decimal& a, const Decimal& b, int scale,
                                   RoundingMode mode) {
  if (absl::Status s = CheckTarget(scale, mode); !s.ok()) return s;
  if (b.is_zero()) return DivisionByZero(a);
  int128 c;
  const Outcome o = DivideCore(a, b, scale, mode, &c);
  if (o != Outcome::kOk) {
    return OutcomeError(o, absl::StrCat("the quotient ", a.ToString(), " / ",
                                        b.ToString(), " at scale ", scale));
  }
  return Access::Make(c, scale);
}

}  // namespace decimal_internal

absl::StatusOr<Decimal> DivideExact(const Decimal& a, const Decimal& b) {
  if (b.is_zero()) return DivisionByZero(a);
  // The first scale at which the quotient is exact; overflow at one scale
  // means overflow at every larger one.
  for (int scale = std::max(a.scale() - b.scale(), 0); scale <= Decimal::kMaxScale;
       ++scale) {
    int128 c;
    const Outcome o = DivideCore(a, b, scale, RoundingMode::kExact, &c);
    if (o == Outcome::kOk) return Access::Make(c, scale);
    if (o == Outcome::kOverflow) {
      return OutcomeError(o, absl::StrCat("the quotient ", a.ToString(), " / ",
                                          b.ToString()));
    }
  }
  return MakeError(ErrorCode::kInexact,
                   absl::StrCat("the quotient ", a.ToString(), " / ", b.ToString(),
                                " does not terminate within 18 fraction digits"));
}

}  // namespace relance
