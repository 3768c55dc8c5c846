// relance_currency_* and relance_money_*: shims over Currency and Money.

#include <cstring>
#include <vector>

#include "absl/strings/str_cat.h"
#include "relance.h"
#include "relance/currency.h"
#include "relance/money.h"
#include "shim.h"

namespace {

using relance::Currency;
using relance::Decimal;
using relance::Money;
using namespace relance::capi;

void WriteCurrency(const Currency& c, relance_currency_info* out) {
  std::memcpy(out->code, c.code().data(), 3);
  out->code[3] = '\0';
  out->numeric_code = c.numeric_code();
  out->minor_units = c.minor_units();
  out->active = c.active() ? 1 : 0;
}

relance_status ReadCurrency(const char* code, absl::string_view function,
                            Currency* out) {
  if (code == nullptr) return NullArgument(function, "currency");
  absl::StatusOr<Currency> c = Currency::Lookup(std::string_view(code));
  if (!c.ok()) return Fail(c.status(), function);
  *out = *c;
  return RELANCE_OK;
}

relance_status ReadTotal(const relance_decimal* total, const char* currency,
                         absl::string_view function, Money* out) {
  Decimal amount;
  if (relance_status s = ReadDecimal(total, function, "total", &amount)) return s;
  Currency c = Currency::All().front();
  if (relance_status s = ReadCurrency(currency, function, &c)) return s;
  absl::StatusOr<Money> m = Money::Of(amount, c);
  if (!m.ok()) return Fail(m.status(), function);
  *out = *m;
  return RELANCE_OK;
}

relance_status WriteParts(const absl::StatusOr<std::vector<Money>>& parts,
                          absl::string_view function, relance_decimal* out_parts) {
  if (!parts.ok()) return Fail(parts.status(), function);
  for (size_t i = 0; i < parts->size(); ++i) {
    WriteDecimal((*parts)[i].amount(), &out_parts[i]);
  }
  return RELANCE_OK;
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
    if (index >= all.size()) {
      return Fail(RELANCE_E_INVALID_ARGUMENT, kFn,
                  absl::StrCat("argument 'index': ", index, " is not below the count ",
                               all.size()));
    }
    WriteCurrency(all[index], out);
    return RELANCE_OK;
  });
}

relance_status relance_money_allocate(const relance_decimal* total,
                                      const char* currency,
                                      const relance_decimal* ratios, size_t count,
                                      relance_decimal* out_parts) {
  constexpr absl::string_view kFn = "relance_money_allocate";
  return Guard(kFn, [&]() -> relance_status {
    Money t = Money::FromMinorUnits(0, Currency::All().front());
    if (relance_status s = ReadTotal(total, currency, kFn, &t)) return s;
    if (ratios == nullptr) return NullArgument(kFn, "ratios");
    if (count == 0) return Fail(RELANCE_E_INVALID_ARGUMENT, kFn, "argument 'count' is 0");
    if (out_parts == nullptr) return NullArgument(kFn, "out_parts");
    std::vector<Decimal> r(count);
    for (size_t i = 0; i < count; ++i) {
      const std::string name = absl::StrCat("ratios[", i, "]");
      if (relance_status s = ReadDecimal(&ratios[i], kFn, name, &r[i])) return s;
    }
    return WriteParts(relance::Allocate(t, r), kFn, out_parts);
  });
}

relance_status relance_money_split(const relance_decimal* total, const char* currency,
                                   size_t count, relance_decimal* out_parts) {
  constexpr absl::string_view kFn = "relance_money_split";
  return Guard(kFn, [&]() -> relance_status {
    Money t = Money::FromMinorUnits(0, Currency::All().front());
    if (relance_status s = ReadTotal(total, currency, kFn, &t)) return s;
    if (count == 0) return Fail(RELANCE_E_INVALID_ARGUMENT, kFn, "argument 'count' is 0");
    if (count > static_cast<size_t>(INT64_MAX)) {
      return Fail(RELANCE_E_INVALID_ARGUMENT, kFn, "argument 'count' is too large");
    }
    if (out_parts == nullptr) return NullArgument(kFn, "out_parts");
    return WriteParts(relance::Split(t, static_cast<int64_t>(count)), kFn, out_parts);
  });
}

}  // extern "C"
