"""Exact decimals across the C ABI.

Values go in as ``decimal.Decimal``, ``int`` or ``str`` (the library's strict
grammar ``[+|-]digits[.digits]``) and come back as ``decimal.Decimal`` whose
exponent is minus the relance scale, so ``Decimal('1.50')`` stays ``1.50``.
Nothing goes through ``float``: a float argument is a TypeError.

relance's domain is |coefficient| <= 10^38 - 1 and scale 0..18. A Decimal
outside it is rejected with the error the library's parser gives for the
same number written in plain notation: InexactError for a nonzero digit past
the 18th fraction digit (trailing zeros are dropped exactly), and
RelanceOverflowError for more than 38 significant digits.
"""

import ctypes
import decimal
import operator

from . import _native as _n
from ._errors import InexactError, InvalidArgumentError, RelanceOverflowError

__all__ = [
    "ROUND_EXACT",
    "ROUNDING_MODES",
    "round",
    "multiply",
    "divide",
    "add",
    "subtract",
    "compare",
    "parse",
    "format",
]

#: relance's ninth rounding mode: never round, raise InexactError instead.
ROUND_EXACT = "ROUND_EXACT"

# Python's rounding constants (and ROUND_EXACT) -> relance_rounding.
_MODES = {
    decimal.ROUND_HALF_EVEN: 0,
    decimal.ROUND_HALF_UP: 1,
    decimal.ROUND_HALF_DOWN: 2,
    decimal.ROUND_UP: 3,
    decimal.ROUND_DOWN: 4,
    decimal.ROUND_CEILING: 5,
    decimal.ROUND_FLOOR: 6,
    decimal.ROUND_05UP: 7,
    ROUND_EXACT: 8,
}

#: The accepted ``rounding`` values, in relance_rounding order.
ROUNDING_MODES = tuple(_MODES)

MAX_SCALE = _n.RELANCE_MAX_SCALE
MAX_DIGITS = 38
MAX_COEFFICIENT = 10**MAX_DIGITS - 1

_Decimal = decimal.Decimal
_Struct = _n.relance_decimal
_byref = ctypes.byref
_MASK64 = (1 << 64) - 1
_INT32 = range(-(2**31), 2**31)
# Plain-notation text longer than this is not handed to the parser just to
# obtain its error message.
_MAX_ERROR_TEXT = 200


def _mode(rounding):
    try:
        return _MODES[rounding]
    except (KeyError, TypeError):
        pass
    accepted = ", ".join(f"decimal.{m}" for m in ROUNDING_MODES[:-1])
    raise ValueError(
        f"unknown rounding mode {rounding!r}; expected one of {accepted} "
        f"or relance.ROUND_EXACT")


def _scale(scale):
    if isinstance(scale, (bool, float)):
        raise TypeError(f"scale must be an int, not {type(scale).__name__}")
    scale = operator.index(scale)
    if scale not in _INT32:
        # The library would say the same; it cannot see a value past int32.
        raise InvalidArgumentError(f"scale {scale} is outside 0..18",
                                   InvalidArgumentError.status)
    return scale


def _struct(coefficient, scale):
    # REQUIRES: |coefficient| <= MAX_COEFFICIENT, 0 <= scale <= 18.
    return _Struct(coefficient & _MASK64, coefficient >> 64, scale, 0)


def _parse_struct(text):
    out = _Struct()
    _n.relance_decimal_parse(text, len(text), _byref(out))
    return out


def _plain(sign, digits, exponent):
    """Plain-notation text of a finite Decimal's (sign, digits, exponent)."""
    body = "".join(map(str, digits))
    if exponent >= 0:
        body += "0" * exponent
    else:
        body = body.rjust(1 - exponent, "0")
        body = body[:exponent] + "." + body[exponent:]
    return ("-" if sign else "") + body


def _reject_decimal(value, sign, digits, exponent, too_precise):
    """Raise the library's error for a Decimal outside relance's domain."""
    if len(digits) + abs(exponent) <= _MAX_ERROR_TEXT:
        _parse_struct(_plain(sign, digits, exponent).encode("ascii"))
        raise AssertionError(f"relance accepted out-of-domain {value!r}")
    if too_precise:
        raise InexactError(
            f"{value} has a nonzero digit past the {MAX_SCALE}th fraction digit",
            InexactError.status)
    raise RelanceOverflowError(f"{value} has more than {MAX_DIGITS} significant digits",
                               RelanceOverflowError.status)


def _from_decimal(value):
    sign, digits, exponent = value.as_tuple()
    if not isinstance(exponent, int):  # 'n', 'N' or 'F'
        raise InvalidArgumentError(f"{value!r} is not a finite number",
                                   InvalidArgumentError.status)
    if digits == (0,):
        return _struct(0, min(max(-exponent, 0), MAX_SCALE))
    if exponent < -MAX_SCALE:
        # Digits past the 18th fraction digit must be zeros, dropped exactly.
        drop = -MAX_SCALE - exponent
        if drop >= len(digits) or any(digits[-drop:]):
            _reject_decimal(value, sign, digits, exponent, True)
        digits = digits[:-drop]
        exponent = -MAX_SCALE
    if len(digits) + max(exponent, 0) > MAX_DIGITS:
        _reject_decimal(value, sign, digits, exponent, False)
    coefficient = int("".join(map(str, digits)))
    if exponent > 0:
        coefficient *= 10**exponent
        exponent = 0
    return _struct(-coefficient if sign else coefficient, -exponent)


def to_native(value):
    """A relance_decimal holding ``value`` (Decimal, int or str) exactly."""
    if isinstance(value, _Decimal):
        return _from_decimal(value)
    if isinstance(value, str):
        return _parse_struct(value.encode("utf-8"))
    if isinstance(value, (float, bool, complex)):
        raise TypeError(
            f"relance takes Decimal, int or str values, not {type(value).__name__}: "
            "money never goes through binary floating point; use "
            "decimal.Decimal('...') or a string")
    try:
        coefficient = operator.index(value)
    except TypeError:
        raise TypeError(
            f"relance takes Decimal, int or str values, not {type(value).__name__}"
        ) from None
    if -MAX_COEFFICIENT <= coefficient <= MAX_COEFFICIENT:
        return _struct(coefficient, 0)
    if coefficient.bit_length() < 600:
        _parse_struct(str(coefficient).encode("ascii"))
    raise RelanceOverflowError(
        f"an integer of {coefficient.bit_length()} bits has more than {MAX_DIGITS} digits",
        RelanceOverflowError.status)


def from_native(d):
    """The decimal.Decimal of a relance_decimal, exact, exponent -scale."""
    coefficient = (d.hi << 64) | d.lo
    if coefficient < 0:
        return _Decimal((1, tuple(map(int, str(-coefficient))), -d.scale))
    return _Decimal((0, tuple(map(int, str(coefficient))), -d.scale))


def round(x, scale, rounding):  # noqa: A001 (relance.round is the API name)
    """``x`` rounded once to ``scale`` fraction digits (0..18) in ``rounding``.

    ``rounding`` is one of Python's ``decimal.ROUND_*`` constants or
    ``relance.ROUND_EXACT``. A larger scale extends ``x`` with zeros.
    Raises InexactError under ROUND_EXACT when rounding would be needed, and
    RelanceOverflowError past 38 digits.
    """
    a = to_native(x)
    s = _scale(scale)
    m = _mode(rounding)
    out = _Struct()
    _n.relance_decimal_round(_byref(a), s, m, _byref(out))
    return from_native(out)


def _rounded_binary(function, exact_function, a, b, scale, rounding, name):
    x = to_native(a)
    y = to_native(b)
    out = _Struct()
    if scale is None and rounding is None:
        exact_function(_byref(x), _byref(y), _byref(out))
    elif scale is None or rounding is None:
        raise TypeError(f"{name}() takes scale and rounding together, or neither "
                        "(for the exact result)")
    else:
        function(_byref(x), _byref(y), _scale(scale), _mode(rounding), _byref(out))
    return from_native(out)


def multiply(a, b, scale=None, rounding=None):
    """``a * b``.

    With neither ``scale`` nor ``rounding``: the exact product at scale
    a.scale + b.scale (trailing zeros dropped to stay within 18; InexactError
    if it needs more than 18 fraction digits). With both: the product rounded
    once to ``scale`` in ``rounding``.
    """
    return _rounded_binary(_n.relance_decimal_multiply, _n.relance_decimal_multiply_exact,
                           a, b, scale, rounding, "multiply")


def divide(a, b, scale=None, rounding=None):
    """``a / b``.

    With neither ``scale`` nor ``rounding``: the exact quotient at the
    smallest scale >= max(0, a.scale - b.scale) that holds it (InexactError
    if it does not terminate within 18 fraction digits, like 1/3). With both:
    the quotient rounded once to ``scale`` in ``rounding``.
    Raises DivisionByZeroError (a ZeroDivisionError) for b == 0.
    """
    return _rounded_binary(_n.relance_decimal_divide, _n.relance_decimal_divide_exact,
                           a, b, scale, rounding, "divide")


def add(a, b):
    """``a + b``, exact, at the larger scale (RelanceOverflowError past 38 digits)."""
    x, y, out = to_native(a), to_native(b), _Struct()
    _n.relance_decimal_add(_byref(x), _byref(y), _byref(out))
    return from_native(out)


def subtract(a, b):
    """``a - b``, exact, at the larger scale (RelanceOverflowError past 38 digits)."""
    x, y, out = to_native(a), to_native(b), _Struct()
    _n.relance_decimal_subtract(_byref(x), _byref(y), _byref(out))
    return from_native(out)


def compare(a, b):
    """-1, 0 or +1 as ``a`` <, ==, > ``b`` numerically (1.0 == 1.00)."""
    x, y, order = to_native(a), to_native(b), ctypes.c_int32()
    _n.relance_decimal_compare(_byref(x), _byref(y), _byref(order))
    return order.value


def parse(text):
    """The Decimal of ``text`` (str or bytes) in relance's strict grammar
    ``[+|-]digits[.digits]``: no spaces, exponent or separators.

    Raises ParseError naming the 1-based position, InexactError for a nonzero
    fraction digit past the 18th, RelanceOverflowError past 38 digits.
    """
    if isinstance(text, str):
        data = text.encode("utf-8")
    elif isinstance(text, (bytes, bytearray, memoryview)):
        data = bytes(text)
    else:
        raise TypeError(f"parse() takes str or bytes, not {type(text).__name__}")
    return from_native(_parse_struct(data))


def format_native(d):
    """The plain-notation text (bytes) of a relance_decimal."""
    capacity = _n.RELANCE_DECIMAL_MAX_TEXT + 1
    buffer = ctypes.create_string_buffer(capacity)
    length = ctypes.c_size_t()
    _n.relance_decimal_format(_byref(d), buffer, capacity, _byref(length))
    return buffer.raw[:length.value]


def format(x):  # noqa: A001 (relance.format is the API name)
    """``x`` in relance's plain notation ("-1234.50"), keeping its scale."""
    return format_native(to_native(x)).decode("ascii")
