"""Native polls: options, who chose what, and the Poll object Telegram reports."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from bot.sandbox.errors import SandboxError


@dataclass(eq=False)
class SPoll:
    """A poll the bot sent. Counts are derived from `answers`, the way Telegram counts them;
    `closes_at` is when `open_period` or `close_date` runs out (Unix time, sandbox clock)."""

    id: str
    chat_id: int
    question: str
    options: list[str]
    is_anonymous: bool = True
    type: str = "regular"
    allows_multiple_answers: bool = False
    allows_revoting: bool = True
    correct_option_ids: list[int] | None = None
    explanation: str | None = None
    open_period: int | None = None
    close_date: int | None = None
    hide_results_until_closes: bool = False
    shuffle_options: bool = False
    is_closed: bool = False
    closes_at: float | None = None
    message_id: int = 0
    answers: dict[int, tuple[int, ...]] = field(default_factory=dict)

    @property
    def voter_counts(self) -> list[int]:
        counts = [0] * len(self.options)
        for chosen in self.answers.values():
            for option in chosen:
                counts[option] += 1
        return counts

    @property
    def total_voter_count(self) -> int:
        return len(self.answers)

    def record_answer(self, user_id: int, option_ids: Sequence[int]) -> None:
        """Replace the user's answer; an empty list retracts it."""
        if self.is_closed:
            raise SandboxError(f"poll {self.id} is closed")
        chosen = tuple(sorted(set(option_ids)))
        if any(not 0 <= option < len(self.options) for option in chosen):
            raise SandboxError(f"poll {self.id} has options 0..{len(self.options) - 1}")
        if len(chosen) > 1 and not self.allows_multiple_answers:
            raise SandboxError(f"poll {self.id} allows one answer")
        if user_id in self.answers and not self.allows_revoting:
            raise SandboxError(f"poll {self.id} does not allow changing the answer")
        if chosen:
            self.answers[user_id] = chosen
        elif self.answers.pop(user_id, None) is None:
            raise SandboxError(f"user {user_id} has no answer to retract in poll {self.id}")

    def to_json(self) -> dict[str, Any]:
        poll: dict[str, Any] = {
            "id": self.id,
            "question": self.question,
            "options": [
                {"persistent_id": str(index), "text": text, "voter_count": count}
                for index, (text, count) in enumerate(
                    zip(self.options, self.voter_counts, strict=True)
                )
            ],
            "total_voter_count": self.total_voter_count,
            "is_closed": self.is_closed,
            "is_anonymous": self.is_anonymous,
            "type": self.type,
            "allows_multiple_answers": self.allows_multiple_answers,
            "allows_revoting": self.allows_revoting,
            "members_only": False,
        }
        optional = {
            "correct_option_ids": self.correct_option_ids,
            "explanation": self.explanation,
            "open_period": self.open_period,
            "close_date": self.close_date,
        }
        return poll | {key: value for key, value in optional.items() if value is not None}
