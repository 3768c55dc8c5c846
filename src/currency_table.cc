// The ISO 4217 table: alphabetic code, numeric code, minor units. Source: the
// ISO 4217 list of current currencies and funds (amendments through 2025),
// keeping the entries whose minor unit is defined. Sorted by code.

#include <algorithm>
#include <array>
#include <iterator>
#include <utility>

#include "absl/strings/str_cat.h"
#include "relance/currency.h"
#include "relance/error.h"
#include "absl_bridge.h"

namespace relance {
namespace {

constexpr bool A = true;   // active
constexpr bool W = false;  // withdrawn, kept for old receivables

constexpr currency_internal::Entry kTable[] = {
    {"AED", 784, 2, A}, {"AFN", 971, 2, A}, {"ALL", 8, 2, A},
    {"AMD", 51, 2, A},  {"ANG", 532, 2, W}, {"AOA", 973, 2, A},
    {"ARS", 32, 2, A},  {"AUD", 36, 2, A},  {"AWG", 533, 2, A},
    {"AZN", 944, 2, A}, {"BAM", 977, 2, A}, {"BBD", 52, 2, A},
    {"BDT", 50, 2, A},  {"BGN", 975, 2, W}, {"BHD", 48, 3, A},
    {"BIF", 108, 0, A}, {"BMD", 60, 2, A},  {"BND", 96, 2, A},
    {"BOB", 68, 2, A},  {"BOV", 984, 2, A}, {"BRL", 986, 2, A},
    {"BSD", 44, 2, A},  {"BTN", 64, 2, A},  {"BWP", 72, 2, A},
    {"BYN", 933, 2, A}, {"BZD", 84, 2, A},  {"CAD", 124, 2, A},
    {"CDF", 976, 2, A}, {"CHE", 947, 2, A}, {"CHF", 756, 2, A},
    {"CHW", 948, 2, A}, {"CLF", 990, 4, A}, {"CLP", 152, 0, A},
    {"CNY", 156, 2, A}, {"COP", 170, 2, A}, {"COU", 970, 2, A},
    {"CRC", 188, 2, A}, {"CUC", 931, 2, W}, {"CUP", 192, 2, A},
    {"CVE", 132, 2, A}, {"CZK", 203, 2, A}, {"DJF", 262, 0, A},
    {"DKK", 208, 2, A}, {"DOP", 214, 2, A}, {"DZD", 12, 2, A},
    {"EGP", 818, 2, A}, {"ERN", 232, 2, A}, {"ETB", 230, 2, A},
    {"EUR", 978, 2, A}, {"FJD", 242, 2, A}, {"FKP", 238, 2, A},
    {"GBP", 826, 2, A}, {"GEL", 981, 2, A}, {"GHS", 936, 2, A},
    {"GIP", 292, 2, A}, {"GMD", 270, 2, A}, {"GNF", 324, 0, A},
    {"GTQ", 320, 2, A}, {"GYD", 328, 2, A}, {"HKD", 344, 2, A},
    {"HNL", 340, 2, A}, {"HRK", 191, 2, W}, {"HTG", 332, 2, A},
    {"HUF", 348, 2, A}, {"IDR", 360, 2, A}, {"ILS", 376, 2, A},
    {"INR", 356, 2, A}, {"IQD", 368, 3, A}, {"IRR", 364, 2, A},
    {"ISK", 352, 0, A}, {"JMD", 388, 2, A}, {"JOD", 400, 3, A},
    {"JPY", 392, 0, A}, {"KES", 404, 2, A}, {"KGS", 417, 2, A},
    {"KHR", 116, 2, A}, {"KMF", 174, 0, A}, {"KPW", 408, 2, A},
    {"KRW", 410, 0, A}, {"KWD", 414, 3, A}, {"KYD", 136, 2, A},
    {"KZT", 398, 2, A}, {"LAK", 418, 2, A}, {"LBP", 422, 2, A},
    {"LKR", 144, 2, A}, {"LRD", 430, 2, A}, {"LSL", 426, 2, A},
    {"LYD", 434, 3, A}, {"MAD", 504, 2, A}, {"MDL", 498, 2, A},
    {"MGA", 969, 2, A}, {"MKD", 807, 2, A}, {"MMK", 104, 2, A},
    {"MNT", 496, 2, A}, {"MOP", 446, 2, A}, {"MRU", 929, 2, A},
    {"MUR", 480, 2, A}, {"MVR", 462, 2, A}, {"MWK", 454, 2, A},
    {"MXN", 484, 2, A}, {"MXV", 979, 2, A}, {"MYR", 458, 2, A},
    {"MZN", 943, 2, A}, {"NAD", 516, 2, A}, {"NGN", 566, 2, A},
    {"NIO", 558, 2, A}, {"NOK", 578, 2, A}, {"NPR", 524, 2, A},
    {"NZD", 554, 2, A}, {"OMR", 512, 3, A}, {"PAB", 590, 2, A},
    {"PEN", 604, 2, A}, {"PGK", 598, 2, A}, {"PHP", 608, 2, A},
    {"PKR", 586, 2, A}, {"PLN", 985, 2, A}, {"PYG", 600, 0, A},
    {"QAR", 634, 2, A}, {"RON", 946, 2, A}, {"RSD", 941, 2, A},
    {"RUB", 643, 2, A}, {"RWF", 646, 0, A}, {"SAR", 682, 2, A},
    {"SBD", 90, 2, A},  {"SCR", 690, 2, A}, {"SDG", 938, 2, A},
    {"SEK", 752, 2, A}, {"SGD", 702, 2, A}, {"SHP", 654, 2, A},
    {"SLE", 925, 2, A}, {"SLL", 694, 2, W}, {"SOS", 706, 2, A},
    {"SRD", 968, 2, A}, {"SSP", 728, 2, A}, {"STN", 930, 2, A},
    {"SVC", 222, 2, A}, {"SYP", 760, 2, A}, {"SZL", 748, 2, A},
    {"THB", 764, 2, A}, {"TJS", 972, 2, A}, {"TMT", 934, 2, A},
    {"TND", 788, 3, A}, {"TOP", 776, 2, A}, {"TRY", 949, 2, A},
    {"TTD", 780, 2, A}, {"TWD", 901, 2, A}, {"TZS", 834, 2, A},
    {"UAH", 980, 2, A}, {"UGX", 800, 0, A}, {"USD", 840, 2, A},
    {"USN", 997, 2, A}, {"UYI", 940, 0, A}, {"UYU", 858, 2, A},
    {"UYW", 927, 4, A}, {"UZS", 860, 2, A}, {"VED", 926, 2, A},
    {"VES", 928, 2, A}, {"VND", 704, 0, A}, {"VUV", 548, 0, A},
    {"WST", 882, 2, A}, {"XAF", 950, 0, A}, {"XCD", 951, 2, A},
    {"XCG", 532, 2, A}, {"XOF", 952, 0, A}, {"XPF", 953, 0, A},
    {"YER", 886, 2, A}, {"ZAR", 710, 2, A}, {"ZMW", 967, 2, A},
    {"ZWG", 924, 2, A}, {"ZWL", 932, 2, W},
};

constexpr std::size_t kCount = std::size(kTable);

absl::Status UnknownCode(std::string_view code) {
  return MakeError(ErrorCode::kNotFound,
                   absl::StrCat("unknown currency \"", AbslView(code),
                                "\": expected an ISO 4217 code with minor "
                                "units, in capitals, such as EUR"));
}

}  // namespace

namespace currency_internal {
struct Registry {
  static const std::array<Currency, kCount>& Currencies() {
    static const std::array<Currency, kCount> all = [] {
      return [&]<std::size_t... I>(std::index_sequence<I...>) {
        return std::array<Currency, kCount>{Currency(&kTable[I])...};
      }(std::make_index_sequence<kCount>());
    }();
    return all;
  }
};
}  // namespace currency_internal

absl::Span<const Currency> Currency::All() {
  return absl::MakeConstSpan(currency_internal::Registry::Currencies());
}

absl::StatusOr<Currency> Currency::Lookup(std::string_view code) {
  const auto all = All();
  if (code.size() != 3) return UnknownCode(code);
  const auto* it = std::lower_bound(
      all.begin(), all.end(), code,
      [](const Currency& c, std::string_view k) { return c.code() < k; });
  if (it == all.end() || it->code() != code) return UnknownCode(code);
  return *it;
}

absl::StatusOr<Currency> Currency::FromNumeric(int numeric) {
  const Currency* found = nullptr;
  for (const Currency& c : All()) {
    if (c.numeric_code() == numeric && (found == nullptr || c.active())) found = &c;
  }
  if (found == nullptr) {
    return MakeError(ErrorCode::kNotFound,
                     absl::StrCat("unknown ISO 4217 numeric code ", numeric));
  }
  return *found;
}

}  // namespace relance
