"""A ledger from and to CSV files (``relance_ledger_import``,
``relance_ledger_export``; docs/csv-format.md), for ``Ledger.from_csv`` and
``Ledger.to_csv``."""

import collections
import ctypes
import os

from . import _native as _n
from ._calendar import to_days
from ._errors import RelanceError

__all__ = ["CsvImportError", "CsvProblem"]

_byref = ctypes.byref

#: One problem of an import: the file's name, its 1-based line (0 for the
#: whole file), the column's header name ("" for a whole row) and the reason.
CsvProblem = collections.namedtuple("CsvProblem", "file line column reason")


class CsvImportError(RelanceError):
    """The files could not be loaded. ``errors`` lists every problem found
    (up to ``max_errors``) as CsvProblem tuples, in file then line order;
    ``status`` is the code of the first; the message sums them up."""

    def __init__(self, message="", status=None, errors=()):
        super().__init__(message, status)
        self.errors = list(errors)


CsvImportError.__module__ = "relance"


def _path(path, what):
    if not isinstance(path, (str, os.PathLike)):
        raise TypeError(f"{what} must be a str or a path, not {type(path).__name__}")
    return os.fsencode(path)


def import_ledger(path, max_errors, as_of, threads):
    """The new ledger's handle (a ctypes.c_void_p); raises CsvImportError."""
    options = _n.relance_import_options()
    _n.relance_import_options_init(_byref(options), ctypes.sizeof(options))
    if not isinstance(max_errors, int) or isinstance(max_errors, bool) or max_errors < 1:
        raise ValueError(f"max_errors must be an int >= 1, not {max_errors!r}")
    options.max_errors = max_errors
    options.threads = threads
    if as_of is not None:
        options.as_of = to_days(as_of)
    handle, errors = ctypes.c_void_p(), ctypes.c_void_p()
    try:
        _n.relance_ledger_import(_path(path, "path"), _byref(options), _byref(handle),
                                 _byref(errors))
    except RelanceError as e:
        problems = []
        try:
            problem = _n.relance_import_error()
            for i in range(_n.relance_import_errors_count(errors)):
                _n.relance_import_errors_at(errors, i, _byref(problem))
                problems.append(CsvProblem(problem.file.decode("utf-8", "replace"), problem.line,
                                           problem.column.decode("utf-8", "replace"),
                                           problem.reason.decode("utf-8", "replace")))
        finally:
            _n.relance_import_errors_destroy(errors)
        raise CsvImportError(e.message, e.status, problems) from None
    return handle


def export_ledger(ledger_handle, directory):
    _n.relance_ledger_export(ledger_handle, _path(directory, "directory"))
