// relance: the command-line tool for accounts-receivable collections, built
// on relance's C ABI only. See `relance --help`.

#include <cstring>
#include <iostream>
#include <string>

#include "cli.h"

namespace {

const char kHelp[] =
    "usage: relance COMMAND [ARGS] [--help]\n"
    "\n"
    "Accounts-receivable collections on a CSV ledger, with exact amounts.\n"
    "LEDGER is a directory of canonical CSV files (customers.csv, items.csv,\n"
    "payments.csv, ...) or a single open-items CSV file (docs/csv-format.md).\n"
    "\n"
    "commands:\n"
    "  check LEDGER                     validate a ledger; every error with its\n"
    "                                   file, line, column and reason\n"
    "  aging LEDGER --as-of DATE        the aged balance (balance agee)\n"
    "  kpi LEDGER --from DATE --to DATE collection KPIs with their definitions\n"
    "  statement LEDGER --customer ID --from DATE --to DATE\n"
    "                                   a customer's account with a running balance\n"
    "  interest LEDGER --as-of DATE     late-payment interest and compensation owed\n"
    "  terms TERMS --invoice-date DATE  due dates and legal check of payment terms\n"
    "  demo                             all of the above on the bundled sample book\n"
    "  version                          the library version\n"
    "\n"
    "`relance COMMAND --help` describes each command. Errors go to stderr; the\n"
    "exit code is 1 for a problem with the data, 2 for bad arguments.\n";

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2 || std::strcmp(argv[1], "--help") == 0 || std::strcmp(argv[1], "-h") == 0 ||
      std::strcmp(argv[1], "help") == 0) {
    std::cout << kHelp;
    return argc < 2 ? 2 : 0;
  }
  const std::string command = argv[1];
  const int rest = argc - 2;
  char** args = argv + 2;
  try {
    if (command == "check") return cli::RunCheck(rest, args);
    if (command == "aging") return cli::RunAging(rest, args);
    if (command == "kpi") return cli::RunKpi(rest, args);
    if (command == "statement") return cli::RunStatement(rest, args);
    if (command == "interest") return cli::RunInterest(rest, args);
    if (command == "terms") return cli::RunTerms(rest, args);
    if (command == "demo") return cli::RunDemo(rest, args, argv[0]);
    if (command == "version" || command == "--version") {
      std::cout << "relance " << relance_version_string() << "\n";
      return 0;
    }
    std::cerr << "relance: unknown command \"" << command << "\"\n(see: relance --help)\n";
    return 2;
  } catch (const cli::Failure& f) {
    std::cout.flush();
    std::cerr << f.what() << "\n";
    return f.code;
  } catch (const std::exception& e) {
    std::cerr << "relance: " << e.what() << "\n";
    return 1;
  }
}
