/* Helpers of the C ABI tests: decimals, money and dates from text and back,
 * each checking the call it makes. Static inline, so a test that does not
 * use one does not warn. */
#ifndef RELANCE_TESTS_C_VALUES_H_
#define RELANCE_TESTS_C_VALUES_H_

#include <stdint.h>
#include <string.h>

#include "check.h"
#include "relance.h"

static inline relance_decimal parse(const char* text) {
  relance_decimal d;
  memset(&d, 0xAB, sizeof d);
  CHECK_STATUS(relance_decimal_parse(text, strlen(text), &d), RELANCE_OK);
  return d;
}

/* The text of d, in a static buffer. */
static inline const char* text(const relance_decimal* d) {
  static char buffer[RELANCE_DECIMAL_MAX_TEXT + 1];
  size_t length = 0;
  CHECK_STATUS(relance_decimal_format(d, buffer, sizeof buffer, &length), RELANCE_OK);
  CHECK(length == strlen(buffer));
  return buffer;
}

/* d is the decimal of `expected` (same digits and scale). */
static inline int decimal_is(const relance_decimal* d, const char* expected) {
  return strcmp(text(d), expected) == 0;
}

static inline relance_money money(const char* amount, const char* currency) {
  relance_money m;
  CHECK_STATUS(relance_money_parse(amount, strlen(amount), currency, RELANCE_ROUND_EXACT, &m),
               RELANCE_OK);
  return m;
}

/* The amount of m, in a static buffer. */
static inline const char* amount(const relance_money* m) {
  static char buffer[RELANCE_MONEY_MAX_TEXT + 1];
  size_t length = 0;
  CHECK_STATUS(relance_money_format(m, buffer, sizeof buffer, &length), RELANCE_OK);
  return buffer;
}

/* The day number of an ISO date. */
static inline int32_t day(const char* iso) {
  int32_t d = 0;
  CHECK_STATUS(relance_date_parse(iso, strlen(iso), &d), RELANCE_OK);
  return d;
}

#endif
