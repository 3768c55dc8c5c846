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

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* RELANCE_H_ */
