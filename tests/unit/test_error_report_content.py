"""What a report to the bot admins says, and how often: the error's class and where in Senim's
code it happened, never its message; one report per kind of error per period, with a count of
those held back."""

from __future__ import annotations

from datetime import date

from bot.handlers.error_reports import REPORT_EVERY, ErrorReport, Throttle, describe, report_text
from bot.services.figure_entry import FigureInputError, parse_point
from bot.util.i18n import Translator


def caught(text: str) -> BaseException:
    try:
        int(text)
    except ValueError as error:
        return error
    raise AssertionError("int() accepted the text")


def test_a_report_never_carries_the_errors_message() -> None:
    error = caught("Жанна, мой номер 8701")
    assert "8701" in str(error)
    report = describe(error, "#17")
    text = report_text(report, Translator("en"))
    assert "ValueError" in text and "#17" in text
    assert "Жанна" not in text and "8701" not in text
    assert report.place == "outside Senim's code" and report.frames == ()


def test_a_report_shows_where_in_our_code_it_failed() -> None:
    try:
        parse_point("trust_share", "year 2019 of Жанна", {"trust_share": "%"}, date(2026, 1, 1))
    except FigureInputError as error:
        report = describe(error, "#5")
    assert report.kind == "FigureInputError"
    assert report.place.startswith("bot/services/figure_entry.py:") and report.place.endswith(
        "parse_point"
    )
    text = report_text(report, Translator("ru"))
    assert "Непредвиденная ошибка" in text and "bot/services/figure_entry.py:" in text
    assert "raise FigureInputError(Problem.YEAR)" in text and "Жанна" not in text


def test_one_report_per_kind_per_period_with_the_count_held_back() -> None:
    now = [0.0]
    throttle = Throttle(clock=lambda: now[0])
    ask = ErrorReport("BadRequest", "bot/handlers/ask.py:41 in answer_question", "#1", ())
    help_ = ErrorReport("BadRequest", "bot/handlers/start.py:88 in show_help", "#2", ())
    assert throttle.admit(ask) == ask
    assert throttle.admit(ask) is None and throttle.admit(ask) is None
    assert throttle.admit(help_) == help_
    now[0] = REPORT_EVERY - 1
    assert throttle.admit(ask) is None
    now[0] = REPORT_EVERY + 1
    sent = throttle.admit(ask)
    assert sent is not None and sent.held_back == 3
    assert report_text(sent, Translator("en")).split("\n")[1].endswith(": 3")
    assert throttle.admit(help_) is not None
