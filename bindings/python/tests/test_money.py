"""Currencies, allocate and split: examples worked by hand, a seeded
property test against an exact reference (fractions.Fraction), and the raw
relance_money_* declarations."""

import ctypes
import dataclasses
import decimal
import random
from decimal import Decimal as D
from fractions import Fraction

import pytest

import relance
from relance import _native

CURRENCIES = {  # code: (numeric, minor units)
    "EUR": (978, 2),
    "JPY": (392, 0),
    "BHD": (48, 3),
    "CLF": (990, 4),
}
INT64_MAX = 2**63 - 1


def same(result, expected):
    assert isinstance(result, D)
    assert result == D(expected) and result.as_tuple().exponent == D(expected).as_tuple().exponent, \
        (result, expected)


def same_list(results, expected):
    assert len(results) == len(expected), (results, expected)
    for r, e in zip(results, expected):
        same(r, e)


# ------------------------------------------------------------- currencies

def test_currency_lookup():
    assert relance.currency("EUR") == relance.Currency("EUR", 978, 2, True)
    assert relance.currency("JPY") == relance.Currency("JPY", 392, 0, True)
    assert relance.currency("BHD") == relance.Currency("BHD", 48, 3, True)
    assert relance.currency("CLF") == relance.Currency("CLF", 990, 4, True)
    assert relance.currency(978).code == "EUR"
    assert relance.currency(48).code == "BHD"   # ISO writes it 048
    assert relance.currency(int("048")).code == "BHD"
    c = relance.currency("EUR")
    assert relance.currency(c) == c
    with pytest.raises(dataclasses.FrozenInstanceError):
        c.minor_units = 3
    assert c.code == "EUR" and c.numeric == 978 and c.minor_units == 2 and c.active is True


@pytest.mark.parametrize("code", ["XYZ", "eur", "EURO", "", "EU", "€", 999, 0, -1, 2**40])
def test_unknown_currency(code):
    with pytest.raises(relance.NotFoundError) as info:
        relance.currency(code)
    assert info.value.status == 3
    assert isinstance(info.value, LookupError)


def test_currency_argument_types():
    with pytest.raises(relance.InvalidArgumentError):
        relance.currency("EU\0R")
    for bad in (978.0, True, None, b"EUR"):
        with pytest.raises(TypeError):
            relance.currency(bad)


def test_currencies():
    all_ = relance.currencies()
    assert len(all_) == _native.relance_currency_count() > 100
    codes = [c.code for c in all_]
    assert codes == sorted(codes) and len(set(codes)) == len(codes)
    for c in all_:
        assert len(c.code) == 3 and c.code.isupper()
        assert 0 <= c.minor_units <= 4
        assert relance.currency(c.code) == c
    by_code = {c.code: c for c in all_}
    for code, (numeric, minor) in CURRENCIES.items():
        assert (by_code[code].numeric, by_code[code].minor_units) == (numeric, minor)
    assert any(not c.active for c in all_)  # withdrawn ones are kept
    # A numeric code shared with a withdrawn currency gives the active one.
    for c in all_:
        found = relance.currency(c.numeric)
        assert found.numeric == c.numeric
        if not c.active and found.code != c.code:
            assert found.active


# ------------------------------------------------------------------ split

def test_split_examples():
    same_list(relance.split(D("100.00"), 3, "EUR"), ["33.34", "33.33", "33.33"])
    same_list(relance.split(D("-100.00"), 3, "EUR"), ["-33.34", "-33.33", "-33.33"])
    same_list(relance.split(D("100"), 3, "EUR"), ["33.34", "33.33", "33.33"])
    same_list(relance.split(100, 3, "JPY"), ["34", "33", "33"])
    same_list(relance.split(D("0.02"), 3, "EUR"), ["0.01", "0.01", "0.00"])
    same_list(relance.split(D("-0.02"), 3, "EUR"), ["-0.01", "-0.01", "0.00"])
    same_list(relance.split(0, 2, "BHD"), ["0.000", "0.000"])
    same_list(relance.split(D("1"), 3, "CLF"), ["0.3334", "0.3333", "0.3333"])
    same_list(relance.split(D("10.00"), 1, 978), ["10.00"])
    same_list(relance.split("7.5", 2, relance.currency("EUR")), ["3.75", "3.75"])


def test_split_and_allocate_at_the_int64_limits():
    lowest = D("-92233720368547758.08")  # -2^63 cents
    highest = D("92233720368547758.07")  # 2^63 - 1 cents
    same_list(relance.split(lowest, 1, "EUR"), [lowest])
    same_list(relance.allocate(lowest, [5], "EUR"), [lowest])
    same_list(relance.split(lowest, 2, "EUR"), ["-46116860184273879.04"] * 2)
    same_list(relance.split(highest, 2, "EUR"), ["46116860184273879.04", "46116860184273879.03"])
    same_list(relance.allocate(highest, [1, 1], "EUR"),
              ["46116860184273879.04", "46116860184273879.03"])
    with pytest.raises(relance.RelanceOverflowError):
        relance.split(D("92233720368547758.08"), 1, "EUR")
    with pytest.raises(relance.RelanceOverflowError):
        relance.allocate(D("-92233720368547758.09"), [1], "EUR")


def test_split_errors():
    with pytest.raises(relance.InexactError):
        relance.split(D("100.001"), 3, "EUR")
    with pytest.raises(relance.InexactError):
        relance.split(D("0.5"), 2, "JPY")
    with pytest.raises(relance.InvalidArgumentError, match="count"):
        relance.split(D("1"), 0, "EUR")
    with pytest.raises(relance.InvalidArgumentError):
        relance.split(D("1"), -3, "EUR")
    with pytest.raises(relance.NotFoundError):
        relance.split(D("1"), 2, "eur")
    with pytest.raises(relance.RelanceOverflowError, match="64-bit"):
        relance.split(D("100000000000000000.00"), 2, "EUR")  # 10^19 minor units
    with pytest.raises(TypeError):
        relance.split(D("1"), 2.0, "EUR")
    with pytest.raises(TypeError):
        relance.split(1.0, 2, "EUR")


# --------------------------------------------------------------- allocate

def test_allocate_examples():
    same_list(relance.allocate(D("100.00"), [1, 1, 1], "EUR"), ["33.34", "33.33", "33.33"])
    same_list(relance.allocate(D("-100.00"), [1, 1, 1], "EUR"),
              ["-33.34", "-33.33", "-33.33"])
    same_list(relance.allocate(D("100"), [1, 0, 2], "EUR"), ["33.33", "0.00", "66.67"])
    same_list(relance.allocate(D("0.05"), [D("0.3"), D("0.7")], "EUR"), ["0.02", "0.03"])
    # 0.05 * 0.3 = 0.015 and 0.035: equal remainders, tie to the lowest index
    same_list(relance.allocate(D("0.05"), [1, 1], "EUR"), ["0.03", "0.02"])
    same_list(relance.allocate(D("-0.05"), [1, 1], "EUR"), ["-0.03", "-0.02"])
    same_list(relance.allocate(1000, [D("0.5"), D("0.25"), D("0.25")], "JPY"),
              ["500", "250", "250"])
    same_list(relance.allocate(D("10"), ["1.5", 3, D("0.000000000000000001")], "BHD"),
              ["3.333", "6.667", "0.000"])
    same_list(relance.allocate(D("1"), [7], "CLF"), ["1.0000"])
    same_list(relance.allocate(0, [1, 2], "EUR"), ["0.00", "0.00"])
    same_list(relance.allocate(D("1.00"), (r for r in [1, 3]), 978), ["0.25", "0.75"])


def test_allocate_zero_ratio_gets_zero():
    parts = relance.allocate(D("0.01"), [0, 1, 0, 1, 0], "EUR")
    same_list(parts, ["0.00", "0.01", "0.00", "0.00", "0.00"])


def test_allocate_errors():
    with pytest.raises(relance.InexactError):
        relance.allocate(D("100.001"), [1, 2], "EUR")
    with pytest.raises(relance.InexactError):
        relance.allocate(D("1.5"), [1, 2], "JPY")
    with pytest.raises(relance.DivisionByZeroError, match="sum to zero") as info:
        relance.allocate(D("100.00"), [0, 0, D("0.000")], "EUR")
    assert isinstance(info.value, ZeroDivisionError)
    with pytest.raises(relance.InvalidArgumentError, match="negative"):
        relance.allocate(D("100.00"), [1, -1], "EUR")
    with pytest.raises(relance.InvalidArgumentError, match="count"):
        relance.allocate(D("100.00"), [], "EUR")
    with pytest.raises(relance.NotFoundError):
        relance.allocate(D("100.00"), [1], "XYZ")
    with pytest.raises(TypeError):
        relance.allocate(D("100.00"), [0.5, 0.5], "EUR")
    with pytest.raises(relance.InexactError):
        relance.allocate(D("100.00"), [D("1E-19")], "EUR")


# ------------------------------------------------- property: exact shares

def largest_remainder(units, ratios):
    """The reference: parts (in minor units) of ``units`` in proportion to
    ``ratios`` (Fractions), largest remainder, ties to the lowest index, on
    the magnitude."""
    negative, magnitude = units < 0, abs(units)
    total_ratio = sum(ratios)
    shares = [magnitude * r / total_ratio for r in ratios]
    parts = [s.numerator // s.denominator for s in shares]
    left = magnitude - sum(parts)
    order = sorted(range(len(ratios)), key=lambda i: -(shares[i] - parts[i]))  # stable
    for i in order[:left]:
        parts[i] += 1
    return [-p if negative else p for p in parts]


def random_ratio(rng):
    r = rng.random()
    if r < 0.2:
        return D(0)
    if r < 0.5:
        return D(rng.randint(1, 10))
    digits = rng.randint(1, 38)
    coefficient = rng.randrange(10 ** (digits - 1), 10**digits)
    return D(f"{coefficient}E-{rng.randint(0, 18)}")


def random_units(rng):
    r = rng.random()
    if r < 0.05:
        return 0
    if r < 0.1:
        return rng.choice([INT64_MAX, -INT64_MAX, -(2**63), INT64_MAX - 1])
    sign = rng.choice((1, -1))
    return sign * rng.randint(1, 10 ** rng.randint(1, 18))


def test_allocate_property_seeded():
    rng = random.Random(20240501)
    codes = list(CURRENCIES)
    for case in range(3000):
        code = codes[case % len(codes)]
        minor = CURRENCIES[code][1]
        units = random_units(rng)
        total = D(f"{units}E-{minor}")
        ratios = [random_ratio(rng) for _ in range(rng.randint(1, 9))]
        if not any(ratios):
            ratios[rng.randrange(len(ratios))] = D(rng.randint(1, 5))
        parts = relance.allocate(total, ratios, code)
        context = (case, code, total, ratios, parts)
        assert len(parts) == len(ratios), context
        unit = Fraction(1, 10**minor)
        exact_ratios = [Fraction(r) for r in ratios]
        total_ratio = sum(exact_ratios)
        for part, r in zip(parts, exact_ratios):
            assert part.as_tuple().exponent == -minor, context
            share = Fraction(total) * r / total_ratio
            assert abs(Fraction(part) - share) < unit, context
        assert sum(Fraction(p) for p in parts) == Fraction(total), context
        expected = largest_remainder(units, exact_ratios)
        assert [int(p.scaleb(minor)) for p in parts] == expected, context


def test_split_property_seeded():
    rng = random.Random(7)
    codes = list(CURRENCIES)
    for case in range(2000):
        code = codes[case % len(codes)]
        minor = CURRENCIES[code][1]
        units = random_units(rng)
        total = D(f"{units}E-{minor}")
        n = rng.choice([1, 2, 3, 7, rng.randint(1, 50)])
        parts = relance.split(total, n, code)
        context = (case, code, total, n, parts)
        minor_parts = [int(p.scaleb(minor)) for p in parts]
        assert all(p.as_tuple().exponent == -minor for p in parts), context
        assert sum(minor_parts) == units, context
        magnitude = abs(units)
        base, extra = divmod(magnitude, n)
        expected = [base + 1] * extra + [base] * (n - extra)
        assert minor_parts == [-p if units < 0 else p for p in expected], context


# --------------------------------------- the raw relance_money_* functions

def _money(text, code, mode=_native.RELANCE_ROUND_EXACT):
    data = text.encode()
    out = _native.relance_money()
    _native.relance_money_parse(data, len(data), code.encode(), mode, ctypes.byref(out))
    return out


def _format(money):
    buffer = ctypes.create_string_buffer(_native.RELANCE_MONEY_MAX_TEXT + 1)
    length = ctypes.c_size_t()
    _native.relance_money_format(ctypes.byref(money), buffer, len(buffer),
                                 ctypes.byref(length))
    return buffer.value.decode()


def test_raw_money_functions_are_declared_right():
    m = _money("12.5", "EUR")
    assert (m.units, m.currency, m.reserved) == (1250, b"EUR", 0)
    assert _format(m) == "12.50"
    assert _format(_money("-1250", "JPY")) == "-1250"
    assert _money("0.125", "EUR", 0).units == 12      # HALF_EVEN
    assert _money("0.125", "EUR", 1).units == 13      # HALF_UP
    with pytest.raises(relance.InexactError):
        _money("0.125", "EUR")
    with pytest.raises(relance.ParseError, match="position 2"):
        _money("1x", "EUR")

    out = _native.relance_money()
    _native.relance_money_add(ctypes.byref(m), ctypes.byref(_money("0.55", "EUR")),
                              ctypes.byref(out))
    assert _format(out) == "13.05"
    _native.relance_money_subtract(ctypes.byref(m), ctypes.byref(_money("20", "EUR")),
                                   ctypes.byref(out))
    assert _format(out) == "-7.50"
    with pytest.raises(relance.CurrencyMismatchError) as info:
        _native.relance_money_add(ctypes.byref(m), ctypes.byref(_money("1", "JPY")),
                                  ctypes.byref(out))
    assert info.value.status == 6

    rate = relance._decimal.to_native(D("0.2"))
    _native.relance_money_multiply(ctypes.byref(_money("19.99", "EUR")), ctypes.byref(rate),
                                   1, ctypes.byref(out))
    assert _format(out) == "4.00"
    rate = relance._decimal.to_native(D("161.5"))
    _native.relance_money_convert(ctypes.byref(_money("10.01", "EUR")), b"JPY",
                                  ctypes.byref(rate), 0, ctypes.byref(out))
    assert (out.units, out.currency) == (1617, b"JPY")  # 1616.615 -> 1617
    with pytest.raises(relance.InvalidArgumentError, match="rate"):
        zero = relance._decimal.to_native(0)
        _native.relance_money_convert(ctypes.byref(m), b"JPY", ctypes.byref(zero), 0,
                                      ctypes.byref(out))
    bad = _native.relance_money(1, b"EUR", 1)
    with pytest.raises(relance.InvalidArgumentError, match="reserved"):
        _format(bad)
    with pytest.raises(relance.NotFoundError):
        _format(_native.relance_money(1, b"ABC", 0))
