// relance kpi LEDGER --from DATE --to DATE [--customer ID]... [--format table|json]

#include <iostream>

#include "cli.h"

namespace cli {
namespace {

const char kHelp[] =
    "usage: relance kpi LEDGER --from DATE --to DATE [--format table|csv|json]\n"
    "\n"
    "The collection KPIs of the period FROM..TO (both included), per currency,\n"
    "each printed with its definition: DSO (standard and countback), best\n"
    "possible DSO, average days delinquent, collection effectiveness index,\n"
    "average days to pay and beyond terms, recovery rate, average collection\n"
    "delay, cash tied up by late payment, and the retention of customers after\n"
    "a payment incident. Values are exact ratios rounded half-even to 2\n"
    "decimals; a KPI without a base (no sales in the period, say) is shown as\n"
    "\"n/a\" with the reason. Definitions: docs/kpis.md.\n"
    "\n"
    "  --from DATE, --to DATE  the period, YYYY-MM-DD (required)\n"
    "  --format table|csv|json table (default); csv and json are exact\n";

std::string FigureText(const relance_kpi_figure& f) {
  if (!f.has_value) return std::string("n/a (") + relance_kpi_status_name(f.status) + ")";
  return DecimalText(f.value);
}

}  // namespace

int RunKpi(int argc, char** argv) {
  Args args("kpi", argc, argv, {});
  if (args.help()) {
    std::cout << kHelp;
    return 0;
  }
  const std::string path = args.Positional(0, "LEDGER (a directory or an open-items CSV file)");
  relance_kpi_options options;
  Check(relance_kpi_options_init(&options, sizeof options), "kpi options");
  options.from = args.DateOption("from");
  options.to = args.DateOption("to");
  const std::string format = args.Choice("format", {"table", "csv", "json"}, "table");
  args.Finish(1);
  if (options.to < options.from) {
    Usage("kpi", "--to " + DateText(options.to) + " is before --from " + DateText(options.from));
  }
  Ledger ledger = LoadLedger(path);
  relance_kpi_report* raw = nullptr;
  Check(relance_ledger_kpis(ledger.get(), &options, &raw), "kpi");
  Handle<relance_kpi_report, relance_kpi_report_destroy> report(raw);
  const std::size_t currencies = relance_kpi_report_currency_count(report.get());

  relance_kpi_figure retention{};
  Check(relance_kpi_report_figure(report.get(), 0, RELANCE_KPI_RETENTION_RATE, &retention), "retention");
  relance_kpi_retention counts{};
  Check(relance_kpi_report_retention(report.get(), &counts), "retention");

  if (format == "csv" || format == "json") {
    if (format == "csv") std::cout << "currency,kpi,status,value,numerator,denominator\n";
    if (format == "json") std::cout << "{\"from\":\"" << DateText(options.from) << "\",\"to\":\"" << DateText(options.to) << "\",\"currencies\":[";
    for (std::size_t c = 0; c < currencies; ++c) {
      char code[4];
      Check(relance_kpi_report_currency(report.get(), c, code), "currency");
      if (format == "json") std::cout << (c ? "," : "") << "{\"currency\":\"" << code << "\",\"kpis\":{";
      for (int k = 0; k < RELANCE_KPI_RETENTION_RATE; ++k) {
        relance_kpi_figure f{};
        Check(relance_kpi_report_figure(report.get(), c, static_cast<relance_kpi>(k), &f), "kpi");
        const std::string value = f.has_value ? DecimalText(f.value) : "";
        if (format == "csv") {
          std::cout << code << "," << relance_kpi_name(static_cast<relance_kpi>(k)) << ","
                    << relance_kpi_status_name(f.status) << "," << value << ","
                    << DecimalText(f.numerator) << "," << DecimalText(f.denominator) << "\n";
        } else {
          std::cout << (k ? "," : "") << "\"" << relance_kpi_name(static_cast<relance_kpi>(k))
                    << "\":{\"status\":\"" << relance_kpi_status_name(f.status) << "\",\"value\":"
                    << (f.has_value ? "\"" + value + "\"" : "null") << ",\"numerator\":\""
                    << DecimalText(f.numerator) << "\",\"denominator\":\"" << DecimalText(f.denominator)
                    << "\"}";
        }
      }
      int64_t cash = 0;
      Check(relance_kpi_report_amount(report.get(), c, RELANCE_KPI_AMOUNT_LATE_PAYMENT_CASH, &cash), "kpi");
      if (format == "csv") {
        std::cout << code << ",late_payment_cash,defined," << Amount(cash, code, false) << ",,\n";
      } else {
        std::cout << "},\"late_payment_cash\":\"" << Amount(cash, code, false) << "\"}";
      }
    }
    const std::string rate = retention.has_value ? DecimalText(retention.value) : "";
    if (format == "csv") {
      std::cout << ",retention_rate," << relance_kpi_status_name(retention.status) << "," << rate
                << "," << counts.retained << "," << counts.customers_with_incident << "\n";
    } else {
      std::cout << "],\"retention\":{\"status\":\"" << relance_kpi_status_name(retention.status)
                << "\",\"rate\":" << (retention.has_value ? "\"" + rate + "\"" : "null")
                << ",\"customers_with_incident\":" << counts.customers_with_incident
                << ",\"retained\":" << counts.retained << ",\"lost\":" << counts.lost
                << ",\"undecided\":" << counts.undecided << "}}\n";
    }
    return 0;
  }

  std::cout << "Collection KPIs from " << DateText(options.from) << " to " << DateText(options.to) << "\n";
  for (std::size_t c = 0; c < currencies; ++c) {
    char code[4];
    Check(relance_kpi_report_currency(report.get(), c, code), "currency");
    std::cout << "\n" << code << "\n";
    Table t({"KPI", "value", "definition"}, {Align::kLeft, Align::kRight, Align::kLeft});
    for (int k = 0; k < RELANCE_KPI_RETENTION_RATE; ++k) {
      relance_kpi_figure f{};
      Check(relance_kpi_report_figure(report.get(), c, static_cast<relance_kpi>(k), &f), "kpi");
      t.Add({relance_kpi_title(static_cast<relance_kpi>(k)), FigureText(f),
             relance_kpi_definition(static_cast<relance_kpi>(k))});
    }
    int64_t cash = 0;
    Check(relance_kpi_report_amount(report.get(), c, RELANCE_KPI_AMOUNT_LATE_PAYMENT_CASH, &cash), "kpi");
    t.Add({"Cash tied up by late payment", Amount(cash, code, true),
           "average days delinquent x credit sales / days in the period"});
    t.Print(std::cout);
  }
  std::cout << "\nRetention after a payment incident: " << FigureText(retention) << " % ("
            << counts.retained << " of " << counts.customers_with_incident
            << " customers with an item paid or open more than 30 days late bought again within "
               "180 days; "
            << counts.lost << " did not, " << counts.undecided << " too recent to tell)\n";
  return 0;
}

}  // namespace cli
