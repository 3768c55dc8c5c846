// Internal: the values of CSV fields (docs/csv-format.md), parsed straight
// from bytes and formatted straight to bytes: exact decimal amounts in minor
// units, ISO dates as day numbers, currency codes, item kinds, 0/1 flags.
//
// Parsers return ErrorCode::kOk on success; on failure kParse (text that
// does not follow the grammar) or kInvalidArgument (a well-formed value out
// of its domain), and set `*reason` to a message that quotes the text and
// says what was expected.

#ifndef RELANCE_SRC_IO_CSV_FIELDS_H_
#define RELANCE_SRC_IO_CSV_FIELDS_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "relance/currency.h"
#include "relance/error.h"
#include "relance/ledger.h"

namespace relance::csv_internal {

// "-12.5" EUR -> -1250 (EUR has 2 minor digits). Grammar: an optional '-',
// one or more digits, optionally '.' and one or more digits. Fails (kParse)
// for other text; (kInvalidArgument) for more fraction digits than the
// currency has, or minor units beyond int64.
ErrorCode ParseMinorUnits(std::string_view text, const Currency& currency, std::int64_t* units,
                          std::string* reason);

// Strict YYYY-MM-DD (years 0001..9999, a day that exists) -> days since
// 1970-01-01.
ErrorCode ParseIsoDate(std::string_view text, std::int32_t* days, std::string* reason);

// An item kind by its name (ItemKindName).
ErrorCode ParseKindName(std::string_view text, ItemKind* kind, std::string* reason);

// "0" or "1" (empty is 0).
ErrorCode ParseFlag(std::string_view text, bool* flag, std::string* reason);

// Currency codes, looked up once each: a file has few distinct codes.
class CurrencyCache {
 public:
  // The currency, or null (and `*reason` set) for an unknown code. The
  // pointer is into the static table: it never dangles.
  const Currency* Find(std::string_view code, std::string* reason) {
    if (code.size() == 3) {
      const std::uint32_t key = Key(code);
      for (const auto& [k, currency] : seen_) {
        if (k == key) return currency;
      }
    }
    return FindNew(code, reason);
  }

 private:
  static std::uint32_t Key(std::string_view code) {
    return static_cast<std::uint32_t>(static_cast<unsigned char>(code[0])) |
           static_cast<std::uint32_t>(static_cast<unsigned char>(code[1])) << 8 |
           static_cast<std::uint32_t>(static_cast<unsigned char>(code[2])) << 16;
  }
  const Currency* FindNew(std::string_view code, std::string* reason);

  std::vector<std::pair<std::uint32_t, const Currency*>> seen_;
};

// Appends `units` minor units as a decimal with exactly `minor_digits`
// fraction digits: 125050, 2 -> "1250.50"; -5, 2 -> "-0.05"; 7, 0 -> "7".
void AppendMinorUnits(std::int64_t units, int minor_digits, std::string* out);

// Appends days since 1970-01-01 as YYYY-MM-DD. REQUIRES: a year 0..9999.
void AppendIsoDate(std::int32_t days, std::string* out);

// Appends `text` as a CSV field, quoted when it holds a comma, a quote, CR
// or LF (quotes doubled).
void AppendField(std::string_view text, std::string* out);

// `text` shortened for a message: at most 40 bytes, with "..." when cut.
std::string Quote(std::string_view text);

}  // namespace relance::csv_internal

#endif  // RELANCE_SRC_IO_CSV_FIELDS_H_
