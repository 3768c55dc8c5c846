"""Payment terms: due dates, installments, early-payment discounts and the
EU/FR legal check.

``PaymentTerms("eom+45")`` parses the one-line text form of relance.h
(``str()`` gives it back in canonical form); dates are ``datetime.date``
and amounts ``decimal.Decimal`` at the currency's minor units. A
PaymentTerms wraps an immutable ``relance_terms`` handle: safe to share
between threads, released by ``close()``, a ``with`` block or the garbage
collector.
"""

import contextlib
import ctypes
import dataclasses
import datetime
import decimal
import typing

from . import _native as _n
from ._calendar import from_days, to_days
from ._conventions import jurisdiction_code
from ._handles import Handle, read_text, result_handle
from ._money import _from_units, _to_money

__all__ = ["PaymentTerms", "Installment", "EarlyPayment", "TermsCheck", "TermsViolation",
           "VIOLATION_CODES", "due_dates", "final_due_date", "check_terms"]

#: The codes of TermsViolation, in relance_terms_violation_code order.
VIOLATION_CODES = ("SILENT_TERMS", "BEYOND_60_DAYS", "BEYOND_EOM_THEN_45",
                   "BEYOND_45_THEN_EOM")

_byref = ctypes.byref


@dataclasses.dataclass(frozen=True)
class EarlyPayment:
    """What paying early earns on an installment."""

    deadline: datetime.date             #: invoice date + discount days, rolled
    discount: decimal.Decimal           #: amount x percent / 100, rounded half up
    discounted_amount: decimal.Decimal  #: amount - discount, exact


@dataclasses.dataclass(frozen=True)
class Installment:
    """One due date of an invoice and the amount due on it."""

    due_date: datetime.date
    amount: decimal.Decimal
    early_payment: typing.Optional[EarlyPayment] = None  #: when the terms have a discount


@dataclasses.dataclass(frozen=True)
class TermsViolation:
    """Why terms fail the legal check: ``code`` (one of VIOLATION_CODES), the
    0-based index of the installment, and a sentence with the dates."""

    code: str
    installment: int
    message: str


@dataclasses.dataclass(frozen=True)
class TermsCheck:
    """The legal check of terms for one invoice date."""

    due_dates: typing.List[datetime.date]
    cap_60_days: datetime.date
    #: Under FR, for end-of-month stipulations: EOM(I) + 45 and EOM(I + 45);
    #: None otherwise.
    cap_eom_then_45: typing.Optional[datetime.date]
    cap_45_then_eom: typing.Optional[datetime.date]
    violations: typing.List[TermsViolation]


class PaymentTerms(Handle):
    """Payment terms parsed from their text form: "net 30", "eom+45",
    "45+eom", "2% 10, net 30", "30%: net 30; balance: net 60",
    "net 30, following FR", or "" (silent: the statutory 30 days).

    Raises ParseError (a ValueError) naming the position of a text that does
    not follow the grammar, InvalidArgumentError for values out of range,
    NotFoundError for an unknown calendar.
    """

    __slots__ = ()
    _destroy = "relance_terms_destroy"
    _what = "payment terms"

    def __init__(self, text=""):
        if not isinstance(text, str):
            raise TypeError(f"payment terms must be a str, not {type(text).__name__}")
        data = text.encode("utf-8")
        handle = ctypes.c_void_p()
        _n.relance_terms_create(data, len(data), _byref(handle))
        self._adopt(handle)

    def __str__(self):
        return read_text(_n.relance_terms_format, self._live())

    def __repr__(self):
        return f"PaymentTerms({str(self)!r})"

    def __eq__(self, other):
        if not isinstance(other, PaymentTerms):
            return NotImplemented
        return str(self) == str(other)

    def __hash__(self):
        return hash(str(self))

    def due_dates(self, invoice_date, amount, currency):
        """The installments of an invoice of ``amount`` (Decimal, int or str,
        exact at the currency's minor unit) dated ``invoice_date``: they sum
        exactly to ``amount``."""
        money, minor_units = _to_money(amount, currency)
        with result_handle(_n.relance_installment_list_destroy) as handle:
            _n.relance_terms_due_dates(self._live(), to_days(invoice_date), _byref(money),
                                       _byref(handle))
            item = _n.relance_installment()
            out = []
            for i in range(_n.relance_installment_list_count(handle)):
                _n.relance_installment_list_at(handle, i, _byref(item))
                out.append(_installment(item, minor_units))
            return out

    def final_due_date(self, invoice_date):
        """The date by which the whole amount is due."""
        out = ctypes.c_int32()
        _n.relance_terms_final_due_date(self._live(), to_days(invoice_date), _byref(out))
        return from_days(out.value)

    def check(self, invoice_date, jurisdiction):
        """The legal check against the rules of ``jurisdiction`` ("EU" or
        "FR", any case) for an invoice dated ``invoice_date``."""
        code = jurisdiction_code(jurisdiction)
        with result_handle(_n.relance_terms_check_result_destroy) as handle:
            _n.relance_terms_check(self._live(), to_days(invoice_date), code, _byref(handle))
            return _terms_check(handle)


def _installment(item, minor_units):
    early = None
    if item.has_early_payment:
        early = EarlyPayment(from_days(item.discount_deadline),
                             _from_units(item.discount.units, minor_units),
                             _from_units(item.discounted_amount.units, minor_units))
    return Installment(from_days(item.due_date), _from_units(item.amount.units, minor_units),
                       early)


def _terms_check(handle):
    caps = _n.relance_terms_caps()
    _n.relance_terms_check_result_caps(handle, _byref(caps))
    day = ctypes.c_int32()
    due = []
    for i in range(_n.relance_terms_check_result_due_date_count(handle)):
        _n.relance_terms_check_result_due_date_at(handle, i, _byref(day))
        due.append(from_days(day.value))
    code, installment, message = ctypes.c_int32(), ctypes.c_int32(), ctypes.c_char_p()
    violations = []
    for i in range(_n.relance_terms_check_result_violation_count(handle)):
        _n.relance_terms_check_result_violation_at(handle, i, _byref(code), _byref(installment),
                                                   _byref(message))
        violations.append(TermsViolation(VIOLATION_CODES[code.value], installment.value,
                                          message.value.decode("utf-8")))
    return TermsCheck(
        due, from_days(caps.cap_60_days),
        from_days(caps.cap_eom_then_45) if caps.has_cap_eom_then_45 else None,
        from_days(caps.cap_45_then_eom) if caps.has_cap_45_then_eom else None,
        violations)


@contextlib.contextmanager
def _terms(value):
    """PaymentTerms for a PaymentTerms or a text (parsed, closed after)."""
    if isinstance(value, PaymentTerms):
        yield value
    elif isinstance(value, str):
        with PaymentTerms(value) as terms:
            yield terms
    else:
        raise TypeError(f"terms must be PaymentTerms or a str, not {type(value).__name__}")


def due_dates(terms, invoice_date, amount, currency):
    """The installments of an invoice (see PaymentTerms.due_dates); ``terms``
    is a PaymentTerms or its text."""
    with _terms(terms) as t:
        return t.due_dates(invoice_date, amount, currency)


def final_due_date(terms, invoice_date):
    """The date by which the whole amount is due (see PaymentTerms)."""
    with _terms(terms) as t:
        return t.final_due_date(invoice_date)


def check_terms(terms, invoice_date, jurisdiction):
    """The EU or FR legal check of ``terms`` (a PaymentTerms or its text) for
    an invoice dated ``invoice_date``: a TermsCheck whose violations are
    empty when the terms comply."""
    with _terms(terms) as t:
        return t.check(invoice_date, jurisdiction)
