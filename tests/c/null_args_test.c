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
  int32_t order, code, installment;
  int64_t numerator, denominator;
  relance_terms* terms;
  relance_installment_list* installments;
  relance_installment one_installment;
  relance_terms_check_result* check;
  relance_terms_caps caps;
  relance_rate_table* table;
  relance_late_interest_result* result;
  relance_late_interest_totals totals;
  relance_late_interest_segment segment;
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

static void test_terms_and_day_counts(void) {
  relance_terms* terms = NULL;
  relance_installment_list* list = NULL;
  relance_terms_check_result* check = NULL;
  relance_money m;

  m.units = 100;
  memcpy(m.currency, "EUR", 4);
  m.reserved = 0;
  CHECK(strcmp(relance_jurisdiction_name(RELANCE_JURISDICTION_FR), "FR") == 0);
  CHECK(strcmp(relance_day_count_name(RELANCE_DAY_COUNT_ACT_365F), "ACT/365F") == 0);
  EXPECT_NULL_ARG(relance_jurisdiction_parse(NULL, 2, &outs.code), "text");
  EXPECT_NULL_ARG(relance_jurisdiction_parse("FR", 2, NULL), "out");
  EXPECT_NULL_ARG(relance_day_count_parse(NULL, 3, &outs.code), "text");
  EXPECT_NULL_ARG(relance_day_count_parse("ACT/360", 7, NULL), "out");
  EXPECT_NULL_ARG(relance_day_count_days(RELANCE_DAY_COUNT_30_360, 0, 1, NULL), "out_days");
  EXPECT_NULL_ARG(relance_day_count_year_fraction(RELANCE_DAY_COUNT_ACT_360, 0, 1, NULL,
                                                  &outs.denominator), "out_numerator");
  EXPECT_NULL_ARG(relance_day_count_year_fraction(RELANCE_DAY_COUNT_ACT_360, 0, 1,
                                                  &outs.numerator, NULL), "out_denominator");

  EXPECT_NULL_ARG(relance_terms_create(NULL, 6, &outs.terms), "text");
  EXPECT_NULL_ARG(relance_terms_create("net 30", 6, NULL), "out");
  CHECK_STATUS(relance_terms_create("eom+45", 6, &terms), RELANCE_OK);
  EXPECT_NULL_ARG(relance_terms_format(NULL, outs.buffer, sizeof outs.buffer, &outs.length),
                  "terms");
  EXPECT_NULL_ARG(relance_terms_format(terms, NULL, 4, &outs.length), "buffer");
  EXPECT_NULL_ARG(relance_terms_format(terms, outs.buffer, sizeof outs.buffer, NULL),
                  "out_length");
  EXPECT_NULL_ARG(relance_terms_final_due_date(NULL, 0, &outs.days), "terms");
  EXPECT_NULL_ARG(relance_terms_final_due_date(terms, 0, NULL), "out_date");
  EXPECT_NULL_ARG(relance_terms_due_dates(NULL, 0, &m, &outs.installments), "terms");
  EXPECT_NULL_ARG(relance_terms_due_dates(terms, 0, NULL, &outs.installments), "amount");
  EXPECT_NULL_ARG(relance_terms_due_dates(terms, 0, &m, NULL), "out");
  CHECK_STATUS(relance_terms_due_dates(terms, 0, &m, &list), RELANCE_OK);
  EXPECT_NULL_ARG(relance_installment_list_at(NULL, 0, &outs.one_installment), "list");
  EXPECT_NULL_ARG(relance_installment_list_at(list, 0, NULL), "out");
  CHECK(relance_installment_list_count(NULL) == 0);

  EXPECT_NULL_ARG(relance_terms_check(NULL, 0, RELANCE_JURISDICTION_FR, &outs.check), "terms");
  EXPECT_NULL_ARG(relance_terms_check(terms, 0, RELANCE_JURISDICTION_FR, NULL), "out");
  CHECK_STATUS(relance_terms_check(terms, 0, RELANCE_JURISDICTION_EU, &check), RELANCE_OK);
  EXPECT_NULL_ARG(relance_terms_check_result_caps(NULL, &outs.caps), "result");
  EXPECT_NULL_ARG(relance_terms_check_result_caps(check, NULL), "out");
  EXPECT_NULL_ARG(relance_terms_check_result_due_date_at(NULL, 0, &outs.days), "result");
  EXPECT_NULL_ARG(relance_terms_check_result_due_date_at(check, 0, NULL), "out_date");
  EXPECT_NULL_ARG(relance_terms_check_result_violation_at(NULL, 0, &outs.code,
                                                          &outs.installment, &outs.name),
                  "result");
  EXPECT_NULL_ARG(relance_terms_check_result_violation_at(check, 0, NULL, &outs.installment,
                                                          &outs.name), "out_code");
  EXPECT_NULL_ARG(relance_terms_check_result_violation_at(check, 0, &outs.code, NULL,
                                                          &outs.name), "out_installment");
  EXPECT_NULL_ARG(relance_terms_check_result_violation_at(check, 0, &outs.code,
                                                          &outs.installment, NULL),
                  "out_message");
  CHECK(relance_terms_check_result_due_date_count(NULL) == 0);
  CHECK(relance_terms_check_result_violation_count(NULL) == 0);

  relance_terms_check_result_destroy(NULL);
  relance_installment_list_destroy(NULL);
  relance_terms_destroy(NULL);
  relance_terms_check_result_destroy(check);
  relance_installment_list_destroy(list);
  relance_terms_destroy(terms);
}

static void test_rates_and_interest(void) {
  relance_rate_table* ecb = NULL;
  relance_late_interest_result* result = NULL;
  relance_late_interest_request request;
  relance_decimal rate = one();
  int32_t day = 20000;

  EXPECT_NULL_ARG(relance_rate_table_create(NULL, &day, &rate, 1, &outs.table), "name");
  EXPECT_NULL_ARG(relance_rate_table_create("t", NULL, &rate, 1, &outs.table), "effective_dates");
  EXPECT_NULL_ARG(relance_rate_table_create("t", &day, NULL, 1, &outs.table), "percents");
  EXPECT_NULL_ARG(relance_rate_table_create("t", &day, &rate, 1, NULL), "out");
  EXPECT_NULL_ARG(relance_rate_table_create_ecb_mro(NULL), "out");
  CHECK_STATUS(relance_rate_table_create_ecb_mro(&ecb), RELANCE_OK);
  EXPECT_NULL_ARG(relance_rate_table_name(NULL, &outs.name), "table");
  EXPECT_NULL_ARG(relance_rate_table_name(ecb, NULL), "out_name");
  EXPECT_NULL_ARG(relance_rate_table_at(NULL, 0, &outs.days, &outs.out), "table");
  EXPECT_NULL_ARG(relance_rate_table_at(ecb, 0, NULL, &outs.out), "out_effective");
  EXPECT_NULL_ARG(relance_rate_table_at(ecb, 0, &outs.days, NULL), "out_percent");
  EXPECT_NULL_ARG(relance_rate_table_rate_on(NULL, 20000, &outs.out), "table");
  EXPECT_NULL_ARG(relance_rate_table_rate_on(ecb, 20000, NULL), "out_percent");
  EXPECT_NULL_ARG(relance_jurisdiction_statutory_rate(RELANCE_JURISDICTION_FR, 20000, ecb, NULL),
                  "out_percent");
  CHECK(relance_rate_table_count(NULL) == 0);

  EXPECT_NULL_ARG(relance_late_interest_request_init(NULL, sizeof request), "request");
  EXPECT_NULL_ARG(relance_late_interest_compute(NULL, &outs.result), "request");
  CHECK_STATUS(relance_late_interest_request_init(&request, sizeof request), RELANCE_OK);
  request.amount.units = 1000000;
  request.due_date = 19981; /* 2024-09-15 */
  request.through = 20011;  /* 2024-10-15 */
  EXPECT_NULL_ARG(relance_late_interest_compute(&request, NULL), "out");
  request.balance_count = 1;
  EXPECT_NULL_ARG(relance_late_interest_compute(&request, &outs.result), "request.balance_dates");
  request.balance_dates = &day;
  EXPECT_NULL_ARG(relance_late_interest_compute(&request, &outs.result),
                  "request.balance_outstanding");
  request.balance_count = 0;
  request.rate_kind = RELANCE_RATE_REFERENCE_PLUS_MARGIN;
  EXPECT_NULL_ARG(relance_late_interest_compute(&request, &outs.result), "request.reference");
  request.rate_kind = RELANCE_RATE_STATUTORY;
  CHECK_STATUS(relance_late_interest_compute(&request, &result), RELANCE_OK);
  EXPECT_NULL_ARG(relance_late_interest_result_totals(NULL, &outs.totals), "result");
  EXPECT_NULL_ARG(relance_late_interest_result_totals(result, NULL), "out");
  EXPECT_NULL_ARG(relance_late_interest_result_segment_at(NULL, 0, &outs.segment), "result");
  EXPECT_NULL_ARG(relance_late_interest_result_segment_at(result, 0, NULL), "out");
  EXPECT_NULL_ARG(relance_late_interest_result_format(NULL, outs.buffer, sizeof outs.buffer,
                                                      &outs.length), "result");
  EXPECT_NULL_ARG(relance_late_interest_result_format(result, NULL, 4, &outs.length), "buffer");
  EXPECT_NULL_ARG(relance_late_interest_result_format(result, outs.buffer, sizeof outs.buffer,
                                                      NULL), "out_length");
  CHECK(relance_late_interest_result_segment_count(NULL) == 0);

  EXPECT_NULL_ARG(relance_contractual_rate_check(NULL, &rate, &outs.code, &outs.out,
                                                 outs.buffer, sizeof outs.buffer, &outs.length),
                  "contractual_percent");
  EXPECT_NULL_ARG(relance_contractual_rate_check(&rate, NULL, &outs.code, &outs.out,
                                                 outs.buffer, sizeof outs.buffer, &outs.length),
                  "legal_interest_percent");
  EXPECT_NULL_ARG(relance_contractual_rate_check(&rate, &rate, NULL, &outs.out, outs.buffer,
                                                 sizeof outs.buffer, &outs.length),
                  "out_compliant");
  EXPECT_NULL_ARG(relance_contractual_rate_check(&rate, &rate, &outs.code, NULL, outs.buffer,
                                                 sizeof outs.buffer, &outs.length),
                  "out_minimum_percent");
  EXPECT_NULL_ARG(relance_contractual_rate_check(&rate, &rate, &outs.code, &outs.out, NULL, 4,
                                                 &outs.length), "explanation");
  EXPECT_NULL_ARG(relance_contractual_rate_check(&rate, &rate, &outs.code, &outs.out,
                                                 outs.buffer, sizeof outs.buffer, NULL),
                  "out_length");

  relance_late_interest_result_destroy(NULL);
  relance_rate_table_destroy(NULL);
  relance_late_interest_result_destroy(result);
  relance_rate_table_destroy(ecb);
}

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

  test_terms_and_day_counts();
  test_rates_and_interest();
  return check_summary("null_args_test");
}
