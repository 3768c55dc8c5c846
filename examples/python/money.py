"""Money from Python: allocate an invoice total across three cost centres,
round a VAT amount, and see mixed currencies refused. Prints the same text
as examples/c/money.c and examples/cpp/money.cpp."""

from decimal import Decimal, ROUND_HALF_UP

import relance


def vat(net_text, rate, percent):
    net = relance.Money(net_text, "EUR")
    tax = net.multiply(Decimal(rate), ROUND_HALF_UP)
    print(f"VAT {percent} % on {net}, rounded half up: {tax}")


def main():
    total = relance.Money("1000.00", "EUR")
    parts = total.allocate([3, 2, 2])  # headcount of each centre
    print(f"Invoice {total} split across three cost centres by headcount 3:2:2")
    for centre, part in zip(["Sales", "Logistics", "Support"], parts):
        print(f"  {centre:<10} {str(part):>14}")
    print(f"  {'Total':<10} {str(sum(parts[1:], parts[0])):>14}")

    vat("1234.56", "0.20", "20")
    vat("12.30", "0.055", "5.5")

    eur, usd = relance.Money("100.00", "EUR"), relance.Money("100.00", "USD")
    try:
        eur + usd
    except relance.CurrencyMismatchError as error:
        print(f"Adding {eur} and {usd}: refused ({error.status_name})")


if __name__ == "__main__":
    main()
