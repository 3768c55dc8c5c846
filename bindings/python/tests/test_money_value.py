"""relance.Money: exact construction, currency rules and rounding, through
the C ABI's relance_money functions. Expected values worked by hand."""

from decimal import Decimal, ROUND_HALF_EVEN, ROUND_HALF_UP

import pytest

import relance


def test_amount_takes_the_minor_units_of_its_currency():
    assert str(relance.Money("12.5", "EUR")) == "12.50 EUR"
    assert relance.Money("12.5", "EUR").amount == Decimal("12.50")
    assert relance.Money(1250, "JPY").units == 1250
    assert relance.Money("-0.007", "BHD").units == -7
    assert repr(relance.Money("1", "CLF")) == "Money('1.0000', 'CLF')"
    assert relance.Money("1", 978).currency.code == "EUR"


def test_too_many_decimals_need_a_rounding_mode():
    with pytest.raises(relance.InexactError, match="12.345 has more than 2 decimals"):
        relance.Money("12.345", "EUR")
    assert relance.Money("12.345", "EUR", ROUND_HALF_UP).amount == Decimal("12.35")
    assert relance.Money("12.345", "EUR", ROUND_HALF_EVEN).amount == Decimal("12.34")
    with pytest.raises(TypeError):
        relance.Money(12.5, "EUR")
    with pytest.raises(relance.NotFoundError):
        relance.Money("1", "eur")
    with pytest.raises(relance.RelanceOverflowError):
        relance.Money("92233720368547758.08", "EUR")


def test_currencies_never_mix():
    eur, usd = relance.Money("10.00", "EUR"), relance.Money("10.00", "USD")
    with pytest.raises(relance.CurrencyMismatchError) as caught:
        eur + usd
    assert caught.value.status_name == "currency mismatch"
    assert "cannot add 10.00 EUR and 10.00 USD" in str(caught.value)
    with pytest.raises(relance.CurrencyMismatchError):
        eur - usd
    assert eur + eur == relance.Money("20", "EUR")
    assert (eur - relance.Money("10.01", "EUR")).amount == Decimal("-0.01")
    assert -eur == relance.Money("-10", "EUR")
    assert eur != usd
    assert len({eur, relance.Money("10", "EUR"), usd}) == 2


def test_rates_and_conversion_round_once():
    net = relance.Money("59.97", "EUR")
    assert net.multiply(Decimal("0.20"), ROUND_HALF_UP) == relance.Money("11.99", "EUR")
    # 100.00 EUR at 161.235 JPY/EUR = 16123.5 JPY: a tie, to even.
    hundred = relance.Money("100.00", "EUR")
    assert hundred.convert("JPY", "161.235", ROUND_HALF_EVEN) == relance.Money(16124, "JPY")
    with pytest.raises(relance.InexactError):
        hundred.convert("USD", "1.08335", relance.ROUND_EXACT)
    with pytest.raises(relance.InvalidArgumentError):
        hundred.convert("USD", "-1", ROUND_HALF_EVEN)


def test_allocate_and_split_return_money_that_sums_to_the_total():
    total = relance.Money("1000.00", "EUR")
    parts = total.allocate([3, 2, 2])
    assert [p.amount for p in parts] == [Decimal("428.57"), Decimal("285.72"),
                                         Decimal("285.71")]
    assert sum(parts[1:], parts[0]) == total
    assert [str(p) for p in relance.Money("-0.05", "EUR").split(2)] == ["-0.03 EUR",
                                                                       "-0.02 EUR"]
