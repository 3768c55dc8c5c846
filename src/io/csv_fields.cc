// Internal: CSV field values (csv_fields.h).

#include "io/csv_fields.h"

#include <algorithm>
#include <cstring>

#include "absl/strings/str_cat.h"
#include "absl_bridge.h"

namespace relance::csv_internal {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's
// days_from_civil). REQUIRES: a valid date.
constexpr std::int32_t DaysFromCivil(int y, unsigned m, unsigned d) {
  y -= m <= 2;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int>(doe) - 719468;
}

unsigned DaysInMonth(int y, unsigned m) {
  static constexpr unsigned kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m == 2 && (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0))) return 29;
  return kDays[m - 1];
}

unsigned TwoDigits(const char* p) {
  return static_cast<unsigned>(p[0] - '0') * 10 + static_cast<unsigned>(p[1] - '0');
}

// The first day of each month from January 1900 to January 2156, as days
// since 1970-01-01. A book has two dates a row: reading them from this
// table (12 KiB) takes half the time of the formula.
constexpr int kTableFirstYear = 1900;
constexpr int kTableYears = 256;
struct MonthStarts {
  std::int32_t days[kTableYears * 12 + 1];
};
constexpr MonthStarts MakeMonthStarts() {
  MonthStarts t{};
  for (int k = 0; k <= kTableYears * 12; ++k) {
    t.days[k] = DaysFromCivil(kTableFirstYear + k / 12, static_cast<unsigned>(k % 12) + 1, 1);
  }
  return t;
}
constexpr MonthStarts kMonthStarts = MakeMonthStarts();

// p[i] as a digit value; above 9 when it is not a digit.
unsigned DigitAt(const char* p, int i) {
  return static_cast<unsigned>(static_cast<unsigned char>(p[i])) - unsigned{'0'};
}

// A well-formed YYYY-MM-DD of a day from 1900-01-01 to 2155-12-31, from the
// table; false for anything else (ParseIsoDate then decides and explains).
bool ParseTableDate(std::string_view text, std::int32_t* days) {
  if (text.size() != 10) return false;
  const char* p = text.data();
  const unsigned y0 = DigitAt(p, 0), y1 = DigitAt(p, 1), y2 = DigitAt(p, 2), y3 = DigitAt(p, 3);
  const unsigned m0 = DigitAt(p, 5), m1 = DigitAt(p, 6), d0 = DigitAt(p, 8), d1 = DigitAt(p, 9);
  // Non-short-circuit: one branch instead of ten.
  const bool shape = (y0 <= 9) & (y1 <= 9) & (y2 <= 9) & (y3 <= 9) & (m0 <= 9) & (m1 <= 9) &
                     (d0 <= 9) & (d1 <= 9) & (p[4] == '-') & (p[7] == '-');
  if (!shape) return false;
  const unsigned month = m0 * 10 + m1;
  const unsigned day = d0 * 10 + d1;
  const unsigned k = (y0 * 1000 + y1 * 100 + y2 * 10 + y3 - kTableFirstYear) * 12 + month - 1;
  // (Years before 1900 wrap around to large k.)
  if (month - 1 >= 12 || k >= kTableYears * 12 || day < 1) return false;
  const std::int32_t first = kMonthStarts.days[k];
  if (day > static_cast<unsigned>(kMonthStarts.days[k + 1] - first)) return false;
  *days = first + static_cast<std::int32_t>(day) - 1;
  return true;
}

}  // namespace

std::string Quote(std::string_view text) {
  constexpr std::size_t kMax = 40;
  if (text.size() <= kMax) return absl::StrCat("\"", AbslView(text), "\"");
  return absl::StrCat("\"", AbslView(text.substr(0, kMax)), "...\"");
}

ErrorCode ParseMinorUnits(std::string_view text, const Currency& currency, std::int64_t* units,
                          std::string* reason) {
  const int minor_digits = currency.minor_units();
  const char* p = text.data();
  const char* const end = p + text.size();
  const bool negative = p != end && *p == '-';
  if (negative) ++p;
  // Digits go into an unsigned accumulator; more than 18 of them (with the
  // padding to the minor unit) may leave int64 and are checked one by one.
  std::uint64_t magnitude = 0;
  int digits = 0;
  bool overflow = false;
  auto push_digit = [&](unsigned digit) {
    if (++digits > 18) {
      overflow |= __builtin_mul_overflow(magnitude, std::uint64_t{10}, &magnitude);
      overflow |= __builtin_add_overflow(magnitude, std::uint64_t{digit}, &magnitude);
    } else {
      magnitude = magnitude * 10 + digit;
    }
  };
  const char* const int_start = p;
  while (p != end && IsDigit(*p)) push_digit(static_cast<unsigned>(*p++ - '0'));
  bool well_formed = p != int_start;
  int fraction_digits = 0;
  if (well_formed && p != end && *p == '.') {
    const char* const frac_start = ++p;
    while (p != end && IsDigit(*p)) push_digit(static_cast<unsigned>(*p++ - '0'));
    fraction_digits = static_cast<int>(p - frac_start);
    well_formed = fraction_digits > 0;
  }
  if (!well_formed || p != end) {
    *reason = absl::StrCat(Quote(text),
                           " is not a decimal amount (digits with an optional '-' and "
                           "'.', such as -1250.50)");
    return ErrorCode::kParse;
  }
  if (fraction_digits > minor_digits) {
    *reason = absl::StrCat(Quote(text), " has ", fraction_digits, " decimals; ",
                           AbslView(currency.code()), " has ", minor_digits);
    return ErrorCode::kInvalidArgument;
  }
  for (int i = fraction_digits; i < minor_digits; ++i) push_digit(0);
  // |INT64_MIN| = 2^63 is allowed for negative amounts only.
  const std::uint64_t limit = negative ? std::uint64_t{1} << 63 : (std::uint64_t{1} << 63) - 1;
  if (overflow || magnitude > limit) {
    *reason = absl::StrCat(Quote(text), " is out of range (minor units beyond 64 bits)");
    return ErrorCode::kInvalidArgument;
  }
  *units =
      negative ? static_cast<std::int64_t>(~magnitude + 1) : static_cast<std::int64_t>(magnitude);
  return ErrorCode::kOk;
}

ErrorCode ParseIsoDate(std::string_view text, std::int32_t* days, std::string* reason) {
  if (ParseTableDate(text, days)) return ErrorCode::kOk;
  const char* p = text.data();
  bool shape = text.size() == 10 && p[4] == '-' && p[7] == '-';
  for (int i : {0, 1, 2, 3, 5, 6, 8, 9}) shape = shape && IsDigit(p[i]);
  if (!shape) {
    *reason = absl::StrCat(Quote(text), " is not a date of the form YYYY-MM-DD");
    return ErrorCode::kParse;
  }
  const int year = static_cast<int>(TwoDigits(p) * 100 + TwoDigits(p + 2));
  const unsigned month = TwoDigits(p + 5);
  const unsigned day = TwoDigits(p + 8);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > DaysInMonth(year, month)) {
    *reason = absl::StrCat(Quote(text), " is not a day of the calendar");
    return ErrorCode::kInvalidArgument;
  }
  *days = DaysFromCivil(year, month, day);
  return ErrorCode::kOk;
}

ErrorCode ParseKindName(std::string_view text, ItemKind* kind, std::string* reason) {
  for (int k = 0; k < kItemKindCount; ++k) {
    if (text == ItemKindName(static_cast<ItemKind>(k))) {
      *kind = static_cast<ItemKind>(k);
      return ErrorCode::kOk;
    }
  }
  std::string names;
  for (int k = 0; k < kItemKindCount; ++k) {
    absl::StrAppend(&names, k == 0 ? "" : ", ", AbslView(ItemKindName(static_cast<ItemKind>(k))));
  }
  *reason = absl::StrCat(Quote(text), " is not an item kind (", names, ")");
  return ErrorCode::kInvalidArgument;
}

ErrorCode ParseFlag(std::string_view text, bool* flag, std::string* reason) {
  if (text.empty() || text == "0") {
    *flag = false;
  } else if (text == "1") {
    *flag = true;
  } else {
    *reason = absl::StrCat(Quote(text), " is not a flag (0 or 1)");
    return ErrorCode::kParse;
  }
  return ErrorCode::kOk;
}

const Currency* CurrencyCache::FindNew(std::string_view code, std::string* reason) {
  const absl::Span<const Currency> table = Currency::All();
  const auto it =
      std::lower_bound(table.begin(), table.end(), code,
                       [](const Currency& c, std::string_view v) { return c.code() < v; });
  if (code.size() == 3 && it != table.end() && it->code() == code) {
    seen_.emplace_back(Key(code), &*it);
    return &*it;
  }
  *reason = absl::StrCat(Quote(code), " is not an ISO 4217 currency code with minor units");
  return nullptr;
}

void AppendMinorUnits(std::int64_t units, int minor_digits, std::string* out) {
  // Digits of |units|, least significant first, through unsigned arithmetic
  // so that INT64_MIN is fine.
  std::uint64_t magnitude =
      units < 0 ? ~static_cast<std::uint64_t>(units) + 1 : static_cast<std::uint64_t>(units);
  char digits[24];
  int n = 0;
  do {
    digits[n++] = static_cast<char>('0' + magnitude % 10);
    magnitude /= 10;
  } while (magnitude != 0);
  while (n <= minor_digits) digits[n++] = '0';  // at least one integer digit
  if (units < 0) out->push_back('-');
  for (int i = n - 1; i >= 0; --i) {
    if (i == minor_digits - 1) out->push_back('.');
    out->push_back(digits[i]);
  }
}

void AppendIsoDate(std::int32_t days, std::string* out) {
  // civil_from_days (Howard Hinnant).
  const std::int64_t z = static_cast<std::int64_t>(days) + 719468;
  const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const auto doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  const auto y = static_cast<unsigned>(static_cast<std::int64_t>(yoe) + era * 400 + (m <= 2));
  const char text[10] = {static_cast<char>('0' + y / 1000 % 10),
                         static_cast<char>('0' + y / 100 % 10),
                         static_cast<char>('0' + y / 10 % 10),
                         static_cast<char>('0' + y % 10),
                         '-',
                         static_cast<char>('0' + m / 10),
                         static_cast<char>('0' + m % 10),
                         '-',
                         static_cast<char>('0' + d / 10),
                         static_cast<char>('0' + d % 10)};
  out->append(text, sizeof text);
}

void AppendField(std::string_view text, std::string* out) {
  if (text.find_first_of(",\"\r\n") == std::string_view::npos) {
    out->append(text.data(), text.size());
    return;
  }
  out->push_back('"');
  for (char c : text) {
    if (c == '"') out->push_back('"');
    out->push_back(c);
  }
  out->push_back('"');
}

}  // namespace relance::csv_internal
