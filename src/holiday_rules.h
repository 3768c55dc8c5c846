// Internal: evaluating and checking holiday rules, for calendar.cc (the
// rules themselves and the built-in calendars are in holiday_rules.cc). Not
// installed; not API.

#ifndef RELANCE_SRC_HOLIDAY_RULES_H_
#define RELANCE_SRC_HOLIDAY_RULES_H_

#include <string>
#include <utility>
#include <vector>

#include "civil_day.h"
#include "relance/calendar.h"

namespace relance::calendar_internal {

// The anonymous Gregorian computus (Meeus/Jones/Butcher), with floor division
// so that it extends proleptically to any year.
Day EasterDay(Day year);

// True when `rule` makes `day` (whose civil date is `c`) a holiday. An Easter
// rule's holidays are the days D, in its years, with D - offset an Easter
// Sunday (offsets of up to a year may cross into the next or previous year).
bool RuleFallsOn(const HolidayRule& rule, Day day, const Civil& c);

// Appends (day, rule index) for each holiday `rule` places in `year`.
void AppendRuleDays(const HolidayRule& rule, int index, Day year,
                    std::vector<std::pair<Day, int>>& out);

// What is wrong with a rule, or "" when it names real days.
std::string RuleProblem(const HolidayRule& r);

}  // namespace relance::calendar_internal

#endif  // RELANCE_SRC_HOLIDAY_RULES_H_
