// relance terms TERMS --invoice-date DATE [--jurisdiction fr|eu]
//                     [--amount AMOUNT --currency CODE] [--format table|json]

#include <cstring>
#include <iostream>

#include "cli.h"

namespace cli {
namespace {

const char kHelp[] =
    "usage: relance terms TERMS --invoice-date DATE [--jurisdiction fr|eu]\n"
    "                     [--amount AMOUNT] [--currency CODE] [--format table|json]\n"
    "\n"
    "Due dates of payment terms for an invoice, and their legal check between\n"
    "businesses (FR: Code de commerce L441-10; EU: Directive 2011/7/EU).\n"
    "\n"
    "TERMS is the text form of docs/terms-and-interest.md, quoted: \"net 30\",\n"
    "\"eom+45\" (end of month, then 45 days), \"45+eom\" (45 days, then end of\n"
    "month), \"day 10 next month\", \"2% 10, net 30\", \"30%: net 30; balance: net 60\",\n"
    "\"net 30, following FR\"; \"\" for terms not stated.\n"
    "\n"
    "  --invoice-date DATE   the invoice date, YYYY-MM-DD (required)\n"
    "  --jurisdiction fr|eu  whose rules to check against (default fr)\n"
    "  --amount AMOUNT       an invoice amount, to split over installments\n"
    "  --currency CODE       its ISO 4217 currency (default EUR)\n"
    "  --format table|json   output (default table)\n"
    "\n"
    "Violations are reported, not errors: the exit code is 0 unless the\n"
    "arguments are wrong.\n";

const char* ViolationName(int32_t code) {
  switch (code) {
    case RELANCE_TERMS_VIOLATION_SILENT_TERMS: return "silent_terms";
    case RELANCE_TERMS_VIOLATION_BEYOND_60_DAYS: return "beyond_60_days";
    case RELANCE_TERMS_VIOLATION_BEYOND_EOM_THEN_45: return "beyond_eom_then_45";
    case RELANCE_TERMS_VIOLATION_BEYOND_45_THEN_EOM: return "beyond_45_then_eom";
  }
  return "unknown";
}

}  // namespace

int RunTerms(int argc, char** argv) {
  Args args("terms", argc, argv, {});
  if (args.help()) {
    std::cout << kHelp;
    return 0;
  }
  const std::string text = args.Positional(0, "TERMS (e.g. \"eom+45\")");
  const int32_t invoice = args.DateOption("invoice-date");
  const std::string jurisdiction_name = args.Choice("jurisdiction", {"fr", "eu"}, "fr");
  const bool has_amount = args.Has("amount");
  const std::string amount_text = args.Option("amount", "");
  const std::string currency = args.Option("currency", "EUR");
  const bool json = args.Choice("format", {"table", "json"}, "table") == "json";
  args.Finish(1);

  relance_terms* raw_terms = nullptr;
  Check(relance_terms_create(text.data(), text.size(), &raw_terms), "terms \"" + text + "\"");
  Handle<relance_terms, relance_terms_destroy> terms(raw_terms);
  relance_jurisdiction jurisdiction =
      jurisdiction_name == "eu" ? RELANCE_JURISDICTION_EU : RELANCE_JURISDICTION_FR;

  char canonical[512];
  size_t length = 0;
  Check(relance_terms_format(terms.get(), canonical, sizeof canonical, &length), "terms");

  std::vector<std::vector<std::string>> installments;  // due, amount
  if (has_amount) {
    relance_money amount{};
    Check(relance_money_parse(amount_text.data(), amount_text.size(), currency.c_str(),
                              RELANCE_ROUND_EXACT, &amount),
          "--amount " + amount_text + " " + currency);
    relance_installment_list* raw = nullptr;
    Check(relance_terms_due_dates(terms.get(), invoice, &amount, &raw), "due dates");
    Handle<relance_installment_list, relance_installment_list_destroy> list(raw);
    for (size_t i = 0; i < relance_installment_list_count(list.get()); ++i) {
      relance_installment in{};
      Check(relance_installment_list_at(list.get(), i, &in), "installment");
      installments.push_back({DateText(in.due_date), Amount(in.amount.units, in.amount.currency, false)});
      if (in.has_early_payment) {
        installments.back().push_back(DateText(in.discount_deadline));
        installments.back().push_back(Amount(in.discounted_amount.units, in.amount.currency, false));
      }
    }
  }
  relance_terms_check_result* raw_check = nullptr;
  Check(relance_terms_check(terms.get(), invoice, jurisdiction, &raw_check), "legal check");
  Handle<relance_terms_check_result, relance_terms_check_result_destroy> check(raw_check);
  relance_terms_caps caps{};
  Check(relance_terms_check_result_caps(check.get(), &caps), "caps");
  std::vector<std::string> dues;
  for (size_t i = 0; i < relance_terms_check_result_due_date_count(check.get()); ++i) {
    int32_t d = 0;
    Check(relance_terms_check_result_due_date_at(check.get(), i, &d), "due date");
    dues.push_back(DateText(d));
  }
  struct Violation {
    int32_t code, installment;
    std::string message;
  };
  std::vector<Violation> violations;
  for (size_t i = 0; i < relance_terms_check_result_violation_count(check.get()); ++i) {
    Violation v{};
    const char* message = nullptr;
    Check(relance_terms_check_result_violation_at(check.get(), i, &v.code, &v.installment, &message),
          "violation");
    v.message = message;
    violations.push_back(v);
  }
  const std::string law = jurisdiction_name == "eu" ? "EU" : "FR";

  if (json) {
    std::cout << "{\"terms\":" << JsonString(std::string(canonical, length))
              << ",\"invoice_date\":\"" << DateText(invoice) << "\",\"jurisdiction\":\"" << law
              << "\",\"due_dates\":[";
    for (std::size_t i = 0; i < dues.size(); ++i) std::cout << (i ? "," : "") << '"' << dues[i] << '"';
    std::cout << "]";
    if (has_amount) {
      std::cout << ",\"installments\":[";
      for (std::size_t i = 0; i < installments.size(); ++i) {
        std::cout << (i ? "," : "") << "{\"due_date\":\"" << installments[i][0]
                  << "\",\"amount\":\"" << installments[i][1] << "\",\"currency\":\"" << currency
                  << "\"";
        if (installments[i].size() > 2) {
          std::cout << ",\"discount_deadline\":\"" << installments[i][2]
                    << "\",\"discounted_amount\":\"" << installments[i][3] << "\"";
        }
        std::cout << "}";
      }
      std::cout << "]";
    }
    std::cout << ",\"cap_60_days\":\"" << DateText(caps.cap_60_days) << "\"";
    if (caps.has_cap_eom_then_45) std::cout << ",\"cap_eom_then_45\":\"" << DateText(caps.cap_eom_then_45) << "\"";
    if (caps.has_cap_45_then_eom) std::cout << ",\"cap_45_then_eom\":\"" << DateText(caps.cap_45_then_eom) << "\"";
    std::cout << ",\"compliant\":" << (violations.empty() ? "true" : "false") << ",\"violations\":[";
    for (std::size_t i = 0; i < violations.size(); ++i) {
      std::cout << (i ? "," : "") << "{\"code\":\"" << ViolationName(violations[i].code)
                << "\",\"installment\":" << violations[i].installment
                << ",\"message\":" << JsonString(violations[i].message) << "}";
    }
    std::cout << "]}\n";
    return 0;
  }
  std::cout << "Terms         " << (length ? std::string(canonical, length) : "(not stated)") << "\n"
            << "Invoice date  " << DateText(invoice) << "\n";
  if (has_amount) {
    std::cout << "\n";
    Table t({"#", "due date", "amount", "currency", "pay by", "discounted"});
    for (std::size_t i = 0; i < installments.size(); ++i) {
      std::vector<std::string> row = {std::to_string(i + 1), installments[i][0],
                                      installments[i][1], currency};
      if (installments[i].size() > 2) {
        row.push_back(installments[i][2]);
        row.push_back(installments[i][3]);
      }
      t.Add(row);
    }
    t.Print(std::cout);
  } else {
    std::cout << "Due date" << (dues.size() > 1 ? "s     " : "      ");
    for (std::size_t i = 0; i < dues.size(); ++i) std::cout << (i ? ", " : "") << dues[i];
    std::cout << "\n";
  }
  std::cout << "\nLegal check (" << law << ")\n"
            << "  60 days from the invoice      " << DateText(caps.cap_60_days) << "\n";
  if (caps.has_cap_eom_then_45) {
    std::cout << "  end of month, then 45 days    " << DateText(caps.cap_eom_then_45) << "\n"
              << "  45 days, then end of month    " << DateText(caps.cap_45_then_eom) << "\n";
  }
  if (violations.empty()) {
    std::cout << "  compliant\n";
  } else {
    for (const Violation& v : violations) std::cout << "  - " << v.message << "\n";
  }
  return 0;
}

}  // namespace cli
