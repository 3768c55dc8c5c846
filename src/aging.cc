// The aged balance (relance/aging.h): one pass over the item columns in
// storage order (clustered by customer), accumulating the current account's
// row in locals and flushing it when the account changes.

#include "relance/aging.h"

#include <algorithm>
#include <array>
#include <cstring>

#include "absl/strings/str_cat.h"
#include "aging_report.h"
#include "ledger_store.h"
#include "relance/error.h"

namespace relance {
namespace {

constexpr int kMaxBounds = 16;
constexpr std::int32_t kMaxBound = 36500;

// Open amounts and unapplied cash as of D: the current columns, or copies
// adjusted for the events dated after D.
struct AsOfAmounts {
  const std::int64_t* open;
  const std::int64_t* unapplied;
  std::vector<std::int64_t> open_copy, unapplied_copy;
};

void AmountsAsOf(const LedgerStore& s, const LedgerStore::DateIndex& index, std::int32_t d,
                 AsOfAmounts& out) {
  out.open = s.item_open.data();
  out.unapplied = s.payment_unapplied.data();
  if (index.max_event_date <= d) return;
  out.open_copy = s.item_open;
  out.unapplied_copy = s.payment_unapplied;
  const auto& order = index.events_by_date;
  auto it = std::upper_bound(order.begin(), order.end(), d, [&s](std::int32_t day, std::int32_t e) {
    return day < s.events[static_cast<std::size_t>(e)].date;
  });
  for (; it != order.end(); ++it) {
    const Event& e = s.events[static_cast<std::size_t>(*it)];
    out.open_copy[static_cast<std::size_t>(e.item)] -= s.ItemDelta(e, e.item);
    if (e.source >= 0) {
      if (e.source_is_payment) {
        out.unapplied_copy[static_cast<std::size_t>(e.source)] -= LedgerStore::PaymentDelta(e);
      } else {
        out.open_copy[static_cast<std::size_t>(e.source)] -= s.ItemDelta(e, e.source);
      }
    }
  }
  out.open = out.open_copy.data();
  out.unapplied = out.unapplied_copy.data();
}

// The disputes active on D, as (item, disputed amount before the open-amount
// cap), sorted by item.
std::vector<std::pair<std::int32_t, std::int64_t>> ActiveDisputes(
    const LedgerStore& s, const LedgerStore::DateIndex& index, std::int32_t d) {
  std::vector<std::pair<std::int32_t, std::int64_t>> active;
  const auto& order = index.disputes_by_item;
  for (std::size_t k = 0; k < order.size();) {
    const std::int32_t item = s.disputes[static_cast<std::size_t>(order[k])].item;
    const LedgerStore::Dispute* latest = nullptr;
    for (; k < order.size() && s.disputes[static_cast<std::size_t>(order[k])].item == item; ++k) {
      const LedgerStore::Dispute& x = s.disputes[static_cast<std::size_t>(order[k])];
      if (x.raised <= d) latest = &x;
    }
    if (latest != nullptr && (latest->cleared == kNoDate.days() || latest->cleared > d)) {
      active.emplace_back(item, latest->amount);
    }
  }
  return active;
}

}  // namespace

absl::Status ValidateAgingOptions(const AgingOptions& options) {
  if (options.bounds.size() > kMaxBounds) {
    return MakeError(ErrorCode::kInvalidArgument,
                     absl::StrCat("aging: ", options.bounds.size(), " bucket bounds; at most ",
                                  kMaxBounds));
  }
  std::int32_t previous = 0;
  for (std::size_t k = 0; k < options.bounds.size(); ++k) {
    const std::int32_t b = options.bounds[k];
    if (b < 1 || b > kMaxBound || b <= previous) {
      return MakeError(ErrorCode::kInvalidArgument,
                       absl::StrCat("aging: bucket bound ", k, " (", b,
                                    " days) must be in 1..36500 and above the previous one (",
                                    previous, ")"));
    }
    previous = b;
  }
  if (options.basis != AgingBasis::kDueDate && options.basis != AgingBasis::kDocumentDate) {
    return MakeError(ErrorCode::kInvalidArgument,
                     absl::StrCat("aging: invalid basis ", static_cast<int>(options.basis)));
  }
  return absl::OkStatus();
}

std::vector<std::string> AgingColumnNames(absl::Span<const std::int32_t> bounds) {
  std::vector<std::string> names = {"not_due"};
  std::int32_t previous = 0;
  for (std::int32_t b : bounds) {
    names.push_back(absl::StrCat("d", previous + 1, "_", b));
    previous = b;
  }
  names.push_back(absl::StrCat("over_", previous));
  return names;
}

absl::StatusOr<AgingReport> Age(const Ledger& ledger, const AgingOptions& options) {
  if (absl::Status st = ValidateAgingOptions(options); !st.ok()) return st;
  const LedgerStore& s = ledger.store();
  const LedgerStore::DateIndex& index = s.date_index();
  const std::int32_t d = options.as_of.days();
  AsOfAmounts amounts;
  AmountsAsOf(s, index, d, amounts);
  const std::vector<std::pair<std::int32_t, std::int64_t>> disputes = ActiveDisputes(s, index, d);

  auto data = std::make_shared<AgingReportData>();
  data->options = options;
  const int nb = static_cast<int>(options.bounds.size());
  data->ages = nb + 2;
  data->stride = nb + 6;
  const int stride = data->stride;
  const int disputed_col = nb + 2, unapplied_col = nb + 3, items_col = nb + 5;
  std::array<std::int32_t, kMaxBounds> bounds{};
  for (int k = 0; k < nb; ++k) bounds[static_cast<std::size_t>(k)] = options.bounds[static_cast<std::size_t>(k)];
  const bool by_due = options.basis == AgingBasis::kDueDate;

  std::vector<std::int32_t> row_of_account(s.account_customer.size(), -1);
  std::vector<std::int64_t>& values = data->values;
  const auto row_for = [&](std::int32_t account) -> std::int64_t* {
    std::int32_t& r = row_of_account[static_cast<std::size_t>(account)];
    if (r < 0) {
      r = static_cast<std::int32_t>(values.size() / static_cast<std::size_t>(stride));
      values.resize(values.size() + static_cast<std::size_t>(stride), 0);
    }
    return values.data() + static_cast<std::size_t>(r) * static_cast<std::size_t>(stride);
  };

  std::array<std::int64_t, kMaxBounds + 6> acc{};
  std::int32_t current = -1;
  bool dirty = false;
  const auto flush = [&]() {
    if (!dirty) return;
    std::int64_t* row = row_for(current);
    for (int c = 0; c < stride; ++c) row[c] += acc[static_cast<std::size_t>(c)];
    acc.fill(0);
    dirty = false;
  };
  const std::int32_t* doc = s.item_document_date.data();
  const std::int32_t* due = s.item_due_date.data();
  const std::int32_t* account = s.item_account.data();
  const std::int64_t* open = amounts.open;
  const std::size_t n = s.item_account.size();
  std::size_t dp = 0;
  const std::int32_t none = kNoDate.days();
  for (std::size_t i = 0; i < n; ++i) {
    const std::int64_t o = open[i];
    if (o == 0 || doc[i] > d) continue;
    if (account[i] != current) {
      flush();
      current = account[i];
    }
    dirty = true;
    acc[static_cast<std::size_t>(items_col)] += 1;
    if (o < 0) {  // an open credit note
      acc[static_cast<std::size_t>(unapplied_col)] += o;
      continue;
    }
    std::int64_t disputed = 0;
    while (dp < disputes.size() && disputes[dp].first < static_cast<std::int32_t>(i)) ++dp;
    if (dp < disputes.size() && disputes[dp].first == static_cast<std::int32_t>(i)) {
      disputed = std::min(disputes[dp].second, o);
    }
    const std::int32_t basis = (by_due && due[i] != none) ? due[i] : doc[i];
    const std::int32_t late = d - basis;
    int bucket = late > 0;
    for (int k = 0; k < nb; ++k) bucket += late > bounds[static_cast<std::size_t>(k)];
    acc[static_cast<std::size_t>(bucket)] += o - disputed;
    acc[static_cast<std::size_t>(disputed_col)] += disputed;
  }
  flush();
  for (std::size_t p = 0; p < s.payment_account.size(); ++p) {
    const std::int64_t u = amounts.unapplied[p];
    if (u == 0 || s.payment_value_date[p] > d) continue;
    row_for(s.payment_account[p])[unapplied_col] -= u;
  }
  // Balances, customer ids and currencies of the rows.
  const std::size_t rows = values.size() / static_cast<std::size_t>(stride);
  std::vector<std::int32_t> account_of_row(rows);
  for (std::size_t a = 0; a < row_of_account.size(); ++a) {
    if (row_of_account[a] >= 0) {
      account_of_row[static_cast<std::size_t>(row_of_account[a])] = static_cast<std::int32_t>(a);
    }
  }
  data->customer_ids.reserve(rows);
  data->currencies.reserve(rows);
  for (std::size_t r = 0; r < rows; ++r) {
    const auto a = static_cast<std::size_t>(account_of_row[r]);
    std::int64_t* row = values.data() + r * static_cast<std::size_t>(stride);
    std::int64_t balance = 0;
    for (int c = 0; c <= unapplied_col; ++c) balance += row[c];
    row[nb + 4] = balance;
    data->customer_ids.push_back(s.customer_ids.Get(s.account_customer[a]));
    data->currencies.push_back(s.account_currency[a]);
  }
  data->arenas.push_back(s.customer_ids.Share());
  data->ComputeTotals();
  return AgingReport(std::move(data));
}

}  // namespace relance
