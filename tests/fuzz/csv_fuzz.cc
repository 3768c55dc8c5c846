// libFuzzer target: any bytes, read as an open-items file and as each file
// of the canonical form, either parse or report errors -- never crash,
// never trip a sanitizer. Parsing in 1 and in 3 threads gives the same rows
// and the same errors (the chunk splits fall anywhere, quoted fields
// included). Every error names a line within the data and a known column;
// every parsed amount formats back to text that parses to the same value.

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "io/csv_fields.h"
#include "io/csv_reader.h"
#include "io/csv_table.h"
#include "io/ledger_tables.h"
#include "io/open_items.h"
#include "relance/csv.h"

namespace {

using namespace relance::csv_internal;  // NOLINT: a fuzz target of the internals

void Require(bool condition) {
  if (!condition) std::abort();
}

std::int64_t Lines(std::string_view data) {
  std::int64_t n = 1;
  for (char c : data) n += c == '\n';
  return n;
}

void CheckErrors(const ErrorSink& sink, std::string_view data) {
  const std::int64_t lines = Lines(data);
  std::int64_t last = 0;
  for (const relance::CsvError& e : const_cast<ErrorSink&>(sink).errors()) {
    Require(e.line >= 0 && e.line <= lines);
    Require(e.line >= last);  // in line order
    Require(!e.reason.empty());
    last = e.line;
  }
}

void CheckAmounts(const OpenItemsBook& book) {
  for (std::size_t i = 0; i < book.amounts.size(); ++i) {
    for (std::int64_t units : {book.amounts[i], book.open_amounts[i]}) {
      std::string text;
      AppendMinorUnits(units, book.currencies[i].minor_units(), &text);
      std::int64_t again = 0;
      std::string reason;
      Require(ParseMinorUnits(text, book.currencies[i], &again, &reason) ==
              relance::ErrorCode::kOk);
      Require(again == units);
    }
  }
}

void FuzzOpenItems(std::string_view data) {
  relance::CsvImportOptions one, three;
  one.threads = 1;
  three.threads = 3;
  ErrorSink sink1("f", 20), sink3("f", 20);
  const OpenItemsBook a = ParseOpenItems(data, one, &sink1);
  const OpenItemsBook b = ParseOpenItems(data, three, &sink3);
  CheckErrors(sink1, data);
  Require(sink1.errors() == sink3.errors());
  Require(a.item_ids == b.item_ids && a.customer_first_rows == b.customer_first_rows &&
          a.amounts == b.amounts && a.customer_ids == b.customer_ids &&
          a.customer_names == b.customer_names && a.item_customers == b.item_customers &&
          a.dispute_items == b.dispute_items &&
          a.references == b.references);
  CheckAmounts(a);
}

template <typename Table>
void FuzzTable(std::string_view data,
               void (*parse)(std::string_view, TextArena*, ErrorSink*, Table*)) {
  TextArena arena;
  ErrorSink sink("f", 20);
  Table table;
  parse(data, &arena, &sink, &table);
  CheckErrors(sink, data);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* bytes, std::size_t size) {
  if (size < 1) return 0;
  // The first byte picks the file type; the rest is the file.
  const std::string_view data(reinterpret_cast<const char*>(bytes + 1), size - 1);
  switch (bytes[0] % 7) {
    case 0:
      FuzzOpenItems(data);
      break;
    case 1:
      FuzzTable(data, ParseCustomers);
      break;
    case 2:
      FuzzTable(data, ParseItems);
      break;
    case 3:
      FuzzTable(data, ParsePayments);
      break;
    case 4:
      FuzzTable(data, ParseAllocations);
      break;
    case 5:
      FuzzTable(data, ParseWriteOffs);
      break;
    default:
      FuzzTable(data, ParseDisputes);
      break;
  }
  return 0;
}
