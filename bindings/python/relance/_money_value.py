"""``relance.Money``: an amount of one currency, exact to its minor unit.

A thin value type over ``relance_money`` (int64 minor units + ISO 4217
code). Arithmetic goes through the C ABI, so the library's rules apply:
amounts of different currencies never mix (CurrencyMismatchError), an
amount with more decimals than its currency allows needs a rounding mode
(InexactError otherwise), and a result past int64 minor units is a
RelanceOverflowError.
"""

import ctypes
import decimal

from . import _native as _n
from ._decimal import _mode, format_native, to_native
from ._errors import InvalidArgumentError
from ._money import _from_units, allocate, currency, split

__all__ = ["Money"]

_byref = ctypes.byref


def _amount_text(value):
    """Plain decimal text of a Decimal, int or str, with every digit kept."""
    if isinstance(value, str):
        return value.encode("utf-8")
    if isinstance(value, decimal.Decimal):
        if not value.is_finite():
            raise InvalidArgumentError(f"{value!r} is not a finite number",
                                       InvalidArgumentError.status)
        return format(value, "f").encode("ascii")
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value).encode("ascii")
    to_native(value)  # raises the binding's TypeError for float and others
    raise TypeError(f"relance takes Decimal, int or str values, not {type(value).__name__}")


class Money:
    """An amount in a currency: ``Money("12.5", "EUR")`` is 12.50 EUR.

    ``amount`` is a Decimal, int or str (never float); ``currency`` a code,
    numeric code or Currency. With ``rounding`` (a ``decimal.ROUND_*``
    constant or ``relance.ROUND_EXACT``, the default) an amount with too
    many decimals is rounded once; without, it is an InexactError.
    """

    __slots__ = ("_native", "_currency")

    def __init__(self, amount, currency_code, rounding=None):
        cur = currency(currency_code)
        native = _n.relance_money()
        mode = _n.RELANCE_ROUND_EXACT if rounding is None else _mode(rounding)
        if rounding is None:
            text = format_native(to_native(amount))
        else:
            # All the digits go to the library, which rounds once from them
            # (a Decimal may carry more than relance's 18 fraction digits).
            text = _amount_text(amount)
        _n.relance_money_parse(text, len(text), cur.code.encode("ascii"), mode,
                               _byref(native))
        self._native = native
        self._currency = cur

    @classmethod
    def _wrap(cls, native, cur=None):
        value = cls.__new__(cls)
        value._native = native
        value._currency = cur if cur is not None else currency(
            native.currency.decode("ascii"))
        return value

    @property
    def amount(self):
        """The amount as a Decimal at the currency's minor units."""
        return _from_units(self._native.units, self._currency.minor_units)

    @property
    def currency(self):
        """The Currency."""
        return self._currency

    @property
    def units(self):
        """The amount in minor units (int): 12.50 EUR -> 1250."""
        return self._native.units

    def _binary(self, function, other):
        if not isinstance(other, Money):
            return NotImplemented
        out = _n.relance_money()
        function(_byref(self._native), _byref(other._native), _byref(out))
        return Money._wrap(out, self._currency)

    def __add__(self, other):
        return self._binary(_n.relance_money_add, other)

    def __sub__(self, other):
        return self._binary(_n.relance_money_subtract, other)

    def __neg__(self):
        # copy_negate is exact; unary minus would round to the decimal context.
        return Money(self.amount.copy_negate(), self._currency)

    def multiply(self, rate, rounding):
        """This amount times ``rate``, rounded once to the minor unit."""
        out = _n.relance_money()
        _n.relance_money_multiply(_byref(self._native), _byref(to_native(rate)),
                                  _mode(rounding), _byref(out))
        return Money._wrap(out, self._currency)

    def convert(self, to, rate, rounding):
        """This amount in currency ``to`` at ``rate`` units of ``to`` per
        unit of this currency, rounded once to the minor unit of ``to``."""
        target = currency(to)
        out = _n.relance_money()
        _n.relance_money_convert(_byref(self._native), target.code.encode("ascii"),
                                 _byref(to_native(rate)), _mode(rounding), _byref(out))
        return Money._wrap(out, target)

    def allocate(self, ratios):
        """Parts in proportion to ``ratios`` that sum exactly to this amount
        (see relance.allocate)."""
        return [Money(part, self._currency)
                for part in allocate(self.amount, ratios, self._currency)]

    def split(self, n):
        """``n`` parts as equal as possible that sum exactly to this amount."""
        return [Money(part, self._currency) for part in split(self.amount, n, self._currency)]

    def __eq__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return self._currency == other._currency and self.units == other.units

    def __hash__(self):
        return hash((self._currency.code, self.units))

    def __str__(self):
        return f"{self.amount} {self._currency.code}"

    def __repr__(self):
        return f"Money('{self.amount}', '{self._currency.code}')"
