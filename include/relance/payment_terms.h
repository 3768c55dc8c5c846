// relance/payment_terms.h -- payment terms: when an invoice is due, in how
// many installments, with which early-payment discount, and whether the terms
// are lawful between businesses in the EU and in France.
//
// Terms are values with a one-line text form, for configuration files and CSV
// columns. Every text Parse accepts is canonical: ToString(*Parse(s)) == s,
// and Parse(t.ToString()) == t for every PaymentTerms t. Exceptions, both
// about calendars: an alias such as "TARGET2" prints as the calendar's own
// name ("TARGET"), and terms rolled on a caller's own calendar print its
// name, which Parse cannot resolve.
//
//   absl::StatusOr<PaymentTerms> t = PaymentTerms::Parse("eom+45");
//   DueDates(*t, invoice_date /* 2025-01-15 */, amount)
//       -> one installment, due 2025-03-17, for the whole amount
//
// Due-date rules (invoice date I; EOM(d) is the last day of d's month):
//
//   net N                 I + N days                  net 30: 01-15 -> 02-14
//   eom+N                 EOM(I), then + N days       eom+45: 01-15 -> 03-17
//   N+eom                 I + N days, then EOM        45+eom: 01-15 -> 03-31
//   day D next month      day D of the month after I's month
//                                                     day 10 next month:
//                                                       01-31 -> 02-10
//   R then day D next month
//                         rule R (one of the three above, not "net 0"),
//                         then day D of the month after that date
//                                                     net 30 then day 10 next
//                                                     month: 01-15 -> 02-14
//                                                       -> 03-10
//
// "45 days end of month" is ambiguous in practice: French usage computes it
// either way, and the two differ (2025-01-15: eom+45 is 2025-03-17, 45+eom is
// 2025-03-31). The text makes the order explicit: the steps read left to
// right. Day D is clamped to the end of a shorter month (day 31 next month
// from January 2025 is 2025-02-28). N is 0..3660 days (ten years), D 1..31.
//
// Grammar (single spaces exactly as shown; numbers without leading zeros, so
// each value has exactly one spelling):
//
//   terms      := ""                                 no terms stated (silent)
//               | [discount ", "] schedule [", " roll]
//   discount   := PERCENT "% " DAYS                  "2% 10": 2 % off when
//                                                    paid within 10 days of I
//   schedule   := rule | part ("; " part)*
//   part       := share ": " rule
//   share      := PERCENT "%" | AMOUNT | "balance"
//   rule       := "net " DAYS | "eom+" DAYS | DAYS "+eom" | "day " D " next month"
//               | ("net " DAYS | "eom+" DAYS | DAYS "+eom") " then day " D " next month"
//   roll       := CONVENTION " " CALENDAR
//   CONVENTION := "following" | "modified_following" | "preceding"
//               | "modified_preceding"                (calendar.h)
//   CALENDAR   := a BusinessCalendar::BuiltIn name: "FR", "FR-ALSACE-MOSELLE",
//                 "TARGET"
//   PERCENT    := decimal, 0 < p <= 100 (a discount: p < 100), at most 6
//                 fraction digits: "30", "33.5", "2.25"
//   AMOUNT     := decimal > 0, at most 4 fraction digits, in the invoice's
//                 currency: "500.00"
//
// Examples:
//   ""                                          silent: the 30-day default
//   "net 30"   "net 0"   "eom+45"   "45+eom"   "day 10 next month"
//   "eom+30 then day 10 next month"
//   "2% 10, net 30"                             2 % discount within 10 days
//   "net 30, following FR"                      rolled on the French calendar
//   "30%: net 30; 30%: net 60; balance: net 90"
//   "500.00: net 0; balance: eom+30"
//   "50%: net 0; 50%: 45+eom, modified_following TARGET"
//
// Installments. Parts are listed in text order (not sorted by date). A
// PERCENT part is a share of the whole invoice amount; a fixed AMOUNT is paid
// as such; the balance part gets the rest. Rules: at most one balance part;
// percentages sum to at most 100 (to less than 100 with a balance part, to
// exactly 100 without one); fixed amounts need a balance part. Amounts split
// exactly, by Allocate's largest-remainder method on minor units: the
// invoice amount is allocated over the percentages plus (100 - their sum)
// for the balance, and the balance then gives up the fixed amounts. So the
// installments always sum exactly to the invoice amount, each percentage
// share is within one minor unit of its exact value, and a fixed amount larger
// than what is left is a kInvalidArgument error at DueDates time.
//
// Early-payment discount. Information attached to single-due-date terms: the
// deadline is I + DAYS (rolled like the due date), and the discount is
// amount x PERCENT / 100 rounded once, half up (ties away from zero), to the
// currency's minor unit; the discounted amount is amount - discount, exact.
// Installment terms take no discount.
//
// Business-day roll. The calendar is named in the text and resolved with
// BusinessCalendar::BuiltIn when parsing; a caller's own calendar can be
// attached with WithRoll (its name is printed, so such terms do not parse
// back). The roll applies to every due date and to the discount deadline.
//
// Silent terms. The empty text means "no terms stated": DueDates then uses
// the statutory default of 30 days after the invoice date (France, Code de
// commerce L441-10; EU Directive 2011/7/EU art. 3(3)(b)), and CheckTerms
// reports it.
//
// Legal check (CheckTerms), business to business:
//   EU  a due date more than 60 days after the invoice date (unless expressly
//       agreed and not grossly unfair: the report says so).
//   FR  at most 60 days after the invoice date; an end-of-month stipulation
//       (any rule with "eom" or "day D next month") may instead reach 45
//       days end of month, which the check computes both ways, EOM(I) + 45
//       and EOM(I + 45), and reports separately for each it exceeds.
//   Both: silent terms (the 30-day default applies).
//
// Thread safety: PaymentTerms and the results are immutable values; all
// functions are pure and may be called from any number of threads.

#ifndef RELANCE_PAYMENT_TERMS_H_
#define RELANCE_PAYMENT_TERMS_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/types/span.h"
#include "relance/calendar.h"
#include "relance/date.h"
#include "relance/jurisdiction.h"
#include "relance/decimal.h"
#include "relance/money.h"

namespace relance {

// How one due date follows from the invoice date (see the banner). A plain
// 8-byte value; any field values compute some date, and PaymentTerms checks
// the ranges (0 <= days <= kMaxDays, day_of_next_month 0..31).
struct DueDateRule {
  enum class Kind : std::uint8_t {
    kNet = 0,          // I + days                       "net N"
    kEomThenDays = 1,  // EOM(I) + days                  "eom+N"
    kDaysThenEom = 2,  // EOM(I + days)                  "N+eom"
  };
  static constexpr int kMaxDays = 3660;

  static constexpr DueDateRule Net(int days) { return {Kind::kNet, 0, days}; }
  static constexpr DueDateRule EomThenDays(int days) { return {Kind::kEomThenDays, 0, days}; }
  static constexpr DueDateRule DaysThenEom(int days) { return {Kind::kDaysThenEom, 0, days}; }
  // "day D next month": Net(0).ThenDayOfNextMonth(day).
  static constexpr DueDateRule DayOfNextMonth(int day) { return Net(0).ThenDayOfNextMonth(day); }
  // This rule, then day `day` (1..31) of the following month.
  constexpr DueDateRule ThenDayOfNextMonth(int day) const {
    return {kind, static_cast<std::uint8_t>(day), days};
  }

  // True for rules that go through an end of month ("eom", "day D next
  // month"): the French 45-days-end-of-month cap may apply to them.
  constexpr bool is_end_of_month() const { return kind != Kind::kNet || day_of_next_month != 0; }

  Kind kind = Kind::kNet;
  std::uint8_t day_of_next_month = 0;  // 0: none; else 1..31, clamped
  std::int32_t days = 0;

  friend constexpr bool operator==(const DueDateRule&, const DueDateRule&) = default;
};

namespace payment_terms_internal {
// Day `day` of the month after d's month, clamped to that month's end.
inline Date DayOfNextMonth(Date d, int day) {
  const date::year_month_day ymd = d.ymd();
  const date::year_month next = date::year_month(ymd.year(), ymd.month()) + date::months(1);
  const unsigned last = static_cast<unsigned>((next / date::last).day());
  const unsigned clamped = static_cast<unsigned>(day) < last ? static_cast<unsigned>(day) : last;
  return Date::FromSysDays(date::sys_days(next / date::day(clamped)));
}
}  // namespace payment_terms_internal

// The due date `rule` gives for an invoice dated `invoice_date`, before any
// business-day roll. The fast path: no allocation, no failure, a few
// nanoseconds (an end of month costs one civil-date conversion).
inline Date DueDate(const DueDateRule& rule, Date invoice_date) {
  Date due;
  switch (rule.kind) {
    case DueDateRule::Kind::kEomThenDays:
      due = AddDays(EndOfMonth(invoice_date), rule.days);
      break;
    case DueDateRule::Kind::kDaysThenEom:
      due = EndOfMonth(AddDays(invoice_date, rule.days));
      break;
    default:
      due = AddDays(invoice_date, rule.days);
      break;
  }
  if (rule.day_of_next_month == 0) return due;
  return payment_terms_internal::DayOfNextMonth(due, rule.day_of_next_month);
}

// One part of installment terms: a share of the amount and its due-date rule.
struct InstallmentPart {
  enum class Share : std::uint8_t {
    kPercent = 0,  // value percent of the invoice amount
    kFixed = 1,    // value, in the invoice's currency
    kBalance = 2,  // what the other parts leave (value unused, 0)
  };
  static InstallmentPart Percent(const Decimal& percent, DueDateRule rule) {
    return {Share::kPercent, percent, rule};
  }
  static InstallmentPart Fixed(const Decimal& amount, DueDateRule rule) {
    return {Share::kFixed, amount, rule};
  }
  static InstallmentPart Balance(DueDateRule rule) { return {Share::kBalance, Decimal(), rule}; }

  Share share = Share::kBalance;
  Decimal value;
  DueDateRule rule;

  friend bool operator==(const InstallmentPart&, const InstallmentPart&) = default;
};

// An early-payment discount: `percent` % off when paid within `days` days
// of the invoice date. 0 < percent < 100, at most 6 fraction digits;
// 0 <= days <= DueDateRule::kMaxDays.
struct EarlyPaymentDiscount {
  Decimal percent;
  std::int32_t days = 0;
  friend bool operator==(const EarlyPaymentDiscount&, const EarlyPaymentDiscount&) = default;
};

class PaymentTerms {
 public:
  // Silent terms: no terms stated. Text "". Due 30 days after the invoice.
  PaymentTerms() = default;

  // Single-due-date terms. Errors: kInvalidArgument for days outside
  // 0..kMaxDays or day_of_next_month outside 0..31.
  static absl::StatusOr<PaymentTerms> Of(DueDateRule rule);

  // Installment terms, in this order (see the banner for the rules on
  // shares). Errors: kInvalidArgument naming the part: no parts, a bad rule,
  // a percentage outside (0, 100] or with more than 6 fraction digits, a
  // fixed amount <= 0 or with more than 4, two balance parts, percentages
  // over 100 (or not exactly 100 without a balance part, or 100 with one),
  // fixed amounts without a balance part.
  static absl::StatusOr<PaymentTerms> Of(std::vector<InstallmentPart> parts);

  // Parses the text form (banner). Errors: kParse naming the 1-based
  // position and what was expected there; kInvalidArgument (with the
  // position) for values out of range and for impossible terms, as Of;
  // kNotFound for an unknown calendar name.
  static absl::StatusOr<PaymentTerms> Parse(std::string_view text);

  // These terms with an early-payment discount. Errors: kInvalidArgument
  // for silent or installment terms, or a discount out of range.
  absl::StatusOr<PaymentTerms> WithDiscount(const EarlyPaymentDiscount& discount) const;

  // These terms with due dates rolled on `calendar` by `convention`.
  // Errors: kInvalidArgument for silent terms or convention kNone.
  absl::StatusOr<PaymentTerms> WithRoll(BusinessCalendar calendar, RollConvention convention) const;

  // The canonical text (banner); "" for silent terms.
  std::string ToString() const;

  // True for "no terms stated".
  bool is_silent() const { return silent_; }
  // True for installment terms (parts() not empty).
  bool has_installments() const { return !parts_.empty(); }
  // The rule of single-due-date terms (net 30 for silent terms).
  // REQUIRES: !has_installments().
  const DueDateRule& rule() const { return rule_; }
  // The installment parts; empty for single-due-date terms.
  absl::Span<const InstallmentPart> parts() const { return parts_; }
  const std::optional<EarlyPaymentDiscount>& discount() const { return discount_; }
  // The roll calendar, if any, and its convention (kNone without one).
  const std::optional<BusinessCalendar>& calendar() const { return calendar_; }
  RollConvention roll() const { return roll_; }

  // d rolled on the terms' calendar by its convention; d itself without one.
  Date Adjust(Date d) const { return calendar_ ? calendar_->Adjust(d, roll_) : d; }

  // Equal when they print the same (calendars compare by name).
  friend bool operator==(const PaymentTerms& a, const PaymentTerms& b);

 private:
  DueDateRule rule_ = DueDateRule::Net(30);
  bool silent_ = true;
  RollConvention roll_ = RollConvention::kNone;
  std::optional<EarlyPaymentDiscount> discount_;
  std::vector<InstallmentPart> parts_;
  std::optional<BusinessCalendar> calendar_;
};

// What an early payment earns on one installment.
struct EarlyPayment {
  Date deadline;            // invoice date + discount days, rolled
  Money discount;           // amount x percent / 100, rounded half up
  Money discounted_amount;  // amount - discount, exact
};

// One due date of an invoice and the amount due on it.
struct Installment {
  Date due_date;  // after the roll
  Money amount;
  std::optional<EarlyPayment> early_payment;  // when the terms have a discount
};

// The installments of an invoice of `amount` dated `invoice_date`: one for
// single-due-date terms, one per part (in the terms' order) otherwise. The
// amounts are in amount's currency at its minor unit and sum exactly to
// `amount`; a negative amount (a credit note) splits as the negation of its
// absolute value. Errors: kInvalidArgument when a fixed amount has more
// decimals than the currency allows, or the fixed amounts exceed what the
// percentages leave; kOverflow.
absl::StatusOr<std::vector<Installment>> DueDates(const PaymentTerms& terms, Date invoice_date,
                                                  const Money& amount);

// The date by which the whole amount is due: the latest installment due
// date, rolled. No allocation, no failure.
Date FinalDueDate(const PaymentTerms& terms, Date invoice_date);

enum class TermsViolationCode : std::uint8_t {
  // No terms stated: the statutory 30 days apply (reported so the invoice
  // can state them; not unlawful in itself).
  kSilentTerms = 0,
  // A due date more than 60 days after the invoice date (EU: any terms;
  // FR: terms that are not an end-of-month stipulation).
  kBeyond60Days = 1,
  // FR end-of-month terms past EOM(I) + 45 days and past 60 days.
  kBeyondEomThen45 = 2,
  // FR end-of-month terms past EOM(I + 45 days) and past 60 days.
  kBeyond45ThenEom = 3,
};

struct TermsViolation {
  TermsViolationCode code;
  int installment;      // 0-based index into TermsCheck::due_dates
  std::string message;  // in words, with the dates and the rule
};

struct TermsCheck {
  std::vector<Date> due_dates;  // as DueDates gives them, rolled
  Date cap_60_days;             // invoice date + 60 days
  // Under kFR, when some rule is an end-of-month stipulation: the caps of
  // 45 days end of month, EOM(I) + 45 and EOM(I + 45).
  std::optional<Date> cap_eom_then_45;
  std::optional<Date> cap_45_then_eom;
  std::vector<TermsViolation> violations;  // empty when the terms comply
};

// Checks `terms` for an invoice dated `invoice_date` against the rules of
// `jurisdiction` (banner). A due date on a cap date complies; a due date is
// one day too late on the day after. Violations are data, not errors.
TermsCheck CheckTerms(const PaymentTerms& terms, Date invoice_date, Jurisdiction jurisdiction);

}  // namespace relance

#endif  // RELANCE_PAYMENT_TERMS_H_
