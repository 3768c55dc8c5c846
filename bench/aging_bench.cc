// Aging of an in-memory ledger (issue 4 targets, one core, 10 million items
// over 1 million customers: Age <= 40 ms; as of a past date with 1 million
// allocations in the history <= 100 ms; loaded ledger <= 1.2 GB).
//
//   BM_AgeOpenItems          an open-items book (book_generator.h) loaded
//                            through the bulk API, aged as of its date
//   BM_HandWrittenKernel/reused_output   the yardstick: one branch-free
//                            pass over the generator's own columns
//                            (reference_aging.h), same answer, into a
//                            reused buffer (zeroed each time)
//   BM_HandWrittenKernel/fresh_output    the same into a new buffer each
//                            time: what fresh memory costs
//   BM_AgeWithHistory/past   the book at full amounts with payments, one
//                            allocation each and 1 % reversed, aged 60 days
//                            before its date
//   BM_AgeWithHistory/current  the same ledger as of its date
//
// Sizes: --book_items=N --book_customers=N --book_allocations=N, or the
// environment RELANCE_BENCH_ITEMS / _CUSTOMERS / _ALLOCATIONS; defaults are
// small (50,000 items) for the smoke test. The real run:
//   taskset -c 1 relance_aging_bench --book_items=10000000
//       --benchmark_repetitions=5 --benchmark_report_aggregates_only=true
// (one line).
// Counters: load_s (bulk calls), ledger_MB (resident memory the loaded
// ledger added, temporaries freed), peak_MB (the process's VmHWM so far).
// Before timing, BM_AgeOpenItems checks Age's totals against the kernel's
// and BM_AgeWithHistory checks buckets + disputed + unapplied = balance:
// a mismatch fails the run.

#include <malloc.h>

#include <chrono>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "benchmark/benchmark.h"
#include "book_generator.h"
#include "book_ledger.h"
#include "reference_aging.h"
#include "relance/aging.h"

namespace {

using relance::AgingOptions;
using relance::Date;
using relance::Ledger;
namespace bench = relance::bench;

struct BookSizes {
  std::int64_t items = 50'000;
  std::int64_t customers = 0;    // 0: items / 10
  std::int64_t allocations = 0;  // 0: items / 10
};
BookSizes g_sizes;

bench::BookSpec Spec() {
  bench::BookSpec spec;
  spec.items = g_sizes.items;
  spec.customers =
      g_sizes.customers != 0 ? g_sizes.customers : std::max<std::int64_t>(1, spec.items / 10);
  return spec;
}

// A book, its accounts and one ledger made from it, with what loading cost.
struct LoadedBook {
  bench::OpenItemColumns columns;
  bench::BookAccounts accounts;
  std::optional<Ledger> ledger;
  std::string error;  // why the ledger could not be made
  double load_seconds = 0;
  std::int64_t ledger_bytes = 0;
  bench::HistoryCounts history;
};

// A benchmark that found a wrong answer or could not load its book; main
// then exits 1 (SkipWithError alone does not change the exit status).
bool g_failed = false;
void Fail(benchmark::State& state, const std::string& why) {
  g_failed = true;
  state.SkipWithError(why.c_str());
}

// Only one book is kept at a time: a 10-million-item ledger is large.
std::unique_ptr<LoadedBook> g_book;
bool g_book_has_history = false;

template <typename Load>
void LoadLedger(LoadedBook& book, Load load) {
  malloc_trim(0);
  const bench::ProcessMemory before = bench::ReadProcessMemory();
  const auto start = std::chrono::steady_clock::now();
  auto ledger = load();
  book.load_seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  if (!ledger.ok()) {
    book.error = ledger.status().ToString();
    return;
  }
  book.ledger.emplace(*std::move(ledger));
  malloc_trim(0);
  book.ledger_bytes = bench::ReadProcessMemory().rss - before.rss;
}

LoadedBook& Book(bool with_history) {
  if (g_book != nullptr && g_book_has_history == with_history) return *g_book;
  g_book.reset();
  g_book = std::make_unique<LoadedBook>();
  g_book_has_history = with_history;
  LoadedBook& book = *g_book;
  book.columns = bench::GenerateColumns(Spec());
  book.accounts = bench::NumberAccounts(book.columns);
  if (with_history) {
    bench::HistorySpec history;
    history.allocations = g_sizes.allocations != 0 ? g_sizes.allocations : g_sizes.items / 10;
    history.as_of = Spec().as_of;
    LoadLedger(book, [&] { return bench::LoadWithHistory(book.columns, history, &book.history); });
  } else {
    LoadLedger(book, [&] { return bench::LoadOpenItems(book.columns); });
  }
  return book;
}

void SetBookCounters(benchmark::State& state, const LoadedBook& book) {
  state.counters["items"] = static_cast<double>(book.columns.size());
  state.counters["customers"] = static_cast<double>(book.columns.customers);
  state.counters["load_s"] = book.load_seconds;
  state.counters["ledger_MB"] = static_cast<double>(book.ledger_bytes) / 1e6;
  state.counters["peak_MB"] = static_cast<double>(bench::ReadProcessMemory().peak) / 1e6;
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(book.columns.size()));
}

// Age's per-currency totals equal the kernel's. An empty string when they
// do, else the first difference.
std::string CompareWithKernel(const relance::AgingReport& report, const LoadedBook& book,
                              const AgingOptions& options) {
  bench::ReferenceReport rows;
  bench::ReferenceAging(book.columns, book.accounts, options.as_of.days(), options.bounds, rows);
  const bench::ReferenceReport totals = bench::ReferenceTotals(rows, book.accounts);
  std::size_t seen = 0;
  for (std::size_t c = 0; c < bench::kBookCurrencyCount; ++c) {
    const auto expected = totals.row(c);
    if (expected.back() == 0) continue;  // no item in this currency
    ++seen;
    const relance::AgingRow* row = nullptr;
    for (const relance::AgingRow& total : report.totals()) {
      if (total.currency.code() == bench::kBookCurrencyCodes[c]) row = &total;
    }
    if (row == nullptr)
      return std::string("no total for ") + std::string(bench::kBookCurrencyCodes[c]);
    std::vector<std::int64_t> got(row->ages.begin(), row->ages.end());
    got.insert(got.end(), {row->disputed, row->unapplied, row->balance, row->items});
    if (!std::equal(got.begin(), got.end(), expected.begin(), expected.end())) {
      return std::string("totals differ from the kernel's in ") +
             std::string(bench::kBookCurrencyCodes[c]);
    }
  }
  return seen == report.totals().size() ? "" : "extra currencies in Age's totals";
}

// buckets + disputed + unapplied = balance on every row and total.
bool ColumnsAddUp(const relance::AgingReport& report) {
  const auto adds_up = [](const relance::AgingRow& row) {
    std::int64_t sum = row.disputed + row.unapplied;
    for (const std::int64_t v : row.ages) sum += v;
    return sum == row.balance;
  };
  for (std::size_t i = 0; i < report.row_count(); ++i) {
    if (!adds_up(report.row(i))) return false;
  }
  return std::all_of(report.totals().begin(), report.totals().end(), adds_up);
}

void BM_AgeOpenItems(benchmark::State& state) {
  LoadedBook& book = Book(/*with_history=*/false);
  if (!book.ledger) return Fail(state, book.error);
  AgingOptions options{.as_of = Spec().as_of};
  auto first = relance::Age(*book.ledger, options);
  if (!first.ok()) return Fail(state, first.status().ToString());
  if (const std::string diff = CompareWithKernel(*first, book, options); !diff.empty()) {
    return Fail(state, diff);
  }
  state.counters["rows"] = static_cast<double>(first->row_count());
  for (auto _ : state) {
    auto report = relance::Age(*book.ledger, options);
    benchmark::DoNotOptimize(report);
  }
  SetBookCounters(state, book);
}

// fresh_output: a new output buffer each time, as a report needs (the cost
// of first touching its pages is the difference to the reused buffer).
void BM_HandWrittenKernel(benchmark::State& state, bool fresh_output) {
  LoadedBook& book = Book(/*with_history=*/false);
  const AgingOptions options{.as_of = Spec().as_of};
  bench::ReferenceReport rows;
  for (auto _ : state) {
    if (fresh_output) rows = bench::ReferenceReport();
    bench::ReferenceAging(book.columns, book.accounts, options.as_of.days(), options.bounds, rows);
    benchmark::DoNotOptimize(rows.values.data());
    benchmark::ClobberMemory();
  }
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(book.columns.size()));
}

void BM_AgeWithHistory(benchmark::State& state, std::int32_t days_before) {
  LoadedBook& book = Book(/*with_history=*/true);
  if (!book.ledger) return Fail(state, book.error);
  const AgingOptions options{.as_of = relance::AddDays(Spec().as_of, -days_before)};
  auto first = relance::Age(*book.ledger, options);
  if (!first.ok()) return Fail(state, first.status().ToString());
  if (!ColumnsAddUp(*first)) return Fail(state, "columns do not add up to the balance");
  state.counters["rows"] = static_cast<double>(first->row_count());
  for (auto _ : state) {
    auto report = relance::Age(*book.ledger, options);
    benchmark::DoNotOptimize(report);
  }
  SetBookCounters(state, book);
  state.counters["allocations"] = static_cast<double>(book.history.allocations);
  state.counters["reversals"] = static_cast<double>(book.history.reversals);
}

BENCHMARK(BM_AgeOpenItems)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_HandWrittenKernel, reused_output, false)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_HandWrittenKernel, fresh_output, true)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_AgeWithHistory, past, 60)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_AgeWithHistory, current, 0)->Unit(benchmark::kMillisecond);

// Reads --book_NAME=N (removed from argv) or RELANCE_BENCH_NAME.
std::int64_t SizeOption(int& argc, char** argv, const char* name, const char* env,
                        std::int64_t fallback) {
  const std::string prefix = std::string("--book_") + name + "=";
  std::int64_t value = fallback;
  if (const char* text = std::getenv(env); text != nullptr) value = std::atoll(text);
  for (int i = 1; i < argc; ++i) {
    if (std::strncmp(argv[i], prefix.c_str(), prefix.size()) != 0) continue;
    value = std::atoll(argv[i] + prefix.size());
    for (int j = i; j + 1 < argc; ++j) argv[j] = argv[j + 1];
    --argc;
    --i;
  }
  return value;
}

}  // namespace

int main(int argc, char** argv) {
  g_sizes.items = SizeOption(argc, argv, "items", "RELANCE_BENCH_ITEMS", g_sizes.items);
  g_sizes.customers = SizeOption(argc, argv, "customers", "RELANCE_BENCH_CUSTOMERS", 0);
  g_sizes.allocations = SizeOption(argc, argv, "allocations", "RELANCE_BENCH_ALLOCATIONS", 0);
  if (g_sizes.items < 1 || g_sizes.customers < 0 || g_sizes.customers > g_sizes.items) {
    std::fprintf(stderr, "aging_bench: need 1 <= customers <= items\n");
    return 2;
  }
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return g_failed ? 1 : 0;
}
