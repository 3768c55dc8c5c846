"""relance.Money: exact construction, currency rules and rounding, through
the C ABI's relance_money functions. Expected values worked by hand."""

import decimal
import random
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


def test_a_rounding_mode_rounds_any_number_of_decimals_once():
    third = Decimal(1) / 3  # 28 significant digits in the default context
    assert relance.Money(third, "EUR", ROUND_HALF_UP).amount == Decimal("0.33")
    assert relance.Money("0.1250000000000000000000001", "EUR", ROUND_HALF_EVEN).amount == \
        Decimal("0.13")
    assert relance.Money("0.1250000000000000000000000", "EUR", ROUND_HALF_EVEN).amount == \
        Decimal("0.12")
    assert relance.Money(Decimal("1E+2"), "JPY", ROUND_HALF_EVEN).units == 100
    with pytest.raises(relance.InexactError):
        relance.Money(third, "EUR")
    with pytest.raises(relance.InvalidArgumentError):
        relance.Money(Decimal("NaN"), "EUR", ROUND_HALF_UP)
    with pytest.raises(TypeError):
        relance.Money(0.5, "EUR", ROUND_HALF_UP)


MODES = [decimal.ROUND_HALF_EVEN, decimal.ROUND_HALF_UP, decimal.ROUND_HALF_DOWN,
         decimal.ROUND_UP, decimal.ROUND_DOWN, decimal.ROUND_CEILING, decimal.ROUND_FLOOR,
         decimal.ROUND_05UP]


def test_rounding_parse_matches_python_decimal_quantize():
    # Oracle: Python's decimal quantizes the exact text once (wide context).
    rng = random.Random(20261125)
    wide = decimal.Context(prec=200)
    for _ in range(4000):
        code = rng.choice(["EUR", "JPY", "BHD", "CLF"])
        minor = relance.currency(code).minor_units
        whole = str(rng.randrange(10**rng.randrange(1, 14)))
        digits = rng.randrange(0, 30)
        fraction = "".join(rng.choice("0123456789" if rng.random() < 0.7 else "05")
                           for _ in range(digits))
        text = ("-" if rng.random() < 0.5 else "") + whole + ("." + fraction if fraction else "")
        mode = rng.choice(MODES)
        expected = Decimal(text).quantize(Decimal(1).scaleb(-minor), rounding=mode,
                                          context=wide)
        got = relance.Money(text, code, mode)
        assert got.amount == expected and got.amount.as_tuple().exponent == -minor, \
            (text, code, mode)


def test_negation_is_exact_whatever_the_decimal_context():
    with decimal.localcontext() as ctx:
        ctx.prec = 5
        assert -relance.Money("12345.67", "EUR") == relance.Money("-12345.67", "EUR")
        ctx.traps[decimal.Inexact] = True
        assert (-relance.Money("12345.67", "EUR")).units == -1234567


def test_small_binding_edges():
    assert relance.RelanceError("no status").status_name is None
    with pytest.raises(relance.NotFoundError, match="unknown ISO 4217 numeric code 1099511627776"):
        relance.currency(2**40)
