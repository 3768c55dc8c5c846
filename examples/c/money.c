/* Money through the C ABI: allocate an invoice total across three cost
 * centres, round a VAT amount, and see mixed currencies refused. */
#include <stdio.h>
#include <string.h>

#include "relance.h"

static relance_money money(const char* amount, const char* currency) {
  relance_money m;
  if (relance_money_parse(amount, strlen(amount), currency, RELANCE_ROUND_EXACT, &m)) {
    fprintf(stderr, "%s\n", relance_last_error_message());
  }
  return m;
}

static relance_decimal decimal(const char* text) {
  relance_decimal d;
  relance_decimal_parse(text, strlen(text), &d);
  return d;
}

/* Formats m as "1234.56 EUR" into buffer. */
static const char* show(const relance_money* m, char* buffer, size_t size) {
  size_t length;
  relance_money_format(m, buffer, size, &length);
  snprintf(buffer + length, size - length, " %s", m->currency);
  return buffer;
}

static void vat(const char* net_text, const char* rate_text, const char* percent) {
  char a[64], b[64];
  relance_money net = money(net_text, "EUR"), tax;
  relance_decimal rate = decimal(rate_text);
  relance_money_multiply(&net, &rate, RELANCE_ROUND_HALF_UP, &tax);
  printf("VAT %s %% on %s, rounded half up: %s\n", percent, show(&net, a, sizeof a),
         show(&tax, b, sizeof b));
}

int main(void) {
  const char* centres[3] = {"Sales", "Logistics", "Support"};
  relance_decimal headcount[3];
  relance_money total = money("1000.00", "EUR"), parts[3], sum, usd, result;
  char a[64], b[64];
  int i;

  headcount[0] = decimal("3");
  headcount[1] = decimal("2");
  headcount[2] = decimal("2");
  if (relance_money_allocate(&total, headcount, 3, parts) != RELANCE_OK) {
    fprintf(stderr, "%s\n", relance_last_error_message());
    return 1;
  }
  printf("Invoice %s split across three cost centres by headcount 3:2:2\n",
         show(&total, a, sizeof a));
  sum = parts[0];
  for (i = 0; i < 3; ++i) {
    printf("  %-10s %14s\n", centres[i], show(&parts[i], a, sizeof a));
    if (i > 0) relance_money_add(&sum, &parts[i], &sum);
  }
  printf("  %-10s %14s\n", "Total", show(&sum, a, sizeof a));

  vat("1234.56", "0.20", "20");
  vat("12.30", "0.055", "5.5");

  total = money("100.00", "EUR");
  usd = money("100.00", "USD");
  relance_status status = relance_money_add(&total, &usd, &result);
  printf("Adding %s and %s: refused (%s)\n", show(&total, a, sizeof a), show(&usd, b, sizeof b),
         relance_status_string(status));
  return status == RELANCE_E_CURRENCY_MISMATCH ? 0 : 1;
}
