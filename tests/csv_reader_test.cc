// The CSV layer below the ledger: field values (amounts, dates, kinds,
// currencies) and the RFC 4180 scanner (quoting, line counting, BOM, CRLF).

#include "io/csv_reader.h"

#include <algorithm>
#include <cstdint>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "gtest/gtest.h"
#include "io/csv_fields.h"
#include "relance/date.h"
#include "test_support.h"

namespace relance::csv_internal {
namespace {

using ::relance::testing::C;
using ::relance::testing::Day;

std::string AmountError(std::string_view text, std::string_view currency) {
  std::int64_t units = 0;
  std::string reason;
  const ErrorCode code = ParseMinorUnits(text, C(currency), &units, &reason);
  return code == ErrorCode::kOk ? "ok " + std::to_string(units)
                                : std::string(ErrorCodeName(code)) + ": " + reason;
}

TEST(CsvAmountTest, ExactDecimalsToMinorUnits) {
  EXPECT_EQ(AmountError("1250.5", "EUR"), "ok 125050");
  EXPECT_EQ(AmountError("1250.50", "EUR"), "ok 125050");
  EXPECT_EQ(AmountError("1250", "EUR"), "ok 125000");
  EXPECT_EQ(AmountError("-0.05", "EUR"), "ok -5");
  EXPECT_EQ(AmountError("-0", "EUR"), "ok 0");
  EXPECT_EQ(AmountError("1250", "JPY"), "ok 1250");
  EXPECT_EQ(AmountError("1.250", "BHD"), "ok 1250");
  EXPECT_EQ(AmountError("92233720368547758.07", "EUR"), "ok 9223372036854775807");
  EXPECT_EQ(AmountError("-92233720368547758.08", "EUR"), "ok -9223372036854775808");
  EXPECT_EQ(AmountError("000000000000000000000012.5", "EUR"), "ok 1250");
}

TEST(CsvAmountTest, ErrorsSayWhatIsWrong) {
  EXPECT_EQ(AmountError("12.345", "EUR"), "invalid argument: \"12.345\" has 3 decimals; EUR has 2");
  EXPECT_EQ(AmountError("12.5", "JPY"), "invalid argument: \"12.5\" has 1 decimals; JPY has 0");
  EXPECT_EQ(AmountError("92233720368547758.08", "EUR"),
            "invalid argument: \"92233720368547758.08\" is out of range (minor units beyond 64 "
            "bits)");
  EXPECT_EQ(AmountError("99999999999999999999999", "JPY"),
            "invalid argument: \"99999999999999999999999\" is out of range (minor units beyond 64 "
            "bits)");
  const std::string grammar =
      " is not a decimal amount (digits with an optional '-' and '.', such as -1250.50)";
  for (std::string_view bad :
       {"", "-", "12,50", "1.", ".5", "+1", " 1", "1 ", "1e3", "1.2.3", "--1", "EUR 1", "0x10"}) {
    EXPECT_EQ(AmountError(bad, "EUR"), "parse error: \"" + std::string(bad) + "\"" + grammar);
  }
}

TEST(CsvDateTest, AgreesWithDateParseOverFourCenturies) {
  for (std::int32_t days = Day("1900-01-01").days(); days <= Day("2300-12-31").days(); days += 7) {
    std::string text;
    AppendIsoDate(days, &text);
    ASSERT_EQ(text, Date::FromDays(days).ToString());
    std::int32_t parsed = 0;
    std::string reason;
    ASSERT_EQ(ParseIsoDate(text, &parsed, &reason), ErrorCode::kOk) << text;
    ASSERT_EQ(parsed, days) << text;
  }
}

// Days from 1900 to 2155 are read from a table of month starts; every one
// of them, and the days just outside, agree with Date.
TEST(CsvDateTest, EveryDayAroundTheTableAgreesWithDate) {
  for (std::int32_t days = Day("1899-12-01").days(); days <= Day("2156-01-31").days(); ++days) {
    const std::string text = Date::FromDays(days).ToString();
    std::int32_t parsed = 0;
    std::string reason;
    ASSERT_EQ(ParseIsoDate(text, &parsed, &reason), ErrorCode::kOk) << text;
    ASSERT_EQ(parsed, days) << text;
  }
}

TEST(CsvDateTest, RejectsOtherFormsAndMissingDays) {
  std::int32_t days = 0;
  std::string reason;
  EXPECT_EQ(ParseIsoDate("2024-02-29", &days, &reason), ErrorCode::kOk);
  EXPECT_EQ(ParseIsoDate("0001-01-01", &days, &reason), ErrorCode::kOk);
  EXPECT_EQ(ParseIsoDate("9999-12-31", &days, &reason), ErrorCode::kOk);
  for (std::string_view bad : {"2025-02-29", "2025-04-31", "2025-13-01", "2025-00-10", "2025-01-00",
                               "0000-01-01", "1900-02-29", "2024-02-30", "2155-12-32", "2156-02-30",
                               "1899-11-31", "2025-01-99", "2025-99-01"}) {
    EXPECT_EQ(ParseIsoDate(bad, &days, &reason), ErrorCode::kInvalidArgument) << bad;
    EXPECT_EQ(reason, "\"" + std::string(bad) + "\" is not a day of the calendar");
  }
  for (std::string_view bad : {"", "2025-1-01", "2025/01/01", "25-01-01", "2025-01-01 ",
                               "2025-01-01T00", "20250101", "2025-0a-01", "+025-01-01",
                               "2025-01-0:", "2025-01-/1", "2025x01-01", "2025-01x01"}) {
    EXPECT_EQ(ParseIsoDate(bad, &days, &reason), ErrorCode::kParse) << bad;
    EXPECT_EQ(reason, "\"" + std::string(bad) + "\" is not a date of the form YYYY-MM-DD");
  }
}

TEST(CsvFieldsTest, KindsFlagsCurrencies) {
  ItemKind kind = ItemKind::kInvoice;
  std::string reason;
  for (int k = 0; k < kItemKindCount; ++k) {
    ASSERT_EQ(ParseKindName(ItemKindName(static_cast<ItemKind>(k)), &kind, &reason),
              ErrorCode::kOk);
    EXPECT_EQ(static_cast<int>(kind), k);
  }
  EXPECT_EQ(ParseKindName("Invoice", &kind, &reason), ErrorCode::kInvalidArgument);
  EXPECT_EQ(reason,
            "\"Invoice\" is not an item kind (invoice, installment, debit_note, fee, interest, "
            "credit_note)");
  bool flag = true;
  EXPECT_EQ(ParseFlag("", &flag, &reason), ErrorCode::kOk);
  EXPECT_FALSE(flag);
  EXPECT_EQ(ParseFlag("1", &flag, &reason), ErrorCode::kOk);
  EXPECT_TRUE(flag);
  EXPECT_EQ(ParseFlag("yes", &flag, &reason), ErrorCode::kParse);
  EXPECT_EQ(reason, "\"yes\" is not a flag (0 or 1)");

  CurrencyCache cache;
  const Currency* eur = cache.Find("EUR", &reason);
  ASSERT_NE(eur, nullptr);
  EXPECT_EQ(eur->code(), "EUR");
  EXPECT_EQ(cache.Find("JPY", &reason)->minor_units(), 0);
  EXPECT_EQ(cache.Find("EUR", &reason), eur);  // stable pointer, from the cache
  EXPECT_EQ(cache.Find("eur", &reason), nullptr);
  EXPECT_EQ(reason, "\"eur\" is not an ISO 4217 currency code with minor units");
  EXPECT_EQ(cache.Find("XAU", &reason), nullptr);
  EXPECT_EQ(cache.Find("EURO", &reason), nullptr);
}

TEST(CsvFieldsTest, FormatsAmountsAndFields) {
  const auto amount = [](std::int64_t units, int digits) {
    std::string s;
    AppendMinorUnits(units, digits, &s);
    return s;
  };
  EXPECT_EQ(amount(125050, 2), "1250.50");
  EXPECT_EQ(amount(-5, 2), "-0.05");
  EXPECT_EQ(amount(0, 2), "0.00");
  EXPECT_EQ(amount(7, 0), "7");
  EXPECT_EQ(amount(1250, 3), "1.250");
  EXPECT_EQ(amount(INT64_MIN, 2), "-92233720368547758.08");
  EXPECT_EQ(amount(INT64_MAX, 4), "922337203685477.5807");
  const auto field = [](std::string_view text) {
    std::string s;
    AppendField(text, &s);
    return s;
  };
  EXPECT_EQ(field("plain"), "plain");
  EXPECT_EQ(field(""), "");
  EXPECT_EQ(field("a,b"), "\"a,b\"");
  EXPECT_EQ(field("say \"hi\""), "\"say \"\"hi\"\"\"");
  EXPECT_EQ(field("two\nlines"), "\"two\nlines\"");
  EXPECT_EQ(field("cr\r"), "\"cr\r\"");
}

// All records of `data`: fields joined by '|', prefixed by the start line;
// errors as "E<line>: reason".
std::vector<std::string> Scan(std::string_view data) {
  TextArena arena;
  CsvScanner scanner(data, 1, &arena);
  scanner.SkipByteOrderMark();
  std::vector<std::string> out;
  std::vector<std::string_view> fields;
  for (;;) {
    const CsvScanner::Result r = scanner.Next(&fields);
    if (r == CsvScanner::Result::kEnd) break;
    if (r == CsvScanner::Result::kError) {
      out.push_back("E" + std::to_string(scanner.error().line) + ": " + scanner.error().reason);
      continue;
    }
    std::string line = std::to_string(scanner.record_line()) + ":";
    for (std::size_t i = 0; i < fields.size(); ++i) {
      line += (i ? "|" : "") + std::string(fields[i]);
    }
    out.push_back(line);
  }
  return out;
}

using Records = std::vector<std::string>;

TEST(CsvScannerTest, QuotingEdgeCases) {
  EXPECT_EQ(Scan("a,b\n1,2\n"), (Records{"1:a|b", "2:1|2"}));
  EXPECT_EQ(Scan("a,b\n\"x,y\",2\n"), (Records{"1:a|b", "2:x,y|2"}));
  EXPECT_EQ(Scan("\"say \"\"hi\"\"\",\"\"\"\"\n"), (Records{"1:say \"hi\"|\""}));
  EXPECT_EQ(Scan("a\n\"two\nlines\",x\nnext\n"), (Records{"1:a", "2:two\nlines|x", "4:next"}));
  EXPECT_EQ(Scan("a,b\r\n1,2\r\n"), (Records{"1:a|b", "2:1|2"}));
  EXPECT_EQ(Scan("\xEF\xBB\xBF"
                 "a,b\n1,2"),
            (Records{"1:a|b", "2:1|2"}));
  EXPECT_EQ(Scan("a,b\n1,2\n\n"), (Records{"1:a|b", "2:1|2"}));
  EXPECT_EQ(Scan("a\n\n\r\n\nb\n"), (Records{"1:a", "5:b"}));
  EXPECT_EQ(Scan("a,,\n,\n"), (Records{"1:a||", "2:|"}));
  EXPECT_EQ(Scan("\"\"\n"), (Records{"1:"}));
  EXPECT_EQ(Scan("\"a\r\nb\"\r\nc\r\n"), (Records{"1:a\r\nb", "3:c"}));
  EXPECT_EQ(Scan("x,\"\"\"\"\n"), (Records{"1:x|\""}));
}

TEST(CsvScannerTest, LongRecordsTakeTheFastPathAndAgree) {
  // Records longer than one 64-byte block, with and without quotes.
  const std::string long_field(150, 'z');
  const std::string data = "a," + long_field + "\n\"q\"," + long_field + "\r\n" + long_field +
                           ",b,c,d,e,f,g,h,i,j,k,l,m,n,o,p,q,r,s,t,u,v,w\n";
  EXPECT_EQ(Scan(data),
            (Records{"1:a|" + long_field, "2:q|" + long_field,
                     "3:" + long_field + "|b|c|d|e|f|g|h|i|j|k|l|m|n|o|p|q|r|s|t|u|v|w"}));
}

// Many short records back to back, so that a record starts in the 64-byte
// block the previous one ended in (the fast path reuses that block's
// classification), mixed with quoted fields, CRLF ends and empty lines
// that the general path reads in between.
TEST(CsvScannerTest, RecordsOfEveryLengthBackToBackAgree) {
  std::mt19937 random(7);
  std::string data;
  Records expected;
  int line = 1;
  for (int r = 0; r < 3000; ++r) {
    const int fields = 1 + static_cast<int>(random() % 9);
    std::string joined = std::to_string(line) + ":";
    for (int f = 0; f < fields; ++f) {
      // (A record's first field is never empty: an empty line is no record.)
      std::string text(f == 0 ? 1 + random() % 22 : random() % 23,
                       static_cast<char>('a' + random() % 26));
      const bool quoted = random() % 17 == 0;
      if (quoted) text += random() % 2 ? ",\"" : "\n";
      if (f > 0) data += ',';
      if (quoted) {
        std::string escaped;
        for (char c : text) escaped += c == '"' ? std::string("\"\"") : std::string(1, c);
        data += "\"" + escaped + "\"";
      } else {
        data += text;
      }
      joined += (f ? "|" : "") + text;
      line += static_cast<int>(std::count(text.begin(), text.end(), '\n'));
    }
    data += random() % 5 == 0 ? "\r\n" : "\n";
    ++line;
    if (random() % 29 == 0) {
      data += "\n";
      ++line;
    }
    expected.push_back(joined);
  }
  EXPECT_EQ(Scan(data), expected);
}

TEST(CsvScannerTest, SyntaxErrorsNameTheLineAndResume) {
  EXPECT_EQ(Scan("a\nab\"c\nd\n"),
            (Records{"1:a",
                     "E2: field 1: a quote inside an unquoted field (quote the whole field and "
                     "double the quote)",
                     "3:d"}));
  EXPECT_EQ(Scan("\"ab\"c,d\ne\n"),
            (Records{"E1: field 1: text after the closing quote (double a quote inside a quoted "
                     "field)",
                     "2:e"}));
  EXPECT_EQ(Scan("a,b\rc\nd\n"),
            (Records{"E1: field 2: a carriage return not followed by a line feed", "2:d"}));
  EXPECT_EQ(
      Scan("a\nb,\"open\n\nstill open"),
      (Records{"1:a", "E2: field 2: a quoted field is not closed before the end of the file"}));
}

TEST(CsvScannerTest, NextLineStart) {
  EXPECT_EQ(NextLineStart("ab\ncd\n", 0), 3u);
  EXPECT_EQ(NextLineStart("ab\ncd\n", 3), 6u);
  EXPECT_EQ(NextLineStart("ab\ncd", 4), 5u);
  EXPECT_EQ(NextLineStart("ab", 7), 2u);
}

}  // namespace
}  // namespace relance::csv_internal
