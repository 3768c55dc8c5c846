"""Hand-worked cases for relance's decimal functions, the conversions at the
boundary (Decimal/int/str in, Decimal out, never float), the errors, and the
package's loading and version checks."""

import ctypes
import decimal
import os
import pickle
import shutil
import subprocess
import sys
import threading
from decimal import Decimal as D

import pytest

import relance
from relance import _native

HE, HU, HD = decimal.ROUND_HALF_EVEN, decimal.ROUND_HALF_UP, decimal.ROUND_HALF_DOWN
UP, DOWN = decimal.ROUND_UP, decimal.ROUND_DOWN
CEIL, FLOOR, Z5UP = decimal.ROUND_CEILING, decimal.ROUND_FLOOR, decimal.ROUND_05UP
EXACT = relance.ROUND_EXACT
EIGHT = (HE, HU, HD, UP, DOWN, CEIL, FLOOR, Z5UP)

MAX = 10**38 - 1
DMAX = D(MAX)
NMAX = D(-MAX)  # not -DMAX: unary minus rounds to the context (28 digits)
PACKAGE_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def same(result, expected):
    """Equal value *and* equal exponent (the relance scale)."""
    assert isinstance(result, D)
    assert result == D(expected), (result, expected)
    assert result.as_tuple().exponent == D(expected).as_tuple().exponent, (result, expected)


# --------------------------------------------------------------- rounding

# value -> results at scale 0 in the order HALF_EVEN, HALF_UP, HALF_DOWN,
# UP, DOWN, CEILING, FLOOR, 05UP (worked by hand).
ROUND_TO_0 = {
    "5.5": (6, 6, 5, 6, 5, 6, 5, 6),
    "2.5": (2, 3, 2, 3, 2, 3, 2, 2),
    "3.5": (4, 4, 3, 4, 3, 4, 3, 3),
    "2.50001": (3, 3, 3, 3, 2, 3, 2, 2),
    "2.4999": (2, 2, 2, 3, 2, 3, 2, 2),
    "1.6": (2, 2, 2, 2, 1, 2, 1, 1),
    "1.1": (1, 1, 1, 2, 1, 2, 1, 1),
    "1.0": (1, 1, 1, 1, 1, 1, 1, 1),
    "0.5": (0, 1, 0, 1, 0, 1, 0, 1),
    "0.4": (0, 0, 0, 1, 0, 1, 0, 1),
    "0.000000000000000001": (0, 0, 0, 1, 0, 1, 0, 1),
    "0": (0, 0, 0, 0, 0, 0, 0, 0),
    "-0.4": (0, 0, 0, -1, 0, 0, -1, -1),
    "-0.5": (0, -1, 0, -1, 0, 0, -1, -1),
    "-1.0": (-1, -1, -1, -1, -1, -1, -1, -1),
    "-1.1": (-1, -1, -1, -2, -1, -1, -2, -1),
    "-1.6": (-2, -2, -2, -2, -1, -1, -2, -1),
    "-2.5": (-2, -3, -2, -3, -2, -2, -3, -2),
    "-5.5": (-6, -6, -5, -6, -5, -5, -6, -6),
    "10.3": (10, 10, 10, 11, 10, 11, 10, 11),
    "15.3": (15, 15, 15, 16, 15, 16, 15, 16),
    "14.7": (15, 15, 15, 15, 14, 15, 14, 14),
    "-10.3": (-10, -10, -10, -11, -10, -10, -11, -11),
}


@pytest.mark.parametrize("text", sorted(ROUND_TO_0))
def test_round_to_scale_0_every_mode(text):
    for mode, expected in zip(EIGHT, ROUND_TO_0[text]):
        got = relance.round(D(text), 0, mode)
        same(got, D(expected))


ROUND_TO_2 = {
    "1.005": ("1.00", "1.01", "1.00", "1.01", "1.00", "1.01", "1.00", "1.01"),
    "1.0051": ("1.01", "1.01", "1.01", "1.01", "1.00", "1.01", "1.00", "1.01"),
    "-2.675": ("-2.68", "-2.68", "-2.67", "-2.68", "-2.67", "-2.67", "-2.68", "-2.67"),
    "0.125": ("0.12", "0.13", "0.12", "0.13", "0.12", "0.13", "0.12", "0.12"),
    "-0.135": ("-0.14", "-0.14", "-0.13", "-0.14", "-0.13", "-0.13", "-0.14", "-0.13"),
    "0.1550000": ("0.16", "0.16", "0.15", "0.16", "0.15", "0.16", "0.15", "0.16"),
    "-0.001": ("0.00", "0.00", "0.00", "-0.01", "0.00", "0.00", "-0.01", "-0.01"),
}


@pytest.mark.parametrize("text", sorted(ROUND_TO_2))
def test_round_to_scale_2_every_mode(text):
    for mode, expected in zip(EIGHT, ROUND_TO_2[text]):
        same(relance.round(D(text), 2, mode), expected)


def test_round_agrees_with_python_decimal_on_the_tables():
    # A sanity check of the hand-worked tables themselves.
    for table, scale in ((ROUND_TO_0, 0), (ROUND_TO_2, 2)):
        for text, row in table.items():
            for mode, expected in zip(EIGHT, row):
                q = D(text).quantize(D(1).scaleb(-scale), rounding=mode)
                assert q == D(expected), (text, mode)


def test_round_exact():
    same(relance.round(D("1.0"), 0, EXACT), "1")
    same(relance.round(D("1.50"), 1, EXACT), "1.5")
    same(relance.round(D("2.5"), 3, EXACT), "2.500")
    with pytest.raises(relance.InexactError, match="ROUND_EXACT"):
        relance.round(D("2.5"), 0, EXACT)
    with pytest.raises(relance.InexactError):
        relance.round(D("0.000000000000000001"), 17, EXACT)


def test_round_extends_with_zeros_and_keeps_scale():
    for mode in EIGHT + (EXACT,):
        same(relance.round(D("1.5"), 4, mode), "1.5000")
        same(relance.round(7, 18, mode), "7.000000000000000000")
        same(relance.round(D("-0.000"), 1, mode), "0.0")


def test_round_at_scale_18():
    x = D("0.123456789012345678")
    for mode in EIGHT + (EXACT,):
        same(relance.round(x, 18, mode), x)
    same(relance.round(x, 17, HE), "0.12345678901234568")
    same(relance.round(x, 17, DOWN), "0.12345678901234567")


def test_round_at_the_38_digit_limit():
    for mode in EIGHT + (EXACT,):
        same(relance.round(DMAX, 0, mode), DMAX)
        same(relance.round(NMAX, 0, mode), NMAX)
        with pytest.raises(relance.RelanceOverflowError, match="more than 38 digits"):
            relance.round(DMAX, 1, mode)
        with pytest.raises(relance.RelanceOverflowError):
            relance.round(NMAX, 18, mode)
    x = D("9" * 20 + "." + "9" * 18)  # 38 digits at scale 18
    same(relance.round(x, 17, UP), "100000000000000000000.00000000000000000")
    same(relance.round(x, 17, DOWN), "9" * 20 + "." + "9" * 17)
    same(relance.round(x.copy_negate(), 0, HE), "-100000000000000000000")
    same(relance.round(D("1" + "0" * 18 + ".5"), 0, HE), "1" + "0" * 18)


# --------------------------------------------------------------- multiply

def test_multiply_rounded():
    same(relance.multiply(D("19.99"), D("0.2"), 2, HU), "4.00")     # 3.998
    same(relance.multiply(D("10.00"), D("0.0825"), 2, HE), "0.82")  # 0.825 tie
    same(relance.multiply(D("10.00"), D("0.0825"), 2, HU), "0.83")
    same(relance.multiply(D("-10.00"), D("0.0825"), 2, HD), "-0.82")
    same(relance.multiply(D("-10.00"), D("0.0825"), 2, FLOOR), "-0.83")
    same(relance.multiply(D("-10.00"), D("0.0825"), 2, CEIL), "-0.82")
    same(relance.multiply(D("1.5"), 3, 0, Z5UP), "4")  # 4.5: truncated 4
    same(relance.multiply(D("1.7"), 3, 0, Z5UP), "6")  # 5.1: truncated 5
    same(relance.multiply(D("1.7"), 3, 3, EXACT), "5.100")
    same(relance.multiply(0, D("-123.45"), 1, EXACT), "0.0")
    with pytest.raises(relance.InexactError):
        relance.multiply(D("1.7"), D("0.3"), 1, EXACT)


def test_multiply_at_scale_18():
    a, b = D("0.000000001"), D("0.0000000015")  # 1.5E-18, one digit past 18
    same(relance.multiply(a, b, 18, HE), "0.000000000000000002")
    same(relance.multiply(a, b, 18, HD), "0.000000000000000001")
    same(relance.multiply(a, b, 18, DOWN), "0.000000000000000001")
    same(relance.multiply(-a, b, 18, FLOOR), "-0.000000000000000002")
    with pytest.raises(relance.InexactError):
        relance.multiply(a, b, 18, EXACT)


def test_multiply_exact():
    same(relance.multiply(D("1.5"), D("1.50")), "2.250")
    same(relance.multiply(D("-0.5"), 4), "-2.0")
    same(relance.multiply(DMAX, 1), DMAX)
    same(relance.multiply(DMAX, -1), NMAX)
    # The natural scale 19 has a trailing zero, dropped to fit 18.
    same(relance.multiply(D("0.000000001"), D("0.0000000010")), "0.000000000000000001")
    with pytest.raises(relance.InexactError):
        relance.multiply(D("0.000000001"), D("0.0000000015"))
    with pytest.raises(relance.RelanceOverflowError):
        relance.multiply(DMAX, 2)


def test_multiply_where_rounding_decides_overflow():
    # (10^13 - 1)(10^26 + 10^13 + 1) = 10^39 - 1, so a * b is 38 nines .9
    a, b = D("999999999999.9"), D("100000000000010000000000001")
    for mode in (DOWN, FLOOR, Z5UP):
        same(relance.multiply(a, b, 0, mode), DMAX)
    for mode in (HE, HU, HD, UP, CEIL):
        with pytest.raises(relance.RelanceOverflowError):
            relance.multiply(a, b, 0, mode)
    for mode in (DOWN, CEIL, Z5UP):
        same(relance.multiply(-a, b, 0, mode), NMAX)
    for mode in (HE, HU, HD, UP, FLOOR):
        with pytest.raises(relance.RelanceOverflowError):
            relance.multiply(-a, b, 0, mode)
    with pytest.raises(relance.InexactError):
        relance.multiply(a, b, 0, EXACT)
    with pytest.raises(relance.RelanceOverflowError):
        relance.multiply(a, b)  # exact: 39 digits


def test_multiply_and_divide_at_the_64_bit_limits():
    # The product is -2^63 (the most negative int64) at scale 1.
    a = D("-461168601842738790.4")  # -2^62 / 10
    for mode, expected in ((HE, "-922337203685477581"), (DOWN, "-922337203685477580"),
                           (Z5UP, "-922337203685477581"), (CEIL, "-922337203685477580"),
                           (FLOOR, "-922337203685477581")):
        same(relance.multiply(a, 2, 0, mode), expected)
    same(relance.multiply(a, 2, 1, EXACT), "-922337203685477580.8")
    # (2^64 - 1) / -2 = -9223372036854775807.5, a tie
    for mode, expected in ((HE, "-9223372036854775808"), (HD, "-9223372036854775807"),
                           (UP, "-9223372036854775808"), (Z5UP, "-9223372036854775807"),
                           (CEIL, "-9223372036854775807")):
        same(relance.divide(2**64 - 1, -2, 0, mode), expected)
    same(relance.divide(2**64 - 1, -2, 1, EXACT), "-9223372036854775807.5")


def test_multiply_and_divide_take_scale_and_rounding_together():
    for function in (relance.multiply, relance.divide):
        with pytest.raises(TypeError, match="together"):
            function(1, 2, 2)
        with pytest.raises(TypeError, match="together"):
            function(1, 2, rounding=HE)
        with pytest.raises(TypeError, match="together"):
            function(1, 2, scale=None, rounding=EXACT)


# ----------------------------------------------------------------- divide

def test_divide_rounded_every_mode():
    thirds = {  # 1/3, -2/3, 1/8 (a tie) and 1/200 (a tie at 0) to 2 places
        (1, 3): ("0.33", "0.33", "0.33", "0.34", "0.33", "0.34", "0.33", "0.33"),
        (-2, 3): ("-0.67", "-0.67", "-0.67", "-0.67", "-0.66", "-0.66", "-0.67", "-0.66"),
        (1, 8): ("0.12", "0.13", "0.12", "0.13", "0.12", "0.13", "0.12", "0.12"),
        (1, -8): ("-0.12", "-0.13", "-0.12", "-0.13", "-0.12", "-0.12", "-0.13", "-0.12"),
        (1, 200): ("0.00", "0.01", "0.00", "0.01", "0.00", "0.01", "0.00", "0.01"),
        (3, 8): ("0.38", "0.38", "0.37", "0.38", "0.37", "0.38", "0.37", "0.37"),
    }
    for (a, b), row in thirds.items():
        for mode, expected in zip(EIGHT, row):
            same(relance.divide(a, b, 2, mode), expected)
        with pytest.raises(relance.InexactError):
            relance.divide(a, b, 2, EXACT)
    same(relance.divide(1, 8, 3, EXACT), "0.125")
    same(relance.divide(D("10.00"), 3, 2, HE), "3.33")
    same(relance.divide(7, 7, 18, EXACT), "1.000000000000000000")
    same(relance.divide(0, D("-5"), 3, HE), "0.000")


def test_divide_by_tiny_and_huge():
    tiny = D("0.000000000000000001")
    same(relance.divide(1, tiny, 0, EXACT), "1000000000000000000")
    same(relance.divide(D("12345678901234567890"), tiny, 0, EXACT),
         "12345678901234567890000000000000000000")
    with pytest.raises(relance.RelanceOverflowError):
        relance.divide(D("123456789012345678901"), tiny, 0, HE)
    same(relance.divide(tiny, DMAX, 18, UP), tiny)
    same(relance.divide(tiny, DMAX, 18, HE), "0.000000000000000000")
    same(relance.divide(NMAX, 1, 0, EXACT), NMAX)
    with pytest.raises(relance.RelanceOverflowError):
        relance.divide(DMAX, D("0.1"), 0, DOWN)


def test_divide_exact():
    same(relance.divide(1, 4), "0.25")
    same(relance.divide(D("1.00"), 4), "0.25")
    same(relance.divide(D("1.000"), 4), "0.250")
    same(relance.divide(10, D("0.5")), "20")
    same(relance.divide(1, 1024), "0.0009765625")
    same(relance.divide(NMAX, -1), DMAX)
    with pytest.raises(relance.InexactError, match="does not terminate"):
        relance.divide(1, 3)
    with pytest.raises(relance.InexactError):
        relance.divide(1, 2**70)  # terminates, but after 70 digits
    with pytest.raises(relance.RelanceOverflowError):
        relance.divide(DMAX, D("0.5"))


def test_division_by_zero():
    for args in ((1, 0, 2, HE), (0, 0, 0, EXACT), (D("-1.5"), D("0.000"), 18, UP)):
        with pytest.raises(relance.DivisionByZeroError, match="by zero") as info:
            relance.divide(*args)
        assert isinstance(info.value, ZeroDivisionError)
        assert info.value.status == 8
    with pytest.raises(ZeroDivisionError):
        relance.divide(1, 0)


# ------------------------------------------------ add, subtract, compare

def test_add_subtract():
    same(relance.add(D("1.5"), D("0.25")), "1.75")
    same(relance.add(D("1.50"), 1), "2.50")
    same(relance.add(D("0.10"), D("0.20")), "0.30")
    same(relance.subtract(1, D("0.001")), "0.999")
    same(relance.subtract(D("-1.5"), D("-1.5")), "0.0")
    same(relance.add(DMAX, -1), MAX - 1)
    same(relance.add(DMAX, NMAX), 0)
    for a, b in ((DMAX, 1), (NMAX, -1), (DMAX, D("0.1"))):
        with pytest.raises(relance.RelanceOverflowError):
            relance.add(a, b)
    with pytest.raises(relance.RelanceOverflowError):
        relance.subtract(NMAX, 1)


def test_compare():
    assert relance.compare(1, D("1.00")) == 0
    assert relance.compare(D("-0.01"), 0) == -1
    assert relance.compare(DMAX, NMAX) == 1
    assert relance.compare(D("0.000000000000000001"), 0) == 1
    assert relance.compare(D("12345678901234567890"), D("0.123456789012345678")) == 1
    assert relance.compare(D("-2"), D("-10")) == 1
    assert relance.compare(D("-0"), D("0.000")) == 0


# ------------------------------------------------------- parse and format

def test_parse():
    same(relance.parse("1.50"), "1.50")
    same(relance.parse("-0"), "0")
    same(relance.parse("+12"), "12")
    same(relance.parse("007.10"), "7.10")
    same(relance.parse("1.000000000000000000000"), "1.000000000000000000")
    same(relance.parse("0" * 50 + "1"), "1")
    same(relance.parse("9" * 38), DMAX)
    same(relance.parse(b"-12.5"), "-12.5")


@pytest.mark.parametrize("text,where", [
    ("1.2.3", "position 4"),
    ("abc", "position 1"),
    (" 1", "position 1"),
    ("1 ", "position 2"),
    ("1e5", "position 2"),
    ("1,000", "position 2"),
    (".5", "position 1"),
    ("--1", "position 2"),
    ("1.", "at end"),
    ("-", "at end"),
    ("", "at end"),
    ("12\u20ac", "position 3"),
])
def test_parse_errors_name_the_position(text, where):
    with pytest.raises(relance.ParseError, match=where) as info:
        relance.parse(text)
    assert isinstance(info.value, ValueError)
    assert info.value.status == 10
    assert "relance_decimal_parse" in str(info.value)


def test_parse_domain_errors():
    with pytest.raises(relance.InexactError, match="19 fraction digits"):
        relance.parse("0.0000000000000000001")
    with pytest.raises(relance.RelanceOverflowError, match="38 significant digits"):
        relance.parse("9" * 39)
    with pytest.raises(TypeError):
        relance.parse(1.5)


def test_format():
    assert relance.format(D("1.50")) == "1.50"
    assert relance.format(D("-0.001")) == "-0.001"
    assert relance.format(D("1E+2")) == "100"
    assert relance.format(D("-0.00")) == "0.00"
    assert relance.format(MAX) == "9" * 38
    text = relance.format(D((1, (9,) * 38, -18)))
    assert text == "-" + "9" * 20 + "." + "9" * 18
    assert len(text) == _native.RELANCE_DECIMAL_MAX_TEXT
    assert relance.format("-12.340") == "-12.340"


# ------------------------------------------------------------ conversions

def test_decimal_in_keeps_scale_and_exponents_are_exact():
    same(relance.add(D("1.50"), 0), "1.50")
    same(relance.add(D("1E+2"), 0), "100")
    same(relance.add(D("1.2E+37"), 0), "12000000000000000000000000000000000000")
    same(relance.add(D("1.000000000000000000000"), 0), "1.000000000000000000")
    same(relance.add(D("0E-30"), 0), "0.000000000000000000")
    same(relance.add(D("0E+9"), 0), "0")
    same(relance.add(D("-0.0"), 0), "0.0")
    same(relance.add(D("5E-18"), 0), "0.000000000000000005")
    same(relance.add(D("-" + "9" * 38), 0), NMAX)


def test_decimal_outside_the_domain():
    with pytest.raises(relance.InexactError):
        relance.add(D("1.0000000000000000001"), 0)
    with pytest.raises(relance.InexactError):
        relance.add(D("1E-19"), 0)
    with pytest.raises(relance.InexactError):
        relance.add(D("1E-999999"), 0)
    with pytest.raises(relance.RelanceOverflowError):
        relance.add(D("1E+38"), 0)
    with pytest.raises(relance.RelanceOverflowError):
        relance.add(D("1E+999999"), 0)
    with pytest.raises(relance.RelanceOverflowError):
        relance.add(D("1" * 39), 0)
    for special in ("NaN", "-NaN", "sNaN", "Infinity", "-Infinity"):
        with pytest.raises(relance.InvalidArgumentError, match="not a finite"):
            relance.add(D(special), 0)


def test_int_and_str_in():
    same(relance.add(MAX, 0), DMAX)
    same(relance.add(-MAX, 0), NMAX)
    same(relance.add("1.50", "0.5"), "2.00")
    same(relance.add(2**64 + 5, 0), 2**64 + 5)
    same(relance.add(-(2**64), 0), -(2**64))
    with pytest.raises(relance.RelanceOverflowError):
        relance.add(MAX + 1, 0)
    with pytest.raises(relance.RelanceOverflowError):
        relance.add(-(10**5000), 0)
    with pytest.raises(relance.ParseError):
        relance.add("1e3", 0)


def test_numpy_integers_are_ints():
    np = pytest.importorskip("numpy")
    same(relance.add(np.int64(-7), np.uint8(2)), -5)
    with pytest.raises(TypeError):
        relance.add(np.float64(1.5), 0)


@pytest.mark.parametrize("bad", [1.5, 0.1, float("nan"), True, None, 1j, [1], b"1"])
def test_float_and_other_types_are_rejected(bad):
    with pytest.raises(TypeError):
        relance.add(bad, 1)
    with pytest.raises(TypeError):
        relance.round(bad, 2, HE)
    with pytest.raises(TypeError):
        relance.multiply(D(1), bad, 2, HE)
    with pytest.raises(TypeError):
        relance.divide(bad, D(1))


def test_float_message_points_to_decimal():
    with pytest.raises(TypeError, match="float"):
        relance.round(1.5, 0, HE)


def test_rounding_argument():
    assert relance.ROUND_EXACT == "ROUND_EXACT"
    assert relance.ROUNDING_MODES == (HE, HU, HD, UP, DOWN, CEIL, FLOOR, Z5UP, EXACT)
    for bad in ("ROUND_NEAREST", "round_half_even", None, 0, 8, [HE]):
        with pytest.raises(ValueError) as info:
            relance.round(1, 0, bad)
        message = str(info.value)
        for name in relance.ROUNDING_MODES:
            assert name in message
    with pytest.raises(ValueError):
        relance.divide(1, 3, 2, "HALF_EVEN")


def test_scale_argument():
    for bad in (-1, 19, 2**31 - 1, 2**40, -(2**63)):
        with pytest.raises(relance.InvalidArgumentError, match="outside 0..18"):
            relance.round(1, bad, HE)
        with pytest.raises(relance.InvalidArgumentError):
            relance.multiply(1, 1, bad, HE)
        with pytest.raises(relance.InvalidArgumentError):
            relance.divide(1, 1, bad, HE)
    for bad in (2.0, True, "2"):
        with pytest.raises(TypeError):
            relance.round(1, bad, HE)


# ----------------------------------------------------------------- errors

ERROR_CLASSES = {
    1: (relance.InvalidArgumentError, ValueError),
    2: (relance.FailedPreconditionError, relance.RelanceError),
    3: (relance.NotFoundError, LookupError),
    4: (relance.AlreadyExistsError, relance.RelanceError),
    5: (relance.RelanceOverflowError, ArithmeticError),
    6: (relance.CurrencyMismatchError, relance.RelanceError),
    7: (relance.InexactError, ArithmeticError),
    8: (relance.DivisionByZeroError, ZeroDivisionError),
    9: (relance.BufferTooSmallError, relance.RelanceError),
    10: (relance.ParseError, ValueError),
    11: (relance.OutOfMemoryError, MemoryError),
    12: (relance.InternalError, relance.RelanceError),
}


def test_error_classes_map_the_status_codes():
    from relance._errors import error_for_status
    for status, (cls, builtin) in ERROR_CLASSES.items():
        assert cls.status == status
        assert issubclass(cls, relance.RelanceError) and issubclass(cls, builtin)
        e = error_for_status(status, "boom")
        assert type(e) is cls and e.status == status and str(e) == "boom"
        assert e.message == "boom"
        again = pickle.loads(pickle.dumps(e))
        assert type(again) is cls and again.status == status and str(again) == "boom"
        # The library's own name of the code.
        assert _native.relance_status_string(status).decode() not in ("", "unknown status")
    assert issubclass(relance.RelanceOverflowError, OverflowError)
    assert issubclass(relance.NotFoundError, ValueError)
    unknown = error_for_status(99, "from the future")
    assert type(unknown) is relance.RelanceError and unknown.status == 99
    assert _native.relance_status_string(99) == b"unknown status"
    assert _native.relance_status_string(0) != b"unknown status"
    assert repr(relance.ParseError).startswith("<class 'relance.ParseError")


def test_errcheck_raises_the_library_message_for_raw_calls():
    dec = _native.relance_decimal
    out = dec(123, 0, 2, 0)
    with pytest.raises(relance.InvalidArgumentError, match="'a' is NULL"):
        _native.relance_decimal_add(None, ctypes.byref(out), ctypes.byref(out))
    bad = dec(1, 0, 0, 7)  # reserved != 0
    with pytest.raises(relance.InvalidArgumentError, match="reserved"):
        _native.relance_decimal_add(ctypes.byref(bad), ctypes.byref(out),
                                    ctypes.byref(out))
    bad = dec(1, 0, 19, 0)
    with pytest.raises(relance.InvalidArgumentError, match="outside 0..18"):
        _native.relance_decimal_round(ctypes.byref(bad), 2, 0, ctypes.byref(out))
    bad = dec((10**38) & (2**64 - 1), (10**38) >> 64, 0, 0)  # 39 digits
    with pytest.raises(relance.InvalidArgumentError, match="38 digits"):
        _native.relance_decimal_round(ctypes.byref(bad), 2, 0, ctypes.byref(out))
    one = dec(1, 0, 0, 0)
    with pytest.raises(relance.InvalidArgumentError, match="mode"):
        _native.relance_decimal_round(ctypes.byref(one), 2, 9, ctypes.byref(out))
    # A failed call changes nothing.
    assert (out.lo, out.hi, out.scale, out.reserved) == (123, 0, 2, 0)
    small = ctypes.create_string_buffer(3)
    length = ctypes.c_size_t()
    value = relance._decimal.to_native(D("-12.50"))
    with pytest.raises(relance.BufferTooSmallError, match="needs 7 bytes") as info:
        _native.relance_decimal_format(ctypes.byref(value), small, 3, ctypes.byref(length))
    assert info.value.status == 9
    assert length.value == 6 and small.value == b"-1"
    info_struct = _native.relance_currency_info()
    with pytest.raises(relance.InvalidArgumentError, match="index"):
        _native.relance_currency_at(10**6, ctypes.byref(info_struct))


def test_raw_from_int64():
    out = _native.relance_decimal()
    _native.relance_decimal_from_int64(-5, 2, ctypes.byref(out))
    assert relance._decimal.from_native(out) == D("-0.05")
    assert relance._decimal.from_native(out).as_tuple().exponent == -2
    _native.relance_decimal_from_int64(-(2**63), 18, ctypes.byref(out))
    same(relance._decimal.from_native(out), "-9.223372036854775808")
    with pytest.raises(relance.InvalidArgumentError, match="outside 0..18"):
        _native.relance_decimal_from_int64(1, 19, ctypes.byref(out))


def test_format_asks_for_the_length_with_a_null_buffer():
    value = relance._decimal.to_native(D("-12.50"))
    length = ctypes.c_size_t()
    with pytest.raises(relance.BufferTooSmallError):
        _native.relance_decimal_format(ctypes.byref(value), None, 0, ctypes.byref(length))
    assert length.value == 6


def test_error_messages_are_per_thread():
    errors = {}

    def work(i):
        text = "1." + "x" * i
        try:
            for _ in range(200):
                try:
                    relance.parse(text)
                except relance.ParseError as e:
                    assert f'"{text}"' in str(e), str(e)
                else:
                    raise AssertionError("parsed")
        except BaseException as e:  # reported below
            errors[i] = e

    threads = [threading.Thread(target=work, args=(i,)) for i in range(1, 9)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors


# --------------------------------------------------------- version, loading

def test_version():
    assert relance.__version__ == _native.relance_version_string().decode()
    assert relance.__version__ == "%d.%d.%d" % (
        _native.relance_version_number() // 10000,
        _native.relance_version_number() // 100 % 100,
        _native.relance_version_number() % 100)
    assert tuple(int(p) for p in relance.__version__.split(".")[:2]) == (0, 1)
    assert _native.EXPECTED_VERSION == (0, 1)


def test_version_check():
    _native.check_version(100)   # 0.1.0
    _native.check_version(199)   # 0.1.99
    for wrong in (0, 99, 200, 10100, 1000100):
        with pytest.raises(ImportError, match="needs 0.1"):
            _native.check_version(wrong)


def test_public_names():
    for name in relance.__all__:
        assert hasattr(relance, name), name
    assert "__version__" in relance.__all__


def test_every_function_is_declared_once():
    names = [entry[0] for entry in _native._FUNCTIONS]
    assert len(names) == len(set(names))
    header = os.path.join(PACKAGE_ROOT, "..", "..", "capi", "include", "relance.h")
    if os.path.exists(header):
        import re
        with open(header) as f:
            declared = set(re.findall(r"RELANCE_API\s[^;(]*?\b(relance_\w+)\s*\(", f.read()))
        assert declared == set(names)


def _run_python(code, env_changes, cwd):
    env = dict(os.environ)
    env.pop("RELANCE_LIBRARY", None)
    env.pop("PYTHONPATH", None)
    env.update(env_changes)
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return subprocess.run([sys.executable, "-c", code], env=env, cwd=cwd,
                          capture_output=True, text=True, timeout=120)


def test_import_fails_clearly_without_the_library(tmp_path):
    missing = str(tmp_path / "nowhere" / "librelance.so")
    result = _run_python("import relance", {"RELANCE_LIBRARY": missing,
                                            "PYTHONPATH": PACKAGE_ROOT}, tmp_path)
    assert result.returncode != 0
    assert "ImportError" in result.stderr and missing in result.stderr


def test_import_refuses_a_library_that_is_not_relance(tmp_path):
    result = _run_python("import relance", {"RELANCE_LIBRARY": "libm.so.6",
                                            "PYTHONPATH": PACKAGE_ROOT}, tmp_path)
    assert result.returncode != 0
    assert "ImportError" in result.stderr and "relance_version_number" in result.stderr


def test_installed_layout_finds_the_library_next_to_the_package(tmp_path):
    package = tmp_path / "site" / "relance"
    shutil.copytree(os.path.join(PACKAGE_ROOT, "relance"), package,
                    ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(os.path.realpath(_native.path), package / "librelance.so.0.1")
    code = ("import relance, decimal; from relance import _native; "
            "print(_native.path); print(relance.split(decimal.Decimal('1.00'), 3, 'EUR'))")
    result = _run_python(code, {"PYTHONPATH": str(tmp_path / "site")}, tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == str(package / "librelance.so.0.1")
    assert "Decimal('0.34')" in result.stdout


def test_build_tree_fallback_takes_the_first_existing_variant(tmp_path):
    repo = tmp_path / "repo"
    package = repo / "bindings" / "python" / "relance"
    shutil.copytree(os.path.join(PACKAGE_ROOT, "relance"), package,
                    ignore=shutil.ignore_patterns("__pycache__", "librelance.so*"))
    for variant in ("debug", "asan"):  # no release: debug comes next
        lib = repo / "build" / variant / "lib"
        lib.mkdir(parents=True)
        shutil.copy(os.path.realpath(_native.path), lib / "librelance.so")
    code = "from relance import _native; print(_native.path)"
    result = _run_python(code, {"PYTHONPATH": str(package.parent)}, tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(repo / "build" / "debug" / "lib" / "librelance.so")


def test_not_found_lists_what_was_tried(tmp_path):
    package = tmp_path / "a" / "b" / "c" / "relance"  # no build tree above it
    shutil.copytree(os.path.join(PACKAGE_ROOT, "relance"), package,
                    ignore=shutil.ignore_patterns("__pycache__", "librelance.so*"))
    result = _run_python("import relance", {"PYTHONPATH": str(package.parent)}, tmp_path)
    assert result.returncode != 0
    assert "RELANCE_LIBRARY" in result.stderr
    for variant in ("release", "debug"):
        assert os.path.join("build", variant, "lib", "librelance.so") in result.stderr
    # An ASan build would abort an uninstrumented Python instead of raising.
    assert os.path.join("build", "asan") not in result.stderr
    assert str(package / "librelance.so*") in result.stderr


@pytest.mark.parametrize("scale", [-(2**31), -(2**31) + 1, -1, 19, 2**31 - 2, 2**31 - 1])
def test_extreme_scales_with_scaled_operands_are_invalid(scale):
    # Scaled operands make the library compute scale differences that would
    # overflow an int if it did not check the scale first.
    a, b = D("1.5"), D("1.25")
    with pytest.raises(relance.InvalidArgumentError):
        relance.multiply(a, b, scale, decimal.ROUND_HALF_EVEN)
    with pytest.raises(relance.InvalidArgumentError):
        relance.divide(a, b, scale, decimal.ROUND_HALF_EVEN)


def test_wide_products_lifted_to_a_larger_scale_overflow():
    with pytest.raises(relance.RelanceOverflowError):
        relance.multiply(2**119, 2**119, 18, decimal.ROUND_HALF_EVEN)
    with pytest.raises(relance.RelanceOverflowError):
        relance.multiply(-(2**119), 2**119, 18, relance.ROUND_EXACT)
