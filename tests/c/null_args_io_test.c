/* The NULL-argument test of the ledger's late interest and CSV import and
 * export (continuing null_args_test.c, which is long enough): each call
 * with a NULL pointer returns RELANCE_E_INVALID_ARGUMENT, names the
 * argument, and writes nothing. scripts/check-abi.sh checks that every
 * exported symbol is called in one of the two files. */
#include <string.h>

#include "check.h"
#include "relance.h"

/* Every output a call below may write to. */
static struct outputs {
  relance_ledger_interest* interest;
  relance_ledger_interest_item item;
  relance_money money[3];
  relance_ledger* ledger;
  relance_import_errors* errors;
  relance_import_error error;
} outs;

#define EXPECT_NULL_ARG(call, name) EXPECT_NULL_ARG_INTO(outs, call, name)

static void interest_null_args(void) {
  const char* c[] = {"C"};
  const char* item[] = {"I"};
  const char* eur[] = {"EUR"};
  const int32_t doc[] = {20000}, due[] = {20010};
  const int64_t amount[] = {100000};
  relance_ledger* l = NULL;
  relance_ledger_interest* r = NULL;
  relance_late_interest_request q;

  CHECK_STATUS(relance_ledger_create(&l), RELANCE_OK);
  CHECK_STATUS(relance_ledger_add_customers(l, 1, c, NULL, NULL, NULL, NULL, NULL), RELANCE_OK);
  CHECK_STATUS(relance_ledger_add_items(l, 1, item, c, NULL, doc, due, amount, eur, NULL, NULL),
               RELANCE_OK);
  CHECK_STATUS(relance_late_interest_request_init(&q, sizeof q), RELANCE_OK);
  CHECK_STATUS(relance_ledger_late_interest(l, 20100, &q, NULL, &r), RELANCE_OK);
  CHECK(relance_ledger_interest_count(r) == 1);

  EXPECT_NULL_ARG(relance_ledger_late_interest(NULL, 20100, &q, NULL, &outs.interest), "ledger");
  EXPECT_NULL_ARG(relance_ledger_late_interest(l, 20100, NULL, NULL, &outs.interest), "request");
  EXPECT_NULL_ARG(relance_ledger_late_interest(l, 20100, &q, NULL, NULL), "out");
  EXPECT_NULL_ARG(relance_ledger_interest_at(NULL, 0, &outs.item), "report");
  EXPECT_NULL_ARG(relance_ledger_interest_at(r, 0, NULL), "out");
  EXPECT_NULL_ARG(relance_ledger_interest_total_at(NULL, 0, &outs.money[0], &outs.money[1],
                                                   &outs.money[2]),
                  "report");
  EXPECT_NULL_ARG(relance_ledger_interest_total_at(r, 0, NULL, &outs.money[1], &outs.money[2]),
                  "out_interest");
  EXPECT_NULL_ARG(relance_ledger_interest_total_at(r, 0, &outs.money[0], NULL, &outs.money[2]),
                  "out_compensation");
  EXPECT_NULL_ARG(relance_ledger_interest_total_at(r, 0, &outs.money[0], &outs.money[1], NULL),
                  "out_total");
  CHECK(relance_ledger_interest_count(NULL) == 0);
  CHECK(relance_ledger_interest_total_count(NULL) == 0);
  relance_ledger_interest_destroy(NULL);
  relance_ledger_interest_destroy(r);
  relance_ledger_destroy(l);
}

static void io_null_args(void) {
  relance_import_options o;
  relance_ledger* l = NULL;
  relance_import_errors* errors = NULL;

  CHECK_STATUS(relance_ledger_create(&l), RELANCE_OK);
  EXPECT_NULL_ARG(relance_import_options_init(NULL, sizeof o), "options");
  CHECK_STATUS(relance_import_options_init(&o, sizeof o), RELANCE_OK);
  EXPECT_NULL_ARG(relance_ledger_import(NULL, &o, &outs.ledger, &outs.errors), "path");
  memset(&outs, 0x5A, sizeof outs);
  CHECK_STATUS(relance_ledger_import("x", &o, NULL, NULL), RELANCE_E_INVALID_ARGUMENT);
  CHECK_MESSAGE("argument 'out' is NULL");
  /* A failed import gives a list; its accessors refuse NULLs. */
  CHECK_STATUS(relance_ledger_import("/nonexistent/relance", NULL, &l, &errors),
               RELANCE_E_NOT_FOUND);
  CHECK(relance_import_errors_count(errors) == 1);
  EXPECT_NULL_ARG(relance_import_errors_at(NULL, 0, &outs.error), "errors");
  EXPECT_NULL_ARG(relance_import_errors_at(errors, 0, NULL), "out");
  EXPECT_NULL_ARG(relance_ledger_export(NULL, "/tmp"), "ledger");
  EXPECT_NULL_ARG(relance_ledger_export(l, NULL), "directory");
  CHECK(relance_import_errors_count(NULL) == 0);
  relance_import_errors_destroy(NULL);
  relance_import_errors_destroy(errors);
  relance_ledger_destroy(l);
}

int main(void) {
  interest_null_args();
  io_null_args();
  return check_summary("null_args_io_test");
}
