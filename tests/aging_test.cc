// The aged balance (relance/aging.h): a hand-worked book, then seeded random
// books checked against a naive reference written here from the definitions
// (one loop per fact, no indexes), the balance invariant, as-of semantics,
// failed mutations changing nothing, and merges of partitions.

#include "relance/aging.h"

#include <map>
#include <optional>
#include <random>
#include <string>
#include <tuple>
#include <vector>

#include "gtest/gtest.h"
#include "relance/ledger.h"
#include "aging_table.h"
#include "test_support.h"

namespace relance {
namespace {

using testing::C;
using testing::CodeOf;
using testing::Day;
using testing::Message;
using testing::SumByCurrency;
using testing::Table;
using testing::ToTable;
using testing::TotalsOf;

TEST(Aging, HandWorkedBook) {
  Ledger ledger;
  std::vector<std::string_view> customers = {"ACME", "BETA"};
  ASSERT_TRUE(ledger.AddCustomers({.ids = customers}).ok());
  // As of 2025-06-30, due-date basis, default bounds:
  //   F1 1000.00 due 2025-07-15: not due
  //   F2  500.00 due 2025-06-10: 20 days late -> 1-30
  //   F3  300.00 due 2025-03-01: 121 days late -> over 120; 100.00 disputed
  //   F4  200.00 no due date, dated 2025-05-01: 60 days -> 31-60
  //   F5  999.00 dated 2025-07-01: after the as-of date, not in the report
  //   A1  -50.00 credit note, open -> unapplied
  //   P1  120.00 received 2025-06-20, 70.00 allocated to F2 -> 50.00 unapplied
  //   BETA: G1 10000 JPY due 2025-05-31: 30 days late -> 1-30
  std::vector<std::string_view> ids = {"F1", "F2", "F3", "F4", "F5", "A1", "G1"};
  std::vector<std::string_view> owners = {"ACME", "ACME", "ACME", "ACME", "ACME", "ACME", "BETA"};
  std::vector<ItemKind> kinds(7, ItemKind::kInvoice);
  kinds[5] = ItemKind::kCreditNote;
  std::vector<Date> docs = {Day("2025-06-15"), Day("2025-05-11"), Day("2025-01-30"),
                            Day("2025-05-01"), Day("2025-07-01"), Day("2025-06-01"),
                            Day("2025-05-01")};
  std::vector<Date> dues = {Day("2025-07-15"), Day("2025-06-10"), Day("2025-03-01"), kNoDate,
                            Day("2025-07-31"), kNoDate, Day("2025-05-31")};
  std::vector<std::int64_t> amounts = {100000, 50000, 30000, 20000, 99900, -5000, 10000};
  std::vector<Currency> currencies(7, C("EUR"));
  currencies[6] = C("JPY");
  ASSERT_TRUE(ledger.AddItems({.ids = ids, .customer_ids = owners, .kinds = kinds,
                               .document_dates = docs, .due_dates = dues, .amounts = amounts,
                               .currencies = currencies}).ok());
  std::vector<std::string_view> pay = {"P1"}, payer = {"ACME"};
  std::vector<Date> paid = {Day("2025-06-20")};
  std::vector<std::int64_t> paid_amount = {12000};
  std::vector<Currency> eur = {C("EUR")};
  ASSERT_TRUE(ledger.AddPayments({.ids = pay, .customer_ids = payer, .value_dates = paid,
                                  .amounts = paid_amount, .currencies = eur}).ok());
  std::vector<std::string_view> target = {"F2"};
  std::vector<std::int64_t> part = {7000};
  ASSERT_TRUE(ledger.AddAllocations({.source_ids = pay, .item_ids = target, .amounts = part,
                                     .dates = paid}).ok());
  std::vector<std::string_view> disputed = {"F3"};
  std::vector<std::int64_t> disputed_amount = {10000};
  std::vector<Date> raised = {Day("2025-04-01")};
  ASSERT_TRUE(ledger.AddDisputes({.item_ids = disputed, .amounts = disputed_amount,
                                  .raised = raised}).ok());

  absl::StatusOr<AgingReport> report = Age(ledger, {.as_of = Day("2025-06-30")});
  ASSERT_TRUE(report.ok()) << report.status();
  // not_due, 1-30, 31-60, 61-90, 91-120, >120, disputed, unapplied, balance, items.
  // ACME: F2 open 430.00 in 1-30; F3 200.00 undisputed over 120;
  // unapplied -50.00 (P1) - 50.00 (A1); balance 1000+430+200+200+100-100.
  Table expected = {
      {{"ACME", "EUR"}, {100000, 43000, 20000, 0, 0, 20000, 10000, -10000, 183000, 5}},
      {{"BETA", "JPY"}, {0, 10000, 0, 0, 0, 0, 0, 0, 10000, 1}},
  };
  EXPECT_EQ(ToTable(*report), expected);
  ASSERT_EQ(report->totals().size(), 2u);
  EXPECT_EQ(report->totals()[0].currency.code(), "EUR");
  EXPECT_EQ(report->totals()[1].balance, 10000);
  EXPECT_EQ(AgingReport::Amount(report->totals()[0], report->totals()[0].balance).ToString(),
            "1830.00 EUR");
  EXPECT_EQ(ledger.Balance("ACME", Day("2025-06-30"))->front().ToString(), "1830.00 EUR");

  // Document-date basis and other bounds: F1 15 days, F2 50, F3 151, F4 60.
  absl::StatusOr<AgingReport> by_doc =
      Age(ledger, {.as_of = Day("2025-06-30"), .bounds = {45, 90},
                   .basis = AgingBasis::kDocumentDate});
  ASSERT_TRUE(by_doc.ok());
  Table doc_expected = {
      {{"ACME", "EUR"}, {0, 100000, 63000, 20000, 10000, -10000, 183000, 5}},
      {{"BETA", "JPY"}, {0, 0, 10000, 0, 0, 0, 10000, 1}},
  };
  EXPECT_EQ(ToTable(*by_doc), doc_expected);

  // As of 2025-06-19: P1 not received, its allocation not effective.
  Table before = ToTable(*Age(ledger, {.as_of = Day("2025-06-19")}));
  const std::vector<std::int64_t>& acme = before[std::make_pair("ACME", "EUR")];
  EXPECT_EQ(acme[1], 50000);  // F2 9 days late, fully open
  EXPECT_EQ(acme[7], -5000);
}

TEST(Aging, OptionsAreChecked) {
  Ledger ledger;
  EXPECT_EQ(Message(Age(ledger, {.bounds = {30, 30}}).status()),
            "aging: bucket bound 1 (30 days) must be in 1..36500 and above the previous one (30)");
  EXPECT_EQ(CodeOf(Age(ledger, {.bounds = {0}})), ErrorCode::kInvalidArgument);
  EXPECT_EQ(CodeOf(Age(ledger, {.bounds = std::vector<std::int32_t>(17, 1)})),
            ErrorCode::kInvalidArgument);
  EXPECT_TRUE(Age(ledger, {.bounds = {}})->totals().empty());
  EXPECT_EQ(AgingColumnNames(std::vector<std::int32_t>{30, 60, 90, 120}),
            (std::vector<std::string>{"not_due", "d1_30", "d31_60", "d61_90", "d91_120",
                                      "over_120"}));
  EXPECT_EQ(AgingColumnNames({}), (std::vector<std::string>{"not_due", "over_0"}));
}

// ---- random books against a naive reference --------------------------------

struct RefItem {
  std::string id;
  int customer;
  std::string currency;
  std::int32_t doc, due;  // due: kNoDate.days() for none
  std::int64_t amount, open_at_entry;
};
struct RefPayment {
  std::string id;
  int customer;
  std::string currency;
  std::int32_t date;
  std::int64_t amount;
};
struct RefAllocation {
  bool from_payment;
  int source, item;
  std::int64_t amount;
  std::int32_t date;
  std::optional<std::int32_t> reversed;
};
struct RefWriteOff {
  int item;
  std::int64_t amount;
  std::int32_t date;
};
struct RefDispute {
  int item;
  std::int64_t amount;
  std::int32_t raised, cleared;
};

struct Reference {
  std::vector<std::string> customers;
  std::vector<RefItem> items;
  std::vector<RefPayment> payments;
  std::vector<RefAllocation> allocations;
  std::vector<RefWriteOff> write_offs;
  std::vector<RefDispute> disputes;

  static bool Active(const RefAllocation& a, std::int32_t d) {
    return a.date <= d && !(a.reversed && *a.reversed <= d);
  }
  std::int64_t Open(int i, std::int32_t d) const {
    const RefItem& it = items[static_cast<std::size_t>(i)];
    if (it.doc > d) return 0;
    std::int64_t open = it.open_at_entry;  // the prior settlement is dated on the document
    for (const RefAllocation& a : allocations) {
      if (!Active(a, d)) continue;
      if (a.item == i) open -= a.amount;
      if (!a.from_payment && a.source == i) open += a.amount;
    }
    for (const RefWriteOff& w : write_offs) {
      if (w.item == i && w.date <= d) open -= w.amount;
    }
    return open;
  }
  std::int64_t Unapplied(int p, std::int32_t d) const {
    const RefPayment& pay = payments[static_cast<std::size_t>(p)];
    if (pay.date > d) return 0;
    std::int64_t u = pay.amount;
    for (const RefAllocation& a : allocations) {
      if (a.from_payment && a.source == p && Active(a, d)) u -= a.amount;
    }
    return u;
  }
  std::int64_t DisputedPart(int i, std::int32_t d, std::int64_t open) const {
    const RefDispute* latest = nullptr;
    for (const RefDispute& x : disputes) {
      if (x.item == i && x.raised <= d && (latest == nullptr || x.raised >= latest->raised)) {
        latest = &x;
      }
    }
    if (latest == nullptr || (latest->cleared != kNoDate.days() && latest->cleared <= d)) return 0;
    return std::min(latest->amount, open);
  }
  Table Age(const AgingOptions& o, const std::vector<bool>* only = nullptr) const {
    const std::int32_t d = o.as_of.days();
    const std::size_t ages = o.bounds.size() + 2;
    Table t;
    const auto row = [&](int customer, const std::string& currency) -> std::vector<std::int64_t>& {
      auto& v = t[{customers[static_cast<std::size_t>(customer)], currency}];
      if (v.empty()) v.assign(ages + 4, 0);
      return v;
    };
    for (std::size_t i = 0; i < items.size(); ++i) {
      const RefItem& it = items[i];
      if (only != nullptr && !(*only)[static_cast<std::size_t>(it.customer)]) continue;
      const std::int64_t open = Open(static_cast<int>(i), d);
      if (open == 0) continue;
      auto& v = row(it.customer, it.currency);
      v[ages + 3] += 1;
      if (open < 0) {
        v[ages + 1] += open;
        continue;
      }
      const std::int64_t disputed = DisputedPart(static_cast<int>(i), d, open);
      const std::int32_t basis =
          o.basis == AgingBasis::kDueDate && it.due != kNoDate.days() ? it.due : it.doc;
      std::size_t bucket = 0;
      if (d - basis > 0) {
        bucket = ages - 1;
        for (std::size_t k = 0; k < o.bounds.size(); ++k) {
          if (d - basis <= o.bounds[k]) {
            bucket = k + 1;
            break;
          }
        }
      }
      v[bucket] += open - disputed;
      v[ages] += disputed;
    }
    for (std::size_t p = 0; p < payments.size(); ++p) {
      if (only != nullptr && !(*only)[static_cast<std::size_t>(payments[p].customer)]) continue;
      const std::int64_t u = Unapplied(static_cast<int>(p), d);
      if (u != 0) row(payments[p].customer, payments[p].currency)[ages + 1] -= u;
    }
    for (auto& [key, v] : t) {
      std::int64_t balance = 0;
      for (std::size_t c = 0; c <= ages + 1; ++c) balance += v[c];
      v[ages + 2] = balance;
    }
    return t;
  }
};

// Replays the reference's facts into a ledger holding only the customers
// flagged in `only` (all when null), in the same order.
Ledger Replay(const Reference& ref, const std::vector<bool>* only = nullptr) {
  Ledger ledger;
  const auto keep = [&](int customer) {
    return only == nullptr || (*only)[static_cast<std::size_t>(customer)];
  };
  std::vector<std::string_view> ids;
  for (std::size_t c = 0; c < ref.customers.size(); ++c) {
    if (keep(static_cast<int>(c))) ids.push_back(ref.customers[c]);
  }
  EXPECT_TRUE(ledger.AddCustomers({.ids = ids}).ok());
  for (const RefItem& it : ref.items) {
    if (!keep(it.customer)) continue;
    std::vector<std::string_view> id = {it.id},
                                  owner = {ref.customers[static_cast<std::size_t>(it.customer)]};
    std::vector<ItemKind> kind = {it.amount < 0 ? ItemKind::kCreditNote : ItemKind::kInvoice};
    std::vector<Date> doc = {Date::FromDays(it.doc)}, due = {Date::FromDays(it.due)};
    std::vector<std::int64_t> amount = {it.amount}, open = {it.open_at_entry};
    std::vector<Currency> cur = {C(it.currency)};
    EXPECT_TRUE(ledger.AddItems({.ids = id, .customer_ids = owner, .kinds = kind,
                                 .document_dates = doc, .due_dates = due, .amounts = amount,
                                 .currencies = cur, .open_amounts = open}).ok());
  }
  for (const RefPayment& p : ref.payments) {
    if (!keep(p.customer)) continue;
    std::vector<std::string_view> id = {p.id},
                                  owner = {ref.customers[static_cast<std::size_t>(p.customer)]};
    std::vector<Date> date = {Date::FromDays(p.date)};
    std::vector<std::int64_t> amount = {p.amount};
    std::vector<Currency> cur = {C(p.currency)};
    EXPECT_TRUE(ledger.AddPayments({.ids = id, .customer_ids = owner, .value_dates = date,
                                    .amounts = amount, .currencies = cur}).ok());
  }
  for (const RefAllocation& a : ref.allocations) {
    const RefItem& target = ref.items[static_cast<std::size_t>(a.item)];
    if (!keep(target.customer)) continue;
    std::vector<AllocationSource> kind = {a.from_payment ? AllocationSource::kPayment
                                                         : AllocationSource::kCreditNote};
    std::vector<std::string_view> source = {
        a.from_payment ? ref.payments[static_cast<std::size_t>(a.source)].id
                       : ref.items[static_cast<std::size_t>(a.source)].id};
    std::vector<std::string_view> item = {target.id};
    std::vector<std::int64_t> amount = {a.amount};
    std::vector<Date> date = {Date::FromDays(a.date)};
    absl::StatusOr<std::int64_t> index = ledger.AddAllocations(
        {.sources = kind, .source_ids = source, .item_ids = item, .amounts = amount, .dates = date});
    EXPECT_TRUE(index.ok()) << index.status();
    if (index.ok() && a.reversed) {
      EXPECT_TRUE(ledger.ReverseAllocation(*index, Date::FromDays(*a.reversed)).ok());
    }
  }
  for (const RefWriteOff& w : ref.write_offs) {
    const RefItem& it = ref.items[static_cast<std::size_t>(w.item)];
    if (!keep(it.customer)) continue;
    std::vector<std::string_view> item = {it.id};
    std::vector<std::int64_t> amount = {w.amount};
    std::vector<Date> date = {Date::FromDays(w.date)};
    EXPECT_TRUE(ledger.AddWriteOffs({.item_ids = item, .amounts = amount, .dates = date}).ok());
  }
  for (const RefDispute& x : ref.disputes) {
    const RefItem& it = ref.items[static_cast<std::size_t>(x.item)];
    if (!keep(it.customer)) continue;
    std::vector<std::string_view> item = {it.id};
    std::vector<std::int64_t> amount = {x.amount};
    std::vector<Date> raised = {Date::FromDays(x.raised)}, cleared = {Date::FromDays(x.cleared)};
    EXPECT_TRUE(ledger.AddDisputes({.item_ids = item, .amounts = amount, .raised = raised,
                                    .cleared = cleared}).ok());
  }
  return ledger;
}

class RandomBook : public ::testing::TestWithParam<unsigned> {};

TEST_P(RandomBook, MatchesTheReferenceAtEveryDate) {
  std::mt19937_64 rng(GetParam());
  const auto uniform = [&rng](std::int64_t lo, std::int64_t hi) {
    return std::uniform_int_distribution<std::int64_t>(lo, hi)(rng);
  };
  const std::int32_t start = Day("2024-01-01").days();
  Reference ref;
  for (int c = 0; c < 25; ++c) ref.customers.push_back("C" + std::to_string(c));
  const char* currencies[] = {"EUR", "EUR", "JPY"};
  for (int i = 0; i < 300; ++i) {
    RefItem it;
    it.id = "I" + std::to_string(i);
    it.customer = static_cast<int>(uniform(0, 24));
    it.currency = currencies[uniform(0, 2)];
    it.doc = start + static_cast<std::int32_t>(uniform(0, 700));
    it.due = uniform(0, 5) == 0 ? kNoDate.days() : it.doc + static_cast<std::int32_t>(uniform(0, 90));
    const bool credit = uniform(0, 9) == 0;
    it.amount = (credit ? -1 : 1) * uniform(1, 1000000);
    it.open_at_entry = uniform(0, 4) == 0 ? it.amount / 2 : it.amount;
    ref.items.push_back(it);
  }
  for (int p = 0; p < 120; ++p) {
    ref.payments.push_back({"P" + std::to_string(p), static_cast<int>(uniform(0, 24)),
                            currencies[uniform(0, 2)],
                            start + static_cast<std::int32_t>(uniform(0, 700)), uniform(1, 800000)});
  }
  Ledger ledger = Replay(ref);
  const std::vector<AgingOptions> options = {
      {},
      {.bounds = {7, 14}, .basis = AgingBasis::kDocumentDate},
      {.bounds = {}},
  };
  const auto check_all = [&](const Ledger& l, const Reference& r, int dates) {
    for (int k = 0; k < dates; ++k) {
      for (AgingOptions o : options) {
        o.as_of = Date::FromDays(start + static_cast<std::int32_t>(uniform(-10, 760)));
        absl::StatusOr<AgingReport> report = Age(l, o);
        ASSERT_TRUE(report.ok());
        const Table rows = ToTable(*report);
        ASSERT_EQ(rows, r.Age(o)) << "as of " << o.as_of;
        ASSERT_EQ(TotalsOf(*report), SumByCurrency(rows)) << "as of " << o.as_of;
      }
    }
  };
  int failures = 0;
  for (int step = 0; step < 400; ++step) {
    const Table snapshot = ToTable(*Age(ledger, {.as_of = Day("2026-01-01")}));
    const std::size_t allocations = ledger.allocation_count();
    const int what = static_cast<int>(uniform(0, 9));
    absl::Status st;
    if (what <= 5) {  // an allocation, often too large or badly dated
      RefAllocation a{uniform(0, 3) != 0, 0, 0, 0, 0, std::nullopt};
      a.source = static_cast<int>(uniform(0, a.from_payment ? 119 : 299));
      const int customer = a.from_payment ? ref.payments[static_cast<std::size_t>(a.source)].customer
                                          : ref.items[static_cast<std::size_t>(a.source)].customer;
      const std::string& currency = a.from_payment
                                        ? ref.payments[static_cast<std::size_t>(a.source)].currency
                                        : ref.items[static_cast<std::size_t>(a.source)].currency;
      // Mostly an item of the same customer and currency; sometimes any.
      std::vector<int> same;
      for (std::size_t i = 0; i < ref.items.size(); ++i) {
        if (ref.items[i].customer == customer && ref.items[i].currency == currency) {
          same.push_back(static_cast<int>(i));
        }
      }
      const int item = same.empty() || uniform(0, 9) == 0
                           ? static_cast<int>(uniform(0, 299))
                           : same[static_cast<std::size_t>(
                                 uniform(0, static_cast<std::int64_t>(same.size()) - 1))];
      a.item = item;
      a.amount = uniform(1, 200000);
      const std::int32_t source_date = a.from_payment
                                           ? ref.payments[static_cast<std::size_t>(a.source)].date
                                           : ref.items[static_cast<std::size_t>(a.source)].doc;
      a.date = std::max(source_date, ref.items[static_cast<std::size_t>(item)].doc) +
               static_cast<std::int32_t>(uniform(-3, 60));
      std::vector<AllocationSource> kind = {a.from_payment ? AllocationSource::kPayment
                                                           : AllocationSource::kCreditNote};
      std::vector<std::string_view> source = {
          a.from_payment ? ref.payments[static_cast<std::size_t>(a.source)].id
                         : ref.items[static_cast<std::size_t>(a.source)].id};
      std::vector<std::string_view> target = {ref.items[static_cast<std::size_t>(item)].id};
      std::vector<std::int64_t> amount = {a.amount};
      std::vector<Date> date = {Date::FromDays(a.date)};
      st = ledger.AddAllocations({.sources = kind, .source_ids = source, .item_ids = target,
                                  .amounts = amount, .dates = date}).status();
      if (st.ok()) ref.allocations.push_back(a);
    } else if (what == 6 && !ref.allocations.empty()) {  // a reversal
      const auto k = static_cast<std::size_t>(uniform(0, static_cast<std::int64_t>(ref.allocations.size()) - 1));
      const std::int32_t date = ref.allocations[k].date + static_cast<std::int32_t>(uniform(-5, 60));
      st = ledger.ReverseAllocation(static_cast<std::int64_t>(k), Date::FromDays(date));
      if (st.ok()) ref.allocations[k].reversed = date;
    } else if (what == 7) {  // a write-off
      RefWriteOff w{static_cast<int>(uniform(0, 299)), uniform(1, 300000),
                    start + static_cast<std::int32_t>(uniform(0, 760))};
      std::vector<std::string_view> item = {ref.items[static_cast<std::size_t>(w.item)].id};
      std::vector<std::int64_t> amount = {w.amount};
      std::vector<Date> date = {Date::FromDays(w.date)};
      st = ledger.AddWriteOffs({.item_ids = item, .amounts = amount, .dates = date});
      if (st.ok()) ref.write_offs.push_back(w);
    } else {  // a dispute
      RefDispute x{static_cast<int>(uniform(0, 299)), uniform(1, 500000),
                   start + static_cast<std::int32_t>(uniform(0, 760)), kNoDate.days()};
      if (uniform(0, 1) == 0) x.cleared = x.raised + static_cast<std::int32_t>(uniform(1, 90));
      std::vector<std::string_view> item = {ref.items[static_cast<std::size_t>(x.item)].id};
      std::vector<std::int64_t> amount = {x.amount};
      std::vector<Date> raised = {Date::FromDays(x.raised)}, cleared = {Date::FromDays(x.cleared)};
      st = ledger.AddDisputes({.item_ids = item, .amounts = amount, .raised = raised,
                               .cleared = cleared});
      if (st.ok()) ref.disputes.push_back(x);
    }
    if (!st.ok()) {
      ++failures;
      ASSERT_EQ(ledger.allocation_count(), allocations) << st;
      ASSERT_EQ(ToTable(*Age(ledger, {.as_of = Day("2026-01-01")})), snapshot) << st;
    }
  }
  EXPECT_GT(failures, 20);            // the walk does exercise refusals
  EXPECT_GT(ref.allocations.size(), 50u);  // and successes
  check_all(ledger, ref, 12);

  // Balance invariant and Ledger::Balance agree with the report.
  const Date as_of = Day("2025-03-31");
  absl::StatusOr<AgingReport> report = Age(ledger, {.as_of = as_of});
  for (std::size_t r = 0; r < report->row_count(); ++r) {
    AgingRow row = report->row(r);
    std::int64_t sum = row.disputed + row.unapplied;
    for (std::int64_t v : row.ages) sum += v;
    EXPECT_EQ(sum, row.balance);
    bool found = false;
    const absl::StatusOr<std::vector<Money>> balances = ledger.Balance(row.customer_id, as_of);
    for (const Money& m : *balances) {
      if (m.currency() == row.currency) {
        EXPECT_EQ(static_cast<std::int64_t>(m.minor_units()), row.balance);
        found = true;
      }
    }
    EXPECT_TRUE(found);
  }

  // Partitions by customer merge into the whole, and a replay ages alike.
  std::vector<bool> even(ref.customers.size()), odd(ref.customers.size());
  for (std::size_t c = 0; c < even.size(); ++c) (c % 2 == 0 ? even : odd)[c] = true;
  const Ledger whole = Replay(ref), left = Replay(ref, &even), right = Replay(ref, &odd);
  check_all(whole, ref, 3);
  for (int k = 0; k < 5; ++k) {
    const AgingOptions o{.as_of = Date::FromDays(start + static_cast<std::int32_t>(uniform(0, 760)))};
    absl::StatusOr<AgingReport> merged = Merge(*Age(left, o), *Age(right, o));
    ASSERT_TRUE(merged.ok()) << merged.status();
    EXPECT_TRUE(*merged == *Age(ledger, o));
    EXPECT_EQ(ToTable(*merged), ref.Age(o));
    const AgingRow& total = merged->totals().front();
    const absl::StatusOr<AgingReport> whole_report = Age(ledger, o);
    EXPECT_EQ(total.balance, whole_report->totals().front().balance);
    EXPECT_EQ(CodeOf(Merge(*merged, *Age(left, o))), ErrorCode::kInvalidArgument);
  }
}

INSTANTIATE_TEST_SUITE_P(Seeds, RandomBook, ::testing::Values(1u, 2u, 3u, 4u, 5u, 6u));

TEST(Aging, MergeRefusesDifferentOptions) {
  Ledger a, b;
  EXPECT_EQ(Message(Merge(*Age(a, {.as_of = Day("2025-01-01")}),
                          *Age(b, {.as_of = Day("2025-01-02")})).status()),
            "cannot merge aging reports made with different options (as-of date, bounds or "
            "basis)");
}

TEST(Aging, ReportOutlivesItsLedger) {
  std::optional<AgingReport> report;
  {
    Ledger ledger;
    std::vector<std::string_view> c = {"LONG-CUSTOMER-IDENTIFIER-0001"};
    ASSERT_TRUE(ledger.AddCustomers({.ids = c}).ok());
    std::vector<std::string_view> i = {"F1"};
    std::vector<Date> d = {Day("2025-01-01")};
    std::vector<std::int64_t> a = {100};
    std::vector<Currency> cur = {C("EUR")};
    ASSERT_TRUE(ledger.AddItems({.ids = i, .customer_ids = c, .document_dates = d, .amounts = a,
                                 .currencies = cur}).ok());
    report = *Age(ledger, {.as_of = Day("2025-02-01")});
    std::vector<std::string_view> more = {"ANOTHER-CUSTOMER"};
    ASSERT_TRUE(ledger.AddCustomers({.ids = more}).ok());  // copies the shared ids
  }
  EXPECT_EQ(report->row(0).customer_id, "LONG-CUSTOMER-IDENTIFIER-0001");
}

}  // namespace
}  // namespace relance
