// Internal: the exact sums behind the KPIs of kpi.h, in minor units (int128,
// so that merged reports cannot overflow them), read from a LedgerStore in
// linear passes (kpi_scan.cc) and turned into figures (kpi_figures.cc).

#ifndef RELANCE_SRC_KPI_FACTS_H_
#define RELANCE_SRC_KPI_FACTS_H_

#include <cstdint>
#include <vector>

#include "absl/status/statusor.h"
#include "kpi_history.h"
#include "ledger_store.h"
#include "relance/currency.h"
#include "relance/kpi.h"

namespace relance::kpi_internal {

struct SnapshotFacts {
  int128 current = 0;
  int128 past_due = 0;
  int128 credits = 0;
  int128 disputed = 0;
  int128 balance() const { return current + past_due + credits; }
};

struct CurrencyFacts {
  bool seen = false;  // an item or payment dated on or before `to`
  SnapshotFacts beginning;
  SnapshotFacts ending;
  int128 invoiced = 0;
  int128 credit_notes = 0;
  int128 cash_received = 0;
  int128 written_off = 0;
  int128 prior_settlements = 0;
  int128 settled = 0;
  int128 settled_days = 0;
  int128 settled_days_late = 0;
  int128 collected = 0;
  int128 recovery_written_off = 0;
  int128 still_open = 0;
  std::int64_t items_paid_late = 0;
  std::int64_t days_paid_late = 0;
  int128 paid_late_amount = 0;
  int128 paid_late_amount_days = 0;
  std::vector<int128> countback_sales;  // [k - 1]: step k

  // Adds the facts of a disjoint set of customers.
  void Merge(const CurrencyFacts& other);
};

struct RetentionFacts {
  std::int64_t retained = 0;
  std::int64_t lost = 0;
  std::int64_t undecided = 0;
};

struct KpiFacts {
  std::vector<CurrencyFacts> currencies;  // by AccountSelection slot
  RetentionFacts retention;
};

// The facts of the selected accounts over the options' period.
// REQUIRES: ValidateKpiOptions(options) is OK.
KpiFacts ScanKpiFacts(const LedgerStore& store, const AccountSelection& selection,
                      const KpiOptions& options);

// The report entry made of `facts`, figures included. Errors: kOverflow.
absl::StatusOr<CurrencyKpis> MakeCurrencyKpis(const CurrencyFacts& facts,
                                              Currency currency,
                                              const KpiOptions& options);

// The facts an entry was made of (for merging). Errors: kInexact for an
// entry with amounts finer than its currency (not one ComputeKpis made).
absl::StatusOr<CurrencyFacts> FactsOf(const CurrencyKpis& kpis);

// The retention figures of the counts. Errors: kOverflow.
absl::StatusOr<RetentionKpi> MakeRetentionKpi(const RetentionFacts& facts,
                                              const KpiOptions& options);

}  // namespace relance::kpi_internal

#endif  // RELANCE_SRC_KPI_FACTS_H_
