// libFuzzer target: any bytes either fail to parse with a status, or parse
// to a Decimal whose text parses back to the identical value and scale. The
// parsed value then goes through the rounding operations, which must either
// succeed within the 38-digit envelope or fail with a status: never crash,
// never trip a sanitizer, never break an identity checked below.

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include <boost/multiprecision/cpp_int.hpp>

#include "relance/decimal.h"
#include "relance/error.h"

namespace {

void Require(bool condition) {
  if (!condition) std::abort();
}

void CheckRoundTrip(const relance::Decimal& d) {
  const std::string text = d.ToString();
  Require(text.size() <= relance::Decimal::kMaxTextLength);
  const absl::StatusOr<relance::Decimal> again = relance::Decimal::Parse(text);
  Require(again.ok());
  Require(again->coefficient() == d.coefficient() && again->scale() == d.scale());
  Require(again->ToString() == text);
}

using boost::multiprecision::cpp_int;

cpp_int Big(relance::int128 v) {
  const cpp_int high = cpp_int(static_cast<long long>(v >> 64)) << 64;
  return high + cpp_int(static_cast<unsigned long long>(v));
}

cpp_int Pow10(int n) {
  cpp_int p = 1;
  for (int i = 0; i < n; ++i) p *= 10;
  return p;
}

// The value oracle, in big integers: a result R at scale s of the exact
// quotient n / d (d > 0 after sign folding) is within one unit of it, and
// equal to it under kExact; an overflow is claimed only when the truncated
// quotient already reaches 38 digits.
void CheckQuotient(const absl::StatusOr<relance::Decimal>& r, cpp_int n, cpp_int d,
                   relance::RoundingMode mode) {
  if (d < 0) {
    n = -n;
    d = -d;
  }
  if (r.ok()) {
    const cpp_int gap = abs(Big(r->coefficient()) * d - n);
    Require(gap < d);
    if (mode == relance::RoundingMode::kExact) Require(gap == 0);
  } else if (relance::ErrorCodeOf(r.status()) == relance::ErrorCode::kOverflow) {
    Require(abs(n) / d >= Big(relance::Decimal::kMaxCoefficient));
  }
}

void CheckValues(const relance::Decimal& a, const relance::Decimal& b, int scale,
                 relance::RoundingMode mode) {
  const cpp_int ca = Big(a.coefficient()), cb = Big(b.coefficient());
  // a * b at scale s: R ~ ca * cb / 10^(sa + sb - s).
  const int drop = a.scale() + b.scale() - scale;
  CheckQuotient(relance::Multiply(a, b, scale, mode),
                drop >= 0 ? ca * cb : ca * cb * Pow10(-drop), drop >= 0 ? Pow10(drop) : 1,
                mode);
  // a / b at scale s: R ~ ca * 10^(s - sa + sb) / cb.
  if (!b.is_zero()) {
    const int lift = scale - a.scale() + b.scale();
    CheckQuotient(relance::Divide(a, b, scale, mode),
                  lift >= 0 ? ca * Pow10(lift) : ca, lift >= 0 ? cb : cb * Pow10(-lift), mode);
  }
  const int cut = a.scale() - scale;
  CheckQuotient(relance::Round(a, scale, mode), cut >= 0 ? ca : ca * Pow10(-cut),
                cut >= 0 ? Pow10(cut) : 1, mode);
}

void CheckArithmetic(const relance::Decimal& a, const relance::Decimal& b, int scale,
                     relance::RoundingMode mode) {
  for (const auto& r : {relance::Round(a, scale, mode), relance::Multiply(a, b, scale, mode),
                        relance::Divide(a, b, scale, mode), relance::Add(a, b)}) {
    if (r.ok()) CheckRoundTrip(*r);
  }
  // Rounding down never moves away from zero; rounding up never toward it.
  const auto down = relance::Round(a, scale, relance::RoundingMode::kDown);
  const auto up = relance::Round(a, scale, relance::RoundingMode::kUp);
  if (down.ok() && up.ok()) Require(down->Abs() <= a.Abs() && a.Abs() <= up->Abs());
  // a - b + b == a exactly when both steps succeed.
  const auto diff = relance::Subtract(a, b);
  if (diff.ok()) {
    const auto back = relance::Add(*diff, b);
    if (back.ok()) Require(*back == a);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < 1) return 0;
  // First byte picks the scale and mode; the rest is "a|b" text.
  const int scale = data[0] % 19;
  const auto mode = static_cast<relance::RoundingMode>((data[0] / 19) % 9);
  const std::string_view text(reinterpret_cast<const char*>(data + 1), size - 1);
  const std::size_t bar = text.find('|');
  const auto a = relance::Decimal::Parse(text.substr(0, bar));
  if (!a.ok()) return 0;
  CheckRoundTrip(*a);
  if (bar == std::string_view::npos) return 0;
  const auto b = relance::Decimal::Parse(text.substr(bar + 1));
  if (!b.ok()) return 0;
  CheckArithmetic(*a, *b, scale, mode);
  CheckValues(*a, *b, scale, mode);
  return 0;
}
