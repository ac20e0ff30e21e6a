"""Telegram's limits for native polls, and Senim's own (2–12 options), checked before sending."""

from __future__ import annotations

from datetime import timedelta

QUESTION_MAX = 300
OPTION_MAX = 100
OPTIONS_MIN = 2
OPTIONS_MAX = 12
OPEN_MIN = timedelta(seconds=5)
OPEN_MAX = timedelta(days=30)


def telegram_length(text: str) -> int:
    """Telegram counts UTF-16 code units, so an emoji can count twice."""
    return len(text.encode("utf-16-le")) // 2


def question_fits(text: str) -> bool:
    return 1 <= telegram_length(text) <= QUESTION_MAX


def option_fits(text: str) -> bool:
    return 1 <= telegram_length(text) <= OPTION_MAX
