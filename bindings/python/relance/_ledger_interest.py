"""Late-payment interest owed on every late item of a ledger
(``relance_ledger_late_interest``), for ``Ledger.late_interest``."""

import ctypes
import dataclasses
import datetime
import decimal
import typing

from . import _native as _n
from ._calendar import from_days, to_days
from ._handles import result_handle
from ._interest import LateInterest, _result, _set_rate, set_settings
from ._money import _from_units, _to_money, currency as _currency

__all__ = ["LedgerInterest", "LateItem"]

_byref = ctypes.byref


@dataclasses.dataclass(frozen=True)
class LateItem:
    """One late item: its interest explained period by period."""

    item_id: str
    customer_id: str
    due_date: datetime.date
    due_date_assumed: bool  # no due date: document date + 30 days
    settled_on: typing.Optional[datetime.date]  # None while still open
    interest: LateInterest


@dataclasses.dataclass(frozen=True)
class LedgerInterest:
    """The late items of a ledger as of a date, and per-currency totals
    {code: (interest, compensation, total)} as Decimals."""

    as_of: datetime.date
    items: typing.List[LateItem]
    totals: typing.Dict[str, typing.Tuple[decimal.Decimal, decimal.Decimal, decimal.Decimal]]


def ledger_late_interest(ledger_handle, as_of, *, customer=None, jurisdiction=None, rate=None,
                         reference=None, margin=None, selection="per_half_year",
                         day_count="ACT/365F", grace_days=0, rounding=decimal.ROUND_HALF_UP,
                         rounding_point="total", compensation=None):
    """See Ledger.late_interest."""
    request = _n.relance_late_interest_request()
    _n.relance_late_interest_request_init(_byref(request), ctypes.sizeof(request))
    _set_rate(request, jurisdiction, rate, reference, margin)
    set_settings(request, selection, day_count, grace_days, rounding, rounding_point)
    if compensation is not None:
        # An amount per late item in each item's own currency: carried as
        # EUR (2 decimals) across the C ABI, which reads it as a decimal.
        request.has_compensation = 1
        request.compensation = _to_money(compensation, _currency("EUR"))[0]
    if customer is not None and not isinstance(customer, str):
        raise TypeError(f"customer must be a str, not {type(customer).__name__}")
    with result_handle(_n.relance_ledger_interest_destroy) as handle:
        _n.relance_ledger_late_interest(ledger_handle, to_days(as_of), _byref(request),
                                        None if customer is None else customer.encode("utf-8"),
                                        _byref(handle))
        items = []
        item = _n.relance_ledger_interest_item()
        for i in range(_n.relance_ledger_interest_count(handle)):
            _n.relance_ledger_interest_at(handle, i, _byref(item))
            totals = _n.relance_late_interest_totals()
            _n.relance_late_interest_result_totals(item.result, _byref(totals))
            cur = _currency(totals.interest.currency.decode("ascii"))
            settled = None if item.settled_on == _n.RELANCE_NO_DATE else from_days(item.settled_on)
            items.append(LateItem(item.item_id.decode("utf-8"), item.customer_id.decode("utf-8"),
                                  from_days(item.due_date), bool(item.due_date_assumed), settled,
                                  _result(item.result, cur)))
        totals = {}
        parts = [_n.relance_money() for _ in range(3)]
        for k in range(_n.relance_ledger_interest_total_count(handle)):
            _n.relance_ledger_interest_total_at(handle, k, *(_byref(p) for p in parts))
            code = parts[0].currency.decode("ascii")
            minor = _currency(code).minor_units
            totals[code] = tuple(_from_units(p.units, minor) for p in parts)
        return LedgerInterest(from_days(to_days(as_of)), items, totals)
