// Decimal construction, parsing and formatting.

#include <cstring>
#include <string>

#include "absl/strings/str_cat.h"
#include "relance/decimal.h"
#include "relance/error.h"
#include "wide_integer.h"
#include "absl_bridge.h"

namespace relance {
namespace {

using decimal_internal::Access;

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

std::string Describe(char c) {
  if (c >= 0x20 && c < 0x7f) return absl::StrCat("'", std::string(1, c), "'");
  return absl::StrCat("byte 0x", absl::Hex(static_cast<unsigned char>(c)));
}

absl::Status ParseError(std::string_view text, std::size_t index,
                        std::string_view expected) {
  if (index >= text.size()) {
    return MakeError(ErrorCode::kParse,
                     absl::StrCat("parse error at end of \"", AbslView(text),
                                  "\": expected ", AbslView(expected)));
  }
  return MakeError(ErrorCode::kParse,
                   absl::StrCat("parse error at position ", index + 1, " (",
                                Describe(text[index]), ") in \"", AbslView(text),
                                "\": expected ", AbslView(expected)));
}

// Accumulates digits [begin, end) into *acc; counts significant digits.
// Returns false when the coefficient would pass 38 significant digits.
bool Accumulate(std::string_view text, std::size_t begin, std::size_t end,
                uint128* acc, int* significant) {
  for (std::size_t i = begin; i < end; ++i) {
    const unsigned digit = static_cast<unsigned>(text[i] - '0');
    if (*acc == 0 && digit == 0) continue;  // leading zeros are free
    if (++*significant > Decimal::kMaxDigits) return false;
    *acc = *acc * 10 + digit;
  }
  return true;
}

}  // namespace

absl::StatusOr<Decimal> Decimal::FromCoefficient(int128 coefficient,
                                                 int scale) {
  if (scale < 0 || scale > kMaxScale) {
    return MakeError(ErrorCode::kInvalidArgument,
                     absl::StrCat("scale ", scale, " is outside 0..18"));
  }
  if (coefficient > kMaxCoefficient || coefficient < -kMaxCoefficient) {
    return MakeError(ErrorCode::kOverflow,
                     "coefficient has more than 38 digits");
  }
  return Decimal(coefficient, scale);
}

absl::StatusOr<Decimal> Decimal::Parse(std::string_view text) {
  std::size_t i = 0;
  bool negative = false;
  if (i < text.size() && (text[i] == '-' || text[i] == '+')) {
    negative = text[i] == '-';
    ++i;
  }
  const std::size_t int_begin = i;
  while (i < text.size() && IsDigit(text[i])) ++i;
  if (i == int_begin) return ParseError(text, i, "a digit");
  const std::size_t int_end = i;
  std::size_t frac_begin = i, frac_end = i;
  if (i < text.size() && text[i] == '.') {
    frac_begin = ++i;
    while (i < text.size() && IsDigit(text[i])) ++i;
    if (i == frac_begin) return ParseError(text, i, "a digit after '.'");
    frac_end = i;
  }
  if (i != text.size()) return ParseError(text, i, "a digit, '.' or the end");

  // Fraction digits past 18 must be zeros; they are dropped exactly.
  std::size_t kept_end = frac_end;
  while (kept_end - frac_begin > static_cast<std::size_t>(kMaxScale)) {
    if (text[kept_end - 1] != '0') {
      return MakeError(
          ErrorCode::kInexact,
          absl::StrCat("\"", AbslView(text), "\" has ", frac_end - frac_begin,
                       " fraction digits; at most 18 can be kept exactly"));
    }
    --kept_end;
  }
  uint128 acc = 0;
  int significant = 0;
  if (!Accumulate(text, int_begin, int_end, &acc, &significant) ||
      !Accumulate(text, frac_begin, kept_end, &acc, &significant)) {
    return MakeError(ErrorCode::kOverflow,
                     absl::StrCat("\"", AbslView(text),
                                  "\" has more than 38 significant digits"));
  }
  const int128 c = static_cast<int128>(acc);
  return Decimal(negative ? -c : c, static_cast<int>(kept_end - frac_begin));
}

std::size_t Decimal::Format(char* out) const {
  char digits[40];
  char* const end = digits + sizeof digits;
  const char* first = wide::WriteDigitsBackward(wide::Magnitude(coefficient_), end);
  const std::size_t n = static_cast<std::size_t>(end - first);
  char* p = out;
  if (coefficient_ < 0) *p++ = '-';
  if (scale_ == 0) {
    std::memcpy(p, first, n);
    return static_cast<std::size_t>(p + n - out);
  }
  if (n > scale_) {
    const std::size_t whole = n - scale_;
    std::memcpy(p, first, whole);
    p += whole;
    *p++ = '.';
    std::memcpy(p, first + whole, scale_);
    return static_cast<std::size_t>(p + scale_ - out);
  }
  *p++ = '0';
  *p++ = '.';
  std::memset(p, '0', scale_ - n);
  p += scale_ - n;
  std::memcpy(p, first, n);
  return static_cast<std::size_t>(p + n - out);
}

std::string Decimal::ToString() const {
  char buffer[kMaxTextLength];
  return std::string(buffer, Format(buffer));
}

Decimal Decimal::Normalized() const {
  int128 c = coefficient_;
  int s = scale_;
  if (c == 0) return Decimal(0, 0);
  while (s > 0 && c % 10 == 0) {
    c /= 10;
    --s;
  }
  return Decimal(c, s);
}

}  // namespace relance
