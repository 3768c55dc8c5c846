"""Reference interest rates by effective date, the shipped ECB main
refinancing rate, and the EU/FR statutory late-payment rates built on it.

Rates are annual percentages as ``decimal.Decimal``: Decimal("4.25") is
4.25 % per year. A RateTable wraps an immutable ``relance_rate_table``
handle: safe to share between threads, released by ``close()``, a ``with``
block or the garbage collector.
"""

import collections
import ctypes

from . import _native as _n
from ._calendar import dated_pairs, from_days, to_days
from ._conventions import jurisdiction_code
from ._decimal import from_native, to_native
from ._handles import Handle

__all__ = ["RateTable", "RateChange", "ecb_rates", "statutory_rate"]

#: One rate change: ``percent`` per year in force from ``effective`` on.
RateChange = collections.namedtuple("RateChange", ["effective", "percent"])

_byref = ctypes.byref


class RateTable(Handle):
    """A table named ``name`` from ``changes``, (date, rate) pairs in
    strictly increasing date order; rates are Decimal, int or str (never
    float) and may be zero or negative.

    Raises InvalidArgumentError (a ValueError) for no change or dates out of
    order (the message names the entries).
    """

    __slots__ = ()
    _destroy = "relance_rate_table_destroy"
    _what = "rate table"

    def __init__(self, name, changes):
        if not isinstance(name, str):
            raise TypeError(f"the table name must be a str, not {type(name).__name__}")
        dates, values = dated_pairs(changes, "rate change")
        count = len(values)
        rates = (_n.relance_decimal * max(count, 1))(*(to_native(r) for r in values))
        handle = ctypes.c_void_p()
        _n.relance_rate_table_create(name.encode("utf-8"), dates, rates, count, _byref(handle))
        self._adopt(handle)

    @classmethod
    def _ecb(cls):
        table = cls.__new__(cls)
        handle = ctypes.c_void_p()
        _n.relance_rate_table_create_ecb_mro(_byref(handle))
        table._adopt(handle)
        return table

    @property
    def name(self):
        out = ctypes.c_char_p()
        _n.relance_rate_table_name(self._live(), _byref(out))
        return out.value.decode("utf-8")

    @property
    def changes(self):
        """The changes, in increasing effective date, as RateChange tuples."""
        handle = self._live()
        day, percent = ctypes.c_int32(), _n.relance_decimal()
        out = []
        for i in range(_n.relance_rate_table_count(handle)):
            _n.relance_rate_table_at(handle, i, _byref(day), _byref(percent))
            out.append(RateChange(from_days(day.value), from_native(percent)))
        return out

    def __len__(self):
        return _n.relance_rate_table_count(self._live())

    def rate_on(self, d):
        """The rate in force on ``d``: that of the latest change effective on
        or before it. Raises NotFoundError before the first change."""
        out = _n.relance_decimal()
        _n.relance_rate_table_rate_on(self._live(), to_days(d), _byref(out))
        return from_native(out)

    def __repr__(self):
        return f"<RateTable {self.name!r}, {len(self)} changes>"


def ecb_rates():
    """A copy of the shipped ECB main refinancing operations (MRO) table,
    "ECB MRO", from 2008-10-15 to the 2025-06-11 change to 2.15 %. Later
    decisions are not in it: build a RateTable from ``changes`` plus them."""
    return RateTable._ecb()


def statutory_rate(jurisdiction, d, table=None):
    """The statutory late-payment rate for a late day ``d``: the rate of
    ``table`` (default: the shipped ECB table) in force on the first day of
    d's half-year, plus 8 points ("EU") or 10 points ("FR", any case).
    statutory_rate("FR", date(2024, 10, 15)) == Decimal("14.25")."""
    code = jurisdiction_code(jurisdiction)
    if table is not None and not isinstance(table, RateTable):
        raise TypeError(f"table must be a RateTable or None, not {type(table).__name__}")
    reference = None if table is None else table._live()
    out = _n.relance_decimal()
    _n.relance_jurisdiction_statutory_rate(code, to_days(d), reference, _byref(out))
    return from_native(out)
