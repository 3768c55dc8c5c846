"""``relance.KpiReport`` and ``relance.RollRateReport``: collection KPIs of
a ledger over a period, and the roll-rate matrix between two dates.

Made by ``Ledger.kpis(start, end, ...)`` and ``Ledger.roll_rates(a, b,
...)``. docs/kpis.md defines every figure.

A KPI report has one entry per currency (``report["EUR"]``, a
CurrencyKpis): each KPI is a KpiFigure, an exact fraction
(``figure.exact``, a ``fractions.Fraction``) with its value rounded once to
the report's scale and rounding mode (``figure.value``, a Decimal, or None
when the figure has no value: ``figure.status`` says why), and the amounts
behind the figures are Decimals in that currency. Amounts of different
currencies are never added up; the retention after a payment incident
(``report.retention``), a count of customers, is report-wide.

Reports over disjoint sets of customers, made with the same options, merge
exactly: ``a.merge(b)`` has the figures of the whole book. Reports are
immutable (safe to share between threads) and independent of their ledger.
"""

import collections
import ctypes
import decimal
import fractions
import operator

from . import _native as _n
from ._calendar import from_days, to_days
from ._decimal import ROUNDING_MODES, _mode, from_native
from ._errors import BufferTooSmallError, InvalidArgumentError
from ._handles import CachedHandle, Mergeable, read_text
from ._money import _from_units, currency

__all__ = ["KpiReport", "CurrencyKpis", "KpiFigure", "KpiRetention", "RollRateReport",
           "RollRateMatrix", "KPIS", "KPI_AMOUNTS", "COUNTBACK_UNITS"]

_byref = ctypes.byref

#: The KPI names, by their pinned number (relance_kpi): "dso", ...,
#: "retention_rate". All but the last are per currency.
KPIS = tuple(_n.relance_kpi_name(k).decode("ascii") for k in range(_n.RELANCE_KPI_COUNT))
_CURRENCY_KPIS = KPIS[:_n.RELANCE_KPI_RETENTION_RATE]
#: The amounts of a CurrencyKpis, by their pinned number (relance_kpi_amount).
KPI_AMOUNTS = tuple(_n.relance_kpi_amount_name(a).decode("ascii")
                    for a in range(_n.RELANCE_KPI_AMOUNT_COUNT))
#: The steps of the countback DSO: calendar months or days.
COUNTBACK_UNITS = ("months", "days")
_TITLES = {k: _n.relance_kpi_title(i).decode("utf-8") for i, k in enumerate(KPIS)}
_DEFINITIONS = {k: _n.relance_kpi_definition(i).decode("utf-8") for i, k in enumerate(KPIS)}
_STATUSES = tuple(_n.relance_kpi_status_name(s).decode("ascii") for s in range(4))
_BASES = ("due", "document")  # relance_aging_basis, as Ledger.aging names them
_INT32 = range(-(2**31), 2**31)


class KpiFigure(collections.namedtuple(
        "KpiFigure", ["value", "status", "numerator", "denominator", "kpi"],
        defaults=(None,))):
    """One figure: ``value`` (a Decimal rounded once to the report's scale,
    or None when the figure has none), ``status`` ("defined", "no_base",
    "negative_receivables" or "sales_exhausted"), the exact ``numerator``
    and ``denominator`` (Decimals), and the ``kpi`` name (None for a roll
    rate)."""

    __slots__ = ()

    @property
    def defined(self):
        """True when the figure has a value."""
        return self.status == "defined"

    @property
    def exact(self):
        """numerator / denominator as a ``fractions.Fraction``, exactly; None
        when the figure has no value."""
        if not self.defined:
            return None
        return fractions.Fraction(self.numerator) / fractions.Fraction(self.denominator)

    @property
    def title(self):
        """The KPI's name for people ("Countback DSO")."""
        return _TITLES.get(self.kpi)

    @property
    def definition(self):
        """The KPI's formula in one line."""
        return _DEFINITIONS.get(self.kpi)


#: Customers with a payment incident in the period: ``retained`` bought
#: again within the window, ``lost`` did not (window over), ``undecided``
#: (window not over) are left out of ``rate`` (a KpiFigure, percent).
KpiRetention = collections.namedtuple(
    "KpiRetention", ["customers_with_incident", "retained", "lost", "undecided", "rate"])


def _figure(f, kpi=None):
    return KpiFigure(from_native(f.value) if f.has_value else None, _STATUSES[f.status],
                     from_native(f.numerator), from_native(f.denominator), kpi)


def _int(value, what):
    if isinstance(value, (bool, float)):
        raise TypeError(f"{what} must be an int, not {type(value).__name__}")
    number = operator.index(value)
    if number not in _INT32:
        raise InvalidArgumentError(f"{what} {number} is out of range",
                                   InvalidArgumentError.status)
    return number


def _customer_array(customers):
    """(count, const char* const* or None) of a list of ids; the array keeps
    the encoded ids alive."""
    if customers is None:
        return 0, None
    if isinstance(customers, (str, bytes)):
        raise TypeError("customers must be a list of ids, not a single string")
    encoded = []
    for c in customers:
        if not isinstance(c, str):
            raise TypeError(f"a customer id must be a str, not {type(c).__name__}")
        encoded.append(c.encode("utf-8"))
    if not encoded:
        return 0, None
    return len(encoded), (ctypes.c_char_p * len(encoded))(*encoded)


def _read_customers(options):
    return tuple(options.customers[i].decode("utf-8") for i in range(options.customer_count))


def _code(function, handle, index):
    out = ctypes.create_string_buffer(4)
    function(handle, index, out)
    return out.value.decode("ascii")


class _PerCurrency(CachedHandle):
    """A result handle with one entry per currency, read as a mapping of
    currency code to entry (sorted by code), and with an options struct.
    Subclasses name their C functions and read an entry (_entry)."""

    __slots__ = ()
    _count = _currency = _options_type = _options_init = _options_read = None

    def _options(self):
        handle = self._live()
        if "options" not in self._cache:
            options = getattr(_n, self._options_type)()
            getattr(_n, self._options_init)(_byref(options), ctypes.sizeof(options))
            getattr(_n, self._options_read)(handle, _byref(options))
            # Copy the borrowed customer ids now: the cache must not point
            # into a report that may be closed.
            self._cache["customers"] = _read_customers(options)
            options.customer_count, options.customers = 0, None
            self._cache["options"] = options
        return self._cache["options"]

    @property
    def start(self):
        """The first day (KPIs) or the starting date (roll rates)."""
        return from_days(self._options().from_)

    @property
    def end(self):
        """The last day, included (KPIs), or the ending date (roll rates)."""
        return from_days(self._options().to)

    @property
    def customers(self):
        """The customer ids measured, or None for every customer."""
        self._options()
        return self._cache["customers"] or None

    @property
    def currencies(self):
        """The currency codes, sorted."""
        handle = self._live()
        if "codes" not in self._cache:
            self._cache["codes"] = [_code(getattr(_n, self._currency), handle, i)
                                    for i in range(getattr(_n, self._count)(handle))]
        return list(self._cache["codes"])

    def __len__(self):
        return len(self.currencies)

    def __iter__(self):
        return iter(self.currencies)

    def __contains__(self, code):
        return code in self.currencies

    def keys(self):
        return self.currencies

    def values(self):
        return [self[c] for c in self.currencies]

    def items(self):
        return [(c, self[c]) for c in self.currencies]

    def __getitem__(self, code):
        """The entry of a currency code ("EUR")."""
        codes = self.currencies
        if code not in codes:
            raise KeyError(code)
        key = ("entry", code)
        if key not in self._cache:
            self._cache[key] = self._entry(codes.index(code), code)
        return self._cache[key]


# ---- KPIs ------------------------------------------------------------------

def kpi_options(start, end, customers, scale, rounding, countback, countback_length,
                incident_days, retention_window_days):
    """A filled relance_kpi_options and the array its customers point to."""
    if countback not in COUNTBACK_UNITS:
        raise ValueError(f"unknown countback unit {countback!r}; expected one of "
                         + ", ".join(COUNTBACK_UNITS))
    options = _n.relance_kpi_options()
    _n.relance_kpi_options_init(_byref(options), ctypes.sizeof(options))
    options.from_ = to_days(start)
    options.to = to_days(end)
    options.scale = _int(scale, "scale")
    options.rounding = _mode(rounding)
    options.countback_unit = COUNTBACK_UNITS.index(countback)
    options.countback_length = _int(countback_length, "countback_length")
    options.incident_days = _int(incident_days, "incident_days")
    options.retention_window_days = _int(retention_window_days, "retention_window_days")
    count, array = _customer_array(customers)
    options.customer_count = count
    options.customers = array
    return options, array


class CurrencyKpis:
    """The KPIs of one currency: an attribute per KPI name of KPIS (a
    KpiFigure; not retention_rate, which is report-wide) and per amount name
    of KPI_AMOUNTS (a Decimal in ``currency``), plus ``countback_sales``
    (Decimals, the credit sales of each countback step from the end of the
    period backwards). ``figures`` and ``amounts`` are the same as dicts."""

    __slots__ = ("currency", "figures", "amounts", "countback_sales")

    def __init__(self, code, figures, amounts, countback_sales):
        self.currency = code
        self.figures = figures
        self.amounts = amounts
        self.countback_sales = countback_sales

    def __getattr__(self, name):
        for table in ("figures", "amounts"):
            values = object.__getattribute__(self, table)
            if name in values:
                return values[name]
        raise AttributeError(f"CurrencyKpis has no attribute {name!r}")

    def __dir__(self):
        return sorted(set(super().__dir__()) | set(self.figures) | set(self.amounts))

    def __repr__(self):
        shown = ", ".join(f"{k}={f.value}" for k, f in self.figures.items())
        return f"<CurrencyKpis {self.currency}: {shown}>"


class KpiReport(Mergeable, _PerCurrency):
    """Collection KPIs over a period (see the module documentation). A
    mapping of currency code to CurrencyKpis, sorted by code; a context
    manager, like Ledger. Reports of disjoint customers merge (``merge``);
    ``==`` compares options (customer lists included) and figures."""

    __slots__ = ()
    _destroy = "relance_kpi_report_destroy"
    _what = "KPI report"
    _merge = "relance_kpi_report_merge"
    _equal = "relance_kpi_report_equal"
    _count = "relance_kpi_report_currency_count"
    _currency = "relance_kpi_report_currency"
    _options_type = "relance_kpi_options"
    _options_init = "relance_kpi_options_init"
    _options_read = "relance_kpi_report_options"

    @property
    def days(self):
        """The number of days in the period."""
        return (self.end - self.start).days + 1

    @property
    def scale(self):
        """The decimals of every rounded value."""
        return self._options().scale

    @property
    def rounding(self):
        """The rounding mode of the values (decimal.ROUND_...)."""
        return ROUNDING_MODES[self._options().rounding]

    @property
    def countback(self):
        """"months" or "days", and countback_length such units per step."""
        return COUNTBACK_UNITS[self._options().countback_unit]

    @property
    def countback_length(self):
        return self._options().countback_length

    @property
    def incident_days(self):
        return self._options().incident_days

    @property
    def retention_window_days(self):
        return self._options().retention_window_days

    def _entry(self, index, code):
        report = self._live()
        f = _n.relance_kpi_figure()
        figures = {}
        for k, name in enumerate(_CURRENCY_KPIS):
            _n.relance_kpi_report_figure(report, index, k, _byref(f))
            figures[name] = _figure(f, name)
        minor = currency(code).minor_units
        units = ctypes.c_int64()
        amounts = {}
        for a, name in enumerate(KPI_AMOUNTS):
            _n.relance_kpi_report_amount(report, index, a, _byref(units))
            amounts[name] = _from_units(units.value, minor)
        count = ctypes.c_size_t()
        try:
            _n.relance_kpi_report_countback_sales(report, index, None, 0, _byref(count))
        except BufferTooSmallError:  # count is set
            pass
        steps = (ctypes.c_int64 * max(count.value, 1))()
        _n.relance_kpi_report_countback_sales(report, index, steps, count.value, _byref(count))
        sales = tuple(_from_units(steps[i], minor) for i in range(count.value))
        return CurrencyKpis(code, figures, amounts, sales)

    @property
    def retention(self):
        """Retention after a payment incident (KpiRetention), all currencies."""
        if "retention" not in self._cache:
            report = self._live()
            r = _n.relance_kpi_retention()
            _n.relance_kpi_report_retention(report, _byref(r))
            f = _n.relance_kpi_figure()
            _n.relance_kpi_report_figure(report, 0, _n.RELANCE_KPI_RETENTION_RATE, _byref(f))
            self._cache["retention"] = KpiRetention(
                r.customers_with_incident, r.retained, r.lost, r.undecided,
                _figure(f, "retention_rate"))
        return self._cache["retention"]

    def to_pandas(self):
        """A DataFrame with one row per currency and KPI, then one row for
        the retention rate (currency None): currency, kpi, title, value
        (Decimal or None), status, numerator, denominator (exact Decimals)
        and definition."""
        import pandas as pd

        rows = []
        for code in self.currencies:
            for name, f in self[code].figures.items():
                rows.append((code, name, f.title, f.value, f.status, f.numerator, f.denominator,
                             f.definition))
        f = self.retention.rate
        rows.append((None, f.kpi, f.title, f.value, f.status, f.numerator, f.denominator,
                     f.definition))
        return pd.DataFrame(rows, columns=["currency", "kpi", "title", "value", "status",
                                           "numerator", "denominator", "definition"])

    def __repr__(self):
        if self._handle is None or not self._handle.value:
            return "<KpiReport (closed)>"
        return f"<KpiReport {self.start} .. {self.end}: {', '.join(self.currencies)}>"


# ---- roll rates ------------------------------------------------------------

def roll_rate_options(start, end, buckets, basis, customers):
    """A filled relance_roll_rate_options and the array its customers point to."""
    if basis not in _BASES:
        raise ValueError(f"unknown aging basis {basis!r}; expected one of " + ", ".join(_BASES))
    bounds = [operator.index(b) for b in buckets]
    if len(bounds) > _n.RELANCE_AGING_MAX_BOUNDS:
        raise InvalidArgumentError(f"{len(bounds)} buckets: at most "
                                   f"{_n.RELANCE_AGING_MAX_BOUNDS}", InvalidArgumentError.status)
    if any(b not in _INT32 for b in bounds):
        raise InvalidArgumentError(f"bucket bounds {bounds} must be days in 1..36500",
                                   InvalidArgumentError.status)
    options = _n.relance_roll_rate_options()
    _n.relance_roll_rate_options_init(_byref(options), ctypes.sizeof(options))
    options.from_ = to_days(start)
    options.to = to_days(end)
    options.basis = _BASES.index(basis)
    options.bound_count = len(bounds)
    for i, b in enumerate(bounds):
        options.bounds[i] = b
    count, array = _customer_array(customers)
    options.customer_count = count
    options.customers = array
    return options, array


class RollRateMatrix:
    """One currency's roll-rate matrix: ``cells[r][c]`` (Decimals) is the
    amount that was in row ``row_names[r]`` on the start date and is in
    column ``column_names[c]`` on the end date. ``row_totals`` and
    ``column_totals`` are the sums (dicts by name)."""

    __slots__ = ("_report", "_index", "currency", "row_names", "column_names", "cells",
                 "row_totals", "column_totals")

    def __init__(self, report, index, code):
        handle = report._live()
        self._report, self._index, self.currency = report, index, code
        self.row_names, self.column_names = report.row_names, report.column_names
        rows, columns = len(self.row_names), len(self.column_names)
        minor = currency(code).minor_units
        units = (ctypes.c_int64 * max(rows * columns, 1))()
        _n.relance_roll_rate_report_cells(handle, index, units, rows * columns)
        self.cells = tuple(tuple(_from_units(units[r * columns + c], minor)
                                 for c in range(columns)) for r in range(rows))
        total = ctypes.c_int64()
        self.row_totals, self.column_totals = {}, {}
        for r, name in enumerate(self.row_names):
            _n.relance_roll_rate_report_row_total(handle, index, r, _byref(total))
            self.row_totals[name] = _from_units(total.value, minor)
        for c, name in enumerate(self.column_names):
            _n.relance_roll_rate_report_column_total(handle, index, c, _byref(total))
            self.column_totals[name] = _from_units(total.value, minor)

    def _position(self, key, names, what):
        if isinstance(key, str):
            if key not in names:
                raise KeyError(f"no {what} named {key!r}; the {what}s are {', '.join(names)}")
            return names.index(key)
        index = operator.index(key)
        if not 0 <= index < len(names):
            raise IndexError(f"{what} {index} is outside 0..{len(names) - 1}")
        return index

    def cell(self, row, column):
        """The amount (Decimal) of a cell, by index or name."""
        return self.cells[self._position(row, self.row_names, "row")][
            self._position(column, self.column_names, "column")]

    def rate(self, row, column, scale=2, rounding=decimal.ROUND_HALF_EVEN):
        """The share of the row that went to the column, in percent: a
        KpiFigure (value None when the row total is zero)."""
        f = _n.relance_kpi_figure()
        _n.relance_roll_rate_report_rate(
            self._report._live(), self._index, self._position(row, self.row_names, "row"),
            self._position(column, self.column_names, "column"), _int(scale, "scale"),
            _mode(rounding), _byref(f))
        return _figure(f)

    def to_pandas(self):
        """A DataFrame of the cells (Decimals), indexed by the row names,
        with the column names as columns."""
        import pandas as pd

        return pd.DataFrame([list(r) for r in self.cells], index=list(self.row_names),
                            columns=list(self.column_names), dtype=object)

    def __repr__(self):
        return f"<RollRateMatrix {self.currency}: {len(self.row_names)} x {len(self.column_names)}>"


class RollRateReport(_PerCurrency):
    """Roll-rate matrices between two dates, one per currency: a mapping of
    currency code to RollRateMatrix, sorted by code. A context manager."""

    __slots__ = ()
    _destroy = "relance_roll_rate_report_destroy"
    _what = "roll-rate report"
    _count = "relance_roll_rate_report_currency_count"
    _currency = "relance_roll_rate_report_currency"
    _options_type = "relance_roll_rate_options"
    _options_init = "relance_roll_rate_options_init"
    _options_read = "relance_roll_rate_report_options"

    @property
    def buckets(self):
        """The upper bounds of the past-due buckets, in days."""
        options = self._options()
        return tuple(options.bounds[:options.bound_count])

    @property
    def basis(self):
        """"due" or "document"."""
        return _BASES[self._options().basis]

    def _names(self, count, function):
        report = self._live()
        return tuple(read_text(function, report, i) for i in range(count(report)))

    @property
    def row_names(self):
        """The age columns of aging ("not_due", "d1_30", ...), then "new"."""
        if "rows" not in self._cache:
            self._cache["rows"] = self._names(_n.relance_roll_rate_report_row_count,
                                              _n.relance_roll_rate_report_row_name)
        return self._cache["rows"]

    @property
    def column_names(self):
        """The age columns, then "paid", "credited", "written_off"."""
        if "columns" not in self._cache:
            self._cache["columns"] = self._names(_n.relance_roll_rate_report_column_count,
                                                 _n.relance_roll_rate_report_column_name)
        return self._cache["columns"]

    def _entry(self, index, code):
        return RollRateMatrix(self, index, code)

    def __repr__(self):
        if self._handle is None or not self._handle.value:
            return "<RollRateReport (closed)>"
        return (f"<RollRateReport {self.start} -> {self.end} ({self.basis} date, buckets "
                f"{list(self.buckets)}): {', '.join(self.currencies)}>")
