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
 * once. The error message is per thread. Handles (relance_calendar,
 * relance_terms, relance_rate_table and the result handles) are immutable
 * once created, so they may be shared by threads too; a handle must not be
 * used after it is destroyed. Structs the caller fills in (such as
 * relance_late_interest_request) are only read during the call that takes
 * them. (Mutable handles that later versions add are used by one thread at
 * a time, except for const access.)
 *
 * Enumerations
 * ------------
 * Every enum value is pinned: it never changes, new values are only added.
 * Functions take enums by value; structs and out_* arguments carry them as
 * int32_t. A value outside the listed ones is INVALID_ARGUMENT.
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

/* ---------------------------------------------------------- jurisdictions */

/* Which law a rule is read under: the EU Late Payment Directive or French
 * law. It selects the legal check of payment terms and the statutory
 * late-payment rate (reference rate + 8 or + 10 points). */
typedef enum relance_jurisdiction {
  RELANCE_JURISDICTION_EU = 0, /* Directive 2011/7/EU */
  RELANCE_JURISDICTION_FR = 1  /* Code de commerce L441-10, D441-5 */
} relance_jurisdiction;

/* "EU" or "FR": a static string; "INVALID" for any other value. Never NULL. */
RELANCE_API const char* relance_jurisdiction_name(
    relance_jurisdiction jurisdiction);

/* Parses "EU" or "FR" in any letter case (the `length` bytes at `text`) into
 * *out, a relance_jurisdiction value. Errors: INVALID_ARGUMENT (NULL text
 * with length > 0, NULL out, any other text: the message lists the accepted
 * names). */
RELANCE_API relance_status relance_jurisdiction_parse(const char* text,
                                                      size_t length,
                                                      int32_t* out);

/* ------------------------------------------------------------- day counts */

/* Day-count conventions: the days of a period and its exact year fraction.
 * With days = actual days from start to end:
 *   ACT/365F      days / 365 (the usual French practice)
 *   ACT/360       days / 360
 *   ACT/ACT-ISDA  days falling in leap years / 366 + the others / 365, the
 *                 period running from start included to end excluded
 *   30/360        ISDA 2006 4.16(f) bond basis: D1 = 31 -> 30; D2 = 31 ->
 *                 30 when D1 is 30; no end-of-February rule
 *   30E/360       ISDA 2006 4.16(g) Eurobond basis: D1, D2 = 31 -> 30
 * A period with end < start has the negated fraction of end -> start. */
typedef enum relance_day_count {
  RELANCE_DAY_COUNT_ACT_365F = 0,
  RELANCE_DAY_COUNT_ACT_360 = 1,
  RELANCE_DAY_COUNT_ACT_ACT_ISDA = 2,
  RELANCE_DAY_COUNT_30_360 = 3,
  RELANCE_DAY_COUNT_30E_360 = 4
} relance_day_count;

/* "ACT/365F", "ACT/360", "ACT/ACT-ISDA", "30/360" or "30E/360": a static
 * string; "INVALID" for any other value. Never NULL. */
RELANCE_API const char* relance_day_count_name(relance_day_count convention);

/* Parses exactly the names relance_day_count_name gives (case-sensitive)
 * into *out, a relance_day_count value. Errors: INVALID_ARGUMENT (NULL text
 * with length > 0, NULL out, an unknown name: the message lists them). */
RELANCE_API relance_status relance_day_count_parse(const char* text,
                                                   size_t length,
                                                   int32_t* out);

/* *out_days = the days from `start` to `end` counted by the convention
 * (actual days under the ACT ones), negative when end < start.
 * Errors: INVALID_ARGUMENT (convention, a date, NULL out_days). */
RELANCE_API relance_status relance_day_count_days(relance_day_count convention,
                                                  int32_t start, int32_t end,
                                                  int64_t* out_days);

/* The exact year fraction of start -> end as a reduced fraction
 * *out_numerator / *out_denominator, denominator > 0, 0/1 for an empty
 * period: ACT/365F 2024-09-15 -> 2024-10-15 is 6/73. Both always fit (the
 * denominators divide 365, 360 or 133590, and |numerator| < 2^31 within
 * years 1..9999). Errors: INVALID_ARGUMENT (convention, a date, NULL
 * out_numerator or out_denominator). */
RELANCE_API relance_status relance_day_count_year_fraction(
    relance_day_count convention, int32_t start, int32_t end,
    int64_t* out_numerator, int64_t* out_denominator);

/* ---------------------------------------------------------- payment terms */

/* Payment terms: when an invoice is due, in how many installments, with
 * which early-payment discount, rolled on which calendar. Terms are created
 * from their one-line text form (see include/relance/payment_terms.h for
 * the full grammar), for invoice date I, EOM(d) the last day of d's month:
 *   "net 30"                 I + 30 days
 *   "eom+45"                 EOM(I) + 45 days   (2025-01-15 -> 2025-03-17)
 *   "45+eom"                 EOM(I + 45 days)   (2025-01-15 -> 2025-03-31)
 *   "day 10 next month"      day 10 of the month after I's
 *   "eom+30 then day 10 next month"
 *   "2% 10, net 30"          2 % off when paid within 10 days
 *   "30%: net 30; 30%: net 60; balance: net 90"   installments
 *   "net 30, following FR"   rolled on a built-in calendar
 *   ""                       silent terms: the statutory 30 days apply
 * Immutable once created: any number of threads may use one at once. */
typedef struct relance_terms relance_terms;

/* Parses the `length` bytes at `text` (no NUL needed; NULL with length 0 is
 * the empty text, silent terms) into new terms; release them with
 * relance_terms_destroy. Errors: INVALID_ARGUMENT (NULL; a value out of
 * range or impossible shares, with the 1-based position); PARSE (the
 * 1-based position and what was expected there); NOT_FOUND (an unknown
 * calendar name). */
RELANCE_API relance_status relance_terms_create(const char* text,
                                                size_t length,
                                                relance_terms** out);

/* Releases terms; NULL is allowed. */
RELANCE_API void relance_terms_destroy(relance_terms* terms);

/* Writes the canonical text of `terms` ("" for silent terms) and a NUL into
 * `buffer` with snprintf semantics; relance_terms_create of that text gives
 * equal terms. Errors: INVALID_ARGUMENT; BUFFER_TOO_SMALL. */
RELANCE_API relance_status relance_terms_format(const relance_terms* terms,
                                                char* buffer, size_t capacity,
                                                size_t* out_length);

/* *out_date = the date by which the whole amount is due for an invoice
 * dated `invoice_date`: the latest installment due date, rolled.
 * Errors: INVALID_ARGUMENT (including a result outside years 1..9999). */
RELANCE_API relance_status relance_terms_final_due_date(
    const relance_terms* terms, int32_t invoice_date, int32_t* out_date);

/* One due date of an invoice and what is due on it. */
typedef struct relance_installment {
  int32_t due_date;          /* after the business-day roll */
  int32_t has_early_payment; /* 1 when the terms have a discount, else 0 */
  relance_money amount;
  /* When has_early_payment is 1; else a date of 0 and zero amounts. */
  int32_t discount_deadline; /* invoice date + discount days, rolled */
  int32_t reserved;          /* 0 */
  relance_money discount;    /* amount x percent / 100, rounded half up */
  relance_money discounted_amount; /* amount - discount, exact */
} relance_installment;

/* The installments of an invoice of `amount` dated `invoice_date`, as a
 * result handle: one for single-due-date terms, one per part (in the
 * terms' order) otherwise. The amounts, in amount's currency, sum exactly
 * to `amount` (percentages split by largest remainder; a negative amount
 * splits as the negation of its absolute value). Silent terms give one
 * installment 30 days after the invoice date. Errors: INVALID_ARGUMENT
 * (NULL, a malformed amount, a fixed share larger than what is left or
 * with more decimals than the currency, a date outside years 1..9999);
 * NOT_FOUND (currency); OVERFLOW. */
typedef struct relance_installment_list relance_installment_list;
RELANCE_API relance_status relance_terms_due_dates(
    const relance_terms* terms, int32_t invoice_date,
    const relance_money* amount, relance_installment_list** out);

/* Number of installments in the list; 0 for NULL. */
RELANCE_API size_t relance_installment_list_count(
    const relance_installment_list* list);

/* Copies the installment at `index` into *out. Errors: INVALID_ARGUMENT
 * (NULL, index >= count). */
RELANCE_API relance_status relance_installment_list_at(
    const relance_installment_list* list, size_t index,
    relance_installment* out);

/* Releases an installment list; NULL is allowed. */
RELANCE_API void relance_installment_list_destroy(
    relance_installment_list* list);

/* Why terms fail the legal check; values pinned. */
typedef enum relance_terms_violation_code {
  /* No terms stated: the statutory 30 days apply (reported so the invoice
   * can state them; not unlawful in itself). */
  RELANCE_TERMS_VIOLATION_SILENT_TERMS = 0,
  /* A due date more than 60 days after the invoice date (EU: any terms;
   * FR: terms that are not an end-of-month stipulation). */
  RELANCE_TERMS_VIOLATION_BEYOND_60_DAYS = 1,
  /* FR end-of-month terms past EOM(I) + 45 days and past 60 days. */
  RELANCE_TERMS_VIOLATION_BEYOND_EOM_THEN_45 = 2,
  /* FR end-of-month terms past EOM(I + 45 days) and past 60 days. */
  RELANCE_TERMS_VIOLATION_BEYOND_45_THEN_EOM = 3
} relance_terms_violation_code;

/* The legal caps on the due dates of an invoice dated I. */
typedef struct relance_terms_caps {
  int32_t cap_60_days; /* I + 60 days */
  /* Under FR, when some rule is an end-of-month stipulation ("eom", "day D
   * next month"), the two readings of 45 days end of month; each has_* is
   * 1 when its cap is present, else 0 with the date 0. */
  int32_t has_cap_eom_then_45;
  int32_t cap_eom_then_45; /* EOM(I) + 45 days */
  int32_t has_cap_45_then_eom;
  int32_t cap_45_then_eom; /* EOM(I + 45 days) */
  int32_t reserved;        /* 0 */
} relance_terms_caps;

/* Checks `terms` for an invoice dated `invoice_date` against the
 * business-to-business rules of `jurisdiction`, as a result handle:
 *   EU  no due date more than 60 days after the invoice date;
 *   FR  at most 60 days, or, for end-of-month stipulations, at most 45 days
 *       end of month, computed both ways and reported separately;
 *   both: silent terms are reported (RELANCE_TERMS_VIOLATION_SILENT_TERMS).
 * A due date on a cap complies. Violations are data, not errors. Errors:
 * INVALID_ARGUMENT (NULL, jurisdiction, invoice_date, a due date or cap
 * outside years 1..9999). */
typedef struct relance_terms_check_result relance_terms_check_result;
RELANCE_API relance_status relance_terms_check(
    const relance_terms* terms, int32_t invoice_date,
    relance_jurisdiction jurisdiction, relance_terms_check_result** out);

/* Copies the caps into *out. Errors: INVALID_ARGUMENT (NULL). */
RELANCE_API relance_status relance_terms_check_result_caps(
    const relance_terms_check_result* result, relance_terms_caps* out);

/* The checked due dates (one per installment, rolled): their number (0 for
 * NULL), and the one at `index`. Errors: INVALID_ARGUMENT (NULL, index >=
 * count). */
RELANCE_API size_t relance_terms_check_result_due_date_count(
    const relance_terms_check_result* result);
RELANCE_API relance_status relance_terms_check_result_due_date_at(
    const relance_terms_check_result* result, size_t index, int32_t* out_date);

/* The violations, 0 when the terms comply (0 for NULL), and the one at
 * `index`: its relance_terms_violation_code, the 0-based index of the
 * installment it is about, and a sentence with the dates and the rule
 * (NUL-terminated, borrowed: valid until the result is destroyed). Errors:
 * INVALID_ARGUMENT (NULL, index >= count). */
RELANCE_API size_t relance_terms_check_result_violation_count(
    const relance_terms_check_result* result);
RELANCE_API relance_status relance_terms_check_result_violation_at(
    const relance_terms_check_result* result, size_t index, int32_t* out_code,
    int32_t* out_installment, const char** out_message);

/* Releases a check result; NULL is allowed. */
RELANCE_API void relance_terms_check_result_destroy(
    relance_terms_check_result* result);

/* ------------------------------------------------------------ rate tables */

/* A reference interest rate by effective date: each change, in percent per
 * year (4.50 means 4.50 %), is in force from its effective date (included)
 * until the next one. relance ships the ECB main refinancing operations
 * (MRO) fixed rate from 2008-10-15 to its 2025-06-11 change to 2.15 %; for
 * later decisions build your own table (for instance from the shipped
 * changes plus the new ones). Immutable once created: any number of threads
 * may use one at once. */
typedef struct relance_rate_table relance_rate_table;

/* A table named `name` (shown in explanations and messages) from `count`
 * changes: effective_dates[i] (strictly increasing) and percents[i] (may be
 * zero or negative). Release it with relance_rate_table_destroy. Errors:
 * INVALID_ARGUMENT (NULL; count 0; a date outside years 1..9999 or not after
 * the previous one, a malformed percent: the message names the index). */
RELANCE_API relance_status relance_rate_table_create(
    const char* name, const int32_t* effective_dates,
    const relance_decimal* percents, size_t count, relance_rate_table** out);

/* A copy of the shipped table, named "ECB MRO". Release it with
 * relance_rate_table_destroy. Errors: INVALID_ARGUMENT (NULL out). */
RELANCE_API relance_status relance_rate_table_create_ecb_mro(
    relance_rate_table** out);

/* Releases a rate table; NULL is allowed. */
RELANCE_API void relance_rate_table_destroy(relance_rate_table* table);

/* *out_name = the table's name (NUL-terminated, borrowed: valid until the
 * table is destroyed). Errors: INVALID_ARGUMENT (NULL). */
RELANCE_API relance_status relance_rate_table_name(
    const relance_rate_table* table, const char** out_name);

/* Number of changes in the table (at least 1); 0 for NULL. */
RELANCE_API size_t relance_rate_table_count(const relance_rate_table* table);

/* The change at `index`, in increasing effective date. Errors:
 * INVALID_ARGUMENT (NULL, index >= count). */
RELANCE_API relance_status relance_rate_table_at(
    const relance_rate_table* table, size_t index, int32_t* out_effective,
    relance_decimal* out_percent);

/* *out_percent = the rate in force on `day`: that of the latest change
 * effective on or before it. Errors: INVALID_ARGUMENT (NULL, day);
 * NOT_FOUND (`day` is before the first change: the message gives it). */
RELANCE_API relance_status relance_rate_table_rate_on(
    const relance_rate_table* table, int32_t day, relance_decimal* out_percent);

/* *out_percent = the statutory late-payment rate, in percent per year, for
 * a late day `day`: the rate of `reference` in force on the first day of
 * day's half-year (1 January or 1 July) plus 8 (EU) or 10 (FR) points,
 * exactly. `reference` NULL means the shipped ECB MRO table (see
 * relance_rate_table_create_ecb_mro). FR: H2 2024 14.25, H1 2025 13.15.
 * Errors: INVALID_ARGUMENT (jurisdiction, day, NULL out_percent); NOT_FOUND
 * (the table has no rate on that half-year start); OVERFLOW. */
RELANCE_API relance_status relance_jurisdiction_statutory_rate(
    relance_jurisdiction jurisdiction, int32_t day,
    const relance_rate_table* reference, relance_decimal* out_percent);

/* ----------------------------------------------------- late-payment interest */

/* Late-payment interest (penalites de retard) and the fixed recovery
 * compensation of one invoice, computed exactly and explained line by line
 * (see include/relance/late_interest.h).
 *
 * Days: interest runs from the day after due_date + grace_days up to and
 * including `through`; due 2024-09-15, paid 2024-10-15 is 30 days. When
 * `through` is on or before due_date + grace_days the invoice is not late:
 * zero interest, no compensation, no segment.
 * Segments (start, end]: a new one begins after each balance change (the
 * change date itself still bears interest on the old balance) and, under
 * RELANCE_RATE_SELECTION_PER_HALF_YEAR, after each 30 June and 31 December.
 * Each segment's exact amount is base x percent / 100 x year fraction.
 * Rounding: under RELANCE_ROUNDING_POINT_ON_TOTAL the exact amounts are
 * summed and rounded once, in `rounding`, to the currency's minor unit;
 * under PER_SEGMENT each segment is rounded once and the results summed.
 * Compensation: once for a late invoice; by default 40 EUR under a
 * statutory rate (which then needs a EUR amount), zero for a contractual
 * rate.
 *
 *   invoice 10,000.00 EUR due 2024-09-15 paid 2024-10-15, FR statutory,
 *   ACT/365F: 10000 x 14.25 % x 30/365 = 8550/73 = 117.1232... -> interest
 *   117.12, compensation 40.00, total 157.12. */

/* Where the annual rate comes from; values pinned. */
typedef enum relance_rate_kind {
  /* The EU or FR statutory rate (relance_jurisdiction_statutory_rate) over
   * `reference`, or the shipped ECB MRO table when it is NULL. */
  RELANCE_RATE_STATUTORY = 0,
  /* A fixed contractual rate, `fixed_percent` per year. */
  RELANCE_RATE_FIXED = 1,
  /* The rate of `reference` on the half-year start plus `margin_points`. */
  RELANCE_RATE_REFERENCE_PLUS_MARGIN = 2
} relance_rate_kind;

/* Which half-year's rate applies; values pinned. */
typedef enum relance_rate_selection {
  /* Each half-year its own rate; segments split on 30 June, 31 December. */
  RELANCE_RATE_SELECTION_PER_HALF_YEAR = 0,
  /* The due date's half-year rate for the whole period. */
  RELANCE_RATE_SELECTION_DUE_DATE_HALF_YEAR = 1
} relance_rate_selection;

/* Where rounding happens; values pinned. */
typedef enum relance_rounding_point {
  RELANCE_ROUNDING_POINT_ON_TOTAL = 0,   /* sum exactly, round once */
  RELANCE_ROUNDING_POINT_PER_SEGMENT = 1 /* round each segment, then sum */
} relance_rounding_point;

/* What to compute. An extensible struct: always prepare it with
 * relance_late_interest_request_init(&request, sizeof request), which sets
 * struct_size and every default, then set the fields you need. A later
 * version may append fields; it then reads only the first struct_size bytes
 * (fields past them keep their defaults), and this version accepts a larger
 * struct whose extra bytes are all zero (every appended field defaults to
 * zero bytes), so programs and libraries of different versions keep
 * working together. struct_size is at most 1024. Fields a rate kind does
 * not use are ignored. */
typedef struct relance_late_interest_request {
  uint32_t struct_size; /* set by relance_late_interest_request_init */
  int32_t reserved;     /* must be 0 */
  relance_money amount; /* outstanding on the due date, >= 0 */
  int32_t due_date;
  int32_t through;      /* last day counted: payment date or as-of date */
  /* Partial payments: after balance_dates[i], balance_outstanding[i]
   * remains due (>= 0, amount's currency). Dates strictly increasing, none
   * before the due date; changes on or after `through` change nothing.
   * Both may be NULL when balance_count is 0. Default: none. */
  size_t balance_count;
  const int32_t* balance_dates;
  const relance_money* balance_outstanding;
  int32_t rate_kind;    /* relance_rate_kind; default STATUTORY */
  int32_t jurisdiction; /* STATUTORY: relance_jurisdiction; default FR */
  /* STATUTORY: NULL (default) for the shipped ECB MRO table, or a table;
   * REFERENCE_PLUS_MARGIN: required. Only read during the call. */
  const relance_rate_table* reference;
  relance_decimal fixed_percent; /* FIXED: percent per year (12.5) */
  relance_decimal margin_points; /* REFERENCE_PLUS_MARGIN: points (10) */
  int32_t selection;      /* relance_rate_selection; default PER_HALF_YEAR */
  int32_t day_count;      /* relance_day_count; default ACT_365F */
  int32_t grace_days;     /* >= 0, shifts the first day; default 0 */
  int32_t rounding;       /* relance_rounding; default HALF_UP */
  int32_t rounding_point; /* relance_rounding_point; default ON_TOTAL */
  /* 0 (default): the default compensation; 1: `compensation` as given
   * (>= 0, amount's currency). */
  int32_t has_compensation;
  relance_money compensation;
} relance_late_interest_request;

/* Fills the first `struct_size` bytes of *request with the defaults above
 * (amount 0 EUR, dates 0, no balance changes, FR statutory rate over the
 * shipped table, per half-year, ACT/365F, no grace days, HALF_UP once on
 * the total, default compensation; bytes past the fields this version knows
 * are zeroed) and sets struct_size. Pass sizeof *request: the size is an
 * argument because the library cannot know which version of the struct
 * the caller was compiled with. Errors: INVALID_ARGUMENT (NULL; struct_size
 * smaller than this version's struct or above 1024). */
RELANCE_API relance_status relance_late_interest_request_init(
    relance_late_interest_request* request, size_t struct_size);

/* The result of a computation: an immutable result handle. */
typedef struct relance_late_interest_result relance_late_interest_result;

/* Computes late interest and compensation for `request` into a new result
 * handle; release it with relance_late_interest_result_destroy.
 * Errors: INVALID_ARGUMENT (NULL request or out; struct_size smaller than
 * this version's struct or above 1024, or extra bytes not zero; `reserved`; an enum value
 * out of range; NULL arrays with balance_count > 0; a malformed amount or
 * decimal; a date outside years 1..9999; a negative amount, balance, grace
 * days, compensation or applied rate; balance changes out of order or
 * before the due date; REFERENCE_PLUS_MARGIN without a table -- the message
 * names the field); CURRENCY_MISMATCH (a balance or compensation in
 * another currency; the default 40 EUR compensation for a non-EUR amount);
 * NOT_FOUND (a currency; a table without a rate for a half-year); INEXACT
 * (ROUND_EXACT and interest that is not a whole number of minor units);
 * OVERFLOW (including results beyond int64 minor units). */
RELANCE_API relance_status relance_late_interest_compute(
    const relance_late_interest_request* request,
    relance_late_interest_result** out);

/* Releases a result; NULL is allowed. */
RELANCE_API void relance_late_interest_result_destroy(
    relance_late_interest_result* result);

/* The totals of a result. */
typedef struct relance_late_interest_totals {
  int32_t late; /* 1 when at least one day bore interest on a nonzero base */
  /* 1 when exact_interest is the exact sum; 0 when it does not terminate
   * within 18 places and is shown rounded half-even (for reading only:
   * `interest` is always rounded from the exact ratio). */
  int32_t exact_interest_is_exact;
  relance_money interest;     /* rounded per the request */
  relance_money compensation; /* zero when not late */
  relance_money total;        /* interest + compensation */
  relance_decimal exact_interest;
  /* The exact interest as a reduced fraction "8550/73" (NUL-terminated,
   * borrowed: valid until the result is destroyed). */
  const char* exact_interest_ratio;
} relance_late_interest_totals;

/* Copies the totals into *out. Errors: INVALID_ARGUMENT (NULL). */
RELANCE_API relance_status relance_late_interest_result_totals(
    const relance_late_interest_result* result,
    relance_late_interest_totals* out);

/* One line of the explanation: interest after `start` through `end`. */
typedef struct relance_late_interest_segment {
  int32_t start;     /* excluded: interest from the day after */
  int32_t end;       /* included */
  int32_t days;      /* actual days */
  int32_t day_count; /* relance_day_count */
  int64_t basis_days; /* days counted by the convention (30/360 differs) */
  relance_money base; /* outstanding during the segment */
  relance_decimal percent; /* annual rate in percent */
  int64_t year_fraction_numerator; /* reduced, denominator > 0 */
  int64_t year_fraction_denominator;
  /* base x percent / 100 x year fraction: exact when amount_is_exact is 1,
   * else rounded half-even to 18 places (or fewer, within 38 digits). */
  relance_decimal amount;
  int32_t amount_is_exact;
  int32_t reserved; /* 0 */
  /* The exact amount as a reduced fraction "n/d" (NUL-terminated,
   * borrowed: valid until the result is destroyed). */
  const char* exact_ratio;
  /* This segment alone rounded once in the request's mode (half-even when
   * that is ROUND_EXACT and the segment is inexact, under ON_TOTAL). */
  relance_money rounded;
} relance_late_interest_segment;

/* Number of segments (0 when not late, and for NULL), and a copy of the
 * one at `index`. Errors: INVALID_ARGUMENT (NULL, index >= count). */
RELANCE_API size_t relance_late_interest_result_segment_count(
    const relance_late_interest_result* result);
RELANCE_API relance_status relance_late_interest_result_segment_at(
    const relance_late_interest_result* result, size_t index,
    relance_late_interest_segment* out);

/* Writes the explanation, one line per segment, then the interest,
 * compensation and total lines, each ending in '\n', and a NUL into
 * `buffer` with snprintf semantics:
 *   after 2024-09-15 through 2024-10-15 (30 days): 10000.00 EUR x 14.25 %
 *   x 30/365 (ACT/365F) = 117.123287671232876712 (rounded to 18 places)
 *   interest: 117.12 EUR (exact 8550/73 = 117.123287671232876712...;
 *   ROUND_HALF_UP once on the total)
 *   compensation: 40.00 EUR
 *   total: 157.12 EUR
 * (segment and interest lines wrapped here). Errors: INVALID_ARGUMENT;
 * BUFFER_TOO_SMALL. */
RELANCE_API relance_status relance_late_interest_result_format(
    const relance_late_interest_result* result, char* buffer, size_t capacity,
    size_t* out_length);

/* Checks a contractual late-payment rate against the French floor (Code de
 * commerce L441-10): at least 3 x the legal interest rate (taux d'interet
 * legal, which the caller supplies for the half-year), both in percent per
 * year; equal to the floor complies. Writes *out_compliant (1 or 0),
 * *out_minimum_percent (3 x legal) and a sentence with the numbers into
 * `explanation` with snprintf semantics (`explanation` may be NULL when
 * capacity is 0). On BUFFER_TOO_SMALL only the buffer and *out_length are
 * written. Errors: INVALID_ARGUMENT (NULL, a malformed or negative rate);
 * OVERFLOW; BUFFER_TOO_SMALL. */
RELANCE_API relance_status relance_contractual_rate_check(
    const relance_decimal* contractual_percent,
    const relance_decimal* legal_interest_percent, int32_t* out_compliant,
    relance_decimal* out_minimum_percent, char* explanation, size_t capacity,
    size_t* out_length);

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
 * Allocations and write-offs that exceed what is open only together name
 * the row that tips the amount over (relance_ledger_add_allocations).
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
 * index). Errors: see "Errors of bulk calls". Rows are taken in order, as
 * if added one at a time: the error names the first row that cannot be
 * added after the rows before it, either wrong on its own or, with the rows
 * before it, taking an item's, payment's or credit note's amount out of
 * bounds at the end of some date (it may fit alone: it is the row that tips
 * the amount over; of its item and source, the item is named). The message
 * gives the row's amount and date, the id, the first date the bound is
 * broken, the amount then with and without the row, and the document's
 * amount:
 *   relance_ledger_add_allocations: row 1: allocation of 600.00 EUR on
 *   2025-02-02 takes more than is open: item "F1" would have an open amount
 *   of -200.00 EUR on 2025-02-02 (400.00 EUR open on that date before this
 *   row; amount 1000.00 EUR) */
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
 * before the document date); the row named as for
 * relance_ledger_add_allocations. */
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

/* Aging options. An extensible struct, like relance_late_interest_request:
 * prepare it with relance_aging_options_init(&options, sizeof options),
 * which sets struct_size and the defaults, then set the fields you need. A
 * later version may append fields; it then reads only the first struct_size
 * bytes (fields past them keep their defaults), and this version accepts a
 * larger struct whose extra bytes are all zero, so programs and libraries
 * of different versions keep working together. A struct is one call and
 * lives on the caller's stack (no handle to create and release, no call
 * per field). */
typedef struct relance_aging_options {
  uint32_t struct_size; /* set by relance_aging_options_init */
  int32_t reserved;     /* must be 0 */
  int32_t as_of;        /* required; RELANCE_NO_DATE after init */
  int32_t basis;        /* a relance_aging_basis; due date after init */
  int32_t bound_count;  /* 0..RELANCE_AGING_MAX_BOUNDS; 4 after init */
  int32_t bounds[RELANCE_AGING_MAX_BOUNDS]; /* days, strictly increasing,
                                               1..36500; 30, 60, 90, 120 */
} relance_aging_options;

/* Fills the first `struct_size` bytes of *options with the defaults (as_of
 * unset, due-date basis, bounds 30, 60, 90, 120; bytes past the fields this
 * version knows are zeroed) and sets struct_size. Pass sizeof *options.
 * Errors: INVALID_ARGUMENT (NULL; struct_size smaller than this version's
 * struct or above 1024). */
RELANCE_API relance_status relance_aging_options_init(
    relance_aging_options* options, size_t struct_size);

/* The aged balance of `ledger` under `options` as a new report; release it
 * with relance_aging_report_destroy. The report does not refer to the
 * ledger. Errors: INVALID_ARGUMENT (NULL; struct_size smaller than this
 * version's struct or above 1024, or extra bytes not zero; `reserved`;
 * as_of unset or outside years 1..9999; basis; bounds not strictly
 * increasing in 1..36500, bound_count outside 0..16); OUT_OF_MEMORY. */
RELANCE_API relance_status relance_ledger_age(
    const relance_ledger* ledger, const relance_aging_options* options,
    relance_aging_report** out);

/* Releases a report; NULL is allowed. */
RELANCE_API void relance_aging_report_destroy(relance_aging_report* report);

/* The report's options, written into the fields this version knows of
 * *out, prepared by relance_aging_options_init (its struct_size is checked
 * as relance_ledger_age checks it). Errors: INVALID_ARGUMENT. */
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

/* ------------------------------------------------- late interest of a ledger */

/* Late-payment interest and recovery compensation owed on every late item
 * of a ledger as of a date (include/relance/ledger_interest.h): for each
 * invoice, installment or debit note (not fees, interest items or credit
 * notes) whose due date (document date + 30 days when it has none) is
 * before `as_of`, interest on its open amount from the day after the due
 * date, stepping down at each payment, credit note or write-off, up to the
 * day it was settled or `as_of`. Items settled on time are left out.
 * An immutable result handle: any number of threads may read one at once. */
typedef struct relance_ledger_interest relance_ledger_interest;

/* Computes it. `settings` is a relance_late_interest_request prepared with
 * relance_late_interest_request_init; only its rate (rate_kind,
 * jurisdiction, reference, fixed_percent, margin_points), selection,
 * day_count, grace_days, rounding, rounding_point and compensation fields
 * are read (amount, dates and balances are the ledger's). Compensation:
 * has_compensation 0 gives the statutory 40 EUR per late EUR item under a
 * statutory rate (other currencies get none: the directive fixes it in
 * euros) and none under a contractual rate; has_compensation 1 with a zero
 * amount gives none; with a nonzero amount, that amount (read as a decimal
 * at its currency's minor units, e.g. 15.00) per late item, in each item's
 * own currency. `customer_id` NULL or "" means every customer. Errors:
 * INVALID_ARGUMENT (NULL ledger, settings or out; a bad setting, named);
 * NOT_FOUND (an unknown customer; a half-year without a reference rate);
 * INEXACT (a compensation with more decimals than an item's currency);
 * OVERFLOW. */
RELANCE_API relance_status relance_ledger_late_interest(
    const relance_ledger* ledger, int32_t as_of,
    const relance_late_interest_request* settings, const char* customer_id,
    relance_ledger_interest** out);

/* Releases a report; NULL is allowed. */
RELANCE_API void relance_ledger_interest_destroy(relance_ledger_interest* report);

/* One late item. The strings and `result` are borrowed: valid until the
 * report is destroyed. `result` reads with the relance_late_interest_result
 * accessors (totals, segments, explanation); do not destroy it. */
typedef struct relance_ledger_interest_item {
  const char* item_id;
  const char* customer_id;
  int32_t due_date;
  int32_t due_date_assumed; /* 1: no due date, document date + 30 days */
  int32_t settled_on;       /* the day its open amount reached zero, or
                               RELANCE_NO_DATE when still open on as_of */
  int32_t reserved;         /* 0 */
  const relance_late_interest_result* result;
} relance_ledger_interest_item;

/* The number of late items (in the ledger's storage order); 0 for NULL. */
RELANCE_API size_t relance_ledger_interest_count(const relance_ledger_interest* report);

/* Copies late item `index` into *out. Errors: INVALID_ARGUMENT (NULL,
 * index >= count). */
RELANCE_API relance_status relance_ledger_interest_at(
    const relance_ledger_interest* report, size_t index,
    relance_ledger_interest_item* out);

/* The number of currencies with late items; 0 for NULL. */
RELANCE_API size_t relance_ledger_interest_total_count(const relance_ledger_interest* report);

/* The sums of currency `index` (sorted by currency code): interest,
 * compensation and their total. Errors: INVALID_ARGUMENT (NULL, index >=
 * count). */
RELANCE_API relance_status relance_ledger_interest_total_at(
    const relance_ledger_interest* report, size_t index, relance_money* out_interest,
    relance_money* out_compensation, relance_money* out_total);

/* ------------------------------------------------------- CSV import/export */

/* A ledger from CSV files (docs/csv-format.md): a directory in the canonical
 * form (customers.csv, items.csv, and optionally payments.csv,
 * allocations.csv, write_offs.csv, disputes.csv), or a single open-items
 * file as ERPs export it (customer_id, item_id, document_date, due_date,
 * currency, amount, open_amount, optional disputed_amount or disputed).
 * Import is strict and all or nothing: every problem is reported with its
 * file, line and column, and no ledger is made if there is any. */

/* Called as each stage of an import starts: what it is ("reading
 * items.csv", "loading items"), the number of stages done and their total.
 * Called on the importing thread; it must return normally. */
typedef void (*relance_progress_fn)(const char* stage, uint64_t done, uint64_t total,
                                    void* user_data);

/* What to import. An extensible struct, like relance_late_interest_request:
 * prepare it with relance_import_options_init(&options, sizeof options). */
typedef struct relance_import_options {
  uint32_t struct_size; /* set by relance_import_options_init */
  int32_t reserved;     /* must be 0 */
  size_t max_errors;    /* problems collected before stopping; >= 1; 100 */
  int32_t threads;      /* parser threads for an open-items file; 0 (default):
                           automatic (at most 8, one for small files) */
  int32_t as_of;        /* open-items files: the export date, after which no
                           item may be dated; RELANCE_NO_DATE (default): none */
  relance_progress_fn progress; /* NULL (default): no progress calls */
  void* progress_user_data;     /* passed to progress */
} relance_import_options;

/* Fills *options with the defaults above and sets struct_size. Errors:
 * INVALID_ARGUMENT (NULL; struct_size smaller than this version's struct or
 * above 1024). */
RELANCE_API relance_status relance_import_options_init(relance_import_options* options,
                                                       size_t struct_size);

/* The problems an import found: an immutable result handle. */
typedef struct relance_import_errors relance_import_errors;

/* One problem: the file's name (without its directory), the 1-based
 * physical line (the header is line 1; 0 for the whole file), the column's
 * header name ("" for a whole row or file), what is wrong, and its status
 * code. Strings are borrowed, valid until the list is destroyed. */
typedef struct relance_import_error {
  const char* file;
  int64_t line;
  const char* column;
  const char* reason;
  int32_t code;     /* a relance_status */
  int32_t reserved; /* 0 */
} relance_import_error;

/* Imports `path` (NUL-terminated; a directory or an open-items file) into a
 * new ledger. `options` may be NULL for the defaults. On success *out is
 * the ledger (release it with relance_ledger_destroy) and *out_errors, when
 * out_errors is not NULL, is NULL. On a problem in the files, *out is NULL,
 * the status is that of the first problem, the last error message sums them
 * up ("3 errors in items.csv, first: items.csv:17: column due_date: ..."),
 * and *out_errors (when not NULL) lists every problem found (up to
 * max_errors) in file then line order; release it with
 * relance_import_errors_destroy. On INVALID_ARGUMENT for the arguments
 * themselves nothing is written. Errors: INVALID_ARGUMENT (NULL path or out;
 * bad options); NOT_FOUND (no such file or directory, or a required file
 * missing); PARSE and the ledger's codes for problems in the files;
 * OUT_OF_MEMORY. */
RELANCE_API relance_status relance_ledger_import(const char* path,
                                                 const relance_import_options* options,
                                                 relance_ledger** out,
                                                 relance_import_errors** out_errors);

/* The number of problems; 0 for NULL. */
RELANCE_API size_t relance_import_errors_count(const relance_import_errors* errors);

/* Copies problem `index` into *out. Errors: INVALID_ARGUMENT (NULL, index >=
 * count). */
RELANCE_API relance_status relance_import_errors_at(const relance_import_errors* errors,
                                                    size_t index, relance_import_error* out);

/* Releases a list of problems; NULL is allowed. */
RELANCE_API void relance_import_errors_destroy(relance_import_errors* errors);

/* Writes the ledger in the canonical form into `directory` (created when
 * missing): all six files, each with its header, rows in insertion order,
 * so that importing the directory gives back the same ledger. Existing
 * files of those names are replaced. Errors: INVALID_ARGUMENT (NULL; a file
 * that cannot be written, named with the system's reason); FAILED_PRECONDITION
 * (a customer's terms roll on a calendar the text form cannot name). */
RELANCE_API relance_status relance_ledger_export(const relance_ledger* ledger,
                                                 const char* directory);
/* ------------------------------------------------------------------- KPIs */

/* Collection KPIs (indicateurs de recouvrement) of a ledger over a period
 * [from, to], both days included (include/relance/kpi.h has every formula;
 * docs/kpis.md explains them). The beginning of the period is the ledger
 * as of from - 1, the end as of `to`; nothing effective after `to` is seen.
 * Every figure is per currency, never summed across currencies, except the
 * retention rate, a count of customers, which is report-wide.
 *
 * A figure is an exact fraction numerator / denominator of exact decimals
 * plus its value, rounded once to the options' scale and rounding mode. A
 * figure whose denominator is zero or negative has no value (status
 * RELANCE_KPI_STATUS_NO_BASE): never a division by zero. Amounts are int64
 * minor units of the figure's currency.
 *
 * Reports over disjoint sets of customers, made with the same options,
 * merge exactly (relance_kpi_report_merge): a book split across workers
 * gives the answer of the whole book. Reports are immutable and do not
 * refer to the ledger: any number of threads may read one at once, and
 * they may outlive the ledger. relance_ledger_kpis only reads the ledger
 * (it may run concurrently with other const queries, never with a
 * mutation). */
typedef struct relance_kpi_report relance_kpi_report;

/* The figures of a report (pinned). All but the last are per currency. */
typedef enum relance_kpi {
  RELANCE_KPI_DSO = 0,
  RELANCE_KPI_COUNTBACK_DSO = 1,
  RELANCE_KPI_BEST_POSSIBLE_DSO = 2,
  RELANCE_KPI_AVERAGE_DAYS_DELINQUENT = 3,
  RELANCE_KPI_COLLECTION_EFFECTIVENESS = 4,
  RELANCE_KPI_AVERAGE_DAYS_TO_PAY = 5,
  RELANCE_KPI_AVERAGE_DAYS_BEYOND_TERMS = 6,
  RELANCE_KPI_RECOVERY_RATE = 7,
  RELANCE_KPI_AVERAGE_COLLECTION_DELAY = 8,
  RELANCE_KPI_WEIGHTED_COLLECTION_DELAY = 9,
  RELANCE_KPI_RETENTION_RATE = 10 /* report-wide, not per currency */
} relance_kpi;

/* The number of relance_kpi values of this version (0 .. count - 1). */
#define RELANCE_KPI_COUNT 11

/* Why a figure has no value (pinned; crosses as int32_t). */
typedef enum relance_kpi_status {
  RELANCE_KPI_STATUS_DEFINED = 0,              /* has a value */
  RELANCE_KPI_STATUS_NO_BASE = 1,              /* denominator <= 0 */
  RELANCE_KPI_STATUS_NEGATIVE_RECEIVABLES = 2, /* countback: credits exceed */
  RELANCE_KPI_STATUS_SALES_EXHAUSTED = 3       /* countback: receivables
                                                  exceed all sales on record */
} relance_kpi_status;

/* The step of the countback DSO (pinned; crosses as int32_t). */
typedef enum relance_kpi_countback_unit {
  RELANCE_KPI_COUNTBACK_MONTHS = 0, /* calendar months back from `to` */
  RELANCE_KPI_COUNTBACK_DAYS = 1
} relance_kpi_countback_unit;

/* Static strings, never NULL, "INVALID" for a value not listed above:
 * relance_kpi_name: a stable snake_case name ("dso", "countback_dso",
 * "best_possible_dso", "average_days_delinquent",
 * "collection_effectiveness", "average_days_to_pay",
 * "average_days_beyond_terms", "recovery_rate", "average_collection_delay",
 * "weighted_collection_delay", "retention_rate") for files and programs;
 * relance_kpi_title: a name for people ("DSO", "Countback DSO", "Best
 * possible DSO", ...); relance_kpi_definition: one line with the formula
 * ("receivables at the end x days in the period / credit sales of the
 * period"), its unit and when it has no value. */
RELANCE_API const char* relance_kpi_name(relance_kpi kpi);
RELANCE_API const char* relance_kpi_title(relance_kpi kpi);
RELANCE_API const char* relance_kpi_definition(relance_kpi kpi);

/* "defined", "no_base", "negative_receivables" or "sales_exhausted" (a
 * relance_kpi_status value); "INVALID" otherwise. Never NULL. */
RELANCE_API const char* relance_kpi_status_name(int32_t status);

/* KPI options: an extensible struct (see relance_aging_options). Prepare
 * it with relance_kpi_options_init(&options, sizeof options), then set
 * from and to. `customers` is only read during relance_ledger_kpis. */
typedef struct relance_kpi_options {
  uint32_t struct_size;       /* set by relance_kpi_options_init */
  int32_t reserved;           /* must be 0 */
  int32_t from;               /* first day of the period; required */
  int32_t to;                 /* last day, >= from; required */
  int32_t scale;              /* decimals of every value, 0..18; 2 */
  int32_t rounding;           /* a relance_rounding but EXACT; HALF_EVEN */
  int32_t countback_unit;     /* a relance_kpi_countback_unit; months */
  int32_t countback_length;   /* units per countback step, 1..1200; 1 */
  int32_t incident_days;      /* N, 0..36500: an item more than N days
                                 late is a payment incident; 30 */
  int32_t retention_window_days; /* W, 1..36500: a purchase within W days
                                    after the incident retains; 180 */
  size_t customer_count;      /* 0: every customer */
  const char* const* customers; /* host ids (NUL-terminated), or NULL
                                   when customer_count is 0 */
} relance_kpi_options;

/* Fills the first `struct_size` bytes of *options with the defaults (from
 * and to RELANCE_NO_DATE, the other defaults above; bytes past the fields
 * this version knows are zeroed) and sets struct_size. Pass sizeof
 * *options. Errors: INVALID_ARGUMENT (NULL; struct_size smaller than this
 * version's struct or above 1024). */
RELANCE_API relance_status relance_kpi_options_init(
    relance_kpi_options* options, size_t struct_size);

/* The KPIs of `ledger` over the options' period as a new report; release
 * it with relance_kpi_report_destroy. Linear in the ledger (a customer list
 * is served from the ledger's index: a few customers cost little).
 * Errors: INVALID_ARGUMENT (NULL; struct_size or extra bytes as
 * relance_ledger_age checks them; `reserved`; from or to unset or outside
 * years 1..9999; to < from; scale outside 0..18; rounding not a
 * relance_rounding or EXACT; countback_unit; countback_length outside
 * 1..1200; incident_days outside 0..36500; retention_window_days outside
 * 1..36500; NULL customers with customer_count > 0, or a NULL entry, named
 * as 'options.customers[i]'); NOT_FOUND (an unknown customer id, named);
 * OVERFLOW (a money-days product past 38 digits); OUT_OF_MEMORY. */
RELANCE_API relance_status relance_ledger_kpis(
    const relance_ledger* ledger, const relance_kpi_options* options,
    relance_kpi_report** out);

/* Releases a report; NULL is allowed. */
RELANCE_API void relance_kpi_report_destroy(relance_kpi_report* report);

/* The report's options, written into the fields this version knows of
 * *out, prepared by relance_kpi_options_init (its struct_size is checked
 * as relance_ledger_kpis checks it). out->customers is borrowed: valid
 * until the report is destroyed (NULL when the report covers every
 * customer). Errors: INVALID_ARGUMENT. */
RELANCE_API relance_status relance_kpi_report_options(
    const relance_kpi_report* report, relance_kpi_options* out);

/* The number of currencies of the report: those in which a selected
 * customer has an item or a payment dated on or before `to`; 0 for NULL. */
RELANCE_API size_t relance_kpi_report_currency_count(
    const relance_kpi_report* report);

/* The code of currency `index` (sorted by code) and a NUL, into 4 bytes.
 * Errors: INVALID_ARGUMENT (NULL, index >= currency count). */
RELANCE_API relance_status relance_kpi_report_currency(
    const relance_kpi_report* report, size_t index, char out_currency[4]);

/* One figure. numerator and denominator are exact and always set; value
 * is numerator / denominator rounded once to the options' scale and
 * rounding mode when has_value is 1, and zero when it is 0. */
typedef struct relance_kpi_figure {
  int32_t status;    /* a relance_kpi_status */
  int32_t has_value; /* 1 when status is RELANCE_KPI_STATUS_DEFINED */
  relance_decimal numerator;
  relance_decimal denominator;
  relance_decimal value;
} relance_kpi_figure;

/* Figure `kpi` of currency `currency_index` (as relance_kpi_report_currency
 * numbers them); currency_index is ignored for RELANCE_KPI_RETENTION_RATE.
 * Errors: INVALID_ARGUMENT (NULL, kpi not a relance_kpi, currency_index >=
 * currency count). */
RELANCE_API relance_status relance_kpi_report_figure(
    const relance_kpi_report* report, size_t currency_index, relance_kpi kpi,
    relance_kpi_figure* out);

/* The amounts behind the figures (pinned), per currency. Debit items are
 * > 0, credit notes and cash < 0 where they reduce receivables:
 *   BEGINNING_* / ENDING_*  receivables as of from - 1 / as of `to`:
 *     BALANCE   what the customers owe: open items - unapplied cash;
 *     CURRENT   open debit items not yet due (due date on or after the day);
 *     PAST_DUE  open debit items past their due date;
 *     CREDITS   open credit notes - unapplied cash (<= 0);
 *               BALANCE = CURRENT + PAST_DUE + CREDITS;
 *     DISPUTED  the disputed part of the open debit items (in the above);
 *   INVOICED            debit items dated in the period (> 0);
 *   CREDIT_NOTES        credit notes dated in the period (<= 0);
 *   CREDIT_SALES        INVOICED + CREDIT_NOTES (the sales of the DSOs);
 *   CASH_RECEIVED       payments with a value date in the period;
 *   WRITTEN_OFF         write-offs dated in the period;
 *   PRIOR_SETTLEMENTS   settlements of an open-items import in the period;
 *                       ENDING_BALANCE = BEGINNING_BALANCE + CREDIT_SALES
 *                       - CASH_RECEIVED - WRITTEN_OFF - PRIOR_SETTLEMENTS;
 *   SETTLED             allocations effective in the period and not
 *                       reversed by `to` (average days to pay / beyond
 *                       terms);
 *   TO_COLLECT, COLLECTED, RECOVERY_WRITTEN_OFF, STILL_OPEN
 *                       the recovery rate's overdue amounts: TO_COLLECT =
 *                       COLLECTED + RECOVERY_WRITTEN_OFF + STILL_OPEN;
 *   PAID_LATE           the amounts of the debit items paid in full in the
 *                       period after their due date;
 *   LATE_PAYMENT_CASH   cash tied up by late payment: ENDING_BALANCE -
 *                       ENDING_CURRENT (= average days delinquent x credit
 *                       sales / days). */
typedef enum relance_kpi_amount {
  RELANCE_KPI_AMOUNT_BEGINNING_BALANCE = 0,
  RELANCE_KPI_AMOUNT_BEGINNING_CURRENT = 1,
  RELANCE_KPI_AMOUNT_BEGINNING_PAST_DUE = 2,
  RELANCE_KPI_AMOUNT_BEGINNING_CREDITS = 3,
  RELANCE_KPI_AMOUNT_BEGINNING_DISPUTED = 4,
  RELANCE_KPI_AMOUNT_ENDING_BALANCE = 5,
  RELANCE_KPI_AMOUNT_ENDING_CURRENT = 6,
  RELANCE_KPI_AMOUNT_ENDING_PAST_DUE = 7,
  RELANCE_KPI_AMOUNT_ENDING_CREDITS = 8,
  RELANCE_KPI_AMOUNT_ENDING_DISPUTED = 9,
  RELANCE_KPI_AMOUNT_INVOICED = 10,
  RELANCE_KPI_AMOUNT_CREDIT_NOTES = 11,
  RELANCE_KPI_AMOUNT_CREDIT_SALES = 12,
  RELANCE_KPI_AMOUNT_CASH_RECEIVED = 13,
  RELANCE_KPI_AMOUNT_WRITTEN_OFF = 14,
  RELANCE_KPI_AMOUNT_PRIOR_SETTLEMENTS = 15,
  RELANCE_KPI_AMOUNT_SETTLED = 16,
  RELANCE_KPI_AMOUNT_TO_COLLECT = 17,
  RELANCE_KPI_AMOUNT_COLLECTED = 18,
  RELANCE_KPI_AMOUNT_RECOVERY_WRITTEN_OFF = 19,
  RELANCE_KPI_AMOUNT_STILL_OPEN = 20,
  RELANCE_KPI_AMOUNT_PAID_LATE = 21,
  RELANCE_KPI_AMOUNT_LATE_PAYMENT_CASH = 22
} relance_kpi_amount;

/* The number of relance_kpi_amount values of this version. */
#define RELANCE_KPI_AMOUNT_COUNT 23

/* The snake_case name of an amount: the enumerator's name after
 * RELANCE_KPI_AMOUNT_, in lower case ("beginning_balance", ...,
 * "late_payment_cash"); "INVALID" for another value. Never NULL. */
RELANCE_API const char* relance_kpi_amount_name(relance_kpi_amount which);

/* *out_units = amount `which` of currency `currency_index`, in minor units
 * of that currency. Errors: INVALID_ARGUMENT (NULL, which not a
 * relance_kpi_amount, currency_index >= currency count); OVERFLOW (an
 * amount past int64, only from a merge of books over int64 together). */
RELANCE_API relance_status relance_kpi_report_amount(
    const relance_kpi_report* report, size_t currency_index,
    relance_kpi_amount which, int64_t* out_units);

/* The credit sales of the countback steps of currency `currency_index`,
 * in minor units: out_units[k] is step k + 1's, from the step ending on
 * `to` back to the step of the oldest item on record. *out_count receives
 * the number of steps; when `capacity` is smaller the call returns
 * BUFFER_TOO_SMALL and writes nothing else (out_units may be NULL when
 * capacity is 0, to ask for the count). Errors: INVALID_ARGUMENT (NULL,
 * currency_index >= currency count); BUFFER_TOO_SMALL; OVERFLOW. */
RELANCE_API relance_status relance_kpi_report_countback_sales(
    const relance_kpi_report* report, size_t currency_index,
    int64_t* out_units, size_t capacity, size_t* out_count);

/* Customers with a payment incident in the period (report-wide): an item
 * paid, written off or still open more than incident_days after its due
 * date, with the incident day (due + incident_days + 1) in the period.
 * retained: bought again (an invoice, installment or debit note) within
 * retention_window_days after its first incident; lost: did not, and the
 * window ended by `to`; undecided: the window is not over. The rate is
 * relance_kpi_report_figure(RELANCE_KPI_RETENTION_RATE): retained x 100 /
 * (retained + lost). */
typedef struct relance_kpi_retention {
  int64_t customers_with_incident; /* retained + lost + undecided */
  int64_t retained;
  int64_t lost;
  int64_t undecided;
} relance_kpi_retention;

/* The report's retention counts. Errors: INVALID_ARGUMENT (NULL). */
RELANCE_API relance_status relance_kpi_report_retention(
    const relance_kpi_report* report, relance_kpi_retention* out);

/* The report of the union of two books with disjoint customers (a book
 * split across workers), as a new report: every figure is a ratio of sums,
 * and the reports keep the sums, so the merge equals the report of the
 * whole book. The options must be equal but for the customer lists, which
 * are concatenated (empty when either is empty: "every customer").
 * Disjointness is checked only between two customer lists.
 * Errors: INVALID_ARGUMENT (NULL; options that differ; a customer id in
 * both lists, named); OVERFLOW; OUT_OF_MEMORY. */
RELANCE_API relance_status relance_kpi_report_merge(
    const relance_kpi_report* a, const relance_kpi_report* b,
    relance_kpi_report** out);

/* *out_equal = 1 when the reports have the same options (customer lists
 * included, in order) and the same amounts, counts and figures, else 0.
 * Errors: INVALID_ARGUMENT (NULL). */
RELANCE_API relance_status relance_kpi_report_equal(
    const relance_kpi_report* a, const relance_kpi_report* b,
    int32_t* out_equal);

/* ------------------------------------------------------------- roll rates */

/* The roll-rate matrix (include/relance/roll_rate.h): how the open amounts
 * of debit items moved between the age columns of aging from date `from`
 * to date `to`, per currency. Rows are where an amount was on `from`:
 *   rows 0 .. n+1   the age columns of aging (not due, the buckets of the
 *                   bounds, over the last bound; n = bound_count);
 *   row n+2 "new"   the debit items dated in (from, to].
 * Columns are where it is on `to`:
 *   columns 0 .. n+1  still open, by its age column on `to`;
 *   n+2 "paid"        allocations from payments effective in (from, to],
 *                     less their reversals, plus import settlements;
 *   n+3 "credited"    the same for allocations from credit notes;
 *   n+4 "written_off" write-offs effective in (from, to].
 * Every row total is the sum of its cells; a reversal of an allocation
 * made on or before `from` shows as a negative paid or credited cell.
 * Disputed parts stay in their age column; credit notes and unapplied
 * cash are not in the matrix. Amounts are int64 minor units of the
 * matrix's currency, never summed across currencies. Reports are
 * immutable and independent of the ledger (thread safety as for KPI
 * reports). */
typedef struct relance_roll_rate_report relance_roll_rate_report;

/* Roll-rate options: an extensible struct (see relance_aging_options),
 * prepared by relance_roll_rate_options_init(&options, sizeof options). */
typedef struct relance_roll_rate_options {
  uint32_t struct_size; /* set by relance_roll_rate_options_init */
  int32_t reserved;     /* must be 0 */
  int32_t from;         /* the starting date; required */
  int32_t to;           /* the ending date, >= from; required */
  int32_t basis;        /* a relance_aging_basis; due date after init */
  int32_t bound_count;  /* 0..RELANCE_AGING_MAX_BOUNDS; 4 after init */
  int32_t bounds[RELANCE_AGING_MAX_BOUNDS]; /* as relance_aging_options:
                                               30, 60, 90, 120 */
  size_t customer_count;        /* 0: every customer */
  const char* const* customers; /* host ids, or NULL when the count is 0 */
} relance_roll_rate_options;

/* Fills the first `struct_size` bytes of *options with the defaults (from
 * and to RELANCE_NO_DATE, due-date basis, bounds 30, 60, 90, 120, every
 * customer) and sets struct_size. Errors: INVALID_ARGUMENT (NULL;
 * struct_size smaller than this version's struct or above 1024). */
RELANCE_API relance_status relance_roll_rate_options_init(
    relance_roll_rate_options* options, size_t struct_size);

/* The roll-rate matrices of `ledger` as a new report; release it with
 * relance_roll_rate_report_destroy. Errors: INVALID_ARGUMENT (NULL;
 * struct_size, extra bytes, `reserved`; from or to unset or outside years
 * 1..9999; to < from; basis; bounds as relance_ledger_age; NULL customers
 * with customer_count > 0 or a NULL entry); NOT_FOUND (an unknown
 * customer id); OUT_OF_MEMORY. */
RELANCE_API relance_status relance_ledger_roll_rates(
    const relance_ledger* ledger, const relance_roll_rate_options* options,
    relance_roll_rate_report** out);

/* Releases a report; NULL is allowed. */
RELANCE_API void relance_roll_rate_report_destroy(
    relance_roll_rate_report* report);

/* The report's options, as relance_kpi_report_options writes them. */
RELANCE_API relance_status relance_roll_rate_report_options(
    const relance_roll_rate_report* report, relance_roll_rate_options* out);

/* The number of currencies (one matrix each): those with a selected debit
 * item dated on or before `to`; 0 for NULL. */
RELANCE_API size_t relance_roll_rate_report_currency_count(
    const relance_roll_rate_report* report);

/* The code of matrix `index` (sorted by code) and a NUL, into 4 bytes.
 * Errors: INVALID_ARGUMENT (NULL, index >= currency count). */
RELANCE_API relance_status relance_roll_rate_report_currency(
    const relance_roll_rate_report* report, size_t index,
    char out_currency[4]);

/* The dimensions of every matrix of the report: rows (bound_count + 3)
 * and columns (bound_count + 5); 0 for NULL. */
RELANCE_API size_t relance_roll_rate_report_row_count(
    const relance_roll_rate_report* report);
RELANCE_API size_t relance_roll_rate_report_column_count(
    const relance_roll_rate_report* report);

/* The name of row `row` or column `column` into `buffer` (snprintf
 * semantics, as relance_decimal_format): the age columns' names of aging
 * ("not_due", "d1_30", ..., "over_120"), then "new" for the last row;
 * "paid", "credited", "written_off" for the last three columns.
 * Errors: INVALID_ARGUMENT (NULL, an index past the count);
 * BUFFER_TOO_SMALL. */
RELANCE_API relance_status relance_roll_rate_report_row_name(
    const relance_roll_rate_report* report, size_t row, char* buffer,
    size_t capacity, size_t* out_length);
RELANCE_API relance_status relance_roll_rate_report_column_name(
    const relance_roll_rate_report* report, size_t column, char* buffer,
    size_t capacity, size_t* out_length);

/* *out_units = the amount of matrix `currency_index` that went from row
 * `row` to column `column`, in minor units. Errors: INVALID_ARGUMENT (NULL,
 * an index past its count); OVERFLOW (past int64). */
RELANCE_API relance_status relance_roll_rate_report_cell(
    const relance_roll_rate_report* report, size_t currency_index, size_t row,
    size_t column, int64_t* out_units);

/* The whole matrix `currency_index` into out_units, row after row (a
 * C-order row_count x column_count int64 matrix); `capacity` is its number
 * of elements. Errors: INVALID_ARGUMENT (NULL, currency_index);
 * BUFFER_TOO_SMALL (capacity < row_count x column_count; nothing
 * written); OVERFLOW (nothing written). */
RELANCE_API relance_status relance_roll_rate_report_cells(
    const relance_roll_rate_report* report, size_t currency_index,
    int64_t* out_units, size_t capacity);

/* The sum of row `row` (where the amounts were on `from`: the open amount
 * of that age column then, or the new items) and of column `column` (for
 * an age column, the open debit amount in it on `to`) of matrix
 * `currency_index`, in minor units. Errors: as relance_roll_rate_report_cell. */
RELANCE_API relance_status relance_roll_rate_report_row_total(
    const relance_roll_rate_report* report, size_t currency_index, size_t row,
    int64_t* out_units);
RELANCE_API relance_status relance_roll_rate_report_column_total(
    const relance_roll_rate_report* report, size_t currency_index,
    size_t column, int64_t* out_units);

/* The roll rate of a cell: cell x 100 / row total, in percent, rounded
 * once to `scale` decimals in `mode`; status RELANCE_KPI_STATUS_NO_BASE and
 * no value when the row total is zero or negative. Errors:
 * INVALID_ARGUMENT (NULL, an index past its count, scale outside 0..18,
 * mode not a relance_rounding or EXACT). */
RELANCE_API relance_status relance_roll_rate_report_rate(
    const relance_roll_rate_report* report, size_t currency_index, size_t row,
    size_t column, int32_t scale, relance_rounding mode,
    relance_kpi_figure* out);

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* RELANCE_H_ */
