// Late interest over a ledger (relance/ledger_interest.h). Expected amounts
// are worked by hand (fractions shown) and match DOMAIN.md's golden case.

#include "relance/ledger_interest.h"

#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "test_support.h"

namespace relance {
namespace {

using testing::C;
using testing::CodeOf;
using testing::Day;

struct Row {
  std::string_view id, customer, doc, due;
  std::int64_t amount;
  std::string_view currency = "EUR";
  ItemKind kind = ItemKind::kInvoice;
};

Ledger Book(const std::vector<Row>& rows) {
  Ledger ledger;
  std::vector<std::string_view> customers = {"ACME", "BETA"};
  EXPECT_TRUE(ledger.AddCustomers({.ids = customers}).ok());
  std::vector<std::string_view> ids, owners;
  std::vector<Date> docs, dues;
  std::vector<std::int64_t> amounts;
  std::vector<Currency> currencies;
  std::vector<ItemKind> kinds;
  for (const Row& r : rows) {
    ids.push_back(r.id);
    owners.push_back(r.customer);
    docs.push_back(Day(r.doc));
    dues.push_back(r.due.empty() ? kNoDate : Day(r.due));
    amounts.push_back(r.amount);
    currencies.push_back(C(r.currency));
    kinds.push_back(r.kind);
  }
  EXPECT_TRUE(ledger.AddItems({.ids = ids, .customer_ids = owners, .kinds = kinds,
                               .document_dates = docs, .due_dates = dues, .amounts = amounts,
                               .currencies = currencies}).ok());
  return ledger;
}

void Pay(Ledger& ledger, std::string_view payment, std::string_view customer,
         std::string_view item, std::string_view date, std::int64_t amount,
         std::string_view currency = "EUR") {
  std::vector<std::string_view> p = {payment}, c = {customer}, i = {item};
  std::vector<Date> d = {Day(date)};
  std::vector<std::int64_t> a = {amount};
  std::vector<Currency> cur = {C(currency)};
  ASSERT_TRUE(ledger.AddPayments({.ids = p, .customer_ids = c, .value_dates = d, .amounts = a,
                                  .currencies = cur}).ok());
  ASSERT_TRUE(ledger.AddAllocations({.source_ids = p, .item_ids = i, .amounts = a, .dates = d}).ok());
}

TEST(LedgerInterest, GoldenCasePaidLate) {
  // DOMAIN.md case 1: 10,000.00 EUR due 2024-09-15 paid 2024-10-15: 30 days
  // at 14.25 %: 10000 x 0.1425 x 30/365 = 117.12, plus 40.00.
  Ledger ledger = Book({{"F1", "ACME", "2024-08-16", "2024-09-15", 1000000},
                        {"F2", "ACME", "2024-08-16", "2024-09-15", 50000}});
  Pay(ledger, "P1", "ACME", "F1", "2024-10-15", 1000000);
  Pay(ledger, "P2", "ACME", "F2", "2024-09-15", 50000);  // on time: owes nothing
  absl::StatusOr<LedgerInterest> r = LedgerLateInterest(ledger, {.as_of = Day("2024-12-31")});
  ASSERT_TRUE(r.ok()) << r.status();
  ASSERT_EQ(r->items.size(), 1u);
  const ItemLateInterest& f1 = r->items[0];
  EXPECT_EQ(f1.item_id, "F1");
  EXPECT_EQ(f1.settled_on, Day("2024-10-15"));
  EXPECT_EQ(f1.interest.interest.ToString(), "117.12 EUR");
  EXPECT_EQ(f1.interest.compensation.ToString(), "40.00 EUR");
  EXPECT_EQ(r->total.front().ToString(), "157.12 EUR");
}

TEST(LedgerInterest, PartialPaymentsStepTheBase) {
  // 1,000.00 EUR due 2025-01-31; 400.00 paid 2025-03-02; rest unpaid as of
  // 2025-03-31. H1 2025 at 13.15 %, ACT/365F:
  //   1000 x 0.1315 x 30/365 (Feb 1 .. Mar 2) = 3945/365 = 10.8082...
  //   + 600 x 0.1315 x 29/365 (Mar 3 .. Mar 31) = 2288.1/365 = 6.2688...
  //   = 6233.1/365 = 17.0770... -> 17.08 EUR, plus 40.00.
  Ledger ledger = Book({{"F1", "ACME", "2025-01-01", "2025-01-31", 100000}});
  Pay(ledger, "P1", "ACME", "F1", "2025-03-02", 40000);
  absl::StatusOr<LedgerInterest> r = LedgerLateInterest(ledger, {.as_of = Day("2025-03-31")});
  ASSERT_TRUE(r.ok()) << r.status();
  ASSERT_EQ(r->items.size(), 1u);
  EXPECT_FALSE(r->items[0].settled_on.has_value());
  ASSERT_EQ(r->items[0].interest.segments.size(), 2u);
  EXPECT_EQ(r->items[0].interest.segments[1].base.ToString(), "600.00 EUR");
  EXPECT_EQ(r->items[0].interest.interest.ToString(), "17.08 EUR");
  EXPECT_EQ(r->items[0].interest.total.ToString(), "57.08 EUR");
}

TEST(LedgerInterest, DefaultsAndFilters) {
  // F1 has no due date: due 30 days after 2025-01-01, i.e. 2025-01-31.
  // G1 is in CHF: interest, but no 40 EUR compensation.
  // X1 is a fee: no interest on it. A1 is a credit note.
  Ledger ledger = Book({{"F1", "ACME", "2025-01-01", "", 100000},
                        {"X1", "ACME", "2025-01-01", "2025-01-10", 5000, "EUR", ItemKind::kFee},
                        {"A1", "ACME", "2025-01-05", "", -5000, "EUR", ItemKind::kCreditNote},
                        {"G1", "BETA", "2025-01-01", "2025-01-31", 100000, "CHF"}});
  absl::StatusOr<LedgerInterest> r = LedgerLateInterest(ledger, {.as_of = Day("2025-03-02")});
  ASSERT_TRUE(r.ok()) << r.status();
  ASSERT_EQ(r->items.size(), 2u);
  EXPECT_EQ(r->items[0].item_id, "F1");
  EXPECT_TRUE(r->items[0].due_date_assumed);
  EXPECT_EQ(r->items[0].due_date, Day("2025-01-31"));
  // 1000 x 0.1315 x 30/365 = 10.8082 -> 10.81 in both currencies.
  EXPECT_EQ(r->items[0].interest.interest.ToString(), "10.81 EUR");
  EXPECT_EQ(r->items[1].interest.interest.ToString(), "10.81 CHF");
  EXPECT_EQ(r->items[1].interest.compensation.ToString(), "0.00 CHF");
  ASSERT_EQ(r->total.size(), 2u);  // sorted by currency code: CHF, EUR
  EXPECT_EQ(r->total[0].ToString(), "10.81 CHF");
  EXPECT_EQ(r->total[1].ToString(), "50.81 EUR");

  LedgerInterestOptions only_beta{.as_of = Day("2025-03-02"), .customer_id = "BETA"};
  EXPECT_EQ(LedgerLateInterest(ledger, only_beta)->items.size(), 1u);
  LedgerInterestOptions nobody{.as_of = Day("2025-03-02"), .customer_id = "NOPE"};
  EXPECT_EQ(CodeOf(LedgerLateInterest(ledger, nobody)), ErrorCode::kNotFound);

  // Contractual 12 %, fixed 15.00 per item, one grace day.
  LedgerInterestOptions contract{.as_of = Day("2025-03-02"),
                                 .rate = LateInterestRate::Fixed(testing::D("12")),
                                 .grace_days = 1,
                                 .compensation_per_item = testing::D("15")};
  r = LedgerLateInterest(ledger, contract);
  ASSERT_TRUE(r.ok()) << r.status();
  // 1000 x 0.12 x 29/365 = 9.5342 -> 9.53.
  EXPECT_EQ(r->items[0].interest.interest.ToString(), "9.53 EUR");
  EXPECT_EQ(r->items[0].interest.compensation.ToString(), "15.00 EUR");
  contract.compensation_per_item = testing::D("15.001");
  EXPECT_EQ(CodeOf(LedgerLateInterest(ledger, contract)), ErrorCode::kInexact);
}

}  // namespace
}  // namespace relance
