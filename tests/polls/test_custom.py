"""Parsing what follows /poll: the survey, stop, a duration, a custom poll, and every limit."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot.polls.custom import Action, PollInputError, Problem, parse_poll_arguments


@pytest.mark.parametrize("text", ["", "   "])
def test_nothing_means_the_survey(text: str) -> None:
    assert parse_poll_arguments(text).action is Action.SURVEY


@pytest.mark.parametrize("text", ["stop", "STOP", "стоп", "тоқтат"])
def test_stop_in_any_language(text: str) -> None:
    assert parse_poll_arguments(text).action is Action.STOP


@pytest.mark.parametrize(
    ("text", "open_for"),
    [
        ("3d", timedelta(days=3)),
        ("12h", timedelta(hours=12)),
        ("30m", timedelta(minutes=30)),
        ("2 ч", timedelta(hours=2)),
        ("5д", timedelta(days=5)),
        ("1 күн", timedelta(days=1)),
        ("12сағ", timedelta(hours=12)),
        ("30мин", timedelta(minutes=30)),
        ("30d", timedelta(days=30)),
    ],
)
def test_a_duration_closes_the_survey_later(text: str, open_for: timedelta) -> None:
    request = parse_poll_arguments(text)
    assert (request.action, request.open_for) == (Action.SURVEY, open_for)


def test_a_custom_poll() -> None:
    request = parse_poll_arguments("Is our street  lit at night? | Yes |No| Partly |")
    assert request.action is Action.CUSTOM
    assert request.question == "Is our street lit at night?"
    assert request.options == ("Yes", "No", "Partly")
    assert request.open_for is None


def test_a_custom_poll_with_a_duration() -> None:
    request = parse_poll_arguments("12h Собрание в субботу? | Да | Нет")
    assert (request.action, request.open_for) == (Action.CUSTOM, timedelta(hours=12))
    assert request.question == "Собрание в субботу?"


def test_html_like_text_is_kept_as_written() -> None:
    request = parse_poll_arguments("<b>Tom & Jerry</b>? | a < b | a > b")
    assert request.question == "<b>Tom & Jerry</b>?"
    assert request.options == ("a < b", "a > b")


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("Just a question without options?", Problem.NO_OPTIONS),
        ("Question? | only one", Problem.OPTION_COUNT),
        ("Question? | | |", Problem.OPTION_COUNT),
        ("Question? | " + " | ".join(str(i) for i in range(13)), Problem.OPTION_COUNT),
        ("| Yes | No", Problem.QUESTION_LENGTH),
        ("Q" * 301 + " | Yes | No", Problem.QUESTION_LENGTH),
        ("Question? | " + "o" * 101 + " | No", Problem.OPTION_LENGTH),
        ("Question? | " + "😀" * 51 + " | No", Problem.OPTION_LENGTH),
        ("Question? | Yes | yes", Problem.DUPLICATE_OPTIONS),
        ("31d", Problem.DURATION),
        ("0m Question? | Yes | No", Problem.DURATION),
    ],
)
def test_malformed_input_names_the_problem(text: str, problem: Problem) -> None:
    with pytest.raises(PollInputError) as raised:
        parse_poll_arguments(text)
    assert raised.value.problem is problem


def test_the_longest_allowed_poll_passes() -> None:
    request = parse_poll_arguments("Q" * 300 + " | " + " | ".join(f"{i:0>100}" for i in range(12)))
    assert len(request.options) == 12
