// Late-payment interest: validation, cutting the late period into segments,
// and the result: the exact amounts are computed and rounded once in
// interest_amount.cc, the explanation lines are written in
// late_interest_text.cc.

#include "relance/late_interest.h"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl_bridge.h"
#include "interest_amount.h"
#include "late_interest_internal.h"
#include "relance/error.h"

namespace relance {
namespace {

using interest_internal::Arithmetic;
using interest_internal::InterestSum;
using interest_internal::SegmentAmount;
using interest_internal::Shown;

constexpr std::int64_t kStatutoryCompensationCents = 4000;  // 40.00 EUR

absl::Status Invalid(std::string_view message) {
  return MakeError(ErrorCode::kInvalidArgument, message);
}

// ---- validation ---------------------------------------------------------

absl::Status CheckSettings(const LateInterestRequest& r) {
  if (!IsValidDayCount(static_cast<int>(r.day_count))) {
    return Invalid(absl::StrCat("day count ", static_cast<int>(r.day_count),
                                " is not one of the 5"));
  }
  if (!IsValidRoundingMode(static_cast<int>(r.rounding))) {
    return Invalid(absl::StrCat("rounding mode ", static_cast<int>(r.rounding),
                                " is not one of the 9 modes"));
  }
  if (RateSelectionName(r.selection) == "INVALID" ||
      RoundingPointName(r.rounding_point) == "INVALID") {
    return Invalid(
        "rate selection or rounding point is not one of the named values");
  }
  if (r.grace_days < 0) {
    return Invalid(
        absl::StrCat("grace days ", r.grace_days, " must not be negative"));
  }
  if (r.amount.signum() < 0) {
    return Invalid(
        absl::StrCat("overdue amount ", r.amount.ToString(), " is negative"));
  }
  const LateInterestRate& rate = r.rate;
  if (rate.kind == LateInterestRate::Kind::kStatutory &&
      !IsValidJurisdiction(static_cast<int>(rate.jurisdiction))) {
    return Invalid(absl::StrCat("jurisdiction ",
                                static_cast<int>(rate.jurisdiction),
                                " is not EU (0) or FR (1)"));
  }
  if (rate.kind == LateInterestRate::Kind::kReferencePlusMargin &&
      rate.reference == nullptr) {
    return Invalid("a reference-plus-margin rate needs a reference table");
  }
  if (rate.kind > LateInterestRate::Kind::kReferencePlusMargin) {
    return Invalid("unknown rate kind");
  }
  return absl::OkStatus();
}

absl::Status CheckBalanceChanges(const LateInterestRequest& r) {
  const std::vector<BalanceChange>& changes = r.balance_changes;
  for (std::size_t i = 0; i < changes.size(); ++i) {
    const BalanceChange& c = changes[i];
    // Worded only for an error: this runs on every request.
    const auto which = [&c, i] {
      return absl::StrCat("balance change ", i, " (", c.date.ToString(), ")");
    };
    if (!(c.outstanding.currency() == r.amount.currency())) {
      return MakeError(ErrorCode::kCurrencyMismatch,
                       absl::StrCat(which(), " is in ",
                                    AbslView(c.outstanding.currency().code()),
                                    ", the amount in ",
                                    AbslView(r.amount.currency().code())));
    }
    if (c.outstanding.signum() < 0) {
      return Invalid(absl::StrCat(which(), ": outstanding ",
                                  c.outstanding.ToString(), " is negative"));
    }
    if (c.date < r.due_date) {
      return Invalid(absl::StrCat(which(), " is before the due date ",
                                  r.due_date.ToString()));
    }
    if (i > 0 && !(changes[i - 1].date < c.date)) {
      return Invalid(absl::StrCat(which(), " is not after balance change ",
                                  i - 1, " (", changes[i - 1].date.ToString(),
                                  "); dates must be strictly increasing"));
    }
  }
  return absl::OkStatus();
}

// The compensation due if the invoice is late.
absl::StatusOr<Money> CompensationIfLate(const LateInterestRequest& r) {
  const Currency currency = r.amount.currency();
  if (r.compensation.has_value()) {
    const Money& c = *r.compensation;
    if (!(c.currency() == currency)) {
      return MakeError(ErrorCode::kCurrencyMismatch,
                       absl::StrCat("compensation ", c.ToString(),
                                    " is not in ", AbslView(currency.code()),
                                    ", the currency of the amount"));
    }
    if (c.signum() < 0)
      return Invalid(
          absl::StrCat("compensation ", c.ToString(), " is negative"));
    return c;
  }
  if (r.rate.kind != LateInterestRate::Kind::kStatutory)
    return Money::Zero(currency);
  if (currency.code() != "EUR") {
    return MakeError(
        ErrorCode::kCurrencyMismatch,
        absl::StrCat("the statutory compensation is 40 EUR; give it in ",
                     AbslView(currency.code()), " (request.compensation)"));
  }
  return Money::FromMinorUnits(kStatutoryCompensationCents, currency);
}

// ---- segments -----------------------------------------------------------

// The annual rate, in percent, for a segment whose half-year is that of
// `rate_day`. Errors: those of the table; a negative rate.
absl::StatusOr<Decimal> AnnualPercent(const LateInterestRate& rate,
                                      Date rate_day) {
  absl::StatusOr<Decimal> percent = rate.percent;
  if (rate.kind == LateInterestRate::Kind::kStatutory) {
    percent = StatutoryRate(
        rate.jurisdiction, rate_day,
        rate.reference ? *rate.reference : EcbMainRefinancingRate());
  } else if (rate.kind == LateInterestRate::Kind::kReferencePlusMargin) {
    percent = HalfYearRate(*rate.reference, rate.margin_points, rate_day);
  }
  if (percent.ok() && percent->signum() < 0) {
    return Invalid(absl::StrCat("the annual rate for ", rate_day.ToString(),
                                " is ", percent->ToString(), " %, negative"));
  }
  return percent;
}

// The segments (start, end] of the late period (first_start, through], in
// date order, with the balance each bears: cut at each balance change
// inside the period and, per half-year, after each 30 June and 31
// December. Both lists of cuts are increasing, so they are merged as the
// walk goes, without storing or sorting them.
class SegmentWalk {
 public:
  // REQUIRES: first_start < r.through; validated balance changes (in
  // strictly increasing date order). `r` must outlive the walk.
  SegmentWalk(const LateInterestRequest& r, Date first_start)
      : r_(r),
        per_half_year_(r.selection == RateSelection::kPerHalfYear),
        start_(first_start),
        base_(r.amount),
        half_year_end_(per_half_year_ ? HalfYearEnd(AddDays(first_start, 1))
                                      : r.through) {
    Settle();
  }

  bool done() const { return !(start_ < r_.through); }
  Date start() const { return start_; }
  Date end() const { return end_; }
  // The outstanding balance during the segment.
  const Money& base() const { return base_; }

  // Moves to the next segment. REQUIRES: !done().
  void Next() {
    start_ = end_;
    Settle();
  }

  // At least the number of segments left (an upper bound, capped).
  std::size_t CountBound() const {
    std::size_t bound = 1 + r_.balance_changes.size();
    // Half-years have at least 181 days.
    if (per_half_year_) bound += DaysBetween(start_, r_.through) / 181 + 1;
    return std::min<std::size_t>(bound, 64);
  }

 private:
  // Applies the balance changes dated on or before start_, steps to the
  // next half-year end when start_ has reached it, and finds end_.
  void Settle() {
    if (done()) return;
    const std::vector<BalanceChange>& changes = r_.balance_changes;
    while (next_change_ < changes.size() &&
           !(start_ < changes[next_change_].date)) {
      base_ = changes[next_change_++].outstanding;
    }
    if (per_half_year_ && !(start_ < half_year_end_)) {
      half_year_end_ = HalfYearEnd(AddDays(start_, 1));
    }
    end_ = std::min(r_.through, half_year_end_);
    if (next_change_ < changes.size()) {
      end_ = std::min(end_, changes[next_change_].date);
    }
  }

  const LateInterestRequest& r_;
  const bool per_half_year_;
  Date start_, end_;
  Money base_;
  std::size_t next_change_ = 0;  // the first change not yet applied
  Date half_year_end_;           // the next cut at a half-year end
};

// Appends the segments of the late period (first_start, through] that bear
// interest to *segments, their exact amounts to *exact and their rounded
// amounts to *rounded_sum. REQUIRES: first_start < r.through.
absl::Status ComputeSegments(const LateInterestRequest& r, Date first_start,
                             std::vector<LateInterestSegment>* segments,
                             InterestSum* exact, Money* rounded_sum) {
  const Currency currency = r.amount.currency();
  SegmentWalk walk(r, first_start);
  segments->reserve(walk.CountBound());
  for (; !walk.done(); walk.Next()) {
    const Date start = walk.start(), end = walk.end();
    const Money& base = walk.base();
    if (base.signum() == 0) continue;
    const Date rate_day = r.selection == RateSelection::kPerHalfYear
                              ? AddDays(start, 1)
                              : r.due_date;
    absl::StatusOr<Decimal> percent = AnnualPercent(r.rate, rate_day);
    if (!percent.ok()) return percent.status();
    const Fraction fraction = YearFraction(r.day_count, start, end);
    absl::StatusOr<SegmentAmount> amount =
        exact->Add(base.amount(), *percent, fraction);
    if (!amount.ok()) return amount.status();
    const Money rounded = *Money::Of(amount->rounded, currency);
    absl::StatusOr<Money> sum = Add(*rounded_sum, rounded);
    if (!sum.ok()) return sum.status();
    *rounded_sum = *sum;
    // Braces, not emplace_back's parentheses: clang 14 has no
    // parenthesized aggregate initialization.
    segments->push_back(LateInterestSegment{
        start, end, DaysBetween(start, end), DayCountDays(r.day_count, start, end), base,
        *percent, r.day_count, fraction, amount->shown.value, amount->shown.exact,
        std::move(amount->ratio), rounded});
  }
  return absl::OkStatus();
}

}  // namespace

LateInterestRate LateInterestRate::Statutory(Jurisdiction jurisdiction,
                                             const RateTable* reference) {
  LateInterestRate r;
  r.jurisdiction = jurisdiction;
  r.reference = reference;
  return r;
}

LateInterestRate LateInterestRate::Fixed(const Decimal& percent) {
  LateInterestRate r;
  r.kind = Kind::kFixed;
  r.percent = percent;
  return r;
}

LateInterestRate LateInterestRate::ReferencePlusMargin(
    const RateTable& reference, const Decimal& margin_points) {
  LateInterestRate r;
  r.kind = Kind::kReferencePlusMargin;
  r.reference = &reference;
  r.margin_points = margin_points;
  return r;
}

namespace late_interest_internal {

absl::StatusOr<LateInterestResult> LateInterestWith(
    const LateInterestRequest& request, Arithmetic arithmetic,
    bool* used_rational) {
  if (used_rational != nullptr) *used_rational = false;
  if (absl::Status s = CheckSettings(request); !s.ok()) return s;
  if (absl::Status s = CheckBalanceChanges(request); !s.ok()) return s;
  absl::StatusOr<Money> compensation = CompensationIfLate(request);
  if (!compensation.ok()) return compensation.status();

  const Currency currency = request.amount.currency();
  LateInterestResult result{false,
                            {},
                            Decimal(),
                            true,
                            "0/1",
                            Money::Zero(currency),
                            Money::Zero(currency),
                            Money::Zero(currency),
                            request.rounding,
                            request.rounding_point};
  // In 64 bits: a huge grace period must not wrap the date.
  if (std::int64_t{request.due_date.days()} + request.grace_days >=
      request.through.days()) {
    return result;
  }
  const Date first_start = AddDays(request.due_date, request.grace_days);
  InterestSum exact(currency.minor_units(), request.rounding,
                    request.rounding_point, arithmetic);
  Money interest = Money::Zero(currency);  // the sum of the rounded segments
  if (absl::Status s = ComputeSegments(request, first_start, &result.segments,
                                       &exact, &interest);
      !s.ok()) {
    return s;
  }
  if (used_rational != nullptr) *used_rational = exact.used_rational();
  if (result.segments.empty()) return result;  // nothing outstanding

  absl::StatusOr<Shown> shown = exact.ShownTotal();
  if (!shown.ok()) return shown.status();
  if (request.rounding_point == RoundingPoint::kOnTotal) {
    absl::StatusOr<Decimal> rounded = exact.RoundedTotal();
    if (!rounded.ok()) return rounded.status();
    interest = *Money::Of(*rounded, currency);
  }
  absl::StatusOr<Money> total = Add(interest, *compensation);
  if (!total.ok()) return total.status();
  result.late = true;
  result.exact_interest = shown->value;
  result.exact_interest_is_exact = shown->exact;
  result.exact_interest_ratio = exact.TotalRatio();
  result.interest = interest;
  result.compensation = *compensation;
  result.total = *total;
  if (used_rational != nullptr) *used_rational = exact.used_rational();
  return result;
}

}  // namespace late_interest_internal

absl::StatusOr<LateInterestResult> LateInterest(
    const LateInterestRequest& request) {
  return late_interest_internal::LateInterestWith(request,
                                                  Arithmetic::kFastFirst);
}

absl::StatusOr<ContractualRateCheck> CheckContractualRate(
    const Decimal& contractual_percent, const Decimal& legal_interest_percent) {
  if (contractual_percent.signum() < 0 || legal_interest_percent.signum() < 0) {
    return Invalid(absl::StrCat("rates must not be negative: contractual ",
                                contractual_percent.ToString(), " %, legal ",
                                legal_interest_percent.ToString(), " %"));
  }
  absl::StatusOr<Decimal> minimum =
      Multiply(legal_interest_percent, Decimal(3));
  if (!minimum.ok()) return minimum.status();
  const bool compliant = contractual_percent >= *minimum;
  std::string explanation = absl::StrCat(
      "contractual rate ", contractual_percent.ToString(), " % is ",
      compliant ? "at least" : "below", " 3 x the legal interest rate ",
      legal_interest_percent.ToString(), " % = ", minimum->ToString(),
      " % (Code de commerce L441-10)",
      compliant ? "" : ": a contractual late-payment rate cannot be lower");
  return ContractualRateCheck{compliant, *minimum, std::move(explanation)};
}

}  // namespace relance
