// Internal: a CSV file as a table -- errors with file, line and column; a
// header mapped onto the columns a file type knows; records handed to a row
// parser column by column; and the same over several threads.

#ifndef RELANCE_SRC_IO_CSV_TABLE_H_
#define RELANCE_SRC_IO_CSV_TABLE_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <thread>
#include <utility>
#include <vector>

#include "absl/types/span.h"
#include "io/csv_reader.h"
#include "relance/csv.h"
#include "relance/error.h"

namespace relance::csv_internal {

// Collects errors of one file, up to a limit.
class ErrorSink {
 public:
  ErrorSink(std::string file, std::size_t max_errors)
      : file_(std::move(file)), max_(max_errors < 1 ? 1 : max_errors) {}

  void Add(std::int64_t line, std::string_view column, std::string reason,
           ErrorCode code = ErrorCode::kInvalidArgument);
  // True once the limit is reached: callers stop looking.
  bool full() const { return errors_.size() >= max_; }
  bool empty() const { return errors_.empty(); }
  const std::string& file() const { return file_; }
  // The file later errors are about (one sink may serve several files).
  void set_file(std::string file) { file_ = std::move(file); }
  std::size_t max_errors() const { return max_; }
  std::vector<CsvError>& errors() { return errors_; }

 private:
  std::string file_;
  std::size_t max_;
  std::vector<CsvError> errors_;
};

// A column a file type knows.
struct ColumnSpec {
  std::string_view name;
  bool required;
};

// Where each known column sits in the records of one file.
class Header {
 public:
  // Maps the header record onto `specs`. Reports (at line `line`) unknown,
  // repeated, empty and missing required columns. Returns false after
  // reporting.
  bool Map(absl::Span<const std::string_view> fields, absl::Span<const ColumnSpec> specs,
           std::int64_t line, ErrorSink* sink);

  // True when column k (an index into the specs) is in the file.
  bool has(std::size_t k) const { return position_[k] >= 0; }
  // Field count of every record.
  std::size_t width() const { return width_; }
  // Column k of a record ("" when the file lacks it).
  std::string_view Get(const std::vector<std::string_view>& fields, std::size_t k) const {
    return position_[k] < 0 ? std::string_view() : fields[static_cast<std::size_t>(position_[k])];
  }
  std::string_view name(std::size_t k) const { return names_[k]; }

 private:
  std::vector<int> position_;
  std::vector<std::string_view> names_;
  std::size_t width_ = 0;
};

// Reads the header of `data` (after a byte-order mark). Returns false after
// reporting a missing or bad header; otherwise sets *body_offset to the
// offset of the first record after it and *body_line to its line.
bool ReadHeader(std::string_view data, absl::Span<const ColumnSpec> specs, Header* header,
                std::size_t* body_offset, std::int64_t* body_line, ErrorSink* sink);

// Reports a record whose field count differs from the header's.
void ReportWidth(const Header& header, std::size_t found, std::int64_t line, ErrorSink* sink);

// Where a scan of records stopped.
struct ScanEnd {
  std::size_t offset;  // of the first byte not read
  std::int64_t line;   // of that byte
};

// Calls parse_row(fields, line) for each record of data[begin, ...) that
// starts before `stop` (a record may run past it), with the field count
// checked against the header; scanner errors and wrong field counts go to
// `sink`. Stops early when the sink is full.
template <typename ParseRow>
ScanEnd ScanRecords(std::string_view data, std::size_t begin, std::size_t stop,
                    std::int64_t first_line, const Header& header, TextArena* arena,
                    ErrorSink* sink, ParseRow&& parse_row) {
  CsvScanner scanner(data.substr(begin), first_line, arena);
  std::vector<std::string_view> fields;
  fields.reserve(header.width() + 1);
  while (begin + scanner.offset() < stop && !sink->full()) {
    const CsvScanner::Result r = scanner.Next(&fields);
    if (r == CsvScanner::Result::kEnd) break;
    if (r == CsvScanner::Result::kError) {
      sink->Add(scanner.error().line, "", scanner.error().reason, ErrorCode::kParse);
    } else if (fields.size() != header.width()) {
      ReportWidth(header, fields.size(), scanner.record_line(), sink);
    } else {
      parse_row(fields, scanner.record_line());
    }
  }
  return ScanEnd{begin + scanner.offset(), scanner.line()};
}

// The number of threads for `options` and data of `size` bytes.
int ThreadsFor(const CsvImportOptions& options, std::size_t size);

// Parses data[begin, end of data) in up to `parts` chunks split at line
// starts, in parallel. parse_chunk(Chunk*, from, stop, first_line,
// ErrorSink*) -> ScanEnd must parse the records starting in [from, stop);
// chunk 0 gets the absolute line `begin_line`, the others start counting at
// 0 and their errors are shifted here to absolute lines (chunks must not
// keep lines of their own).
// When a split falls inside a quoted field (the previous chunk did not end
// exactly where the next began), the rest is parsed again in one piece.
// Errors of the chunks go to `sink` in line order, up to its limit; chunks
// after the one that filled it are dropped.
template <typename Chunk, typename ParseChunk>
std::vector<Chunk> ParseInParallel(std::string_view data, std::size_t begin,
                                   std::int64_t begin_line, int parts, ErrorSink* sink,
                                   ParseChunk&& parse_chunk) {
  std::vector<std::size_t> starts = {begin};
  for (int i = 1; i < parts; ++i) {
    const std::size_t guess = begin + (data.size() - begin) / static_cast<std::size_t>(parts) *
                                          static_cast<std::size_t>(i);
    const std::size_t start = NextLineStart(data, std::max(guess, starts.back()));
    if (start > starts.back() && start < data.size()) starts.push_back(start);
  }
  const std::size_t n = starts.size();
  std::vector<Chunk> chunks(n);
  std::vector<ErrorSink> sinks(n, ErrorSink(sink->file(), sink->max_errors()));
  std::vector<ScanEnd> ends(n);
  auto run = [&](std::size_t i) {
    const std::size_t stop = i + 1 < n ? starts[i + 1] : data.size();
    ends[i] = parse_chunk(&chunks[i], starts[i], stop, i == 0 ? begin_line : 0, &sinks[i]);
  };
  std::vector<std::thread> workers;
  for (std::size_t i = 1; i < n; ++i) workers.emplace_back(run, i);
  run(0);
  for (std::thread& t : workers) t.join();
  // Stitch: chunk i is right when chunk i-1 ended exactly at its start.
  std::int64_t line = ends[0].line;
  std::size_t valid = 1;
  for (; valid < n && !sinks[valid - 1].full() && ends[valid - 1].offset == starts[valid];
       ++valid) {
    for (CsvError& e : sinks[valid].errors()) e.line += line;
    line += ends[valid].line;
  }
  if (valid < n && !sinks[valid - 1].full()) {
    chunks[valid] = Chunk();
    sinks[valid] = ErrorSink(sink->file(), sink->max_errors());
    parse_chunk(&chunks[valid], ends[valid - 1].offset, data.size(), line, &sinks[valid]);
    ++valid;
  }
  chunks.resize(valid);
  for (std::size_t i = 0; i < valid; ++i) {
    for (CsvError& e : sinks[i].errors()) {
      if (sink->full()) break;
      sink->errors().push_back(std::move(e));
    }
  }
  return chunks;
}

}  // namespace relance::csv_internal

#endif  // RELANCE_SRC_IO_CSV_TABLE_H_
