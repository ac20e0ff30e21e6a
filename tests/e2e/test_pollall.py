"""/pollall through the sandbox: a bot admin posts the survey poll to every active group and gets
a report; others are refused; 25 groups under Telegram's rate limits all get their poll."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from bot.config import SendRateLimit, Settings
from bot.handlers.context import SenimApplication
from bot.polls.survey import standard_survey
from bot.sandbox import Sandbox, SChat, SUser
from db.models import Chat
from tests.conftest import TEST_TOKEN
from tests.e2e.conftest import running_bot
from tests.e2e.talk import group_with_bot, reply_text, say
from tests.e2e.test_polls import services_of


def bot_admin(sandbox: Sandbox, settings: Settings) -> SUser:
    """The sandbox user whose id the settings name in ADMIN_IDS."""
    return sandbox.add_user("Admin", language_code="en", user_id=min(settings.admin_ids))


def poll_count(sandbox: Sandbox, chat: SChat) -> int:
    return sum(message.poll is not None for message in sandbox.bot_messages(chat))


@pytest.fixture
async def limited_sandbox() -> AsyncIterator[Sandbox]:
    async with Sandbox(token=TEST_TOKEN, rate_limits=True) as world:
        yield world


async def test_a_bot_admin_posts_to_every_group_and_learns_which_removed_the_bot(
    settings: Settings, sandbox: Sandbox
) -> None:
    admin = bot_admin(sandbox, settings)
    async with running_bot(settings, sandbox) as bot:
        kazakh, russian, gone, left = [
            await group_with_bot(sandbox, admin, title=f"Дом {n}") for n in range(4)
        ]
        await reply_text(sandbox, admin, "/lang kk", kazakh)
        in_group = await reply_text(sandbox, admin, "/pollall", russian)
        assert "private chat" in in_group
        gone.members[sandbox.bot.id] = "kicked"  # no my_chat_member: the bot never heard of it
        await sandbox.remove_bot_from_group(left, by=admin)
        await sandbox.wait_idle()
        started = await reply_text(sandbox, admin, "/pollall")
        assert "Posting the survey question to the groups: 3." in started
        report = await sandbox.next_bot_message(sandbox.private_chat(admin))
        text = report.text or ""
        assert "Posted: 2" in text and "removed from the group: 1" in text and "Failed: 0" in text
        survey = standard_survey().core
        for chat, language in [(kazakh, "kk"), (russian, "ru")]:
            (posted,) = [m for m in sandbox.bot_messages(chat) if m.poll is not None]
            assert posted.poll is not None and posted.poll.is_anonymous
            assert posted.poll.question == survey.text(language)
        assert poll_count(sandbox, gone) == poll_count(sandbox, left) == 0
        async with services_of(bot).sessions() as session:
            stored = await session.get(Chat, gone.id)
        assert stored is not None and not stored.active
        again = await reply_text(sandbox, admin, "/pollall")
        assert "groups: 2." in again
        await sandbox.next_bot_message(sandbox.private_chat(admin))
        for chat in (kazakh, russian):
            polls = [m.poll for m in sandbox.bot_messages(chat) if m.poll is not None]
            assert [poll.is_closed for poll in polls] == [True, False], "one open survey poll"
    assert [(call.method, call.status) for call in sandbox.errors] == [("sendPoll", 403)]


async def test_others_are_refused(sandbox: Sandbox, bot: SenimApplication) -> None:
    admin = sandbox.add_user("Group admin", language_code="en")
    group = await group_with_bot(sandbox, admin)
    refused = await reply_text(sandbox, admin, "/pollall")
    assert "for the bot's admins" in refused
    in_group = await reply_text(sandbox, admin, "/pollall", group)
    assert "for the bot's admins" in in_group
    await sandbox.wait_idle()
    assert poll_count(sandbox, group) == 0


async def test_twenty_five_groups_under_telegrams_rate_limits(
    settings: Settings, limited_sandbox: Sandbox
) -> None:
    sandbox = limited_sandbox
    admin = bot_admin(sandbox, settings)
    limited = settings.model_copy(update={"send_rate_limit": SendRateLimit.TELEGRAM})
    async with running_bot(limited, sandbox):
        groups = [await group_with_bot(sandbox, admin, title=f"Дом {n}") for n in range(25)]
        await say(sandbox, admin, "/pollall")
        report = await sandbox.next_bot_message(sandbox.private_chat(admin), timeout=30)
        assert "Posted: 25" in (report.text or "")
    assert all(poll_count(sandbox, group) == 1 for group in groups)
    assert {call.status for call in sandbox.errors} <= {429}
