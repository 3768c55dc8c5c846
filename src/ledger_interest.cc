// Late-payment interest over a ledger (relance/ledger_interest.h): each
// late item's balance steps from its event chain, then LateInterest.

#include "relance/ledger_interest.h"

#include <algorithm>
#include <map>
#include <utility>

#include "ledger_internal.h"
#include "ledger_store.h"

namespace relance {
namespace {

constexpr std::int32_t kStatutoryDefaultDays = 30;

bool BearsInterest(ItemKind kind) {
  return kind == ItemKind::kInvoice || kind == ItemKind::kInstallment ||
         kind == ItemKind::kDebitNote;
}

// Adds `m` to the per-currency sums.
void AddTo(std::map<std::string_view, Money>& sums, const Money& m) {
  auto [it, inserted] = sums.try_emplace(m.currency().code(), m);
  if (!inserted) {
    absl::StatusOr<Money> sum = relance::Add(it->second, m);
    if (sum.ok()) it->second = *sum;  // cannot overflow: the ledger's volume fits int64
  }
}

std::vector<Money> Values(const std::map<std::string_view, Money>& sums) {
  std::vector<Money> out;
  for (const auto& [code, m] : sums) out.push_back(m);
  return out;
}

}  // namespace

absl::StatusOr<LedgerInterest> LedgerLateInterest(const Ledger& ledger,
                                                  const LedgerInterestOptions& options) {
  const LedgerStore& s = ledger.store();
  std::int32_t only = -1;
  if (!options.customer_id.empty()) {
    only = s.customer_ids.Find(options.customer_id);
    if (only < 0) {
      return MakeError(ErrorCode::kNotFound,
                       absl::StrCat("unknown customer ", ledger_internal::Quoted(options.customer_id)));
    }
  }
  if (options.grace_days < 0) {
    return MakeError(ErrorCode::kInvalidArgument,
                     absl::StrCat("grace_days ", options.grace_days, " is negative"));
  }
  const std::int32_t as_of = options.as_of.days();
  LedgerInterest out;
  std::map<std::string_view, Money> interest, compensation, total;
  std::vector<std::pair<std::int32_t, std::int64_t>> deltas;
  for (std::size_t iu = 0; iu < s.item_amount.size(); ++iu) {
    const auto i = static_cast<std::int32_t>(iu);
    if (!BearsInterest(s.item_kind[iu]) || s.item_document_date[iu] > as_of) continue;
    const std::int32_t customer = s.customer_of_item(i);
    if (only >= 0 && customer != only) continue;
    const bool assumed = s.item_due_date[iu] == kNoDate.days();
    const std::int32_t due =
        assumed ? s.item_document_date[iu] + kStatutoryDefaultDays : s.item_due_date[iu];
    if (due + options.grace_days >= as_of) continue;  // not late yet
    deltas.clear();
    s.ItemChanges(i, &deltas);
    std::sort(deltas.begin(), deltas.end());
    std::int64_t open = s.item_amount[iu];
    std::size_t k = 0;
    for (; k < deltas.size() && deltas[k].first <= due; ++k) open += deltas[k].second;
    if (open <= 0) continue;  // settled by the due date
    const Currency currency = s.currency_of_item(i);
    LateInterestRequest request(Money::FromMinorUnits(open, currency), Date::FromDays(due),
                                options.as_of);
    std::optional<Date> settled;
    while (k < deltas.size() && deltas[k].first <= as_of) {
      const std::int32_t day = deltas[k].first;
      for (; k < deltas.size() && deltas[k].first == day; ++k) open += deltas[k].second;
      request.balance_changes.push_back({Date::FromDays(day), Money::FromMinorUnits(open, currency)});
      if (open == 0) {
        settled = Date::FromDays(day);
        request.through = *settled;
        break;
      }
    }
    request.rate = options.rate;
    request.selection = options.selection;
    request.day_count = options.day_count;
    request.grace_days = options.grace_days;
    request.rounding = options.rounding;
    request.rounding_point = options.rounding_point;
    if (options.compensation_per_item.has_value()) {
      absl::StatusOr<Money> c = Money::Of(*options.compensation_per_item, currency);
      if (!c.ok()) return c.status();
      request.compensation = *c;
    } else if (!options.statutory_compensation ||
               (options.rate.kind == LateInterestRate::Kind::kStatutory &&
                currency.code() != "EUR")) {
      request.compensation = Money::Zero(currency);
    }
    absl::StatusOr<LateInterestResult> result = LateInterest(request);
    if (!result.ok()) {
      return MakeError(ErrorCodeOf(result.status()),
                       absl::StrCat("item ", ledger_internal::Quoted(s.item_ids.Get(i)), ": ",
                                    result.status().message()));
    }
    if (!result->late) continue;
    AddTo(interest, result->interest);
    AddTo(compensation, result->compensation);
    AddTo(total, result->total);
    out.items.push_back({std::string(s.item_ids.Get(i)), std::string(s.customer_ids.Get(customer)),
                         Date::FromDays(due), assumed, settled, *std::move(result)});
  }
  out.interest = Values(interest);
  out.compensation = Values(compensation);
  out.total = Values(total);
  return out;
}

}  // namespace relance
