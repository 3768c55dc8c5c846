// Payment terms: the one-line text form -- the parser of the grammar in
// payment_terms.h and the printer of the canonical text.

#include "relance/payment_terms.h"

#include <optional>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl_bridge.h"
#include "payment_terms_internal.h"
#include "relance/error.h"

namespace relance {
namespace {

using payment_terms_internal::AmountProblem;
using payment_terms_internal::DayOfMonthProblem;
using payment_terms_internal::DaysProblem;
using payment_terms_internal::Invalid;
using payment_terms_internal::kMaxAmountDecimals;
using payment_terms_internal::kMaxPercentDecimals;
using payment_terms_internal::PercentProblem;

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

}  // namespace

absl::StatusOr<PaymentTerms> PaymentTerms::Parse(std::string_view text) {
  return TermsParser(text).Parse();
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

}  // namespace relance
