/* Late interest over a ledger through the C ABI (relance_ledger_late_interest):
 * DOMAIN.md's golden case (10,000.00 EUR due 2024-09-15 paid 2024-10-15:
 * 10000 x 14.25 % x 30/365 = 117.12, plus 40.00), an unpaid CHF item
 * (interest, no euro compensation), the customer filter and a fixed
 * compensation. */
#include <stdint.h>
#include <string.h>

#include "check.h"
#include "ledger_book.h"
#include "relance.h"

static void build(relance_ledger* ledger) {
  const char* customers[] = {"ACME", "BETA"};
  const char* ids[] = {"F1", "F2", "G1"};
  const char* owners[] = {"ACME", "ACME", "BETA"};
  int32_t docs[3], dues[3], paid_on[2];
  const int64_t amounts[] = {1000000, 50000, 100000};
  const char* currencies[] = {"EUR", "EUR", "CHF"};
  const char* pay[] = {"P1", "P2"};
  const char* payer[] = {"ACME", "ACME"};
  const char* eur[] = {"EUR", "EUR"};
  const char* targets[] = {"F1", "F2"};
  const int64_t paid[] = {1000000, 50000};
  int64_t first = -1;
  docs[0] = day("2024-08-16"), docs[1] = day("2024-08-16"), docs[2] = day("2025-01-01");
  dues[0] = day("2024-09-15"), dues[1] = day("2024-09-15"), dues[2] = day("2025-01-31");
  paid_on[0] = day("2024-10-15"), paid_on[1] = day("2024-09-15"); /* P2 on time */
  CHECK_STATUS(relance_ledger_add_customers(ledger, 2, customers, NULL, NULL, NULL, NULL, NULL),
               RELANCE_OK);
  CHECK_STATUS(relance_ledger_add_items(ledger, 3, ids, owners, NULL, docs, dues, amounts,
                                        currencies, NULL, NULL),
               RELANCE_OK);
  CHECK_STATUS(relance_ledger_add_payments(ledger, 2, pay, payer, paid_on, paid, eur, NULL),
               RELANCE_OK);
  CHECK_STATUS(relance_ledger_add_allocations(ledger, 2, NULL, pay, targets, paid, paid_on, &first),
               RELANCE_OK);
}

int main(void) {
  relance_ledger* ledger = NULL;
  relance_ledger_interest* report = NULL;
  relance_late_interest_request settings;
  relance_ledger_interest_item item;
  relance_late_interest_totals totals;
  relance_money interest, compensation, total;
  CHECK_STATUS(relance_ledger_create(&ledger), RELANCE_OK);
  build(ledger);
  CHECK_STATUS(relance_late_interest_request_init(&settings, sizeof settings), RELANCE_OK);

  /* As of 2025-03-02: F1 paid late (settled 2024-10-15); G1 unpaid, 30 days
   * at 13.15 %: 1000 x 0.1315 x 30/365 = 10.81 CHF, no compensation. */
  CHECK_STATUS(relance_ledger_late_interest(ledger, day("2025-03-02"), &settings, NULL, &report),
               RELANCE_OK);
  CHECK(relance_ledger_interest_count(report) == 2);
  CHECK_STATUS(relance_ledger_interest_at(report, 0, &item), RELANCE_OK);
  CHECK(strcmp(item.item_id, "F1") == 0 && strcmp(item.customer_id, "ACME") == 0);
  CHECK(item.due_date == day("2024-09-15") && item.due_date_assumed == 0);
  CHECK(item.settled_on == day("2024-10-15"));
  CHECK_STATUS(relance_late_interest_result_totals(item.result, &totals), RELANCE_OK);
  CHECK(totals.interest.units == 11712 && strcmp(totals.interest.currency, "EUR") == 0);
  CHECK(totals.compensation.units == 4000 && totals.total.units == 15712);
  CHECK(relance_late_interest_result_segment_count(item.result) == 1);
  CHECK_STATUS(relance_ledger_interest_at(report, 1, &item), RELANCE_OK);
  CHECK(strcmp(item.item_id, "G1") == 0 && item.settled_on == RELANCE_NO_DATE);
  CHECK_STATUS(relance_late_interest_result_totals(item.result, &totals), RELANCE_OK);
  CHECK(totals.interest.units == 1081 && totals.compensation.units == 0);
  CHECK(relance_ledger_interest_total_count(report) == 2);
  CHECK_STATUS(relance_ledger_interest_total_at(report, 0, &interest, &compensation, &total),
               RELANCE_OK);
  CHECK(strcmp(interest.currency, "CHF") == 0 && total.units == 1081);
  CHECK_STATUS(relance_ledger_interest_total_at(report, 1, &interest, &compensation, &total),
               RELANCE_OK);
  CHECK(strcmp(total.currency, "EUR") == 0 && total.units == 15712);
  CHECK_STATUS(relance_ledger_interest_at(report, 2, &item), RELANCE_E_INVALID_ARGUMENT);
  relance_ledger_interest_destroy(report);
  report = NULL;

  /* One customer; a fixed 15.00 compensation per item, in its currency. */
  settings.has_compensation = 1;
  settings.compensation.units = 1500;
  memcpy(settings.compensation.currency, "EUR", 4);
  CHECK_STATUS(relance_ledger_late_interest(ledger, day("2025-03-02"), &settings, "BETA", &report),
               RELANCE_OK);
  CHECK(relance_ledger_interest_count(report) == 1);
  CHECK_STATUS(relance_ledger_interest_at(report, 0, &item), RELANCE_OK);
  CHECK_STATUS(relance_late_interest_result_totals(item.result, &totals), RELANCE_OK);
  CHECK(totals.compensation.units == 1500 && strcmp(totals.compensation.currency, "CHF") == 0);
  relance_ledger_interest_destroy(report);
  report = NULL;

  CHECK_STATUS(relance_ledger_late_interest(ledger, day("2025-03-02"), &settings, "NOPE", &report),
               RELANCE_E_NOT_FOUND);
  CHECK(report == NULL);
  settings.rate_kind = 7;
  CHECK_STATUS(relance_ledger_late_interest(ledger, day("2025-03-02"), &settings, NULL, &report),
               RELANCE_E_INVALID_ARGUMENT);
  CHECK_MESSAGE("rate_kind");
  relance_ledger_destroy(ledger);
  return check_summary("ledger_interest_capi_test");
}
