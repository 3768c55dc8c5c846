// relance_book_gen -- writes a generated open-items book as CSV
// (book_generator.h), for bench/compare.py and by hand:
//
//   relance_book_gen --items 10000000 [--customers 1000000] [--seed N]
//                    [--as-of 2025-06-30] [--out book.csv] [--checksum]
//
// --customers defaults to items / 10. --out defaults to standard output.
// --checksum prints the FNV-1a 64 of the bytes written (header included) on
// standard error, with the row and byte counts and the time taken; the
// book-generator test pins it, so a change of the book is seen.

#include <algorithm>
#include <chrono>
#include <cinttypes>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>

#include "book_generator.h"

namespace {

using relance::bench::BookSpec;

struct Options {
  BookSpec spec;
  std::string out = "-";
  bool checksum = false;
};

[[noreturn]] void Usage(const char* message) {
  std::fprintf(stderr,
               "relance_book_gen: %s\nusage: relance_book_gen --items N [--customers N] "
               "[--seed N] [--as-of YYYY-MM-DD] [--out FILE] [--checksum]\n",
               message);
  std::exit(2);
}

std::int64_t ParseCount(const char* text) {
  char* end = nullptr;
  const long long value = std::strtoll(text, &end, 10);
  if (end == text || *end != '\0' || value < 1) Usage("expected a positive number");
  return value;
}

Options ParseOptions(int argc, char** argv) {
  Options options;
  std::int64_t customers = 0;
  for (int i = 1; i < argc; ++i) {
    const std::string_view flag = argv[i];
    if (flag == "--checksum") {
      options.checksum = true;
      continue;
    }
    if (i + 1 >= argc) Usage("a flag lacks its value");
    const char* value = argv[++i];
    if (flag == "--items") {
      options.spec.items = ParseCount(value);
    } else if (flag == "--customers") {
      customers = ParseCount(value);
    } else if (flag == "--seed") {
      options.spec.seed = static_cast<std::uint64_t>(ParseCount(value));
    } else if (flag == "--as-of") {
      auto date = relance::Date::Parse(value);
      if (!date.ok()) Usage("--as-of: expected YYYY-MM-DD");
      options.spec.as_of = *date;
    } else if (flag == "--out") {
      options.out = value;
    } else {
      Usage("unknown flag");
    }
  }
  options.spec.customers =
      customers != 0 ? customers : std::max<std::int64_t>(1, options.spec.items / 10);
  if (options.spec.customers > options.spec.items) Usage("more customers than items");
  return options;
}

std::uint64_t Fnv1a(std::uint64_t hash, std::string_view bytes) {
  for (const char c : bytes) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 0x100000001B3ULL;
  }
  return hash;
}

}  // namespace

int main(int argc, char** argv) {
  const Options options = ParseOptions(argc, argv);
  const auto start = std::chrono::steady_clock::now();
  std::FILE* file = options.out == "-" ? stdout : std::fopen(options.out.c_str(), "wb");
  if (file == nullptr) {
    std::perror(options.out.c_str());
    return 1;
  }
  relance::bench::BookGenerator generator(options.spec);
  relance::bench::IsoDateCache dates;
  relance::bench::OpenItemRow row;
  std::string buffer;
  buffer.reserve(1 << 22);
  buffer.append(relance::bench::kOpenItemsHeader);
  buffer.push_back('\n');
  std::uint64_t hash = 0xCBF29CE484222325ULL;
  std::uint64_t bytes = 0;
  bool more = true;
  while (more) {
    while ((more = generator.Next(row)) && buffer.size() < (1 << 22) - 256) {
      relance::bench::AppendCsvRow(row, dates, buffer);
    }
    if (more) relance::bench::AppendCsvRow(row, dates, buffer);
    if (options.checksum) hash = Fnv1a(hash, buffer);
    bytes += buffer.size();
    if (std::fwrite(buffer.data(), 1, buffer.size(), file) != buffer.size()) {
      std::perror(options.out.c_str());
      return 1;
    }
    buffer.clear();
  }
  if (file != stdout && std::fclose(file) != 0) {
    std::perror(options.out.c_str());
    return 1;
  }
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  if (options.checksum) {
    std::fprintf(stderr,
                 "rows %" PRId64 " customers %" PRId64 " bytes %" PRIu64 " fnv1a64 %016" PRIx64
                 " seconds %.2f\n",
                 options.spec.items, options.spec.customers, bytes, hash, seconds);
  }
  return 0;
}
