// relance check LEDGER

#include <iostream>

#include "cli.h"

namespace cli {
namespace {

const char kHelp[] =
    "usage: relance check LEDGER\n"
    "\n"
    "Validates a ledger: a directory of canonical CSV files (customers.csv,\n"
    "items.csv, and optionally payments.csv, allocations.csv, write_offs.csv,\n"
    "disputes.csv) or a single open-items CSV file (docs/csv-format.md).\n"
    "Every problem is printed on stderr as FILE:LINE: column NAME: REASON, up to\n"
    "100 of them; the exit code is then 1. A valid ledger prints what it holds\n"
    "and exits with 0. Loading is all or nothing: one wrong field and nothing is\n"
    "loaded.\n";

}  // namespace

int RunCheck(int argc, char** argv) {
  Args args("check", argc, argv, {});
  if (args.help()) {
    std::cout << kHelp;
    return 0;
  }
  const std::string path = args.Positional(0, "LEDGER (a directory or an open-items CSV file)");
  args.Finish(1);
  Ledger ledger = LoadLedger(path);
  const std::string name = path.substr(path.find_last_of('/', path.size() > 1 ? path.size() - 2 : 0) + 1);
  std::cout << name << ": valid: " << Grouped(static_cast<int64_t>(relance_ledger_customer_count(ledger.get())))
            << " customers, " << Grouped(static_cast<int64_t>(relance_ledger_item_count(ledger.get())))
            << " items, " << Grouped(static_cast<int64_t>(relance_ledger_payment_count(ledger.get())))
            << " payments, " << Grouped(static_cast<int64_t>(relance_ledger_allocation_count(ledger.get())))
            << " allocations\n";
  return 0;
}

}  // namespace cli
