/* CSV import and export through the C ABI: the bundled sample book loads,
 * exports and loads back with the same aging; a bad file reports every
 * problem with its file, line and column, and loads nothing; progress is
 * reported by stage. The sample's directory is argv[1]. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check.h"
#include "ledger_book.h"
#include "relance.h"

static int stages = 0;
static void on_progress(const char* stage, uint64_t done, uint64_t total, void* user_data) {
  (void)user_data;
  CHECK(stage != NULL && stage[0] != '\0' && done < total);
  ++stages;
}

static relance_aging_report* age(const relance_ledger* ledger) {
  relance_aging_options o;
  relance_aging_report* report = NULL;
  CHECK_STATUS(relance_aging_options_init(&o, sizeof o), RELANCE_OK);
  o.as_of = day("2025-12-31");
  CHECK_STATUS(relance_ledger_age(ledger, &o, &report), RELANCE_OK);
  return report;
}

int main(int argc, char** argv) {
  char dir[] = "/tmp/relance_io_XXXXXX";
  char path[512];
  relance_import_options options;
  relance_ledger* ledger = NULL;
  relance_ledger* again = NULL;
  relance_import_errors* errors = NULL;
  relance_import_error e;
  relance_aging_report *a = NULL, *b = NULL;
  int32_t equal = 0;
  FILE* f;
  if (argc < 2) {
    fprintf(stderr, "usage: ledger_io_capi_test SAMPLE_DIR\n");
    return 2;
  }
  CHECK(mkdtemp(dir) != NULL);

  CHECK_STATUS(relance_import_options_init(&options, sizeof options), RELANCE_OK);
  CHECK(options.max_errors == 100 && options.as_of == RELANCE_NO_DATE && options.progress == NULL);
  options.progress = on_progress;
  CHECK_STATUS(relance_ledger_import(argv[1], &options, &ledger, &errors), RELANCE_OK);
  CHECK(errors == NULL && ledger != NULL && stages == 7);
  CHECK(relance_ledger_customer_count(ledger) == 300);

  /* Export, import again: the same aged balance. */
  snprintf(path, sizeof path, "%s/book", dir);
  CHECK_STATUS(relance_ledger_export(ledger, path), RELANCE_OK);
  CHECK_STATUS(relance_ledger_import(path, NULL, &again, NULL), RELANCE_OK);
  a = age(ledger);
  b = age(again);
  CHECK_STATUS(relance_aging_report_equal(a, b, &equal), RELANCE_OK);
  CHECK(equal == 1);
  relance_ledger_destroy(again);
  again = NULL;

  /* An open-items file with two bad rows: both reported, nothing loaded. */
  snprintf(path, sizeof path, "%s/open_items.csv", dir);
  f = fopen(path, "w");
  CHECK(f != NULL);
  if (f != NULL) {
    fputs("customer_id,item_id,document_date,due_date,currency,amount,open_amount\n"
          "C1,F1,2025-01-10,2025-02-09,EUR,100.00,100.00\n"
          "C1,F2,2025-02-30,2025-03-01,EUR,100.00,100.00\n"
          "C2,F3,2025-01-10,,EUR,12.345,12.345\n",
          f);
    fclose(f);
  }
  CHECK_STATUS(relance_ledger_import(path, NULL, &again, &errors), RELANCE_E_INVALID_ARGUMENT);
  CHECK(again == NULL); /* *out is not written on failure */
  CHECK(relance_import_errors_count(errors) >= 2);
  CHECK_STATUS(relance_import_errors_at(errors, 0, &e), RELANCE_OK);
  CHECK(strcmp(e.file, "open_items.csv") == 0 && e.line == 3);
  CHECK(strcmp(e.column, "document_date") == 0 && strstr(e.reason, "2025-02-30") != NULL);
  CHECK_STATUS(relance_import_errors_at(errors, 1, &e), RELANCE_OK);
  CHECK(e.line == 4 && strcmp(e.column, "amount") == 0);
  CHECK_STATUS(relance_import_errors_at(errors, 99, &e), RELANCE_E_INVALID_ARGUMENT);
  relance_import_errors_destroy(errors);

  options.max_errors = 0;
  CHECK_STATUS(relance_ledger_import(path, &options, &again, NULL), RELANCE_E_INVALID_ARGUMENT);
  CHECK_MESSAGE("max_errors");

  relance_aging_report_destroy(a);
  relance_aging_report_destroy(b);
  relance_ledger_destroy(ledger);
  snprintf(path, sizeof path, "rm -rf '%s'", dir);
  CHECK(system(path) == 0);
  return check_summary("ledger_io_capi_test");
}
