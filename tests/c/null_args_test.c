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

#define EXPECT_NULL_ARG(call, name)                            \
  do {                                                         \
    CHECK_STATUS(call, RELANCE_E_INVALID_ARGUMENT);            \
    CHECK_MESSAGE("argument '" name "' is NULL");              \
  } while (0)

int main(void) {
  relance_decimal a = one(), b = one(), out;
  relance_money m, mo, parts[2];
  relance_currency_info info;
  int32_t order = 0;
  size_t length = 0;
  char buffer[8];

  m.units = 100;
  memcpy(m.currency, "EUR", 4);
  m.reserved = 0;

  /* Functions without pointer arguments never fail on their own. */
  CHECK(relance_version_number() > 0);
  CHECK(relance_version_string() != NULL);
  CHECK(relance_status_string(RELANCE_E_INTERNAL) != NULL);
  CHECK(relance_last_error_message() != NULL);
  CHECK(relance_currency_count() > 0);

  EXPECT_NULL_ARG(relance_decimal_parse(NULL, 3, &out), "text");
  EXPECT_NULL_ARG(relance_decimal_parse("1", 1, NULL), "out");
  EXPECT_NULL_ARG(relance_decimal_format(NULL, buffer, sizeof buffer, &length), "value");
  EXPECT_NULL_ARG(relance_decimal_format(&a, NULL, 4, &length), "buffer");
  EXPECT_NULL_ARG(relance_decimal_format(&a, buffer, sizeof buffer, NULL), "out_length");
  EXPECT_NULL_ARG(relance_decimal_from_int64(1, 0, NULL), "out");

  EXPECT_NULL_ARG(relance_decimal_add(NULL, &b, &out), "a");
  EXPECT_NULL_ARG(relance_decimal_add(&a, NULL, &out), "b");
  EXPECT_NULL_ARG(relance_decimal_add(&a, &b, NULL), "out");
  EXPECT_NULL_ARG(relance_decimal_subtract(NULL, &b, &out), "a");
  EXPECT_NULL_ARG(relance_decimal_subtract(&a, NULL, &out), "b");
  EXPECT_NULL_ARG(relance_decimal_subtract(&a, &b, NULL), "out");
  EXPECT_NULL_ARG(relance_decimal_compare(NULL, &b, &order), "a");
  EXPECT_NULL_ARG(relance_decimal_compare(&a, NULL, &order), "b");
  EXPECT_NULL_ARG(relance_decimal_compare(&a, &b, NULL), "out_order");
  EXPECT_NULL_ARG(relance_decimal_round(NULL, 2, RELANCE_ROUND_HALF_EVEN, &out), "x");
  EXPECT_NULL_ARG(relance_decimal_round(&a, 2, RELANCE_ROUND_HALF_EVEN, NULL), "out");
  EXPECT_NULL_ARG(relance_decimal_multiply(NULL, &b, 2, RELANCE_ROUND_UP, &out), "a");
  EXPECT_NULL_ARG(relance_decimal_multiply(&a, NULL, 2, RELANCE_ROUND_UP, &out), "b");
  EXPECT_NULL_ARG(relance_decimal_multiply(&a, &b, 2, RELANCE_ROUND_UP, NULL), "out");
  EXPECT_NULL_ARG(relance_decimal_multiply_exact(NULL, &b, &out), "a");
  EXPECT_NULL_ARG(relance_decimal_multiply_exact(&a, NULL, &out), "b");
  EXPECT_NULL_ARG(relance_decimal_multiply_exact(&a, &b, NULL), "out");
  EXPECT_NULL_ARG(relance_decimal_divide(NULL, &b, 2, RELANCE_ROUND_UP, &out), "a");
  EXPECT_NULL_ARG(relance_decimal_divide(&a, NULL, 2, RELANCE_ROUND_UP, &out), "b");
  EXPECT_NULL_ARG(relance_decimal_divide(&a, &b, 2, RELANCE_ROUND_UP, NULL), "out");
  EXPECT_NULL_ARG(relance_decimal_divide_exact(NULL, &b, &out), "a");
  EXPECT_NULL_ARG(relance_decimal_divide_exact(&a, NULL, &out), "b");
  EXPECT_NULL_ARG(relance_decimal_divide_exact(&a, &b, NULL), "out");

  EXPECT_NULL_ARG(relance_currency_lookup(NULL, &info), "code");
  EXPECT_NULL_ARG(relance_currency_lookup("EUR", NULL), "out");
  EXPECT_NULL_ARG(relance_currency_lookup_numeric(978, NULL), "out");
  EXPECT_NULL_ARG(relance_currency_at(0, NULL), "out");

  EXPECT_NULL_ARG(relance_money_parse(NULL, 2, "EUR", RELANCE_ROUND_EXACT, &m), "text");
  EXPECT_NULL_ARG(relance_money_parse("1", 1, NULL, RELANCE_ROUND_EXACT, &m), "currency");
  EXPECT_NULL_ARG(relance_money_parse("1", 1, "EUR", RELANCE_ROUND_EXACT, NULL), "out");
  EXPECT_NULL_ARG(relance_money_format(NULL, buffer, sizeof buffer, &length), "value");
  EXPECT_NULL_ARG(relance_money_format(&m, NULL, 4, &length), "buffer");
  EXPECT_NULL_ARG(relance_money_format(&m, buffer, sizeof buffer, NULL), "out_length");
  EXPECT_NULL_ARG(relance_money_add(NULL, &m, &mo), "a");
  EXPECT_NULL_ARG(relance_money_add(&m, NULL, &mo), "b");
  EXPECT_NULL_ARG(relance_money_add(&m, &m, NULL), "out");
  EXPECT_NULL_ARG(relance_money_subtract(NULL, &m, &mo), "a");
  EXPECT_NULL_ARG(relance_money_subtract(&m, NULL, &mo), "b");
  EXPECT_NULL_ARG(relance_money_subtract(&m, &m, NULL), "out");
  EXPECT_NULL_ARG(relance_money_multiply(NULL, &a, RELANCE_ROUND_UP, &mo), "amount");
  EXPECT_NULL_ARG(relance_money_multiply(&m, NULL, RELANCE_ROUND_UP, &mo), "rate");
  EXPECT_NULL_ARG(relance_money_multiply(&m, &a, RELANCE_ROUND_UP, NULL), "out");
  EXPECT_NULL_ARG(relance_money_convert(NULL, "USD", &a, RELANCE_ROUND_UP, &mo), "amount");
  EXPECT_NULL_ARG(relance_money_convert(&m, NULL, &a, RELANCE_ROUND_UP, &mo), "to");
  EXPECT_NULL_ARG(relance_money_convert(&m, "USD", NULL, RELANCE_ROUND_UP, &mo), "rate");
  EXPECT_NULL_ARG(relance_money_convert(&m, "USD", &a, RELANCE_ROUND_UP, NULL), "out");
  EXPECT_NULL_ARG(relance_money_allocate(NULL, &a, 1, parts), "total");
  EXPECT_NULL_ARG(relance_money_allocate(&m, NULL, 1, parts), "ratios");
  EXPECT_NULL_ARG(relance_money_allocate(&m, &a, 1, NULL), "out_parts");
  EXPECT_NULL_ARG(relance_money_split(NULL, 2, parts), "total");
  EXPECT_NULL_ARG(relance_money_split(&m, 2, NULL), "out_parts");

  /* Nothing was written through the valid out pointers of failed calls. */
  memset(&out, 0x5A, sizeof out);
  relance_decimal_add(NULL, &b, &out);
  CHECK(out.scale == 0x5A5A5A5A);
  return check_summary("null_args_test");
}
