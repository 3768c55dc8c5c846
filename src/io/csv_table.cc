// Internal: CSV tables (csv_table.h), and CsvError's text (relance/csv.h).

#include "io/csv_table.h"

#include <algorithm>

#include "absl/strings/str_cat.h"
#include "absl_bridge.h"
#include "io/csv_fields.h"

namespace relance {

std::string CsvError::ToString() const {
  std::string text = file;
  if (line > 0) absl::StrAppend(&text, ":", line);
  if (!column.empty()) absl::StrAppend(&text, ": column ", column);
  absl::StrAppend(&text, ": ", reason);
  return text;
}

namespace csv_internal {

void ErrorSink::Add(std::int64_t line, std::string_view column, std::string reason,
                    ErrorCode code) {
  if (full()) return;
  errors_.push_back(CsvError{file_, line, std::string(column), std::move(reason), code});
}

bool Header::Map(absl::Span<const std::string_view> fields, absl::Span<const ColumnSpec> specs,
                 std::int64_t line, ErrorSink* sink) {
  const std::size_t errors_before = sink->errors().size();
  position_.assign(specs.size(), -1);
  names_.clear();
  for (const ColumnSpec& spec : specs) names_.push_back(spec.name);
  width_ = fields.size();
  for (std::size_t f = 0; f < fields.size(); ++f) {
    const std::string_view name = fields[f];
    const auto known = std::find_if(specs.begin(), specs.end(),
                                    [&](const ColumnSpec& s) { return s.name == name; });
    if (name.empty()) {
      sink->Add(line, "", absl::StrCat("field ", f + 1, " of the header is empty"),
                ErrorCode::kParse);
    } else if (known == specs.end()) {
      std::string expected;
      for (const ColumnSpec& s : specs) {
        absl::StrAppend(&expected, expected.empty() ? "" : ", ", AbslView(s.name));
      }
      sink->Add(line, name, absl::StrCat("unknown column (the columns are ", expected, ")"));
    } else if (int& pos = position_[static_cast<std::size_t>(known - specs.begin())]; pos >= 0) {
      sink->Add(line, name, absl::StrCat("repeated (fields ", pos + 1, " and ", f + 1, ")"));
    } else {
      pos = static_cast<int>(f);
    }
  }
  for (std::size_t k = 0; k < specs.size(); ++k) {
    if (specs[k].required && position_[k] < 0) {
      sink->Add(line, specs[k].name, "required column missing from the header");
    }
  }
  return sink->errors().size() == errors_before;
}

bool ReadHeader(std::string_view data, absl::Span<const ColumnSpec> specs, Header* header,
                std::size_t* body_offset, std::int64_t* body_line, ErrorSink* sink) {
  TextArena arena;  // header names with doubled quotes are never valid names
  CsvScanner scanner(data, 1, &arena);
  scanner.SkipByteOrderMark();
  std::vector<std::string_view> fields;
  switch (scanner.Next(&fields)) {
    case CsvScanner::Result::kEnd:
      sink->Add(0, "", "the file is empty (a header line is required)", ErrorCode::kParse);
      return false;
    case CsvScanner::Result::kError:
      sink->Add(scanner.error().line, "", scanner.error().reason, ErrorCode::kParse);
      return false;
    case CsvScanner::Result::kRecord:
      break;
  }
  // Names are compared before the arena goes away; Header keeps only the
  // specs' names.
  if (!header->Map(fields, specs, scanner.record_line(), sink)) return false;
  *body_offset = scanner.offset();
  *body_line = scanner.line();
  return true;
}

void ReportWidth(const Header& header, std::size_t found, std::int64_t line, ErrorSink* sink) {
  sink->Add(line, "",
            absl::StrCat("expected ", header.width(), " fields (as in the header), found ", found),
            ErrorCode::kParse);
}

int ThreadsFor(const CsvImportOptions& options, std::size_t size) {
  constexpr std::size_t kMinParallelBytes = std::size_t{4} << 20;
  if (options.threads > 0) return options.threads;
  if (size < kMinParallelBytes) return 1;
  return static_cast<int>(std::min(8u, std::max(1u, std::thread::hardware_concurrency())));
}

}  // namespace csv_internal
}  // namespace relance
