// The ledger's queries as of a date: open amounts, balances, unapplied cash,
// allocations and customer statements (ledger.h).

#include <algorithm>
#include <tuple>

#include "ledger_internal.h"
#include "ledger_store.h"
#include "relance/ledger.h"

namespace relance {

using ledger_internal::Quoted;

namespace {

absl::StatusOr<std::int32_t> FindIn(const ledger_internal::IdTable& table,
                                    std::string_view what, std::string_view id) {
  const std::int32_t i = table.Find(id);
  if (i < 0) {
    return MakeError(ErrorCode::kNotFound, absl::StrCat("unknown ", AbslView(what), " ", Quoted(id)));
  }
  return i;
}

// Accounts of `customer`, sorted by currency code.
std::vector<std::int32_t> SortedAccounts(const LedgerStore& s, std::int32_t customer) {
  std::vector<std::int32_t> accounts =
      s.account_members().customer_accounts[static_cast<std::size_t>(customer)];
  std::sort(accounts.begin(), accounts.end(), [&s](std::int32_t a, std::int32_t b) {
    return s.account_currency[static_cast<std::size_t>(a)].code() <
           s.account_currency[static_cast<std::size_t>(b)].code();
  });
  return accounts;
}

// The balance of account `a` as of `as_of`: open items minus unapplied cash.
std::int64_t AccountBalance(const LedgerStore& s, std::int32_t a, std::int32_t as_of,
                            bool items, bool payments) {
  const LedgerStore::AccountMembers& index = s.account_members();
  const auto ai = static_cast<std::size_t>(a);
  std::int64_t balance = 0;
  if (items) {
    for (std::int32_t k = index.item_offsets[ai]; k < index.item_offsets[ai + 1]; ++k) {
      balance += s.OpenAsOf(index.items[static_cast<std::size_t>(k)], as_of);
    }
  }
  if (payments) {
    for (std::int32_t k = index.payment_offsets[ai];
         k < index.payment_offsets[ai + 1]; ++k) {
      balance -= s.UnappliedAsOf(index.payments[static_cast<std::size_t>(k)], as_of);
    }
  }
  return balance;
}

}  // namespace

std::size_t Ledger::customer_count() const { return store_->customer_ids.size(); }
std::size_t Ledger::item_count() const { return store_->item_ids.size(); }
std::size_t Ledger::payment_count() const { return store_->payment_ids.size(); }
std::size_t Ledger::allocation_count() const { return store_->allocation_event.size(); }

bool Ledger::HasCustomer(std::string_view id) const { return store_->customer_ids.Find(id) >= 0; }
bool Ledger::HasItem(std::string_view id) const { return store_->item_ids.Find(id) >= 0; }
bool Ledger::HasPayment(std::string_view id) const { return store_->payment_ids.Find(id) >= 0; }

absl::StatusOr<Money> Ledger::OpenAmount(std::string_view item_id, Date as_of) const {
  absl::StatusOr<std::int32_t> i = FindIn(store_->item_ids, "item", item_id);
  if (!i.ok()) return i.status();
  return Money::FromMinorUnits(store_->OpenAsOf(*i, as_of.days()), store_->currency_of_item(*i));
}

absl::StatusOr<Money> Ledger::Unapplied(std::string_view payment_id, Date as_of) const {
  const LedgerStore& s = *store_;
  absl::StatusOr<std::int32_t> p = FindIn(s.payment_ids, "payment", payment_id);
  if (!p.ok()) return p.status();
  return Money::FromMinorUnits(
      s.UnappliedAsOf(*p, as_of.days()),
      s.account_currency[static_cast<std::size_t>(s.payment_account[static_cast<std::size_t>(*p)])]);
}

absl::StatusOr<Money> Ledger::Disputed(std::string_view item_id, Date as_of) const {
  const LedgerStore& s = *store_;
  absl::StatusOr<std::int32_t> i = FindIn(s.item_ids, "item", item_id);
  if (!i.ok()) return i.status();
  const std::int64_t open = s.OpenAsOf(*i, as_of.days());
  return Money::FromMinorUnits(s.DisputedAsOf(*i, as_of.days(), open), s.currency_of_item(*i));
}

absl::StatusOr<std::vector<Money>> Ledger::Balance(std::string_view customer_id,
                                                   Date as_of) const {
  const LedgerStore& s = *store_;
  absl::StatusOr<std::int32_t> c = FindIn(s.customer_ids, "customer", customer_id);
  if (!c.ok()) return c.status();
  std::vector<Money> out;
  for (std::int32_t a : SortedAccounts(s, *c)) {
    out.push_back(Money::FromMinorUnits(AccountBalance(s, a, as_of.days(), true, true),
                                        s.account_currency[static_cast<std::size_t>(a)]));
  }
  return out;
}

absl::StatusOr<std::vector<Money>> Ledger::UnappliedCash(std::string_view customer_id,
                                                         Date as_of) const {
  const LedgerStore& s = *store_;
  absl::StatusOr<std::int32_t> c = FindIn(s.customer_ids, "customer", customer_id);
  if (!c.ok()) return c.status();
  std::vector<Money> out;
  for (std::int32_t a : SortedAccounts(s, *c)) {
    out.push_back(Money::FromMinorUnits(-AccountBalance(s, a, as_of.days(), false, true),
                                        s.account_currency[static_cast<std::size_t>(a)]));
  }
  return out;
}

absl::StatusOr<Allocation> Ledger::GetAllocation(std::int64_t index) const {
  const LedgerStore& s = *store_;
  if (index < 0 || index >= static_cast<std::int64_t>(s.allocation_event.size())) {
    return MakeError(ErrorCode::kNotFound, absl::StrCat("no allocation ", index, " (the ledger has ",
                                                        s.allocation_event.size(), ")"));
  }
  const auto a = static_cast<std::size_t>(index);
  const Event& e = s.events[static_cast<std::size_t>(s.allocation_event[a])];
  Allocation out{index,
                 e.source_is_payment ? AllocationSource::kPayment : AllocationSource::kCreditNote,
                 std::string(e.source_is_payment ? s.payment_ids.Get(e.source)
                                                 : s.item_ids.Get(e.source)),
                 std::string(s.item_ids.Get(e.item)),
                 Money::FromMinorUnits(e.amount, s.currency_of_item(e.item)),
                 Date::FromDays(e.date),
                 std::nullopt};
  if (s.reversal_event[a] >= 0) {
    out.reversed = Date::FromDays(s.events[static_cast<std::size_t>(s.reversal_event[a])].date);
  }
  return out;
}

absl::StatusOr<std::vector<Statement>> Ledger::Statements(std::string_view customer_id,
                                                          Date from, Date to) const {
  const LedgerStore& s = *store_;
  absl::StatusOr<std::int32_t> c = FindIn(s.customer_ids, "customer", customer_id);
  if (!c.ok()) return c.status();
  if (to < from) {
    return MakeError(ErrorCode::kInvalidArgument,
                     absl::StrCat("statement period ends (", to.ToString(), ") before it starts (",
                                  from.ToString(), ")"));
  }
  const LedgerStore::AccountMembers& index = s.account_members();
  const std::int32_t lo = from.days(), hi = to.days();
  std::vector<Statement> out;
  for (std::int32_t a : SortedAccounts(s, *c)) {
    const auto ai = static_cast<std::size_t>(a);
    const Currency currency = s.account_currency[ai];
    const auto money = [currency](std::int64_t v) { return Money::FromMinorUnits(v, currency); };
    // (date, kind, insertion) sorts the lines; debit/credit in minor units.
    struct Line {
      std::int32_t date;
      StatementLine::Kind kind;
      std::int64_t order;
      std::string_view id, reference;
      std::int64_t debit, credit;
    };
    std::vector<Line> lines;
    for (std::int32_t k = index.item_offsets[ai]; k < index.item_offsets[ai + 1]; ++k) {
      const std::int32_t i = index.items[static_cast<std::size_t>(k)];
      const auto iu = static_cast<std::size_t>(i);
      const std::int32_t doc = s.item_document_date[iu];
      const std::int64_t amount = s.item_amount[iu];
      if (doc >= lo && doc <= hi) {
        lines.push_back({doc, StatementLine::Kind::kItem, i, s.item_ids.Get(i),
                         s.item_references.Get(iu), amount > 0 ? amount : 0,
                         amount < 0 ? -amount : 0});
      }
      for (std::int32_t e = s.item_first_event[iu]; e >= 0;) {
        const Event& ev = s.events[static_cast<std::size_t>(e)];
        const bool own = ev.item == i;
        if (own && ev.date >= lo && ev.date <= hi &&
            (ev.kind == EventKind::kWriteOff || ev.kind == EventKind::kPriorSettlement)) {
          const std::int64_t delta = s.ItemDelta(ev, i);
          const bool write_off = ev.kind == EventKind::kWriteOff;
          lines.push_back({ev.date,
                           write_off ? StatementLine::Kind::kWriteOff
                                     : StatementLine::Kind::kSettlement,
                           e, s.item_ids.Get(i),
                           write_off ? s.event_texts.Get(static_cast<std::size_t>(ev.text))
                                     : std::string_view(),
                           delta > 0 ? delta : 0, delta < 0 ? -delta : 0});
        }
        e = own ? ev.next_item : ev.next_source;
      }
    }
    for (std::int32_t k = index.payment_offsets[ai];
         k < index.payment_offsets[ai + 1]; ++k) {
      const std::int32_t p = index.payments[static_cast<std::size_t>(k)];
      const auto pu = static_cast<std::size_t>(p);
      const std::int32_t d = s.payment_value_date[pu];
      if (d >= lo && d <= hi) {
        lines.push_back({d, StatementLine::Kind::kPayment, p, s.payment_ids.Get(p),
                         s.payment_references.Get(pu), 0, s.payment_amount[pu]});
      }
    }
    std::sort(lines.begin(), lines.end(), [](const Line& x, const Line& y) {
      return std::tie(x.date, x.kind, x.order) < std::tie(y.date, y.kind, y.order);
    });
    const std::int64_t opening = AccountBalance(s, a, lo - 1, true, true);
    Statement st{std::string(customer_id), currency, from, to, money(opening), {}, money(0)};
    std::int64_t running = opening;
    for (const Line& l : lines) {
      running += l.debit - l.credit;
      st.lines.push_back({Date::FromDays(l.date), l.kind, std::string(l.id),
                          std::string(l.reference), money(l.debit), money(l.credit),
                          money(running)});
    }
    st.closing = money(running);
    out.push_back(std::move(st));
  }
  return out;
}

}  // namespace relance
