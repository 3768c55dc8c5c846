// Internal: the files of the canonical CSV form (docs/csv-format.md), each
// parsed into the columns of the Ledger bulk call it feeds, with the line
// of every row so that Ledger errors can be reported where they belong.
// Views point into the file's bytes or into the arena given to the parser.

#ifndef RELANCE_SRC_IO_LEDGER_TABLES_H_
#define RELANCE_SRC_IO_LEDGER_TABLES_H_

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "io/csv_reader.h"
#include "io/csv_table.h"
#include "relance/currency.h"
#include "relance/date.h"
#include "relance/ledger.h"
#include "relance/money.h"

namespace relance::csv_internal {

// The file names, in the order they are loaded.
inline constexpr std::string_view kCustomersFile = "customers.csv";
inline constexpr std::string_view kItemsFile = "items.csv";
inline constexpr std::string_view kPaymentsFile = "payments.csv";
inline constexpr std::string_view kAllocationsFile = "allocations.csv";
inline constexpr std::string_view kWriteOffsFile = "write_offs.csv";
inline constexpr std::string_view kDisputesFile = "disputes.csv";

// The columns of each file, in the order ExportLedger writes them; the
// enums index them.
enum CustomerColumn : std::size_t {
  kCustomerId,
  kCustomerName,
  kSegment,
  kCreditLimit,
  kCreditLimitCurrency,
  kTerms
};
inline constexpr ColumnSpec kCustomerColumns[] = {{"customer_id", true},
                                                  {"name", false},
                                                  {"segment", false},
                                                  {"credit_limit", false},
                                                  {"credit_limit_currency", false},
                                                  {"terms", false}};

enum ItemColumn : std::size_t {
  kItemId,
  kItemCustomer,
  kKind,
  kDocumentDate,
  kDueDate,
  kItemCurrency,
  kItemAmount,
  kPriorSettled,
  kItemReference
};
inline constexpr ColumnSpec kItemColumns[] = {
    {"item_id", true},       {"customer_id", true},    {"kind", false},
    {"document_date", true}, {"due_date", false},      {"currency", true},
    {"amount", true},        {"prior_settled", false}, {"reference", false}};

enum PaymentColumn : std::size_t {
  kPaymentId,
  kPaymentCustomer,
  kValueDate,
  kPaymentCurrency,
  kPaymentAmount,
  kPaymentReference
};
inline constexpr ColumnSpec kPaymentColumns[] = {{"payment_id", true}, {"customer_id", true},
                                                 {"value_date", true}, {"currency", true},
                                                 {"amount", true},     {"reference", false}};

enum AllocationColumn : std::size_t {
  kSource,
  kSourceId,
  kAllocationItem,
  kAllocationCurrency,
  kAllocationAmount,
  kAllocationDate,
  kReversedOn
};
inline constexpr ColumnSpec kAllocationColumns[] = {
    {"source", false}, {"source_id", true}, {"item_id", true},     {"currency", true},
    {"amount", true},  {"date", true},      {"reversed_on", false}};

enum WriteOffColumn : std::size_t {
  kWriteOffItem,
  kWriteOffCurrency,
  kWriteOffAmount,
  kWriteOffDate,
  kReason
};
inline constexpr ColumnSpec kWriteOffColumns[] = {
    {"item_id", true}, {"currency", true}, {"amount", true}, {"date", true}, {"reason", false}};

enum DisputeColumn : std::size_t {
  kDisputeItem,
  kDisputeCurrency,
  kDisputeAmount,
  kRaised,
  kCleared
};
inline constexpr ColumnSpec kDisputeColumns[] = {
    {"item_id", true}, {"currency", true}, {"amount", true}, {"raised", true}, {"cleared", false}};

// The names of the sources of allocations ("payment", "credit_note").
std::string_view AllocationSourceName(AllocationSource source);

struct CustomerTable {
  std::vector<std::string_view> ids, names, segments, terms;
  std::vector<std::optional<Money>> credit_limits;
  std::vector<std::int64_t> lines;
};

struct ItemTable {
  std::vector<std::string_view> ids, customer_ids, references;
  std::vector<ItemKind> kinds;
  std::vector<Date> document_dates, due_dates;
  std::vector<Currency> currencies;
  std::vector<std::int64_t> amounts;
  std::vector<std::int64_t> open_amounts;  // empty when nothing was settled before
  std::vector<std::int64_t> lines;
};

struct PaymentTable {
  std::vector<std::string_view> ids, customer_ids, references;
  std::vector<Date> value_dates;
  std::vector<Currency> currencies;
  std::vector<std::int64_t> amounts;
  std::vector<std::int64_t> lines;
};

// Amounts of the last three tables are in the item's currency, which their
// `currency` column states (checked against the item once it is loaded).
struct AllocationTable {
  std::vector<AllocationSource> sources;
  std::vector<std::string_view> source_ids, item_ids;
  std::vector<Currency> currencies;
  std::vector<std::int64_t> amounts;
  std::vector<Date> dates;
  std::vector<Date> reversed;  // kNoDate: not reversed
  std::vector<std::int64_t> lines;
};

struct WriteOffTable {
  std::vector<std::string_view> item_ids, reasons;
  std::vector<Currency> currencies;
  std::vector<std::int64_t> amounts;
  std::vector<Date> dates;
  std::vector<std::int64_t> lines;
};

struct DisputeTable {
  std::vector<std::string_view> item_ids;
  std::vector<Currency> currencies;
  std::vector<std::int64_t> amounts;
  std::vector<Date> raised, cleared;  // cleared: kNoDate while open
  std::vector<std::int64_t> lines;
};

// Each parses a whole file's bytes, reporting every problem it can see in
// a row alone to `sink` (whose file must be set by the caller). The table
// is meaningful only when nothing was reported.
void ParseCustomers(std::string_view data, TextArena* arena, ErrorSink* sink, CustomerTable* table);
void ParseItems(std::string_view data, TextArena* arena, ErrorSink* sink, ItemTable* table);
void ParsePayments(std::string_view data, TextArena* arena, ErrorSink* sink, PaymentTable* table);
void ParseAllocations(std::string_view data, TextArena* arena, ErrorSink* sink,
                      AllocationTable* table);
void ParseWriteOffs(std::string_view data, TextArena* arena, ErrorSink* sink, WriteOffTable* table);
void ParseDisputes(std::string_view data, TextArena* arena, ErrorSink* sink, DisputeTable* table);

}  // namespace relance::csv_internal

#endif  // RELANCE_SRC_IO_LEDGER_TABLES_H_
