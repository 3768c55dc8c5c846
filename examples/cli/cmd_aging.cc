// relance aging LEDGER --as-of DATE [--buckets 30,60,90,120]
//   [--basis due|document] [--by customer|total] [--top N]
//   [--format table|csv|json]

#include <algorithm>
#include <iostream>
#include <numeric>
#include <sstream>

#include "cli.h"

namespace cli {
namespace {

const char kHelp[] =
    "usage: relance aging LEDGER --as-of DATE [--buckets 30,60,90,120]\n"
    "                     [--basis due|document] [--by customer|total] [--top N]\n"
    "                     [--format table|csv|json]\n"
    "\n"
    "The aged balance as of DATE: for each customer and currency, what is not yet\n"
    "due, what is overdue by age bucket, the disputed part (its own column,\n"
    "whatever its age), unapplied cash and open credit notes (negative), the\n"
    "balance and the number of open items. Columns always add up to the balance.\n"
    "Facts dated after DATE (items, payments, allocations) are not counted.\n"
    "\n"
    "  --as-of DATE            the report date, YYYY-MM-DD (required)\n"
    "  --buckets B1,B2,...     upper bounds of the overdue buckets in days\n"
    "                          (default 30,60,90,120: 1-30 ... 91-120, over 120)\n"
    "  --basis due|document    age from the due date (default) or the document\n"
    "                          date; items without a due date age from their\n"
    "                          document date\n"
    "  --by customer|total     one row per customer and currency (default), or\n"
    "                          one per currency with an empty customer_id\n"
    "  --top N                 only the N largest balances (table and csv)\n"
    "  --format table|csv|json table (default) for reading; csv and json are\n"
    "                          exact and stable for machines\n"
    "\n"
    "CSV columns: customer_id,currency,not_due,d1_30,d31_60,d61_90,d91_120,\n"
    "over_120,disputed,unapplied,balance,items (bucket names follow --buckets).\n"
    "Amounts are exact decimals at the currency's minor units. Amounts in\n"
    "different currencies are never added together.\n";

std::vector<int32_t> ParseBuckets(const std::string& text) {
  std::vector<int32_t> bounds;
  std::stringstream in(text);
  std::string part;
  while (std::getline(in, part, ',')) {
    char* end = nullptr;
    const long v = std::strtol(part.c_str(), &end, 10);
    if (part.empty() || *end != '\0' || v < 1 || v > 36500) {
      Usage("aging", "--buckets expects increasing day counts like 30,60,90,120, got \"" + text + "\"");
    }
    bounds.push_back(static_cast<int32_t>(v));
  }
  if (bounds.size() > RELANCE_AGING_MAX_BOUNDS) Usage("aging", "--buckets: at most 16 bounds");
  return bounds;
}

struct Row {
  std::string customer;
  std::string currency;
  std::vector<int64_t> values;  // ages..., disputed, unapplied, balance, items
};

}  // namespace

int RunAging(int argc, char** argv) {
  Args args("aging", argc, argv, {});
  if (args.help()) {
    std::cout << kHelp;
    return 0;
  }
  const std::string path = args.Positional(0, "LEDGER (a directory or an open-items CSV file)");
  relance_aging_options options;
  Check(relance_aging_options_init(&options, sizeof options), "aging options");
  options.as_of = args.DateOption("as-of");
  if (args.Has("buckets")) {
    const std::vector<int32_t> bounds = ParseBuckets(args.Option("buckets", ""));
    options.bound_count = static_cast<int32_t>(bounds.size());
    std::copy(bounds.begin(), bounds.end(), options.bounds);
  }
  options.basis = args.Choice("basis", {"due", "document"}, "due") == "due"
                      ? RELANCE_AGING_BASIS_DUE_DATE
                      : RELANCE_AGING_BASIS_DOCUMENT_DATE;
  const bool by_total = args.Choice("by", {"customer", "total"}, "customer") == "total";
  const int64_t top = args.IntOption("top", 0, 1, 1000000000);
  const std::string format = args.Choice("format", {"table", "csv", "json"}, "table");
  args.Finish(1);

  Ledger ledger = LoadLedger(path);
  relance_aging_report* raw = nullptr;
  Check(relance_ledger_age(ledger.get(), &options, &raw), "aging");
  Handle<relance_aging_report, relance_aging_report_destroy> report(raw);

  const std::size_t columns = relance_aging_report_column_count(report.get());
  const std::size_t ages = relance_aging_report_age_column_count(report.get());
  std::vector<std::string> names;
  for (std::size_t c = 0; c < ages; ++c) {
    char buffer[64];
    size_t length = 0;
    Check(relance_aging_report_column_name(report.get(), c, buffer, sizeof buffer, &length),
          "column name");
    names.emplace_back(buffer, length);
  }
  std::vector<Row> rows;
  if (by_total) {
    for (std::size_t t = 0; t < relance_aging_report_total_count(report.get()); ++t) {
      Row row{"", "", std::vector<int64_t>(columns)};
      char currency[4];
      Check(relance_aging_report_total(report.get(), t, currency, row.values.data(), columns), "total");
      row.currency = currency;
      rows.push_back(std::move(row));
    }
  } else {
    const std::size_t n = relance_aging_report_row_count(report.get());
    std::vector<size_t> order(n);
    std::vector<int64_t> values(n * columns);
    std::vector<char> currencies(4 * n);
    if (n > 0) {
      Check(relance_aging_report_sorted_order(report.get(), order.data(), n), "rows");
      Check(relance_aging_report_values(report.get(), 0, n, values.data(), values.size()), "rows");
      Check(relance_aging_report_currencies(report.get(), 0, n, currencies.data(), currencies.size()),
            "rows");
    }
    for (std::size_t k = 0; k < n; ++k) {
      const std::size_t r = order[k];
      const char* id = nullptr;
      size_t length = 0;
      Check(relance_aging_report_customer_id(report.get(), r, &id, &length), "row");
      rows.push_back({std::string(id, length), std::string(&currencies[4 * r], 3),
                      std::vector<int64_t>(values.begin() + static_cast<std::ptrdiff_t>(r * columns),
                                           values.begin() + static_cast<std::ptrdiff_t>((r + 1) * columns))});
    }
    if (top > 0 && static_cast<std::size_t>(top) < rows.size()) {
      const std::size_t balance = ages + 2;
      std::stable_sort(rows.begin(), rows.end(), [balance](const Row& a, const Row& b) {
        return a.values[balance] > b.values[balance];
      });
      rows.resize(static_cast<std::size_t>(top));
    }
  }

  std::vector<std::string> header = {"customer_id", "currency"};
  header.insert(header.end(), names.begin(), names.end());
  for (const char* n : {"disputed", "unapplied", "balance", "items"}) header.emplace_back(n);
  if (format == "csv") {
    for (std::size_t c = 0; c < header.size(); ++c) std::cout << (c ? "," : "") << header[c];
    std::cout << "\n";
    for (const Row& row : rows) {
      std::cout << CsvField(row.customer) << "," << row.currency;
      for (std::size_t c = 0; c < columns; ++c) {
        std::cout << "," << (c + 1 == columns ? std::to_string(row.values[c])
                                              : Amount(row.values[c], row.currency.c_str(), false));
      }
      std::cout << "\n";
    }
    return 0;
  }
  if (format == "json") {
    std::cout << "{\"as_of\":\"" << DateText(options.as_of) << "\",\"basis\":\""
              << (options.basis == RELANCE_AGING_BASIS_DUE_DATE ? "due" : "document")
              << "\",\"columns\":[";
    for (std::size_t c = 2; c < header.size(); ++c) std::cout << (c > 2 ? "," : "") << '"' << header[c] << '"';
    std::cout << "],\"rows\":[";
    for (std::size_t r = 0; r < rows.size(); ++r) {
      std::cout << (r ? "," : "") << "{\"customer_id\":" << JsonString(rows[r].customer)
                << ",\"currency\":\"" << rows[r].currency << "\"";
      for (std::size_t c = 0; c < columns; ++c) {
        std::cout << ",\"" << header[c + 2] << "\":";
        if (c + 1 == columns) {
          std::cout << rows[r].values[c];
        } else {
          std::cout << '"' << Amount(rows[r].values[c], rows[r].currency.c_str(), false) << '"';
        }
      }
      std::cout << "}";
    }
    std::cout << "]}\n";
    return 0;
  }
  // The table: rows, then the totals per currency.
  std::vector<Align> align = {Align::kLeft, Align::kLeft};
  header[0] = by_total ? "" : "customer";
  Table table(header, align);
  for (const Row& row : rows) {
    std::vector<std::string> cells = {row.customer, row.currency};
    for (std::size_t c = 0; c < columns; ++c) {
      cells.push_back(c + 1 == columns ? Grouped(row.values[c])
                                       : Amount(row.values[c], row.currency.c_str(), true));
    }
    table.Add(cells);
  }
  if (!by_total) {
    table.Rule();
    for (std::size_t t = 0; t < relance_aging_report_total_count(report.get()); ++t) {
      std::vector<int64_t> v(columns);
      char currency[4];
      Check(relance_aging_report_total(report.get(), t, currency, v.data(), columns), "total");
      std::vector<std::string> cells = {"total", currency};
      for (std::size_t c = 0; c < columns; ++c) {
        cells.push_back(c + 1 == columns ? Grouped(v[c]) : Amount(v[c], currency, true));
      }
      table.Add(cells);
    }
  }
  std::cout << "Aged balance as of " << DateText(options.as_of) << " ("
            << (options.basis == RELANCE_AGING_BASIS_DUE_DATE ? "days past due date" : "days since document date")
            << ")";
  if (top > 0 && !by_total) std::cout << ", top " << top << " balances";
  std::cout << "\n\n";
  table.Print(std::cout);
  return 0;
}

}  // namespace cli
