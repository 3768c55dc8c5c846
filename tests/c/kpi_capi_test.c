/* Collection KPIs and the roll-rate matrix through the C ABI: the
 * hand-worked book of tests/kpi_test_book.h, rebuilt here with the ledger's
 * bulk calls, gives every figure tests/kpi_test.cc and
 * tests/kpi_roll_rate_test.cc work out by hand (their comments show the
 * arithmetic); then the options structs and their checks, and the merge of
 * a book split across two ledgers. */
#include <stdint.h>
#include <string.h>

#include "check.h"
#include "relance.h"
#include "values.h"

/* ---- the book ------------------------------------------------------------ */

/* EUR: customers A, B, C; USD: D, E (kpi_test_book.h has the table). */
static const char* const kCustomers[] = {"A", "B", "C", "D", "E"};

static const struct item_row {
  const char* id;
  const char* customer;
  int32_t kind;
  const char* document;
  const char* due; /* NULL: none */
  int64_t amount;
  int64_t open;
  const char* currency;
} kItems[] = {
    {"A1", "A", RELANCE_ITEM_INVOICE, "2023-11-15", "2023-12-15", 100000, 100000, "EUR"},
    {"A2", "A", RELANCE_ITEM_INVOICE, "2024-01-20", "2024-02-19", 200000, 200000, "EUR"},
    {"A3", "A", RELANCE_ITEM_INVOICE, "2024-03-10", "2024-04-09", 150000, 150000, "EUR"},
    {"B1", "B", RELANCE_ITEM_INVOICE, "2023-12-01", "2023-12-31", 80000, 80000, "EUR"},
    {"B2", "B", RELANCE_ITEM_INVOICE, "2024-02-01", "2024-03-02", 50000, 50000, "EUR"},
    {"BCN", "B", RELANCE_ITEM_CREDIT_NOTE, "2024-02-10", NULL, -10000, -10000, "EUR"},
    {"B3", "B", RELANCE_ITEM_INVOICE, "2024-05-01", "2024-05-31", 100000, 100000, "EUR"},
    {"C1", "C", RELANCE_ITEM_INVOICE, "2023-10-01", "2023-10-31", 30000, 30000, "EUR"},
    {"C2", "C", RELANCE_ITEM_INVOICE, "2024-03-01", NULL, 20000, 20000, "EUR"},
    {"C3", "C", RELANCE_ITEM_INVOICE, "2024-02-05", "2024-03-06", 70000, 25000, "EUR"},
    {"D1", "D", RELANCE_ITEM_INVOICE, "2023-11-01", "2023-12-01", 100000, 100000, "USD"},
    {"DF", "D", RELANCE_ITEM_FEE, "2024-01-20", "2024-01-20", 4000, 4000, "USD"},
    {"E1", "E", RELANCE_ITEM_INVOICE, "2024-01-10", "2024-02-09", 10000, 10000, "USD"},
};

static const struct payment_row {
  const char* id;
  const char* customer;
  const char* on;
  int64_t amount;
  const char* currency;
} kPayments[] = {
    {"PA1", "A", "2024-01-10", 60000, "EUR"},  {"PA2", "A", "2024-02-14", 40000, "EUR"},
    {"PA3", "A", "2024-02-19", 200000, "EUR"}, {"PA4", "A", "2024-04-05", 150000, "EUR"},
    {"PB1", "B", "2024-01-05", 20000, "EUR"},  {"PB2", "B", "2024-03-20", 40000, "EUR"},
    {"PC", "C", "2024-03-25", 5000, "EUR"},    {"PD", "D", "2024-03-05", 30000, "USD"},
};

static const struct allocation_row {
  int32_t source;
  const char* from;
  const char* to;
  const char* customer;
  int64_t amount;
  const char* on;
  const char* reversed; /* NULL: never */
} kAllocations[] = {
    {RELANCE_ALLOCATION_FROM_PAYMENT, "PA1", "A1", "A", 60000, "2024-01-10", NULL},
    {RELANCE_ALLOCATION_FROM_PAYMENT, "PA2", "A1", "A", 40000, "2024-02-14", NULL},
    {RELANCE_ALLOCATION_FROM_PAYMENT, "PA3", "A2", "A", 200000, "2024-02-19", NULL},
    {RELANCE_ALLOCATION_FROM_PAYMENT, "PA4", "A3", "A", 150000, "2024-04-05", NULL},
    {RELANCE_ALLOCATION_FROM_PAYMENT, "PB1", "B1", "B", 20000, "2024-01-05", "2024-01-25"},
    {RELANCE_ALLOCATION_FROM_CREDIT_NOTE, "BCN", "B2", "B", 10000, "2024-02-10", NULL},
    {RELANCE_ALLOCATION_FROM_PAYMENT, "PB2", "B2", "B", 40000, "2024-03-20", NULL},
    {RELANCE_ALLOCATION_FROM_PAYMENT, "PD", "D1", "D", 30000, "2024-03-05", NULL},
};

#define COUNT(a) (sizeof(a) / sizeof *(a))

/* The book's rows of the customers whose ids are letters of `who` ("ABCDE":
 * the whole book), added one bulk call per table. */
static relance_ledger* book(const char* who) {
  relance_ledger* ledger = NULL;
  const char *ids[16], *owners[16], *currencies[16], *targets[16];
  int32_t kinds[16], dates[16], dues[16], sources[16];
  int64_t amounts[16], open[16];
  int64_t first = -1;
  size_t i, n;
#define MINE(customer) (strchr(who, (customer)[0]) != NULL)

  CHECK_STATUS(relance_ledger_create(&ledger), RELANCE_OK);
  for (i = 0, n = 0; i < COUNT(kCustomers); ++i) {
    if (MINE(kCustomers[i])) ids[n++] = kCustomers[i];
  }
  CHECK_STATUS(relance_ledger_add_customers(ledger, n, ids, NULL, NULL, NULL, NULL, NULL),
               RELANCE_OK);
  for (i = 0, n = 0; i < COUNT(kItems); ++i) {
    const struct item_row* r = &kItems[i];
    if (!MINE(r->customer)) continue;
    ids[n] = r->id, owners[n] = r->customer, kinds[n] = r->kind, dates[n] = day(r->document);
    dues[n] = r->due == NULL ? RELANCE_NO_DATE : day(r->due);
    amounts[n] = r->amount, open[n] = r->open, currencies[n++] = r->currency;
  }
  CHECK_STATUS(relance_ledger_add_items(ledger, n, ids, owners, kinds, dates, dues, amounts,
                                        currencies, NULL, open),
               RELANCE_OK);
  for (i = 0, n = 0; i < COUNT(kPayments); ++i) {
    const struct payment_row* r = &kPayments[i];
    if (!MINE(r->customer)) continue;
    ids[n] = r->id, owners[n] = r->customer, dates[n] = day(r->on), amounts[n] = r->amount;
    currencies[n++] = r->currency;
  }
  CHECK_STATUS(relance_ledger_add_payments(ledger, n, ids, owners, dates, amounts, currencies,
                                           NULL),
               RELANCE_OK);
  for (i = 0, n = 0; i < COUNT(kAllocations); ++i) {
    const struct allocation_row* r = &kAllocations[i];
    if (!MINE(r->customer)) continue;
    sources[n] = r->source, ids[n] = r->from, targets[n] = r->to, amounts[n] = r->amount;
    dates[n++] = day(r->on);
  }
  CHECK_STATUS(relance_ledger_add_allocations(ledger, n, sources, ids, targets, amounts, dates,
                                              &first),
               RELANCE_OK);
  for (i = 0, n = 0; i < COUNT(kAllocations); ++i) {
    const struct allocation_row* r = &kAllocations[i];
    if (!MINE(r->customer)) continue;
    if (r->reversed != NULL) {
      CHECK_STATUS(relance_ledger_reverse_allocation(ledger, first + (int64_t)n, day(r->reversed)),
                   RELANCE_OK);
    }
    ++n;
  }
  if (MINE("C")) {
    const char* item[] = {"C1"};
    const int64_t amount[] = {30000};
    int32_t on[1];
    on[0] = day("2024-03-15");
    CHECK_STATUS(relance_ledger_add_write_offs(ledger, 1, item, amount, on, NULL), RELANCE_OK);
  }
  if (MINE("B")) {
    const char* item[] = {"B1"};
    const int64_t amount[] = {30000};
    int32_t raised[1];
    raised[0] = day("2024-02-01");
    CHECK_STATUS(relance_ledger_add_disputes(ledger, 1, item, amount, raised, NULL), RELANCE_OK);
  }
#undef MINE
  return ledger;
}

/* ---- reading a report ------------------------------------------------------ */

/* The first quarter of 2024, retention window 60 days (kpi_test.cc). */
static relance_kpi_options first_quarter(void) {
  relance_kpi_options o;
  CHECK_STATUS(relance_kpi_options_init(&o, sizeof o), RELANCE_OK);
  o.from = day("2024-01-01");
  o.to = day("2024-03-31");
  o.retention_window_days = 60;
  return o;
}

static relance_kpi_report* kpis(const relance_ledger* ledger, const relance_kpi_options* o) {
  relance_kpi_report* report = NULL;
  CHECK_STATUS(relance_ledger_kpis(ledger, o, &report), RELANCE_OK);
  return report;
}

/* "numerator / denominator = value" or "numerator / denominator: status",
 * as kpi_test.cc's Show(), in a static buffer. */
static const char* show(const relance_kpi_figure* f) {
  static char out[160];
  char numerator[48], denominator[48];
  strcpy(numerator, text(&f->numerator));
  strcpy(denominator, text(&f->denominator));
  if (f->has_value) {
    CHECK(f->status == RELANCE_KPI_STATUS_DEFINED);
    snprintf(out, sizeof out, "%s / %s = %s", numerator, denominator, text(&f->value));
  } else {
    CHECK(f->status != RELANCE_KPI_STATUS_DEFINED && decimal_is(&f->value, "0"));
    snprintf(out, sizeof out, "%s / %s: %s", numerator, denominator,
             relance_kpi_status_name(f->status));
  }
  return out;
}

/* Figure `kpi` of currency `index` is `expected` (as show() writes it). */
static int figure_is(const relance_kpi_report* report, size_t index, relance_kpi kpi,
                     const char* expected) {
  relance_kpi_figure f;
  CHECK_STATUS(relance_kpi_report_figure(report, index, kpi, &f), RELANCE_OK);
  if (strcmp(show(&f), expected) == 0) return 1;
  fprintf(stderr, "  %s: got \"%s\", expected \"%s\"\n", relance_kpi_name(kpi), show(&f),
          expected);
  return 0;
}

static int64_t units(const relance_kpi_report* report, size_t index, relance_kpi_amount which) {
  int64_t out = INT64_MIN;
  CHECK_STATUS(relance_kpi_report_amount(report, index, which, &out), RELANCE_OK);
  return out;
}

/* The currency codes of the report are `expected` ("EUR USD"). */
static int currencies_are(const relance_kpi_report* report, const char* expected) {
  char all[64] = "", code[4];
  size_t i;
  for (i = 0; i < relance_kpi_report_currency_count(report); ++i) {
    CHECK_STATUS(relance_kpi_report_currency(report, i, code), RELANCE_OK);
    if (i > 0) strcat(all, " ");
    strcat(all, code);
  }
  return strcmp(all, expected) == 0;
}

/* ---- the tests ------------------------------------------------------------- */

static void test_names(void) {
  CHECK(strcmp(relance_kpi_name(RELANCE_KPI_DSO), "dso") == 0);
  CHECK(strcmp(relance_kpi_name(RELANCE_KPI_COLLECTION_EFFECTIVENESS),
               "collection_effectiveness") == 0);
  CHECK(strcmp(relance_kpi_name(RELANCE_KPI_RETENTION_RATE), "retention_rate") == 0);
  CHECK(strcmp(relance_kpi_name((relance_kpi)RELANCE_KPI_COUNT), "INVALID") == 0);
  CHECK(strcmp(relance_kpi_name((relance_kpi)-1), "INVALID") == 0);
  CHECK(strcmp(relance_kpi_title(RELANCE_KPI_COUNTBACK_DSO), "Countback DSO") == 0);
  CHECK(strcmp(relance_kpi_title(RELANCE_KPI_BEST_POSSIBLE_DSO), "Best possible DSO") == 0);
  CHECK(strcmp(relance_kpi_title((relance_kpi)99), "INVALID") == 0);
  CHECK(strncmp(relance_kpi_definition(RELANCE_KPI_DSO),
                "receivables at the end x days in the period / credit sales of the period",
                72) == 0);
  CHECK(strcmp(relance_kpi_definition((relance_kpi)11), "INVALID") == 0);
  CHECK(strcmp(relance_kpi_status_name(RELANCE_KPI_STATUS_DEFINED), "defined") == 0);
  CHECK(strcmp(relance_kpi_status_name(1), "no_base") == 0);
  CHECK(strcmp(relance_kpi_status_name(2), "negative_receivables") == 0);
  CHECK(strcmp(relance_kpi_status_name(3), "sales_exhausted") == 0);
  CHECK(strcmp(relance_kpi_status_name(4), "INVALID") == 0);
  CHECK(strcmp(relance_kpi_status_name(256), "INVALID") == 0); /* not read as a uint8 */
  CHECK(strcmp(relance_kpi_status_name(-1), "INVALID") == 0);
  CHECK(strcmp(relance_kpi_amount_name(RELANCE_KPI_AMOUNT_BEGINNING_BALANCE),
               "beginning_balance") == 0);
  CHECK(strcmp(relance_kpi_amount_name(RELANCE_KPI_AMOUNT_RECOVERY_WRITTEN_OFF),
               "recovery_written_off") == 0);
  CHECK(strcmp(relance_kpi_amount_name(RELANCE_KPI_AMOUNT_LATE_PAYMENT_CASH),
               "late_payment_cash") == 0);
  CHECK(strcmp(relance_kpi_amount_name((relance_kpi_amount)RELANCE_KPI_AMOUNT_COUNT),
               "INVALID") == 0);
  {
    int k;
    for (k = 0; k < RELANCE_KPI_COUNT; ++k) {
      CHECK(strcmp(relance_kpi_name((relance_kpi)k), "INVALID") != 0);
      CHECK(strlen(relance_kpi_definition((relance_kpi)k)) > 40);
    }
    for (k = 0; k < RELANCE_KPI_AMOUNT_COUNT; ++k) {
      CHECK(strcmp(relance_kpi_amount_name((relance_kpi_amount)k), "INVALID") != 0);
    }
  }
}

/* HandWorkedEuro and HandWorkedDollar of kpi_test.cc. */
static void test_hand_worked_book(void) {
  relance_ledger* ledger = book("ABCDE");
  relance_kpi_options o = first_quarter();
  relance_kpi_report* r = kpis(ledger, &o);
  int64_t steps[8];
  size_t count = 0;
  static const int64_t eur_steps[] = {170000, 110000, 200000, 80000, 100000, 30000};
  static const int64_t usd_steps[] = {0, 0, 14000, 0, 100000};

  CHECK(currencies_are(r, "EUR USD"));
  /* EUR: the snapshots and flows. */
  CHECK(units(r, 0, RELANCE_KPI_AMOUNT_BEGINNING_CURRENT) == 80000);
  CHECK(units(r, 0, RELANCE_KPI_AMOUNT_BEGINNING_PAST_DUE) == 130000);
  CHECK(units(r, 0, RELANCE_KPI_AMOUNT_BEGINNING_CREDITS) == 0);
  CHECK(units(r, 0, RELANCE_KPI_AMOUNT_BEGINNING_BALANCE) == 210000);
  CHECK(units(r, 0, RELANCE_KPI_AMOUNT_BEGINNING_DISPUTED) == 0);
  CHECK(units(r, 0, RELANCE_KPI_AMOUNT_ENDING_CURRENT) == 150000);
  CHECK(units(r, 0, RELANCE_KPI_AMOUNT_ENDING_PAST_DUE) == 125000);
  CHECK(units(r, 0, RELANCE_KPI_AMOUNT_ENDING_CREDITS) == -25000);
  CHECK(units(r, 0, RELANCE_KPI_AMOUNT_ENDING_BALANCE) == 250000);
  CHECK(units(r, 0, RELANCE_KPI_AMOUNT_ENDING_DISPUTED) == 30000);
  CHECK(units(r, 0, RELANCE_KPI_AMOUNT_INVOICED) == 490000);
  CHECK(units(r, 0, RELANCE_KPI_AMOUNT_CREDIT_NOTES) == -10000);
  CHECK(units(r, 0, RELANCE_KPI_AMOUNT_CREDIT_SALES) == 480000);
  CHECK(units(r, 0, RELANCE_KPI_AMOUNT_CASH_RECEIVED) == 365000);
  CHECK(units(r, 0, RELANCE_KPI_AMOUNT_WRITTEN_OFF) == 30000);
  CHECK(units(r, 0, RELANCE_KPI_AMOUNT_PRIOR_SETTLEMENTS) == 45000);
  CHECK(units(r, 0, RELANCE_KPI_AMOUNT_SETTLED) == 350000);
  CHECK(units(r, 0, RELANCE_KPI_AMOUNT_TO_COLLECT) == 295000);
  CHECK(units(r, 0, RELANCE_KPI_AMOUNT_COLLECTED) == 140000);
  CHECK(units(r, 0, RELANCE_KPI_AMOUNT_RECOVERY_WRITTEN_OFF) == 30000);
  CHECK(units(r, 0, RELANCE_KPI_AMOUNT_STILL_OPEN) == 125000);
  CHECK(units(r, 0, RELANCE_KPI_AMOUNT_PAID_LATE) == 150000); /* A1 1000 + B2 500 */
  CHECK(units(r, 0, RELANCE_KPI_AMOUNT_LATE_PAYMENT_CASH) == 100000);
  /* EUR: the figures. */
  CHECK(figure_is(r, 0, RELANCE_KPI_DSO, "227500.00 / 4800.00 = 47.40"));
  CHECK(figure_is(r, 0, RELANCE_KPI_BEST_POSSIBLE_DSO, "136500.00 / 4800.00 = 28.44"));
  CHECK(figure_is(r, 0, RELANCE_KPI_AVERAGE_DAYS_DELINQUENT, "91000.00 / 4800.00 = 18.96"));
  CHECK(figure_is(r, 0, RELANCE_KPI_COLLECTION_EFFECTIVENESS, "440000.00 / 5400.00 = 81.48"));
  CHECK(figure_is(r, 0, RELANCE_KPI_COUNTBACK_DSO, "57300.00 / 1100.00 = 52.09"));
  CHECK(figure_is(r, 0, RELANCE_KPI_AVERAGE_DAYS_TO_PAY, "150100.00 / 3500.00 = 42.89"));
  CHECK(figure_is(r, 0, RELANCE_KPI_AVERAGE_DAYS_BEYOND_TERMS, "47200.00 / 3500.00 = 13.49"));
  CHECK(figure_is(r, 0, RELANCE_KPI_RECOVERY_RATE, "140000.00 / 2950.00 = 47.46"));
  CHECK(figure_is(r, 0, RELANCE_KPI_AVERAGE_COLLECTION_DELAY, "79 / 2 = 39.50"));
  CHECK(figure_is(r, 0, RELANCE_KPI_WEIGHTED_COLLECTION_DELAY, "70000.00 / 1500.00 = 46.67"));
  CHECK_STATUS(relance_kpi_report_countback_sales(r, 0, steps, 8, &count), RELANCE_OK);
  CHECK(count == 6 && memcmp(steps, eur_steps, sizeof eur_steps) == 0);
  /* Asking for the count, then a buffer too small: nothing written. */
  CHECK_STATUS(relance_kpi_report_countback_sales(r, 1, NULL, 0, &count),
               RELANCE_E_BUFFER_TOO_SMALL);
  CHECK(count == 5);
  steps[0] = -7;
  CHECK_STATUS(relance_kpi_report_countback_sales(r, 1, steps, 4, &count),
               RELANCE_E_BUFFER_TOO_SMALL);
  CHECK(steps[0] == -7);
  CHECK_STATUS(relance_kpi_report_countback_sales(r, 1, steps, 5, &count), RELANCE_OK);
  CHECK(count == 5 && memcmp(steps, usd_steps, sizeof usd_steps) == 0);

  /* USD. */
  CHECK(units(r, 1, RELANCE_KPI_AMOUNT_BEGINNING_BALANCE) == 100000);
  CHECK(units(r, 1, RELANCE_KPI_AMOUNT_ENDING_PAST_DUE) == 84000);
  CHECK(units(r, 1, RELANCE_KPI_AMOUNT_ENDING_CURRENT) == 0);
  CHECK(figure_is(r, 1, RELANCE_KPI_DSO, "76440.00 / 140.00 = 546.00"));
  CHECK(figure_is(r, 1, RELANCE_KPI_BEST_POSSIBLE_DSO, "0.00 / 140.00 = 0.00"));
  CHECK(figure_is(r, 1, RELANCE_KPI_AVERAGE_DAYS_DELINQUENT, "76440.00 / 140.00 = 546.00"));
  CHECK(figure_is(r, 1, RELANCE_KPI_COLLECTION_EFFECTIVENESS, "30000.00 / 1140.00 = 26.32"));
  CHECK(figure_is(r, 1, RELANCE_KPI_COUNTBACK_DSO, "143000.00 / 1000.00 = 143.00"));
  CHECK(figure_is(r, 1, RELANCE_KPI_AVERAGE_DAYS_TO_PAY, "37500.00 / 300.00 = 125.00"));
  CHECK(figure_is(r, 1, RELANCE_KPI_AVERAGE_DAYS_BEYOND_TERMS, "28500.00 / 300.00 = 95.00"));
  CHECK(figure_is(r, 1, RELANCE_KPI_RECOVERY_RATE, "30000.00 / 1140.00 = 26.32"));
  CHECK(figure_is(r, 1, RELANCE_KPI_AVERAGE_COLLECTION_DELAY, "0 / 0: no_base"));
  CHECK(figure_is(r, 1, RELANCE_KPI_WEIGHTED_COLLECTION_DELAY, "0.00 / 0.00: no_base"));
  CHECK(units(r, 1, RELANCE_KPI_AMOUNT_LATE_PAYMENT_CASH) == 84000);

  /* Retention (RetentionAfterIncident): the currency index is ignored. */
  {
    relance_kpi_retention retention;
    memset(&retention, 0xAB, sizeof retention);
    CHECK_STATUS(relance_kpi_report_retention(r, &retention), RELANCE_OK);
    CHECK(retention.customers_with_incident == 4 && retention.retained == 2);
    CHECK(retention.lost == 1 && retention.undecided == 1);
    CHECK(figure_is(r, 0, RELANCE_KPI_RETENTION_RATE, "200 / 3 = 66.67"));
    CHECK(figure_is(r, 99, RELANCE_KPI_RETENTION_RATE, "200 / 3 = 66.67"));
  }

  /* Index and enum errors. */
  {
    relance_kpi_figure f;
    int64_t u = 0;
    char code[4];
    CHECK_STATUS(relance_kpi_report_figure(r, 2, RELANCE_KPI_DSO, &f), RELANCE_E_INVALID_ARGUMENT);
    CHECK_MESSAGE("argument 'currency_index': 2 is not below the currency count 2");
    CHECK_STATUS(relance_kpi_report_figure(r, 0, (relance_kpi)11, &f),
                 RELANCE_E_INVALID_ARGUMENT);
    CHECK_MESSAGE("argument 'kpi': 11 is not a relance_kpi value (0..10)");
    CHECK_STATUS(relance_kpi_report_amount(r, 0, (relance_kpi_amount)23, &u),
                 RELANCE_E_INVALID_ARGUMENT);
    CHECK_MESSAGE("relance_kpi_amount");
    CHECK_STATUS(relance_kpi_report_amount(r, 5, RELANCE_KPI_AMOUNT_INVOICED, &u),
                 RELANCE_E_INVALID_ARGUMENT);
    CHECK_STATUS(relance_kpi_report_currency(r, 2, code), RELANCE_E_INVALID_ARGUMENT);
    CHECK_MESSAGE("argument 'index'");
  }

  /* The options as the report holds them. */
  {
    relance_kpi_options got;
    CHECK_STATUS(relance_kpi_options_init(&got, sizeof got), RELANCE_OK);
    CHECK_STATUS(relance_kpi_report_options(r, &got), RELANCE_OK);
    CHECK(got.from == day("2024-01-01") && got.to == day("2024-03-31"));
    CHECK(got.scale == 2 && got.rounding == RELANCE_ROUND_HALF_EVEN);
    CHECK(got.countback_unit == RELANCE_KPI_COUNTBACK_MONTHS && got.countback_length == 1);
    CHECK(got.incident_days == 30 && got.retention_window_days == 60);
    CHECK(got.customer_count == 0 && got.customers == NULL);
  }
  relance_kpi_report_destroy(r);
  relance_ledger_destroy(ledger);
}

/* The other tests of kpi_test.cc: options change the figures. */
static void test_options_change_figures(void) {
  relance_ledger* ledger = book("ABCDE");
  relance_kpi_options o = first_quarter();
  relance_kpi_report* r;
  relance_kpi_retention retention;
  const char* only_a[] = {"A"};
  const char* unknown[] = {"A", "nobody"};

  /* RetentionAfterIncident: W = 180, then N = 60. */
  o.retention_window_days = 180;
  r = kpis(ledger, &o);
  CHECK_STATUS(relance_kpi_report_retention(r, &retention), RELANCE_OK);
  CHECK(retention.undecided == 2);
  CHECK(figure_is(r, 0, RELANCE_KPI_RETENTION_RATE, "200 / 2 = 100.00"));
  relance_kpi_report_destroy(r);
  o.incident_days = 60;
  r = kpis(ledger, &o);
  CHECK_STATUS(relance_kpi_report_retention(r, &retention), RELANCE_OK);
  CHECK(retention.customers_with_incident == 3);
  relance_kpi_report_destroy(r);

  /* ScaleAndRoundingAreTheCallers. */
  o = first_quarter();
  o.scale = 4;
  o.rounding = RELANCE_ROUND_DOWN;
  r = kpis(ledger, &o);
  CHECK(figure_is(r, 0, RELANCE_KPI_DSO, "227500.00 / 4800.00 = 47.3958"));
  CHECK(figure_is(r, 0, RELANCE_KPI_BEST_POSSIBLE_DSO, "136500.00 / 4800.00 = 28.4375"));
  relance_kpi_report_destroy(r);

  /* CountbackInStepsOfDays. */
  o = first_quarter();
  o.countback_unit = RELANCE_KPI_COUNTBACK_DAYS;
  o.countback_length = 30;
  r = kpis(ledger, &o);
  CHECK(figure_is(r, 0, RELANCE_KPI_COUNTBACK_DSO, "69000.00 / 1300.00 = 53.08"));
  relance_kpi_report_destroy(r);

  /* CustomerSelection: the list is only read during the call. */
  o = first_quarter();
  o.customer_count = 1;
  o.customers = only_a;
  r = kpis(ledger, &o);
  CHECK(currencies_are(r, "EUR"));
  CHECK(figure_is(r, 0, RELANCE_KPI_DSO, "136500.00 / 3500.00 = 39.00"));
  CHECK(figure_is(r, 0, RELANCE_KPI_AVERAGE_DAYS_DELINQUENT, "0.00 / 3500.00 = 0.00"));
  CHECK_STATUS(relance_kpi_report_retention(r, &retention), RELANCE_OK);
  CHECK(retention.customers_with_incident == 1);
  {
    relance_kpi_options got;
    CHECK_STATUS(relance_kpi_options_init(&got, sizeof got), RELANCE_OK);
    CHECK_STATUS(relance_kpi_report_options(r, &got), RELANCE_OK);
    CHECK(got.customer_count == 1 && got.customers != only_a);
    CHECK(strcmp(got.customers[0], "A") == 0);
  }
  relance_kpi_report_destroy(r);
  o.customer_count = 2;
  o.customers = unknown;
  r = NULL;
  CHECK_STATUS(relance_ledger_kpis(ledger, &o, &r), RELANCE_E_NOT_FOUND);
  CHECK_MESSAGE("'nobody'");
  CHECK(r == NULL);

  /* PeriodWithoutSalesHasNoDso. */
  o = first_quarter();
  o.from = day("2024-04-01");
  o.to = day("2024-04-30");
  r = kpis(ledger, &o);
  CHECK(units(r, 0, RELANCE_KPI_AMOUNT_CREDIT_SALES) == 0);
  CHECK(figure_is(r, 0, RELANCE_KPI_DSO, "30000.00 / 0.00: no_base")); /* 1000 x 30 */
  CHECK(figure_is(r, 0, RELANCE_KPI_COUNTBACK_DSO, "82700.00 / 1700.00 = 48.65"));
  CHECK(units(r, 0, RELANCE_KPI_AMOUNT_LATE_PAYMENT_CASH) == 100000);
  relance_kpi_report_destroy(r);
  relance_ledger_destroy(ledger);
}

/* CountbackEdgeCases of kpi_test.cc: negative receivables, sales exhausted. */
static void test_countback_statuses(void) {
  relance_ledger* ledger = NULL;
  relance_kpi_options o = first_quarter();
  relance_kpi_report* r;
  const char* customers[] = {"PRE", "IMP"};
  const char* pay[] = {"P"};
  const char* eur[] = {"EUR", "EUR"};
  const int64_t paid[] = {10000};
  int32_t on[1], docs[2];
  const char* ids[] = {"I", "N"};
  const char* owners[] = {"IMP", "IMP"};
  const int32_t kinds[] = {RELANCE_ITEM_INVOICE, RELANCE_ITEM_CREDIT_NOTE};
  const int64_t amounts[] = {10000, -5000}, open[] = {10000, 0};

  on[0] = day("2024-02-01");
  docs[0] = day("2024-01-10");
  docs[1] = day("2024-01-20");
  CHECK_STATUS(relance_ledger_create(&ledger), RELANCE_OK);
  CHECK_STATUS(relance_ledger_add_customers(ledger, 2, customers, NULL, NULL, NULL, NULL, NULL),
               RELANCE_OK);
  CHECK_STATUS(relance_ledger_add_payments(ledger, 1, pay, customers, on, paid, eur, NULL),
               RELANCE_OK);
  CHECK_STATUS(relance_ledger_add_items(ledger, 2, ids, owners, kinds, docs, NULL, amounts, eur,
                                        NULL, open),
               RELANCE_OK);
  o.customer_count = 1;
  o.customers = customers;
  r = kpis(ledger, &o);
  CHECK(figure_is(r, 0, RELANCE_KPI_COUNTBACK_DSO, "-100.00 / 0: negative_receivables"));
  relance_kpi_report_destroy(r);
  o.customers = customers + 1;
  r = kpis(ledger, &o);
  CHECK(figure_is(r, 0, RELANCE_KPI_COUNTBACK_DSO, "50.00 / 0: sales_exhausted"));
  relance_kpi_report_destroy(r);
  o.customer_count = 0;
  o.customers = NULL;
  r = kpis(ledger, &o);
  CHECK(figure_is(r, 0, RELANCE_KPI_COUNTBACK_DSO, "0 / 1 = 0.00"));
  relance_kpi_report_destroy(r);
  relance_ledger_destroy(ledger);
}

/* relance_kpi_options: init, the extensible-struct checks, every field. */
static void test_kpi_options_are_checked(void) {
  relance_ledger* ledger = book("A");
  relance_kpi_options o;
  relance_kpi_report* r = NULL;
  const char* with_null[] = {"A", NULL};
  struct {
    relance_kpi_options options;
    int64_t later_fields[3];
  } newer; /* as a program built against a later header has it */

  CHECK_STATUS(relance_kpi_options_init(&o, sizeof o - 1), RELANCE_E_INVALID_ARGUMENT);
  CHECK_MESSAGE("argument 'struct_size'");
  CHECK_STATUS(relance_kpi_options_init(&o, 1025), RELANCE_E_INVALID_ARGUMENT);
  memset(&o, 0x77, sizeof o);
  CHECK_STATUS(relance_kpi_options_init(&o, sizeof o), RELANCE_OK);
  CHECK(o.struct_size == sizeof o && o.reserved == 0);
  CHECK(o.from == RELANCE_NO_DATE && o.to == RELANCE_NO_DATE);
  CHECK(o.scale == 2 && o.rounding == RELANCE_ROUND_HALF_EVEN);
  CHECK(o.countback_unit == RELANCE_KPI_COUNTBACK_MONTHS && o.countback_length == 1);
  CHECK(o.incident_days == 30 && o.retention_window_days == 180);
  CHECK(o.customer_count == 0 && o.customers == NULL);

  CHECK_STATUS(relance_ledger_kpis(ledger, &o, &r), RELANCE_E_INVALID_ARGUMENT);
  CHECK_MESSAGE("relance_ledger_kpis: argument 'options': from is not set");
  o.from = day("2024-01-01");
  CHECK_STATUS(relance_ledger_kpis(ledger, &o, &r), RELANCE_E_INVALID_ARGUMENT);
  CHECK_MESSAGE("to is not set");
  o.to = RELANCE_DATE_MAX + 1;
  CHECK_STATUS(relance_ledger_kpis(ledger, &o, &r), RELANCE_E_INVALID_ARGUMENT);
  CHECK_MESSAGE("options.to");
  o.to = day("2023-12-31");
  CHECK_STATUS(relance_ledger_kpis(ledger, &o, &r), RELANCE_E_INVALID_ARGUMENT);
  CHECK_MESSAGE("before it starts");
  o.to = day("2024-03-31");

#define EXPECT_FIELD_ERROR(field, bad, needle)                                   \
  do {                                                                           \
    relance_kpi_options copy = o;                                                \
    copy.field = (bad);                                                          \
    CHECK_STATUS(relance_ledger_kpis(ledger, &copy, &r), RELANCE_E_INVALID_ARGUMENT); \
    CHECK_MESSAGE(needle);                                                       \
  } while (0)
  EXPECT_FIELD_ERROR(scale, 19, "argument 'options': scale");
  EXPECT_FIELD_ERROR(scale, -1, "scale");
  EXPECT_FIELD_ERROR(rounding, RELANCE_ROUND_EXACT, "argument 'options'");
  EXPECT_FIELD_ERROR(rounding, 9, "argument 'options.rounding': 9 is not a relance_rounding");
  EXPECT_FIELD_ERROR(countback_unit, 2, "argument 'options.countback_unit'");
  EXPECT_FIELD_ERROR(countback_length, 0, "countback_length 0 is outside 1..1200");
  EXPECT_FIELD_ERROR(countback_length, 1201, "countback_length 1201 is outside 1..1200");
  EXPECT_FIELD_ERROR(incident_days, -1, "incident_days");
  EXPECT_FIELD_ERROR(retention_window_days, 0, "retention_window_days");
  EXPECT_FIELD_ERROR(reserved, 1, "reserved field is 1");
  EXPECT_FIELD_ERROR(customer_count, 1, "argument 'options.customers' is NULL");
  EXPECT_FIELD_ERROR(struct_size, 8, "prepare it with relance_kpi_options_init");
#undef EXPECT_FIELD_ERROR
  o.customer_count = 2;
  o.customers = with_null;
  CHECK_STATUS(relance_ledger_kpis(ledger, &o, &r), RELANCE_E_INVALID_ARGUMENT);
  CHECK_MESSAGE("argument 'options.customers[1]' is NULL");
  CHECK(r == NULL);
  o.customer_count = 1;
  CHECK_STATUS(relance_ledger_kpis(ledger, &o, &r), RELANCE_OK);
  relance_kpi_report_destroy(r);
  r = NULL;

  /* A later, larger struct: accepted while its extra bytes stay zero. */
  memset(&newer, 0x77, sizeof newer);
  CHECK_STATUS(relance_kpi_options_init(&newer.options, sizeof newer), RELANCE_OK);
  CHECK(newer.options.struct_size == sizeof newer && newer.later_fields[2] == 0);
  newer.options.from = day("2024-01-01");
  newer.options.to = day("2024-03-31");
  CHECK_STATUS(relance_ledger_kpis(ledger, &newer.options, &r), RELANCE_OK);
  relance_kpi_report_destroy(r);
  r = NULL;
  newer.later_fields[1] = 1;
  CHECK_STATUS(relance_ledger_kpis(ledger, &newer.options, &r), RELANCE_E_INVALID_ARGUMENT);
  CHECK_MESSAGE("is not zero");
  CHECK(r == NULL);
  relance_ledger_destroy(ledger);
}

/* Two workers, each with a ledger of some customers: the merge of their
 * reports equals the report of the whole book. */
static void check_split(const char* left_customers, const char* right_customers) {
  relance_ledger* whole = book("ABCDE");
  relance_ledger* left = book(left_customers);
  relance_ledger* right = book(right_customers);
  relance_kpi_options o = first_quarter();
  relance_kpi_report* all = kpis(whole, &o);
  relance_kpi_report* a = kpis(left, &o);
  relance_kpi_report* b = kpis(right, &o);
  relance_kpi_report *merged = NULL, *reversed = NULL;
  int32_t equal = -1;
  relance_ledger_destroy(left); /* reports outlive their ledgers */
  relance_ledger_destroy(right);
  CHECK_STATUS(relance_kpi_report_equal(a, all, &equal), RELANCE_OK);
  CHECK(equal == 0);
  CHECK_STATUS(relance_kpi_report_merge(a, b, &merged), RELANCE_OK);
  CHECK_STATUS(relance_kpi_report_equal(merged, all, &equal), RELANCE_OK);
  CHECK(equal == 1);
  CHECK_STATUS(relance_kpi_report_merge(b, a, &reversed), RELANCE_OK);
  CHECK_STATUS(relance_kpi_report_equal(reversed, all, &equal), RELANCE_OK);
  CHECK(equal == 1);
  CHECK(figure_is(merged, 0, RELANCE_KPI_DSO, "227500.00 / 4800.00 = 47.40"));
  CHECK(figure_is(merged, 1, RELANCE_KPI_COUNTBACK_DSO, "143000.00 / 1000.00 = 143.00"));
  CHECK(figure_is(merged, 0, RELANCE_KPI_RETENTION_RATE, "200 / 3 = 66.67"));
  relance_kpi_report_destroy(reversed);
  relance_kpi_report_destroy(merged);
  relance_kpi_report_destroy(a);
  relance_kpi_report_destroy(b);
  relance_kpi_report_destroy(all);
  relance_ledger_destroy(whole);
}

static void test_merge(void) {
  relance_ledger* ledger = book("ABCDE");
  relance_kpi_options o = first_quarter();
  relance_kpi_report *a, *b, *out = NULL;
  const char* left[] = {"A", "D"};
  const char* right[] = {"B", "A"};

  check_split("ABC", "DE"); /* one currency each */
  check_split("AD", "BCE"); /* both currencies on both sides */

  /* Lists that share a customer, and options that differ. */
  o.customer_count = 2;
  o.customers = left;
  a = kpis(ledger, &o);
  o.customers = right;
  b = kpis(ledger, &o);
  CHECK_STATUS(relance_kpi_report_merge(a, b, &out), RELANCE_E_INVALID_ARGUMENT);
  CHECK_MESSAGE("'A'");
  CHECK(out == NULL);
  relance_kpi_report_destroy(b);
  o.customer_count = 1;
  o.customers = right;
  o.scale = 3;
  b = kpis(ledger, &o);
  CHECK_STATUS(relance_kpi_report_merge(a, b, &out), RELANCE_E_INVALID_ARGUMENT);
  CHECK(out == NULL);
  relance_kpi_report_destroy(a);
  relance_kpi_report_destroy(b);
  relance_ledger_destroy(ledger);
}

/* ---- roll rates ------------------------------------------------------------ */

static relance_roll_rate_report* roll(const relance_ledger* ledger,
                                      const relance_roll_rate_options* o) {
  relance_roll_rate_report* report = NULL;
  CHECK_STATUS(relance_ledger_roll_rates(ledger, o, &report), RELANCE_OK);
  return report;
}

/* Row `row` of matrix `m` is `expected` (minor units). */
static int row_is(const relance_roll_rate_report* r, size_t m, size_t row,
                  const int64_t* expected) {
  const size_t columns = relance_roll_rate_report_column_count(r);
  int64_t cells[64];
  size_t c;
  CHECK_STATUS(relance_roll_rate_report_cells(r, m, cells, 64), RELANCE_OK);
  for (c = 0; c < columns; ++c) {
    int64_t one = INT64_MIN;
    CHECK_STATUS(relance_roll_rate_report_cell(r, m, row, c, &one), RELANCE_OK);
    if (one != cells[row * columns + c] || one != expected[c]) return 0;
  }
  return 1;
}

static const char* rate(const relance_roll_rate_report* r, size_t m, size_t row, size_t column) {
  relance_kpi_figure f;
  CHECK_STATUS(relance_roll_rate_report_rate(r, m, row, column, 2, RELANCE_ROUND_HALF_EVEN, &f),
               RELANCE_OK);
  return show(&f);
}

/* HandWorkedEuro and HandWorkedDollar of kpi_roll_rate_test.cc. */
static void test_roll_rates(void) {
  relance_ledger* ledger = book("ABCDE");
  relance_roll_rate_options o;
  relance_roll_rate_report* r;
  static const char* rows[] = {"not_due", "d1_30", "d31_60", "d61_90", "d91_120", "over_120",
                               "new"};
  static const char* columns[] = {"not_due", "d1_30", "d31_60", "d61_90", "d91_120",
                                  "over_120", "paid", "credited", "written_off"};
  static const int64_t eur0[] = {0, 0, 0, 0, 80000, 0, 0, 0, 0};
  static const int64_t eur1[] = {0, 0, 0, 0, 0, 0, 100000, 0, 0};
  static const int64_t eur2[] = {0, 0, 0, 0, 0, 0, 0, 0, 0};
  static const int64_t eur3[] = {0, 0, 0, 0, 0, 0, 0, 0, 30000};
  static const int64_t eur_new[] = {150000, 45000, 0, 0, 0, 0, 285000, 10000, 0};
  static const int64_t usd1[] = {0, 0, 0, 0, 0, 70000, 30000, 0, 0};
  static const int64_t usd_new[] = {0, 0, 10000, 4000, 0, 0, 0, 0, 0};
  char name[16], code[4];
  size_t i, length;
  int64_t total = 0, cells[64];
  relance_kpi_figure f;

  CHECK_STATUS(relance_roll_rate_options_init(&o, sizeof o), RELANCE_OK);
  CHECK(o.from == RELANCE_NO_DATE && o.to == RELANCE_NO_DATE);
  CHECK(o.basis == RELANCE_AGING_BASIS_DUE_DATE && o.bound_count == 4 && o.bounds[3] == 120);
  CHECK(o.customer_count == 0 && o.customers == NULL);
  o.from = day("2023-12-31");
  o.to = day("2024-03-31");
  r = roll(ledger, &o);
  CHECK(relance_roll_rate_report_row_count(r) == 7);
  CHECK(relance_roll_rate_report_column_count(r) == 9);
  for (i = 0; i < 7; ++i) {
    CHECK_STATUS(relance_roll_rate_report_row_name(r, i, name, sizeof name, &length),
                 RELANCE_OK);
    CHECK(strcmp(name, rows[i]) == 0 && length == strlen(rows[i]));
  }
  for (i = 0; i < 9; ++i) {
    CHECK_STATUS(relance_roll_rate_report_column_name(r, i, name, sizeof name, &length),
                 RELANCE_OK);
    CHECK(strcmp(name, columns[i]) == 0);
  }
  CHECK_STATUS(relance_roll_rate_report_column_name(r, 8, name, 4, &length),
               RELANCE_E_BUFFER_TOO_SMALL);
  CHECK(length == 11 && strcmp(name, "wri") == 0);
  CHECK_STATUS(relance_roll_rate_report_row_name(r, 7, name, sizeof name, &length),
               RELANCE_E_INVALID_ARGUMENT);
  CHECK_MESSAGE("argument 'row': 7 is not below the row count 7");

  CHECK(relance_roll_rate_report_currency_count(r) == 2);
  CHECK_STATUS(relance_roll_rate_report_currency(r, 0, code), RELANCE_OK);
  CHECK(strcmp(code, "EUR") == 0);
  CHECK(row_is(r, 0, 0, eur0) && row_is(r, 0, 1, eur1) && row_is(r, 0, 2, eur2));
  CHECK(row_is(r, 0, 3, eur3) && row_is(r, 0, 6, eur_new));
  CHECK_STATUS(relance_roll_rate_report_row_total(r, 0, 6, &total), RELANCE_OK);
  CHECK(total == 490000);
  CHECK_STATUS(relance_roll_rate_report_column_total(r, 0, 0, &total), RELANCE_OK);
  CHECK(total == 150000);
  CHECK_STATUS(relance_roll_rate_report_column_total(r, 0, 4, &total), RELANCE_OK);
  CHECK(total == 80000);
  CHECK_STATUS(relance_roll_rate_report_column_total(r, 0, 6, &total), RELANCE_OK);
  CHECK(total == 385000);
  CHECK(strcmp(rate(r, 0, 0, 4), "80000.00 / 800.00 = 100.00") == 0);
  CHECK(strcmp(rate(r, 0, 6, 6), "285000.00 / 4900.00 = 58.16") == 0);
  CHECK(strcmp(rate(r, 0, 2, 0), "0.00 / 0.00: no_base") == 0);

  CHECK_STATUS(relance_roll_rate_report_currency(r, 1, code), RELANCE_OK);
  CHECK(strcmp(code, "USD") == 0);
  CHECK(row_is(r, 1, 1, usd1) && row_is(r, 1, 6, usd_new));

  /* Errors of the accessors. */
  CHECK_STATUS(relance_roll_rate_report_rate(r, 0, 7, 0, 2, RELANCE_ROUND_HALF_EVEN, &f),
               RELANCE_E_INVALID_ARGUMENT);
  CHECK_STATUS(relance_roll_rate_report_rate(r, 0, 0, 9, 2, RELANCE_ROUND_HALF_EVEN, &f),
               RELANCE_E_INVALID_ARGUMENT);
  CHECK_MESSAGE("argument 'column': 9 is not below the column count 9");
  CHECK_STATUS(relance_roll_rate_report_rate(r, 0, 0, 0, 2, RELANCE_ROUND_EXACT, &f),
               RELANCE_E_INVALID_ARGUMENT);
  CHECK_STATUS(relance_roll_rate_report_rate(r, 0, 0, 0, 19, RELANCE_ROUND_UP, &f),
               RELANCE_E_INVALID_ARGUMENT);
  CHECK_STATUS(relance_roll_rate_report_rate(r, 0, 0, 0, 2, (relance_rounding)9, &f),
               RELANCE_E_INVALID_ARGUMENT);
  CHECK_MESSAGE("argument 'mode'");
  CHECK_STATUS(relance_roll_rate_report_cell(r, 2, 0, 0, &total), RELANCE_E_INVALID_ARGUMENT);
  CHECK_MESSAGE("argument 'currency_index': 2 is not below the currency count 2");
  cells[0] = -7;
  CHECK_STATUS(relance_roll_rate_report_cells(r, 0, cells, 62), RELANCE_E_BUFFER_TOO_SMALL);
  CHECK(cells[0] == -7);
  CHECK_STATUS(relance_roll_rate_report_row_total(r, 0, 7, &total), RELANCE_E_INVALID_ARGUMENT);
  CHECK_STATUS(relance_roll_rate_report_column_total(r, 0, 9, &total),
               RELANCE_E_INVALID_ARGUMENT);
  {
    relance_roll_rate_options got;
    CHECK_STATUS(relance_roll_rate_options_init(&got, sizeof got), RELANCE_OK);
    CHECK_STATUS(relance_roll_rate_report_options(r, &got), RELANCE_OK);
    CHECK(got.from == day("2023-12-31") && got.to == day("2024-03-31"));
    CHECK(got.bound_count == 4 && got.bounds[0] == 30 && got.customers == NULL);
  }
  relance_roll_rate_report_destroy(r);
  relance_ledger_destroy(ledger);
}

/* DocumentBasisOtherBoundsAndSelection and Errors of kpi_roll_rate_test.cc. */
static void test_roll_rate_options(void) {
  relance_ledger* ledger = book("ABCDE");
  relance_roll_rate_options o;
  relance_roll_rate_report* r = NULL;
  const char* b[] = {"B"};
  const char* z[] = {"Z"};
  static const int64_t b1[] = {0, 0, 80000, 0, 0, 0};
  static const int64_t b_new[] = {0, 0, 0, 40000, 10000, 0};

  CHECK_STATUS(relance_roll_rate_options_init(&o, sizeof o - 8), RELANCE_E_INVALID_ARGUMENT);
  CHECK_STATUS(relance_roll_rate_options_init(&o, sizeof o), RELANCE_OK);
  CHECK_STATUS(relance_ledger_roll_rates(ledger, &o, &r), RELANCE_E_INVALID_ARGUMENT);
  CHECK_MESSAGE("argument 'options': from is not set");
  o.from = day("2023-12-31");
  o.to = day("2024-03-31");
  o.bound_count = 1;
  o.bounds[0] = 60;
  o.basis = RELANCE_AGING_BASIS_DOCUMENT_DATE;
  o.customer_count = 1;
  o.customers = b;
  r = roll(ledger, &o);
  CHECK(relance_roll_rate_report_currency_count(r) == 1);
  CHECK(relance_roll_rate_report_row_count(r) == 4);
  CHECK(relance_roll_rate_report_column_count(r) == 6);
  CHECK(row_is(r, 0, 1, b1) && row_is(r, 0, 3, b_new));
  {
    relance_roll_rate_options got;
    CHECK_STATUS(relance_roll_rate_options_init(&got, sizeof got), RELANCE_OK);
    CHECK_STATUS(relance_roll_rate_report_options(r, &got), RELANCE_OK);
    CHECK(got.basis == RELANCE_AGING_BASIS_DOCUMENT_DATE && got.bound_count == 1);
    CHECK(got.customer_count == 1 && strcmp(got.customers[0], "B") == 0);
  }
  relance_roll_rate_report_destroy(r);
  r = NULL;

  o.to = day("2023-12-30");
  CHECK_STATUS(relance_ledger_roll_rates(ledger, &o, &r), RELANCE_E_INVALID_ARGUMENT);
  o.to = day("2024-03-31");
  o.bound_count = 2;
  o.bounds[1] = 30;
  CHECK_STATUS(relance_ledger_roll_rates(ledger, &o, &r), RELANCE_E_INVALID_ARGUMENT);
  o.bound_count = 17;
  CHECK_STATUS(relance_ledger_roll_rates(ledger, &o, &r), RELANCE_E_INVALID_ARGUMENT);
  CHECK_MESSAGE("bound_count 17 is outside 0..16");
  o.bound_count = 1;
  o.basis = 2;
  CHECK_STATUS(relance_ledger_roll_rates(ledger, &o, &r), RELANCE_E_INVALID_ARGUMENT);
  CHECK_MESSAGE("argument 'options.basis'");
  o.basis = RELANCE_AGING_BASIS_DUE_DATE;
  o.customers = z;
  CHECK_STATUS(relance_ledger_roll_rates(ledger, &o, &r), RELANCE_E_NOT_FOUND);
  o.customers = NULL;
  CHECK_STATUS(relance_ledger_roll_rates(ledger, &o, &r), RELANCE_E_INVALID_ARGUMENT);
  CHECK_MESSAGE("argument 'options.customers' is NULL");
  o.reserved = 3;
  CHECK_STATUS(relance_ledger_roll_rates(ledger, &o, &r), RELANCE_E_INVALID_ARGUMENT);
  CHECK(r == NULL);
  relance_ledger_destroy(ledger);
}

int main(void) {
  test_names();
  test_hand_worked_book();
  test_options_change_figures();
  test_countback_statuses();
  test_kpi_options_are_checked();
  test_merge();
  test_roll_rates();
  test_roll_rate_options();
  return check_summary("kpi_capi_test");
}
