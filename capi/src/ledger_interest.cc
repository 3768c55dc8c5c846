// relance_ledger_late_interest and relance_ledger_interest_*: shims over
// LedgerLateInterest (relance/ledger_interest.h). Each late item's result
// is a relance_late_interest_result owned by the report.

#include <array>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

#include "interest_request.h"
#include "interest_result.h"
#include "ledger_columns.h"
#include "relance.h"
#include "relance/ledger_interest.h"
#include "shim.h"

struct relance_ledger_interest {
  relance::LedgerInterest report;
  std::vector<std::unique_ptr<relance_late_interest_result>> results;
  std::vector<relance_ledger_interest_item> items;  // strings point into `report`
  std::vector<std::array<relance_money, 3>> totals;
};

namespace {

using namespace relance::capi;

// The settings of a late-interest request, as the ledger's options.
relance_status ReadSettings(const relance_late_interest_request* settings, int32_t as_of,
                            absl::string_view function, relance::LedgerInterestOptions* out) {
  std::optional<relance::LateInterestRequest> request;
  if (relance_status s = ReadLateInterestRequest(settings, function, &request)) return s;
  relance::Date day;
  if (relance_status s = ReadDate(as_of, function, "as_of", &day)) return s;
  out->as_of = day;
  out->rate = request->rate;
  out->selection = request->selection;
  out->day_count = request->day_count;
  out->grace_days = request->grace_days;
  out->rounding = request->rounding;
  out->rounding_point = request->rounding_point;
  if (request->compensation.has_value()) {
    if (request->compensation->signum() == 0) {
      out->statutory_compensation = false;
    } else {
      out->compensation_per_item = request->compensation->amount();
    }
  }
  return RELANCE_OK;
}

}  // namespace

extern "C" {

relance_status relance_ledger_late_interest(const relance_ledger* ledger, int32_t as_of,
                                            const relance_late_interest_request* settings,
                                            const char* customer_id,
                                            relance_ledger_interest** out) {
  constexpr absl::string_view kFn = "relance_ledger_late_interest";
  return Guard(kFn, [&]() -> relance_status {
    if (ledger == nullptr) return NullArgument(kFn, "ledger");
    if (out == nullptr) return NullArgument(kFn, "out");
    relance::LedgerInterestOptions options;
    if (relance_status s = ReadSettings(settings, as_of, kFn, &options)) return s;
    if (customer_id != nullptr) options.customer_id = customer_id;
    absl::StatusOr<relance::LedgerInterest> report =
        relance::LedgerLateInterest(ledger->ledger, options);
    if (!report.ok()) return Fail(report.status(), kFn);
    auto handle = std::make_unique<relance_ledger_interest>();
    handle->report = *std::move(report);
    for (relance::ItemLateInterest& item : handle->report.items) {
      std::unique_ptr<relance_late_interest_result> result;
      // The item keeps a copy for its strings; the result owns the interest.
      if (relance_status s = BuildLateInterestResult(item.interest, kFn, &result)) return s;
      relance_ledger_interest_item c{};
      c.item_id = item.item_id.c_str();
      c.customer_id = item.customer_id.c_str();
      if (relance_status s = WriteDate(item.due_date, kFn, &c.due_date)) return s;
      c.due_date_assumed = item.due_date_assumed ? 1 : 0;
      c.settled_on = RELANCE_NO_DATE;
      if (item.settled_on.has_value()) {
        if (relance_status s = WriteDate(*item.settled_on, kFn, &c.settled_on)) return s;
      }
      c.result = result.get();
      handle->items.push_back(c);
      handle->results.push_back(std::move(result));
    }
    const relance::LedgerInterest& r = handle->report;
    for (std::size_t k = 0; k < r.interest.size(); ++k) {
      std::array<relance_money, 3> t{};
      if (relance_status s = WriteMoney(r.interest[k], kFn, &t[0])) return s;
      if (relance_status s = WriteMoney(r.compensation[k], kFn, &t[1])) return s;
      if (relance_status s = WriteMoney(r.total[k], kFn, &t[2])) return s;
      handle->totals.push_back(t);
    }
    *out = handle.release();
    return RELANCE_OK;
  });
}

void relance_ledger_interest_destroy(relance_ledger_interest* report) { delete report; }

size_t relance_ledger_interest_count(const relance_ledger_interest* report) {
  return report == nullptr ? 0 : report->items.size();
}

relance_status relance_ledger_interest_at(const relance_ledger_interest* report, size_t index,
                                          relance_ledger_interest_item* out) {
  constexpr absl::string_view kFn = "relance_ledger_interest_at";
  return Guard(kFn, [&]() -> relance_status {
    if (report == nullptr) return NullArgument(kFn, "report");
    if (out == nullptr) return NullArgument(kFn, "out");
    if (relance_status s = CheckIndex(index, report->items.size(), kFn)) return s;
    *out = report->items[index];
    return RELANCE_OK;
  });
}

size_t relance_ledger_interest_total_count(const relance_ledger_interest* report) {
  return report == nullptr ? 0 : report->totals.size();
}

relance_status relance_ledger_interest_total_at(const relance_ledger_interest* report,
                                                size_t index, relance_money* out_interest,
                                                relance_money* out_compensation,
                                                relance_money* out_total) {
  constexpr absl::string_view kFn = "relance_ledger_interest_total_at";
  return Guard(kFn, [&]() -> relance_status {
    if (report == nullptr) return NullArgument(kFn, "report");
    if (out_interest == nullptr) return NullArgument(kFn, "out_interest");
    if (out_compensation == nullptr) return NullArgument(kFn, "out_compensation");
    if (out_total == nullptr) return NullArgument(kFn, "out_total");
    if (relance_status s = CheckIndex(index, report->totals.size(), kFn)) return s;
    *out_interest = report->totals[index][0];
    *out_compensation = report->totals[index][1];
    *out_total = report->totals[index][2];
    return RELANCE_OK;
  });
}

}  // extern "C"
