/* Aging through the C ABI: the hand-worked book of tests/aging_test.cc
 * (same numbers) under both bases, the options struct and its checks, the
 * report's accessors, and the merge of a book split by customer. */
#include <stdint.h>
#include <string.h>

#include "check.h"
#include "ledger_book.h"
#include "relance.h"

static relance_aging_report* age(const relance_ledger* ledger, const char* as_of,
                                 int32_t basis, const int32_t* bounds, int32_t bound_count) {
  relance_aging_options options;
  relance_aging_report* report = NULL;
  int32_t i;
  CHECK_STATUS(relance_aging_options_init(&options, sizeof options), RELANCE_OK);
  options.as_of = day(as_of);
  options.basis = basis;
  if (bounds != NULL) {
    options.bound_count = bound_count;
    for (i = 0; i < bound_count; ++i) options.bounds[i] = bounds[i];
  }
  CHECK_STATUS(relance_ledger_age(ledger, &options, &report), RELANCE_OK);
  return report;
}

/* Row `row` equals customer/currency/values. */
static int row_is(const relance_aging_report* report, size_t row, const char* customer,
                  const char* currency, const int64_t* expected, size_t n) {
  const char* id = NULL;
  size_t length = 0;
  char code[4];
  int64_t values[32];
  if (relance_aging_report_column_count(report) != n) return 0;
  if (relance_aging_report_customer_id(report, row, &id, &length) != RELANCE_OK) return 0;
  if (relance_aging_report_currencies(report, row, 1, code, sizeof code) != RELANCE_OK) return 0;
  if (relance_aging_report_values(report, row, 1, values, 32) != RELANCE_OK) return 0;
  return strcmp(id, customer) == 0 && length == strlen(customer) &&
         strcmp(code, currency) == 0 && memcmp(values, expected, n * sizeof *values) == 0;
}

/* The report's rows in canonical order equal the two expected rows. */
static void check_acme_beta(const relance_aging_report* report, const int64_t* acme,
                            const int64_t* beta, size_t n) {
  size_t order[2] = {9, 9};
  CHECK(relance_aging_report_row_count(report) == 2);
  CHECK_STATUS(relance_aging_report_sorted_order(report, order, 2), RELANCE_OK);
  CHECK(row_is(report, order[0], "ACME", "EUR", acme, n));
  CHECK(row_is(report, order[1], "BETA", "JPY", beta, n));
}

static void test_hand_worked_book(void) {
  static const int64_t acme[] = {100000, 43000, 20000, 0, 0, 20000, 10000, -10000, 183000, 5};
  static const int64_t beta[] = {0, 10000, 0, 0, 0, 0, 0, 0, 10000, 1};
  static const int64_t acme_doc[] = {0, 100000, 63000, 20000, 10000, -10000, 183000, 5};
  static const int64_t beta_doc[] = {0, 0, 10000, 0, 0, 0, 10000, 1};
  static const char* names[] = {"not_due", "d1_30", "d31_60", "d61_90", "d91_120",
                                "over_120", "disputed", "unapplied", "balance", "items"};
  const int32_t by_doc_bounds[] = {45, 90};
  relance_ledger* ledger = NULL;
  relance_aging_report* report;
  relance_aging_options got;
  char code[4], name[16];
  int64_t values[10];
  size_t i, length;
  const char *chars = NULL, *id = NULL;

  CHECK_STATUS(relance_ledger_create(&ledger), RELANCE_OK);
  add_acme(ledger);
  add_beta(ledger);
  CHECK(relance_ledger_customer_count(ledger) == 2);
  CHECK(relance_ledger_item_count(ledger) == 7);
  CHECK(relance_ledger_payment_count(ledger) == 1);
  CHECK(relance_ledger_allocation_count(ledger) == 1);

  report = age(ledger, "2025-06-30", RELANCE_AGING_BASIS_DUE_DATE, NULL, 0);
  CHECK(relance_aging_report_age_column_count(report) == 6);
  check_acme_beta(report, acme, beta, 10);
  for (i = 0; i < 10; ++i) {
    CHECK_STATUS(relance_aging_report_column_name(report, i, name, sizeof name, &length),
                 RELANCE_OK);
    CHECK(strcmp(name, names[i]) == 0 && length == strlen(names[i]));
  }
  CHECK(relance_aging_report_total_count(report) == 2);
  CHECK_STATUS(relance_aging_report_total(report, 0, code, values, 10), RELANCE_OK);
  CHECK(strcmp(code, "EUR") == 0 && memcmp(values, acme, sizeof values) == 0);
  CHECK_STATUS(relance_aging_report_total(report, 1, code, values, 10), RELANCE_OK);
  CHECK(strcmp(code, "JPY") == 0 && values[8] == 10000 && values[9] == 1);
  /* All ids at once: "ACME\0BETA\0" in row order. */
  CHECK_STATUS(relance_aging_report_customer_ids(report, &chars, &length), RELANCE_OK);
  CHECK(length == 10);
  CHECK_STATUS(relance_aging_report_customer_id(report, 1, &id, &length), RELANCE_OK);
  CHECK(id == chars + 5 && length == 4);
  CHECK_STATUS(relance_aging_options_init(&got, sizeof got), RELANCE_OK);
  CHECK_STATUS(relance_aging_report_options(report, &got), RELANCE_OK);
  CHECK(got.as_of == day("2025-06-30") && got.bound_count == 4 && got.bounds[3] == 120);
  relance_aging_report_destroy(report);

  /* Document-date basis, bounds 45 and 90: F1 15 days, F2 50, F3 151, F4 60. */
  report = age(ledger, "2025-06-30", RELANCE_AGING_BASIS_DOCUMENT_DATE, by_doc_bounds, 2);
  check_acme_beta(report, acme_doc, beta_doc, 8);
  relance_aging_report_destroy(report);

  /* As of 2025-06-19, P1 is not received and its allocation not effective. */
  report = age(ledger, "2025-06-19", RELANCE_AGING_BASIS_DUE_DATE, NULL, 0);
  for (i = 0; i < relance_aging_report_row_count(report); ++i) {
    CHECK_STATUS(relance_aging_report_customer_id(report, i, &id, &length), RELANCE_OK);
    if (strcmp(id, "ACME") != 0) continue;
    CHECK_STATUS(relance_aging_report_values(report, i, 1, values, 10), RELANCE_OK);
    CHECK(values[1] == 50000 && values[7] == -5000);
  }
  relance_aging_report_destroy(report);
  relance_ledger_destroy(ledger);
}

static void test_options_are_checked(void) {
  relance_ledger* ledger = NULL;
  relance_aging_options options;
  relance_aging_report* report = NULL;
  int64_t values[4];
  struct {
    relance_aging_options options;
    int32_t later_fields[6];
  } newer; /* as a program built against a later header has it */
  CHECK_STATUS(relance_ledger_create(&ledger), RELANCE_OK);
  CHECK_STATUS(relance_aging_options_init(&options, sizeof options - 1),
               RELANCE_E_INVALID_ARGUMENT);
  CHECK_MESSAGE("argument 'struct_size'");
  CHECK_STATUS(relance_aging_options_init(&options, 4096), RELANCE_E_INVALID_ARGUMENT);

  /* A later struct: init zeroes the fields it does not know and the library
   * accepts them as long as they stay zero. */
  memset(&newer, 0x77, sizeof newer);
  CHECK_STATUS(relance_aging_options_init(&newer.options, sizeof newer), RELANCE_OK);
  CHECK(newer.options.struct_size == sizeof newer && newer.later_fields[5] == 0);
  newer.options.as_of = day("2025-06-30");
  CHECK_STATUS(relance_ledger_age(ledger, &newer.options, &report), RELANCE_OK);
  relance_aging_report_destroy(report);
  report = NULL;
  newer.later_fields[2] = 1;
  CHECK_STATUS(relance_ledger_age(ledger, &newer.options, &report), RELANCE_E_INVALID_ARGUMENT);
  CHECK_MESSAGE("is not zero");
  options.struct_size = 8; /* never prepared by init */
  CHECK_STATUS(relance_ledger_age(ledger, &options, &report), RELANCE_E_INVALID_ARGUMENT);
  CHECK_MESSAGE("prepare it with relance_aging_options_init");
  CHECK_STATUS(relance_aging_options_init(&options, sizeof options), RELANCE_OK);
  CHECK(options.as_of == RELANCE_NO_DATE && options.bound_count == 4 && options.bounds[0] == 30);
  CHECK_STATUS(relance_ledger_age(ledger, &options, &report), RELANCE_E_INVALID_ARGUMENT);
  CHECK_MESSAGE("as_of is not set");
  options.as_of = day("2025-06-30");
  options.bounds[1] = 30;
  CHECK_STATUS(relance_ledger_age(ledger, &options, &report), RELANCE_E_INVALID_ARGUMENT);
  CHECK_MESSAGE("bucket bound 1 (30 days) must be in 1..36500 and above the previous one (30)");
  options.bound_count = 17;
  CHECK_STATUS(relance_ledger_age(ledger, &options, &report), RELANCE_E_INVALID_ARGUMENT);
  options.bound_count = 0;
  options.basis = 2;
  CHECK_STATUS(relance_ledger_age(ledger, &options, &report), RELANCE_E_INVALID_ARGUMENT);
  CHECK(report == NULL);
  options.basis = RELANCE_AGING_BASIS_DUE_DATE;
  CHECK_STATUS(relance_ledger_age(ledger, &options, &report), RELANCE_OK);
  CHECK(relance_aging_report_row_count(report) == 0);
  CHECK(relance_aging_report_column_count(report) == 6); /* not_due, over_0, 4 more */
  CHECK_STATUS(relance_aging_report_values(report, 0, 1, values, 4), RELANCE_E_INVALID_ARGUMENT);
  CHECK_MESSAGE("rows 0 + 1 go past the row count 0");
  relance_aging_report_destroy(report);
  relance_ledger_destroy(ledger);
}

/* Two workers, one customer each: the merge equals the whole book. */
static void test_merge_of_partitions(void) {
  relance_ledger *whole = NULL, *left = NULL, *right = NULL;
  relance_aging_report *all, *a, *b, *merged = NULL, *twice = NULL;
  int64_t values[10];
  int32_t equal = -1;
  CHECK_STATUS(relance_ledger_create(&whole), RELANCE_OK);
  CHECK_STATUS(relance_ledger_create(&left), RELANCE_OK);
  CHECK_STATUS(relance_ledger_create(&right), RELANCE_OK);
  add_acme(whole);
  add_beta(whole);
  add_acme(left);
  add_beta(right);
  all = age(whole, "2025-06-30", 0, NULL, 0);
  a = age(left, "2025-06-30", 0, NULL, 0);
  b = age(right, "2025-06-30", 0, NULL, 0);
  relance_ledger_destroy(left); /* reports outlive their ledgers */
  relance_ledger_destroy(right);
  CHECK_STATUS(relance_aging_report_equal(a, all, &equal), RELANCE_OK);
  CHECK(equal == 0);
  CHECK_STATUS(relance_aging_report_merge(a, b, &merged), RELANCE_OK);
  CHECK_STATUS(relance_aging_report_equal(merged, all, &equal), RELANCE_OK);
  CHECK(equal == 1);
  CHECK_STATUS(relance_aging_report_values(merged, 0, 2, values, 19), RELANCE_E_BUFFER_TOO_SMALL);
  CHECK_STATUS(relance_aging_report_merge(merged, a, &twice), RELANCE_E_INVALID_ARGUMENT);
  CHECK_MESSAGE("ACME");
  CHECK(twice == NULL);
  relance_aging_report_destroy(merged);
  relance_aging_report_destroy(all);
  relance_aging_report_destroy(a);
  relance_aging_report_destroy(b);
  relance_ledger_destroy(whole);
}

int main(void) {
  test_hand_worked_book();
  test_options_are_checked();
  test_merge_of_partitions();
  return check_summary("aging_capi_test");
}
