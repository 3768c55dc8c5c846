// relance/ledger_interest.h -- late-payment interest and recovery
// compensation owed on every late item of a ledger, as of a date.
//
// For each debit item that can bear interest (invoice, installment, debit
// note; not fees, interest items or credit notes) and is late as of D:
//   due date   its due date; an item without one is due 30 days after its
//              document date, the statutory default of Directive 2011/7/EU
//              art. 3 and L441-10 (flagged as assumed);
//   base       the open amount on the due date, then a balance change on
//              every later date its open amount changed (payments, credit
//              notes, write-offs, reversals), up to D;
//   through    the day the open amount reached zero when that happened on or
//              before D (the item was paid late: interest stops there), or D;
// and LateInterest (late_interest.h) with the options' settings gives the
// interest, the compensation and the explanation. An item settled on or
// before its due date (plus grace days) owes nothing and is not listed.
// Disputed amounts bear interest like the rest: a dispute does not suspend
// the debt in law; a host that suspends it can filter on Ledger::Disputed.
//
// Compensation: under a statutory rate, 40 EUR per late EUR item (Directive
// art. 6, D441-5); the directive fixes it in euros, so items in another
// currency get none here (add its equivalent if your contracts say so).
// Under a contractual rate, none unless `compensation_per_item` is set.
//
// Thread safety: reads the ledger (const) and returns values.

#ifndef RELANCE_LEDGER_INTEREST_H_
#define RELANCE_LEDGER_INTEREST_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "relance/date.h"
#include "relance/late_interest.h"
#include "relance/ledger.h"
#include "relance/money.h"

namespace relance {

struct LedgerInterestOptions {
  Date as_of = Date();
  LateInterestRate rate = LateInterestRate::Statutory(Jurisdiction::kFR);
  RateSelection selection = RateSelection::kPerHalfYear;
  DayCount day_count = DayCount::kAct365Fixed;
  std::int32_t grace_days = 0;
  RoundingMode rounding = RoundingMode::kHalfUp;
  RoundingPoint rounding_point = RoundingPoint::kOnTotal;
  // False: no compensation at all. True: the statutory rule above.
  bool statutory_compensation = true;
  // Set: this amount (in each item's currency, at its minor units) per late
  // item instead of the statutory rule.
  std::optional<Decimal> compensation_per_item = std::nullopt;
  // Non-empty: only this customer's items.
  std::string customer_id = {};
};

struct ItemLateInterest {
  std::string item_id;
  std::string customer_id = {};
  Date due_date;
  bool due_date_assumed = false;  // no due date: document date + 30 days
  std::optional<Date> settled_on;  // when the open amount reached zero (<= as_of)
  LateInterestResult interest;     // late is always true here
};

struct LedgerInterest {
  std::vector<ItemLateInterest> items;  // in the ledger's storage order
  // Sums per currency, sorted by currency code.
  std::vector<Money> interest;
  std::vector<Money> compensation;
  std::vector<Money> total;
};

// Interest and compensation on every late item (see the banner). Errors:
// kNotFound for an unknown customer_id, or when the reference table has no
// rate for a half-year involved; kInvalidArgument for invalid settings (as
// LateInterest: negative grace days, an invalid enum value, a negative or
// inexact compensation); kOverflow.
absl::StatusOr<LedgerInterest> LedgerLateInterest(const Ledger& ledger,
                                                  const LedgerInterestOptions& options);

}  // namespace relance

#endif  // RELANCE_LEDGER_INTEREST_H_
