"""The bot is added to or removed from a group, or the group becomes a supergroup."""

from __future__ import annotations

import logging

from telegram import ChatMember, Update
from telegram.ext import ChatMemberHandler, MessageHandler, filters

from bot.handlers.chat_kind import carried, is_group
from bot.handlers.context import SenimApplication, SenimContext
from bot.services import groups
from bot.util.i18n import Translator, pick_language

log = logging.getLogger(__name__)

PRESENT = (ChatMember.MEMBER, ChatMember.ADMINISTRATOR, ChatMember.OWNER)


def is_present(member: ChatMember) -> bool:
    return member.status in PRESENT or (
        member.status == ChatMember.RESTRICTED and getattr(member, "is_member", False)
    )


def greeting(_: Translator) -> str:
    return _(
        "Hi, everyone! I'm Senim: I answer questions about trust in the police "
        "in Kazakhstan with official figures and sources.\n\n"
        "Ask a question with /ask, or reply to my message.\n"
        "Admins: /poll runs an anonymous poll on trust in the police, /help shows the rest."
    )


async def membership_changed(update: Update, context: SenimContext) -> None:
    change = carried(update.my_chat_member, "chat member update")
    chat = change.chat
    if not is_group(update):
        return
    was, now = is_present(change.old_chat_member), is_present(change.new_chat_member)
    if now and not was:
        if await groups.bot_joined(context.services, chat.id, chat.type, chat.title or ""):
            language = pick_language(
                change.from_user.language_code, default=context.services.settings.default_language
            )
            await context.bot.send_message(chat.id, greeting(Translator(language)))
    elif was and not now:
        await groups.bot_left(context.services, chat.id, chat.type, chat.title or "")


async def chat_migrated(update: Update, context: SenimContext) -> None:
    """Both halves of a migration arrive; each one carries both ids, and handling is idempotent."""
    message = carried(update.effective_message, "message")
    if message.migrate_to_chat_id:
        old_id, new_id = message.chat_id, message.migrate_to_chat_id
    else:
        old_id, new_id = carried(message.migrate_from_chat_id, "migration"), message.chat_id
    log.info("chat %s migrated to %s", old_id, new_id)
    await groups.group_migrated(context.services, old_id, new_id, message.chat.title or "")
    if old_id in context.application.chat_data:
        context.application.migrate_chat_data(old_chat_id=old_id, new_chat_id=new_id)


def register(application: SenimApplication) -> None:
    application.add_handler(ChatMemberHandler(membership_changed, ChatMemberHandler.MY_CHAT_MEMBER))
    application.add_handler(MessageHandler(filters.StatusUpdate.MIGRATE, chat_migrated))
