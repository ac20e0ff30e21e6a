"""Numbers and dates written the way each language writes them ("1,66" in ru/kk, "1.66" in en)."""

import datetime
from dataclasses import dataclass
from typing import Any

THOUSAND = 1000
MINUS = "\u2212"


@dataclass(frozen=True)
class NumberFormat:
    decimal: str
    thousands: str
    thousand_word: str
    date_pattern: str

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> "NumberFormat":
        """From an answers.toml [format.<lang>] table."""
        return cls(data["decimal"], data["thousands"], data["thousand_word"], data["date"])

    def number(self, value: float, digits: int = 1) -> str:
        """Rounded to `digits` decimals, trailing zeros dropped: 63 -> "63", 1.6578 -> "1,66"."""
        text = f"{value:,.{digits}f}"
        if digits:
            text = text.rstrip("0").rstrip(".")
        return text.translate({ord(","): self.thousands, ord("."): self.decimal})

    def percent(self, value: float) -> str:
        return f"{self.number(value)}%"

    def signed(self, value: float) -> str:
        """A change with its sign: "+25", "−8"."""
        return ("+" if value >= 0 else MINUS) + self.number(abs(value))

    def count(self, value: float) -> str:
        """Large counts in thousands: 800000 -> "800 тыс."."""
        if abs(value) < THOUSAND:
            return self.number(value, 0)
        return f"{self.number(value / THOUSAND)} {self.thousand_word}"

    def date(self, day: datetime.date) -> str:
        return day.strftime(self.date_pattern)
