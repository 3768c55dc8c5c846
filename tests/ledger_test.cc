// The receivables ledger: entry, matching, as-of queries, statements, and
// the invariants every mutation keeps (relance/ledger.h). Expected values
// are worked by hand in the comments.

#include "relance/ledger.h"

#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "ledger_book.h"
#include "ledger_store.h"
#include "test_support.h"

namespace relance {
namespace {

using testing::Book;
using testing::C;
using testing::CodeOf;
using testing::Day;
using testing::kEur;
using testing::Message;

TEST(ItemKind, NamesRoundTrip) {
  for (int k = 0; k < kItemKindCount; ++k) {
    const auto kind = static_cast<ItemKind>(k);
    EXPECT_EQ(*ParseItemKind(ItemKindName(kind)), kind);
  }
  EXPECT_EQ(ItemKindName(static_cast<ItemKind>(9)), "INVALID");
  EXPECT_EQ(CodeOf(ParseItemKind("Invoice")), ErrorCode::kInvalidArgument);
}

TEST(Ledger, OpenAmountsFollowAllocationsByDate) {
  Book b;
  ASSERT_TRUE(b.Item("F1", "ACME", "2025-01-10", "2025-02-09", 100000).ok());
  ASSERT_TRUE(b.Payment("P1", "ACME", "2025-02-20", 60000).ok());
  ASSERT_EQ(*b.Allocate("P1", "F1", 40000, "2025-02-20"), 0);
  // Before the invoice: nothing. Before the allocation: all open.
  EXPECT_EQ(b.Open("F1", "2025-01-09"), 0);
  EXPECT_EQ(b.Open("F1", "2025-02-19"), 100000);
  EXPECT_EQ(b.Open("F1", "2025-02-20"), 60000);
  EXPECT_EQ(b.Unapplied("P1", "2025-02-19"), 0);
  EXPECT_EQ(b.Unapplied("P1", "2025-02-20"), 20000);
  // Balance = open items - unapplied cash: 1000.00 until the payment, then
  // 600.00 - 200.00 = 400.00.
  EXPECT_EQ(b.Balance("ACME", "2025-02-19"), 100000);
  EXPECT_EQ(b.Balance("ACME", "2025-02-20"), 40000);
  EXPECT_EQ(b.ledger.UnappliedCash("ACME", Day("2025-03-01"))->front().ToString(), "200.00 EUR");
}

TEST(Ledger, ReversalRestoresFromItsDate) {
  Book b;
  ASSERT_TRUE(b.Item("F1", "ACME", "2025-01-10", "2025-02-09", 100000).ok());
  ASSERT_TRUE(b.Payment("P1", "ACME", "2025-02-01", 100000).ok());
  ASSERT_TRUE(b.Allocate("P1", "F1", 100000, "2025-03-01").ok());
  ASSERT_TRUE(b.ledger.ReverseAllocation(0, Day("2025-04-01")).ok());
  EXPECT_EQ(b.Open("F1", "2025-03-15"), 0);
  EXPECT_EQ(b.Open("F1", "2025-04-01"), 100000);
  EXPECT_EQ(b.ledger.GetAllocation(0)->reversed, Day("2025-04-01"));
  EXPECT_EQ(CodeOf(b.ledger.ReverseAllocation(0, Day("2025-05-01"))), ErrorCode::kInvalidArgument);
  EXPECT_EQ(CodeOf(b.ledger.ReverseAllocation(7, Day("2025-05-01"))), ErrorCode::kNotFound);
  // The invoice is fully open from 2025-04-01 on, but settled during March:
  // a second allocation dated 2025-03-15 would settle it twice on that date.
  ASSERT_TRUE(b.Payment("P2", "ACME", "2025-02-01", 100000).ok());
  absl::StatusOr<std::int64_t> twice = b.Allocate("P2", "F1", 100000, "2025-03-15");
  EXPECT_EQ(CodeOf(twice), ErrorCode::kInvalidArgument);
  EXPECT_EQ(Message(twice.status()),
            "row 0: allocation of 1000.00 EUR on 2025-03-15 takes more than is open: item \"F1\" "
            "would have an open amount of -1000.00 EUR on 2025-03-15 (0.00 EUR open on that date "
            "before this row; amount 1000.00 EUR)");
  // Dated on the reversal, it fits.
  EXPECT_TRUE(b.Allocate("P2", "F1", 100000, "2025-04-01").ok());
  EXPECT_EQ(b.Open("F1", "2025-04-01"), 0);
}

TEST(Ledger, CreditNotesSettleLikePayments) {
  Book b;
  ASSERT_TRUE(b.Item("F1", "ACME", "2025-01-10", "2025-02-09", 50000).ok());
  ASSERT_TRUE(b.Item("A1", "ACME", "2025-01-20", "", -20000, ItemKind::kCreditNote).ok());
  EXPECT_EQ(b.Balance("ACME", "2025-01-31"), 30000);
  ASSERT_TRUE(b.Allocate("A1", "F1", 20000, "2025-01-25", AllocationSource::kCreditNote).ok());
  EXPECT_EQ(b.Open("A1", "2025-01-24"), -20000);
  EXPECT_EQ(b.Open("A1", "2025-01-25"), 0);
  EXPECT_EQ(b.Open("F1", "2025-01-25"), 30000);
  EXPECT_EQ(b.Balance("ACME", "2025-01-31"), 30000);  // matching moves, never changes
  // A credit note cannot be used twice, nor be the target.
  EXPECT_EQ(CodeOf(b.Allocate("A1", "F1", 1, "2025-01-26", AllocationSource::kCreditNote)),
            ErrorCode::kInvalidArgument);
  EXPECT_EQ(Message(b.Allocate("F1", "A1", 1, "2025-01-26", AllocationSource::kCreditNote).status()),
            "row 0: item \"F1\" is of kind invoice, not a credit note");
}

TEST(Ledger, WriteOffsAndDisputes) {
  Book b;
  ASSERT_TRUE(b.Item("F1", "ACME", "2025-01-10", "2025-02-09", 100000).ok());
  std::vector<std::string_view> items = {"F1"}, reasons = {"insolvency"};
  std::vector<std::int64_t> amounts = {30000};
  std::vector<Date> dates = {Day("2025-06-30")};
  ASSERT_TRUE(b.ledger.AddWriteOffs({.item_ids = items, .amounts = amounts, .dates = dates,
                                     .reasons = reasons}).ok());
  EXPECT_EQ(b.Open("F1", "2025-06-29"), 100000);
  EXPECT_EQ(b.Open("F1", "2025-06-30"), 70000);
  // Disputed 800.00 from 2025-03-01 to 2025-07-01 (excluded): capped by the
  // open amount (700.00 after the write-off).
  std::vector<std::int64_t> disputed = {80000};
  std::vector<Date> raised = {Day("2025-03-01")}, cleared = {Day("2025-07-01")};
  ASSERT_TRUE(b.ledger.AddDisputes({.item_ids = items, .amounts = disputed, .raised = raised,
                                    .cleared = cleared}).ok());
  const auto dispute = [&](std::string_view d) {
    return static_cast<std::int64_t>(b.ledger.Disputed("F1", Day(d))->minor_units());
  };
  EXPECT_EQ(dispute("2025-02-28"), 0);
  EXPECT_EQ(dispute("2025-03-01"), 80000);
  EXPECT_EQ(dispute("2025-06-30"), 70000);
  EXPECT_EQ(dispute("2025-07-01"), 0);
  // Write-off beyond what is open.
  std::vector<std::int64_t> too_much = {70001};
  EXPECT_EQ(CodeOf(b.ledger.AddWriteOffs({.item_ids = items, .amounts = too_much, .dates = dates})),
            ErrorCode::kInvalidArgument);
}

TEST(Ledger, ErrorsNameTheRowAndChangeNothing) {
  Book b;
  ASSERT_TRUE(b.Item("F1", "ACME", "2025-01-10", "2025-02-09", 100000).ok());
  std::vector<std::string_view> ids = {"F2", "F3", "F1"}, customers = {"ACME", "BETA", "ACME"};
  std::vector<Date> docs(3, Day("2025-01-15"));
  std::vector<std::int64_t> amounts = {100, 200, 300};
  std::vector<Currency> currencies(3, kEur);
  absl::Status st = b.ledger.AddItems({.ids = ids, .customer_ids = customers,
                                       .document_dates = docs, .amounts = amounts,
                                       .currencies = currencies});
  EXPECT_EQ(CodeOf(st), ErrorCode::kAlreadyExists);
  EXPECT_EQ(Message(st), "row 2: item \"F1\" already exists");
  EXPECT_EQ(b.ledger.item_count(), 1u);
  EXPECT_FALSE(b.ledger.HasItem("F2"));
  EXPECT_FALSE(b.ledger.HasItem("F3"));
  EXPECT_EQ(b.ledger.Balance("BETA", Day("2025-12-31"))->size(), 0u);  // no account left behind

  EXPECT_EQ(Message(b.Item("F9", "NOPE", "2025-01-10", "", 100)),
            "row 0: item \"F9\": unknown customer \"NOPE\"");
  EXPECT_EQ(Message(b.Item("F9", "ACME", "2025-01-10", "2025-01-09", 100)),
            "row 0: item \"F9\": due date 2025-01-09 is before the document date 2025-01-10");
  EXPECT_EQ(Message(b.Item("F9", "ACME", "2025-01-10", "", -100)),
            "row 0: item \"F9\": amount -1.00 EUR must be positive (only credit notes are "
            "negative)");
  EXPECT_EQ(Message(b.Item("", "ACME", "2025-01-10", "", 100)), "row 0: empty item id");
  std::vector<std::string_view> short_ids = {"X"};
  EXPECT_EQ(Message(b.ledger.AddItems({.ids = short_ids})),
            "column customer_ids has 0 entries; expected 1");

  // A batch of allocations whose second row over-settles: neither is kept.
  ASSERT_TRUE(b.Payment("P1", "ACME", "2025-02-01", 150000).ok());
  std::vector<std::string_view> sources = {"P1", "P1"}, targets = {"F1", "F1"};
  std::vector<std::int64_t> parts = {60000, 60000};
  std::vector<Date> on = {Day("2025-02-01"), Day("2025-02-02")};
  absl::StatusOr<std::int64_t> r = b.ledger.AddAllocations(
      {.source_ids = sources, .item_ids = targets, .amounts = parts, .dates = on});
  EXPECT_EQ(CodeOf(r), ErrorCode::kInvalidArgument);
  EXPECT_EQ(b.ledger.allocation_count(), 0u);
  EXPECT_EQ(b.Open("F1", "2025-12-31"), 100000);
  EXPECT_EQ(b.Unapplied("P1", "2025-12-31"), 150000);

  // Other customers, other currencies, dates before the documents.
  ASSERT_TRUE(b.Item("G1", "BETA", "2025-01-10", "", 100).ok());
  EXPECT_EQ(Message(b.Allocate("P1", "G1", 100, "2025-03-01").status()),
            "row 0: \"P1\" of customer \"ACME\" cannot settle item \"G1\" of customer \"BETA\"");
  ASSERT_TRUE(b.Item("U1", "ACME", "2025-01-10", "", 100, ItemKind::kInvoice, C("USD")).ok());
  EXPECT_EQ(CodeOf(b.Allocate("P1", "U1", 100, "2025-03-01")), ErrorCode::kCurrencyMismatch);
  EXPECT_EQ(Message(b.Allocate("P1", "F1", 100, "2025-01-31").status()),
            "row 0: allocation dated 2025-01-31 is before \"P1\" (dated 2025-02-01)");
  EXPECT_EQ(CodeOf(b.Allocate("P9", "F1", 100, "2025-03-01")), ErrorCode::kNotFound);
}

TEST(Ledger, VolumeFitsInt64) {
  Book b;
  const std::int64_t big = INT64_MAX / 2 + 1;
  ASSERT_TRUE(b.Item("F1", "ACME", "2025-01-10", "", big).ok());
  EXPECT_EQ(CodeOf(b.Item("F2", "ACME", "2025-01-10", "", big)), ErrorCode::kOverflow);
  EXPECT_FALSE(b.ledger.HasItem("F2"));
}

TEST(Ledger, DueDatesFromCustomerTerms) {
  Ledger ledger;
  std::vector<std::string_view> ids = {"C1", "C2"}, terms = {"eom+45", "30%: net 30; balance: net 60"};
  ASSERT_TRUE(ledger.AddCustomers({.ids = ids, .terms = terms}).ok());
  std::vector<std::string_view> items = {"F1"}, customers = {"C1"};
  std::vector<Date> docs = {Day("2025-01-15")};
  std::vector<std::int64_t> amounts = {1000};
  std::vector<Currency> currencies = {kEur};
  ASSERT_TRUE(ledger.AddItems({.ids = items, .customer_ids = customers, .document_dates = docs,
                               .amounts = amounts, .currencies = currencies}).ok());
  Statement st = ledger.Statements("C1", Day("2025-01-01"), Day("2025-12-31"))->front();
  EXPECT_EQ(st.lines.size(), 1u);
  customers = {"C2"};
  items = {"F2"};
  absl::Status multi = ledger.AddItems({.ids = items, .customer_ids = customers,
                                        .document_dates = docs, .amounts = amounts,
                                        .currencies = currencies});
  EXPECT_EQ(CodeOf(multi), ErrorCode::kInvalidArgument);
  std::vector<std::string_view> bad = {"C3"}, bad_terms = {"net thirty"};
  EXPECT_EQ(CodeOf(ledger.AddCustomers({.ids = bad, .terms = bad_terms})), ErrorCode::kParse);
  EXPECT_FALSE(ledger.HasCustomer("C3"));
}

// Limits and terms are stored only up to the last customer that has one;
// the others, before and after, in the same call or a later one, have none.
TEST(Ledger, LimitsAndTermsOfSomeCustomersOnly) {
  Ledger ledger;
  std::vector<std::string_view> ids = {"A", "B", "C"}, terms = {"", "net 30", ""};
  std::vector<std::optional<Money>> limits = {std::nullopt, Money::FromMinorUnits(500, kEur),
                                              std::nullopt};
  ASSERT_TRUE(ledger.AddCustomers({.ids = ids, .credit_limits = limits, .terms = terms}).ok());
  ids = {"D", "E"};
  limits = {std::nullopt, Money::FromMinorUnits(700, kEur)};
  ASSERT_TRUE(ledger.AddCustomers({.ids = ids, .credit_limits = limits}).ok());
  const LedgerStore& s = ledger.store();
  EXPECT_FALSE(s.credit_limit(0).has_value());
  EXPECT_EQ(s.credit_limit(1)->ToString(), "5.00 EUR");
  EXPECT_FALSE(s.credit_limit(2).has_value());
  EXPECT_FALSE(s.credit_limit(3).has_value());
  EXPECT_EQ(s.credit_limit(4)->ToString(), "7.00 EUR");
  EXPECT_EQ(s.terms_of(1)->ToString(), "net 30");
  for (std::int32_t c : {0, 2, 3, 4}) EXPECT_FALSE(s.terms_of(c).has_value()) << c;
  // Only B's item gets a due date from terms.
  std::vector<std::string_view> items = {"FA", "FB", "FE"}, customers = {"A", "B", "E"};
  std::vector<Date> docs(3, Day("2025-01-15"));
  std::vector<std::int64_t> amounts(3, 1000);
  std::vector<Currency> currencies(3, kEur);
  ASSERT_TRUE(ledger.AddItems({.ids = items, .customer_ids = customers, .document_dates = docs,
                               .amounts = amounts, .currencies = currencies}).ok());
  EXPECT_EQ(s.item_due_date[static_cast<std::size_t>(s.item_ids.Find("FA"))], kNoDate.days());
  EXPECT_EQ(s.item_due_date[static_cast<std::size_t>(s.item_ids.Find("FB"))],
            Day("2025-02-14").days());
  EXPECT_EQ(s.item_due_date[static_cast<std::size_t>(s.item_ids.Find("FE"))], kNoDate.days());
}

TEST(Ledger, StatementRunsTheBalance) {
  Book b;
  ASSERT_TRUE(b.Item("F0", "ACME", "2024-12-01", "2024-12-31", 10000).ok());
  ASSERT_TRUE(b.Item("F1", "ACME", "2025-01-10", "2025-02-09", 100000, ItemKind::kInvoice,
                     kEur, "PO-7").ok());
  ASSERT_TRUE(b.Item("A1", "ACME", "2025-01-20", "", -5000, ItemKind::kCreditNote).ok());
  ASSERT_TRUE(b.Payment("P1", "ACME", "2025-02-05", 50000, kEur, "F1").ok());
  // Opening 100.00 (F0); +1000.00; -50.00; -500.00 -> 550.00.
  Statement st = b.ledger.Statements("ACME", Day("2025-01-01"), Day("2025-02-28"))->front();
  EXPECT_EQ(st.opening.ToString(), "100.00 EUR");
  ASSERT_EQ(st.lines.size(), 3u);
  EXPECT_EQ(st.lines[0].id, "F1");
  EXPECT_EQ(st.lines[0].reference, "PO-7");
  EXPECT_EQ(st.lines[0].balance.ToString(), "1100.00 EUR");
  EXPECT_EQ(st.lines[1].credit.ToString(), "50.00 EUR");
  EXPECT_EQ(st.lines[2].kind, StatementLine::Kind::kPayment);
  EXPECT_EQ(st.closing.ToString(), "550.00 EUR");
  EXPECT_EQ(b.Balance("ACME", "2025-02-28"), 55000);
  EXPECT_EQ(CodeOf(b.ledger.Statements("ACME", Day("2025-02-01"), Day("2025-01-01"))),
            ErrorCode::kInvalidArgument);
}

TEST(Ledger, AutoMatchByReferenceThenAmountThenOldest) {
  Book b;
  ASSERT_TRUE(b.Item("F1", "ACME", "2025-01-01", "2025-01-31", 10000).ok());
  ASSERT_TRUE(b.Item("F2", "ACME", "2025-01-05", "2025-02-04", 25000).ok());
  ASSERT_TRUE(b.Item("F3", "ACME", "2025-01-10", "2025-02-09", 40000, ItemKind::kInvoice, kEur,
                     "PO-3").ok());
  ASSERT_TRUE(b.Payment("P1", "ACME", "2025-02-10", 40000, kEur, "PO-3").ok());  // (1)
  ASSERT_TRUE(b.Payment("P2", "ACME", "2025-02-11", 25000).ok());                // (2) F2
  ASSERT_TRUE(b.Payment("P3", "ACME", "2025-02-12", 15000).ok());                // (3) F1 then none
  absl::StatusOr<std::vector<Allocation>> made = b.ledger.AutoMatch();
  ASSERT_TRUE(made.ok()) << made.status();
  ASSERT_EQ(made->size(), 3u);
  EXPECT_EQ((*made)[0].item_id, "F3");
  EXPECT_EQ((*made)[1].item_id, "F2");
  EXPECT_EQ((*made)[2].item_id, "F1");
  EXPECT_EQ((*made)[2].amount.ToString(), "100.00 EUR");
  EXPECT_EQ((*made)[2].date, Day("2025-02-12"));
  EXPECT_EQ(b.Unapplied("P3", "2025-12-31"), 5000);  // kept on account
  EXPECT_TRUE(b.ledger.AutoMatch()->empty());        // nothing left to match
}

TEST(Ledger, CopiesAreIndependent) {
  Book b;
  ASSERT_TRUE(b.Item("F1", "ACME", "2025-01-10", "", 100).ok());
  Ledger copy = b.ledger;
  ASSERT_TRUE(b.Item("F2", "ACME", "2025-01-10", "", 100).ok());
  EXPECT_TRUE(copy.HasItem("F1"));
  EXPECT_FALSE(copy.HasItem("F2"));
  Ledger moved = std::move(copy);
  EXPECT_TRUE(moved.HasItem("F1"));
}

}  // namespace
}  // namespace relance
