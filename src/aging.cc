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

// Sparse corrections (index, amount to subtract), sorted by index and
// without repeats: what the events dated after D did to the open amounts of
// items and to the unapplied cash of payments. Empty when D is on or after
// the latest event: the current columns are the answer.
struct Corrections {
  std::vector<std::pair<std::int32_t, std::int64_t>> items, payments;
};

// Sorts by index (>= 0) with a stable two-pass radix sort on 16-bit digits,
// then adds up the amounts of equal indexes.
void Compact(std::vector<std::pair<std::int32_t, std::int64_t>>& v) {
  std::vector<std::pair<std::int32_t, std::int64_t>> buffer(v.size());
  for (int shift : {0, 16}) {
    std::vector<std::size_t> start(65537, 0);
    for (const auto& x : v) ++start[((static_cast<std::uint32_t>(x.first) >> shift) & 0xFFFF) + 1];
    for (std::size_t k = 1; k < start.size(); ++k) start[k] += start[k - 1];
    for (const auto& x : v) buffer[start[(static_cast<std::uint32_t>(x.first) >> shift) & 0xFFFF]++] = x;
    v.swap(buffer);
  }
  std::size_t out = 0;
  for (std::size_t k = 0; k < v.size(); ++k) {
    if (out > 0 && v[out - 1].first == v[k].first) {
      v[out - 1].second += v[k].second;
    } else {
      v[out++] = v[k];
    }
  }
  v.resize(out);
}

Corrections CorrectionsAfter(const LedgerStore& s, std::int32_t d) {
  Corrections c;
  if (s.max_event_date <= d) return c;
  const std::vector<std::int32_t>& order = s.events_by_date();
  auto it = std::upper_bound(order.begin(), order.end(), d, [&s](std::int32_t day, std::int32_t e) {
    return day < s.events[static_cast<std::size_t>(e)].date;
  });
  for (; it != order.end(); ++it) {
    const Event& e = s.events[static_cast<std::size_t>(*it)];
    c.items.emplace_back(e.item, s.ItemDelta(e, e.item));
    if (e.source >= 0) {
      if (e.source_is_payment) {
        c.payments.emplace_back(e.source, LedgerStore::PaymentDelta(e));
      } else {
        c.items.emplace_back(e.source, s.ItemDelta(e, e.source));
      }
    }
  }
  Compact(c.items);
  Compact(c.payments);
  return c;
}

// The disputes active on D, as (item, disputed amount before the open-amount
// cap), sorted by item.
std::vector<std::pair<std::int32_t, std::int64_t>> ActiveDisputes(const LedgerStore& s,
                                                                  std::int32_t d) {
  std::vector<std::pair<std::int32_t, std::int64_t>> active;
  if (s.disputes.empty()) return active;
  const std::vector<std::int32_t>& order = s.disputes_by_item();
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

// A cursor over sparse (index, amount) pairs visited in increasing index.
class SparseCursor {
 public:
  explicit SparseCursor(const std::vector<std::pair<std::int32_t, std::int64_t>>& v)
      : p_(v.data()), end_(v.data() + v.size()) {}
  // The amount at `index`, or 0; indexes must increase between calls.
  std::int64_t At(std::int32_t index) {
    while (p_ != end_ && p_->first < index) ++p_;
    if (p_ == end_ || p_->first != index) return 0;
    return (p_++)->second;
  }
  std::int32_t next_index() const { return p_ != end_ ? p_->first : INT32_MAX; }

 private:
  const std::pair<std::int32_t, std::int64_t>* p_;
  const std::pair<std::int32_t, std::int64_t>* end_;
};

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
  const std::int32_t d = options.as_of.days();
  const Corrections corrections = CorrectionsAfter(s, d);
  const std::vector<std::pair<std::int32_t, std::int64_t>> disputes = ActiveDisputes(s, d);

  auto data = std::make_shared<AgingReportData>();
  data->options = options;
  const int nb = static_cast<int>(options.bounds.size());
  data->ages = nb + 2;
  data->stride = nb + 6;
  const auto stride = static_cast<std::size_t>(data->stride);
  const int disputed_col = nb + 2, unapplied_col = nb + 3, items_col = nb + 5;
  std::array<std::int32_t, kMaxBounds> bounds{};
  for (int k = 0; k < nb; ++k) bounds[static_cast<std::size_t>(k)] = options.bounds[static_cast<std::size_t>(k)];
  // Past-due days above which each bucket starts: 0, then the bounds.
  const bool by_due = options.basis == AgingBasis::kDueDate;

  const std::size_t accounts = s.account_customer.size();
  std::vector<std::int32_t> row_of_account(accounts, -1);
  std::vector<std::int32_t> account_of_row;
  std::vector<std::int64_t>& values = data->values;
  values.reserve(accounts * stride);
  const auto row_for = [&](std::int32_t account) -> std::int64_t* {
    std::int32_t& r = row_of_account[static_cast<std::size_t>(account)];
    if (r < 0) {
      r = static_cast<std::int32_t>(account_of_row.size());
      account_of_row.push_back(account);
      values.resize(values.size() + stride, 0);
    }
    return values.data() + static_cast<std::size_t>(r) * stride;
  };

  const std::int32_t* doc = s.item_document_date.data();
  const std::int32_t* due = s.item_due_date.data();
  const std::int64_t* open = s.item_open.data();
  const auto items = static_cast<std::int32_t>(s.item_open.size());
  const std::int32_t none = kNoDate.days();
  SparseCursor correction(corrections.items), dispute(disputes);
  std::array<std::int64_t, kMaxBounds + 6> acc{};
  for (std::size_t run = 0; run < s.run_start.size(); ++run) {
    const std::int32_t begin = s.run_start[run];
    const std::int32_t end = run + 1 < s.run_start.size() ? s.run_start[run + 1] : items;
    bool touched = false;
    for (std::int32_t i = begin; i < end; ++i) {
      std::int64_t o = open[i];
      if (correction.next_index() <= i) o -= correction.At(i);
      if (o == 0 || doc[i] > d) continue;
      touched = true;
      acc[static_cast<std::size_t>(items_col)] += 1;
      if (o < 0) {  // an open credit note
        acc[static_cast<std::size_t>(unapplied_col)] += o;
        continue;
      }
      std::int64_t disputed = 0;
      if (dispute.next_index() <= i) disputed = std::min(dispute.At(i), o);
      const std::int32_t basis = (by_due && due[i] != none) ? due[i] : doc[i];
      const std::int32_t late = d - basis;
      int bucket = late > 0;
      for (int k = 0; k < nb; ++k) bucket += late > bounds[static_cast<std::size_t>(k)];
      acc[static_cast<std::size_t>(bucket)] += o - disputed;
      acc[static_cast<std::size_t>(disputed_col)] += disputed;
    }
    if (touched) {
      std::int64_t* row = row_for(s.run_account[run]);
      for (std::size_t c = 0; c < stride; ++c) row[c] += acc[c];
      acc.fill(0);
    }
  }
  SparseCursor payment_correction(corrections.payments);
  for (std::size_t p = 0; p < s.payment_account.size(); ++p) {
    const std::int64_t u =
        s.payment_unapplied[p] - payment_correction.At(static_cast<std::int32_t>(p));
    if (u == 0 || s.payment_value_date[p] > d) continue;
    row_for(s.payment_account[p])[unapplied_col] -= u;
  }
  // Balances and keys of the rows; one currency table per ledger.
  const std::size_t rows = account_of_row.size();
  std::vector<std::int32_t> slot_of_currency(1000, -1);  // by ISO numeric code
  data->keys.reserve(rows);
  for (std::size_t r = 0; r < rows; ++r) {
    const auto a = static_cast<std::size_t>(account_of_row[r]);
    std::int64_t* row = values.data() + r * stride;
    std::int64_t balance = 0;
    for (int c = 0; c <= unapplied_col; ++c) balance += row[c];
    row[nb + 4] = balance;
    const Currency currency = s.account_currency[a];
    std::int32_t& slot = slot_of_currency[static_cast<std::size_t>(currency.numeric_code() % 1000)];
    if (slot < 0 || !(data->currency_table[static_cast<std::size_t>(slot)] == currency)) {
      auto it = std::find(data->currency_table.begin(), data->currency_table.end(), currency);
      if (it == data->currency_table.end()) {
        data->currency_table.push_back(currency);
        it = data->currency_table.end() - 1;
      }
      slot = static_cast<std::int32_t>(it - data->currency_table.begin());
    }
    data->keys.push_back({s.account_customer[a], 0, static_cast<std::uint16_t>(slot)});
  }
  data->arenas.push_back(s.customer_ids.Share());
  data->ComputeTotals();
  return AgingReport(std::move(data));
}

}  // namespace relance
