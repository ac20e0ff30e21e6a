"""What follows `/poll`: nothing (the survey), `stop`, an optional duration, or a custom poll.

    /poll                              the standard survey (core question in groups)
    /poll 3d                           the same, closing in three days
    /poll Question? | option | option  a custom poll, 2–12 options
    /poll 12h Question? | a | b        a custom poll closing in twelve hours
    /poll stop                         close this chat's open poll now
    /poll live                         the survey with its results visible while it runs

Input that breaks a limit raises PollInputError naming the problem; nothing is posted then.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import timedelta
from enum import StrEnum

from bot.polls.limits import (
    OPEN_MAX,
    OPEN_MIN,
    OPTIONS_MAX,
    OPTIONS_MIN,
    option_fits,
    question_fits,
)
from bot.util.input_errors import InputProblem

SEPARATOR = "|"
STOP_WORDS = frozenset({"stop", "стоп", "тоқтат"})
LIVE_WORDS = frozenset({"live", "открыто", "ашық"})
DURATION_UNITS = {
    "m": timedelta(minutes=1),
    "min": timedelta(minutes=1),
    "м": timedelta(minutes=1),
    "мин": timedelta(minutes=1),
    "h": timedelta(hours=1),
    "ч": timedelta(hours=1),
    "сағ": timedelta(hours=1),
    "d": timedelta(days=1),
    "д": timedelta(days=1),
    "күн": timedelta(days=1),
}
DURATION = re.compile(
    rf"^(\d{{1,6}})\s*({'|'.join(sorted(DURATION_UNITS, key=len, reverse=True))})(?=\s|$)\s*(.*)$",
    re.IGNORECASE | re.DOTALL,
)


class Action(StrEnum):
    SURVEY = "survey"
    CUSTOM = "custom"
    STOP = "stop"


class Problem(StrEnum):
    NO_OPTIONS = "no_options"
    OPTION_COUNT = "option_count"
    QUESTION_LENGTH = "question_length"
    OPTION_LENGTH = "option_length"
    DUPLICATE_OPTIONS = "duplicate_options"
    DURATION = "duration"


class PollInputError(InputProblem[Problem]):
    """What was wrong with the input; nothing is posted or stored."""


@dataclass(frozen=True)
class PollRequest:
    action: Action
    open_for: timedelta | None = None
    question: str = ""
    options: tuple[str, ...] = ()
    live: bool = False
    """The survey with its results visible while it runs (hidden until it closes otherwise)."""


def parse_poll_arguments(text: str) -> PollRequest:
    """`text` is what the user wrote after the command, as written."""
    rest = " ".join(text.split())
    if rest.casefold() in STOP_WORDS:
        return PollRequest(Action.STOP)
    open_for, rest = _duration(rest)
    if not rest:
        return PollRequest(Action.SURVEY, open_for)
    if rest.casefold() in LIVE_WORDS:
        return PollRequest(Action.SURVEY, open_for, live=True)
    if SEPARATOR not in rest:
        raise PollInputError(Problem.NO_OPTIONS)
    question, *parts = (part.strip() for part in rest.split(SEPARATOR))
    options = tuple(part for part in parts if part)
    if not question_fits(question):
        raise PollInputError(Problem.QUESTION_LENGTH)
    if not OPTIONS_MIN <= len(options) <= OPTIONS_MAX:
        raise PollInputError(Problem.OPTION_COUNT)
    if not all(option_fits(option) for option in options):
        raise PollInputError(Problem.OPTION_LENGTH)
    if len({option.casefold() for option in options}) != len(options):
        raise PollInputError(Problem.DUPLICATE_OPTIONS)
    return PollRequest(Action.CUSTOM, open_for, question, options)


def _duration(text: str) -> tuple[timedelta | None, str]:
    match = DURATION.match(text)
    if match is None:
        return None, text
    amount, unit, rest = match.groups()
    open_for = int(amount) * DURATION_UNITS[unit.lower()]
    if not OPEN_MIN <= open_for <= OPEN_MAX:
        raise PollInputError(Problem.DURATION)
    return open_for, rest.strip()
