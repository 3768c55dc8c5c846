// The ledger: items entering it, their customers given by id
// (Ledger::AddItems, ledger.h) or by number (AddItemsOfCustomers,
// ledger_bulk.h). Both resolve the customers first, then share the checks
// and the storage below.

#include <algorithm>
#include <numeric>
#include <string>
#include <vector>

#include "absl/functional/function_ref.h"
#include "ledger_bulk.h"
#include "ledger_internal.h"
#include "ledger_store.h"
#include "relance/ledger.h"

namespace relance {

using ledger_internal::AddVolume;
using ledger_internal::CheckColumn;
using ledger_internal::MoneyText;
using ledger_internal::Quoted;
using ledger_internal::ReserveMore;
using ledger_internal::RowError;

namespace {

// What row r names as its customer when that is none of the ledger's.
using UnknownCustomer = absl::FunctionRef<std::string(std::size_t row)>;

__int128 Abs(std::int64_t v) { return v < 0 ? -static_cast<__int128>(v) : v; }

// The order in which to store rows: by customer (stable), unless already
// ordered. Keeps a book's items clustered by customer for the aging pass.
std::vector<std::int32_t> ClusterByCustomer(absl::Span<const std::int32_t> customer,
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
void ClusterByCurrency(absl::Span<const std::int32_t> customer,
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

// Checks row r of `rows`, whose customer is `customer` (-1 or out of range:
// unknown), for everything but id uniqueness; sets *due to its due date:
// the given one, else that of the customer's default terms, else kNoDate.
absl::Status CheckItemRow(const LedgerStore& s, const ItemRows& rows, std::size_t r,
                          std::int32_t customer, UnknownCustomer unknown, std::int32_t* due) {
  const std::string_view id = rows.ids[r];
  if (id.empty()) return RowError(ErrorCode::kInvalidArgument, r, "empty item id");
  const ItemKind kind = rows.kinds.empty() ? ItemKind::kInvoice : rows.kinds[r];
  if (static_cast<int>(kind) >= kItemKindCount) {
    return RowError(ErrorCode::kInvalidArgument, r,
                    absl::StrCat("item ", Quoted(id), ": invalid kind ", static_cast<int>(kind)));
  }
  if (customer < 0 || static_cast<std::size_t>(customer) >= s.customer_ids.size()) {
    return RowError(ErrorCode::kNotFound, r, absl::StrCat("item ", Quoted(id), ": ", unknown(r)));
  }
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
  *due = rows.due_dates.empty() ? kNoDate.days() : rows.due_dates[r].days();
  if (*due == kNoDate.days()) {
    const std::optional<PaymentTerms>& terms = s.terms_of(customer);
    if (terms.has_value()) {
      if (terms->has_installments()) {
        return RowError(ErrorCode::kInvalidArgument, r,
                        absl::StrCat("item ", Quoted(id), ": no due date, and the customer's "
                                     "terms \"", terms->ToString(), "\" have several due "
                                     "dates; add one installment item per due date"));
      }
      *due = FinalDueDate(*terms, Date::FromDays(doc)).days();
    }
  } else if (*due < doc) {
    return RowError(ErrorCode::kInvalidArgument, r,
                    absl::StrCat("item ", Quoted(id), ": due date ", rows.due_dates[r].ToString(),
                                 " is before the document date ",
                                 rows.document_dates[r].ToString()));
  }
  if (rows.open_amounts.empty()) return absl::OkStatus();
  const std::int64_t open = rows.open_amounts[r];
  if (credit ? (open >= amount && open <= 0) : (open >= 0 && open <= amount)) {
    return absl::OkStatus();
  }
  return RowError(ErrorCode::kInvalidArgument, r,
                  absl::StrCat("item ", Quoted(id), ": open amount ", MoneyText(open, currency),
                               " is outside [", MoneyText(credit ? amount : 0, currency), ", ",
                               MoneyText(credit ? 0 : amount, currency), "]"));
}

// The accounts of the rows in storage order, created as needed. Rows come
// grouped by customer: a row of the previous row's customer and currency
// reuses its account.
std::vector<std::int32_t> AccountsOf(LedgerStore& s, const ItemRows& rows,
                                     absl::Span<const std::int32_t> customer,
                                     const std::vector<std::int32_t>& order) {
  std::vector<std::int32_t> account(order.size());
  for (std::size_t k = 0; k < order.size(); ++k) {
    const auto r = static_cast<std::size_t>(order[k]);
    if (k > 0) {
      const auto previous = static_cast<std::size_t>(order[k - 1]);
      if (customer[r] == customer[previous] && rows.currencies[r] == rows.currencies[previous]) {
        account[k] = account[k - 1];
        continue;
      }
    }
    account[k] = s.AccountOf(customer[r], rows.currencies[r]);
  }
  return account;
}

// Appends the rows to the item columns in storage order, with a prior
// settlement for each row whose open amount differs from its amount.
void AppendItems(LedgerStore& s, const ItemRows& rows, const std::vector<std::int32_t>& order,
                 const std::vector<std::int32_t>& account, const std::vector<std::int32_t>& due) {
  const std::size_t n = order.size();
  const std::size_t items_before = s.item_account.size();
  ReserveMore(s.item_account, n);
  ReserveMore(s.item_kind, n);
  ReserveMore(s.item_document_date, n);
  ReserveMore(s.item_due_date, n);
  ReserveMore(s.item_amount, n);
  ReserveMore(s.item_open, n);
  ReserveMore(s.item_first_event, n);
  if (rows.references.empty()) {
    s.item_references.AppendEmpty(n);
  } else {
    s.item_references.ReserveMore(n, 0);
  }
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
    if (!rows.references.empty()) s.item_references.Append(rows.references[r]);
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
}

// Adds the rows, the customer of row r being customer[r] (negative or out
// of range: unknown). REQUIRES: rows.ids and `customer` of the same length.
absl::Status AddItemsTo(LedgerStore& s, const ItemRows& rows,
                        absl::Span<const std::int32_t> customer, UnknownCustomer unknown) {
  const std::size_t n = rows.ids.size();
  for (absl::Status st : {CheckColumn(rows.kinds, n, "kinds", false),
                          CheckColumn(rows.document_dates, n, "document_dates", true),
                          CheckColumn(rows.due_dates, n, "due_dates", false),
                          CheckColumn(rows.amounts, n, "amounts", true),
                          CheckColumn(rows.currencies, n, "currencies", true),
                          CheckColumn(rows.references, n, "references", false),
                          CheckColumn(rows.open_amounts, n, "open_amounts", false)}) {
    if (!st.ok()) return st;
  }
  // In row order: everything but id uniqueness.
  std::vector<std::int32_t> due(n);
  __int128 added_volume = 0;
  for (std::size_t r = 0; r < n; ++r) {
    if (absl::Status st = CheckItemRow(s, rows, r, customer[r], unknown, &due[r]); !st.ok()) {
      return st;
    }
    added_volume += Abs(rows.amounts[r]);
  }
  std::int64_t volume = s.volume;
  if (absl::Status st = AddVolume(volume, added_volume); !st.ok()) return st;

  // In storage order: the ids (all or none), then what cannot fail.
  std::vector<std::int32_t> order = ClusterByCustomer(customer, s.customer_ids.size());
  ClusterByCurrency(customer, rows.currencies, order);
  if (const std::int64_t k = s.item_ids.AddAllIfAbsent(rows.ids, order); k >= 0) {
    const auto r = static_cast<std::size_t>(order[static_cast<std::size_t>(k)]);
    return RowError(ErrorCode::kAlreadyExists, r,
                    absl::StrCat("item ", Quoted(rows.ids[r]), " already exists"));
  }
  AppendItems(s, rows, order, AccountsOf(s, rows, customer, order), due);
  s.volume = volume;
  s.Invalidate();
  return absl::OkStatus();
}

}  // namespace

absl::Status Ledger::AddItems(const ItemRows& rows) {
  const std::size_t n = rows.ids.size();
  if (absl::Status st = CheckColumn(rows.customer_ids, n, "customer_ids", true); !st.ok()) {
    return st;
  }
  // Rows come grouped by customer: one lookup per run of rows.
  std::vector<std::int32_t> customer(n);
  for (std::size_t r = 0; r < n; ++r) {
    const bool same = r > 0 && rows.customer_ids[r] == rows.customer_ids[r - 1];
    customer[r] = same ? customer[r - 1] : store_->customer_ids.Find(rows.customer_ids[r]);
  }
  return AddItemsTo(*store_, rows, customer, [&](std::size_t r) {
    return absl::StrCat("unknown customer ", Quoted(rows.customer_ids[r]));
  });
}

namespace ledger_internal {

absl::Status AddItemsOfCustomers(Ledger& ledger, const ItemRows& rows,
                                 absl::Span<const std::int32_t> customers) {
  if (!rows.customer_ids.empty()) {
    return MakeError(ErrorCode::kInvalidArgument,
                     "customer_ids must be empty: the customers are given by number");
  }
  if (absl::Status st = CheckColumn(customers, rows.ids.size(), "customers", true); !st.ok()) {
    return st;
  }
  return AddItemsTo(LedgerColumns::Of(ledger), rows, customers, [&](std::size_t r) {
    return absl::StrCat("unknown customer number ", customers[r]);
  });
}

}  // namespace ledger_internal
}  // namespace relance
