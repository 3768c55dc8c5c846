// Money with the C++ core: allocate an invoice total across three cost
// centres, round a VAT amount, and see mixed currencies refused.
#include <cstdio>
#include <string>
#include <vector>

#include "relance/error.h"
#include "relance/money.h"

namespace {

using relance::Currency;
using relance::Decimal;
using relance::Money;

Money Eur(std::string_view amount) {
  return *Money::Parse(amount, *Currency::Lookup("EUR"));
}

void Vat(std::string_view net_text, std::string_view rate, const char* percent) {
  const Money net = Eur(net_text);
  const Money tax =
      *relance::MultiplyByRate(net, *Decimal::Parse(rate), relance::RoundingMode::kHalfUp);
  std::printf("VAT %s %% on %s, rounded half up: %s\n", percent, net.ToString().c_str(),
              tax.ToString().c_str());
}

}  // namespace

int main() {
  const Money total = Eur("1000.00");
  const std::vector<Decimal> headcount = {Decimal(3), Decimal(2), Decimal(2)};
  const auto parts = relance::Allocate(total, headcount);
  if (!parts.ok()) {
    std::fprintf(stderr, "%s\n", std::string(parts.status().message()).c_str());
    return 1;
  }
  std::printf("Invoice %s split across three cost centres by headcount 3:2:2\n",
              total.ToString().c_str());
  const char* centres[] = {"Sales", "Logistics", "Support"};
  Money sum = Money::Zero(total.currency());
  for (std::size_t i = 0; i < parts->size(); ++i) {
    std::printf("  %-10s %14s\n", centres[i], (*parts)[i].ToString().c_str());
    sum = *relance::Add(sum, (*parts)[i]);
  }
  std::printf("  %-10s %14s\n", "Total", sum.ToString().c_str());

  Vat("1234.56", "0.20", "20");
  Vat("12.30", "0.055", "5.5");

  const Money eur = Eur("100.00");
  const Money usd = *Money::Parse("100.00", *Currency::Lookup("USD"));
  const auto mixed = relance::Add(eur, usd);
  const relance::ErrorCode code = relance::ErrorCodeOf(mixed.status());
  std::printf("Adding %s and %s: refused (%s)\n", eur.ToString().c_str(), usd.ToString().c_str(),
              std::string(relance::ErrorCodeName(code)).c_str());
  return code == relance::ErrorCode::kCurrencyMismatch ? 0 : 1;
}
