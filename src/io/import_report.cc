// Internal: import errors and their summary (import_report.h).

#include "io/import_report.h"

#include <algorithm>
#include <cctype>
#include <string>

#include "absl/strings/str_cat.h"
#include "absl_bridge.h"
#include "relance/error.h"

namespace relance::csv_internal {
namespace {

// Parses "row N: " at the start of `message`; returns N or -1.
std::int64_t RowPrefix(std::string_view message, std::string_view* rest) {
  constexpr std::string_view kRow = "row ";
  if (message.substr(0, kRow.size()) != kRow) return -1;
  std::size_t i = kRow.size();
  std::int64_t row = 0;
  const std::size_t digits_start = i;
  while (i < message.size() && i - digits_start < 18 &&
         std::isdigit(static_cast<unsigned char>(message[i]))) {
    row = row * 10 + (message[i++] - '0');
  }
  if (i == digits_start || message.substr(i, 2) != ": ") return -1;
  *rest = message.substr(i + 2);
  return row;
}

}  // namespace

std::int64_t LineAt(absl::Span<const std::int64_t> values, std::int64_t row) {
  return row >= 0 && row < static_cast<std::int64_t>(values.size())
             ? values[static_cast<std::size_t>(row)]
             : -1;
}

std::string_view LedgerErrorColumn(const absl::Status& status, absl::Span<const ColumnRule> rules) {
  const ErrorCode code = ErrorCodeOf(status);
  const std::string_view message = StdView(status.message());
  for (const ColumnRule& rule : rules) {
    if ((rule.code == ErrorCode::kOk || rule.code == code) &&
        message.find(rule.contains) != std::string_view::npos) {
      return rule.column;
    }
  }
  return "";
}

void ReportLedgerError(const absl::Status& status,
                       const std::function<std::int64_t(std::int64_t)>& line_of_row,
                       std::string_view column, ErrorSink* sink) {
  const std::string_view message = StdView(status.message());
  std::string_view rest;
  const std::int64_t row = RowPrefix(message, &rest);
  const ErrorCode code = ErrorCodeOf(status);
  if (row < 0) {
    sink->Add(0, "", std::string(message), code);
    return;
  }
  const std::int64_t line = line_of_row(row);
  if (line < 0) {
    sink->Add(0, "", std::string(message), code);
    return;
  }
  sink->Add(line, column, std::string(rest), code);
}

absl::Status Summarise(const std::vector<CsvError>& errors, bool limit_reached) {
  std::vector<std::string_view> files;
  for (const CsvError& e : errors) {
    if (std::find(files.begin(), files.end(), e.file) == files.end()) files.push_back(e.file);
  }
  std::string file_list;
  for (std::string_view f : files) {
    absl::StrAppend(&file_list, file_list.empty() ? "" : ", ", AbslView(f));
  }
  std::string text = errors.size() == 1
                         ? absl::StrCat("1 error in ", file_list, ": ")
                         : absl::StrCat(errors.size(), " errors",
                                        limit_reached ? " (the limit; there may be more)" : "",
                                        " in ", file_list, ", first: ");
  absl::StrAppend(&text, errors.front().ToString());
  return MakeError(errors.front().code, text);
}

absl::StatusOr<Ledger> Finish(absl::StatusOr<Ledger> ledger, ErrorSink* sink,
                              std::vector<CsvError>* errors) {
  if (!ledger.ok() && sink->empty()) {  // not about a row: a missing file
    if (errors != nullptr) {
      *errors = {CsvError{sink->file(), 0, "", std::string(StdView(ledger.status().message())),
                          ErrorCodeOf(ledger.status())}};
    }
    return ledger;
  }
  if (sink->empty()) {
    if (errors != nullptr) errors->clear();
    return ledger;
  }
  absl::Status summary = Summarise(sink->errors(), sink->full());
  if (errors != nullptr) *errors = std::move(sink->errors());
  return summary;
}

}  // namespace relance::csv_internal
