"""/schedule arguments in three languages, and when a weekly or monthly poll runs next."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from itertools import pairwise
from zoneinfo import ZoneInfo

import pytest

from bot.polls.schedule import (
    OPEN_FOR,
    Action,
    Kind,
    Problem,
    Recurrence,
    ScheduleInputError,
    parse_schedule_arguments,
    parse_weekday,
)

ALMATY = ZoneInfo("Asia/Almaty")
MONDAY, FRIDAY, SUNDAY = 0, 4, 6


def utc(year: int, month: int, day: int, hour: int = 0) -> datetime:
    return datetime(year, month, day, hour, tzinfo=UTC)


def local(
    year: int, month: int, day: int, hour: int = 0, minute: int = 0, zone: ZoneInfo = ALMATY
) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=zone)


def weekly(weekday: int, hour: int = 10, minute: int = 0) -> Recurrence:
    return Recurrence(Kind.WEEKLY, weekday, time(hour, minute))


def monthly(day: int, hour: int = 10, minute: int = 0) -> Recurrence:
    return Recurrence(Kind.MONTHLY, day, time(hour, minute))


@pytest.mark.parametrize("text", ["", "   "])
def test_nothing_shows_the_schedule(text: str) -> None:
    assert parse_schedule_arguments(text).action is Action.SHOW


@pytest.mark.parametrize("text", ["off", "OFF", "stop", "выкл", "стоп", "өшір", "тоқтат"])
def test_off_in_any_language(text: str) -> None:
    assert parse_schedule_arguments(text).action is Action.OFF


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("weekly mon 10:00", weekly(MONDAY)),
        ("Weekly Monday 9:05", weekly(MONDAY, 9, 5)),
        ("weekly fri 18.30", weekly(FRIDAY, 18, 30)),
        ("еженедельно пн 10:00", weekly(MONDAY)),
        ("еженедельно в пятницу 19:00", weekly(FRIDAY, 19)),
        ("апта сайын дүйсенбі 10:00", weekly(MONDAY)),
        ("апталық жексенбі 00:00", weekly(SUNDAY, 0)),
        ("weekly вс 23:59", weekly(SUNDAY, 23, 59)),
        ("monthly 1 10:00", monthly(1)),
        ("ежемесячно 15 08:00", monthly(15, 8)),
        ("ай сайын 31 12:00", monthly(31, 12)),
        ("айлық 28 сағат 07:45", monthly(28, 7, 45)),
    ],
)
def test_weekly_and_monthly_schedules(text: str, expected: Recurrence) -> None:
    request = parse_schedule_arguments(text)
    assert (request.action, request.recurrence) == (Action.SET, expected)


@pytest.mark.parametrize(
    ("names", "weekday"),
    [
        (["mon", "monday", "пн", "понедельник", "дс", "дүйсенбі", "дуйсенби", "Пн."], 0),
        (["tue", "tues", "tuesday", "вт", "вторник", "сс", "сейсенбі", "сейсенби"], 1),
        (["wed", "wednesday", "ср", "среда", "среду", "сәрсенбі", "сарсенби"], 2),
        (["thu", "thurs", "thursday", "чт", "четверг", "бс", "бейсенбі", "бейсенби"], 3),
        (["fri", "friday", "пт", "пятница", "пятницу", "жм", "жұма", "жума"], 4),
        (["sat", "saturday", "сб", "суббота", "субботу", "сн", "сенбі", "сенби"], 5),
        (["sun", "sunday", "вс", "воскресенье", "жс", "жексенбі", "жексенби"], 6),
    ],
)
def test_weekday_names_in_english_russian_and_kazakh(names: list[str], weekday: int) -> None:
    assert {parse_weekday(name) for name in names} == {weekday}


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("daily 10:00", Problem.KIND),
        ("10:00", Problem.KIND),
        ("off now", Problem.KIND),
        ("weekly mon", Problem.SHAPE),
        ("weekly mon 10:00 please", Problem.SHAPE),
        ("monthly 10:00", Problem.SHAPE),
        ("weekly xyz 10:00", Problem.WEEKDAY),
        ("weekly се 10:00", Problem.WEEKDAY),
        ("weekly 1 10:00", Problem.WEEKDAY),
        ("monthly 0 10:00", Problem.DAY),
        ("monthly 32 10:00", Problem.DAY),
        ("monthly mon 10:00", Problem.DAY),
        ("monthly ² 10:00", Problem.DAY),
        ("weekly mon 24:00", Problem.TIME),
        ("weekly mon 10:60", Problem.TIME),
        ("weekly mon 10", Problem.TIME),
        ("weekly mon 10:0", Problem.TIME),
        ("weekly mon <b>", Problem.TIME),
    ],
)
def test_malformed_input_names_the_problem(text: str, problem: Problem) -> None:
    with pytest.raises(ScheduleInputError) as raised:
        parse_schedule_arguments(text)
    assert raised.value.problem is problem


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        (local(2026, 11, 25, 12, 0), local(2026, 11, 30, 10, 0)),  # Wednesday → Monday
        (local(2026, 11, 30, 9, 59), local(2026, 11, 30, 10, 0)),  # the same morning
        (local(2026, 11, 30, 10, 0), local(2026, 12, 7, 10, 0)),  # strictly after
        (local(2026, 12, 30, 8, 0), local(2027, 1, 4, 10, 0)),  # over the new year
    ],
)
def test_the_next_weekly_run(after: datetime, expected: datetime) -> None:
    assert weekly(MONDAY).next_run(after, ALMATY) == expected


def test_runs_are_in_utc_and_almaty_is_utc_plus_five_all_year() -> None:
    run = utc(2026, 1, 1)
    runs = []
    for _ in range(53):
        run = weekly(MONDAY).next_run(run, ALMATY)
        runs.append(run)
    assert all(run.tzinfo is UTC and (run.hour, run.minute) == (5, 0) for run in runs)
    assert all(b - a == timedelta(days=7) for a, b in pairwise(runs))


def test_the_local_time_is_kept_when_the_offset_changes() -> None:
    """Kazakhstan moved from UTC+6 to UTC+5 on 1 March 2024; Berlin keeps summer time."""
    before = weekly(MONDAY).next_run(local(2024, 2, 20), ALMATY)
    after = weekly(MONDAY).next_run(before, ALMATY)
    assert (before, after) == (utc(2024, 2, 26, 4), utc(2024, 3, 4, 5))
    berlin = ZoneInfo("Europe/Berlin")
    spring = weekly(MONDAY).next_run(local(2026, 3, 24, zone=berlin), berlin)
    assert spring == utc(2026, 3, 30, 8) and spring.astimezone(berlin).hour == 10


def test_the_next_day_is_counted_in_local_time() -> None:
    """01:00 on 1 December in Almaty is still 30 November in UTC."""
    assert monthly(1).next_run(utc(2026, 11, 30, 20), ALMATY) == local(2026, 12, 1, 10)


@pytest.mark.parametrize(
    ("recurrence", "after", "expected"),
    [
        (monthly(1), local(2026, 12, 15), local(2027, 1, 1, 10)),  # December → January
        (monthly(31), local(2027, 1, 31, 11), local(2027, 2, 28, 10)),  # last day of February
        (monthly(31), local(2028, 1, 31, 11), local(2028, 2, 29, 10)),  # a leap year
        (monthly(31), local(2027, 2, 28, 11), local(2027, 3, 31, 10)),  # back to the 31st
        (monthly(30), local(2027, 2, 1), local(2027, 2, 28, 10)),
        (monthly(31), local(2026, 11, 1), local(2026, 11, 30, 10)),
        (monthly(29), local(2026, 12, 30), local(2027, 1, 29, 10)),
        (monthly(15), local(2026, 11, 15, 9), local(2026, 11, 15, 10)),
    ],
)
def test_the_next_monthly_run(recurrence: Recurrence, after: datetime, expected: datetime) -> None:
    assert recurrence.next_run(after, ALMATY) == expected


def test_days_after_the_28th_fall_short_in_some_months() -> None:
    assert [monthly(day).falls_short for day in (1, 28, 29, 31)] == [False, False, True, True]
    assert not weekly(SUNDAY).falls_short


def test_a_missed_run_is_posted_late_only_while_its_poll_would_be_open() -> None:
    due = local(2026, 11, 30, 10)
    soon_after = due + OPEN_FOR - timedelta(minutes=1)
    assert weekly(MONDAY).resume_at(due, soon_after, ALMATY) == due
    too_late = due + OPEN_FOR
    assert weekly(MONDAY).resume_at(due, too_late, ALMATY) == local(2026, 12, 7, 10)
    assert weekly(MONDAY).resume_at(due, due - timedelta(days=1), ALMATY) == due
