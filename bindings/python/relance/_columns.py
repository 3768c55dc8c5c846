"""Columns of the ledger's bulk calls: Python values to C arrays.

A column is a list or tuple, a numpy array, or a pandas Series/Index (any
object with ``to_numpy()``). Each converter returns ``(pointer, keep)``:
the pointer to pass to the C function (None for an absent optional column)
and the objects that must stay alive until the call returns.

No copy is made when a numpy array already has the C type and is
contiguous: int64 amounts (minor units) and int32 dates (days since
1970-01-01) go to the library as the array's own buffer.

Amounts. A numpy or pandas *integer* column (int64, Int64, ...) holds
minor units: 1250 is 12.50 EUR. Any other column holds amounts in currency
units, as ``Decimal`` or ``str`` ("12.50") values or ``relance.Money`` in
the row's currency, converted exactly to the row's minor units; an amount
with more decimals than its currency allows is an InexactError naming the
row. Plain ``int`` values in a list are refused (TypeError): 1250 could
mean either, so say which (``Decimal(1250)`` or an int64 array). Floats
are refused too: they are not exact.
"""

import ctypes
import datetime
import decimal

from . import _native as _n
from ._calendar import to_days
from ._errors import (CurrencyMismatchError, InexactError, InvalidArgumentError,
                      NotFoundError, RelanceOverflowError)
from ._money import currency as _currency

try:  # numpy is optional: without it, columns are lists.
    import numpy as _np
except ImportError:  # pragma: no cover - the tests run with numpy
    _np = None

_INT64_MIN, _INT64_MAX = -(2**63), 2**63 - 1
_INVALID = InvalidArgumentError.status


def _fail(cls, message):
    return cls(message, cls.status)


def values(column):
    """A list or a numpy array of the column's values."""
    if hasattr(column, "to_numpy"):  # pandas Series, Index, arrays
        dtype = getattr(column, "dtype", None)
        if getattr(dtype, "kind", None) in ("i", "u") and hasattr(dtype, "numpy_dtype"):
            # A nullable integer column (Int64) stays an integer array, so
            # that its amounts are minor units; a missing value is an error.
            try:
                return column.to_numpy(dtype=dtype.numpy_dtype)
            except ValueError:
                raise _fail(InvalidArgumentError,
                            "an integer column has missing values") from None
        return column.to_numpy()
    if _np is not None and isinstance(column, _np.ndarray):
        return column
    if isinstance(column, (str, bytes)):
        raise TypeError("a column must be a sequence of values, not a single string")
    return list(column)


def _is_array(v):
    return _np is not None and isinstance(v, _np.ndarray)


def _missing(x):
    return x is None or (isinstance(x, float) and x != x)  # None or NaN (pandas)


def texts(column, what, optional=False):
    """``const char* const*`` of NUL-terminated UTF-8 strings."""
    if column is None:
        return None, None
    v = values(column)
    if _is_array(v):
        v = v.tolist()
    encoded = []
    for row, x in enumerate(v):
        if optional and _missing(x):
            encoded.append(None)
            continue
        if not isinstance(x, str):
            raise TypeError(f"row {row}: {what} must be str, not {type(x).__name__}")
        b = x.encode("utf-8")
        if b"\0" in b:
            raise _fail(InvalidArgumentError, f"row {row}: {what} {x!r} contains a NUL character")
        encoded.append(b)
    array = (ctypes.c_char_p * max(len(encoded), 1))()
    array[:len(encoded)] = encoded
    return array, array


def _contiguous(array, ctype):
    """(pointer, keep) to a C-contiguous array of the right dtype (no copy
    when it already is one)."""
    array = _np.ascontiguousarray(array)
    return array.ctypes.data_as(ctypes.POINTER(ctype)), array


def dates(column, what, none_allowed=False):
    """``const int32_t*`` of days since 1970-01-01; None/NaT is
    RELANCE_NO_DATE where none_allowed."""
    if column is None:
        return None, None
    v = values(column)
    if _is_array(v) and v.dtype.kind == "M":
        return _datetime64_days(v, what, none_allowed)
    if _is_array(v) and v.dtype.kind in "iu":
        if v.dtype != _np.int32:
            if v.size and (v.min() < -(2**31) or v.max() >= 2**31):
                raise _fail(InvalidArgumentError, f"{what}: day numbers outside int32")
            v = v.astype(_np.int32)
        return _contiguous(v, ctypes.c_int32)
    if _is_array(v):
        v = v.tolist()
    days = []
    for row, x in enumerate(v):
        if x is None and none_allowed:
            days.append(_n.RELANCE_NO_DATE)
            continue
        try:
            days.append(to_days(x))
        except TypeError as e:
            raise TypeError(f"row {row}: {what}: {e}") from None
    array = (ctypes.c_int32 * max(len(days), 1))(*days)
    return array, array


def _datetime64_days(v, what, none_allowed):
    as_days = v.astype("datetime64[D]")
    nat = _np.isnat(v)
    exact = (as_days == v) | nat
    if not exact.all():
        row = int(_np.argmin(exact))
        raise _fail(InvalidArgumentError, f"row {row}: {what}: {v[row]} is not a whole day")
    if nat.any() and not none_allowed:
        raise _fail(InvalidArgumentError, f"row {int(_np.argmax(nat))}: {what} is missing (NaT)")
    out = as_days.view(_np.int64)
    if out.size and (out[~nat].min(initial=0) < -(2**31) or out[~nat].max(initial=0) >= 2**31):
        raise _fail(InvalidArgumentError, f"{what}: dates outside years 1..9999")
    out = _np.where(nat, _n.RELANCE_NO_DATE, out).astype(_np.int32)
    return _contiguous(out, ctypes.c_int32)


class Currencies:
    """A currency column: one code for every row, or one per row."""

    def __init__(self, column, n):
        self.single = column if isinstance(column, str) else None
        if self.single is not None:
            self.codes = None
        else:
            v = values(column)
            self.codes = v.tolist() if _is_array(v) else v
            if len(self.codes) != n:
                raise _fail(InvalidArgumentError, f"column currencies has {len(self.codes)} "
                            f"entries; expected {n}")
        self.n = n
        self._minor = {}

    def code(self, row):
        return self.single if self.single is not None else self.codes[row]

    def minor_units(self, row):
        code = self.code(row)
        if code not in self._minor:
            try:
                self._minor[code] = _currency(code).minor_units
            except (NotFoundError, TypeError) as e:
                raise type(e)(f"row {row}: currencies: {e}", *e.args[1:]) from None
        return self._minor[code]

    def pointer(self):
        """(``const char* const*``, keep) of the codes."""
        if self.single is None:
            return texts(self.codes, "currency")
        code = self.single.encode("utf-8")
        if b"\0" in code:
            raise _fail(InvalidArgumentError, f"currency {self.single!r} contains a NUL")
        array = (ctypes.c_char_p * max(self.n, 1))()
        array[:self.n] = [code] * self.n
        return array, array


def _units(x, minor, code, row, what):
    """Exact minor units of one amount in currency units."""
    from ._money_value import Money  # imported here: _money_value imports _money
    if isinstance(x, Money):
        if x.currency.code != code:
            raise _fail(CurrencyMismatchError,
                        f"row {row}: {what} {x} is not in the row's currency {code}")
        return x.units
    if not isinstance(x, (str, decimal.Decimal)):
        hint = " (ambiguous: Decimal(x) for currency units, or an int64 numpy array of " \
               "minor units)" if isinstance(x, int) and not isinstance(x, bool) else ""
        raise TypeError(f"row {row}: {what} must be a Decimal, str or relance.Money, not "
                        f"{type(x).__name__}{hint}")
    try:
        d = decimal.Decimal(x)
    except decimal.InvalidOperation:
        raise _fail(InvalidArgumentError, f"row {row}: {what} {x!r} is not a number") from None
    if not d.is_finite():
        raise _fail(InvalidArgumentError, f"row {row}: {what} {x} is not finite")
    sign, digits, exponent = d.as_tuple()
    coefficient = int("".join(map(str, digits)) or "0")
    shift = exponent + minor
    if coefficient and shift > 19:  # past int64 whatever the digits
        raise _fail(RelanceOverflowError, f"row {row}: {what} {x} is beyond int64 minor units")
    if coefficient and -shift > len(digits):  # below the minor unit
        raise _fail(InexactError, f"row {row}: {what} {x} has more decimals than "
                    f"{code} allows ({minor})")
    if shift >= 0:
        units = coefficient * 10**shift
    else:
        units, rest = divmod(coefficient, 10**-shift)
        if rest:
            raise _fail(InexactError, f"row {row}: {what} {x} has more decimals than "
                        f"{code} allows ({minor})")
    units = -units if sign else units
    if not _INT64_MIN <= units <= _INT64_MAX:
        raise _fail(RelanceOverflowError, f"row {row}: {what} {x} is beyond int64 minor units")
    return units


def amounts(column, what, minor_units_of):
    """``const int64_t*`` of minor units. ``minor_units_of(row)`` gives
    (minor units, code) of a row, for amounts in currency units."""
    if column is None:
        return None, None
    v = values(column)
    if _is_array(v) and v.dtype.kind in "iu":
        if v.dtype != _np.int64:
            if v.dtype == _np.uint64 and v.size and v.max() > _INT64_MAX:
                raise _fail(RelanceOverflowError, f"{what}: minor units beyond int64")
            v = v.astype(_np.int64)
        return _contiguous(v, ctypes.c_int64)
    if _is_array(v) and v.dtype.kind == "f":
        raise TypeError(f"{what}: float amounts are not exact; give Decimals, or int64 "
                        "minor units")
    if _is_array(v):
        v = v.tolist()
    units = []
    for row, x in enumerate(v):
        minor, code = minor_units_of(row)
        units.append(_units(x, minor, code, row, what))
    array = (ctypes.c_int64 * max(len(units), 1))(*units)
    return array, array


def enums(column, what, names):
    """``const int32_t*`` of pinned constants, from names or ints."""
    if column is None:
        return None, None
    v = values(column)
    if _is_array(v) and v.dtype.kind in "iu":
        if v.size and (v.min() < 0 or v.max() >= len(names)):
            raise _fail(InvalidArgumentError, f"{what}: values outside 0..{len(names) - 1}")
        return _contiguous(v.astype(_np.int32, copy=False), ctypes.c_int32)
    if _is_array(v):
        v = v.tolist()
    codes = []
    for row, x in enumerate(v):
        if isinstance(x, str):
            if x not in names:
                raise _fail(InvalidArgumentError, f"row {row}: unknown {what} {x!r}; "
                            "expected " + ", ".join(names))
            codes.append(names.index(x))
        elif isinstance(x, int) and not isinstance(x, bool):
            codes.append(x)  # the library checks the range, naming the row
        else:
            raise TypeError(f"row {row}: {what} must be a name or an int, "
                            f"not {type(x).__name__}")
    array = (ctypes.c_int32 * max(len(codes), 1))(*codes)
    return array, array


def check_lengths(function, n, **columns):
    """InvalidArgumentError unless every given column has n entries."""
    for name, column in columns.items():
        if column is None or isinstance(column, str) and name == "currencies":
            continue
        if len(column) != n:
            raise _fail(InvalidArgumentError, f"{function}: column {name} has {len(column)} "
                        f"entries; expected {n}")


def date_or_none(days):
    return None if days == _n.RELANCE_NO_DATE else datetime.date.fromordinal(
        days + datetime.date(1970, 1, 1).toordinal())
