/* The ledger and aging through the C ABI, as an integrator would use them:
 * the hand-worked book of tests/aging_test.cc (same numbers), queries as of
 * a date, statements, matching and its reversal, all-or-nothing bulk calls,
 * and the merge of a book split by customer. */
#include <stdint.h>
#include <string.h>

#include "check.h"
#include "relance.h"

static int32_t day(const char* iso) {
  int32_t d = 0;
  CHECK_STATUS(relance_date_parse(iso, strlen(iso), &d), RELANCE_OK);
  return d;
}

/* ACME in EUR (the book of aging_test.cc HandWorkedBook):
 *   F1 1000.00 due 2025-07-15; F2 500.00 due 2025-06-10; F3 300.00 due
 *   2025-03-01 with 100.00 disputed from 2025-04-01; F4 200.00 without due
 *   date dated 2025-05-01; F5 999.00 dated 2025-07-01; A1 -50.00 credit
 *   note; P1 120.00 received 2025-06-20, 70.00 allocated to F2. */
static void add_acme(relance_ledger* ledger) {
  const char* customer[] = {"ACME"};
  const char* name[] = {"Acme SA"};
  const int64_t limit[] = {500000};
  const char* limit_currency[] = {"EUR"};
  const char* ids[] = {"F1", "F2", "F3", "F4", "F5", "A1"};
  const char* owners[] = {"ACME", "ACME", "ACME", "ACME", "ACME", "ACME"};
  const int32_t kinds[] = {RELANCE_ITEM_INVOICE, RELANCE_ITEM_INVOICE, RELANCE_ITEM_INVOICE,
                           RELANCE_ITEM_INVOICE, RELANCE_ITEM_INVOICE,
                           RELANCE_ITEM_CREDIT_NOTE};
  int32_t docs[6], dues[6];
  const int64_t amounts[] = {100000, 50000, 30000, 20000, 99900, -5000};
  const char* eur[] = {"EUR", "EUR", "EUR", "EUR", "EUR", "EUR"};
  const char* pay[] = {"P1"};
  const int64_t paid[] = {12000};
  int32_t paid_on[1];
  const char* target[] = {"F2"};
  const int64_t part[] = {7000};
  const char* disputed[] = {"F3"};
  const int64_t disputed_amount[] = {10000};
  int32_t raised[1];
  int64_t first = -1;

  docs[0] = day("2025-06-15"), docs[1] = day("2025-05-11"), docs[2] = day("2025-01-30");
  docs[3] = day("2025-05-01"), docs[4] = day("2025-07-01"), docs[5] = day("2025-06-01");
  dues[0] = day("2025-07-15"), dues[1] = day("2025-06-10"), dues[2] = day("2025-03-01");
  dues[3] = RELANCE_NO_DATE, dues[4] = day("2025-07-31"), dues[5] = RELANCE_NO_DATE;
  paid_on[0] = day("2025-06-20");
  raised[0] = day("2025-04-01");

  CHECK_STATUS(relance_ledger_add_customers(ledger, 1, customer, name, NULL, limit,
                                            limit_currency, NULL),
               RELANCE_OK);
  CHECK_STATUS(relance_ledger_add_items(ledger, 6, ids, owners, kinds, docs, dues, amounts, eur,
                                        NULL, NULL),
               RELANCE_OK);
  CHECK_STATUS(relance_ledger_add_payments(ledger, 1, pay, customer, paid_on, paid, eur, NULL),
               RELANCE_OK);
  CHECK_STATUS(relance_ledger_add_allocations(ledger, 1, NULL, pay, target, part, paid_on,
                                              &first),
               RELANCE_OK);
  CHECK(first == 0);
  CHECK_STATUS(relance_ledger_add_disputes(ledger, 1, disputed, disputed_amount, raised, NULL),
               RELANCE_OK);
}

/* BETA in JPY: G1 10000 JPY due 2025-05-31. */
static void add_beta(relance_ledger* ledger) {
  const char* customer[] = {"BETA"};
  const char* ids[] = {"G1"};
  int32_t doc[1], due[1];
  const int64_t amount[] = {10000};
  const char* jpy[] = {"JPY"};
  doc[0] = day("2025-05-01");
  due[0] = day("2025-05-31");
  CHECK_STATUS(relance_ledger_add_customers(ledger, 1, customer, NULL, NULL, NULL, NULL, NULL),
               RELANCE_OK);
  CHECK_STATUS(relance_ledger_add_items(ledger, 1, ids, customer, NULL, doc, due, amount, jpy,
                                        NULL, NULL),
               RELANCE_OK);
}

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
  memset(&got, 0, sizeof got);
  got.struct_size = sizeof got;
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

static void test_queries_as_of(void) {
  relance_ledger* ledger = NULL;
  relance_money m, balances[2];
  size_t count = 0;
  CHECK_STATUS(relance_ledger_create(&ledger), RELANCE_OK);
  add_acme(ledger);

  CHECK_STATUS(relance_ledger_open_amount(ledger, "F2", day("2025-06-30"), &m), RELANCE_OK);
  CHECK(m.units == 43000 && strcmp(m.currency, "EUR") == 0 && m.reserved == 0);
  CHECK_STATUS(relance_ledger_open_amount(ledger, "F2", day("2025-06-19"), &m), RELANCE_OK);
  CHECK(m.units == 50000);
  CHECK_STATUS(relance_ledger_open_amount(ledger, "A1", day("2025-06-30"), &m), RELANCE_OK);
  CHECK(m.units == -5000);
  CHECK_STATUS(relance_ledger_unapplied(ledger, "P1", day("2025-06-30"), &m), RELANCE_OK);
  CHECK(m.units == 5000);
  CHECK_STATUS(relance_ledger_disputed(ledger, "F3", day("2025-06-30"), &m), RELANCE_OK);
  CHECK(m.units == 10000);
  CHECK_STATUS(relance_ledger_disputed(ledger, "F3", day("2025-03-31"), &m), RELANCE_OK);
  CHECK(m.units == 0);

  CHECK_STATUS(relance_ledger_balance(ledger, "ACME", day("2025-06-30"), NULL, 0, &count),
               RELANCE_E_BUFFER_TOO_SMALL);
  CHECK(count == 1);
  CHECK_STATUS(relance_ledger_balance(ledger, "ACME", day("2025-06-30"), balances, 2, &count),
               RELANCE_OK);
  CHECK(count == 1 && balances[0].units == 183000 && strcmp(balances[0].currency, "EUR") == 0);
  CHECK_STATUS(relance_ledger_unapplied_cash(ledger, "ACME", day("2025-06-30"), balances, 2,
                                             &count),
               RELANCE_OK);
  CHECK(count == 1 && balances[0].units == 5000);

  CHECK_STATUS(relance_ledger_open_amount(ledger, "NOPE", day("2025-06-30"), &m),
               RELANCE_E_NOT_FOUND);
  CHECK_MESSAGE("relance_ledger_open_amount: ");
  CHECK_STATUS(relance_ledger_balance(ledger, "ACME", RELANCE_NO_DATE, balances, 2, &count),
               RELANCE_E_INVALID_ARGUMENT);
  CHECK_MESSAGE("argument 'as_of'");
  relance_ledger_destroy(ledger);
}

/* ACME's June 2025: opening 1000.00 (F2, F3, F4), then A1, F1 and P1. */
static void test_statement(void) {
  relance_ledger* ledger = NULL;
  relance_statement_list* list = NULL;
  relance_statement_info info;
  relance_statement_line line;
  CHECK_STATUS(relance_ledger_create(&ledger), RELANCE_OK);
  add_acme(ledger);
  CHECK_STATUS(relance_ledger_statements(ledger, "ACME", day("2025-06-01"), day("2025-06-30"),
                                         &list),
               RELANCE_OK);
  relance_ledger_destroy(ledger); /* the list does not depend on the ledger */
  CHECK(relance_statement_list_count(list) == 1);
  CHECK_STATUS(relance_statement_list_info(list, 0, &info), RELANCE_OK);
  CHECK(strcmp(info.currency, "EUR") == 0 && info.opening == 100000 && info.closing == 183000);
  CHECK(info.from == day("2025-06-01") && info.to == day("2025-06-30") && info.line_count == 3);
  CHECK_STATUS(relance_statement_list_line(list, 0, 0, &line), RELANCE_OK);
  CHECK(strcmp(line.id, "A1") == 0 && line.kind == RELANCE_STATEMENT_ITEM);
  CHECK(line.credit == 5000 && line.debit == 0 && line.balance == 95000);
  CHECK(strcmp(line.reference, "") == 0);
  CHECK_STATUS(relance_statement_list_line(list, 0, 1, &line), RELANCE_OK);
  CHECK(strcmp(line.id, "F1") == 0 && line.debit == 100000 && line.balance == 195000);
  CHECK_STATUS(relance_statement_list_line(list, 0, 2, &line), RELANCE_OK);
  CHECK(strcmp(line.id, "P1") == 0 && line.kind == RELANCE_STATEMENT_PAYMENT);
  CHECK(line.date == day("2025-06-20") && line.credit == 12000 && line.balance == 183000);
  CHECK_STATUS(relance_statement_list_line(list, 0, 3, &line), RELANCE_E_INVALID_ARGUMENT);
  CHECK_MESSAGE("argument 'line': 3 is not below the count 3");
  relance_statement_list_destroy(list);
}

/* Reference match first, then reversal of the match. */
static void test_auto_match_and_reversal(void) {
  relance_ledger* ledger = NULL;
  const char* c[] = {"C"};
  const char* items[] = {"I1", "I2"};
  const char* owners[] = {"C", "C"};
  const char* refs[] = {NULL, "INV-2"};
  const char* eur[] = {"EUR", "EUR"};
  const int64_t amounts[] = {10000, 5000};
  const char* pay[] = {"P"};
  const int64_t paid[] = {5000};
  int32_t docs[2], paid_on[1];
  size_t made = 0;
  int64_t first = -1;
  relance_allocation a;
  relance_money m;
  docs[0] = docs[1] = day("2025-01-10");
  paid_on[0] = day("2025-02-01");
  CHECK_STATUS(relance_ledger_create(&ledger), RELANCE_OK);
  CHECK_STATUS(relance_ledger_add_customers(ledger, 1, c, NULL, NULL, NULL, NULL, NULL),
               RELANCE_OK);
  CHECK_STATUS(relance_ledger_add_items(ledger, 2, items, owners, NULL, docs, NULL, amounts, eur,
                                        refs, NULL),
               RELANCE_OK);
  CHECK_STATUS(relance_ledger_add_payments(ledger, 1, pay, c, paid_on, paid, eur, refs + 1),
               RELANCE_OK);
  CHECK_STATUS(relance_ledger_auto_match(ledger, &made, &first), RELANCE_OK);
  CHECK(made == 1 && first == 0);
  CHECK_STATUS(relance_ledger_allocation(ledger, first, &a), RELANCE_OK);
  CHECK(strcmp(a.source_id, "P") == 0 && strcmp(a.item_id, "I2") == 0);
  CHECK(a.source == RELANCE_ALLOCATION_FROM_PAYMENT && a.date == paid_on[0]);
  CHECK(a.amount.units == 5000 && a.reversed == RELANCE_NO_DATE);

  CHECK_STATUS(relance_ledger_reverse_allocation(ledger, 0, day("2025-03-01")), RELANCE_OK);
  CHECK_STATUS(relance_ledger_open_amount(ledger, "I2", day("2025-02-28"), &m), RELANCE_OK);
  CHECK(m.units == 0);
  CHECK_STATUS(relance_ledger_open_amount(ledger, "I2", day("2025-03-01"), &m), RELANCE_OK);
  CHECK(m.units == 5000);
  CHECK_STATUS(relance_ledger_allocation(ledger, 0, &a), RELANCE_OK);
  CHECK(a.reversed == day("2025-03-01"));
  CHECK_STATUS(relance_ledger_reverse_allocation(ledger, 0, day("2025-03-02")),
               RELANCE_E_INVALID_ARGUMENT);
  CHECK_STATUS(relance_ledger_allocation(ledger, 7, &a), RELANCE_E_NOT_FOUND);
  /* P is unapplied again from March only: a match effective on its date
   * would take what the reversed one held in February, so none is made. */
  CHECK_STATUS(relance_ledger_auto_match(ledger, &made, &first), RELANCE_OK);
  CHECK(made == 0 && first == 1);
  relance_ledger_destroy(ledger);
}

/* A bad row anywhere: the call fails, names the row, and adds nothing. */
static void test_all_or_nothing(void) {
  relance_ledger* ledger = NULL;
  const char* ids[] = {"X1", "X2", "X3"};
  const char* owners[] = {"ACME", "ACME", "NOBODY"};
  const char* eur[] = {"EUR", "EUR", "EUR"};
  const char* bad_code[] = {"EUR", "EUX", "EUR"};
  const int32_t bad_kinds[] = {0, 6, 0};
  const int64_t amounts[] = {100, 200, 300};
  int32_t docs[3], bad_docs[3];
  const int32_t sources[] = {RELANCE_ALLOCATION_FROM_PAYMENT,
                             RELANCE_ALLOCATION_FROM_CREDIT_NOTE};
  const char* from[] = {"P1", "A1"};
  const char* targets[] = {"F1", "F2"};
  const int64_t parts[] = {100, 99999};
  int32_t dates[2];
  int64_t first = 77;
  relance_money m;
  docs[0] = docs[1] = docs[2] = day("2025-06-01");
  bad_docs[0] = bad_docs[1] = docs[0];
  bad_docs[2] = RELANCE_DATE_MAX + 1;
  dates[0] = dates[1] = day("2025-06-25");

  CHECK_STATUS(relance_ledger_create(&ledger), RELANCE_OK);
  add_acme(ledger);
  CHECK_STATUS(relance_ledger_add_items(ledger, 3, ids, owners, NULL, docs, NULL, amounts, eur,
                                        NULL, NULL),
               RELANCE_E_NOT_FOUND);
  CHECK_MESSAGE("relance_ledger_add_items: row 2: ");
  CHECK_MESSAGE("NOBODY");
  owners[2] = "ACME";
  CHECK_STATUS(relance_ledger_add_items(ledger, 3, ids, owners, bad_kinds, docs, NULL, amounts,
                                        eur, NULL, NULL),
               RELANCE_E_INVALID_ARGUMENT);
  CHECK_MESSAGE("row 1: argument 'kinds': 6 is not a relance_item_kind value (0..5)");
  CHECK_STATUS(relance_ledger_add_items(ledger, 3, ids, owners, NULL, bad_docs, NULL, amounts,
                                        eur, NULL, NULL),
               RELANCE_E_INVALID_ARGUMENT);
  CHECK_MESSAGE("row 2: argument 'document_dates': day 2932897 is outside years 1..9999");
  CHECK_STATUS(relance_ledger_add_items(ledger, 3, ids, owners, NULL, docs, NULL, amounts,
                                        bad_code, NULL, NULL),
               RELANCE_E_NOT_FOUND);
  CHECK_MESSAGE("row 1: argument 'currencies': ");
  ids[2] = "F1"; /* already in the ledger */
  CHECK_STATUS(relance_ledger_add_items(ledger, 3, ids, owners, NULL, docs, NULL, amounts, eur,
                                        NULL, NULL),
               RELANCE_E_ALREADY_EXISTS);
  CHECK_MESSAGE("row 2: ");
  CHECK(relance_ledger_item_count(ledger) == 6);
  CHECK_STATUS(relance_ledger_open_amount(ledger, "X1", day("2025-06-30"), &m),
               RELANCE_E_NOT_FOUND);

  /* Row 0 fits, row 1 takes more than credit note A1 has: neither is
   * recorded. */
  CHECK_STATUS(relance_ledger_add_allocations(ledger, 2, sources, from, targets, parts, dates,
                                              &first),
               RELANCE_E_INVALID_ARGUMENT);
  CHECK_MESSAGE("relance_ledger_add_allocations: row 1: ");
  CHECK(first == 77 && relance_ledger_allocation_count(ledger) == 1);
  CHECK_STATUS(relance_ledger_open_amount(ledger, "F1", day("2025-06-30"), &m), RELANCE_OK);
  CHECK(m.units == 100000);
  relance_ledger_destroy(ledger);
}

static void test_options_are_checked(void) {
  relance_ledger* ledger = NULL;
  relance_aging_options options;
  relance_aging_report* report = NULL;
  int64_t values[4];
  CHECK_STATUS(relance_ledger_create(&ledger), RELANCE_OK);
  CHECK_STATUS(relance_aging_options_init(&options, sizeof options - 1),
               RELANCE_E_INVALID_ARGUMENT);
  CHECK_MESSAGE("struct_size");
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
  test_queries_as_of();
  test_statement();
  test_auto_match_and_reversal();
  test_all_or_nothing();
  test_options_are_checked();
  test_merge_of_partitions();
  return check_summary("ledger_capi_test");
}
