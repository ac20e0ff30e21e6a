"""Where a message came from: private chat or group. Who may act is in `access`."""

from __future__ import annotations

from telegram import Chat, Update


def is_private(update: Update) -> bool:
    return update.effective_chat is not None and update.effective_chat.type == Chat.PRIVATE


def is_group(update: Update) -> bool:
    chat = update.effective_chat
    return chat is not None and chat.type in (Chat.GROUP, Chat.SUPERGROUP)
