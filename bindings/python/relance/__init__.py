"""relance: exact decimal money and accounts-receivable collections.

A pure-Python ctypes binding of the relance C ABI (``relance.h``). Amounts
are ``decimal.Decimal`` in and out, converted exactly; never ``float``.

    >>> import relance, decimal
    >>> relance.divide(decimal.Decimal("10.00"), 3, 2, decimal.ROUND_HALF_EVEN)
    Decimal('3.33')
    >>> relance.split(decimal.Decimal("100.00"), 3, "EUR")
    [Decimal('33.34'), Decimal('33.33'), Decimal('33.33')]

The shared library is found through ``$RELANCE_LIBRARY``, next to the
package, or in the repository's build tree (see ``relance._native``).

Note: ``relance.round`` and ``relance.format`` are named after the C
functions; ``from relance import *`` therefore shadows the built-ins
``round`` and ``format``. Prefer ``import relance``.
"""

from . import (_calendar, _conventions, _decimal, _errors, _interest, _money, _money_value,
               _native, _rates, _terms)
from ._calendar import *  # noqa: F401,F403 (Calendar, add_months, ...)
from ._conventions import *  # noqa: F401,F403 (year_fraction, DAY_COUNTS, ...)
from ._decimal import *  # noqa: F401,F403 (round, multiply, divide, ...)
from ._errors import *  # noqa: F401,F403 (RelanceError and its subclasses)
from ._interest import *  # noqa: F401,F403 (late_interest, check_contractual_rate)
from ._money import *  # noqa: F401,F403 (Currency, currency, allocate, split)
from ._money_value import *  # noqa: F401,F403 (Money)
from ._rates import *  # noqa: F401,F403 (RateTable, ecb_rates, statutory_rate)
from ._terms import *  # noqa: F401,F403 (PaymentTerms, due_dates, check_terms, ...)

#: The version of the loaded library ("0.1.0").
__version__ = _native.version_string

# The public names: those of each module's __all__, less the binding's own
# helper error_for_status.
__all__ = ["__version__"] + [
    name
    for module in (_errors, _decimal, _money, _money_value, _calendar, _conventions, _terms,
                   _rates, _interest)
    for name in module.__all__
    if name != "error_for_status"
]

# The ledger and its aging reports (relance_ledger_*, relance_aging_*).
from . import _aging, _csv, _ledger, _ledger_interest  # noqa: E402
from ._aging import *  # noqa: F401,F403,E402 (AgingReport, AgingRow)
from ._ledger import *  # noqa: F401,F403,E402 (Ledger, Allocation, Statement)
from ._csv import *  # noqa: F401,F403,E402 (CsvImportError, CsvProblem)
from ._ledger_interest import *  # noqa: F401,F403,E402 (LedgerInterest, LateItem)

__all__ += [name for module in (_aging, _csv, _ledger, _ledger_interest)
            for name in module.__all__]

# Collection KPIs and roll rates (relance_kpi_*, relance_roll_rate_*).
from . import _kpi  # noqa: E402
from ._kpi import *  # noqa: F401,F403,E402 (KpiReport, KpiFigure, RollRateReport, ...)

__all__ += _kpi.__all__
