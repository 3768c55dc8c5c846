"""``relance.AgingReport``: the aged balance of a ledger as of a date.

One row per customer and currency with something outstanding: the age
columns (``columns``: "not_due", "d1_30", ..., "over_120" for the default
buckets), then disputed, unapplied (<= 0) and balance, all Decimals in the
row's currency, and the number of open items. For every row the age
columns + disputed + unapplied equal the balance exactly. Totals are per
currency, never summed across currencies.

A report is immutable (safe to share between threads) and independent of
its ledger. Reports over disjoint sets of customers, made with the same
options, merge exactly: ``a.merge(b) == whole``.
"""

import collections
import ctypes
import decimal
import operator

from . import _native as _n
from ._calendar import from_days, to_days
from ._errors import InvalidArgumentError
from ._handles import CachedHandle, Mergeable, read_text

__all__ = ["AgingReport", "AgingRow", "AGING_BASES"]

_byref = ctypes.byref
_BASES = {"due": 0, "document": 1}
#: The aging bases: from the due date, or from the document date.
AGING_BASES = tuple(_BASES)
_TRAILING = ("disputed", "unapplied", "balance", "items")
# Enough digits for any int64 of minor units at any scale: scaleb is exact.
_CONTEXT = decimal.Context(prec=38)

#: One row of an aging report. ``customer_id`` is None in a total; ``ages``
#: is a tuple of Decimals in the order of AgingReport.columns; ``items`` an
#: int.
AgingRow = collections.namedtuple(
    "AgingRow", ["customer_id", "currency", "ages", "disputed", "unapplied", "balance",
                 "items"])


def aging_options(as_of, buckets, basis):
    """A filled relance_aging_options."""
    if basis not in _BASES:
        raise ValueError(f"unknown aging basis {basis!r}; expected one of "
                         + ", ".join(AGING_BASES))
    bounds = [operator.index(b) for b in buckets]
    if len(bounds) > _n.RELANCE_AGING_MAX_BOUNDS:
        raise InvalidArgumentError(f"{len(bounds)} buckets: at most "
                                   f"{_n.RELANCE_AGING_MAX_BOUNDS}", InvalidArgumentError.status)
    if any(not 0 <= b < 2**31 for b in bounds):
        raise InvalidArgumentError(f"bucket bounds {bounds} must be days in 1..36500",
                                   InvalidArgumentError.status)
    options = _n.relance_aging_options()
    _n.relance_aging_options_init(_byref(options), ctypes.sizeof(options))
    options.as_of = to_days(as_of)
    options.basis = _BASES[basis]
    options.bound_count = len(bounds)
    for i, b in enumerate(bounds):
        options.bounds[i] = b
    return options


def _scaled(units, minor):
    return decimal.Decimal(units).scaleb(-minor, _CONTEXT)


class AgingReport(Mergeable, CachedHandle):
    """An aged balance (see the module documentation); made by
    Ledger.aging or AgingReport.merge. A context manager, like Ledger.
    Reports of disjoint customers merge (``merge``); ``==`` compares
    options and rows, in any order."""

    __slots__ = ()
    _destroy = "relance_aging_report_destroy"
    _what = "aging report"
    _merge = "relance_aging_report_merge"
    _equal = "relance_aging_report_equal"

    def _options(self):
        if "options" not in self._cache:
            options = _n.relance_aging_options()
            _n.relance_aging_options_init(_byref(options), ctypes.sizeof(options))
            _n.relance_aging_report_options(self._live(), _byref(options))
            self._cache["options"] = options
        return self._cache["options"]

    @property
    def as_of(self):
        """The date of the report."""
        return from_days(self._options().as_of)

    @property
    def buckets(self):
        """The upper bounds of the past-due buckets, in days."""
        options = self._options()
        return tuple(options.bounds[:options.bound_count])

    @property
    def basis(self):
        """"due" or "document"."""
        return AGING_BASES[self._options().basis]

    @property
    def columns(self):
        """The names of the age columns: "not_due", "d1_30", ..."""
        report = self._live()
        n = _n.relance_aging_report_age_column_count(report)
        return [read_text(_n.relance_aging_report_column_name, report, c) for c in range(n)]

    def __len__(self):
        return _n.relance_aging_report_row_count(self._live())

    # ---- bulk reads ------------------------------------------------------

    def _customer_ids(self):
        chars, size = ctypes.c_void_p(), ctypes.c_size_t()
        _n.relance_aging_report_customer_ids(self._live(), _byref(chars), _byref(size))
        if size.value == 0:
            return []
        return ctypes.string_at(chars.value, size.value).decode("utf-8").split("\0")[:-1]

    def _currencies(self, n):
        out = ctypes.create_string_buffer(4 * n + 1)
        _n.relance_aging_report_currencies(self._live(), 0, n, out, 4 * n)
        raw = out.raw
        return [raw[4 * i:4 * i + 3].decode("ascii") for i in range(n)]

    def _values(self, n, width):
        """All values, row after row (an int64 array of n * width)."""
        out = (ctypes.c_int64 * max(n * width, 1))()
        _n.relance_aging_report_values(self._live(), 0, n, out, n * width)
        return out

    def _order(self, n):
        out = (ctypes.c_size_t * max(n, 1))()
        _n.relance_aging_report_sorted_order(self._live(), out, n)
        return out[:n]

    # ---- rows, totals, pandas --------------------------------------------

    @staticmethod
    def _row(customer_id, code, v, minor, ages):
        return AgingRow(customer_id, code, tuple(_scaled(x, minor) for x in v[:ages]),
                        _scaled(v[ages], minor), _scaled(v[ages + 1], minor),
                        _scaled(v[ages + 2], minor), v[ages + 3])

    @property
    def rows(self):
        """The rows (AgingRow), sorted by customer id then currency."""
        if "rows" not in self._cache:
            n = len(self)
            width = _n.relance_aging_report_column_count(self._handle)
            ages = width - _n.RELANCE_AGING_TRAILING_COLUMNS
            ids, codes = self._customer_ids(), self._currencies(n)
            values, minor = self._values(n, width), _minor_units()
            self._cache["rows"] = [
                self._row(ids[r], codes[r], values[r * width:(r + 1) * width],
                          minor(codes[r]), ages)
                for r in self._order(n)]
        return list(self._cache["rows"])

    @property
    def totals(self):
        """{currency code: AgingRow with customer_id None}: the column sums
        of the rows in each currency, by code."""
        report = self._live()
        width = _n.relance_aging_report_column_count(report)
        ages = width - _n.RELANCE_AGING_TRAILING_COLUMNS
        code, values = ctypes.create_string_buffer(4), (ctypes.c_int64 * width)()
        minor, out = _minor_units(), {}
        for k in range(_n.relance_aging_report_total_count(report)):
            _n.relance_aging_report_total(report, k, code, values, width)
            c = code.value.decode("ascii")
            out[c] = self._row(None, c, values[:], minor(c), ages)
        return out

    def to_pandas(self, minor_units=False):
        """A DataFrame, one row per customer and currency (sorted), with the
        columns customer_id, currency, the age columns, disputed, unapplied,
        balance and items.

        Amounts are exact either way: by default ``decimal.Decimal`` objects
        (object dtype) in each row's currency; with ``minor_units=True``
        int64 minor units of the row's currency (1250 EUR units are 12.50
        EUR), which numpy and pandas sum quickly and exactly.
        """
        import numpy as np
        import pandas as pd

        report = self._live()
        n = len(self)
        width = _n.relance_aging_report_column_count(report)
        names = self.columns + list(_TRAILING)
        values = np.empty((n, width), dtype=np.int64)
        order = np.empty(n, dtype=np.uintp)
        codes = ctypes.create_string_buffer(4 * n + 1)
        if n:
            _n.relance_aging_report_values(
                report, 0, n, values.ctypes.data_as(ctypes.POINTER(ctypes.c_int64)), n * width)
            _n.relance_aging_report_sorted_order(
                report, order.ctypes.data_as(ctypes.POINTER(ctypes.c_size_t)), n)
            _n.relance_aging_report_currencies(report, 0, n, codes, 4 * n)
        # "EUR\0" per row: numpy's S4 drops the NUL.
        codes = np.frombuffer(codes.raw, dtype="S4", count=n).astype(str)[order]
        ids = np.asarray(self._customer_ids(), dtype=object)[order]
        values = values[order]
        data = {"customer_id": ids, "currency": codes.astype(object)}
        if not minor_units:
            table, inverse = np.unique(codes, return_inverse=True)
            minor = _minor_units()
            scales = np.array([minor(c) for c in table], dtype=np.int64)[inverse]
        for c, name in enumerate(names):
            column = values[:, c]
            if minor_units or name == "items":
                data[name] = column
            else:
                data[name] = np.fromiter(
                    (_scaled(u, s) for u, s in zip(column.tolist(), scales.tolist())),
                    dtype=object, count=n)
        return pd.DataFrame(data, columns=["customer_id", "currency"] + names)

    # ---- representation ------------------------------------------------------

    def __repr__(self):
        if self._handle is None or not self._handle.value:
            return "<AgingReport (closed)>"
        return (f"<AgingReport as of {self.as_of} ({self.basis} date, buckets "
                f"{list(self.buckets)}): {len(self)} rows>")


def _minor_units():
    """code -> minor units, memoized for one read."""
    from ._money import currency
    cache = {}

    def minor(code):
        if code not in cache:
            cache[code] = currency(code).minor_units
        return cache[code]
    return minor
