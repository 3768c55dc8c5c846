// Due dates and late-payment interest per second (issue targets, one core:
// >= 20 million due dates/s, >= 2 million interest computations/s).
//
//   BM_DueDate/net30, /eom45, /45eom   the inline rule (no roll)
//   BM_FinalDueDate/net30_following_FR  with a business-day roll
//   BM_DueDates/eom45                   full installments, with amounts
//   BM_LateInterest/one_segment, /two_half_years   FR statutory, ACT/365F
//   BM_LateInterest/partial_payments     two payments, four segments
//   BM_LateInterest/past_128_bits        38-digit amount at an 18-place
//                                        rate: the cpp_rational fallback
//
// Invoice dates cycle through 1024 days of 2024-2025 so month ends and
// weekends vary as in a real book.

#include <cstdint>
#include <vector>

#include "benchmark/benchmark.h"
#include "relance/late_interest.h"
#include "relance/payment_terms.h"

namespace {

using relance::Date;

constexpr std::size_t kCount = 1024;

std::vector<Date> InvoiceDates() {
  std::vector<Date> out;
  const Date start = *Date::Parse("2024-01-01");
  for (std::size_t i = 0; i < kCount; ++i) {
    out.push_back(relance::AddDays(start, static_cast<std::int32_t>((i * 7919) % 700)));
  }
  return out;
}

void RunRule(benchmark::State& state, const relance::DueDateRule& rule) {
  const std::vector<Date> dates = InvoiceDates();
  std::size_t i = 0;
  for (auto _ : state) {
    benchmark::DoNotOptimize(relance::DueDate(rule, dates[i]));
    i = (i + 1) & (kCount - 1);
  }
  state.SetItemsProcessed(state.iterations());
}

void RunTerms(benchmark::State& state, const char* text, bool with_amounts) {
  const std::vector<Date> dates = InvoiceDates();
  const relance::PaymentTerms terms = *relance::PaymentTerms::Parse(text);
  const relance::Money amount =
      *relance::Money::Parse("1234.56", *relance::Currency::Lookup("EUR"));
  std::size_t i = 0;
  for (auto _ : state) {
    if (with_amounts) {
      benchmark::DoNotOptimize(relance::DueDates(terms, dates[i], amount));
    } else {
      benchmark::DoNotOptimize(relance::FinalDueDate(terms, dates[i]));
    }
    i = (i + 1) & (kCount - 1);
  }
  state.SetItemsProcessed(state.iterations());
}

relance::Money Eur(const char* amount) {
  return *relance::Money::Parse(amount, *relance::Currency::Lookup("EUR"));
}

void RunInterestRequest(benchmark::State& state, const relance::LateInterestRequest& request) {
  for (auto _ : state) {
    auto result = relance::LateInterest(request);
    if (!result.ok()) {
      state.SkipWithError("LateInterest failed");
      break;
    }
    benchmark::DoNotOptimize(result);
  }
  state.SetItemsProcessed(state.iterations());
}

void RunInterest(benchmark::State& state, const char* due, const char* through) {
  RunInterestRequest(state, relance::LateInterestRequest(Eur("10000.00"), *Date::Parse(due),
                                                         *Date::Parse(through)));
}

// 10,000.00 EUR due 2025-03-31, 6,000.00 outstanding after 2025-04-30 and
// 3,500.00 after 2025-06-15, unpaid as of 2025-07-20.
void RunPartialPayments(benchmark::State& state) {
  relance::LateInterestRequest request(Eur("10000.00"), *Date::Parse("2025-03-31"),
                                       *Date::Parse("2025-07-20"));
  request.balance_changes = {{*Date::Parse("2025-04-30"), Eur("6000.00")},
                             {*Date::Parse("2025-06-15"), Eur("3500.00")}};
  RunInterestRequest(state, request);
}

void RunPast128Bits(benchmark::State& state) {
  relance::LateInterestRequest request(Eur("123456789012345678901234567890123456.78"),
                                       *Date::Parse("2024-09-15"), *Date::Parse("2024-10-15"));
  request.rate = relance::LateInterestRate::Fixed(*relance::Decimal::Parse("0.123456789012345678"));
  RunInterestRequest(state, request);
}

}  // namespace

BENCHMARK_CAPTURE(RunRule, DueDate/net30, relance::PaymentTerms::Parse("net 30")->rule());
BENCHMARK_CAPTURE(RunRule, DueDate/eom45, relance::PaymentTerms::Parse("eom+45")->rule());
BENCHMARK_CAPTURE(RunRule, DueDate/45eom, relance::PaymentTerms::Parse("45+eom")->rule());
BENCHMARK_CAPTURE(RunTerms, FinalDueDate/net30_following_FR, "net 30, following FR", false);
BENCHMARK_CAPTURE(RunTerms, DueDates/eom45, "eom+45", true);
BENCHMARK_CAPTURE(RunInterest, LateInterest/one_segment, "2024-09-15", "2024-10-15");
BENCHMARK_CAPTURE(RunInterest, LateInterest/two_half_years, "2024-05-15", "2024-08-14");
BENCHMARK(RunPartialPayments)->Name("RunInterest/LateInterest/partial_payments");
BENCHMARK(RunPast128Bits)->Name("RunInterest/LateInterest/past_128_bits");

BENCHMARK_MAIN();
