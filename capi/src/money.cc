// relance_currency_* and relance_money_*: shims over Currency and Money.

#include <cstring>
#include <vector>

#include "absl/strings/str_cat.h"
#include "relance.h"
#include "relance/currency.h"
#include "relance/money.h"
#include "shim.h"

namespace relance::capi {

relance_status ReadCurrency(const char* code, absl::string_view function,
                            absl::string_view name, Currency* out) {
  if (code == nullptr) return NullArgument(function, name);
  absl::StatusOr<Currency> c = Currency::Lookup(std::string_view(code));
  if (!c.ok()) return Fail(c.status(), function);
  *out = *c;
  return RELANCE_OK;
}

relance_status ReadMoney(const relance_money* in, absl::string_view function,
                         absl::string_view name, Money* out) {
  if (in == nullptr) return NullArgument(function, name);
  if (in->reserved != 0) {
    return Fail(RELANCE_E_INVALID_ARGUMENT, function,
                absl::StrCat("argument '", name, "': reserved field is ", in->reserved,
                             ", must be 0"));
  }
  if (std::memchr(in->currency, '\0', sizeof in->currency) == nullptr) {
    return Fail(RELANCE_E_INVALID_ARGUMENT, function,
                absl::StrCat("argument '", name, "': currency is not NUL-terminated"));
  }
  Currency c = Currency::All().front();
  if (relance_status s = ReadCurrency(in->currency, function, name, &c)) return s;
  *out = Money::FromMinorUnits(in->units, c);
  return RELANCE_OK;
}

relance_status WriteMoney(const Money& m, absl::string_view function, relance_money* out) {
  absl::StatusOr<std::int64_t> units = m.minor_units_int64();
  if (!units.ok()) return Fail(units.status(), function);
  out->units = *units;
  std::memcpy(out->currency, m.currency().code().data(), 3);
  out->currency[3] = '\0';
  out->reserved = 0;
  return RELANCE_OK;
}

}  // namespace relance::capi

namespace {

using relance::Currency;
using relance::Decimal;
using relance::Money;
using relance::RoundingMode;
using namespace relance::capi;

void WriteCurrency(const Currency& c, relance_currency_info* out) {
  std::memcpy(out->code, c.code().data(), 3);
  out->code[3] = '\0';
  out->numeric_code = c.numeric_code();
  out->minor_units = c.minor_units();
  out->active = c.active() ? 1 : 0;
}

relance_status Emit(const absl::StatusOr<Money>& m, absl::string_view function,
                    relance_money* out) {
  if (!m.ok()) return Fail(m.status(), function);
  relance_money result;
  if (relance_status s = WriteMoney(*m, function, &result)) return s;
  *out = result;
  return RELANCE_OK;
}

// Writes every part, or nothing. Parts never exceed |total|, which fits.
relance_status EmitParts(const absl::StatusOr<std::vector<Money>>& parts,
                         absl::string_view function, relance_money* out_parts) {
  if (!parts.ok()) return Fail(parts.status(), function);
  std::vector<relance_money> result(parts->size());
  for (size_t i = 0; i < parts->size(); ++i) {
    if (relance_status s = WriteMoney((*parts)[i], function, &result[i])) return s;
  }
  std::memcpy(out_parts, result.data(), result.size() * sizeof(relance_money));
  return RELANCE_OK;
}

template <typename Op>
relance_status MoneyBinary(absl::string_view function, const relance_money* a,
                           const relance_money* b, relance_money* out, Op op) {
  return Guard(function, [&]() -> relance_status {
    Money x = Money::Zero(Currency::All().front()), y = x;
    if (relance_status s = ReadMoney(a, function, "a", &x)) return s;
    if (relance_status s = ReadMoney(b, function, "b", &y)) return s;
    if (out == nullptr) return NullArgument(function, "out");
    return Emit(op(x, y), function, out);
  });
}

}  // namespace

extern "C" {

relance_status relance_currency_lookup(const char* code, relance_currency_info* out) {
  constexpr absl::string_view kFn = "relance_currency_lookup";
  return Guard(kFn, [&]() -> relance_status {
    if (code == nullptr) return NullArgument(kFn, "code");
    if (out == nullptr) return NullArgument(kFn, "out");
    absl::StatusOr<Currency> c = Currency::Lookup(std::string_view(code));
    if (!c.ok()) return Fail(c.status(), kFn);
    WriteCurrency(*c, out);
    return RELANCE_OK;
  });
}

relance_status relance_currency_lookup_numeric(int32_t numeric_code,
                                               relance_currency_info* out) {
  constexpr absl::string_view kFn = "relance_currency_lookup_numeric";
  return Guard(kFn, [&]() -> relance_status {
    if (out == nullptr) return NullArgument(kFn, "out");
    absl::StatusOr<Currency> c = Currency::FromNumeric(numeric_code);
    if (!c.ok()) return Fail(c.status(), kFn);
    WriteCurrency(*c, out);
    return RELANCE_OK;
  });
}

size_t relance_currency_count(void) { return Currency::All().size(); }

relance_status relance_currency_at(size_t index, relance_currency_info* out) {
  constexpr absl::string_view kFn = "relance_currency_at";
  return Guard(kFn, [&]() -> relance_status {
    if (out == nullptr) return NullArgument(kFn, "out");
    const auto all = Currency::All();
    if (relance_status s = CheckIndex(index, all.size(), kFn)) return s;
    WriteCurrency(all[index], out);
    return RELANCE_OK;
  });
}

relance_status relance_money_parse(const char* text, size_t length,
                                   const char* currency, relance_rounding mode,
                                   relance_money* out) {
  constexpr absl::string_view kFn = "relance_money_parse";
  return Guard(kFn, [&]() -> relance_status {
    if (text == nullptr && length > 0) return NullArgument(kFn, "text");
    Currency c = Currency::All().front();
    if (relance_status s = ReadCurrency(currency, kFn, "currency", &c)) return s;
    RoundingMode m;
    if (relance_status s = ReadMode(mode, kFn, &m)) return s;
    if (out == nullptr) return NullArgument(kFn, "out");
    const std::string_view amount(text == nullptr ? "" : text, length);
    return Emit(m == relance::RoundingMode::kExact ? Money::Parse(amount, c)
                                                   : Money::Parse(amount, c, m),
                kFn, out);
  });
}

relance_status relance_money_format(const relance_money* value, char* buffer,
                                    size_t capacity, size_t* out_length) {
  constexpr absl::string_view kFn = "relance_money_format";
  return Guard(kFn, [&]() -> relance_status {
    Money m = Money::Zero(Currency::All().front());
    if (relance_status s = ReadMoney(value, kFn, "value", &m)) return s;
    if (buffer == nullptr && capacity > 0) return NullArgument(kFn, "buffer");
    if (out_length == nullptr) return NullArgument(kFn, "out_length");
    char text[Decimal::kMaxTextLength];
    return CopyText(absl::string_view(text, m.amount().Format(text)), kFn, buffer,
                    capacity, out_length);
  });
}

relance_status relance_money_add(const relance_money* a, const relance_money* b,
                                 relance_money* out) {
  return MoneyBinary("relance_money_add", a, b, out,
                     [](const Money& x, const Money& y) { return relance::Add(x, y); });
}

relance_status relance_money_subtract(const relance_money* a, const relance_money* b,
                                      relance_money* out) {
  return MoneyBinary("relance_money_subtract", a, b, out,
                     [](const Money& x, const Money& y) { return relance::Subtract(x, y); });
}

relance_status relance_money_multiply(const relance_money* amount,
                                      const relance_decimal* rate,
                                      relance_rounding mode, relance_money* out) {
  constexpr absl::string_view kFn = "relance_money_multiply";
  return Guard(kFn, [&]() -> relance_status {
    Money m = Money::Zero(Currency::All().front());
    if (relance_status s = ReadMoney(amount, kFn, "amount", &m)) return s;
    Decimal r;
    if (relance_status s = ReadDecimal(rate, kFn, "rate", &r)) return s;
    RoundingMode md;
    if (relance_status s = ReadMode(mode, kFn, &md)) return s;
    if (out == nullptr) return NullArgument(kFn, "out");
    return Emit(relance::MultiplyByRate(m, r, md), kFn, out);
  });
}

relance_status relance_money_convert(const relance_money* amount, const char* to,
                                     const relance_decimal* rate,
                                     relance_rounding mode, relance_money* out) {
  constexpr absl::string_view kFn = "relance_money_convert";
  return Guard(kFn, [&]() -> relance_status {
    Money m = Money::Zero(Currency::All().front());
    if (relance_status s = ReadMoney(amount, kFn, "amount", &m)) return s;
    Currency target = Currency::All().front();
    if (relance_status s = ReadCurrency(to, kFn, "to", &target)) return s;
    Decimal r;
    if (relance_status s = ReadDecimal(rate, kFn, "rate", &r)) return s;
    RoundingMode md;
    if (relance_status s = ReadMode(mode, kFn, &md)) return s;
    if (out == nullptr) return NullArgument(kFn, "out");
    return Emit(relance::Convert(m, target, r, md), kFn, out);
  });
}

relance_status relance_money_allocate(const relance_money* total,
                                      const relance_decimal* ratios, size_t count,
                                      relance_money* out_parts) {
  constexpr absl::string_view kFn = "relance_money_allocate";
  return Guard(kFn, [&]() -> relance_status {
    Money t = Money::Zero(Currency::All().front());
    if (relance_status s = ReadMoney(total, kFn, "total", &t)) return s;
    if (ratios == nullptr) return NullArgument(kFn, "ratios");
    if (count == 0) return Fail(RELANCE_E_INVALID_ARGUMENT, kFn, "argument 'count' is 0");
    if (out_parts == nullptr) return NullArgument(kFn, "out_parts");
    std::vector<Decimal> r(count);
    for (size_t i = 0; i < count; ++i) {
      const std::string name = absl::StrCat("ratios[", i, "]");
      if (relance_status s = ReadDecimal(&ratios[i], kFn, name, &r[i])) return s;
    }
    return EmitParts(relance::Allocate(t, r), kFn, out_parts);
  });
}

relance_status relance_money_split(const relance_money* total, size_t count,
                                   relance_money* out_parts) {
  constexpr absl::string_view kFn = "relance_money_split";
  return Guard(kFn, [&]() -> relance_status {
    Money t = Money::Zero(Currency::All().front());
    if (relance_status s = ReadMoney(total, kFn, "total", &t)) return s;
    if (count == 0) return Fail(RELANCE_E_INVALID_ARGUMENT, kFn, "argument 'count' is 0");
    if (count > static_cast<size_t>(INT64_MAX)) {
      return Fail(RELANCE_E_INVALID_ARGUMENT, kFn, "argument 'count' is too large");
    }
    if (out_parts == nullptr) return NullArgument(kFn, "out_parts");
    return EmitParts(relance::Split(t, static_cast<int64_t>(count)), kFn, out_parts);
  });
}

}  // extern "C"
