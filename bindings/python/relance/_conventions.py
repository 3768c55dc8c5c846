"""Day-count conventions and jurisdictions: the names the library parses.

A day count says how many days a period has and what fraction of a year it
is; relance gives the fraction exactly, as a ``fractions.Fraction``. A
jurisdiction ("EU" or "FR", any letter case) says which law a rule is read
under: the legal check of payment terms and the statutory interest rate.
"""

import ctypes
import fractions

from . import _native as _n
from ._calendar import to_days
from ._handles import parse_name

__all__ = ["DAY_COUNTS", "JURISDICTIONS", "year_fraction", "day_count_days"]

#: The day-count conventions, in relance_day_count order: "ACT/365F",
#: "ACT/360", "ACT/ACT-ISDA", "30/360", "30E/360".
DAY_COUNTS = tuple(_n.relance_day_count_name(i).decode("ascii") for i in range(5))

#: The jurisdictions, in relance_jurisdiction order: "EU", "FR".
JURISDICTIONS = tuple(_n.relance_jurisdiction_name(i).decode("ascii") for i in range(2))


def day_count_code(name):
    """The relance_day_count of a name of DAY_COUNTS (exact spelling)."""
    return parse_name(_n.relance_day_count_parse, name, "day_count", DAY_COUNTS)


def jurisdiction_code(name):
    """The relance_jurisdiction of "EU" or "FR", in any letter case."""
    return parse_name(_n.relance_jurisdiction_parse, name, "jurisdiction", JURISDICTIONS)


def year_fraction(start, end, day_count):
    """The exact year fraction of the period from ``start`` to ``end``
    (``datetime.date``) under ``day_count``, one of DAY_COUNTS:
    year_fraction(date(2024, 9, 15), date(2024, 10, 15), "ACT/365F") ==
    Fraction(6, 73). Negative when ``end`` is before ``start``.

    Raises InvalidArgumentError (a ValueError) for an unknown day count, with
    the accepted names, and TypeError for arguments of the wrong type.
    """
    code = day_count_code(day_count)
    numerator, denominator = ctypes.c_int64(), ctypes.c_int64()
    _n.relance_day_count_year_fraction(code, to_days(start), to_days(end),
                                       ctypes.byref(numerator), ctypes.byref(denominator))
    return fractions.Fraction(numerator.value, denominator.value)


def day_count_days(start, end, day_count):
    """The days from ``start`` to ``end`` counted by ``day_count``: the
    actual days under the ACT conventions, 30-day months under 30/360 and
    30E/360. Negative when ``end`` is before ``start``."""
    code = day_count_code(day_count)
    days = ctypes.c_int64()
    _n.relance_day_count_days(code, to_days(start), to_days(end), ctypes.byref(days))
    return days.value
