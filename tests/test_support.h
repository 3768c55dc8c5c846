// Test helpers: parse-or-fail for decimals, dates and currencies, and
// matchers on StatusOr and ErrorCode.

#ifndef RELANCE_TESTS_TEST_SUPPORT_H_
#define RELANCE_TESTS_TEST_SUPPORT_H_

#include <string>
#include <string_view>

#include "gtest/gtest.h"
#include "relance/currency.h"
#include "relance/date.h"
#include "relance/decimal.h"
#include "relance/error.h"

namespace relance::testing {

// The Decimal of `text`; fails the test if it does not parse.
inline Decimal D(std::string_view text) {
  absl::StatusOr<Decimal> d = Decimal::Parse(text);
  EXPECT_TRUE(d.ok()) << "bad literal in test: " << text << ": " << d.status();
  return d.ok() ? *d : Decimal();
}

// The Date of ISO text; fails the test if it does not parse.
inline Date Day(std::string_view text) {
  absl::StatusOr<Date> d = Date::Parse(text);
  EXPECT_TRUE(d.ok()) << "bad date in test: " << text << ": " << d.status();
  return d.ok() ? *d : Date();
}

// The Currency of a code; fails the test if it is unknown (and then
// returns the table's first currency).
inline Currency C(std::string_view code) {
  absl::StatusOr<Currency> c = Currency::Lookup(code);
  EXPECT_TRUE(c.ok()) << "bad currency in test: " << code;
  return c.ok() ? *c : Currency::All().front();
}

// The text of a successful result, or "error: <code name>".
template <typename T>
std::string Text(const absl::StatusOr<T>& r) {
  if (!r.ok()) return "error: " + std::string(ErrorCodeName(ErrorCodeOf(r.status())));
  return r->ToString();
}

template <typename T>
ErrorCode CodeOf(const absl::StatusOr<T>& r) {
  return ErrorCodeOf(r.status());
}

inline ErrorCode CodeOf(const absl::Status& s) { return ErrorCodeOf(s); }

inline std::string Message(const absl::Status& s) { return std::string(s.message()); }

}  // namespace relance::testing

#endif  // RELANCE_TESTS_TEST_SUPPORT_H_
