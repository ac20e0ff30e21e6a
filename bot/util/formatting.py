"""Numbers and dates the way each language writes them (Babel's CLDR data), for every feature."""

from __future__ import annotations

from datetime import date

from babel.dates import format_date
from babel.numbers import format_decimal

MESSAGE_LIMIT = 4096
MINUS = "\u2212"
SHOWN_INPUT = 20
"""How much of what someone typed a reply quotes back when it did not understand it."""


def number(value: float, language: str, digits: int = 1) -> str:
    """Rounded to `digits` decimals, trailing zeros dropped: 63.0 -> "63", 1.6578 -> "1,66"."""
    pattern = "#,##0" + ("." + "#" * digits if digits else "")
    return format_decimal(round(value, digits), format=pattern, locale=language)


def percent(value: float, language: str, digits: int = 1) -> str:
    return f"{number(value, language, digits)}%"


def signed(value: float, language: str) -> str:
    """A change with its sign: "+25", "−8"."""
    return ("+" if value >= 0 else MINUS) + number(abs(value), language)


def day(value: date, language: str) -> str:
    return format_date(value, format="long" if language == "en" else "dd.MM.yyyy", locale=language)


def month(value: date, language: str) -> str:
    """A month as a heading: "October 2025", "Октябрь 2025", "Қазан 2025"."""
    name = format_date(value, format="LLLL yyyy", locale=language)
    return name[:1].upper() + name[1:]


def fit_message(lines: list[str], more: str, limit: int = MESSAGE_LIMIT) -> str:
    """Join lines, dropping trailing ones (and saying so) when Telegram's limit would be passed."""
    text = "\n".join(lines)
    kept = list(lines)
    while len(text) > limit and kept:
        kept.pop()
        text = "\n".join([*kept, more])
    return text
