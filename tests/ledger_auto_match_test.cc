// Automatic matching after un-matching (Ledger::AutoMatch, ReverseAllocation):
// cash or an item freed by a reversal is matched again, on the date it was
// freed, never on a date when it was still taken.

#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "ledger_book.h"
#include "relance/aging.h"
#include "relance/ledger.h"
#include "test_support.h"

namespace relance {
namespace {

using testing::Book;
using testing::Day;

TEST(AutoMatch, MatchesAgainCashFreedByAReversal) {
  Book b;
  ASSERT_TRUE(b.Item("F1", "ACME", "2025-01-10", "2025-02-09", 30000).ok());
  ASSERT_TRUE(b.Payment("P1", "ACME", "2025-02-01", 30000).ok());
  ASSERT_TRUE(b.Allocate("P1", "F1", 30000, "2025-02-01").ok());
  // The match was wrong: undone on 2025-03-15; a second invoice arrives.
  ASSERT_TRUE(b.ledger.ReverseAllocation(0, Day("2025-03-15")).ok());
  ASSERT_TRUE(b.Item("F2", "ACME", "2025-01-20", "2025-02-19", 30000).ok());
  absl::StatusOr<std::vector<Allocation>> made = b.ledger.AutoMatch();
  ASSERT_TRUE(made.ok()) << made.status();
  // P1 goes to the oldest due item, F1 again, but only from the day the
  // reversal freed the cash (on 2025-02-01 it was all allocated).
  ASSERT_EQ(made->size(), 1u);
  EXPECT_EQ((*made)[0].source_id, "P1");
  EXPECT_EQ((*made)[0].item_id, "F1");
  EXPECT_EQ((*made)[0].date, Day("2025-03-15"));
  EXPECT_EQ((*made)[0].amount.ToString(), "300.00 EUR");
  EXPECT_EQ(b.Open("F1", "2025-03-01"), 0);      // the first allocation
  EXPECT_EQ(b.Open("F1", "2025-03-20"), 0);      // the new one
  EXPECT_EQ(b.Unapplied("P1", "2025-03-20"), 0);
  EXPECT_EQ(b.Open("F2", "2025-03-20"), 30000);
  EXPECT_TRUE(b.ledger.AutoMatch()->empty());
}

TEST(AutoMatch, MatchesAnItemReopenedByAReversalFromThatDay) {
  Book b;
  ASSERT_TRUE(b.Item("F1", "ACME", "2025-01-10", "2025-02-09", 20000).ok());
  ASSERT_TRUE(b.Item("F2", "ACME", "2025-01-15", "2025-02-14", 20000).ok());
  ASSERT_TRUE(b.Payment("P1", "ACME", "2025-02-01", 20000).ok());
  ASSERT_TRUE(b.Allocate("P1", "F1", 20000, "2025-02-01").ok());
  // P1 was meant for F2: moved on 2025-04-01. F1 is open again from then.
  ASSERT_TRUE(b.ledger.ReverseAllocation(0, Day("2025-04-01")).ok());
  ASSERT_TRUE(b.Allocate("P1", "F2", 20000, "2025-04-01").ok());
  // A payment of 2025-03-01, when F1 was still settled.
  ASSERT_TRUE(b.Payment("P2", "ACME", "2025-03-01", 5000).ok());
  absl::StatusOr<std::vector<Allocation>> made = b.ledger.AutoMatch();
  ASSERT_TRUE(made.ok()) << made.status();
  ASSERT_EQ(made->size(), 1u);
  EXPECT_EQ((*made)[0].source_id, "P2");
  EXPECT_EQ((*made)[0].item_id, "F1");
  EXPECT_EQ((*made)[0].date, Day("2025-04-01"));
  EXPECT_EQ((*made)[0].amount.ToString(), "50.00 EUR");
  EXPECT_EQ(b.Open("F1", "2025-03-20"), 0);
  EXPECT_EQ(b.Open("F1", "2025-04-01"), 15000);
  EXPECT_EQ(b.Unapplied("P2", "2025-03-20"), 5000);  // on account until then
  EXPECT_EQ(b.Unapplied("P2", "2025-04-01"), 0);
}

}  // namespace
}  // namespace relance
