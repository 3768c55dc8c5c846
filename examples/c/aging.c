/* The aged balance of a book through the C ABI: load the canonical CSV
 * files, age them as of 2025-12-31 and print the totals per currency, one
 * column each (amounts of different currencies are never summed). Prints
 * the same text as examples/cpp/aging.cpp and examples/python/aging.py.
 *
 *   example_aging_c [BOOK_DIRECTORY]   (default: the bundled sample) */
#include <inttypes.h>
#include <stdio.h>

#include "relance.h"

#ifndef RELANCE_SAMPLE_DIR
#define RELANCE_SAMPLE_DIR "examples/data/distributor"
#endif

int main(int argc, char** argv) {
  const char* path = argc > 1 ? argv[1] : RELANCE_SAMPLE_DIR;
  relance_ledger* ledger = NULL;
  relance_import_errors* errors = NULL;
  relance_import_error e;
  relance_aging_options options;
  relance_aging_report* report = NULL;
  int64_t values[RELANCE_AGING_MAX_BOUNDS + 2 + RELANCE_AGING_TRAILING_COLUMNS];
  char text[64], code[4];
  size_t c, k, length, currencies, columns;

  if (relance_ledger_import(path, NULL, &ledger, &errors) != RELANCE_OK) {
    fprintf(stderr, "%s\n", relance_last_error_message());
    for (k = 0; relance_import_errors_at(errors, k, &e) == RELANCE_OK; ++k) {
      fprintf(stderr, "  %s", e.file); /* "items.csv:17: column due_date: ..." */
      if (e.line > 0) fprintf(stderr, ":%" PRId64, e.line);
      if (*e.column) fprintf(stderr, ": column %s", e.column);
      fprintf(stderr, ": %s\n", e.reason);
    }
    relance_import_errors_destroy(errors);
    return 1;
  }
  relance_aging_options_init(&options, sizeof options); /* buckets 30, 60, 90, 120 */
  relance_date_from_ymd(2025, 12, 31, &options.as_of);
  if (relance_ledger_age(ledger, &options, &report) != RELANCE_OK) {
    fprintf(stderr, "%s\n", relance_last_error_message());
    relance_ledger_destroy(ledger);
    return 1;
  }

  relance_date_format(options.as_of, text, sizeof text, &length);
  printf("Aged balance as of %s (days past due date), per currency\n%12s", text, "");
  /* One total per currency (sorted by code): the column sums of the rows. */
  currencies = relance_aging_report_total_count(report);
  columns = relance_aging_report_column_count(report);
  for (k = 0; k < currencies; ++k) {
    relance_aging_report_total(report, k, code, values, columns);
    printf(" %12s", code);
  }
  for (c = 0; c < columns; ++c) {
    relance_aging_report_column_name(report, c, text, sizeof text, &length);
    printf("\n%-12s", text); /* not_due, d1_30, ..., disputed, unapplied, balance, items */
    for (k = 0; k < currencies; ++k) {
      relance_money amount = {0, {0}, 0};
      relance_aging_report_total(report, k, amount.currency, values, columns);
      amount.units = values[c];
      if (c + 1 < columns) {
        relance_money_format(&amount, text, sizeof text, &length); /* "-1234.56" */
      } else {
        snprintf(text, sizeof text, "%" PRId64, amount.units); /* items: a count */
      }
      printf(" %12s", text);
    }
  }
  printf("\n");
  relance_aging_report_destroy(report);
  relance_ledger_destroy(ledger);
  return 0;
}
