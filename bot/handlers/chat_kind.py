"""Where a message came from (private chat or group), and the parts of an update a handler
may rely on, narrowed once at its head. Who may act is in `access`."""

from __future__ import annotations

from typing import TypeVar

from telegram import CallbackQuery, Chat, Message, Update, User

T = TypeVar("T")


def is_private(update: Update) -> bool:
    return update.effective_chat is not None and update.effective_chat.type == Chat.PRIVATE


def is_group(update: Update) -> bool:
    chat = update.effective_chat
    return chat is not None and chat.type in (Chat.GROUP, Chat.SUPERGROUP)


class UpdateLacks(LookupError):
    """An update without a part its handler's registration promises: a wrong filter, a bug,
    reported like any other error."""


def carried(part: T | None, name: str = "part") -> T:
    """The part of an update its handler's filter guarantees (a poll, a vote, a button press)."""
    if part is None:
        raise UpdateLacks(name)
    return part


def sent(update: Update) -> tuple[Message, Chat, User]:
    """The message a command or text handler is called for, its chat and its sender (for a
    message on behalf of a chat, Telegram's stand-in user)."""
    return (
        carried(update.effective_message, "message"),
        carried(update.effective_chat, "chat"),
        carried(update.effective_user, "user"),
    )


def pressed(update: Update) -> tuple[CallbackQuery, str]:
    """The button press a callback handler is called for, and the data of its button."""
    query = carried(update.callback_query, "callback query")
    return query, query.data or ""
