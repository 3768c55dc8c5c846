// relance/kpi.h -- collection KPIs (indicateurs de recouvrement) of a ledger
// over a period: DSO standard and countback, best possible DSO, average days
// delinquent, collection effectiveness index, average days to pay and beyond
// terms, recovery rate, average collection delay, cash tied up by late
// payment, and customer retention after a payment incident. The roll-rate
// matrix is in roll_rate.h.
//
//   KpiOptions o;  o.from = 2024-01-01;  o.to = 2024-03-31;
//   absl::StatusOr<KpiReport> r = ComputeKpis(ledger, o);
//   r->currencies[0].dso.value  -> 47.40 (receivables 2500.00 x 91 days
//                                  / credit sales 4800.00, half-even)
//
// The period is [from, to], both days included: days = to - from + 1. Facts
// are read with the ledger's as-of rule (ledger.h): as of D only the facts
// effective on or before D count. "Beginning" is as of from - 1 (the close
// of the day before the period), "ending" as of `to`; nothing effective
// after `to` is seen.
//
// Every figure is per currency: amounts of different currencies are never
// summed. Retention, a count of customers, is the one figure across
// currencies.
//
// Definitions, in the ledger's signs (debit items > 0, credit notes < 0):
//   basis date u   the item's due date; its document date when it has none
//                  (as in aging.h: such an item is due on its date).
//   receivables R  the balance of the customers (Ledger::Balance, the aging
//                  report's balance column): open debit items + open credit
//                  notes - unapplied cash. Unapplied cash and unmatched credit
//                  notes reduce what is owed, as on the balance sheet.
//   current C      the open amount of debit items not yet due: u >= D.
//   past due       the open amount of debit items with u < D.
//   credits        open credit notes - unapplied cash (<= 0);
//                  R = current + past due + credits.
//   credit sales S debit items (every kind) dated in the period plus credit
//                  notes dated in the period (net sales; fees and interest are
//                  in, because they are in R too: numerator and denominator
//                  cover the same facts).
//   a settlement   an allocation (from a payment or a credit note) effective
//                  in the period and not reversed on or before `to`. A
//                  reversal cancels its allocation; write-offs and the prior
//                  settlements of an open-items import are not settlements
//                  (nothing was paid, or the day is unknown).
//   settled on     the settlement day of a debit item: the date of its last
//                  fact effective on or before `to`, when its open amount is
//                  then zero. "Paid" when none of its facts is a write-off.
// Disputes change no figure: a disputed part is owed and due like the rest
// (aging.h shows it apart); the snapshots report it for information.
//
// Exactness. Each figure is an exact fraction numerator / denominator of
// exact decimals, stated below, plus `value` rounded once from it to
// `scale` decimals in `rounding` (default 2 decimals, HALF_EVEN). A figure
// whose denominator is zero or negative has no value: status kNoBase, never a
// division by zero. Money-days products (amount x days) are decimals at the
// currency's scale: 2500.00 EUR x 91 days = 227500.00.
//
// Figures (D = days in the period, B / E = beginning / ending snapshots):
//   dso                       E.balance x D / S
//   best_possible_dso         E.current x D / S
//   average_days_delinquent   (E.balance - E.current) x D / S
//                             = dso - best_possible_dso, exactly.
//   countback_dso             walk back from `to` in steps of
//                             `countback_length` months (or days): step k is
//                             (to - k steps, to - (k-1) steps]; subtract each
//                             step's credit sales s_k from R = E.balance until
//                             a step with s_k >= remaining > 0: that step adds
//                             d_k x remaining / s_k days, each earlier step
//                             its d_k days in full. Exact fraction:
//                             (full days x s_k + remaining x d_k) / s_k. The
//                             walk goes past `from` if it must. R = 0 gives 0;
//                             R < 0 is kNegativeReceivables; R above all the
//                             sales on record (an import whose credit notes
//                             were used outside the ledger) is
//                             kSalesExhausted; undefined, the figure holds
//                             the receivables left uncovered over 0.
//   collection_effectiveness  (B.balance + S - E.balance) x 100
//                             / (B.balance + S - E.current), in percent. The
//                             numerator is what left the receivables: cash,
//                             write-offs and prior settlements.
//   average_days_to_pay       sum a x (settled day - document date) / sum a
//   average_days_beyond_terms sum a x max(0, settled day - u) / sum a,
//                             over the settlements a of the period, each
//                             dated its allocation's effective date.
//   recovery_rate             collected x 100 / to_collect (percent). For a
//                             debit item with u < to, the window is
//                             (max(from - 1, u), to]: to_collect is its open
//                             amount at the window's start (overdue at the
//                             start of the period, or falling overdue in
//                             it); collected = allocations (from payments
//                             or credit notes) - their reversals effective
//                             in the window (net: a reversed collection is
//                             not one). Always
//                             to_collect = collected + written_off (in the
//                             window) + still_open (at `to`).
//   average_collection_delay  sum (settled on - u) / count, over the debit
//                             items paid (not written off) on a day in the
//                             period later than u: a simple mean in days.
//   weighted_collection_delay the same weighted by the items' amounts:
//                             sum amount x (settled on - u) / sum amount.
//   late_payment_cash         E.balance - E.current: the cash tied up by late
//                             payment. Each day of average delay ties up one
//                             day of sales (DOMAIN.md, "revenue / 365"), so
//                             average_days_delinquent x S / D -- which is
//                             exactly this amount, whatever S. Negative when
//                             credits exceed the past-due items.
//   retention.rate            retained x 100 / (retained + lost), percent.
//                             A debit item has an incident on t = u + N + 1
//                             (N = incident_days) when its settled-on day
//                             (`to` while it is open) is t or later: it was
//                             paid, written off, or is still open more than N
//                             days after u. A customer with an
//                             incident dated in the period (the first: t_c) is
//                             retained when it has a purchase (invoice,
//                             installment or debit note -- not a fee or
//                             interest) dated in (t_c, t_c + W], W =
//                             retention_window_days; lost when not and
//                             t_c + W <= to; undecided otherwise (the window
//                             is not over: left out of the rate).
//
// Speed: linear in the ledger, with no per-date loop -- one pass over the
// items, each reading its own event chain once for both snapshot dates and
// the period's flows; one over the payments, likewise; one over the
// disputed items; one more over the items for the purchases that follow an
// incident. A list of customers is served from the store's account index,
// so a few customers do not cost a pass over the whole book.
//
// Merging. Reports over disjoint sets of customers, made with the same
// options, merge exactly (MergeKpis): every figure is a ratio of sums and
// the report keeps the sums.
//
// Thread safety: ComputeKpis only reads the ledger (const); reports are
// immutable values.

#ifndef RELANCE_KPI_H_
#define RELANCE_KPI_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "relance/currency.h"
#include "relance/date.h"
#include "relance/decimal.h"
#include "relance/ledger.h"
#include "relance/money.h"
#include "relance/rounding.h"

namespace relance {

// Why a figure has no value. Values are pinned (C ABI).
enum class KpiStatus : std::uint8_t {
  kDefined = 0,
  kNoBase = 1,                // the denominator is zero or negative
  kNegativeReceivables = 2,   // countback: nothing owed, credits exceed
  kSalesExhausted = 3,        // countback: receivables exceed all sales
};

// "defined", "no_base", "negative_receivables", "sales_exhausted";
// "INVALID" for another value.
std::string_view KpiStatusName(KpiStatus status);

// An exact ratio and its rounded value.
struct KpiFigure {
  KpiStatus status = KpiStatus::kNoBase;
  Decimal numerator;    // exact
  Decimal denominator;  // exact; > 0 when defined
  // numerator / denominator rounded once to the options' scale and mode;
  // set exactly when status == kDefined.
  std::optional<Decimal> value;

  bool defined() const { return status == KpiStatus::kDefined; }
  friend bool operator==(const KpiFigure&, const KpiFigure&) = default;
};

enum class CountbackUnit : std::uint8_t { kMonths = 0, kDays = 1 };

struct KpiOptions {
  Date from;  // first day of the period
  Date to;    // last day, >= from
  // Host ids of the customers to measure; empty: every customer.
  std::vector<std::string> customers;
  int scale = 2;  // 0..18, decimals of every rounded value
  RoundingMode rounding = RoundingMode::kHalfEven;  // any mode but kExact
  CountbackUnit countback_unit = CountbackUnit::kMonths;
  std::int32_t countback_length = 1;  // 1..1200 units per step
  std::int32_t incident_days = 30;    // N >= 0: late by more than N days
  std::int32_t retention_window_days = 180;  // W >= 1

  friend bool operator==(const KpiOptions&, const KpiOptions&) = default;
};

// Checks options. Errors: kInvalidArgument naming the field.
absl::Status ValidateKpiOptions(const KpiOptions& options);

// Receivables of the selected customers in one currency as of a date.
// balance = current + past_due + credits.
struct ReceivablesSnapshot {
  Date as_of;
  Money balance;
  Money current;   // open debit items with u >= as_of
  Money past_due;  // open debit items with u < as_of
  Money credits;   // open credit notes - unapplied cash, <= 0
  Money disputed;  // the disputed part of the open debit items (in the above)
  friend bool operator==(const ReceivablesSnapshot&, const ReceivablesSnapshot&) = default;
};

// The sums behind the recovery rate (see the banner).
struct RecoveryFacts {
  Money to_collect;  // = collected + written_off + still_open
  Money collected;
  Money written_off;
  Money still_open;
  friend bool operator==(const RecoveryFacts&, const RecoveryFacts&) = default;
};

// The facts of one currency over the period, then the figures made of them.
struct CurrencyKpis {
  // Every amount zero in `currency`, every figure without a base.
  explicit CurrencyKpis(Currency currency);

  Currency currency;
  ReceivablesSnapshot beginning;  // as of from - 1
  ReceivablesSnapshot ending;     // as of to
  // Flows of the period. ending.balance = beginning.balance + credit_sales
  // - cash_received - written_off - prior_settlements, to the minor unit.
  Money invoiced;           // debit items dated in the period (> 0)
  Money credit_notes;       // credit notes dated in the period (<= 0)
  Money credit_sales;       // invoiced + credit_notes
  Money cash_received;      // payments with a value date in the period
  Money written_off;        // write-offs dated in the period
  Money prior_settlements;  // import settlements dated in the period (net)
  // Settlements of the period (see the banner).
  Money settled;              // sum a
  Decimal settled_days;       // sum a x (day - document date)
  Decimal settled_days_late;  // sum a x max(0, day - u)
  RecoveryFacts recovery;
  // Debit items paid late in the period.
  std::int64_t items_paid_late = 0;
  std::int64_t days_paid_late = 0;  // sum (settled on - u)
  Money paid_late_amount;           // sum of their amounts
  Decimal paid_late_amount_days;    // sum amount x (settled on - u)
  // Credit sales of countback step k + 1 at [k], from the step ending on
  // `to` back to the step of the oldest item on record.
  std::vector<Money> countback_sales;

  KpiFigure dso;
  KpiFigure countback_dso;
  KpiFigure best_possible_dso;
  KpiFigure average_days_delinquent;
  KpiFigure collection_effectiveness;
  KpiFigure average_days_to_pay;
  KpiFigure average_days_beyond_terms;
  KpiFigure recovery_rate;
  KpiFigure average_collection_delay;
  KpiFigure weighted_collection_delay;
  Money late_payment_cash;

  friend bool operator==(const CurrencyKpis&, const CurrencyKpis&) = default;
};

// Customers with a payment incident in the period (see the banner).
struct RetentionKpi {
  std::int64_t customers_with_incident = 0;  // retained + lost + undecided
  std::int64_t retained = 0;
  std::int64_t lost = 0;
  std::int64_t undecided = 0;
  KpiFigure rate;
  friend bool operator==(const RetentionKpi&, const RetentionKpi&) = default;
};

struct KpiReport {
  KpiOptions options;
  std::int32_t days = 0;  // to - from + 1
  // One entry per currency in which a selected customer has an item or a
  // payment dated on or before `to`, sorted by currency code.
  std::vector<CurrencyKpis> currencies;
  RetentionKpi retention;

  // The entry of `currency`, or nullptr.
  const CurrencyKpis* Find(Currency currency) const;
  friend bool operator==(const KpiReport&, const KpiReport&) = default;
};

// The KPIs of `ledger` over the options' period (see the banner). Errors:
// those of ValidateKpiOptions; kNotFound for an unknown customer id (named);
// kOverflow when a product leaves 38 digits (not with a valid ledger).
absl::StatusOr<KpiReport> ComputeKpis(const Ledger& ledger,
                                      const KpiOptions& options);

// The report of the union of two books whose customers are disjoint
// (REQUIRES: not checked when a report covers every customer of its
// ledger). The options must be equal but for the customer lists, which are
// concatenated (empty when either is empty). Errors: kInvalidArgument when
// the options differ or a customer id is in both lists; kOverflow.
absl::StatusOr<KpiReport> MergeKpis(const KpiReport& a, const KpiReport& b);

}  // namespace relance

#endif  // RELANCE_KPI_H_
