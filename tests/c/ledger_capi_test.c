/* The ledger through the C ABI, as an integrator would use it: queries as
 * of a date on the hand-worked book of tests/aging_test.cc, statements,
 * matching and its reversal, and all-or-nothing bulk calls. */
#include <stdint.h>
#include <string.h>

#include "check.h"
#include "ledger_book.h"
#include "relance.h"

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
  /* P is unapplied again from March only: matched again (by its reference)
   * effective on the day the reversal freed it, not on its own date. */
  CHECK_STATUS(relance_ledger_auto_match(ledger, &made, &first), RELANCE_OK);
  CHECK(made == 1 && first == 1);
  CHECK_STATUS(relance_ledger_allocation(ledger, first, &a), RELANCE_OK);
  CHECK(strcmp(a.item_id, "I2") == 0 && a.date == day("2025-03-01") && a.amount.units == 5000);
  CHECK_STATUS(relance_ledger_auto_match(ledger, &made, &first), RELANCE_OK);
  CHECK(made == 0);
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

  /* Row 0 fits, row 1 takes more than F2 has open (430.00) and more than
   * credit note A1 has: neither is recorded; the message names the row and
   * the item it over-settles. */
  CHECK_STATUS(relance_ledger_add_allocations(ledger, 2, sources, from, targets, parts, dates,
                                              &first),
               RELANCE_E_INVALID_ARGUMENT);
  CHECK_MESSAGE("relance_ledger_add_allocations: row 1: allocation of 999.99 EUR on 2025-06-25 "
                "takes more than is open: item \"F2\" would have an open amount of -569.99 EUR "
                "on 2025-06-25 (430.00 EUR open on that date before this row; amount 500.00 "
                "EUR)");
  CHECK(first == 77 && relance_ledger_allocation_count(ledger) == 1);
  CHECK_STATUS(relance_ledger_open_amount(ledger, "F1", day("2025-06-30"), &m), RELANCE_OK);
  CHECK(m.units == 100000);
  relance_ledger_destroy(ledger);
}

int main(void) {
  test_queries_as_of();
  test_statement();
  test_auto_match_and_reversal();
  test_all_or_nothing();
  return check_summary("ledger_capi_test");
}
