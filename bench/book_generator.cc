// The book generator (book_generator.h). The distributions are tables and
// integer draws on purpose: no libm call, so every platform gives the same
// book.

#include "book_generator.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace relance::bench {
namespace {

constexpr std::int32_t kNoDueDate = INT32_MIN;
constexpr std::uint64_t kGolden = 0x9E3779B97F4A7C15ULL;

// Magnitude classes of amounts in EUR cents: up to `cumulative_per_mille`,
// uniform in [low, high).
struct AmountClass {
  std::uint32_t cumulative_per_mille;
  std::int64_t low;
  std::int64_t high;
};
constexpr AmountClass kAmountClasses[] = {
    {40, 500, 2'000},                //  4 %: 5 to 20 EUR
    {130, 2'000, 10'000},            //  9 %: 20 to 100
    {300, 10'000, 50'000},           // 17 %: 100 to 500
    {520, 50'000, 150'000},          // 22 %: 500 to 1,500
    {740, 150'000, 500'000},         // 22 %: 1,500 to 5,000
    {890, 500'000, 2'000'000},       // 15 %: 5,000 to 20,000
    {975, 2'000'000, 10'000'000},    // 8.5 %: 20,000 to 100,000
    {1000, 10'000'000, 50'000'000},  // 2.5 %: 100,000 to 500,000
};

std::int64_t DrawEurCents(Xoshiro256& rng) {
  const std::uint64_t r = rng.Below(1000);
  for (const AmountClass& c : kAmountClasses) {
    if (r < c.cumulative_per_mille) return rng.Between(c.low, c.high - 1);
  }
  return kAmountClasses[0].low;  // unreachable: the table ends at 1000
}

// In minor units of `currency`: JPY about 150 per EUR, the others 1:1.
std::int64_t DrawAmount(Xoshiro256& rng, std::uint8_t currency) {
  const std::int64_t cents = DrawEurCents(rng);
  return kBookCurrencyMinorUnits[currency] == 0 ? cents * 3 / 2 : cents;
}

// `amount` scaled by a whole percentage drawn in [lo, hi], never 0 and with
// amount's sign.
std::int64_t DrawShare(Xoshiro256& rng, std::int64_t amount, int lo, int hi) {
  const std::int64_t part = amount * rng.Between(lo, hi) / 100;
  if (part != 0) return part;
  return amount > 0 ? 1 : -1;
}

// Lomax (shape 2) weight 1/sqrt(v) - 1 for v uniform in (0, 1], capped at
// 1000, in 1/65536 units, plus 1 so that no weight is 0.
std::uint64_t DrawCustomerWeight(Xoshiro256& rng) {
  const double v = 1.0 - static_cast<double>(rng.Next() >> 11) * 0x1.0p-53;
  const double w = std::min(1.0 / std::sqrt(v) - 1.0, 1000.0);
  return static_cast<std::uint64_t>(w * 65536.0) + 1;
}

std::uint8_t DrawCurrency(Xoshiro256& rng) {
  const std::uint64_t r = rng.Below(1000);
  if (r < 800) return 0;  // EUR
  if (r < 880) return 1;  // USD
  if (r < 930) return 2;  // GBP
  if (r < 970) return 3;  // CHF
  return 4;               // JPY
}

DueDateRule DrawTerms(Xoshiro256& rng) {
  const std::uint64_t r = rng.Below(100);
  if (r < 35) return DueDateRule::Net(30);
  if (r < 60) return DueDateRule::DaysThenEom(45);
  if (r < 70) return DueDateRule::EomThenDays(45);
  if (r < 90) return DueDateRule::Net(60);
  return DueDateRule::DayOfNextMonth(10);
}

// Days before the as-of date: 55 % within 90 days, 25 % within 90..269,
// 20 % within 270..547.
std::int32_t DrawAge(Xoshiro256& rng) {
  const std::uint64_t r = rng.Below(100);
  if (r < 55) return static_cast<std::int32_t>(rng.Below(90));
  if (r < 80) return static_cast<std::int32_t>(90 + rng.Below(180));
  return static_cast<std::int32_t>(270 + rng.Below(278));
}

// Writes `value` as exactly `width` digits (zero-padded), or more when it
// needs them.
void AppendPadded(std::uint64_t value, int width, std::string& out) {
  char buf[24];
  int n = 0;
  do {
    buf[n++] = static_cast<char>('0' + value % 10);
    value /= 10;
  } while (value != 0);
  while (n < width) buf[n++] = '0';
  while (n > 0) out.push_back(buf[--n]);
}

}  // namespace

std::uint64_t SplitMix64(std::uint64_t& state) {
  std::uint64_t z = (state += kGolden);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}

Xoshiro256::Xoshiro256(std::uint64_t seed) {
  for (std::uint64_t& s : s_) s = SplitMix64(seed);
}

std::uint64_t Xoshiro256::Next() {
  const auto rotl = [](std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); };
  const std::uint64_t result = rotl(s_[1] * 5, 7) * 9;
  const std::uint64_t t = s_[1] << 17;
  s_[2] ^= s_[0];
  s_[3] ^= s_[1];
  s_[1] ^= s_[2];
  s_[0] ^= s_[3];
  s_[2] ^= t;
  s_[3] = rotl(s_[3], 45);
  return result;
}

BookGenerator::BookGenerator(const BookSpec& spec) : spec_(spec) {
  if (spec.customers < 1 || spec.customers > spec.items) std::abort();
  const auto customers = static_cast<std::size_t>(spec.customers);
  std::vector<std::uint64_t> weights(customers);
  Xoshiro256 rng(spec.seed ^ 0x57E16475ULL);
  unsigned __int128 total = 0;
  for (std::uint64_t& w : weights) {
    w = DrawCustomerWeight(rng);
    total += w;
  }
  // Customer c gets 1 item plus floor(extra * cum_c / total) - floor(extra *
  // cum_{c-1} / total): exact apportionment, the counts sum to spec.items.
  const auto extra = static_cast<unsigned __int128>(spec.items - spec.customers);
  first_item_.resize(customers + 1);
  unsigned __int128 cumulative = 0;
  for (std::size_t c = 0; c <= customers; ++c) {
    first_item_[c] =
        static_cast<std::int64_t>(c) + static_cast<std::int64_t>(extra * cumulative / total);
    if (c < customers) cumulative += weights[c];
  }
}

std::int64_t BookGenerator::ItemCount(std::int64_t c) const {
  const auto i = static_cast<std::size_t>(c);
  return first_item_[i + 1] - first_item_[i];
}

void BookGenerator::StartCustomer(std::int64_t c) {
  customer_ = c;
  rng_ = Xoshiro256(spec_.seed + kGolden * static_cast<std::uint64_t>(c + 1));
  plan_.currency = DrawCurrency(rng_);
  plan_.second_currency = plan_.currency;
  if (rng_.PerMille(100)) {
    plan_.second_currency =
        static_cast<std::uint8_t>((plan_.currency + 1 + rng_.Below(4)) % kBookCurrencyCount);
  }
  plan_.terms = DrawTerms(rng_);
}

bool BookGenerator::Next(OpenItemRow& row) {
  if (next_item_ >= spec_.items) return false;
  while (next_item_ >= first_item_[static_cast<std::size_t>(customer_ + 1)]) {
    StartCustomer(customer_ + 1);
  }
  row.customer = customer_;
  row.item = next_item_++;
  DrawItem(row);
  return true;
}

void BookGenerator::DrawItem(OpenItemRow& row) {
  Xoshiro256& rng = rng_;
  row.currency = plan_.currency;
  if (plan_.second_currency != plan_.currency && rng.PerMille(300)) {
    row.currency = plan_.second_currency;
  }
  row.document_date = spec_.as_of.days() - DrawAge(rng);
  row.due_date = rng.PerMille(20) ? kNoDueDate
                                  : DueDate(plan_.terms, Date::FromDays(row.document_date)).days();
  row.disputed_amount = 0;
  if (rng.PerMille(15)) {  // a credit note
    row.amount = -std::max<std::int64_t>(1, DrawAmount(rng, row.currency) / 4);
    row.open_amount = rng.PerMille(700) ? row.amount : DrawShare(rng, row.amount, 10, 90);
    return;
  }
  row.amount = DrawAmount(rng, row.currency);
  row.open_amount = rng.PerMille(120) ? DrawShare(rng, row.amount, 5, 95) : row.amount;
  if (rng.PerMille(50)) {
    row.disputed_amount =
        rng.PerMille(600) ? row.open_amount : DrawShare(rng, row.open_amount, 10, 90);
  }
}

void AppendCustomerId(std::int64_t customer, std::string& out) {
  out.append("CL");
  AppendPadded(static_cast<std::uint64_t>(customer + 1), 7, out);
}

void AppendItemId(std::int64_t item, std::string& out) {
  out.append("INV-");
  AppendPadded(static_cast<std::uint64_t>(item + 1), 8, out);
}

void AppendAmount(std::int64_t minor, int minor_units, std::string& out) {
  if (minor < 0) out.push_back('-');
  const std::uint64_t magnitude =
      minor < 0 ? 0 - static_cast<std::uint64_t>(minor) : static_cast<std::uint64_t>(minor);
  if (minor_units == 0) {
    AppendPadded(magnitude, 1, out);
    return;
  }
  std::uint64_t scale = 1;
  for (int i = 0; i < minor_units; ++i) scale *= 10;
  AppendPadded(magnitude / scale, 1, out);
  out.push_back('.');
  AppendPadded(magnitude % scale, minor_units, out);
}

std::string_view IsoDateCache::Get(std::int32_t days) {
  if (texts_.empty()) first_ = days - 2048;
  if (days < first_) {
    const std::int32_t shift = first_ - days + 1024;
    texts_.insert(texts_.begin(), static_cast<std::size_t>(shift), std::string());
    first_ -= shift;
  }
  const auto index = static_cast<std::size_t>(days - first_);
  if (index >= texts_.size()) texts_.resize(index + 1024);
  std::string& text = texts_[index];
  if (text.empty()) text = Date::FromDays(days).ToString();
  return text;
}

void AppendCsvRow(const OpenItemRow& row, IsoDateCache& dates, std::string& out) {
  const int units = kBookCurrencyMinorUnits[row.currency];
  AppendCustomerId(row.customer, out);
  out.push_back(',');
  AppendItemId(row.item, out);
  out.push_back(',');
  out.append(dates.Get(row.document_date));
  out.push_back(',');
  if (row.due_date != kNoDueDate) out.append(dates.Get(row.due_date));
  out.push_back(',');
  out.append(kBookCurrencyCodes[row.currency]);
  out.push_back(',');
  AppendAmount(row.amount, units, out);
  out.push_back(',');
  AppendAmount(row.open_amount, units, out);
  out.push_back(',');
  AppendAmount(row.disputed_amount, units, out);
  out.push_back('\n');
}

OpenItemColumns GenerateColumns(const BookSpec& spec) {
  OpenItemColumns columns;
  columns.customers = spec.customers;
  const auto reserve = [n = static_cast<std::size_t>(spec.items)](auto&... column) {
    (column.reserve(n), ...);
  };
  reserve(columns.customer, columns.document_date, columns.due_date, columns.currency,
          columns.amount, columns.open_amount, columns.disputed_amount);
  BookGenerator generator(spec);
  OpenItemRow row;
  while (generator.Next(row)) {
    columns.customer.push_back(static_cast<std::int32_t>(row.customer));
    columns.document_date.push_back(row.document_date);
    columns.due_date.push_back(row.due_date);
    columns.currency.push_back(row.currency);
    columns.amount.push_back(row.amount);
    columns.open_amount.push_back(row.open_amount);
    columns.disputed_amount.push_back(row.disputed_amount);
  }
  return columns;
}

}  // namespace relance::bench
