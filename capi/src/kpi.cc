// relance_kpi_*, relance_kpi_options_init, relance_ledger_kpis and
// relance_kpi_report_*: shims over relance::ComputeKpis, KpiReport and
// MergeKpis; and the helpers that roll_rate.cc shares (kpi_common.h).

#include "relance/kpi.h"

#include <algorithm>
#include <array>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/str_cat.h"
#include "kpi_common.h"
#include "ledger_columns.h"
#include "relance.h"
#include "shim.h"

struct relance_kpi_report {
  explicit relance_kpi_report(relance::KpiReport r)
      : report(std::move(r)),
        customers(relance::capi::CustomerPointers(report.options.customers)) {}

  const relance::KpiReport report;
  // The C view of report.options.customers (relance_kpi_report_options).
  const std::vector<const char*> customers;
};

namespace relance::capi {

relance_status OptionError(absl::string_view function, absl::string_view message) {
  return Fail(RELANCE_E_INVALID_ARGUMENT, function, absl::StrCat("argument 'options': ", message));
}

relance_status ReadPeriod(int32_t from, int32_t to, absl::string_view function, Date* out_from,
                          Date* out_to) {
  if (from == RELANCE_NO_DATE) return OptionError(function, "from is not set");
  if (to == RELANCE_NO_DATE) return OptionError(function, "to is not set");
  if (relance_status s = ReadDate(from, function, "options.from", out_from)) return s;
  return ReadDate(to, function, "options.to", out_to);
}

relance_status ReadCustomers(size_t count, const char* const* customers, absl::string_view function,
                             std::vector<std::string>* out) {
  if (count == 0) {
    out->clear();
    return RELANCE_OK;
  }
  if (customers == nullptr) {
    return Fail(RELANCE_E_INVALID_ARGUMENT, function,
                absl::StrCat("argument 'options.customers' is NULL with customer_count ", count));
  }
  std::vector<std::string> ids;
  ids.reserve(count);
  for (size_t i = 0; i < count; ++i) {
    if (customers[i] == nullptr) {
      return NullArgument(function, absl::StrCat("options.customers[", i, "]"));
    }
    ids.emplace_back(customers[i]);
  }
  *out = std::move(ids);
  return RELANCE_OK;
}

std::vector<const char*> CustomerPointers(const std::vector<std::string>& ids) {
  std::vector<const char*> out;
  out.reserve(ids.size());
  for (const std::string& id : ids) out.push_back(id.c_str());
  return out;
}

relance_status CheckCurrencyIndex(size_t index, size_t count, absl::string_view function,
                                  absl::string_view name) {
  if (index < count) return RELANCE_OK;
  return Fail(
      RELANCE_E_INVALID_ARGUMENT, function,
      absl::StrCat("argument '", name, "': ", index, " is not below the currency count ", count));
}

relance_status WriteUnits(const Money& m, absl::string_view function, int64_t* out) {
  absl::StatusOr<std::int64_t> units = m.minor_units_int64();
  if (!units.ok()) return Fail(units.status(), function);
  *out = *units;
  return RELANCE_OK;
}

void WriteFigure(const KpiFigure& figure, relance_kpi_figure* out) {
  out->status = static_cast<int32_t>(figure.status);
  out->has_value = figure.value.has_value() ? 1 : 0;
  WriteDecimal(figure.numerator, &out->numerator);
  WriteDecimal(figure.denominator, &out->denominator);
  WriteDecimal(figure.value.value_or(Decimal()), &out->value);
}

}  // namespace relance::capi

namespace {

using relance::CountbackUnit;
using relance::CurrencyKpis;
using relance::KpiFigure;
using relance::KpiOptions;
using relance::KpiReport;
using relance::KpiStatus;
using relance::Money;
using relance::RoundingMode;
using namespace relance::capi;

// The pinned values of relance.h are the C++ ones.
static_assert(RELANCE_KPI_STATUS_DEFINED == static_cast<int>(KpiStatus::kDefined));
static_assert(RELANCE_KPI_STATUS_NO_BASE == static_cast<int>(KpiStatus::kNoBase));
static_assert(RELANCE_KPI_STATUS_NEGATIVE_RECEIVABLES ==
              static_cast<int>(KpiStatus::kNegativeReceivables));
static_assert(RELANCE_KPI_STATUS_SALES_EXHAUSTED == static_cast<int>(KpiStatus::kSalesExhausted));
static_assert(RELANCE_KPI_COUNTBACK_MONTHS == static_cast<int>(CountbackUnit::kMonths));
static_assert(RELANCE_KPI_COUNTBACK_DAYS == static_cast<int>(CountbackUnit::kDays));
static_assert(RELANCE_ROUND_HALF_EVEN == static_cast<int>(RoundingMode::kHalfEven));
static_assert(RELANCE_ROUND_EXACT == static_cast<int>(RoundingMode::kExact));
static_assert(RELANCE_KPI_RETENTION_RATE + 1 == RELANCE_KPI_COUNT);
static_assert(RELANCE_KPI_AMOUNT_LATE_PAYMENT_CASH + 1 == RELANCE_KPI_AMOUNT_COUNT);

struct KpiText {
  const char* name;
  const char* title;
  const char* definition;
};

// By relance_kpi value.
constexpr std::array<KpiText, RELANCE_KPI_COUNT> kKpis = {{
    {"dso", "DSO",
     "receivables at the end x days in the period / credit sales of the period; days; "
     "no value without positive credit sales"},
    {"countback_dso", "Countback DSO",
     "days of the latest credit sales, counted back from the end of the period, that add "
     "up to the receivables at the end; days; no value when the receivables are negative "
     "or exceed all the sales on record"},
    {"best_possible_dso", "Best possible DSO",
     "current (not yet due) receivables at the end x days in the period / credit sales of "
     "the period; days; no value without positive credit sales"},
    {"average_days_delinquent", "Average days delinquent",
     "(receivables - current receivables) at the end x days in the period / credit sales "
     "of the period = DSO - best possible DSO; days; no value without positive credit "
     "sales"},
    {"collection_effectiveness", "Collection effectiveness index",
     "(beginning receivables + credit sales - ending receivables) x 100 / (beginning "
     "receivables + credit sales - ending current receivables); percent; no value when "
     "the denominator is not positive"},
    {"average_days_to_pay", "Average days to pay",
     "sum of amount settled x days from the document date to the settlement / sum of the "
     "amounts settled in the period; days; no value without settlements"},
    {"average_days_beyond_terms", "Average days beyond terms",
     "sum of amount settled x days past the due date (0 when on time) / sum of the amounts "
     "settled in the period; days; no value without settlements"},
    {"recovery_rate", "Recovery rate",
     "overdue amounts collected in the period x 100 / overdue amounts to collect (overdue "
     "at the start or falling due in the period); percent; no value when nothing was "
     "overdue"},
    {"average_collection_delay", "Average collection delay",
     "sum of days from the due date to full payment / number of items paid in full late "
     "in the period; days; no value when no item was paid late"},
    {"weighted_collection_delay", "Weighted collection delay",
     "sum of item amount x days from the due date to full payment / sum of the amounts of "
     "the items paid in full late in the period; days; no value when no item was paid late"},
    {"retention_rate", "Retention after a payment incident",
     "customers who bought again within the window after their first payment incident of "
     "the period x 100 / (retained + lost customers); percent; all currencies; no value "
     "when no customer's window is over"},
}};

// The per-currency figures, by relance_kpi value.
constexpr std::array<KpiFigure CurrencyKpis::*, RELANCE_KPI_RETENTION_RATE> kFigures = {
    &CurrencyKpis::dso,
    &CurrencyKpis::countback_dso,
    &CurrencyKpis::best_possible_dso,
    &CurrencyKpis::average_days_delinquent,
    &CurrencyKpis::collection_effectiveness,
    &CurrencyKpis::average_days_to_pay,
    &CurrencyKpis::average_days_beyond_terms,
    &CurrencyKpis::recovery_rate,
    &CurrencyKpis::average_collection_delay,
    &CurrencyKpis::weighted_collection_delay,
};

struct AmountField {
  const char* name;
  const Money& (*get)(const CurrencyKpis&);
};

// By relance_kpi_amount value.
constexpr std::array<AmountField, RELANCE_KPI_AMOUNT_COUNT> kAmounts = {{
    {"beginning_balance",
     [](const CurrencyKpis& k) -> const Money& { return k.beginning.balance; }},
    {"beginning_current",
     [](const CurrencyKpis& k) -> const Money& { return k.beginning.current; }},
    {"beginning_past_due",
     [](const CurrencyKpis& k) -> const Money& { return k.beginning.past_due; }},
    {"beginning_credits",
     [](const CurrencyKpis& k) -> const Money& { return k.beginning.credits; }},
    {"beginning_disputed",
     [](const CurrencyKpis& k) -> const Money& { return k.beginning.disputed; }},
    {"ending_balance", [](const CurrencyKpis& k) -> const Money& { return k.ending.balance; }},
    {"ending_current", [](const CurrencyKpis& k) -> const Money& { return k.ending.current; }},
    {"ending_past_due", [](const CurrencyKpis& k) -> const Money& { return k.ending.past_due; }},
    {"ending_credits", [](const CurrencyKpis& k) -> const Money& { return k.ending.credits; }},
    {"ending_disputed", [](const CurrencyKpis& k) -> const Money& { return k.ending.disputed; }},
    {"invoiced", [](const CurrencyKpis& k) -> const Money& { return k.invoiced; }},
    {"credit_notes", [](const CurrencyKpis& k) -> const Money& { return k.credit_notes; }},
    {"credit_sales", [](const CurrencyKpis& k) -> const Money& { return k.credit_sales; }},
    {"cash_received", [](const CurrencyKpis& k) -> const Money& { return k.cash_received; }},
    {"written_off", [](const CurrencyKpis& k) -> const Money& { return k.written_off; }},
    {"prior_settlements",
     [](const CurrencyKpis& k) -> const Money& { return k.prior_settlements; }},
    {"settled", [](const CurrencyKpis& k) -> const Money& { return k.settled; }},
    {"to_collect", [](const CurrencyKpis& k) -> const Money& { return k.recovery.to_collect; }},
    {"collected", [](const CurrencyKpis& k) -> const Money& { return k.recovery.collected; }},
    {"recovery_written_off",
     [](const CurrencyKpis& k) -> const Money& { return k.recovery.written_off; }},
    {"still_open", [](const CurrencyKpis& k) -> const Money& { return k.recovery.still_open; }},
    {"paid_late", [](const CurrencyKpis& k) -> const Money& { return k.paid_late_amount; }},
    {"late_payment_cash",
     [](const CurrencyKpis& k) -> const Money& { return k.late_payment_cash; }},
}};

// The size of relance_kpi_options this version knows.
constexpr size_t kKnownSize = sizeof(relance_kpi_options);
constexpr absl::string_view kType = "relance_kpi_options";
constexpr absl::string_view kInit = "relance_kpi_options_init";

// The relance_kpi value `kpi`, or -1 when it is none.
int KpiIndex(const relance_kpi& kpi) {
  const int64_t value = EnumValue(kpi);
  return value >= 0 && value < RELANCE_KPI_COUNT ? static_cast<int>(value) : -1;
}

relance_status ReadOptions(const relance_kpi_options* in, absl::string_view function,
                           KpiOptions* out) {
  if (in == nullptr) return NullArgument(function, "options");
  if (relance_status s = CheckExtensible(in, kKnownSize, kType, "options", kInit, function)) {
    return s;
  }
  if (relance_status s = ReadPeriod(in->from, in->to, function, &out->from, &out->to)) return s;
  out->scale = in->scale;
  if (relance_status s = ReadEnum(in->rounding, RELANCE_ROUND_EXACT + 1, function,
                                  "options.rounding", "relance_rounding", &out->rounding)) {
    return s;
  }
  if (relance_status s =
          ReadEnum(in->countback_unit, RELANCE_KPI_COUNTBACK_DAYS + 1, function,
                   "options.countback_unit", "relance_kpi_countback_unit", &out->countback_unit)) {
    return s;
  }
  out->countback_length = in->countback_length;
  out->incident_days = in->incident_days;
  out->retention_window_days = in->retention_window_days;
  if (relance_status s =
          ReadCustomers(in->customer_count, in->customers, function, &out->customers)) {
    return s;
  }
  // The core names the field ("scale 19 is outside 0..18"); say where it is.
  if (absl::Status s = relance::ValidateKpiOptions(*out); !s.ok()) {
    return OptionError(function, s.message());
  }
  return RELANCE_OK;
}

// Every field but struct_size and reserved; customers from `customers`.
void WriteOptions(const KpiOptions& in, const std::vector<const char*>& customers,
                  relance_kpi_options* out) {
  out->from = in.from.days();
  out->to = in.to.days();
  out->scale = in.scale;
  out->rounding = static_cast<int32_t>(in.rounding);
  out->countback_unit = static_cast<int32_t>(in.countback_unit);
  out->countback_length = in.countback_length;
  out->incident_days = in.incident_days;
  out->retention_window_days = in.retention_window_days;
  out->customer_count = customers.size();
  out->customers = customers.empty() ? nullptr : customers.data();
}

relance_status Emit(absl::StatusOr<KpiReport> report, absl::string_view function,
                    relance_kpi_report** out) {
  if (!report.ok()) return Fail(report.status(), function);
  *out = new relance_kpi_report(*std::move(report));
  return RELANCE_OK;
}

// The entry of currency `index` (named `name`) of a non-NULL report.
relance_status FindCurrency(const relance_kpi_report& r, size_t index, absl::string_view function,
                            absl::string_view name, const CurrencyKpis** out) {
  const std::vector<CurrencyKpis>& currencies = r.report.currencies;
  if (relance_status s = CheckCurrencyIndex(index, currencies.size(), function, name)) return s;
  *out = &currencies[index];
  return RELANCE_OK;
}

}  // namespace

extern "C" {

const char* relance_kpi_name(relance_kpi kpi) {
  const int i = KpiIndex(kpi);
  return i < 0 ? "INVALID" : kKpis[static_cast<size_t>(i)].name;
}

const char* relance_kpi_title(relance_kpi kpi) {
  const int i = KpiIndex(kpi);
  return i < 0 ? "INVALID" : kKpis[static_cast<size_t>(i)].title;
}

const char* relance_kpi_definition(relance_kpi kpi) {
  const int i = KpiIndex(kpi);
  return i < 0 ? "INVALID" : kKpis[static_cast<size_t>(i)].definition;
}

const char* relance_kpi_status_name(int32_t status) {
  if (status < RELANCE_KPI_STATUS_DEFINED || status > RELANCE_KPI_STATUS_SALES_EXHAUSTED) {
    return "INVALID";
  }
  // KpiStatusName returns views of string literals: NUL-terminated.
  return relance::KpiStatusName(static_cast<KpiStatus>(status)).data();
}

const char* relance_kpi_amount_name(relance_kpi_amount which) {
  const int64_t value = EnumValue(which);
  if (value < 0 || value >= RELANCE_KPI_AMOUNT_COUNT) return "INVALID";
  return kAmounts[static_cast<size_t>(value)].name;
}

relance_status relance_kpi_options_init(relance_kpi_options* options, size_t struct_size) {
  return InitOptions(options, struct_size, "relance_kpi_options_init", kType,
                     [](auto* o) { WriteOptions(KpiOptions{}, {}, o); });
}

relance_status relance_ledger_kpis(const relance_ledger* ledger, const relance_kpi_options* options,
                                   relance_kpi_report** out) {
  constexpr absl::string_view kFn = "relance_ledger_kpis";
  return Guard(kFn, [&]() -> relance_status {
    if (ledger == nullptr) return NullArgument(kFn, "ledger");
    KpiOptions read;
    if (relance_status s = ReadOptions(options, kFn, &read)) return s;
    if (out == nullptr) return NullArgument(kFn, "out");
    return Emit(relance::ComputeKpis(ledger->ledger, read), kFn, out);
  });
}

void relance_kpi_report_destroy(relance_kpi_report* report) { delete report; }

relance_status relance_kpi_report_options(const relance_kpi_report* report,
                                          relance_kpi_options* out) {
  return CopyOptions(report, out, "relance_kpi_report_options", kType, kInit, WriteOptions);
}

size_t relance_kpi_report_currency_count(const relance_kpi_report* report) {
  return report == nullptr ? 0 : report->report.currencies.size();
}

relance_status relance_kpi_report_currency(const relance_kpi_report* report, size_t index,
                                           char out_currency[4]) {
  constexpr absl::string_view kFn = "relance_kpi_report_currency";
  return Guard(kFn, [&]() -> relance_status {
    if (report == nullptr) return NullArgument(kFn, "report");
    const CurrencyKpis* k = nullptr;
    if (relance_status s = FindCurrency(*report, index, kFn, "index", &k)) return s;
    if (out_currency == nullptr) return NullArgument(kFn, "out_currency");
    WriteCode(k->currency, out_currency);
    return RELANCE_OK;
  });
}

relance_status relance_kpi_report_figure(const relance_kpi_report* report, size_t currency_index,
                                         relance_kpi kpi, relance_kpi_figure* out) {
  constexpr absl::string_view kFn = "relance_kpi_report_figure";
  return Guard(kFn, [&]() -> relance_status {
    if (report == nullptr) return NullArgument(kFn, "report");
    const int i = KpiIndex(kpi);
    if (i < 0) return BadEnum(EnumValue(kpi), RELANCE_KPI_COUNT, kFn, "kpi", "relance_kpi");
    if (i == RELANCE_KPI_RETENTION_RATE) {
      if (out == nullptr) return NullArgument(kFn, "out");
      WriteFigure(report->report.retention.rate, out);
      return RELANCE_OK;
    }
    const CurrencyKpis* k = nullptr;
    if (relance_status s = FindCurrency(*report, currency_index, kFn, "currency_index", &k)) {
      return s;
    }
    if (out == nullptr) return NullArgument(kFn, "out");
    WriteFigure(k->*kFigures[static_cast<size_t>(i)], out);
    return RELANCE_OK;
  });
}

relance_status relance_kpi_report_amount(const relance_kpi_report* report, size_t currency_index,
                                         relance_kpi_amount which, int64_t* out_units) {
  constexpr absl::string_view kFn = "relance_kpi_report_amount";
  return Guard(kFn, [&]() -> relance_status {
    if (report == nullptr) return NullArgument(kFn, "report");
    const int64_t w = EnumValue(which);
    if (w < 0 || w >= RELANCE_KPI_AMOUNT_COUNT) {
      return BadEnum(w, RELANCE_KPI_AMOUNT_COUNT, kFn, "which", "relance_kpi_amount");
    }
    const CurrencyKpis* k = nullptr;
    if (relance_status s = FindCurrency(*report, currency_index, kFn, "currency_index", &k)) {
      return s;
    }
    if (out_units == nullptr) return NullArgument(kFn, "out_units");
    return WriteUnits(kAmounts[static_cast<size_t>(w)].get(*k), kFn, out_units);
  });
}

relance_status relance_kpi_report_countback_sales(const relance_kpi_report* report,
                                                  size_t currency_index, int64_t* out_units,
                                                  size_t capacity, size_t* out_count) {
  constexpr absl::string_view kFn = "relance_kpi_report_countback_sales";
  return Guard(kFn, [&]() -> relance_status {
    if (report == nullptr) return NullArgument(kFn, "report");
    const CurrencyKpis* k = nullptr;
    if (relance_status s = FindCurrency(*report, currency_index, kFn, "currency_index", &k)) {
      return s;
    }
    if (out_units == nullptr && capacity > 0) return NullArgument(kFn, "out_units");
    if (out_count == nullptr) return NullArgument(kFn, "out_count");
    const std::vector<Money>& sales = k->countback_sales;
    if (capacity < sales.size()) {
      *out_count = sales.size();
      return Fail(RELANCE_E_BUFFER_TOO_SMALL, kFn,
                  absl::StrCat("argument 'out_units' needs room for ", sales.size(),
                               ", capacity is ", capacity));
    }
    std::vector<int64_t> units(sales.size());
    for (size_t i = 0; i < sales.size(); ++i) {
      if (relance_status s = WriteUnits(sales[i], kFn, &units[i])) return s;
    }
    std::copy(units.begin(), units.end(), out_units);
    *out_count = sales.size();
    return RELANCE_OK;
  });
}

relance_status relance_kpi_report_retention(const relance_kpi_report* report,
                                            relance_kpi_retention* out) {
  constexpr absl::string_view kFn = "relance_kpi_report_retention";
  return Guard(kFn, [&]() -> relance_status {
    if (report == nullptr) return NullArgument(kFn, "report");
    if (out == nullptr) return NullArgument(kFn, "out");
    const relance::RetentionKpi& r = report->report.retention;
    out->customers_with_incident = r.customers_with_incident;
    out->retained = r.retained;
    out->lost = r.lost;
    out->undecided = r.undecided;
    return RELANCE_OK;
  });
}

relance_status relance_kpi_report_merge(const relance_kpi_report* a, const relance_kpi_report* b,
                                        relance_kpi_report** out) {
  constexpr absl::string_view kFn = "relance_kpi_report_merge";
  return Guard(kFn, [&]() -> relance_status {
    if (a == nullptr) return NullArgument(kFn, "a");
    if (b == nullptr) return NullArgument(kFn, "b");
    if (out == nullptr) return NullArgument(kFn, "out");
    return Emit(relance::MergeKpis(a->report, b->report), kFn, out);
  });
}

relance_status relance_kpi_report_equal(const relance_kpi_report* a, const relance_kpi_report* b,
                                        int32_t* out_equal) {
  constexpr absl::string_view kFn = "relance_kpi_report_equal";
  return Guard(kFn, [&]() -> relance_status {
    if (a == nullptr) return NullArgument(kFn, "a");
    if (b == nullptr) return NullArgument(kFn, "b");
    if (out_equal == nullptr) return NullArgument(kFn, "out_equal");
    *out_equal = a->report == b->report ? 1 : 0;
    return RELANCE_OK;
  });
}

}  // extern "C"
