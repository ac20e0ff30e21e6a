"""Poll settings against herding: group survey polls hide their results until they close (unless
the admin asks for a live poll), timed polls carry Telegram's own countdown, the trust scale is
never shuffled, and people may change their answer."""

from __future__ import annotations

from datetime import timedelta

from sqlmodel import select

from bot.handlers.actions import CLOSE_DATE_MARGIN
from bot.handlers.context import SenimApplication
from bot.sandbox import Sandbox
from db.models import Poll
from tests.e2e.talk import group_with_bot, reply_text, say
from tests.e2e.test_estimate import GROUPS, region_group_votes
from tests.e2e.test_polls import services_of

PARTLY = 1


async def test_survey_results_stay_hidden_until_the_poll_closes(
    sandbox: Sandbox, bot: SenimApplication
) -> None:
    admin = sandbox.add_user("Aidana", language_code="en")
    voter = sandbox.add_user("Voter")
    group = await group_with_bot(sandbox, admin, voter)
    posted = await say(sandbox, admin, "/poll", group)
    assert posted.poll is not None
    assert posted.poll.hide_results_until_closes and posted.poll.allows_revoting
    assert not posted.poll.shuffle_options
    await sandbox.vote(voter, posted, [PARTLY])
    await sandbox.wait_idle()
    text = await reply_text(sandbox, admin, "/results", group)
    assert "Answers so far: 1" in text and "stay hidden until the poll closes" in text
    assert "Partly" not in text
    await say(sandbox, admin, "/poll stop", group)
    closed = await sandbox.next_bot_message(group)
    assert "• Partly — 1\n" in (closed.text or "")
    assert "• Partly — 1\n" in await reply_text(sandbox, admin, "/results", group)
    assert not sandbox.errors


async def test_a_hidden_poll_counts_in_the_country_only_once_it_closes(
    sandbox: Sandbox, bot: SenimApplication
) -> None:
    """With few chats, the country's share would tell the members their own running result."""
    admin, group = await region_group_votes(sandbox, *GROUPS[0])
    running = await reply_text(sandbox, admin, "/results", group)
    assert "Answers so far: 12" in running and "No answers in Senim's polls yet." in running
    await say(sandbox, admin, "/poll stop", group)
    await sandbox.next_bot_message(group)
    closed = await reply_text(sandbox, admin, "/results", group)
    assert "No answers in Senim's polls yet." not in closed and "All Senim polls:" in closed
    assert not sandbox.errors


async def test_a_live_poll_shows_its_results_and_private_polls_are_not_hidden(
    sandbox: Sandbox, bot: SenimApplication
) -> None:
    admin = sandbox.add_user("Nurlan", language_code="en")
    group = await group_with_bot(sandbox, admin)
    posted = await say(sandbox, admin, "/poll live", group)
    assert posted.poll is not None and not posted.poll.hide_results_until_closes
    person = sandbox.add_user("Person", language_code="en")
    await say(sandbox, person, "/poll")
    question = await sandbox.next_bot_message(sandbox.private_chat(person))
    assert question.poll is not None and not question.poll.hide_results_until_closes


async def test_a_timed_poll_gets_telegrams_countdown_after_the_bots_own_closing(
    sandbox: Sandbox, bot: SenimApplication
) -> None:
    admin = sandbox.add_user("Bota", language_code="en")
    group = await group_with_bot(sandbox, admin)
    posted = await say(sandbox, admin, "/poll 2h", group)
    await sandbox.next_bot_message(group)
    async with services_of(bot).sessions() as session:
        stored = (await session.exec(select(Poll))).one()
    assert posted.poll is not None and posted.poll.close_date is not None
    assert stored.closes_at is not None and stored.results_hidden
    expected = (stored.closes_at + CLOSE_DATE_MARGIN).timestamp()
    assert abs(posted.poll.close_date - expected) <= timedelta(seconds=1).total_seconds()
