// bench/reference_aging.h -- a hand-written one-pass aging kernel over the
// generator's columns: the yardstick relance's Age is measured against (the
// issue quotes ~25 ms for 10 million items on this machine), and an
// independent check of Age's totals on the same book.
//
// Same rules as aging.h for an open-items book as of its date: the basis is
// the due date, else the document date; days late = as_of - basis; an item's
// undisputed open part goes to not due (days <= 0) or to its bucket, its
// disputed part (at most its open amount) to disputed; credit notes' open
// amounts to unapplied. Items dated after as_of are left out.
//
// Thread safety: pure functions.

#ifndef RELANCE_BENCH_REFERENCE_AGING_H_
#define RELANCE_BENCH_REFERENCE_AGING_H_

#include <cstdint>
#include <vector>

#include "absl/types/span.h"
#include "book_generator.h"

namespace relance::bench {

// A book's accounts (customer, currency), numbered in order of first
// appearance, and each item's account: what a column store keeps.
struct BookAccounts {
  std::vector<std::int32_t> item_account;
  std::vector<std::uint8_t> account_currency;
};
BookAccounts NumberAccounts(const OpenItemColumns& book);

// Rows of `width` values, one row per account (or per currency for
// totals): the age columns (not due, the buckets, over the last bound),
// then disputed, unapplied, balance, items.
struct ReferenceReport {
  std::size_t width = 0;
  std::vector<std::int64_t> values;

  absl::Span<const std::int64_t> row(std::size_t i) const {
    return absl::MakeConstSpan(values).subspan(i * width, width);
  }
};

// One pass over the columns into `out`, rows indexed by account. `out` is
// reused: when it already has room (a previous call on the same book), no
// memory is allocated, so the time is the pass and the zeroing. REQUIRES:
// accounts from NumberAccounts(book).
void ReferenceAging(const OpenItemColumns& book, const BookAccounts& accounts, std::int32_t as_of,
                    absl::Span<const std::int32_t> bounds, ReferenceReport& out);

// Column sums per book currency (row c for kBookCurrencyCodes[c]).
ReferenceReport ReferenceTotals(const ReferenceReport& rows, const BookAccounts& accounts);

}  // namespace relance::bench

#endif  // RELANCE_BENCH_REFERENCE_AGING_H_
