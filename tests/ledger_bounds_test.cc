// Bulk allocations and write-offs that break a bound together: the error
// names the row that tips the item or payment over (relance/ledger.h,
// AddAllocations), says what and where, and the ledger is left as it was.
// Expected values are worked by hand in the comments.

#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "gtest/gtest.h"
#include "relance/aging.h"
#include "relance/ledger.h"
#include "test_support.h"

namespace relance {
namespace {

using testing::C;
using testing::CodeOf;
using testing::Day;
using testing::Message;

const Currency kEur = C("EUR");

// One row of AddAllocations.
struct Row {
  std::string_view source;
  std::string_view item;
  std::int64_t amount;
  std::string_view date;
  AllocationSource kind = AllocationSource::kPayment;
};

// Customer ACME, in EUR:
//   F1 invoice      1000.00  dated 2025-01-10
//   F2 invoice       500.00  dated 2025-01-10
//   A1 credit note  -200.00  dated 2025-01-20
//   P1 payment       800.00  on 2025-02-01; P2, P3 1000.00 on 2025-02-01
class BoundsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::vector<std::string_view> customers = {"ACME"};
    ASSERT_TRUE(ledger_.AddCustomers({.ids = customers}).ok());
    std::vector<std::string_view> items = {"F1", "F2", "A1"}, owners(3, "ACME");
    std::vector<ItemKind> kinds = {ItemKind::kInvoice, ItemKind::kInvoice, ItemKind::kCreditNote};
    std::vector<Date> docs = {Day("2025-01-10"), Day("2025-01-10"), Day("2025-01-20")};
    std::vector<std::int64_t> amounts = {100000, 50000, -20000};
    std::vector<Currency> eur(3, kEur);
    ASSERT_TRUE(ledger_.AddItems({.ids = items, .customer_ids = owners, .kinds = kinds,
                                  .document_dates = docs, .amounts = amounts,
                                  .currencies = eur}).ok());
    std::vector<std::string_view> payments = {"P1", "P2", "P3"};
    std::vector<Date> on(3, Day("2025-02-01"));
    std::vector<std::int64_t> paid = {80000, 100000, 100000};
    ASSERT_TRUE(ledger_.AddPayments({.ids = payments, .customer_ids = owners,
                                     .value_dates = on, .amounts = paid,
                                     .currencies = eur}).ok());
  }

  absl::Status Allocate(const std::vector<Row>& rows) {
    std::vector<AllocationSource> kinds;
    std::vector<std::string_view> sources, items;
    std::vector<std::int64_t> amounts;
    std::vector<Date> dates;
    for (const Row& r : rows) {
      kinds.push_back(r.kind);
      sources.push_back(r.source);
      items.push_back(r.item);
      amounts.push_back(r.amount);
      dates.push_back(Day(r.date));
    }
    return ledger_
        .AddAllocations({.sources = kinds, .source_ids = sources, .item_ids = items,
                         .amounts = amounts, .dates = dates})
        .status();
  }

  std::int64_t Open(std::string_view item, std::string_view as_of) const {
    return static_cast<std::int64_t>(ledger_.OpenAmount(item, Day(as_of))->minor_units());
  }

  Ledger ledger_;
};

TEST_F(BoundsTest, TwoRowsThatTogetherOverSettleNameTheSecond) {
  // Each 600.00 fits in F1's 1000.00; together they leave -200.00 on
  // 02-02. (The error used to name row 0, the first row checked for F1.)
  absl::Status st = Allocate({{"P2", "F1", 60000, "2025-02-01"},
                              {"P3", "F1", 60000, "2025-02-02"}});
  EXPECT_EQ(CodeOf(st), ErrorCode::kInvalidArgument);
  EXPECT_EQ(Message(st),
            "row 1: allocation of 600.00 EUR on 2025-02-02 takes more than is open: item \"F1\" "
            "would have an open amount of -200.00 EUR on 2025-02-02 (400.00 EUR open on that "
            "date before this row; amount 1000.00 EUR)");
  EXPECT_EQ(ledger_.allocation_count(), 0u);
}

TEST_F(BoundsTest, TheMiddleOfThreeRowsTips) {
  // Row order: 500.00 on 02-01 (F1 500.00 open), 600.00 on 02-03 (-100.00
  // from 02-03: row 1 tips), 100.00 on 02-02 (-200.00 from 02-03).
  absl::Status st = Allocate({{"P2", "F1", 50000, "2025-02-01"},
                              {"P3", "F1", 60000, "2025-02-03"},
                              {"P1", "F1", 10000, "2025-02-02"}});
  EXPECT_EQ(Message(st),
            "row 1: allocation of 600.00 EUR on 2025-02-03 takes more than is open: item \"F1\" "
            "would have an open amount of -100.00 EUR on 2025-02-03 (500.00 EUR open on that "
            "date before this row; amount 1000.00 EUR)");
}

TEST_F(BoundsTest, APaymentOverAppliedAcrossRows) {
  // P1 (800.00): 500.00 to F1, then 400.00 to F2 leaves -100.00 unapplied
  // (row 1). Row 2 would over-settle F2 too (500 - 400 - 450), but later.
  absl::Status st = Allocate({{"P1", "F1", 50000, "2025-02-01"},
                              {"P1", "F2", 40000, "2025-02-01"},
                              {"P2", "F2", 45000, "2025-02-01"}});
  EXPECT_EQ(Message(st),
            "row 1: allocation of 400.00 EUR on 2025-02-01 takes more than is unapplied: payment "
            "\"P1\" would have -100.00 EUR unapplied on 2025-02-01 (300.00 EUR unapplied on that "
            "date before this row; amount 800.00 EUR)");
  // A row that tips both its item and its payment names the item.
  st = Allocate({{"P1", "F1", 70000, "2025-02-01"}, {"P1", "F1", 40000, "2025-02-01"}});
  EXPECT_EQ(Message(st),
            "row 1: allocation of 400.00 EUR on 2025-02-01 takes more than is open: item \"F1\" "
            "would have an open amount of -100.00 EUR on 2025-02-01 (300.00 EUR open on that "
            "date before this row; amount 1000.00 EUR)");
}

TEST_F(BoundsTest, ACreditNoteSourceUsedTwice) {
  // A1 (-200.00): 150.00 to F1 leaves -50.00; 100.00 more to F2 would take
  // it to +50.00.
  const AllocationSource note = AllocationSource::kCreditNote;
  absl::Status st = Allocate({{"A1", "F1", 15000, "2025-01-25", note},
                              {"A1", "F2", 10000, "2025-01-26", note}});
  EXPECT_EQ(Message(st),
            "row 1: allocation of 100.00 EUR on 2025-01-26 takes more than is open: credit note "
            "\"A1\" would have an open amount of 50.00 EUR on 2025-01-26 (-50.00 EUR open on that "
            "date before this row; amount -200.00 EUR)");
  EXPECT_EQ(Open("A1", "2025-12-31"), -20000);
}

TEST_F(BoundsTest, RowsOutOfDateOrder) {
  // Row order, not date order: 700.00 on 03-10 then 400.00 on 02-15. In
  // date order the 03-10 row would come last; applied in row order, row 1
  // is the one that tips F1, to -100.00 from 03-10 (a date after its own).
  absl::Status st = Allocate({{"P2", "F1", 70000, "2025-03-10"},
                              {"P3", "F1", 40000, "2025-02-15"}});
  EXPECT_EQ(Message(st),
            "row 1: allocation of 400.00 EUR on 2025-02-15 takes more than is open: item \"F1\" "
            "would have an open amount of -100.00 EUR on 2025-03-10 (300.00 EUR open on that "
            "date before this row; amount 1000.00 EUR)");

  // F1 settled by P2 on 02-01 and the match reversed on 03-01: F1 is 0.00
  // open during February, 1000.00 from March. Row 0 (300.00 on 03-05)
  // fits; row 1 (200.00 on 02-10) breaks the bound on 02-10, before row 0's
  // date.
  ASSERT_TRUE(Allocate({{"P2", "F1", 100000, "2025-02-01"}}).ok());
  ASSERT_TRUE(ledger_.ReverseAllocation(0, Day("2025-03-01")).ok());
  st = Allocate({{"P3", "F1", 30000, "2025-03-05"}, {"P1", "F1", 20000, "2025-02-10"}});
  EXPECT_EQ(Message(st),
            "row 1: allocation of 200.00 EUR on 2025-02-10 takes more than is open: item \"F1\" "
            "would have an open amount of -200.00 EUR on 2025-02-10 (0.00 EUR open on that date "
            "before this row; amount 1000.00 EUR)");
}

TEST_F(BoundsTest, ABreakingRowIsNamedBeforeALaterWrongRow) {
  // Rows are taken in order: row 1 breaks F1's bound before row 2 (an
  // unknown item) is reached.
  absl::Status st = Allocate({{"P2", "F1", 60000, "2025-02-01"},
                              {"P3", "F1", 60000, "2025-02-02"},
                              {"P1", "F9", 100, "2025-02-02"}});
  EXPECT_EQ(Message(st).substr(0, 60),
            "row 1: allocation of 600.00 EUR on 2025-02-02 takes more tha");
  st = Allocate({{"P2", "F1", 60000, "2025-02-01"}, {"P1", "F9", 100, "2025-02-02"},
                 {"P3", "F1", 60000, "2025-02-02"}});
  EXPECT_EQ(CodeOf(st), ErrorCode::kNotFound);
  EXPECT_EQ(Message(st), "row 1: unknown item \"F9\"");
}

TEST_F(BoundsTest, WriteOffsThatTogetherExceedTheOpenAmount) {
  // F2 (500.00): 300.00 on 06-30 fits; 250.00 on 06-01 leaves -50.00 from
  // 06-30.
  std::vector<std::string_view> items = {"F2", "F2"};
  std::vector<std::int64_t> amounts = {30000, 25000};
  std::vector<Date> dates = {Day("2025-06-30"), Day("2025-06-01")};
  absl::Status st = ledger_.AddWriteOffs({.item_ids = items, .amounts = amounts, .dates = dates});
  EXPECT_EQ(Message(st),
            "row 1: write-off of 250.00 EUR on 2025-06-01 takes more than is open: item \"F2\" "
            "would have an open amount of -50.00 EUR on 2025-06-30 (200.00 EUR open on that "
            "date before this row; amount 500.00 EUR)");
  EXPECT_EQ(Open("F2", "2025-12-31"), 50000);
}

TEST_F(BoundsTest, AFailedCallLeavesAgingAndBalancesAsTheyWere) {
  ASSERT_TRUE(Allocate({{"P1", "F1", 30000, "2025-02-01"}}).ok());
  const AgingOptions options{.as_of = Day("2025-03-31")};
  const absl::StatusOr<AgingReport> before = Age(ledger_, options);
  ASSERT_TRUE(before.ok());
  // Balance: open items 700 (F1) + 500 (F2) - 200 (A1), less unapplied cash
  // 500 (P1) + 1000 (P2) + 1000 (P3): -1500.00.
  ASSERT_EQ(ledger_.Balance("ACME", Day("2025-03-31"))->front().ToString(), "-1500.00 EUR");

  // P1 has 500.00 left: rows 0 and 1 fit, row 2 takes it to -100.00.
  EXPECT_EQ(Message(Allocate({{"P2", "F2", 50000, "2025-02-05"},
                              {"P1", "F1", 30000, "2025-02-03"},
                              {"P1", "F1", 30000, "2025-02-04"}})).substr(0, 6),
            "row 2:");
  EXPECT_EQ(ledger_.allocation_count(), 1u);
  EXPECT_EQ(Open("F1", "2025-12-31"), 70000);
  EXPECT_EQ(Open("F2", "2025-12-31"), 50000);
  EXPECT_EQ(ledger_.Unapplied("P1", Day("2025-12-31"))->ToString(), "500.00 EUR");
  EXPECT_EQ(ledger_.Unapplied("P2", Day("2025-12-31"))->ToString(), "1000.00 EUR");
  EXPECT_EQ(ledger_.Balance("ACME", Day("2025-03-31"))->front().ToString(), "-1500.00 EUR");
  const absl::StatusOr<AgingReport> after = Age(ledger_, options);
  ASSERT_TRUE(after.ok());
  EXPECT_TRUE(*before == *after);
  EXPECT_EQ(after->totals().front().balance, -150000);
  EXPECT_EQ(after->totals().front().unapplied, -270000);  // P1 500 + P2, P3 1000 + A1 200
  // The ledger still takes what fits, numbered from 1.
  EXPECT_TRUE(Allocate({{"P1", "F1", 50000, "2025-02-03"}}).ok());
  EXPECT_EQ(ledger_.allocation_count(), 2u);
  EXPECT_EQ(Open("F1", "2025-12-31"), 20000);
}

TEST_F(BoundsTest, HugeAmountsDoNotWrapAround) {
  // Four rows of 2^62 minor units sum to 2^64: in int64 arithmetic F1's and
  // P2's amounts wrapped back to 1000.00 and the batch was taken. Row 0
  // alone is already far beyond F1 (and P2): F1 is named.
  const std::int64_t huge = std::int64_t{1} << 62;  // 46116860184273879.04 EUR
  absl::Status st = Allocate({{"P2", "F1", huge, "2025-02-01"},
                              {"P2", "F1", huge, "2025-02-01"},
                              {"P2", "F1", huge, "2025-02-01"},
                              {"P2", "F1", huge, "2025-02-01"}});
  EXPECT_EQ(Message(st),
            "row 0: allocation of 46116860184273879.04 EUR on 2025-02-01 takes more than is "
            "open: item \"F1\" would have an open amount of -46116860184272879.04 EUR on "
            "2025-02-01 (1000.00 EUR open on that date before this row; amount 1000.00 EUR)");
  EXPECT_EQ(ledger_.allocation_count(), 0u);
}

// Random batches against the definition: the named row is the first k such
// that rows 0..k alone are refused.
TEST_F(BoundsTest, TheNamedRowIsTheFirstRefusedPrefix) {
  std::mt19937 rng(20250201);
  const std::vector<std::string_view> sources = {"P1", "P2", "P3", "A1"}, items = {"F1", "F2"};
  int refused = 0;
  for (int trial = 0; trial < 300; ++trial) {
    const std::size_t n = 2 + rng() % 7;
    std::vector<AllocationSource> kinds;
    std::vector<std::string_view> from, to;
    std::vector<std::int64_t> amounts;
    std::vector<Date> dates;
    for (std::size_t r = 0; r < n; ++r) {
      const std::size_t s = rng() % sources.size();
      kinds.push_back(s == 3 ? AllocationSource::kCreditNote : AllocationSource::kPayment);
      from.push_back(sources[s]);
      to.push_back(items[rng() % items.size()]);
      amounts.push_back(1 + static_cast<std::int64_t>(rng() % 40000));
      const auto day = static_cast<std::int32_t>(rng() % 20);
      dates.push_back(Date::FromDays(Day("2025-02-01").days() + day));
    }
    const auto prefix = [&](std::size_t k) {
      Ledger copy = ledger_;
      return copy
          .AddAllocations({.sources = absl::MakeSpan(kinds).first(k),
                           .source_ids = absl::MakeSpan(from).first(k),
                           .item_ids = absl::MakeSpan(to).first(k),
                           .amounts = absl::MakeSpan(amounts).first(k),
                           .dates = absl::MakeSpan(dates).first(k)})
          .status();
    };
    std::size_t expected = n;
    for (std::size_t k = 1; k <= n && expected == n; ++k) {
      if (!prefix(k).ok()) expected = k - 1;
    }
    const absl::Status all = prefix(n);
    if (expected == n) {
      EXPECT_TRUE(all.ok()) << all;
      continue;
    }
    ++refused;
    EXPECT_EQ(Message(all).substr(0, Message(all).find(':')), "row " + std::to_string(expected))
        << Message(all);
  }
  // The batches are sized so that both outcomes are common (209 refused).
  EXPECT_GT(refused, 100);
  EXPECT_LT(refused, 280);
}

}  // namespace
}  // namespace relance
