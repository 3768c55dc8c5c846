// The ledger: customers, items and payments entering it (ledger.h).

#include "relance/ledger.h"

#include <algorithm>
#include <array>
#include <limits>
#include <numeric>
#include <utility>

#include "ledger_internal.h"
#include "ledger_store.h"

namespace relance {

using ledger_internal::CheckColumn;
using ledger_internal::MoneyText;
using ledger_internal::Quoted;
using ledger_internal::ReserveMore;
using ledger_internal::RowError;

namespace {

constexpr std::array<std::string_view, kItemKindCount> kKindNames = {
    "invoice", "installment", "debit_note", "fee", "interest", "credit_note"};

// Adds |amount| to the volume, or kOverflow.
absl::Status AddVolume(std::int64_t& volume, __int128 added) {
  if (added > static_cast<__int128>(std::numeric_limits<std::int64_t>::max()) - volume) {
    return MakeError(ErrorCode::kOverflow,
                     "the ledger's volume (sum of the absolute amounts of its items "
                     "and payments) would exceed 9223372036854775807 minor units");
  }
  volume += static_cast<std::int64_t>(added);
  return absl::OkStatus();
}

__int128 Abs(std::int64_t v) { return v < 0 ? -static_cast<__int128>(v) : v; }

// The account of (customer, currency), created if absent.
std::int32_t AccountOf(LedgerStore& s, std::int32_t customer, Currency currency) {
  std::int32_t& first = s.customer_first_account[static_cast<std::size_t>(customer)];
  for (std::int32_t a = first; a >= 0; a = s.account_next[static_cast<std::size_t>(a)]) {
    if (s.account_currency[static_cast<std::size_t>(a)] == currency) return a;
  }
  const auto account = static_cast<std::int32_t>(s.account_customer.size());
  const auto slot = static_cast<std::size_t>(
      std::find(s.currencies.begin(), s.currencies.end(), currency) - s.currencies.begin());
  if (slot == s.currencies.size()) {
    s.currencies.push_back(currency);
    s.currency_first_account.push_back(account);
  }
  s.account_customer.push_back(customer);
  s.account_currency.push_back(currency);
  s.account_currency_slot.push_back(static_cast<std::uint16_t>(slot));
  s.account_next.push_back(first);
  first = account;
  return account;
}

// The order in which to store rows: by customer (stable), unless already
// ordered. Keeps a book's items clustered by customer for the aging pass.
std::vector<std::int32_t> ClusterByCustomer(const std::vector<std::int32_t>& customer,
                                            std::size_t customers) {
  std::vector<std::int32_t> order(customer.size());
  if (std::is_sorted(customer.begin(), customer.end())) {
    std::iota(order.begin(), order.end(), 0);
    return order;
  }
  std::vector<std::int32_t> start(customers + 1, 0);
  for (std::int32_t c : customer) ++start[static_cast<std::size_t>(c) + 1];
  std::partial_sum(start.begin(), start.end(), start.begin());
  for (std::size_t r = 0; r < customer.size(); ++r) {
    order[static_cast<std::size_t>(start[static_cast<std::size_t>(customer[r])]++)] =
        static_cast<std::int32_t>(r);
  }
  return order;
}

// Within each customer's rows of `order`, groups the rows by currency (in
// order of first appearance, stable), so that an account's items are one
// run: the aging pass then visits each account once.
void ClusterByCurrency(const std::vector<std::int32_t>& customer,
                       absl::Span<const Currency> currencies, std::vector<std::int32_t>& order) {
  const auto currency_of = [&](std::int32_t r) {
    return currencies[static_cast<std::size_t>(r)];
  };
  for (std::size_t begin = 0; begin < order.size();) {
    const std::int32_t c = customer[static_cast<std::size_t>(order[begin])];
    std::size_t end = begin + 1;
    bool mixed = false;
    for (; end < order.size() && customer[static_cast<std::size_t>(order[end])] == c; ++end) {
      mixed = mixed || !(currency_of(order[end]) == currency_of(order[begin]));
    }
    if (mixed) {
      // Few currencies per customer: rank them by first appearance.
      std::vector<Currency> seen;
      const auto rank = [&](std::int32_t r) {
        const auto it = std::find(seen.begin(), seen.end(), currency_of(r));
        if (it != seen.end()) return it - seen.begin();
        seen.push_back(currency_of(r));
        return static_cast<std::ptrdiff_t>(seen.size()) - 1;
      };
      for (std::size_t k = begin; k < end; ++k) rank(order[k]);
      std::stable_sort(order.begin() + static_cast<std::ptrdiff_t>(begin),
                       order.begin() + static_cast<std::ptrdiff_t>(end),
                       [&](std::int32_t a, std::int32_t b) { return rank(a) < rank(b); });
    }
    begin = end;
  }
}

}  // namespace

std::string_view ItemKindName(ItemKind kind) {
  const auto i = static_cast<std::size_t>(kind);
  return i < kKindNames.size() ? kKindNames[i] : "INVALID";
}

absl::StatusOr<ItemKind> ParseItemKind(std::string_view name) {
  for (std::size_t i = 0; i < kKindNames.size(); ++i) {
    if (kKindNames[i] == name) return static_cast<ItemKind>(i);
  }
  return MakeError(ErrorCode::kInvalidArgument,
                   absl::StrCat("unknown item kind ", Quoted(name),
                                "; expected invoice, installment, debit_note, fee, "
                                "interest or credit_note"));
}

Ledger::Ledger() : store_(std::make_unique<LedgerStore>()) {}
Ledger::~Ledger() = default;
Ledger::Ledger(Ledger&&) noexcept = default;
Ledger& Ledger::operator=(Ledger&&) noexcept = default;
Ledger::Ledger(const Ledger& other)
    : store_(std::make_unique<LedgerStore>(*other.store_)) {}
Ledger& Ledger::operator=(const Ledger& other) {
  if (this != &other) store_ = std::make_unique<LedgerStore>(*other.store_);
  return *this;
}

absl::Status Ledger::AddCustomers(const CustomerRows& rows) {
  LedgerStore& s = *store_;
  const std::size_t n = rows.ids.size();
  for (absl::Status st : {CheckColumn(rows.names, n, "names", false),
                          CheckColumn(rows.segments, n, "segments", false),
                          CheckColumn(rows.credit_limits, n, "credit_limits", false),
                          CheckColumn(rows.terms, n, "terms", false)}) {
    if (!st.ok()) return st;
  }
  std::vector<std::optional<PaymentTerms>> terms(rows.terms.empty() ? 0 : n);
  for (std::size_t r = 0; r < n; ++r) {
    if (rows.ids[r].empty()) return RowError(ErrorCode::kInvalidArgument, r, "empty customer id");
    if (!rows.credit_limits.empty() && rows.credit_limits[r].has_value() &&
        rows.credit_limits[r]->signum() < 0) {
      return RowError(ErrorCode::kInvalidArgument, r,
                      absl::StrCat("customer ", Quoted(rows.ids[r]), ": credit limit ",
                                   rows.credit_limits[r]->ToString(), " is negative"));
    }
    if (!rows.terms.empty() && !rows.terms[r].empty()) {
      absl::StatusOr<PaymentTerms> t = PaymentTerms::Parse(rows.terms[r]);
      if (!t.ok()) {
        return RowError(ErrorCodeOf(t.status()), r,
                        absl::StrCat("customer ", Quoted(rows.ids[r]), ": terms: ",
                                     t.status().message()));
      }
      terms[r] = *std::move(t);
    }
  }
  if (const std::int64_t r = s.customer_ids.AddAllIfAbsent(rows.ids); r >= 0) {
    return RowError(ErrorCode::kAlreadyExists, static_cast<std::size_t>(r),
                    absl::StrCat("customer ", Quoted(rows.ids[static_cast<std::size_t>(r)]),
                                 " already exists"));
  }
  std::size_t name_chars = 0;
  for (const std::string_view name : rows.names) name_chars += name.size();
  s.customer_names.ReserveMore(n, name_chars);
  s.customer_segments.ReserveMore(n, 0);
  ReserveMore(s.credit_limits, n);
  ReserveMore(s.customer_terms, n);
  ReserveMore(s.customer_first_account, n);
  for (std::size_t r = 0; r < n; ++r) {
    s.customer_names.Append(rows.names.empty() ? std::string_view() : rows.names[r]);
    s.customer_segments.Append(rows.segments.empty() ? std::string_view() : rows.segments[r]);
    s.credit_limits.push_back(rows.credit_limits.empty() ? std::nullopt : rows.credit_limits[r]);
    if (terms.empty()) {
      s.customer_terms.emplace_back();
    } else {
      s.customer_terms.push_back(std::move(terms[r]));
    }
    s.customer_first_account.push_back(-1);
  }
  s.Invalidate();
  return absl::OkStatus();
}

absl::Status Ledger::AddItems(const ItemRows& rows) {
  LedgerStore& s = *store_;
  const std::size_t n = rows.ids.size();
  for (absl::Status st :
       {CheckColumn(rows.customer_ids, n, "customer_ids", true),
        CheckColumn(rows.kinds, n, "kinds", false),
        CheckColumn(rows.document_dates, n, "document_dates", true),
        CheckColumn(rows.due_dates, n, "due_dates", false),
        CheckColumn(rows.amounts, n, "amounts", true),
        CheckColumn(rows.currencies, n, "currencies", true),
        CheckColumn(rows.references, n, "references", false),
        CheckColumn(rows.open_amounts, n, "open_amounts", false)}) {
    if (!st.ok()) return st;
  }
  // Pass 1, in row order: everything but id uniqueness.
  std::vector<std::int32_t> customer(n);
  std::vector<std::int32_t> due(n);
  __int128 added_volume = 0;
  std::int32_t last_customer = -1;
  std::string_view last_customer_id;
  for (std::size_t r = 0; r < n; ++r) {
    const std::string_view id = rows.ids[r];
    if (id.empty()) return RowError(ErrorCode::kInvalidArgument, r, "empty item id");
    const ItemKind kind = rows.kinds.empty() ? ItemKind::kInvoice : rows.kinds[r];
    if (static_cast<int>(kind) >= kItemKindCount) {
      return RowError(ErrorCode::kInvalidArgument, r,
                      absl::StrCat("item ", Quoted(id), ": invalid kind ",
                                   static_cast<int>(kind)));
    }
    if (last_customer < 0 || rows.customer_ids[r] != last_customer_id) {
      last_customer = s.customer_ids.Find(rows.customer_ids[r]);
      last_customer_id = rows.customer_ids[r];
      if (last_customer < 0) {
        return RowError(ErrorCode::kNotFound, r,
                        absl::StrCat("item ", Quoted(id), ": unknown customer ",
                                     Quoted(rows.customer_ids[r])));
      }
    }
    customer[r] = last_customer;
    const std::int64_t amount = rows.amounts[r];
    const Currency currency = rows.currencies[r];
    const bool credit = kind == ItemKind::kCreditNote;
    if (amount == 0 || (amount < 0) != credit) {
      return RowError(ErrorCode::kInvalidArgument, r,
                      absl::StrCat("item ", Quoted(id), ": amount ", MoneyText(amount, currency),
                                   credit ? " of a credit note must be negative"
                                          : " must be positive (only credit notes are negative)"));
    }
    const std::int32_t doc = rows.document_dates[r].days();
    std::int32_t d = rows.due_dates.empty() ? kNoDate.days() : rows.due_dates[r].days();
    if (d == kNoDate.days()) {
      const std::optional<PaymentTerms>& terms =
          s.customer_terms[static_cast<std::size_t>(last_customer)];
      if (terms.has_value()) {
        if (terms->has_installments()) {
          return RowError(ErrorCode::kInvalidArgument, r,
                          absl::StrCat("item ", Quoted(id), ": no due date, and the customer's "
                                       "terms \"", terms->ToString(), "\" have several due "
                                       "dates; add one installment item per due date"));
        }
        d = FinalDueDate(*terms, Date::FromDays(doc)).days();
      }
    } else if (d < doc) {
      return RowError(ErrorCode::kInvalidArgument, r,
                      absl::StrCat("item ", Quoted(id), ": due date ", rows.due_dates[r].ToString(),
                                   " is before the document date ",
                                   rows.document_dates[r].ToString()));
    }
    due[r] = d;
    if (!rows.open_amounts.empty()) {
      const std::int64_t open = rows.open_amounts[r];
      const bool inside = credit ? (open >= amount && open <= 0) : (open >= 0 && open <= amount);
      if (!inside) {
        return RowError(ErrorCode::kInvalidArgument, r,
                        absl::StrCat("item ", Quoted(id), ": open amount ",
                                     MoneyText(open, currency), " is outside [",
                                     MoneyText(credit ? amount : 0, currency), ", ",
                                     MoneyText(credit ? 0 : amount, currency), "]"));
      }
    }
    added_volume += Abs(amount);
  }
  std::int64_t volume = s.volume;
  if (absl::Status st = AddVolume(volume, added_volume); !st.ok()) return st;

  // Pass 2, in storage order: ids and accounts (undone on a duplicate).
  std::vector<std::int32_t> order = ClusterByCustomer(customer, s.customer_ids.size());
  ClusterByCurrency(customer, rows.currencies, order);
  const std::size_t items_before = s.item_ids.size();
  if (const std::int64_t k = s.item_ids.AddAllIfAbsent(rows.ids, order); k >= 0) {
    const auto r = static_cast<std::size_t>(order[static_cast<std::size_t>(k)]);
    return RowError(ErrorCode::kAlreadyExists, r,
                    absl::StrCat("item ", Quoted(rows.ids[r]), " already exists"));
  }
  std::vector<std::int32_t> account(n);
  std::int32_t last_customer_of_account = -1;
  Currency last_currency = n > 0 ? rows.currencies[0] : Currency::All().front();
  for (std::size_t k = 0; k < n; ++k) {
    const auto r = static_cast<std::size_t>(order[k]);
    // Rows come grouped by customer: reuse the previous row's account.
    if (k > 0 && customer[r] == last_customer_of_account && rows.currencies[r] == last_currency) {
      account[k] = account[k - 1];
    } else {
      account[k] = AccountOf(s, customer[r], rows.currencies[r]);
      last_customer_of_account = customer[r];
      last_currency = rows.currencies[r];
    }
  }

  // Pass 3: the columns. Nothing fails from here on.
  ReserveMore(s.item_account, n);
  ReserveMore(s.item_kind, n);
  ReserveMore(s.item_document_date, n);
  ReserveMore(s.item_due_date, n);
  ReserveMore(s.item_amount, n);
  ReserveMore(s.item_open, n);
  ReserveMore(s.item_first_event, n);
  s.item_references.ReserveMore(n, 0);
  for (std::size_t k = 0; k < n; ++k) {
    const auto r = static_cast<std::size_t>(order[k]);
    const std::int64_t amount = rows.amounts[r];
    const std::int64_t open = rows.open_amounts.empty() ? amount : rows.open_amounts[r];
    const auto item = static_cast<std::int32_t>(items_before + k);
    s.item_account.push_back(account[k]);
    s.item_kind.push_back(rows.kinds.empty() ? ItemKind::kInvoice : rows.kinds[r]);
    s.item_document_date.push_back(rows.document_dates[r].days());
    s.max_document_date = std::max(s.max_document_date, rows.document_dates[r].days());
    s.item_due_date.push_back(due[r]);
    s.item_amount.push_back(amount);
    s.item_open.push_back(open);
    s.item_first_event.push_back(-1);
    if (s.run_account.empty() || s.run_account.back() != account[k]) {
      s.run_start.push_back(item);
      s.run_account.push_back(account[k]);
    }
    s.item_references.Append(rows.references.empty() ? std::string_view() : rows.references[r]);
    if (open != amount) {
      Event e{};
      e.date = rows.document_dates[r].days();
      e.kind = EventKind::kPriorSettlement;
      e.item = item;
      e.source = -1;
      e.amount = amount > open ? amount - open : open - amount;
      e.next_item = -1;
      e.next_source = -1;
      e.allocation = -1;
      e.text = -1;
      s.item_first_event.back() = static_cast<std::int32_t>(s.events.size());
      s.events.push_back(e);  // not in max_event_date: see dated_changes()
    }
  }
  s.volume = volume;
  s.Invalidate();
  return absl::OkStatus();
}

absl::Status Ledger::AddPayments(const PaymentRows& rows) {
  LedgerStore& s = *store_;
  const std::size_t n = rows.ids.size();
  for (absl::Status st : {CheckColumn(rows.customer_ids, n, "customer_ids", true),
                          CheckColumn(rows.value_dates, n, "value_dates", true),
                          CheckColumn(rows.amounts, n, "amounts", true),
                          CheckColumn(rows.currencies, n, "currencies", true),
                          CheckColumn(rows.references, n, "references", false)}) {
    if (!st.ok()) return st;
  }
  std::vector<std::int32_t> customer(n);
  __int128 added_volume = 0;
  for (std::size_t r = 0; r < n; ++r) {
    const std::string_view id = rows.ids[r];
    if (id.empty()) return RowError(ErrorCode::kInvalidArgument, r, "empty payment id");
    customer[r] = s.customer_ids.Find(rows.customer_ids[r]);
    if (customer[r] < 0) {
      return RowError(ErrorCode::kNotFound, r,
                      absl::StrCat("payment ", Quoted(id), ": unknown customer ",
                                   Quoted(rows.customer_ids[r])));
    }
    if (rows.amounts[r] <= 0) {
      return RowError(ErrorCode::kInvalidArgument, r,
                      absl::StrCat("payment ", Quoted(id), ": amount ",
                                   MoneyText(rows.amounts[r], rows.currencies[r]),
                                   " must be positive"));
    }
    added_volume += rows.amounts[r];
  }
  std::int64_t volume = s.volume;
  if (absl::Status st = AddVolume(volume, added_volume); !st.ok()) return st;
  if (const std::int64_t r = s.payment_ids.AddAllIfAbsent(rows.ids); r >= 0) {
    return RowError(ErrorCode::kAlreadyExists, static_cast<std::size_t>(r),
                    absl::StrCat("payment ", Quoted(rows.ids[static_cast<std::size_t>(r)]),
                                 " already exists"));
  }
  std::vector<std::int32_t> account(n);
  for (std::size_t r = 0; r < n; ++r) account[r] = AccountOf(s, customer[r], rows.currencies[r]);
  for (std::size_t r = 0; r < n; ++r) {
    s.payment_account.push_back(account[r]);
    s.payment_value_date.push_back(rows.value_dates[r].days());
    s.payment_amount.push_back(rows.amounts[r]);
    s.payment_unapplied.push_back(rows.amounts[r]);
    s.payment_first_event.push_back(-1);
    s.payment_references.Append(rows.references.empty() ? std::string_view()
                                                        : rows.references[r]);
  }
  s.volume = volume;
  s.Invalidate();
  return absl::OkStatus();
}

}  // namespace relance
