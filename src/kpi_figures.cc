// KPI facts to report entries and back (kpi_facts.h): every figure of kpi.h
// is a ratio of the facts, computed here and nowhere else.

#include <algorithm>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <utility>
#include <vector>

#include "kpi_countback.h"
#include "kpi_facts.h"
#include "kpi_history.h"
#include "relance/error.h"

namespace relance::kpi_internal {
namespace {

// Turns exact sums into Money, Decimals and figures of one currency,
// keeping the first error (overflow past 38 digits).
class FigureMaker {
 public:
  FigureMaker(Currency currency, const KpiOptions& options)
      : currency_(currency), options_(options) {}

  Money Amount(int128 minor_units) {
    absl::StatusOr<Money> m = ToMoney(minor_units, currency_);
    return Keep(m, Money::Zero(currency_));
  }
  // An amount x days, or a percentage x 100, at the currency's scale.
  Decimal Scaled(int128 minor_units) {
    return Keep(ScaledDecimal(minor_units, currency_), Decimal());
  }
  KpiFigure Ratio(int128 numerator, int128 denominator) {
    return Figure(Scaled(numerator), Scaled(denominator));
  }
  KpiFigure Figure(const Decimal& numerator, const Decimal& denominator) {
    return Keep(MakeFigure(numerator, denominator, options_.scale, options_.rounding),
                KpiFigure());
  }
  KpiFigure Countback(int128 receivables, const std::vector<int128>& sales) {
    CountbackSteps steps(options_.to, options_.countback_unit, options_.countback_length);
    return Keep(CountbackDso(receivables, sales, steps, currency_, options_.scale,
                             options_.rounding),
                KpiFigure());
  }
  ReceivablesSnapshot Snapshot(const SnapshotFacts& s, Date as_of) {
    return ReceivablesSnapshot{as_of,           Amount(s.balance()), Amount(s.current),
                               Amount(s.past_due), Amount(s.credits), Amount(s.disputed)};
  }
  const absl::Status& status() const { return status_; }

 private:
  template <typename T>
  T Keep(const absl::StatusOr<T>& r, T fallback) {
    if (r.ok()) return *r;
    if (status_.ok()) status_ = r.status();
    return fallback;
  }

  Currency currency_;
  const KpiOptions& options_;
  absl::Status status_;
};

// Reads Money and Decimal fields back into minor units, keeping the first
// error.
class FactReader {
 public:
  explicit FactReader(Currency currency) : currency_(currency) {}
  int128 operator()(const Money& m) {
    if (!(m.currency() == currency_) && status_.ok()) {
      status_ = MakeError(ErrorCode::kCurrencyMismatch,
                          "an amount in " + std::string(m.currency().code()) +
                              " in the " + std::string(currency_.code()) + " entry");
    }
    return (*this)(m.amount());
  }
  int128 operator()(const Decimal& d) {
    absl::StatusOr<int128> units = MinorUnits(d, currency_);
    if (units.ok()) return *units;
    if (status_.ok()) status_ = units.status();
    return 0;
  }
  SnapshotFacts Snapshot(const ReceivablesSnapshot& s) {
    return SnapshotFacts{(*this)(s.current), (*this)(s.past_due), (*this)(s.credits),
                         (*this)(s.disputed)};
  }
  const absl::Status& status() const { return status_; }

 private:
  Currency currency_;
  absl::Status status_;
};

void MergeSnapshot(SnapshotFacts& a, const SnapshotFacts& b) {
  a.current += b.current;
  a.past_due += b.past_due;
  a.credits += b.credits;
  a.disputed += b.disputed;
}

}  // namespace

void CurrencyFacts::Merge(const CurrencyFacts& o) {
  seen = seen || o.seen;
  MergeSnapshot(beginning, o.beginning);
  MergeSnapshot(ending, o.ending);
  using Sum = std::pair<int128*, const int128*>;
  for (auto [mine, theirs] : std::initializer_list<Sum>{
           {&invoiced, &o.invoiced}, {&credit_notes, &o.credit_notes},
        {&cash_received, &o.cash_received}, {&written_off, &o.written_off},
        {&prior_settlements, &o.prior_settlements}, {&settled, &o.settled},
        {&settled_days, &o.settled_days}, {&settled_days_late, &o.settled_days_late},
        {&collected, &o.collected}, {&recovery_written_off, &o.recovery_written_off},
        {&still_open, &o.still_open}, {&paid_late_amount, &o.paid_late_amount},
        {&paid_late_amount_days, &o.paid_late_amount_days}}) {
    *mine += *theirs;
  }
  items_paid_late += o.items_paid_late;
  days_paid_late += o.days_paid_late;
  if (countback_sales.size() < o.countback_sales.size()) {
    countback_sales.resize(o.countback_sales.size(), 0);
  }
  for (std::size_t k = 0; k < o.countback_sales.size(); ++k) {
    countback_sales[k] += o.countback_sales[k];
  }
}

absl::StatusOr<CurrencyKpis> MakeCurrencyKpis(const CurrencyFacts& f,
                                              Currency currency,
                                              const KpiOptions& options) {
  FigureMaker m(currency, options);
  const int128 days = DaysBetween(options.from, options.to) + 1;
  const int128 sales = f.invoiced + f.credit_notes;
  const int128 balance = f.ending.balance();
  const int128 recovery_base = f.collected + f.recovery_written_off + f.still_open;
  CurrencyKpis k(currency);
  k.beginning = m.Snapshot(f.beginning, AddDays(options.from, -1));
  k.ending = m.Snapshot(f.ending, options.to);
  k.invoiced = m.Amount(f.invoiced);
  k.credit_notes = m.Amount(f.credit_notes);
  k.credit_sales = m.Amount(sales);
  k.cash_received = m.Amount(f.cash_received);
  k.written_off = m.Amount(f.written_off);
  k.prior_settlements = m.Amount(f.prior_settlements);
  k.settled = m.Amount(f.settled);
  k.settled_days = m.Scaled(f.settled_days);
  k.settled_days_late = m.Scaled(f.settled_days_late);
  k.recovery = RecoveryFacts{m.Amount(recovery_base), m.Amount(f.collected),
                             m.Amount(f.recovery_written_off), m.Amount(f.still_open)};
  k.items_paid_late = f.items_paid_late;
  k.days_paid_late = f.days_paid_late;
  k.paid_late_amount = m.Amount(f.paid_late_amount);
  k.paid_late_amount_days = m.Scaled(f.paid_late_amount_days);
  for (int128 s : f.countback_sales) k.countback_sales.push_back(m.Amount(s));

  k.dso = m.Ratio(balance * days, sales);
  k.countback_dso = m.Countback(balance, f.countback_sales);
  k.best_possible_dso = m.Ratio(f.ending.current * days, sales);
  k.average_days_delinquent = m.Ratio((balance - f.ending.current) * days, sales);
  const int128 available = f.beginning.balance() + sales;
  k.collection_effectiveness =
      m.Ratio((available - balance) * 100, available - f.ending.current);
  k.average_days_to_pay = m.Ratio(f.settled_days, f.settled);
  k.average_days_beyond_terms = m.Ratio(f.settled_days_late, f.settled);
  k.recovery_rate = m.Ratio(f.collected * 100, recovery_base);
  k.average_collection_delay =
      m.Figure(Decimal(f.days_paid_late), Decimal(f.items_paid_late));
  k.weighted_collection_delay = m.Ratio(f.paid_late_amount_days, f.paid_late_amount);
  k.late_payment_cash = m.Amount(balance - f.ending.current);
  if (!m.status().ok()) return m.status();
  return k;
}

absl::StatusOr<CurrencyFacts> FactsOf(const CurrencyKpis& k) {
  FactReader r(k.currency);
  CurrencyFacts f;
  f.seen = true;
  f.beginning = r.Snapshot(k.beginning);
  f.ending = r.Snapshot(k.ending);
  f.invoiced = r(k.invoiced);
  f.credit_notes = r(k.credit_notes);
  f.cash_received = r(k.cash_received);
  f.written_off = r(k.written_off);
  f.prior_settlements = r(k.prior_settlements);
  f.settled = r(k.settled);
  f.settled_days = r(k.settled_days);
  f.settled_days_late = r(k.settled_days_late);
  f.collected = r(k.recovery.collected);
  f.recovery_written_off = r(k.recovery.written_off);
  f.still_open = r(k.recovery.still_open);
  f.items_paid_late = k.items_paid_late;
  f.days_paid_late = k.days_paid_late;
  f.paid_late_amount = r(k.paid_late_amount);
  f.paid_late_amount_days = r(k.paid_late_amount_days);
  for (const Money& s : k.countback_sales) f.countback_sales.push_back(r(s));
  if (!r.status().ok()) return r.status();
  return f;
}

absl::StatusOr<RetentionKpi> MakeRetentionKpi(const RetentionFacts& facts,
                                              const KpiOptions& options) {
  RetentionKpi k;
  k.retained = facts.retained;
  k.lost = facts.lost;
  k.undecided = facts.undecided;
  k.customers_with_incident = facts.retained + facts.lost + facts.undecided;
  absl::StatusOr<Decimal> percent = Multiply(Decimal(facts.retained), Decimal(100));
  if (!percent.ok()) return percent.status();
  absl::StatusOr<KpiFigure> rate = MakeFigure(
      *percent, Decimal(facts.retained + facts.lost), options.scale, options.rounding);
  if (!rate.ok()) return rate.status();
  k.rate = *rate;
  return k;
}

}  // namespace relance::kpi_internal
