"""Exceptions raised by the relance binding.

Every non-zero ``relance_status`` returned by the C library becomes an
instance of a :class:`RelanceError` subclass chosen by the status code (the
codes are pinned in ``relance.h``). Where a built-in exception has the same
meaning, the subclass also derives from it, so ordinary Python handlers keep
working: a parse error is a ``ValueError``, a division by zero a
``ZeroDivisionError``, and so on.
"""

__all__ = [
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
    "error_for_status",
]


class RelanceError(Exception):
    """Base class of every error reported by relance.

    ``status`` is the ``relance_status`` code (an int) and ``message`` the
    text of ``relance_last_error_message()`` (or a message written by the
    binding for errors it detects itself, using the same code).
    """

    #: The relance_status code of this class (None for the base class).
    status = None

    def __init__(self, message="", status=None):
        super().__init__(message)
        self.message = message
        if status is not None:
            self.status = int(status)

    def __str__(self):
        return self.message

    @property
    def status_name(self):
        """The library's short name of the status: "currency mismatch" (None
        for a bare RelanceError without a status)."""
        from . import _native  # imported here: _native imports this module

        if self.status is None:
            return None
        return _native.relance_status_string(self.status).decode("ascii")

    def __reduce__(self):
        # Keep pickling (multiprocessing, Dask) working with our signature.
        return (type(self), (self.message, self.status))


class InvalidArgumentError(RelanceError, ValueError):
    """RELANCE_E_INVALID_ARGUMENT: NULL, malformed or out-of-domain input."""

    status = 1


class FailedPreconditionError(RelanceError):
    """RELANCE_E_FAILED_PRECONDITION: the state does not allow the call."""

    status = 2


class NotFoundError(RelanceError, LookupError, ValueError):
    """RELANCE_E_NOT_FOUND: unknown id or code."""

    status = 3


class AlreadyExistsError(RelanceError, ValueError):
    """RELANCE_E_ALREADY_EXISTS: duplicate id."""

    status = 4


class RelanceOverflowError(RelanceError, OverflowError):
    """RELANCE_E_OVERFLOW: a result past 38 digits (an ArithmeticError)."""

    status = 5


class CurrencyMismatchError(RelanceError, ValueError):
    """RELANCE_E_CURRENCY_MISMATCH: amounts of different currencies."""

    status = 6


class InexactError(RelanceError, ArithmeticError):
    """RELANCE_E_INEXACT: rounding needed where none is allowed."""

    status = 7


class DivisionByZeroError(RelanceError, ZeroDivisionError):
    """RELANCE_E_DIVISION_BY_ZERO: zero divisor, ratios summing to zero."""

    status = 8


class BufferTooSmallError(RelanceError):
    """RELANCE_E_BUFFER_TOO_SMALL (the binding sizes its buffers itself)."""

    status = 9


class ParseError(RelanceError, ValueError):
    """RELANCE_E_PARSE: text that does not follow its grammar."""

    status = 10


class OutOfMemoryError(RelanceError, MemoryError):
    """RELANCE_E_OUT_OF_MEMORY."""

    status = 11


class InternalError(RelanceError):
    """RELANCE_E_INTERNAL: a bug in relance; please report it."""

    status = 12


_BY_STATUS = {
    cls.status: cls
    for cls in (
        InvalidArgumentError,
        FailedPreconditionError,
        NotFoundError,
        AlreadyExistsError,
        RelanceOverflowError,
        CurrencyMismatchError,
        InexactError,
        DivisionByZeroError,
        BufferTooSmallError,
        ParseError,
        OutOfMemoryError,
        InternalError,
    )
}


def error_for_status(status, message):
    """The exception for a non-zero relance_status ``status``.

    An unknown code (from a newer library) gives a plain RelanceError that
    still carries the code.
    """
    cls = _BY_STATUS.get(status)
    if cls is None:
        return RelanceError(message, status)
    return cls(message, status)

# Show the public names in tracebacks and reprs ("relance.ParseError").
for _cls in (RelanceError, *_BY_STATUS.values()):
    _cls.__module__ = "relance"
del _cls
