/* Calls every exported function with a NULL in each pointer argument: each
 * call returns RELANCE_E_INVALID_ARGUMENT, names the argument, and writes
 * nothing. scripts/check-abi.sh checks that every exported symbol is called
 * here. */
#include <string.h>

#include "check.h"
#include "relance.h"

static relance_decimal one(void) {
  relance_decimal d;
  relance_decimal_from_int64(1, 0, &d);
  return d;
}

/* Every output any call below may write to. */
static struct outputs {
  relance_decimal out;
  relance_money mo, parts[2];
  relance_currency_info info;
  int32_t days, year, month, day;
  relance_calendar* calendar;
  relance_holiday_list* list;
  const char* name;
  int32_t order;
  size_t length;
  char buffer[8];
} outs;

static int outputs_untouched(void) {
  const unsigned char* p = (const unsigned char*)&outs;
  size_t i;
  for (i = 0; i < sizeof outs; ++i) {
    if (p[i] != 0x5A) return 0;
  }
  return 1;
}

/* The call fails with INVALID_ARGUMENT, names the argument, and writes
 * nothing into any output. */
#define EXPECT_NULL_ARG(call, name)                            \
  do {                                                         \
    memset(&outs, 0x5A, sizeof outs);                          \
    CHECK_STATUS(call, RELANCE_E_INVALID_ARGUMENT);            \
    CHECK_MESSAGE("argument '" name "' is NULL");              \
    CHECK(outputs_untouched());                                \
  } while (0)

int main(void) {
  relance_decimal a = one(), b = one();
  relance_money m;

  m.units = 100;
  memcpy(m.currency, "EUR", 4);
  m.reserved = 0;

  /* Functions without pointer arguments never fail on their own. */
  CHECK(relance_version_number() > 0);
  CHECK(relance_version_string() != NULL);
  CHECK(relance_status_string(RELANCE_E_INTERNAL) != NULL);
  CHECK(relance_last_error_message() != NULL);
  CHECK(relance_currency_count() > 0);

  EXPECT_NULL_ARG(relance_decimal_parse(NULL, 3, &outs.out), "text");
  EXPECT_NULL_ARG(relance_decimal_parse("1", 1, NULL), "out");
  EXPECT_NULL_ARG(relance_decimal_format(NULL, outs.buffer, sizeof outs.buffer, &outs.length), "value");
  EXPECT_NULL_ARG(relance_decimal_format(&a, NULL, 4, &outs.length), "buffer");
  EXPECT_NULL_ARG(relance_decimal_format(&a, outs.buffer, sizeof outs.buffer, NULL), "out_length");
  EXPECT_NULL_ARG(relance_decimal_from_int64(1, 0, NULL), "out");

  EXPECT_NULL_ARG(relance_decimal_add(NULL, &b, &outs.out), "a");
  EXPECT_NULL_ARG(relance_decimal_add(&a, NULL, &outs.out), "b");
  EXPECT_NULL_ARG(relance_decimal_add(&a, &b, NULL), "out");
  EXPECT_NULL_ARG(relance_decimal_subtract(NULL, &b, &outs.out), "a");
  EXPECT_NULL_ARG(relance_decimal_subtract(&a, NULL, &outs.out), "b");
  EXPECT_NULL_ARG(relance_decimal_subtract(&a, &b, NULL), "out");
  EXPECT_NULL_ARG(relance_decimal_compare(NULL, &b, &outs.order), "a");
  EXPECT_NULL_ARG(relance_decimal_compare(&a, NULL, &outs.order), "b");
  EXPECT_NULL_ARG(relance_decimal_compare(&a, &b, NULL), "out_order");
  EXPECT_NULL_ARG(relance_decimal_round(NULL, 2, RELANCE_ROUND_HALF_EVEN, &outs.out), "x");
  EXPECT_NULL_ARG(relance_decimal_round(&a, 2, RELANCE_ROUND_HALF_EVEN, NULL), "out");
  EXPECT_NULL_ARG(relance_decimal_multiply(NULL, &b, 2, RELANCE_ROUND_UP, &outs.out), "a");
  EXPECT_NULL_ARG(relance_decimal_multiply(&a, NULL, 2, RELANCE_ROUND_UP, &outs.out), "b");
  EXPECT_NULL_ARG(relance_decimal_multiply(&a, &b, 2, RELANCE_ROUND_UP, NULL), "out");
  EXPECT_NULL_ARG(relance_decimal_multiply_exact(NULL, &b, &outs.out), "a");
  EXPECT_NULL_ARG(relance_decimal_multiply_exact(&a, NULL, &outs.out), "b");
  EXPECT_NULL_ARG(relance_decimal_multiply_exact(&a, &b, NULL), "out");
  EXPECT_NULL_ARG(relance_decimal_divide(NULL, &b, 2, RELANCE_ROUND_UP, &outs.out), "a");
  EXPECT_NULL_ARG(relance_decimal_divide(&a, NULL, 2, RELANCE_ROUND_UP, &outs.out), "b");
  EXPECT_NULL_ARG(relance_decimal_divide(&a, &b, 2, RELANCE_ROUND_UP, NULL), "out");
  EXPECT_NULL_ARG(relance_decimal_divide_exact(NULL, &b, &outs.out), "a");
  EXPECT_NULL_ARG(relance_decimal_divide_exact(&a, NULL, &outs.out), "b");
  EXPECT_NULL_ARG(relance_decimal_divide_exact(&a, &b, NULL), "out");

  EXPECT_NULL_ARG(relance_currency_lookup(NULL, &outs.info), "code");
  EXPECT_NULL_ARG(relance_currency_lookup("EUR", NULL), "out");
  EXPECT_NULL_ARG(relance_currency_lookup_numeric(978, NULL), "out");
  EXPECT_NULL_ARG(relance_currency_at(0, NULL), "out");

  EXPECT_NULL_ARG(relance_money_parse(NULL, 2, "EUR", RELANCE_ROUND_EXACT, &m), "text");
  EXPECT_NULL_ARG(relance_money_parse("1", 1, NULL, RELANCE_ROUND_EXACT, &m), "currency");
  EXPECT_NULL_ARG(relance_money_parse("1", 1, "EUR", RELANCE_ROUND_EXACT, NULL), "out");
  EXPECT_NULL_ARG(relance_money_format(NULL, outs.buffer, sizeof outs.buffer, &outs.length), "value");
  EXPECT_NULL_ARG(relance_money_format(&m, NULL, 4, &outs.length), "buffer");
  EXPECT_NULL_ARG(relance_money_format(&m, outs.buffer, sizeof outs.buffer, NULL), "out_length");
  EXPECT_NULL_ARG(relance_money_add(NULL, &m, &outs.mo), "a");
  EXPECT_NULL_ARG(relance_money_add(&m, NULL, &outs.mo), "b");
  EXPECT_NULL_ARG(relance_money_add(&m, &m, NULL), "out");
  EXPECT_NULL_ARG(relance_money_subtract(NULL, &m, &outs.mo), "a");
  EXPECT_NULL_ARG(relance_money_subtract(&m, NULL, &outs.mo), "b");
  EXPECT_NULL_ARG(relance_money_subtract(&m, &m, NULL), "out");
  EXPECT_NULL_ARG(relance_money_multiply(NULL, &a, RELANCE_ROUND_UP, &outs.mo), "amount");
  EXPECT_NULL_ARG(relance_money_multiply(&m, NULL, RELANCE_ROUND_UP, &outs.mo), "rate");
  EXPECT_NULL_ARG(relance_money_multiply(&m, &a, RELANCE_ROUND_UP, NULL), "out");
  EXPECT_NULL_ARG(relance_money_convert(NULL, "USD", &a, RELANCE_ROUND_UP, &outs.mo), "amount");
  EXPECT_NULL_ARG(relance_money_convert(&m, NULL, &a, RELANCE_ROUND_UP, &outs.mo), "to");
  EXPECT_NULL_ARG(relance_money_convert(&m, "USD", NULL, RELANCE_ROUND_UP, &outs.mo), "rate");
  EXPECT_NULL_ARG(relance_money_convert(&m, "USD", &a, RELANCE_ROUND_UP, NULL), "out");
  EXPECT_NULL_ARG(relance_money_allocate(NULL, &a, 1, outs.parts), "total");
  EXPECT_NULL_ARG(relance_money_allocate(&m, NULL, 1, outs.parts), "ratios");
  EXPECT_NULL_ARG(relance_money_allocate(&m, &a, 1, NULL), "out_parts");
  EXPECT_NULL_ARG(relance_money_split(NULL, 2, outs.parts), "total");
  EXPECT_NULL_ARG(relance_money_split(&m, 2, NULL), "out_parts");

  EXPECT_NULL_ARG(relance_date_parse(NULL, 10, &outs.days), "text");
  EXPECT_NULL_ARG(relance_date_parse("2025-01-01", 10, NULL), "out_days");
  EXPECT_NULL_ARG(relance_date_format(0, NULL, 4, &outs.length), "buffer");
  EXPECT_NULL_ARG(relance_date_format(0, outs.buffer, sizeof outs.buffer, NULL), "out_length");
  EXPECT_NULL_ARG(relance_date_from_ymd(2025, 1, 1, NULL), "out_days");
  EXPECT_NULL_ARG(relance_date_to_ymd(0, NULL, &outs.month, &outs.day), "out_year");
  EXPECT_NULL_ARG(relance_date_to_ymd(0, &outs.year, NULL, &outs.day), "out_month");
  EXPECT_NULL_ARG(relance_date_to_ymd(0, &outs.year, &outs.month, NULL), "out_day");
  EXPECT_NULL_ARG(relance_date_add_months(0, 1, NULL), "out_days");
  EXPECT_NULL_ARG(relance_date_end_of_month(0, NULL), "out_days");

  EXPECT_NULL_ARG(relance_calendar_create_builtin(NULL, &outs.calendar), "name");
  EXPECT_NULL_ARG(relance_calendar_create_builtin("FR", NULL), "out");
  EXPECT_NULL_ARG(relance_calendar_create(NULL, NULL, 0, NULL, 0, &outs.calendar), "name");
  EXPECT_NULL_ARG(relance_calendar_create("c", NULL, 1, NULL, 0, &outs.calendar), "weekend");
  EXPECT_NULL_ARG(relance_calendar_create("c", NULL, 0, NULL, 1, &outs.calendar), "rules");
  EXPECT_NULL_ARG(relance_calendar_create("c", NULL, 0, NULL, 0, NULL), "out");
  {
    relance_calendar* fr = NULL;
    relance_holiday_list* holidays = NULL;
    CHECK_STATUS(relance_calendar_create_builtin("FR", &fr), RELANCE_OK);
    EXPECT_NULL_ARG(relance_calendar_is_business_day(NULL, 0, &outs.days), "calendar");
    EXPECT_NULL_ARG(relance_calendar_is_business_day(fr, 0, NULL), "out");
    EXPECT_NULL_ARG(relance_calendar_adjust(NULL, 0, RELANCE_ROLL_NONE, &outs.days), "calendar");
    EXPECT_NULL_ARG(relance_calendar_adjust(fr, 0, RELANCE_ROLL_NONE, NULL), "out_date");
    EXPECT_NULL_ARG(relance_calendar_add_business_days(NULL, 0, 1, &outs.days), "calendar");
    EXPECT_NULL_ARG(relance_calendar_add_business_days(fr, 0, 1, NULL), "out_date");
    EXPECT_NULL_ARG(relance_calendar_business_days_between(NULL, 0, 1, &outs.days), "calendar");
    EXPECT_NULL_ARG(relance_calendar_business_days_between(fr, 0, 1, NULL), "out");
    EXPECT_NULL_ARG(relance_calendar_holidays(NULL, 2025, &outs.list), "calendar");
    EXPECT_NULL_ARG(relance_calendar_holidays(fr, 2025, NULL), "out");
    CHECK_STATUS(relance_calendar_holidays(fr, 2025, &holidays), RELANCE_OK);
    EXPECT_NULL_ARG(relance_holiday_list_at(NULL, 0, &outs.days, &outs.name), "list");
    EXPECT_NULL_ARG(relance_holiday_list_at(holidays, 0, NULL, &outs.name), "out_date");
    EXPECT_NULL_ARG(relance_holiday_list_at(holidays, 0, &outs.days, NULL), "out_name");
    CHECK(relance_holiday_list_count(NULL) == 0);
    relance_holiday_list_destroy(NULL);
    relance_calendar_destroy(NULL);
    relance_holiday_list_destroy(holidays);
    relance_calendar_destroy(fr);
  }

  return check_summary("null_args_test");
}
