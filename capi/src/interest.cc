// relance_late_interest_compute, relance_late_interest_result_* and
// relance_contractual_rate_check: shims over LateInterest and
// CheckContractualRate (late_interest.h).

#include <memory>
#include <optional>
#include <utility>
#include <vector>

#include "interest_request.h"
#include "interest_result.h"
#include "relance.h"
#include "relance/late_interest.h"
#include "shim.h"

namespace {

using relance::LateInterestResult;
using relance::LateInterestSegment;
using namespace relance::capi;

relance_status WriteSegment(const LateInterestSegment& in, absl::string_view function,
                            relance_late_interest_segment* out) {
  relance_late_interest_segment r{};
  if (relance_status s = WriteDate(in.start, function, &r.start)) return s;
  if (relance_status s = WriteDate(in.end, function, &r.end)) return s;
  r.days = in.days;
  r.day_count = static_cast<int32_t>(in.day_count);
  r.basis_days = in.basis_days;
  if (relance_status s = WriteMoney(in.base, function, &r.base)) return s;
  WriteDecimal(in.percent, &r.percent);
  r.year_fraction_numerator = in.year_fraction.numerator;
  r.year_fraction_denominator = in.year_fraction.denominator;
  WriteDecimal(in.amount, &r.amount);
  r.amount_is_exact = in.amount_is_exact ? 1 : 0;
  r.exact_ratio = in.exact_ratio.c_str();
  if (relance_status s = WriteMoney(in.rounded, function, &r.rounded)) return s;
  *out = r;
  return RELANCE_OK;
}

relance_status WriteTotals(const LateInterestResult& in, absl::string_view function,
                           relance_late_interest_totals* out) {
  relance_late_interest_totals r{};
  r.late = in.late ? 1 : 0;
  r.exact_interest_is_exact = in.exact_interest_is_exact ? 1 : 0;
  if (relance_status s = WriteMoney(in.interest, function, &r.interest)) return s;
  if (relance_status s = WriteMoney(in.compensation, function, &r.compensation)) return s;
  if (relance_status s = WriteMoney(in.total, function, &r.total)) return s;
  WriteDecimal(in.exact_interest, &r.exact_interest);
  r.exact_interest_ratio = in.exact_interest_ratio.c_str();
  *out = r;
  return RELANCE_OK;
}

relance_status MakeResult(LateInterestResult result, absl::string_view function,
                          relance_late_interest_result** out) {
  std::unique_ptr<relance_late_interest_result> handle;
  if (relance_status s = BuildLateInterestResult(std::move(result), function, &handle)) return s;
  *out = handle.release();
  return RELANCE_OK;
}

}  // namespace

namespace relance::capi {

relance_status BuildLateInterestResult(LateInterestResult result, absl::string_view function,
                                       std::unique_ptr<relance_late_interest_result>* out) {
  auto handle = std::make_unique<relance_late_interest_result>(
      relance_late_interest_result{std::move(result), {}, {}});
  const LateInterestResult& r = handle->result;  // final place: pointers stay valid
  if (relance_status s = WriteTotals(r, function, &handle->totals)) return s;
  handle->segments.resize(r.segments.size());
  for (size_t i = 0; i < r.segments.size(); ++i) {
    if (relance_status s = WriteSegment(r.segments[i], function, &handle->segments[i])) return s;
  }
  *out = std::move(handle);
  return RELANCE_OK;
}

}  // namespace relance::capi

extern "C" {

relance_status relance_late_interest_compute(const relance_late_interest_request* request,
                                             relance_late_interest_result** out) {
  constexpr absl::string_view kFn = "relance_late_interest_compute";
  return Guard(kFn, [&]() -> relance_status {
    std::optional<relance::LateInterestRequest> core;
    if (relance_status s = ReadLateInterestRequest(request, kFn, &core)) return s;
    if (out == nullptr) return NullArgument(kFn, "out");
    absl::StatusOr<LateInterestResult> result = relance::LateInterest(*core);
    if (!result.ok()) return Fail(result.status(), kFn);
    return MakeResult(*std::move(result), kFn, out);
  });
}

void relance_late_interest_result_destroy(relance_late_interest_result* result) { delete result; }

relance_status relance_late_interest_result_totals(const relance_late_interest_result* result,
                                                   relance_late_interest_totals* out) {
  constexpr absl::string_view kFn = "relance_late_interest_result_totals";
  return Guard(kFn, [&]() -> relance_status {
    if (result == nullptr) return NullArgument(kFn, "result");
    if (out == nullptr) return NullArgument(kFn, "out");
    *out = result->totals;
    return RELANCE_OK;
  });
}

size_t relance_late_interest_result_segment_count(const relance_late_interest_result* result) {
  return result == nullptr ? 0 : result->segments.size();
}

relance_status relance_late_interest_result_segment_at(const relance_late_interest_result* result,
                                                       size_t index,
                                                       relance_late_interest_segment* out) {
  constexpr absl::string_view kFn = "relance_late_interest_result_segment_at";
  return Guard(kFn, [&]() -> relance_status {
    if (result == nullptr) return NullArgument(kFn, "result");
    if (relance_status s = CheckIndex(index, result->segments.size(), kFn)) return s;
    if (out == nullptr) return NullArgument(kFn, "out");
    *out = result->segments[index];
    return RELANCE_OK;
  });
}

relance_status relance_late_interest_result_format(const relance_late_interest_result* result,
                                                   char* buffer, size_t capacity,
                                                   size_t* out_length) {
  constexpr absl::string_view kFn = "relance_late_interest_result_format";
  return Guard(kFn, [&]() -> relance_status {
    if (result == nullptr) return NullArgument(kFn, "result");
    if (buffer == nullptr && capacity > 0) return NullArgument(kFn, "buffer");
    if (out_length == nullptr) return NullArgument(kFn, "out_length");
    return CopyText(result->result.ToString(), kFn, buffer, capacity, out_length);
  });
}

relance_status relance_contractual_rate_check(const relance_decimal* contractual_percent,
                                              const relance_decimal* legal_interest_percent,
                                              int32_t* out_compliant,
                                              relance_decimal* out_minimum_percent,
                                              char* explanation, size_t capacity,
                                              size_t* out_length) {
  constexpr absl::string_view kFn = "relance_contractual_rate_check";
  return Guard(kFn, [&]() -> relance_status {
    relance::Decimal contractual, legal;
    if (relance_status s = ReadDecimal(contractual_percent, kFn, "contractual_percent",
                                       &contractual)) {
      return s;
    }
    if (relance_status s = ReadDecimal(legal_interest_percent, kFn, "legal_interest_percent",
                                       &legal)) {
      return s;
    }
    if (out_compliant == nullptr) return NullArgument(kFn, "out_compliant");
    if (out_minimum_percent == nullptr) return NullArgument(kFn, "out_minimum_percent");
    if (explanation == nullptr && capacity > 0) return NullArgument(kFn, "explanation");
    if (out_length == nullptr) return NullArgument(kFn, "out_length");
    absl::StatusOr<relance::ContractualRateCheck> check =
        relance::CheckContractualRate(contractual, legal);
    if (!check.ok()) return Fail(check.status(), kFn);
    if (relance_status s = CopyText(check->explanation, kFn, explanation, capacity, out_length)) {
      return s;  // BUFFER_TOO_SMALL: the other outputs stay untouched
    }
    *out_compliant = check->compliant ? 1 : 0;
    WriteDecimal(check->minimum_percent, out_minimum_percent);
    return RELANCE_OK;
  });
}

}  // extern "C"
