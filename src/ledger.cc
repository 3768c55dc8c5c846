// The ledger: customers and payments entering it (ledger.h); items are in
// ledger_items.cc.

#include "relance/ledger.h"

#include <algorithm>
#include <array>
#include <limits>
#include <numeric>
#include <utility>

#include "ledger_internal.h"
#include "ledger_store.h"

namespace relance {

using ledger_internal::AddVolume;
using ledger_internal::CheckColumn;
using ledger_internal::MoneyText;
using ledger_internal::Quoted;
using ledger_internal::ReserveMore;
using ledger_internal::RowError;

namespace {

constexpr std::array<std::string_view, kItemKindCount> kKindNames = {
    "invoice", "installment", "debit_note", "fee", "interest", "credit_note"};

// Appends `texts` (or n empty strings when it is empty) to `arena`.
void AppendTexts(absl::Span<const std::string_view> texts, std::size_t n,
                 ledger_internal::StringArena& arena) {
  if (texts.empty()) {
    arena.AppendEmpty(n);
    return;
  }
  std::size_t chars = 0;
  for (const std::string_view text : texts) chars += text.size();
  arena.ReserveMore(n, chars);
  for (const std::string_view text : texts) arena.Append(text);
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
  AppendTexts(rows.names, n, s.customer_names);
  AppendTexts(rows.segments, n, s.customer_segments);
  const std::size_t before = s.customer_first_account.size();
  for (std::size_t r = 0; r < n; ++r) {
    // The sparse columns reach the last customer with a value.
    if (!rows.credit_limits.empty() && rows.credit_limits[r].has_value()) {
      s.credit_limits.resize(before + r);
      s.credit_limits.push_back(rows.credit_limits[r]);
    }
    if (!terms.empty() && terms[r].has_value()) {
      s.customer_terms.resize(before + r);
      s.customer_terms.push_back(std::move(terms[r]));
    }
  }
  s.customer_first_account.resize(before + n, -1);
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
  for (std::size_t r = 0; r < n; ++r) account[r] = s.AccountOf(customer[r], rows.currencies[r]);
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
