// The hand-written aging kernel (reference_aging.h).

#include "reference_aging.h"

#include <algorithm>

namespace relance::bench {

BookAccounts NumberAccounts(const OpenItemColumns& book) {
  BookAccounts accounts;
  accounts.item_account.resize(book.size());
  // Rows are clustered by customer: an account is new when its customer is
  // new, or when the customer's other currency shows up for the first time.
  std::int32_t customer = -1;
  std::int32_t first_account = 0;  // the current customer's first account
  for (std::size_t i = 0; i < book.size(); ++i) {
    if (book.customer[i] != customer) {
      customer = book.customer[i];
      first_account = static_cast<std::int32_t>(accounts.account_currency.size());
    }
    std::int32_t account = first_account;
    const auto end = static_cast<std::int32_t>(accounts.account_currency.size());
    while (account < end &&
           accounts.account_currency[static_cast<std::size_t>(account)] != book.currency[i]) {
      ++account;
    }
    if (account == end) accounts.account_currency.push_back(book.currency[i]);
    accounts.item_account[i] = account;
  }
  return accounts;
}

void ReferenceAging(const OpenItemColumns& book, const BookAccounts& accounts, std::int32_t as_of,
                    absl::Span<const std::int32_t> bounds, ReferenceReport& report) {
  const std::size_t ages = bounds.size() + 2;
  const std::size_t width = ages + 4;
  report.width = width;
  report.values.assign(accounts.account_currency.size() * width, 0);
  // The age column of each number of days late, 0 .. last bound + 1.
  const std::int32_t cap = (bounds.empty() ? 0 : bounds.back()) + 1;
  std::vector<std::uint8_t> column_of(static_cast<std::size_t>(cap) + 1);
  for (std::int32_t days = 0; days <= cap; ++days) {
    std::size_t column = days > 0;
    for (const std::int32_t bound : bounds) column += days > bound;
    column_of[static_cast<std::size_t>(days)] = static_cast<std::uint8_t>(column);
  }
  // Branch-free on the item data (conditional moves): branches on dates and
  // amounts mispredict and would cost more than the rest of the loop.
  const std::size_t n = book.size();
  for (std::size_t i = 0; i < n; ++i) {
    const std::int32_t document = book.document_date[i];
    const std::int32_t due = book.due_date[i];
    std::int64_t open = book.open_amount[i];
    open = document > as_of ? 0 : open;
    const std::int64_t disputed = open > 0 ? std::min(book.disputed_amount[i], open) : 0;
    std::int32_t days = as_of - (due == INT32_MIN ? document : due);
    days = days < 0 ? 0 : days;
    days = days > cap ? cap : days;
    const std::size_t column = open < 0 ? ages + 1 : column_of[static_cast<std::size_t>(days)];
    std::int64_t* row =
        report.values.data() + static_cast<std::size_t>(accounts.item_account[i]) * width;
    row[column] += open - disputed;
    row[ages] += disputed;
    row[ages + 2] += open;
    row[ages + 3] += open != 0;
  }
}

ReferenceReport ReferenceTotals(const ReferenceReport& rows, const BookAccounts& accounts) {
  ReferenceReport totals{rows.width, std::vector<std::int64_t>(kBookCurrencyCount * rows.width)};
  for (std::size_t a = 0; a < accounts.account_currency.size(); ++a) {
    std::int64_t* total = totals.values.data() + accounts.account_currency[a] * rows.width;
    const absl::Span<const std::int64_t> row = rows.row(a);
    for (std::size_t k = 0; k < rows.width; ++k) total[k] += row[k];
  }
  return totals;
}

}  // namespace relance::bench
