"""Dates and business calendars through the binding. Holiday dates are the
French public holidays as published (Easter-based ones from Easter Sunday
2025-04-20 and 2026-04-05); day numbers agree with datetime.toordinal()."""

import datetime
import threading
from datetime import date

import pytest

import relance


def test_month_arithmetic_clamps():
    assert relance.add_months(date(2024, 1, 31), 1) == date(2024, 2, 29)
    assert relance.add_months(date(2025, 3, 31), -1) == date(2025, 2, 28)
    assert relance.end_of_month(date(2100, 2, 3)) == date(2100, 2, 28)
    with pytest.raises(TypeError):
        relance.add_months(datetime.datetime(2024, 1, 31), 1)
    with pytest.raises(relance.InvalidArgumentError):
        relance.add_months(date(9999, 12, 1), 1)


def test_french_holidays_2025():
    with relance.Calendar("FR") as fr:
        got = fr.holidays(2025)
    assert [h.date for h in got] == [
        date(2025, 1, 1), date(2025, 4, 21), date(2025, 5, 1), date(2025, 5, 8),
        date(2025, 5, 29), date(2025, 6, 9), date(2025, 7, 14), date(2025, 8, 15),
        date(2025, 11, 1), date(2025, 11, 11), date(2025, 12, 25)]
    assert got[1] == relance.Holiday(date(2025, 4, 21), "Easter Monday")


def test_alsace_moselle_and_target_add_good_friday_and_26_december():
    extra = {date(2026, 4, 3), date(2026, 12, 26)}
    fr = {h.date for h in relance.Calendar("FR").holidays(2026)}
    am = {h.date for h in relance.Calendar("FR-ALSACE-MOSELLE").holidays(2026)}
    assert am - fr == extra
    target = {h.date for h in relance.Calendar("TARGET").holidays(2026)}
    assert target == {date(2026, 1, 1), date(2026, 4, 3), date(2026, 4, 6), date(2026, 5, 1),
                      date(2026, 12, 25), date(2026, 12, 26)}


def test_rolls_and_business_day_counts():
    fr = relance.Calendar("FR")
    saturday = date(2025, 5, 31)
    assert not fr.is_business_day(saturday)
    assert fr.adjust(saturday, "following") == date(2025, 6, 2)
    assert fr.adjust(saturday, "modified_following") == date(2025, 5, 30)
    assert fr.adjust(saturday, "preceding") == date(2025, 5, 30)
    assert fr.adjust(saturday, "none") == saturday
    with pytest.raises(ValueError, match="modified_following"):
        fr.adjust(saturday, "nearest")
    # Friday before Easter Monday 2025-04-21.
    assert fr.add_business_days(date(2025, 4, 18), 1) == date(2025, 4, 22)
    assert fr.add_business_days(date(2025, 4, 22), -1) == date(2025, 4, 18)
    assert fr.business_days_between(date(2025, 4, 18), date(2025, 4, 22)) == 1
    assert fr.business_days_between(date(2025, 4, 22), date(2025, 4, 18)) == -1


def test_custom_calendar():
    cal = relance.Calendar.custom(
        "mine", holidays=[date(2025, 3, 18), ("Inventory", date(2025, 3, 19))],
        weekend=(5, 6), annual=[("Founders' Day", 3, 17)], easter=[("Easter Monday", 1)])
    assert cal.add_business_days(date(2025, 3, 16), 1) == date(2025, 3, 20)
    assert [h.name for h in cal.holidays(2025)] == ["Founders' Day", "", "Inventory",
                                                    "Easter Monday"]
    with pytest.raises(relance.InvalidArgumentError):
        relance.Calendar.custom("bad", annual=[("x", 2, 30)])
    with pytest.raises(relance.InvalidArgumentError):
        relance.Calendar.custom("bad", weekend=(1, 2, 3, 4, 5, 6, 7))
    with pytest.raises(relance.NotFoundError):
        relance.Calendar("Narnia")


def test_closed_calendar_and_sharing_between_threads():
    fr = relance.Calendar("FR")
    results = []

    def work():
        results.append(fr.business_days_between(date(2025, 1, 1), date(2026, 1, 1)))

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    # 2025 has 261 weekdays (counted with datetime); 10 holidays fall on
    # one: 1 Jan We, 21 Apr Mo, 1 May Th, 8 May Th, 29 May Th, 9 Jun Mo,
    # 14 Jul Mo, 15 Aug Fr, 11 Nov Tu, 25 Dec Th (1 Nov is a Saturday).
    assert results == [251] * 4
    fr.close()
    fr.close()
    with pytest.raises(relance.InvalidArgumentError, match="closed"):
        fr.is_business_day(date(2025, 1, 2))
