// bench/book_generator.h -- a deterministic generator of realistic
// open-item books (the receivables of a company as of a date), for the
// benchmarks and the peer comparison (bench/compare.py).
//
// A book has `customers` customers and `items` open items, written customer
// by customer (rows of a customer are contiguous, customers in id order).
// What it looks like (every draw from the seeded PRNG below):
//   - items per customer: 1 + a share of the rest proportional to a Lomax
//     (Pareto II, shape 2) weight capped at 1000: median 4-5 items at 10
//     items per customer on average, the largest customers a few thousand;
//   - currencies: one per customer (EUR 80 %, USD 8 %, GBP 5 %, CHF 4 %, JPY
//     3 %, JPY having no minor unit); 10 % of customers also bill in a second
//     currency (30 % of their items);
//   - document dates over the 548 days (18 months) up to the as-of date,
//     recent ones more frequent (55 % in the last 90 days);
//   - due dates from each customer's terms (net 30, 45+eom, eom+45, net 60,
//     day 10 next month; payment_terms.h); 2 % of items have none;
//   - amounts in minor units, log-normal-like (a table of magnitude classes,
//     uniform inside each: a few euros to half a million, median ~1,400 EUR);
//     JPY amounts are 1.5 times the EUR cents (about 150 JPY per EUR);
//   - 1.5 % credit notes (negative, 30 % of them partly used), 12 % of debit
//     items partly paid (open_amount < amount), 5 % of debit items disputed
//     (disputed_amount = the open amount or part of it, never more).
// Every row has a non-zero open amount; no document date is after the as-of
// date.
//
// Determinism: the PRNG is our own (splitmix64 seeding xoshiro256**), draws
// use integer arithmetic plus IEEE-754 division and square root (correctly
// rounded everywhere), so a (spec) gives the same bytes on every platform.
// Each customer's rows depend only on the seed, the customer number and the
// item counts, so books can be cut by customer.
//
// Thread safety: a BookGenerator is used by one thread; the free functions
// are pure.

#ifndef RELANCE_BENCH_BOOK_GENERATOR_H_
#define RELANCE_BENCH_BOOK_GENERATOR_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "relance/date.h"
#include "relance/payment_terms.h"

namespace relance::bench {

// The open-items CSV header (issue 4's open-items format).
inline constexpr std::string_view kOpenItemsHeader =
    "customer_id,item_id,document_date,due_date,currency,amount,open_amount,"
    "disputed_amount";

// The currencies of generated books; a row's `currency` indexes this.
inline constexpr int kBookCurrencyCount = 5;
inline constexpr std::string_view kBookCurrencyCodes[kBookCurrencyCount] = {"EUR", "USD", "GBP",
                                                                            "CHF", "JPY"};
inline constexpr int kBookCurrencyMinorUnits[kBookCurrencyCount] = {2, 2, 2, 2, 0};

struct BookSpec {
  std::int64_t items = 100'000;
  std::int64_t customers = 10'000;  // REQUIRES: 1 <= customers <= items
  std::uint64_t seed = 20250630;
  Date as_of = Date::FromDays(20269);  // 2025-06-30
};

// One open item. Dates are days since 1970-01-01; due_date is INT32_MIN
// (kNoDate) when the item has none. Amounts are in minor units of the
// currency: amount < 0 for a credit note; open_amount between amount and 0,
// never 0; 0 <= disputed_amount <= open_amount (0 for credit notes).
struct OpenItemRow {
  std::int64_t customer;  // 0-based customer number
  std::int64_t item;      // 0-based item number, in row order
  std::int32_t document_date;
  std::int32_t due_date;
  std::uint8_t currency;  // index into kBookCurrencyCodes
  std::int64_t amount;
  std::int64_t open_amount;
  std::int64_t disputed_amount;
};

// splitmix64 (Steele, Lea, Flood): seeds and derives streams.
std::uint64_t SplitMix64(std::uint64_t& state);

// xoshiro256** (Blackman, Vigna).
class Xoshiro256 {
 public:
  explicit Xoshiro256(std::uint64_t seed);
  std::uint64_t Next();
  // Uniform in [0, n) (Lemire's multiply-shift; n >= 1).
  std::uint64_t Below(std::uint64_t n) {
    return static_cast<std::uint64_t>((static_cast<unsigned __int128>(Next()) * n) >> 64);
  }
  // Uniform in [lo, hi] (lo <= hi).
  std::int64_t Between(std::int64_t lo, std::int64_t hi) {
    return lo + static_cast<std::int64_t>(Below(static_cast<std::uint64_t>(hi - lo) + 1));
  }
  // True with probability per_mille / 1000.
  bool PerMille(std::uint32_t per_mille) { return Below(1000) < per_mille; }

 private:
  std::uint64_t s_[4];
};

// Streams the rows of a book in order.
class BookGenerator {
 public:
  // REQUIRES: 1 <= spec.customers <= spec.items.
  explicit BookGenerator(const BookSpec& spec);

  // Fills `row` with the next row; false once all spec.items rows are out.
  bool Next(OpenItemRow& row);

  // The number of items of customer c (all known up front).
  std::int64_t ItemCount(std::int64_t c) const;
  const BookSpec& spec() const { return spec_; }

 private:
  struct CustomerPlan {
    std::uint8_t currency;
    std::uint8_t second_currency;  // == currency when none
    DueDateRule terms;
  };
  void StartCustomer(std::int64_t c);
  void DrawItem(OpenItemRow& row);

  BookSpec spec_;
  std::vector<std::int64_t> first_item_;  // per customer, plus the end
  std::int64_t customer_ = -1;
  std::int64_t next_item_ = 0;
  CustomerPlan plan_{};
  Xoshiro256 rng_{0};
};

// Host ids: "CL" + 7 digits (customer 0 is CL0000001), "INV-" + 8 digits.
// More digits when the numbers need them.
void AppendCustomerId(std::int64_t customer, std::string& out);
void AppendItemId(std::int64_t item, std::string& out);
// "-1234.50" for -123450 at 2 minor units; "98000" for JPY.
void AppendAmount(std::int64_t minor, int minor_units, std::string& out);
// One CSV line of the open-items format, with its '\n'. `dates` caches the
// ISO texts of dates (see IsoDateCache).
class IsoDateCache;
void AppendCsvRow(const OpenItemRow& row, IsoDateCache& dates, std::string& out);

// ISO texts of day numbers, computed once per day.
class IsoDateCache {
 public:
  std::string_view Get(std::int32_t days);

 private:
  std::int32_t first_ = 0;
  std::vector<std::string> texts_;  // texts_[d - first_]; empty: not yet
};

// A whole book in columns, for the in-memory benchmarks. Customer numbers
// are dense int32 (the ledger's customer order); 37 bytes a row.
struct OpenItemColumns {
  std::int64_t customers = 0;
  std::vector<std::int32_t> customer;
  std::vector<std::int32_t> document_date;
  std::vector<std::int32_t> due_date;
  std::vector<std::uint8_t> currency;
  std::vector<std::int64_t> amount;
  std::vector<std::int64_t> open_amount;
  std::vector<std::int64_t> disputed_amount;

  std::size_t size() const { return customer.size(); }
};
OpenItemColumns GenerateColumns(const BookSpec& spec);

}  // namespace relance::bench

#endif  // RELANCE_BENCH_BOOK_GENERATOR_H_
