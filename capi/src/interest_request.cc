// relance_late_interest_request_init, and reading the request struct.
//
// Why an extensible struct rather than a builder handle: a request is a
// plain set of values that a C caller fills in one place and passes once;
// a struct needs no allocation, no lifetime and one call, where a builder
// would need a setter (and an exported symbol) per field. It stays
// ABI-extensible the way Linux's extensible syscall structs do: the caller
// states the size it was compiled with, a newer library defaults the fields
// past it, and an older library accepts a larger struct only if the fields
// it does not know are zero bytes (their defaults, by rule), so it never
// silently ignores a setting it cannot honour. init takes the size as an
// argument because a library function cannot see the caller's sizeof: a
// newer library writing its own, larger, size would overrun an older
// caller's struct.

#include "interest_request.h"

#include <cstdint>
#include <cstring>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/str_cat.h"
#include "handles.h"
#include "relance/late_interest.h"
#include "shim.h"

namespace relance::capi {
namespace {

using Kind = LateInterestRate::Kind;

// The C constants are the C++ enum values.
static_assert(RELANCE_RATE_STATUTORY == static_cast<int>(Kind::kStatutory));
static_assert(RELANCE_RATE_FIXED == static_cast<int>(Kind::kFixed));
static_assert(RELANCE_RATE_REFERENCE_PLUS_MARGIN == static_cast<int>(Kind::kReferencePlusMargin));
static_assert(RELANCE_RATE_SELECTION_PER_HALF_YEAR ==
              static_cast<int>(RateSelection::kPerHalfYear));
static_assert(RELANCE_RATE_SELECTION_DUE_DATE_HALF_YEAR ==
              static_cast<int>(RateSelection::kDueDateHalfYear));
static_assert(RELANCE_ROUNDING_POINT_ON_TOTAL == static_cast<int>(RoundingPoint::kOnTotal));
static_assert(RELANCE_ROUNDING_POINT_PER_SEGMENT == static_cast<int>(RoundingPoint::kPerSegment));

// The size of the struct this version knows; smaller ones are refused.
constexpr size_t kKnownSize = sizeof(relance_late_interest_request);
constexpr absl::string_view kType = "relance_late_interest_request";

relance_status CheckSize(const relance_late_interest_request& in, absl::string_view function) {
  return CheckExtensible(&in, kKnownSize, kType, "request", "relance_late_interest_request_init",
                         function);
}

relance_status ReadBalanceChanges(const relance_late_interest_request& in,
                                  absl::string_view function,
                                  std::vector<BalanceChange>* out) {
  if (in.balance_count == 0) return RELANCE_OK;
  if (in.balance_dates == nullptr) return NullArgument(function, "request.balance_dates");
  if (in.balance_outstanding == nullptr) {
    return NullArgument(function, "request.balance_outstanding");
  }
  for (size_t i = 0; i < in.balance_count; ++i) {
    Date day;
    const std::string date_name = absl::StrCat("request.balance_dates[", i, "]");
    if (relance_status s = ReadDate(in.balance_dates[i], function, date_name, &day)) return s;
    Money outstanding = Money::Zero(Currency::All().front());
    const std::string money_name = absl::StrCat("request.balance_outstanding[", i, "]");
    if (relance_status s = ReadMoney(&in.balance_outstanding[i], function, money_name,
                                     &outstanding)) {
      return s;
    }
    out->push_back(BalanceChange{day, outstanding});
  }
  return RELANCE_OK;
}

relance_status ReadRate(const relance_late_interest_request& in, absl::string_view function,
                        LateInterestRate* out) {
  Kind kind;
  if (relance_status s = ReadEnum(in.rate_kind, RELANCE_RATE_REFERENCE_PLUS_MARGIN + 1, function,
                                  "request.rate_kind", "relance_rate_kind", &kind)) {
    return s;
  }
  const RateTable* table = in.reference == nullptr ? nullptr : &in.reference->table;
  switch (kind) {
    case Kind::kStatutory: {
      Jurisdiction j;
      if (relance_status s = ReadEnum(in.jurisdiction, kJurisdictionCount, function,
                                      "request.jurisdiction", "relance_jurisdiction", &j)) {
        return s;
      }
      *out = LateInterestRate::Statutory(j, table);
      return RELANCE_OK;
    }
    case Kind::kFixed: {
      Decimal percent;
      if (relance_status s = ReadDecimal(&in.fixed_percent, function, "request.fixed_percent",
                                         &percent)) {
        return s;
      }
      *out = LateInterestRate::Fixed(percent);
      return RELANCE_OK;
    }
    case Kind::kReferencePlusMargin: {
      if (table == nullptr) return NullArgument(function, "request.reference");
      Decimal margin;
      if (relance_status s = ReadDecimal(&in.margin_points, function, "request.margin_points",
                                         &margin)) {
        return s;
      }
      *out = LateInterestRate::ReferencePlusMargin(*table, margin);
      return RELANCE_OK;
    }
  }
  return Fail(RELANCE_E_INTERNAL, function, "unhandled rate kind");
}

// selection, day_count, grace_days, rounding, rounding_point.
relance_status ReadSettings(const relance_late_interest_request& in, absl::string_view function,
                            LateInterestRequest* out) {
  if (relance_status s = ReadEnum(in.selection, RELANCE_RATE_SELECTION_DUE_DATE_HALF_YEAR + 1,
                                  function, "request.selection", "relance_rate_selection",
                                  &out->selection)) {
    return s;
  }
  if (relance_status s = ReadEnum(in.day_count, kDayCountCount, function, "request.day_count",
                                  "relance_day_count", &out->day_count)) {
    return s;
  }
  if (relance_status s = ReadEnum(in.rounding, RELANCE_ROUND_EXACT + 1, function,
                                  "request.rounding", "relance_rounding", &out->rounding)) {
    return s;
  }
  if (relance_status s = ReadEnum(in.rounding_point, RELANCE_ROUNDING_POINT_PER_SEGMENT + 1,
                                  function, "request.rounding_point", "relance_rounding_point",
                                  &out->rounding_point)) {
    return s;
  }
  out->grace_days = in.grace_days;  // the core refuses a negative one
  return RELANCE_OK;
}

relance_status ReadCompensation(const relance_late_interest_request& in,
                                absl::string_view function, std::optional<Money>* out) {
  if (in.has_compensation == 0) return RELANCE_OK;
  if (in.has_compensation != 1) {
    return Fail(RELANCE_E_INVALID_ARGUMENT, function,
                absl::StrCat("argument 'request.has_compensation': ", in.has_compensation,
                             " is not 0 or 1"));
  }
  Money compensation = Money::Zero(Currency::All().front());
  if (relance_status s = ReadMoney(&in.compensation, function, "request.compensation",
                                   &compensation)) {
    return s;
  }
  *out = compensation;
  return RELANCE_OK;
}

}  // namespace

relance_status ReadLateInterestRequest(const relance_late_interest_request* in,
                                       absl::string_view function,
                                       std::optional<LateInterestRequest>* out) {
  if (in == nullptr) return NullArgument(function, "request");
  if (relance_status s = CheckSize(*in, function)) return s;
  Money amount = Money::Zero(Currency::All().front());
  if (relance_status s = ReadMoney(&in->amount, function, "request.amount", &amount)) return s;
  Date due, through;
  if (relance_status s = ReadDate(in->due_date, function, "request.due_date", &due)) return s;
  if (relance_status s = ReadDate(in->through, function, "request.through", &through)) return s;
  LateInterestRequest request(amount, due, through);
  if (relance_status s = ReadBalanceChanges(*in, function, &request.balance_changes)) return s;
  if (relance_status s = ReadRate(*in, function, &request.rate)) return s;
  if (relance_status s = ReadSettings(*in, function, &request)) return s;
  if (relance_status s = ReadCompensation(*in, function, &request.compensation)) return s;
  out->emplace(std::move(request));
  return RELANCE_OK;
}

}  // namespace relance::capi

extern "C" {

relance_status relance_late_interest_request_init(relance_late_interest_request* request,
                                                  size_t struct_size) {
  return relance::capi::InitExtensible(
      request, struct_size, "relance_late_interest_request_init", relance::capi::kType, "request",
      [](relance_late_interest_request* r) {
        std::memcpy(r->amount.currency, "EUR", 4);
        std::memcpy(r->compensation.currency, "EUR", 4);
        r->rate_kind = RELANCE_RATE_STATUTORY;
        r->jurisdiction = RELANCE_JURISDICTION_FR;
        r->selection = RELANCE_RATE_SELECTION_PER_HALF_YEAR;
        r->day_count = RELANCE_DAY_COUNT_ACT_365F;
        r->rounding = RELANCE_ROUND_HALF_UP;
        r->rounding_point = RELANCE_ROUNDING_POINT_ON_TOTAL;
      });
}

}  // extern "C"
