// Currency: the ISO 4217 table (codes, numbers and minor units checked
// against the standard's list) and lookups.

#include "relance/currency.h"

#include <set>
#include <string>

#include "gtest/gtest.h"
#include "test_support.h"

namespace relance {
namespace {

using testing::CodeOf;
using testing::Message;

TEST(Currency, KnownCodes) {
  struct Row {
    std::string_view code;
    int numeric, minor;
  };
  for (const Row& r : {Row{"EUR", 978, 2}, Row{"USD", 840, 2}, Row{"JPY", 392, 0},
                       Row{"BHD", 48, 3}, Row{"KWD", 414, 3}, Row{"TND", 788, 3},
                       Row{"CLF", 990, 4}, Row{"UYW", 927, 4}, Row{"ISK", 352, 0},
                       Row{"XOF", 952, 0}, Row{"XAF", 950, 0}, Row{"CHF", 756, 2},
                       Row{"GBP", 826, 2}, Row{"ALL", 8, 2}, Row{"KRW", 410, 0}}) {
    absl::StatusOr<Currency> c = Currency::Lookup(r.code);
    ASSERT_TRUE(c.ok()) << r.code;
    EXPECT_EQ(c->code(), r.code);
    EXPECT_EQ(c->numeric_code(), r.numeric) << r.code;
    EXPECT_EQ(c->minor_units(), r.minor) << r.code;
    EXPECT_TRUE(c->active()) << r.code;
  }
}

TEST(Currency, UnknownCodesAreErrors) {
  for (std::string_view code : {"XYZ", "eur", "EU", "EURO", "", "XAU", "XXX", "XDR"}) {
    absl::StatusOr<Currency> c = Currency::Lookup(code);
    EXPECT_EQ(CodeOf(c), ErrorCode::kNotFound) << code;
  }
  EXPECT_EQ(Message(Currency::Lookup("eur").status()),
            "unknown currency \"eur\": expected an ISO 4217 code with minor units, in "
            "capitals, such as EUR");
  EXPECT_EQ(CodeOf(Currency::FromNumeric(1000)), ErrorCode::kNotFound);
}

TEST(Currency, WithdrawnCurrenciesAreKeptButInactive) {
  for (std::string_view code : {"HRK", "BGN", "ANG", "ZWL"}) {
    absl::StatusOr<Currency> c = Currency::Lookup(code);
    ASSERT_TRUE(c.ok()) << code;
    EXPECT_FALSE(c->active()) << code;
  }
  // ANG and XCG share 532; the numeric lookup prefers the active one.
  EXPECT_EQ(Currency::FromNumeric(532)->code(), "XCG");
  EXPECT_EQ(Currency::FromNumeric(978)->code(), "EUR");
}

TEST(Currency, TableIsSortedUniqueAndWellFormed) {
  const auto all = Currency::All();
  EXPECT_GT(all.size(), 150u);
  std::set<int> active_numbers;
  for (std::size_t i = 0; i < all.size(); ++i) {
    const Currency& c = all[i];
    for (char ch : c.code()) EXPECT_TRUE(ch >= 'A' && ch <= 'Z') << c.code();
    if (i > 0) {
      EXPECT_LT(all[i - 1].code(), c.code());
    }
    EXPECT_TRUE(c.minor_units() == 0 || c.minor_units() == 2 || c.minor_units() == 3 ||
                c.minor_units() == 4)
        << c.code();
    EXPECT_GT(c.numeric_code(), 0);
    EXPECT_LT(c.numeric_code(), 1000);
    if (c.active()) {
      EXPECT_TRUE(active_numbers.insert(c.numeric_code()).second) << c.code();
    }
    EXPECT_EQ(*Currency::Lookup(c.code()), c);
  }
}

}  // namespace
}  // namespace relance
