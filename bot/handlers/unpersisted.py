"""The Application without persistence's bookkeeping, which otherwise grows with every chat.

python-telegram-bot marks the chat and the user of every update (and every chat whose data is
dropped) for its next persistence run, and only that run empties the marks. The bot configures
no persistence (context.ChatMemory says why), so the marks were never emptied: three sets of ids
that grew with every person ever heard from, about 2 MB after 12,000 people
(bench/bot_throughput.py) and without bound at a national round's scale.
"""

from __future__ import annotations

from typing import Any

from telegram.ext import Application, Job


class UnpersistedApplication(Application[Any, Any, Any, Any, Any, Any]):
    """Marks for persistence are kept only when there is a persistence to empty them."""

    def _mark_for_persistence_update(
        self, *, update: object | None = None, job: Job[Any] | None = None
    ) -> None:
        if self.persistence is not None:
            super()._mark_for_persistence_update(update=update, job=job)

    def drop_chat_data(self, chat_id: int) -> None:
        super().drop_chat_data(chat_id)
        if self.persistence is None:
            self._chat_ids_to_be_deleted_in_persistence.discard(chat_id)

    def drop_user_data(self, user_id: int) -> None:
        super().drop_user_data(user_id)
        if self.persistence is None:
            self._user_ids_to_be_deleted_in_persistence.discard(user_id)
