// Internal: parsing an open-items file (open_items.h), in parallel chunks
// that are then concatenated.

#include <algorithm>
#include <iterator>
#include <thread>
#include <utility>

#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"
#include "absl_bridge.h"
#include "io/csv_fields.h"
#include "io/csv_row.h"
#include "io/customer_lookup.h"
#include "io/open_items.h"

namespace relance::csv_internal {
namespace {

enum Column : std::size_t {
  kCustomerId,
  kItemId,
  kDocumentDate,
  kDueDate,
  kCurrency,
  kAmount,
  kOpenAmount,
  kDisputedAmount,
  kDisputed,
  kKind,
  kReference,
  kCustomerName,
};

constexpr ColumnSpec kColumns[] = {
    {"customer_id", true}, {"item_id", true}, {"document_date", true}, {"due_date", true},
    {"currency", true},    {"amount", true},  {"open_amount", true},   {"disputed_amount", false},
    {"disputed", false},   {"kind", false},   {"reference", false},    {"customer_name", false},
};

// A chunk of rows with the customers first seen in it.
struct Chunk {
  OpenItemsBook book;
  CustomerLookup customers;
};

// Parses the rows of one chunk: every check that needs only the row.
class RowParser {
 public:
  RowParser(const Header& header, const CsvImportOptions& options, Chunk* chunk, ErrorSink* sink)
      : header_(header), options_(options), chunk_(chunk), book_(chunk->book), sink_(sink) {}

  void Parse(const std::vector<std::string_view>& fields, std::int64_t line);

 private:
  // The item's kind, amount and open amount; false after an error.
  bool Amounts(CsvRow& row, const Currency& currency, ItemKind* kind, std::int64_t* amount,
               std::int64_t* open);
  // The disputed part of the row (0 for none).
  std::int64_t Disputed(CsvRow& row, const Currency& currency, ItemKind kind, std::int64_t open);
  // The number of customer `id` in the chunk, added when new (first seen
  // on row `row`); `name` becomes its name while it has none.
  std::int32_t CustomerOf(std::string_view id, std::string_view name, std::int64_t row);

  const Header& header_;
  const CsvImportOptions& options_;
  Chunk* chunk_;
  OpenItemsBook& book_;
  ErrorSink* sink_;
  CurrencyCache currencies_;
  std::string_view last_customer_;
  std::int32_t last_customer_index_ = -1;
};

void RowParser::Parse(const std::vector<std::string_view>& fields, std::int64_t line) {
  CsvRow row(header_, fields, line, sink_);
  const std::string_view customer = row.Id(kCustomerId);
  const std::string_view id = row.Id(kItemId);
  const Date document = row.DateOf(kDocumentDate);
  const Date due = row.DateOf(kDueDate, /*optional=*/true);
  CheckItemDates(row, kDueDate, kDocumentDate, due, document);
  if (document != kNoDate && options_.as_of.has_value() && document > *options_.as_of) {
    row.Error(kDocumentDate,
              absl::StrCat(Quote(row.Text(kDocumentDate)), " is after the file's date ",
                           options_.as_of->ToString()));
  }
  const Currency* currency = row.CurrencyOf(kCurrency, &currencies_);
  ItemKind kind = ItemKind::kInvoice;
  std::int64_t amount = 0;
  std::int64_t open = 0;
  if (currency == nullptr || !Amounts(row, *currency, &kind, &amount, &open)) return;
  const std::int64_t disputed = Disputed(row, *currency, kind, open);
  if (!row.ok()) return;

  const std::size_t index = book_.item_ids.size();
  book_.item_ids.push_back(id);
  book_.item_customers.push_back(
      CustomerOf(customer, row.Text(kCustomerName), static_cast<std::int64_t>(index)));
  book_.kinds.push_back(kind);
  book_.document_dates.push_back(document);
  book_.due_dates.push_back(due);
  book_.currencies.push_back(*currency);
  book_.amounts.push_back(amount);
  book_.open_amounts.push_back(open);
  if (header_.has(kReference)) book_.references.push_back(row.Text(kReference));
  if (disputed > 0) {
    book_.dispute_items.push_back(static_cast<std::int64_t>(index));
    book_.dispute_amounts.push_back(disputed);
  }
}

bool RowParser::Amounts(CsvRow& row, const Currency& currency, ItemKind* kind, std::int64_t* amount,
                        std::int64_t* open) {
  const int errors_before = row.errors();
  *amount = row.AmountOf(kAmount, currency);
  *open = row.AmountOf(kOpenAmount, currency);
  if (row.errors() != errors_before) return false;
  *kind = ItemKindOf(row, kKind, *amount);
  if (row.errors() != errors_before) return false;
  const bool credit = *kind == ItemKind::kCreditNote;
  if (!CheckItemSign(row, kAmount, *kind, *amount)) return false;
  if (credit ? (*open < *amount || *open > 0) : (*open < 0 || *open > *amount)) {
    row.Error(kOpenAmount,
              absl::StrCat(Quote(row.Text(kOpenAmount)), " is outside ",
                           credit ? AbslView(row.Text(kAmount)) : "0", "..",
                           credit ? "0" : AbslView(row.Text(kAmount)), " (the amount)"));
  }
  return row.ok();
}

std::int64_t RowParser::Disputed(CsvRow& row, const Currency& currency, ItemKind kind,
                                 std::int64_t open) {
  std::int64_t disputed = 0;
  const Column column = header_.has(kDisputed) ? kDisputed : kDisputedAmount;
  if (column == kDisputed) {
    bool flag = false;
    std::string reason;
    const ErrorCode code = ParseFlag(row.Text(kDisputed), &flag, &reason);
    if (code != ErrorCode::kOk) row.Error(kDisputed, std::move(reason), code);
    disputed = flag ? open : 0;
  } else if (header_.has(kDisputedAmount)) {
    disputed = row.AmountOf(kDisputedAmount, currency, /*optional=*/true);
  }
  if (disputed != 0 && kind == ItemKind::kCreditNote) {
    row.Error(column, "a credit note cannot be disputed");
  } else if (disputed != 0 && (disputed < 0 || disputed > open)) {
    row.Error(kDisputedAmount, absl::StrCat(Quote(row.Text(kDisputedAmount)), " is outside 0..",
                                            AbslView(row.Text(kOpenAmount)), " (the open amount)"));
  }
  return disputed;
}

std::int32_t RowParser::CustomerOf(std::string_view id, std::string_view name, std::int64_t row) {
  if (id != last_customer_ || last_customer_index_ < 0) {
    last_customer_index_ = chunk_->customers.Find(id, book_.customer_ids);
    if (last_customer_index_ < 0) {
      last_customer_index_ = static_cast<std::int32_t>(book_.customer_ids.size());
      book_.customer_ids.push_back(id);
      book_.customer_names.push_back(name);
      book_.customer_first_rows.push_back(row);
      chunk_->customers.Added(id, book_.customer_ids);
    }
    last_customer_ = id;
  }
  std::string_view& known = book_.customer_names[static_cast<std::size_t>(last_customer_index_)];
  if (known.empty()) known = name;
  return last_customer_index_;
}

template <typename Vector>
void Append(Vector* to, Vector* from) {
  to->insert(to->end(), std::make_move_iterator(from->begin()),
             std::make_move_iterator(from->end()));
  Vector().swap(*from);
}

// Appends the customers first seen in chunk `from` (whose rows start at
// `row_base` in the merged book) to those of chunk `to`, and renumbers
// the customers of `from`'s rows accordingly.
void MergeCustomers(Chunk* to, Chunk* from, std::int64_t row_base) {
  OpenItemsBook& a = to->book;
  OpenItemsBook& b = from->book;
  std::vector<std::int32_t> number(b.customer_ids.size());
  for (std::size_t c = 0; c < b.customer_ids.size(); ++c) {
    number[c] = to->customers.Find(b.customer_ids[c], a.customer_ids);
    if (number[c] < 0) {
      number[c] = static_cast<std::int32_t>(a.customer_ids.size());
      a.customer_ids.push_back(b.customer_ids[c]);
      a.customer_names.push_back(b.customer_names[c]);
      a.customer_first_rows.push_back(b.customer_first_rows[c] + row_base);
      to->customers.Added(b.customer_ids[c], a.customer_ids);
    } else if (a.customer_names[static_cast<std::size_t>(number[c])].empty()) {
      a.customer_names[static_cast<std::size_t>(number[c])] = b.customer_names[c];
    }
  }
  for (std::int32_t& c : b.item_customers) c = number[static_cast<std::size_t>(c)];
}

// Appends the other chunks to chunk 0. The copies run on two threads (the
// customers and half the columns, the other half), since they are a
// sequential step between the parallel parse and the Ledger.
void MergeChunks(std::vector<Chunk>* chunks) {
  OpenItemsBook& a = (*chunks)[0].book;
  std::vector<std::int64_t> row_base = {0};
  for (const Chunk& c : *chunks)
    row_base.push_back(row_base.back() + static_cast<std::int64_t>(c.book.item_ids.size()));
  std::thread helper([&] {
    for (std::size_t i = 1; i < chunks->size(); ++i) {
      OpenItemsBook& b = (*chunks)[i].book;
      Append(&a.amounts, &b.amounts);
      Append(&a.open_amounts, &b.open_amounts);
      Append(&a.currencies, &b.currencies);
      Append(&a.references, &b.references);
      Append(&a.kinds, &b.kinds);
    }
  });
  for (std::size_t i = 1; i < chunks->size(); ++i) {
    OpenItemsBook& b = (*chunks)[i].book;
    MergeCustomers(&(*chunks)[0], &(*chunks)[i], row_base[i]);
    for (std::int64_t& row : b.dispute_items) row += row_base[i];
    Append(&a.arenas, &b.arenas);
    Append(&a.item_ids, &b.item_ids);
    Append(&a.item_customers, &b.item_customers);
    Append(&a.document_dates, &b.document_dates);
    Append(&a.due_dates, &b.due_dates);
    Append(&a.dispute_items, &b.dispute_items);
    Append(&a.dispute_amounts, &b.dispute_amounts);
  }
  helper.join();
}

void Reserve(OpenItemsBook* book, std::size_t rows, bool references) {
  book->item_ids.reserve(rows);
  book->item_customers.reserve(rows);
  book->kinds.reserve(rows);
  book->document_dates.reserve(rows);
  book->due_dates.reserve(rows);
  book->currencies.reserve(rows);
  book->amounts.reserve(rows);
  book->open_amounts.reserve(rows);
  if (references) book->references.reserve(rows);
}

}  // namespace

OpenItemsBook ParseOpenItems(std::string_view data, const CsvImportOptions& options,
                             ErrorSink* sink) {
  Header header;
  std::size_t body = 0;
  std::int64_t body_line = 0;
  if (!ReadHeader(data, kColumns, &header, &body, &body_line, sink)) return {};
  if (header.has(kDisputed) && header.has(kDisputedAmount)) {
    sink->Add(1, "disputed", "give either disputed_amount or the disputed flag, not both");
    return {};
  }
  // Rows are ~70 bytes in typical exports: reserving for 48-byte rows
  // saves the copies of regrowth (the pages never written are never
  // committed). Chunk 0 reserves for the whole file: the others are
  // appended to it.
  auto parse_chunk = [&](Chunk* chunk, std::size_t from, std::size_t stop, std::int64_t first_line,
                         ErrorSink* chunk_sink) {
    const std::size_t bytes = from == body ? data.size() - body : stop - from;
    Reserve(&chunk->book, bytes / 48 + 16, header.has(kReference));
    chunk->book.arenas.emplace_back();
    RowParser parser(header, options, chunk, chunk_sink);
    return ScanRecords(data, from, stop, first_line, header, &chunk->book.arenas.back(), chunk_sink,
                       [&](const std::vector<std::string_view>& fields, std::int64_t line) {
                         parser.Parse(fields, line);
                       });
  };
  std::vector<Chunk> chunks = ParseInParallel<Chunk>(
      data, body, body_line, ThreadsFor(options, data.size() - body), sink, parse_chunk);
  if (!sink->empty() || chunks.empty()) return {};
  if (chunks.size() > 1) MergeChunks(&chunks);
  chunks[0].book.dispute_column =
      kColumns[header.has(kDisputed) ? kDisputed : kDisputedAmount].name;
  return std::move(chunks[0].book);
}

std::int64_t LineOfRow(std::string_view data, std::int64_t row) {
  Header header;
  std::size_t body = 0;
  std::int64_t line = 0;
  ErrorSink sink("", 1);
  if (row < 0 || !ReadHeader(data, kColumns, &header, &body, &line, &sink)) return -1;
  TextArena arena;
  CsvScanner scanner(data.substr(body), line, &arena);
  std::vector<std::string_view> fields;
  for (std::int64_t r = 0; scanner.Next(&fields) == CsvScanner::Result::kRecord; ++r) {
    if (r == row) return scanner.record_line();
  }
  return -1;
}

}  // namespace relance::csv_internal
