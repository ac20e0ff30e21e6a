"""Jobs on one replica: the leader, holding PostgreSQL's advisory lock, runs them; another takes
over when it stops, rebuilding the jobs from the database; /pollall rounds resume where they
stopped, with no group missed or doubled."""

from __future__ import annotations

import asyncio
from contextlib import AsyncExitStack
from datetime import timedelta

import pytest
from sqlmodel import col, select, update

from bot.config import Settings
from bot.handlers.actions import RUN_JOB
from bot.polls import rounds
from bot.sandbox import Sandbox, SChat
from bot.sandbox.faults import Fault
from bot.services import Services
from db.models import BroadcastDelivery, PollSchedule, utcnow
from tests.e2e.talk import group_with_bot, reply_text, say
from tests.e2e.test_polls import services_of
from tests.e2e.test_schedule import fire_now
from tests.replicas.conftest import leads, replica, until

ADMIN_ID = 4242


def polls_in(sandbox: Sandbox, chat: SChat) -> int:
    return sum(message.poll is not None for message in sandbox.bot_messages(chat))


async def make_due(services: Services) -> None:
    """The stored run was due a minute ago (as after a restart across its time)."""
    async with services.sessions() as session:
        await session.exec(update(PollSchedule).values(next_run_at=utcnow() - timedelta(minutes=1)))
        await session.commit()


async def test_a_scheduled_post_happens_exactly_once(
    replica_settings: Settings, sandbox: Sandbox
) -> None:
    admin = sandbox.add_user("Aigerim", language_code="en")
    async with AsyncExitStack() as stack:
        first = await stack.enter_async_context(replica(replica_settings, sandbox, polling=True))
        second = await stack.enter_async_context(replica(replica_settings, sandbox))
        await until(lambda: leads(first) or leads(second))
        assert not (leads(first) and leads(second))
        group = await group_with_bot(sandbox, admin)
        await say(sandbox, admin, "/schedule weekly mon 10:00", group)
        await make_due(services_of(first))
        for application in (first, second):
            assert application.job_queue is not None
            for job in application.job_queue.jobs():
                if job.name and job.name.startswith(RUN_JOB.partition("{")[0]):
                    fire_now(job)
        posted = await sandbox.next_bot_message(group, timeout=10)
        assert posted.poll is not None
        await asyncio.sleep(1.5)  # three syncs of the leader
        assert polls_in(sandbox, group) == 1
        follower = second if leads(first) else first
        async with services_of(follower).sessions() as session:
            stored = (await session.exec(select(PollSchedule))).one()
        # moved on to the next Monday, whatever day the test runs on (not the run just done)
        assert utcnow() < stored.next_run_at <= utcnow() + timedelta(days=7)
        await stack.aclose()
    assert polls_in(sandbox, group) == 1
    assert not [call for call in sandbox.errors if call.fault is None]


async def test_another_replica_takes_over_when_the_leader_stops(
    replica_settings: Settings, sandbox: Sandbox
) -> None:
    admin = sandbox.add_user("Admin", language_code="en", user_id=ADMIN_ID)
    async with AsyncExitStack() as outer:
        leader_stack = AsyncExitStack()
        leader = await leader_stack.enter_async_context(replica(replica_settings, sandbox))
        await until(lambda: leads(leader))
        front = await outer.enter_async_context(replica(replica_settings, sandbox, polling=True))
        await asyncio.sleep(0.5)
        assert not leads(front)
        groups = [await group_with_bot(sandbox, admin, title=f"Дом {n}") for n in range(3)]
        await say(sandbox, admin, "/schedule weekly mon 10:00", groups[0])
        await leader_stack.aclose()
        took = await until(lambda: leads(front), timeout=30)
        assert took < 30
        await make_due(services_of(front))
        posted = await sandbox.next_bot_message(groups[0], timeout=10)
        assert posted.poll is not None, "the new leader rebuilt the schedule's job"
        started = await reply_text(sandbox, admin, "/pollall")
        assert "groups: 3." in started
        report = await sandbox.next_bot_message(sandbox.private_chat(admin), timeout=15)
        assert "Posted: 3" in (report.text or "") and "Failed: 0" in (report.text or "")
        await asyncio.sleep(1.0)
    assert [polls_in(sandbox, group) for group in groups] == [2, 1, 1]


async def test_a_round_resumes_after_a_restart_with_no_group_missed_or_doubled(
    replica_settings: Settings, sandbox: Sandbox
) -> None:
    admin = sandbox.add_user("Admin", language_code="en", user_id=ADMIN_ID)
    async with replica(replica_settings, sandbox, polling=True) as bot:
        await say(sandbox, admin, "/start")
        groups = [await group_with_bot(sandbox, admin, title=f"Дом {n}") for n in range(5)]
        services = services_of(bot)
        # As if a round had been stopped by a crash: two groups done, one claimed by a sender
        # that died before it knew, two still pending. No leader delivers it meanwhile.
        assert bot.job_queue is not None
        bot.job_queue.scheduler.pause()
        assert await rounds.start(services, admin.id, "en") == 5
        async with services.sessions() as session:
            deliveries = (
                await session.exec(select(BroadcastDelivery).order_by(col(BroadcastDelivery.id)))
            ).all()
            done = {}
            for delivery, state in zip(deliveries, ["posted", "posted", "sending"], strict=False):
                done[delivery.chat_id] = state
                delivery.state = state
                delivery.claimed_at = utcnow() - timedelta(minutes=5)
                session.add(delivery)
            await session.commit()
    async with replica(replica_settings, sandbox, polling=True) as restarted:
        await until(lambda: leads(restarted))
        report = await sandbox.next_bot_message(sandbox.private_chat(admin), timeout=15)
    text = report.text or ""
    assert "Posted: 4" in text and "Failed: 1" in text, text
    assert {group.id: polls_in(sandbox, group) for group in groups} == {
        group.id: 0 if group.id in done else 1 for group in groups
    }


async def test_a_leader_stopped_mid_round_leaves_the_rest_to_the_next(
    replica_settings: Settings, sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(rounds, "ABANDONED_AFTER", timedelta(seconds=1))
    admin = sandbox.add_user("Admin", language_code="en", user_id=ADMIN_ID)
    async with AsyncExitStack() as outer:
        leader_stack = AsyncExitStack()
        leader = await leader_stack.enter_async_context(
            replica(replica_settings, sandbox, polling=True)
        )
        await until(lambda: leads(leader))
        spare = await outer.enter_async_context(replica(replica_settings, sandbox))
        groups = [await group_with_bot(sandbox, admin, title=f"Дом {n}") for n in range(24)]
        sandbox.faults.add(Fault("sendPoll", "delay", seconds=0.3, times=None))
        await say(sandbox, admin, "/pollall")
        await until(lambda: sum(polls_in(sandbox, group) for group in groups) >= 8)
        await leader_stack.aclose()
        await until(lambda: leads(spare), timeout=30)
        report = await sandbox.next_bot_message(sandbox.private_chat(admin), timeout=30)
    counts = [polls_in(sandbox, group) for group in groups]
    assert max(counts) == 1, "no group got two polls"
    text = report.text or ""
    posted = int(text.split("Posted: ")[1].split("\n")[0])
    # Only the sends in flight when the leader stopped can be unconfirmed.
    assert 0 <= sum(counts) - posted <= rounds.ROUND_CONCURRENCY, (text, counts)
    assert counts.count(0) <= rounds.ROUND_CONCURRENCY
