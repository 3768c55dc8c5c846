// relance interest LEDGER --as-of DATE [--preset fr|eu] [--customer ID]
//   [--explain] [--format table|csv|json]

#include <iostream>

#include "cli.h"

namespace cli {
namespace {

const char kHelp[] =
    "usage: relance interest LEDGER --as-of DATE [--preset fr|eu] [--customer ID]\n"
    "                        [--explain] [--format table|csv|json]\n"
    "\n"
    "Statutory late-payment interest and the fixed recovery compensation owed\n"
    "on every item paid late or still unpaid after its due date, as of DATE.\n"
    "Interest runs from the day after the due date to the day the item was\n"
    "settled (or DATE), on the amount outstanding day by day, at the statutory\n"
    "rate of each half-year (the ECB main refinancing rate on 1 January or\n"
    "1 July, plus 10 points in France, 8 under the EU directive), ACT/365F,\n"
    "rounded half up once per item. Items without a due date are due 30 days\n"
    "after their document date. The 40 EUR compensation applies to EUR items.\n"
    "Rules and worked examples: docs/terms-and-interest.md.\n"
    "\n"
    "  --as-of DATE            the date interest runs to, YYYY-MM-DD (required)\n"
    "  --preset fr|eu          the statutory rate (default fr)\n"
    "  --customer ID           only this customer's items (shows the breakdown)\n"
    "  --explain               the breakdown of every item: one line per period\n"
    "                          with its days, base, rate and exact amount\n"
    "  --format table|csv|json table (default); csv and json are exact\n";

int64_t Days(const relance_late_interest_result* result) {
  int64_t days = 0;
  for (size_t s = 0; s < relance_late_interest_result_segment_count(result); ++s) {
    relance_late_interest_segment seg{};
    Check(relance_late_interest_result_segment_at(result, s, &seg), "segment");
    days += seg.days;
  }
  return days;
}

std::string Explanation(const relance_late_interest_result* result) {
  size_t length = 0;
  relance_late_interest_result_format(result, nullptr, 0, &length);
  std::string text(length + 1, '\0');
  Check(relance_late_interest_result_format(result, text.data(), text.size(), &length), "explanation");
  text.resize(length);
  return text;
}

}  // namespace

int RunInterest(int argc, char** argv) {
  Args args("interest", argc, argv, {"explain"});
  if (args.help()) {
    std::cout << kHelp;
    return 0;
  }
  const std::string path = args.Positional(0, "LEDGER (a directory or an open-items CSV file)");
  const int32_t as_of = args.DateOption("as-of");
  const bool eu = args.Choice("preset", {"fr", "eu"}, "fr") == "eu";
  const std::string customer = args.Option("customer", "");
  const bool explain = args.Flag("explain") || !customer.empty();
  const std::string format = args.Choice("format", {"table", "csv", "json"}, "table");
  args.Finish(1);

  Ledger ledger = LoadLedger(path);
  relance_late_interest_request settings;
  Check(relance_late_interest_request_init(&settings, sizeof settings), "settings");
  settings.rate_kind = RELANCE_RATE_STATUTORY;
  settings.jurisdiction = eu ? RELANCE_JURISDICTION_EU : RELANCE_JURISDICTION_FR;
  relance_ledger_interest* raw = nullptr;
  Check(relance_ledger_late_interest(ledger.get(), as_of, &settings,
                                     customer.empty() ? nullptr : customer.c_str(), &raw),
        "interest");
  Handle<relance_ledger_interest, relance_ledger_interest_destroy> owed(raw);
  const std::size_t count = relance_ledger_interest_count(owed.get());

  struct Line {
    relance_ledger_interest_item item;
    relance_late_interest_totals totals;
    relance_money base;
    int64_t days;
  };
  std::vector<Line> lines(count);
  for (std::size_t i = 0; i < count; ++i) {
    Line& l = lines[i];
    Check(relance_ledger_interest_at(owed.get(), i, &l.item), "item");
    Check(relance_late_interest_result_totals(l.item.result, &l.totals), "item");
    relance_late_interest_segment first{};
    Check(relance_late_interest_result_segment_at(l.item.result, 0, &first), "item");
    l.base = first.base;
    l.days = Days(l.item.result);
  }
  const auto settled = [](const relance_ledger_interest_item& it) {
    return it.settled_on == RELANCE_NO_DATE ? std::string() : DateText(it.settled_on);
  };
  if (format == "csv") {
    std::cout << "item_id,customer_id,currency,due_date,due_date_assumed,settled_on,days,base,"
                 "interest,compensation,total\n";
    for (const Line& l : lines) {
      const char* cur = l.totals.interest.currency;
      std::cout << CsvField(l.item.item_id) << "," << CsvField(l.item.customer_id) << "," << cur << ","
                << DateText(l.item.due_date) << "," << l.item.due_date_assumed << "," << settled(l.item)
                << "," << l.days << "," << Amount(l.base.units, cur, false) << ","
                << Amount(l.totals.interest.units, cur, false) << ","
                << Amount(l.totals.compensation.units, cur, false) << ","
                << Amount(l.totals.total.units, cur, false) << "\n";
    }
    return 0;
  }
  if (format == "json") {
    std::cout << "{\"as_of\":\"" << DateText(as_of) << "\",\"preset\":\"" << (eu ? "EU" : "FR")
              << "\",\"items\":[";
    for (std::size_t i = 0; i < lines.size(); ++i) {
      const Line& l = lines[i];
      const char* cur = l.totals.interest.currency;
      std::cout << (i ? "," : "") << "{\"item_id\":" << JsonString(l.item.item_id)
                << ",\"customer_id\":" << JsonString(l.item.customer_id) << ",\"currency\":\"" << cur
                << "\",\"due_date\":\"" << DateText(l.item.due_date) << "\",\"due_date_assumed\":"
                << (l.item.due_date_assumed ? "true" : "false") << ",\"settled_on\":"
                << (l.item.settled_on == RELANCE_NO_DATE ? "null" : "\"" + settled(l.item) + "\"")
                << ",\"days\":" << l.days << ",\"interest\":\""
                << Amount(l.totals.interest.units, cur, false) << "\",\"exact_interest\":\""
                << l.totals.exact_interest_ratio << "\",\"compensation\":\""
                << Amount(l.totals.compensation.units, cur, false) << "\",\"total\":\""
                << Amount(l.totals.total.units, cur, false)
                << "\",\"explanation\":" << JsonString(Explanation(l.item.result)) << "}";
    }
    std::cout << "]}\n";
    return 0;
  }
  std::cout << "Late-payment interest owed as of " << DateText(as_of) << " ("
            << (eu ? "EU: ECB + 8 points" : "FR: ECB + 10 points")
            << ", rate per half-year, ACT/365F, rounded half up per item)\n\n";
  if (lines.empty()) {
    std::cout << "No item was late.\n";
    return 0;
  }
  Table t({"item", "customer", "due date", "settled on", "days", "late amount", "interest",
           "compensation", "total", ""},
          {Align::kLeft, Align::kLeft, Align::kLeft, Align::kLeft, Align::kRight, Align::kRight,
           Align::kRight, Align::kRight, Align::kRight, Align::kLeft});
  for (const Line& l : lines) {
    const char* cur = l.totals.interest.currency;
    t.Add({l.item.item_id, l.item.customer_id,
           DateText(l.item.due_date) + (l.item.due_date_assumed ? "*" : ""),
           l.item.settled_on == RELANCE_NO_DATE ? "unpaid" : settled(l.item), Grouped(l.days),
           Amount(l.base.units, cur, true), Amount(l.totals.interest.units, cur, true),
           Amount(l.totals.compensation.units, cur, true), Amount(l.totals.total.units, cur, true), cur});
  }
  t.Rule();
  for (std::size_t k = 0; k < relance_ledger_interest_total_count(owed.get()); ++k) {
    relance_money interest{}, compensation{}, total{};
    Check(relance_ledger_interest_total_at(owed.get(), k, &interest, &compensation, &total), "total");
    t.Add({"total", "", "", "", "", "", Amount(interest.units, interest.currency, true),
           Amount(compensation.units, interest.currency, true),
           Amount(total.units, interest.currency, true), interest.currency});
  }
  t.Print(std::cout);
  bool assumed = false;
  for (const Line& l : lines) assumed = assumed || l.item.due_date_assumed;
  if (assumed) std::cout << "* no due date on the item: due 30 days after its document date\n";
  if (explain) {
    for (const Line& l : lines) {
      std::cout << "\n" << l.item.item_id << " (" << l.item.customer_id << ")\n";
      std::string text = Explanation(l.item.result);
      std::size_t start = 0;
      while (start < text.size()) {
        const std::size_t end = text.find('\n', start);
        std::cout << "  " << text.substr(start, end - start) << "\n";
        if (end == std::string::npos) break;
        start = end + 1;
      }
    }
  }
  return 0;
}

}  // namespace cli
