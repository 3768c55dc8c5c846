// Reading the columns of the ledger's bulk calls (ledger_columns.h).

#include "ledger_columns.h"

#include <cstring>

#include "absl/strings/str_cat.h"
#include "relance/error.h"
#include "shim.h"

namespace relance::capi {

relance_status ColumnReader::Present(const void* in, absl::string_view name, bool required,
                                     bool* present) const {
  *present = in != nullptr && count_ > 0;
  if (in == nullptr && required && count_ > 0) return NullArgument(function_, name);
  return RELANCE_OK;
}

template <typename T>
relance_status ColumnReader::Start(const void* in, absl::string_view name, bool required,
                                   std::vector<T>* out, bool* present) const {
  if (relance_status s = Present(in, name, required, present)) return s;
  out->clear();
  if (*present) out->resize(count_);
  return RELANCE_OK;
}

relance_status ColumnReader::RowFail(relance_status code, size_t row, absl::string_view name,
                                     absl::string_view message) const {
  return Fail(code, function_, absl::StrCat("row ", row, ": argument '", name, "': ", message));
}

relance_status ColumnReader::Texts(const char* const* in, absl::string_view name,
                                   bool required, std::vector<std::string_view>* out) const {
  bool present = false;
  if (relance_status s = Start(in, name, required, out, &present); s || !present) return s;
  for (size_t r = 0; r < count_; ++r) {
    if (in[r] != nullptr) {
      (*out)[r] = std::string_view(in[r]);
    } else if (required) {
      return RowFail(RELANCE_E_INVALID_ARGUMENT, r, name, "entry is NULL");
    }
  }
  return RELANCE_OK;
}

relance_status ColumnReader::Dates(const int32_t* in, absl::string_view name, bool required,
                                   bool none_allowed, std::vector<Date>* out) const {
  bool present = false;
  if (relance_status s = Start(in, name, required, out, &present); s || !present) return s;
  for (size_t r = 0; r < count_; ++r) {
    const std::int32_t days = in[r];
    if (days == RELANCE_NO_DATE && none_allowed) {
      (*out)[r] = kNoDate;
    } else if (days < RELANCE_DATE_MIN || days > RELANCE_DATE_MAX) {
      return RowFail(RELANCE_E_INVALID_ARGUMENT, r, name,
                     absl::StrCat("day ", days, " is outside years 1..9999",
                                  none_allowed ? " (RELANCE_NO_DATE for none)" : ""));
    } else {
      (*out)[r] = Date::FromDays(days);
    }
  }
  return RELANCE_OK;
}

relance_status ColumnReader::Amounts(const int64_t* in, absl::string_view name, bool required,
                                     absl::Span<const std::int64_t>* out) const {
  bool present = false;
  if (relance_status s = Present(in, name, required, &present)) return s;
  *out = present ? absl::Span<const std::int64_t>(in, count_) : absl::Span<const std::int64_t>();
  return RELANCE_OK;
}

relance_status ColumnReader::Currencies(const char* const* in, absl::string_view name,
                                        std::vector<Currency>* out) const {
  bool present = false;
  if (relance_status s = Present(in, name, true, &present)) return s;
  out->clear();
  if (!present) return RELANCE_OK;
  out->reserve(count_);
  // Books have few currencies: look a code up only when it changes.
  const char* last = nullptr;
  for (size_t r = 0; r < count_; ++r) {
    if (in[r] == nullptr) return RowFail(RELANCE_E_INVALID_ARGUMENT, r, name, "entry is NULL");
    if (last == nullptr || std::strcmp(last, in[r]) != 0) {
      absl::StatusOr<Currency> c = Currency::Lookup(std::string_view(in[r]));
      if (!c.ok()) {
        return RowFail(static_cast<relance_status>(ErrorCodeOf(c.status())), r, name,
                       c.status().message());
      }
      out->push_back(*c);
      last = in[r];
    } else {
      out->push_back(out->back());
    }
  }
  return RELANCE_OK;
}

template <typename Enum>
relance_status ColumnReader::ReadEnum(const int32_t* in, absl::string_view name, int32_t last,
                                      absl::string_view type, std::vector<Enum>* out) const {
  bool present = false;
  if (relance_status s = Start(in, name, false, out, &present); s || !present) return s;
  for (size_t r = 0; r < count_; ++r) {
    if (in[r] < 0 || in[r] > last) {
      return RowFail(RELANCE_E_INVALID_ARGUMENT, r, name,
                     absl::StrCat(in[r], " is not a ", type, " value (0..", last, ")"));
    }
    (*out)[r] = static_cast<Enum>(in[r]);
  }
  return RELANCE_OK;
}

relance_status ColumnReader::Kinds(const int32_t* in, std::vector<ItemKind>* out) const {
  return ReadEnum(in, "kinds", RELANCE_ITEM_CREDIT_NOTE, "relance_item_kind", out);
}

relance_status ColumnReader::Sources(const int32_t* in,
                                     std::vector<AllocationSource>* out) const {
  return ReadEnum(in, "sources", RELANCE_ALLOCATION_FROM_CREDIT_NOTE,
                  "relance_allocation_source", out);
}

relance_status ColumnReader::CreditLimits(const int64_t* limits, const char* const* currencies,
                                          std::vector<std::optional<Money>>* out) const {
  bool present = false;
  if (relance_status s = Start(limits, "credit_limits", false, out, &present); s || !present) {
    return s;
  }
  if (currencies == nullptr) return NullArgument(function_, "credit_limit_currencies");
  for (size_t r = 0; r < count_; ++r) {
    if (limits[r] == RELANCE_NO_AMOUNT) continue;
    if (currencies[r] == nullptr) {
      return RowFail(RELANCE_E_INVALID_ARGUMENT, r, "credit_limit_currencies",
                     "entry is NULL for a row with a credit limit");
    }
    absl::StatusOr<Currency> c = Currency::Lookup(std::string_view(currencies[r]));
    if (!c.ok()) {
      return RowFail(static_cast<relance_status>(ErrorCodeOf(c.status())), r,
                     "credit_limit_currencies", c.status().message());
    }
    (*out)[r] = Money::FromMinorUnits(limits[r], *c);
  }
  return RELANCE_OK;
}

void WriteCode(Currency currency, char* out) {
  std::memcpy(out, currency.code().data(), 3);
  out[3] = '\0';
}

relance_status ReadId(const char* id, absl::string_view function, absl::string_view name,
                      std::string_view* out) {
  if (id == nullptr) return NullArgument(function, name);
  *out = std::string_view(id);
  return RELANCE_OK;
}

}  // namespace relance::capi
