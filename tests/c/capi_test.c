/* The C ABI, used from C as an integrator would: decimals through strings
 * and structs, rounding, errors and their messages, currencies, allocation,
 * and the per-thread error message. */
#include <pthread.h>
#include <stdint.h>
#include <string.h>

#include "check.h"
#include "relance.h"
#include "values.h"

static void test_version(void) {
  CHECK(relance_version_number() == RELANCE_VERSION_NUMBER);
  CHECK(strcmp(relance_version_string(), "0.1.0") == 0);
  CHECK(strcmp(relance_status_string(RELANCE_OK), "ok") == 0);
  CHECK(strcmp(relance_status_string(RELANCE_E_INEXACT), "inexact") == 0);
  CHECK(strcmp(relance_status_string((relance_status)99), "unknown status") == 0);
  CHECK(strcmp(relance_status_string((relance_status)-1), "unknown status") == 0);
  CHECK(strcmp(relance_status_string((relance_status)100000), "unknown status") == 0);
}

static void test_parse_and_format(void) {
  relance_decimal d = parse("-1234.50");
  CHECK(d.scale == 2 && d.reserved == 0 && d.hi == -1);
  CHECK(d.lo == (uint64_t)-123450);
  CHECK(strcmp(text(&d), "-1234.50") == 0);

  relance_decimal max = parse("99999999999999999999999999999999999999");
  CHECK(strcmp(text(&max), "99999999999999999999999999999999999999") == 0);

  /* Not NUL-terminated: only `length` bytes are read. */
  CHECK_STATUS(relance_decimal_parse("12.5xyz", 4, &d), RELANCE_OK);
  CHECK(strcmp(text(&d), "12.5") == 0);

  CHECK_STATUS(relance_decimal_parse("12,50", 5, &d), RELANCE_E_PARSE);
  CHECK_MESSAGE("relance_decimal_parse: parse error at position 3 (',')");
  CHECK(strcmp(text(&d), "12.5") == 0); /* untouched on failure */
  CHECK_STATUS(relance_decimal_parse("1000000000000000000000000000000000000000", 40, &d),
               RELANCE_E_OVERFLOW);
  CHECK_STATUS(relance_decimal_parse("0.0000000000000000001", 21, &d), RELANCE_E_INEXACT);
  CHECK_STATUS(relance_decimal_parse(NULL, 0, &d), RELANCE_E_PARSE); /* empty text */
}

static void test_format_buffer_semantics(void) {
  relance_decimal d = parse("-1234.50");
  char small[5];
  size_t length = 0;
  CHECK_STATUS(relance_decimal_format(&d, small, sizeof small, &length),
               RELANCE_E_BUFFER_TOO_SMALL);
  CHECK(length == 8);
  CHECK(strcmp(small, "-123") == 0); /* truncated and terminated */
  CHECK_MESSAGE("needs 9 bytes, buffer has 5");
  length = 0;
  CHECK_STATUS(relance_decimal_format(&d, NULL, 0, &length), RELANCE_E_BUFFER_TOO_SMALL);
  CHECK(length == 8);
  char exact[9];
  CHECK_STATUS(relance_decimal_format(&d, exact, sizeof exact, &length), RELANCE_OK);
  CHECK(strcmp(exact, "-1234.50") == 0);
}

static void test_malformed_structs(void) {
  relance_decimal d = parse("1.00"), out;
  d.reserved = 7;
  CHECK_STATUS(relance_decimal_add(&d, &d, &out), RELANCE_E_INVALID_ARGUMENT);
  CHECK_MESSAGE("argument 'a': reserved field is 7, must be 0");
  d.reserved = 0;
  d.scale = 19;
  CHECK_STATUS(relance_decimal_round(&d, 2, RELANCE_ROUND_HALF_EVEN, &out),
               RELANCE_E_INVALID_ARGUMENT);
  CHECK_MESSAGE("argument 'x': scale 19 is outside 0..18");
  relance_decimal huge;
  huge.lo = UINT64_MAX;
  huge.hi = INT64_MAX; /* 2^127 - 1: past 38 digits */
  huge.scale = 0;
  huge.reserved = 0;
  CHECK_STATUS(relance_decimal_compare(&huge, &huge, &(int32_t){0}), RELANCE_E_INVALID_ARGUMENT);
  CHECK_MESSAGE("argument 'a'");
  CHECK_STATUS(relance_decimal_from_int64(5, 19, &out), RELANCE_E_INVALID_ARGUMENT);
  CHECK_STATUS(relance_decimal_from_int64(-5, 3, &out), RELANCE_OK);
  CHECK(strcmp(text(&out), "-0.005") == 0);
}

static void test_arithmetic(void) {
  relance_decimal a = parse("59.97"), b = parse("0.20"), out;
  CHECK_STATUS(relance_decimal_multiply(&a, &b, 2, RELANCE_ROUND_HALF_UP, &out), RELANCE_OK);
  CHECK(strcmp(text(&out), "11.99") == 0);
  CHECK_STATUS(relance_decimal_multiply_exact(&a, &b, &out), RELANCE_OK);
  CHECK(strcmp(text(&out), "11.9940") == 0);
  CHECK_STATUS(relance_decimal_add(&a, &b, &out), RELANCE_OK);
  CHECK(strcmp(text(&out), "60.17") == 0);
  CHECK_STATUS(relance_decimal_subtract(&b, &a, &out), RELANCE_OK);
  CHECK(strcmp(text(&out), "-59.77") == 0);

  relance_decimal one = parse("1"), three = parse("3"), zero = parse("0.00");
  CHECK_STATUS(relance_decimal_divide(&one, &three, 4, RELANCE_ROUND_HALF_EVEN, &out), RELANCE_OK);
  CHECK(strcmp(text(&out), "0.3333") == 0);
  CHECK_STATUS(relance_decimal_divide_exact(&one, &three, &out), RELANCE_E_INEXACT);
  CHECK_STATUS(relance_decimal_divide(&one, &zero, 2, RELANCE_ROUND_HALF_EVEN, &out),
               RELANCE_E_DIVISION_BY_ZERO);
  CHECK_MESSAGE("relance_decimal_divide: division of 1 by zero");
  relance_decimal quarter = parse("0.25");
  CHECK_STATUS(relance_decimal_divide_exact(&one, &quarter, &out), RELANCE_OK);
  CHECK(strcmp(text(&out), "4") == 0);

  relance_decimal tie = parse("2.675");
  CHECK_STATUS(relance_decimal_round(&tie, 2, RELANCE_ROUND_HALF_EVEN, &out), RELANCE_OK);
  CHECK(strcmp(text(&out), "2.68") == 0);
  CHECK_STATUS(relance_decimal_round(&tie, 2, RELANCE_ROUND_DOWN, &out), RELANCE_OK);
  CHECK(strcmp(text(&out), "2.67") == 0);
  CHECK_STATUS(relance_decimal_round(&tie, 2, RELANCE_ROUND_EXACT, &out), RELANCE_E_INEXACT);
  CHECK_STATUS(relance_decimal_round(&tie, 2, (relance_rounding)9, &out),
               RELANCE_E_INVALID_ARGUMENT);
  CHECK_MESSAGE("argument 'mode': 9 is not a relance_rounding value");
  /* Far past the enumerators: a C enum may hold any int (no UB in relance). */
  CHECK_STATUS(relance_decimal_round(&tie, 2, (relance_rounding)1000, &out),
               RELANCE_E_INVALID_ARGUMENT);
  CHECK_MESSAGE("argument 'mode': 1000 is not a relance_rounding value");
  CHECK_STATUS(relance_decimal_round(&tie, -1, RELANCE_ROUND_DOWN, &out),
               RELANCE_E_INVALID_ARGUMENT);
  /* Extreme scales with scaled operands: checked, never an int overflow. */
  relance_decimal x15 = parse("1.5"), x125 = parse("1.25");
  CHECK_STATUS(relance_decimal_multiply(&x15, &x125, INT32_MIN, RELANCE_ROUND_UP, &out),
               RELANCE_E_INVALID_ARGUMENT);
  CHECK_STATUS(relance_decimal_multiply(&x15, &x125, INT32_MAX, RELANCE_ROUND_UP, &out),
               RELANCE_E_INVALID_ARGUMENT);
  CHECK_STATUS(relance_decimal_divide(&x15, &x125, INT32_MIN, RELANCE_ROUND_UP, &out),
               RELANCE_E_INVALID_ARGUMENT);
  CHECK_STATUS(relance_decimal_divide(&x15, &x125, INT32_MAX - 1, RELANCE_ROUND_UP, &out),
               RELANCE_E_INVALID_ARGUMENT);

  relance_decimal max = parse("99999999999999999999999999999999999999");
  CHECK_STATUS(relance_decimal_add(&max, &one, &out), RELANCE_E_OVERFLOW);
  int32_t order = 9;
  relance_decimal a1 = parse("1.0"), a2 = parse("1.00");
  CHECK_STATUS(relance_decimal_compare(&a1, &a2, &order), RELANCE_OK);
  CHECK(order == 0);
  CHECK_STATUS(relance_decimal_compare(&a1, &max, &order), RELANCE_OK);
  CHECK(order == -1);
}

static void test_currencies(void) {
  relance_currency_info info;
  CHECK_STATUS(relance_currency_lookup("BHD", &info), RELANCE_OK);
  CHECK(strcmp(info.code, "BHD") == 0 && info.numeric_code == 48 && info.minor_units == 3 &&
        info.active == 1);
  CHECK_STATUS(relance_currency_lookup("XYZ", &info), RELANCE_E_NOT_FOUND);
  CHECK_MESSAGE("unknown currency \"XYZ\"");
  CHECK(strcmp(info.code, "BHD") == 0); /* untouched on failure */
  CHECK_STATUS(relance_currency_lookup_numeric(392, &info), RELANCE_OK);
  CHECK(strcmp(info.code, "JPY") == 0 && info.minor_units == 0);
  size_t n = relance_currency_count();
  CHECK(n > 150);
  CHECK_STATUS(relance_currency_at(0, &info), RELANCE_OK);
  CHECK(strcmp(info.code, "AED") == 0);
  CHECK_STATUS(relance_currency_at(n, &info), RELANCE_E_INVALID_ARGUMENT);
}

static void test_money(void) {
  relance_money eur = money("12.5", "EUR"), out;
  CHECK(eur.units == 1250 && strcmp(eur.currency, "EUR") == 0 && eur.reserved == 0);
  CHECK(strcmp(amount(&eur), "12.50") == 0);
  relance_money yen = money("1250", "JPY");
  CHECK(yen.units == 1250 && strcmp(amount(&yen), "1250") == 0);
  relance_money bhd = money("-0.007", "BHD");
  CHECK(bhd.units == -7 && strcmp(amount(&bhd), "-0.007") == 0);

  CHECK_STATUS(relance_money_parse("12.345", 6, "EUR", RELANCE_ROUND_EXACT, &out),
               RELANCE_E_INEXACT);
  CHECK_MESSAGE("12.345 has more than 2 decimals, the minor unit of EUR");
  CHECK_STATUS(relance_money_parse("12.345", 6, "EUR", RELANCE_ROUND_HALF_UP, &out), RELANCE_OK);
  CHECK(out.units == 1235);
  CHECK_STATUS(relance_money_parse("92233720368547758.08", 20, "EUR", RELANCE_ROUND_EXACT, &out),
               RELANCE_E_OVERFLOW);
  CHECK_STATUS(relance_money_parse("1", 1, "eur", RELANCE_ROUND_EXACT, &out), RELANCE_E_NOT_FOUND);
  /* With a mode, any number of decimals is rounded once from all of them. */
  {
    const char* above = "0.1250000000000000000000001";
    const char* tie = "0.1250000000000000000000000";
    CHECK_STATUS(relance_money_parse(above, strlen(above), "EUR", RELANCE_ROUND_HALF_EVEN, &out),
                 RELANCE_OK);
    CHECK(out.units == 13);
    CHECK_STATUS(relance_money_parse(tie, strlen(tie), "EUR", RELANCE_ROUND_HALF_EVEN, &out),
                 RELANCE_OK);
    CHECK(out.units == 12);
    /* Only `length` bytes count: without its last digit, `above` is a tie. */
    CHECK_STATUS(relance_money_parse(above, strlen(above) - 1, "EUR", RELANCE_ROUND_HALF_EVEN,
                                     &out), RELANCE_OK);
    CHECK(out.units == 12);
  }

  relance_money usd = money("10.00", "USD");
  out.units = 42;
  CHECK_STATUS(relance_money_add(&eur, &usd, &out), RELANCE_E_CURRENCY_MISMATCH);
  CHECK_MESSAGE("cannot add 12.50 EUR and 10.00 USD: currencies differ");
  CHECK(out.units == 42);
  CHECK_STATUS(relance_money_add(&eur, &eur, &out), RELANCE_OK);
  CHECK(out.units == 2500 && strcmp(out.currency, "EUR") == 0);
  CHECK_STATUS(relance_money_subtract(&eur, &usd, &out), RELANCE_E_CURRENCY_MISMATCH);
  relance_money top = eur;
  top.units = INT64_MAX;
  CHECK_STATUS(relance_money_add(&top, &eur, &out), RELANCE_E_OVERFLOW);

  relance_decimal vat = parse("0.20");
  relance_money net = money("59.97", "EUR");
  CHECK_STATUS(relance_money_multiply(&net, &vat, RELANCE_ROUND_HALF_UP, &out), RELANCE_OK);
  CHECK(strcmp(amount(&out), "11.99") == 0);
  relance_decimal rate = parse("161.235");
  relance_money hundred = money("100.00", "EUR");
  CHECK_STATUS(relance_money_convert(&hundred, "JPY", &rate, RELANCE_ROUND_HALF_EVEN, &out),
               RELANCE_OK);
  CHECK(out.units == 16124 && strcmp(out.currency, "JPY") == 0);

  relance_money bad = eur;
  memcpy(bad.currency, "EURO", 4);
  CHECK_STATUS(relance_money_add(&bad, &eur, &out), RELANCE_E_INVALID_ARGUMENT);
  CHECK_MESSAGE("argument 'a': currency is not NUL-terminated");
  bad = eur;
  bad.reserved = 1;
  CHECK_STATUS(relance_money_add(&eur, &bad, &out), RELANCE_E_INVALID_ARGUMENT);
  CHECK_MESSAGE("argument 'b': reserved field is 1");
}

static void test_allocation(void) {
  relance_money total = money("100.00", "EUR");
  relance_decimal ratios[3];
  relance_money parts[3];
  ratios[0] = parse("50");
  ratios[1] = parse("30");
  ratios[2] = parse("20");
  CHECK_STATUS(relance_money_allocate(&total, ratios, 3, parts), RELANCE_OK);
  CHECK(parts[0].units == 5000 && parts[1].units == 3000 && parts[2].units == 2000);
  CHECK(strcmp(parts[2].currency, "EUR") == 0);
  CHECK_STATUS(relance_money_split(&total, 3, parts), RELANCE_OK);
  CHECK(parts[0].units == 3334 && parts[1].units == 3333 && parts[2].units == 3333);
  total.units = -10000;
  CHECK_STATUS(relance_money_split(&total, 3, parts), RELANCE_OK);
  CHECK(parts[0].units == -3334 && parts[1].units == -3333 && parts[2].units == -3333);
  ratios[0] = parse("-1");
  parts[0].units = 7;
  CHECK_STATUS(relance_money_allocate(&total, ratios, 3, parts), RELANCE_E_INVALID_ARGUMENT);
  CHECK_MESSAGE("ratio 0 (-1) is negative");
  CHECK(parts[0].units == 7); /* nothing written */
  ratios[0] = parse("0");
  ratios[1] = parse("0");
  ratios[2] = parse("0.0");
  CHECK_STATUS(relance_money_allocate(&total, ratios, 3, parts), RELANCE_E_DIVISION_BY_ZERO);
  CHECK_STATUS(relance_money_split(&total, 0, parts), RELANCE_E_INVALID_ARGUMENT);
  /* Counts no memory can hold are an out-of-memory error, not a crash. */
  parts[0].units = 7;
  CHECK_STATUS(relance_money_split(&total, (size_t)INT64_MAX, parts), RELANCE_E_INVALID_ARGUMENT);
  CHECK_STATUS(relance_money_allocate(&total, ratios, SIZE_MAX / 2, parts),
               RELANCE_E_OUT_OF_MEMORY);
  CHECK(parts[0].units == 7);
  memcpy(total.currency, "ZZZ", 4);
  CHECK_STATUS(relance_money_split(&total, 3, parts), RELANCE_E_NOT_FOUND);
}

static void test_dates(void) {
  int32_t d = 0, y = 0, m = 0, dd = 0;
  char text[11];
  size_t length = 0;
  CHECK(day("1970-01-01") == 0 && day("2025-03-17") == 20164 && day("1969-12-31") == -1);
  CHECK(day("0001-01-01") == RELANCE_DATE_MIN && day("9999-12-31") == RELANCE_DATE_MAX);
  CHECK_STATUS(relance_date_format(20164, text, sizeof text, &length), RELANCE_OK);
  CHECK(strcmp(text, "2025-03-17") == 0 && length == 10);
  CHECK_STATUS(relance_date_format(20164, text, 10, &length), RELANCE_E_BUFFER_TOO_SMALL);
  CHECK_STATUS(relance_date_format(RELANCE_DATE_MAX + 1, text, sizeof text, &length),
               RELANCE_E_INVALID_ARGUMENT);
  CHECK_MESSAGE("argument 'days': day 2932897 is outside years 1..9999");
  CHECK_STATUS(relance_date_parse("2025-02-29", 10, &d), RELANCE_E_INVALID_ARGUMENT);
  CHECK_MESSAGE("day 29 does not exist in 2025-02");
  CHECK_STATUS(relance_date_parse("2025/02/28", 10, &d), RELANCE_E_PARSE);
  CHECK_STATUS(relance_date_from_ymd(2024, 2, 29, &d), RELANCE_OK);
  CHECK(d == day("2024-02-29"));
  CHECK_STATUS(relance_date_to_ymd(d, &y, &m, &dd), RELANCE_OK);
  CHECK(y == 2024 && m == 2 && dd == 29);
  CHECK_STATUS(relance_date_add_months(day("2024-01-31"), 1, &d), RELANCE_OK);
  CHECK(d == day("2024-02-29"));
  CHECK_STATUS(relance_date_add_months(day("2024-01-31"), 120000, &d), RELANCE_E_INVALID_ARGUMENT);
  CHECK_STATUS(relance_date_add_months(day("2024-01-31"), INT32_MIN, &d),
               RELANCE_E_INVALID_ARGUMENT);
  CHECK_STATUS(relance_date_end_of_month(day("2100-02-03"), &d), RELANCE_OK);
  CHECK(d == day("2100-02-28"));
}

static void test_calendars(void) {
  relance_calendar* fr = NULL;
  relance_calendar* custom = NULL;
  relance_holiday_list* list = NULL;
  relance_holiday_rule rules[2];
  int32_t weekend[2] = {5, 6}, d = 0, n = 0, out = 0;
  const char* name = NULL;

  CHECK_STATUS(relance_calendar_create_builtin("FR", &fr), RELANCE_OK);
  CHECK_STATUS(relance_calendar_is_business_day(fr, day("2025-07-14"), &out), RELANCE_OK);
  CHECK(out == 0);
  CHECK_STATUS(relance_calendar_is_business_day(fr, day("2025-07-15"), &out), RELANCE_OK);
  CHECK(out == 1);
  /* Saturday 2025-05-31: following is Monday 2 June; modified following
   * stays in May, Friday 30. */
  CHECK_STATUS(relance_calendar_adjust(fr, day("2025-05-31"), RELANCE_ROLL_FOLLOWING, &d),
               RELANCE_OK);
  CHECK(d == day("2025-06-02"));
  CHECK_STATUS(relance_calendar_adjust(fr, day("2025-05-31"), RELANCE_ROLL_MODIFIED_FOLLOWING,
                                       &d), RELANCE_OK);
  CHECK(d == day("2025-05-30"));
  CHECK_STATUS(relance_calendar_adjust(fr, day("2025-05-31"), (relance_roll)7, &d),
               RELANCE_E_INVALID_ARGUMENT);
  CHECK_STATUS(relance_calendar_adjust(fr, day("2025-05-31"), (relance_roll)-300, &d),
               RELANCE_E_INVALID_ARGUMENT);
  CHECK_MESSAGE("argument 'convention': -300 is not a relance_roll value (0..4)");
  /* Friday 2025-04-18 + 1 business day: Easter Monday 21 is off -> Tuesday 22. */
  CHECK_STATUS(relance_calendar_add_business_days(fr, day("2025-04-18"), 1, &d), RELANCE_OK);
  CHECK(d == day("2025-04-22"));
  CHECK_STATUS(relance_calendar_business_days_between(fr, day("2025-04-18"), day("2025-04-22"),
                                                      &n), RELANCE_OK);
  CHECK(n == 1);
  CHECK_STATUS(relance_calendar_holidays(fr, 2025, &list), RELANCE_OK);
  CHECK(relance_holiday_list_count(list) == 11);
  CHECK_STATUS(relance_holiday_list_at(list, 1, &d, &name), RELANCE_OK);
  CHECK(d == day("2025-04-21") && strcmp(name, "Easter Monday") == 0);
  CHECK_STATUS(relance_holiday_list_at(list, 11, &d, &name), RELANCE_E_INVALID_ARGUMENT);
  relance_holiday_list_destroy(list);
  CHECK_STATUS(relance_calendar_holidays(fr, 10000, &list), RELANCE_E_INVALID_ARGUMENT);
  CHECK_STATUS(relance_calendar_create_builtin("XX", &custom), RELANCE_E_NOT_FOUND);
  relance_calendar_destroy(fr);

  memset(rules, 0, sizeof rules);
  rules[0].name = "Founders' Day";
  rules[0].kind = RELANCE_HOLIDAY_ANNUAL;
  rules[0].month = 3;
  rules[0].day = 17;
  rules[1].name = "Closure";
  rules[1].kind = RELANCE_HOLIDAY_SINGLE_DATE;
  rules[1].date = day("2025-03-18");
  CHECK_STATUS(relance_calendar_create("mine", weekend, 2, rules, 2, &custom), RELANCE_OK);
  /* Weekend Friday and Saturday: Sunday 2025-03-16 works; 17 and 18 are off. */
  CHECK_STATUS(relance_calendar_add_business_days(custom, day("2025-03-16"), 1, &d), RELANCE_OK);
  CHECK(d == day("2025-03-19"));
  relance_calendar_destroy(custom);
  custom = NULL;
  rules[0].month = 13;
  CHECK_STATUS(relance_calendar_create("bad", weekend, 2, rules, 2, &custom),
               RELANCE_E_INVALID_ARGUMENT);
  CHECK(custom == NULL);
  weekend[0] = 8;
  rules[0].month = 3;
  CHECK_STATUS(relance_calendar_create("bad", weekend, 2, rules, 2, &custom),
               RELANCE_E_INVALID_ARGUMENT);
  CHECK_MESSAGE("argument 'weekend[0]': 8 is not an ISO day number");
  relance_calendar_destroy(NULL);
  relance_holiday_list_destroy(NULL);
  CHECK(relance_holiday_list_count(NULL) == 0);
}

/* The message is per thread: a failure on another thread does not replace
 * this thread's message. */
static void* fail_elsewhere(void* arg) {
  relance_decimal d;
  (void)arg;
  relance_decimal_parse("x", 1, &d);
  return strstr(relance_last_error_message(), "position 1 ('x')") != NULL ? arg : NULL;
}

static void test_thread_local_message(void) {
  relance_currency_info info;
  pthread_t thread;
  void* result = NULL;
  int token = 1;
  CHECK_STATUS(relance_currency_lookup("QQQ", &info), RELANCE_E_NOT_FOUND);
  CHECK(pthread_create(&thread, NULL, fail_elsewhere, &token) == 0);
  CHECK(pthread_join(thread, &result) == 0);
  CHECK(result == &token);
  CHECK_MESSAGE("QQQ");
}

int main(void) {
  test_version();
  test_parse_and_format();
  test_format_buffer_semantics();
  test_malformed_structs();
  test_arithmetic();
  test_currencies();
  test_money();
  test_allocation();
  test_dates();
  test_calendars();
  test_thread_local_message();
  return check_summary("capi_test");
}
