// Collection KPIs (relance/kpi.h) on the hand-worked book of
// kpi_test_book.h: every figure computed by hand below, then the edge cases
// (no sales, negative receivables, sales exhausted, customer selection) and
// the option errors.

#include "relance/kpi.h"

#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "kpi_test_book.h"
#include "relance/ledger.h"
#include "test_support.h"

namespace relance {
namespace {

using testing::C;
using testing::CodeOf;
using testing::Day;
using testing::HandWorkedBook;
using testing::Message;

// "numerator / denominator = value", or "numerator / denominator: status".
std::string Show(const KpiFigure& f) {
  std::string s = f.numerator.ToString() + " / " + f.denominator.ToString();
  if (!f.defined()) return s + ": " + std::string(KpiStatusName(f.status));
  return s + " = " + f.value->ToString();
}

std::vector<std::string> Texts(const std::vector<Money>& amounts) {
  std::vector<std::string> out;
  for (const Money& m : amounts) out.push_back(m.amount().ToString());
  return out;
}

KpiOptions FirstQuarter() {
  KpiOptions o;
  o.from = Day("2024-01-01");
  o.to = Day("2024-03-31");
  o.retention_window_days = 60;
  return o;
}

// Period 2024-01-01 .. 2024-03-31: D = 91 days (31 + 29 + 31). Beginning =
// as of 2023-12-31.
TEST(Kpi, HandWorkedEuro) {
  const Ledger ledger = HandWorkedBook();
  absl::StatusOr<KpiReport> report = ComputeKpis(ledger, FirstQuarter());
  ASSERT_TRUE(report.ok()) << report.status();
  EXPECT_EQ(report->days, 91);
  ASSERT_EQ(report->currencies.size(), 2u);
  const CurrencyKpis& k = report->currencies[0];
  ASSERT_EQ(k.currency, C("EUR"));

  // Beginning (2023-12-31): A1 1000 due 12-15 past due; B1 800 due 12-31
  // not yet due (current); C1 300 past due. No payment yet.
  EXPECT_EQ(k.beginning.as_of, Day("2023-12-31"));
  EXPECT_EQ(k.beginning.current.ToString(), "800.00 EUR");
  EXPECT_EQ(k.beginning.past_due.ToString(), "1300.00 EUR");
  EXPECT_EQ(k.beginning.credits.ToString(), "0.00 EUR");
  EXPECT_EQ(k.beginning.balance.ToString(), "2100.00 EUR");
  EXPECT_EQ(k.beginning.disputed.ToString(), "0.00 EUR");
  // Ending (2024-03-31): A1, A2, B2 paid; C1 written off; PA4 (04-05) not
  // seen, so A3 1500 is open and current (due 04-09). Past due: B1 800 + C2
  // 200 (no due date: due 03-01) + C3 250 = 1250. Credits: PB1 200
  // unapplied again after the reversal + PC 50 = -250. B1 300 disputed.
  EXPECT_EQ(k.ending.current.ToString(), "1500.00 EUR");
  EXPECT_EQ(k.ending.past_due.ToString(), "1250.00 EUR");
  EXPECT_EQ(k.ending.credits.ToString(), "-250.00 EUR");
  EXPECT_EQ(k.ending.balance.ToString(), "2500.00 EUR");
  EXPECT_EQ(k.ending.disputed.ToString(), "300.00 EUR");
  EXPECT_EQ(ledger.Balance("A", Day("2024-03-31"))->front().ToString(), "1500.00 EUR");

  // Flows: invoiced A2 2000 + A3 1500 + B2 500 + C2 200 + C3 700 = 4900;
  // credit notes -100; S = 4800. Cash 600+400+2000+200+400+50 = 3650.
  // 2100 + 4800 - 3650 - 300 (C1) - 450 (C3 import) = 2500 = ending.
  EXPECT_EQ(k.invoiced.ToString(), "4900.00 EUR");
  EXPECT_EQ(k.credit_notes.ToString(), "-100.00 EUR");
  EXPECT_EQ(k.credit_sales.ToString(), "4800.00 EUR");
  EXPECT_EQ(k.cash_received.ToString(), "3650.00 EUR");
  EXPECT_EQ(k.written_off.ToString(), "300.00 EUR");
  EXPECT_EQ(k.prior_settlements.ToString(), "450.00 EUR");

  // DSO = 2500 x 91 / 4800 = 47.3958...; best = 1500 x 91 / 4800 =
  // 28.4375 -> 28.44 (the dropped .0075 is past the half); ADD = 1000 x 91
  // / 4800 = 18.9583...
  EXPECT_EQ(Show(k.dso), "227500.00 / 4800.00 = 47.40");
  EXPECT_EQ(Show(k.best_possible_dso), "136500.00 / 4800.00 = 28.44");
  EXPECT_EQ(Show(k.average_days_delinquent), "91000.00 / 4800.00 = 18.96");
  // CEI = (2100 + 4800 - 2500) / (2100 + 4800 - 1500) x 100 = 4400 / 5400
  // x 100 = 81.4814...
  EXPECT_EQ(Show(k.collection_effectiveness), "440000.00 / 5400.00 = 81.48");

  // Countback by calendar month from 03-31: March A3 1500 + C2 200 = 1700;
  // February B2 500 - BCN 100 + C3 700 = 1100; January A2 2000; December
  // B1 800; November A1 1000; October C1 300. R = 2500: March in full (31
  // days, 800 left), then 800 of February's 1100 over its 29 days:
  // 31 + 29 x 800 / 1100 = (31 x 1100 + 800 x 29) / 1100 = 57300 / 1100.
  EXPECT_EQ(Texts(k.countback_sales),
            (std::vector<std::string>{"1700.00", "1100.00", "2000.00", "800.00",
                                      "1000.00", "300.00"}));
  EXPECT_EQ(Show(k.countback_dso), "57300.00 / 1100.00 = 52.09");

  // Settlements of the period (allocation 4 reversed on 01-25, 3 after the
  // period): a, days from document, days beyond the due date:
  //   0 A1  600 on 01-10: 56 days, 26 late     5 B2  100 on 02-10:  9, 0
  //   1 A1  400 on 02-14: 91 days, 61 late     6 B2  400 on 03-20: 48, 18
  //   2 A2 2000 on 02-19: 30 days,  0 late
  // sum a = 3500; sum a x days = 33600 + 36400 + 60000 + 900 + 19200 =
  // 150100; sum a x late = 15600 + 24400 + 7200 = 47200.
  EXPECT_EQ(k.settled.ToString(), "3500.00 EUR");
  EXPECT_EQ(Show(k.average_days_to_pay), "150100.00 / 3500.00 = 42.89");
  EXPECT_EQ(Show(k.average_days_beyond_terms), "47200.00 / 3500.00 = 13.49");

  // Recovery, items due before 03-31 (window after max(12-31, due)):
  //   A1 to collect 1000 (open 12-31), collected 600 + 400
  //   A2 due 02-19, paid that day: 0 to collect
  //   B1 800: +200 on 01-05, -200 reversed 01-25: 0 collected, 800 open
  //   B2 400 open on its due date 03-02 (the credit note came before),
  //      collected 400 on 03-20
  //   C1 300 written off;  C2 200 and C3 250 still open
  // to collect 2950 = collected 1400 + written off 300 + open 1250.
  EXPECT_EQ(k.recovery.to_collect.ToString(), "2950.00 EUR");
  EXPECT_EQ(k.recovery.collected.ToString(), "1400.00 EUR");
  EXPECT_EQ(k.recovery.written_off.ToString(), "300.00 EUR");
  EXPECT_EQ(k.recovery.still_open.ToString(), "1250.00 EUR");
  EXPECT_EQ(Show(k.recovery_rate), "140000.00 / 2950.00 = 47.46");

  // Paid late in the period: A1 settled 02-14, 61 days after 12-15; B2
  // settled 03-20, 18 days after 03-02. A2 was on time, C1 written off.
  // Simple: (61 + 18) / 2; weighted: (1000 x 61 + 500 x 18) / 1500.
  EXPECT_EQ(k.items_paid_late, 2);
  EXPECT_EQ(Show(k.average_collection_delay), "79 / 2 = 39.50");
  EXPECT_EQ(Show(k.weighted_collection_delay), "70000.00 / 1500.00 = 46.67");

  // Cash tied up: 2500 - 1500 = 1000 = ADD x S / D = 18.958.. x 4800 / 91.
  EXPECT_EQ(k.late_payment_cash.ToString(), "1000.00 EUR");
}

TEST(Kpi, HandWorkedDollar) {
  absl::StatusOr<KpiReport> report = ComputeKpis(HandWorkedBook(), FirstQuarter());
  ASSERT_TRUE(report.ok()) << report.status();
  const CurrencyKpis* k = report->Find(C("USD"));
  ASSERT_NE(k, nullptr);
  // Beginning: D1 1000 past due. Ending: D1 700 (PD 300 on 03-05), DF 40,
  // E1 100, all past due. S = 40 + 100 = 140; 1000 + 140 - 300 = 840.
  EXPECT_EQ(k->beginning.balance.ToString(), "1000.00 USD");
  EXPECT_EQ(k->ending.past_due.ToString(), "840.00 USD");
  EXPECT_EQ(k->ending.current.ToString(), "0.00 USD");
  EXPECT_EQ(Show(k->dso), "76440.00 / 140.00 = 546.00");  // 840 x 91 / 140
  EXPECT_EQ(Show(k->best_possible_dso), "0.00 / 140.00 = 0.00");
  EXPECT_EQ(Show(k->average_days_delinquent), "76440.00 / 140.00 = 546.00");
  // (1000 + 140 - 840) / (1000 + 140 - 0) x 100 = 300 / 1140 x 100
  EXPECT_EQ(Show(k->collection_effectiveness), "30000.00 / 1140.00 = 26.32");
  // Steps: March 0, February 0, January 140 (DF, E1), December 0, November
  // 1000 (D1). 840: 31 + 29 + 31 (700 left) + 31 + 30 x 700 / 1000 = 143.
  EXPECT_EQ(Texts(k->countback_sales),
            (std::vector<std::string>{"0.00", "0.00", "140.00", "0.00", "1000.00"}));
  EXPECT_EQ(Show(k->countback_dso), "143000.00 / 1000.00 = 143.00");
  // PD 300 on 03-05: 125 days after 2023-11-01, 95 after 2023-12-01.
  EXPECT_EQ(Show(k->average_days_to_pay), "37500.00 / 300.00 = 125.00");
  EXPECT_EQ(Show(k->average_days_beyond_terms), "28500.00 / 300.00 = 95.00");
  // To collect: D1 1000 + DF 40 + E1 100; collected 300.
  EXPECT_EQ(Show(k->recovery_rate), "30000.00 / 1140.00 = 26.32");
  // Nothing paid late in full: no base, not a division by zero.
  EXPECT_EQ(Show(k->average_collection_delay), "0 / 0: no_base");
  EXPECT_FALSE(k->weighted_collection_delay.value.has_value());
  EXPECT_EQ(k->late_payment_cash.ToString(), "840.00 USD");
}

// N = 30: an incident on due + 31 days if still open then.
//   A: A1 due 12-15 -> 01-15 (settled 02-14); A2 settled on time.
//   B: B1 due 12-31 -> 01-31, still open.
//   C: C1's incident was 2023-12-01, before the period; C2, C3 not yet.
//   D: D1 due 12-01 -> 01-01; DF -> 02-20. First: 01-01.
//   E: E1 due 02-09 -> 03-11.
// W = 60: A buys A2 on 01-20 (in 01-16..03-15): retained. B buys B2 on
// 02-01: retained. D's only later item is a fee (not a purchase) and its
// window ended 03-01: lost. E's window runs to 05-10: undecided.
TEST(Kpi, RetentionAfterIncident) {
  absl::StatusOr<KpiReport> report = ComputeKpis(HandWorkedBook(), FirstQuarter());
  ASSERT_TRUE(report.ok());
  const RetentionKpi& r = report->retention;
  EXPECT_EQ(r.customers_with_incident, 4);
  EXPECT_EQ(r.retained, 2);
  EXPECT_EQ(r.lost, 1);
  EXPECT_EQ(r.undecided, 1);
  EXPECT_EQ(Show(r.rate), "200 / 3 = 66.67");

  // W = 180: D's window runs to 06-29, still undecided.
  KpiOptions o = FirstQuarter();
  o.retention_window_days = 180;
  absl::StatusOr<KpiReport> longer = ComputeKpis(HandWorkedBook(), o);
  ASSERT_TRUE(longer.ok());
  EXPECT_EQ(longer->retention.undecided, 2);
  EXPECT_EQ(Show(longer->retention.rate), "200 / 2 = 100.00");
  // N = 60: A1 (settled 61 days late) still counts, on 02-14; B1 on 03-01;
  // D1 on 01-31; E1's would be 04-10, after the period.
  o.incident_days = 60;
  absl::StatusOr<KpiReport> lenient = ComputeKpis(HandWorkedBook(), o);
  ASSERT_TRUE(lenient.ok());
  EXPECT_EQ(lenient->retention.customers_with_incident, 3);
}

TEST(Kpi, ScaleAndRoundingAreTheCallers) {
  KpiOptions o = FirstQuarter();
  o.scale = 4;
  o.rounding = RoundingMode::kDown;
  absl::StatusOr<KpiReport> report = ComputeKpis(HandWorkedBook(), o);
  ASSERT_TRUE(report.ok());
  EXPECT_EQ(report->currencies[0].dso.value->ToString(), "47.3958");
  EXPECT_EQ(report->currencies[0].best_possible_dso.value->ToString(), "28.4375");
}

TEST(Kpi, CountbackInStepsOfDays) {
  KpiOptions o = FirstQuarter();
  o.countback_unit = CountbackUnit::kDays;
  o.countback_length = 30;
  absl::StatusOr<KpiReport> report = ComputeKpis(HandWorkedBook(), o);
  ASSERT_TRUE(report.ok());
  // Step 1 (03-01, 03-31]: A3 1500. Step 2 (01-31, 03-01]: C2 200 (dated
  // 03-01) + B2 500 - BCN 100 + C3 700 = 1300. R = 2500: step 1's 30
  // days, then 1000 of 1300 over 30 days:
  // (30 x 1300 + 1000 x 30) / 1300 = 69000 / 1300 = 53.0769...
  EXPECT_EQ(Show(report->currencies[0].countback_dso), "69000.00 / 1300.00 = 53.08");
}

TEST(Kpi, CustomerSelection) {
  KpiOptions o = FirstQuarter();
  o.customers = {"A"};
  absl::StatusOr<KpiReport> report = ComputeKpis(HandWorkedBook(), o);
  ASSERT_TRUE(report.ok());
  ASSERT_EQ(report->currencies.size(), 1u);  // A has no dollars
  // A: ending A3 1500 (current); sales A2 + A3 = 3500; 1500 x 91 / 3500.
  EXPECT_EQ(Show(report->currencies[0].dso), "136500.00 / 3500.00 = 39.00");
  EXPECT_EQ(Show(report->currencies[0].average_days_delinquent), "0.00 / 3500.00 = 0.00");
  EXPECT_EQ(report->retention.customers_with_incident, 1);

  o.customers = {"A", "nobody"};
  absl::StatusOr<KpiReport> unknown = ComputeKpis(HandWorkedBook(), o);
  EXPECT_EQ(CodeOf(unknown), ErrorCode::kNotFound);
  EXPECT_NE(Message(unknown.status()).find("'nobody'"), std::string::npos);
}

TEST(Kpi, PeriodWithoutSalesHasNoDso) {
  KpiOptions o = FirstQuarter();
  o.from = Day("2024-04-01");
  o.to = Day("2024-04-30");
  absl::StatusOr<KpiReport> report = ComputeKpis(HandWorkedBook(), o);
  ASSERT_TRUE(report.ok());
  const CurrencyKpis& k = report->currencies[0];
  // No EUR item dated in April (B3 is dated 05-01). PA4 settles A3 on 04-05.
  EXPECT_EQ(k.credit_sales.ToString(), "0.00 EUR");
  EXPECT_EQ(k.dso.status, KpiStatus::kNoBase);
  EXPECT_FALSE(k.dso.value.has_value());
  EXPECT_EQ(k.best_possible_dso.status, KpiStatus::kNoBase);
  // The countback walks back before the period: R = 1000 (B1 800 + C2 200
  // + C3 250 - 250 credits). Steps from 04-30: (03-30, 04-30], 31 days, no
  // sales; (02-29, 03-30], 30 days, A3 1500 + C2 200. 31 + 30 x 1000 / 1700
  // = (31 x 1700 + 1000 x 30) / 1700 = 82700 / 1700 = 48.647...
  EXPECT_EQ(Show(k.countback_dso), "82700.00 / 1700.00 = 48.65");
  EXPECT_EQ(k.late_payment_cash.ToString(), "1000.00 EUR");
}

TEST(Kpi, CountbackEdgeCases) {
  Ledger ledger;
  std::vector<std::string_view> customers = {"PRE", "IMP"};
  ASSERT_TRUE(ledger.AddCustomers({.ids = customers}).ok());
  // PRE paid 100.00 on account and owes nothing: R = -100.
  std::vector<std::string_view> pay = {"P"}, payer = {"PRE"};
  std::vector<Date> on = {Day("2024-02-01")};
  std::vector<std::int64_t> amount = {10000};
  std::vector<Currency> eur = {C("EUR")};
  ASSERT_TRUE(ledger.AddPayments({.ids = pay, .customer_ids = payer, .value_dates = on,
                                  .amounts = amount, .currencies = eur}).ok());
  // IMP, from an open-items export: invoice 100.00 open, credit note -50.00
  // already used elsewhere (open 0). R = 100 > net sales ever (50).
  std::vector<std::string_view> ids = {"I", "N"}, owners = {"IMP", "IMP"};
  std::vector<ItemKind> kinds = {ItemKind::kInvoice, ItemKind::kCreditNote};
  std::vector<Date> docs = {Day("2024-01-10"), Day("2024-01-20")};
  std::vector<std::int64_t> amounts = {10000, -5000}, open = {10000, 0};
  std::vector<Currency> eur2 = {C("EUR"), C("EUR")};
  ASSERT_TRUE(ledger.AddItems({.ids = ids, .customer_ids = owners, .kinds = kinds,
                               .document_dates = docs, .amounts = amounts,
                               .currencies = eur2, .open_amounts = open}).ok());
  KpiOptions o = FirstQuarter();
  o.customers = {"PRE"};
  EXPECT_EQ(Show(ComputeKpis(ledger, o)->currencies[0].countback_dso),
            "-100.00 / 0: negative_receivables");
  o.customers = {"IMP"};
  EXPECT_EQ(Show(ComputeKpis(ledger, o)->currencies[0].countback_dso),
            "50.00 / 0: sales_exhausted");
  // Together R = 0: zero days.
  o.customers = {};
  EXPECT_EQ(Show(ComputeKpis(ledger, o)->currencies[0].countback_dso), "0 / 1 = 0.00");
}

TEST(Kpi, OptionErrors) {
  const Ledger ledger = HandWorkedBook();
  auto code_with = [&](auto change) {
    KpiOptions o = FirstQuarter();
    change(o);
    return CodeOf(ComputeKpis(ledger, o));
  };
  EXPECT_EQ(code_with([](KpiOptions& o) { o.to = Day("2023-12-31"); }),
            ErrorCode::kInvalidArgument);
  EXPECT_EQ(code_with([](KpiOptions& o) { o.scale = 19; }), ErrorCode::kInvalidArgument);
  EXPECT_EQ(code_with([](KpiOptions& o) { o.rounding = RoundingMode::kExact; }),
            ErrorCode::kInvalidArgument);
  EXPECT_EQ(code_with([](KpiOptions& o) { o.countback_length = 0; }),
            ErrorCode::kInvalidArgument);
  EXPECT_EQ(code_with([](KpiOptions& o) { o.incident_days = -1; }),
            ErrorCode::kInvalidArgument);
  EXPECT_EQ(code_with([](KpiOptions& o) { o.retention_window_days = 0; }),
            ErrorCode::kInvalidArgument);
  EXPECT_EQ(code_with([](KpiOptions& o) { o.from = o.to; }), ErrorCode::kOk);
  KpiOptions o = FirstQuarter();
  o.countback_length = 1201;
  EXPECT_EQ(Message(ValidateKpiOptions(o)), "countback_length 1201 is outside 1..1200");
}

TEST(Kpi, StatusNames) {
  EXPECT_EQ(KpiStatusName(KpiStatus::kDefined), "defined");
  EXPECT_EQ(KpiStatusName(KpiStatus::kSalesExhausted), "sales_exhausted");
  EXPECT_EQ(KpiStatusName(static_cast<KpiStatus>(9)), "INVALID");
}

}  // namespace
}  // namespace relance
