/* The C ABI of day counts, jurisdictions and payment terms, used from C as
 * an integrator would. Expected dates are computed by hand from the rules
 * of relance.h (EOM = end of month); DOMAIN.md golden case 2 is
 * test_forty_five_days_end_of_month. */
#include <stdint.h>
#include <string.h>

#include "check.h"
#include "relance.h"
#include "values.h"

static void test_day_counts(void) {
  int64_t n = 0, d = 0, days = 0;
  int32_t code = -1;
  CHECK(strcmp(relance_day_count_name(RELANCE_DAY_COUNT_ACT_ACT_ISDA), "ACT/ACT-ISDA") == 0);
  CHECK(strcmp(relance_day_count_name(RELANCE_DAY_COUNT_30E_360), "30E/360") == 0);
  CHECK(strcmp(relance_day_count_name((relance_day_count)5), "INVALID") == 0);
  CHECK(strcmp(relance_day_count_name((relance_day_count)256), "INVALID") == 0);
  CHECK_STATUS(relance_day_count_parse("30/360", 6, &code), RELANCE_OK);
  CHECK(code == RELANCE_DAY_COUNT_30_360);
  CHECK_STATUS(relance_day_count_parse("ACT/365F", 8, &code), RELANCE_OK);
  CHECK(code == RELANCE_DAY_COUNT_ACT_365F);
  code = -1;
  CHECK_STATUS(relance_day_count_parse("act/365f", 8, &code), RELANCE_E_INVALID_ARGUMENT);
  CHECK_MESSAGE("relance_day_count_parse: unknown day count \"act/365f\"; expected one of:");
  CHECK(code == -1);

  /* 30 days / 365 = 6/73 (golden case 1). */
  CHECK_STATUS(relance_day_count_year_fraction(RELANCE_DAY_COUNT_ACT_365F, day("2024-09-15"),
                                               day("2024-10-15"), &n, &d), RELANCE_OK);
  CHECK(n == 6 && d == 73);
  /* Reversed: negated. */
  CHECK_STATUS(relance_day_count_year_fraction(RELANCE_DAY_COUNT_ACT_365F, day("2024-10-15"),
                                               day("2024-09-15"), &n, &d), RELANCE_OK);
  CHECK(n == -6 && d == 73);
  /* 31 days of 2023 / 365 + 30 days of 2024 / 366 = 22296/133590 = 3716/22265. */
  CHECK_STATUS(relance_day_count_year_fraction(RELANCE_DAY_COUNT_ACT_ACT_ISDA,
                                               day("2023-12-01"), day("2024-01-31"), &n, &d),
               RELANCE_OK);
  CHECK(n == 3716 && d == 22265);
  /* 30/360: 15 -> 31 January is 16 days (D1 = 15 is not 30); 30E/360: 15. */
  CHECK_STATUS(relance_day_count_days(RELANCE_DAY_COUNT_30_360, day("2025-01-15"),
                                      day("2025-01-31"), &days), RELANCE_OK);
  CHECK(days == 16);
  CHECK_STATUS(relance_day_count_days(RELANCE_DAY_COUNT_30E_360, day("2025-01-15"),
                                      day("2025-01-31"), &days), RELANCE_OK);
  CHECK(days == 15);
  CHECK_STATUS(relance_day_count_year_fraction(RELANCE_DAY_COUNT_30_360, day("2025-01-15"),
                                               day("2025-01-31"), &n, &d), RELANCE_OK);
  CHECK(n == 2 && d == 45);
  CHECK_STATUS(relance_day_count_year_fraction(RELANCE_DAY_COUNT_ACT_360, 100, 100, &n, &d),
               RELANCE_OK);
  CHECK(n == 0 && d == 1);
  /* The whole date range fits. */
  CHECK_STATUS(relance_day_count_year_fraction(RELANCE_DAY_COUNT_ACT_ACT_ISDA, RELANCE_DATE_MIN,
                                               RELANCE_DATE_MAX, &n, &d), RELANCE_OK);
  CHECK(d > 0 && n / d == 9998);

  n = 77;
  CHECK_STATUS(relance_day_count_year_fraction((relance_day_count)9, 0, 1, &n, &d),
               RELANCE_E_INVALID_ARGUMENT);
  CHECK_MESSAGE("argument 'convention': 9 is not a relance_day_count value (0..4)");
  CHECK_STATUS(relance_day_count_days((relance_day_count)-1, 0, 1, &days),
               RELANCE_E_INVALID_ARGUMENT);
  CHECK_MESSAGE("argument 'convention': -1 is not a relance_day_count value (0..4)");
  CHECK_STATUS(relance_day_count_days(RELANCE_DAY_COUNT_ACT_360, RELANCE_DATE_MAX + 1, 0, &days),
               RELANCE_E_INVALID_ARGUMENT);
  CHECK_MESSAGE("argument 'start'");
  CHECK_STATUS(relance_day_count_days(RELANCE_DAY_COUNT_ACT_360, 0, RELANCE_DATE_MIN - 1, &days),
               RELANCE_E_INVALID_ARGUMENT);
  CHECK_MESSAGE("argument 'end'");
  CHECK(n == 77);
}

static void test_jurisdictions(void) {
  int32_t j = -1;
  CHECK(strcmp(relance_jurisdiction_name(RELANCE_JURISDICTION_EU), "EU") == 0);
  CHECK(strcmp(relance_jurisdiction_name((relance_jurisdiction)2), "INVALID") == 0);
  CHECK(strcmp(relance_jurisdiction_name((relance_jurisdiction)257), "INVALID") == 0);
  CHECK(strcmp(relance_jurisdiction_name((relance_jurisdiction)-1), "INVALID") == 0);
  CHECK_STATUS(relance_jurisdiction_parse("fr", 2, &j), RELANCE_OK);
  CHECK(j == RELANCE_JURISDICTION_FR);
  CHECK_STATUS(relance_jurisdiction_parse("EU", 2, &j), RELANCE_OK);
  CHECK(j == RELANCE_JURISDICTION_EU);
  CHECK_STATUS(relance_jurisdiction_parse("FRANCE", 2, &j), RELANCE_OK); /* 2 bytes: "FR" */
  CHECK(j == RELANCE_JURISDICTION_FR);
  CHECK_STATUS(relance_jurisdiction_parse("DE", 2, &j), RELANCE_E_INVALID_ARGUMENT);
  CHECK_MESSAGE("DE");
  CHECK(j == RELANCE_JURISDICTION_FR);
}

static relance_terms* terms(const char* text) {
  relance_terms* t = NULL;
  CHECK_STATUS(relance_terms_create(text, strlen(text), &t), RELANCE_OK);
  return t;
}

/* The canonical text of t, in a static buffer. */
static const char* terms_text(const relance_terms* t) {
  static char buffer[128];
  size_t length = 0;
  CHECK_STATUS(relance_terms_format(t, buffer, sizeof buffer, &length), RELANCE_OK);
  CHECK(length == strlen(buffer));
  return buffer;
}

/* The one due date of single-due-date terms for `amount` EUR. */
static int32_t single_due_date(const relance_terms* t, const char* invoice) {
  relance_installment_list* list = NULL;
  relance_installment item;
  relance_money m = money("100.00", "EUR");
  int32_t due = 0;
  CHECK_STATUS(relance_terms_due_dates(t, day(invoice), &m, &list), RELANCE_OK);
  CHECK(relance_installment_list_count(list) == 1);
  CHECK_STATUS(relance_installment_list_at(list, 0, &item), RELANCE_OK);
  CHECK(item.amount.units == 10000 && item.has_early_payment == 0);
  CHECK_STATUS(relance_terms_final_due_date(t, day(invoice), &due), RELANCE_OK);
  CHECK(due == item.due_date);
  relance_installment_list_destroy(list);
  return item.due_date;
}

/* DOMAIN.md golden case 2, and the legal check of both readings. */
static void test_forty_five_days_end_of_month(void) {
  relance_terms* eom_first = terms("eom+45");
  relance_terms* days_first = terms("45+eom");
  relance_terms_check_result* check = NULL;
  relance_terms_caps caps;
  int32_t code = -1, installment = -1, date = 0;
  const char* message = NULL;

  CHECK(single_due_date(eom_first, "2025-01-15") == day("2025-03-17"));
  CHECK(single_due_date(days_first, "2025-01-15") == day("2025-03-31"));

  /* FR, EOM(I) + 45: past 60 days but within both 45-days-EOM caps. */
  CHECK_STATUS(relance_terms_check(eom_first, day("2025-01-15"), RELANCE_JURISDICTION_FR, &check),
               RELANCE_OK);
  CHECK_STATUS(relance_terms_check_result_caps(check, &caps), RELANCE_OK);
  CHECK(caps.cap_60_days == day("2025-03-16"));
  CHECK(caps.has_cap_eom_then_45 == 1 && caps.cap_eom_then_45 == day("2025-03-17"));
  CHECK(caps.has_cap_45_then_eom == 1 && caps.cap_45_then_eom == day("2025-03-31"));
  CHECK(caps.reserved == 0);
  CHECK(relance_terms_check_result_due_date_count(check) == 1);
  CHECK_STATUS(relance_terms_check_result_due_date_at(check, 0, &date), RELANCE_OK);
  CHECK(date == day("2025-03-17"));
  CHECK_STATUS(relance_terms_check_result_due_date_at(check, 1, &date),
               RELANCE_E_INVALID_ARGUMENT);
  CHECK_MESSAGE("argument 'index': 1 is not below the count 1");
  CHECK(relance_terms_check_result_violation_count(check) == 0);
  relance_terms_check_result_destroy(check);

  /* FR, EOM(I + 45) = 03-31: past EOM(I) + 45 = 03-17 only. */
  CHECK_STATUS(relance_terms_check(days_first, day("2025-01-15"), RELANCE_JURISDICTION_FR,
                                   &check), RELANCE_OK);
  CHECK(relance_terms_check_result_violation_count(check) == 1);
  CHECK_STATUS(relance_terms_check_result_violation_at(check, 0, &code, &installment, &message),
               RELANCE_OK);
  CHECK(code == RELANCE_TERMS_VIOLATION_BEYOND_EOM_THEN_45 && installment == 0);
  CHECK(message != NULL && strstr(message, "2025-03-31") != NULL &&
        strstr(message, "2025-03-17") != NULL);
  CHECK_STATUS(relance_terms_check_result_violation_at(check, 1, &code, &installment, &message),
               RELANCE_E_INVALID_ARGUMENT);
  relance_terms_check_result_destroy(check);

  /* EU: 60 days, no end-of-month caps. */
  CHECK_STATUS(relance_terms_check(eom_first, day("2025-01-15"), RELANCE_JURISDICTION_EU, &check),
               RELANCE_OK);
  CHECK_STATUS(relance_terms_check_result_caps(check, &caps), RELANCE_OK);
  CHECK(caps.cap_60_days == day("2025-03-16"));
  CHECK(caps.has_cap_eom_then_45 == 0 && caps.cap_eom_then_45 == 0);
  CHECK(caps.has_cap_45_then_eom == 0 && caps.cap_45_then_eom == 0);
  CHECK(relance_terms_check_result_violation_count(check) == 1);
  CHECK_STATUS(relance_terms_check_result_violation_at(check, 0, &code, &installment, &message),
               RELANCE_OK);
  CHECK(code == RELANCE_TERMS_VIOLATION_BEYOND_60_DAYS && installment == 0);
  relance_terms_check_result_destroy(check);

  check = NULL;
  CHECK_STATUS(relance_terms_check(eom_first, day("2025-01-15"), (relance_jurisdiction)2, &check),
               RELANCE_E_INVALID_ARGUMENT);
  CHECK_MESSAGE("argument 'jurisdiction': 2 is not a relance_jurisdiction value (0..1)");
  CHECK(check == NULL);
  relance_terms_destroy(eom_first);
  relance_terms_destroy(days_first);
}

static void test_text_form(void) {
  static const char* const canonical[] = {
      "", "net 30", "net 0", "eom+45", "45+eom", "day 10 next month",
      "eom+30 then day 10 next month", "2% 10, net 30", "net 30, following FR",
      "30%: net 30; 30%: net 60; balance: net 90", "500.00: net 0; balance: eom+30",
      "50%: net 0; 50%: 45+eom, modified_following TARGET"};
  relance_terms* t = NULL;
  char small[4];
  size_t i, length = 0;
  for (i = 0; i < sizeof canonical / sizeof canonical[0]; ++i) {
    t = terms(canonical[i]);
    CHECK(strcmp(terms_text(t), canonical[i]) == 0);
    relance_terms_destroy(t);
  }
  /* The length only, then snprintf truncation. */
  t = terms("2% 10, net 30");
  CHECK_STATUS(relance_terms_format(t, NULL, 0, &length), RELANCE_E_BUFFER_TOO_SMALL);
  CHECK(length == 13);
  CHECK_STATUS(relance_terms_format(t, small, sizeof small, &length), RELANCE_E_BUFFER_TOO_SMALL);
  CHECK(length == 13 && strcmp(small, "2% ") == 0);
  relance_terms_destroy(t);
  /* NULL text of length 0: silent terms. */
  CHECK_STATUS(relance_terms_create(NULL, 0, &t), RELANCE_OK);
  CHECK(strcmp(terms_text(t), "") == 0);
  relance_terms_destroy(t);

  t = NULL;
  CHECK_STATUS(relance_terms_create("net thirty", 10, &t), RELANCE_E_PARSE);
  CHECK_MESSAGE("relance_terms_create: ");
  CHECK_MESSAGE("position 5");
  CHECK_STATUS(relance_terms_create("net 30, following XX", 20, &t), RELANCE_E_NOT_FOUND);
  CHECK_STATUS(relance_terms_create("60%: net 30; 60%: net 60", 24, &t),
               RELANCE_E_INVALID_ARGUMENT);
  CHECK(t == NULL);
}

static void test_installments_discount_and_roll(void) {
  relance_terms* t = terms("30%: net 30; 30%: net 60; balance: net 90");
  relance_installment_list* list = NULL;
  relance_installment item;
  relance_money total = money("1000.01", "EUR"), yen = money("100", "JPY");
  int32_t due = 0;

  /* 100001 cents x 30 % = 30000.3: 300.00, 300.00, and 400.01 (the largest
   * remainder, .4, takes the odd cent); due +30, +60, +90 days. */
  CHECK_STATUS(relance_terms_due_dates(t, day("2025-01-15"), &total, &list), RELANCE_OK);
  CHECK(relance_installment_list_count(list) == 3);
  CHECK_STATUS(relance_installment_list_at(list, 0, &item), RELANCE_OK);
  CHECK(item.due_date == day("2025-02-14") && strcmp(amount(&item.amount), "300.00") == 0);
  CHECK(strcmp(item.amount.currency, "EUR") == 0);
  CHECK_STATUS(relance_installment_list_at(list, 1, &item), RELANCE_OK);
  CHECK(item.due_date == day("2025-03-16") && strcmp(amount(&item.amount), "300.00") == 0);
  CHECK_STATUS(relance_installment_list_at(list, 2, &item), RELANCE_OK);
  CHECK(item.due_date == day("2025-04-15") && strcmp(amount(&item.amount), "400.01") == 0);
  CHECK(item.has_early_payment == 0 && item.discount.units == 0);
  CHECK_STATUS(relance_installment_list_at(list, 3, &item), RELANCE_E_INVALID_ARGUMENT);
  CHECK_STATUS(relance_terms_final_due_date(t, day("2025-01-15"), &due), RELANCE_OK);
  CHECK(due == day("2025-04-15"));
  relance_installment_list_destroy(list);
  relance_terms_destroy(t);

  /* 2 % within 10 days: deadline 01-25, 20.00 off, 980.00 to pay. */
  t = terms("2% 10, net 30");
  total = money("1000.00", "EUR");
  CHECK_STATUS(relance_terms_due_dates(t, day("2025-01-15"), &total, &list), RELANCE_OK);
  CHECK_STATUS(relance_installment_list_at(list, 0, &item), RELANCE_OK);
  CHECK(item.due_date == day("2025-02-14") && item.has_early_payment == 1);
  CHECK(item.discount_deadline == day("2025-01-25"));
  CHECK(strcmp(amount(&item.discount), "20.00") == 0);
  CHECK(strcmp(amount(&item.discounted_amount), "980.00") == 0);
  relance_installment_list_destroy(list);
  relance_terms_destroy(t);

  /* 2025-05-01 + 30 = Saturday 05-31, rolled to Monday 06-02. */
  t = terms("net 30, following FR");
  CHECK(single_due_date(t, "2025-05-01") == day("2025-06-02"));
  relance_terms_destroy(t);

  /* A fixed share larger than the invoice; a due date past 9999-12-31. */
  t = terms("500.00: net 0; balance: eom+30");
  list = NULL;
  total = money("100.00", "EUR");
  CHECK_STATUS(relance_terms_due_dates(t, day("2025-01-15"), &total, &list),
               RELANCE_E_INVALID_ARGUMENT);
  CHECK_STATUS(relance_terms_due_dates(t, day("2025-01-15"), &yen, &list),
               RELANCE_E_INVALID_ARGUMENT);
  CHECK(list == NULL);
  relance_terms_destroy(t);
  t = terms("net 60");
  CHECK_STATUS(relance_terms_due_dates(t, day("9999-12-01"), &total, &list),
               RELANCE_E_INVALID_ARGUMENT);
  CHECK_MESSAGE("outside years 1..9999");
  CHECK_STATUS(relance_terms_final_due_date(t, day("9999-12-01"), &due),
               RELANCE_E_INVALID_ARGUMENT);
  CHECK(list == NULL && due == day("2025-04-15"));
  total.reserved = 1;
  CHECK_STATUS(relance_terms_due_dates(t, 0, &total, &list), RELANCE_E_INVALID_ARGUMENT);
  CHECK_MESSAGE("argument 'amount': reserved field is 1, must be 0");
  relance_terms_destroy(t);
}

static void test_silent_terms(void) {
  relance_terms* t = terms("");
  relance_terms_check_result* check = NULL;
  int32_t code = -1, installment = -1;
  const char* message = NULL;
  CHECK(single_due_date(t, "2025-01-15") == day("2025-02-14"));
  CHECK_STATUS(relance_terms_check(t, day("2025-01-15"), RELANCE_JURISDICTION_FR, &check),
               RELANCE_OK);
  CHECK(relance_terms_check_result_violation_count(check) == 1);
  CHECK_STATUS(relance_terms_check_result_violation_at(check, 0, &code, &installment, &message),
               RELANCE_OK);
  CHECK(code == RELANCE_TERMS_VIOLATION_SILENT_TERMS && installment == 0);
  CHECK(strstr(message, "2025-02-14") != NULL);
  relance_terms_check_result_destroy(check);
  relance_terms_destroy(t);
}

int main(void) {
  test_day_counts();
  test_jurisdictions();
  test_forty_five_days_end_of_month();
  test_text_form();
  test_installments_discount_and_roll();
  test_silent_terms();
  return check_summary("capi_terms_test");
}
