// Internal: parsing the files of the canonical form (ledger_tables.h).

#include "io/ledger_tables.h"

#include <string>

#include "absl/strings/str_cat.h"
#include "absl_bridge.h"
#include "io/csv_fields.h"
#include "io/csv_row.h"

namespace relance::csv_internal {
namespace {

// Reads the header, then hands each record to parse_row(CsvRow&).
template <typename ParseRow>
void ParseTable(std::string_view data, absl::Span<const ColumnSpec> columns, TextArena* arena,
                ErrorSink* sink, ParseRow&& parse_row) {
  Header header;
  std::size_t body = 0;
  std::int64_t line = 0;
  if (!ReadHeader(data, columns, &header, &body, &line, sink)) return;
  ScanRecords(data, body, data.size(), line, header, arena, sink,
              [&](const std::vector<std::string_view>& fields, std::int64_t record_line) {
                CsvRow row(header, fields, record_line, sink);
                parse_row(row);
              });
}

}  // namespace

std::string_view AllocationSourceName(AllocationSource source) {
  return source == AllocationSource::kCreditNote ? "credit_note" : "payment";
}

void ParseCustomers(std::string_view data, TextArena* arena, ErrorSink* sink,
                    CustomerTable* table) {
  CurrencyCache currencies;
  ParseTable(data, kCustomerColumns, arena, sink, [&](CsvRow& row) {
    const std::string_view id = row.Id(kCustomerId);
    std::optional<Money> limit;
    const bool has_currency = !row.Text(kCreditLimitCurrency).empty();
    if (!row.Text(kCreditLimit).empty()) {
      if (!has_currency) {
        row.Error(kCreditLimitCurrency, "empty (a credit limit needs its currency)");
      } else if (const Currency* c = row.CurrencyOf(kCreditLimitCurrency, &currencies)) {
        const int errors = row.errors();
        const std::int64_t units = row.AmountOf(kCreditLimit, *c);
        if (row.errors() == errors && units < 0) {
          row.Error(kCreditLimit, Quote(row.Text(kCreditLimit)) + " is negative");
        }
        limit = Money::FromMinorUnits(units, *c);
      }
    } else if (has_currency) {
      row.Error(kCreditLimitCurrency, "given without a credit_limit");
    }
    if (!row.ok()) return;
    table->ids.push_back(id);
    table->names.push_back(row.Text(kCustomerName));
    table->segments.push_back(row.Text(kSegment));
    table->terms.push_back(row.Text(kTerms));
    table->credit_limits.push_back(limit);
    table->lines.push_back(row.line());
  });
}

void ParseItems(std::string_view data, TextArena* arena, ErrorSink* sink, ItemTable* table) {
  CurrencyCache currencies;
  std::vector<std::int64_t> prior;
  bool any_prior = false;
  ParseTable(data, kItemColumns, arena, sink, [&](CsvRow& row) {
    const std::string_view id = row.Id(kItemId);
    const std::string_view customer = row.Id(kItemCustomer);
    const Date document = row.DateOf(kDocumentDate);
    const Date due = row.DateOf(kDueDate, /*optional=*/true);
    const Currency* currency = row.CurrencyOf(kItemCurrency, &currencies);
    if (currency == nullptr) return;
    const std::int64_t amount = row.AmountOf(kItemAmount, *currency);
    const std::int64_t settled = row.AmountOf(kPriorSettled, *currency, /*optional=*/true);
    const ItemKind kind = ItemKindOf(row, kKind, amount);
    if (!row.ok()) return;
    CheckItemDates(row, kDueDate, kDocumentDate, due, document);
    if (!CheckItemSign(row, kItemAmount, kind, amount) || !row.ok()) return;
    // Every check that needs more than one field is the Ledger's, except
    // this one: prior_settled is a magnitude, which the Ledger never sees.
    if (settled < 0 || (amount >= 0 ? settled > amount : settled > -amount)) {
      row.Error(kPriorSettled,
                absl::StrCat(Quote(row.Text(kPriorSettled)), " is outside 0..|amount|"));
      return;
    }
    any_prior |= settled != 0;
    table->ids.push_back(id);
    table->customer_ids.push_back(customer);
    table->kinds.push_back(kind);
    table->document_dates.push_back(document);
    table->due_dates.push_back(due);
    table->currencies.push_back(*currency);
    table->amounts.push_back(amount);
    prior.push_back(settled);
    table->references.push_back(row.Text(kItemReference));
    table->lines.push_back(row.line());
  });
  if (!any_prior) return;
  table->open_amounts.resize(prior.size());
  for (std::size_t i = 0; i < prior.size(); ++i) {
    // The open amount moves from the amount toward zero.
    table->open_amounts[i] =
        table->amounts[i] < 0 ? table->amounts[i] + prior[i] : table->amounts[i] - prior[i];
  }
}

void ParsePayments(std::string_view data, TextArena* arena, ErrorSink* sink, PaymentTable* table) {
  CurrencyCache currencies;
  ParseTable(data, kPaymentColumns, arena, sink, [&](CsvRow& row) {
    const std::string_view id = row.Id(kPaymentId);
    const std::string_view customer = row.Id(kPaymentCustomer);
    const Date value_date = row.DateOf(kValueDate);
    const Currency* currency = row.CurrencyOf(kPaymentCurrency, &currencies);
    if (currency == nullptr) return;
    const std::int64_t amount = row.PositiveAmountOf(kPaymentAmount, *currency);
    if (!row.ok()) return;
    table->ids.push_back(id);
    table->customer_ids.push_back(customer);
    table->value_dates.push_back(value_date);
    table->currencies.push_back(*currency);
    table->amounts.push_back(amount);
    table->references.push_back(row.Text(kPaymentReference));
    table->lines.push_back(row.line());
  });
}

void ParseAllocations(std::string_view data, TextArena* arena, ErrorSink* sink,
                      AllocationTable* table) {
  CurrencyCache currencies;
  ParseTable(data, kAllocationColumns, arena, sink, [&](CsvRow& row) {
    AllocationSource source = AllocationSource::kPayment;
    const std::string_view source_text = row.Text(kSource);
    if (source_text == AllocationSourceName(AllocationSource::kCreditNote)) {
      source = AllocationSource::kCreditNote;
    } else if (!source_text.empty() && source_text != AllocationSourceName(source)) {
      row.Error(kSource, Quote(source_text) + " is not a source (payment, credit_note)");
    }
    const std::string_view source_id = row.Id(kSourceId);
    const std::string_view item_id = row.Id(kAllocationItem);
    const Date date = row.DateOf(kAllocationDate);
    const Date reversed = row.DateOf(kReversedOn, /*optional=*/true);
    const Currency* currency = row.CurrencyOf(kAllocationCurrency, &currencies);
    if (currency == nullptr) return;
    const std::int64_t amount = row.PositiveAmountOf(kAllocationAmount, *currency);
    if (!row.ok()) return;
    table->sources.push_back(source);
    table->source_ids.push_back(source_id);
    table->item_ids.push_back(item_id);
    table->currencies.push_back(*currency);
    table->amounts.push_back(amount);
    table->dates.push_back(date);
    table->reversed.push_back(reversed);
    table->lines.push_back(row.line());
  });
}

void ParseWriteOffs(std::string_view data, TextArena* arena, ErrorSink* sink,
                    WriteOffTable* table) {
  CurrencyCache currencies;
  ParseTable(data, kWriteOffColumns, arena, sink, [&](CsvRow& row) {
    const std::string_view item_id = row.Id(kWriteOffItem);
    const Date date = row.DateOf(kWriteOffDate);
    const Currency* currency = row.CurrencyOf(kWriteOffCurrency, &currencies);
    if (currency == nullptr) return;
    const std::int64_t amount = row.PositiveAmountOf(kWriteOffAmount, *currency);
    if (!row.ok()) return;
    table->item_ids.push_back(item_id);
    table->currencies.push_back(*currency);
    table->amounts.push_back(amount);
    table->dates.push_back(date);
    table->reasons.push_back(row.Text(kReason));
    table->lines.push_back(row.line());
  });
}

void ParseDisputes(std::string_view data, TextArena* arena, ErrorSink* sink, DisputeTable* table) {
  CurrencyCache currencies;
  ParseTable(data, kDisputeColumns, arena, sink, [&](CsvRow& row) {
    const std::string_view item_id = row.Id(kDisputeItem);
    const Date raised = row.DateOf(kRaised);
    const Date cleared = row.DateOf(kCleared, /*optional=*/true);
    const Currency* currency = row.CurrencyOf(kDisputeCurrency, &currencies);
    if (currency == nullptr) return;
    const std::int64_t amount = row.PositiveAmountOf(kDisputeAmount, *currency);
    if (!row.ok()) return;
    table->item_ids.push_back(item_id);
    table->currencies.push_back(*currency);
    table->amounts.push_back(amount);
    table->raised.push_back(raised);
    table->cleared.push_back(cleared);
    table->lines.push_back(row.line());
  });
}

}  // namespace relance::csv_internal
