"""Day counts, jurisdictions and payment terms through the binding. Expected
dates and fractions are computed here with datetime and fractions, from the
rules in relance.h, not taken from the library."""

import calendar
import datetime
import random
from datetime import date
from decimal import Decimal
from fractions import Fraction

import pytest

import relance


def _eom(d):
    return d.replace(day=calendar.monthrange(d.year, d.month)[1])


def _act_act_isda(start, end):
    """Days of [start, end) in leap years / 366 + in other years / 365."""
    total, d = Fraction(0), start
    while d < end:
        next_year = date(d.year + 1, 1, 1)
        stop = min(end, next_year)
        total += Fraction((stop - d).days, 366 if calendar.isleap(d.year) else 365)
        d = stop
    return total


def _thirty(start, end, eurobond):
    d1, d2 = start.day, end.day
    d1 = 30 if d1 == 31 else d1
    if d2 == 31 and (eurobond or d1 == 30):
        d2 = 30
    return 360 * (end.year - start.year) + 30 * (end.month - start.month) + d2 - d1


def _expected_fraction(convention, start, end):
    if end < start:
        return -_expected_fraction(convention, end, start)
    days = (end - start).days
    return {
        "ACT/365F": lambda: Fraction(days, 365),
        "ACT/360": lambda: Fraction(days, 360),
        "ACT/ACT-ISDA": lambda: _act_act_isda(start, end),
        "30/360": lambda: Fraction(_thirty(start, end, False), 360),
        "30E/360": lambda: Fraction(_thirty(start, end, True), 360),
    }[convention]()


def test_year_fraction_golden_values():
    assert relance.DAY_COUNTS == ("ACT/365F", "ACT/360", "ACT/ACT-ISDA", "30/360", "30E/360")
    assert relance.year_fraction(date(2024, 9, 15), date(2024, 10, 15), "ACT/365F") == \
        Fraction(30, 365)
    # 31/365 + 30/366.
    assert relance.year_fraction(date(2023, 12, 1), date(2024, 1, 31), "ACT/ACT-ISDA") == \
        Fraction(3716, 22265)
    assert relance.day_count_days(date(2025, 1, 15), date(2025, 1, 31), "30/360") == 16
    assert relance.day_count_days(date(2025, 1, 15), date(2025, 1, 31), "30E/360") == 15
    assert isinstance(relance.year_fraction(date(2025, 1, 1), date(2025, 1, 1), "ACT/360"),
                      Fraction)


def test_year_fraction_matches_an_independent_computation():
    rng = random.Random(20250115)
    lo, hi = date(1999, 1, 1).toordinal(), date(2031, 12, 31).toordinal()
    for _ in range(3000):
        start = date.fromordinal(rng.randint(lo, hi))
        end = start + datetime.timedelta(days=rng.randint(-800, 800))
        # Month ends and the 30th/31st exercise the 30-day rules.
        if rng.random() < 0.3:
            start = _eom(start)
        convention = rng.choice(relance.DAY_COUNTS)
        assert relance.year_fraction(start, end, convention) == \
            _expected_fraction(convention, start, end), (convention, start, end)


def test_day_count_and_jurisdiction_errors():
    with pytest.raises(relance.InvalidArgumentError, match='unknown day count "act/365f"'):
        relance.year_fraction(date(2025, 1, 1), date(2025, 2, 1), "act/365f")
    with pytest.raises(ValueError):
        relance.year_fraction(date(2025, 1, 1), date(2025, 2, 1), "ACT/365")
    with pytest.raises(TypeError):
        relance.year_fraction(date(2025, 1, 1), date(2025, 2, 1), 0)
    with pytest.raises(TypeError):
        relance.year_fraction("2025-01-01", date(2025, 2, 1), "ACT/360")
    with pytest.raises(TypeError):
        relance.year_fraction(datetime.datetime(2025, 1, 1), date(2025, 2, 1), "ACT/360")
    with pytest.raises(relance.InvalidArgumentError, match="DE"):
        relance.check_terms("net 30", date(2025, 1, 15), "DE")
    with pytest.raises(TypeError):
        relance.check_terms("net 30", date(2025, 1, 15), 1)


def test_forty_five_days_end_of_month_both_ways():
    invoice = date(2025, 1, 15)
    eom_then_45 = _eom(invoice) + datetime.timedelta(days=45)
    then_eom = _eom(invoice + datetime.timedelta(days=45))
    cap_60 = invoice + datetime.timedelta(days=60)
    assert (eom_then_45, then_eom, cap_60) == (date(2025, 3, 17), date(2025, 3, 31),
                                               date(2025, 3, 16))
    assert relance.final_due_date("eom+45", invoice) == eom_then_45
    assert relance.final_due_date(relance.PaymentTerms("45+eom"), invoice) == then_eom

    fr = relance.check_terms("eom+45", invoice, "FR")
    assert fr.due_dates == [eom_then_45]
    assert (fr.cap_60_days, fr.cap_eom_then_45, fr.cap_45_then_eom) == \
        (cap_60, eom_then_45, then_eom)
    assert fr.violations == []

    late = relance.check_terms("45+eom", invoice, "fr")
    assert [(v.code, v.installment) for v in late.violations] == [("BEYOND_EOM_THEN_45", 0)]
    assert "2025-03-31" in late.violations[0].message

    eu = relance.check_terms("eom+45", invoice, "EU")
    assert eu.cap_eom_then_45 is None and eu.cap_45_then_eom is None
    assert [v.code for v in eu.violations] == ["BEYOND_60_DAYS"]
    assert relance.check_terms("", invoice, "EU").violations[0].code == "SILENT_TERMS"


@pytest.mark.parametrize("text", [
    "", "net 30", "net 0", "eom+45", "45+eom", "day 10 next month",
    "eom+30 then day 10 next month", "2% 10, net 30", "net 30, following FR",
    "30%: net 30; 30%: net 60; balance: net 90", "500.00: net 0; balance: eom+30",
    "50%: net 0; 50%: 45+eom, modified_following TARGET"])
def test_text_round_trip(text):
    with relance.PaymentTerms(text) as terms:
        assert str(terms) == text
        assert relance.PaymentTerms(str(terms)) == terms
        assert repr(terms) == f"PaymentTerms({text!r})"


def test_installments_sum_to_the_invoice():
    terms = relance.PaymentTerms("30%: net 30; 30%: net 60; balance: net 90")
    got = relance.due_dates(terms, date(2025, 1, 15), Decimal("1000.01"), "EUR")
    # 100001 cents x 30 % = 30000.3 twice; the balance part (40 %) keeps the
    # largest remainder, the odd cent.
    assert [(i.due_date, i.amount) for i in got] == [
        (date(2025, 2, 14), Decimal("300.00")), (date(2025, 3, 16), Decimal("300.00")),
        (date(2025, 4, 15), Decimal("400.01"))]
    assert all(i.early_payment is None for i in got)
    rng = random.Random(7)
    for _ in range(200):
        cents = rng.randint(-10**12, 10**12)
        total = Decimal(cents).scaleb(-2)
        parts = terms.due_dates(date(2025, 1, 15), total, "EUR")
        assert sum(p.amount for p in parts) == total
        assert all(abs(p.amount - total * share) <= Decimal("0.01")
                   for p, share in zip(parts, (Decimal("0.3"), Decimal("0.3"))))


def test_discount_and_roll():
    [item] = relance.due_dates("2% 10, net 30", date(2025, 1, 15), "1000.00", "EUR")
    assert item.due_date == date(2025, 2, 14)
    assert item.early_payment == relance.EarlyPayment(date(2025, 1, 25), Decimal("20.00"),
                                                      Decimal("980.00"))
    # 2025-05-01 + 30 days is Saturday 31 May; following: Monday 2 June.
    assert relance.final_due_date("net 30, following FR", date(2025, 5, 1)) == date(2025, 6, 2)


def test_errors_carry_the_core_message():
    with pytest.raises(relance.ParseError, match="position 5") as error:
        relance.PaymentTerms("net thirty")
    assert error.value.message.startswith("relance_terms_create: ")
    assert isinstance(error.value, ValueError)
    with pytest.raises(relance.NotFoundError):
        relance.PaymentTerms("net 30, following XX")
    with pytest.raises(relance.InvalidArgumentError):
        relance.PaymentTerms("60%: net 30; 60%: net 60")
    with pytest.raises(relance.InvalidArgumentError):  # 500.00 > 100.00
        relance.due_dates("500.00: net 0; balance: eom+30", date(2025, 1, 15), "100.00", "EUR")
    with pytest.raises(relance.InvalidArgumentError, match="outside years 1..9999"):
        relance.due_dates("net 60", date(9999, 12, 1), "1.00", "EUR")
    with pytest.raises(relance.InexactError):
        relance.due_dates("net 30", date(2025, 1, 15), Decimal("1.001"), "EUR")
    with pytest.raises(TypeError):
        relance.due_dates("net 30", date(2025, 1, 15), 1.5, "EUR")
    with pytest.raises(TypeError):
        relance.due_dates(30, date(2025, 1, 15), "1.00", "EUR")
    with pytest.raises(TypeError):
        relance.PaymentTerms(b"net 30")
    terms = relance.PaymentTerms("net 30")
    terms.close()
    with pytest.raises(relance.InvalidArgumentError, match="closed"):
        str(terms)
