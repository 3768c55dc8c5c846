// relance/decimal.h -- exact decimal numbers for money.
//
// A Decimal is coefficient x 10^-scale, with an integer coefficient of at most
// 38 digits (|coefficient| <= 10^38 - 1) and a scale from 0 to 18: the envelope
// of SQL DECIMAL(38, s), Arrow decimal128 and Python's decimal at 38 digits, so
// values cross those systems without loss.
//
//   absl::StatusOr<Decimal> price = Decimal::Parse("19.99");
//   absl::StatusOr<Decimal> total = Multiply(*price, Decimal(3));      // 59.97
//   absl::StatusOr<Decimal> vat =
//       Multiply(*total, *Decimal::Parse("0.20"), 2, RoundingMode::kHalfUp);
//                                                                 // 11.99
//
// Rules:
// - Exact or error. Parse, ToString, Add, Subtract, Sum, comparisons and
//   Rescale never round. A result past 38 digits is an ErrorCode::kOverflow
//   error; it never wraps.
// - Rounding happens only where a RoundingMode is passed (Round, the rounding
//   Multiply, Divide), and then exactly once, from the exact result: there is no
//   double rounding. There is no operator/. Under kExact, a result that
//   would need rounding is kInexact even if it is also too long.
// - Equality is numeric: 1.0 == 1.00, and the hash agrees. The scale is kept
//   (1.0 and 1.00 print differently) because it carries meaning for money.
// - There is no negative zero: "-0.00" parses to 0.00, and zero prints without
//   a sign (unlike Python's decimal, which keeps -0.00).
//
// Thread safety: Decimal is an immutable value; all functions are pure.

#ifndef RELANCE_DECIMAL_H_
#define RELANCE_DECIMAL_H_

#include <compare>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>

#include "absl/status/statusor.h"
#include "absl/types/span.h"
#include "relance/rounding.h"

namespace relance {

using int128 = __int128;
using uint128 = unsigned __int128;

namespace decimal_internal {
struct Access;
// 10^n for n in 0..38.
constexpr uint128 Pow10(int n) {
  uint128 p = 1;
  for (int i = 0; i < n; ++i) p *= 10;
  return p;
}
// The integer types a Decimal is built from: the signed and unsigned
// short, int, long and long long.
template <typename T>
concept IsPlainInteger =
    std::integral<T> && (sizeof(T) <= 8) && !std::same_as<T, bool> &&
    !std::same_as<T, char> && !std::same_as<T, signed char> &&
    !std::same_as<T, unsigned char> && !std::same_as<T, wchar_t> &&
    !std::same_as<T, char8_t> && !std::same_as<T, char16_t> &&
    !std::same_as<T, char32_t>;
}  // namespace decimal_internal

class Decimal {
 public:
  static constexpr int kMaxScale = 18;
  static constexpr int kMaxDigits = 38;
  static constexpr int128 kMaxCoefficient =
      static_cast<int128>(decimal_internal::Pow10(38) - 1);
  // Longest text ToString() can produce: sign, 38 digits and a point.
  static constexpr std::size_t kMaxTextLength = 40;

  // Zero, at scale 0.
  constexpr Decimal() noexcept = default;

  // An integer of up to 64 bits, at scale 0: always representable. Not
  // bool or a character type: Decimal('5') would be 53.
  template <typename T>
    requires decimal_internal::IsPlainInteger<T>
  constexpr explicit Decimal(T value) noexcept : coefficient_(value) {}

  // No construction from binary floating point: 0.1 is not a double.
  // Parse the decimal text instead.
  template <typename T>
    requires std::floating_point<T>
  Decimal(T) = delete;

  // coefficient x 10^-scale. Errors: kInvalidArgument if scale is outside
  // 0..18; kOverflow if |coefficient| > 10^38 - 1.
  static absl::StatusOr<Decimal> FromCoefficient(int128 coefficient,
                                                 int scale);

  // Strict parse of  [+|-] digits [ "." digits ] : no spaces, no exponent, no
  // thousands separators, at least one digit on each side of the point. The
  // scale is the number of fraction digits; fraction digits past 18 are
  // accepted only when they are zeros (the value stays exact). Errors:
  // kParse naming the 1-based position and the character; kOverflow for more
  // than 38 significant digits; kInexact for a nonzero 19th fraction digit.
  static absl::StatusOr<Decimal> Parse(std::string_view text);

  constexpr int128 coefficient() const { return coefficient_; }
  constexpr int scale() const { return scale_; }
  constexpr bool is_zero() const { return coefficient_ == 0; }
  // -1, 0 or +1.
  constexpr int signum() const {
    return (coefficient_ > 0) - (coefficient_ < 0);
  }

  // Plain notation, never an exponent, exactly `scale` fraction digits:
  // "-1234.50", "0.001", "42". At most kMaxTextLength characters.
  std::string ToString() const;

  // Writes ToString() to out without a terminating NUL and returns its length.
  // REQUIRES: out has room for kMaxTextLength characters.
  std::size_t Format(char* out) const;

  // The same value at the smallest scale that keeps it exact (1.500 -> 1.5,
  // 100 -> 100).
  Decimal Normalized() const;

  // Exact negation and absolute value: the range is symmetric, so they cannot
  // fail.
  constexpr Decimal operator-() const { return Decimal(-coefficient_, scale_); }
  constexpr Decimal Abs() const {
    return coefficient_ < 0 ? -*this : *this;
  }

  // Numeric equality and order: 1.0 == 1.00 and 1.0 <=> 1.00 is equivalent.
  friend bool operator==(const Decimal& a, const Decimal& b) {
    if (a.scale_ == b.scale_) return a.coefficient_ == b.coefficient_;
    return CompareAligned(a, b) == 0;
  }
  friend std::weak_ordering operator<=>(const Decimal& a, const Decimal& b) {
    const int c = a.scale_ == b.scale_
                      ? (a.coefficient_ > b.coefficient_) -
                            (a.coefficient_ < b.coefficient_)
                      : CompareAligned(a, b);
    return c < 0 ? std::weak_ordering::less
           : c > 0 ? std::weak_ordering::greater
                   : std::weak_ordering::equivalent;
  }

  // Consistent with ==: numerically equal values hash equally.
  template <typename H>
  friend H AbslHashValue(H h, const Decimal& d) {
    const Decimal n = d.Normalized();
    return H::combine(std::move(h), static_cast<std::uint64_t>(n.coefficient_),
                      static_cast<std::int64_t>(n.coefficient_ >> 64),
                      n.scale_);
  }

  friend std::ostream& operator<<(std::ostream& os, const Decimal& d) {
    return os << d.ToString();
  }

 private:
  friend struct decimal_internal::Access;
  constexpr Decimal(int128 coefficient, int scale) noexcept
      : coefficient_(coefficient), scale_(static_cast<std::uint8_t>(scale)) {}
  // -1, 0, +1 for values of different scales.
  static int CompareAligned(const Decimal& a, const Decimal& b);

  int128 coefficient_ = 0;
  std::uint8_t scale_ = 0;
};

namespace decimal_internal {
// Builds a Decimal without checks, for relance's own code.
// REQUIRES: |coefficient| <= Decimal::kMaxCoefficient, 0 <= scale <= 18.
struct Access {
  static constexpr Decimal Make(int128 coefficient, int scale) {
    return Decimal(coefficient, scale);
  }
};
absl::StatusOr<Decimal> AddAligned(const Decimal& a, const Decimal& b);
}  // namespace decimal_internal

// Parses text of the grammar of Decimal::Parse, with any number of fraction
// digits, and rounds it once in `mode` to `scale` fraction digits (fewer
// digits are extended with zeros): for amounts from systems that carry more
// decimals, "0.333333333333333333333" at scale 2 is 0.33. Errors: kParse;
// kInvalidArgument (scale outside 0..18, invalid mode); kInexact under
// kExact when nonzero digits would be dropped; kOverflow past 38 digits.
absl::StatusOr<Decimal> ParseRounded(std::string_view text, int scale,
                                     RoundingMode mode);

// a + b, exact, at the larger of the two scales. Errors: kOverflow.
inline absl::StatusOr<Decimal> Add(const Decimal& a, const Decimal& b);

// a - b, exact, at the larger of the two scales. Errors: kOverflow.
inline absl::StatusOr<Decimal> Subtract(const Decimal& a, const Decimal& b) {
  return Add(a, -b);
}

// The exact sum of `values` at their largest scale; an empty span sums to 0.
// Errors: kOverflow if the total (not a partial sum) leaves 38 digits -- an
// intermediate excursion that comes back in range is fine.
absl::StatusOr<Decimal> Sum(absl::Span<const Decimal> values);

// The same value at a larger (or equal) scale: 1.5 at scale 3 is 1.500. A
// smaller scale is allowed only when the dropped digits are zeros. Errors:
// kInvalidArgument for a scale outside 0..18; kOverflow past 38 digits;
// kInexact when digits would be lost (use Round for that).
absl::StatusOr<Decimal> Rescale(const Decimal& x, int scale);

// x rounded (or extended with zeros) to `scale` fraction digits, in `mode`.
// Errors: kInvalidArgument for a scale outside 0..18 or an invalid mode;
// kInexact under kExact when digits would be lost; kOverflow past 38 digits.
absl::StatusOr<Decimal> Round(const Decimal& x, int scale, RoundingMode mode);

// The exact product, at scale a.scale() + b.scale(). If that scale exceeds 18,
// trailing zeros are dropped to bring it back; if that is not enough the
// result is a kInexact error (use the rounding Multiply). Errors: kOverflow.
absl::StatusOr<Decimal> Multiply(const Decimal& a, const Decimal& b);

// The exact product a x b rounded once, in `mode`, to `scale` digits. Errors:
// as Round.
inline absl::StatusOr<Decimal> Multiply(const Decimal& a, const Decimal& b, int scale,
                                 RoundingMode mode);

// The exact quotient a / b rounded once, in `mode`, to `scale` digits.
// Errors: kDivisionByZero if b is zero; otherwise as Round.
inline absl::StatusOr<Decimal> Divide(const Decimal& a, const Decimal& b, int scale,
                               RoundingMode mode);

// The exact quotient a / b, at the smallest scale >= max(0, a.scale() -
// b.scale()) that holds it: 1.00 / 4 = 0.25, 1.00 / 2 = 0.50, 3 / 0.5 = 6.
// Errors: kDivisionByZero; kInexact when the quotient does not terminate
// within 18 fraction digits (1 / 3); kOverflow past 38 digits.
absl::StatusOr<Decimal> DivideExact(const Decimal& a, const Decimal& b);

}  // namespace relance

#include "relance/internal/decimal_inline.h"  // IWYU pragma: export

#endif  // RELANCE_DECIMAL_H_
