"""The life cycle of the binding's objects that own a C handle."""

from . import _native as _n
from ._errors import InvalidArgumentError


class NativeHandle:
    """Owns a C handle (a ``ctypes.c_void_p`` in ``_handle``), released by
    ``close()``, by a ``with`` block or when garbage-collected.

    Subclasses name their release function in ``_destroy`` and what they
    are in ``_what`` (for the error on use after close).
    """

    __slots__ = ("_handle",)
    _destroy = None  # e.g. "relance_ledger_destroy"
    _what = "handle"

    def _live(self):
        """The handle; InvalidArgumentError once closed."""
        handle = getattr(self, "_handle", None)
        if handle is None or not handle.value:
            raise InvalidArgumentError(f"the {self._what} is closed",
                                       InvalidArgumentError.status)
        return handle

    def close(self):
        """Releases the handle; later calls raise InvalidArgumentError."""
        handle, self._handle = getattr(self, "_handle", None), None
        if handle is not None and handle.value:
            getattr(_n, self._destroy)(handle)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __del__(self):
        self.close()
