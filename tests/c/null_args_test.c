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

#define EXPECT_NULL_ARG(call, name) EXPECT_NULL_ARG_INTO(outs, call, name)

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

/* ---- ledger, statements and aging ---------------------------------------- */

/* Every output the ledger calls below may write to. */
static struct ledger_outputs {
  relance_ledger* ledger;
  relance_statement_list* statements;
  relance_aging_report* report;
  relance_aging_options options;
  relance_allocation allocation;
  relance_statement_info info;
  relance_statement_line line;
  relance_money money[2];
  int64_t index, values[16];
  size_t count, length, rows[4];
  const char* text;
  char code[8], buffer[16];
  int32_t equal;
} louts, louts_filled;

/* EXPECT_NULL_ARG, and nothing written into the ledger outputs either. */
#define EXPECT_LEDGER_NULL_ARG(call, name)                        \
  do {                                                            \
    memset(&louts, 0x5A, sizeof louts);                           \
    memset(&louts_filled, 0x5A, sizeof louts_filled);             \
    EXPECT_NULL_ARG(call, name);                                  \
    CHECK(memcmp(&louts, &louts_filled, sizeof louts) == 0);      \
  } while (0)

/* A ledger with one of everything, a statement with a line, a report with a
 * row: valid handles, so that each call below fails on its NULL only. */
static void ledger_null_args(void) {
  const char* c[] = {"C"};
  const char* item[] = {"I"};
  const char* pay[] = {"P"};
  const char* eur[] = {"EUR"};
  const int32_t date[] = {20000};
  const int64_t amount[] = {100}, paid[] = {250};
  int64_t first = 0;
  relance_ledger* l = NULL;
  relance_statement_list* st = NULL;
  relance_aging_options o;
  relance_aging_report* r = NULL;

  CHECK_STATUS(relance_ledger_create(&l), RELANCE_OK);
  CHECK_STATUS(relance_ledger_add_customers(l, 1, c, NULL, NULL, NULL, NULL, NULL), RELANCE_OK);
  CHECK_STATUS(relance_ledger_add_items(l, 1, item, c, NULL, date, NULL, amount, eur, NULL, NULL),
               RELANCE_OK);
  CHECK_STATUS(relance_ledger_add_payments(l, 1, pay, c, date, paid, eur, NULL), RELANCE_OK);
  CHECK_STATUS(relance_ledger_add_allocations(l, 1, NULL, pay, item, amount, date, &first),
               RELANCE_OK);
  CHECK_STATUS(relance_ledger_statements(l, "C", 0, 30000, &st), RELANCE_OK);
  CHECK_STATUS(relance_aging_options_init(&o, sizeof o), RELANCE_OK);
  o.as_of = 30000;
  CHECK_STATUS(relance_ledger_age(l, &o, &r), RELANCE_OK);
  CHECK(relance_aging_report_row_count(r) == 1);

  EXPECT_LEDGER_NULL_ARG(relance_ledger_create(NULL), "out");
  EXPECT_LEDGER_NULL_ARG(relance_ledger_add_customers(NULL, 1, c, NULL, NULL, NULL, NULL, NULL),
                         "ledger");
  EXPECT_LEDGER_NULL_ARG(relance_ledger_add_customers(l, 1, NULL, NULL, NULL, NULL, NULL, NULL),
                         "ids");
  EXPECT_LEDGER_NULL_ARG(relance_ledger_add_customers(l, 1, c, NULL, NULL, amount, NULL, NULL),
                         "credit_limit_currencies");
  EXPECT_LEDGER_NULL_ARG(
      relance_ledger_add_items(NULL, 1, item, c, NULL, date, NULL, amount, eur, NULL, NULL),
      "ledger");
  EXPECT_LEDGER_NULL_ARG(
      relance_ledger_add_items(l, 1, NULL, c, NULL, date, NULL, amount, eur, NULL, NULL), "ids");
  EXPECT_LEDGER_NULL_ARG(
      relance_ledger_add_items(l, 1, item, NULL, NULL, date, NULL, amount, eur, NULL, NULL),
      "customer_ids");
  EXPECT_LEDGER_NULL_ARG(
      relance_ledger_add_items(l, 1, item, c, NULL, NULL, NULL, amount, eur, NULL, NULL),
      "document_dates");
  EXPECT_LEDGER_NULL_ARG(
      relance_ledger_add_items(l, 1, item, c, NULL, date, NULL, NULL, eur, NULL, NULL), "amounts");
  EXPECT_LEDGER_NULL_ARG(
      relance_ledger_add_items(l, 1, item, c, NULL, date, NULL, amount, NULL, NULL, NULL),
      "currencies");
  EXPECT_LEDGER_NULL_ARG(relance_ledger_add_payments(NULL, 1, pay, c, date, amount, eur, NULL),
                         "ledger");
  EXPECT_LEDGER_NULL_ARG(relance_ledger_add_payments(l, 1, NULL, c, date, amount, eur, NULL),
                         "ids");
  EXPECT_LEDGER_NULL_ARG(relance_ledger_add_payments(l, 1, pay, NULL, date, amount, eur, NULL),
                         "customer_ids");
  EXPECT_LEDGER_NULL_ARG(relance_ledger_add_payments(l, 1, pay, c, NULL, amount, eur, NULL),
                         "value_dates");
  EXPECT_LEDGER_NULL_ARG(relance_ledger_add_payments(l, 1, pay, c, date, NULL, eur, NULL),
                         "amounts");
  EXPECT_LEDGER_NULL_ARG(relance_ledger_add_payments(l, 1, pay, c, date, amount, NULL, NULL),
                         "currencies");
  EXPECT_LEDGER_NULL_ARG(
      relance_ledger_add_allocations(NULL, 1, NULL, pay, item, amount, date, &louts.index),
      "ledger");
  EXPECT_LEDGER_NULL_ARG(
      relance_ledger_add_allocations(l, 1, NULL, NULL, item, amount, date, &louts.index),
      "source_ids");
  EXPECT_LEDGER_NULL_ARG(
      relance_ledger_add_allocations(l, 1, NULL, pay, NULL, amount, date, &louts.index),
      "item_ids");
  EXPECT_LEDGER_NULL_ARG(
      relance_ledger_add_allocations(l, 1, NULL, pay, item, NULL, date, &louts.index), "amounts");
  EXPECT_LEDGER_NULL_ARG(
      relance_ledger_add_allocations(l, 1, NULL, pay, item, amount, NULL, &louts.index), "dates");
  EXPECT_LEDGER_NULL_ARG(relance_ledger_add_allocations(l, 1, NULL, pay, item, amount, date, NULL),
                         "out_first_index");
  EXPECT_LEDGER_NULL_ARG(relance_ledger_reverse_allocation(NULL, 0, 20000), "ledger");
  EXPECT_LEDGER_NULL_ARG(relance_ledger_add_write_offs(NULL, 1, item, amount, date, NULL),
                         "ledger");
  EXPECT_LEDGER_NULL_ARG(relance_ledger_add_write_offs(l, 1, NULL, amount, date, NULL),
                         "item_ids");
  EXPECT_LEDGER_NULL_ARG(relance_ledger_add_write_offs(l, 1, item, NULL, date, NULL), "amounts");
  EXPECT_LEDGER_NULL_ARG(relance_ledger_add_write_offs(l, 1, item, amount, NULL, NULL), "dates");
  EXPECT_LEDGER_NULL_ARG(relance_ledger_add_disputes(NULL, 1, item, amount, date, NULL), "ledger");
  EXPECT_LEDGER_NULL_ARG(relance_ledger_add_disputes(l, 1, NULL, amount, date, NULL), "item_ids");
  EXPECT_LEDGER_NULL_ARG(relance_ledger_add_disputes(l, 1, item, NULL, date, NULL), "amounts");
  EXPECT_LEDGER_NULL_ARG(relance_ledger_add_disputes(l, 1, item, amount, NULL, NULL), "raised");
  EXPECT_LEDGER_NULL_ARG(relance_ledger_auto_match(NULL, &louts.count, &louts.index), "ledger");
  EXPECT_LEDGER_NULL_ARG(relance_ledger_auto_match(l, NULL, &louts.index), "out_count");
  EXPECT_LEDGER_NULL_ARG(relance_ledger_auto_match(l, &louts.count, NULL), "out_first_index");
  CHECK(relance_ledger_customer_count(NULL) == 0 && relance_ledger_item_count(NULL) == 0);
  CHECK(relance_ledger_payment_count(NULL) == 0 && relance_ledger_allocation_count(NULL) == 0);

  EXPECT_LEDGER_NULL_ARG(relance_ledger_open_amount(NULL, "I", 0, louts.money), "ledger");
  EXPECT_LEDGER_NULL_ARG(relance_ledger_open_amount(l, NULL, 0, louts.money), "item_id");
  EXPECT_LEDGER_NULL_ARG(relance_ledger_open_amount(l, "I", 0, NULL), "out");
  EXPECT_LEDGER_NULL_ARG(relance_ledger_unapplied(NULL, "P", 0, louts.money), "ledger");
  EXPECT_LEDGER_NULL_ARG(relance_ledger_unapplied(l, NULL, 0, louts.money), "payment_id");
  EXPECT_LEDGER_NULL_ARG(relance_ledger_unapplied(l, "P", 0, NULL), "out");
  EXPECT_LEDGER_NULL_ARG(relance_ledger_disputed(NULL, "I", 0, louts.money), "ledger");
  EXPECT_LEDGER_NULL_ARG(relance_ledger_disputed(l, NULL, 0, louts.money), "item_id");
  EXPECT_LEDGER_NULL_ARG(relance_ledger_disputed(l, "I", 0, NULL), "out");
  EXPECT_LEDGER_NULL_ARG(relance_ledger_balance(NULL, "C", 0, louts.money, 2, &louts.count),
                         "ledger");
  EXPECT_LEDGER_NULL_ARG(relance_ledger_balance(l, NULL, 0, louts.money, 2, &louts.count),
                         "customer_id");
  EXPECT_LEDGER_NULL_ARG(relance_ledger_balance(l, "C", 0, NULL, 2, &louts.count),
                         "out_balances");
  EXPECT_LEDGER_NULL_ARG(relance_ledger_balance(l, "C", 0, louts.money, 2, NULL), "out_count");
  EXPECT_LEDGER_NULL_ARG(
      relance_ledger_unapplied_cash(NULL, "C", 0, louts.money, 2, &louts.count), "ledger");
  EXPECT_LEDGER_NULL_ARG(relance_ledger_unapplied_cash(l, NULL, 0, louts.money, 2, &louts.count),
                         "customer_id");
  EXPECT_LEDGER_NULL_ARG(relance_ledger_unapplied_cash(l, "C", 0, NULL, 2, &louts.count),
                         "out_amounts");
  EXPECT_LEDGER_NULL_ARG(relance_ledger_unapplied_cash(l, "C", 0, louts.money, 2, NULL),
                         "out_count");
  EXPECT_LEDGER_NULL_ARG(relance_ledger_allocation(NULL, 0, &louts.allocation), "ledger");
  EXPECT_LEDGER_NULL_ARG(relance_ledger_allocation(l, 0, NULL), "out");

  EXPECT_LEDGER_NULL_ARG(relance_ledger_statements(NULL, "C", 0, 1, &louts.statements), "ledger");
  EXPECT_LEDGER_NULL_ARG(relance_ledger_statements(l, NULL, 0, 1, &louts.statements),
                         "customer_id");
  EXPECT_LEDGER_NULL_ARG(relance_ledger_statements(l, "C", 0, 1, NULL), "out");
  CHECK(relance_statement_list_count(NULL) == 0 && relance_statement_list_count(st) == 1);
  EXPECT_LEDGER_NULL_ARG(relance_statement_list_info(NULL, 0, &louts.info), "list");
  EXPECT_LEDGER_NULL_ARG(relance_statement_list_info(st, 0, NULL), "out");
  EXPECT_LEDGER_NULL_ARG(relance_statement_list_line(NULL, 0, 0, &louts.line), "list");
  EXPECT_LEDGER_NULL_ARG(relance_statement_list_line(st, 0, 0, NULL), "out");

  EXPECT_LEDGER_NULL_ARG(relance_aging_options_init(NULL, sizeof o), "options");
  EXPECT_LEDGER_NULL_ARG(relance_ledger_age(NULL, &o, &louts.report), "ledger");
  EXPECT_LEDGER_NULL_ARG(relance_ledger_age(l, NULL, &louts.report), "options");
  EXPECT_LEDGER_NULL_ARG(relance_ledger_age(l, &o, NULL), "out");
  EXPECT_LEDGER_NULL_ARG(relance_aging_report_options(NULL, &louts.options), "report");
  EXPECT_LEDGER_NULL_ARG(relance_aging_report_options(r, NULL), "out");
  CHECK(relance_aging_report_row_count(NULL) == 0 && relance_aging_report_total_count(NULL) == 0);
  CHECK(relance_aging_report_column_count(NULL) == 0);
  CHECK(relance_aging_report_age_column_count(NULL) == 0);
  EXPECT_LEDGER_NULL_ARG(
      relance_aging_report_column_name(NULL, 0, louts.buffer, sizeof louts.buffer, &louts.length),
      "report");
  EXPECT_LEDGER_NULL_ARG(relance_aging_report_column_name(r, 0, NULL, 4, &louts.length),
                         "buffer");
  EXPECT_LEDGER_NULL_ARG(
      relance_aging_report_column_name(r, 0, louts.buffer, sizeof louts.buffer, NULL),
      "out_length");
  EXPECT_LEDGER_NULL_ARG(relance_aging_report_customer_id(NULL, 0, &louts.text, &louts.length),
                         "report");
  EXPECT_LEDGER_NULL_ARG(relance_aging_report_customer_id(r, 0, NULL, &louts.length), "out_id");
  EXPECT_LEDGER_NULL_ARG(relance_aging_report_customer_id(r, 0, &louts.text, NULL),
                         "out_length");
  EXPECT_LEDGER_NULL_ARG(relance_aging_report_customer_ids(NULL, &louts.text, &louts.length),
                         "report");
  EXPECT_LEDGER_NULL_ARG(relance_aging_report_customer_ids(r, NULL, &louts.length), "out_chars");
  EXPECT_LEDGER_NULL_ARG(relance_aging_report_customer_ids(r, &louts.text, NULL), "out_size");
  EXPECT_LEDGER_NULL_ARG(relance_aging_report_currencies(NULL, 0, 1, louts.code, 8), "report");
  EXPECT_LEDGER_NULL_ARG(relance_aging_report_currencies(r, 0, 1, NULL, 8), "out_codes");
  EXPECT_LEDGER_NULL_ARG(relance_aging_report_values(NULL, 0, 1, louts.values, 16), "report");
  EXPECT_LEDGER_NULL_ARG(relance_aging_report_values(r, 0, 1, NULL, 16), "out_values");
  EXPECT_LEDGER_NULL_ARG(relance_aging_report_sorted_order(NULL, louts.rows, 4), "report");
  EXPECT_LEDGER_NULL_ARG(relance_aging_report_sorted_order(r, NULL, 4), "out_rows");
  EXPECT_LEDGER_NULL_ARG(relance_aging_report_total(NULL, 0, louts.code, louts.values, 16),
                         "report");
  EXPECT_LEDGER_NULL_ARG(relance_aging_report_total(r, 0, NULL, louts.values, 16),
                         "out_currency");
  EXPECT_LEDGER_NULL_ARG(relance_aging_report_total(r, 0, louts.code, NULL, 16), "out_values");
  EXPECT_LEDGER_NULL_ARG(relance_aging_report_merge(NULL, r, &louts.report), "a");
  EXPECT_LEDGER_NULL_ARG(relance_aging_report_merge(r, NULL, &louts.report), "b");
  EXPECT_LEDGER_NULL_ARG(relance_aging_report_merge(r, r, NULL), "out");
  EXPECT_LEDGER_NULL_ARG(relance_aging_report_equal(NULL, r, &louts.equal), "a");
  EXPECT_LEDGER_NULL_ARG(relance_aging_report_equal(r, NULL, &louts.equal), "b");
  EXPECT_LEDGER_NULL_ARG(relance_aging_report_equal(r, r, NULL), "out_equal");

  relance_aging_report_destroy(NULL);
  relance_statement_list_destroy(NULL);
  relance_ledger_destroy(NULL);
  relance_aging_report_destroy(r);
  relance_statement_list_destroy(st);
  relance_ledger_destroy(l);
}

/* ---- KPIs and roll rates -------------------------------------------------- */

/* Every output the KPI and roll-rate calls below may write to. */
static struct kpi_outputs {
  relance_kpi_report* report;
  relance_roll_rate_report* roll;
  relance_kpi_options options;
  relance_roll_rate_options roll_options;
  relance_kpi_figure figure;
  relance_kpi_retention retention;
  int64_t units[16];
  size_t count, length;
  char code[4], buffer[16];
  int32_t equal;
} kouts, kouts_filled;

/* EXPECT_NULL_ARG, and nothing written into the KPI outputs either. */
#define EXPECT_KPI_NULL_ARG(call, name)                           \
  do {                                                            \
    memset(&kouts, 0x5A, sizeof kouts);                           \
    memset(&kouts_filled, 0x5A, sizeof kouts_filled);             \
    EXPECT_NULL_ARG(call, name);                                  \
    CHECK(memcmp(&kouts, &kouts_filled, sizeof kouts) == 0);      \
  } while (0)

/* A ledger with an item, a KPI report and a roll-rate report of one
 * currency: valid handles, so that each call below fails on its NULL only. */
static void kpi_null_args(void) {
  const char* c[] = {"C"};
  const char* item[] = {"I"};
  const char* eur[] = {"EUR"};
  const int32_t date[] = {20000};
  const int64_t amount[] = {100};
  const char* null_customer[] = {NULL};
  relance_ledger* l = NULL;
  relance_kpi_options o;
  relance_roll_rate_options ro;
  relance_kpi_report* r = NULL;
  relance_roll_rate_report* rr = NULL;

  CHECK_STATUS(relance_ledger_create(&l), RELANCE_OK);
  CHECK_STATUS(relance_ledger_add_customers(l, 1, c, NULL, NULL, NULL, NULL, NULL), RELANCE_OK);
  CHECK_STATUS(relance_ledger_add_items(l, 1, item, c, NULL, date, NULL, amount, eur, NULL, NULL),
               RELANCE_OK);
  CHECK_STATUS(relance_kpi_options_init(&o, sizeof o), RELANCE_OK);
  o.from = 19990;
  o.to = 20010;
  CHECK_STATUS(relance_ledger_kpis(l, &o, &r), RELANCE_OK);
  CHECK(relance_kpi_report_currency_count(r) == 1);
  CHECK_STATUS(relance_roll_rate_options_init(&ro, sizeof ro), RELANCE_OK);
  ro.from = 19990;
  ro.to = 20010;
  CHECK_STATUS(relance_ledger_roll_rates(l, &ro, &rr), RELANCE_OK);
  CHECK(relance_roll_rate_report_currency_count(rr) == 1);

  /* Functions without pointer arguments never fail. */
  CHECK(relance_kpi_name(RELANCE_KPI_DSO) != NULL && relance_kpi_title(RELANCE_KPI_DSO) != NULL);
  CHECK(relance_kpi_definition(RELANCE_KPI_DSO) != NULL);
  CHECK(relance_kpi_status_name(0) != NULL);
  CHECK(relance_kpi_amount_name(RELANCE_KPI_AMOUNT_LATE_PAYMENT_CASH) != NULL);

  EXPECT_KPI_NULL_ARG(relance_kpi_options_init(NULL, sizeof o), "options");
  EXPECT_KPI_NULL_ARG(relance_ledger_kpis(NULL, &o, &kouts.report), "ledger");
  EXPECT_KPI_NULL_ARG(relance_ledger_kpis(l, NULL, &kouts.report), "options");
  EXPECT_KPI_NULL_ARG(relance_ledger_kpis(l, &o, NULL), "out");
  o.customer_count = 1;
  o.customers = null_customer;
  EXPECT_KPI_NULL_ARG(relance_ledger_kpis(l, &o, &kouts.report), "options.customers[0]");
  o.customer_count = 0;
  o.customers = NULL;
  EXPECT_KPI_NULL_ARG(relance_kpi_report_options(NULL, &kouts.options), "report");
  EXPECT_KPI_NULL_ARG(relance_kpi_report_options(r, NULL), "out");
  CHECK(relance_kpi_report_currency_count(NULL) == 0);
  EXPECT_KPI_NULL_ARG(relance_kpi_report_currency(NULL, 0, kouts.code), "report");
  EXPECT_KPI_NULL_ARG(relance_kpi_report_currency(r, 0, NULL), "out_currency");
  EXPECT_KPI_NULL_ARG(relance_kpi_report_figure(NULL, 0, RELANCE_KPI_DSO, &kouts.figure),
                      "report");
  EXPECT_KPI_NULL_ARG(relance_kpi_report_figure(r, 0, RELANCE_KPI_DSO, NULL), "out");
  EXPECT_KPI_NULL_ARG(relance_kpi_report_figure(r, 0, RELANCE_KPI_RETENTION_RATE, NULL), "out");
  EXPECT_KPI_NULL_ARG(
      relance_kpi_report_amount(NULL, 0, RELANCE_KPI_AMOUNT_INVOICED, kouts.units), "report");
  EXPECT_KPI_NULL_ARG(relance_kpi_report_amount(r, 0, RELANCE_KPI_AMOUNT_INVOICED, NULL),
                      "out_units");
  EXPECT_KPI_NULL_ARG(relance_kpi_report_countback_sales(NULL, 0, kouts.units, 16, &kouts.count),
                      "report");
  EXPECT_KPI_NULL_ARG(relance_kpi_report_countback_sales(r, 0, NULL, 16, &kouts.count),
                      "out_units");
  EXPECT_KPI_NULL_ARG(relance_kpi_report_countback_sales(r, 0, kouts.units, 16, NULL),
                      "out_count");
  EXPECT_KPI_NULL_ARG(relance_kpi_report_retention(NULL, &kouts.retention), "report");
  EXPECT_KPI_NULL_ARG(relance_kpi_report_retention(r, NULL), "out");
  EXPECT_KPI_NULL_ARG(relance_kpi_report_merge(NULL, r, &kouts.report), "a");
  EXPECT_KPI_NULL_ARG(relance_kpi_report_merge(r, NULL, &kouts.report), "b");
  EXPECT_KPI_NULL_ARG(relance_kpi_report_merge(r, r, NULL), "out");
  EXPECT_KPI_NULL_ARG(relance_kpi_report_equal(NULL, r, &kouts.equal), "a");
  EXPECT_KPI_NULL_ARG(relance_kpi_report_equal(r, NULL, &kouts.equal), "b");
  EXPECT_KPI_NULL_ARG(relance_kpi_report_equal(r, r, NULL), "out_equal");

  EXPECT_KPI_NULL_ARG(relance_roll_rate_options_init(NULL, sizeof ro), "options");
  EXPECT_KPI_NULL_ARG(relance_ledger_roll_rates(NULL, &ro, &kouts.roll), "ledger");
  EXPECT_KPI_NULL_ARG(relance_ledger_roll_rates(l, NULL, &kouts.roll), "options");
  EXPECT_KPI_NULL_ARG(relance_ledger_roll_rates(l, &ro, NULL), "out");
  EXPECT_KPI_NULL_ARG(relance_roll_rate_report_options(NULL, &kouts.roll_options), "report");
  EXPECT_KPI_NULL_ARG(relance_roll_rate_report_options(rr, NULL), "out");
  CHECK(relance_roll_rate_report_currency_count(NULL) == 0);
  CHECK(relance_roll_rate_report_row_count(NULL) == 0);
  CHECK(relance_roll_rate_report_column_count(NULL) == 0);
  EXPECT_KPI_NULL_ARG(relance_roll_rate_report_currency(NULL, 0, kouts.code), "report");
  EXPECT_KPI_NULL_ARG(relance_roll_rate_report_currency(rr, 0, NULL), "out_currency");
  EXPECT_KPI_NULL_ARG(
      relance_roll_rate_report_row_name(NULL, 0, kouts.buffer, sizeof kouts.buffer, &kouts.length),
      "report");
  EXPECT_KPI_NULL_ARG(relance_roll_rate_report_row_name(rr, 0, NULL, 4, &kouts.length), "buffer");
  EXPECT_KPI_NULL_ARG(
      relance_roll_rate_report_row_name(rr, 0, kouts.buffer, sizeof kouts.buffer, NULL),
      "out_length");
  EXPECT_KPI_NULL_ARG(relance_roll_rate_report_column_name(NULL, 0, kouts.buffer,
                                                           sizeof kouts.buffer, &kouts.length),
                      "report");
  EXPECT_KPI_NULL_ARG(relance_roll_rate_report_column_name(rr, 0, NULL, 4, &kouts.length),
                      "buffer");
  EXPECT_KPI_NULL_ARG(
      relance_roll_rate_report_column_name(rr, 0, kouts.buffer, sizeof kouts.buffer, NULL),
      "out_length");
  EXPECT_KPI_NULL_ARG(relance_roll_rate_report_cell(NULL, 0, 0, 0, kouts.units), "report");
  EXPECT_KPI_NULL_ARG(relance_roll_rate_report_cell(rr, 0, 0, 0, NULL), "out_units");
  EXPECT_KPI_NULL_ARG(relance_roll_rate_report_cells(NULL, 0, kouts.units, 16), "report");
  EXPECT_KPI_NULL_ARG(relance_roll_rate_report_cells(rr, 0, NULL, 16), "out_units");
  EXPECT_KPI_NULL_ARG(relance_roll_rate_report_row_total(NULL, 0, 0, kouts.units), "report");
  EXPECT_KPI_NULL_ARG(relance_roll_rate_report_row_total(rr, 0, 0, NULL), "out_units");
  EXPECT_KPI_NULL_ARG(relance_roll_rate_report_column_total(NULL, 0, 0, kouts.units), "report");
  EXPECT_KPI_NULL_ARG(relance_roll_rate_report_column_total(rr, 0, 0, NULL), "out_units");
  EXPECT_KPI_NULL_ARG(
      relance_roll_rate_report_rate(NULL, 0, 0, 0, 2, RELANCE_ROUND_HALF_EVEN, &kouts.figure),
      "report");
  EXPECT_KPI_NULL_ARG(relance_roll_rate_report_rate(rr, 0, 0, 0, 2, RELANCE_ROUND_HALF_EVEN, NULL),
                      "out");

  relance_kpi_report_destroy(NULL);
  relance_roll_rate_report_destroy(NULL);
  relance_kpi_report_destroy(r);
  relance_roll_rate_report_destroy(rr);
  relance_ledger_destroy(l);
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
  ledger_null_args();
  kpi_null_args();
  return check_summary("null_args_test");
}
