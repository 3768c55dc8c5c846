#include <iostream>

#include <relance/money.h>

int main() {
  const auto eur = relance::Currency::Lookup("EUR");
  const auto total = relance::Money::Parse("100.00", *eur);
  const auto parts = relance::Split(*total, 3);
  std::cout << "C++ consumer: " << (*parts)[0] << "\n";
  return (*parts)[0].ToString() == "33.34 EUR" ? 0 : 1;
}
