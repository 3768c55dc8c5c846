// relance_aging_compare -- relance's side of bench/compare.py: loads an
// open-items CSV with relance::ImportOpenItems, ages it, and prints the
// times, the memory and the per-currency totals as one JSON object.
//
//   relance_aging_compare --csv book.csv [--as-of 2025-06-30]
//       [--import-runs 1] [--aging-runs 10] [--threads 1] [--rows-out rows.csv]
//   relance_aging_compare --generate 10000000 [--customers N] ...
//
// --generate builds the same book in memory from the generator
// (book_generator.h) through the bulk API instead of importing a file: the
// same report, without the parsing (a cross-check of the importer).
// Times are wall-clock; each import run starts from nothing (the previous
// ledger is destroyed first); the aging runs age the last ledger as of
// --as-of with the default buckets and due-date basis. --threads is the
// importer's worker count (1: one core, as the targets are stated).
// --rows-out writes the customer rows (book_ledger.h's WriteAgingRows) for
// compare.py's row-by-row check.
//
// JSON keys: engine, source, import_s, import_cpu_s, aging_ms, aging_cpu_ms
// (lists, one per run; CPU is the process's, all threads), rows (report
// rows), items, ledger_rss_bytes (resident memory added by the last load),
// peak_rss_bytes (VmHWM of the process), totals (AgingTotalsJson).

#include <malloc.h>

#include <algorithm>
#include <chrono>
#include <cinttypes>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "book_generator.h"
#include "book_ledger.h"
#include "relance/aging.h"
#include "relance/csv.h"

namespace {

namespace bench = relance::bench;

struct Options {
  std::string csv;
  std::int64_t generate = 0;
  std::int64_t customers = 0;
  relance::Date as_of = bench::BookSpec().as_of;
  int import_runs = 1;
  int aging_runs = 10;
  int threads = 1;
  std::string rows_out;
};

[[noreturn]] void Usage(const std::string& message) {
  std::fprintf(stderr,
               "relance_aging_compare: %s\nusage: relance_aging_compare (--csv FILE | --generate N "
               "[--customers N]) [--as-of YYYY-MM-DD] [--import-runs K] [--aging-runs K] "
               "[--threads N] [--rows-out FILE]\n",
               message.c_str());
  std::exit(2);
}

std::int64_t Positive(std::string_view flag, const char* text) {
  char* end = nullptr;
  const long long value = std::strtoll(text, &end, 10);
  if (end == text || *end != '\0' || value < 1)
    Usage(std::string(flag) + ": expected a number >= 1");
  return value;
}

Options ParseOptions(int argc, char** argv) {
  Options o;
  for (int i = 1; i < argc; i += 2) {
    const std::string_view flag = argv[i];
    if (i + 1 >= argc) Usage(std::string(flag) + " lacks its value");
    const char* value = argv[i + 1];
    if (flag == "--csv") {
      o.csv = value;
    } else if (flag == "--generate") {
      o.generate = Positive(flag, value);
    } else if (flag == "--customers") {
      o.customers = Positive(flag, value);
    } else if (flag == "--as-of") {
      auto date = relance::Date::Parse(value);
      if (!date.ok()) Usage("--as-of: " + date.status().ToString());
      o.as_of = *date;
    } else if (flag == "--import-runs") {
      o.import_runs = static_cast<int>(Positive(flag, value));
    } else if (flag == "--aging-runs") {
      o.aging_runs = static_cast<int>(Positive(flag, value));
    } else if (flag == "--threads") {
      o.threads = static_cast<int>(Positive(flag, value));
    } else if (flag == "--rows-out") {
      o.rows_out = value;
    } else {
      Usage("unknown flag " + std::string(flag));
    }
  }
  if (o.csv.empty() == (o.generate == 0)) Usage("give one of --csv and --generate");
  return o;
}

// Wall-clock and CPU (process, all threads) seconds since a start.
struct Stopwatch {
  std::chrono::steady_clock::time_point wall = std::chrono::steady_clock::now();
  double cpu = CpuSeconds();

  static double CpuSeconds() {
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
  }
  double WallSeconds() const {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - wall).count();
  }
  double CpuSecondsSince() const { return CpuSeconds() - cpu; }
};

std::string JsonList(const std::vector<double>& values) {
  std::string out = "[";
  for (std::size_t i = 0; i < values.size(); ++i) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%s%.6g", i == 0 ? "" : ", ", values[i]);
    out += buf;
  }
  return out + "]";
}

// Loads the ledger once: from the file, or from the generator's columns
// (generated outside the timed part).
absl::StatusOr<relance::Ledger> LoadOnce(const Options& o, const bench::OpenItemColumns* book,
                                         double* seconds, double* cpu_seconds) {
  const Stopwatch stopwatch;
  absl::StatusOr<relance::Ledger> ledger;
  std::vector<relance::CsvError> errors;
  if (book != nullptr) {
    ledger = bench::LoadOpenItems(*book);
  } else {
    relance::CsvImportOptions import_options;
    import_options.threads = o.threads;
    import_options.as_of = o.as_of;
    ledger = relance::ImportOpenItems(o.csv, import_options, &errors);
  }
  *seconds = stopwatch.WallSeconds();
  *cpu_seconds = stopwatch.CpuSecondsSince();
  if (!ledger.ok()) {
    for (std::size_t i = 0; i < errors.size() && i < 5; ++i) {
      std::fprintf(stderr, "%s\n", errors[i].ToString().c_str());
    }
  }
  return ledger;
}

}  // namespace

int main(int argc, char** argv) {
  const Options o = ParseOptions(argc, argv);
  std::optional<bench::OpenItemColumns> book;
  if (o.generate != 0) {
    bench::BookSpec spec;
    spec.items = o.generate;
    spec.customers = o.customers != 0 ? o.customers : std::max<std::int64_t>(1, o.generate / 10);
    spec.as_of = o.as_of;
    book = bench::GenerateColumns(spec);
  }

  std::vector<double> import_s, import_cpu_s;
  std::optional<relance::Ledger> ledger;
  std::int64_t ledger_rss = 0;
  for (int run = 0; run < o.import_runs; ++run) {
    ledger.reset();
    malloc_trim(0);
    const std::int64_t before = bench::ReadProcessMemory().rss;
    double seconds = 0, cpu_seconds = 0;
    absl::StatusOr<relance::Ledger> loaded =
        LoadOnce(o, book ? &*book : nullptr, &seconds, &cpu_seconds);
    if (!loaded.ok()) {
      std::fprintf(stderr, "relance_aging_compare: %s\n", loaded.status().ToString().c_str());
      return 1;
    }
    ledger.emplace(*std::move(loaded));
    import_s.push_back(seconds);
    import_cpu_s.push_back(cpu_seconds);
    malloc_trim(0);
    ledger_rss = bench::ReadProcessMemory().rss - before;
  }

  const relance::AgingOptions options{.as_of = o.as_of};
  std::vector<double> aging_ms, aging_cpu_ms;
  std::optional<relance::AgingReport> report;
  for (int run = 0; run < o.aging_runs; ++run) {
    report.reset();
    const Stopwatch stopwatch;
    absl::StatusOr<relance::AgingReport> aged = relance::Age(*ledger, options);
    aging_ms.push_back(stopwatch.WallSeconds() * 1e3);
    aging_cpu_ms.push_back(stopwatch.CpuSecondsSince() * 1e3);
    if (!aged.ok()) {
      std::fprintf(stderr, "relance_aging_compare: %s\n", aged.status().ToString().c_str());
      return 1;
    }
    report.emplace(*std::move(aged));
  }
  if (!o.rows_out.empty()) {
    if (absl::Status s = bench::WriteAgingRows(*report, o.rows_out); !s.ok()) {
      std::fprintf(stderr, "relance_aging_compare: %s\n", s.ToString().c_str());
      return 1;
    }
  }
  std::printf(
      "{\"engine\": \"relance\", \"source\": \"%s\", \"import_s\": %s, \"import_cpu_s\": %s, "
      "\"aging_ms\": %s, \"aging_cpu_ms\": %s, "
      "\"rows\": %zu, \"items\": %zu, \"ledger_rss_bytes\": %" PRId64
      ", \"peak_rss_bytes\": %" PRId64 ", \"totals\": %s}\n",
      book ? "generated" : "csv", JsonList(import_s).c_str(), JsonList(import_cpu_s).c_str(),
      JsonList(aging_ms).c_str(), JsonList(aging_cpu_ms).c_str(), report->row_count(),
      ledger->item_count(), ledger_rss, bench::ReadProcessMemory().peak,
      bench::AgingTotalsJson(*report).c_str());
  return 0;
}
