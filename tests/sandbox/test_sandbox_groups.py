"""Groups: privacy mode, the bot joining and leaving, members, and migration to a supergroup."""

from __future__ import annotations

import pytest
from telegram import Bot, ChatMemberAdministrator, ChatMemberBanned, ChatMemberOwner
from telegram.error import BadRequest, ChatMigrated, Forbidden

from bot.sandbox import Sandbox, SandboxError, SChat, SUser


@pytest.fixture
async def creator(sandbox: Sandbox) -> SUser:
    return sandbox.add_user("Dana")


@pytest.fixture
async def group(sandbox: Sandbox, creator: SUser) -> SChat:
    chat = sandbox.add_group("Абай 12", creator, members=[sandbox.add_user("Erlan")])
    await sandbox.add_bot_to_group(chat, by=creator)
    return chat


async def texts_heard(bot: Bot) -> list[str]:
    """Texts of the message updates the bot gets from now on (confirming older ones)."""
    updates = await bot.get_updates(timeout=0)
    if updates:
        await bot.get_updates(offset=updates[-1].update_id + 1, timeout=0)
    return [u.message.text for u in updates if u.message and u.message.text]


async def test_adding_the_bot_sends_my_chat_member_then_the_service_message(
    bot: Bot, sandbox: Sandbox, creator: SUser, group: SChat
) -> None:
    joined, service = await bot.get_updates()
    change = joined.my_chat_member
    assert change.chat.id == group.id and change.from_user.id == creator.id
    assert (change.old_chat_member.status, change.new_chat_member.status) == ("left", "member")
    assert change.new_chat_member.user.id == sandbox.bot.id
    assert [u.id for u in service.message.new_chat_members] == [sandbox.bot.id]


async def test_privacy_mode_lets_through_only_what_is_meant_for_the_bot(
    bot: Bot, sandbox: Sandbox, creator: SUser, group: SChat
) -> None:
    await texts_heard(bot)
    own = await bot.send_message(group.id, "Сауалнама дайын")
    for text in ["just chatting", "/results", "/results@senim_test_bot", "/start@other_bot"]:
        await sandbox.send_text(creator, text, group)
    await sandbox.send_text(creator, "what do you think, @senim_test_bot?", group)
    await sandbox.send_text(creator, "a reply", group, reply_to=own.message_id)
    assert await texts_heard(bot) == [
        "/results",
        "/results@senim_test_bot",
        "what do you think, @senim_test_bot?",
        "a reply",
    ]
    sandbox.privacy_mode = False
    await sandbox.send_text(creator, "now everything", group)
    assert await texts_heard(bot) == ["now everything"]


async def test_an_admin_bot_hears_everything(
    bot: Bot, sandbox: Sandbox, creator: SUser, group: SChat
) -> None:
    await sandbox.set_member(group, sandbox.bot, "administrator")
    promoted = (await bot.get_updates(offset=-1))[0].my_chat_member
    assert isinstance(promoted.new_chat_member, ChatMemberAdministrator)
    await texts_heard(bot)
    await sandbox.send_text(creator, "just chatting", group)
    assert await texts_heard(bot) == ["just chatting"]
    admins = await bot.get_chat_administrators(group.id)
    assert {type(a) for a in admins} == {ChatMemberOwner, ChatMemberAdministrator}


async def test_removed_bot_is_told_and_then_forbidden(
    bot: Bot, sandbox: Sandbox, creator: SUser, group: SChat
) -> None:
    await sandbox.remove_bot_from_group(group, by=creator)
    removed = (await bot.get_updates(offset=-1))[0].my_chat_member
    assert isinstance(removed.new_chat_member, ChatMemberBanned)
    with pytest.raises(Forbidden, match="bot was kicked from the group chat"):
        await bot.send_message(group.id, "hello?")
    pending = len(sandbox.pending_updates)
    await sandbox.send_text(creator, "/start", group)
    assert len(sandbox.pending_updates) == pending


async def test_leaving_and_members(
    bot: Bot, sandbox: Sandbox, creator: SUser, group: SChat
) -> None:
    assert await bot.get_chat_member_count(group.id) == 3
    assert (await bot.get_chat_member(group.id, creator.id)).status == "creator"
    assert (await bot.get_chat(group.id)).title == "Абай 12"
    newcomer = sandbox.add_user("Newcomer")
    await sandbox.set_member(group, newcomer, "member", by=newcomer)
    assert (await bot.get_updates(offset=-1))[0].message.new_chat_members[0].id == newcomer.id
    assert await bot.leave_chat(group.id)
    assert group.status_of(sandbox.bot.id) == "left"
    with pytest.raises(Forbidden, match="bot is not a member of the group chat"):
        await bot.get_chat(group.id)


async def test_migration_moves_the_group_to_a_supergroup(
    bot: Bot, sandbox: Sandbox, creator: SUser, group: SChat
) -> None:
    await texts_heard(bot)
    supergroup = await sandbox.migrate_to_supergroup(group)
    to_new, from_old = await bot.get_updates()
    assert to_new.message.chat.id == group.id
    assert to_new.message.migrate_to_chat_id == supergroup.id
    assert from_old.message.chat.id == supergroup.id
    assert from_old.message.migrate_from_chat_id == group.id
    assert str(supergroup.id).startswith("-100") and supergroup.type == "supergroup"
    assert supergroup.members == group.members
    with pytest.raises(ChatMigrated) as migrated:
        await bot.send_message(group.id, "old id")
    assert migrated.value.new_chat_id == supergroup.id
    await bot.send_message(supergroup.id, "new id")
    with pytest.raises(SandboxError, match="became supergroup"):
        await sandbox.send_text(creator, "hi", group)


async def test_group_driver_refuses_impossible_actions(
    sandbox: Sandbox, group: SChat, creator: SUser
) -> None:
    stranger = sandbox.add_user("Stranger")
    with pytest.raises(SandboxError, match="not a member"):
        await sandbox.send_text(stranger, "hi", group)
    with pytest.raises(SandboxError, match="status must be one of"):
        await sandbox.set_member(group, stranger, "king")
    supergroup = await sandbox.migrate_to_supergroup(group)
    with pytest.raises(SandboxError, match="only a group"):
        await sandbox.migrate_to_supergroup(supergroup)


async def test_deleting_others_messages_needs_admin_rights(
    bot: Bot, sandbox: Sandbox, creator: SUser, group: SChat
) -> None:
    message = await sandbox.send_text(creator, "/spam", group)
    with pytest.raises(BadRequest, match="Message can't be deleted"):
        await bot.delete_message(group.id, message["message_id"])
    await sandbox.set_member(group, sandbox.bot, "administrator")
    assert await bot.delete_message(group.id, message["message_id"])
