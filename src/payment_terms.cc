// Payment terms: validation, the builders, installment amounts and due
// dates. The text form is in payment_terms_text.cc, the EU / French legal
// check in payment_terms_check.cc.

#include "relance/payment_terms.h"

#include <algorithm>
#include <utility>

#include "absl/strings/str_cat.h"
#include "absl_bridge.h"
#include "payment_terms_internal.h"
#include "relance/error.h"

namespace relance {
namespace payment_terms_internal {

// ---------------------------------------------------------------------------
// Validation (shared by the builders and the parser).

absl::Status Invalid(std::string_view message) {
  return MakeError(ErrorCode::kInvalidArgument, message);
}

// "" or the reason the value is out of range.
std::string DaysProblem(std::int64_t days) {
  if (days < 0 || days > DueDateRule::kMaxDays) {
    return absl::StrCat(days, " days is outside 0..", DueDateRule::kMaxDays);
  }
  return "";
}

std::string DayOfMonthProblem(int day) {
  if (day < 1 || day > 31) return absl::StrCat("day ", day, " of a month is outside 1..31");
  return "";
}

// Percentages: 0 < p <= 100 (p < 100 for a discount), few decimals.
std::string PercentProblem(const Decimal& p, bool discount) {
  if (p.signum() <= 0 || p > Decimal(100) || (discount && p == Decimal(100))) {
    return absl::StrCat("percentage ", p.ToString(), " is outside ",
                        discount ? "(0, 100)" : "(0, 100]");
  }
  if (p.scale() > kMaxPercentDecimals) {
    return absl::StrCat("percentage ", p.ToString(), " has more than ", kMaxPercentDecimals,
                        " decimals");
  }
  return "";
}

std::string AmountProblem(const Decimal& a) {
  if (a.signum() <= 0) return absl::StrCat("fixed amount ", a.ToString(), " is not positive");
  if (a.scale() > kMaxAmountDecimals) {
    return absl::StrCat("fixed amount ", a.ToString(), " has more than ", kMaxAmountDecimals,
                        " decimals");
  }
  return "";
}

}  // namespace payment_terms_internal

namespace {

using payment_terms_internal::AmountProblem;
using payment_terms_internal::DayOfMonthProblem;
using payment_terms_internal::DaysProblem;
using payment_terms_internal::Invalid;
using payment_terms_internal::PercentProblem;

std::string RuleProblem(const DueDateRule& r) {
  if (r.kind > DueDateRule::Kind::kDaysThenEom) return "unknown due-date rule kind";
  if (std::string p = DaysProblem(r.days); !p.empty()) return p;
  if (r.day_of_next_month != 0) return DayOfMonthProblem(r.day_of_next_month);
  return "";
}

std::string PartProblem(const InstallmentPart& part) {
  switch (part.share) {
    case InstallmentPart::Share::kPercent:
      if (std::string p = PercentProblem(part.value, false); !p.empty()) return p;
      break;
    case InstallmentPart::Share::kFixed:
      if (std::string p = AmountProblem(part.value); !p.empty()) return p;
      break;
    case InstallmentPart::Share::kBalance:
      break;
    default:
      return "unknown share kind";
  }
  return RuleProblem(part.rule);
}

// The sum of the percentage parts (exact: few decimals, at most 100 each).
Decimal PercentSum(absl::Span<const InstallmentPart> parts) {
  Decimal sum;
  for (const InstallmentPart& p : parts) {
    if (p.share == InstallmentPart::Share::kPercent) sum = *Add(sum, p.value);
  }
  return sum;
}

absl::Status CheckShares(absl::Span<const InstallmentPart> parts) {
  int balance = -1;
  bool fixed = false;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (std::string p = PartProblem(parts[i]); !p.empty()) {
      return Invalid(absl::StrCat("part ", i + 1, ": ", p));
    }
    fixed = fixed || parts[i].share == InstallmentPart::Share::kFixed;
    if (parts[i].share != InstallmentPart::Share::kBalance) continue;
    if (balance >= 0) {
      return Invalid(
          absl::StrCat("part ", i + 1, ": a second balance part (part ", balance + 1, " is one)"));
    }
    balance = static_cast<int>(i);
  }
  const Decimal sum = PercentSum(parts);
  const std::string sum_text = absl::StrCat("the percentages sum to ", sum.ToString());
  if (sum > Decimal(100)) return Invalid(absl::StrCat(sum_text, ", over 100"));
  if (balance >= 0 && sum == Decimal(100)) {
    return Invalid(absl::StrCat(sum_text, ", leaving nothing for the balance part"));
  }
  if (balance < 0 && fixed) {
    return Invalid("fixed amounts need a balance part to take the rest of the invoice");
  }
  if (balance < 0 && sum != Decimal(100)) {
    return Invalid(absl::StrCat(sum_text, "; without a balance part they must sum to exactly 100"));
  }
  return absl::OkStatus();
}

// ---------------------------------------------------------------------------
// Amounts.

// The discount offer on `amount` (see the banner).
absl::StatusOr<EarlyPayment> Offer(const PaymentTerms& terms, Date invoice_date,
                                   const Money& amount) {
  const EarlyPaymentDiscount& d = *terms.discount();
  // percent / 100, exactly: the scale grows by two (at most 8).
  const Decimal rate =
      decimal_internal::Access::Make(d.percent.coefficient(), d.percent.scale() + 2);
  absl::StatusOr<Money> discount = MultiplyByRate(amount, rate, RoundingMode::kHalfUp);
  if (!discount.ok()) return discount.status();
  absl::StatusOr<Money> rest = Subtract(amount, *discount);
  if (!rest.ok()) return rest.status();
  return EarlyPayment{terms.Adjust(AddDays(invoice_date, d.days)), *discount, *rest};
}

// The amounts of the parts for a non-negative `whole` (see the banner).
absl::StatusOr<std::vector<Money>> SplitMagnitude(absl::Span<const InstallmentPart> parts,
                                                  const Money& whole) {
  std::vector<Decimal> ratios(parts.size());
  std::size_t balance = parts.size();
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (parts[i].share == InstallmentPart::Share::kPercent) ratios[i] = parts[i].value;
    if (parts[i].share == InstallmentPart::Share::kBalance) balance = i;
  }
  if (balance < parts.size()) ratios[balance] = *Subtract(Decimal(100), PercentSum(parts));
  absl::StatusOr<std::vector<Money>> shares = Allocate(whole, ratios);
  if (!shares.ok()) return shares.status();
  Money fixed_total = Money::Zero(whole.currency());
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (parts[i].share != InstallmentPart::Share::kFixed) continue;
    absl::StatusOr<Money> fixed = Money::Of(parts[i].value, whole.currency());
    if (!fixed.ok()) {
      return Invalid(absl::StrCat("part ", i + 1, ": fixed amount ", parts[i].value.ToString(),
                                  " does not fit ", AbslView(whole.currency().code()), ": ",
                                  fixed.status().message()));
    }
    if (fixed->amount() > whole.amount()) {
      return Invalid(absl::StrCat("part ", i + 1, ": fixed amount ", fixed->ToString(),
                                  " is larger than the invoice amount ", whole.ToString()));
    }
    (*shares)[i] = *fixed;
    absl::StatusOr<Money> sum = Add(fixed_total, *fixed);
    if (!sum.ok()) return sum.status();
    fixed_total = *sum;
  }
  if (fixed_total.signum() != 0) {  // then there is a balance part (CheckShares)
    Money& rest = (*shares)[balance];
    if (fixed_total.amount() > rest.amount()) {
      return Invalid(absl::StrCat("the fixed amounts (", fixed_total.ToString(), ") exceed the ",
                                  rest.ToString(), " the percentages leave of the invoice amount ",
                                  whole.ToString()));
    }
    rest = *Subtract(rest, fixed_total);
  }
  return shares;
}

}  // namespace

// ---------------------------------------------------------------------------
// PaymentTerms.

absl::StatusOr<PaymentTerms> PaymentTerms::Of(DueDateRule rule) {
  if (std::string p = RuleProblem(rule); !p.empty()) return Invalid(p);
  PaymentTerms t;
  t.silent_ = false;
  t.rule_ = rule;
  return t;
}

absl::StatusOr<PaymentTerms> PaymentTerms::Of(std::vector<InstallmentPart> parts) {
  if (parts.empty()) return Invalid("installment terms need at least one part");
  if (absl::Status s = CheckShares(parts); !s.ok()) return s;
  PaymentTerms t;
  t.silent_ = false;
  t.parts_ = std::move(parts);
  return t;
}

absl::StatusOr<PaymentTerms> PaymentTerms::WithDiscount(
    const EarlyPaymentDiscount& discount) const {
  if (silent_) return Invalid("silent terms take no discount: state the terms first");
  if (has_installments()) {
    return Invalid(
        "an early-payment discount applies to single-due-date terms, "
        "not to installments");
  }
  if (std::string p = PercentProblem(discount.percent, true); !p.empty()) {
    return Invalid(absl::StrCat("discount ", p));
  }
  if (std::string p = DaysProblem(discount.days); !p.empty()) {
    return Invalid(absl::StrCat("discount period: ", p));
  }
  PaymentTerms t = *this;
  t.discount_ = discount;
  return t;
}

absl::StatusOr<PaymentTerms> PaymentTerms::WithRoll(BusinessCalendar calendar,
                                                    RollConvention convention) const {
  if (silent_) return Invalid("silent terms take no roll: state the terms first");
  if (convention == RollConvention::kNone || static_cast<int>(convention) > 4) {
    return Invalid("a roll needs a convention other than none");
  }
  PaymentTerms t = *this;
  t.calendar_ = std::move(calendar);
  t.roll_ = convention;
  return t;
}

bool operator==(const PaymentTerms& a, const PaymentTerms& b) {
  return a.silent_ == b.silent_ && a.rule_ == b.rule_ && a.parts_ == b.parts_ &&
         a.discount_ == b.discount_ && a.roll_ == b.roll_ &&
         a.calendar_.has_value() == b.calendar_.has_value() &&
         (!a.calendar_ || a.calendar_->name() == b.calendar_->name());
}

// ---------------------------------------------------------------------------
// Due dates.

absl::StatusOr<std::vector<Installment>> DueDates(const PaymentTerms& terms, Date invoice_date,
                                                  const Money& amount) {
  std::vector<Installment> out;
  if (!terms.has_installments()) {
    std::optional<EarlyPayment> early;
    if (terms.discount()) {
      absl::StatusOr<EarlyPayment> offer = Offer(terms, invoice_date, amount);
      if (!offer.ok()) return offer.status();
      early = *std::move(offer);
    }
    out.push_back({terms.Adjust(DueDate(terms.rule(), invoice_date)), amount, std::move(early)});
    return out;
  }
  const bool negative = amount.signum() < 0;
  absl::StatusOr<std::vector<Money>> shares =
      SplitMagnitude(terms.parts(), negative ? -amount : amount);
  if (!shares.ok()) return shares.status();
  out.reserve(shares->size());
  for (std::size_t i = 0; i < shares->size(); ++i) {
    const Money& share = (*shares)[i];
    out.push_back({terms.Adjust(DueDate(terms.parts()[i].rule, invoice_date)),
                   negative ? -share : share, std::nullopt});
  }
  return out;
}

Date FinalDueDate(const PaymentTerms& terms, Date invoice_date) {
  if (!terms.has_installments()) return terms.Adjust(DueDate(terms.rule(), invoice_date));
  Date last = Date::FromDays(INT32_MIN);
  for (const InstallmentPart& p : terms.parts()) {
    last = std::max(last, terms.Adjust(DueDate(p.rule, invoice_date)));
  }
  return last;
}

}  // namespace relance
