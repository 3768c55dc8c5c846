// Payment terms: due-date rules around month ends, installments that sum
// exactly, the early-payment discount, the business-day roll, the text form
// (round trips, errors with positions) and the EU / French legal check.
//
// Expected dates were computed independently with Python's datetime
// (/usr/bin/python3: calendar.monthrange for the end of a month, timedelta
// for days, date.strftime("%A") for weekdays); amounts were worked by hand in
// minor units. Tests that need a business calendar are in the
// PaymentTermsRoll group.

#include "relance/payment_terms.h"

#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "test_support.h"

namespace relance {
namespace {

using testing::CodeOf;
using testing::C;
using testing::Day;
using testing::D;
using testing::Message;

Money M(std::string_view amount, std::string_view currency = "EUR") {
  absl::StatusOr<Money> m = Money::Parse(amount, C(currency));
  EXPECT_TRUE(m.ok()) << amount << ": " << m.status();
  return m.ok() ? *m : Money::Zero(C(currency));
}

PaymentTerms T(std::string_view text) {
  absl::StatusOr<PaymentTerms> t = PaymentTerms::Parse(text);
  EXPECT_TRUE(t.ok()) << text << ": " << t.status();
  return t.ok() ? *t : PaymentTerms();
}

// The due date of single-due-date terms given as text.
std::string Due(std::string_view terms, std::string_view invoice_date) {
  const PaymentTerms t = T(terms);
  EXPECT_FALSE(t.has_installments()) << terms;
  return FinalDueDate(t, Day(invoice_date)).ToString();
}

// "2025-02-14 300.00 EUR" per installment, or "error: <code name>".
std::vector<std::string> Schedule(std::string_view terms, std::string_view invoice_date,
                                  const Money& amount) {
  absl::StatusOr<std::vector<Installment>> r = DueDates(T(terms), Day(invoice_date), amount);
  if (!r.ok()) return {"error: " + std::string(ErrorCodeName(ErrorCodeOf(r.status())))};
  std::vector<std::string> out;
  for (const Installment& i : *r) {
    out.push_back(i.due_date.ToString() + " " + i.amount.ToString());
  }
  return out;
}

// ---------------------------------------------------------------------------
// Due-date rules.

TEST(PaymentTerms, GoldenCase2FortyFiveDaysEndOfMonthBothWaysAndTheCap) {
  // DOMAIN.md golden case 2: invoice 2025-01-15.
  EXPECT_EQ(Due("eom+45", "2025-01-15"), "2025-03-17");
  EXPECT_EQ(Due("45+eom", "2025-01-15"), "2025-03-31");
  EXPECT_EQ(CheckTerms(T("eom+45"), Day("2025-01-15"), Jurisdiction::kFR).cap_60_days,
            Day("2025-03-16"));
  EXPECT_EQ(Due("net 60", "2025-01-15"), "2025-03-16");
}

TEST(PaymentTerms, EndOfMonthRulesAroundMonthEnds) {
  struct Case {
    const char* invoice;
    const char* net30;
    const char* eom_then_45;
    const char* then_eom_45;
    const char* eom_then_30;
    const char* then_eom_30;
    const char* net60;
  };
  // From Python's datetime (see the file comment).
  // clang-format off
  const Case cases[] = {
      {"2025-01-28", "2025-02-27", "2025-03-17", "2025-03-31", "2025-03-02", "2025-02-28", "2025-03-29"},
      {"2025-01-29", "2025-02-28", "2025-03-17", "2025-03-31", "2025-03-02", "2025-02-28", "2025-03-30"},
      {"2025-01-30", "2025-03-01", "2025-03-17", "2025-03-31", "2025-03-02", "2025-03-31", "2025-03-31"},
      {"2025-01-31", "2025-03-02", "2025-03-17", "2025-03-31", "2025-03-02", "2025-03-31", "2025-04-01"},
      {"2024-01-31", "2024-03-01", "2024-03-16", "2024-03-31", "2024-03-01", "2024-03-31", "2024-03-31"},
      {"2024-02-28", "2024-03-29", "2024-04-14", "2024-04-30", "2024-03-30", "2024-03-31", "2024-04-28"},
      {"2024-02-29", "2024-03-30", "2024-04-14", "2024-04-30", "2024-03-30", "2024-03-31", "2024-04-29"},
      {"2025-02-28", "2025-03-30", "2025-04-14", "2025-04-30", "2025-03-30", "2025-03-31", "2025-04-29"},
      {"2025-04-30", "2025-05-30", "2025-06-14", "2025-06-30", "2025-05-30", "2025-05-31", "2025-06-29"},
      {"2025-12-31", "2026-01-30", "2026-02-14", "2026-02-28", "2026-01-30", "2026-01-31", "2026-03-01"},
      {"2024-12-31", "2025-01-30", "2025-02-14", "2025-02-28", "2025-01-30", "2025-01-31", "2025-03-01"},
  };
  // clang-format on
  for (const Case& c : cases) {
    SCOPED_TRACE(c.invoice);
    EXPECT_EQ(Due("net 30", c.invoice), c.net30);
    EXPECT_EQ(Due("eom+45", c.invoice), c.eom_then_45);
    EXPECT_EQ(Due("45+eom", c.invoice), c.then_eom_45);
    EXPECT_EQ(Due("eom+30", c.invoice), c.eom_then_30);
    EXPECT_EQ(Due("30+eom", c.invoice), c.then_eom_30);
    EXPECT_EQ(Due("net 60", c.invoice), c.net60);
  }
  EXPECT_EQ(Due("eom+0", "2024-02-10"), "2024-02-29");
  EXPECT_EQ(Due("0+eom", "2025-02-10"), "2025-02-28");
  EXPECT_EQ(Due("net 0", "2025-02-10"), "2025-02-10");
}

TEST(PaymentTerms, FixedDayOfNextMonth) {
  EXPECT_EQ(Due("day 10 next month", "2025-01-31"), "2025-02-10");
  EXPECT_EQ(Due("day 10 next month", "2025-01-10"), "2025-02-10");  // never the same month
  EXPECT_EQ(Due("day 31 next month", "2025-01-15"), "2025-02-28");  // clamped
  EXPECT_EQ(Due("day 31 next month", "2024-01-15"), "2024-02-29");
  EXPECT_EQ(Due("day 30 next month", "2024-01-15"), "2024-02-29");
  EXPECT_EQ(Due("day 10 next month", "2025-12-10"), "2026-01-10");  // across the year
  EXPECT_EQ(Due("day 1 next month", "2025-02-01"), "2025-03-01");
  EXPECT_EQ(Due("day 31 next month", "2025-11-30"), "2025-12-31");
  // After a delay: the rule's date, then day D of the month after it.
  EXPECT_EQ(Due("net 30 then day 10 next month", "2025-01-15"), "2025-03-10");
  EXPECT_EQ(Due("eom+45 then day 10 next month", "2025-01-15"), "2025-04-10");
  EXPECT_EQ(Due("45+eom then day 5 next month", "2025-01-15"), "2025-04-05");
}

TEST(PaymentTerms, TheFastPathMatchesTheTerms) {
  const DueDateRule rules[] = {DueDateRule::Net(30), DueDateRule::EomThenDays(45),
                               DueDateRule::DaysThenEom(45), DueDateRule::DayOfNextMonth(10),
                               DueDateRule::Net(30).ThenDayOfNextMonth(31)};
  EXPECT_EQ(sizeof(DueDateRule), 8u);
  for (const DueDateRule& rule : rules) {
    const PaymentTerms t = *PaymentTerms::Of(rule);
    for (std::int32_t d = Day("2023-12-01").days(); d < Day("2025-03-01").days(); ++d) {
      const Date invoice = Date::FromDays(d);
      absl::StatusOr<std::vector<Installment>> due = DueDates(t, invoice, M("1.00"));
      ASSERT_TRUE(due.ok());
      ASSERT_EQ(due->size(), 1u);
      EXPECT_EQ((*due)[0].due_date, DueDate(rule, invoice)) << t.ToString() << " " << invoice;
      EXPECT_EQ(FinalDueDate(t, invoice), DueDate(rule, invoice));
    }
  }
}

TEST(PaymentTerms, SilentTermsUseTheThirtyDayDefault) {
  const PaymentTerms silent = T("");
  EXPECT_TRUE(silent.is_silent());
  EXPECT_EQ(silent, PaymentTerms());
  EXPECT_EQ(silent.ToString(), "");
  EXPECT_EQ(Schedule("", "2025-01-15", M("100.00")),
            std::vector<std::string>{"2025-02-14 100.00 EUR"});
  EXPECT_NE(silent, T("net 30"));  // same date, but these terms were stated
  EXPECT_EQ(CodeOf(silent.WithDiscount({D("2"), 10})), ErrorCode::kInvalidArgument);
}

// ---------------------------------------------------------------------------
// Installments.

TEST(PaymentTerms, InstallmentsSplitExactly) {
  EXPECT_EQ(Schedule("30%: net 30; 30%: net 60; balance: net 90", "2025-01-15", M("1000.00")),
            (std::vector<std::string>{"2025-02-14 300.00 EUR", "2025-03-16 300.00 EUR",
                                      "2025-04-15 400.00 EUR"}));
  // 33.333333 % of 100.00 is 33.3333333: two truncate to 33.33, the largest
  // remainder (the third part's 33.333334 %) takes the last cent.
  EXPECT_EQ(Schedule("33.333333%: net 30; 33.333333%: net 60; 33.333334%: net 90", "2025-01-15",
                     M("100.00")),
            (std::vector<std::string>{"2025-02-14 33.33 EUR", "2025-03-16 33.33 EUR",
                                      "2025-04-15 33.34 EUR"}));
  EXPECT_EQ(Schedule("500.00: net 0; balance: eom+30", "2025-01-15", M("1200.00")),
            (std::vector<std::string>{"2025-01-15 500.00 EUR", "2025-03-02 700.00 EUR"}));
  // 1000.01 over ratios 0 : 40 : 60 -> 400.00 (r .4), 600.00 (r .6) + 0.01;
  // the balance gives up the fixed 250.00: 350.01.
  EXPECT_EQ(Schedule("250.00: net 0; 40%: net 30; balance: net 60", "2025-01-15", M("1000.01")),
            (std::vector<std::string>{"2025-01-15 250.00 EUR", "2025-02-14 400.00 EUR",
                                      "2025-03-16 350.01 EUR"}));
  // The balance may come first; parts keep the text order. 7 JPY at 50 : 50
  // is 3.5 each, a tie: the extra yen goes to the lowest index, the balance.
  EXPECT_EQ(Schedule("balance: net 60; 50%: net 0", "2025-01-15", M("7", "JPY")),
            (std::vector<std::string>{"2025-03-16 4 JPY", "2025-01-15 3 JPY"}));
  EXPECT_EQ(Schedule("50%: net 0; 50%: net 30", "2025-01-15", M("0.001", "BHD")),
            (std::vector<std::string>{"2025-01-15 0.001 BHD", "2025-02-14 0.000 BHD"}));
  // A credit note splits as the negation of its absolute value.
  EXPECT_EQ(Schedule("100.00: net 0; 50%: net 30; balance: net 60", "2025-01-15", M("-300.01")),
            (std::vector<std::string>{"2025-01-15 -100.00 EUR", "2025-02-14 -150.01 EUR",
                                      "2025-03-16 -50.00 EUR"}));
  // Fixed amounts may take everything: the balance is then zero.
  EXPECT_EQ(Schedule("500.00: net 0; balance: net 30", "2025-01-15", M("500.00")),
            (std::vector<std::string>{"2025-01-15 500.00 EUR", "2025-02-14 0.00 EUR"}));
}

TEST(PaymentTerms, ImpossibleAmountsAreErrors) {
  absl::StatusOr<std::vector<Installment>> r =
      DueDates(T("500.00: net 0; balance: net 30"), Day("2025-01-15"), M("400.00"));
  EXPECT_EQ(CodeOf(r), ErrorCode::kInvalidArgument);
  EXPECT_EQ(Message(r.status()),
            "part 1: fixed amount 500.00 EUR is larger than the invoice amount 400.00 EUR");
  r = DueDates(T("300.00: net 0; 80%: net 30; balance: net 60"), Day("2025-01-15"), M("1000.00"));
  EXPECT_EQ(CodeOf(r), ErrorCode::kInvalidArgument);
  EXPECT_EQ(Message(r.status()),
            "the fixed amounts (300.00 EUR) exceed the 200.00 EUR the percentages leave of the "
            "invoice amount 1000.00 EUR");
  r = DueDates(T("0.005: net 0; balance: net 30"), Day("2025-01-15"), M("1.00"));
  EXPECT_EQ(CodeOf(r), ErrorCode::kInvalidArgument);
  EXPECT_EQ(Message(r.status()),
            "part 1: fixed amount 0.005 does not fit EUR: 0.005 has more than 2 decimals, the "
            "minor unit of EUR; give a rounding mode");
  EXPECT_EQ(Schedule("500.50: net 0; balance: net 30", "2025-01-15", M("1000", "JPY")),
            std::vector<std::string>{"error: invalid argument"});
  EXPECT_EQ(Schedule("500.5: net 0; balance: net 30", "2025-01-15", M("1000", "BHD")),
            (std::vector<std::string>{"2025-01-15 500.500 BHD", "2025-02-14 499.500 BHD"}));
}

TEST(PaymentTerms, ImpossibleSharesAreRejectedWhenBuilt) {
  const DueDateRule net30 = DueDateRule::Net(30);
  auto of = [](std::vector<InstallmentPart> parts) {
    return PaymentTerms::Of(std::move(parts)).status();
  };
  EXPECT_EQ(Message(of({})), "installment terms need at least one part");
  EXPECT_EQ(
      Message(of({InstallmentPart::Percent(D("60"), net30),
                  InstallmentPart::Percent(D("50"), net30), InstallmentPart::Balance(net30)})),
      "the percentages sum to 110, over 100");
  EXPECT_EQ(Message(of({InstallmentPart::Percent(D("60"), net30),
                        InstallmentPart::Percent(D("30.5"), net30)})),
            "the percentages sum to 90.5; without a balance part they must sum to exactly 100");
  EXPECT_EQ(
      Message(of({InstallmentPart::Percent(D("100"), net30), InstallmentPart::Balance(net30)})),
      "the percentages sum to 100, leaving nothing for the balance part");
  EXPECT_EQ(Message(of({InstallmentPart::Fixed(D("10"), net30),
                        InstallmentPart::Percent(D("100"), net30)})),
            "fixed amounts need a balance part to take the rest of the invoice");
  EXPECT_EQ(Message(of({InstallmentPart::Balance(net30), InstallmentPart::Balance(net30)})),
            "part 2: a second balance part (part 1 is one)");
  EXPECT_EQ(Message(of({InstallmentPart::Percent(D("0"), net30), InstallmentPart::Balance(net30)})),
            "part 1: percentage 0 is outside (0, 100]");
  EXPECT_EQ(Message(of({InstallmentPart::Fixed(D("-1"), net30), InstallmentPart::Balance(net30)})),
            "part 1: fixed amount -1 is not positive");
  EXPECT_EQ(Message(of({InstallmentPart::Percent(D("100"), DueDateRule::Net(-1))})),
            "part 1: -1 days is outside 0..3660");
  EXPECT_EQ(Message(PaymentTerms::Of(DueDateRule::EomThenDays(3661)).status()),
            "3661 days is outside 0..3660");
  EXPECT_EQ(Message(PaymentTerms::Of(DueDateRule::DayOfNextMonth(32)).status()),
            "day 32 of a month is outside 1..31");
  EXPECT_EQ(CodeOf(PaymentTerms::Of(DueDateRule::Net(3660))), ErrorCode::kOk);
}

// Seeded random terms and amounts: the installments always sum exactly to the
// amount, each percentage share is within one minor unit of its exact value,
// fixed parts are paid as written, and the only error is fixed amounts
// exceeding what the percentages leave.
TEST(PaymentTerms, RandomInstallmentsAlwaysSumToTheAmount) {
  std::mt19937_64 rng(20250115);
  auto uniform = [&](std::int64_t lo, std::int64_t hi) {
    return std::uniform_int_distribution<std::int64_t>(lo, hi)(rng);
  };
  const char* currencies[] = {"EUR", "JPY", "BHD", "CLF", "USD"};
  int ok = 0, too_much_fixed = 0;
  for (int iteration = 0; iteration < 4000; ++iteration) {
    const Currency currency = C(currencies[uniform(0, 4)]);
    const std::int64_t magnitude =
        uniform(0, 2) == 0 ? uniform(0, 20) : uniform(0, std::int64_t{1} << uniform(1, 62));
    const Money amount =
        Money::FromMinorUnits(uniform(0, 3) == 0 ? -magnitude : magnitude, currency);
    // Percentages at scale s cut 100 % into pieces; with a balance part the
    // last piece is left to it.
    const int s = static_cast<int>(uniform(0, 3)) * 2;
    const std::int64_t whole = 100 * static_cast<std::int64_t>(decimal_internal::Pow10(s));
    const bool balance = uniform(0, 2) != 0;
    const int pieces = static_cast<int>(uniform(1, 5)) + (balance ? 1 : 0);
    std::vector<std::int64_t> cuts = {0, whole};
    for (int i = 1; i < pieces; ++i) cuts.push_back(uniform(1, whole - 1));
    std::sort(cuts.begin(), cuts.end());
    std::vector<InstallmentPart> parts;
    std::vector<std::int64_t> percent_units;  // per part; 0 for fixed and balance
    std::int64_t percent_sum = 0;
    for (int i = 0; i + (balance ? 1 : 0) < pieces; ++i) {
      const std::int64_t units = cuts[i + 1] - cuts[i];
      if (units == 0) continue;
      parts.push_back(InstallmentPart::Percent(*Decimal::FromCoefficient(units, s),
                                               DueDateRule::Net(static_cast<int>(uniform(0, 90)))));
      percent_units.push_back(units);
      percent_sum += units;
    }
    if (percent_sum == whole && balance) continue;  // every cut collapsed
    std::int64_t fixed_sum = 0;
    if (balance) {
      for (int f = static_cast<int>(uniform(0, 2)); f > 0; --f) {
        const std::int64_t units = uniform(1, std::max<std::int64_t>(1, magnitude / 2 + 1));
        parts.push_back(InstallmentPart::Fixed(
            *Decimal::FromCoefficient(units, currency.minor_units()), DueDateRule::Net(0)));
        percent_units.push_back(0);
        fixed_sum += units;
      }
      parts.push_back(InstallmentPart::Balance(DueDateRule::EomThenDays(30)));
      percent_units.push_back(0);
    }
    absl::StatusOr<PaymentTerms> terms = PaymentTerms::Of(parts);
    ASSERT_TRUE(terms.ok()) << terms.status();
    absl::StatusOr<std::vector<Installment>> due = DueDates(*terms, Day("2025-01-15"), amount);
    // Exact rest share x whole = magnitude x (whole - percent_sum); the
    // allocated rest is within one minor unit of it.
    const int128 rest_scaled = static_cast<int128>(magnitude) * (whole - percent_sum);
    const int128 fixed_scaled = static_cast<int128>(fixed_sum) * whole;
    if (!due.ok()) {
      EXPECT_EQ(CodeOf(due), ErrorCode::kInvalidArgument) << due.status();
      EXPECT_GT(fixed_scaled, rest_scaled - whole) << terms->ToString() << " " << amount;
      ++too_much_fixed;
      continue;
    }
    EXPECT_LT(fixed_scaled, rest_scaled + whole) << terms->ToString() << " " << amount;
    ++ok;
    ASSERT_EQ(due->size(), parts.size());
    int128 sum = 0;
    for (std::size_t i = 0; i < parts.size(); ++i) {
      const Money& m = (*due)[i].amount;
      EXPECT_EQ(m.currency(), currency);
      EXPECT_EQ(m.amount().scale(), currency.minor_units());
      EXPECT_TRUE(m.signum() == 0 || m.signum() == amount.signum());
      sum += m.minor_units();
      const int128 share = m.minor_units() < 0 ? -m.minor_units() : m.minor_units();
      if (parts[i].share == InstallmentPart::Share::kPercent) {
        const int128 error = share * whole - static_cast<int128>(magnitude) * percent_units[i];
        EXPECT_LT(error < 0 ? -error : error, whole) << terms->ToString() << " " << amount;
      }
      if (parts[i].share == InstallmentPart::Share::kFixed) {
        EXPECT_EQ(share, parts[i].value.coefficient());
      }
    }
    EXPECT_EQ(sum, amount.minor_units()) << terms->ToString() << " " << amount;
  }
  EXPECT_GT(ok, 2500);
  EXPECT_GT(too_much_fixed, 10);
}

// ---------------------------------------------------------------------------
// Early-payment discount.

TEST(PaymentTerms, DiscountIsReportedBesideTheDueDate) {
  absl::StatusOr<std::vector<Installment>> r =
      DueDates(T("2% 10, net 30"), Day("2025-01-15"), M("1000.00"));
  ASSERT_TRUE(r.ok()) << r.status();
  ASSERT_EQ(r->size(), 1u);
  const Installment& i = (*r)[0];
  EXPECT_EQ(i.due_date, Day("2025-02-14"));
  EXPECT_EQ(i.amount, M("1000.00"));
  ASSERT_TRUE(i.early_payment.has_value());
  EXPECT_EQ(i.early_payment->deadline, Day("2025-01-25"));
  EXPECT_EQ(i.early_payment->discount, M("20.00"));
  EXPECT_EQ(i.early_payment->discounted_amount, M("980.00"));
}

TEST(PaymentTerms, DiscountRoundsOnceHalfUp) {
  auto offer = [](std::string_view terms, const Money& amount) {
    absl::StatusOr<std::vector<Installment>> r = DueDates(T(terms), Day("2025-01-15"), amount);
    EXPECT_TRUE(r.ok()) << r.status();
    const EarlyPayment& e = *(*r)[0].early_payment;
    return e.discount.ToString() + " / " + e.discounted_amount.ToString();
  };
  EXPECT_EQ(offer("2% 10, net 30", M("0.25")), "0.01 EUR / 0.24 EUR");      // 0.005: a tie, up
  EXPECT_EQ(offer("2% 10, net 30", M("-0.25")), "-0.01 EUR / -0.24 EUR");   // away from zero
  EXPECT_EQ(offer("2.5% 10, net 30", M("10.10")), "0.25 EUR / 9.85 EUR");   // 0.2525
  EXPECT_EQ(offer("3% 8, eom+30", M("1250", "JPY")), "38 JPY / 1212 JPY");  // 37.5
  EXPECT_EQ(offer("1.5% 0, net 30", M("1.001", "BHD")), "0.015 BHD / 0.986 BHD");  // 0.015015
  EXPECT_EQ(offer("2% 10, net 30", M("0.00")), "0.00 EUR / 0.00 EUR");
}

TEST(PaymentTerms, DiscountOnlyOnSingleDueDateTerms) {
  absl::StatusOr<PaymentTerms> t = PaymentTerms::Parse("2% 10, 50%: net 30; balance: net 60");
  EXPECT_EQ(CodeOf(t), ErrorCode::kInvalidArgument);
  EXPECT_EQ(Message(t.status()),
            "payment terms \"2% 10, 50%: net 30; balance: net 60\": an early-payment discount "
            "applies to single-due-date terms, not to installments");
  EXPECT_EQ(Message(T("net 30").WithDiscount({D("100"), 10}).status()),
            "discount percentage 100 is outside (0, 100)");
  EXPECT_EQ(Message(T("net 30").WithDiscount({D("2"), -1}).status()),
            "discount period: -1 days is outside 0..3660");
  EXPECT_EQ(T("net 30").WithDiscount({D("2.50"), 10})->ToString(), "2.50% 10, net 30");
  EXPECT_FALSE((*DueDates(T("net 30"), Day("2025-01-15"), M("1.00")))[0].early_payment);
}

// ---------------------------------------------------------------------------
// Text form.

const char* const kCanonical[] = {
    "",
    "net 0",
    "net 30",
    "net 3660",
    "eom+0",
    "eom+45",
    "45+eom",
    "0+eom",
    "day 1 next month",
    "day 31 next month",
    "net 30 then day 10 next month",
    "eom+45 then day 10 next month",
    "45+eom then day 5 next month",
    "2% 10, net 30",
    "2.5% 0, eom+30",
    "1.123456% 3660, net 30",
    "net 30, following FR",
    "net 30, modified_following FR-ALSACE-MOSELLE",
    "eom+45, preceding TARGET",
    "45+eom, modified_preceding FR",
    "2% 10, net 30, following FR",
    "100%: net 30",
    "balance: net 30",
    "30%: net 30; 30%: net 60; balance: net 90",
    "33.333333%: net 30; 33.333333%: net 60; 33.333334%: net 90",
    "500.00: net 0; balance: eom+30",
    "500: net 0; 0.0001: net 1; balance: day 10 next month",
    "50%: net 0; 50%: 45+eom, modified_following TARGET",
    "balance: net 90; 10.5%: net 0",
};

TEST(PaymentTerms, CanonicalTextRoundTrips) {
  for (std::string_view text : kCanonical) {
    absl::StatusOr<PaymentTerms> t = PaymentTerms::Parse(text);
    ASSERT_TRUE(t.ok()) << text << ": " << t.status();
    EXPECT_EQ(t->ToString(), text);
    EXPECT_EQ(*PaymentTerms::Parse(t->ToString()), *t) << text;
  }
  // The structure behind the text.
  const PaymentTerms t = T("2% 10, eom+45 then day 10 next month");
  EXPECT_EQ(t.rule(), DueDateRule::EomThenDays(45).ThenDayOfNextMonth(10));
  EXPECT_EQ(t.discount(), (EarlyPaymentDiscount{D("2"), 10}));
  const PaymentTerms i = T("500.00: net 0; 30%: 45+eom; balance: day 5 next month");
  ASSERT_EQ(i.parts().size(), 3u);
  EXPECT_EQ(i.parts()[0], InstallmentPart::Fixed(D("500.00"), DueDateRule::Net(0)));
  EXPECT_EQ(i.parts()[1], InstallmentPart::Percent(D("30"), DueDateRule::DaysThenEom(45)));
  EXPECT_EQ(i.parts()[2], InstallmentPart::Balance(DueDateRule::DayOfNextMonth(5)));
  EXPECT_NE(T("eom+0"), T("0+eom"));
  EXPECT_NE(T("net 30"), T("balance: net 30"));
}

DueDateRule RandomRule(std::mt19937_64& rng) {
  auto uniform = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
  const int days = uniform(0, 3) == 0 ? uniform(0, DueDateRule::kMaxDays) : uniform(0, 120);
  DueDateRule rule = uniform(0, 2) == 0   ? DueDateRule::Net(days)
                     : uniform(0, 1) == 0 ? DueDateRule::EomThenDays(days)
                                          : DueDateRule::DaysThenEom(days);
  if (uniform(0, 3) == 0) rule = rule.ThenDayOfNextMonth(uniform(1, 31));
  return rule;
}

// Random terms built through the API: the text parses back to equal terms,
// which print identically.
TEST(PaymentTerms, RandomTermsRoundTripThroughText) {
  std::mt19937_64 rng(7);
  auto uniform = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
  const char* calendars[] = {"FR", "FR-ALSACE-MOSELLE", "TARGET"};
  for (int iteration = 0; iteration < 3000; ++iteration) {
    absl::StatusOr<PaymentTerms> t;
    if (uniform(0, 1) == 0) {
      t = PaymentTerms::Of(RandomRule(rng));
      if (uniform(0, 2) == 0) {
        const int scale = uniform(0, 6);
        const auto units = std::uniform_int_distribution<std::int64_t>(
            1, 100 * static_cast<std::int64_t>(decimal_internal::Pow10(scale)) - 1)(rng);
        t = t->WithDiscount({*Decimal::FromCoefficient(units, scale), uniform(0, 60)});
      }
    } else {
      std::vector<InstallmentPart> parts;
      int left = 100;
      while (left > 1 && uniform(0, 2) != 0) {
        const int p = uniform(1, left - 1);
        parts.push_back(InstallmentPart::Percent(
            *Decimal::FromCoefficient(p * 100 + uniform(0, 99), 2), RandomRule(rng)));
        left -= p + 1;
      }
      if (uniform(0, 1) == 0) {
        parts.push_back(InstallmentPart::Fixed(
            *Decimal::FromCoefficient(uniform(1, 99999), uniform(0, 4)), RandomRule(rng)));
      }
      parts.insert(parts.begin() + uniform(0, static_cast<int>(parts.size())),
                   InstallmentPart::Balance(RandomRule(rng)));
      t = PaymentTerms::Of(parts);
    }
    ASSERT_TRUE(t.ok()) << t.status();
    if (uniform(0, 2) == 0) {
      t = t->WithRoll(*BusinessCalendar::BuiltIn(calendars[uniform(0, 2)]),
                      static_cast<RollConvention>(uniform(1, 4)));
      ASSERT_TRUE(t.ok()) << t.status();
    }
    const std::string text = t->ToString();
    absl::StatusOr<PaymentTerms> back = PaymentTerms::Parse(text);
    ASSERT_TRUE(back.ok()) << text << ": " << back.status();
    EXPECT_EQ(*back, *t) << text;
    EXPECT_EQ(back->ToString(), text);
  }
}

// Every text Parse accepts is canonical: random edits of canonical texts
// either fail with a parse, range or lookup error naming the text, or print
// back exactly as written.
TEST(PaymentTerms, EveryAcceptedTextIsCanonical) {
  std::mt19937_64 rng(11);
  auto uniform = [&](std::size_t lo, std::size_t hi) {
    return std::uniform_int_distribution<std::size_t>(lo, hi)(rng);
  };
  const std::string alphabet = "0123456789 .,;:%+-_abdeFRlmnotxyT";
  int accepted = 0, rejected = 0;
  for (int iteration = 0; iteration < 20000; ++iteration) {
    std::string text = kCanonical[uniform(1, std::size(kCanonical) - 1)];
    for (std::size_t edits = uniform(1, 2); edits > 0; --edits) {
      const std::size_t at = uniform(0, text.size());
      const char c = alphabet[uniform(0, alphabet.size() - 1)];
      switch (uniform(0, 2)) {
        case 0:
          text.insert(at, 1, c);
          break;
        case 1:
          if (at < text.size()) text.erase(at, 1);
          break;
        default:
          if (at < text.size()) text[at] = c;
          break;
      }
    }
    absl::StatusOr<PaymentTerms> t = PaymentTerms::Parse(text);
    if (t.ok()) {
      ++accepted;
      EXPECT_EQ(t->ToString(), text);
      continue;
    }
    ++rejected;
    const ErrorCode code = CodeOf(t);
    EXPECT_TRUE(code == ErrorCode::kParse || code == ErrorCode::kInvalidArgument ||
                code == ErrorCode::kNotFound)
        << text << ": " << t.status();
    EXPECT_NE(Message(t.status()).find("\"" + text + "\""), std::string::npos) << t.status();
  }
  EXPECT_GT(accepted, 1000);
  EXPECT_GT(rejected, 5000);
}

TEST(PaymentTerms, ParseErrorsSayWhereAndWhat) {
  struct Case {
    const char* text;
    ErrorCode code;
    const char* message;
  };
  const Case cases[] = {
      {"net 3O", ErrorCode::kParse,
       "payment terms: parse error at position 6 ('O') in \"net 3O\": expected \" then day D "
       "next month\", \", \" and a roll, or the end"},
      {"net 030", ErrorCode::kParse,
       "payment terms: parse error at position 5 ('0') in \"net 030\": expected a number of "
       "days without leading zeros"},
      {"net ", ErrorCode::kParse,
       "payment terms: parse error at end of \"net \": expected a number of days"},
      {"Net 30", ErrorCode::kParse,
       "payment terms: parse error at position 1 ('N') in \"Net 30\": expected a due-date rule "
       "(\"net N\", \"eom+N\", \"N+eom\" or \"day D next month\")"},
      {"45 + eom", ErrorCode::kParse,
       "payment terms: parse error at position 3 (' ') in \"45 + eom\": expected \"+eom\""},
      {"net 30 ", ErrorCode::kParse,
       "payment terms: parse error at position 7 (' ') in \"net 30 \": expected \" then day D "
       "next month\", \", \" and a roll, or the end"},
      {"2% 10 net 30", ErrorCode::kParse,
       "payment terms: parse error at position 6 (' ') in \"2% 10 net 30\": expected \", \""},
      {"day 10", ErrorCode::kParse,
       "payment terms: parse error at end of \"day 10\": expected \" next month\""},
      {"net 0 then day 10 next month", ErrorCode::kParse,
       "payment terms: parse error at position 1 ('n') in \"net 0 then day 10 next month\": "
       "expected \"day D next month\" instead of \"net 0 then day D next month\""},
      {"net 30; net 60", ErrorCode::kParse,
       "payment terms: parse error at position 7 (';') in \"net 30; net 60\": expected \" then "
       "day D next month\", \", \" and a roll, or the end"},
      {"30.: net 0", ErrorCode::kParse,
       "payment terms: parse error at position 4 (':') in \"30.: net 0\": expected a digit "
       "after the point"},
      {"33.1234567%: net 30; balance: net 60", ErrorCode::kParse,
       "payment terms: parse error at position 10 ('7') in \"33.1234567%: net 30; balance: net "
       "60\": expected at most 6 decimals"},
      {"30%: net 30, balance: net 60", ErrorCode::kParse,
       "payment terms: parse error at position 14 ('b') in \"30%: net 30, balance: net 60\": "
       "expected a roll convention (following, modified_following, preceding or "
       "modified_preceding)"},
      {"net 30, none FR", ErrorCode::kParse,
       "payment terms: parse error at position 9 ('n') in \"net 30, none FR\": expected a roll "
       "convention (following, modified_following, preceding or modified_preceding)"},
      {"net 30, following fr", ErrorCode::kParse,
       "payment terms: parse error at position 19 ('f') in \"net 30, following fr\": expected a "
       "calendar name (\"FR\", \"FR-ALSACE-MOSELLE\", \"TARGET\") at the end"},
      {"net 4000", ErrorCode::kInvalidArgument,
       "payment terms \"net 4000\": 4000 days is outside 0..3660 (position 5)"},
      {"day 32 next month", ErrorCode::kInvalidArgument,
       "payment terms \"day 32 next month\": day 32 of a month is outside 1..31 (position 5)"},
      {"day 0 next month", ErrorCode::kInvalidArgument,
       "payment terms \"day 0 next month\": day 0 of a month is outside 1..31 (position 5)"},
      {"0%: net 0; balance: net 30", ErrorCode::kInvalidArgument,
       "payment terms \"0%: net 0; balance: net 30\": percentage 0 is outside (0, 100] "
       "(position 1)"},
      {"100% 10, net 30", ErrorCode::kInvalidArgument,
       "payment terms \"100% 10, net 30\": percentage 100 is outside (0, 100) (position 1)"},
      {"0.00: net 0; balance: net 30", ErrorCode::kInvalidArgument,
       "payment terms \"0.00: net 0; balance: net 30\": fixed amount 0.00 is not positive "
       "(position 1)"},
      {"30%: net 30; 60%: net 60", ErrorCode::kInvalidArgument,
       "payment terms \"30%: net 30; 60%: net 60\": the percentages sum to 90; without a "
       "balance part they must sum to exactly 100"},
      {"60%: net 30; 60%: net 60; balance: net 90", ErrorCode::kInvalidArgument,
       "payment terms \"60%: net 30; 60%: net 60; balance: net 90\": the percentages sum to "
       "120, over 100"},
      {"balance: net 30; balance: net 60", ErrorCode::kInvalidArgument,
       "payment terms \"balance: net 30; balance: net 60\": part 2: a second balance part "
       "(part 1 is one)"},
  };
  for (const Case& c : cases) {
    absl::StatusOr<PaymentTerms> t = PaymentTerms::Parse(c.text);
    EXPECT_EQ(CodeOf(t), c.code) << c.text << ": " << t.status();
    EXPECT_EQ(Message(t.status()), c.message);
  }
}

// ---------------------------------------------------------------------------
// Legal check.

TEST(PaymentTerms, CheckTermsFranceEndOfMonthCapBothWays) {
  const Date invoice = Day("2025-01-15");
  TermsCheck c = CheckTerms(T("eom+45"), invoice, Jurisdiction::kFR);
  EXPECT_EQ(c.due_dates, std::vector<Date>{Day("2025-03-17")});
  EXPECT_EQ(c.cap_60_days, Day("2025-03-16"));
  EXPECT_EQ(c.cap_eom_then_45, Day("2025-03-17"));
  EXPECT_EQ(c.cap_45_then_eom, Day("2025-03-31"));
  EXPECT_TRUE(c.violations.empty());  // 61 days, but within 45 days end of month

  c = CheckTerms(T("45+eom"), invoice, Jurisdiction::kFR);
  EXPECT_EQ(c.due_dates, std::vector<Date>{Day("2025-03-31")});
  ASSERT_EQ(c.violations.size(), 1u);
  EXPECT_EQ(c.violations[0].code, TermsViolationCode::kBeyondEomThen45);
  EXPECT_EQ(c.violations[0].installment, 0);
  EXPECT_EQ(c.violations[0].message,
            "the due date 2025-03-31 is past 2025-03-17, the cap of 45 days end of month "
            "counted as end of month then 45 days, and past the 60-day cap 2025-03-16 (Code de "
            "commerce L441-10); counted as 45 days then end of month the cap is 2025-03-31, "
            "which it meets");

  c = CheckTerms(T("eom+45"), Day("2025-01-01"), Jurisdiction::kFR);  // 75 days
  EXPECT_EQ(c.cap_eom_then_45, Day("2025-03-17"));
  EXPECT_EQ(c.cap_45_then_eom, Day("2025-02-28"));
  ASSERT_EQ(c.violations.size(), 1u);
  EXPECT_EQ(c.violations[0].code, TermsViolationCode::kBeyond45ThenEom);
  EXPECT_EQ(c.violations[0].message,
            "the due date 2025-03-17 is past 2025-02-28, the cap of 45 days end of month "
            "counted as 45 days then end of month, and past the 60-day cap 2025-03-02 (Code de "
            "commerce L441-10); counted as end of month then 45 days the cap is 2025-03-17, "
            "which it meets");

  c = CheckTerms(T("eom+60"), invoice, Jurisdiction::kFR);  // 2025-04-01: past both
  ASSERT_EQ(c.violations.size(), 2u);
  EXPECT_EQ(c.violations[0].code, TermsViolationCode::kBeyondEomThen45);
  EXPECT_EQ(c.violations[1].code, TermsViolationCode::kBeyond45ThenEom);
  EXPECT_EQ(c.violations[1].message,
            "the due date 2025-04-01 is past 2025-03-31, the cap of 45 days end of month "
            "counted as 45 days then end of month, and past the 60-day cap 2025-03-16 (Code de "
            "commerce L441-10)");

  // A day-of-next-month rule is an end-of-month stipulation too.
  c = CheckTerms(T("45+eom then day 5 next month"), invoice, Jurisdiction::kFR);
  EXPECT_EQ(c.due_dates, std::vector<Date>{Day("2025-04-05")});
  EXPECT_EQ(c.violations.size(), 2u);
}

TEST(PaymentTerms, CheckTermsFranceSixtyDays) {
  const Date invoice = Day("2025-01-15");
  TermsCheck c = CheckTerms(T("net 60"), invoice, Jurisdiction::kFR);
  EXPECT_TRUE(c.violations.empty());
  EXPECT_FALSE(c.cap_eom_then_45.has_value());  // no end-of-month stipulation
  EXPECT_FALSE(c.cap_45_then_eom.has_value());

  c = CheckTerms(T("net 61"), invoice, Jurisdiction::kFR);
  ASSERT_EQ(c.violations.size(), 1u);
  EXPECT_EQ(c.violations[0].code, TermsViolationCode::kBeyond60Days);
  EXPECT_EQ(c.violations[0].message,
            "the due date 2025-03-17 is 61 days after the invoice date 2025-01-15, past the "
            "60-day cap 2025-03-16 (Code de commerce L441-10)");

  c = CheckTerms(T("50%: net 30; balance: net 90"), invoice, Jurisdiction::kFR);
  EXPECT_EQ(c.due_dates, (std::vector<Date>{Day("2025-02-14"), Day("2025-04-15")}));
  ASSERT_EQ(c.violations.size(), 1u);
  EXPECT_EQ(c.violations[0].installment, 1);
  EXPECT_EQ(c.violations[0].message,
            "installment 2, due 2025-04-15, is 90 days after the invoice date 2025-01-15, past "
            "the 60-day cap 2025-03-16 (Code de commerce L441-10)");
}

TEST(PaymentTerms, CheckTermsEuropeanUnion) {
  const Date invoice = Day("2025-01-15");
  TermsCheck c = CheckTerms(T("eom+45"), invoice, Jurisdiction::kEU);
  EXPECT_EQ(c.cap_60_days, Day("2025-03-16"));
  EXPECT_FALSE(c.cap_eom_then_45.has_value());  // no EOM rule in the directive
  ASSERT_EQ(c.violations.size(), 1u);
  EXPECT_EQ(c.violations[0].code, TermsViolationCode::kBeyond60Days);
  EXPECT_EQ(c.violations[0].message,
            "the due date 2025-03-17 is 61 days after the invoice date 2025-01-15, past the "
            "60-day cap 2025-03-16 (Directive 2011/7/EU art. 3(5): a longer period must be "
            "expressly agreed and not grossly unfair to the creditor)");
  EXPECT_TRUE(CheckTerms(T("net 60"), invoice, Jurisdiction::kEU).violations.empty());
  EXPECT_TRUE(CheckTerms(T("2% 10, net 30"), invoice, Jurisdiction::kEU).violations.empty());
  EXPECT_EQ(CheckTerms(T("45+eom"), invoice, Jurisdiction::kEU).violations.size(), 1u);
}

TEST(PaymentTerms, CheckTermsSilentTerms) {
  const Date invoice = Day("2025-01-15");
  TermsCheck fr = CheckTerms(PaymentTerms(), invoice, Jurisdiction::kFR);
  EXPECT_EQ(fr.due_dates, std::vector<Date>{Day("2025-02-14")});
  ASSERT_EQ(fr.violations.size(), 1u);
  EXPECT_EQ(fr.violations[0].code, TermsViolationCode::kSilentTerms);
  EXPECT_EQ(fr.violations[0].message,
            "no payment terms stated: the statutory default of 30 days after the invoice date "
            "applies (Code de commerce L441-10), due 2025-02-14; the invoice must state its due "
            "date (L441-9)");
  TermsCheck eu = CheckTerms(PaymentTerms(), invoice, Jurisdiction::kEU);
  ASSERT_EQ(eu.violations.size(), 1u);
  EXPECT_EQ(eu.violations[0].code, TermsViolationCode::kSilentTerms);
  EXPECT_EQ(eu.violations[0].message,
            "no payment terms stated: the statutory default of 30 days after receipt of the "
            "invoice applies (Directive 2011/7/EU art. 3(3)(b)), counted from the invoice date "
            "2025-01-15: due 2025-02-14");
  EXPECT_TRUE(CheckTerms(T("net 30"), invoice, Jurisdiction::kFR).violations.empty());
}

// ---------------------------------------------------------------------------
// Business-day roll (needs the built-in calendars of calendar.cc).

TEST(PaymentTermsRoll, FrenchHolidaysAndWeekends) {
  // 2025-06-14 + 30 = Monday 14 July (Fête nationale).
  EXPECT_EQ(Due("net 30, following FR", "2025-06-14"), "2025-07-15");
  EXPECT_EQ(Due("net 30, preceding FR", "2025-06-14"), "2025-07-11");  // Friday
  // 2025-01-15 + 60 = Sunday 2025-03-16.
  EXPECT_EQ(Due("net 60, following FR", "2025-01-15"), "2025-03-17");
  EXPECT_EQ(Due("net 60, preceding FR", "2025-01-15"), "2025-03-14");
  // Saturday 2025-05-31: modified following stays in May.
  EXPECT_EQ(Due("0+eom, modified_following FR", "2025-05-10"), "2025-05-30");
  EXPECT_EQ(Due("0+eom, following FR", "2025-05-10"), "2025-06-02");
  // A business day does not move.
  EXPECT_EQ(Due("net 30, following FR", "2025-01-15"), "2025-02-14");
  // Good Friday 2025-04-18 is a TARGET holiday, not a French one.
  EXPECT_EQ(Due("net 3, following TARGET", "2025-04-15"), "2025-04-22");
  EXPECT_EQ(Due("net 3, following FR", "2025-04-15"), "2025-04-18");
  EXPECT_EQ(Due("net 3, following FR-ALSACE-MOSELLE", "2025-04-15"), "2025-04-22");
}

TEST(PaymentTermsRoll, RollAppliesToEveryInstallmentAndTheDiscountDeadline) {
  EXPECT_EQ(Schedule("50%: net 30; balance: net 50, following FR", "2025-06-14", M("100.00")),
            (std::vector<std::string>{"2025-07-15 50.00 EUR", "2025-08-04 50.00 EUR"}));
  absl::StatusOr<std::vector<Installment>> r =
      DueDates(T("2% 10, net 30, following FR"), Day("2025-07-04"), M("100.00"));
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_EQ((*r)[0].due_date, Day("2025-08-04"));                 // Sunday 3 August
  EXPECT_EQ((*r)[0].early_payment->deadline, Day("2025-07-15"));  // 14 July
  EXPECT_EQ(FinalDueDate(T("50%: net 30; balance: net 50, following FR"), Day("2025-06-14")),
            Day("2025-08-04"));
}

TEST(PaymentTermsRoll, CalendarsInTheText) {
  const PaymentTerms t = T("net 30, modified_following FR");
  ASSERT_TRUE(t.calendar().has_value());
  EXPECT_EQ(t.calendar()->name(), "FR");
  EXPECT_EQ(t.roll(), RollConvention::kModifiedFollowing);
  EXPECT_EQ(t, *T("net 30").WithRoll(*BusinessCalendar::BuiltIn("FR"),
                                     RollConvention::kModifiedFollowing));
  EXPECT_NE(t, T("net 30, following FR"));
  EXPECT_NE(t, T("net 30, modified_following TARGET"));
  // An alias prints as the calendar's own name.
  EXPECT_EQ(T("net 30, following TARGET2").ToString(), "net 30, following TARGET");

  absl::StatusOr<PaymentTerms> bad = PaymentTerms::Parse("net 30, following XX");
  EXPECT_EQ(CodeOf(bad), ErrorCode::kNotFound);
  EXPECT_NE(Message(bad.status()).find("payment terms \"net 30, following XX\": "),
            std::string::npos);
  EXPECT_NE(Message(bad.status()).find("(position 19)"), std::string::npos);

  EXPECT_EQ(CodeOf(T("net 30").WithRoll(*BusinessCalendar::BuiltIn("FR"), RollConvention::kNone)),
            ErrorCode::kInvalidArgument);
  EXPECT_EQ(
      CodeOf(PaymentTerms().WithRoll(*BusinessCalendar::BuiltIn("FR"), RollConvention::kFollowing)),
      ErrorCode::kInvalidArgument);
}

TEST(PaymentTermsRoll, CheckTermsJudgesTheRolledDate) {
  TermsCheck c = CheckTerms(T("net 60, following FR"), Day("2025-01-15"), Jurisdiction::kFR);
  EXPECT_EQ(c.due_dates, std::vector<Date>{Day("2025-03-17")});
  ASSERT_EQ(c.violations.size(), 1u);
  EXPECT_EQ(c.violations[0].message,
            "the due date 2025-03-17 (rolled from 2025-03-16 by following on FR) is 61 days "
            "after the invoice date 2025-01-15, past the 60-day cap 2025-03-16 (Code de "
            "commerce L441-10)");
  EXPECT_TRUE(CheckTerms(T("net 60, preceding FR"), Day("2025-01-15"), Jurisdiction::kFR)
                  .violations.empty());
}

}  // namespace
}  // namespace relance
