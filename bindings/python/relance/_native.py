"""Loading librelance and declaring its C functions.

The library is looked up, in order:

1. ``$RELANCE_LIBRARY`` if set (a path, or a name for the dynamic loader);
   nothing else is tried then;
2. a ``librelance.so*`` next to this package's files (installed layout);
3. the build tree of the repository holding this package:
   ``<repo>/build/{release,debug}/lib/librelance.so``, first existing.

Every C function of ``relance.h`` is declared once in ``_FUNCTIONS`` below,
and becomes an attribute of this module with the same name. Functions that
return a ``relance_status`` get an ``errcheck`` that raises the matching
:class:`relance.RelanceError` subclass, with the text of
``relance_last_error_message()``; on success they return 0.
"""

import ctypes
import glob
import os

from ._errors import error_for_status

#: The major.minor of the C ABI this package was written against.
EXPECTED_VERSION = (0, 1)

# From relance.h.
RELANCE_DECIMAL_MAX_TEXT = 40
RELANCE_MONEY_MAX_TEXT = 21
RELANCE_ROUND_EXACT = 8
RELANCE_MAX_SCALE = 18


class relance_decimal(ctypes.Structure):
    """``relance_decimal``: (hi * 2^64 + lo) * 10^-scale."""

    _fields_ = [
        ("lo", ctypes.c_uint64),
        ("hi", ctypes.c_int64),
        ("scale", ctypes.c_int32),
        ("reserved", ctypes.c_int32),
    ]


class relance_currency_info(ctypes.Structure):
    """``relance_currency_info``."""

    _fields_ = [
        ("code", ctypes.c_char * 4),
        ("numeric_code", ctypes.c_int32),
        ("minor_units", ctypes.c_int32),
        ("active", ctypes.c_int32),
    ]


class relance_holiday_rule(ctypes.Structure):
    """``relance_holiday_rule``: one holiday rule of a user calendar."""

    _fields_ = [
        ("name", ctypes.c_char_p),
        ("kind", ctypes.c_int32),
        ("month", ctypes.c_int32),
        ("day", ctypes.c_int32),
        ("offset", ctypes.c_int32),
        ("date", ctypes.c_int32),
        ("first_year", ctypes.c_int32),
        ("last_year", ctypes.c_int32),
        ("reserved", ctypes.c_int32),
    ]


class relance_money(ctypes.Structure):
    """``relance_money``: an int64 count of minor units of a currency."""

    _fields_ = [
        ("units", ctypes.c_int64),
        ("currency", ctypes.c_char * 4),
        ("reserved", ctypes.c_int32),
    ]


class relance_installment(ctypes.Structure):
    """``relance_installment``: one due date and what is due on it."""

    _fields_ = [
        ("due_date", ctypes.c_int32),
        ("has_early_payment", ctypes.c_int32),
        ("amount", relance_money),
        ("discount_deadline", ctypes.c_int32),
        ("reserved", ctypes.c_int32),
        ("discount", relance_money),
        ("discounted_amount", relance_money),
    ]


class relance_terms_caps(ctypes.Structure):
    """``relance_terms_caps``: the legal caps on the due dates."""

    _fields_ = [
        ("cap_60_days", ctypes.c_int32),
        ("has_cap_eom_then_45", ctypes.c_int32),
        ("cap_eom_then_45", ctypes.c_int32),
        ("has_cap_45_then_eom", ctypes.c_int32),
        ("cap_45_then_eom", ctypes.c_int32),
        ("reserved", ctypes.c_int32),
    ]


class relance_late_interest_request(ctypes.Structure):
    """``relance_late_interest_request``: prepare it with
    ``relance_late_interest_request_init(byref(r), sizeof(r))``."""

    _fields_ = [
        ("struct_size", ctypes.c_uint32),
        ("reserved", ctypes.c_int32),
        ("amount", relance_money),
        ("due_date", ctypes.c_int32),
        ("through", ctypes.c_int32),
        ("balance_count", ctypes.c_size_t),
        ("balance_dates", ctypes.POINTER(ctypes.c_int32)),
        ("balance_outstanding", ctypes.POINTER(relance_money)),
        ("rate_kind", ctypes.c_int32),
        ("jurisdiction", ctypes.c_int32),
        ("reference", ctypes.c_void_p),  # const relance_rate_table*
        ("fixed_percent", relance_decimal),
        ("margin_points", relance_decimal),
        ("selection", ctypes.c_int32),
        ("day_count", ctypes.c_int32),
        ("grace_days", ctypes.c_int32),
        ("rounding", ctypes.c_int32),
        ("rounding_point", ctypes.c_int32),
        ("has_compensation", ctypes.c_int32),
        ("compensation", relance_money),
    ]


class relance_late_interest_totals(ctypes.Structure):
    """``relance_late_interest_totals``."""

    _fields_ = [
        ("late", ctypes.c_int32),
        ("exact_interest_is_exact", ctypes.c_int32),
        ("interest", relance_money),
        ("compensation", relance_money),
        ("total", relance_money),
        ("exact_interest", relance_decimal),
        ("exact_interest_ratio", ctypes.c_char_p),
    ]


class relance_late_interest_segment(ctypes.Structure):
    """``relance_late_interest_segment``: one line of the explanation."""

    _fields_ = [
        ("start", ctypes.c_int32),
        ("end", ctypes.c_int32),
        ("days", ctypes.c_int32),
        ("day_count", ctypes.c_int32),
        ("basis_days", ctypes.c_int64),
        ("base", relance_money),
        ("percent", relance_decimal),
        ("year_fraction_numerator", ctypes.c_int64),
        ("year_fraction_denominator", ctypes.c_int64),
        ("amount", relance_decimal),
        ("amount_is_exact", ctypes.c_int32),
        ("reserved", ctypes.c_int32),
        ("exact_ratio", ctypes.c_char_p),
        ("rounded", relance_money),
    ]


_status = ctypes.c_int  # relance_status (a C enum)
_rounding = ctypes.c_int  # relance_rounding (a C enum)
_dec_p = ctypes.POINTER(relance_decimal)
_info_p = ctypes.POINTER(relance_currency_info)
_money_p = ctypes.POINTER(relance_money)
_size_p = ctypes.POINTER(ctypes.c_size_t)
_char_p = ctypes.POINTER(ctypes.c_char)  # caller buffers
_c = ctypes
_i32_p = ctypes.POINTER(ctypes.c_int32)
_calendar_p = ctypes.c_void_p  # relance_calendar* (opaque)
_list_p = ctypes.c_void_p  # relance_holiday_list* (opaque)
_handle = ctypes.c_void_p  # the other opaque handles (terms, tables, results)
_handle_out = ctypes.POINTER(ctypes.c_void_p)
_i64_p = ctypes.POINTER(ctypes.c_int64)
_text_out = ctypes.POINTER(ctypes.c_char_p)  # borrowed const char**

# (name, argtypes, restype, returns relance_status). One line per function
# of relance.h; a status-returning function's restype is relance_status.
_FUNCTIONS = (
    # version
    ("relance_version_number", (), _c.c_uint32, False),
    ("relance_version_string", (), _c.c_char_p, False),
    # errors
    ("relance_status_string", (_status,), _c.c_char_p, False),
    ("relance_last_error_message", (), _c.c_char_p, False),
    # decimals
    ("relance_decimal_parse", (_c.c_char_p, _c.c_size_t, _dec_p), _status, True),
    ("relance_decimal_format", (_dec_p, _char_p, _c.c_size_t, _size_p), _status, True),
    ("relance_decimal_from_int64", (_c.c_int64, _c.c_int32, _dec_p), _status, True),
    ("relance_decimal_add", (_dec_p, _dec_p, _dec_p), _status, True),
    ("relance_decimal_subtract", (_dec_p, _dec_p, _dec_p), _status, True),
    ("relance_decimal_compare", (_dec_p, _dec_p, _c.POINTER(_c.c_int32)), _status, True),
    ("relance_decimal_round", (_dec_p, _c.c_int32, _rounding, _dec_p), _status, True),
    ("relance_decimal_multiply",
     (_dec_p, _dec_p, _c.c_int32, _rounding, _dec_p), _status, True),
    ("relance_decimal_multiply_exact", (_dec_p, _dec_p, _dec_p), _status, True),
    ("relance_decimal_divide",
     (_dec_p, _dec_p, _c.c_int32, _rounding, _dec_p), _status, True),
    ("relance_decimal_divide_exact", (_dec_p, _dec_p, _dec_p), _status, True),
    # currencies
    ("relance_currency_lookup", (_c.c_char_p, _info_p), _status, True),
    ("relance_currency_lookup_numeric", (_c.c_int32, _info_p), _status, True),
    ("relance_currency_count", (), _c.c_size_t, False),
    ("relance_currency_at", (_c.c_size_t, _info_p), _status, True),
    # money
    ("relance_money_parse",
     (_c.c_char_p, _c.c_size_t, _c.c_char_p, _rounding, _money_p), _status, True),
    ("relance_money_format", (_money_p, _char_p, _c.c_size_t, _size_p), _status, True),
    ("relance_money_add", (_money_p, _money_p, _money_p), _status, True),
    ("relance_money_subtract", (_money_p, _money_p, _money_p), _status, True),
    ("relance_money_multiply", (_money_p, _dec_p, _rounding, _money_p), _status, True),
    ("relance_money_convert",
     (_money_p, _c.c_char_p, _dec_p, _rounding, _money_p), _status, True),
    ("relance_money_allocate", (_money_p, _dec_p, _c.c_size_t, _money_p), _status, True),
    ("relance_money_split", (_money_p, _c.c_size_t, _money_p), _status, True),
    # dates
    ("relance_date_parse", (_c.c_char_p, _c.c_size_t, _i32_p), _status, True),
    ("relance_date_format", (_c.c_int32, _char_p, _c.c_size_t, _size_p), _status, True),
    ("relance_date_from_ymd", (_c.c_int32, _c.c_int32, _c.c_int32, _i32_p), _status, True),
    ("relance_date_to_ymd", (_c.c_int32, _i32_p, _i32_p, _i32_p), _status, True),
    ("relance_date_add_months", (_c.c_int32, _c.c_int32, _i32_p), _status, True),
    ("relance_date_end_of_month", (_c.c_int32, _i32_p), _status, True),
    # calendars
    ("relance_calendar_create_builtin",
     (_c.c_char_p, _c.POINTER(_calendar_p)), _status, True),
    ("relance_calendar_create",
     (_c.c_char_p, _i32_p, _c.c_size_t, _c.POINTER(relance_holiday_rule), _c.c_size_t,
      _c.POINTER(_calendar_p)), _status, True),
    ("relance_calendar_destroy", (_calendar_p,), None, False),
    ("relance_calendar_is_business_day", (_calendar_p, _c.c_int32, _i32_p), _status, True),
    ("relance_calendar_adjust", (_calendar_p, _c.c_int32, _c.c_int, _i32_p), _status, True),
    ("relance_calendar_add_business_days",
     (_calendar_p, _c.c_int32, _c.c_int32, _i32_p), _status, True),
    ("relance_calendar_business_days_between",
     (_calendar_p, _c.c_int32, _c.c_int32, _i32_p), _status, True),
    ("relance_calendar_holidays",
     (_calendar_p, _c.c_int32, _c.POINTER(_list_p)), _status, True),
    ("relance_holiday_list_count", (_list_p,), _c.c_size_t, False),
    ("relance_holiday_list_at",
     (_list_p, _c.c_size_t, _i32_p, _c.POINTER(_c.c_char_p)), _status, True),
    ("relance_holiday_list_destroy", (_list_p,), None, False),
    # jurisdictions and day counts
    ("relance_jurisdiction_name", (_c.c_int,), _c.c_char_p, False),
    ("relance_jurisdiction_parse", (_c.c_char_p, _c.c_size_t, _i32_p), _status, True),
    ("relance_day_count_name", (_c.c_int,), _c.c_char_p, False),
    ("relance_day_count_parse", (_c.c_char_p, _c.c_size_t, _i32_p), _status, True),
    ("relance_day_count_days", (_c.c_int, _c.c_int32, _c.c_int32, _i64_p), _status, True),
    ("relance_day_count_year_fraction",
     (_c.c_int, _c.c_int32, _c.c_int32, _i64_p, _i64_p), _status, True),
    # payment terms
    ("relance_terms_create", (_c.c_char_p, _c.c_size_t, _handle_out), _status, True),
    ("relance_terms_destroy", (_handle,), None, False),
    ("relance_terms_format", (_handle, _char_p, _c.c_size_t, _size_p), _status, True),
    ("relance_terms_final_due_date", (_handle, _c.c_int32, _i32_p), _status, True),
    ("relance_terms_due_dates", (_handle, _c.c_int32, _money_p, _handle_out), _status, True),
    ("relance_installment_list_count", (_handle,), _c.c_size_t, False),
    ("relance_installment_list_at",
     (_handle, _c.c_size_t, _c.POINTER(relance_installment)), _status, True),
    ("relance_installment_list_destroy", (_handle,), None, False),
    ("relance_terms_check", (_handle, _c.c_int32, _c.c_int, _handle_out), _status, True),
    ("relance_terms_check_result_caps",
     (_handle, _c.POINTER(relance_terms_caps)), _status, True),
    ("relance_terms_check_result_due_date_count", (_handle,), _c.c_size_t, False),
    ("relance_terms_check_result_due_date_at", (_handle, _c.c_size_t, _i32_p), _status, True),
    ("relance_terms_check_result_violation_count", (_handle,), _c.c_size_t, False),
    ("relance_terms_check_result_violation_at",
     (_handle, _c.c_size_t, _i32_p, _i32_p, _text_out), _status, True),
    ("relance_terms_check_result_destroy", (_handle,), None, False),
    # rate tables
    ("relance_rate_table_create",
     (_c.c_char_p, _i32_p, _dec_p, _c.c_size_t, _handle_out), _status, True),
    ("relance_rate_table_create_ecb_mro", (_handle_out,), _status, True),
    ("relance_rate_table_destroy", (_handle,), None, False),
    ("relance_rate_table_name", (_handle, _text_out), _status, True),
    ("relance_rate_table_count", (_handle,), _c.c_size_t, False),
    ("relance_rate_table_at", (_handle, _c.c_size_t, _i32_p, _dec_p), _status, True),
    ("relance_rate_table_rate_on", (_handle, _c.c_int32, _dec_p), _status, True),
    ("relance_jurisdiction_statutory_rate",
     (_c.c_int, _c.c_int32, _handle, _dec_p), _status, True),
    # late-payment interest
    ("relance_late_interest_request_init",
     (_c.POINTER(relance_late_interest_request), _c.c_size_t), _status, True),
    ("relance_late_interest_compute",
     (_c.POINTER(relance_late_interest_request), _handle_out), _status, True),
    ("relance_late_interest_result_destroy", (_handle,), None, False),
    ("relance_late_interest_result_totals",
     (_handle, _c.POINTER(relance_late_interest_totals)), _status, True),
    ("relance_late_interest_result_segment_count", (_handle,), _c.c_size_t, False),
    ("relance_late_interest_result_segment_at",
     (_handle, _c.c_size_t, _c.POINTER(relance_late_interest_segment)), _status, True),
    ("relance_late_interest_result_format",
     (_handle, _char_p, _c.c_size_t, _size_p), _status, True),
    ("relance_contractual_rate_check",
     (_dec_p, _dec_p, _i32_p, _dec_p, _char_p, _c.c_size_t, _size_p), _status, True),
)


def _candidates():
    """[(description, path)] to try, in order, and whether only the first counts."""
    env = os.environ.get("RELANCE_LIBRARY")
    if env:
        return [("$RELANCE_LIBRARY", env)]
    here = os.path.dirname(os.path.abspath(__file__))
    found = sorted(glob.glob(os.path.join(here, "librelance.so*")),
                   key=lambda p: (len(p), p))
    out = [("next to the package", p) for p in found]
    if not found:
        out.append(("next to the package", os.path.join(here, "librelance.so*")))
    repo = os.path.dirname(os.path.dirname(os.path.dirname(here)))
    # Not build/asan: an instrumented library aborts an uninstrumented Python.
    for variant in ("release", "debug"):
        out.append(("build tree",
                    os.path.join(repo, "build", variant, "lib", "librelance.so")))
    return out


def _load():
    candidates = _candidates()
    tried = []
    for what, path in candidates:
        from_env = what == "$RELANCE_LIBRARY"
        if not from_env and not os.path.exists(path):
            tried.append(f"  {path} ({what}): not found")
            continue
        try:
            return ctypes.CDLL(path), path
        except OSError as e:
            tried.append(f"  {path} ({what}): {e}")
            raise ImportError(
                "relance: cannot load the relance shared library:\n"
                + "\n".join(tried)) from e
    raise ImportError(
        "relance: cannot find the relance shared library (librelance.so); "
        "set RELANCE_LIBRARY to its path. Tried:\n" + "\n".join(tried))


def check_version(number):
    """Raise ImportError unless ``number`` (as relance_version_number()
    returns it) has the major.minor this package expects."""
    major, minor = number // 10000, number // 100 % 100
    if (major, minor) != EXPECTED_VERSION:
        raise ImportError(
            f"relance: the loaded library is version {major}.{minor}.{number % 100} "
            f"({path}), this package needs {EXPECTED_VERSION[0]}.{EXPECTED_VERSION[1]}.x")


def _check_status(result, func, args):
    """errcheck of the status-returning functions."""
    if result:
        raw = relance_last_error_message()
        message = raw.decode("utf-8", "replace") if raw else ""
        raise error_for_status(result, message)
    return 0


# ---- ledger, statements and aging ------------------------------------------
# Declared apart from the table above (same format, appended to it).

RELANCE_NO_DATE = -(2**31)
RELANCE_NO_AMOUNT = -(2**63)
RELANCE_AGING_MAX_BOUNDS = 16
RELANCE_AGING_TRAILING_COLUMNS = 4


class relance_allocation(ctypes.Structure):
    """``relance_allocation``: one allocation (lettrage) of a ledger."""

    _fields_ = [
        ("index", ctypes.c_int64),
        ("source", ctypes.c_int32),
        ("date", ctypes.c_int32),
        ("reversed", ctypes.c_int32),
        ("reserved", ctypes.c_int32),
        ("amount", relance_money),
        ("source_id", ctypes.c_char_p),
        ("item_id", ctypes.c_char_p),
    ]


class relance_statement_info(ctypes.Structure):
    """``relance_statement_info``: one statement's header."""

    _fields_ = [
        ("currency", ctypes.c_char * 4),
        ("from_", ctypes.c_int32),
        ("to", ctypes.c_int32),
        ("reserved", ctypes.c_int32),
        ("opening", ctypes.c_int64),
        ("closing", ctypes.c_int64),
        ("line_count", ctypes.c_size_t),
    ]


class relance_statement_line(ctypes.Structure):
    """``relance_statement_line``: one dated line of a statement."""

    _fields_ = [
        ("date", ctypes.c_int32),
        ("kind", ctypes.c_int32),
        ("id", ctypes.c_char_p),
        ("reference", ctypes.c_char_p),
        ("debit", ctypes.c_int64),
        ("credit", ctypes.c_int64),
        ("balance", ctypes.c_int64),
    ]


class relance_aging_options(ctypes.Structure):
    """``relance_aging_options`` (initialize with relance_aging_options_init)."""

    _fields_ = [
        ("struct_size", ctypes.c_uint32),
        ("reserved", ctypes.c_int32),
        ("as_of", ctypes.c_int32),
        ("basis", ctypes.c_int32),
        ("bound_count", ctypes.c_int32),
        ("bounds", ctypes.c_int32 * RELANCE_AGING_MAX_BOUNDS),
    ]


_texts = _c.POINTER(_c.c_char_p)  # const char* const*
_ledger = _c.c_void_p  # relance_ledger* (opaque)
_statements = _c.c_void_p  # relance_statement_list* (opaque)
_report = _c.c_void_p  # relance_aging_report* (opaque)
_rows = (_ledger, _c.c_size_t)  # the handle and row count of a bulk call
_amount_query = ((_ledger, _c.c_char_p, _c.c_int32, _money_p), _status, True)
_currency_query = ((_ledger, _c.c_char_p, _c.c_int32, _money_p, _c.c_size_t, _size_p),
                   _status, True)

_FUNCTIONS += (
    ("relance_ledger_create", (_handle_out,), _status, True),
    ("relance_ledger_destroy", (_ledger,), None, False),
    ("relance_ledger_add_customers",
     _rows + (_texts, _texts, _texts, _i64_p, _texts, _texts), _status, True),
    ("relance_ledger_add_items",
     _rows + (_texts, _texts, _i32_p, _i32_p, _i32_p, _i64_p, _texts, _texts, _i64_p),
     _status, True),
    ("relance_ledger_add_payments",
     _rows + (_texts, _texts, _i32_p, _i64_p, _texts, _texts), _status, True),
    ("relance_ledger_add_allocations",
     _rows + (_i32_p, _texts, _texts, _i64_p, _i32_p, _i64_p), _status, True),
    ("relance_ledger_reverse_allocation", (_ledger, _c.c_int64, _c.c_int32), _status, True),
    ("relance_ledger_add_write_offs", _rows + (_texts, _i64_p, _i32_p, _texts), _status, True),
    ("relance_ledger_add_disputes", _rows + (_texts, _i64_p, _i32_p, _i32_p), _status, True),
    ("relance_ledger_auto_match", (_ledger, _size_p, _i64_p), _status, True),
    ("relance_ledger_customer_count", (_ledger,), _c.c_size_t, False),
    ("relance_ledger_item_count", (_ledger,), _c.c_size_t, False),
    ("relance_ledger_payment_count", (_ledger,), _c.c_size_t, False),
    ("relance_ledger_allocation_count", (_ledger,), _c.c_size_t, False),
    ("relance_ledger_open_amount",) + _amount_query,
    ("relance_ledger_unapplied",) + _amount_query,
    ("relance_ledger_disputed",) + _amount_query,
    ("relance_ledger_balance",) + _currency_query,
    ("relance_ledger_unapplied_cash",) + _currency_query,
    ("relance_ledger_allocation",
     (_ledger, _c.c_int64, _c.POINTER(relance_allocation)), _status, True),
    ("relance_ledger_statements",
     (_ledger, _c.c_char_p, _c.c_int32, _c.c_int32, _handle_out), _status, True),
    ("relance_statement_list_count", (_statements,), _c.c_size_t, False),
    ("relance_statement_list_info",
     (_statements, _c.c_size_t, _c.POINTER(relance_statement_info)), _status, True),
    ("relance_statement_list_line",
     (_statements, _c.c_size_t, _c.c_size_t, _c.POINTER(relance_statement_line)),
     _status, True),
    ("relance_statement_list_destroy", (_statements,), None, False),
    ("relance_aging_options_init",
     (_c.POINTER(relance_aging_options), _c.c_size_t), _status, True),
    ("relance_ledger_age",
     (_ledger, _c.POINTER(relance_aging_options), _handle_out), _status, True),
    ("relance_aging_report_destroy", (_report,), None, False),
    ("relance_aging_report_options",
     (_report, _c.POINTER(relance_aging_options)), _status, True),
    ("relance_aging_report_row_count", (_report,), _c.c_size_t, False),
    ("relance_aging_report_column_count", (_report,), _c.c_size_t, False),
    ("relance_aging_report_age_column_count", (_report,), _c.c_size_t, False),
    ("relance_aging_report_column_name",
     (_report, _c.c_size_t, _char_p, _c.c_size_t, _size_p), _status, True),
    ("relance_aging_report_customer_id",
     (_report, _c.c_size_t, _c.POINTER(_c.c_void_p), _size_p), _status, True),
    ("relance_aging_report_customer_ids",
     (_report, _c.POINTER(_c.c_void_p), _size_p), _status, True),
    ("relance_aging_report_currencies",
     (_report, _c.c_size_t, _c.c_size_t, _char_p, _c.c_size_t), _status, True),
    ("relance_aging_report_values",
     (_report, _c.c_size_t, _c.c_size_t, _i64_p, _c.c_size_t), _status, True),
    ("relance_aging_report_sorted_order", (_report, _size_p, _c.c_size_t), _status, True),
    ("relance_aging_report_total_count", (_report,), _c.c_size_t, False),
    ("relance_aging_report_total",
     (_report, _c.c_size_t, _char_p, _i64_p, _c.c_size_t), _status, True),
    ("relance_aging_report_merge", (_report, _report, _handle_out), _status, True),
    ("relance_aging_report_equal", (_report, _report, _i32_p), _status, True),
)

# ---- KPIs and the roll-rate matrix -----------------------------------------
# Declared apart from the tables above (same format, appended to them).

RELANCE_KPI_COUNT = 11
RELANCE_KPI_RETENTION_RATE = 10
RELANCE_KPI_AMOUNT_COUNT = 23


class relance_kpi_options(ctypes.Structure):
    """``relance_kpi_options`` (initialize with relance_kpi_options_init)."""

    _fields_ = [
        ("struct_size", ctypes.c_uint32),
        ("reserved", ctypes.c_int32),
        ("from_", ctypes.c_int32),
        ("to", ctypes.c_int32),
        ("scale", ctypes.c_int32),
        ("rounding", ctypes.c_int32),
        ("countback_unit", ctypes.c_int32),
        ("countback_length", ctypes.c_int32),
        ("incident_days", ctypes.c_int32),
        ("retention_window_days", ctypes.c_int32),
        ("customer_count", ctypes.c_size_t),
        ("customers", ctypes.POINTER(ctypes.c_char_p)),
    ]


class relance_kpi_figure(ctypes.Structure):
    """``relance_kpi_figure``: an exact ratio and its rounded value."""

    _fields_ = [
        ("status", ctypes.c_int32),
        ("has_value", ctypes.c_int32),
        ("numerator", relance_decimal),
        ("denominator", relance_decimal),
        ("value", relance_decimal),
    ]


class relance_kpi_retention(ctypes.Structure):
    """``relance_kpi_retention``: customers with a payment incident."""

    _fields_ = [
        ("customers_with_incident", ctypes.c_int64),
        ("retained", ctypes.c_int64),
        ("lost", ctypes.c_int64),
        ("undecided", ctypes.c_int64),
    ]


class relance_roll_rate_options(ctypes.Structure):
    """``relance_roll_rate_options`` (initialize with relance_roll_rate_options_init)."""

    _fields_ = [
        ("struct_size", ctypes.c_uint32),
        ("reserved", ctypes.c_int32),
        ("from_", ctypes.c_int32),
        ("to", ctypes.c_int32),
        ("basis", ctypes.c_int32),
        ("bound_count", ctypes.c_int32),
        ("bounds", ctypes.c_int32 * RELANCE_AGING_MAX_BOUNDS),
        ("customer_count", ctypes.c_size_t),
        ("customers", ctypes.POINTER(ctypes.c_char_p)),
    ]


_kpi_report = _c.c_void_p  # relance_kpi_report* (opaque)
_roll_report = _c.c_void_p  # relance_roll_rate_report* (opaque)
_figure_p = _c.POINTER(relance_kpi_figure)
_cell = (_roll_report, _c.c_size_t, _c.c_size_t)  # report, currency index, row or column
_name_query = ((_roll_report, _c.c_size_t, _char_p, _c.c_size_t, _size_p), _status, True)

_FUNCTIONS += (
    ("relance_kpi_name", (_c.c_int,), _c.c_char_p, False),
    ("relance_kpi_title", (_c.c_int,), _c.c_char_p, False),
    ("relance_kpi_definition", (_c.c_int,), _c.c_char_p, False),
    ("relance_kpi_status_name", (_c.c_int32,), _c.c_char_p, False),
    ("relance_kpi_amount_name", (_c.c_int,), _c.c_char_p, False),
    ("relance_kpi_options_init",
     (_c.POINTER(relance_kpi_options), _c.c_size_t), _status, True),
    ("relance_ledger_kpis",
     (_ledger, _c.POINTER(relance_kpi_options), _handle_out), _status, True),
    ("relance_kpi_report_destroy", (_kpi_report,), None, False),
    ("relance_kpi_report_options",
     (_kpi_report, _c.POINTER(relance_kpi_options)), _status, True),
    ("relance_kpi_report_currency_count", (_kpi_report,), _c.c_size_t, False),
    ("relance_kpi_report_currency", (_kpi_report, _c.c_size_t, _char_p), _status, True),
    ("relance_kpi_report_figure",
     (_kpi_report, _c.c_size_t, _c.c_int, _figure_p), _status, True),
    ("relance_kpi_report_amount",
     (_kpi_report, _c.c_size_t, _c.c_int, _i64_p), _status, True),
    ("relance_kpi_report_countback_sales",
     (_kpi_report, _c.c_size_t, _i64_p, _c.c_size_t, _size_p), _status, True),
    ("relance_kpi_report_retention",
     (_kpi_report, _c.POINTER(relance_kpi_retention)), _status, True),
    ("relance_kpi_report_merge", (_kpi_report, _kpi_report, _handle_out), _status, True),
    ("relance_kpi_report_equal", (_kpi_report, _kpi_report, _i32_p), _status, True),
    ("relance_roll_rate_options_init",
     (_c.POINTER(relance_roll_rate_options), _c.c_size_t), _status, True),
    ("relance_ledger_roll_rates",
     (_ledger, _c.POINTER(relance_roll_rate_options), _handle_out), _status, True),
    ("relance_roll_rate_report_destroy", (_roll_report,), None, False),
    ("relance_roll_rate_report_options",
     (_roll_report, _c.POINTER(relance_roll_rate_options)), _status, True),
    ("relance_roll_rate_report_currency_count", (_roll_report,), _c.c_size_t, False),
    ("relance_roll_rate_report_currency", (_roll_report, _c.c_size_t, _char_p), _status, True),
    ("relance_roll_rate_report_row_count", (_roll_report,), _c.c_size_t, False),
    ("relance_roll_rate_report_column_count", (_roll_report,), _c.c_size_t, False),
    ("relance_roll_rate_report_row_name",) + _name_query,
    ("relance_roll_rate_report_column_name",) + _name_query,
    ("relance_roll_rate_report_cell", _cell + (_c.c_size_t, _i64_p), _status, True),
    ("relance_roll_rate_report_cells",
     (_roll_report, _c.c_size_t, _i64_p, _c.c_size_t), _status, True),
    ("relance_roll_rate_report_row_total", _cell + (_i64_p,), _status, True),
    ("relance_roll_rate_report_column_total", _cell + (_i64_p,), _status, True),
    ("relance_roll_rate_report_rate",
     _cell + (_c.c_size_t, _c.c_int32, _rounding, _figure_p), _status, True),
)




class relance_ledger_interest_item(ctypes.Structure):
    """``relance_ledger_interest_item``: one late item of a ledger."""

    _fields_ = [
        ("item_id", ctypes.c_char_p),
        ("customer_id", ctypes.c_char_p),
        ("due_date", ctypes.c_int32),
        ("due_date_assumed", ctypes.c_int32),
        ("settled_on", ctypes.c_int32),
        ("reserved", ctypes.c_int32),
        ("result", ctypes.c_void_p),
    ]


_interest_report = _c.c_void_p  # relance_ledger_interest* (opaque)

_FUNCTIONS += (
    ("relance_ledger_late_interest",
     (_ledger, _c.c_int32, _c.POINTER(relance_late_interest_request), _c.c_char_p, _handle_out),
     _status, True),
    ("relance_ledger_interest_destroy", (_interest_report,), None, False),
    ("relance_ledger_interest_count", (_interest_report,), _c.c_size_t, False),
    ("relance_ledger_interest_at",
     (_interest_report, _c.c_size_t, _c.POINTER(relance_ledger_interest_item)), _status, True),
    ("relance_ledger_interest_total_count", (_interest_report,), _c.c_size_t, False),
    ("relance_ledger_interest_total_at",
     (_interest_report, _c.c_size_t, _c.POINTER(relance_money), _c.POINTER(relance_money),
      _c.POINTER(relance_money)), _status, True),
)


_progress_fn = _c.CFUNCTYPE(None, _c.c_char_p, _c.c_uint64, _c.c_uint64, _c.c_void_p)


class relance_import_options(ctypes.Structure):
    """``relance_import_options`` (initialize with relance_import_options_init)."""

    _fields_ = [
        ("struct_size", ctypes.c_uint32),
        ("reserved", ctypes.c_int32),
        ("max_errors", ctypes.c_size_t),
        ("threads", ctypes.c_int32),
        ("as_of", ctypes.c_int32),
        ("progress", _progress_fn),
        ("progress_user_data", ctypes.c_void_p),
    ]


class relance_import_error(ctypes.Structure):
    """``relance_import_error``: one problem of a CSV import."""

    _fields_ = [
        ("file", ctypes.c_char_p),
        ("line", ctypes.c_int64),
        ("column", ctypes.c_char_p),
        ("reason", ctypes.c_char_p),
        ("code", ctypes.c_int32),
        ("reserved", ctypes.c_int32),
    ]


_import_errors = _c.c_void_p  # relance_import_errors* (opaque)

_FUNCTIONS += (
    ("relance_import_options_init",
     (_c.POINTER(relance_import_options), _c.c_size_t), _status, True),
    ("relance_ledger_import",
     (_c.c_char_p, _c.POINTER(relance_import_options), _handle_out, _handle_out), _status, True),
    ("relance_import_errors_count", (_import_errors,), _c.c_size_t, False),
    ("relance_import_errors_at",
     (_import_errors, _c.c_size_t, _c.POINTER(relance_import_error)), _status, True),
    ("relance_import_errors_destroy", (_import_errors,), None, False),
    ("relance_ledger_export", (_ledger, _c.c_char_p), _status, True),
)

def _declare(library, library_path):
    for name, argtypes, restype, returns_status in _FUNCTIONS:
        try:
            function = getattr(library, name)
        except AttributeError:
            raise ImportError(
                f"relance: {library_path} does not export {name}: "
                "the library is too old or not relance") from None
        function.argtypes = argtypes
        function.restype = restype
        if returns_status:
            function.errcheck = _check_status
        globals()[name] = function


lib, path = _load()
_declare(lib, path)
check_version(relance_version_number())  # noqa: F821 (declared by _declare)
version_string = relance_version_string().decode("ascii")  # noqa: F821
