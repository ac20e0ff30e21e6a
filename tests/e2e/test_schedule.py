"""/schedule through the sandbox: setting, showing and switching off a recurring poll, the job
posting it (and closing it), a restart in between, a supergroup, and a group that removed the bot.

Jobs are made due by moving the JobQueue's own job to now, or by a restart after the stored run
time has passed, so the real JobQueue runs the real callback each time.
"""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlmodel import col, select, update
from telegram.ext import Job

from bot.config import Settings
from bot.handlers.actions import CLOSING_JOB, RUN_JOB
from bot.handlers.context import SenimApplication
from bot.handlers.schedule import problem_text
from bot.polls.schedule import OPEN_FOR, Kind, Problem, Recurrence
from bot.polls.survey import standard_survey
from bot.sandbox import Sandbox, SChat
from bot.util import formatting
from bot.util.i18n import Translator
from db.models import Chat, Poll, PollSchedule, utcnow
from tests.e2e.conftest import running_bot
from tests.e2e.talk import group_with_bot, reply_text, say
from tests.e2e.test_polls import services_of

ALMATY = ZoneInfo("Asia/Almaty")
MONDAY_10 = Recurrence(Kind.WEEKLY, 0, time(10, 0))
WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]


def days_away(days: int) -> datetime:
    return datetime.now(ALMATY) + timedelta(days=days)


def weekly_far_from_now() -> str:
    """A weekly schedule whose last run was days ago, so a restart has no recent miss to post."""
    return f"/schedule weekly {WEEKDAYS[days_away(3).weekday()]} 10:00"


def monthly_far_from_now() -> str:
    return f"/schedule monthly {min(days_away(10).day, 28)} 10:00"


def run_job(bot: SenimApplication, schedule_id: int) -> Job[Any] | None:
    assert bot.job_queue is not None
    jobs = bot.job_queue.get_jobs_by_name(RUN_JOB.format(schedule_id=schedule_id))
    assert len(jobs) <= 1
    return jobs[0] if jobs else None


def fire_now(job: Job[Any]) -> None:
    """Let APScheduler run the job at once instead of at its time."""
    job.job.modify(next_run_time=datetime.now(UTC))


async def stored_schedules(bot: SenimApplication) -> list[PollSchedule]:
    async with services_of(bot).sessions() as session:
        return list((await session.exec(select(PollSchedule))).all())


async def stored_schedule(bot: SenimApplication) -> PollSchedule:
    (schedule,) = await stored_schedules(bot)
    return schedule


def polls_in(sandbox: Sandbox, chat: SChat) -> list[Any]:
    return [message for message in sandbox.bot_messages(chat) if message.poll is not None]


def sends_to(sandbox: Sandbox, chat: SChat) -> list[Any]:
    return [call for call in sandbox.requests if call.params.get("chat_id") == chat.id]


async def test_an_admin_schedules_a_weekly_poll_and_sees_the_next_run(
    sandbox: Sandbox, bot: SenimApplication
) -> None:
    admin = sandbox.add_user("Gulnara", language_code="en")
    group = await group_with_bot(sandbox, admin)
    text = await reply_text(sandbox, admin, "/schedule weekly mon 10:00", group)
    expected = MONDAY_10.next_run(utcnow(), ALMATY)
    next_day = formatting.day(expected.astimezone(ALMATY).date(), "en")
    assert "Recurring poll: every Monday at 10:00." in text
    assert "close it after 24 hours" in text and f"Next poll: {next_day} at 10:00." in text
    schedule = await stored_schedule(bot)
    assert schedule.next_run_at == expected and schedule.active
    job = run_job(bot, schedule.id or 0)
    assert job is not None and job.next_t == expected
    shown = await reply_text(sandbox, admin, "/schedule", group)
    assert "Recurring poll in this chat: every Monday at 10:00." in shown
    assert f"Next poll: {next_day} at 10:00." in shown and "/schedule off" in shown
    monthly = await reply_text(sandbox, admin, "/schedule monthly 31 09:30", group)
    assert "every month on day 31 at 09:30" in monthly
    assert "In months without day 31, the poll comes on the month's last day." in monthly
    assert len(await stored_schedules(bot)) == 1


async def test_members_are_refused_and_malformed_input_changes_nothing(
    sandbox: Sandbox, bot: SenimApplication
) -> None:
    admin = sandbox.add_user("Dana", language_code="ru")
    member = sandbox.add_user("Member", language_code="en")
    group = await group_with_bot(sandbox, admin, member)
    refused = await reply_text(sandbox, member, "/schedule weekly mon 10:00", group)
    assert "Only the chat's admins can schedule polls here." in refused
    russian = Translator("ru")
    for malformed, problem in [
        ("/schedule weekly xyz 10:00", Problem.WEEKDAY),
        ("/schedule monthly 32 10:00", Problem.DAY),
        ("/schedule weekly пн 25:00", Problem.TIME),
        ("/schedule daily <b>", Problem.KIND),
        ("/schedule weekly", Problem.SHAPE),
    ]:
        reply = await reply_text(sandbox, admin, malformed, group)
        assert problem_text(problem, russian) in reply
        assert "/schedule ежемесячно 1 10:00" in reply and "Asia/Almaty" in reply
    assert await stored_schedules(bot) == []
    private = await reply_text(sandbox, member, "/schedule weekly mon 10:00")
    assert "group chats" in private


async def test_schedule_off_stops_it(sandbox: Sandbox, bot: SenimApplication) -> None:
    admin = sandbox.add_user("Erlan", language_code="en")
    group = await group_with_bot(sandbox, admin)
    await say(sandbox, admin, "/schedule weekly fri 18:00", group)
    schedule_id = (await stored_schedule(bot)).id or 0
    off = await reply_text(sandbox, admin, "/schedule off", group)
    assert "the recurring poll is off" in off
    assert run_job(bot, schedule_id) is None
    assert not (await stored_schedule(bot)).active
    shown = await reply_text(sandbox, admin, "/schedule", group)
    assert "This chat has no recurring poll." in shown
    again = await reply_text(sandbox, admin, "/schedule off", group)
    assert "no recurring poll to switch off" in again


async def test_the_job_posts_the_survey_poll_which_closes_a_day_later(
    sandbox: Sandbox, bot: SenimApplication
) -> None:
    admin = sandbox.add_user("Bota", language_code="en")
    voter = sandbox.add_user("Voter")
    group = await group_with_bot(sandbox, admin, voter)
    await reply_text(sandbox, admin, "/lang kk", group)
    await say(sandbox, admin, "/schedule weekly mon 10:00", group)
    schedule = await stored_schedule(bot)
    job = run_job(bot, schedule.id or 0)
    assert job is not None
    fire_now(job)
    posted = await sandbox.next_bot_message(group)
    assert posted.poll is not None and posted.poll.is_anonymous
    assert posted.poll.question == standard_survey().core.text("kk")
    await sandbox.wait_idle()
    moved = await stored_schedule(bot)
    assert moved.next_run_at == schedule.next_run_at + timedelta(days=7)
    next_job = run_job(bot, schedule.id or 0)
    assert next_job is not None and next_job.next_t == moved.next_run_at
    async with services_of(bot).sessions() as session:
        poll = (await session.exec(select(Poll))).one()
    assert poll.closes_at is not None
    assert abs(poll.closes_at - (utcnow() + OPEN_FOR)) < timedelta(minutes=1)
    await sandbox.vote(voter, posted, [0])
    assert bot.job_queue is not None
    (closing,) = bot.job_queue.get_jobs_by_name(CLOSING_JOB.format(poll_id=poll.id))
    fire_now(closing)
    results = await sandbox.next_bot_message(group)
    assert posted.poll.is_closed and posted.poll.question in (results.text or "")
    async with services_of(bot).sessions() as session:
        closed = await session.get(Poll, poll.id)
    assert closed is not None and closed.closed and closed.voter_count == 1


async def test_schedules_survive_restarts_and_a_missed_run_is_posted_late_once(
    settings: Settings, sandbox: Sandbox
) -> None:
    admin = sandbox.add_user("Marat", language_code="en")
    async with running_bot(settings, sandbox) as bot:
        recent = await group_with_bot(sandbox, admin, title="Recent miss")
        await say(sandbox, admin, weekly_far_from_now(), recent)
        old = await group_with_bot(sandbox, admin, title="Old miss")
        await say(sandbox, admin, monthly_far_from_now(), old)
    async with running_bot(settings, sandbox) as bot:
        await sandbox.wait_idle()
        for schedule in await stored_schedules(bot):
            job = run_job(bot, schedule.id or 0)
            assert job is not None and job.next_t == schedule.next_run_at
        async with services_of(bot).sessions() as session:
            for chat, late in [(recent, timedelta(minutes=5)), (old, timedelta(days=2))]:
                await session.exec(
                    update(PollSchedule)
                    .where(col(PollSchedule.chat_id) == chat.id)
                    .values(next_run_at=utcnow() - late)
                )
            await session.commit()
    async with running_bot(settings, sandbox) as bot:
        posted = await sandbox.next_bot_message(recent)
        assert posted.poll is not None
        await sandbox.wait_idle()
        assert polls_in(sandbox, old) == []
        now = utcnow()
        for schedule in await stored_schedules(bot):
            assert now < schedule.next_run_at
            job = run_job(bot, schedule.id or 0)
            assert job is not None and job.next_t == schedule.next_run_at
    async with running_bot(settings, sandbox):
        await sandbox.wait_idle()
    assert len(polls_in(sandbox, recent)) == 1 and polls_in(sandbox, old) == []
    assert not sandbox.errors


async def test_a_supergroup_keeps_the_schedule(sandbox: Sandbox, bot: SenimApplication) -> None:
    admin = sandbox.add_user("Saule", language_code="en")
    group = await group_with_bot(sandbox, admin)
    await say(sandbox, admin, "/schedule weekly wed 19:00", group)
    supergroup = await sandbox.migrate_to_supergroup(group)
    await sandbox.wait_idle()
    shown = await reply_text(sandbox, admin, "/schedule", supergroup)
    assert "every Wednesday at 19:00" in shown
    schedule = await stored_schedule(bot)
    assert schedule.chat_id == supergroup.id
    job = run_job(bot, schedule.id or 0)
    assert job is not None
    fire_now(job)
    posted = await sandbox.next_bot_message(supergroup)
    assert posted.poll is not None


async def test_the_bot_removed_from_the_group_switches_the_schedule_off(
    sandbox: Sandbox, bot: SenimApplication
) -> None:
    admin = sandbox.add_user("Aidos", language_code="en")
    group = await group_with_bot(sandbox, admin)
    await say(sandbox, admin, "/schedule weekly mon 10:00", group)
    schedule_id = (await stored_schedule(bot)).id or 0
    await sandbox.remove_bot_from_group(group, by=admin)
    await sandbox.wait_idle()
    assert not (await stored_schedule(bot)).active
    job = run_job(bot, schedule_id)
    assert job is not None
    fire_now(job)
    await sandbox.wait_idle()
    assert not [call for call in sends_to(sandbox, group) if call.method == "sendPoll"]


async def test_a_removal_the_bot_missed_ends_the_schedule_at_the_first_403(
    settings: Settings, sandbox: Sandbox
) -> None:
    admin = sandbox.add_user("Zhanna", language_code="en")
    async with running_bot(settings, sandbox) as bot:
        group = await group_with_bot(sandbox, admin)
        await say(sandbox, admin, "/schedule weekly mon 10:00", group)
        schedule_id = (await stored_schedule(bot)).id or 0
        group.members[sandbox.bot.id] = "kicked"  # no my_chat_member: as if it was lost
        job = run_job(bot, schedule_id)
        assert job is not None
        fire_now(job)
        await sandbox.wait_until(lambda: sandbox.errors)
        await sandbox.wait_idle()
        assert not (await stored_schedule(bot)).active
        assert run_job(bot, schedule_id) is None
        async with services_of(bot).sessions() as session:
            chat = await session.get(Chat, group.id)
        assert chat is not None and not chat.active
    assert [(call.method, call.status) for call in sandbox.errors] == [("sendPoll", 403)]
