// Internal: an open-items file (docs/csv-format.md, "Open-items file")
// parsed into the columns the Ledger's bulk calls take, before any of them
// is called, so parsing can be measured and tested on its own.

#ifndef RELANCE_SRC_IO_OPEN_ITEMS_H_
#define RELANCE_SRC_IO_OPEN_ITEMS_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "io/csv_reader.h"
#include "io/csv_table.h"
#include "relance/csv.h"
#include "relance/currency.h"
#include "relance/date.h"
#include "relance/ledger.h"

namespace relance::csv_internal {

// The rows of an open-items file, as columns. Views point into the file's
// bytes or into `arenas`, so they live as long as both.
struct OpenItemsBook {
  std::vector<TextArena> arenas;  // unescaped quoted fields

  // Customers, in the order of their first row.
  std::vector<std::string_view> customer_ids;
  std::vector<std::string_view> customer_names;   // the first non-empty name seen
  std::vector<std::int64_t> customer_first_rows;  // index of the first row

  // Items, one per row, in file order. (Rows carry no line numbers: a
  // book is loaded only when every row is right, and the Ledger's one error
  // is mapped back with LineOfRow.)
  std::vector<std::string_view> item_ids;
  std::vector<std::int32_t> item_customers;  // indexes into customer_ids
  std::vector<ItemKind> kinds;
  std::vector<Date> document_dates;
  std::vector<Date> due_dates;  // kNoDate for none
  std::vector<Currency> currencies;
  std::vector<std::int64_t> amounts;
  std::vector<std::int64_t> open_amounts;
  std::vector<std::string_view> references;  // empty when the file has no column

  // Disputes, raised on the item's document date, from this column
  // ("disputed_amount" or "disputed").
  std::string_view dispute_column;
  std::vector<std::int64_t> dispute_items;  // row indexes
  std::vector<std::int64_t> dispute_amounts;
};

// Parses the file's bytes (the whole file). Errors go to `sink`; the book
// is meaningful only when the sink stays empty.
OpenItemsBook ParseOpenItems(std::string_view data, const CsvImportOptions& options,
                             ErrorSink* sink);

// The physical line of row `row` (0-based, header excluded) of a file that
// ParseOpenItems read without errors; -1 when there is no such row.
std::int64_t LineOfRow(std::string_view data, std::int64_t row);

}  // namespace relance::csv_internal

#endif  // RELANCE_SRC_IO_OPEN_ITEMS_H_
