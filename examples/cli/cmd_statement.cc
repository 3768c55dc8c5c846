// relance statement LEDGER --customer ID --from DATE --to DATE
//   [--format table|csv|json]

#include <iostream>

#include "cli.h"

namespace cli {
namespace {

const char kHelp[] =
    "usage: relance statement LEDGER --customer ID --from DATE --to DATE\n"
    "                         [--format table|csv|json]\n"
    "\n"
    "A customer's account between two dates (both included), one statement per\n"
    "currency: the opening balance, every item, credit note, payment and\n"
    "write-off dated in the period with a running balance, and the closing\n"
    "balance (opening + debits - credits).\n"
    "\n"
    "  --customer ID           the customer id (required)\n"
    "  --from DATE, --to DATE  the period, YYYY-MM-DD (required)\n"
    "  --format table|csv|json table (default); csv and json are exact\n";

const char* KindName(int32_t kind) {
  switch (kind) {
    case RELANCE_STATEMENT_ITEM: return "item";
    case RELANCE_STATEMENT_PAYMENT: return "payment";
    case RELANCE_STATEMENT_WRITE_OFF: return "write_off";
    case RELANCE_STATEMENT_SETTLEMENT: return "settlement";
  }
  return "unknown";
}

}  // namespace

int RunStatement(int argc, char** argv) {
  Args args("statement", argc, argv, {});
  if (args.help()) {
    std::cout << kHelp;
    return 0;
  }
  const std::string path = args.Positional(0, "LEDGER (a directory or an open-items CSV file)");
  if (!args.Has("customer")) Usage("statement", "--customer ID is required");
  const std::string customer = args.Option("customer", "");
  const int32_t from = args.DateOption("from");
  const int32_t to = args.DateOption("to");
  const std::string format = args.Choice("format", {"table", "csv", "json"}, "table");
  args.Finish(1);
  if (to < from) Usage("statement", "--to " + DateText(to) + " is before --from " + DateText(from));

  Ledger ledger = LoadLedger(path);
  relance_statement_list* raw = nullptr;
  Check(relance_ledger_statements(ledger.get(), customer.c_str(), from, to, &raw), "statement");
  Handle<relance_statement_list, relance_statement_list_destroy> list(raw);
  const std::size_t count = relance_statement_list_count(list.get());

  if (format == "csv") std::cout << "currency,date,kind,id,reference,debit,credit,balance\n";
  if (format == "json") std::cout << "{\"customer_id\":" << JsonString(customer) << ",\"statements\":[";
  for (std::size_t s = 0; s < count; ++s) {
    relance_statement_info info{};
    Check(relance_statement_list_info(list.get(), s, &info), "statement");
    const char* cur = info.currency;
    std::vector<relance_statement_line> lines(info.line_count);
    for (std::size_t l = 0; l < info.line_count; ++l) {
      Check(relance_statement_list_line(list.get(), s, l, &lines[l]), "statement line");
    }
    if (format == "csv") {
      std::cout << cur << "," << DateText(from) << ",opening,,," << ",," << Amount(info.opening, cur, false) << "\n";
      for (const relance_statement_line& l : lines) {
        std::cout << cur << "," << DateText(l.date) << "," << KindName(l.kind) << "," << CsvField(l.id)
                  << "," << CsvField(l.reference) << "," << Amount(l.debit, cur, false) << ","
                  << Amount(l.credit, cur, false) << "," << Amount(l.balance, cur, false) << "\n";
      }
      std::cout << cur << "," << DateText(to) << ",closing,,,,," << Amount(info.closing, cur, false) << "\n";
    } else if (format == "json") {
      std::cout << (s ? "," : "") << "{\"currency\":\"" << cur << "\",\"from\":\"" << DateText(from)
                << "\",\"to\":\"" << DateText(to) << "\",\"opening\":\"" << Amount(info.opening, cur, false)
                << "\",\"closing\":\"" << Amount(info.closing, cur, false) << "\",\"lines\":[";
      for (std::size_t k = 0; k < lines.size(); ++k) {
        const relance_statement_line& l = lines[k];
        std::cout << (k ? "," : "") << "{\"date\":\"" << DateText(l.date) << "\",\"kind\":\""
                  << KindName(l.kind) << "\",\"id\":" << JsonString(l.id)
                  << ",\"reference\":" << JsonString(l.reference) << ",\"debit\":\""
                  << Amount(l.debit, cur, false) << "\",\"credit\":\"" << Amount(l.credit, cur, false)
                  << "\",\"balance\":\"" << Amount(l.balance, cur, false) << "\"}";
      }
      std::cout << "]}";
    } else {
      std::cout << (s ? "\n" : "") << "Statement of " << customer << " in " << cur << ", "
                << DateText(from) << " to " << DateText(to) << "\n\n";
      Table t({"date", "", "document", "reference", "debit", "credit", "balance"},
              {Align::kLeft, Align::kLeft, Align::kLeft, Align::kLeft});
      t.Add({DateText(from), "opening balance", "", "", "", "", Amount(info.opening, cur, true)});
      for (const relance_statement_line& l : lines) {
        t.Add({DateText(l.date), KindName(l.kind), l.id, l.reference,
               l.debit ? Amount(l.debit, cur, true) : "", l.credit ? Amount(l.credit, cur, true) : "",
               Amount(l.balance, cur, true)});
      }
      t.Rule();
      t.Add({DateText(to), "closing balance", "", "", "", "", Amount(info.closing, cur, true)});
      t.Print(std::cout);
    }
  }
  if (format == "json") std::cout << "]}\n";
  if (format == "table" && count == 0) {
    std::cout << "No facts for customer " << customer << " in any currency.\n";
  }
  return 0;
}

}  // namespace cli
