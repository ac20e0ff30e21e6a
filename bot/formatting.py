"""Numbers and dates the way each language writes them (Babel's CLDR data)."""

from __future__ import annotations

from datetime import date

from babel.dates import format_date
from babel.numbers import format_decimal

MESSAGE_LIMIT = 4096


def number(value: float, language: str, digits: int = 0) -> str:
    pattern = "#,##0" + ("." + "0" * digits if digits else "")
    return format_decimal(round(value, digits), format=pattern, locale=language)


def percent(value: float, language: str, digits: int = 0) -> str:
    return f"{number(value, language, digits)}%"


def day(value: date, language: str) -> str:
    return format_date(value, format="long" if language == "en" else "dd.MM.yyyy", locale=language)


def fit_message(lines: list[str], more: str, limit: int = MESSAGE_LIMIT) -> str:
    """Join lines, dropping trailing ones (and saying so) when Telegram's limit would be passed."""
    text = "\n".join(lines)
    kept = list(lines)
    while len(text) > limit and kept:
        kept.pop()
        text = "\n".join([*kept, more])
    return text
