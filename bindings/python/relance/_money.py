"""ISO 4217 currencies and the splitting of money amounts.

Across the C ABI an amount is a ``relance_money``: int64 minor units plus a
currency code. Here amounts are Decimals: a total is converted exactly by
the library (``relance_money_parse`` under ROUND_EXACT, so a total with more
decimals than the currency allows is an InexactError, and one past int64
minor units a RelanceOverflowError), and parts come back as Decimals at the
currency's minor units.
"""

import ctypes
import dataclasses
import decimal
import operator

from . import _native as _n
from ._decimal import format_native, to_native
from ._errors import InvalidArgumentError, NotFoundError

__all__ = ["Currency", "currency", "currencies", "allocate", "split"]

_byref = ctypes.byref


@dataclasses.dataclass(frozen=True)
class Currency:
    """An ISO 4217 currency of relance's table."""

    code: str          #: "EUR"
    numeric: int       #: 978
    minor_units: int   #: fraction digits of the minor unit: 2
    active: bool       #: False for a withdrawn currency kept for old debts


def _from_info(info):
    return Currency(info.code.decode("ascii"), info.numeric_code, info.minor_units,
                    bool(info.active))


def _code_bytes(code):
    data = code.encode("utf-8")
    if b"\0" in data:
        raise InvalidArgumentError(f"currency code {code!r} contains a NUL character",
                                   InvalidArgumentError.status)
    return data


def _type_error(value):
    return TypeError("expected a currency code (str), an ISO numeric code (int) or "
                     f"a Currency, not {type(value).__name__}")


def currency(code):
    """The Currency of an alphabetic code ("EUR") or an ISO numeric code (978).

    Codes are exact: three capitals ("eur" is not found). Raises
    NotFoundError (a LookupError) for a code not in relance's table.
    """
    info = _n.relance_currency_info()
    if isinstance(code, Currency):
        code = code.code
    if isinstance(code, str):
        _n.relance_currency_lookup(_code_bytes(code), _byref(info))
        return _from_info(info)
    if isinstance(code, (bool, float)):
        raise _type_error(code)
    try:
        number = operator.index(code)
    except TypeError:
        raise _type_error(code) from None
    if not -(2**31) <= number < 2**31:  # beyond int32: certainly no ISO code
        raise NotFoundError(f"unknown ISO 4217 numeric code {number}", NotFoundError.status)
    _n.relance_currency_lookup_numeric(number, _byref(info))
    return _from_info(info)


def currencies():
    """Every currency of relance's table, sorted by code."""
    out = []
    info = _n.relance_currency_info()
    for i in range(_n.relance_currency_count()):
        _n.relance_currency_at(i, _byref(info))
        out.append(_from_info(info))
    return out


def _to_money(total, which):
    """(relance_money of ``total`` in currency ``which``, minor units)."""
    cur = currency(which)  # NotFoundError first, as the library does
    code = cur.code.encode("ascii")
    text = format_native(to_native(total))
    money = _n.relance_money()
    _n.relance_money_parse(text, len(text), code, _n.RELANCE_ROUND_EXACT, _byref(money))
    return money, cur.minor_units


def _from_units(units, minor_units):
    if units < 0:
        return decimal.Decimal((1, tuple(map(int, str(-units))), -minor_units))
    return decimal.Decimal((0, tuple(map(int, str(units))), -minor_units))


def _count(n):
    if isinstance(n, (bool, float)):
        raise TypeError(f"n must be an int, not {type(n).__name__}")
    count = operator.index(n)
    if count < 0:  # 0 is the library's to reject; a negative size_t is not
        raise InvalidArgumentError(f"cannot split into {count} parts: need at least 1",
                                   InvalidArgumentError.status)
    return count


def allocate(total, ratios, currency):  # noqa: F811 (shadows currency() here only)
    """Splits ``total`` in proportion to ``ratios`` (non-negative, not all
    zero) by the largest-remainder method on the currency's minor units, ties
    to the lowest index; a negative total splits as the negation of its
    absolute value.

    ``total`` and each ratio are Decimal, int or str; ``currency`` is a code,
    a numeric code or a Currency. Returns one Decimal per ratio, at the
    currency's minor units: they sum exactly to ``total`` and each is within
    one minor unit of its exact share. Raises InexactError if ``total`` has
    more decimals than the currency allows, DivisionByZeroError if the
    ratios sum to zero, InvalidArgumentError for a negative ratio or none.
    """
    money, minor_units = _to_money(total, currency)
    values = [to_native(r) for r in ratios]
    count = len(values)
    ratio_array = (_n.relance_decimal * max(count, 1))(*values)
    out = (_n.relance_money * max(count, 1))()
    _n.relance_money_allocate(_byref(money), ratio_array, count, out)
    return [_from_units(out[i].units, minor_units) for i in range(count)]


def split(total, n, currency):  # noqa: F811
    """Splits ``total`` into ``n`` parts as equal as possible, at the
    currency's minor units; the first parts take the extra minor units (in
    magnitude: a negative total splits as the negation of its absolute
    value). Raises InexactError if ``total`` has more decimals than the
    currency allows, InvalidArgumentError if ``n`` < 1."""
    money, minor_units = _to_money(total, currency)
    count = _count(n)
    out = (_n.relance_money * max(count, 1))()
    _n.relance_money_split(_byref(money), count, out)
    return [_from_units(out[i].units, minor_units) for i in range(count)]
