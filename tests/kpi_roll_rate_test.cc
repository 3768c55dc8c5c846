// The roll-rate matrix (relance/roll_rate.h) on the hand-worked book of
// kpi_test_book.h, from 2023-12-31 to 2024-03-31, due-date basis, default
// bounds: columns not_due, d1_30, d31_60, d61_90, d91_120, over_120, then
// paid, credited, written_off; rows the same six, then new.

#include "relance/roll_rate.h"

#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "kpi_test_book.h"
#include "test_support.h"

namespace relance {
namespace {

using testing::C;
using testing::CodeOf;
using testing::Day;
using testing::HandWorkedBook;

// The row's cells as text, e.g. "0.00 0.00 ... 800.00".
std::string Row(const RollRateMatrix& m, int row) {
  std::string s;
  for (int c = 0; c < m.column_count(); ++c) {
    if (c > 0) s += ' ';
    s += m.cell(row, c).amount().ToString();
  }
  return s;
}

RollRateOptions Quarter() {
  RollRateOptions o;
  o.from = Day("2023-12-31");
  o.to = Day("2024-03-31");
  return o;
}

TEST(RollRate, HandWorkedEuro) {
  absl::StatusOr<RollRateReport> report = RollRates(HandWorkedBook(), Quarter());
  ASSERT_TRUE(report.ok()) << report.status();
  EXPECT_EQ(report->row_names,
            (std::vector<std::string>{"not_due", "d1_30", "d31_60", "d61_90", "d91_120",
                                      "over_120", "new"}));
  ASSERT_EQ(report->column_names.size(), 9u);
  EXPECT_EQ(report->column_names[8], "written_off");
  ASSERT_EQ(report->currencies.size(), 2u);
  const RollRateMatrix& m = report->currencies[0];
  ASSERT_EQ(m.currency, C("EUR"));
  // On 2023-12-31: B1 800 due that day (not due); A1 1000, 16 days late;
  // C1 300, 61 days late.
  //   B1: +200 paid on 01-05, -200 reversed on 01-25: 0 paid; 800 open on
  //       03-31, 91 days late -> d91_120.
  //   A1: 600 + 400 paid.       C1: 300 written off.
  // New: A2 2000 paid; A3 1500 open, not due; B2 100 credited, 400 paid;
  // C2 200 open, 30 days after its date -> d1_30; C3 450 settled before
  // import (paid), 250 open, 25 days late -> d1_30.
  EXPECT_EQ(Row(m, 0), "0.00 0.00 0.00 0.00 800.00 0.00 0.00 0.00 0.00");
  EXPECT_EQ(Row(m, 1), "0.00 0.00 0.00 0.00 0.00 0.00 1000.00 0.00 0.00");
  EXPECT_EQ(Row(m, 2), "0.00 0.00 0.00 0.00 0.00 0.00 0.00 0.00 0.00");
  EXPECT_EQ(Row(m, 3), "0.00 0.00 0.00 0.00 0.00 0.00 0.00 0.00 300.00");
  EXPECT_EQ(Row(m, m.new_row()), "1500.00 450.00 0.00 0.00 0.00 0.00 2850.00 100.00 0.00");
  EXPECT_EQ(m.row_totals[6].ToString(), "4900.00 EUR");
  // Open debit amounts on 03-31: 1500 + 450 + 800 = 2750.
  EXPECT_EQ(m.column_totals[0].ToString(), "1500.00 EUR");
  EXPECT_EQ(m.column_totals[4].ToString(), "800.00 EUR");
  EXPECT_EQ(m.column_totals[m.paid_column()].ToString(), "3850.00 EUR");

  absl::StatusOr<KpiFigure> rolled = RollRate(m, 0, 4, 2, RoundingMode::kHalfEven);
  ASSERT_TRUE(rolled.ok());
  EXPECT_EQ(rolled->value->ToString(), "100.00");
  // New sales paid: 2850 x 100 / 4900 = 58.163...
  EXPECT_EQ(RollRate(m, 6, 6, 2, RoundingMode::kHalfEven)->value->ToString(), "58.16");
  EXPECT_EQ(RollRate(m, 2, 0, 2, RoundingMode::kHalfEven)->status, KpiStatus::kNoBase);
  EXPECT_EQ(CodeOf(RollRate(m, 7, 0, 2, RoundingMode::kHalfEven)), ErrorCode::kInvalidArgument);
  EXPECT_EQ(CodeOf(RollRate(m, 0, 9, 2, RoundingMode::kHalfEven)), ErrorCode::kInvalidArgument);
  EXPECT_EQ(CodeOf(RollRate(m, 0, 0, 2, RoundingMode::kExact)), ErrorCode::kInvalidArgument);
}

TEST(RollRate, HandWorkedDollar) {
  const absl::StatusOr<RollRateReport> report = RollRates(HandWorkedBook(), Quarter());
  ASSERT_TRUE(report.ok());
  const RollRateMatrix& m = report->currencies[1];
  ASSERT_EQ(m.currency, C("USD"));
  // D1 30 days late on 12-31 (d1_30): 300 paid, 700 open 121 days late.
  // New: DF 40, 71 days late (d61_90); E1 100, 51 days late (d31_60).
  EXPECT_EQ(Row(m, 1), "0.00 0.00 0.00 0.00 0.00 700.00 300.00 0.00 0.00");
  EXPECT_EQ(Row(m, m.new_row()), "0.00 0.00 100.00 40.00 0.00 0.00 0.00 0.00 0.00");
}

TEST(RollRate, DocumentBasisOtherBoundsAndSelection) {
  RollRateOptions o = Quarter();
  o.bounds = {60};
  o.basis = AgingBasis::kDocumentDate;
  o.customers = {"B"};
  absl::StatusOr<RollRateReport> report = RollRates(HandWorkedBook(), o);
  ASSERT_TRUE(report.ok());
  ASSERT_EQ(report->currencies.size(), 1u);
  const RollRateMatrix& m = report->currencies[0];
  // Columns: not_due, d1_60, over_60, paid, credited, written_off. B1 dated
  // 12-01: 30 days on 12-31 (d1_60), 121 on 03-31 (over_60). B2 new, 100
  // credited and 400 paid; B3 is after 03-31.
  EXPECT_EQ(Row(m, 1), "0.00 0.00 800.00 0.00 0.00 0.00");
  EXPECT_EQ(Row(m, m.new_row()), "0.00 0.00 0.00 400.00 100.00 0.00");
}

TEST(RollRate, Errors) {
  RollRateOptions o = Quarter();
  o.to = Day("2023-12-30");
  EXPECT_EQ(CodeOf(RollRates(HandWorkedBook(), o)), ErrorCode::kInvalidArgument);
  o = Quarter();
  o.bounds = {60, 30};
  EXPECT_EQ(CodeOf(RollRates(HandWorkedBook(), o)), ErrorCode::kInvalidArgument);
  o = Quarter();
  o.customers = {"Z"};
  EXPECT_EQ(CodeOf(RollRates(HandWorkedBook(), o)), ErrorCode::kNotFound);
}

}  // namespace
}  // namespace relance
