// The aged balance of a book with the C++ core: load the canonical CSV
// files, age them as of 2025-12-31 and print the totals per currency, one
// column each (amounts of different currencies are never summed). Prints
// the same text as examples/c/aging.c and examples/python/aging.py.
//
//   example_aging_cpp [BOOK_DIRECTORY]   (default: the bundled sample)
#include "relance/aging.h"

#include <cstdio>
#include <iostream>
#include <string>
#include <utility>
#include <vector>

#include "relance/csv.h"

#ifndef RELANCE_SAMPLE_DIR
#define RELANCE_SAMPLE_DIR "examples/data/distributor"
#endif

int main(int argc, char** argv) {
  std::vector<relance::CsvError> errors;
  const auto ledger = relance::ImportLedger(argc > 1 ? argv[1] : RELANCE_SAMPLE_DIR, {}, &errors);
  if (!ledger.ok()) {
    std::cerr << ledger.status() << "\n";
    for (const relance::CsvError& e : errors) std::cerr << "  " << e << "\n";
    return 1;
  }
  relance::AgingOptions options;  // buckets 30, 60, 90, 120; due-date basis
  options.as_of = *relance::Date::FromYmd(2025, 12, 31);
  const auto report = relance::Age(*ledger, options);
  if (!report.ok()) {
    std::cerr << report.status() << "\n";
    return 1;
  }

  // One total per currency (sorted by code): the column sums of the rows.
  // Each becomes a column of text: its code, then its amounts and count.
  std::vector<std::vector<std::string>> columns;
  for (const relance::AgingRow& total : report->totals()) {
    std::vector<std::int64_t> units(total.ages.begin(), total.ages.end());
    units.insert(units.end(), {total.disputed, total.unapplied, total.balance});
    std::vector<std::string> cells = {std::string(total.currency.code())};
    for (const std::int64_t u : units) {
      cells.push_back(relance::AgingReport::Amount(total, u).amount().ToString());  // "-1234.56"
    }
    cells.push_back(std::to_string(total.items));  // a count
    columns.push_back(std::move(cells));
  }
  std::vector<std::string> names = {""};  // the header line has no name
  for (const std::string& name : relance::AgingColumnNames(options.bounds)) names.push_back(name);
  names.insert(names.end(), {"disputed", "unapplied", "balance", "items"});

  std::printf("Aged balance as of %s (days past due date), per currency\n",
              options.as_of.ToString().c_str());
  for (std::size_t r = 0; r < names.size(); ++r) {
    std::printf("%-12s", names[r].c_str());
    for (const auto& column : columns) std::printf(" %12s", column[r].c_str());
    std::printf("\n");
  }
  return 0;
}
