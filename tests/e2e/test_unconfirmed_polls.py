"""A poll is recorded before sendPoll. When Telegram carries the sendPoll out but its answer never
reaches the bot (the connection breaks after Telegram acted, or the bot dies then), the replayed
update does not send the poll again, and the votes on Telegram's copy are not lost: the first
one adopts the unconfirmed record."""

from __future__ import annotations

import asyncio

from sqlmodel import select

from bot.handlers.context import SenimApplication
from bot.polls.pending import reconcile
from bot.sandbox import Sandbox, SChat
from db.models import Poll, PollSchedule, PollVote
from tests.e2e.talk import group_with_bot
from tests.e2e.test_polls import services_of
from tests.e2e.test_schedule import fire_now, run_job

REPLAYED = 2.5
"""The intake retries an update that met a network error after 1 s, then 2 s."""


def polls_in(sandbox: Sandbox, chat: SChat) -> list[str]:
    return [message.poll.id for message in sandbox.bot_messages(chat) if message.poll]


async def stored(bot: SenimApplication, telegram_id: str) -> Poll | None:
    async with services_of(bot).sessions() as session:
        return (await session.exec(select(Poll).where(Poll.telegram_id == telegram_id))).first()


async def test_a_private_question_sent_but_unconfirmed_is_not_sent_twice_and_its_vote_counts(
    sandbox: Sandbox, bot: SenimApplication
) -> None:
    person = sandbox.add_user("Aliya", language_code="en")
    chat = sandbox.private_chat(person)
    await sandbox.send_text(person, "/poll")
    await sandbox.next_bot_message(chat)
    first = await sandbox.next_bot_message(chat)
    sandbox.inject_fault("sendPoll", "lost")
    await sandbox.vote(person, first, [0])
    second = await sandbox.next_bot_message(chat)
    assert second.poll is not None
    await asyncio.sleep(REPLAYED)
    await sandbox.wait_idle()
    assert len(polls_in(sandbox, chat)) == 2, "the replayed answer sent nothing again"
    assert await stored(bot, second.poll.id) is None, "the record is still unconfirmed"
    await sandbox.vote(person, second, [1])
    third = await sandbox.next_bot_message(chat)
    assert third.poll is not None, "the answer on the unconfirmed copy brought the next question"
    adopted = await stored(bot, second.poll.id)
    assert adopted is not None and adopted.followed
    async with services_of(bot).sessions() as session:
        votes = (await session.exec(select(PollVote).where(PollVote.poll_id == adopted.id))).all()
    assert [vote.option_ids for vote in votes] == [[1]]
    assert await reconcile(services_of(bot)) == 0, "nothing unconfirmed is left"


async def test_a_group_poll_sent_but_unconfirmed_is_not_posted_twice_and_its_counts_kept(
    sandbox: Sandbox, bot: SenimApplication
) -> None:
    admin = sandbox.add_user("Daulet", language_code="en")
    voter = sandbox.add_user("Voter")
    group = await group_with_bot(sandbox, admin, voter)
    sandbox.inject_fault("sendPoll", "lost")
    await sandbox.send_text(admin, "/poll live", chat=group)
    posted = await sandbox.next_bot_message(group)
    assert posted.poll is not None
    await asyncio.sleep(REPLAYED)
    await sandbox.wait_idle()
    assert len(polls_in(sandbox, group)) == 1, "the replayed /poll posted nothing again"
    await sandbox.vote(voter, posted, [2])
    await sandbox.wait_idle()
    await asyncio.sleep(0.5)
    adopted = await stored(bot, posted.poll.id)
    assert adopted is not None and adopted.chat_id == group.id
    assert adopted.voter_count == 1 and adopted.counts[2] == 1


async def test_each_run_of_a_job_posts_though_the_scheduler_was_woken_inside_an_update(
    sandbox: Sandbox, bot: SenimApplication
) -> None:
    """A job is no replay of the update whose handler planned it: two runs, two polls."""
    admin = sandbox.add_user("Saule", language_code="en")
    group = await group_with_bot(sandbox, admin)
    await sandbox.send_text(admin, "/schedule weekly mon 10:00", chat=group)
    await sandbox.next_bot_message(group)
    for run in (1, 2):
        async with services_of(bot).sessions() as session:
            schedule = (await session.exec(select(PollSchedule))).one()
        job = run_job(bot, schedule.id or 0)
        assert job is not None
        fire_now(job)
        await sandbox.wait_until(lambda run=run: len(polls_in(sandbox, group)) == run, timeout=10)
