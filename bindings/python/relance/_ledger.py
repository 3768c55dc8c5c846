"""``relance.Ledger``: the receivables ledger, over ``relance_ledger``.

Customers, open items, payments, allocations (lettrage), write-offs and
disputed amounts, every fact with an effective date; queries as of any
date. Bulk calls take columns (lists, numpy arrays, pandas Series; see
relance._columns for the accepted types and the no-copy numpy path) and are
all or nothing: a bad row raises a RelanceError whose message names it
("relance_ledger_add_items: row 3: ...") and nothing is added.

A Ledger is used by one thread at a time for changes; queries may run
concurrently with each other. Reports and statements do not depend on the
ledger once made.
"""

import collections
import ctypes
import decimal

from . import _columns as _col
from . import _native as _n
from ._aging import AgingReport, aging_options
from ._calendar import from_days, to_days
from ._errors import BufferTooSmallError, NotFoundError
from ._handles import Handle, result_handle
from ._kpi import KpiReport, RollRateReport, kpi_options, roll_rate_options
from ._money import _from_units, currency

__all__ = ["Ledger", "Allocation", "Statement", "StatementLine", "ITEM_KINDS"]

_byref = ctypes.byref
#: Item kinds, by their pinned number (relance_item_kind).
ITEM_KINDS = ("invoice", "installment", "debit_note", "fee", "interest", "credit_note")
_SOURCES = ("payment", "credit_note")
_LINE_KINDS = ("item", "payment", "write_off", "settlement")
_DATE_MAX = 2932896  # RELANCE_DATE_MAX

#: An allocation: ``source`` is "payment" or "credit_note"; ``amount`` a
#: Decimal in ``currency``; ``reversed`` the reversal's date or None.
Allocation = collections.namedtuple(
    "Allocation", ["index", "source", "source_id", "item_id", "amount", "currency", "date",
                   "reversed"])
#: A customer's account in one currency between two dates (both included).
Statement = collections.namedtuple(
    "Statement", ["currency", "start", "end", "opening", "lines", "closing"])
#: One statement line: ``kind`` is "item", "payment", "write_off" or
#: "settlement"; debit, credit and balance are Decimals.
StatementLine = collections.namedtuple(
    "StatementLine", ["date", "kind", "id", "reference", "debit", "credit", "balance"])


def _id(value, what):
    if not isinstance(value, str):
        raise TypeError(f"{what} must be a str, not {type(value).__name__}")
    return value.encode("utf-8")


def _decimal(money):
    return _from_units(money.units, currency(money.currency.decode("ascii")).minor_units)


class Ledger(Handle):
    """A receivables ledger (see the module documentation). A context
    manager: ``with relance.Ledger() as ledger: ...`` releases it."""

    __slots__ = ()
    _destroy = "relance_ledger_destroy"
    _what = "ledger"

    def __init__(self):
        handle = ctypes.c_void_p()
        _n.relance_ledger_create(_byref(handle))
        self._adopt(handle)

    @classmethod
    def from_csv(cls, path, *, max_errors=100, as_of=None, threads=0):
        """A ledger from CSV files (docs/csv-format.md): a directory in the
        canonical form (customers.csv, items.csv, payments.csv, ...) or one
        open-items file. Strict and all or nothing: raises CsvImportError,
        whose ``errors`` lists every problem (file, line, column, reason) up
        to ``max_errors``. ``as_of``: an open-items file's export date (no
        item may be dated after it). ``threads``: parser threads, 0 for
        automatic."""
        from ._csv import import_ledger  # import cycle
        ledger = cls.__new__(cls)
        ledger._adopt(import_ledger(path, max_errors, as_of, threads))
        return ledger

    def to_csv(self, directory):
        """Writes the ledger in the canonical CSV form into ``directory``
        (created if missing): importing it gives back the same ledger."""
        from ._csv import export_ledger  # import cycle
        export_ledger(self._live(), directory)

    # ---- bulk mutations --------------------------------------------------

    def add_customers(self, ids, names=None, segments=None, credit_limits=None, terms=None):
        """Adds customers. ``credit_limits``: per row None, a relance.Money or
        an (amount, currency) pair; ``terms``: default payment terms text
        ("net 30") or None."""
        n = len(ids)
        _col.check_lengths("add_customers", n, names=names, segments=segments,
                           credit_limits=credit_limits, terms=terms)
        id_p, k1 = _col.texts(ids, "ids")
        name_p, k2 = _col.texts(names, "names", optional=True)
        segment_p, k3 = _col.texts(segments, "segments", optional=True)
        limit_p, limit_codes_p, k4 = self._credit_limits(credit_limits)
        terms_p, k5 = _col.texts(terms, "terms", optional=True)
        _n.relance_ledger_add_customers(self._live(), n, id_p, name_p, segment_p, limit_p,
                                        limit_codes_p, terms_p)

    @staticmethod
    def _credit_limits(limits):
        if limits is None:
            return None, None, None
        from ._money_value import Money
        units, codes = [], []
        for row, limit in enumerate(_col.values(limits)):
            if _col._missing(limit):
                units.append(_n.RELANCE_NO_AMOUNT)
                codes.append(None)
                continue
            if not isinstance(limit, Money):
                try:
                    limit = Money(*limit)
                except TypeError:
                    raise TypeError(f"row {row}: a credit limit is a relance.Money, an "
                                    "(amount, currency) pair or None") from None
            units.append(limit.units)
            codes.append(limit.currency.code)
        unit_array = (ctypes.c_int64 * max(len(units), 1))(*units)
        code_array, keep = _col.texts(codes, "credit limit currency", optional=True)
        return unit_array, code_array, (unit_array, keep)

    def add_items(self, ids, customer_ids, document_dates, due_dates, amounts, currencies,
                  kinds=None, references=None, open_amounts=None):
        """Adds open items. ``due_dates`` may be None (none for every row) or
        hold None/NaT for items without one; ``kinds`` are names of
        ITEM_KINDS (default: invoices); ``currencies`` is one code for every
        row or one per row; amounts as described in relance._columns."""
        n = len(ids)
        _col.check_lengths("add_items", n, customer_ids=customer_ids,
                           document_dates=document_dates, due_dates=due_dates,
                           amounts=amounts, currencies=currencies, kinds=kinds,
                           references=references, open_amounts=open_amounts)
        cur = _col.Currencies(currencies, n)
        of_row = lambda row: (cur.minor_units(row), cur.code(row))  # noqa: E731
        id_p, k1 = _col.texts(ids, "ids")
        customer_p, k2 = _col.texts(customer_ids, "customer_ids")
        kind_p, k3 = _col.enums(kinds, "item kind", ITEM_KINDS)
        doc_p, k4 = _col.dates(document_dates, "document_dates")
        due_p, k5 = _col.dates(due_dates, "due_dates", none_allowed=True)
        amount_p, k6 = _col.amounts(amounts, "amount", of_row)
        currency_p, k7 = cur.pointer()
        reference_p, k8 = _col.texts(references, "references", optional=True)
        open_p, k9 = _col.amounts(open_amounts, "open amount", of_row)
        _n.relance_ledger_add_items(self._live(), n, id_p, customer_p, kind_p, doc_p, due_p,
                                    amount_p, currency_p, reference_p, open_p)

    def add_payments(self, ids, customer_ids, value_dates, amounts, currencies,
                     references=None):
        """Adds payments received (amounts > 0)."""
        n = len(ids)
        _col.check_lengths("add_payments", n, customer_ids=customer_ids,
                           value_dates=value_dates, amounts=amounts, currencies=currencies,
                           references=references)
        cur = _col.Currencies(currencies, n)
        id_p, k1 = _col.texts(ids, "ids")
        customer_p, k2 = _col.texts(customer_ids, "customer_ids")
        date_p, k3 = _col.dates(value_dates, "value_dates")
        amount_p, k4 = _col.amounts(amounts, "amount",
                                    lambda row: (cur.minor_units(row), cur.code(row)))
        currency_p, k5 = cur.pointer()
        reference_p, k6 = _col.texts(references, "references", optional=True)
        _n.relance_ledger_add_payments(self._live(), n, id_p, customer_p, date_p, amount_p,
                                       currency_p, reference_p)

    def _item_currency(self, item_ids):
        """of_row for amounts on items: (minor units, code) of the row's item."""
        ids = _col.values(item_ids)

        def of_row(row):
            money = _n.relance_money()
            try:
                _n.relance_ledger_open_amount(self._live(), _id(ids[row], "item id"), _DATE_MAX,
                                              _byref(money))
            except NotFoundError:
                raise NotFoundError(f"row {row}: unknown item {ids[row]!r}",
                                    NotFoundError.status) from None
            code = money.currency.decode("ascii")
            return currency(code).minor_units, code
        return of_row

    def add_allocations(self, source_ids, item_ids, amounts, dates, sources=None):
        """Allocates ``amounts`` of payments (or of credit notes, where
        ``sources`` says "credit_note") to debit items, effective on
        ``dates``. Returns the range of the new allocations' indexes. Rows
        that together take more than is open name the row that tips the
        amount over (see relance_ledger_add_allocations in relance.h)."""
        n = len(source_ids)
        _col.check_lengths("add_allocations", n, item_ids=item_ids, amounts=amounts,
                           dates=dates, sources=sources)
        source_p, k1 = _col.enums(sources, "allocation source", _SOURCES)
        source_id_p, k2 = _col.texts(source_ids, "source_ids")
        item_p, k3 = _col.texts(item_ids, "item_ids")
        amount_p, k4 = _col.amounts(amounts, "amount", self._item_currency(item_ids))
        date_p, k5 = _col.dates(dates, "dates")
        first = ctypes.c_int64()
        _n.relance_ledger_add_allocations(self._live(), n, source_p, source_id_p, item_p,
                                          amount_p, date_p, _byref(first))
        return range(first.value, first.value + n)

    def reverse_allocation(self, index, date):
        """Reverses allocation ``index`` from ``date`` on (un-matching)."""
        _n.relance_ledger_reverse_allocation(self._live(), index, to_days(date))

    def add_write_offs(self, item_ids, amounts, dates, reasons=None):
        """Writes amounts off debit items."""
        n = len(item_ids)
        _col.check_lengths("add_write_offs", n, amounts=amounts, dates=dates, reasons=reasons)
        item_p, k1 = _col.texts(item_ids, "item_ids")
        amount_p, k2 = _col.amounts(amounts, "amount", self._item_currency(item_ids))
        date_p, k3 = _col.dates(dates, "dates")
        reason_p, k4 = _col.texts(reasons, "reasons", optional=True)
        _n.relance_ledger_add_write_offs(self._live(), n, item_p, amount_p, date_p, reason_p)

    def add_disputes(self, item_ids, amounts, raised, cleared=None):
        """Records disputed amounts on debit items, raised on ``raised`` and
        cleared on ``cleared`` (excluded; None while still open)."""
        n = len(item_ids)
        _col.check_lengths("add_disputes", n, amounts=amounts, raised=raised, cleared=cleared)
        item_p, k1 = _col.texts(item_ids, "item_ids")
        amount_p, k2 = _col.amounts(amounts, "amount", self._item_currency(item_ids))
        raised_p, k3 = _col.dates(raised, "raised")
        cleared_p, k4 = _col.dates(cleared, "cleared", none_allowed=True)
        _n.relance_ledger_add_disputes(self._live(), n, item_p, amount_p, raised_p, cleared_p)

    def auto_match(self):
        """Automatic matching (see relance_ledger_auto_match); returns the
        allocations made, in order."""
        count, first = ctypes.c_size_t(), ctypes.c_int64()
        _n.relance_ledger_auto_match(self._live(), _byref(count), _byref(first))
        return [self.allocation(first.value + k) for k in range(count.value)]

    # ---- queries ---------------------------------------------------------

    @property
    def customer_count(self):
        return _n.relance_ledger_customer_count(self._live())

    @property
    def item_count(self):
        return _n.relance_ledger_item_count(self._live())

    @property
    def payment_count(self):
        return _n.relance_ledger_payment_count(self._live())

    @property
    def allocation_count(self):
        return _n.relance_ledger_allocation_count(self._live())

    def allocation(self, index):
        """The allocation with this index."""
        a = _n.relance_allocation()
        _n.relance_ledger_allocation(self._live(), index, _byref(a))
        return Allocation(a.index, _SOURCES[a.source], a.source_id.decode("utf-8"),
                          a.item_id.decode("utf-8"), _decimal(a.amount),
                          a.amount.currency.decode("ascii"), from_days(a.date),
                          _col.date_or_none(a.reversed))

    def _amount(self, function, document_id, as_of):
        money = _n.relance_money()
        function(self._live(), _id(document_id, "id"), to_days(as_of), _byref(money))
        return _decimal(money)

    def open_amount(self, item_id, as_of):
        """The open amount of an item as of a date (Decimal; negative for a
        credit note; zero before its document date)."""
        return self._amount(_n.relance_ledger_open_amount, item_id, as_of)

    def unapplied(self, payment_id, as_of):
        """The unapplied amount of a payment as of a date (Decimal)."""
        return self._amount(_n.relance_ledger_unapplied, payment_id, as_of)

    def disputed(self, item_id, as_of):
        """The disputed part of an item as of a date (Decimal)."""
        return self._amount(_n.relance_ledger_disputed, item_id, as_of)

    def _per_currency(self, function, customer_id, as_of):
        key, day = _id(customer_id, "customer id"), to_days(as_of)
        count = ctypes.c_size_t()
        capacity = 4
        while True:
            out = (_n.relance_money * capacity)()
            try:
                function(self._live(), key, day, out, capacity, _byref(count))
                break
            except BufferTooSmallError:
                capacity = count.value
        return {out[i].currency.decode("ascii"): _decimal(out[i]) for i in range(count.value)}

    def balance(self, customer_id, as_of):
        """{currency code: balance as a Decimal} as of a date, by code."""
        return self._per_currency(_n.relance_ledger_balance, customer_id, as_of)

    def unapplied_cash(self, customer_id, as_of):
        """{currency code: unapplied cash as a Decimal} as of a date."""
        return self._per_currency(_n.relance_ledger_unapplied_cash, customer_id, as_of)

    def statement(self, customer_id, start, end):
        """{currency code: Statement} of a customer from ``start`` to ``end``
        (both included)."""
        with result_handle(_n.relance_statement_list_destroy) as handle:
            _n.relance_ledger_statements(self._live(), _id(customer_id, "customer id"),
                                         to_days(start), to_days(end), _byref(handle))
            return dict(_read_statement(handle, k)
                        for k in range(_n.relance_statement_list_count(handle)))

    def aging(self, as_of, buckets=(30, 60, 90, 120), basis="due"):
        """The aged balance as of a date (AgingReport): past-due buckets with
        these upper bounds in days, aged from the due date ("due") or the
        document date ("document")."""
        options = aging_options(as_of, buckets, basis)
        handle = ctypes.c_void_p()
        _n.relance_ledger_age(self._live(), _byref(options), _byref(handle))
        return AgingReport._wrap(handle)

    def late_interest(self, as_of, **settings):
        """Late-payment interest and compensation owed on every late item as
        of a date (LedgerInterest): each invoice, installment or debit note
        due before ``as_of`` (document date + 30 days without a due date),
        on its open amount from the day after the due date to the day it was
        settled or ``as_of``. Keywords: ``customer`` (one customer's items),
        and the settings of relance.late_interest (``jurisdiction``,
        ``rate``, ``reference``, ``margin``, ``selection``, ``day_count``,
        ``grace_days``, ``rounding``, ``rounding_point``); ``compensation``
        None for the statutory 40 EUR per late EUR item, 0 for none, or an
        amount per late item in each item's currency."""
        from ._ledger_interest import ledger_late_interest  # import cycle
        return ledger_late_interest(self._live(), as_of, **settings)

    def kpis(self, start, end, customers=None, scale=2, rounding=decimal.ROUND_HALF_EVEN,
             countback="months", countback_length=1, incident_days=30,
             retention_window_days=180):
        """Collection KPIs over the period ``start`` .. ``end`` (both
        included) as a KpiReport: the given customers' (ids) or everyone's;
        values rounded once to ``scale`` decimals in ``rounding`` (a
        decimal.ROUND_... mode); countback DSO in steps of
        ``countback_length`` "months" or "days"; a payment incident is an
        item more than ``incident_days`` late, and a customer who buys again
        within ``retention_window_days`` after it is retained."""
        options, keep = kpi_options(start, end, customers, scale, rounding, countback,
                                    countback_length, incident_days, retention_window_days)
        handle = ctypes.c_void_p()
        _n.relance_ledger_kpis(self._live(), _byref(options), _byref(handle))
        return KpiReport._wrap(handle)

    def roll_rates(self, start, end, buckets=(30, 60, 90, 120), basis="due", customers=None):
        """The roll-rate matrices from ``start`` to ``end`` (RollRateReport):
        how the open amounts of debit items moved between the age columns of
        aging (buckets and basis as in Ledger.aging), per currency."""
        options, keep = roll_rate_options(start, end, buckets, basis, customers)
        handle = ctypes.c_void_p()
        _n.relance_ledger_roll_rates(self._live(), _byref(options), _byref(handle))
        return RollRateReport._wrap(handle)


def _read_statement(handle, k):
    info = _n.relance_statement_info()
    _n.relance_statement_list_info(handle, k, _byref(info))
    code = info.currency.decode("ascii")
    minor = currency(code).minor_units
    line = _n.relance_statement_line()
    lines = []
    for i in range(info.line_count):
        _n.relance_statement_list_line(handle, k, i, _byref(line))
        lines.append(StatementLine(from_days(line.date), _LINE_KINDS[line.kind],
                                   line.id.decode("utf-8"), line.reference.decode("utf-8"),
                                   _from_units(line.debit, minor),
                                   _from_units(line.credit, minor),
                                   _from_units(line.balance, minor)))
    return code, Statement(code, from_days(info.from_), from_days(info.to),
                           _from_units(info.opening, minor), lines,
                           _from_units(info.closing, minor))
