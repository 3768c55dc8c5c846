/* The hand-worked book of tests/aging_test.cc (HandWorkedBook), built
 * through the C ABI, for the C tests of the ledger and of aging. */
#ifndef RELANCE_TESTS_C_LEDGER_BOOK_H_
#define RELANCE_TESTS_C_LEDGER_BOOK_H_

#include <stdint.h>
#include <string.h>

#include "check.h"
#include "relance.h"

/* Days since 1970-01-01 of an ISO date. */
static inline int32_t day(const char* iso) {
  int32_t d = 0;
  CHECK_STATUS(relance_date_parse(iso, strlen(iso), &d), RELANCE_OK);
  return d;
}

/* ACME in EUR (the book of aging_test.cc HandWorkedBook):
 *   F1 1000.00 due 2025-07-15; F2 500.00 due 2025-06-10; F3 300.00 due
 *   2025-03-01 with 100.00 disputed from 2025-04-01; F4 200.00 without due
 *   date dated 2025-05-01; F5 999.00 dated 2025-07-01; A1 -50.00 credit
 *   note; P1 120.00 received 2025-06-20, 70.00 allocated to F2. */
static inline void add_acme(relance_ledger* ledger) {
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
static inline void add_beta(relance_ledger* ledger) {
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

#endif
