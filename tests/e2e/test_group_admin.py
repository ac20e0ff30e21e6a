"""What a group admin meets: one open survey poll per chat, /poll stop naming what it closed,
closed polls that do not contradict themselves, no percentage under ten answers, a truthful
group /stats, and private survey polls that close."""

from __future__ import annotations

from datetime import timedelta

from sqlmodel import col, select, update

from bot.handlers.actions import CLOSING_JOB, reschedule_closings
from bot.handlers.context import SERVICES, SenimApplication
from bot.polls.lifecycle import PRIVATE_OPEN
from bot.sandbox import BotMessage, Sandbox, SChat, SUser
from bot.services import Services
from db.models import Poll, utcnow
from tests.e2e.talk import group_with_bot, reply_text, say

TRUST, PARTLY, NOT, HARD_TO_SAY = range(4)


def services_of(bot: SenimApplication) -> Services:
    services: Services = bot.bot_data[SERVICES]
    return services


async def group_polls(bot: SenimApplication, chat_id: int) -> list[Poll]:
    async with services_of(bot).sessions() as session:
        found = await session.exec(
            select(Poll).where(Poll.chat_id == chat_id).order_by(col(Poll.id))
        )
        return list(found.all())


async def voted_survey(sandbox: Sandbox, votes: int) -> tuple[SChat, SUser, BotMessage]:
    """A group whose admin posted the survey poll (results shown live) and `votes` members who
    trust the police."""
    admin = sandbox.add_user("Dana", language_code="en")
    voters = [sandbox.add_user(f"Voter {i}") for i in range(votes)]
    group = await group_with_bot(sandbox, admin, *voters)
    posted = await say(sandbox, admin, "/poll live", group)
    for voter in voters:
        await sandbox.vote(voter, posted, [TRUST])
    await sandbox.wait_idle()
    return group, admin, posted


async def test_a_new_survey_poll_closes_the_open_one_with_its_results(
    sandbox: Sandbox, bot: SenimApplication
) -> None:
    group, admin, first = await voted_survey(sandbox, 1)
    results = await say(sandbox, admin, "/poll", group)
    assert "final counts" in (results.text or "") and "• I trust it — 1\n" in (results.text or "")
    second = await sandbox.next_bot_message(group)
    assert second.poll is not None and not second.poll.is_closed
    assert first.poll is not None and first.poll.is_closed
    await sandbox.wait_idle()
    stored = await group_polls(bot, group.id)
    assert [poll.closed for poll in stored] == [True, False]


async def test_poll_stop_names_the_poll_it_closed_and_counts_the_rest(
    sandbox: Sandbox, bot: SenimApplication
) -> None:
    admin = sandbox.add_user("Erlan", language_code="en")
    group = await group_with_bot(sandbox, admin)
    await say(sandbox, admin, "/poll", group)
    await say(sandbox, admin, "/poll Meeting on Saturday? | Yes | No", group)
    note = await reply_text(sandbox, admin, "/poll stop", group)
    assert "Closing the poll «Meeting on Saturday?» posted on" in note
    assert "Still open: 1." in note
    closed = await sandbox.next_bot_message(group)
    assert "Meeting on Saturday?" in (closed.text or "")
    note = await reply_text(sandbox, admin, "/poll stop", group)
    assert "«Do you trust the police?»" in note and "Still open" not in note


async def test_a_poll_closed_without_answers_says_so_once(
    sandbox: Sandbox, bot: SenimApplication
) -> None:
    admin = sandbox.add_user("Bota", language_code="en")
    group = await group_with_bot(sandbox, admin)
    await say(sandbox, admin, "/poll", group)
    await say(sandbox, admin, "/poll stop", group)
    closed = (await sandbox.next_bot_message(group)).text or ""
    assert "closed without answers" in closed
    assert "final counts" not in closed and "No answers yet" not in closed


async def test_a_single_vote_shows_no_percentage_anywhere(
    sandbox: Sandbox, bot: SenimApplication
) -> None:
    group, admin, _posted = await voted_survey(sandbox, 1)
    text = await reply_text(sandbox, admin, "/results", group)
    assert "• I trust it — 1\n" in text
    assert "100%" not in text and "0%" not in text.replace("63%", "")
    assert "too few answers for a percentage (n = 1)" in text


async def test_group_stats_after_two_polls_the_newest_without_votes(
    sandbox: Sandbox, bot: SenimApplication
) -> None:
    group, admin, _posted = await voted_survey(sandbox, 12)
    results = await say(sandbox, admin, "/poll", group)
    assert "final counts" in (results.text or "")
    assert (await sandbox.next_bot_message(group)).poll is not None
    await sandbox.wait_idle()
    text = await reply_text(sandbox, admin, "/stats", group)
    assert "Polls run in this chat: 2\n" in text and "Polls run in groups" not in text
    assert "No trust poll in this chat yet" not in text
    assert "has no answers yet" in text
    assert "The chat's latest trust poll with answers" in text and "n = 12" in text


async def test_private_survey_polls_close_by_themselves(
    sandbox: Sandbox, bot: SenimApplication
) -> None:
    aigerim = sandbox.add_user("Aigerim", language_code="en")
    chat = sandbox.private_chat(aigerim)
    await say(sandbox, aigerim, "/poll", chat)
    posted = await sandbox.next_bot_message(chat)
    assert posted.poll is not None
    assert posted.poll.open_period == PRIVATE_OPEN.total_seconds()
    await sandbox.wait_idle()
    async with services_of(bot).sessions() as session:
        (stored,) = (await session.exec(select(Poll))).all()
    assert stored.chat_id is None and stored.closes_at is not None
    assert bot.job_queue is not None
    closing = CLOSING_JOB.format(poll_id=stored.id)
    assert not bot.job_queue.get_jobs_by_name(closing)  # a week away: planned when due
    async with services_of(bot).sessions() as session:
        await session.exec(update(Poll).values(closes_at=utcnow() - timedelta(seconds=1)))
        await session.commit()
    await reschedule_closings(bot.context_types.context(bot))
    (job,) = bot.job_queue.get_jobs_by_name(closing)
    await job.run(bot)
    async with services_of(bot).sessions() as session:
        (stored,) = (await session.exec(select(Poll))).all()
    assert stored.closed
