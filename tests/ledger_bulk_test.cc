// Items added with their customers given by number (src/ledger_bulk.h, the
// open-items importer's call): the same ledger as Ledger::AddItems by id,
// the same checks and row errors, and a failed call changes nothing.

#include "ledger_bulk.h"

#include <string>
#include <string_view>
#include <vector>

#include "gtest/gtest.h"
#include "ledger_store.h"
#include "relance/ledger.h"
#include "test_support.h"

namespace relance {
namespace {

using ledger_internal::AddItemsOfCustomers;
using testing::C;
using testing::CodeOf;
using testing::Day;
using testing::Message;

// Three customers, and five items entered interleaved across customers and
// currencies, as columns.
struct Rows {
  std::vector<std::string_view> customer_ids = {"ACME", "BETA", "GAMMA"};
  std::vector<std::string_view> ids = {"F1", "F2", "F3", "F4", "A1"};
  std::vector<std::string_view> item_customer_ids = {"BETA", "ACME", "BETA", "ACME", "BETA"};
  std::vector<std::int32_t> item_customers = {1, 0, 1, 0, 1};
  std::vector<ItemKind> kinds = {ItemKind::kInvoice, ItemKind::kInvoice, ItemKind::kFee,
                                 ItemKind::kInvoice, ItemKind::kCreditNote};
  std::vector<Date> documents = {Day("2025-01-10"), Day("2025-01-11"), Day("2025-01-12"),
                                 Day("2025-01-13"), Day("2025-01-14")};
  std::vector<Date> dues = {Day("2025-02-09"), kNoDate, Day("2025-02-11"), Day("2025-02-12"),
                            Day("2025-01-14")};
  std::vector<std::int64_t> amounts = {10000, 20000, 500, 7000, -3000};
  std::vector<std::int64_t> opens = {10000, 5000, 500, 7000, -1000};
  std::vector<Currency> currencies = {C("EUR"), C("EUR"), C("USD"), C("EUR"), C("EUR")};

  ItemRows Items(bool by_id) const {
    return {.ids = ids,
            .customer_ids = by_id ? absl::Span<const std::string_view>(item_customer_ids)
                                  : absl::Span<const std::string_view>(),
            .kinds = kinds,
            .document_dates = documents,
            .due_dates = dues,
            .amounts = amounts,
            .currencies = currencies,
            .open_amounts = opens};
  }
};

Ledger WithCustomers(const Rows& rows) {
  Ledger ledger;
  EXPECT_TRUE(ledger.AddCustomers({.ids = rows.customer_ids}).ok());
  return ledger;
}

// What a failed call must leave as it was.
struct Snapshot {
  explicit Snapshot(const Ledger& ledger)
      : items(ledger.item_count()),
        accounts(ledger.store().account_customer.size()),
        events(ledger.store().events.size()),
        volume(ledger.store().volume) {}
  friend bool operator==(const Snapshot&, const Snapshot&) = default;
  std::size_t items, accounts, events;
  std::int64_t volume;
};

TEST(AddItemsOfCustomers, GivesTheLedgerAddItemsGives) {
  const Rows rows;
  Ledger by_id = WithCustomers(rows);
  Ledger by_number = WithCustomers(rows);
  ASSERT_TRUE(by_id.AddItems(rows.Items(true)).ok());
  ASSERT_TRUE(AddItemsOfCustomers(by_number, rows.Items(false), rows.item_customers).ok());
  const LedgerStore& a = by_id.store();
  const LedgerStore& b = by_number.store();
  // Stored by customer, then currency: ACME's F2, F4; BETA's EUR F1, A1,
  // then its USD F3. One run per account.
  for (const std::string_view id : {"F2", "F4", "F1", "A1", "F3"}) {
    EXPECT_EQ(b.item_ids.Find(id), a.item_ids.Find(id)) << id;
  }
  EXPECT_EQ(b.item_ids.Find("F2"), 0);
  EXPECT_EQ(b.item_ids.Find("F3"), 4);
  EXPECT_EQ(b.item_account, a.item_account);
  EXPECT_EQ(b.account_customer, (std::vector<std::int32_t>{0, 1, 1}));
  EXPECT_EQ(b.run_start, a.run_start);
  EXPECT_EQ(b.run_start.size(), 3u);
  EXPECT_EQ(b.item_open, a.item_open);
  EXPECT_EQ(b.item_due_date, a.item_due_date);
  EXPECT_EQ(b.volume, 10000 + 20000 + 500 + 7000 + 3000);
  EXPECT_EQ(by_number.OpenAmount("F2", Day("2025-01-11"))->ToString(), "50.00 EUR");
  EXPECT_EQ(by_number.OpenAmount("A1", Day("2025-12-31"))->ToString(), "-10.00 EUR");
  EXPECT_EQ(by_number.Balance("BETA", Day("2025-12-31"))->size(), 2u);
}

TEST(AddItemsOfCustomers, AnUnknownNumberIsNotFoundAndChangesNothing) {
  Rows rows;
  Ledger ledger = WithCustomers(rows);
  const Snapshot before(ledger);
  for (const std::int32_t bad : {-1, 3}) {
    rows.item_customers[3] = bad;
    const absl::Status st = AddItemsOfCustomers(ledger, rows.Items(false), rows.item_customers);
    EXPECT_EQ(CodeOf(st), ErrorCode::kNotFound);
    EXPECT_EQ(Message(st),
              "row 3: item \"F4\": unknown customer number " + std::to_string(bad));
    EXPECT_EQ(Snapshot(ledger), before);
    EXPECT_FALSE(ledger.HasItem("F1"));
  }
}

TEST(AddItemsOfCustomers, RowErrorsComeInRowOrder) {
  Rows rows;
  Ledger ledger = WithCustomers(rows);
  rows.item_customers[3] = 7;
  rows.opens[1] = 20001;  // outside [0, 200.00], before row 3
  const absl::Status st = AddItemsOfCustomers(ledger, rows.Items(false), rows.item_customers);
  EXPECT_EQ(CodeOf(st), ErrorCode::kInvalidArgument);
  EXPECT_EQ(Message(st),
            "row 1: item \"F2\": open amount 200.01 EUR is outside [0.00 EUR, 200.00 EUR]");
  EXPECT_EQ(ledger.item_count(), 0u);
}

TEST(AddItemsOfCustomers, ADuplicateIdAddsNothing) {
  Rows rows;
  Ledger ledger = WithCustomers(rows);
  rows.ids[0] = "A1";  // BETA's first item and its credit note share an id
  const Snapshot before(ledger);
  const absl::Status st = AddItemsOfCustomers(ledger, rows.Items(false), rows.item_customers);
  EXPECT_EQ(CodeOf(st), ErrorCode::kAlreadyExists);
  EXPECT_EQ(Message(st), "row 4: item \"A1\" already exists");
  EXPECT_EQ(Snapshot(ledger), before);
  EXPECT_FALSE(ledger.HasItem("A1"));
  EXPECT_FALSE(ledger.HasItem("F2"));
  // Nothing was left behind: the corrected rows go in.
  rows.ids[0] = "F1";
  EXPECT_TRUE(AddItemsOfCustomers(ledger, rows.Items(false), rows.item_customers).ok());
  EXPECT_EQ(ledger.item_count(), 5u);
}

TEST(AddItemsOfCustomers, ColumnsMustFit) {
  Rows rows;
  Ledger ledger = WithCustomers(rows);
  EXPECT_EQ(Message(AddItemsOfCustomers(ledger, rows.Items(true), rows.item_customers)),
            "customer_ids must be empty: the customers are given by number");
  rows.item_customers.pop_back();
  const absl::Status st = AddItemsOfCustomers(ledger, rows.Items(false), rows.item_customers);
  EXPECT_EQ(CodeOf(st), ErrorCode::kInvalidArgument);
  EXPECT_EQ(Message(st), "column customers has 4 entries; expected 5");
  EXPECT_EQ(ledger.item_count(), 0u);
}

}  // namespace
}  // namespace relance
