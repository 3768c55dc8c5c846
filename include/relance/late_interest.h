// relance/late_interest.h -- late-payment interest (pénalités de retard) and
// the fixed recovery compensation, computed exactly and explained line by
// line.
//
// Which days count. Interest runs from the day after the due date, shifted
// by `grace_days`, up to and including `through` (the payment date, or the
// as-of date of an unpaid invoice). Days counted = DaysBetween(due_date +
// grace_days, through): due 2024-09-15, paid 2024-10-15 is 30 days
// (16 September to 15 October). When `through` is on or before due_date +
// grace_days the invoice is not late: zero interest, no compensation, no
// segment -- not an error.
//
// Segments. The late period is cut into segments (start, end]: interest
// accrues for the days after `start` up to and including `end`, and the
// segment's year fraction is YearFraction(day_count, start, end) (see
// day_count.h; under ACT/ACT-ISDA days are attributed to years the ISDA way,
// `start` included and `end` excluded). A new segment begins
//   - after each balance change (a partial payment received on date P
//     lowers the base from the day after P: P itself still bears interest
//     on the old balance, as the payment day does for a full payment);
//   - under RateSelection::kPerHalfYear, after each 30 June and 31 December.
// Segments whose base is zero are left out. Splitting never changes the
// exact interest at a constant rate under the ACT conventions; under 30/360
// and 30E/360, which are not additive, a cut can move a day (day_count.h).
//
// Rates, in percent per year (see rate_table.h): statutory (EU or FR preset:
// reference rate on 1 January / 1 July of the half-year + 8 or 10 points),
// a fixed contractual rate, or a reference table plus a margin in points,
// read on the half-year start like the statutory rate. kPerHalfYear takes
// each segment's half-year; kDueDateHalfYear takes the due date's half-year
// for the whole period.
//
// Exactness and rounding. Each segment's amount base x rate / 100 x
// fraction is an exact rational. With RoundingPoint::kOnTotal (default) the
// exact amounts are summed and the sum is rounded once, in `rounding`
// (default HALF_UP), to the currency's minor unit; with kPerSegment each
// segment is rounded once and the rounded amounts are summed. The decimal
// shown on a segment line is exact when it terminates within 18 places and
// is otherwise rounded half-even to 18 places (flagged): it is for reading
// only, the interest is always rounded from the exact rational.
//
// Compensation. A late invoice also owes a fixed recovery compensation, once
// (40 EUR under the EU and FR presets, Directive 2011/7/EU art. 6 and
// D441-5; configurable); nothing when it is not late.
//
// Defaults: FR statutory rate over the shipped ECB table, one rate per
// half-year, ACT/365F, no grace days, ROUND_HALF_UP once on the total.
//
//   LateInterestRequest r(*Money::Parse("10000.00", eur), due, paid);
//   // due 2024-09-15, paid 2024-10-15, FR statutory, ACT/365F
//   LateInterest(r) -> interest 117.12 EUR (exact 10000 x 14.25 % x 30/365
//                      = 117.1232876...), compensation 40.00 EUR,
//                      total 157.12 EUR
//
// Thread safety: pure functions of their arguments; the result is an
// immutable value. A RateTable passed by pointer is only read.

#ifndef RELANCE_LATE_INTEREST_H_
#define RELANCE_LATE_INTEREST_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "relance/date.h"
#include "relance/day_count.h"
#include "relance/decimal.h"
#include "relance/money.h"
#include "relance/rate_table.h"
#include "relance/rounding.h"

namespace relance {

// Which half-year's rate applies. Values are pinned.
enum class RateSelection : std::uint8_t {
  kPerHalfYear = 0,      // each half-year its own rate; segments split there
  kDueDateHalfYear = 1,  // the due date's half-year rate for the whole period
};

// Where rounding happens. Values are pinned.
enum class RoundingPoint : std::uint8_t {
  kOnTotal = 0,     // sum the exact segment amounts, round once
  kPerSegment = 1,  // round each segment once, then sum
};

// "per_half_year", "due_date_half_year"; "INVALID" otherwise.
std::string_view RateSelectionName(RateSelection selection);
// "on_total", "per_segment"; "INVALID" otherwise.
std::string_view RoundingPointName(RoundingPoint point);

// Where the annual rate comes from. Build it with one of the factories.
struct LateInterestRate {
  enum class Kind : std::uint8_t { kStatutory, kFixed, kReferencePlusMargin };

  // The EU or FR statutory rate over `reference` (nullptr: the shipped ECB
  // MRO table). A non-null table must outlive the LateInterest call.
  static LateInterestRate Statutory(Jurisdiction jurisdiction,
                                    const RateTable* reference = nullptr);
  // A fixed contractual rate, in percent per year (12.5 = 12.5 %).
  static LateInterestRate Fixed(const Decimal& percent);
  // A contractual rate: the rate of `reference` on the half-year start plus
  // `margin_points` percentage points. `reference` must outlive the call.
  static LateInterestRate ReferencePlusMargin(const RateTable& reference,
                                              const Decimal& margin_points);

  Kind kind = Kind::kStatutory;
  Jurisdiction jurisdiction = Jurisdiction::kFR;  // kStatutory
  // kStatutory (null: the shipped ECB table) and kReferencePlusMargin.
  const RateTable* reference = nullptr;
  Decimal percent;        // kFixed
  Decimal margin_points;  // kReferencePlusMargin
};

// After a payment (or a credit note) on `date`, `outstanding` remains due:
// the days after `date` bear interest on it.
struct BalanceChange {
  Date date;
  Money outstanding;
};

struct LateInterestRequest {
  // The three facts every computation needs; the settings below have
  // defaults.
  LateInterestRequest(const Money& amount, Date due_date, Date through)
      : amount(amount), due_date(due_date), through(through) {}

  // Outstanding on the due date, >= 0; its currency is the result's.
  Money amount;
  Date due_date;
  Date through;  // last day counted: payment date or as-of date
  // Partial payments, in strictly increasing date order, none before the
  // due date; changes dated on or after `through` change nothing.
  std::vector<BalanceChange> balance_changes;

  LateInterestRate rate = LateInterestRate::Statutory(Jurisdiction::kFR);
  RateSelection selection = RateSelection::kPerHalfYear;
  DayCount day_count = DayCount::kAct365Fixed;
  std::int32_t grace_days = 0;  // >= 0; shifts the first day of interest
  RoundingMode rounding = RoundingMode::kHalfUp;
  RoundingPoint rounding_point = RoundingPoint::kOnTotal;
  // The fixed recovery compensation when the invoice is late. Unset: 40 EUR
  // under the statutory presets (which then needs a EUR amount), zero for a
  // contractual rate. Set: used as given (>= 0, the amount's currency).
  std::optional<Money> compensation;
};

// One line of the explanation.
struct LateInterestSegment {
  Date start;               // excluded: interest from the day after
  Date end;                 // included
  std::int32_t days;        // actual days, DaysBetween(start, end)
  std::int64_t basis_days;  // days counted by the convention (30/360 differs)
  Money base;               // outstanding during the segment
  Decimal percent;          // annual rate in percent
  DayCount day_count;
  Fraction year_fraction;  // YearFraction(day_count, start, end)
  // base x percent / 100 x year_fraction, exact when amount_is_exact, else
  // rounded half-even to 18 places (or fewer, to stay within 38 digits).
  Decimal amount;
  bool amount_is_exact;
  std::string exact_ratio;  // the exact amount as a reduced fraction "n/d"
  // This segment alone, rounded once in the request's mode (half-even when
  // that is kExact and the segment is inexact, under kOnTotal). The interest
  // is their sum only under RoundingPoint::kPerSegment.
  Money rounded;

  // "after 2024-09-15 through 2024-10-15 (30 days): 10000.00 EUR x 14.25 %
  // x 30/365 (ACT/365F) = 117.123287671232876712 (rounded to 18 places)".
  // The fraction is shown as days/basis, or reduced under ACT/ACT-ISDA.
  std::string ToString() const;
};

struct LateInterestResult {
  bool late = false;  // at least one day bore interest on a nonzero base
  std::vector<LateInterestSegment> segments;
  Decimal exact_interest;  // sum of the exact amounts, shown as on a segment
  bool exact_interest_is_exact = true;
  std::string exact_interest_ratio;  // reduced fraction "n/d"
  Money interest;         // rounded per the request's rounding point and mode
  Money compensation;     // zero when not late
  Money total;            // interest + compensation
  // As requested, for the explanation.
  RoundingMode rounding;
  RoundingPoint rounding_point;

  // One line per segment, then the interest, compensation and total lines.
  std::string ToString() const;
};

// Late-payment interest and compensation for one invoice (see the banner).
// Errors (kInvalidArgument unless stated): a negative amount, outstanding
// balance, grace_days or compensation; balance changes out of order or
// before the due date; kCurrencyMismatch for a balance change or
// compensation in another currency, or a statutory default compensation
// (40 EUR) for a non-EUR amount; an invalid enum value or a null reference
// table for kReferencePlusMargin; a negative applied rate; kNotFound when
// the reference table has no rate for a half-year; kInexact under kExact
// when the interest is not a whole number of minor units; kOverflow.
absl::StatusOr<LateInterestResult> LateInterest(
    const LateInterestRequest& request);

// The French floor on contractual late-payment rates (Code de commerce
// L441-10): at least three times the legal interest rate (taux d'intérêt
// légal, which the host supplies for the relevant half-year).
struct ContractualRateCheck {
  bool compliant;
  Decimal minimum_percent;  // 3 x legal rate
  std::string explanation;  // a sentence saying why, with the numbers
};

// Checks `contractual_percent` against 3 x `legal_interest_percent` (both in
// percent per year; equal to the minimum is compliant). Errors:
// kInvalidArgument for a negative rate; kOverflow.
absl::StatusOr<ContractualRateCheck> CheckContractualRate(
    const Decimal& contractual_percent, const Decimal& legal_interest_percent);

}  // namespace relance

#endif  // RELANCE_LATE_INTEREST_H_
