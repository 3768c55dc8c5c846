"""Dates and business calendars.

Dates are ``datetime.date`` in and out; across the C ABI they are int32 days
since 1970-01-01. A Calendar wraps a ``relance_calendar`` handle: immutable,
safe to share between threads, released by ``close()``, by a ``with`` block
or when garbage-collected.
"""

import collections
import ctypes
import datetime
import operator

from . import _native as _n
from ._errors import InvalidArgumentError
from ._handles import Handle, result_handle

__all__ = ["Calendar", "Holiday", "ROLL_CONVENTIONS", "add_months", "end_of_month"]

_EPOCH = datetime.date(1970, 1, 1).toordinal()
_ROLLS = {"none": 0, "following": 1, "modified_following": 2, "preceding": 3,
          "modified_preceding": 4}
#: The roll conventions Calendar.adjust accepts.
ROLL_CONVENTIONS = tuple(_ROLLS)

#: A holiday: its date and its name.
Holiday = collections.namedtuple("Holiday", ["date", "name"])


def to_days(value):
    """Days since 1970-01-01 of a datetime.date (not a datetime)."""
    if isinstance(value, datetime.datetime) or not isinstance(value, datetime.date):
        raise TypeError(f"expected a datetime.date, not {type(value).__name__}")
    return value.toordinal() - _EPOCH


def from_days(days):
    return datetime.date.fromordinal(days + _EPOCH)


def _int(value, what):
    if isinstance(value, (bool, float)):
        raise TypeError(f"{what} must be an int, not {type(value).__name__}")
    number = operator.index(value)
    if not -(2**31) <= number < 2**31:
        raise InvalidArgumentError(f"{what} {number} is out of range", InvalidArgumentError.status)
    return number


def dated_pairs(items, what):
    """(ctypes int32 array of the days, list of the values) of an iterable of
    (date, value) pairs; TypeError naming ``what`` for anything else. The
    array has at least one element, so it can always be passed."""
    pairs = [tuple(item) for item in items]
    if any(len(pair) != 2 for pair in pairs):
        raise TypeError(f"each {what} is a (date, value) pair")
    days = (ctypes.c_int32 * max(len(pairs), 1))(*(to_days(d) for d, _ in pairs))
    return days, [value for _, value in pairs]


def add_months(d, months):
    """``d`` plus ``months`` months, the day clamped to the end of the month:
    add_months(date(2024, 1, 31), 1) == date(2024, 2, 29)."""
    out = ctypes.c_int32()
    _n.relance_date_add_months(to_days(d), _int(months, "months"), ctypes.byref(out))
    return from_days(out.value)


def end_of_month(d):
    """The last day of ``d``'s month."""
    out = ctypes.c_int32()
    _n.relance_date_end_of_month(to_days(d), ctypes.byref(out))
    return from_days(out.value)


def _rule(kind, name, **fields):
    rule = _n.relance_holiday_rule()
    rule.kind = kind
    rule.name = str(name).encode("utf-8")
    for key, value in fields.items():
        setattr(rule, key, value)
    return rule


class Calendar(Handle):
    """A business calendar.

    ``Calendar("FR")``, ``Calendar("FR-ALSACE-MOSELLE")``, ``Calendar("TARGET")``
    are built in. ``Calendar.custom(...)`` builds one from holidays and rules.
    Immutable, safe to share between threads; a context manager.
    """

    __slots__ = ()
    _destroy = "relance_calendar_destroy"
    _what = "calendar"

    def __init__(self, name):
        if not isinstance(name, str):
            raise TypeError(f"calendar name must be a str, not {type(name).__name__}")
        handle = ctypes.c_void_p()
        _n.relance_calendar_create_builtin(name.encode("utf-8"), ctypes.byref(handle))
        self._handle = handle

    @classmethod
    def custom(cls, name="custom", holidays=(), weekend=(6, 7), annual=(), easter=()):
        """A calendar of your own.

        ``holidays``: dates (or (name, date) pairs) closed once;
        ``weekend``: ISO day numbers off every week (6 = Saturday, 7 = Sunday);
        ``annual``: (name, month, day) every year;
        ``easter``: (name, offset) days from Easter Sunday every year
        (Easter Monday is 1, Good Friday -2).
        """
        rules = []
        for item in holidays:
            label, day = item if isinstance(item, tuple) else ("", item)
            rules.append(_rule(2, label, date=to_days(day)))
        for label, month, day in annual:
            rules.append(_rule(0, label, month=_int(month, "month"), day=_int(day, "day")))
        for label, offset in easter:
            rules.append(_rule(1, label, offset=_int(offset, "offset")))
        days = [_int(d, "weekend day") for d in weekend]
        weekend_array = (ctypes.c_int32 * max(len(days), 1))(*days)
        rule_array = (_n.relance_holiday_rule * max(len(rules), 1))(*rules)
        handle = ctypes.c_void_p()
        _n.relance_calendar_create(str(name).encode("utf-8"), weekend_array, len(days),
                                   rule_array, len(rules), ctypes.byref(handle))
        calendar = cls.__new__(cls)
        calendar._handle = handle
        return calendar

    def is_business_day(self, d):
        out = ctypes.c_int32()
        _n.relance_calendar_is_business_day(self._live(), to_days(d), ctypes.byref(out))
        return bool(out.value)

    def adjust(self, d, convention="following"):
        """``d`` rolled to a business day: "following", "modified_following",
        "preceding", "modified_preceding" or "none"."""
        if convention not in _ROLLS:
            raise ValueError(f"unknown roll convention {convention!r}; expected one of "
                             + ", ".join(ROLL_CONVENTIONS))
        out = ctypes.c_int32()
        _n.relance_calendar_adjust(self._live(), to_days(d), _ROLLS[convention],
                                   ctypes.byref(out))
        return from_days(out.value)

    def add_business_days(self, d, n):
        """The n-th business day after ``d`` (before it when n < 0)."""
        out = ctypes.c_int32()
        _n.relance_calendar_add_business_days(self._live(), to_days(d), _int(n, "n"),
                                              ctypes.byref(out))
        return from_days(out.value)

    def business_days_between(self, a, b):
        """Business days in [a, b); negative when b < a."""
        out = ctypes.c_int32()
        _n.relance_calendar_business_days_between(self._live(), to_days(a), to_days(b),
                                                  ctypes.byref(out))
        return out.value

    def holidays(self, year):
        """The holidays of ``year`` in date order, as Holiday(date, name)."""
        with result_handle(_n.relance_holiday_list_destroy) as handle:
            _n.relance_calendar_holidays(self._live(), _int(year, "year"), ctypes.byref(handle))
            out = []
            day, name = ctypes.c_int32(), ctypes.c_char_p()
            for i in range(_n.relance_holiday_list_count(handle)):
                _n.relance_holiday_list_at(handle, i, ctypes.byref(day), ctypes.byref(name))
                out.append(Holiday(from_days(day.value), name.value.decode("utf-8")))
            return out
