/*
 * relance.h -- the C ABI of relance, an accounts-receivable collections
 * library with exact decimal money. This header is the whole stable surface:
 * anything not declared here is not API.
 *
 * Conventions
 * -----------
 * - C99. Names: functions relance_<object>_<verb>, types relance_<object>,
 *   constants RELANCE_*.
 * - Every fallible function returns a relance_status: RELANCE_OK (0) or a
 *   pinned positive error code. On error, relance_last_error_message() says
 *   what failed and where, and every out_* argument is left untouched: a
 *   failed call changes nothing.
 * - A NULL pointer where a value is required, an out-of-range enum value or a
 *   malformed struct returns RELANCE_E_INVALID_ARGUMENT with a message naming
 *   the argument. No call crashes on bad input, and no C++ exception crosses
 *   this boundary.
 * - Argument order: handle, inputs, then out_* outputs.
 * - Memory: the caller never frees library memory. Text is written into
 *   caller buffers with snprintf semantics: when the buffer is too small the
 *   call returns RELANCE_E_BUFFER_TOO_SMALL, writes what fits plus a NUL (if
 *   capacity > 0) and stores the full length in *out_length. Returned
 *   `const char*` are static strings unless stated otherwise.
 * - Sizes and counts are size_t; values (amounts, scales, codes) are
 *   fixed-width integers. Money crosses as int64 minor units plus an ISO 4217
 *   code (relance_money), or as an exact decimal; never as floating point.
 *
 * Money and decimals
 * ------------------
 * relance_decimal is an exact decimal: the 128-bit two's-complement integer
 * (hi * 2^64 + lo) times 10^-scale, with |coefficient| <= 10^38 - 1 and scale
 * 0..18. `reserved` must be zero on input and is zero on output. Values may
 * also cross as exact strings (relance_decimal_parse/format).
 * Nothing rounds silently: rounding happens only in functions that take a
 * relance_rounding, exactly once; overflow is an error, never a wrap. Under
 * RELANCE_ROUND_EXACT a result that needs rounding is RELANCE_E_INEXACT,
 * even if it is also too long.
 *
 * Thread safety
 * -------------
 * relance keeps no global mutable state and needs no initialization call.
 * Every function declared here may be called from any number of threads at
 * once. The error message is per thread. Handles (relance_calendar and the
 * result handles) are immutable once created, so they may be shared by
 * threads too; a handle must not be used after it is destroyed. (Mutable
 * handles that later versions add are used by one thread at a time, except
 * for const access.)
 */

#ifndef RELANCE_H_
#define RELANCE_H_

#include <stddef.h>
#include <stdint.h>

#ifndef RELANCE_API
#if defined(_WIN32)
#define RELANCE_API __declspec(dllimport)
#elif defined(__GNUC__)
#define RELANCE_API __attribute__((visibility("default")))
#else
#define RELANCE_API
#endif
#endif

#ifdef __cplusplus
extern "C" {
#endif

/* ---------------------------------------------------------------- version */

#define RELANCE_VERSION_MAJOR 0
#define RELANCE_VERSION_MINOR 1
#define RELANCE_VERSION_PATCH 0
/* MAJOR * 10000 + MINOR * 100 + PATCH, as returned by relance_version_number. */
#define RELANCE_VERSION_NUMBER \
  (RELANCE_VERSION_MAJOR * 10000 + RELANCE_VERSION_MINOR * 100 + \
   RELANCE_VERSION_PATCH)

/* The version of the library actually loaded (compare with the macros to
 * detect a header/library mismatch). */
RELANCE_API uint32_t relance_version_number(void);
/* "0.1.0": a static string. */
RELANCE_API const char* relance_version_string(void);

/* ----------------------------------------------------------------- errors */

typedef enum relance_status {
  RELANCE_OK = 0,
  RELANCE_E_INVALID_ARGUMENT = 1,   /* NULL, malformed or out-of-domain input */
  RELANCE_E_FAILED_PRECONDITION = 2,/* the state does not allow the call */
  RELANCE_E_NOT_FOUND = 3,          /* unknown id or code */
  RELANCE_E_ALREADY_EXISTS = 4,     /* duplicate id */
  RELANCE_E_OVERFLOW = 5,           /* a result past 38 digits */
  RELANCE_E_CURRENCY_MISMATCH = 6,  /* amounts of different currencies */
  RELANCE_E_INEXACT = 7,            /* rounding needed where none is allowed */
  RELANCE_E_DIVISION_BY_ZERO = 8,   /* zero divisor, ratios summing to zero */
  RELANCE_E_BUFFER_TOO_SMALL = 9,   /* see *out_length for the size needed */
  RELANCE_E_PARSE = 10,             /* text that does not follow its grammar */
  RELANCE_E_OUT_OF_MEMORY = 11,
  RELANCE_E_INTERNAL = 12           /* a bug in relance: please report it */
} relance_status;

/* A short static description of `code` ("overflow"); "unknown status" for a
 * value not listed above. Never NULL. */
RELANCE_API const char* relance_status_string(relance_status code);

/* The message of the most recent failed call on this thread (errno-style:
 * successful calls do not clear it), or "" if none failed yet. The pointer is
 * valid until the next relance call on this thread. Never NULL. */
RELANCE_API const char* relance_last_error_message(void);

/* --------------------------------------------------------------- decimals */

typedef struct relance_decimal {
  uint64_t lo;      /* low 64 bits of the coefficient */
  int64_t hi;       /* high 64 bits (two's complement, carries the sign) */
  int32_t scale;    /* 0..18 */
  int32_t reserved; /* must be 0 */
} relance_decimal;

/* Longest text relance_decimal_format writes, without the NUL. */
#define RELANCE_DECIMAL_MAX_TEXT 40

/* The rounding modes; same meanings as Python's decimal module. */
typedef enum relance_rounding {
  RELANCE_ROUND_HALF_EVEN = 0, /* nearest, ties to even */
  RELANCE_ROUND_HALF_UP = 1,   /* nearest, ties away from zero */
  RELANCE_ROUND_HALF_DOWN = 2, /* nearest, ties toward zero */
  RELANCE_ROUND_UP = 3,        /* away from zero */
  RELANCE_ROUND_DOWN = 4,      /* toward zero */
  RELANCE_ROUND_CEILING = 5,   /* toward +infinity */
  RELANCE_ROUND_FLOOR = 6,     /* toward -infinity */
  RELANCE_ROUND_05UP = 7,      /* toward zero unless the last digit is 0 or 5 */
  RELANCE_ROUND_EXACT = 8      /* never round: RELANCE_E_INEXACT instead */
} relance_rounding;

/* Parses the `length` bytes at `text` (no NUL needed) with the strict grammar
 * [+|-]digits[.digits]: no spaces, exponent or separators. Fraction digits
 * past 18 are accepted only if they are zeros.
 * Errors: INVALID_ARGUMENT (NULL text with length > 0, NULL out);
 * PARSE (names the 1-based position); OVERFLOW (over 38 significant
 * digits); INEXACT (a nonzero 19th fraction digit). */
RELANCE_API relance_status relance_decimal_parse(const char* text,
                                                 size_t length,
                                                 relance_decimal* out);

/* Writes `value` in plain notation ("-1234.50") and a NUL into `buffer`, with
 * snprintf semantics; *out_length receives the text length (without NUL).
 * `buffer` may be NULL when capacity is 0 (to ask for the length).
 * Errors: INVALID_ARGUMENT; BUFFER_TOO_SMALL. */
RELANCE_API relance_status relance_decimal_format(const relance_decimal* value,
                                                  char* buffer,
                                                  size_t capacity,
                                                  size_t* out_length);

/* coefficient * 10^-scale from an int64 coefficient.
 * Errors: INVALID_ARGUMENT (scale outside 0..18, NULL out). */
RELANCE_API relance_status relance_decimal_from_int64(int64_t coefficient,
                                                      int32_t scale,
                                                      relance_decimal* out);

/* *out = a + b (or a - b), exact, at the larger scale.
 * Errors: INVALID_ARGUMENT; OVERFLOW. */
RELANCE_API relance_status relance_decimal_add(const relance_decimal* a,
                                               const relance_decimal* b,
                                               relance_decimal* out);
RELANCE_API relance_status relance_decimal_subtract(const relance_decimal* a,
                                                    const relance_decimal* b,
                                                    relance_decimal* out);

/* *out_order = -1, 0 or +1 as a <, ==, > b numerically (1.0 == 1.00).
 * Errors: INVALID_ARGUMENT. */
RELANCE_API relance_status relance_decimal_compare(const relance_decimal* a,
                                                   const relance_decimal* b,
                                                   int32_t* out_order);

/* *out = x rounded once to `scale` digits in `mode` (or extended with zeros).
 * Errors: INVALID_ARGUMENT (scale, mode, NULL); INEXACT (mode EXACT);
 * OVERFLOW. */
RELANCE_API relance_status relance_decimal_round(const relance_decimal* x,
                                                 int32_t scale,
                                                 relance_rounding mode,
                                                 relance_decimal* out);

/* *out = a * b rounded once to `scale` digits in `mode`.
 * Errors: as relance_decimal_round. */
RELANCE_API relance_status relance_decimal_multiply(const relance_decimal* a,
                                                    const relance_decimal* b,
                                                    int32_t scale,
                                                    relance_rounding mode,
                                                    relance_decimal* out);

/* *out = a * b exactly, at scale a.scale + b.scale (trailing zeros dropped
 * to stay within 18). Errors: INVALID_ARGUMENT; INEXACT (would need more
 * than 18 digits); OVERFLOW. */
RELANCE_API relance_status relance_decimal_multiply_exact(
    const relance_decimal* a, const relance_decimal* b, relance_decimal* out);

/* *out = a / b rounded once to `scale` digits in `mode`.
 * Errors: as relance_decimal_round; DIVISION_BY_ZERO. */
RELANCE_API relance_status relance_decimal_divide(const relance_decimal* a,
                                                  const relance_decimal* b,
                                                  int32_t scale,
                                                  relance_rounding mode,
                                                  relance_decimal* out);

/* *out = a / b exactly, at the smallest scale >= max(0, a.scale - b.scale)
 * that holds it. Errors: INVALID_ARGUMENT; DIVISION_BY_ZERO; INEXACT (does
 * not terminate within 18 digits, like 1/3); OVERFLOW. */
RELANCE_API relance_status relance_decimal_divide_exact(
    const relance_decimal* a, const relance_decimal* b, relance_decimal* out);

/* ------------------------------------------------------------- currencies */

/* An ISO 4217 currency of relance's table. */
typedef struct relance_currency_info {
  char code[4];          /* "EUR" and a NUL */
  int32_t numeric_code;  /* 978 */
  int32_t minor_units;   /* fraction digits of the minor unit: 2 */
  int32_t active;        /* 0 for a withdrawn currency kept for old debts */
} relance_currency_info;

/* Looks up an alphabetic code ("EUR": three capitals, NUL-terminated).
 * Errors: INVALID_ARGUMENT (NULL); NOT_FOUND. */
RELANCE_API relance_status relance_currency_lookup(const char* code,
                                                   relance_currency_info* out);

/* Looks up an ISO numeric code (978); prefers the active currency when a
 * withdrawn one shares the number. Errors: INVALID_ARGUMENT; NOT_FOUND. */
RELANCE_API relance_status relance_currency_lookup_numeric(
    int32_t numeric_code, relance_currency_info* out);

/* Number of currencies in the table, and the one at `index` (sorted by
 * code). Errors: INVALID_ARGUMENT (NULL, index >= count). */
RELANCE_API size_t relance_currency_count(void);
RELANCE_API relance_status relance_currency_at(size_t index,
                                               relance_currency_info* out);

/* ------------------------------------------------------------------ money */

/* An amount of one currency, in minor units: {1250, "EUR"} is 12.50 EUR,
 * {1250, "JPY"} is 1250 JPY. `currency` is an ISO 4217 code of
 * relance_currency_lookup, NUL-terminated; `reserved` must be 0. */
typedef struct relance_money {
  int64_t units;
  char currency[4];
  int32_t reserved;
} relance_money;

/* Longest text relance_money_format writes, without the NUL. */
#define RELANCE_MONEY_MAX_TEXT 21

/* Parses the `length` bytes at `text` as a decimal amount (grammar of
 * relance_decimal_parse, any number of fraction digits) in `currency`. An
 * amount with more decimals than the currency's minor unit is rounded once
 * in `mode`, from all its digits; with RELANCE_ROUND_EXACT it is refused. Errors: INVALID_ARGUMENT; NOT_FOUND
 * (currency); PARSE; INEXACT; OVERFLOW (beyond int64 minor units). */
RELANCE_API relance_status relance_money_parse(const char* text, size_t length,
                                               const char* currency,
                                               relance_rounding mode,
                                               relance_money* out);

/* Writes the amount at the currency's minor units ("-12.50", "1250"), without
 * the code, and a NUL into `buffer`, with the snprintf semantics of
 * relance_decimal_format. Errors: INVALID_ARGUMENT; NOT_FOUND;
 * BUFFER_TOO_SMALL. */
RELANCE_API relance_status relance_money_format(const relance_money* value,
                                                char* buffer, size_t capacity,
                                                size_t* out_length);

/* *out = a + b (or a - b). Errors: INVALID_ARGUMENT; NOT_FOUND;
 * CURRENCY_MISMATCH (a and b in different currencies); OVERFLOW. */
RELANCE_API relance_status relance_money_add(const relance_money* a,
                                             const relance_money* b,
                                             relance_money* out);
RELANCE_API relance_status relance_money_subtract(const relance_money* a,
                                                  const relance_money* b,
                                                  relance_money* out);

/* *out = amount * rate rounded once in `mode` to the minor unit (VAT, a
 * discount, a fee rate). Errors: INVALID_ARGUMENT; NOT_FOUND; INEXACT (mode
 * EXACT); OVERFLOW. */
RELANCE_API relance_status relance_money_multiply(const relance_money* amount,
                                                  const relance_decimal* rate,
                                                  relance_rounding mode,
                                                  relance_money* out);

/* *out = amount converted to currency `to` at `rate` units of `to` per unit
 * of the amount's currency (> 0), rounded once in `mode` to the minor unit
 * of `to`. Errors: as relance_money_multiply; INVALID_ARGUMENT (rate <= 0). */
RELANCE_API relance_status relance_money_convert(const relance_money* amount,
                                                 const char* to,
                                                 const relance_decimal* rate,
                                                 relance_rounding mode,
                                                 relance_money* out);

/* Splits `total` in proportion to `ratios[0..count)` (non-negative, not all
 * zero) by the largest-remainder method on minor units, ties to the lowest
 * index, into out_parts[0..count): the parts sum exactly to the total and
 * each is within one minor unit of its exact share; a negative total splits
 * as the negation of its absolute value. Errors: INVALID_ARGUMENT (NULL,
 * count 0, negative ratio); NOT_FOUND (currency); DIVISION_BY_ZERO (ratios
 * summing to zero); OUT_OF_MEMORY. */
RELANCE_API relance_status relance_money_allocate(const relance_money* total,
                                                  const relance_decimal* ratios,
                                                  size_t count,
                                                  relance_money* out_parts);

/* Splits `total` into `count` parts as equal as possible (the first parts
 * take the extra minor units) into out_parts[0..count).
 * Errors: INVALID_ARGUMENT (NULL, count 0); NOT_FOUND; OUT_OF_MEMORY. */
RELANCE_API relance_status relance_money_split(const relance_money* total,
                                               size_t count,
                                               relance_money* out_parts);

/* ------------------------------------------------------------------ dates */

/* A date crosses as int32_t days since 1970-01-01 in the proleptic Gregorian
 * calendar (1970-01-02 is 1, 1969-12-31 is -1). Functions that take a date
 * accept years 1 to 9999: days -719162 (0001-01-01) to 2932896
 * (9999-12-31); others are INVALID_ARGUMENT. */
#define RELANCE_DATE_MIN (-719162)
#define RELANCE_DATE_MAX 2932896

/* Parses strict ISO 8601 "YYYY-MM-DD" (the `length` bytes at `text`).
 * Errors: INVALID_ARGUMENT (NULL; a nonexistent day such as 2025-02-30);
 * PARSE (any other form). */
RELANCE_API relance_status relance_date_parse(const char* text, size_t length,
                                              int32_t* out_days);

/* Writes "YYYY-MM-DD" and a NUL (11 bytes) with snprintf semantics.
 * Errors: INVALID_ARGUMENT; BUFFER_TOO_SMALL. */
RELANCE_API relance_status relance_date_format(int32_t days, char* buffer,
                                               size_t capacity,
                                               size_t* out_length);

/* The date of year-month-day, and back. Errors: INVALID_ARGUMENT (a day
 * that does not exist, a year outside 1..9999, NULL). */
RELANCE_API relance_status relance_date_from_ymd(int32_t year, int32_t month,
                                                 int32_t day,
                                                 int32_t* out_days);
RELANCE_API relance_status relance_date_to_ymd(int32_t days, int32_t* out_year,
                                               int32_t* out_month,
                                               int32_t* out_day);

/* days plus `months` months, the day clamped to the end of the target
 * month (2024-01-31 + 1 month = 2024-02-29). Errors: INVALID_ARGUMENT (a
 * date or result outside years 1..9999, NULL). */
RELANCE_API relance_status relance_date_add_months(int32_t days, int32_t months,
                                                   int32_t* out_days);

/* The last day of the month of `days`. Errors: INVALID_ARGUMENT. */
RELANCE_API relance_status relance_date_end_of_month(int32_t days,
                                                     int32_t* out_days);

/* -------------------------------------------------------------- calendars */

/* A business calendar: weekend days plus holiday rules (see
 * include/relance/calendar.h for the built-in ones and the rules).
 * Immutable once created: any number of threads may use one at once. */
typedef struct relance_calendar relance_calendar;

/* Roll conventions for a date that is not a business day. */
typedef enum relance_roll {
  RELANCE_ROLL_NONE = 0,
  RELANCE_ROLL_FOLLOWING = 1,
  RELANCE_ROLL_MODIFIED_FOLLOWING = 2,
  RELANCE_ROLL_PRECEDING = 3,
  RELANCE_ROLL_MODIFIED_PRECEDING = 4
} relance_roll;

typedef enum relance_holiday_kind {
  RELANCE_HOLIDAY_ANNUAL = 0,        /* every year on month/day */
  RELANCE_HOLIDAY_EASTER_OFFSET = 1, /* every year, `offset` days from Easter */
  RELANCE_HOLIDAY_SINGLE_DATE = 2    /* once, on `date` */
} relance_holiday_kind;

/* One holiday rule of a user-defined calendar. Fields a kind does not use
 * are ignored. first_year/last_year limit annual and Easter rules; 0 means
 * no limit on that side. */
typedef struct relance_holiday_rule {
  const char* name; /* NUL-terminated; NULL means "" */
  int32_t kind;     /* a relance_holiday_kind */
  int32_t month;
  int32_t day;
  int32_t offset;
  int32_t date;     /* days since 1970-01-01 */
  int32_t first_year;
  int32_t last_year;
  int32_t reserved; /* must be 0 */
} relance_holiday_rule;

/* A built-in calendar: "FR", "FR-ALSACE-MOSELLE", "TARGET" or "TARGET2".
 * Release it with relance_calendar_destroy. Errors: INVALID_ARGUMENT;
 * NOT_FOUND. */
RELANCE_API relance_status relance_calendar_create_builtin(
    const char* name, relance_calendar** out);

/* A calendar of the caller's: `weekend` holds ISO day numbers (1 = Monday
 * ... 7 = Sunday), `rules` the holiday rules; either may be NULL when its
 * count is 0. Errors: INVALID_ARGUMENT (a day number outside 1..7, a rule
 * that names no real day, all seven days weekend, NULL). */
RELANCE_API relance_status relance_calendar_create(
    const char* name, const int32_t* weekend, size_t weekend_count,
    const relance_holiday_rule* rules, size_t rule_count,
    relance_calendar** out);

/* Releases a calendar; NULL is allowed. */
RELANCE_API void relance_calendar_destroy(relance_calendar* calendar);

/* *out = 1 if `date` is a business day, else 0. Errors: INVALID_ARGUMENT. */
RELANCE_API relance_status relance_calendar_is_business_day(
    const relance_calendar* calendar, int32_t date, int32_t* out);

/* *out_date = `date` rolled by `convention`. Errors: INVALID_ARGUMENT
 * (including a result outside years 1..9999). */
RELANCE_API relance_status relance_calendar_adjust(
    const relance_calendar* calendar, int32_t date, relance_roll convention,
    int32_t* out_date);

/* *out_date = the n-th business day after `date` (before it when n < 0;
 * n == 0 rolls forward to a business day). Errors: INVALID_ARGUMENT. */
RELANCE_API relance_status relance_calendar_add_business_days(
    const relance_calendar* calendar, int32_t date, int32_t n,
    int32_t* out_date);

/* *out = the number of business days in [from, to), negative when to <
 * from. Errors: INVALID_ARGUMENT. */
RELANCE_API relance_status relance_calendar_business_days_between(
    const relance_calendar* calendar, int32_t from, int32_t to, int32_t* out);

/* The holidays of `year`, in date order, as a result handle. Errors:
 * INVALID_ARGUMENT (year outside 1..9999, NULL). */
typedef struct relance_holiday_list relance_holiday_list;
RELANCE_API relance_status relance_calendar_holidays(
    const relance_calendar* calendar, int32_t year, relance_holiday_list** out);

/* Number of holidays in the list; 0 for NULL. */
RELANCE_API size_t relance_holiday_list_count(const relance_holiday_list* list);

/* The holiday at `index`: its date and its name (NUL-terminated, borrowed:
 * valid until the list is destroyed). Errors: INVALID_ARGUMENT (NULL,
 * index >= count). */
RELANCE_API relance_status relance_holiday_list_at(
    const relance_holiday_list* list, size_t index, int32_t* out_date,
    const char** out_name);

/* Releases a holiday list; NULL is allowed. */
RELANCE_API void relance_holiday_list_destroy(relance_holiday_list* list);

/* ----------------------------------------------------------------- ledger */

/* The receivables ledger (include/relance/ledger.h has the full model):
 * customers, open items, payments, allocations (lettrage), write-offs and
 * disputed amounts, every fact with an effective date, queried as of any
 * date: a query as of D sees exactly the facts effective on or before D.
 *
 * Columns. A bulk call takes `count` rows as parallel arrays of `count`
 * elements each:
 *   - ids and other text: `const char* const*`, NUL-terminated UTF-8 (bytes,
 *     compared exactly); ids are non-empty and unique per kind;
 *   - dates: `const int32_t*`, days since 1970-01-01 in years 1..9999, or
 *     RELANCE_NO_DATE where a column says "or none";
 *   - amounts: `const int64_t*`, minor units of the row's currency (1250 is
 *     12.50 EUR, 1250 JPY is 1250 yen). Items are > 0, credit notes < 0;
 *     payments, allocations, write-offs and disputed amounts are > 0;
 *   - currencies: `const char* const*`, one ISO 4217 code per row ("EUR");
 *   - kinds and sources: `const int32_t*` holding the pinned constants below.
 * An optional column may be NULL, meaning "none" for every row; in an
 * optional text column a NULL entry is none too. A required column may be
 * NULL only when count is 0. The arrays need only live for the call: the
 * ledger copies what it keeps.
 *
 * Errors of bulk calls. Every row is checked before anything changes; a
 * failed call changes nothing (all or nothing). A message about one row
 * names it as "row N: " (N the 0-based index into the arrays) and the id:
 *   relance_ledger_add_items: row 3: ...
 * INVALID_ARGUMENT: a NULL required column or entry, a date outside years
 * 1..9999 (RELANCE_NO_DATE included, in a column that allows no "none"), a
 * kind or source not listed, and the rules of ledger.h (empty id, sign of an amount, dates out
 * of order, an allocation or write-off beyond what is open, ...);
 * NOT_FOUND: an unknown currency code, customer, item or payment;
 * ALREADY_EXISTS: a duplicate id; CURRENCY_MISMATCH: an allocation across
 * currencies; OVERFLOW: the ledger's volume (sum of the absolute amounts of
 * its items and payments) past int64; OUT_OF_MEMORY.
 *
 * Thread safety: a relance_ledger is used by one thread at a time for
 * mutations (the functions taking a `relance_ledger*`); the functions taking
 * a `const relance_ledger*` may run concurrently with each other, never with
 * a mutation. Result handles (statement lists, aging reports) are immutable
 * and independent of the ledger: they may be shared by threads and outlive
 * it. */
typedef struct relance_ledger relance_ledger;

/* No date: an absent due date, a dispute not cleared, an allocation not
 * reversed. */
#define RELANCE_NO_DATE INT32_MIN
/* No amount: a customer without a credit limit. */
#define RELANCE_NO_AMOUNT INT64_MIN

/* Item kinds (pinned; they cross as int32_t). */
typedef enum relance_item_kind {
  RELANCE_ITEM_INVOICE = 0,
  RELANCE_ITEM_INSTALLMENT = 1, /* one due date of an invoice */
  RELANCE_ITEM_DEBIT_NOTE = 2,
  RELANCE_ITEM_FEE = 3,
  RELANCE_ITEM_INTEREST = 4,    /* late-payment interest charged */
  RELANCE_ITEM_CREDIT_NOTE = 5  /* amount < 0 */
} relance_item_kind;

/* What an allocation applies (pinned; crosses as int32_t). */
typedef enum relance_allocation_source {
  RELANCE_ALLOCATION_FROM_PAYMENT = 0,
  RELANCE_ALLOCATION_FROM_CREDIT_NOTE = 1
} relance_allocation_source;

/* A new, empty ledger; release it with relance_ledger_destroy.
 * Errors: INVALID_ARGUMENT (NULL out); OUT_OF_MEMORY. */
RELANCE_API relance_status relance_ledger_create(relance_ledger** out);

/* Releases a ledger; NULL is allowed. Result handles made from it stay
 * valid. */
RELANCE_API void relance_ledger_destroy(relance_ledger* ledger);

/* Adds customers. Required: ids. Optional: names, segments; credit limits
 * as `credit_limits` (minor units, >= 0, or RELANCE_NO_AMOUNT for none)
 * with `credit_limit_currencies` (required with credit_limits; the entry of
 * a row without a limit is ignored and may be NULL); default payment
 * `terms` in the text form of payment_terms.h ("net 30", ""/NULL for none),
 * which give a due date to the customer's items added without one.
 * Errors: see "Errors of bulk calls"; PARSE or INVALID_ARGUMENT for terms
 * that do not parse (with the row). */
RELANCE_API relance_status relance_ledger_add_customers(
    relance_ledger* ledger, size_t count, const char* const* ids,
    const char* const* names, const char* const* segments,
    const int64_t* credit_limits, const char* const* credit_limit_currencies,
    const char* const* terms);

/* Adds open items. Required: ids, customer_ids (existing customers),
 * document_dates, amounts, currencies. Optional: kinds (relance_item_kind;
 * NULL: all invoices), due_dates (RELANCE_NO_DATE or NULL: from the
 * customer's default terms when they have one installment, else none: the
 * item ages from its document date), references, open_amounts (the open
 * amount on entry, for a book loaded from an open-items export: the settled
 * part is recorded as settled on the document date).
 * Errors: see "Errors of bulk calls". */
RELANCE_API relance_status relance_ledger_add_items(
    relance_ledger* ledger, size_t count, const char* const* ids,
    const char* const* customer_ids, const int32_t* kinds,
    const int32_t* document_dates, const int32_t* due_dates,
    const int64_t* amounts, const char* const* currencies,
    const char* const* references, const int64_t* open_amounts);

/* Adds payments received. Required: ids, customer_ids, value_dates,
 * amounts (> 0), currencies. Optional: references (matched against item
 * ids and references by relance_ledger_auto_match).
 * Errors: see "Errors of bulk calls". */
RELANCE_API relance_status relance_ledger_add_payments(
    relance_ledger* ledger, size_t count, const char* const* ids,
    const char* const* customer_ids, const int32_t* value_dates,
    const int64_t* amounts, const char* const* currencies,
    const char* const* references);

/* Records allocations: `amounts[i]` of payment or credit note
 * `source_ids[i]` applied to debit item `item_ids[i]` (same customer and
 * currency), effective on `dates[i]` (on or after both documents' dates).
 * Optional: sources (relance_allocation_source; NULL: all payments). No
 * allocation may exceed what is open on the item or unapplied on the source
 * on its date or any later date. Allocations are numbered densely from 0 in
 * the order they are recorded; *out_first_index receives the index of the
 * first new one (the others follow in row order; with count 0, the next
 * index). Errors: see "Errors of bulk calls". */
RELANCE_API relance_status relance_ledger_add_allocations(
    relance_ledger* ledger, size_t count, const int32_t* sources,
    const char* const* source_ids, const char* const* item_ids,
    const int64_t* amounts, const int32_t* dates, int64_t* out_first_index);

/* Reverses allocation `index` (un-matching) effective on `date`, on or
 * after the allocation's date: from then on it no longer counts.
 * Errors: INVALID_ARGUMENT (NULL, a date outside years 1..9999, already
 * reversed, a date before the allocation's); NOT_FOUND (index). */
RELANCE_API relance_status relance_ledger_reverse_allocation(
    relance_ledger* ledger, int64_t index, int32_t date);

/* Writes `amounts[i]` (> 0) off debit item `item_ids[i]` on `dates[i]`.
 * Optional: reasons (shown on statements). Errors: see "Errors of bulk
 * calls" (a credit note, more than is open on the date or later, a date
 * before the document date). */
RELANCE_API relance_status relance_ledger_add_write_offs(
    relance_ledger* ledger, size_t count, const char* const* item_ids,
    const int64_t* amounts, const int32_t* dates, const char* const* reasons);

/* Records disputed amounts (> 0, at most the item's amount) on debit items,
 * raised on `raised[i]` and cleared on `cleared[i]` (excluded; optional:
 * RELANCE_NO_DATE or NULL while still open). As of D the disputed part is
 * min(amount, open amount) when raised <= D < cleared; a later dispute on
 * the same item replaces an earlier one from its raised date on.
 * Errors: see "Errors of bulk calls". */
RELANCE_API relance_status relance_ledger_add_disputes(
    relance_ledger* ledger, size_t count, const char* const* item_ids,
    const int64_t* amounts, const int32_t* raised, const int32_t* cleared);

/* Automatic matching (lettrage automatique) of every payment and credit note
 * with something unapplied, in order of date then insertion, on the same
 * customer's open debit items of the same currency: first an item whose id
 * or reference equals the payment's reference, then an item whose open
 * amount equals the unapplied amount, then items by oldest due date until
 * the payment is used up (ledger.h, Ledger::AutoMatch). *out_count receives
 * the number of allocations made and *out_first_index the index of the
 * first (the others follow; read them with relance_ledger_allocation).
 * Errors: INVALID_ARGUMENT (NULL); OVERFLOW; OUT_OF_MEMORY. On error the
 * ledger is unchanged. */
RELANCE_API relance_status relance_ledger_auto_match(relance_ledger* ledger,
                                                     size_t* out_count,
                                                     int64_t* out_first_index);

/* The numbers of customers, items, payments and allocations (reversed
 * ones included); 0 for NULL. */
RELANCE_API size_t relance_ledger_customer_count(const relance_ledger* ledger);
RELANCE_API size_t relance_ledger_item_count(const relance_ledger* ledger);
RELANCE_API size_t relance_ledger_payment_count(const relance_ledger* ledger);
RELANCE_API size_t relance_ledger_allocation_count(const relance_ledger* ledger);

/* The open amount of item `item_id` as of `as_of` (zero before its document
 * date; negative for a credit note), the unapplied amount of payment
 * `payment_id` (zero before its value date), and the disputed part of item
 * `item_id`, each in the document's currency.
 * Errors: INVALID_ARGUMENT (NULL, date); NOT_FOUND (id). */
RELANCE_API relance_status relance_ledger_open_amount(
    const relance_ledger* ledger, const char* item_id, int32_t as_of,
    relance_money* out);
RELANCE_API relance_status relance_ledger_unapplied(
    const relance_ledger* ledger, const char* payment_id, int32_t as_of,
    relance_money* out);
RELANCE_API relance_status relance_ledger_disputed(
    const relance_ledger* ledger, const char* item_id, int32_t as_of,
    relance_money* out);

/* The balance of customer `customer_id` as of `as_of`, one amount per
 * currency the customer has facts in, sorted by code (zero balances
 * included): open amounts of its items minus unapplied cash. *out_count
 * receives the number of currencies; when `capacity` is smaller, the call
 * returns BUFFER_TOO_SMALL and writes nothing else (`out_balances` may be
 * NULL when capacity is 0, to ask for the count).
 * Errors: INVALID_ARGUMENT; NOT_FOUND; BUFFER_TOO_SMALL. */
RELANCE_API relance_status relance_ledger_balance(
    const relance_ledger* ledger, const char* customer_id, int32_t as_of,
    relance_money* out_balances, size_t capacity, size_t* out_count);

/* The customer's unapplied cash (payments only) per currency, as
 * relance_ledger_balance returns balances. */
RELANCE_API relance_status relance_ledger_unapplied_cash(
    const relance_ledger* ledger, const char* customer_id, int32_t as_of,
    relance_money* out_amounts, size_t capacity, size_t* out_count);

/* An allocation as recorded. */
typedef struct relance_allocation {
  int64_t index;
  int32_t source;        /* a relance_allocation_source */
  int32_t date;          /* effective date */
  int32_t reversed;      /* the reversal's date, or RELANCE_NO_DATE */
  int32_t reserved;      /* 0 */
  relance_money amount;  /* > 0 */
  const char* source_id; /* the payment or credit note (see below) */
  const char* item_id;   /* the debit item settled */
} relance_allocation;

/* Allocation `index`. `source_id` and `item_id` point to per-thread storage
 * valid until the next relance_ledger_allocation call on the same thread
 * (copy them to keep them). Errors: INVALID_ARGUMENT (NULL); NOT_FOUND. */
RELANCE_API relance_status relance_ledger_allocation(
    const relance_ledger* ledger, int64_t index, relance_allocation* out);

/* ------------------------------------------------------------- statements */

/* A customer's statements between two dates: one per currency the customer
 * has facts in, sorted by code, each with an opening balance (as of the day
 * before `from`), dated lines with a running balance, and a closing balance
 * (as of `to`): closing = opening + debits - credits. Immutable. */
typedef struct relance_statement_list relance_statement_list;

/* Kinds of statement lines (pinned). */
typedef enum relance_statement_line_kind {
  RELANCE_STATEMENT_ITEM = 0,       /* an item (debit; credit for a note) */
  RELANCE_STATEMENT_PAYMENT = 1,    /* a payment received (credit) */
  RELANCE_STATEMENT_WRITE_OFF = 2,  /* an amount written off an item */
  RELANCE_STATEMENT_SETTLEMENT = 3  /* a prior settlement (open_amounts) */
} relance_statement_line_kind;

/* One statement's header. Amounts are minor units of `currency`. */
typedef struct relance_statement_info {
  char currency[4];  /* "EUR" and a NUL */
  int32_t from;
  int32_t to;
  int32_t reserved;  /* 0 */
  int64_t opening;
  int64_t closing;
  size_t line_count;
} relance_statement_info;

/* One statement line, in the statement's currency. */
typedef struct relance_statement_line {
  int32_t date;
  int32_t kind;          /* a relance_statement_line_kind */
  const char* id;        /* the item's or payment's id (borrowed) */
  const char* reference; /* its reference, a write-off's reason, or "" */
  int64_t debit;         /* what the line adds to the balance, >= 0 */
  int64_t credit;        /* what it removes, >= 0 */
  int64_t balance;       /* running balance after the line */
} relance_statement_line;

/* The statements of `customer_id` from `from` to `to` (both included), in
 * date order, then items, payments, write-offs. Release with
 * relance_statement_list_destroy. Errors: INVALID_ARGUMENT (NULL, dates,
 * to < from); NOT_FOUND. */
RELANCE_API relance_status relance_ledger_statements(
    const relance_ledger* ledger, const char* customer_id, int32_t from,
    int32_t to, relance_statement_list** out);

/* The number of statements (currencies); 0 for NULL. */
RELANCE_API size_t relance_statement_list_count(
    const relance_statement_list* list);

/* Statement `index`'s header. Errors: INVALID_ARGUMENT (NULL, index >=
 * count). */
RELANCE_API relance_status relance_statement_list_info(
    const relance_statement_list* list, size_t index,
    relance_statement_info* out);

/* Line `line` of statement `index`. The strings are borrowed: valid until
 * the list is destroyed. Errors: INVALID_ARGUMENT (NULL, an index past the
 * counts). */
RELANCE_API relance_status relance_statement_list_line(
    const relance_statement_list* list, size_t index, size_t line,
    relance_statement_line* out);

/* Releases a statement list; NULL is allowed. */
RELANCE_API void relance_statement_list_destroy(relance_statement_list* list);

/* ------------------------------------------------------------------ aging */

/* The aged balance (balance âgée) of a ledger as of a date (aging.h). For
 * every customer and currency with something outstanding, the report has
 * one row of int64 values, in minor units of the row's currency:
 *   age columns  [0] not yet due (basis date on or after as_of), [1..n] the
 *                buckets 1..b1, b1+1..b2, ... days past the basis date,
 *                [n+1] over bn days (n = bound_count; n + 2 age columns);
 *   disputed     the disputed part of debit items, whatever their age;
 *   unapplied    unapplied cash plus open credit notes (<= 0);
 *   balance      = age columns + disputed + unapplied, exactly;
 *   items        the number of items open as of as_of (a count).
 * The basis date is the due date or the document date; an item without a
 * due date ages from its document date. Facts dated after as_of are not
 * applied. Totals are per currency, never summed across currencies.
 * Reports are immutable: any number of threads may read one at once. */
typedef struct relance_aging_report relance_aging_report;

/* Columns after the age columns in every row: disputed, unapplied,
 * balance, items. */
#define RELANCE_AGING_TRAILING_COLUMNS 4
#define RELANCE_AGING_MAX_BOUNDS 16

typedef enum relance_aging_basis {
  RELANCE_AGING_BASIS_DUE_DATE = 0,
  RELANCE_AGING_BASIS_DOCUMENT_DATE = 1
} relance_aging_basis;

/* Aging options. Extensible: `struct_size` comes first and says which
 * fields the caller knows, so later versions may append fields without
 * breaking programs built against this header (fields past struct_size
 * take their defaults). Initialize with relance_aging_options_init, then
 * set the fields. */
typedef struct relance_aging_options {
  size_t struct_size;   /* sizeof(relance_aging_options) */
  int32_t as_of;        /* required; RELANCE_NO_DATE after init */
  int32_t basis;        /* a relance_aging_basis; due date after init */
  int32_t bound_count;  /* 0..RELANCE_AGING_MAX_BOUNDS; 4 after init */
  int32_t bounds[RELANCE_AGING_MAX_BOUNDS]; /* days, strictly increasing,
                                               1..36500; 30, 60, 90, 120 */
} relance_aging_options;

/* Sets the defaults (as_of unset, due-date basis, bounds 30, 60, 90, 120)
 * and struct_size. Pass sizeof(relance_aging_options) as `struct_size`.
 * Errors: INVALID_ARGUMENT (NULL; a struct_size this library does not
 * know: from a header newer than the library, or not a relance header). */
RELANCE_API relance_status relance_aging_options_init(
    relance_aging_options* options, size_t struct_size);

/* The aged balance of `ledger` under `options` as a new report; release it
 * with relance_aging_report_destroy. The report does not refer to the
 * ledger. Errors: INVALID_ARGUMENT (NULL; struct_size; as_of unset or
 * outside years 1..9999; basis; bounds not strictly increasing in
 * 1..36500, bound_count outside 0..16); OUT_OF_MEMORY. */
RELANCE_API relance_status relance_ledger_age(
    const relance_ledger* ledger, const relance_aging_options* options,
    relance_aging_report** out);

/* Releases a report; NULL is allowed. */
RELANCE_API void relance_aging_report_destroy(relance_aging_report* report);

/* The report's options, written into *out, whose struct_size must be set
 * (relance_aging_options_init). Errors: INVALID_ARGUMENT. */
RELANCE_API relance_status relance_aging_report_options(
    const relance_aging_report* report, relance_aging_options* out);

/* The number of rows (customer and currency); 0 for NULL. Rows come in the
 * ledger's storage order; relance_aging_report_sorted_order gives the
 * canonical one. */
RELANCE_API size_t relance_aging_report_row_count(
    const relance_aging_report* report);

/* The number of values per row (age columns + 4), and of age columns
 * (bound_count + 2); 0 for NULL. */
RELANCE_API size_t relance_aging_report_column_count(
    const relance_aging_report* report);
RELANCE_API size_t relance_aging_report_age_column_count(
    const relance_aging_report* report);

/* The name of value column `column` into `buffer` (snprintf semantics, as
 * relance_decimal_format): "not_due", "d1_30", ..., "over_120" for the age
 * columns of the default bounds, then "disputed", "unapplied", "balance",
 * "items". Errors: INVALID_ARGUMENT (NULL, column >= column count);
 * BUFFER_TOO_SMALL. */
RELANCE_API relance_status relance_aging_report_column_name(
    const relance_aging_report* report, size_t column, char* buffer,
    size_t capacity, size_t* out_length);

/* The customer id of row `row`: *out_id points to its NUL-terminated
 * bytes, *out_length is their number (without the NUL). Borrowed: valid
 * until the report is destroyed. The first call on a report copies all its
 * ids once (tens of ms per million rows). Errors: INVALID_ARGUMENT (NULL,
 * row >= row count); OUT_OF_MEMORY. */
RELANCE_API relance_status relance_aging_report_customer_id(
    const relance_aging_report* report, size_t row, const char** out_id,
    size_t* out_length);

/* All customer ids in row order, each followed by a NUL, back to back:
 * *out_chars points to them (borrowed, as relance_aging_report_customer_id)
 * and *out_size is their total size, NULs included (ids contain no NUL).
 * For bindings that read every id at once. Errors: INVALID_ARGUMENT;
 * OUT_OF_MEMORY. */
RELANCE_API relance_status relance_aging_report_customer_ids(
    const relance_aging_report* report, const char** out_chars,
    size_t* out_size);

/* The currency codes of rows first_row .. first_row + row_count - 1 into
 * `out_codes`, 4 bytes per row ("EUR" and a NUL); `capacity` is its size in
 * bytes. Errors: INVALID_ARGUMENT (NULL, rows past the row count);
 * BUFFER_TOO_SMALL (capacity < 4 * row_count; nothing written). */
RELANCE_API relance_status relance_aging_report_currencies(
    const relance_aging_report* report, size_t first_row, size_t row_count,
    char* out_codes, size_t capacity);

/* The values of rows first_row .. first_row + row_count - 1 into
 * `out_values`, row after row, column count values per row (the layout of
 * a C-order row_count x column_count int64 matrix); `capacity` is its
 * number of elements. One copy: fills a numpy array in one call.
 * Errors: INVALID_ARGUMENT (NULL, rows past the row count);
 * BUFFER_TOO_SMALL (capacity < row_count * column count; nothing
 * written). */
RELANCE_API relance_status relance_aging_report_values(
    const relance_aging_report* report, size_t first_row, size_t row_count,
    int64_t* out_values, size_t capacity);

/* The row indexes sorted by customer id (bytes), then currency code, into
 * out_rows[0..row count). Errors: INVALID_ARGUMENT (NULL);
 * BUFFER_TOO_SMALL (capacity < row count; nothing written). */
RELANCE_API relance_status relance_aging_report_sorted_order(
    const relance_aging_report* report, size_t* out_rows, size_t capacity);

/* The number of per-currency totals; 0 for NULL. */
RELANCE_API size_t relance_aging_report_total_count(
    const relance_aging_report* report);

/* Total `index` (sorted by currency code): its currency (4 bytes, "EUR" and
 * a NUL) and its column count values, the column sums of the rows in that
 * currency (items included). Errors: INVALID_ARGUMENT (NULL, index >=
 * total count); BUFFER_TOO_SMALL (capacity < column count; nothing
 * written). */
RELANCE_API relance_status relance_aging_report_total(
    const relance_aging_report* report, size_t index, char* out_currency,
    int64_t* out_values, size_t capacity);

/* The report of the union of two books with disjoint customers (a book
 * split across workers), as a new report; equal to the report of the whole
 * book. Errors: INVALID_ARGUMENT (NULL; options that differ; a customer id
 * in both, named in the message); OUT_OF_MEMORY. */
RELANCE_API relance_status relance_aging_report_merge(
    const relance_aging_report* a, const relance_aging_report* b,
    relance_aging_report** out);

/* *out_equal = 1 when the reports have the same options and the same rows
 * (in any order) with the same values, else 0. Errors: INVALID_ARGUMENT. */
RELANCE_API relance_status relance_aging_report_equal(
    const relance_aging_report* a, const relance_aging_report* b,
    int32_t* out_equal);

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* RELANCE_H_ */
