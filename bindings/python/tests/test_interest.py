"""Rate tables, late-payment interest and the contractual-rate floor through
the binding. Expected amounts are computed here with fractions and integer
rounding from the rates of DOMAIN.md (ECB MRO 4.25 on 1 July 2024, 3.15 on
1 January 2025, 2.15 on 1 July 2025; FR statutory = ECB + 10, EU = + 8)."""

import datetime
import threading
from datetime import date
from decimal import ROUND_HALF_EVEN, Decimal
from fractions import Fraction

import pytest

import relance


def _half_up(value, places=2):
    """value (a non-negative Fraction) rounded half up to `places`."""
    scaled = value * 10**places
    quotient, remainder = divmod(scaled.numerator, scaled.denominator)
    if 2 * remainder >= scaled.denominator:
        quotient += 1
    return Decimal(quotient).scaleb(-places)


def _interest(base, percent, start, end, basis=365):
    """base x percent / 100 x (end - start) days / basis, exactly."""
    return Fraction(Decimal(base)) * Fraction(Decimal(percent)) / 100 * \
        Fraction((end - start).days, basis)


def test_golden_case_fr_statutory():
    due, paid = date(2024, 9, 15), date(2024, 10, 15)
    exact = _interest("10000.00", "14.25", due, paid)
    r = relance.late_interest(Decimal("10000.00"), "EUR", due, paid)
    assert r.late and r.currency == "EUR"
    assert r.exact_interest == exact == Fraction(8550, 73)
    assert r.interest == _half_up(exact) == Decimal("117.12")
    assert r.compensation == Decimal("40.00")
    assert r.total == Decimal("157.12")
    [s] = r.segments
    assert (s.start, s.end, s.days, s.basis_days) == (due, paid, 30, 30)
    assert (s.base, s.percent, s.day_count) == (Decimal("10000.00"), Decimal("14.25"), "ACT/365F")
    assert s.year_fraction == Fraction(30, 365) and s.amount == exact
    assert s.rounded == Decimal("117.12")
    assert str(r) == (
        "after 2024-09-15 through 2024-10-15 (30 days): 10000.00 EUR x 14.25 % x 30/365 "
        "(ACT/365F) = 117.123287671232876712 (rounded to 18 places)\n"
        "interest: 117.12 EUR (exact 8550/73 = 117.123287671232876712...; ROUND_HALF_UP once "
        "on the total)\ncompensation: 40.00 EUR\ntotal: 157.12 EUR\n")
    eu = relance.late_interest("10000.00", "EUR", due, paid, jurisdiction="eu")
    assert eu.interest == _half_up(_interest("10000.00", "12.25", due, paid))


def test_spanning_two_half_years():
    due, paid, cut = date(2024, 11, 20), date(2025, 2, 10), date(2024, 12, 31)
    h2 = _interest("25000.00", "14.25", due, cut)
    h1 = _interest("25000.00", "13.15", cut, paid)
    r = relance.late_interest("25000.00", "EUR", due, paid)
    assert [(s.start, s.end, s.percent) for s in r.segments] == [
        (due, cut, Decimal("14.25")), (cut, paid, Decimal("13.15"))]
    assert [s.amount for s in r.segments] == [h2, h1]
    assert r.exact_interest == h2 + h1
    assert r.interest == _half_up(h2 + h1) == Decimal("769.45")
    assert r.total == Decimal("809.45")

    whole = relance.late_interest("25000.00", "EUR", due, paid, selection="due_date_half_year")
    assert len(whole.segments) == 1
    assert whole.interest == _half_up(_interest("25000.00", "14.25", due, paid))

    act360 = relance.late_interest("25000.00", "EUR", due, paid, day_count="ACT/360")
    assert act360.exact_interest == _interest("25000.00", "14.25", due, cut, 360) + \
        _interest("25000.00", "13.15", cut, paid, 360)
    assert act360.segments[1].year_fraction == Fraction(41, 360)


def test_balance_steps_and_rounding_points():
    due, as_of = date(2025, 3, 31), date(2025, 7, 20)
    steps = [(date(2025, 4, 30), Decimal("6000.00")), (date(2025, 6, 15), Decimal("3500.00"))]
    pieces = [("10000.00", "13.15", due, date(2025, 4, 30)),
              ("6000.00", "13.15", date(2025, 4, 30), date(2025, 6, 15)),
              ("3500.00", "13.15", date(2025, 6, 15), date(2025, 6, 30)),
              ("3500.00", "12.15", date(2025, 6, 30), as_of)]
    exact = [_interest(*p) for p in pieces]
    r = relance.late_interest("10000.00", "EUR", due, as_of, balance_steps=steps)
    assert [s.amount for s in r.segments] == exact
    assert [s.base for s in r.segments] == [Decimal(p[0]) for p in pieces]
    assert r.interest == _half_up(sum(exact))
    per_segment = relance.late_interest("10000.00", "EUR", due, as_of, balance_steps=steps,
                                        rounding_point="segment")
    assert per_segment.interest == sum(_half_up(e) for e in exact)
    assert [s.rounded for s in per_segment.segments] == [_half_up(e) for e in exact]

    # 50.00 x 3.65 % / 365 = 0.005 a day: ties.
    tie = dict(rate=Decimal("3.65"))
    two_days = (date(2025, 6, 29), date(2025, 7, 1))
    assert relance.late_interest("50.00", "EUR", *two_days, **tie).interest == Decimal("0.01")
    assert relance.late_interest("50.00", "EUR", *two_days, rounding_point="segment",
                                 **tie).interest == Decimal("0.02")
    assert relance.late_interest("50.00", "EUR", *two_days, rounding_point="per_segment",
                                 rounding=ROUND_HALF_EVEN, **tie).interest == Decimal("0.00")
    with pytest.raises(relance.InexactError):
        relance.late_interest("50.00", "EUR", *two_days, rounding_point="segment",
                              rounding="EXACT", **tie)


def test_contractual_rates_and_compensation():
    due, paid = date(2024, 9, 15), date(2024, 10, 15)
    fixed = relance.late_interest("10000.00", "EUR", due, paid, rate=Decimal("12.5"))
    assert fixed.interest == _half_up(_interest("10000.00", "12.5", due, paid))
    assert fixed.compensation == Decimal("0.00")
    table = relance.RateTable("mine", [(date(2024, 1, 1), Decimal("2.00"))])
    ref = relance.late_interest("10000.00", "EUR", due, paid, reference=table,
                                margin=Decimal("3"), compensation=Decimal("15.00"))
    assert ref.segments[0].percent == Decimal("5.00")
    assert ref.total == _half_up(_interest("10000.00", "5", due, paid)) + Decimal("15.00")
    # The statutory rule over a table of one's own: 2.00 + 10.
    own = relance.late_interest("10000.00", "EUR", due, paid, reference=table)
    assert own.segments[0].percent == Decimal("12.00")
    yen = relance.late_interest(1000, "JPY", due, paid, compensation=6000)
    assert (yen.interest, yen.total, yen.currency) == (Decimal("12"), Decimal("6012"), "JPY")
    grace = relance.late_interest("10000.00", "EUR", due, paid, grace_days=25)
    assert grace.interest == _half_up(_interest("10000.00", "14.25", date(2024, 10, 10), paid))
    on_time = relance.late_interest("10000.00", "EUR", due, paid, grace_days=30)
    assert not on_time.late and on_time.total == Decimal("0.00") and on_time.segments == []
    assert str(on_time).startswith("not late: no interest\n")


def test_interest_errors():
    due, paid = date(2024, 9, 15), date(2024, 10, 15)
    with pytest.raises(relance.InvalidArgumentError,
                       match=r"balance change 1 \(2024-09-20\) is not after balance change 0"):
        relance.late_interest("10000.00", "EUR", due, paid, balance_steps=[
            (date(2024, 10, 1), "5000.00"), (date(2024, 9, 20), "1000.00")])
    with pytest.raises(relance.CurrencyMismatchError, match="40 EUR; give it in JPY"):
        relance.late_interest(1000, "JPY", due, paid)
    with pytest.raises(relance.InvalidArgumentError, match="negative"):
        relance.late_interest("-1.00", "EUR", due, paid)
    with pytest.raises(relance.InvalidArgumentError):
        relance.late_interest("10000.00", "EUR", due, paid, grace_days=-1)
    with pytest.raises(relance.NotFoundError):
        relance.late_interest("10000.00", "EUR", date(2008, 9, 1), paid)
    # About ten times the largest amount relance_money carries.
    with pytest.raises(relance.RelanceOverflowError):
        relance.late_interest(Decimal(2**63 - 1).scaleb(-2), "EUR", date(2024, 1, 1),
                              date(2025, 1, 1), rate=Decimal("1000"))
    with pytest.raises(ValueError, match="per_half_year"):
        relance.late_interest("10000.00", "EUR", due, paid, selection="yearly")
    with pytest.raises(ValueError):
        relance.late_interest("10000.00", "EUR", due, paid, rounding_point="nowhere")
    with pytest.raises(ValueError):
        relance.late_interest("10000.00", "EUR", due, paid, rounding="NEAREST")
    with pytest.raises(relance.InvalidArgumentError, match="unknown day count"):
        relance.late_interest("10000.00", "EUR", due, paid, day_count="365")
    with pytest.raises(TypeError):
        relance.late_interest(10000.0, "EUR", due, paid)
    with pytest.raises(TypeError):
        relance.late_interest("10000.00", "EUR", due, paid, rate=12.5)
    with pytest.raises(TypeError):
        relance.late_interest("10000.00", "EUR", due, paid, rate=Decimal("12"), jurisdiction="FR")
    with pytest.raises(TypeError):
        relance.late_interest("10000.00", "EUR", due, paid, margin=Decimal("3"))
    with pytest.raises(TypeError):
        relance.late_interest("10000.00", "EUR", due, paid, reference="ECB")
    with pytest.raises(TypeError):
        relance.late_interest("10000.00", "EUR", due, paid, balance_steps=[date(2024, 10, 1)])


def test_rate_tables():
    ecb = relance.ecb_rates()
    assert ecb.name == "ECB MRO" and len(ecb) == 35
    changes = ecb.changes
    assert changes[0] == relance.RateChange(date(2008, 10, 15), Decimal("3.75"))
    assert changes[-1] == (date(2025, 6, 11), Decimal("2.15"))
    assert ecb.rate_on(date(2024, 9, 18)) == Decimal("3.65")
    assert ecb.rate_on(date(2024, 9, 17)) == Decimal("4.25")
    with pytest.raises(relance.NotFoundError, match="2008-10-15"):
        ecb.rate_on(date(2008, 10, 14))
    assert relance.statutory_rate("FR", date(2024, 10, 15)) == Decimal("14.25")
    assert relance.statutory_rate("fr", date(2025, 3, 1)) == Decimal("13.15")
    assert relance.statutory_rate("EU", date(2025, 8, 1), ecb) == Decimal("10.15")

    # The shipped changes plus a later decision.
    extended = relance.RateTable("ECB MRO+", changes + [(date(2026, 2, 4), Decimal("1.90"))])
    assert extended.rate_on(date(2026, 3, 1)) == Decimal("1.90")
    assert relance.statutory_rate("FR", date(2026, 8, 1), table=extended) == Decimal("11.90")
    with pytest.raises(relance.InvalidArgumentError, match="is not after change 0"):
        relance.RateTable("bad", [(date(2025, 1, 1), "1"), (date(2025, 1, 1), "2")])
    with pytest.raises(relance.InvalidArgumentError, match="has no rate"):
        relance.RateTable("empty", [])
    with pytest.raises(TypeError):
        relance.RateTable("bad", [(date(2025, 1, 1), 1.5)])
    with pytest.raises(TypeError):
        relance.statutory_rate("FR", date(2025, 1, 1), table="ECB")
    with relance.RateTable("mine", [(date(2025, 1, 1), Decimal("-0.50"))]) as mine:
        assert mine.rate_on(date(2030, 1, 1)) == Decimal("-0.50")
    with pytest.raises(relance.InvalidArgumentError, match="closed"):
        mine.rate_on(date(2030, 1, 1))


def test_shared_table_across_threads():
    table = relance.ecb_rates()
    results = []

    def work():
        results.append(relance.late_interest("25000.00", "EUR", date(2024, 11, 20),
                                             date(2025, 2, 10), reference=table).interest)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == [Decimal("769.45")] * 4


def test_contractual_rate_floor():
    ok = relance.check_contractual_rate(Decimal("11.13"), Decimal("3.71"))
    assert ok.compliant and ok.minimum == Decimal("11.13")
    assert ok.explanation == ("contractual rate 11.13 % is at least 3 x the legal interest "
                              "rate 3.71 % = 11.13 % (Code de commerce L441-10)")
    low = relance.check_contractual_rate("11.12", "3.71")
    assert not low.compliant and "cannot be lower" in low.explanation
    with pytest.raises(relance.InvalidArgumentError, match="must not be negative"):
        relance.check_contractual_rate(-1, "3.71")
    with pytest.raises(TypeError):
        relance.check_contractual_rate(11.13, "3.71")


def test_act_act_isda_across_the_year_end():
    # A late period starting in one year and ending in the next, per half-year.
    r = relance.late_interest("10000.00", "EUR", date(2023, 12, 20), date(2024, 1, 10),
                              day_count="ACT/ACT-ISDA")
    assert [s.end for s in r.segments] == [date(2023, 12, 31), date(2024, 1, 10)]
    assert r.segments[1].year_fraction == Fraction(9, 366) + Fraction(1, 365)
    assert r.segments[0].start + datetime.timedelta(days=11) == date(2023, 12, 31)
