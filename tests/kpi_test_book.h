// The hand-worked book of the KPI and roll-rate tests (kpi_test.cc,
// kpi_roll_rate_test.cc). Every figure those tests assert is worked out by
// hand from this table in their comments.
//
// EUR: customers A, B, C.                     USD: customers D, E.
//   item  cust kind     document    due         amount   (open at import)
//   A1    A    invoice  2023-11-15  2023-12-15  1000.00
//   A2    A    invoice  2024-01-20  2024-02-19  2000.00
//   A3    A    invoice  2024-03-10  2024-04-09  1500.00
//   B1    B    invoice  2023-12-01  2023-12-31   800.00
//   B2    B    invoice  2024-02-01  2024-03-02   500.00
//   BCN   B    credit   2024-02-10  -           -100.00
//   B3    B    invoice  2024-05-01  2024-05-31  1000.00  (after the period)
//   C1    C    invoice  2023-10-01  2023-10-31   300.00
//   C2    C    invoice  2024-03-01  -            200.00  (ages from 03-01)
//   C3    C    invoice  2024-02-05  2024-03-06   700.00  (250.00: 450.00
//                                                         settled on 02-05)
//   D1    D    invoice  2023-11-01  2023-12-01  1000.00 USD
//   DF    D    fee      2024-01-20  2024-01-20    40.00 USD
//   E1    E    invoice  2024-01-10  2024-02-09   100.00 USD
// Payments: PA1 600.00 on 2024-01-10, PA2 400.00 on 02-14, PA3 2000.00 on
// 02-19, PA4 1500.00 on 04-05 (A); PB1 200.00 on 01-05, PB2 400.00 on 03-20
// (B); PC 50.00 on 03-25 (C, never allocated); PD 300.00 USD on 03-05 (D).
// Allocations (index: source -> item amount on date):
//   0 PA1 -> A1 600.00 on 01-10     4 PB1 -> B1 200.00 on 01-05,
//   1 PA2 -> A1 400.00 on 02-14       reversed on 01-25 (bounced)
//   2 PA3 -> A2 2000.00 on 02-19    5 BCN -> B2 100.00 on 02-10
//   3 PA4 -> A3 1500.00 on 04-05    6 PB2 -> B2 400.00 on 03-20
//                                   7 PD  -> D1 300.00 on 03-05
// Write-off: C1 300.00 on 2024-03-15. Dispute: B1 300.00 raised 2024-02-01.

#ifndef RELANCE_TESTS_KPI_TEST_BOOK_H_
#define RELANCE_TESTS_KPI_TEST_BOOK_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "gtest/gtest.h"
#include "relance/ledger.h"
#include "test_support.h"

namespace relance::testing {

inline Ledger HandWorkedBook() {
  Ledger ledger;
  std::vector<std::string_view> customers = {"A", "B", "C", "D", "E"};
  EXPECT_TRUE(ledger.AddCustomers({.ids = customers}).ok());

  std::vector<std::string_view> ids = {"A1", "A2", "A3", "B1", "B2", "BCN", "B3",
                                       "C1", "C2", "C3", "D1", "DF", "E1"};
  std::vector<std::string_view> owners = {"A", "A", "A", "B", "B", "B", "B",
                                          "C", "C", "C", "D", "D", "E"};
  std::vector<ItemKind> kinds(ids.size(), ItemKind::kInvoice);
  kinds[5] = ItemKind::kCreditNote;
  kinds[11] = ItemKind::kFee;
  std::vector<Date> documents = {
      Day("2023-11-15"), Day("2024-01-20"), Day("2024-03-10"), Day("2023-12-01"),
      Day("2024-02-01"), Day("2024-02-10"), Day("2024-05-01"), Day("2023-10-01"),
      Day("2024-03-01"), Day("2024-02-05"), Day("2023-11-01"), Day("2024-01-20"),
      Day("2024-01-10")};
  std::vector<Date> dues = {
      Day("2023-12-15"), Day("2024-02-19"), Day("2024-04-09"), Day("2023-12-31"),
      Day("2024-03-02"), kNoDate,           Day("2024-05-31"), Day("2023-10-31"),
      kNoDate,           Day("2024-03-06"), Day("2023-12-01"), Day("2024-01-20"),
      Day("2024-02-09")};
  std::vector<std::int64_t> amounts = {100000, 200000, 150000, 80000, 50000, -10000, 100000,
                                       30000,  20000,  70000,  100000, 4000, 10000};
  std::vector<std::int64_t> open = amounts;
  open[9] = 25000;
  std::vector<Currency> currencies(ids.size(), C("EUR"));
  for (std::size_t i = 10; i < ids.size(); ++i) currencies[i] = C("USD");
  EXPECT_TRUE(ledger.AddItems({.ids = ids, .customer_ids = owners, .kinds = kinds,
                               .document_dates = documents, .due_dates = dues,
                               .amounts = amounts, .currencies = currencies,
                               .open_amounts = open}).ok());

  std::vector<std::string_view> payments = {"PA1", "PA2", "PA3", "PA4",
                                            "PB1", "PB2", "PC",  "PD"};
  std::vector<std::string_view> payers = {"A", "A", "A", "A", "B", "B", "C", "D"};
  std::vector<Date> received = {Day("2024-01-10"), Day("2024-02-14"), Day("2024-02-19"),
                                Day("2024-04-05"), Day("2024-01-05"), Day("2024-03-20"),
                                Day("2024-03-25"), Day("2024-03-05")};
  std::vector<std::int64_t> paid = {60000, 40000, 200000, 150000, 20000, 40000, 5000, 30000};
  std::vector<Currency> paid_in(payments.size(), C("EUR"));
  paid_in[7] = C("USD");
  EXPECT_TRUE(ledger.AddPayments({.ids = payments, .customer_ids = payers,
                                  .value_dates = received, .amounts = paid,
                                  .currencies = paid_in}).ok());

  std::vector<AllocationSource> sources(8, AllocationSource::kPayment);
  sources[5] = AllocationSource::kCreditNote;
  std::vector<std::string_view> from = {"PA1", "PA2", "PA3", "PA4", "PB1", "BCN", "PB2", "PD"};
  std::vector<std::string_view> to = {"A1", "A1", "A2", "A3", "B1", "B2", "B2", "D1"};
  std::vector<std::int64_t> allocated = {60000, 40000, 200000, 150000,
                                         20000, 10000, 40000,  30000};
  std::vector<Date> on = {Day("2024-01-10"), Day("2024-02-14"), Day("2024-02-19"),
                          Day("2024-04-05"), Day("2024-01-05"), Day("2024-02-10"),
                          Day("2024-03-20"), Day("2024-03-05")};
  absl::StatusOr<std::int64_t> first =
      ledger.AddAllocations({.sources = sources, .source_ids = from, .item_ids = to,
                             .amounts = allocated, .dates = on});
  EXPECT_TRUE(first.ok()) << first.status();
  EXPECT_TRUE(ledger.ReverseAllocation(4, Day("2024-01-25")).ok());

  std::vector<std::string_view> written = {"C1"};
  std::vector<std::int64_t> written_amount = {30000};
  std::vector<Date> written_on = {Day("2024-03-15")};
  EXPECT_TRUE(ledger.AddWriteOffs({.item_ids = written, .amounts = written_amount,
                                   .dates = written_on}).ok());
  std::vector<std::string_view> disputed = {"B1"};
  std::vector<std::int64_t> disputed_amount = {30000};
  std::vector<Date> raised = {Day("2024-02-01")};
  EXPECT_TRUE(ledger.AddDisputes({.item_ids = disputed, .amounts = disputed_amount,
                                  .raised = raised}).ok());
  return ledger;
}

}  // namespace relance::testing

#endif  // RELANCE_TESTS_KPI_TEST_BOOK_H_
