// Importing an open-items file as a ledger (relance/csv.h,
// docs/csv-format.md): open amounts and disputes as of the file's date,
// quoting edge cases, every error with its file, line and column,
// all-or-nothing loading, the error limit, parallel parsing. The canonical
// directory is in csv_directory_test.cc.

#include "relance/csv.h"

#include <string>
#include <vector>

#include "csv_test_support.h"
#include "gtest/gtest.h"
#include "io/customer_lookup.h"
#include "ledger_store.h"
#include "test_support.h"

namespace relance {
namespace {

using testing::C;
using testing::CodeOf;
using testing::Day;
using testing::Lines;
using testing::Message;
using testing::TempDir;
using testing::Texts;

constexpr std::string_view kOpenHeader =
    "customer_id,item_id,document_date,due_date,currency,amount,open_amount";

// ---- open-items file --------------------------------------------------------

TEST(OpenItemsImportTest, LoadsItemsCustomersAndDisputesAsOfTheFileDate) {
  TempDir dir;
  const std::string file =
      dir.Write("open.csv",
                "customer_id,item_id,document_date,due_date,currency,amount,open_amount,"
                "disputed_amount,kind,reference,customer_name\n"
                "ACME,F1,2025-01-10,2025-02-09,EUR,1250.5,1000,200,,PO-1,\n"
                "BETA,F2,2025-01-15,,JPY,50000,50000,0,,,\"Beta, SARL\"\n"
                "ACME,F3,2025-02-01,2025-03-03,EUR,99.99,99.99,,invoice,\"say \"\"x\"\"\",Acme SA\n"
                "ACME,A1,2025-02-05,2025-02-05,EUR,-40,-10,,,,Acme (later name)\n"
                "BETA,F4,2025-02-10,2025-03-12,USD,10,0,,fee,,\n");
  std::vector<CsvError> errors = {CsvError{"stale", 1, "", "", ErrorCode::kParse}};
  absl::StatusOr<Ledger> ledger = ImportLedger(file, {}, &errors);
  ASSERT_TRUE(ledger.ok()) << ledger.status();
  EXPECT_TRUE(errors.empty());
  EXPECT_EQ(ledger->customer_count(), 2u);
  EXPECT_EQ(ledger->item_count(), 5u);
  const LedgerStore& s = ledger->store();
  // Customers in order of first appearance, with the first name seen.
  EXPECT_EQ(s.customer_ids.Get(0), "ACME");
  EXPECT_EQ(s.customer_names.Get(0), "Acme SA");
  EXPECT_EQ(s.customer_names.Get(1), "Beta, SARL");
  const Date as_of = Day("2025-03-31");
  EXPECT_EQ(ledger->OpenAmount("F1", as_of)->ToString(), "1000.00 EUR");
  EXPECT_EQ(ledger->OpenAmount("F1", Day("2025-01-10"))->ToString(), "1000.00 EUR");
  EXPECT_EQ(ledger->OpenAmount("F1", Day("2025-01-09"))->ToString(), "0.00 EUR");
  EXPECT_EQ(ledger->OpenAmount("F2", as_of)->ToString(), "50000 JPY");
  EXPECT_EQ(ledger->OpenAmount("A1", as_of)->ToString(), "-10.00 EUR");
  EXPECT_EQ(ledger->OpenAmount("F4", as_of)->ToString(), "0.00 USD");
  // Disputes raised on the document date.
  EXPECT_EQ(ledger->Disputed("F1", as_of)->ToString(), "200.00 EUR");
  EXPECT_EQ(ledger->Disputed("F1", Day("2025-01-10"))->ToString(), "200.00 EUR");
  EXPECT_EQ(ledger->Disputed("F1", Day("2025-01-09"))->ToString(), "0.00 EUR");
  EXPECT_EQ(ledger->Disputed("F3", as_of)->ToString(), "0.00 EUR");
  EXPECT_EQ(ledger->Balance("ACME", as_of)->front().ToString(), "1089.99 EUR");
  // Kinds: named, or by the sign; no due date stays none.
  const std::int32_t a1 = s.item_ids.Find("A1");
  const std::int32_t f2 = s.item_ids.Find("F2");
  const std::int32_t f3 = s.item_ids.Find("F3");
  EXPECT_EQ(s.item_kind[static_cast<std::size_t>(a1)], ItemKind::kCreditNote);
  EXPECT_EQ(s.item_kind[static_cast<std::size_t>(s.item_ids.Find("F4"))], ItemKind::kFee);
  EXPECT_EQ(s.item_due_date[static_cast<std::size_t>(f2)], kNoDate.days());
  EXPECT_EQ(s.item_references.Get(static_cast<std::size_t>(f3)), "say \"x\"");
}

TEST(OpenItemsImportTest, DisputedFlagMeansTheWholeOpenAmount) {
  TempDir dir;
  const std::string file = dir.Write("open.csv",
                                     "customer_id,item_id,document_date,due_date,currency,amount,"
                                     "open_amount,disputed\r\n"
                                     "C1,I1,2025-01-10,2025-02-09,EUR,100,60,1\r\n"
                                     "C1,I2,2025-01-10,2025-02-09,EUR,100,100,0\r\n"
                                     "C1,I3,2025-01-10,2025-02-09,EUR,100,0,1\r\n"
                                     "C1,I4,2025-01-10,2025-02-09,EUR,100,100,\r\n");
  absl::StatusOr<Ledger> ledger = ImportOpenItems(file);
  ASSERT_TRUE(ledger.ok()) << ledger.status();
  EXPECT_EQ(ledger->Disputed("I1", Day("2025-06-30"))->ToString(), "60.00 EUR");
  EXPECT_EQ(ledger->Disputed("I2", Day("2025-06-30"))->ToString(), "0.00 EUR");
  EXPECT_EQ(ledger->Disputed("I3", Day("2025-06-30"))->ToString(), "0.00 EUR");
  EXPECT_EQ(ledger->store().disputes.size(), 1u);
}

TEST(OpenItemsImportTest, BomQuotedNewlinesAndTrailingEmptyLine) {
  TempDir dir;
  const std::string file =
      dir.Write("open.csv", "\xEF\xBB\xBF" + std::string(kOpenHeader) +
                                ",reference\n"
                                "C1,I1,2025-01-10,2025-02-09,EUR,100,100,\"two\nlines\"\n"
                                "C1,I2,2025-01-10,2025-02-09,EUR,100,100,x\n\n");
  absl::StatusOr<Ledger> ledger = ImportOpenItems(file);
  ASSERT_TRUE(ledger.ok()) << ledger.status();
  EXPECT_EQ(ledger->item_count(), 2u);
  // The line count includes the quoted line feed: I2 is on line 4.
  const std::string bad =
      dir.Write("bad.csv", std::string(kOpenHeader) +
                               ",reference\n"
                               "C1,I1,2025-01-10,2025-02-09,EUR,100,100,\"two\nlines\"\n"
                               "C1,I2,2025-01-10,2025-02-09,EUR,100,1000,x\n");
  std::vector<CsvError> errors;
  EXPECT_FALSE(ImportOpenItems(bad, {}, &errors).ok());
  EXPECT_EQ(Texts(errors),
            (Lines{"bad.csv:4: column open_amount: \"1000\" is outside 0..100 (the amount)"}));
}

TEST(OpenItemsImportTest, EveryFieldErrorWithFileLineAndColumn) {
  TempDir dir;
  const std::string file =
      dir.Write("erp.csv", std::string(kOpenHeader) +
                               ",disputed_amount,kind\n"
                               "C1,I1,2025-01-10,2025-02-09,EUR,100,100,,\n"          // 2: fine
                               ",I2,2025-01-10,2025-02-09,EUR,100,100,,\n"            // 3
                               "C1,,2025-01-10,2025-02-09,EUR,100,100,,\n"            // 4
                               "C1,I5,10/01/2025,2025-02-09,EUR,100,100,,\n"          // 5
                               "C1,I6,2025-01-10,2025-02-30,EUR,100,100,,\n"          // 6
                               "C1,I7,2025-01-10,2025-01-09,EUR,100,100,,\n"          // 7
                               "C1,I8,2025-01-10,2025-02-09,EURO,100,100,,\n"         // 8
                               "C1,I9,2025-01-10,2025-02-09,EUR,12.345,100,,\n"       // 9
                               "C1,I10,2025-01-10,2025-02-09,JPY,100,12.5,,\n"        // 10
                               "C1,I11,2025-01-10,2025-02-09,EUR,0,0,,\n"             // 11
                               "C1,I12,2025-01-10,2025-02-09,EUR,-5,-5,,invoice\n"    // 12
                               "C1,I13,2025-01-10,2025-02-09,EUR,5,5,,credit_note\n"  // 13
                               "C1,I14,2025-01-10,2025-02-09,EUR,5,6,,\n"             // 14
                               "C1,I15,2025-01-10,2025-02-09,EUR,5,5,7,\n"            // 15
                               "C1,I16,2025-01-10,2025-02-09,EUR,5,5,,bill\n"         // 16
                               "C1,I17,2025-01-10,2025-02-09,EUR,-5,-5,1,\n"          // 17
                               "C1,I18,2025-01-10,2025-02-09,EUR,5,5\n"               // 18
                               "C1,\"I\"19,2025-01-10,2025-02-09,EUR,5,5,,\n"         // 19
                               "C1,I20,2025-01-10,2025-02-09,EUR,5,5,,\n");           // 20: fine
  std::vector<CsvError> errors;
  CsvImportOptions options;
  options.as_of = Day("2025-12-31");
  absl::StatusOr<Ledger> ledger = ImportOpenItems(file, options, &errors);
  ASSERT_FALSE(ledger.ok());
  EXPECT_EQ(
      Texts(errors),
      (Lines{
          "erp.csv:3: column customer_id: empty (an id is required)",
          "erp.csv:4: column item_id: empty (an id is required)",
          "erp.csv:5: column document_date: \"10/01/2025\" is not a date of the form YYYY-MM-DD",
          "erp.csv:6: column due_date: \"2025-02-30\" is not a day of the calendar",
          "erp.csv:7: column due_date: \"2025-01-09\" is before the document date 2025-01-10",
          "erp.csv:8: column currency: \"EURO\" is not an ISO 4217 currency code with minor units",
          "erp.csv:9: column amount: \"12.345\" has 3 decimals; EUR has 2",
          "erp.csv:10: column open_amount: \"12.5\" has 1 decimals; JPY has 0",
          "erp.csv:11: column amount: \"0\" is zero",
          "erp.csv:12: column amount: \"-5\" is negative; only credit notes (kind credit_note) are",
          "erp.csv:13: column amount: \"5\" is positive; a credit note's amount is negative",
          "erp.csv:14: column open_amount: \"6\" is outside 0..5 (the amount)",
          "erp.csv:15: column disputed_amount: \"7\" is outside 0..5 (the open amount)",
          "erp.csv:16: column kind: \"bill\" is not an item kind (invoice, installment, "
          "debit_note, fee, interest, credit_note)",
          "erp.csv:17: column disputed_amount: a credit note cannot be disputed",
          "erp.csv:18: expected 9 fields (as in the header), found 7",
          "erp.csv:19: field 2: text after the closing quote (double a quote inside a quoted "
          "field)",
      }));
  EXPECT_EQ(errors[0].code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(errors[2].code, ErrorCode::kParse);
  EXPECT_EQ(errors[2].line, 5);
  EXPECT_EQ(errors[2].column, "document_date");
  EXPECT_EQ(Message(ledger.status()),
            "17 errors in erp.csv, first: erp.csv:3: column customer_id: empty (an id is "
            "required)");
  EXPECT_EQ(CodeOf(ledger), ErrorCode::kInvalidArgument);
}

TEST(OpenItemsImportTest, HeaderErrors) {
  TempDir dir;
  std::vector<CsvError> errors;
  EXPECT_FALSE(
      ImportOpenItems(dir.Write("a.csv", "customer_id,item_id,Amount,item_id\n"), {}, &errors)
          .ok());
  EXPECT_EQ(Texts(errors),
            (Lines{"a.csv:1: column Amount: unknown column (the columns are customer_id, item_id, "
                   "document_date, due_date, currency, amount, open_amount, disputed_amount, "
                   "disputed, kind, reference, customer_name)",
                   "a.csv:1: column item_id: repeated (fields 2 and 4)",
                   "a.csv:1: column document_date: required column missing from the header",
                   "a.csv:1: column due_date: required column missing from the header",
                   "a.csv:1: column currency: required column missing from the header",
                   "a.csv:1: column amount: required column missing from the header",
                   "a.csv:1: column open_amount: required column missing from the header"}));
  EXPECT_FALSE(ImportOpenItems(dir.Write("b.csv", ""), {}, &errors).ok());
  EXPECT_EQ(Texts(errors), (Lines{"b.csv: the file is empty (a header line is required)"}));
  EXPECT_FALSE(
      ImportOpenItems(dir.Write("c.csv", std::string(kOpenHeader) + ",disputed,disputed_amount\n"),
                      {}, &errors)
          .ok());
  EXPECT_EQ(Texts(errors),
            (Lines{"c.csv:1: column disputed: give either disputed_amount or the disputed flag, "
                   "not both"}));
  // A header alone is an empty, valid book.
  absl::StatusOr<Ledger> empty = ImportOpenItems(dir.Write("d.csv", std::string(kOpenHeader)));
  ASSERT_TRUE(empty.ok()) << empty.status();
  EXPECT_EQ(empty->item_count(), 0u);
}

TEST(OpenItemsImportTest, TheFileDateBoundsTheDocumentDates) {
  TempDir dir;
  const std::string file = dir.Write("open.csv", std::string(kOpenHeader) +
                                                     "\n"
                                                     "C1,I1,2025-06-30,2025-07-30,EUR,1,1\n"
                                                     "C1,I2,2025-07-01,2025-07-31,EUR,1,1\n");
  CsvImportOptions options;
  options.as_of = Day("2025-06-30");
  std::vector<CsvError> errors;
  EXPECT_FALSE(ImportOpenItems(file, options, &errors).ok());
  EXPECT_EQ(Texts(errors), (Lines{"open.csv:3: column document_date: \"2025-07-01\" is after "
                                  "the file's date 2025-06-30"}));
  EXPECT_TRUE(ImportOpenItems(file).ok());
}

TEST(OpenItemsImportTest, MissingFileIsNotFound) {
  std::vector<CsvError> errors;
  absl::StatusOr<Ledger> ledger = ImportLedger("/nonexistent/relance/open.csv", {}, &errors);
  EXPECT_EQ(CodeOf(ledger), ErrorCode::kNotFound);
  EXPECT_EQ(Message(ledger.status()),
            "cannot open /nonexistent/relance/open.csv: No such file or directory");
  EXPECT_EQ(Texts(errors), (Lines{"open.csv: cannot open /nonexistent/relance/open.csv: No such "
                                  "file or directory"}));
}

TEST(OpenItemsImportTest, AllOrNothingABadLastRowLoadsNothing) {
  TempDir dir;
  std::string text = std::string(kOpenHeader) + "\n";
  for (int i = 0; i < 1000; ++i) {
    text += "C" + std::to_string(i % 7) + ",I" + std::to_string(i) +
            ",2025-01-10,2025-02-09,EUR,100.00,50.00\n";
  }
  text += "C1,ILAST,2025-01-10,2025-02-09,EUR,100.00,50.001\n";
  std::vector<CsvError> errors;
  absl::StatusOr<Ledger> ledger = ImportOpenItems(dir.Write("big.csv", text), {}, &errors);
  EXPECT_FALSE(ledger.ok());
  EXPECT_EQ(Texts(errors),
            (Lines{"big.csv:1002: column open_amount: \"50.001\" has 3 decimals; EUR has 2"}));
  EXPECT_EQ(Message(ledger.status()),
            "1 error in big.csv: big.csv:1002: column open_amount: \"50.001\" has 3 decimals; "
            "EUR has 2");
}

TEST(OpenItemsImportTest, LedgerErrorsMapBackToTheLine) {
  TempDir dir;
  std::vector<CsvError> errors;
  absl::StatusOr<Ledger> ledger = ImportOpenItems(
      dir.Write("dup.csv", std::string(kOpenHeader) + "\n"
                                                      "C1,I1,2025-01-10,2025-02-09,EUR,100,100\n"
                                                      "C2,I2,2025-01-10,2025-02-09,EUR,100,100\n"
                                                      "C1,I2,2025-01-10,2025-02-09,EUR,100,100\n"),
      {}, &errors);
  EXPECT_EQ(CodeOf(ledger), ErrorCode::kAlreadyExists);
  // The Ledger stores items clustered by customer, so it meets line 4's I2
  // (customer C1) before line 3's.
  EXPECT_EQ(Texts(errors), (Lines{"dup.csv:3: column item_id: item \"I2\" already exists"}));
}

TEST(OpenItemsImportTest, ErrorLimitStopsCollecting) {
  TempDir dir;
  std::string text = std::string(kOpenHeader) + "\n";
  for (int i = 0; i < 50; ++i) text += "C1,I" + std::to_string(i) + ",bad,,EUR,1,1\n";
  CsvImportOptions options;
  options.max_errors = 3;
  std::vector<CsvError> errors;
  absl::StatusOr<Ledger> ledger = ImportOpenItems(dir.Write("many.csv", text), options, &errors);
  EXPECT_EQ(errors.size(), 3u);
  EXPECT_EQ(errors.back().line, 4);
  EXPECT_EQ(Message(ledger.status()),
            "3 errors (the limit; there may be more) in many.csv, first: many.csv:2: column "
            "document_date: \"bad\" is not a date of the form YYYY-MM-DD");
  EXPECT_EQ(CodeOf(ledger), ErrorCode::kParse);
}

TEST(OpenItemsImportTest, ParallelChunksGiveTheSameBookAndLines) {
  TempDir dir;
  // Quoted line feeds everywhere, so that some chunk splits fall inside a
  // quoted field and must be redone; a bad row near the end.
  std::string text = std::string(kOpenHeader) + ",reference,customer_name\n";
  for (int i = 0; i < 3000; ++i) {
    text += "C" + std::to_string(i % 97) + ",I" + std::to_string(i) +
            ",2025-01-10,2025-02-09,EUR," + std::to_string(i + 1) + ".5,1," +
            (i % 3 == 0 ? "\"ref\n" + std::to_string(i) + "\n\"" : "r") + ",\"N, " +
            std::to_string(i % 97) + "\"\n";
  }
  const std::string good = dir.Write("good.csv", text);
  const std::string bad =
      dir.Write("bad.csv", text + "C1,IBAD,2025-01-10,2025-02-09,EUR,1,2,r,n\n");
  for (int threads : {1, 2, 3, 7}) {
    CsvImportOptions options;
    options.threads = threads;
    absl::StatusOr<Ledger> ledger = ImportOpenItems(good, options);
    ASSERT_TRUE(ledger.ok()) << threads << ": " << ledger.status();
    EXPECT_EQ(ledger->item_count(), 3000u);
    EXPECT_EQ(ledger->customer_count(), 97u);
    const LedgerStore& s = ledger->store();
    EXPECT_EQ(s.customer_ids.Get(5), "C5");
    EXPECT_EQ(s.customer_names.Get(5), "N, 5");
    EXPECT_EQ(s.item_references.Get(static_cast<std::size_t>(s.item_ids.Find("I2997"))),
              "ref\n2997\n");
    EXPECT_EQ(ledger->OpenAmount("I1234", Day("2025-12-31"))->ToString(), "1.00 EUR");
    std::vector<CsvError> errors;
    EXPECT_FALSE(ImportOpenItems(bad, options, &errors).ok());
    // 1 header line + 3000 rows, 1000 of them on 3 lines each.
    EXPECT_EQ(Texts(errors), (Lines{"bad.csv:5002: column open_amount: \"2\" is outside 0..1 "
                                    "(the amount)"}))
        << threads;
  }
}

// Rows sorted by customer (as ERP exports are): the customers are numbered
// without a hash index, also when a customer's rows straddle two chunks;
// a customer that comes back later is still the same customer.
TEST(OpenItemsImportTest, CustomersSortedOrNotAndSplitAcrossChunks) {
  TempDir dir;
  std::string text = std::string(kOpenHeader) + "\n";
  for (int i = 0; i < 3000; ++i) {
    text += "C" + std::to_string(1000 + i / 30) + ",I" + std::to_string(i) +
            ",2025-01-10,2025-02-09,EUR,1,1\n";
  }
  const std::string sorted = dir.Write("sorted.csv", text);
  const std::string back = dir.Write("back.csv", text + "C1050,IBACK,2025-01-10,,EUR,1,1\n");
  for (int threads : {1, 2, 3, 7}) {
    CsvImportOptions options;
    options.threads = threads;
    for (const std::string& file : {sorted, back}) {
      absl::StatusOr<Ledger> ledger = ImportOpenItems(file, options);
      ASSERT_TRUE(ledger.ok()) << threads << ": " << ledger.status();
      EXPECT_EQ(ledger->customer_count(), 100u);
      const LedgerStore& s = ledger->store();
      for (const int i : {0, 29, 30, 1499, 1500, 2999}) {
        const std::int32_t item = s.item_ids.Find("I" + std::to_string(i));
        EXPECT_EQ(s.customer_ids.Get(s.customer_of_item(item)), "C" + std::to_string(1000 + i / 30))
            << threads << " " << i;
      }
    }
    absl::StatusOr<Ledger> ledger = ImportOpenItems(back, options);
    const LedgerStore& s = ledger->store();
    EXPECT_EQ(s.customer_ids.Get(s.customer_of_item(s.item_ids.Find("IBACK"))), "C1050");
    EXPECT_EQ(ledger->Balance("C1050", Day("2025-12-31"))->front().ToString(), "31.00 EUR");
  }
}

TEST(CustomerLookupTest, IncreasingIdsThenAnyOrder) {
  csv_internal::CustomerLookup lookup;
  std::vector<std::string_view> known;
  const auto add = [&](std::string_view id) {
    known.push_back(id);
    lookup.Added(id, known);
  };
  EXPECT_EQ(lookup.Find("B", known), -1);
  add("B");
  EXPECT_EQ(lookup.Find("B", known), 0);
  EXPECT_EQ(lookup.Find("C", known), -1);
  add("C");
  EXPECT_EQ(lookup.Find("A", known), -1);  // out of order: from now on hashed
  add("A");
  EXPECT_EQ(lookup.Find("B", known), 0);
  EXPECT_EQ(lookup.Find("C", known), 1);
  EXPECT_EQ(lookup.Find("A", known), 2);
  EXPECT_EQ(lookup.Find("D", known), -1);
  add("D");
  EXPECT_EQ(lookup.Find("D", known), 3);
  EXPECT_EQ(lookup.Find("BB", known), -1);
}

}  // namespace
}  // namespace relance
