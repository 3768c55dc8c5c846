"""Owning wrappers of the C ABI's opaque handles, and the calling patterns
the C ABI shares between objects: result handles read then released, and
text written into a buffer of the caller's.
"""

import contextlib
import ctypes

from . import _native as _n
from ._errors import BufferTooSmallError, InvalidArgumentError


class Handle:
    """Owns one handle of the library, released by ``close()``, by a
    ``with`` block or when garbage-collected; calls after ``close()`` raise
    InvalidArgumentError. Subclasses name their C destroy function and what
    they are ("calendar")."""

    __slots__ = ("_handle",)
    _destroy = None  #: the name of the C function that releases the handle
    _what = "handle"

    def _adopt(self, handle):
        self._handle = handle

    def _live(self):
        handle = getattr(self, "_handle", None)
        if handle is None or not handle.value:
            raise InvalidArgumentError(f"the {self._what} is closed", InvalidArgumentError.status)
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


class CachedHandle(Handle):
    """A result handle whose reads are cached in ``_cache`` (it never
    changes); made from a filled ``ctypes.c_void_p`` by ``_wrap``."""

    __slots__ = ("_cache",)

    @classmethod
    def _wrap(cls, handle):
        report = cls.__new__(cls)
        report._adopt(handle)
        report._cache = {}
        return report


class Mergeable:
    """Merge and equality of reports over disjoint customers, for a
    CachedHandle whose class names its C functions: ``_merge`` (a, b,
    &out) and ``_equal`` (a, b, &int32)."""

    __slots__ = ()
    _merge = _equal = None

    def merge(self, other):
        """The report of the union of two books with disjoint customers."""
        if not isinstance(other, type(self)):
            raise TypeError(f"can only merge another {type(self).__name__}, "
                            f"not {type(other).__name__}")
        handle = ctypes.c_void_p()
        getattr(_n, self._merge)(self._live(), other._live(), ctypes.byref(handle))
        return type(self)._wrap(handle)

    def __eq__(self, other):
        """Same options and the same content (rows in any order)."""
        if not isinstance(other, type(self)):
            return NotImplemented
        equal = ctypes.c_int32()
        getattr(_n, self._equal)(self._live(), other._live(), ctypes.byref(equal))
        return bool(equal.value)

    __hash__ = None


@contextlib.contextmanager
def result_handle(destroy):
    """A ``ctypes.c_void_p`` for a call to fill with a result handle, passed
    to ``destroy`` when the block ends (if the call filled it)."""
    handle = ctypes.c_void_p()
    try:
        yield handle
    finally:
        if handle.value:
            destroy(handle)


def read_text(function, *args):
    """The text ``function(*args, buffer, capacity, &length)`` writes with
    snprintf semantics, in a buffer grown once if it is too small."""
    length = ctypes.c_size_t()
    capacity = 256
    buffer = ctypes.create_string_buffer(capacity)
    try:
        function(*args, buffer, capacity, ctypes.byref(length))
    except BufferTooSmallError:
        capacity = length.value + 1
        buffer = ctypes.create_string_buffer(capacity)
        function(*args, buffer, capacity, ctypes.byref(length))
    return buffer.raw[:length.value].decode("utf-8")


def parse_name(parse, value, what, accepted):
    """The pinned code of a name parsed by the C function ``parse`` (text,
    length, int32_t* out): raises TypeError for a value that is not a str
    (``accepted`` lists the names), and the library's error for an unknown
    name."""
    if not isinstance(value, str):
        raise TypeError(f"{what} must be a str, one of {', '.join(accepted)}; "
                        f"not {type(value).__name__}")
    data = value.encode("utf-8")
    out = ctypes.c_int32()
    parse(data, len(data), ctypes.byref(out))
    return out.value
