// The canonical CSV form of a ledger (relance/csv.h, docs/csv-format.md):
// export then import reproduces every query; the files are deterministic;
// errors name the file, line and column, Ledger errors included.

#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include "csv_test_support.h"
#include "gtest/gtest.h"
#include "ledger_store.h"
#include "relance/csv.h"
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

namespace fs = std::filesystem;

void Check(const absl::Status& s) { ASSERT_TRUE(s.ok()) << s; }

// A book with every kind of fact: limits, terms, segments, all item kinds,
// a prior settlement, payments in three currencies, allocations from
// payments and a credit note, a reversal whose money is allocated again,
// write-offs with reasons, open and cleared disputes.
Ledger RichLedger() {
  Ledger l;
  const std::vector<std::string_view> ids = {"ACME", "BETA", "GAMA", "DELTA"};
  const std::vector<std::string_view> names = {"Acme, SA", "Beta \"B\"", "", "two\nlines"};
  const std::vector<std::string_view> segments = {"key", "", "export", ""};
  const std::vector<std::optional<Money>> limits = {
      Money::FromMinorUnits(5000000, C("EUR")), std::nullopt,
      Money::FromMinorUnits(1000000, C("JPY")), Money::FromMinorUnits(0, C("USD"))};
  const std::vector<std::string_view> terms = {"eom+45", "", "net 30", ""};
  Check(l.AddCustomers(
      {.ids = ids, .names = names, .segments = segments, .credit_limits = limits, .terms = terms}));
  const std::vector<std::string_view> items = {"F1", "F2", "CN1", "F3", "F4", "F5", "F6", "F7"};
  const std::vector<std::string_view> owners = {"ACME", "ACME", "ACME", "ACME",
                                                "BETA", "GAMA", "ACME", "BETA"};
  const std::vector<ItemKind> kinds = {
      ItemKind::kInvoice,     ItemKind::kInvoice, ItemKind::kCreditNote, ItemKind::kInvoice,
      ItemKind::kInstallment, ItemKind::kFee,     ItemKind::kInterest,   ItemKind::kDebitNote};
  const std::vector<Date> docs = {Day("2025-01-10"), Day("2025-01-15"), Day("2025-01-20"),
                                  Day("2024-11-30"), Day("2025-01-05"), Day("2025-02-01"),
                                  Day("2025-02-10"), Day("2025-01-31")};
  const std::vector<Date> dues = {Day("2025-02-09"), kNoDate, Day("2025-01-20"), Day("2024-12-30"),
                                  Day("2025-02-05"), kNoDate, Day("2025-02-10"), kNoDate};
  const std::vector<std::int64_t> amounts = {100000, 250000, -20000, 50000,
                                             123456, 5000,   4012,   777};
  const std::vector<std::int64_t> open = {100000, 250000, -20000, 30000, 123456, 5000, 4012, 777};
  const std::vector<Currency> currencies = {C("EUR"), C("EUR"), C("EUR"), C("EUR"),
                                            C("USD"), C("JPY"), C("EUR"), C("USD")};
  const std::vector<std::string_view> refs = {"PO-1", "", "", "old, \"migrated\"",
                                              "",     "", "", "DN"};
  Check(l.AddItems({.ids = items,
                    .customer_ids = owners,
                    .kinds = kinds,
                    .document_dates = docs,
                    .due_dates = dues,
                    .amounts = amounts,
                    .currencies = currencies,
                    .references = refs,
                    .open_amounts = open}));
  const std::vector<std::string_view> pays = {"P1", "P2", "P3"};
  const std::vector<std::string_view> payers = {"ACME", "ACME", "BETA"};
  const std::vector<Date> values = {Day("2025-02-01"), Day("2025-02-15"), Day("2025-02-20")};
  const std::vector<std::int64_t> paid = {80000, 100000, 50000};
  const std::vector<Currency> pay_cur = {C("EUR"), C("EUR"), C("USD")};
  const std::vector<std::string_view> pay_refs = {"F1", "", "wire 42"};
  Check(l.AddPayments({.ids = pays,
                       .customer_ids = payers,
                       .value_dates = values,
                       .amounts = paid,
                       .currencies = pay_cur,
                       .references = pay_refs}));
  auto allocate = [&](AllocationSource src, std::string_view from, std::string_view to,
                      std::int64_t amount, std::string_view date) {
    const std::vector<AllocationSource> s = {src};
    const std::vector<std::string_view> f = {from}, t = {to};
    const std::vector<std::int64_t> a = {amount};
    const std::vector<Date> d = {Day(date)};
    ASSERT_TRUE(
        l.AddAllocations({.sources = s, .source_ids = f, .item_ids = t, .amounts = a, .dates = d})
            .ok());
  };
  allocate(AllocationSource::kPayment, "P1", "F1", 50000, "2025-02-01");
  allocate(AllocationSource::kPayment, "P2", "F2", 100000, "2025-02-15");
  Check(l.ReverseAllocation(1, Day("2025-02-20")));
  // P2's money, given back on 02-20, goes to F1 on 02-21.
  allocate(AllocationSource::kPayment, "P2", "F1", 50000, "2025-02-21");
  allocate(AllocationSource::kCreditNote, "CN1", "F6", 4012, "2025-02-10");
  allocate(AllocationSource::kPayment, "P1", "F2", 30000, "2025-02-25");
  const std::vector<std::string_view> wo_items = {"F3", "F7"};
  const std::vector<std::int64_t> wo_amounts = {5000, 77};
  const std::vector<Date> wo_dates = {Day("2025-03-01"), Day("2025-03-02")};
  const std::vector<std::string_view> reasons = {"small balance, \"agreed\"", ""};
  Check(l.AddWriteOffs(
      {.item_ids = wo_items, .amounts = wo_amounts, .dates = wo_dates, .reasons = reasons}));
  const std::vector<std::string_view> d_items = {"F1", "F7", "F2"};
  const std::vector<std::int64_t> d_amounts = {10000, 700, 250000};
  const std::vector<Date> raised = {Day("2025-01-20"), Day("2025-02-01"), Day("2025-01-16")};
  const std::vector<Date> cleared = {Day("2025-02-10"), kNoDate, Day("2025-01-17")};
  Check(l.AddDisputes(
      {.item_ids = d_items, .amounts = d_amounts, .raised = raised, .cleared = cleared}));
  return l;
}

// Everything the queries of a ledger say, as text.
std::string Describe(const Ledger& l) {
  const LedgerStore& s = l.store();
  const std::vector<Date> dates = {
      Day("2024-11-29"), Day("2024-12-31"), Day("2025-01-10"), Day("2025-01-16"), Day("2025-01-20"),
      Day("2025-02-01"), Day("2025-02-10"), Day("2025-02-15"), Day("2025-02-20"), Day("2025-02-21"),
      Day("2025-02-25"), Day("2025-03-01"), Day("2025-12-31")};
  std::ostringstream out;
  for (std::size_t c = 0; c < s.customer_ids.size(); ++c) {
    const auto i = static_cast<std::int32_t>(c);
    const std::string_view id = s.customer_ids.Get(i);
    out << "customer " << id << " name=" << s.customer_names.Get(c)
        << " segment=" << s.customer_segments.Get(c)
        << " limit=" << (s.credit_limit(i) ? s.credit_limit(i)->ToString() : "none")
        << " terms=" << (s.terms_of(i) ? s.terms_of(i)->ToString() : "none") << "\n";
    // (Each StatusOr is held: a range-for over *temporary would dangle.)
    for (Date d : dates) {
      const absl::StatusOr<std::vector<Money>> balance = l.Balance(id, d);
      const absl::StatusOr<std::vector<Money>> cash = l.UnappliedCash(id, d);
      for (const Money& m : *balance) out << " bal " << d << " " << m;
      for (const Money& m : *cash) out << " cash " << m;
    }
    const absl::StatusOr<std::vector<Statement>> statements =
        l.Statements(id, Day("2024-01-01"), Day("2025-12-31"));
    for (const Statement& st : *statements) {
      out << "\n statement " << st.currency << " " << st.opening;
      for (const StatementLine& line : st.lines) {
        out << "\n  " << line.date << " " << static_cast<int>(line.kind) << " " << line.id << " "
            << line.reference << " " << line.debit << " " << line.credit << " " << line.balance;
      }
      out << "\n closing " << st.closing;
    }
    out << "\n";
  }
  for (std::size_t i = 0; i < s.item_ids.size(); ++i) {
    const auto k = static_cast<std::int32_t>(i);
    const std::string_view id = s.item_ids.Get(k);
    out << "item " << id << " " << ItemKindName(s.item_kind[i])
        << " doc=" << s.item_document_date[i] << " due=" << s.item_due_date[i]
        << " amount=" << s.item_amount[i] << " " << s.currency_of_item(k)
        << " ref=" << s.item_references.Get(i) << "\n";
    for (Date d : dates) out << " " << *l.OpenAmount(id, d) << "/" << *l.Disputed(id, d);
    out << "\n";
  }
  for (std::size_t p = 0; p < s.payment_ids.size(); ++p) {
    const std::string_view id = s.payment_ids.Get(static_cast<std::int32_t>(p));
    out << "payment " << id << " ref=" << s.payment_references.Get(p);
    for (Date d : dates) out << " " << *l.Unapplied(id, d);
    out << "\n";
  }
  for (std::int64_t a = 0; a < static_cast<std::int64_t>(l.allocation_count()); ++a) {
    const Allocation x = *l.GetAllocation(a);
    out << "allocation " << x.index << " " << static_cast<int>(x.source) << " " << x.source_id
        << "->" << x.item_id << " " << x.amount << " " << x.date
        << " reversed=" << (x.reversed ? x.reversed->ToString() : "no") << "\n";
  }
  return out.str();
}

TEST(CsvDirectoryTest, ExportThenImportReproducesTheLedger) {
  const Ledger original = RichLedger();
  TempDir first, second;
  ASSERT_TRUE(ExportLedger(original, first.path()).ok());
  std::vector<CsvError> errors;
  absl::StatusOr<Ledger> imported = ImportLedger(first.path(), {}, &errors);
  ASSERT_TRUE(imported.ok()) << imported.status();
  EXPECT_EQ(Describe(*imported), Describe(original));
  EXPECT_EQ(imported->store().disputes.size(), 3u);
  // Exporting the imported ledger writes the same bytes.
  ASSERT_TRUE(ExportLedger(*imported, second.path()).ok());
  for (const char* f : {"customers.csv", "items.csv", "payments.csv", "allocations.csv",
                        "write_offs.csv", "disputes.csv"}) {
    EXPECT_EQ(second.Read(f), first.Read(f)) << f;
  }
}

TEST(CsvDirectoryTest, TheFilesAsWritten) {
  TempDir dir;
  ASSERT_TRUE(ExportLedger(RichLedger(), dir.path()).ok());
  EXPECT_EQ(dir.Read("customers.csv"),
            "customer_id,name,segment,credit_limit,credit_limit_currency,terms\n"
            "ACME,\"Acme, SA\",key,50000.00,EUR,eom+45\n"
            "BETA,\"Beta \"\"B\"\"\",,,,\n"
            "GAMA,,export,1000000,JPY,net 30\n"
            "DELTA,\"two\nlines\",,0.00,USD,\n");
  EXPECT_EQ(dir.Read("allocations.csv"),
            "source,source_id,item_id,currency,amount,date,reversed_on\n"
            "payment,P1,F1,EUR,500.00,2025-02-01,\n"
            "payment,P2,F2,EUR,1000.00,2025-02-15,2025-02-20\n"
            "payment,P2,F1,EUR,500.00,2025-02-21,\n"
            "credit_note,CN1,F6,EUR,40.12,2025-02-10,\n"
            "payment,P1,F2,EUR,300.00,2025-02-25,\n");
  EXPECT_EQ(dir.Read("write_offs.csv"),
            "item_id,currency,amount,date,reason\n"
            "F3,EUR,50.00,2025-03-01,\"small balance, \"\"agreed\"\"\"\n"
            "F7,USD,0.77,2025-03-02,\n");
  EXPECT_EQ(dir.Read("disputes.csv"),
            "item_id,currency,amount,raised,cleared\n"
            "F1,EUR,100.00,2025-01-20,2025-02-10\n"
            "F7,USD,7.00,2025-02-01,\n"
            "F2,EUR,2500.00,2025-01-16,2025-01-17\n");
  // Items clustered by customer (the Ledger's storage order); F2's due date
  // came from ACME's terms; F3 was settled by 200.00 before it was loaded.
  EXPECT_EQ(dir.Read("items.csv"),
            "item_id,customer_id,kind,document_date,due_date,currency,amount,prior_settled,"
            "reference\n"
            "F1,ACME,invoice,2025-01-10,2025-02-09,EUR,1000.00,,PO-1\n"
            "F2,ACME,invoice,2025-01-15,2025-03-17,EUR,2500.00,,\n"
            "CN1,ACME,credit_note,2025-01-20,2025-01-20,EUR,-200.00,,\n"
            "F3,ACME,invoice,2024-11-30,2024-12-30,EUR,500.00,200.00,\"old, \"\"migrated\"\"\"\n"
            "F6,ACME,interest,2025-02-10,2025-02-10,EUR,40.12,,\n"
            "F4,BETA,installment,2025-01-05,2025-02-05,USD,1234.56,,\n"
            "F7,BETA,debit_note,2025-01-31,,USD,7.77,,DN\n"
            "F5,GAMA,fee,2025-02-01,2025-03-03,JPY,5000,,\n");
  EXPECT_EQ(dir.Read("payments.csv"),
            "payment_id,customer_id,value_date,currency,amount,reference\n"
            "P1,ACME,2025-02-01,EUR,800.00,F1\n"
            "P2,ACME,2025-02-15,EUR,1000.00,\n"
            "P3,BETA,2025-02-20,USD,500.00,wire 42\n");
}

TEST(CsvDirectoryTest, TheSampleBookLoadsAndRoundTrips) {
  const std::string sample = std::string(RELANCE_SOURCE_DIR) + "/examples/data/distributor";
  std::vector<CsvError> errors;
  absl::StatusOr<Ledger> book = ImportLedger(sample, {}, &errors);
  ASSERT_TRUE(book.ok()) << book.status();
  EXPECT_EQ(book->customer_count(), 300u);
  TempDir dir;
  ASSERT_TRUE(ExportLedger(*book, dir.path()).ok());
  absl::StatusOr<Ledger> again = ImportLedgerDirectory(dir.path());
  ASSERT_TRUE(again.ok()) << again.status();
  EXPECT_EQ(Describe(*again), Describe(*book));
}

TEST(CsvDirectoryTest, OptionalFilesAndColumns) {
  TempDir dir;
  dir.Write("customers.csv", "customer_id\nC1\n");
  dir.Write("items.csv",
            "currency,amount,document_date,customer_id,item_id\nEUR,10,2025-01-01,C1,I1\n"
            "EUR,-4,2025-01-02,C1,I2\n");
  absl::StatusOr<Ledger> l = ImportLedgerDirectory(dir.path());
  ASSERT_TRUE(l.ok()) << l.status();
  EXPECT_EQ(l->item_count(), 2u);
  EXPECT_EQ(l->store().item_kind[1], ItemKind::kCreditNote);
  EXPECT_EQ(l->OpenAmount("I1", Day("2025-01-01"))->ToString(), "10.00 EUR");
}

TEST(CsvDirectoryTest, FileAndFieldErrorsFromSeveralFiles) {
  TempDir dir;
  std::vector<CsvError> errors;
  absl::StatusOr<Ledger> l = ImportLedgerDirectory(dir.path(), {}, &errors);
  EXPECT_EQ(CodeOf(l), ErrorCode::kNotFound);
  EXPECT_EQ(errors.size(), 2u);
  EXPECT_EQ(errors[0].file, "customers.csv");
  EXPECT_EQ(errors[1].file, "items.csv");
  EXPECT_EQ(errors[1].reason,
            "cannot open " + dir.path() + "/items.csv: No such file or directory");

  dir.Write("customers.csv",
            "customer_id,credit_limit,credit_limit_currency,terms\nC1,-5,EUR,\nC2,5,,\nC3,,EUR,\n");
  dir.Write("items.csv",
            "item_id,customer_id,document_date,currency,amount,prior_settled\n"
            "I1,C1,2025-01-01,EUR,10,11\n");
  dir.Write("payments.csv",
            "payment_id,customer_id,value_date,currency,amount\nP1,C1,2025-01-01,EUR,0\n");
  dir.Write("allocations.csv",
            "source,source_id,item_id,currency,amount,date\ncheque,P1,I1,EUR,1,2025-01-01\n");
  l = ImportLedgerDirectory(dir.path(), {}, &errors);
  EXPECT_EQ(Texts(errors),
            (Lines{"customers.csv:2: column credit_limit: \"-5\" is negative",
                   "customers.csv:3: column credit_limit_currency: empty (a credit limit needs "
                   "its currency)",
                   "customers.csv:4: column credit_limit_currency: given without a credit_limit",
                   "items.csv:2: column prior_settled: \"11\" is outside 0..|amount|",
                   "payments.csv:2: column amount: \"0\" is not positive",
                   "allocations.csv:2: column source: \"cheque\" is not a source (payment, "
                   "credit_note)"}));
  EXPECT_EQ(Message(l.status()),
            "6 errors in customers.csv, items.csv, payments.csv, allocations.csv, first: "
            "customers.csv:2: column credit_limit: \"-5\" is negative");
}

// A good directory with one more row in one file.
class LedgerErrorTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_.Write("customers.csv", "customer_id,terms\nC1,net 30\nC2,\n");
    dir_.Write("items.csv",
               "item_id,customer_id,kind,document_date,due_date,currency,amount\n"
               "I1,C1,invoice,2025-01-10,,EUR,100\n"
               "I2,C2,invoice,2025-01-10,2025-01-31,USD,100\n"
               "CN,C1,credit_note,2025-01-10,,EUR,-30\n");
    dir_.Write("payments.csv",
               "payment_id,customer_id,value_date,currency,amount\nP1,C1,2025-02-01,EUR,80\n");
  }
  std::vector<std::string> Errors() {
    std::vector<CsvError> errors;
    absl::StatusOr<Ledger> l = ImportLedgerDirectory(dir_.path(), {}, &errors);
    EXPECT_FALSE(l.ok());
    return Texts(errors);
  }
  TempDir dir_;
};

TEST_F(LedgerErrorTest, GoodAsIs) {
  absl::StatusOr<Ledger> l = ImportLedgerDirectory(dir_.path());
  ASSERT_TRUE(l.ok()) << l.status();
  EXPECT_EQ(l->store().item_due_date[0], Day("2025-02-09").days());  // net 30
}

TEST_F(LedgerErrorTest, Customers) {
  dir_.Write("customers.csv", "customer_id,terms\nC1,net 30\nC2,\nC1,\n");
  EXPECT_EQ(Errors(),
            (Lines{"customers.csv:4: column customer_id: customer \"C1\" already exists"}));
  dir_.Write("customers.csv", "customer_id,terms\nC1,net 30\nC2,net thirty\n");
  const Lines terms = Errors();
  ASSERT_EQ(terms.size(), 1u);
  EXPECT_EQ(terms[0].substr(0, 53), "customers.csv:3: column terms: customer \"C2\": terms: ");
}

TEST_F(LedgerErrorTest, Items) {
  dir_.Write("items.csv",
             "item_id,customer_id,document_date,currency,amount\nI1,C1,2025-01-10,EUR,100\n"
             "I2,C9,2025-01-10,EUR,100\n");
  EXPECT_EQ(Errors(), (Lines{"items.csv:3: column customer_id: item \"I2\": unknown customer "
                             "\"C9\""}));
}

TEST_F(LedgerErrorTest, AllocationsAfterTheCurrencyCheck) {
  dir_.Write("allocations.csv",
             "source_id,item_id,currency,amount,date\n"
             "P1,I1,USD,10,2025-02-01\n"
             "P1,I9,EUR,10,2025-02-01\n");
  EXPECT_EQ(Errors(), (Lines{"allocations.csv:2: column currency: USD is not the currency of "
                             "item \"I1\" (EUR)"}));
  dir_.Write("allocations.csv",
             "source_id,item_id,currency,amount,date\n"
             "P1,I1,EUR,60,2025-02-01\n"
             "P1,I1,EUR,30,2025-02-02\n");
  // (The Ledger names the row that tips the payment over: the second.)
  EXPECT_EQ(Errors(), (Lines{"allocations.csv:3: column amount: allocation of 30.00 EUR on "
                             "2025-02-02 takes more than is unapplied: payment \"P1\" would have "
                             "-10.00 EUR unapplied on 2025-02-02 (20.00 EUR unapplied on that "
                             "date before this row; amount 80.00 EUR)"}));
  dir_.Write("allocations.csv",
             "source,source_id,item_id,currency,amount,date,reversed_on\n"
             "payment,P1,I1,EUR,60,2025-02-01,2025-01-01\n");
  EXPECT_EQ(Errors().size(), 1u);
  EXPECT_EQ(Errors()[0].substr(0, 39), "allocations.csv:2: column reversed_on: ");
  dir_.Write("allocations.csv",
             "source,source_id,item_id,currency,amount,date\n"
             "credit_note,CN,I1,EUR,30,2025-01-09\n");
  EXPECT_EQ(Errors(), (Lines{"allocations.csv:2: column date: allocation dated 2025-01-09 is "
                             "before \"CN\" (dated 2025-01-10)"}));
}

TEST_F(LedgerErrorTest, WriteOffsAndDisputes) {
  dir_.Write("write_offs.csv", "item_id,currency,amount,date\nI1,EUR,5,2025-01-01\n");
  EXPECT_EQ(Errors(), (Lines{"write_offs.csv:2: column date: write-off dated 2025-01-01 is "
                             "before item \"I1\" (dated 2025-01-10)"}));
  fs::remove(dir_.path() + "/write_offs.csv");
  dir_.Write("disputes.csv",
             "item_id,currency,amount,raised,cleared\n"
             "I1,EUR,5,2025-01-12,2025-01-12\n");
  EXPECT_EQ(Errors(), (Lines{"disputes.csv:2: column cleared: dispute on item \"I1\" cleared on "
                             "2025-01-12, not after it was raised (2025-01-12)"}));
}

}  // namespace
}  // namespace relance
