// relance_decimal_*: thin shims over relance::Decimal.

#include <cstring>

#include "absl/strings/str_cat.h"
#include "relance.h"
#include "relance/decimal.h"
#include "shim.h"

namespace {

using relance::Decimal;
using relance::RoundingMode;
using namespace relance::capi;

relance_status Emit(const absl::StatusOr<Decimal>& result,
                    absl::string_view function, relance_decimal* out) {
  if (!result.ok()) return Fail(result.status(), function);
  WriteDecimal(*result, out);
  return RELANCE_OK;
}

// Reads a and b and checks out, then calls op(a, b).
template <typename Op>
relance_status Binary(absl::string_view function, const relance_decimal* a,
                      const relance_decimal* b, relance_decimal* out, Op op) {
  return Guard(function, [&]() -> relance_status {
    Decimal x, y;
    if (relance_status s = ReadDecimal(a, function, "a", &x)) return s;
    if (relance_status s = ReadDecimal(b, function, "b", &y)) return s;
    if (out == nullptr) return NullArgument(function, "out");
    return Emit(op(x, y), function, out);
  });
}

// As Binary, with a target scale and rounding mode.
template <typename Op>
relance_status Rounded(absl::string_view function, const relance_decimal* a,
                       const relance_decimal* b, int32_t scale,
                       relance_rounding mode, relance_decimal* out, Op op) {
  return Guard(function, [&]() -> relance_status {
    RoundingMode m;
    if (relance_status s = ReadMode(mode, function, &m)) return s;
    return Binary(function, a, b, out, [&](const Decimal& x, const Decimal& y) {
      return op(x, y, scale, m);
    });
  });
}

}  // namespace

extern "C" {

relance_status relance_decimal_parse(const char* text, size_t length,
                                     relance_decimal* out) {
  constexpr absl::string_view kFn = "relance_decimal_parse";
  return Guard(kFn, [&]() -> relance_status {
    if (text == nullptr && length > 0) return NullArgument(kFn, "text");
    if (out == nullptr) return NullArgument(kFn, "out");
    return Emit(Decimal::Parse(std::string_view(text == nullptr ? "" : text, length)),
                kFn, out);
  });
}

relance_status relance_decimal_format(const relance_decimal* value, char* buffer,
                                      size_t capacity, size_t* out_length) {
  constexpr absl::string_view kFn = "relance_decimal_format";
  return Guard(kFn, [&]() -> relance_status {
    Decimal d;
    if (relance_status s = ReadDecimal(value, kFn, "value", &d)) return s;
    if (buffer == nullptr && capacity > 0) return NullArgument(kFn, "buffer");
    if (out_length == nullptr) return NullArgument(kFn, "out_length");
    char text[Decimal::kMaxTextLength];
    return CopyText(absl::string_view(text, d.Format(text)), kFn, buffer, capacity,
                    out_length);
  });
}

relance_status relance_decimal_from_int64(int64_t coefficient, int32_t scale,
                                          relance_decimal* out) {
  constexpr absl::string_view kFn = "relance_decimal_from_int64";
  return Guard(kFn, [&]() -> relance_status {
    if (out == nullptr) return NullArgument(kFn, "out");
    absl::StatusOr<Decimal> d = Decimal::FromCoefficient(coefficient, scale);
    if (!d.ok()) return Fail(d.status(), kFn);
    WriteDecimal(*d, out);
    return RELANCE_OK;
  });
}

relance_status relance_decimal_add(const relance_decimal* a,
                                   const relance_decimal* b,
                                   relance_decimal* out) {
  return Binary("relance_decimal_add", a, b, out,
                [](const Decimal& x, const Decimal& y) { return relance::Add(x, y); });
}

relance_status relance_decimal_subtract(const relance_decimal* a,
                                        const relance_decimal* b,
                                        relance_decimal* out) {
  return Binary("relance_decimal_subtract", a, b, out,
                [](const Decimal& x, const Decimal& y) { return relance::Subtract(x, y); });
}

relance_status relance_decimal_compare(const relance_decimal* a,
                                       const relance_decimal* b,
                                       int32_t* out_order) {
  constexpr absl::string_view kFn = "relance_decimal_compare";
  return Guard(kFn, [&]() -> relance_status {
    Decimal x, y;
    if (relance_status s = ReadDecimal(a, kFn, "a", &x)) return s;
    if (relance_status s = ReadDecimal(b, kFn, "b", &y)) return s;
    if (out_order == nullptr) return NullArgument(kFn, "out_order");
    const auto c = x <=> y;
    *out_order = c < 0 ? -1 : (c > 0 ? 1 : 0);
    return RELANCE_OK;
  });
}

relance_status relance_decimal_round(const relance_decimal* x, int32_t scale,
                                     relance_rounding mode, relance_decimal* out) {
  constexpr absl::string_view kFn = "relance_decimal_round";
  return Guard(kFn, [&]() -> relance_status {
    RoundingMode m;
    if (relance_status s = ReadMode(mode, kFn, &m)) return s;
    Decimal d;
    if (relance_status s = ReadDecimal(x, kFn, "x", &d)) return s;
    if (out == nullptr) return NullArgument(kFn, "out");
    return Emit(relance::Round(d, scale, m), kFn, out);
  });
}

relance_status relance_decimal_multiply(const relance_decimal* a,
                                        const relance_decimal* b, int32_t scale,
                                        relance_rounding mode, relance_decimal* out) {
  return Rounded("relance_decimal_multiply", a, b, scale, mode, out,
                 [](const Decimal& x, const Decimal& y, int s, RoundingMode m) {
                   return relance::Multiply(x, y, s, m);
                 });
}

relance_status relance_decimal_multiply_exact(const relance_decimal* a,
                                              const relance_decimal* b,
                                              relance_decimal* out) {
  return Binary("relance_decimal_multiply_exact", a, b, out,
                [](const Decimal& x, const Decimal& y) { return relance::Multiply(x, y); });
}

relance_status relance_decimal_divide(const relance_decimal* a,
                                      const relance_decimal* b, int32_t scale,
                                      relance_rounding mode, relance_decimal* out) {
  return Rounded("relance_decimal_divide", a, b, scale, mode, out,
                 [](const Decimal& x, const Decimal& y, int s, RoundingMode m) {
                   return relance::Divide(x, y, s, m);
                 });
}

relance_status relance_decimal_divide_exact(const relance_decimal* a,
                                            const relance_decimal* b,
                                            relance_decimal* out) {
  return Binary("relance_decimal_divide_exact", a, b, out,
                [](const Decimal& x, const Decimal& y) { return relance::DivideExact(x, y); });
}

}  // extern "C"
