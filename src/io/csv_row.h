// Internal: one record of a CSV table, read column by column into typed
// values; each problem is reported with the record's line and the column's
// name, and the row remembers that it had one.

#ifndef RELANCE_SRC_IO_CSV_ROW_H_
#define RELANCE_SRC_IO_CSV_ROW_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "io/csv_fields.h"
#include "io/csv_table.h"
#include "relance/currency.h"
#include "relance/date.h"
#include "relance/ledger.h"

namespace relance::csv_internal {

class CsvRow {
 public:
  // REQUIRES: fields.size() == header.width().
  CsvRow(const Header& header, const std::vector<std::string_view>& fields, std::int64_t line,
         ErrorSink* sink)
      : header_(header), fields_(fields), line_(line), sink_(sink) {}

  std::int64_t line() const { return line_; }
  // True when no problem was reported for this row.
  bool ok() const { return errors_ == 0; }
  // The number of problems reported for this row so far.
  int errors() const { return errors_; }

  // Column k's text ("" when the file lacks the column).
  std::string_view Text(std::size_t k) const { return header_.Get(fields_, k); }
  bool Has(std::size_t k) const { return header_.has(k); }

  // Reports a problem with column k ("" for the whole row when k is npos).
  void Error(std::size_t k, std::string reason, ErrorCode code = ErrorCode::kInvalidArgument) {
    ++errors_;
    sink_->Add(line_, k == kRowWide ? std::string_view() : header_.name(k), std::move(reason),
               code);
  }
  static constexpr std::size_t kRowWide = static_cast<std::size_t>(-1);

  // A non-empty id.
  std::string_view Id(std::size_t k) {
    const std::string_view text = Text(k);
    if (text.empty()) Error(k, "empty (an id is required)");
    return text;
  }

  // A date; an empty field is kNoDate when `optional`, an error otherwise.
  Date DateOf(std::size_t k, bool optional = false) {
    const std::string_view text = Text(k);
    if (text.empty()) {
      if (!optional) Error(k, "empty (a date is required)");
      return kNoDate;
    }
    std::int32_t days = 0;
    std::string reason;
    const ErrorCode code = ParseIsoDate(text, &days, &reason);
    if (code != ErrorCode::kOk) {
      Error(k, std::move(reason), code);
      return kNoDate;
    }
    return Date::FromDays(days);
  }

  // A currency code; null after reporting an unknown one.
  const Currency* CurrencyOf(std::size_t k, CurrencyCache* cache) {
    std::string reason;
    const Currency* currency = cache->Find(Text(k), &reason);
    if (currency == nullptr) Error(k, std::move(reason));
    return currency;
  }

  // An amount in `currency`, in minor units; 0 after an error. An empty
  // field is 0 when `optional`.
  std::int64_t AmountOf(std::size_t k, const Currency& currency, bool optional = false) {
    std::int64_t units = 0;
    if (!(optional && Text(k).empty())) ParseAmount(k, currency, &units);
    return units;
  }

  // An amount > 0 (payments, allocations, write-offs, disputes).
  std::int64_t PositiveAmountOf(std::size_t k, const Currency& currency) {
    std::int64_t units = 0;
    if (ParseAmount(k, currency, &units) && units <= 0) {
      Error(k, Quote(Text(k)) + " is not positive");
    }
    return units;
  }

 private:
  bool ParseAmount(std::size_t k, const Currency& currency, std::int64_t* units) {
    std::string reason;
    const ErrorCode code = ParseMinorUnits(Text(k), currency, units, &reason);
    if (code != ErrorCode::kOk) Error(k, std::move(reason), code);
    return code == ErrorCode::kOk;
  }

  const Header& header_;
  const std::vector<std::string_view>& fields_;
  std::int64_t line_;
  ErrorSink* sink_;
  int errors_ = 0;
};

// Item checks shared by the open-items file and items.csv.

// The item's kind: the one named in `kind_column`, or by the amount's sign
// when the field is empty (negative: a credit note; otherwise an invoice).
inline ItemKind ItemKindOf(CsvRow& row, std::size_t kind_column, std::int64_t amount) {
  ItemKind kind = amount < 0 ? ItemKind::kCreditNote : ItemKind::kInvoice;
  if (row.Text(kind_column).empty()) return kind;
  std::string reason;
  const ErrorCode code = ParseKindName(row.Text(kind_column), &kind, &reason);
  if (code != ErrorCode::kOk) row.Error(kind_column, std::move(reason), code);
  return kind;
}

// Reports a due date before the document date (both valid or kNoDate).
inline void CheckItemDates(CsvRow& row, std::size_t due_column, std::size_t document_column,
                           Date due, Date document) {
  if (due != kNoDate && document != kNoDate && due < document) {
    row.Error(due_column, Quote(row.Text(due_column)) + " is before the document date " +
                              std::string(row.Text(document_column)));
  }
}

// Reports an amount of zero or of the wrong sign for the kind; false then.
inline bool CheckItemSign(CsvRow& row, std::size_t amount_column, ItemKind kind,
                          std::int64_t amount) {
  const bool credit = kind == ItemKind::kCreditNote;
  if (amount == 0) {
    row.Error(amount_column, Quote(row.Text(amount_column)) + " is zero");
    return false;
  }
  if ((amount < 0) != credit) {
    row.Error(amount_column,
              Quote(row.Text(amount_column)) +
                  (credit ? " is positive; a credit note's amount is negative"
                          : " is negative; only credit notes (kind credit_note) are"));
    return false;
  }
  return true;
}

}  // namespace relance::csv_internal

#endif  // RELANCE_SRC_IO_CSV_ROW_H_
