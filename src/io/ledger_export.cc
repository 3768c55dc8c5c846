// Exporting a ledger in the canonical CSV form (relance/csv.h,
// docs/csv-format.md): six files, rows in insertion order.

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <string>
#include <system_error>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl_bridge.h"
#include "io/csv_fields.h"
#include "io/ledger_tables.h"
#include "ledger_store.h"
#include "relance/csv.h"

namespace relance {
namespace {

using csv_internal::AppendField;
using csv_internal::AppendIsoDate;
using csv_internal::AppendMinorUnits;
using csv_internal::ColumnSpec;

// Writes one file: the text goes to `name`.tmp, flushed every megabyte,
// then replaces `name`, so a failed export never leaves half a file under
// the real name.
class CsvFile {
 public:
  CsvFile(const std::filesystem::path& directory, std::string_view name)
      : path_(directory / std::string(name)), temp_(path_.string() + ".tmp") {
    file_ = std::fopen(temp_.c_str(), "wb");
    if (file_ == nullptr) Fail("cannot create");
  }
  CsvFile(const CsvFile&) = delete;
  CsvFile& operator=(const CsvFile&) = delete;
  ~CsvFile() {
    if (file_ != nullptr) std::fclose(file_);
    if (!status_.ok() || !closed_) std::remove(temp_.c_str());
  }

  void Header(absl::Span<const ColumnSpec> columns) {
    for (std::size_t k = 0; k < columns.size(); ++k) {
      if (k > 0) row_.push_back(',');
      row_.append(columns[k].name);
    }
    EndRow();
  }
  // Field appenders; Text quotes as needed.
  CsvFile& Text(std::string_view text) {
    return Next([&] { AppendField(text, &row_); });
  }
  CsvFile& Amount(std::int64_t units, const Currency& currency) {
    return Next([&] { AppendMinorUnits(units, currency.minor_units(), &row_); });
  }
  // A date, or an empty field for kNoDate.
  CsvFile& Day(std::int32_t days) {
    return Next([&] {
      if (days != kNoDate.days()) AppendIsoDate(days, &row_);
    });
  }
  void EndRow() {
    row_.push_back('\n');
    first_ = true;
    if (row_.size() >= (1 << 20)) Flush();
  }

  // Flushes, closes and renames into place.
  absl::Status Close() {
    Flush();
    if (file_ != nullptr && std::fclose(file_) != 0) Fail("cannot write");
    file_ = nullptr;
    if (status_.ok() && std::rename(temp_.c_str(), path_.c_str()) != 0) Fail("cannot replace");
    closed_ = status_.ok();
    return status_;
  }

 private:
  template <typename F>
  CsvFile& Next(F append) {
    if (!first_) row_.push_back(',');
    first_ = false;
    append();
    return *this;
  }
  void Flush() {
    if (file_ != nullptr && !row_.empty() &&
        std::fwrite(row_.data(), 1, row_.size(), file_) != row_.size()) {
      Fail("cannot write");
    }
    row_.clear();
  }
  void Fail(const char* what) {
    if (status_.ok()) {
      status_ = MakeError(ErrorCode::kInvalidArgument,
                          absl::StrCat(what, " ", path_.string(), ": ", std::strerror(errno)));
    }
  }

  std::filesystem::path path_;
  std::string temp_;
  std::FILE* file_ = nullptr;
  std::string row_;
  bool first_ = true;
  bool closed_ = false;
  absl::Status status_;
};

// The text form of every customer's terms, checked to parse back to the
// same terms (terms on a caller's own calendar do not).
absl::StatusOr<std::vector<std::string>> TermsTexts(const LedgerStore& s) {
  std::vector<std::string> texts(s.customer_ids.size());
  for (std::size_t c = 0; c < texts.size(); ++c) {
    const std::optional<PaymentTerms>& terms = s.terms_of(static_cast<std::int32_t>(c));
    if (!terms.has_value()) continue;
    texts[c] = terms->ToString();
    const absl::StatusOr<PaymentTerms> again = PaymentTerms::Parse(texts[c]);
    if (!again.ok() || !(*again == *terms)) {
      return MakeError(
          ErrorCode::kFailedPrecondition,
          absl::StrCat("customer ",
                       csv_internal::Quote(s.customer_ids.Get(static_cast<std::int32_t>(c))),
                       ": terms \"", texts[c],
                       "\" cannot be written (a calendar the text form cannot name)"));
    }
  }
  return texts;
}

absl::Status WriteCustomers(const LedgerStore& s, const std::filesystem::path& dir) {
  absl::StatusOr<std::vector<std::string>> terms = TermsTexts(s);
  if (!terms.ok()) return terms.status();
  CsvFile f(dir, csv_internal::kCustomersFile);
  f.Header(csv_internal::kCustomerColumns);
  for (std::size_t c = 0; c < s.customer_ids.size(); ++c) {
    const auto i = static_cast<std::int32_t>(c);
    f.Text(s.customer_ids.Get(i)).Text(s.customer_names.Get(c)).Text(s.customer_segments.Get(c));
    const std::optional<Money>& limit = s.credit_limit(i);
    if (limit.has_value()) {
      f.Amount(static_cast<std::int64_t>(limit->minor_units()), limit->currency())
          .Text(limit->currency().code());
    } else {
      f.Text("").Text("");
    }
    f.Text((*terms)[c]);
    f.EndRow();
  }
  return f.Close();
}

absl::Status WriteItems(const LedgerStore& s, const std::filesystem::path& dir) {
  std::vector<std::int64_t> prior(s.item_ids.size(), 0);
  for (const Event& e : s.events) {
    if (e.kind == EventKind::kPriorSettlement) prior[static_cast<std::size_t>(e.item)] += e.amount;
  }
  CsvFile f(dir, csv_internal::kItemsFile);
  f.Header(csv_internal::kItemColumns);
  for (std::size_t k = 0; k < s.item_ids.size(); ++k) {
    const auto i = static_cast<std::int32_t>(k);
    const Currency currency = s.currency_of_item(i);
    f.Text(s.item_ids.Get(i))
        .Text(s.customer_ids.Get(s.customer_of_item(i)))
        .Text(ItemKindName(s.item_kind[k]))
        .Day(s.item_document_date[k])
        .Day(s.item_due_date[k])
        .Text(currency.code())
        .Amount(s.item_amount[k], currency);
    if (prior[k] != 0) {
      f.Amount(prior[k], currency);
    } else {
      f.Text("");
    }
    f.Text(s.item_references.Get(k));
    f.EndRow();
  }
  return f.Close();
}

absl::Status WritePayments(const LedgerStore& s, const std::filesystem::path& dir) {
  CsvFile f(dir, csv_internal::kPaymentsFile);
  f.Header(csv_internal::kPaymentColumns);
  for (std::size_t k = 0; k < s.payment_ids.size(); ++k) {
    const auto account = static_cast<std::size_t>(s.payment_account[k]);
    const Currency currency = s.account_currency[account];
    f.Text(s.payment_ids.Get(static_cast<std::int32_t>(k)))
        .Text(s.customer_ids.Get(s.account_customer[account]))
        .Day(s.payment_value_date[k])
        .Text(currency.code())
        .Amount(s.payment_amount[k], currency)
        .Text(s.payment_references.Get(k));
    f.EndRow();
  }
  return f.Close();
}

absl::Status WriteAllocations(const LedgerStore& s, const std::filesystem::path& dir) {
  CsvFile f(dir, csv_internal::kAllocationsFile);
  f.Header(csv_internal::kAllocationColumns);
  for (std::size_t k = 0; k < s.allocation_event.size(); ++k) {
    const Event& e = s.events[static_cast<std::size_t>(s.allocation_event[k])];
    const Currency currency = s.currency_of_item(e.item);
    const std::int32_t reversal = s.reversal_event[k];
    f.Text(csv_internal::AllocationSourceName(e.source_is_payment ? AllocationSource::kPayment
                                                                  : AllocationSource::kCreditNote))
        .Text(e.source_is_payment ? s.payment_ids.Get(e.source) : s.item_ids.Get(e.source))
        .Text(s.item_ids.Get(e.item))
        .Text(currency.code())
        .Amount(e.amount, currency)
        .Day(e.date)
        .Day(reversal < 0 ? kNoDate.days() : s.events[static_cast<std::size_t>(reversal)].date);
    f.EndRow();
  }
  return f.Close();
}

absl::Status WriteWriteOffs(const LedgerStore& s, const std::filesystem::path& dir) {
  CsvFile f(dir, csv_internal::kWriteOffsFile);
  f.Header(csv_internal::kWriteOffColumns);
  for (const Event& e : s.events) {
    if (e.kind != EventKind::kWriteOff) continue;
    const Currency currency = s.currency_of_item(e.item);
    f.Text(s.item_ids.Get(e.item))
        .Text(currency.code())
        .Amount(e.amount, currency)
        .Day(e.date)
        .Text(e.text < 0 ? std::string_view()
                         : s.event_texts.Get(static_cast<std::size_t>(e.text)));
    f.EndRow();
  }
  return f.Close();
}

absl::Status WriteDisputes(const LedgerStore& s, const std::filesystem::path& dir) {
  CsvFile f(dir, csv_internal::kDisputesFile);
  f.Header(csv_internal::kDisputeColumns);
  for (const LedgerStore::Dispute& d : s.disputes) {
    const Currency currency = s.currency_of_item(d.item);
    f.Text(s.item_ids.Get(d.item))
        .Text(currency.code())
        .Amount(d.amount, currency)
        .Day(d.raised)
        .Day(d.cleared);
    f.EndRow();
  }
  return f.Close();
}

}  // namespace

absl::Status ExportLedger(const Ledger& ledger, const std::string& directory) {
  const std::filesystem::path dir(directory);
  std::error_code error;
  std::filesystem::create_directories(dir, error);
  if (error) {
    return MakeError(ErrorCode::kInvalidArgument,
                     absl::StrCat("cannot create ", directory, ": ", error.message()));
  }
  const LedgerStore& s = ledger.store();
  for (auto write : {WriteCustomers, WriteItems, WritePayments, WriteAllocations, WriteWriteOffs,
                     WriteDisputes}) {
    const absl::Status status = write(s, dir);
    if (!status.ok()) return status;
  }
  return absl::OkStatus();
}

}  // namespace relance
