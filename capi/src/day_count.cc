// relance_day_count_*: shims over the day-count conventions (day_count.h).

#include <cstdint>
#include <type_traits>

#include "relance.h"
#include "relance/day_count.h"
#include "shim.h"

namespace {

using relance::Date;
using relance::DayCount;
using namespace relance::capi;

// The C constants are the C++ enum values.
static_assert(RELANCE_DAY_COUNT_ACT_365F == static_cast<int>(DayCount::kAct365Fixed));
static_assert(RELANCE_DAY_COUNT_ACT_360 == static_cast<int>(DayCount::kAct360));
static_assert(RELANCE_DAY_COUNT_ACT_ACT_ISDA == static_cast<int>(DayCount::kActActIsda));
static_assert(RELANCE_DAY_COUNT_30_360 == static_cast<int>(DayCount::kThirty360));
static_assert(RELANCE_DAY_COUNT_30E_360 == static_cast<int>(DayCount::kThirtyE360));
static_assert(RELANCE_DAY_COUNT_30E_360 + 1 == relance::kDayCountCount);
// The fraction crosses as int64 without a narrowing step.
static_assert(std::is_same_v<decltype(relance::Fraction::numerator), std::int64_t>);
static_assert(std::is_same_v<decltype(relance::Fraction::denominator), std::int64_t>);

// Reads the convention and the two dates of a period.
relance_status ReadPeriod(const relance_day_count& convention, int32_t start, int32_t end,
                          absl::string_view function, DayCount* out, Date* from, Date* to) {
  if (relance_status s = ReadEnum(EnumValue(convention), relance::kDayCountCount, function,
                                  "convention", "relance_day_count", out)) {
    return s;
  }
  if (relance_status s = ReadDate(start, function, "start", from)) return s;
  return ReadDate(end, function, "end", to);
}

}  // namespace

extern "C" {

const char* relance_day_count_name(relance_day_count convention) {
  // Checked here: the cast to the 8-bit enum would wrap 256 to 0. The names
  // are string literals (NUL-terminated, static).
  const int64_t value = EnumValue(convention);
  if (value < 0 || value >= relance::kDayCountCount) return "INVALID";
  return relance::DayCountName(static_cast<DayCount>(value)).data();
}

relance_status relance_day_count_parse(const char* text, size_t length, int32_t* out) {
  constexpr absl::string_view kFn = "relance_day_count_parse";
  return Guard(kFn, [&]() -> relance_status {
    return ParseEnumText(text, length, kFn, relance::ParseDayCount, out);
  });
}

relance_status relance_day_count_days(relance_day_count convention, int32_t start,
                                      int32_t end, int64_t* out_days) {
  constexpr absl::string_view kFn = "relance_day_count_days";
  return Guard(kFn, [&]() -> relance_status {
    DayCount dc;
    Date from, to;
    if (relance_status s = ReadPeriod(convention, start, end, kFn, &dc, &from, &to)) return s;
    if (out_days == nullptr) return NullArgument(kFn, "out_days");
    *out_days = relance::DayCountDays(dc, from, to);
    return RELANCE_OK;
  });
}

relance_status relance_day_count_year_fraction(relance_day_count convention, int32_t start,
                                               int32_t end, int64_t* out_numerator,
                                               int64_t* out_denominator) {
  constexpr absl::string_view kFn = "relance_day_count_year_fraction";
  return Guard(kFn, [&]() -> relance_status {
    DayCount dc;
    Date from, to;
    if (relance_status s = ReadPeriod(convention, start, end, kFn, &dc, &from, &to)) return s;
    if (out_numerator == nullptr) return NullArgument(kFn, "out_numerator");
    if (out_denominator == nullptr) return NullArgument(kFn, "out_denominator");
    const relance::Fraction f = relance::YearFraction(dc, from, to);
    *out_numerator = f.numerator;
    *out_denominator = f.denominator;
    return RELANCE_OK;
  });
}

}  // extern "C"
