// Generated books into a Ledger (book_ledger.h).

#include "book_ledger.h"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <utility>

#include "absl/status/status.h"

namespace relance::bench {
namespace {

// Host ids back to back in one string, with views into it.
struct IdColumn {
  std::string chars;
  std::vector<std::string_view> views;
};

void AppendPaymentId(std::int64_t payment, std::string& out) {
  out.append("PAY-");
  const std::string digits = std::to_string(payment + 1);
  if (digits.size() < 8) out.append(8 - digits.size(), '0');
  out.append(digits);
}

template <typename Append>
IdColumn MakeIds(std::int64_t count, Append append) {
  IdColumn column;
  std::vector<std::size_t> ends;
  ends.reserve(static_cast<std::size_t>(count));
  for (std::int64_t i = 0; i < count; ++i) {
    append(i, column.chars);
    ends.push_back(column.chars.size());
  }
  column.views.reserve(ends.size());
  std::size_t begin = 0;
  for (const std::size_t end : ends) {
    column.views.emplace_back(column.chars.data() + begin, end - begin);
    begin = end;
  }
  return column;
}

Currency BookCurrency(std::uint8_t index) {
  static const std::vector<Currency> currencies = [] {
    std::vector<Currency> out;
    for (const std::string_view code : kBookCurrencyCodes) out.push_back(*Currency::Lookup(code));
    return out;
  }();
  return currencies[index];
}

// Customers, then the items (with open amounts when `open_items`), then the
// disputes. The item ids are returned for the history.
absl::StatusOr<IdColumn> AddBook(Ledger& ledger, const OpenItemColumns& book, bool open_items) {
  const IdColumn customers = MakeIds(book.customers, AppendCustomerId);
  if (absl::Status s = ledger.AddCustomers({.ids = customers.views}); !s.ok()) return s;

  const std::size_t n = book.size();
  IdColumn items = MakeIds(static_cast<std::int64_t>(n), AppendItemId);
  std::vector<std::string_view> item_customers(n);
  std::vector<Date> document_dates(n);
  std::vector<Date> due_dates(n);
  std::vector<Currency> currencies(n, BookCurrency(0));
  std::vector<ItemKind> kinds(n, ItemKind::kInvoice);
  for (std::size_t i = 0; i < n; ++i) {
    item_customers[i] = customers.views[static_cast<std::size_t>(book.customer[i])];
    if (book.amount[i] < 0) kinds[i] = ItemKind::kCreditNote;
    document_dates[i] = Date::FromDays(book.document_date[i]);
    due_dates[i] = Date::FromDays(book.due_date[i]);  // INT32_MIN is kNoDate
    currencies[i] = BookCurrency(book.currency[i]);
  }
  const ItemRows rows{.ids = items.views,
                      .customer_ids = item_customers,
                      .kinds = kinds,
                      .document_dates = document_dates,
                      .due_dates = due_dates,
                      .amounts = book.amount,
                      .currencies = currencies,
                      .open_amounts = open_items ? absl::MakeConstSpan(book.open_amount)
                                                 : absl::Span<const std::int64_t>()};
  if (absl::Status s = ledger.AddItems(rows); !s.ok()) return s;

  std::vector<std::string_view> disputed_items;
  std::vector<std::int64_t> disputed_amounts;
  std::vector<Date> raised;
  for (std::size_t i = 0; i < n; ++i) {
    if (book.disputed_amount[i] == 0) continue;
    disputed_items.push_back(items.views[i]);
    disputed_amounts.push_back(book.disputed_amount[i]);
    raised.push_back(document_dates[i]);
  }
  if (absl::Status s = ledger.AddDisputes(
          {.item_ids = disputed_items, .amounts = disputed_amounts, .raised = raised});
      !s.ok()) {
    return s;
  }
  return items;
}

// The allocated and the paid amounts for a settled item of `amount`.
std::pair<std::int64_t, std::int64_t> DrawPayment(Xoshiro256& rng, std::int64_t amount,
                                                  const HistorySpec& history) {
  std::int64_t allocated = amount;
  if (rng.PerMille(250)) allocated = std::max<std::int64_t>(1, amount * rng.Between(5, 95) / 100);
  std::int64_t paid = allocated;
  if (rng.PerMille(history.overpaid_per_mille)) paid += 1 + allocated / 10;
  return {allocated, paid};
}

}  // namespace

absl::StatusOr<Ledger> LoadOpenItems(const OpenItemColumns& book) {
  Ledger ledger;
  absl::StatusOr<IdColumn> items = AddBook(ledger, book, /*open_items=*/true);
  if (!items.ok()) return items.status();
  return ledger;
}

absl::StatusOr<Ledger> LoadWithHistory(const OpenItemColumns& book, const HistorySpec& history,
                                       HistoryCounts* counts) {
  Ledger ledger;
  absl::StatusOr<IdColumn> items = AddBook(ledger, book, /*open_items=*/false);
  if (!items.ok()) return items.status();

  // Selection sampling (Knuth's algorithm S): exactly `allocations` debit
  // items, spread over the book.
  const std::size_t n = book.size();
  std::int64_t debit_left = 0;
  for (const std::int64_t amount : book.amount) debit_left += amount > 0 ? 1 : 0;
  std::int64_t wanted = std::min(history.allocations, debit_left);
  Xoshiro256 rng(history.seed);
  std::vector<std::size_t> settled;
  settled.reserve(static_cast<std::size_t>(wanted));
  for (std::size_t i = 0; i < n && wanted > 0; ++i) {
    if (book.amount[i] <= 0) continue;
    if (static_cast<std::int64_t>(rng.Below(static_cast<std::uint64_t>(debit_left))) < wanted) {
      settled.push_back(i);
      --wanted;
    }
    --debit_left;
  }

  const IdColumn payment_ids = MakeIds(static_cast<std::int64_t>(settled.size()), AppendPaymentId);
  const IdColumn customers = MakeIds(book.customers, AppendCustomerId);
  const std::size_t m = settled.size();
  std::vector<std::string_view> payment_customers(m), allocated_items(m);
  std::vector<Date> dates(m);
  std::vector<std::int64_t> paid(m), allocated(m);
  std::vector<Currency> currencies(m, BookCurrency(0));
  for (std::size_t k = 0; k < m; ++k) {
    const std::size_t i = settled[k];
    payment_customers[k] = customers.views[static_cast<std::size_t>(book.customer[i])];
    allocated_items[k] = items->views[i];
    dates[k] = Date::FromDays(std::min<std::int32_t>(
        history.as_of.days(), book.document_date[i] + static_cast<std::int32_t>(rng.Below(90))));
    std::tie(allocated[k], paid[k]) = DrawPayment(rng, book.amount[i], history);
    currencies[k] = BookCurrency(book.currency[i]);
  }
  if (absl::Status s = ledger.AddPayments({.ids = payment_ids.views,
                                           .customer_ids = payment_customers,
                                           .value_dates = dates,
                                           .amounts = paid,
                                           .currencies = currencies});
      !s.ok()) {
    return s;
  }
  absl::StatusOr<std::int64_t> first = ledger.AddAllocations({.source_ids = payment_ids.views,
                                                              .item_ids = allocated_items,
                                                              .amounts = allocated,
                                                              .dates = dates});
  if (!first.ok()) return first.status();

  std::int64_t reversals = 0;
  for (std::size_t k = 0; k < m; ++k) {
    if (!rng.PerMille(history.reversal_per_mille)) continue;
    const Date date = Date::FromDays(std::min(
        history.as_of.days(), dates[k].days() + 1 + static_cast<std::int32_t>(rng.Below(30))));
    if (absl::Status s = ledger.ReverseAllocation(*first + static_cast<std::int64_t>(k), date);
        !s.ok()) {
      return s;
    }
    ++reversals;
  }
  if (counts != nullptr)
    *counts = {static_cast<std::int64_t>(m), static_cast<std::int64_t>(m), reversals};
  return ledger;
}

ProcessMemory ReadProcessMemory() {
  ProcessMemory memory;
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line)) {
    long long kb = 0;
    if (std::sscanf(line.c_str(), "VmRSS: %lld kB", &kb) == 1) memory.rss = kb * 1024;
    if (std::sscanf(line.c_str(), "VmHWM: %lld kB", &kb) == 1) memory.peak = kb * 1024;
  }
  return memory;
}

namespace {

// The values of a row in column order: ages, disputed, unapplied, balance,
// items.
std::vector<std::int64_t> RowValues(const AgingRow& row) {
  std::vector<std::int64_t> values(row.ages.begin(), row.ages.end());
  values.insert(values.end(), {row.disputed, row.unapplied, row.balance, row.items});
  return values;
}

std::vector<std::string> ValueNames(const AgingReport& report) {
  std::vector<std::string> names = AgingColumnNames(report.options().bounds);
  names.insert(names.end(), {"disputed", "unapplied", "balance", "items"});
  return names;
}

}  // namespace

std::string AgingTotalsJson(const AgingReport& report) {
  const std::vector<std::string> names = ValueNames(report);
  std::string json = "[";
  for (const AgingRow& total : report.totals()) {
    if (json.size() > 1) json += ", ";
    json += "{\"currency\": \"";
    json += total.currency.code();
    json += "\"";
    const std::vector<std::int64_t> values = RowValues(total);
    for (std::size_t i = 0; i < values.size(); ++i) {
      json += ", \"";
      json += names[i];
      json += "\": ";
      json += std::to_string(values[i]);
    }
    json += "}";
  }
  return json + "]";
}

absl::Status WriteAgingRows(const AgingReport& report, const std::string& path) {
  std::FILE* file = std::fopen(path.c_str(), "wb");
  if (file == nullptr) return absl::InternalError(std::string("cannot write ") + path);
  std::string text = "customer_id,currency";
  for (const std::string& name : ValueNames(report)) {
    text += ',';
    text += name;
  }
  text += "\n";
  for (const std::size_t i : report.SortedRowOrder()) {
    const AgingRow row = report.row(i);
    text += row.customer_id;
    text += ",";
    text += row.currency.code();
    for (const std::int64_t value : RowValues(row)) {
      text += ',';
      text += std::to_string(value);
    }
    text += "\n";
    if (text.size() > (1 << 20)) {
      std::fwrite(text.data(), 1, text.size(), file);
      text.clear();
    }
  }
  const bool ok = std::fwrite(text.data(), 1, text.size(), file) == text.size();
  if (std::fclose(file) != 0 || !ok)
    return absl::InternalError(std::string("cannot write ") + path);
  return absl::OkStatus();
}

}  // namespace relance::bench
