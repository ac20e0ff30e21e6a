"""Numbers in answers: the bot's shared formatting, plus large counts written with a word."""

import datetime
from dataclasses import dataclass
from typing import Any

from bot.util import formatting

THOUSAND = 1000
RATIO_DIGITS = 2  # a ratio as answered and as quoted back ("×1.66")


@dataclass(frozen=True)
class NumberFormat:
    language: str
    thousand_word: str

    @classmethod
    def from_data(cls, language: str, data: dict[str, Any]) -> "NumberFormat":
        """From an answers.toml [format.<lang>] table."""
        return cls(language, data["thousand_word"])

    def number(self, value: float, digits: int = 1) -> str:
        return formatting.number(value, self.language, digits)

    def percent(self, value: float) -> str:
        return formatting.percent(value, self.language)

    def signed(self, value: float) -> str:
        return formatting.signed(value, self.language)

    def count(self, value: float) -> str:
        """Large counts in thousands: 800000 -> "800 тыс."."""
        if abs(value) < THOUSAND:
            return self.number(value, 0)
        return f"{self.number(value / THOUSAND)} {self.thousand_word}"

    def date(self, day: datetime.date) -> str:
        return formatting.day(day, self.language)

    def month(self, day: datetime.date) -> str:
        """The month in words, inside a sentence ("октябрь 2025"): a numeric date hides it."""
        return formatting.month(day, self.language).lower()
