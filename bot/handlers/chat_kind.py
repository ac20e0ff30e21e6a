"""Where a message came from and who sent it: private chat, group, group admin."""

from __future__ import annotations

from telegram import Chat, ChatMember, Update

from bot.handlers.context import SenimContext

ADMIN_STATUSES = (ChatMember.ADMINISTRATOR, ChatMember.OWNER)


def is_private(update: Update) -> bool:
    return update.effective_chat is not None and update.effective_chat.type == Chat.PRIVATE


def is_group(update: Update) -> bool:
    chat = update.effective_chat
    return chat is not None and chat.type in (Chat.GROUP, Chat.SUPERGROUP)


async def is_group_admin(update: Update, context: SenimContext) -> bool:
    """Admins posting anonymously arrive as the group itself, and count as admins."""
    chat, user, message = update.effective_chat, update.effective_user, update.effective_message
    if chat is None or user is None:
        return False
    if message is not None and message.sender_chat is not None:
        return message.sender_chat.id == chat.id
    member = await context.bot.get_chat_member(chat.id, user.id)
    return member.status in ADMIN_STATUSES
