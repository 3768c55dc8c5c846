// The aging pass's machinery (aging.cc, aging_changes.cc, aging_report.cc):
// report storage lent from one report to the next, accounts stored as one
// run, totals computed on first read, the cached changes of dates after the
// latest fact, and the sort of the changes of a past date.

#include <algorithm>
#include <cstdint>
#include <map>
#include <optional>
#include <random>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "aging_changes.h"
#include "aging_table.h"
#include "gtest/gtest.h"
#include "ledger_store.h"
#include "relance/aging.h"
#include "relance/ledger.h"
#include "test_support.h"

namespace relance {
namespace {

using testing::C;
using testing::CodeOf;
using testing::Day;
using testing::SumByCurrency;
using testing::Table;
using testing::ToTable;
using testing::TotalsOf;

// A small two-currency book: customers C0..C{n-1}, each with items in EUR
// and JPY entered interleaved, some credit notes and one unapplied payment.
Ledger TwoCurrencyBook(int n) {
  Ledger ledger;
  std::vector<std::string> customers, ids;
  for (int c = 0; c < n; ++c) customers.push_back("C" + std::to_string(c));
  std::vector<std::string_view> cv(customers.begin(), customers.end());
  EXPECT_TRUE(ledger.AddCustomers({.ids = cv}).ok());
  std::vector<std::string_view> owner;
  std::vector<Date> doc;
  std::vector<std::int64_t> amount;
  std::vector<Currency> currency;
  std::vector<ItemKind> kind;
  for (int i = 0; i < 8 * n; ++i) ids.push_back("I" + std::to_string(i));
  for (int i = 0; i < 8 * n; ++i) {
    owner.push_back(cv[static_cast<std::size_t>(i % n)]);
    doc.push_back(Date::FromDays(Day("2025-01-01").days() + 13 * i % 170));
    kind.push_back(i % 7 == 3 ? ItemKind::kCreditNote : ItemKind::kInvoice);
    amount.push_back((i % 7 == 3 ? -1 : 1) * (1000 + 37 * i));
    currency.push_back(C((i / n) % 2 == 0 ? "EUR" : "JPY"));
  }
  std::vector<std::string_view> iv(ids.begin(), ids.end());
  EXPECT_TRUE(ledger.AddItems({.ids = iv, .customer_ids = owner, .kinds = kind,
                               .document_dates = doc, .amounts = amount, .currencies = currency})
                  .ok());
  return ledger;
}

TEST(Aging, ReusesStorageAcrossReports) {
  // Reports hand their storage back to the ledger, which lends it to the
  // next report: of other widths too, while earlier reports are alive.
  const Ledger ledger = TwoCurrencyBook(40);
  const AgingOptions wide{.as_of = Day("2025-07-01")};
  const AgingOptions narrow{.as_of = Day("2025-07-01"), .bounds = {45}};
  const Table wide_rows = ToTable(*Age(ledger, wide));
  const Table narrow_rows = ToTable(*Age(ledger, narrow));
  ASSERT_EQ(wide_rows.size(), 80u);
  std::optional<AgingReport> kept = *Age(ledger, narrow);
  for (int k = 0; k < 4; ++k) {
    AgingReport w = *Age(ledger, wide);
    AgingReport copy = w;  // shares w's storage
    EXPECT_EQ(ToTable(copy), wide_rows);
    EXPECT_EQ(ToTable(*Age(ledger, narrow)), narrow_rows);
    EXPECT_EQ(ToTable(*kept), narrow_rows);
    EXPECT_EQ(TotalsOf(w), SumByCurrency(wide_rows));
  }
  kept.reset();
  EXPECT_EQ(ToTable(*Age(ledger, wide)), wide_rows);
}

TEST(Aging, AnAccountIsOneRunEvenWhenEnteredInterleaved) {
  // Items of a customer in two currencies, entered alternately, are stored
  // grouped by account: one run each, which the aging pass relies on to
  // visit every account once.
  const Ledger ledger = TwoCurrencyBook(5);
  const LedgerStore& s = ledger.store();
  EXPECT_EQ(s.run_start.size(), s.account_customer.size());
  EXPECT_EQ(Age(ledger, {.as_of = Day("2025-07-01")})->row_count(), 10u);
}

TEST(Aging, FailedAddItemsLeavesNoNewCurrency) {
  Ledger ledger = TwoCurrencyBook(2);
  const std::vector<Currency> before = ledger.store().currencies;
  std::vector<std::string_view> ids = {"NEW", "I0"};  // I0: a duplicate
  std::vector<std::string_view> owner = {"C0", "C1"};
  std::vector<Date> doc(2, Day("2025-03-01"));
  std::vector<std::int64_t> amount = {100, 200};
  std::vector<Currency> currency = {C("CHF"), C("CHF")};
  EXPECT_EQ(CodeOf(ledger.AddItems({.ids = ids, .customer_ids = owner, .document_dates = doc,
                                    .amounts = amount, .currencies = currency})),
            ErrorCode::kAlreadyExists);
  EXPECT_EQ(ledger.store().currencies, before);
  EXPECT_EQ(ledger.store().account_currency_slot.size(), ledger.store().account_customer.size());
  ids = {"NEW"};
  owner = {"C0"};
  doc.pop_back();
  amount.pop_back();
  currency.pop_back();
  ASSERT_TRUE(ledger.AddItems({.ids = ids, .customer_ids = owner, .document_dates = doc,
                               .amounts = amount, .currencies = currency})
                  .ok());
  const AgingReport report = *Age(ledger, {.as_of = Day("2025-07-01")});
  ASSERT_EQ(report.totals().size(), 3u);
  EXPECT_EQ(report.totals()[0].currency.code(), "CHF");
  EXPECT_EQ(report.totals()[0].balance, 100);
}

TEST(Aging, TotalsAreComputedOnceForManyReaders) {
  const Ledger ledger = TwoCurrencyBook(200);
  const AgingReport report = *Age(ledger, {.as_of = Day("2025-07-01")});
  const Table expected = SumByCurrency(ToTable(report));
  std::vector<std::thread> readers;
  std::vector<Table> seen(4);
  for (std::size_t t = 0; t < seen.size(); ++t) {
    readers.emplace_back([&report, &seen, t] { seen[t] = TotalsOf(report); });
  }
  for (std::thread& r : readers) r.join();
  for (const Table& t : seen) EXPECT_EQ(t, expected);
}

TEST(Aging, DatesAfterTheLatestFactFollowMutations) {
  // The changes seen as of any date after the latest fact are built once
  // and kept; every mutation must drop them.
  Ledger ledger = TwoCurrencyBook(3);
  const AgingOptions later{.as_of = Day("2030-01-01")};
  const Table before = ToTable(*Age(ledger, later));
  std::vector<std::string_view> item = {"I0"};
  std::vector<std::int64_t> amount = {400};
  std::vector<Date> raised = {Day("2025-08-01")};
  ASSERT_TRUE(ledger.AddDisputes({.item_ids = item, .amounts = amount, .raised = raised}).ok());
  const Table disputed = ToTable(*Age(ledger, later));
  EXPECT_NE(disputed, before);
  EXPECT_EQ(disputed.at({"C0", "EUR"})[6], 400);  // the disputed column
  // A later dispute of the item, raised and cleared: none open after it.
  raised = {Day("2025-09-01")};
  std::vector<Date> cleared = {Day("2025-10-01")};
  ASSERT_TRUE(
      ledger.AddDisputes({.item_ids = item, .amounts = amount, .raised = raised, .cleared = cleared})
          .ok());
  EXPECT_EQ(ToTable(*Age(ledger, later)), before);
  EXPECT_EQ(ToTable(*Age(ledger, {.as_of = Day("2025-08-15")})).at({"C0", "EUR"})[6], 400);
}

TEST(Aging, DatesAtTheEndsOfTheRange) {
  // Every int32 is a date: days late are computed without overflow.
  Ledger ledger;
  std::vector<std::string_view> c = {"C"};
  ASSERT_TRUE(ledger.AddCustomers({.ids = c}).ok());
  std::vector<std::string_view> ids = {"EARLY", "LATE"}, owner = {"C", "C"};
  std::vector<Date> doc = {Date::FromDays(INT32_MIN + 1), Date::FromDays(INT32_MAX)};
  std::vector<std::int64_t> amount = {100, 200};
  std::vector<Currency> currency = {C("EUR"), C("EUR")};
  ASSERT_TRUE(ledger.AddItems({.ids = ids, .customer_ids = owner, .document_dates = doc,
                               .amounts = amount, .currencies = currency})
                  .ok());
  const Table last = ToTable(*Age(ledger, {.as_of = Date::FromDays(INT32_MAX)}));
  EXPECT_EQ(last.at({"C", "EUR"}), (std::vector<std::int64_t>{200, 0, 0, 0, 0, 100, 0, 0, 300, 2}));
  const Table first = ToTable(*Age(ledger, {.as_of = Date::FromDays(INT32_MIN + 1)}));
  EXPECT_EQ(first.at({"C", "EUR"}), (std::vector<std::int64_t>{100, 0, 0, 0, 0, 0, 0, 0, 100, 1}));
}

TEST(CompactChanges, SortsAndAddsUpLikeAMap) {
  // Indexes of every width the radix sort may meet: one to four digits.
  std::mt19937_64 rng(7);
  for (std::int64_t largest : {std::int64_t{200}, std::int64_t{60000}, std::int64_t{10000000},
                               std::int64_t{INT32_MAX}}) {
    for (std::size_t n : {std::size_t{0}, std::size_t{1}, std::size_t{5000}}) {
      std::vector<std::pair<std::int32_t, std::int64_t>> changes;
      std::map<std::int32_t, std::int64_t> expected;
      for (std::size_t k = 0; k < n; ++k) {
        // Half the indexes from a small set, so that many repeat.
        const auto index = static_cast<std::int32_t>(
            k % 2 == 0 ? rng() % static_cast<std::uint64_t>(largest + 1)
                       : static_cast<std::uint64_t>(largest) - rng() % 7);
        const auto amount = static_cast<std::int64_t>(rng() % 2001) - 1000;
        changes.emplace_back(index, amount);
        expected[index] += amount;
      }
      if (n > 0) changes.emplace_back(static_cast<std::int32_t>(largest), 1);
      if (n > 0) expected[static_cast<std::int32_t>(largest)] += 1;
      CompactChanges(changes);
      const std::vector<std::pair<std::int32_t, std::int64_t>> want(expected.begin(),
                                                                    expected.end());
      EXPECT_EQ(changes, want) << "largest " << largest << ", " << n << " changes";
    }
  }
}

}  // namespace
}  // namespace relance
