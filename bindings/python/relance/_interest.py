"""Late-payment interest (penalites de retard), the recovery compensation,
and the French floor on contractual rates.

Amounts are ``decimal.Decimal`` at the currency's minor units, rates
Decimal percent per year, dates ``datetime.date``; exact amounts come back
as ``fractions.Fraction``. Nothing goes through float.
"""

import ctypes
import dataclasses
import datetime
import decimal
import fractions
import typing

from . import _native as _n
from ._calendar import _int, dated_pairs, from_days, to_days
from ._conventions import DAY_COUNTS, day_count_code, jurisdiction_code
from ._decimal import _mode, from_native, to_native
from ._handles import read_text, result_handle
from ._money import _from_units, _to_money, currency as _currency
from ._rates import RateTable

__all__ = ["LateInterest", "InterestSegment", "ContractualRateCheck", "RATE_SELECTIONS",
           "ROUNDING_POINTS", "late_interest", "check_contractual_rate"]

#: The ``selection`` values, in relance_rate_selection order.
RATE_SELECTIONS = ("per_half_year", "due_date_half_year")
#: The ``rounding_point`` values, in relance_rounding_point order.
ROUNDING_POINTS = ("total", "segment")
# The library's own names of the rounding points are accepted too.
_POINT_ALIASES = {"on_total": "total", "per_segment": "segment"}

_RATE_STATUTORY, _RATE_FIXED, _RATE_REFERENCE_PLUS_MARGIN = 0, 1, 2

_byref = ctypes.byref


@dataclasses.dataclass(frozen=True)
class InterestSegment:
    """Interest after ``start`` through ``end`` (both dates) on ``base``."""

    start: datetime.date    #: excluded: interest from the day after
    end: datetime.date      #: included
    days: int               #: actual days
    basis_days: int         #: days counted by the convention (30/360 differs)
    base: decimal.Decimal   #: outstanding during the segment
    percent: decimal.Decimal
    day_count: str          #: one of DAY_COUNTS
    year_fraction: fractions.Fraction
    amount: fractions.Fraction  #: base x percent / 100 x year_fraction, exact
    rounded: decimal.Decimal    #: this segment alone, rounded once


@dataclasses.dataclass(frozen=True)
class LateInterest:
    """The result of late_interest(); ``str()`` is the explanation."""

    late: bool
    interest: decimal.Decimal      #: rounded per the request
    compensation: decimal.Decimal  #: zero when not late
    total: decimal.Decimal         #: interest + compensation
    currency: str
    exact_interest: fractions.Fraction
    segments: typing.List[InterestSegment]
    explanation: str

    def __str__(self):
        return self.explanation


@dataclasses.dataclass(frozen=True)
class ContractualRateCheck:
    """The French floor check of a contractual late-payment rate."""

    compliant: bool
    minimum: decimal.Decimal  #: 3 x the legal interest rate
    explanation: str


def _choice(value, accepted, what):
    if not isinstance(value, str):
        raise TypeError(f"{what} must be a str, not {type(value).__name__}")
    if value not in accepted:
        raise ValueError(f"unknown {what} {value!r}; expected one of {', '.join(accepted)}")
    return accepted.index(value)


def _rounding(rounding):
    """relance_rounding of a decimal.ROUND_* constant, relance.ROUND_EXACT or a
    short name ("HALF_UP", "EXACT")."""
    if isinstance(rounding, str) and not rounding.startswith("ROUND_"):
        rounding = "ROUND_" + rounding
    return _mode(rounding)


def _set_rate(request, jurisdiction, rate, reference, margin):
    """Sets the rate fields: a fixed ``rate``; ``reference`` + ``margin``;
    or the statutory rate of ``jurisdiction`` (default "FR") over
    ``reference`` (default: the shipped ECB table)."""
    if reference is not None and not isinstance(reference, RateTable):
        raise TypeError(f"reference must be a RateTable, not {type(reference).__name__}")
    if rate is not None:
        if jurisdiction is not None or reference is not None or margin is not None:
            raise TypeError("a fixed rate takes no jurisdiction, reference or margin")
        request.rate_kind = _RATE_FIXED
        request.fixed_percent = to_native(rate)
    elif margin is not None:
        if reference is None or jurisdiction is not None:
            raise TypeError("a margin needs a reference RateTable and takes no jurisdiction")
        request.rate_kind = _RATE_REFERENCE_PLUS_MARGIN
        request.margin_points = to_native(margin)
    else:
        request.rate_kind = _RATE_STATUTORY
        request.jurisdiction = jurisdiction_code("FR" if jurisdiction is None else jurisdiction)
    if reference is not None:
        request.reference = reference._live().value


def set_settings(request, selection, day_count, grace_days, rounding, rounding_point):
    """Sets the selection, day count, grace days and rounding of a request
    (shared with Ledger.late_interest)."""
    request.selection = _choice(selection, RATE_SELECTIONS, "selection")
    request.day_count = day_count_code(day_count)
    request.grace_days = _int(grace_days, "grace_days")
    request.rounding = _rounding(rounding)
    if isinstance(rounding_point, str):
        rounding_point = _POINT_ALIASES.get(rounding_point, rounding_point)
    request.rounding_point = _choice(rounding_point, ROUNDING_POINTS, "rounding_point")


def _set_steps(request, steps, currency):
    """Sets the balance changes. The arrays stay alive with the request
    (ctypes keeps what a pointer field is set to in ``request._objects``)."""
    dates, values = dated_pairs(steps, "balance step")
    count = len(values)
    amounts = (_n.relance_money * max(count, 1))(*(_to_money(a, currency)[0] for a in values))
    request.balance_count = count
    request.balance_dates = dates
    request.balance_outstanding = amounts


def late_interest(amount, currency, due_date, through, *, balance_steps=(), jurisdiction=None,
                  rate=None, reference=None, margin=None, selection="per_half_year",
                  day_count="ACT/365F", grace_days=0, rounding=decimal.ROUND_HALF_UP,
                  rounding_point="total", compensation=None):
    """Late-payment interest and compensation on ``amount`` (outstanding on
    ``due_date``) through ``through`` (the payment or as-of date, included).

    The rate is the statutory one of ``jurisdiction`` ("FR" by default, or
    "EU") over the shipped ECB table or ``reference``; or a fixed ``rate``
    (Decimal percent per year); or ``reference`` (a RateTable) + ``margin``
    points. ``balance_steps``: (date, outstanding) after each partial
    payment. ``selection``: "per_half_year" or "due_date_half_year";
    ``day_count``: one of DAY_COUNTS; ``rounding``: a decimal.ROUND_*
    constant, "HALF_UP"-style name or relance.ROUND_EXACT; ``rounding_point``:
    "total" (round once) or "segment"; ``compensation``: None for the default
    (40 EUR under a statutory rate, 0 for a contractual one) or an amount.

    Raises the library's typed errors with its messages: InvalidArgumentError
    (negative amounts, steps out of order...), CurrencyMismatchError (the
    default 40 EUR for another currency), NotFoundError (no rate in the
    table), InexactError (ROUND_EXACT); TypeError for arguments of the wrong
    type.
    """
    cur = _currency(currency)
    request = _n.relance_late_interest_request()
    _n.relance_late_interest_request_init(_byref(request), ctypes.sizeof(request))
    request.amount = _to_money(amount, cur)[0]
    request.due_date = to_days(due_date)
    request.through = to_days(through)
    _set_steps(request, balance_steps, cur)
    _set_rate(request, jurisdiction, rate, reference, margin)
    set_settings(request, selection, day_count, grace_days, rounding, rounding_point)
    if compensation is not None:
        request.has_compensation = 1
        request.compensation = _to_money(compensation, cur)[0]
    with result_handle(_n.relance_late_interest_result_destroy) as handle:
        _n.relance_late_interest_compute(_byref(request), _byref(handle))
        return _result(handle, cur)


def _segment(s, minor_units):
    return InterestSegment(
        from_days(s.start), from_days(s.end), s.days, s.basis_days,
        _from_units(s.base.units, minor_units), from_native(s.percent), DAY_COUNTS[s.day_count],
        fractions.Fraction(s.year_fraction_numerator, s.year_fraction_denominator),
        fractions.Fraction(s.exact_ratio.decode("ascii")), _from_units(s.rounded.units, minor_units))


def _result(handle, cur):
    totals = _n.relance_late_interest_totals()
    _n.relance_late_interest_result_totals(handle, _byref(totals))
    segment = _n.relance_late_interest_segment()
    segments = []
    for i in range(_n.relance_late_interest_result_segment_count(handle)):
        _n.relance_late_interest_result_segment_at(handle, i, _byref(segment))
        segments.append(_segment(segment, cur.minor_units))
    units = cur.minor_units
    return LateInterest(
        bool(totals.late), _from_units(totals.interest.units, units),
        _from_units(totals.compensation.units, units), _from_units(totals.total.units, units),
        cur.code, fractions.Fraction(totals.exact_interest_ratio.decode("ascii")), segments,
        read_text(_n.relance_late_interest_result_format, handle))


def check_contractual_rate(contractual, legal):
    """Checks a contractual late-payment rate against the French floor
    (Code de commerce L441-10): at least 3 x the legal interest rate
    ``legal`` (both Decimal percent per year). Returns ContractualRateCheck;
    raises InvalidArgumentError for a negative rate."""
    a, b = to_native(contractual), to_native(legal)
    compliant, minimum = ctypes.c_int32(), _n.relance_decimal()
    explanation = read_text(_n.relance_contractual_rate_check, _byref(a), _byref(b),
                            _byref(compliant), _byref(minimum))
    return ContractualRateCheck(bool(compliant.value), from_native(minimum), explanation)
