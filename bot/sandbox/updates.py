"""The bot's update queue, with getUpdates' rules for offsets, limits and allowed updates."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Any

from bot.sandbox.spec import bot_api

# Telegram leaves these out unless the bot asks for them in `allowed_updates`.
_OPT_IN = frozenset({"chat_member", "message_reaction", "message_reaction_count"})
MAX_LIMIT = 100


@cache
def update_kinds() -> frozenset[str]:
    """Every field of Update except update_id, read from the Bot API description."""
    update = bot_api().type_definition("Update")
    return frozenset(field.name for field in update.fields) - {"update_id"}


class UpdateQueue:
    """Updates wait here until a getUpdates call with a higher offset confirms them.

    Like Telegram, an update of a kind the bot has not allowed is never stored at all: the
    `allowed_updates` setting applies when an update is created, not when it is fetched.
    """

    def __init__(self) -> None:
        self._pending: list[dict[str, Any]] = []
        self._last_id = 0
        self._poller = 0
        self.allowed = update_kinds() - _OPT_IN

    def push(self, kind: str, payload: dict[str, Any]) -> bool:
        """Queue an update; False when the bot's allowed_updates filter it out."""
        if kind not in self.allowed:
            return False
        self._last_id += 1
        self._pending.append({"update_id": self._last_id, kind: payload})
        return True

    def push_raw(self, update: dict[str, Any]) -> int:
        """Queue an update exactly as given (any fields, even ones a bot cannot parse), under
        the next update id; returns that id."""
        self._last_id += 1
        self._pending.append(update | {"update_id": self._last_id})
        return self._last_id

    def restart_ids(self, next_id: int) -> None:
        """Telegram starts update ids again (documented: after a week without updates, at a
        random value), possibly below ids the bot has already seen."""
        self._last_id = next_id - 1

    def allow(self, kinds: Sequence[str]) -> None:
        """An empty list means Telegram's default set; unknown names are ignored."""
        self.allowed = frozenset(kinds) & update_kinds() or update_kinds() - _OPT_IN

    def confirm(self, offset: int) -> None:
        """Forget updates below `offset`; a negative offset keeps only the last -offset."""
        if offset > 0:
            self._pending = [u for u in self._pending if u["update_id"] >= offset]
        elif offset < 0:
            self._pending = self._pending[offset:]

    def claim_polling(self) -> int:
        """Start a getUpdates call; a call still waiting from before loses its turn."""
        self._poller += 1
        return self._poller

    def is_polling(self, ticket: int) -> bool:
        return ticket == self._poller

    def take(self, limit: int) -> list[dict[str, Any]]:
        """The oldest pending updates, at most `limit` (1-100); they stay until confirmed."""
        return self._pending[: max(1, min(limit, MAX_LIMIT))]

    @property
    def pending(self) -> list[dict[str, Any]]:
        return list(self._pending)

    def clear(self) -> None:
        self._pending.clear()

    def __len__(self) -> int:
        return len(self._pending)
