// Decimal construction, parsing and formatting.

#include <algorithm>
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

absl::Status TooManyDigits(std::string_view text) {
  return MakeError(ErrorCode::kOverflow,
                   absl::StrCat("\"", AbslView(text), "\" has more than 38 significant digits"));
}

// Where the parts of  [+|-] digits [ "." digits ]  are in a text.
struct Syntax {
  bool negative = false;
  std::size_t int_begin = 0, int_end = 0, frac_begin = 0, frac_end = 0;
};

absl::StatusOr<Syntax> Scan(std::string_view text) {
  Syntax s;
  std::size_t i = 0;
  if (i < text.size() && (text[i] == '-' || text[i] == '+')) {
    s.negative = text[i] == '-';
    ++i;
  }
  s.int_begin = i;
  while (i < text.size() && IsDigit(text[i])) ++i;
  if (i == s.int_begin) return ParseError(text, i, "a digit");
  s.int_end = s.frac_begin = s.frac_end = i;
  if (i < text.size() && text[i] == '.') {
    s.frac_begin = ++i;
    while (i < text.size() && IsDigit(text[i])) ++i;
    if (i == s.frac_begin) return ParseError(text, i, "a digit after '.'");
    s.frac_end = i;
  }
  if (i != text.size()) return ParseError(text, i, "a digit, '.' or the end");
  return s;
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
  absl::StatusOr<Syntax> syntax = Scan(text);
  if (!syntax.ok()) return syntax.status();
  // Fraction digits past 18 must be zeros; they are dropped exactly.
  std::size_t kept_end = syntax->frac_end;
  while (kept_end - syntax->frac_begin > static_cast<std::size_t>(kMaxScale)) {
    if (text[kept_end - 1] != '0') {
      return MakeError(
          ErrorCode::kInexact,
          absl::StrCat("\"", AbslView(text), "\" has ",
                       syntax->frac_end - syntax->frac_begin,
                       " fraction digits; at most 18 can be kept exactly"));
    }
    --kept_end;
  }
  uint128 acc = 0;
  int significant = 0;
  if (!Accumulate(text, syntax->int_begin, syntax->int_end, &acc, &significant) ||
      !Accumulate(text, syntax->frac_begin, kept_end, &acc, &significant)) {
    return TooManyDigits(text);
  }
  const int128 c = static_cast<int128>(acc);
  return Decimal(syntax->negative ? -c : c,
                 static_cast<int>(kept_end - syntax->frac_begin));
}

absl::StatusOr<Decimal> ParseRounded(std::string_view text, int scale,
                                     RoundingMode mode) {
  if (scale < 0 || scale > Decimal::kMaxScale || !IsValidRoundingMode(static_cast<int>(mode))) {
    return MakeError(ErrorCode::kInvalidArgument,
                     absl::StrCat("cannot round to scale ", scale, " in mode ",
                                  static_cast<int>(mode)));
  }
  absl::StatusOr<Syntax> syntax = Scan(text);
  if (!syntax.ok()) return syntax.status();
  const std::size_t fraction = syntax->frac_end - syntax->frac_begin;
  const std::size_t kept = std::min(fraction, static_cast<std::size_t>(scale));
  uint128 acc = 0;
  int significant = 0;
  bool fits = Accumulate(text, syntax->int_begin, syntax->int_end, &acc, &significant) &&
              Accumulate(text, syntax->frac_begin, syntax->frac_begin + kept, &acc,
                         &significant);
  for (std::size_t i = kept; fits && i < static_cast<std::size_t>(scale); ++i) {
    fits = acc <= wide::kMaxMagnitude / 10;  // pad with zeros
    acc *= 10;
  }
  if (!fits) return TooManyDigits(text);
  // The dropped digits as a remainder over 20: twice the first dropped
  // digit, plus one if any later digit is nonzero. It compares with half
  // (10) exactly as the dropped fraction compares with one half.
  unsigned remainder = 0;
  if (kept < fraction) {
    remainder = 2 * static_cast<unsigned>(text[syntax->frac_begin + kept] - '0');
    for (std::size_t i = syntax->frac_begin + kept + 1; i < syntax->frac_end; ++i) {
      if (text[i] != '0') {
        remainder += 1;
        break;
      }
    }
  }
  uint128 magnitude;
  const wide::Outcome o = wide::FinishQuotient<uint128>(acc, remainder, 20,
                                                       syntax->negative, mode, &magnitude);
  if (o == wide::Outcome::kInexact) {
    return MakeError(ErrorCode::kInexact,
                     absl::StrCat("\"", AbslView(text), "\" has more than ", scale,
                                  " fraction digits: rounding needed under ROUND_EXACT"));
  }
  if (o == wide::Outcome::kOverflow) return TooManyDigits(text);
  const auto c = static_cast<int128>(magnitude);
  return Access::Make(syntax->negative ? -c : c, scale);
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
