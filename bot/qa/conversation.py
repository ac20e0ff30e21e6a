"""Per-chat follow-up state ("а в 2019?" after "Какой уровень доверия сейчас?")."""

from dataclasses import dataclass, fields
from typing import cast

# Everything a Conversation holds, in field order: hashable, so answers can be remembered by it.
Snapshot = tuple[
    str | None,
    str | None,
    tuple[int, ...],
    tuple[tuple[str, int], ...],
    int | None,
    bool,
    bool,
    int | None,
    bool,
]


@dataclass
class Conversation:
    """Plain data, one per chat; the bot keeps it in memory only (bot.context.ChatMemory), so a
    restart forgets the topic."""

    language: str | None = None  # the language of the last answer
    topic: str | None = None  # the last intent that was about something (not help/source)
    years: tuple[int, ...] = ()  # the years the last answer about a series was for
    cited: tuple[tuple[str, int], ...] = ()  # (metric, period) of the figures last answered with
    per: int | None = None  # the count of people (or reports) the last answer applied a share to
    # (or the last message told: "400 residents came to our meeting")
    place: bool = False  # that count is of the asker's own place or group ("in our village")
    # the last answer said a city or group has no figure: "and in 2019?" still asks of it
    broken_down: bool = False
    # the last count of people told or applied, kept while later answers count nothing ("we
    # have 360 traders" → "63 % nationally?" → "so how many of ours?"), and whether it is the
    # asker's own place or group
    held: int | None = None
    held_place: bool = False

    def snapshot(self) -> Snapshot:
        return cast(Snapshot, tuple(getattr(self, f.name) for f in fields(self)))

    def restore(self, snapshot: Snapshot) -> None:
        for field, value in zip(fields(self), snapshot, strict=True):
            setattr(self, field.name, value)
