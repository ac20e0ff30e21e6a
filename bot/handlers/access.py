"""Who may do what, written once: bot admins (ADMIN_IDS) and a group's admins.

A message sent on behalf of a chat carries `sender_chat`, and Telegram puts a stand-in user in
`from` (GroupAnonymousBot, Channel_Bot). The group itself as sender is one of its admins posting
anonymously, and counts as a group admin; a channel as sender counts as nobody's admin. Neither
is a bot admin, whoever pressed the key: Telegram does not say who it was.

The decorators refuse politely in the person's language: a reply to a message, an alert on a
button. A refusal of None answers a button silently and a message not at all.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Coroutine
from typing import Any

from telegram import Chat, ChatMember, Update

from bot.handlers.context import SenimContext

ADMIN_STATUSES = (ChatMember.ADMINISTRATOR, ChatMember.OWNER)
GROUPS = (Chat.GROUP, Chat.SUPERGROUP)

Callback = Callable[[Update, SenimContext], Coroutine[Any, Any, None]]


def sender_chat(update: Update) -> Chat | None:
    """The chat a message was sent on behalf of; a button press always comes from its user."""
    message = update.effective_message
    if update.callback_query is not None or message is None:
        return None
    return message.sender_chat


def is_bot_admin(update: Update, context: SenimContext) -> bool:
    user = update.effective_user
    if user is None or sender_chat(update) is not None:
        return False
    return context.services.settings.is_bot_admin(user.id)


async def is_group_admin(update: Update, context: SenimContext) -> bool:
    """Admins posting anonymously arrive as the group itself, and count as admins."""
    chat, user, on_behalf_of = update.effective_chat, update.effective_user, sender_chat(update)
    if chat is None or user is None or chat.type not in GROUPS:
        return False
    if on_behalf_of is not None:
        return on_behalf_of.id == chat.id
    member = await context.bot.get_chat_member(chat.id, user.id)
    return member.status in ADMIN_STATUSES


async def refuse(update: Update, context: SenimContext, refusal: str | None) -> None:
    """The refusal as an alert on a pressed button, or as a reply to a message."""
    query, message = update.callback_query, update.effective_message
    if query is not None:
        if refusal is None:
            await query.answer()
        else:
            _ = await context.translator(update)
            await query.answer(_(refusal), show_alert=True)
    elif message is not None and refusal is not None:
        _ = await context.translator(update)
        await message.reply_text(_(refusal))


def bot_admins_only(refusal: str | None) -> Callable[[Callback], Callback]:
    """Only the bot's admins get past; `refusal` is a catalog message id (marked with N_)."""

    def decorate(callback: Callback) -> Callback:
        @functools.wraps(callback)
        async def checked(update: Update, context: SenimContext) -> None:
            if is_bot_admin(update, context):
                await callback(update, context)
            else:
                await refuse(update, context, refusal)

        return checked

    return decorate


def group_admins_only(refusal: str) -> Callable[[Callback], Callback]:
    """In a group only its admins get past; a private chat passes (the handler says what it
    does there); any other chat is refused."""

    def decorate(callback: Callback) -> Callback:
        @functools.wraps(callback)
        async def checked(update: Update, context: SenimContext) -> None:
            chat = update.effective_chat
            in_private = chat is not None and chat.type == Chat.PRIVATE
            if in_private or await is_group_admin(update, context):
                await callback(update, context)
            else:
                await refuse(update, context, refusal)

        return checked

    return decorate
