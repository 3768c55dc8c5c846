// Internal: CSV bytes and records (csv_reader.h).

#include "io/csv_reader.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <utility>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "absl/strings/str_cat.h"
#include "relance/error.h"

namespace relance::csv_internal {
namespace {

// Closes a descriptor on every path out of FileBytes::Open.
class Descriptor {
 public:
  explicit Descriptor(int fd) : fd_(fd) {}
  Descriptor(const Descriptor&) = delete;
  Descriptor& operator=(const Descriptor&) = delete;
  ~Descriptor() {
    if (fd_ >= 0) ::close(fd_);
  }
  int get() const { return fd_; }

 private:
  int fd_;
};

std::string SystemReason() { return std::strerror(errno); }

// Reads a descriptor to its end (for files that cannot be mapped, such as
// pipes, or whose size is unknown).
absl::StatusOr<std::string> ReadAll(int fd, const std::string& path) {
  std::string bytes;
  char buffer[1 << 16];
  for (;;) {
    const ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n == 0) return bytes;
    if (n < 0) {
      if (errno == EINTR) continue;
      return MakeError(ErrorCode::kInvalidArgument,
                       absl::StrCat("cannot read ", path, ": ", SystemReason()));
    }
    bytes.append(buffer, static_cast<std::size_t>(n));
  }
}

// Bytes that end an unquoted field or need a closer look.
constexpr std::array<bool, 256> kSpecial = [] {
  std::array<bool, 256> t{};
  t[static_cast<unsigned char>(',')] = true;
  t[static_cast<unsigned char>('"')] = true;
  t[static_cast<unsigned char>('\r')] = true;
  t[static_cast<unsigned char>('\n')] = true;
  return t;
}();

constexpr std::size_t kArenaBlock = 1 << 16;

#if defined(__SSE2__)
// Bit i set when p[i] is one of , " CR LF (i in 0..63).
std::uint64_t SpecialMask64(const char* p) {
  const __m128i comma = _mm_set1_epi8(',');
  const __m128i quote = _mm_set1_epi8('"');
  const __m128i cr = _mm_set1_epi8('\r');
  const __m128i lf = _mm_set1_epi8('\n');
  std::uint64_t mask = 0;
  for (int i = 0; i < 4; ++i) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 16 * i));
    const __m128i hit =
        _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, comma), _mm_cmpeq_epi8(v, quote)),
                     _mm_or_si128(_mm_cmpeq_epi8(v, cr), _mm_cmpeq_epi8(v, lf)));
    mask |= static_cast<std::uint64_t>(static_cast<std::uint32_t>(_mm_movemask_epi8(hit)))
            << (16 * i);
  }
  return mask;
}
#endif

}  // namespace

// ---- FileBytes ---------------------------------------------------------

absl::StatusOr<FileBytes> FileBytes::Open(const std::string& path) {
  Descriptor fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
  if (fd.get() < 0) {
    return MakeError(ErrorCode::kNotFound,
                     absl::StrCat("cannot open ", path, ": ", SystemReason()));
  }
  struct stat st;
  if (::fstat(fd.get(), &st) != 0) {
    return MakeError(ErrorCode::kInvalidArgument,
                     absl::StrCat("cannot read ", path, ": ", SystemReason()));
  }
  if (S_ISDIR(st.st_mode)) {
    return MakeError(ErrorCode::kInvalidArgument,
                     absl::StrCat("cannot read ", path, ": it is a directory"));
  }
  FileBytes bytes;
  if (S_ISREG(st.st_mode) && st.st_size > 0) {
    void* map = ::mmap(nullptr, static_cast<std::size_t>(st.st_size), PROT_READ,
                       MAP_PRIVATE | MAP_POPULATE, fd.get(), 0);
    if (map != MAP_FAILED) {
      ::madvise(map, static_cast<std::size_t>(st.st_size), MADV_SEQUENTIAL);
      bytes.data_ = static_cast<const char*>(map);
      bytes.size_ = static_cast<std::size_t>(st.st_size);
      bytes.mapped_ = true;
      return bytes;
    }
  }
  absl::StatusOr<std::string> all = ReadAll(fd.get(), path);
  if (!all.ok()) return all.status();
  bytes.size_ = all->size();
  bytes.owned_ = std::make_unique<char[]>(std::max<std::size_t>(all->size(), 1));
  std::memcpy(bytes.owned_.get(), all->data(), all->size());
  bytes.data_ = bytes.owned_.get();
  return bytes;
}

FileBytes::FileBytes(FileBytes&& other) noexcept { *this = std::move(other); }

FileBytes& FileBytes::operator=(FileBytes&& other) noexcept {
  if (this != &other) {
    Release();
    data_ = std::exchange(other.data_, nullptr);
    size_ = std::exchange(other.size_, 0);
    mapped_ = std::exchange(other.mapped_, false);
    owned_ = std::move(other.owned_);
  }
  return *this;
}

FileBytes::~FileBytes() { Release(); }

void FileBytes::Release() {
  if (mapped_) ::munmap(const_cast<char*>(data_), size_);
  data_ = nullptr;
  size_ = 0;
  mapped_ = false;
  owned_.reset();
}

// ---- TextArena ---------------------------------------------------------

std::string_view TextArena::Store(std::string_view text) {
  if (text.size() > left_) {
    const std::size_t size = std::max(kArenaBlock, text.size());
    blocks_.push_back(std::make_unique<char[]>(size));
    cursor_ = blocks_.back().get();
    left_ = size;
  }
  std::memcpy(cursor_, text.data(), text.size());
  const std::string_view stored(cursor_, text.size());
  cursor_ += text.size();
  left_ -= text.size();
  return stored;
}

// ---- CsvScanner --------------------------------------------------------

CsvScanner::CsvScanner(std::string_view data, std::int64_t first_line, TextArena* arena)
    : data_(data), line_(first_line), record_line_(first_line), arena_(arena) {}

void CsvScanner::SkipByteOrderMark() {
  if (data_.substr(pos_, 3) == "\xEF\xBB\xBF") pos_ += 3;
}

CsvScanner::Result CsvScanner::Fail(std::string reason) {
  error_ = ScanError{record_line_, std::move(reason)};
  SkipRestOfLine();
  return Result::kError;
}

void CsvScanner::SkipRestOfLine() {
  const void* lf =
      pos_ < data_.size() ? std::memchr(data_.data() + pos_, '\n', data_.size() - pos_) : nullptr;
  if (lf == nullptr) {
    pos_ = data_.size();
    return;
  }
  pos_ = static_cast<std::size_t>(static_cast<const char*>(lf) - data_.data()) + 1;
  ++line_;
}

bool CsvScanner::FastRecord(std::vector<std::string_view>* fields) {
#if defined(__SSE2__)
  const char* const d = data_.data();
  std::size_t field_start = pos_;
  // A record is shorter than two blocks: the block the last one ended in
  // usually holds the start of this one, and its mask is still right (the
  // data does not change); only the bits before pos_ are dropped.
  std::size_t block = mask_block_;
  std::uint64_t mask = 0;
  if (mask_block_ != kNoBlock && pos_ >= block && pos_ < block + 64) {
    mask = block_mask_ & (~std::uint64_t{0} << (pos_ - block));
  } else if (pos_ + 64 <= data_.size()) {
    block = pos_;
    mask = block_mask_ = SpecialMask64(d + block);
    mask_block_ = block;
  } else {
    return false;
  }
  for (;;) {
    for (; mask != 0; mask &= mask - 1) {
      const std::size_t p = block + static_cast<std::size_t>(__builtin_ctzll(mask));
      switch (d[p]) {
        case ',':
          fields->push_back(std::string_view(d + field_start, p - field_start));
          field_start = p + 1;
          break;
        case '\n':
          fields->push_back(std::string_view(d + field_start, p - field_start));
          pos_ = p + 1;
          ++line_;
          return true;
        case '\r':
          if (p + 1 < data_.size() && d[p + 1] == '\n') {
            fields->push_back(std::string_view(d + field_start, p - field_start));
            pos_ = p + 2;
            ++line_;
            return true;
          }
          [[fallthrough]];
        default:  // a quote or a lone CR: the general path decides
          fields->clear();
          return false;
      }
    }
    block += 64;
    if (block + 64 > data_.size()) break;
    mask = block_mask_ = SpecialMask64(d + block);
    mask_block_ = block;
  }
  fields->clear();
#endif
  return false;
}

CsvScanner::Result CsvScanner::Next(std::vector<std::string_view>* fields) {
  fields->clear();
  const std::size_t size = data_.size();
  const char* const d = data_.data();
  // Empty lines are not records.
  for (;;) {
    if (pos_ >= size) return Result::kEnd;
    record_line_ = line_;
    if (d[pos_] == '\n') {
      ++pos_;
      ++line_;
    } else if (d[pos_] == '\r' && pos_ + 1 < size && d[pos_ + 1] == '\n') {
      pos_ += 2;
      ++line_;
    } else {
      break;
    }
  }
  if (FastRecord(fields)) return Result::kRecord;
  for (;;) {
    if (pos_ < size && d[pos_] == '"') {
      if (!QuotedField(fields)) return Result::kError;
    } else {
      const std::size_t start = pos_;
      while (pos_ < size && !kSpecial[static_cast<unsigned char>(d[pos_])]) ++pos_;
      if (pos_ < size && d[pos_] == '"') {
        return Fail(absl::StrCat("field ", fields->size() + 1,
                                 ": a quote inside an unquoted field (quote the whole "
                                 "field and double the quote)"));
      }
      fields->push_back(std::string_view(d + start, pos_ - start));
    }
    if (pos_ >= size) return Result::kRecord;
    switch (d[pos_]) {
      case ',':
        ++pos_;
        continue;
      case '\n':
        ++pos_;
        ++line_;
        return Result::kRecord;
      case '\r':
        if (pos_ + 1 < size && d[pos_ + 1] == '\n') {
          pos_ += 2;
          ++line_;
          return Result::kRecord;
        }
        return Fail(absl::StrCat("field ", fields->size(),
                                 ": a carriage return not followed by a line feed"));
      default:
        return Fail(absl::StrCat("field ", fields->size(),
                                 ": text after the closing quote (double a quote "
                                 "inside a quoted field)"));
    }
  }
}

bool CsvScanner::QuotedField(std::vector<std::string_view>* fields) {
  const std::size_t size = data_.size();
  const char* const d = data_.data();
  const std::size_t field_number = fields->size() + 1;
  std::size_t start = ++pos_;  // after the opening quote
  bool escaped = false;
  for (;;) {
    const void* q = pos_ < size ? std::memchr(d + pos_, '"', size - pos_) : nullptr;
    const std::size_t end =
        q == nullptr ? size : static_cast<std::size_t>(static_cast<const char*>(q) - d);
    line_ += std::count(d + pos_, d + end, '\n');
    if (q == nullptr) {
      error_ = ScanError{record_line_, absl::StrCat("field ", field_number,
                                                    ": a quoted field is not closed "
                                                    "before the end of the file")};
      pos_ = size;
      return false;
    }
    if (end + 1 < size && d[end + 1] == '"') {  // "" stands for one quote
      if (!escaped) unescaped_.clear();
      escaped = true;
      unescaped_.append(d + start, end + 1 - start);
      start = pos_ = end + 2;
      continue;
    }
    pos_ = end + 1;
    if (escaped) {
      unescaped_.append(d + start, end - start);
      fields->push_back(arena_->Store(unescaped_));
    } else {
      fields->push_back(std::string_view(d + start, end - start));
    }
    return true;
  }
}

std::size_t NextLineStart(std::string_view data, std::size_t offset) {
  if (offset >= data.size()) return data.size();
  const void* lf = std::memchr(data.data() + offset, '\n', data.size() - offset);
  if (lf == nullptr) return data.size();
  return static_cast<std::size_t>(static_cast<const char*>(lf) - data.data()) + 1;
}

}  // namespace relance::csv_internal
