/* The C ABI of rate tables, statutory rates and the contractual-rate floor,
 * used from C as an integrator would. Rates are those of DOMAIN.md and of
 * the ECB's published history. */
#include <stdint.h>
#include <string.h>

#include "check.h"
#include "relance.h"
#include "values.h"

static void test_rate_tables(void) {
  relance_rate_table* ecb = NULL;
  relance_rate_table* mine = NULL;
  relance_decimal percent, percents[2];
  int32_t dates[2], effective = 0;
  const char* name = NULL;

  CHECK_STATUS(relance_rate_table_create_ecb_mro(&ecb), RELANCE_OK);
  CHECK_STATUS(relance_rate_table_name(ecb, &name), RELANCE_OK);
  CHECK(strcmp(name, "ECB MRO") == 0);
  CHECK(relance_rate_table_count(ecb) == 35);
  CHECK_STATUS(relance_rate_table_at(ecb, 0, &effective, &percent), RELANCE_OK);
  CHECK(effective == day("2008-10-15") && decimal_is(&percent, "3.75"));
  CHECK_STATUS(relance_rate_table_at(ecb, 34, &effective, &percent), RELANCE_OK);
  CHECK(effective == day("2025-06-11") && decimal_is(&percent, "2.15"));
  CHECK_STATUS(relance_rate_table_at(ecb, 35, &effective, &percent), RELANCE_E_INVALID_ARGUMENT);
  CHECK_STATUS(relance_rate_table_rate_on(ecb, day("2024-09-18"), &percent), RELANCE_OK);
  CHECK(decimal_is(&percent, "3.65"));
  CHECK_STATUS(relance_rate_table_rate_on(ecb, day("2024-09-17"), &percent), RELANCE_OK);
  CHECK(decimal_is(&percent, "4.25"));
  CHECK_STATUS(relance_rate_table_rate_on(ecb, day("2008-10-14"), &percent), RELANCE_E_NOT_FOUND);
  CHECK_MESSAGE("no rate in force on 2008-10-14 in \"ECB MRO\"");
  CHECK(decimal_is(&percent, "4.25"));

  /* Statutory: the rate on 1 July 2024 (4.25) + 10 (FR) or + 8 (EU). */
  CHECK_STATUS(relance_jurisdiction_statutory_rate(RELANCE_JURISDICTION_FR, day("2024-10-15"),
                                                   NULL, &percent), RELANCE_OK);
  CHECK(decimal_is(&percent, "14.25"));
  CHECK_STATUS(relance_jurisdiction_statutory_rate(RELANCE_JURISDICTION_EU, day("2024-10-15"),
                                                   ecb, &percent), RELANCE_OK);
  CHECK(decimal_is(&percent, "12.25"));
  CHECK_STATUS(relance_jurisdiction_statutory_rate(RELANCE_JURISDICTION_FR, day("2025-06-30"),
                                                   NULL, &percent), RELANCE_OK);
  CHECK(decimal_is(&percent, "13.15"));
  CHECK_STATUS(relance_jurisdiction_statutory_rate((relance_jurisdiction)7, day("2025-06-30"),
                                                   NULL, &percent), RELANCE_E_INVALID_ARGUMENT);

  /* A table of one's own: 1.00 from 2025-01-01, 5.50 from 2025-07-01. */
  dates[0] = day("2025-01-01");
  dates[1] = day("2025-07-01");
  percents[0] = parse("1.00");
  percents[1] = parse("5.50");
  CHECK_STATUS(relance_rate_table_create("mine", dates, percents, 2, &mine), RELANCE_OK);
  CHECK(relance_rate_table_count(mine) == 2);
  CHECK_STATUS(relance_rate_table_rate_on(mine, day("2025-12-31"), &percent), RELANCE_OK);
  CHECK(decimal_is(&percent, "5.50"));
  CHECK_STATUS(relance_jurisdiction_statutory_rate(RELANCE_JURISDICTION_FR, day("2025-08-01"),
                                                   mine, &percent), RELANCE_OK);
  CHECK(decimal_is(&percent, "15.50"));
  CHECK_STATUS(relance_jurisdiction_statutory_rate(RELANCE_JURISDICTION_FR, day("2024-08-01"),
                                                   mine, &percent), RELANCE_E_NOT_FOUND);
  relance_rate_table_destroy(mine);

  mine = NULL;
  dates[1] = dates[0];
  CHECK_STATUS(relance_rate_table_create("bad", dates, percents, 2, &mine),
               RELANCE_E_INVALID_ARGUMENT);
  CHECK_MESSAGE("change 1 (2025-01-01) is not after change 0 (2025-01-01)");
  CHECK_STATUS(relance_rate_table_create("empty", dates, percents, 0, &mine),
               RELANCE_E_INVALID_ARGUMENT);
  dates[1] = RELANCE_DATE_MAX + 1;
  CHECK_STATUS(relance_rate_table_create("bad", dates, percents, 2, &mine),
               RELANCE_E_INVALID_ARGUMENT);
  CHECK_MESSAGE("argument 'effective_dates[1]'");
  dates[1] = day("2025-07-01");
  percents[1].reserved = 3;
  CHECK_STATUS(relance_rate_table_create("bad", dates, percents, 2, &mine),
               RELANCE_E_INVALID_ARGUMENT);
  CHECK_MESSAGE("argument 'percents[1]': reserved field is 3");
  CHECK(mine == NULL);
  relance_rate_table_destroy(ecb);
}

static void test_contractual_rate(void) {
  relance_decimal contractual = parse("11.13"), legal = parse("3.71"), minimum = parse("0");
  char buffer[200], small[8];
  size_t length = 0;
  int32_t compliant = -1;
  CHECK_STATUS(relance_contractual_rate_check(&contractual, &legal, &compliant, &minimum, buffer,
                                              sizeof buffer, &length), RELANCE_OK);
  CHECK(compliant == 1 && decimal_is(&minimum, "11.13") && length == strlen(buffer));
  CHECK(strcmp(buffer, "contractual rate 11.13 % is at least 3 x the legal interest rate 3.71 % "
                       "= 11.13 % (Code de commerce L441-10)") == 0);
  contractual = parse("11.12");
  CHECK_STATUS(relance_contractual_rate_check(&contractual, &legal, &compliant, &minimum, buffer,
                                              sizeof buffer, &length), RELANCE_OK);
  CHECK(compliant == 0 && strstr(buffer, "cannot be lower") != NULL);
  /* Too small a buffer: the text truncated, the length, nothing else. */
  compliant = -1;
  minimum = parse("0");
  CHECK_STATUS(relance_contractual_rate_check(&contractual, &legal, &compliant, &minimum, small,
                                              sizeof small, &length),
               RELANCE_E_BUFFER_TOO_SMALL);
  CHECK(strcmp(small, "contrac") == 0 && length == strlen(buffer));
  CHECK(compliant == -1 && decimal_is(&minimum, "0"));
  contractual = parse("-1");
  CHECK_STATUS(relance_contractual_rate_check(&contractual, &legal, &compliant, &minimum, NULL, 0,
                                              &length), RELANCE_E_INVALID_ARGUMENT);
  CHECK_MESSAGE("rates must not be negative");
}

int main(void) {
  test_rate_tables();
  test_contractual_rate();
  return check_summary("capi_rates_test");
}
