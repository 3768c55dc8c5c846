// Payment terms: validation, the text form, installment amounts and the
// EU / French legal check.

#include "relance/payment_terms.h"

#include <algorithm>
#include <utility>

#include "absl/strings/str_cat.h"
#include "absl_bridge.h"
#include "relance/error.h"

namespace relance {
namespace {

constexpr int kMaxPercentDecimals = 6;
constexpr int kMaxAmountDecimals = 4;
constexpr int kLegalCapDays = 60;  // EU art. 3(5); FR L441-10
constexpr int kEomCapDays = 45;    // FR L441-10, "45 jours fin de mois"
constexpr int kStatutoryDefaultDays = 30;

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
// Text.

std::string RuleText(const DueDateRule& r) {
  if (r.day_of_next_month != 0 && r == DueDateRule::DayOfNextMonth(r.day_of_next_month)) {
    return absl::StrCat("day ", r.day_of_next_month, " next month");
  }
  std::string text;
  switch (r.kind) {
    case DueDateRule::Kind::kEomThenDays:
      text = absl::StrCat("eom+", r.days);
      break;
    case DueDateRule::Kind::kDaysThenEom:
      text = absl::StrCat(r.days, "+eom");
      break;
    default:
      text = absl::StrCat("net ", r.days);
      break;
  }
  if (r.day_of_next_month != 0) {
    absl::StrAppend(&text, " then day ", r.day_of_next_month, " next month");
  }
  return text;
}

std::string PartText(const InstallmentPart& p) {
  switch (p.share) {
    case InstallmentPart::Share::kPercent:
      return absl::StrCat(p.value.ToString(), "%: ", RuleText(p.rule));
    case InstallmentPart::Share::kFixed:
      return absl::StrCat(p.value.ToString(), ": ", RuleText(p.rule));
    default:
      return absl::StrCat("balance: ", RuleText(p.rule));
  }
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

std::string Describe(char c) {
  if (c >= 0x20 && c < 0x7f) return absl::StrCat("'", std::string(1, c), "'");
  return absl::StrCat("byte 0x", absl::Hex(static_cast<unsigned char>(c)));
}

// A recursive-descent parser over the grammar of the header. Every accepted
// text is canonical, so nothing is normalized: spacing, spelling and number
// forms are checked exactly.
class TermsParser {
 public:
  explicit TermsParser(std::string_view text) : text_(text) {}

  absl::StatusOr<PaymentTerms> Parse();

 private:
  bool AtEnd() const { return pos_ >= text_.size(); }
  bool LookingAt(std::string_view s) const { return text_.substr(pos_).starts_with(s); }
  bool Consume(std::string_view s) {
    if (!LookingAt(s)) return false;
    pos_ += s.size();
    return true;
  }
  // The end of the run of digits and points from pos_.
  std::size_t NumberEnd() const {
    std::size_t i = pos_;
    while (i < text_.size() && (IsDigit(text_[i]) || text_[i] == '.')) ++i;
    return i;
  }
  bool LooksLikeDiscount() const { return text_.substr(NumberEnd()).starts_with("% "); }
  bool LooksLikePart() const;

  absl::Status SyntaxError(std::string_view expected) const {
    return SyntaxErrorAt(pos_, expected);
  }
  absl::Status SyntaxErrorAt(std::size_t at, std::string_view expected) const;
  absl::Status ValueError(std::size_t at, std::string_view problem) const;
  // Adds the text to an error of the builders.
  absl::Status InTerms(const absl::Status& s) const;
  absl::Status Expect(std::string_view literal);

  absl::StatusOr<std::int64_t> Integer(std::string_view what);
  absl::StatusOr<int> Days();
  absl::StatusOr<int> DayOfMonth();
  absl::StatusOr<Decimal> Number(int max_decimals, std::string_view what);
  absl::StatusOr<EarlyPaymentDiscount> Discount();
  absl::StatusOr<DueDateRule> Rule();
  absl::StatusOr<InstallmentPart> Part();
  absl::Status Schedule();
  absl::Status Roll();
  // Builds the terms read so far: the checks that need the whole text.
  absl::StatusOr<PaymentTerms> Build() const;

  std::string_view text_;
  std::size_t pos_ = 0;
  // What the text says, as read.
  std::optional<EarlyPaymentDiscount> discount_;
  DueDateRule rule_;
  std::vector<InstallmentPart> parts_;
  RollConvention convention_ = RollConvention::kNone;
  std::size_t calendar_at_ = 0;  // where the calendar name starts
};

absl::Status TermsParser::SyntaxErrorAt(std::size_t at, std::string_view expected) const {
  if (at >= text_.size()) {
    return MakeError(ErrorCode::kParse,
                     absl::StrCat("payment terms: parse error at end of \"", AbslView(text_),
                                  "\": expected ", AbslView(expected)));
  }
  return MakeError(
      ErrorCode::kParse,
      absl::StrCat("payment terms: parse error at position ", at + 1, " (", Describe(text_[at]),
                   ") in \"", AbslView(text_), "\": expected ", AbslView(expected)));
}

absl::Status TermsParser::ValueError(std::size_t at, std::string_view problem) const {
  return Invalid(absl::StrCat("payment terms \"", AbslView(text_), "\": ", AbslView(problem),
                              " (position ", at + 1, ")"));
}

absl::Status TermsParser::InTerms(const absl::Status& s) const {
  return MakeError(ErrorCodeOf(s),
                   absl::StrCat("payment terms \"", AbslView(text_), "\": ", s.message()));
}

absl::Status TermsParser::Expect(std::string_view literal) {
  if (Consume(literal)) return absl::OkStatus();
  return SyntaxError(absl::StrCat("\"", AbslView(literal), "\""));
}

bool TermsParser::LooksLikePart() const {
  if (LookingAt("balance")) return true;
  const std::size_t end = NumberEnd();
  return end > pos_ && end < text_.size() && (text_[end] == '%' || text_[end] == ':');
}

absl::StatusOr<std::int64_t> TermsParser::Integer(std::string_view what) {
  const std::size_t start = pos_;
  if (AtEnd() || !IsDigit(text_[pos_])) return SyntaxError(what);
  std::int64_t value = 0;
  while (!AtEnd() && IsDigit(text_[pos_])) {
    if (pos_ > start && text_[start] == '0') {
      return SyntaxErrorAt(start, absl::StrCat(AbslView(what), " without leading zeros"));
    }
    value = std::min<std::int64_t>(value * 10 + (text_[pos_] - '0'), 1'000'000'000);
    ++pos_;
  }
  return value;
}

absl::StatusOr<int> TermsParser::Days() {
  const std::size_t start = pos_;
  absl::StatusOr<std::int64_t> n = Integer("a number of days");
  if (!n.ok()) return n.status();
  if (std::string p = DaysProblem(*n); !p.empty()) return ValueError(start, p);
  return static_cast<int>(*n);
}

absl::StatusOr<int> TermsParser::DayOfMonth() {
  const std::size_t start = pos_;
  absl::StatusOr<std::int64_t> n = Integer("a day of the month");
  if (!n.ok()) return n.status();
  if (std::string p = DayOfMonthProblem(static_cast<int>(*n)); !p.empty()) {
    return ValueError(start, p);
  }
  return static_cast<int>(*n);
}

// digits ["." digits], no sign, no leading zero before another digit.
absl::StatusOr<Decimal> TermsParser::Number(int max_decimals, std::string_view what) {
  const std::size_t start = pos_;
  if (AtEnd() || !IsDigit(text_[pos_])) return SyntaxError(what);
  while (!AtEnd() && IsDigit(text_[pos_])) {
    if (pos_ > start && text_[start] == '0') {
      return SyntaxErrorAt(start, absl::StrCat(AbslView(what), " without leading zeros"));
    }
    ++pos_;
  }
  if (Consume(".")) {
    const std::size_t fraction = pos_;
    if (AtEnd() || !IsDigit(text_[pos_])) return SyntaxError("a digit after the point");
    while (!AtEnd() && IsDigit(text_[pos_])) ++pos_;
    if (pos_ - fraction > static_cast<std::size_t>(max_decimals)) {
      return SyntaxErrorAt(fraction + max_decimals,
                           absl::StrCat("at most ", max_decimals, " decimals"));
    }
  }
  absl::StatusOr<Decimal> d = Decimal::Parse(text_.substr(start, pos_ - start));
  if (!d.ok()) return ValueError(start, StdView(d.status().message()));
  return d;
}

absl::StatusOr<EarlyPaymentDiscount> TermsParser::Discount() {
  const std::size_t start = pos_;
  absl::StatusOr<Decimal> percent = Number(kMaxPercentDecimals, "a discount percentage");
  if (!percent.ok()) return percent.status();
  if (std::string p = PercentProblem(*percent, true); !p.empty()) return ValueError(start, p);
  if (absl::Status s = Expect("% "); !s.ok()) return s;
  absl::StatusOr<int> days = Days();
  if (!days.ok()) return days.status();
  return EarlyPaymentDiscount{*percent, *days};
}

absl::StatusOr<DueDateRule> TermsParser::Rule() {
  const std::size_t start = pos_;
  if (Consume("day ")) {
    absl::StatusOr<int> day = DayOfMonth();
    if (!day.ok()) return day.status();
    if (absl::Status s = Expect(" next month"); !s.ok()) return s;
    return DueDateRule::DayOfNextMonth(*day);
  }
  DueDateRule rule;
  if (Consume("net ") || Consume("eom+")) {
    const bool net = text_[start] == 'n';
    absl::StatusOr<int> days = Days();
    if (!days.ok()) return days.status();
    rule = net ? DueDateRule::Net(*days) : DueDateRule::EomThenDays(*days);
  } else if (!AtEnd() && IsDigit(text_[pos_])) {
    absl::StatusOr<int> days = Days();
    if (!days.ok()) return days.status();
    if (absl::Status s = Expect("+eom"); !s.ok()) return s;
    rule = DueDateRule::DaysThenEom(*days);
  } else {
    return SyntaxError("a due-date rule (\"net N\", \"eom+N\", \"N+eom\" or \"day D next month\")");
  }
  if (!Consume(" then day ")) return rule;
  if (rule == DueDateRule::Net(0)) {
    return SyntaxErrorAt(start, "\"day D next month\" instead of \"net 0 then day D next month\"");
  }
  absl::StatusOr<int> day = DayOfMonth();
  if (!day.ok()) return day.status();
  if (absl::Status s = Expect(" next month"); !s.ok()) return s;
  return rule.ThenDayOfNextMonth(*day);
}

absl::StatusOr<InstallmentPart> TermsParser::Part() {
  const std::size_t start = pos_;
  InstallmentPart part;
  if (Consume("balance")) {
    part.share = InstallmentPart::Share::kBalance;
  } else if (NumberEnd() < text_.size() && text_[NumberEnd()] == '%') {
    absl::StatusOr<Decimal> percent = Number(kMaxPercentDecimals, "a percentage");
    if (!percent.ok()) return percent.status();
    if (std::string p = PercentProblem(*percent, false); !p.empty()) return ValueError(start, p);
    part = {InstallmentPart::Share::kPercent, *percent, {}};
    if (absl::Status s = Expect("%"); !s.ok()) return s;
  } else {
    absl::StatusOr<Decimal> amount = Number(kMaxAmountDecimals, "an amount");
    if (!amount.ok()) return amount.status();
    if (std::string p = AmountProblem(*amount); !p.empty()) return ValueError(start, p);
    part = {InstallmentPart::Share::kFixed, *amount, {}};
  }
  if (absl::Status s = Expect(": "); !s.ok()) return s;
  absl::StatusOr<DueDateRule> rule = Rule();
  if (!rule.ok()) return rule.status();
  part.rule = *rule;
  return part;
}

absl::Status TermsParser::Schedule() {
  if (!LooksLikePart()) {
    absl::StatusOr<DueDateRule> rule = Rule();
    if (!rule.ok()) return rule.status();
    rule_ = *rule;
    return absl::OkStatus();
  }
  do {
    absl::StatusOr<InstallmentPart> part = Part();
    if (!part.ok()) return part.status();
    parts_.push_back(*part);
  } while (Consume("; "));
  return absl::OkStatus();
}

absl::Status TermsParser::Roll() {
  const std::size_t start = pos_;
  while (!AtEnd() && ((text_[pos_] >= 'a' && text_[pos_] <= 'z') || text_[pos_] == '_')) ++pos_;
  absl::StatusOr<RollConvention> convention =
      ParseRollConvention(text_.substr(start, pos_ - start));
  if (!convention.ok() || *convention == RollConvention::kNone) {
    return SyntaxErrorAt(start,
                         "a roll convention (following, modified_following, preceding or "
                         "modified_preceding)");
  }
  convention_ = *convention;
  if (absl::Status s = Expect(" "); !s.ok()) return s;
  calendar_at_ = pos_;
  while (!AtEnd() && (IsDigit(text_[pos_]) || text_[pos_] == '-' ||
                      (text_[pos_] >= 'A' && text_[pos_] <= 'Z'))) {
    ++pos_;
  }
  if (pos_ == calendar_at_ || !AtEnd()) {
    return SyntaxError("a calendar name (\"FR\", \"FR-ALSACE-MOSELLE\", \"TARGET\") at the end");
  }
  return absl::OkStatus();
}

absl::StatusOr<PaymentTerms> TermsParser::Build() const {
  absl::StatusOr<PaymentTerms> terms =
      parts_.empty() ? PaymentTerms::Of(rule_) : PaymentTerms::Of(parts_);
  if (terms.ok() && discount_) terms = terms->WithDiscount(*discount_);
  if (!terms.ok()) return InTerms(terms.status());
  if (convention_ == RollConvention::kNone) return terms;
  absl::StatusOr<BusinessCalendar> calendar = BusinessCalendar::BuiltIn(text_.substr(calendar_at_));
  if (!calendar.ok()) {
    return MakeError(
        ErrorCodeOf(calendar.status()),
        absl::StrCat("payment terms \"", AbslView(text_), "\": ", calendar.status().message(),
                     " (position ", calendar_at_ + 1, ")"));
  }
  return terms->WithRoll(*std::move(calendar), convention_);
}

absl::StatusOr<PaymentTerms> TermsParser::Parse() {
  if (text_.empty()) return PaymentTerms();
  if (LooksLikeDiscount()) {
    absl::StatusOr<EarlyPaymentDiscount> d = Discount();
    if (!d.ok()) return d.status();
    discount_ = *d;
    if (absl::Status s = Expect(", "); !s.ok()) return s;
  }
  if (absl::Status s = Schedule(); !s.ok()) return s;
  if (Consume(", ")) {
    if (absl::Status s = Roll(); !s.ok()) return s;
  } else if (!AtEnd()) {
    return SyntaxError(!parts_.empty()
                           ? "\"; \" and another part, \", \" and a roll, or the end"
                           : "\" then day D next month\", \", \" and a roll, or the end");
  }
  return Build();
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

// ---------------------------------------------------------------------------
// Legal check.

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

absl::StatusOr<PaymentTerms> PaymentTerms::Parse(std::string_view text) {
  return TermsParser(text).Parse();
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

std::string PaymentTerms::ToString() const {
  if (silent_) return "";
  std::string text;
  if (discount_) absl::StrAppend(&text, discount_->percent.ToString(), "% ", discount_->days, ", ");
  if (!has_installments()) {
    text += RuleText(rule_);
  } else {
    for (std::size_t i = 0; i < parts_.size(); ++i) {
      absl::StrAppend(&text, i == 0 ? "" : "; ", PartText(parts_[i]));
    }
  }
  if (calendar_) {
    absl::StrAppend(&text, ", ", AbslView(RollConventionName(roll_)), " ", calendar_->name());
  }
  return text;
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
