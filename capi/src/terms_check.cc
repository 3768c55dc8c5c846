// relance_terms_check and relance_terms_check_result_*: shims over
// CheckTerms, the EU/FR legal check of payment terms (payment_terms.h).

#include <utility>
#include <vector>

#include "handles.h"
#include "relance.h"
#include "relance/jurisdiction.h"
#include "relance/payment_terms.h"
#include "shim.h"

struct relance_terms_check_result {
  relance::TermsCheck check;      // owns the violation messages
  std::vector<int32_t> due_dates;  // check.due_dates, checked to fit
  relance_terms_caps caps;
};

namespace {

using relance::Date;
using relance::TermsViolationCode;
using namespace relance::capi;

// The C constants are the C++ enum values.
static_assert(RELANCE_TERMS_VIOLATION_SILENT_TERMS ==
              static_cast<int>(TermsViolationCode::kSilentTerms));
static_assert(RELANCE_TERMS_VIOLATION_BEYOND_60_DAYS ==
              static_cast<int>(TermsViolationCode::kBeyond60Days));
static_assert(RELANCE_TERMS_VIOLATION_BEYOND_EOM_THEN_45 ==
              static_cast<int>(TermsViolationCode::kBeyondEomThen45));
static_assert(RELANCE_TERMS_VIOLATION_BEYOND_45_THEN_EOM ==
              static_cast<int>(TermsViolationCode::kBeyond45ThenEom));

// *has = 1 and *out = the date when `cap` is set; 0 and 0 otherwise.
relance_status WriteOptionalCap(const std::optional<Date>& cap, absl::string_view function,
                                int32_t* has, int32_t* out) {
  *has = cap.has_value() ? 1 : 0;
  *out = 0;
  return cap ? WriteDate(*cap, function, out) : RELANCE_OK;
}

relance_status WriteCaps(const relance::TermsCheck& check, absl::string_view function,
                         relance_terms_caps* out) {
  relance_terms_caps caps{};
  if (relance_status s = WriteDate(check.cap_60_days, function, &caps.cap_60_days)) return s;
  if (relance_status s = WriteOptionalCap(check.cap_eom_then_45, function,
                                          &caps.has_cap_eom_then_45, &caps.cap_eom_then_45)) {
    return s;
  }
  if (relance_status s = WriteOptionalCap(check.cap_45_then_eom, function,
                                          &caps.has_cap_45_then_eom, &caps.cap_45_then_eom)) {
    return s;
  }
  *out = caps;
  return RELANCE_OK;
}

}  // namespace

extern "C" {

relance_status relance_terms_check(const relance_terms* terms, int32_t invoice_date,
                                   relance_jurisdiction jurisdiction,
                                   relance_terms_check_result** out) {
  constexpr absl::string_view kFn = "relance_terms_check";
  return Guard(kFn, [&]() -> relance_status {
    if (terms == nullptr) return NullArgument(kFn, "terms");
    Date invoice;
    if (relance_status s = ReadDate(invoice_date, kFn, "invoice_date", &invoice)) return s;
    relance::Jurisdiction j;
    if (relance_status s = ReadEnum(EnumValue(jurisdiction), relance::kJurisdictionCount, kFn,
                                    "jurisdiction", "relance_jurisdiction", &j)) {
      return s;
    }
    if (out == nullptr) return NullArgument(kFn, "out");
    relance::TermsCheck check = relance::CheckTerms(terms->terms, invoice, j);
    std::vector<int32_t> due_dates(check.due_dates.size());
    for (size_t i = 0; i < due_dates.size(); ++i) {
      if (relance_status s = WriteDate(check.due_dates[i], kFn, &due_dates[i])) return s;
    }
    relance_terms_caps caps;
    if (relance_status s = WriteCaps(check, kFn, &caps)) return s;
    *out = new relance_terms_check_result{std::move(check), std::move(due_dates), caps};
    return RELANCE_OK;
  });
}

relance_status relance_terms_check_result_caps(const relance_terms_check_result* result,
                                               relance_terms_caps* out) {
  constexpr absl::string_view kFn = "relance_terms_check_result_caps";
  return Guard(kFn, [&]() -> relance_status {
    if (result == nullptr) return NullArgument(kFn, "result");
    if (out == nullptr) return NullArgument(kFn, "out");
    *out = result->caps;
    return RELANCE_OK;
  });
}

size_t relance_terms_check_result_due_date_count(const relance_terms_check_result* result) {
  return result == nullptr ? 0 : result->due_dates.size();
}

relance_status relance_terms_check_result_due_date_at(const relance_terms_check_result* result,
                                                      size_t index, int32_t* out_date) {
  constexpr absl::string_view kFn = "relance_terms_check_result_due_date_at";
  return Guard(kFn, [&]() -> relance_status {
    if (result == nullptr) return NullArgument(kFn, "result");
    if (relance_status s = CheckIndex(index, result->due_dates.size(), kFn)) return s;
    if (out_date == nullptr) return NullArgument(kFn, "out_date");
    *out_date = result->due_dates[index];
    return RELANCE_OK;
  });
}

size_t relance_terms_check_result_violation_count(const relance_terms_check_result* result) {
  return result == nullptr ? 0 : result->check.violations.size();
}

relance_status relance_terms_check_result_violation_at(const relance_terms_check_result* result,
                                                       size_t index, int32_t* out_code,
                                                       int32_t* out_installment,
                                                       const char** out_message) {
  constexpr absl::string_view kFn = "relance_terms_check_result_violation_at";
  return Guard(kFn, [&]() -> relance_status {
    if (result == nullptr) return NullArgument(kFn, "result");
    if (relance_status s = CheckIndex(index, result->check.violations.size(), kFn)) return s;
    if (out_code == nullptr) return NullArgument(kFn, "out_code");
    if (out_installment == nullptr) return NullArgument(kFn, "out_installment");
    if (out_message == nullptr) return NullArgument(kFn, "out_message");
    const relance::TermsViolation& v = result->check.violations[index];
    *out_code = static_cast<int32_t>(v.code);
    *out_installment = v.installment;
    *out_message = v.message.c_str();
    return RELANCE_OK;
  });
}

void relance_terms_check_result_destroy(relance_terms_check_result* result) { delete result; }

}  // extern "C"
