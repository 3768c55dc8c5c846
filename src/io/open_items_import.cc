// Importing an open-items file as a ledger (relance/csv.h), and choosing
// between the two forms in ImportLedger.

#include <sys/stat.h>
#include <time.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "absl/types/span.h"
#include "io/csv_reader.h"
#include "io/import_report.h"
#include "io/open_items.h"
#include "ledger_bulk.h"
#include "relance/csv.h"

namespace relance {
namespace {

using csv_internal::ErrorSink;
using csv_internal::LineAt;
using csv_internal::OpenItemsBook;

// The file name without its directory, as errors name it.
std::string BaseName(const std::string& path) {
  const std::size_t slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

// RELANCE_CSV_TIMING=1 prints the wall-clock and CPU time (all threads) of
// each phase to stderr, for the benchmarks.
class PhaseTimer {
 public:
  PhaseTimer() : enabled_(std::getenv("RELANCE_CSV_TIMING") != nullptr) {}
  void Lap(const char* phase) {
    if (!enabled_) return;
    const auto wall = std::chrono::steady_clock::now();
    const double cpu = CpuSeconds();
    std::fprintf(stderr, "relance csv: %-10s %8.3f s wall %8.3f s cpu\n", phase,
                 std::chrono::duration<double>(wall - wall_).count(), cpu - cpu_);
    wall_ = wall;
    cpu_ = cpu;
  }

 private:
  static double CpuSeconds() {
    timespec t{};
    ::clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
  }

  bool enabled_;
  std::chrono::steady_clock::time_point wall_ = std::chrono::steady_clock::now();
  double cpu_ = CpuSeconds();
};

// Which column the Ledger's errors are about (see LedgerErrorColumn).
using csv_internal::ColumnRule;
constexpr ColumnRule kCustomerRules[] = {{ErrorCode::kAlreadyExists, "", "customer_id"}};
constexpr ColumnRule kItemRules[] = {
    {ErrorCode::kAlreadyExists, "", "item_id"}, {ErrorCode::kNotFound, "", "customer_id"},
    {ErrorCode::kOk, "due date", "due_date"},   {ErrorCode::kOk, "open amount", "open_amount"},
    {ErrorCode::kOk, "amount", "amount"},       {ErrorCode::kOverflow, "", "amount"}};

// Adds the parsed book to a new ledger; Ledger errors go to `sink`.
// The stages of an open-items import: read, parse, customers, items,
// disputes.
constexpr std::uint64_t kOpenItemsStages = 5;

void Progress(const CsvImportOptions& options, std::string_view stage, std::uint64_t done) {
  if (options.progress) options.progress(stage, done, kOpenItemsStages);
}

absl::StatusOr<Ledger> Load(const OpenItemsBook& book, std::string_view data,
                            const CsvImportOptions& options, ErrorSink* sink, PhaseTimer* timer) {
  Progress(options, "loading customers", 2);
  const auto line_of_item = [&](std::int64_t row) { return csv_internal::LineOfRow(data, row); };
  Ledger ledger;
  const absl::Status customers =
      ledger.AddCustomers({.ids = book.customer_ids, .names = book.customer_names});
  if (!customers.ok()) {
    csv_internal::ReportLedgerError(
        customers,
        [&](std::int64_t row) { return line_of_item(LineAt(book.customer_first_rows, row)); },
        csv_internal::LedgerErrorColumn(customers, kCustomerRules), sink);
    return customers;
  }
  timer->Lap("customers");
  Progress(options, "loading items", 3);
  // The ledger is new: the book's customer k is the ledger's customer k.
  const absl::Status items = ledger_internal::AddItemsOfCustomers(
      ledger,
      {.ids = book.item_ids,
       .kinds = book.kinds,
       .document_dates = book.document_dates,
       .due_dates = book.due_dates,
       .amounts = book.amounts,
       .currencies = book.currencies,
       .references = book.references,
       .open_amounts = book.open_amounts},
      book.item_customers);
  if (!items.ok()) {
    csv_internal::ReportLedgerError(items, line_of_item,
                                    csv_internal::LedgerErrorColumn(items, kItemRules), sink);
    return items;
  }
  timer->Lap("items");
  if (book.dispute_items.empty()) return ledger;
  Progress(options, "loading disputes", 4);
  std::vector<std::string_view> ids;
  std::vector<Date> raised;
  ids.reserve(book.dispute_items.size());
  raised.reserve(book.dispute_items.size());
  for (std::int64_t row : book.dispute_items) {
    ids.push_back(book.item_ids[static_cast<std::size_t>(row)]);
    raised.push_back(book.document_dates[static_cast<std::size_t>(row)]);
  }
  const absl::Status disputes =
      ledger.AddDisputes({.item_ids = ids, .amounts = book.dispute_amounts, .raised = raised});
  if (!disputes.ok()) {
    csv_internal::ReportLedgerError(
        disputes, [&](std::int64_t row) { return line_of_item(LineAt(book.dispute_items, row)); },
        book.dispute_column, sink);
    return disputes;
  }
  timer->Lap("disputes");
  return ledger;
}

}  // namespace

absl::StatusOr<Ledger> ImportOpenItems(const std::string& file, const CsvImportOptions& options,
                                       std::vector<CsvError>* errors) {
  PhaseTimer timer;
  ErrorSink sink(BaseName(file), options.max_errors);
  Progress(options, absl::StrCat("reading ", BaseName(file)), 0);
  absl::StatusOr<csv_internal::FileBytes> bytes = csv_internal::FileBytes::Open(file);
  if (!bytes.ok()) return csv_internal::Finish(bytes.status(), &sink, errors);
  timer.Lap("read");
  Progress(options, absl::StrCat("parsing ", BaseName(file)), 1);
  const OpenItemsBook book = csv_internal::ParseOpenItems(bytes->view(), options, &sink);
  timer.Lap("parse");
  if (!sink.empty()) return csv_internal::Finish(Ledger(), &sink, errors);
  return csv_internal::Finish(Load(book, bytes->view(), options, &sink, &timer), &sink,
                              errors);
}

absl::StatusOr<Ledger> ImportLedger(const std::string& path, const CsvImportOptions& options,
                                    std::vector<CsvError>* errors) {
  struct stat st;
  if (::stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode)) {
    return ImportLedgerDirectory(path, options, errors);
  }
  return ImportOpenItems(path, options, errors);
}

}  // namespace relance
