// The aged balance of a book with the C++ core: load the canonical CSV
// files, age them as of 2025-12-31 and print the totals per currency, one
// column each (amounts of different currencies are never summed). Prints
// the same text as examples/c/aging.c and examples/python/aging.py.
//
//   example_aging_cpp [BOOK_DIRECTORY]   (default: the bundled sample)
#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

#include "relance/aging.h"
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
  const std::vector<relance::AgingRow>& totals = report->totals();
  std::printf("Aged balance as of %s (days past due date), per currency\n%12s",
              options.as_of.ToString().c_str(), "");
  for (const relance::AgingRow& total : totals) {
    std::printf(" %12s", std::string(total.currency.code()).c_str());
  }
  std::vector<std::string> names = relance::AgingColumnNames(options.bounds);
  names.insert(names.end(), {"disputed", "unapplied", "balance", "items"});
  for (std::size_t c = 0; c < names.size(); ++c) {
    std::printf("\n%-12s", names[c].c_str());
    for (const relance::AgingRow& total : totals) {
      const std::size_t ages = total.ages.size();
      const std::int64_t units = c < ages ? total.ages[c]
                                 : c == ages     ? total.disputed
                                 : c == ages + 1 ? total.unapplied
                                                 : total.balance;
      const std::string text = c == ages + 3 ? std::to_string(total.items)  // a count
                                             : relance::AgingReport::Amount(total, units)
                                                   .amount()
                                                   .ToString();  // "-1234.56"
      std::printf(" %12s", text.c_str());
    }
  }
  std::printf("\n");
  return 0;
}
