// Seeded random books for the KPI property tests (kpi_property_test.cc),
// with the facts the generator recorded: items of every kind (some without
// a due date, some imported part-settled), payments, allocations from
// payments and credit notes (some reversed), write-offs and disputes, in
// EUR and JPY (a zero-decimal currency), dated through 2024. Facts the ledger
// refuses (an allocation beyond what is open at some later date) are simply
// not recorded.

#ifndef RELANCE_TESTS_KPI_RANDOM_BOOK_H_
#define RELANCE_TESTS_KPI_RANDOM_BOOK_H_

#include <algorithm>
#include <cstdint>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "gtest/gtest.h"
#include "relance/ledger.h"
#include "test_support.h"

namespace relance::testing {

struct BookItem {
  std::string id;
  std::string customer;
  ItemKind kind;
  Date document;
  Date due;  // kNoDate: none
  std::int64_t amount;
  std::int64_t open_at_import;
  Currency currency;
  Date Basis() const { return due == kNoDate ? document : due; }
};

struct BookPayment {
  std::string id;
  std::string customer;
  Date date;
  std::int64_t amount;
  Currency currency;
};

struct BookWriteOff {
  std::string item;
  std::int64_t amount;
  Date date;
};

struct Book {
  Ledger ledger;
  std::vector<std::string> customers;
  std::vector<BookItem> items;
  std::vector<BookPayment> payments;
  std::vector<BookWriteOff> write_offs;
};

// The age column (default bounds 30, 60, 90, 120) of item i on day d.
inline int AgeColumn(const BookItem& i, Date d) {
  const std::int32_t late = DaysBetween(i.Basis(), d);
  if (late <= 0) return 0;
  int column = 1;
  for (std::int32_t bound : {30, 60, 90, 120}) {
    if (late <= bound) return column;
    ++column;
  }
  return column;
}

namespace random_book_internal {

inline std::int64_t Between(std::mt19937& rng, std::int64_t low, std::int64_t high) {
  return std::uniform_int_distribution<std::int64_t>(low, high)(rng);
}

inline void AddItems(Book& b, std::mt19937& rng) {
  const Date base = Day("2024-01-01");
  const ItemKind debit_kinds[] = {ItemKind::kInvoice, ItemKind::kInvoice, ItemKind::kInstallment,
                                  ItemKind::kDebitNote, ItemKind::kFee, ItemKind::kInterest};
  for (int n = 0; n < 70; ++n) {
    BookItem i{"I" + std::to_string(n), b.customers[static_cast<std::size_t>(Between(rng, 0, 9))],
               ItemKind::kInvoice, AddDays(base, static_cast<std::int32_t>(Between(rng, 0, 330))),
               kNoDate, Between(rng, 100, 500000), 0, C(Between(rng, 0, 3) ? "EUR" : "JPY")};
    const bool credit = Between(rng, 0, 7) == 0;
    i.kind = credit ? ItemKind::kCreditNote : debit_kinds[Between(rng, 0, 5)];
    if (credit) i.amount = -i.amount;
    if (Between(rng, 0, 6) > 0) {
      i.due = AddDays(i.document, static_cast<std::int32_t>(30 * Between(rng, 0, 3)));
    }
    i.open_at_import = i.amount;
    if (Between(rng, 0, 9) == 0) {
      i.open_at_import = credit ? Between(rng, i.amount, 0) : Between(rng, 0, i.amount);
    }
    b.items.push_back(i);
  }
  // Two bulk calls, so that an account's items are in more than one run.
  for (std::size_t half = 0; half < 2; ++half) {
    std::vector<std::string_view> ids, owners;
    std::vector<ItemKind> kinds;
    std::vector<Date> documents, dues;
    std::vector<std::int64_t> amounts, open;
    std::vector<Currency> currencies;
    for (std::size_t k = half * 35; k < half * 35 + 35; ++k) {
      const BookItem& i = b.items[k];
      ids.push_back(i.id);
      owners.push_back(i.customer);
      kinds.push_back(i.kind);
      documents.push_back(i.document);
      dues.push_back(i.due);
      amounts.push_back(i.amount);
      open.push_back(i.open_at_import);
      currencies.push_back(i.currency);
    }
    EXPECT_TRUE(b.ledger.AddItems({.ids = ids, .customer_ids = owners, .kinds = kinds,
                                   .document_dates = documents, .due_dates = dues,
                                   .amounts = amounts, .currencies = currencies,
                                   .open_amounts = open}).ok());
  }
}

inline void AddPayments(Book& b, std::mt19937& rng) {
  for (int n = 0; n < 40; ++n) {
    BookPayment p{"P" + std::to_string(n), b.customers[static_cast<std::size_t>(Between(rng, 0, 9))],
                  AddDays(Day("2024-01-15"), static_cast<std::int32_t>(Between(rng, 0, 330))),
                  Between(rng, 100, 400000), C(Between(rng, 0, 3) ? "EUR" : "JPY")};
    std::vector<std::string_view> id = {p.id}, owner = {p.customer};
    std::vector<Date> date = {p.date};
    std::vector<std::int64_t> amount = {p.amount};
    std::vector<Currency> currency = {p.currency};
    EXPECT_TRUE(b.ledger.AddPayments({.ids = id, .customer_ids = owner, .value_dates = date,
                                      .amounts = amount, .currencies = currency}).ok());
    b.payments.push_back(p);
  }
}

// Allocations from payments and credit notes, reversals and write-offs,
// each tried once; those the ledger refuses are dropped.
inline void AddMatching(Book& b, std::mt19937& rng) {
  const Date far = Day("2030-01-01");
  for (int n = 0; n < 150; ++n) {
    const bool from_payment = Between(rng, 0, 3) > 0;
    std::string source, customer;
    Date source_date;
    Currency currency = C("EUR");
    std::int64_t available = 0;
    if (from_payment) {
      const BookPayment& p = b.payments[static_cast<std::size_t>(Between(rng, 0, 39))];
      source = p.id;
      customer = p.customer;
      source_date = p.date;
      currency = p.currency;
      available = static_cast<std::int64_t>(b.ledger.Unapplied(p.id, far)->minor_units());
    } else {
      const BookItem& note = b.items[static_cast<std::size_t>(Between(rng, 0, 69))];
      if (note.amount > 0) continue;
      source = note.id;
      customer = note.customer;
      source_date = note.document;
      currency = note.currency;
      available = -static_cast<std::int64_t>(b.ledger.OpenAmount(note.id, far)->minor_units());
    }
    std::vector<const BookItem*> targets;
    for (const BookItem& i : b.items) {
      if (i.amount > 0 && i.customer == customer && i.currency == currency) targets.push_back(&i);
    }
    if (targets.empty()) continue;
    const BookItem& target =
        *targets[static_cast<std::size_t>(Between(rng, 0, static_cast<std::int64_t>(targets.size()) - 1))];
    const std::int64_t open =
        static_cast<std::int64_t>(b.ledger.OpenAmount(target.id, far)->minor_units());
    const std::int64_t cap = std::min(open, available);
    if (cap <= 0) continue;
    std::vector<AllocationSource> kind = {from_payment ? AllocationSource::kPayment
                                                       : AllocationSource::kCreditNote};
    std::vector<std::string_view> from = {source}, to = {target.id};
    std::vector<std::int64_t> amount = {Between(rng, 0, 2) ? cap : Between(rng, 1, cap)};
    std::vector<Date> on = {AddDays(std::max(source_date, target.document),
                                    static_cast<std::int32_t>(Between(rng, 0, 45)))};
    absl::StatusOr<std::int64_t> index = b.ledger.AddAllocations(
        {.sources = kind, .source_ids = from, .item_ids = to, .amounts = amount, .dates = on});
    if (index.ok() && Between(rng, 0, 6) == 0) {
      (void)b.ledger.ReverseAllocation(*index,
                                       AddDays(on[0], static_cast<std::int32_t>(Between(rng, 0, 40))));
    }
  }
  for (int n = 0; n < 10; ++n) {
    const BookItem& i = b.items[static_cast<std::size_t>(Between(rng, 0, 69))];
    const std::int64_t open = static_cast<std::int64_t>(b.ledger.OpenAmount(i.id, far)->minor_units());
    if (i.amount < 0 || open <= 0) continue;
    BookWriteOff w{i.id, Between(rng, 1, open),
                   AddDays(i.document, static_cast<std::int32_t>(Between(rng, 0, 200)))};
    std::vector<std::string_view> item = {w.item};
    std::vector<std::int64_t> amount = {w.amount};
    std::vector<Date> date = {w.date};
    if (b.ledger.AddWriteOffs({.item_ids = item, .amounts = amount, .dates = date}).ok()) {
      b.write_offs.push_back(w);
    }
  }
}

inline void AddDisputes(Book& b, std::mt19937& rng) {
  for (int n = 0; n < 8; ++n) {
    const BookItem& i = b.items[static_cast<std::size_t>(Between(rng, 0, 69))];
    if (i.amount < 0) continue;
    const Date raised = AddDays(i.document, static_cast<std::int32_t>(Between(rng, 0, 60)));
    std::vector<std::string_view> item = {i.id};
    std::vector<std::int64_t> amount = {Between(rng, 1, i.amount)};
    std::vector<Date> on = {raised};
    std::vector<Date> cleared = {Between(rng, 0, 1) ? kNoDate
                                 : AddDays(raised, static_cast<std::int32_t>(Between(rng, 1, 60)))};
    EXPECT_TRUE(b.ledger.AddDisputes({.item_ids = item, .amounts = amount, .raised = on,
                                      .cleared = cleared}).ok());
  }
}

}  // namespace random_book_internal

inline Book RandomBook(std::uint32_t seed) {
  std::mt19937 rng(seed);
  Book b;
  for (int c = 0; c < 10; ++c) b.customers.push_back("K" + std::to_string(c));
  std::vector<std::string_view> ids(b.customers.begin(), b.customers.end());
  EXPECT_TRUE(b.ledger.AddCustomers({.ids = ids}).ok());
  random_book_internal::AddItems(b, rng);
  random_book_internal::AddPayments(b, rng);
  random_book_internal::AddMatching(b, rng);
  random_book_internal::AddDisputes(b, rng);
  return b;
}

}  // namespace relance::testing

#endif  // RELANCE_TESTS_KPI_RANDOM_BOOK_H_
