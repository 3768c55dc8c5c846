// relance/rate_table.h -- reference interest rates by effective date, the
// ECB main refinancing rate, and the statutory late-payment rates built on it.
//
// Rates are annual percentages held as exact Decimals: 4.50 means 4.50 % per
// year (0.045 as a fraction). Every rate in relance's interest API -- table
// entries, margins, fixed contractual rates, results -- is in percent, and
// margins are in percentage points: ECB 4.25 + 10 points = 14.25.
//
// A RateTable is a list of rate changes, each in force from its effective
// date (included) until the next one. The host builds it and may replace it
// at any time (it is a value; nothing global is modified). relance ships one
// table, the ECB main refinancing operations (MRO) fixed rate, in force since
// 2008-10-15:
//
//   const RateTable& ecb = EcbMainRefinancingRate();
//   ecb.RateOn(2024-09-18) -> 3.65;  ecb.RateOn(2024-09-17) -> 4.25
//
// Statutory late-payment interest between businesses (Directive 2011/7/EU;
// France, Code de commerce L441-10) is the reference rate plus a margin,
// fixed per half-year: the reference rate in force on 1 January applies to
// the whole of January-June, the rate in force on 1 July to July-December.
//   EU preset: ECB + 8 points (the Directive's minimum);
//   FR preset: ECB + 10 points (the French default).
//   StatutoryRate(Jurisdiction::kFR, 2024-10-15) -> 14.25
//
// The shipped ECB table ends with the decision in force from 2025-06-11
// (2.15 %). relance cannot know later decisions: a host computing interest
// for later periods must check the ECB's announcements and, when they
// differ, pass its own table (see EcbMainRefinancingRate).
//
// No function rounds: rates are added exactly.
// Thread safety: a RateTable is immutable once built; its const member
// functions and the free functions may be called from any number of threads.
// The shipped table is built once, on first use, thread-safely.

#ifndef RELANCE_RATE_TABLE_H_
#define RELANCE_RATE_TABLE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/types/span.h"
#include "relance/date.h"
#include "relance/decimal.h"
#include "relance/jurisdiction.h"

namespace relance {

// `percent` per year is in force from `effective` (included) on.
struct RateChange {
  Date effective;
  Decimal percent;

  friend bool operator==(const RateChange&, const RateChange&) = default;
};

class RateTable {
 public:
  // A table named `name` (used in explanations and messages, e.g. "ECB MRO")
  // from `changes`. Errors: kInvalidArgument when `changes` is empty or the
  // effective dates are not strictly increasing (the message names the two
  // offending entries by index and date). Rates may be negative or zero:
  // some reference rates were; users of the table decide what they accept.
  static absl::StatusOr<RateTable> Create(std::string name,
                                          std::vector<RateChange> changes);

  // The rate in force on `day`: that of the latest change effective on or
  // before `day`. Errors: kNotFound when `day` is before the first change
  // (the message gives the table's first effective date).
  absl::StatusOr<Decimal> RateOn(Date day) const;

  const std::string& name() const { return name_; }
  // The changes, in increasing effective date. The span is valid as long as
  // this table is.
  absl::Span<const RateChange> changes() const { return changes_; }

 private:
  RateTable(std::string name, std::vector<RateChange> changes)
      : name_(std::move(name)), changes_(std::move(changes)) {}

  std::string name_;
  std::vector<RateChange> changes_;
};

// The ECB main refinancing operations fixed rate, named "ECB MRO", from
// 2008-10-15 (the return to fixed-rate tenders) to the 2025-06-11 change to
// 2.15 %, the last decision shipped. The reference lives for the whole
// program. To use other or later data, build a RateTable (for instance from
// changes() plus the new decisions) and pass it where a reference table is
// taken.
const RateTable& EcbMainRefinancingRate();

// The statutory margin in percentage points: 8 (EU) or 10 (FR).
// REQUIRES: a valid jurisdiction; otherwise 0.
Decimal StatutoryMarginPoints(Jurisdiction jurisdiction);

// The first day of `day`'s half-year: 1 January or 1 July of its year.
Date HalfYearStart(Date day);

// The last day of `day`'s half-year: 30 June or 31 December of its year.
Date HalfYearEnd(Date day);

// The half-year rule applied to a reference table: the rate in force in
// `reference` on HalfYearStart(day), plus `margin_points`, exactly.
// Errors: those of RateOn (kNotFound before the table's first change);
// kOverflow.
absl::StatusOr<Decimal> HalfYearRate(const RateTable& reference,
                                     const Decimal& margin_points, Date day);

// The statutory late-payment rate, in percent, for a late day `day`:
// HalfYearRate(reference, StatutoryMarginPoints(jurisdiction), day).
//   FR: H1 2024 14.50, H2 2024 14.25, H1 2025 13.15, H2 2025 12.15;
//   EU: 2 points less.
// Errors: kInvalidArgument for an invalid jurisdiction; those of HalfYearRate.
absl::StatusOr<Decimal> StatutoryRate(
    Jurisdiction jurisdiction, Date day,
    const RateTable& reference = EcbMainRefinancingRate());

}  // namespace relance

#endif  // RELANCE_RATE_TABLE_H_
