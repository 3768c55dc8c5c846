// Importing the canonical form of a ledger, a directory of CSV files
// (relance/csv.h, docs/csv-format.md).

#include <sys/stat.h>

#include <string>

#include "absl/strings/str_cat.h"
#include "absl_bridge.h"
#include "io/csv_fields.h"
#include "io/csv_reader.h"
#include "io/import_report.h"
#include "io/ledger_tables.h"
#include "ledger_store.h"
#include "relance/csv.h"

namespace relance {
namespace {

using csv_internal::AllocationTable;
using csv_internal::ColumnRule;
using csv_internal::CustomerTable;
using csv_internal::DisputeTable;
using csv_internal::ErrorSink;
using csv_internal::ItemTable;
using csv_internal::kAllocationsFile;
using csv_internal::kCustomersFile;
using csv_internal::kDisputesFile;
using csv_internal::kItemsFile;
using csv_internal::kPaymentsFile;
using csv_internal::kWriteOffsFile;
using csv_internal::LedgerErrorColumn;
using csv_internal::LineAt;
using csv_internal::PaymentTable;
using csv_internal::WriteOffTable;

// Every file of a directory, parsed.
struct Tables {
  std::vector<csv_internal::FileBytes> bytes;
  csv_internal::TextArena arena;
  CustomerTable customers;
  ItemTable items;
  PaymentTable payments;
  AllocationTable allocations;
  WriteOffTable write_offs;
  DisputeTable disputes;
};

// Which column the Ledger's errors are about, per file (see
// LedgerErrorColumn). The texts are those of the Ledger's messages; the
// tests pin them.
constexpr ColumnRule kCustomerRules[] = {{ErrorCode::kAlreadyExists, "", "customer_id"},
                                         {ErrorCode::kOk, ": terms: ", "terms"},
                                         {ErrorCode::kOk, "credit limit", "credit_limit"}};
constexpr ColumnRule kItemRules[] = {
    {ErrorCode::kAlreadyExists, "", "item_id"}, {ErrorCode::kNotFound, "", "customer_id"},
    {ErrorCode::kOk, "due date", "due_date"},   {ErrorCode::kOk, "open amount", "prior_settled"},
    {ErrorCode::kOk, "amount", "amount"},       {ErrorCode::kOverflow, "", "amount"}};
constexpr ColumnRule kPaymentRules[] = {{ErrorCode::kAlreadyExists, "", "payment_id"},
                                        {ErrorCode::kNotFound, "", "customer_id"},
                                        {ErrorCode::kOk, "amount", "amount"},
                                        {ErrorCode::kOverflow, "", "amount"}};
constexpr ColumnRule kAllocationRules[] = {
    {ErrorCode::kNotFound, "unknown item", "item_id"},
    {ErrorCode::kNotFound, "", "source_id"},
    {ErrorCode::kOk, "allocation dated", "date"},
    {ErrorCode::kOk, "would have", "amount"},
    {ErrorCode::kOk, "allocation amount", "amount"},
    {ErrorCode::kOk, "not a credit note", "source_id"},
    {ErrorCode::kOk, "allocate it to a debit item", "item_id"},
    {ErrorCode::kOk, "cannot settle", "item_id"},
    {ErrorCode::kCurrencyMismatch, "", "source_id"}};
constexpr ColumnRule kWriteOffRules[] = {{ErrorCode::kNotFound, "", "item_id"},
                                         {ErrorCode::kOk, "write-off dated", "date"},
                                         {ErrorCode::kOk, "credit note", "item_id"},
                                         {ErrorCode::kOk, "amount", "amount"},
                                         {ErrorCode::kOk, "would have", "amount"}};
constexpr ColumnRule kDisputeRules[] = {{ErrorCode::kNotFound, "", "item_id"},
                                        {ErrorCode::kOk, "cleared on", "cleared"},
                                        {ErrorCode::kOk, "raised on", "raised"},
                                        {ErrorCode::kOk, "credit note", "item_id"},
                                        {ErrorCode::kOk, "amount", "amount"}};

bool Exists(const std::string& path) {
  struct stat st;
  return ::stat(path.c_str(), &st) == 0;
}

// Reads and parses file `name` of `directory` with `parse` when it exists.
// A missing required file, or one that cannot be read, is an error of the
// whole file.
template <typename Table, typename Parse>
void ReadFile(const std::string& directory, std::string_view name, bool required, Parse parse,
              Table* table, Tables* tables, ErrorSink* sink) {
  const std::string path = absl::StrCat(directory, "/", AbslView(name));
  sink->set_file(std::string(name));
  if (!required && !Exists(path)) return;
  absl::StatusOr<csv_internal::FileBytes> bytes = csv_internal::FileBytes::Open(path);
  if (!bytes.ok()) {
    sink->Add(0, "", std::string(StdView(bytes.status().message())), ErrorCodeOf(bytes.status()));
    return;
  }
  tables->bytes.push_back(std::move(*bytes));
  parse(tables->bytes.back().view(), &tables->arena, sink, table);
}

// The stages of a directory import: six files, then the ledger.
constexpr std::uint64_t kDirectoryStages = 7;

void Progress(const CsvImportOptions& options, std::string_view stage, std::uint64_t done,
              std::uint64_t total) {
  if (options.progress) options.progress(stage, done, total);
}

void ReadFiles(const std::string& dir, const CsvImportOptions& o, Tables* t, ErrorSink* sink) {
  const auto reading = [&](std::string_view name, std::uint64_t done) {
    Progress(o, absl::StrCat("reading ", AbslView(name)), done, kDirectoryStages);
  };
  reading(kCustomersFile, 0);
  ReadFile(dir, kCustomersFile, true, csv_internal::ParseCustomers, &t->customers, t, sink);
  reading(kItemsFile, 1);
  ReadFile(dir, kItemsFile, true, csv_internal::ParseItems, &t->items, t, sink);
  reading(kPaymentsFile, 2);
  ReadFile(dir, kPaymentsFile, false, csv_internal::ParsePayments, &t->payments, t, sink);
  reading(kAllocationsFile, 3);
  ReadFile(dir, kAllocationsFile, false, csv_internal::ParseAllocations, &t->allocations, t, sink);
  reading(kWriteOffsFile, 4);
  ReadFile(dir, kWriteOffsFile, false, csv_internal::ParseWriteOffs, &t->write_offs, t, sink);
  reading(kDisputesFile, 5);
  ReadFile(dir, kDisputesFile, false, csv_internal::ParseDisputes, &t->disputes, t, sink);
}

// Reports a failed bulk call on `file`, the column chosen by `rules`;
// returns `status`.
absl::Status Report(const absl::Status& status, std::string_view file,
                    absl::Span<const std::int64_t> lines, absl::Span<const ColumnRule> rules,
                    ErrorSink* sink) {
  sink->set_file(std::string(file));
  csv_internal::ReportLedgerError(
      status, [&](std::int64_t row) { return LineAt(lines, row); },
      LedgerErrorColumn(status, rules), sink);
  return status;
}

// Checks that each row's `currency` column names its item's currency.
void CheckCurrencies(const Ledger& ledger, std::string_view file,
                     const std::vector<std::string_view>& item_ids,
                     const std::vector<Currency>& currencies,
                     const std::vector<std::int64_t>& lines, ErrorSink* sink) {
  sink->set_file(std::string(file));
  const LedgerStore& store = ledger.store();
  for (std::size_t i = 0; i < item_ids.size() && !sink->full(); ++i) {
    const std::int32_t item = store.item_ids.Find(item_ids[i]);
    if (item < 0) continue;  // the Ledger reports unknown items
    const Currency expected = store.currency_of_item(item);
    if (!(expected == currencies[i])) {
      sink->Add(
          lines[i], "currency",
          absl::StrCat(AbslView(currencies[i].code()), " is not the currency of item ",
                       csv_internal::Quote(item_ids[i]), " (", AbslView(expected.code()), ")"),
          ErrorCode::kCurrencyMismatch);
    }
  }
}

// Adds the allocations in file order, reversing each reversed one before
// adding the next, so that money given back is available to later rows.
absl::Status AddAllocations(Ledger* ledger, const csv_internal::AllocationTable& t,
                            ErrorSink* sink) {
  const std::size_t n = t.item_ids.size();
  std::size_t begin = 0;
  while (begin < n) {
    std::size_t end = begin;
    while (end < n && t.reversed[end] == kNoDate) ++end;
    if (end < n) ++end;  // the batch ends with its reversed row
    const auto part = [&](const auto& column) {
      return absl::MakeConstSpan(column).subspan(begin, end - begin);
    };
    const absl::StatusOr<std::int64_t> first =
        ledger->AddAllocations({.sources = part(t.sources),
                                .source_ids = part(t.source_ids),
                                .item_ids = part(t.item_ids),
                                .amounts = part(t.amounts),
                                .dates = part(t.dates)});
    if (!first.ok()) {
      return Report(first.status(), kAllocationsFile, part(t.lines), kAllocationRules, sink);
    }
    const Date reversed = t.reversed[end - 1];
    if (reversed != kNoDate) {
      const absl::Status s =
          ledger->ReverseAllocation(*first + static_cast<std::int64_t>(end - 1 - begin), reversed);
      if (!s.ok()) {
        sink->set_file(std::string(kAllocationsFile));
        sink->Add(t.lines[end - 1], "reversed_on", std::string(StdView(s.message())),
                  ErrorCodeOf(s));
        return s;
      }
    }
    begin = end;
  }
  return absl::OkStatus();
}

absl::Status AddRecords(Ledger* ledger, const Tables& t, ErrorSink* sink);

// Customers, items and payments, then the facts about them.
absl::Status Load(Ledger* ledger, const Tables& t, ErrorSink* sink) {
  const CustomerTable& c = t.customers;
  absl::Status s = ledger->AddCustomers({.ids = c.ids,
                                         .names = c.names,
                                         .segments = c.segments,
                                         .credit_limits = c.credit_limits,
                                         .terms = c.terms});
  if (!s.ok()) return Report(s, kCustomersFile, c.lines, kCustomerRules, sink);
  const ItemTable& i = t.items;
  s = ledger->AddItems({.ids = i.ids,
                        .customer_ids = i.customer_ids,
                        .kinds = i.kinds,
                        .document_dates = i.document_dates,
                        .due_dates = i.due_dates,
                        .amounts = i.amounts,
                        .currencies = i.currencies,
                        .references = i.references,
                        .open_amounts = i.open_amounts});
  if (!s.ok()) return Report(s, kItemsFile, i.lines, kItemRules, sink);
  const PaymentTable& p = t.payments;
  s = ledger->AddPayments({.ids = p.ids,
                           .customer_ids = p.customer_ids,
                           .value_dates = p.value_dates,
                           .amounts = p.amounts,
                           .currencies = p.currencies,
                           .references = p.references});
  if (!s.ok()) return Report(s, kPaymentsFile, p.lines, kPaymentRules, sink);
  return AddRecords(ledger, t, sink);
}

// Allocations, write-offs and disputes.
absl::Status AddRecords(Ledger* ledger, const Tables& t, ErrorSink* sink) {
  CheckCurrencies(*ledger, kAllocationsFile, t.allocations.item_ids, t.allocations.currencies,
                  t.allocations.lines, sink);
  CheckCurrencies(*ledger, kWriteOffsFile, t.write_offs.item_ids, t.write_offs.currencies,
                  t.write_offs.lines, sink);
  CheckCurrencies(*ledger, kDisputesFile, t.disputes.item_ids, t.disputes.currencies,
                  t.disputes.lines, sink);
  if (!sink->empty()) return MakeError(ErrorCode::kCurrencyMismatch, "reported in the sink");
  absl::Status s = AddAllocations(ledger, t.allocations, sink);
  if (!s.ok()) return s;
  const WriteOffTable& w = t.write_offs;
  s = ledger->AddWriteOffs(
      {.item_ids = w.item_ids, .amounts = w.amounts, .dates = w.dates, .reasons = w.reasons});
  if (!s.ok()) return Report(s, kWriteOffsFile, w.lines, kWriteOffRules, sink);
  const DisputeTable& d = t.disputes;
  s = ledger->AddDisputes(
      {.item_ids = d.item_ids, .amounts = d.amounts, .raised = d.raised, .cleared = d.cleared});
  if (!s.ok()) return Report(s, kDisputesFile, d.lines, kDisputeRules, sink);
  return absl::OkStatus();
}

}  // namespace

absl::StatusOr<Ledger> ImportLedgerDirectory(const std::string& directory,
                                             const CsvImportOptions& options,
                                             std::vector<CsvError>* errors) {
  ErrorSink sink(std::string(csv_internal::kCustomersFile), options.max_errors);
  struct stat st;
  if (::stat(directory.c_str(), &st) != 0 || !S_ISDIR(st.st_mode)) {
    sink.set_file(directory);
    return csv_internal::Finish(
        MakeError(ErrorCode::kNotFound, absl::StrCat(directory, ": no such directory")), &sink,
        errors);
  }
  Tables tables;
  ReadFiles(directory, options, &tables, &sink);
  if (!sink.empty()) return csv_internal::Finish(Ledger(), &sink, errors);
  Progress(options, "loading the ledger", kDirectoryStages - 1, kDirectoryStages);
  Ledger ledger;
  const absl::Status loaded = Load(&ledger, tables, &sink);
  if (!loaded.ok()) return csv_internal::Finish(loaded, &sink, errors);
  return csv_internal::Finish(std::move(ledger), &sink, errors);
}

}  // namespace relance
