/* The C ABI of late-payment interest, used from C as an integrator would.
 * Expected amounts are worked out in the comments from the rates of
 * DOMAIN.md (FR statutory: H1 2024 14.50, H2 2024 14.25, H1
 * 2025 13.15, H2 2025 12.15), independently of the library. */
#include <stdint.h>
#include <string.h>

#include "check.h"
#include "relance.h"
#include "values.h"

static relance_late_interest_request request(const char* eur, const char* due,
                                             const char* through) {
  relance_late_interest_request r;
  CHECK_STATUS(relance_late_interest_request_init(&r, sizeof r), RELANCE_OK);
  r.amount = money(eur, "EUR");
  r.due_date = day(due);
  r.through = day(through);
  return r;
}

static relance_late_interest_result* compute(const relance_late_interest_request* r) {
  relance_late_interest_result* result = NULL;
  CHECK_STATUS(relance_late_interest_compute(r, &result), RELANCE_OK);
  return result;
}

static relance_late_interest_totals totals(const relance_late_interest_result* result) {
  relance_late_interest_totals t;
  CHECK_STATUS(relance_late_interest_result_totals(result, &t), RELANCE_OK);
  return t;
}

/* The explanation of a result, in a static buffer. */
static const char* explanation(const relance_late_interest_result* result) {
  static char buffer[2048];
  size_t length = 0;
  CHECK_STATUS(relance_late_interest_result_format(result, buffer, sizeof buffer, &length),
               RELANCE_OK);
  CHECK(length == strlen(buffer));
  return buffer;
}

/* DOMAIN.md golden case 1: 10,000.00 EUR due 2024-09-15 paid 2024-10-15,
 * 30 days at 14.25 %, ACT/365F: 10000 x 14.25/100 x 30/365 = 8550/73 =
 * 117.1232..., 117.12 half up; + 40.00 = 157.12. */
static void test_golden_case(void) {
  relance_late_interest_request r = request("10000.00", "2024-09-15", "2024-10-15");
  relance_late_interest_result* result = compute(&r);
  relance_late_interest_totals t = totals(result);
  relance_late_interest_segment s;
  char small[10];
  size_t length = 0;

  CHECK(t.late == 1);
  CHECK(strcmp(amount(&t.interest), "117.12") == 0 && strcmp(t.interest.currency, "EUR") == 0);
  CHECK(strcmp(amount(&t.compensation), "40.00") == 0);
  CHECK(strcmp(amount(&t.total), "157.12") == 0);
  CHECK(strcmp(t.exact_interest_ratio, "8550/73") == 0);
  CHECK(t.exact_interest_is_exact == 0 && decimal_is(&t.exact_interest, "117.123287671232876712"));

  CHECK(relance_late_interest_result_segment_count(result) == 1);
  CHECK_STATUS(relance_late_interest_result_segment_at(result, 0, &s), RELANCE_OK);
  CHECK(s.start == day("2024-09-15") && s.end == day("2024-10-15"));
  CHECK(s.days == 30 && s.basis_days == 30 && s.day_count == RELANCE_DAY_COUNT_ACT_365F);
  CHECK(strcmp(amount(&s.base), "10000.00") == 0 && decimal_is(&s.percent, "14.25"));
  CHECK(s.year_fraction_numerator == 6 && s.year_fraction_denominator == 73);
  CHECK(s.amount_is_exact == 0 && strcmp(s.exact_ratio, "8550/73") == 0);
  CHECK(strcmp(amount(&s.rounded), "117.12") == 0 && s.reserved == 0);
  CHECK_STATUS(relance_late_interest_result_segment_at(result, 1, &s), RELANCE_E_INVALID_ARGUMENT);

  CHECK(strcmp(explanation(result),
               "after 2024-09-15 through 2024-10-15 (30 days): 10000.00 EUR x 14.25 % x 30/365 "
               "(ACT/365F) = 117.123287671232876712 (rounded to 18 places)\n"
               "interest: 117.12 EUR (exact 8550/73 = 117.123287671232876712...; ROUND_HALF_UP "
               "once on the total)\ncompensation: 40.00 EUR\ntotal: 157.12 EUR\n") == 0);
  CHECK_STATUS(relance_late_interest_result_format(result, small, sizeof small, &length),
               RELANCE_E_BUFFER_TOO_SMALL);
  CHECK(length == strlen(explanation(result)) && strcmp(small, "after 202") == 0);
  relance_late_interest_result_destroy(result);

  /* EU: 4.25 + 8 = 12.25 %: 10000 x 0.1225 x 30/365 = 100.6849... */
  r.jurisdiction = RELANCE_JURISDICTION_EU;
  result = compute(&r);
  t = totals(result);
  CHECK(strcmp(amount(&t.interest), "100.68") == 0 && strcmp(amount(&t.total), "140.68") == 0);
  relance_late_interest_result_destroy(result);
}

/* 25,000.00 EUR due 2024-11-20 paid 2025-02-10: 41 days of H2 2024 at
 * 14.25 % and 41 days of H1 2025 at 13.15 %. ACT/365F: 25000 x (0.1425 +
 * 0.1315) x 41/365 = 769.4520...; with the due date's rate for all 82
 * days: 25000 x 0.1425 x 82/365 = 800.3424... */
static void test_two_half_years(void) {
  relance_late_interest_request r = request("25000.00", "2024-11-20", "2025-02-10");
  relance_late_interest_result* result = compute(&r);
  relance_late_interest_totals t = totals(result);
  relance_late_interest_segment s;

  CHECK(relance_late_interest_result_segment_count(result) == 2);
  CHECK_STATUS(relance_late_interest_result_segment_at(result, 0, &s), RELANCE_OK);
  CHECK(s.end == day("2024-12-31") && s.days == 41 && decimal_is(&s.percent, "14.25"));
  CHECK_STATUS(relance_late_interest_result_segment_at(result, 1, &s), RELANCE_OK);
  CHECK(s.start == day("2024-12-31") && s.end == day("2025-02-10") && s.days == 41);
  CHECK(decimal_is(&s.percent, "13.15"));
  CHECK(strcmp(amount(&t.interest), "769.45") == 0 && strcmp(amount(&t.total), "809.45") == 0);
  CHECK(strcmp(t.exact_interest_ratio, "56170/73") == 0);
  relance_late_interest_result_destroy(result);

  r.selection = RELANCE_RATE_SELECTION_DUE_DATE_HALF_YEAR;
  result = compute(&r);
  t = totals(result);
  CHECK(relance_late_interest_result_segment_count(result) == 1);
  CHECK(strcmp(amount(&t.interest), "800.34") == 0);
  relance_late_interest_result_destroy(result);

  /* ACT/360, per half-year: 25000 x 0.1315 x 41/360 = 53915/144. */
  r.selection = RELANCE_RATE_SELECTION_PER_HALF_YEAR;
  r.day_count = RELANCE_DAY_COUNT_ACT_360;
  result = compute(&r);
  CHECK_STATUS(relance_late_interest_result_segment_at(result, 1, &s), RELANCE_OK);
  CHECK(s.year_fraction_numerator == 41 && s.year_fraction_denominator == 360);
  CHECK(strcmp(s.exact_ratio, "53915/144") == 0);
  relance_late_interest_result_destroy(result);
}

/* 10,000.00 due 2025-03-31; 6,000.00 left after 2025-04-30, 3,500.00 after
 * 2025-06-15; as of 2025-07-20. Exact: (10000 x 30 + 6000 x 46 + 3500 x
 * 15) x 0.1315 / 365 + 3500 x 0.1215 x 20 / 365 = 249.7335...; rounded
 * per segment 108.08 + 99.44 + 18.91 + 23.30 = 249.73 as well. */
static void test_balance_steps_and_rounding(void) {
  relance_late_interest_request r = request("10000.00", "2025-03-31", "2025-07-20");
  int32_t dates[2];
  relance_money outstanding[2];
  relance_late_interest_result* result = NULL;
  relance_late_interest_totals t;
  relance_late_interest_segment s;

  dates[0] = day("2025-04-30");
  dates[1] = day("2025-06-15");
  outstanding[0] = money("6000.00", "EUR");
  outstanding[1] = money("3500.00", "EUR");
  r.balance_count = 2;
  r.balance_dates = dates;
  r.balance_outstanding = outstanding;
  r.rounding_point = RELANCE_ROUNDING_POINT_PER_SEGMENT;
  result = compute(&r);
  t = totals(result);
  CHECK(relance_late_interest_result_segment_count(result) == 4);
  CHECK_STATUS(relance_late_interest_result_segment_at(result, 1, &s), RELANCE_OK);
  CHECK(strcmp(amount(&s.base), "6000.00") == 0 && s.days == 46);
  CHECK(strcmp(amount(&s.rounded), "99.44") == 0);
  CHECK(strcmp(amount(&t.interest), "249.73") == 0);
  CHECK(strcmp(t.exact_interest_ratio, "364611/1460") == 0);
  relance_late_interest_result_destroy(result);

  /* Out of order: the core's message, naming both changes. */
  dates[1] = day("2025-04-01");
  result = NULL;
  CHECK_STATUS(relance_late_interest_compute(&r, &result), RELANCE_E_INVALID_ARGUMENT);
  CHECK_MESSAGE("relance_late_interest_compute: balance change 1 (2025-04-01) is not after "
                "balance change 0 (2025-04-30)");
  dates[1] = day("2025-06-15");
  outstanding[1] = money("3500.00", "USD");
  CHECK_STATUS(relance_late_interest_compute(&r, &result), RELANCE_E_CURRENCY_MISMATCH);
  outstanding[1].reserved = 1;
  CHECK_STATUS(relance_late_interest_compute(&r, &result), RELANCE_E_INVALID_ARGUMENT);
  CHECK_MESSAGE("argument 'request.balance_outstanding[1]': reserved field is 1");
  CHECK(result == NULL);

  /* 50.00 x 3.65 % x 1/365 = 0.005 a day, two days: exact 0.01; rounded
   * per segment half up 0.01 + 0.01; under ROUND_EXACT per segment the
   * half cents are refused. A contractual rate owes no compensation. */
  r = request("50.00", "2025-06-29", "2025-07-01");
  r.rate_kind = RELANCE_RATE_FIXED;
  r.fixed_percent = parse("3.65");
  result = compute(&r);
  t = totals(result);
  CHECK(strcmp(amount(&t.interest), "0.01") == 0 && t.exact_interest_is_exact == 1);
  CHECK(decimal_is(&t.exact_interest, "0.01") && strcmp(amount(&t.compensation), "0.00") == 0);
  relance_late_interest_result_destroy(result);
  r.rounding_point = RELANCE_ROUNDING_POINT_PER_SEGMENT;
  result = compute(&r);
  t = totals(result);
  CHECK(strcmp(amount(&t.interest), "0.02") == 0);
  relance_late_interest_result_destroy(result);
  r.rounding = RELANCE_ROUND_EXACT;
  result = NULL;
  CHECK_STATUS(relance_late_interest_compute(&r, &result), RELANCE_E_INEXACT);
  CHECK(result == NULL);
}

/* Reference + margin over a table of one's own, a given compensation, a
 * non-EUR invoice, grace days and an invoice that is not late. */
static void test_rates_and_compensation(void) {
  relance_late_interest_request r = request("10000.00", "2024-09-15", "2024-10-15");
  relance_late_interest_result* result = NULL;
  relance_late_interest_totals t;
  relance_rate_table* table = NULL;
  int32_t effective = day("2024-01-01");
  relance_decimal rate = parse("2.00");

  /* 2.00 + 3 points = 5 %: 10000 x 0.05 x 30/365 = 41.0958...; + 15.00. */
  CHECK_STATUS(relance_rate_table_create("mine", &effective, &rate, 1, &table), RELANCE_OK);
  r.rate_kind = RELANCE_RATE_REFERENCE_PLUS_MARGIN;
  r.reference = table;
  r.margin_points = parse("3");
  r.has_compensation = 1;
  r.compensation = money("15.00", "EUR");
  result = compute(&r);
  t = totals(result);
  CHECK(strcmp(amount(&t.interest), "41.10") == 0 && strcmp(amount(&t.total), "56.10") == 0);
  relance_late_interest_result_destroy(result);
  relance_rate_table_destroy(table);

  /* 1000 JPY at 14.25 % for 30 days = 11.71 -> 12 JPY, + 6000 JPY given. */
  r = request("10000.00", "2024-09-15", "2024-10-15");
  r.amount = money("1000", "JPY");
  result = NULL;
  CHECK_STATUS(relance_late_interest_compute(&r, &result), RELANCE_E_CURRENCY_MISMATCH);
  CHECK_MESSAGE("the statutory compensation is 40 EUR; give it in JPY");
  r.has_compensation = 1;
  r.compensation = money("6000", "JPY");
  result = compute(&r);
  t = totals(result);
  CHECK(strcmp(amount(&t.total), "6012") == 0 && strcmp(t.total.currency, "JPY") == 0);
  relance_late_interest_result_destroy(result);

  /* Interest past int64 minor units: 92,233,720,368,547,758.07 EUR at 1000 %
   * for 366 days is about ten times the amount. The core's result is exact;
   * relance_money cannot carry it. */
  r = request("10000.00", "2024-01-01", "2025-01-01");
  r.amount.units = INT64_MAX;
  r.rate_kind = RELANCE_RATE_FIXED;
  r.fixed_percent = parse("1000");
  result = NULL;
  CHECK_STATUS(relance_late_interest_compute(&r, &result), RELANCE_E_OVERFLOW);
  CHECK(result == NULL);

  /* 25 grace days: 5 days left, 10000 x 0.1425 x 5/365 = 19.52. */
  r = request("10000.00", "2024-09-15", "2024-10-15");
  r.grace_days = 25;
  result = compute(&r);
  t = totals(result);
  CHECK(strcmp(amount(&t.interest), "19.52") == 0);
  relance_late_interest_result_destroy(result);
  /* Paid within the grace period: not late, nothing owed, no segment. */
  r.grace_days = 30;
  result = compute(&r);
  t = totals(result);
  CHECK(t.late == 0 && t.total.units == 0 && strcmp(t.total.currency, "EUR") == 0);
  CHECK(relance_late_interest_result_segment_count(result) == 0);
  CHECK(strncmp(explanation(result), "not late: no interest\n", 22) == 0);
  relance_late_interest_result_destroy(result);
}

/* Malformed requests: named by field, nothing written. */
static void test_malformed_requests(void) {
  relance_late_interest_request r = request("10000.00", "2024-09-15", "2024-10-15");
  relance_late_interest_result* result = NULL;
  relance_late_interest_totals t;
  struct {
    relance_late_interest_request request;
    unsigned char later_fields[24];
  } newer;

  r.day_count = 7;
  CHECK_STATUS(relance_late_interest_compute(&r, &result), RELANCE_E_INVALID_ARGUMENT);
  CHECK_MESSAGE("argument 'request.day_count': 7 is not a relance_day_count value (0..4)");
  r.day_count = RELANCE_DAY_COUNT_ACT_365F;
  r.rounding = 9;
  CHECK_STATUS(relance_late_interest_compute(&r, &result), RELANCE_E_INVALID_ARGUMENT);
  CHECK_MESSAGE("argument 'request.rounding'");
  r.rounding = RELANCE_ROUND_HALF_UP;
  r.rate_kind = -1;
  CHECK_STATUS(relance_late_interest_compute(&r, &result), RELANCE_E_INVALID_ARGUMENT);
  CHECK_MESSAGE("argument 'request.rate_kind'");
  r.rate_kind = RELANCE_RATE_STATUTORY;
  r.jurisdiction = 2;
  CHECK_STATUS(relance_late_interest_compute(&r, &result), RELANCE_E_INVALID_ARGUMENT);
  CHECK_MESSAGE("argument 'request.jurisdiction'");
  r.jurisdiction = RELANCE_JURISDICTION_FR;
  r.has_compensation = 2;
  CHECK_STATUS(relance_late_interest_compute(&r, &result), RELANCE_E_INVALID_ARGUMENT);
  CHECK_MESSAGE("argument 'request.has_compensation': 2 is not 0 or 1");
  r.has_compensation = 0;
  r.grace_days = -1;
  CHECK_STATUS(relance_late_interest_compute(&r, &result), RELANCE_E_INVALID_ARGUMENT);
  r.grace_days = 0;
  r.through = RELANCE_DATE_MAX + 1;
  CHECK_STATUS(relance_late_interest_compute(&r, &result), RELANCE_E_INVALID_ARGUMENT);
  CHECK_MESSAGE("argument 'request.through'");
  r.through = day("2024-10-15");
  r.reserved = 1;
  CHECK_STATUS(relance_late_interest_compute(&r, &result), RELANCE_E_INVALID_ARGUMENT);
  r.reserved = 0;
  r.rate_kind = RELANCE_RATE_FIXED;
  r.fixed_percent.scale = 40;
  CHECK_STATUS(relance_late_interest_compute(&r, &result), RELANCE_E_INVALID_ARGUMENT);
  CHECK_MESSAGE("argument 'request.fixed_percent'");
  r.fixed_percent = parse("-1");
  CHECK_STATUS(relance_late_interest_compute(&r, &result), RELANCE_E_INVALID_ARGUMENT);
  r.rate_kind = RELANCE_RATE_STATUTORY;

  /* struct_size: too small (not prepared by init), or too large. */
  r.struct_size = (uint32_t)sizeof r - 8;
  CHECK_STATUS(relance_late_interest_compute(&r, &result), RELANCE_E_INVALID_ARGUMENT);
  CHECK_MESSAGE("relance_late_interest_request_init");
  r.struct_size = 0xFFFFFFFFu;
  CHECK_STATUS(relance_late_interest_compute(&r, &result), RELANCE_E_INVALID_ARGUMENT);
  CHECK_STATUS(relance_late_interest_request_init(&r, sizeof r - 1), RELANCE_E_INVALID_ARGUMENT);
  CHECK_STATUS(relance_late_interest_request_init(&r, 4096), RELANCE_E_INVALID_ARGUMENT);
  CHECK(result == NULL);

  /* A program built against a later header: its fields past this version's
   * are zeroed by init and accepted; set, they are refused. */
  memset(&newer, 0x77, sizeof newer);
  CHECK_STATUS(relance_late_interest_request_init(&newer.request, sizeof newer), RELANCE_OK);
  CHECK(newer.request.struct_size == sizeof newer && newer.later_fields[23] == 0);
  CHECK(newer.request.rounding == RELANCE_ROUND_HALF_UP);
  CHECK(newer.request.jurisdiction == RELANCE_JURISDICTION_FR);
  newer.request.amount = money("10000.00", "EUR");
  newer.request.due_date = day("2024-09-15");
  newer.request.through = day("2024-10-15");
  result = compute(&newer.request);
  t = totals(result);
  CHECK(strcmp(amount(&t.total), "157.12") == 0);
  relance_late_interest_result_destroy(result);
  result = NULL;
  newer.later_fields[5] = 1;
  CHECK_STATUS(relance_late_interest_compute(&newer.request, &result),
               RELANCE_E_INVALID_ARGUMENT);
  CHECK_MESSAGE("does not know");
  CHECK(result == NULL);
}

int main(void) {
  test_golden_case();
  test_two_half_years();
  test_balance_steps_and_rounding();
  test_rates_and_compensation();
  test_malformed_requests();
  return check_summary("capi_interest_test");
}
