"""Message text as Telegram stores it: plain text plus entities with UTF-16 offsets.

Parse modes (HTML, MarkdownV2, Markdown) turn marked-up text into this form; limits such as 4096
characters apply to the result, which is why the sandbox parses instead of measuring raw input.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from bot.sandbox.errors import ApiError, bad_request

Entity = dict[str, Any]


@dataclass(frozen=True)
class FormattedText:
    text: str
    entities: tuple[Entity, ...] = ()

    def entities_json(self) -> list[Entity] | None:
        """Telegram omits `entities` when there are none."""
        return list(self.entities) or None


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def byte_offset(text: str, index: int) -> int:
    """Telegram reports parse errors at UTF-8 byte offsets."""
    return len(text[:index].encode())


def parse_error(reason: str) -> ApiError:
    return bad_request(f"can't parse entities: {reason}")


class TextBuilder:
    """Collects output text and entities while a parse-mode parser walks its input."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._entities: list[Entity] = []
        self.offset = 0

    def append(self, text: str) -> None:
        self._parts.append(text)
        self.offset += utf16_len(text)

    def add_entity(self, entity_type: str, start: int, **extra: Any) -> None:
        """Record an entity from UTF-16 offset `start` to here; empty ones are dropped."""
        if self.offset > start:
            entity = {"type": entity_type, "offset": start, "length": self.offset - start}
            self._entities.append(entity | {k: v for k, v in extra.items() if v is not None})

    def build(self) -> FormattedText:
        entities = sorted(self._entities, key=lambda e: (e["offset"], -e["length"]))
        return trimmed("".join(self._parts), entities)


def trimmed(text: str, entities: Sequence[Entity]) -> FormattedText:
    """Strip surrounding whitespace the way Telegram does, keeping entities aligned."""
    body = text.strip()
    lead = utf16_len(text[: len(text) - len(text.lstrip())])
    end = utf16_len(body)
    kept = []
    for entity in entities:
        start = max(entity["offset"] - lead, 0)
        stop = min(entity["offset"] + entity["length"] - lead, end)
        if stop > start:
            kept.append(entity | {"offset": start, "length": stop - start})
    return FormattedText(body, tuple(kept))


_USER_ENTITIES = re.compile(
    r"(?P<bot_command>(?<![\w/])/[A-Za-z0-9_]{1,64}(?:@[A-Za-z0-9_]{3,32})?)"
    r"|(?P<mention>(?<!\w)@[A-Za-z0-9_]{4,32})"
    r"|(?P<hashtag>(?<!\w)#\w+)"
    r"|(?P<url>https?://[^\s<>\"]+)"
)


def detect_entities(text: str) -> list[Entity]:
    """The entities Telegram's clients attach to what a user types (commands, mentions, ...)."""
    entities = []
    for match in _USER_ENTITIES.finditer(text):
        assert match.lastgroup is not None
        entities.append(
            {
                "type": match.lastgroup,
                "offset": utf16_len(text[: match.start()]),
                "length": utf16_len(match.group()),
            }
        )
    return entities


def entity_text(text: str, entity: Entity) -> str:
    """The part of `text` an entity covers (offsets are UTF-16, Python indexes code points)."""
    encoded = text.encode("utf-16-le")
    start, length = entity["offset"] * 2, entity["length"] * 2
    return encoded[start : start + length].decode("utf-16-le")
