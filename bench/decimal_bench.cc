// Decimal benchmarks: relance's exact Decimal side by side with `double` and
// Boost's cpp_dec_float_50, on the same money-shaped inputs.
//
// Every benchmark is named BM_<Operation>/<implementation> so that the rows
// line up in the output and --benchmark_filter=relance keeps relance's only:
//
//   BM_Add/relance              1234.56 + 78.90, both at scale 2
//   BM_MulRound/relance         amount (scale 2) x rate (scale 4), rounded to
//                               scale 2 HALF_EVEN (VAT, discounts, interest)
//   BM_Div365Scale6/relance     amount / 365 rounded to scale 6 HALF_EVEN
//                               (a daily interest basis)
//   BM_Div3Scale2/relance       amount / 3 rounded to scale 2 HALF_EVEN
//   BM_Parse/relance            Decimal::Parse("1234567.89"-like text)
//   BM_Format/relance           Decimal::Format into a char buffer
//   BM_ToString/relance         Decimal::ToString (a std::string)
//
// The `double` rows use what a program without a decimal type writes: +,
// std::round(x * 100) / 100 (ties away from zero), strtod and
// snprintf("%.2f"); the *_from_chars / *_to_chars rows are the faster
// <charconv> equivalents. The cpp_dec_float_50 rows use round(x * 100) / 100,
// construction from a string and str(2, fixed).
//
// Inputs: 1024 amounts (and rates, and texts) from a fixed-seed mt19937_64,
// cycled through, so that the branches (number of digits, sign, rounding
// direction) vary as they would on real data. Each iteration is one
// independent operation, so a time is a throughput cost per operation,
// including a load or two and the loop (about 0.3 ns).
//
// Before running, every relance result on these inputs is checked against an
// independent __int128 computation (the binary exits with status 2 on a
// mismatch), and the number of `double` results that differ from the exact
// answer is added to the benchmark context.

#include <array>
#include <charconv>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

#include <benchmark/benchmark.h>

#include <boost/multiprecision/cpp_dec_float.hpp>

#include "absl/status/statusor.h"
#include "relance/decimal.h"
#include "relance/rounding.h"

namespace {

using relance::Decimal;
using relance::RoundingMode;
using DecFloat = boost::multiprecision::cpp_dec_float_50;
using int128 = __int128;

constexpr std::size_t kCount = 1024;  // a power of two: the index is masked
constexpr std::size_t kMask = kCount - 1;

// ---------------------------------------------------------------------------
// Inputs

struct Inputs {
  // Amounts in cents (scale 2), rates in basis points of a percent (scale 4).
  std::vector<std::int64_t> cents_a, cents_b, rate_units;
  // The amounts a as text ("-1234.56"), NUL-terminated for strtod.
  std::vector<std::string> text_a;
  std::vector<Decimal> dec_a, dec_b, dec_rate;
  std::vector<double> dbl_a, dbl_b, dbl_rate;
  std::vector<DecFloat> dfl_a, dfl_b, dfl_rate;
};

// "-1234.56" for cents = -123456; the scale is `scale` fraction digits.
std::string FixedText(std::int64_t units, int scale) {
  const bool negative = units < 0;
  std::uint64_t magnitude = negative ? 0 - static_cast<std::uint64_t>(units)
                                     : static_cast<std::uint64_t>(units);
  std::string digits = std::to_string(magnitude);
  if (digits.size() <= static_cast<std::size_t>(scale)) {
    digits.insert(0, static_cast<std::size_t>(scale) + 1 - digits.size(), '0');
  }
  digits.insert(digits.size() - static_cast<std::size_t>(scale), ".");
  return negative ? "-" + digits : digits;
}

std::int64_t Pow10Int(int n) {
  std::int64_t p = 1;
  while (n-- > 0) p *= 10;
  return p;
}

// Amounts from 0.00 to 9,999,999.99 with a roughly log-uniform size (3 to 9
// digits of cents, so texts of 4 to 10 characters), one in eight negative
// (credit notes); rates half from common VAT / interest / discount rates,
// half uniform in 0.0001 .. 0.9999.
Inputs MakeInputs() {
  std::mt19937_64 rng(0x5eed2024);  // the engine's output is fixed by the standard
  auto amount = [&] {
    const int digits = 3 + static_cast<int>(rng() % 7);
    std::int64_t cents = static_cast<std::int64_t>(
        rng() % static_cast<std::uint64_t>(Pow10Int(digits)));
    if (cents != 0 && rng() % 8 == 0) cents = -cents;
    return cents;
  };
  static constexpr std::array<std::int64_t, 16> kRates = {
      2000, 1000, 550, 210, 850, 1960, 700, 1900,
      2100, 500,  125, 375, 815, 1200, 300,  10000};
  Inputs in;
  for (std::size_t i = 0; i < kCount; ++i) {
    in.cents_a.push_back(amount());
    in.cents_b.push_back(amount());
    in.rate_units.push_back(rng() % 2 == 0
                                ? kRates[rng() % kRates.size()]
                                : 1 + static_cast<std::int64_t>(rng() % 9999));
  }
  for (std::size_t i = 0; i < kCount; ++i) {
    in.text_a.push_back(FixedText(in.cents_a[i], 2));
    const std::string text_b = FixedText(in.cents_b[i], 2);
    const std::string text_rate = FixedText(in.rate_units[i], 4);
    in.dec_a.push_back(*Decimal::Parse(in.text_a[i]));
    in.dec_b.push_back(*Decimal::Parse(text_b));
    in.dec_rate.push_back(*Decimal::Parse(text_rate));
    in.dbl_a.push_back(std::strtod(in.text_a[i].c_str(), nullptr));
    in.dbl_b.push_back(std::strtod(text_b.c_str(), nullptr));
    in.dbl_rate.push_back(std::strtod(text_rate.c_str(), nullptr));
    in.dfl_a.emplace_back(in.text_a[i].c_str());
    in.dfl_b.emplace_back(text_b.c_str());
    in.dfl_rate.emplace_back(text_rate.c_str());
  }
  return in;
}

const Inputs& TheInputs() {
  static const Inputs inputs = MakeInputs();
  return inputs;
}

const Decimal kThree(3);
const Decimal kDays(365);

// ---------------------------------------------------------------------------
// Self-check: relance against plain __int128 arithmetic, and how often
// `double` is wrong.

// n / d rounded to an integer, ties to even (half_even) or away from zero.
// REQUIRES: d > 0.
int128 RoundedQuotient(int128 n, int128 d, bool half_even) {
  const bool negative = n < 0;
  const int128 m = negative ? -n : n;
  int128 q = m / d;
  const int128 twice_r = 2 * (m % d);
  if (twice_r > d || (twice_r == d && (!half_even || q % 2 == 1))) ++q;
  return negative ? -q : q;
}

bool Expect(const absl::StatusOr<Decimal>& got, int128 coefficient, int scale,
            const char* what, std::size_t i) {
  if (got.ok() && got->coefficient() == coefficient && got->scale() == scale) {
    return true;
  }
  std::fprintf(stderr, "self-check failed: %s, input %zu (%s): got %s\n", what, i,
               TheInputs().text_a[i].c_str(),
               got.ok() ? got->ToString().c_str() : "an error");
  return false;
}

bool SelfCheck() {
  const Inputs& in = TheInputs();
  bool ok = true;
  int dbl_mul_wrong = 0, dbl_div6_wrong = 0, dbl_div2_wrong = 0;
  int dfl_mul_wrong = 0, dfl_div2_wrong = 0;
  for (std::size_t i = 0; i < kCount && ok; ++i) {
    const int128 a = in.cents_a[i], b = in.cents_b[i], rate = in.rate_units[i];
    ok = Expect(relance::Add(in.dec_a[i], in.dec_b[i]), a + b, 2, "Add", i) &&
         Expect(relance::Multiply(in.dec_a[i], in.dec_rate[i], 2,
                                  RoundingMode::kHalfEven),
                RoundedQuotient(a * rate, 10000, true), 2, "MulRound", i) &&
         Expect(relance::Divide(in.dec_a[i], kDays, 6, RoundingMode::kHalfEven),
                RoundedQuotient(a * 10000, 365, true), 6, "Div365Scale6", i) &&
         Expect(relance::Divide(in.dec_a[i], kThree, 2, RoundingMode::kHalfEven),
                RoundedQuotient(a, 3, true), 2, "Div3Scale2", i);
    char buffer[Decimal::kMaxTextLength];
    const std::string_view text(buffer, in.dec_a[i].Format(buffer));
    if (ok && (text != in.text_a[i] || in.dec_a[i].ToString() != in.text_a[i])) {
      std::fprintf(stderr, "self-check failed: Format of input %zu (%s)\n", i,
                   in.text_a[i].c_str());
      ok = false;
    }
    // The double and cpp_dec_float_50 rows round ties away from zero.
    const auto exact_mul = static_cast<double>(RoundedQuotient(a * rate, 10000, false));
    const auto exact_div6 = static_cast<double>(RoundedQuotient(a * 10000, 365, false));
    const auto exact_div2 = static_cast<double>(RoundedQuotient(a, 3, false));
    dbl_mul_wrong += std::round(in.dbl_a[i] * in.dbl_rate[i] * 100.0) != exact_mul;
    dbl_div6_wrong += std::round(in.dbl_a[i] / 365.0 * 1e6) != exact_div6;
    dbl_div2_wrong += std::round(in.dbl_a[i] / 3.0 * 100.0) != exact_div2;
    const DecFloat mul = round(in.dfl_a[i] * in.dfl_rate[i] * 100);
    const DecFloat div2 = round(in.dfl_a[i] / 3 * 100);
    dfl_mul_wrong += mul != DecFloat(static_cast<long long>(exact_mul));
    dfl_div2_wrong += div2 != DecFloat(static_cast<long long>(exact_div2));
  }
  auto share = [](int wrong) {
    return std::to_string(wrong) + "/" + std::to_string(kCount);
  };
  benchmark::AddCustomContext("inputs", std::to_string(kCount) +
                                            " amounts, seed 0x5eed2024");
  benchmark::AddCustomContext("double_MulRound_wrong_cents", share(dbl_mul_wrong));
  benchmark::AddCustomContext("double_Div365Scale6_wrong", share(dbl_div6_wrong));
  benchmark::AddCustomContext("double_Div3Scale2_wrong_cents", share(dbl_div2_wrong));
  benchmark::AddCustomContext("cpp_dec_float_50_MulRound_wrong_cents",
                              share(dfl_mul_wrong));
  benchmark::AddCustomContext("cpp_dec_float_50_Div3Scale2_wrong_cents",
                              share(dfl_div2_wrong));
  return ok;
}

// ---------------------------------------------------------------------------
// Benchmarks

// Keeps a relance result alive as a caller would use it: check, then read.
// Returns false (and marks the benchmark failed) on an error status.
inline bool Use(benchmark::State& state, absl::StatusOr<Decimal>& result) {
  if (__builtin_expect(!result.ok(), 0)) {
    state.SkipWithError("relance returned an error status");
    return false;
  }
  benchmark::DoNotOptimize(*result);
  return true;
}

// Runs op(i) once per iteration with i cycling through the inputs.
template <typename Op>
inline void Cycle(benchmark::State& state, Op op) {
  std::size_t i = 0;
  for (auto _ : state) {
    if (!op(i)) break;
    i = (i + 1) & kMask;
  }
  state.SetItemsProcessed(state.iterations());
}

// --- Add

void BM_Add_relance(benchmark::State& state) {
  const Inputs& in = TheInputs();
  Cycle(state, [&](std::size_t i) {
    absl::StatusOr<Decimal> r = relance::Add(in.dec_a[i], in.dec_b[i]);
    return Use(state, r);
  });
}

void BM_Add_double(benchmark::State& state) {
  const Inputs& in = TheInputs();
  Cycle(state, [&](std::size_t i) {
    double r = in.dbl_a[i] + in.dbl_b[i];
    benchmark::DoNotOptimize(r);
    return true;
  });
}

void BM_Add_decfloat(benchmark::State& state) {
  const Inputs& in = TheInputs();
  Cycle(state, [&](std::size_t i) {
    DecFloat r = in.dfl_a[i] + in.dfl_b[i];
    benchmark::DoNotOptimize(r);
    return true;
  });
}

// --- Multiply and round to cents

void BM_MulRound_relance(benchmark::State& state) {
  const Inputs& in = TheInputs();
  Cycle(state, [&](std::size_t i) {
    absl::StatusOr<Decimal> r = relance::Multiply(in.dec_a[i], in.dec_rate[i], 2,
                                                  RoundingMode::kHalfEven);
    return Use(state, r);
  });
}

void BM_MulRound_double(benchmark::State& state) {
  const Inputs& in = TheInputs();
  Cycle(state, [&](std::size_t i) {
    double r = std::round(in.dbl_a[i] * in.dbl_rate[i] * 100.0) / 100.0;
    benchmark::DoNotOptimize(r);
    return true;
  });
}

void BM_MulRound_decfloat(benchmark::State& state) {
  const Inputs& in = TheInputs();
  Cycle(state, [&](std::size_t i) {
    DecFloat r = round(in.dfl_a[i] * in.dfl_rate[i] * 100) / 100;
    benchmark::DoNotOptimize(r);
    return true;
  });
}

// --- Divide by 365, round to scale 6

void BM_Div365Scale6_relance(benchmark::State& state) {
  const Inputs& in = TheInputs();
  Cycle(state, [&](std::size_t i) {
    absl::StatusOr<Decimal> r =
        relance::Divide(in.dec_a[i], kDays, 6, RoundingMode::kHalfEven);
    return Use(state, r);
  });
}

void BM_Div365Scale6_double(benchmark::State& state) {
  const Inputs& in = TheInputs();
  Cycle(state, [&](std::size_t i) {
    double r = std::round(in.dbl_a[i] / 365.0 * 1e6) / 1e6;
    benchmark::DoNotOptimize(r);
    return true;
  });
}

void BM_Div365Scale6_decfloat(benchmark::State& state) {
  const Inputs& in = TheInputs();
  Cycle(state, [&](std::size_t i) {
    DecFloat r = round(in.dfl_a[i] / 365 * 1000000) / 1000000;
    benchmark::DoNotOptimize(r);
    return true;
  });
}

// --- Divide by 3, round to scale 2

void BM_Div3Scale2_relance(benchmark::State& state) {
  const Inputs& in = TheInputs();
  Cycle(state, [&](std::size_t i) {
    absl::StatusOr<Decimal> r =
        relance::Divide(in.dec_a[i], kThree, 2, RoundingMode::kHalfEven);
    return Use(state, r);
  });
}

void BM_Div3Scale2_double(benchmark::State& state) {
  const Inputs& in = TheInputs();
  Cycle(state, [&](std::size_t i) {
    double r = std::round(in.dbl_a[i] / 3.0 * 100.0) / 100.0;
    benchmark::DoNotOptimize(r);
    return true;
  });
}

void BM_Div3Scale2_decfloat(benchmark::State& state) {
  const Inputs& in = TheInputs();
  Cycle(state, [&](std::size_t i) {
    DecFloat r = round(in.dfl_a[i] / 3 * 100) / 100;
    benchmark::DoNotOptimize(r);
    return true;
  });
}

// --- Parse

void BM_Parse_relance(benchmark::State& state) {
  const Inputs& in = TheInputs();
  Cycle(state, [&](std::size_t i) {
    absl::StatusOr<Decimal> r = Decimal::Parse(in.text_a[i]);
    return Use(state, r);
  });
}

void BM_Parse_double(benchmark::State& state) {
  const Inputs& in = TheInputs();
  Cycle(state, [&](std::size_t i) {
    double r = std::strtod(in.text_a[i].c_str(), nullptr);
    benchmark::DoNotOptimize(r);
    return true;
  });
}

void BM_Parse_double_from_chars(benchmark::State& state) {
  const Inputs& in = TheInputs();
  Cycle(state, [&](std::size_t i) {
    const std::string& text = in.text_a[i];
    double r;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), r);
    benchmark::DoNotOptimize(r);
    return ec == std::errc();
  });
}

void BM_Parse_decfloat(benchmark::State& state) {
  const Inputs& in = TheInputs();
  Cycle(state, [&](std::size_t i) {
    DecFloat r(in.text_a[i].c_str());
    benchmark::DoNotOptimize(r);
    return true;
  });
}

// --- Format into a char buffer

void BM_Format_relance(benchmark::State& state) {
  const Inputs& in = TheInputs();
  Cycle(state, [&](std::size_t i) {
    char buffer[Decimal::kMaxTextLength];
    std::size_t n = in.dec_a[i].Format(buffer);
    benchmark::DoNotOptimize(n);
    benchmark::DoNotOptimize(buffer);
    return true;
  });
}

void BM_Format_double(benchmark::State& state) {
  const Inputs& in = TheInputs();
  Cycle(state, [&](std::size_t i) {
    char buffer[48];
    int n = std::snprintf(buffer, sizeof buffer, "%.2f", in.dbl_a[i]);
    benchmark::DoNotOptimize(n);
    benchmark::DoNotOptimize(buffer);
    return true;
  });
}

void BM_Format_double_to_chars(benchmark::State& state) {
  const Inputs& in = TheInputs();
  Cycle(state, [&](std::size_t i) {
    char buffer[48];
    const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, in.dbl_a[i],
                                         std::chars_format::fixed, 2);
    benchmark::DoNotOptimize(end);
    benchmark::DoNotOptimize(buffer);
    return ec == std::errc();
  });
}

// --- Format to a std::string

void BM_ToString_relance(benchmark::State& state) {
  const Inputs& in = TheInputs();
  Cycle(state, [&](std::size_t i) {
    std::string s = in.dec_a[i].ToString();
    benchmark::DoNotOptimize(s);
    return true;
  });
}

void BM_ToString_double(benchmark::State& state) {
  const Inputs& in = TheInputs();
  Cycle(state, [&](std::size_t i) {
    char buffer[48];
    const int n = std::snprintf(buffer, sizeof buffer, "%.2f", in.dbl_a[i]);
    std::string s(buffer, static_cast<std::size_t>(n));
    benchmark::DoNotOptimize(s);
    return true;
  });
}

void BM_ToString_decfloat(benchmark::State& state) {
  const Inputs& in = TheInputs();
  Cycle(state, [&](std::size_t i) {
    std::string s = in.dfl_a[i].str(2, std::ios_base::fixed);
    benchmark::DoNotOptimize(s);
    return true;
  });
}

void RegisterAll() {
  struct Entry {
    const char* name;
    void (*function)(benchmark::State&);
  };
  static constexpr Entry kEntries[] = {
      {"BM_Add/relance", BM_Add_relance},
      {"BM_Add/double", BM_Add_double},
      {"BM_Add/cpp_dec_float_50", BM_Add_decfloat},
      {"BM_MulRound/relance", BM_MulRound_relance},
      {"BM_MulRound/double", BM_MulRound_double},
      {"BM_MulRound/cpp_dec_float_50", BM_MulRound_decfloat},
      {"BM_Div365Scale6/relance", BM_Div365Scale6_relance},
      {"BM_Div365Scale6/double", BM_Div365Scale6_double},
      {"BM_Div365Scale6/cpp_dec_float_50", BM_Div365Scale6_decfloat},
      {"BM_Div3Scale2/relance", BM_Div3Scale2_relance},
      {"BM_Div3Scale2/double", BM_Div3Scale2_double},
      {"BM_Div3Scale2/cpp_dec_float_50", BM_Div3Scale2_decfloat},
      {"BM_Parse/relance", BM_Parse_relance},
      {"BM_Parse/double", BM_Parse_double},
      {"BM_Parse/double_from_chars", BM_Parse_double_from_chars},
      {"BM_Parse/cpp_dec_float_50", BM_Parse_decfloat},
      {"BM_Format/relance", BM_Format_relance},
      {"BM_Format/double", BM_Format_double},
      {"BM_Format/double_to_chars", BM_Format_double_to_chars},
      {"BM_ToString/relance", BM_ToString_relance},
      {"BM_ToString/double", BM_ToString_double},
      {"BM_ToString/cpp_dec_float_50", BM_ToString_decfloat},
  };
  for (const Entry& e : kEntries) benchmark::RegisterBenchmark(e.name, e.function);
}

}  // namespace

int main(int argc, char** argv) {
  if (!SelfCheck()) return 2;
  RegisterAll();
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
