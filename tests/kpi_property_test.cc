// KPIs and roll rates on seeded random books, against a naive reference
// written here from the definitions of kpi.h and roll_rate.h with the
// ledger's public queries only (OpenAmount, Balance, Unapplied, Disputed,
// GetAllocation) and the facts the generator recorded -- no event chains,
// no indexes. Also: the balance and recovery identities, ADD = DSO - best
// DSO exactly, and merges of reports over a random split of the customers
// equal the report over all of them.

#include <algorithm>
#include <cstdint>
#include <map>
#include <random>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "kpi_random_book.h"
#include "relance/kpi.h"
#include "relance/roll_rate.h"
#include "test_support.h"

namespace relance {
namespace {

using testing::Book;
using testing::BookItem;
using testing::Day;
using testing::RandomBook;

std::int64_t Units(const absl::StatusOr<Money>& m) {
  EXPECT_TRUE(m.ok()) << m.status();
  return m.ok() ? static_cast<std::int64_t>(m->minor_units()) : 0;
}
std::int64_t Units(const Money& m) { return static_cast<std::int64_t>(m.minor_units()); }

// The date of an item's last fact on or before `to` (its import settlement,
// allocations, reversals, write-offs), and whether one is a write-off.
struct LastFact {
  Date date = Date::FromDays(INT32_MIN);
  bool written_off = false;
};

LastFact LastFactOf(const Book& book, const BookItem& i, Date to) {
  LastFact f;
  if (i.open_at_import != i.amount) f.date = i.document;
  for (const testing::BookWriteOff& w : book.write_offs) {
    if (w.item != i.id || w.date > to) continue;
    f.date = std::max(f.date, w.date);
    f.written_off = true;
  }
  for (std::int64_t k = 0; k < static_cast<std::int64_t>(book.ledger.allocation_count()); ++k) {
    const Allocation a = *book.ledger.GetAllocation(k);
    if (a.item_id != i.id || a.date > to) continue;
    f.date = std::max(f.date, a.date);
    if (a.reversed.has_value() && *a.reversed <= to) f.date = std::max(f.date, *a.reversed);
  }
  return f;
}

// Retention by its definition: each customer's first incident in the
// period, then a purchase within the window.
RetentionKpi NaiveRetention(const Book& book, const KpiOptions& o) {
  std::map<std::string, Date> first;
  for (const BookItem& i : book.items) {
    if (i.amount < 0 || i.document > o.to) continue;
    const Date t = AddDays(i.Basis(), o.incident_days + 1);
    const bool open = Units(book.ledger.OpenAmount(i.id, o.to)) > 0;
    if (t < o.from || t > o.to || (!open && LastFactOf(book, i, o.to).date < t)) continue;
    auto [it, added] = first.emplace(i.customer, t);
    if (!added) it->second = std::min(it->second, t);
  }
  RetentionKpi r;
  for (const auto& [customer, t] : first) {
    const Date end = AddDays(t, o.retention_window_days);
    bool bought = false;
    for (const BookItem& i : book.items) {
      const bool purchase = i.kind == ItemKind::kInvoice || i.kind == ItemKind::kInstallment ||
                            i.kind == ItemKind::kDebitNote;
      bought = bought || (purchase && i.customer == customer && i.document > t &&
                          i.document <= end && i.document <= o.to);
    }
    ++r.customers_with_incident;
    ++(bought ? r.retained : end <= o.to ? r.lost : r.undecided);
  }
  return r;
}

// The naive figures of one currency.
struct Reference {
  std::int64_t balance[2] = {0, 0}, current[2] = {0, 0}, past_due[2] = {0, 0};
  std::int64_t credits[2] = {0, 0}, disputed[2] = {0, 0};
  std::int64_t invoiced = 0, credit_notes = 0, cash = 0, written_off = 0, prior = 0;
  std::int64_t settled = 0, settled_days = 0, settled_late = 0;
  std::int64_t to_collect = 0, collected = 0, recovery_written_off = 0, still_open = 0;
  std::int64_t paid_late = 0, days_late = 0;
  std::int64_t all_sales = 0;  // every item dated on or before `to`
};

Reference Naive(const Book& book, Currency currency, Date from, Date to) {
  Reference r;
  const Date dates[2] = {AddDays(from, -1), to};
  for (int s = 0; s < 2; ++s) {
    const Date d = dates[s];
    for (const std::string& c : book.customers) {
      const absl::StatusOr<std::vector<Money>> balances = book.ledger.Balance(c, d);
      for (const Money& m : *balances) {
        if (m.currency() == currency) r.balance[s] += Units(m);
      }
    }
    for (const BookItem& i : book.items) {
      if (!(i.currency == currency) || i.document > d) continue;
      const std::int64_t open = Units(book.ledger.OpenAmount(i.id, d));
      if (i.amount < 0) r.credits[s] += open;
      else (i.Basis() >= d ? r.current[s] : r.past_due[s]) += open;
      r.disputed[s] += Units(book.ledger.Disputed(i.id, d));
    }
    for (const testing::BookPayment& p : book.payments) {
      if (p.currency == currency && p.date <= d) {
        r.credits[s] -= Units(book.ledger.Unapplied(p.id, d));
      }
    }
  }
  for (const BookItem& i : book.items) {
    if (!(i.currency == currency) || i.document > to) continue;
    r.all_sales += i.amount;
    if (i.document >= from) {
      (i.amount < 0 ? r.credit_notes : r.invoiced) += i.amount;
      r.prior += i.amount - i.open_at_import;
    }
    if (i.amount < 0) continue;
    const Date start = std::max(AddDays(from, -1), i.Basis());
    if (i.Basis() < to) {
      r.to_collect += Units(book.ledger.OpenAmount(i.id, start));
      r.still_open += Units(book.ledger.OpenAmount(i.id, to));
    }
    const LastFact fact = LastFactOf(book, i, to);
    for (const testing::BookWriteOff& w : book.write_offs) {
      if (w.item != i.id || w.date > to) continue;
      if (w.date >= from) r.written_off += w.amount;
      if (w.date > start) r.recovery_written_off += w.amount;
    }
    for (std::int64_t k = 0; k < static_cast<std::int64_t>(book.ledger.allocation_count()); ++k) {
      const Allocation a = *book.ledger.GetAllocation(k);
      if (a.item_id != i.id || a.date > to) continue;
      const std::int64_t amount = Units(a.amount);
      if (a.date > start) r.collected += amount;
      const bool reversed = a.reversed.has_value() && *a.reversed <= to;
      if (reversed && *a.reversed > start) r.collected -= amount;
      if (a.date >= from && !reversed) {
        r.settled += amount;
        r.settled_days += amount * DaysBetween(i.document, a.date);
        r.settled_late += amount * std::max(0, DaysBetween(i.Basis(), a.date));
      }
    }
    if (Units(book.ledger.OpenAmount(i.id, to)) == 0 && !fact.written_off &&
        fact.date >= from && fact.date > i.Basis()) {
      ++r.paid_late;
      r.days_late += DaysBetween(i.Basis(), fact.date);
    }
  }
  for (const testing::BookPayment& p : book.payments) {
    if (p.currency == currency && p.date >= from && p.date <= to) r.cash += p.amount;
  }
  return r;
}

void ExpectMatchesReference(const Book& book, const CurrencyKpis& k, Date from, Date to) {
  const Reference r = Naive(book, k.currency, from, to);
  const ReceivablesSnapshot* snapshots[2] = {&k.beginning, &k.ending};
  for (int s = 0; s < 2; ++s) {
    EXPECT_EQ(Units(snapshots[s]->balance), r.balance[s]) << s;
    EXPECT_EQ(Units(snapshots[s]->current), r.current[s]) << s;
    EXPECT_EQ(Units(snapshots[s]->past_due), r.past_due[s]) << s;
    EXPECT_EQ(Units(snapshots[s]->credits), r.credits[s]) << s;
    EXPECT_EQ(Units(snapshots[s]->disputed), r.disputed[s]) << s;
  }
  EXPECT_EQ(Units(k.invoiced), r.invoiced);
  EXPECT_EQ(Units(k.credit_notes), r.credit_notes);
  EXPECT_EQ(Units(k.cash_received), r.cash);
  EXPECT_EQ(Units(k.written_off), r.written_off);
  EXPECT_EQ(Units(k.prior_settlements), r.prior);
  EXPECT_EQ(Units(k.settled), r.settled);
  EXPECT_EQ(k.settled_days.coefficient(), r.settled_days);
  EXPECT_EQ(k.settled_days_late.coefficient(), r.settled_late);
  EXPECT_EQ(Units(k.recovery.to_collect), r.to_collect);
  EXPECT_EQ(Units(k.recovery.collected), r.collected);
  EXPECT_EQ(Units(k.recovery.written_off), r.recovery_written_off);
  EXPECT_EQ(Units(k.recovery.still_open), r.still_open);
  EXPECT_EQ(k.items_paid_late, r.paid_late);
  EXPECT_EQ(k.days_paid_late, r.days_late);
  std::int64_t steps = 0;
  for (const Money& s : k.countback_sales) steps += Units(s);
  EXPECT_EQ(steps, r.all_sales);
}

// Identities that hold whatever the book.
void ExpectIdentities(const CurrencyKpis& k, std::int32_t days) {
  EXPECT_EQ(Units(k.ending.balance), Units(k.beginning.balance) + Units(k.credit_sales) -
                                         Units(k.cash_received) - Units(k.written_off) -
                                         Units(k.prior_settlements));
  EXPECT_EQ(Units(k.recovery.to_collect), Units(k.recovery.collected) +
                                              Units(k.recovery.written_off) +
                                              Units(k.recovery.still_open));
  EXPECT_EQ(k.dso.numerator.coefficient(), k.ending.balance.minor_units() * days);
  EXPECT_EQ(k.average_days_delinquent.numerator.coefficient(),
            k.dso.numerator.coefficient() - k.best_possible_dso.numerator.coefficient());
  EXPECT_EQ(Units(k.late_payment_cash), Units(k.ending.balance) - Units(k.ending.current));
  EXPECT_EQ(k.dso.defined(), k.credit_sales.signum() > 0);
}

struct Period {
  Date from, to;
};

std::vector<Period> RandomPeriods(std::mt19937& rng) {
  std::vector<Period> periods;
  for (int p = 0; p < 3; ++p) {
    const Date from = AddDays(Day("2024-01-01"), std::uniform_int_distribution(0, 260)(rng));
    periods.push_back({from, AddDays(from, std::uniform_int_distribution(0, 120)(rng))});
  }
  return periods;
}

TEST(KpiProperty, MatchesNaiveReference) {
  for (std::uint32_t seed = 1; seed <= 25; ++seed) {
    SCOPED_TRACE(seed);
    const Book book = RandomBook(seed);
    std::mt19937 rng(seed);
    for (const Period& p : RandomPeriods(rng)) {
      SCOPED_TRACE(p.from.ToString() + ".." + p.to.ToString());
      KpiOptions o;
      o.from = p.from;
      o.to = p.to;
      o.incident_days = static_cast<std::int32_t>(seed % 3) * 15;
      o.retention_window_days = 30 + static_cast<std::int32_t>(seed) * 5;
      absl::StatusOr<KpiReport> report = ComputeKpis(book.ledger, o);
      ASSERT_TRUE(report.ok()) << report.status();
      for (const CurrencyKpis& k : report->currencies) {
        ExpectMatchesReference(book, k, p.from, p.to);
        ExpectIdentities(k, report->days);
      }
      const RetentionKpi naive = NaiveRetention(book, o);
      EXPECT_EQ(report->retention.retained, naive.retained);
      EXPECT_EQ(report->retention.lost, naive.lost);
      EXPECT_EQ(report->retention.undecided, naive.undecided);
    }
  }
}

// The books exercise what the reference checks (a generator that stopped
// making reversals or late payments would make the tests above vacuous).
TEST(KpiProperty, RandomBooksExerciseEveryKindOfFact) {
  std::int64_t reversed = 0, from_notes = 0, write_offs = 0, imported = 0;
  std::int64_t paid_late = 0, retained = 0, lost = 0, undefined = 0;
  for (std::uint32_t seed = 1; seed <= 25; ++seed) {
    const Book book = RandomBook(seed);
    for (std::int64_t k = 0; k < static_cast<std::int64_t>(book.ledger.allocation_count()); ++k) {
      const Allocation a = *book.ledger.GetAllocation(k);
      reversed += a.reversed.has_value();
      from_notes += a.source == AllocationSource::kCreditNote;
    }
    write_offs += static_cast<std::int64_t>(book.write_offs.size());
    for (const BookItem& i : book.items) imported += i.open_at_import != i.amount;
    KpiOptions o;
    o.from = Day("2024-03-01");
    o.to = Day("2024-08-31");
    o.retention_window_days = 40;
    const KpiReport report = *ComputeKpis(book.ledger, o);
    for (const CurrencyKpis& k : report.currencies) {
      paid_late += k.items_paid_late;
      undefined += !k.countback_dso.defined();
    }
    retained += report.retention.retained;
    lost += report.retention.lost;
  }
  EXPECT_GT(reversed, 50);
  EXPECT_GT(from_notes, 20);
  EXPECT_GT(write_offs, 50);
  EXPECT_GT(imported, 50);
  EXPECT_GT(paid_late, 20);
  EXPECT_GT(retained, 10);
  EXPECT_GT(lost, 10);
  EXPECT_GT(undefined, 0);
}

TEST(KpiProperty, MergeOfASplitEqualsTheWhole) {
  for (std::uint32_t seed = 1; seed <= 25; ++seed) {
    SCOPED_TRACE(seed);
    const Book book = RandomBook(seed);
    std::mt19937 rng(seed * 7919);
    std::vector<std::string> one, two;
    for (const std::string& c : book.customers) (rng() % 2 ? one : two).push_back(c);
    if (one.empty() || two.empty()) continue;
    for (const Period& p : RandomPeriods(rng)) {
      KpiOptions o;
      o.from = p.from;
      o.to = p.to;
      o.retention_window_days = 40;
      o.countback_unit = seed % 2 ? CountbackUnit::kMonths : CountbackUnit::kDays;
      o.countback_length = seed % 2 ? 1 : 20;
      o.customers = one;
      absl::StatusOr<KpiReport> a = ComputeKpis(book.ledger, o);
      o.customers = two;
      absl::StatusOr<KpiReport> b = ComputeKpis(book.ledger, o);
      o.customers = one;
      o.customers.insert(o.customers.end(), two.begin(), two.end());
      absl::StatusOr<KpiReport> whole = ComputeKpis(book.ledger, o);
      ASSERT_TRUE(a.ok() && b.ok() && whole.ok());
      absl::StatusOr<KpiReport> merged = MergeKpis(*a, *b);
      ASSERT_TRUE(merged.ok()) << merged.status();
      EXPECT_TRUE(*merged == *whole);
      for (std::size_t c = 0; c < whole->currencies.size(); ++c) {
        EXPECT_EQ(merged->currencies[c].countback_dso, whole->currencies[c].countback_dso);
        EXPECT_EQ(merged->currencies[c].dso, whole->currencies[c].dso);
      }
      EXPECT_EQ(merged->retention, whole->retention);
      // Listing every customer (the account index) equals naming none (a
      // pass over all the columns).
      o.customers.clear();
      absl::StatusOr<KpiReport> all = ComputeKpis(book.ledger, o);
      ASSERT_TRUE(all.ok());
      EXPECT_TRUE(all->currencies == whole->currencies);
      EXPECT_EQ(all->retention, whole->retention);
      // The same customer twice, or other options: refused.
      EXPECT_EQ(testing::CodeOf(MergeKpis(*a, *a)), ErrorCode::kInvalidArgument);
    }
  }
}

TEST(RollRateProperty, RowsAndColumnsMatchOpenAmounts) {
  for (std::uint32_t seed = 1; seed <= 25; ++seed) {
    SCOPED_TRACE(seed);
    const Book book = RandomBook(seed);
    std::mt19937 rng(seed * 31);
    for (const Period& p : RandomPeriods(rng)) {
      RollRateOptions o;
      o.from = p.from;
      o.to = p.to;
      absl::StatusOr<RollRateReport> report = RollRates(book.ledger, o);
      ASSERT_TRUE(report.ok()) << report.status();
      for (const RollRateMatrix& m : report->currencies) {
        std::vector<std::int64_t> rows(7, 0), columns(6, 0);
        std::int64_t written_off = 0;
        for (const BookItem& i : book.items) {
          if (!(i.currency == m.currency) || i.amount < 0 || i.document > p.to) continue;
          if (i.document > p.from) {
            rows[6] += i.amount;
          } else {
            rows[static_cast<std::size_t>(testing::AgeColumn(i, p.from))] +=
                Units(book.ledger.OpenAmount(i.id, p.from));
          }
          columns[static_cast<std::size_t>(testing::AgeColumn(i, p.to))] +=
              Units(book.ledger.OpenAmount(i.id, p.to));
          for (const testing::BookWriteOff& w : book.write_offs) {
            if (w.item == i.id && w.date > p.from && w.date <= p.to) written_off += w.amount;
          }
        }
        std::int64_t total_rows = 0, total_columns = 0;
        for (int r = 0; r < m.row_count(); ++r) {
          EXPECT_EQ(Units(m.row_totals[static_cast<std::size_t>(r)]), rows[static_cast<std::size_t>(r)]) << r;
          total_rows += rows[static_cast<std::size_t>(r)];
        }
        for (int c = 0; c < m.column_count(); ++c) {
          const std::int64_t v = Units(m.column_totals[static_cast<std::size_t>(c)]);
          if (c < m.age_columns) {
            EXPECT_EQ(v, columns[static_cast<std::size_t>(c)]) << c;
          }
          total_columns += v;
        }
        EXPECT_EQ(Units(m.column_totals[static_cast<std::size_t>(m.written_off_column())]),
                  written_off);
        EXPECT_EQ(total_rows, total_columns);
      }
    }
  }
}

}  // namespace
}  // namespace relance
