// Allocate and Split: the largest-remainder method on minor units.

#include <algorithm>
#include <numeric>
#include <vector>

#include <boost/multiprecision/cpp_int.hpp>

#include "absl/strings/str_cat.h"
#include "relance/error.h"
#include "relance/money.h"
#include "wide_integer.h"

namespace relance {
namespace {

using boost::multiprecision::cpp_int;

uint128 ToUint128(uint128 v) { return v; }
// REQUIRES: 0 <= v < 2^128.
uint128 ToUint128(const cpp_int& v) { return wide::FromWide(wide::uint256(v)); }

// Parts of magnitude `total` in proportion to `weights` (sum > 0): truncated
// shares, then one more unit to each of the largest remainders (ties to the
// lowest index) until the parts sum to the total.
template <typename U>
std::vector<uint128> LargestRemainder(const U& total, const std::vector<U>& weights) {
  U weight_sum = 0;
  for (const U& w : weights) weight_sum += w;
  std::vector<uint128> parts(weights.size());
  std::vector<U> remainders(weights.size());
  U given = 0;
  for (std::size_t i = 0; i < weights.size(); ++i) {
    const U product = total * weights[i];
    const U q = product / weight_sum;
    remainders[i] = product - q * weight_sum;
    parts[i] = ToUint128(q);  // q <= total < 2^128
    given += q;
  }
  const U left = total - given;  // < number of parts
  std::vector<std::size_t> order(weights.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return remainders[a] > remainders[b];
  });
  const auto extra = static_cast<std::size_t>(ToUint128(left));
  for (std::size_t i = 0; i < extra; ++i) parts[order[i]] += 1;
  return parts;
}

absl::Status CheckRatios(absl::Span<const Decimal> ratios) {
  if (ratios.empty()) {
    return MakeError(ErrorCode::kInvalidArgument, "allocation needs at least one ratio");
  }
  bool any = false;
  for (std::size_t i = 0; i < ratios.size(); ++i) {
    if (ratios[i].signum() < 0) {
      return MakeError(ErrorCode::kInvalidArgument,
                       absl::StrCat("ratio ", i, " (", ratios[i].ToString(),
                                    ") is negative"));
    }
    any = any || !ratios[i].is_zero();
  }
  if (!any) {
    return MakeError(ErrorCode::kDivisionByZero, "the ratios sum to zero");
  }
  return absl::OkStatus();
}

std::vector<uint128> AllocateMagnitude(uint128 total, absl::Span<const Decimal> ratios) {
  int scale = 0;
  for (const Decimal& r : ratios) scale = std::max(scale, r.scale());
  // Fast path: weights, their sum and the total all below 2^63, so every
  // product total * weight fits 128 bits.
  constexpr uint128 kSmall = static_cast<uint128>(1) << 63;
  std::vector<uint128> small;
  small.reserve(ratios.size());
  uint128 sum = 0;
  bool fits = total < kSmall;
  for (const Decimal& r : ratios) {
    uint128 w;
    if (!fits || !wide::ScaleUp(wide::Magnitude(r.coefficient()), scale - r.scale(), &w) ||
        w >= kSmall || (sum += w) >= kSmall) {
      fits = false;
      break;
    }
    small.push_back(w);
  }
  if (fits) return LargestRemainder<uint128>(total, small);
  std::vector<cpp_int> weights;
  weights.reserve(ratios.size());
  for (const Decimal& r : ratios) {
    cpp_int w(wide::ToWide(wide::Magnitude(r.coefficient())));
    weights.push_back(w * cpp_int(wide::ToWide(wide::Pow10(scale - r.scale()))));
  }
  return LargestRemainder<cpp_int>(cpp_int(wide::ToWide(total)), weights);
}

std::vector<Money> ToMoney(const std::vector<uint128>& parts, bool negative,
                           Currency currency) {
  std::vector<Money> out;
  out.reserve(parts.size());
  for (uint128 p : parts) {
    const auto c = static_cast<int128>(p);
    // Each part is at most |total|, so it is a valid amount.
    out.push_back(*Money::Of(decimal_internal::Access::Make(negative ? -c : c,
                                                            currency.minor_units()),
                             currency));
  }
  return out;
}

}  // namespace

absl::StatusOr<std::vector<Money>> Allocate(const Money& total,
                                            absl::Span<const Decimal> ratios) {
  if (absl::Status s = CheckRatios(ratios); !s.ok()) return s;
  const bool negative = total.minor_units() < 0;
  return ToMoney(AllocateMagnitude(wide::Magnitude(total.minor_units()), ratios),
                 negative, total.currency());
}

absl::StatusOr<std::vector<Money>> Split(const Money& total, std::int64_t n) {
  if (n < 1 || static_cast<std::uint64_t>(n) > std::vector<Money>().max_size()) {
    return MakeError(ErrorCode::kInvalidArgument,
                     absl::StrCat("cannot split into ", n, " parts: need from 1 to ",
                                  std::vector<Money>().max_size()));
  }
  const uint128 magnitude = wide::Magnitude(total.minor_units());
  const auto count = static_cast<uint128>(n);
  const uint128 base = magnitude / count;
  const auto extra = static_cast<std::size_t>(magnitude - base * count);
  std::vector<uint128> parts(static_cast<std::size_t>(n), base);
  for (std::size_t i = 0; i < extra; ++i) parts[i] += 1;
  return ToMoney(parts, total.minor_units() < 0, total.currency());
}

}  // namespace relance
