// Internal: reading CSV bytes (RFC 4180) -- a whole file in memory, and a
// scanner that splits it into records of fields without copying them.
//
// Grammar accepted: fields separated by ',', records ended by "\n" or
// "\r\n" (the last one may lack it); a field is either unquoted (no '"',
// no CR, no LF) or quoted ('"' ... '"', where "" stands for one quote and
// commas, CR and LF are plain characters). A UTF-8 byte-order mark at the
// start of the data is skipped. Empty lines (nothing between two line ends)
// are skipped wherever they are.

#ifndef RELANCE_SRC_IO_CSV_READER_H_
#define RELANCE_SRC_IO_CSV_READER_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"

namespace relance::csv_internal {

// The bytes of a file, mapped read-only (or read, where mapping fails). The
// view stays valid as long as the object lives.
class FileBytes {
 public:
  // Errors: kNotFound naming the path and the system's reason when the file
  // cannot be opened; kInvalidArgument when it cannot be read.
  static absl::StatusOr<FileBytes> Open(const std::string& path);

  FileBytes() = default;
  FileBytes(FileBytes&& other) noexcept;
  FileBytes& operator=(FileBytes&& other) noexcept;
  FileBytes(const FileBytes&) = delete;
  FileBytes& operator=(const FileBytes&) = delete;
  ~FileBytes();

  std::string_view view() const { return std::string_view(data_, size_); }

 private:
  void Release();
  const char* data_ = nullptr;
  std::size_t size_ = 0;
  bool mapped_ = false;
  std::unique_ptr<char[]> owned_;
};

// Append-only storage for strings that views keep pointing at: appending
// never moves what was stored before.
class TextArena {
 public:
  TextArena() = default;
  TextArena(TextArena&&) noexcept = default;
  TextArena& operator=(TextArena&&) noexcept = default;

  // Returns a view of a stored copy of `text`, valid while the arena lives.
  std::string_view Store(std::string_view text);

 private:
  std::vector<std::unique_ptr<char[]>> blocks_;
  char* cursor_ = nullptr;
  std::size_t left_ = 0;
};

// Where a record came from, and what went wrong in it.
struct ScanError {
  std::int64_t line;  // physical line, as counted by the scanner
  std::string reason;
};

// Splits CSV bytes into records. Field views point into the data, or into
// the arena for quoted fields with doubled quotes; both outlive the scanner.
class CsvScanner {
 public:
  enum class Result { kRecord, kEnd, kError };

  // `data` starts at a record boundary; `first_line` is the physical line
  // number of its first byte. `arena` receives unescaped quoted fields.
  CsvScanner(std::string_view data, std::int64_t first_line, TextArena* arena);

  // Skips a UTF-8 byte-order mark at the current position, if any.
  void SkipByteOrderMark();

  // Reads the next record into `fields` (cleared first). kError leaves the
  // scanner after the bad record (at the next line end), with error() set;
  // after an unterminated quoted field it is at the end of the data.
  Result Next(std::vector<std::string_view>* fields);

  // The physical line on which the last record (or error) started.
  std::int64_t record_line() const { return record_line_; }
  // The physical line of the next byte to read.
  std::int64_t line() const { return line_; }
  // Offset of the next byte to read within `data`.
  std::size_t offset() const { return pos_; }
  const ScanError& error() const { return error_; }

 private:
  // Reads a record without quotes (the common case) 64 bytes at a time;
  // false (fields cleared, nothing consumed) when it has a quote or a lone
  // CR, or runs into the last 64 bytes: the general path then reads it.
  bool FastRecord(std::vector<std::string_view>* fields);
  Result Fail(std::string reason);
  // Reads a quoted field at pos_; false after Fail.
  bool QuotedField(std::vector<std::string_view>* fields);
  // Consumes the rest of a record (to the next line feed) after an error.
  void SkipRestOfLine();

  std::string_view data_;
  std::size_t pos_ = 0;
  std::int64_t line_;
  std::int64_t record_line_;
  TextArena* arena_;
  ScanError error_;
  std::string unescaped_;
  // The last 64-byte block FastRecord classified, and its mask (bit i:
  // byte mask_block_ + i is one of , " CR LF), reused by the next record.
  static constexpr std::size_t kNoBlock = static_cast<std::size_t>(-1);
  std::size_t mask_block_ = kNoBlock;
  std::uint64_t block_mask_ = 0;
};

// The next record boundary at or after `offset`: the byte after the next
// line feed, or data.size(). Used to split data for parallel scanning; the
// boundary is a guess when quoted fields contain line feeds.
std::size_t NextLineStart(std::string_view data, std::size_t offset);

}  // namespace relance::csv_internal

#endif  // RELANCE_SRC_IO_CSV_READER_H_
