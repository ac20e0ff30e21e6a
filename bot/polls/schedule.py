"""What follows `/schedule`, and when a recurring poll runs next. Pure: no Telegram, no database.

    /schedule                      this chat's schedule
    /schedule weekly mon 10:00     every Monday at 10:00 local time (TIMEZONE)
    /schedule monthly 1 10:00      every 1st; days 29–31 fall on the last day of shorter months
    /schedule off                  stop

Keywords and weekdays are understood in English, Russian and Kazakh («еженедельно пн 10:00»,
«апта сайын дүйсенбі 10:00»); Kazakh letters may be typed as their Russian look-alikes. Input that
does not fit raises ScheduleInputError naming the problem.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from bot.util.input_errors import InputProblem

# Each scheduled poll closes after this long, well before the next one (at least 28 days apart
# for monthly schedules, 7 for weekly ones). A run the bot missed while it was down is still
# posted at start-up if its poll would not have closed yet.
OPEN_FOR = timedelta(hours=24)
SHORTEST_MONTH = 28
LONGEST_MONTH = 31
DAYS_IN_WEEK = 7

_PLAIN = str.maketrans("әғқңөұүһіё", "агкноуухие")
_TIME = re.compile(r"^(\d{1,2})[:.](\d{2})$")
_DAY = re.compile(r"^\d{1,2}$")
_MIN_PREFIX = 3


class Kind(StrEnum):
    WEEKLY = "weekly"
    MONTHLY = "monthly"


class Action(StrEnum):
    SHOW = "show"
    SET = "set"
    OFF = "off"


class Problem(StrEnum):
    KIND = "kind"
    SHAPE = "shape"
    WEEKDAY = "weekday"
    DAY = "day"
    TIME = "time"


class ScheduleInputError(InputProblem[Problem]):
    """What was wrong with the input; the schedule stays as it was."""


def plain(word: str) -> str:
    """Lower case, no trailing dot, Kazakh letters as the Russian ones people type instead."""
    return word.casefold().strip(".,").translate(_PLAIN)


def _plain_set(*words: str) -> frozenset[str]:
    return frozenset(map(plain, words))


_FILLER = _plain_set("on", "at", "every", "в", "во", "каждый", "каждую", "каждое", "сайын", "сағат")
_OFF = _plain_set("off", "stop", "выкл", "выключить", "стоп", "өшір", "өшіру", "тоқтат")
_KINDS = {
    plain(word): kind
    for kind, words in (
        (Kind.WEEKLY, ("weekly", "week", "еженедельно", "неделя", "апта", "апталық")),
        (Kind.MONTHLY, ("monthly", "month", "ежемесячно", "месяц", "ай", "айлық")),
    )
    for word in words
}
# Full names (any unambiguous beginning of three letters or more is understood) and the usual
# two-letter abbreviations, Monday first.
_WEEKDAY_NAMES = (
    ("monday", "понедельник", "дүйсенбі"),
    ("tuesday", "вторник", "сейсенбі"),
    ("wednesday", "среда", "среду", "сәрсенбі"),
    ("thursday", "четверг", "бейсенбі"),
    ("friday", "пятница", "пятницу", "жұма"),
    ("saturday", "суббота", "субботу", "сенбі"),
    ("sunday", "воскресенье", "жексенбі"),
)
_WEEKDAY_ABBREVIATIONS = (
    ("mon", "пн", "дс"),
    ("tue", "вт", "сс"),
    ("wed", "ср"),
    ("thu", "чт", "бс"),
    ("fri", "пт", "жм"),
    ("sat", "сб", "сн"),
    ("sun", "вс", "жс"),
)
_WEEKDAYS = tuple(
    (_plain_set(*abbreviations), _plain_set(*names))
    for names, abbreviations in zip(_WEEKDAY_NAMES, _WEEKDAY_ABBREVIATIONS, strict=True)
)


@dataclass(frozen=True)
class Recurrence:
    """`day` is the weekday (0 = Monday) of a weekly schedule, the day of the month (1–31) of
    a monthly one; `at` is the local time."""

    kind: Kind
    day: int
    at: time

    @property
    def falls_short(self) -> bool:
        """Some months have no such day: the poll comes on their last day instead."""
        return self.kind is Kind.MONTHLY and self.day > SHORTEST_MONTH

    def next_run(self, after: datetime, zone: ZoneInfo) -> datetime:
        """The first run strictly after `after`, in UTC; the wall-clock time is kept in `zone`."""
        days = self._run_days(after.astimezone(zone).date())
        moments = (datetime.combine(run_day, self.at, tzinfo=zone) for run_day in days)
        return next(moment for moment in moments if moment > after).astimezone(UTC)

    def resume_at(self, due_at: datetime, now: datetime, zone: ZoneInfo) -> datetime:
        """When to run after a restart: a missed run whose poll would still be open is due
        now; an older one gives way to the next regular run."""
        return due_at if now < due_at + OPEN_FOR else self.next_run(now, zone)

    def _run_days(self, start: date) -> Iterator[date]:
        """Run dates from `start`'s week or month on, the first possibly before `start`."""
        if self.kind is Kind.WEEKLY:
            run_day = start + timedelta(days=(self.day - start.weekday()) % DAYS_IN_WEEK)
            while True:
                yield run_day
                run_day += timedelta(days=DAYS_IN_WEEK)
        year, month = start.year, start.month
        while True:
            yield date(year, month, min(self.day, calendar.monthrange(year, month)[1]))
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)


@dataclass(frozen=True)
class ScheduleRequest:
    action: Action
    recurrence: Recurrence | None = None


def parse_schedule_arguments(text: str) -> ScheduleRequest:
    """`text` is what the user wrote after the command."""
    words = [word for word in map(plain, text.split()) if word not in _FILLER]
    if not words:
        return ScheduleRequest(Action.SHOW)
    first, *rest = words
    if first in _OFF and not rest:
        return ScheduleRequest(Action.OFF)
    kind = _KINDS.get(first)
    if kind is None:
        raise ScheduleInputError(Problem.KIND)
    if len(rest) != 2:
        raise ScheduleInputError(Problem.SHAPE)
    day_word, time_word = rest
    day = parse_weekday(day_word) if kind is Kind.WEEKLY else parse_day_of_month(day_word)
    return ScheduleRequest(Action.SET, Recurrence(kind, day, parse_time(time_word)))


def parse_weekday(word: str) -> int:
    """0 for Monday; a full name, its accusative, an abbreviation or a clear beginning."""
    word = plain(word)
    matches = {
        weekday
        for weekday, (abbreviations, names) in enumerate(_WEEKDAYS)
        if word in abbreviations
        or (len(word) >= _MIN_PREFIX and any(name.startswith(word) for name in names))
    }
    if len(matches) != 1:
        raise ScheduleInputError(Problem.WEEKDAY)
    return matches.pop()


def parse_day_of_month(word: str) -> int:
    if not _DAY.match(word) or not 1 <= int(word) <= LONGEST_MONTH:
        raise ScheduleInputError(Problem.DAY)
    return int(word)


def parse_time(word: str) -> time:
    """HH:MM (or H.MM), 00:00 to 23:59."""
    match = _TIME.match(word)
    if match is None:
        raise ScheduleInputError(Problem.TIME)
    try:
        return time(int(match[1]), int(match[2]))
    except ValueError:
        raise ScheduleInputError(Problem.TIME) from None
