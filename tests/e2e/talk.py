"""Small steps the end-to-end tests repeat: say something, read the bot's answer."""

from __future__ import annotations

from bot.sandbox import BotMessage, Sandbox, SChat, SUser


async def say(sandbox: Sandbox, user: SUser, text: str, chat: SChat | None = None) -> BotMessage:
    """Send `text` as `user` (privately unless `chat`) and return the bot's next message there."""
    await sandbox.send_text(user, text, chat=chat)
    return await sandbox.next_bot_message(chat or sandbox.private_chat(user))


async def reply_text(sandbox: Sandbox, user: SUser, text: str, chat: SChat | None = None) -> str:
    return (await say(sandbox, user, text, chat)).text or ""


async def group_with_bot(
    sandbox: Sandbox, admin: SUser, *members: SUser, title: str = "Дом 7"
) -> SChat:
    """A group where `admin` is the creator and has just added the bot (its greeting is read)."""
    group = sandbox.add_group(title, admin, members=members)
    await sandbox.add_bot_to_group(group, by=admin)
    await sandbox.next_bot_message(group)
    return group
