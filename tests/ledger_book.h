// A small ledger built row by row through the bulk API, for the ledger
// tests.

#ifndef RELANCE_TESTS_LEDGER_BOOK_H_
#define RELANCE_TESTS_LEDGER_BOOK_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "gtest/gtest.h"
#include "relance/ledger.h"
#include "test_support.h"

namespace relance::testing {

inline const Currency kEur = C("EUR");

// Customers ACME and BETA; one row per call.
class Book {
 public:
  Book() {
    std::vector<std::string_view> ids = {"ACME", "BETA"};
    std::vector<std::string_view> names = {"Acme SA", "Beta SARL"};
    EXPECT_TRUE(ledger.AddCustomers({.ids = ids, .names = names}).ok());
  }

  absl::Status Item(std::string_view id, std::string_view customer, std::string_view doc,
                    std::string_view due, std::int64_t amount,
                    ItemKind kind = ItemKind::kInvoice, Currency currency = kEur,
                    std::string_view reference = "") {
    std::vector<std::string_view> ids = {id}, customers = {customer}, refs = {reference};
    std::vector<Date> docs = {Day(doc)}, dues = {due.empty() ? kNoDate : Day(due)};
    std::vector<std::int64_t> amounts = {amount};
    std::vector<Currency> currencies = {currency};
    std::vector<ItemKind> kinds = {kind};
    return ledger.AddItems({.ids = ids, .customer_ids = customers, .kinds = kinds,
                            .document_dates = docs, .due_dates = dues, .amounts = amounts,
                            .currencies = currencies, .references = refs});
  }

  absl::Status Payment(std::string_view id, std::string_view customer, std::string_view date,
                       std::int64_t amount, Currency currency = kEur,
                       std::string_view reference = "") {
    std::vector<std::string_view> ids = {id}, customers = {customer}, refs = {reference};
    std::vector<Date> dates = {Day(date)};
    std::vector<std::int64_t> amounts = {amount};
    std::vector<Currency> currencies = {currency};
    return ledger.AddPayments({.ids = ids, .customer_ids = customers, .value_dates = dates,
                               .amounts = amounts, .currencies = currencies,
                               .references = refs});
  }

  absl::StatusOr<std::int64_t> Allocate(std::string_view source, std::string_view item,
                                        std::int64_t amount, std::string_view date,
                                        AllocationSource kind = AllocationSource::kPayment) {
    std::vector<AllocationSource> kinds = {kind};
    std::vector<std::string_view> sources = {source}, items = {item};
    std::vector<std::int64_t> amounts = {amount};
    std::vector<Date> dates = {Day(date)};
    return ledger.AddAllocations({.sources = kinds, .source_ids = sources, .item_ids = items,
                                  .amounts = amounts, .dates = dates});
  }

  std::int64_t Open(std::string_view item, std::string_view as_of) const {
    return static_cast<std::int64_t>(ledger.OpenAmount(item, Day(as_of))->minor_units());
  }
  std::int64_t Unapplied(std::string_view payment, std::string_view as_of) const {
    return static_cast<std::int64_t>(ledger.Unapplied(payment, Day(as_of))->minor_units());
  }
  std::int64_t Balance(std::string_view customer, std::string_view as_of) const {
    auto b = ledger.Balance(customer, Day(as_of));
    EXPECT_TRUE(b.ok());
    std::int64_t sum = 0;
    for (const Money& m : *b) sum += static_cast<std::int64_t>(m.minor_units());
    return sum;
  }

  Ledger ledger;
};

}  // namespace relance::testing

#endif  // RELANCE_TESTS_LEDGER_BOOK_H_
