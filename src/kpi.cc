// Collection KPIs over a period: relance/kpi.h. The passes over the ledger
// are in kpi_scan.cc, the figures in kpi_figures.cc.

#include "relance/kpi.h"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "kpi_facts.h"
#include "kpi_history.h"
#include "ledger_store.h"
#include "relance/error.h"

namespace relance {
namespace {

using kpi_internal::CurrencyFacts;
using kpi_internal::KpiFacts;

constexpr std::int32_t kMaxDays = 36500;
constexpr std::int32_t kMaxCountbackLength = 1200;

absl::Status OutOfRange(const std::string& field, std::int32_t value,
                        std::int32_t low, std::int32_t high) {
  return MakeError(ErrorCode::kInvalidArgument,
                   field + " " + std::to_string(value) + " is outside " +
                       std::to_string(low) + ".." + std::to_string(high));
}

// The report made of facts, one entry per currency seen.
absl::StatusOr<KpiReport> MakeReport(const KpiOptions& options,
                                     const std::vector<Currency>& currencies,
                                     const KpiFacts& facts) {
  KpiReport report;
  report.options = options;
  report.days = DaysBetween(options.from, options.to) + 1;
  for (std::size_t s = 0; s < currencies.size(); ++s) {
    if (!facts.currencies[s].seen) continue;
    absl::StatusOr<CurrencyKpis> entry =
        kpi_internal::MakeCurrencyKpis(facts.currencies[s], currencies[s], options);
    if (!entry.ok()) return entry.status();
    report.currencies.push_back(*std::move(entry));
  }
  absl::StatusOr<RetentionKpi> retention =
      kpi_internal::MakeRetentionKpi(facts.retention, options);
  if (!retention.ok()) return retention.status();
  report.retention = *retention;
  return report;
}

// The customer list of a merged report, or an error for a shared id.
absl::StatusOr<std::vector<std::string>> MergedCustomers(
    const std::vector<std::string>& a, const std::vector<std::string>& b) {
  if (a.empty() || b.empty()) return std::vector<std::string>();
  const absl::flat_hash_set<std::string> in_a(a.begin(), a.end());
  for (const std::string& id : b) {
    if (in_a.contains(id)) {
      return MakeError(ErrorCode::kInvalidArgument,
                       "customer '" + id + "' is in both reports");
    }
  }
  std::vector<std::string> merged = a;
  merged.insert(merged.end(), b.begin(), b.end());
  return merged;
}

// Adds the entries of `report` to the facts of each currency.
absl::Status AddEntries(const KpiReport& report, std::vector<Currency>& currencies,
                        KpiFacts& facts) {
  for (const CurrencyKpis& entry : report.currencies) {
    absl::StatusOr<CurrencyFacts> f = kpi_internal::FactsOf(entry);
    if (!f.ok()) return f.status();
    auto it = std::find(currencies.begin(), currencies.end(), entry.currency);
    if (it == currencies.end()) {
      currencies.push_back(entry.currency);
      facts.currencies.emplace_back();
      it = currencies.end() - 1;
    }
    facts.currencies[static_cast<std::size_t>(it - currencies.begin())].Merge(*f);
  }
  facts.retention.retained += report.retention.retained;
  facts.retention.lost += report.retention.lost;
  facts.retention.undecided += report.retention.undecided;
  return absl::OkStatus();
}

}  // namespace

std::string_view KpiStatusName(KpiStatus status) {
  switch (status) {
    case KpiStatus::kDefined:
      return "defined";
    case KpiStatus::kNoBase:
      return "no_base";
    case KpiStatus::kNegativeReceivables:
      return "negative_receivables";
    case KpiStatus::kSalesExhausted:
      return "sales_exhausted";
  }
  return "INVALID";
}

absl::Status ValidateKpiOptions(const KpiOptions& o) {
  if (o.to < o.from) {
    return MakeError(ErrorCode::kInvalidArgument, "period ends (to " + o.to.ToString() +
                                                      ") before it starts (from " +
                                                      o.from.ToString() + ")");
  }
  if (absl::Status s = kpi_internal::ValidateFigureRounding(o.scale, o.rounding); !s.ok()) {
    return s;
  }
  if (o.countback_unit != CountbackUnit::kMonths && o.countback_unit != CountbackUnit::kDays) {
    return MakeError(ErrorCode::kInvalidArgument, "countback_unit is not a CountbackUnit");
  }
  if (o.countback_length < 1 || o.countback_length > kMaxCountbackLength) {
    return OutOfRange("countback_length", o.countback_length, 1, kMaxCountbackLength);
  }
  if (o.incident_days < 0 || o.incident_days > kMaxDays) {
    return OutOfRange("incident_days", o.incident_days, 0, kMaxDays);
  }
  if (o.retention_window_days < 1 || o.retention_window_days > kMaxDays) {
    return OutOfRange("retention_window_days", o.retention_window_days, 1, kMaxDays);
  }
  return absl::OkStatus();
}

CurrencyKpis::CurrencyKpis(Currency c)
    : currency(c),
      beginning{Date(), Money::Zero(c), Money::Zero(c), Money::Zero(c), Money::Zero(c),
                Money::Zero(c)},
      ending(beginning),
      invoiced(Money::Zero(c)),
      credit_notes(invoiced),
      credit_sales(invoiced),
      cash_received(invoiced),
      written_off(invoiced),
      prior_settlements(invoiced),
      settled(invoiced),
      recovery{invoiced, invoiced, invoiced, invoiced},
      paid_late_amount(invoiced),
      late_payment_cash(invoiced) {}

const CurrencyKpis* KpiReport::Find(Currency currency) const {
  for (const CurrencyKpis& entry : currencies) {
    if (entry.currency == currency) return &entry;
  }
  return nullptr;
}

absl::StatusOr<KpiReport> ComputeKpis(const Ledger& ledger, const KpiOptions& options) {
  if (absl::Status s = ValidateKpiOptions(options); !s.ok()) return s;
  const LedgerStore& store = ledger.store();
  absl::StatusOr<kpi_internal::AccountSelection> selection =
      kpi_internal::SelectAccounts(store, options.customers);
  if (!selection.ok()) return selection.status();
  const KpiFacts facts = kpi_internal::ScanKpiFacts(store, *selection, options);
  return MakeReport(options, selection->currencies, facts);
}

absl::StatusOr<KpiReport> MergeKpis(const KpiReport& a, const KpiReport& b) {
  KpiOptions a_options = a.options;
  KpiOptions b_options = b.options;
  a_options.customers.clear();
  b_options.customers.clear();
  if (!(a_options == b_options)) {
    return MakeError(ErrorCode::kInvalidArgument,
                     "the reports were made with different options");
  }
  absl::StatusOr<std::vector<std::string>> customers =
      MergedCustomers(a.options.customers, b.options.customers);
  if (!customers.ok()) return customers.status();
  std::vector<Currency> currencies;
  KpiFacts facts;
  if (absl::Status s = AddEntries(a, currencies, facts); !s.ok()) return s;
  if (absl::Status s = AddEntries(b, currencies, facts); !s.ok()) return s;
  // Sort the currencies by code, their facts with them.
  std::vector<std::size_t> order(currencies.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) {
    return currencies[x].code() < currencies[y].code();
  });
  std::vector<Currency> sorted;
  KpiFacts sorted_facts;
  sorted_facts.retention = facts.retention;
  for (std::size_t i : order) {
    sorted.push_back(currencies[i]);
    sorted_facts.currencies.push_back(std::move(facts.currencies[i]));
  }
  a_options.customers = *std::move(customers);
  return MakeReport(a_options, sorted, sorted_facts);
}

}  // namespace relance
