// Date: strict ISO text, the day number, and month arithmetic that clamps.
// Expected values checked with Python's datetime (days since 1970-01-01 as
// date.toordinal() - date(1970,1,1).toordinal()).

#include "relance/date.h"

#include <string>

#include "gtest/gtest.h"
#include "test_support.h"

namespace relance {
namespace {

using testing::CodeOf;
using testing::Day;
using testing::Message;
using testing::Text;

TEST(Date, DayNumbersMatchPythonDatetime) {
  EXPECT_EQ(Day("1970-01-01").days(), 0);
  EXPECT_EQ(Day("2024-02-29").days(), 19782);
  EXPECT_EQ(Day("2025-03-17").days(), 20164);
  EXPECT_EQ(Day("1969-12-31").days(), -1);
  EXPECT_EQ(Day("0001-01-01").days(), -719162);
  EXPECT_EQ(Day("9999-12-31").days(), 2932896);
  EXPECT_EQ(Date::FromDays(20164).ToString(), "2025-03-17");
  EXPECT_EQ(Day("2025-03-17").weekday(), Weekday::kMonday);
  EXPECT_EQ(Day("2024-12-25").weekday(), Weekday::kWednesday);
  EXPECT_EQ(Day("2025-03-17").year(), 2025);
  EXPECT_EQ(Day("2025-03-17").month(), 3);
  EXPECT_EQ(Day("2025-03-17").day(), 17);
}

TEST(Date, ParseIsStrict) {
  for (std::string_view bad : {"2025-3-17", "2025/03/17", "17-03-2025", "20250317", "",
                               "2025-03-17 ", " 2025-03-17", "2025-03-1x", "+025-03-17",
                               "2025-03-17T00:00"}) {
    absl::StatusOr<Date> d = Date::Parse(bad);
    EXPECT_EQ(CodeOf(d), ErrorCode::kParse) << bad;
    if (!d.ok()) {
      EXPECT_NE(Message(d.status()).find(std::string("\"") + std::string(bad) + "\""),
                std::string::npos);
    }
  }
  EXPECT_EQ(Message(Date::Parse("2025/03/17").status()),
            "date \"2025/03/17\" is not YYYY-MM-DD: expected '-' at positions 5 and 8");
}

TEST(Date, NonexistentDatesAreInvalidArguments) {
  EXPECT_EQ(CodeOf(Date::Parse("2025-02-29")), ErrorCode::kInvalidArgument);
  EXPECT_EQ(Message(Date::Parse("2025-02-29").status()),
            "date \"2025-02-29\": day 29 does not exist in 2025-02 (1..28)");
  EXPECT_EQ(CodeOf(Date::Parse("2025-13-01")), ErrorCode::kInvalidArgument);
  EXPECT_EQ(CodeOf(Date::Parse("2025-04-31")), ErrorCode::kInvalidArgument);
  EXPECT_EQ(CodeOf(Date::Parse("0000-01-01")), ErrorCode::kInvalidArgument);
  EXPECT_EQ(CodeOf(Date::Parse("2025-00-10")), ErrorCode::kInvalidArgument);
  EXPECT_EQ(CodeOf(Date::Parse("2025-01-00")), ErrorCode::kInvalidArgument);
  EXPECT_EQ(Text(Date::FromYmd(2024, 2, 29)), "2024-02-29");
  EXPECT_EQ(CodeOf(Date::FromYmd(2100, 2, 29)), ErrorCode::kInvalidArgument);  // not leap
  EXPECT_EQ(CodeOf(Date::FromYmd(2025, 1, -3)), ErrorCode::kInvalidArgument);
}

TEST(Date, AddMonthsClampsToTheEndOfTheMonth) {
  EXPECT_EQ(AddMonths(Day("2024-01-31"), 1), Day("2024-02-29"));
  EXPECT_EQ(AddMonths(Day("2025-01-31"), 1), Day("2025-02-28"));
  EXPECT_EQ(AddMonths(Day("2025-03-31"), -1), Day("2025-02-28"));
  EXPECT_EQ(AddMonths(Day("2025-01-30"), 1), Day("2025-02-28"));
  EXPECT_EQ(AddMonths(Day("2025-02-28"), 1), Day("2025-03-28"));
  EXPECT_EQ(AddMonths(Day("2024-02-29"), 12), Day("2025-02-28"));
  EXPECT_EQ(AddMonths(Day("2024-02-29"), 48), Day("2028-02-29"));
  EXPECT_EQ(AddMonths(Day("2025-10-31"), 2), Day("2025-12-31"));
  EXPECT_EQ(AddMonths(Day("2025-11-30"), 3), Day("2026-02-28"));
  EXPECT_EQ(AddMonths(Day("2025-05-15"), -17), Day("2023-12-15"));
  EXPECT_EQ(AddMonths(Day("2025-05-15"), 0), Day("2025-05-15"));
}

TEST(Date, DayArithmeticAndMonthEnds) {
  EXPECT_EQ(AddDays(Day("2024-02-28"), 1), Day("2024-02-29"));
  EXPECT_EQ(AddDays(Day("2025-02-28"), 1), Day("2025-03-01"));
  EXPECT_EQ(AddDays(Day("2025-01-01"), -1), Day("2024-12-31"));
  EXPECT_EQ(DaysBetween(Day("2024-09-15"), Day("2024-10-15")), 30);
  EXPECT_EQ(EndOfMonth(Day("2024-02-10")), Day("2024-02-29"));
  EXPECT_EQ(EndOfMonth(Day("2100-02-10")), Day("2100-02-28"));
  EXPECT_EQ(EndOfMonth(Day("2025-12-31")), Day("2025-12-31"));
  EXPECT_TRUE(IsLeapYear(2000));
  EXPECT_FALSE(IsLeapYear(1900));
  EXPECT_TRUE(Day("2025-01-01") < Day("2025-01-02"));
}

}  // namespace
}  // namespace relance
