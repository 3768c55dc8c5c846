// Payment terms: the EU / French legal check of the due dates (the 60-day
// cap, the French caps on end-of-month terms, silent terms).

#include "relance/payment_terms.h"

#include <algorithm>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl_bridge.h"

namespace relance {
namespace {

constexpr int kLegalCapDays = 60;  // EU art. 3(5); FR L441-10
constexpr int kEomCapDays = 45;    // FR L441-10, "45 jours fin de mois"
constexpr int kStatutoryDefaultDays = 30;

// The rules of the terms, one per installment.
std::vector<DueDateRule> Rules(const PaymentTerms& terms) {
  if (!terms.has_installments()) return {terms.rule()};
  std::vector<DueDateRule> rules;
  rules.reserve(terms.parts().size());
  for (const InstallmentPart& p : terms.parts()) rules.push_back(p.rule);
  return rules;
}

std::string SilentMessage(Jurisdiction j, Date invoice_date, Date due) {
  if (j == Jurisdiction::kFR) {
    return absl::StrCat(
        "no payment terms stated: the statutory default of 30 days after the "
        "invoice date applies (Code de commerce L441-10), due ",
        due.ToString(), "; the invoice must state its due date (L441-9)");
  }
  return absl::StrCat(
      "no payment terms stated: the statutory default of 30 days after "
      "receipt of the invoice applies (Directive 2011/7/EU art. 3(3)(b)), "
      "counted from the invoice date ",
      invoice_date.ToString(), ": due ", due.ToString());
}

// "the due date 2025-03-31" / "installment 2, due 2025-03-31," with the roll.
std::string DueLabel(const PaymentTerms& terms, std::size_t i, Date raw, Date due) {
  std::string label = terms.has_installments()
                          ? absl::StrCat("installment ", i + 1, ", due ", due.ToString())
                          : absl::StrCat("the due date ", due.ToString());
  if (raw != due) {
    absl::StrAppend(&label, " (rolled from ", raw.ToString(), " by ",
                    AbslView(RollConventionName(terms.roll())), " on ", terms.calendar()->name(),
                    ")");
  }
  if (terms.has_installments()) label += ",";
  return label;
}

std::string Beyond60Message(Jurisdiction j, std::string_view label, Date invoice_date, Date due,
                            Date cap) {
  std::string message = absl::StrCat(AbslView(label), " is ", DaysBetween(invoice_date, due),
                                     " days after the invoice date ", invoice_date.ToString(),
                                     ", past the 60-day cap ", cap.ToString());
  if (j == Jurisdiction::kFR) {
    absl::StrAppend(&message, " (Code de commerce L441-10)");
  } else {
    absl::StrAppend(&message,
                    " (Directive 2011/7/EU art. 3(5): a longer period must be "
                    "expressly agreed and not grossly unfair to the creditor)");
  }
  return message;
}

// FR end-of-month cap exceeded under the reading `how`; `other` is the cap
// under the other reading, met or not.
std::string EomMessage(std::string_view label, Date due, Date cap, std::string_view how, Date cap60,
                       Date other, std::string_view other_how) {
  std::string message = absl::StrCat(
      AbslView(label), " is past ", cap.ToString(), ", the cap of 45 days end of month counted as ",
      AbslView(how), ", and past the 60-day cap ", cap60.ToString(), " (Code de commerce L441-10)");
  if (due <= other) {
    absl::StrAppend(&message, "; counted as ", AbslView(other_how), " the cap is ",
                    other.ToString(), ", which it meets");
  }
  return message;
}

}  // namespace

TermsCheck CheckTerms(const PaymentTerms& terms, Date invoice_date, Jurisdiction jurisdiction) {
  TermsCheck check;
  check.cap_60_days = AddDays(invoice_date, kLegalCapDays);
  const std::vector<DueDateRule> rules = Rules(terms);
  const bool fr = jurisdiction == Jurisdiction::kFR;
  if (fr && std::any_of(rules.begin(), rules.end(),
                        [](const DueDateRule& r) { return r.is_end_of_month(); })) {
    check.cap_eom_then_45 = AddDays(EndOfMonth(invoice_date), kEomCapDays);
    check.cap_45_then_eom = EndOfMonth(AddDays(invoice_date, kEomCapDays));
  }
  if (terms.is_silent()) {
    check.violations.push_back(
        {TermsViolationCode::kSilentTerms, 0,
         SilentMessage(jurisdiction, invoice_date, AddDays(invoice_date, kStatutoryDefaultDays))});
  }
  for (std::size_t i = 0; i < rules.size(); ++i) {
    const Date raw = DueDate(rules[i], invoice_date);
    const Date due = terms.Adjust(raw);
    check.due_dates.push_back(due);
    if (due <= check.cap_60_days) continue;
    const std::string label = DueLabel(terms, i, raw, due);
    const int index = static_cast<int>(i);
    if (!fr || !rules[i].is_end_of_month()) {
      check.violations.push_back(
          {TermsViolationCode::kBeyond60Days, index,
           Beyond60Message(jurisdiction, label, invoice_date, due, check.cap_60_days)});
      continue;
    }
    const Date a = *check.cap_eom_then_45, b = *check.cap_45_then_eom;
    constexpr std::string_view kEomFirst = "end of month then 45 days";
    constexpr std::string_view kDaysFirst = "45 days then end of month";
    if (due > a) {
      check.violations.push_back(
          {TermsViolationCode::kBeyondEomThen45, index,
           EomMessage(label, due, a, kEomFirst, check.cap_60_days, b, kDaysFirst)});
    }
    if (due > b) {
      check.violations.push_back(
          {TermsViolationCode::kBeyond45ThenEom, index,
           EomMessage(label, due, b, kDaysFirst, check.cap_60_days, a, kEomFirst)});
    }
  }
  return check;
}

}  // namespace relance