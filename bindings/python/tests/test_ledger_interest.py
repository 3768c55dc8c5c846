"""Ledger.late_interest: DOMAIN.md's golden case and an unpaid CHF item,
checked against amounts computed here with fractions."""

import datetime
import decimal
import fractions

import pytest

import relance

D = decimal.Decimal
day = datetime.date.fromisoformat


def book():
    ledger = relance.Ledger()
    ledger.add_customers(["ACME", "BETA"])
    ledger.add_items(["F1", "F2", "G1"], ["ACME", "ACME", "BETA"],
                     [day("2024-08-16"), day("2024-08-16"), day("2025-01-01")],
                     [day("2024-09-15"), day("2024-09-15"), day("2025-01-31")],
                     [D("10000.00"), D("500.00"), D("1000.00")], ["EUR", "EUR", "CHF"])
    ledger.add_payments(["P1", "P2"], ["ACME", "ACME"], [day("2024-10-15"), day("2024-09-15")],
                        [D("10000.00"), D("500.00")], "EUR")
    ledger.add_allocations(["P1", "P2"], ["F1", "F2"], [D("10000.00"), D("500.00")],
                           [day("2024-10-15"), day("2024-09-15")])
    return ledger


def half_up(x):
    return D(x.numerator * 100 // x.denominator + (1 if 2 * (x.numerator * 100 % x.denominator) >= x.denominator else 0)) / 100


def test_golden_case_and_unpaid_chf_item():
    with book() as ledger:
        owed = ledger.late_interest(day("2025-03-02"))
    assert [i.item_id for i in owed.items] == ["F1", "G1"]
    f1, g1 = owed.items
    exact = fractions.Fraction(10000) * fractions.Fraction("0.1425") * 30 / 365
    assert f1.interest.exact_interest == exact
    assert f1.interest.interest == half_up(exact) == D("117.12")
    assert f1.interest.compensation == D("40.00")
    assert f1.settled_on == day("2024-10-15")
    g_exact = fractions.Fraction(1000) * fractions.Fraction("0.1315") * 30 / 365
    assert g1.interest.interest == half_up(g_exact) == D("10.81")
    assert g1.interest.compensation == D("0.00") and g1.settled_on is None
    assert owed.totals == {"CHF": (D("10.81"), D("0.00"), D("10.81")),
                           "EUR": (D("117.12"), D("40.00"), D("157.12"))}


def test_filters_and_errors():
    with book() as ledger:
        beta = ledger.late_interest(day("2025-03-02"), customer="BETA", compensation=D("15.00"))
        assert [i.item_id for i in beta.items] == ["G1"]
        assert beta.items[0].interest.compensation == D("15.00")
        with pytest.raises(relance.NotFoundError, match="NOPE"):
            ledger.late_interest(day("2025-03-02"), customer="NOPE")
        with pytest.raises(TypeError):
            ledger.late_interest(day("2025-03-02"), customer=3)
