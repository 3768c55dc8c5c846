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

from . import _native
from ._errors import (
    AlreadyExistsError,
    BufferTooSmallError,
    CurrencyMismatchError,
    DivisionByZeroError,
    FailedPreconditionError,
    InexactError,
    InternalError,
    InvalidArgumentError,
    NotFoundError,
    OutOfMemoryError,
    ParseError,
    RelanceError,
    RelanceOverflowError,
)
from ._decimal import (
    ROUND_EXACT,
    ROUNDING_MODES,
    add,
    compare,
    divide,
    format,
    multiply,
    parse,
    round,
    subtract,
)
from ._money import Currency, allocate, currencies, currency, split
from ._money_value import Money

#: The version of the loaded library ("0.1.0").
__version__ = _native.version_string

__all__ = [
    "__version__",
    # errors
    "RelanceError",
    "InvalidArgumentError",
    "FailedPreconditionError",
    "NotFoundError",
    "AlreadyExistsError",
    "RelanceOverflowError",
    "CurrencyMismatchError",
    "InexactError",
    "DivisionByZeroError",
    "BufferTooSmallError",
    "ParseError",
    "OutOfMemoryError",
    "InternalError",
    # decimals
    "ROUND_EXACT",
    "ROUNDING_MODES",
    "round",
    "multiply",
    "divide",
    "add",
    "subtract",
    "compare",
    "parse",
    "format",
    # currencies and money
    "Money",
    "Currency",
    "currency",
    "currencies",
    "allocate",
    "split",
]
