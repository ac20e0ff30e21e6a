"""Stored schedules: set, replaced, switched off, each run claimed once, resumed after a restart,
switched off when the bot leaves, carried over when the group becomes a supergroup."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

from bot.polls import recurring
from bot.polls.recurring import ScheduledRun
from bot.polls.schedule import OPEN_FOR, Kind, Recurrence
from bot.services import Services, groups
from db.models import PollSchedule
from db.queries import schedules

GROUP, SUPERGROUP = -100, -1001
MONDAY_10 = Recurrence(Kind.WEEKLY, 0, time(10, 0))
# Wednesday 25 November 2026, noon in Almaty; the next Monday 10:00 there is 05:00 UTC.
NOW = datetime(2026, 11, 25, 7, 0, tzinfo=UTC)
NEXT_MONDAY = datetime(2026, 11, 30, 5, 0, tzinfo=UTC)
WEEK = timedelta(days=7)


async def scheduled_group(services: Services, chat_id: int = GROUP) -> ScheduledRun:
    await groups.bot_joined(services, chat_id, "group", "Дом 5")
    return (await recurring.set_schedule(services, chat_id, MONDAY_10, NOW)).next_run


async def stored(services: Services, chat_id: int = GROUP) -> PollSchedule | None:
    async with services.sessions() as session:
        return await schedules.get_schedule(session, chat_id)


async def test_a_schedule_is_stored_with_its_next_run(services: Services) -> None:
    run = await scheduled_group(services)
    assert run.due_at == NEXT_MONDAY
    shown = await recurring.schedule_in(services, GROUP)
    assert shown is not None and (shown.recurrence, shown.next_run) == (MONDAY_10, run)
    row = await stored(services)
    assert row is not None
    assert (row.kind, row.weekday, row.day, row.hour, row.minute) == ("weekly", 0, None, 10, 0)


async def test_a_new_schedule_replaces_the_old_one(services: Services) -> None:
    first = await scheduled_group(services)
    monthly = Recurrence(Kind.MONTHLY, 31, time(9, 30))
    second = await recurring.set_schedule(services, GROUP, monthly, NOW)
    assert second.next_run.schedule_id == first.schedule_id
    assert second.next_run.due_at == datetime(2026, 11, 30, 4, 30, tzinfo=UTC)
    row = await stored(services)
    assert row is not None and (row.kind, row.weekday, row.day) == ("monthly", None, 31)


async def test_switching_off_keeps_the_row_and_is_said_once(services: Services) -> None:
    run = await scheduled_group(services)
    assert await recurring.switch_off(services, GROUP) == run.schedule_id
    assert await recurring.switch_off(services, GROUP) is None
    assert await recurring.schedule_in(services, GROUP) is None
    assert await recurring.claim(services, run, NEXT_MONDAY) is None
    again = await recurring.set_schedule(services, GROUP, MONDAY_10, NOW)
    assert again.next_run == run


async def test_a_run_is_claimed_once_and_moves_on_a_week(services: Services) -> None:
    run = await scheduled_group(services)
    claimed = await recurring.claim(services, run, NEXT_MONDAY + timedelta(seconds=1))
    assert claimed is not None and claimed.chat.id == GROUP
    assert claimed.next_run == ScheduledRun(run.schedule_id, NEXT_MONDAY + WEEK)
    assert await recurring.claim(services, run, NEXT_MONDAY) is None
    row = await stored(services)
    assert row is not None and row.next_run_at == NEXT_MONDAY + WEEK


async def test_a_run_of_a_changed_schedule_is_not_posted(services: Services) -> None:
    run = await scheduled_group(services)
    await recurring.set_schedule(services, GROUP, Recurrence(Kind.WEEKLY, 1, time(8)), NOW)
    assert await recurring.claim(services, run, NEXT_MONDAY) is None


async def test_a_late_run_moves_on_from_now_not_from_when_it_was_due(services: Services) -> None:
    run = await scheduled_group(services)
    late = NEXT_MONDAY + WEEK + timedelta(hours=1)
    claimed = await recurring.claim(services, run, late)
    assert claimed is not None and claimed.next_run.due_at == NEXT_MONDAY + 2 * WEEK


async def test_at_start_a_recent_miss_is_kept_and_an_old_one_skipped(services: Services) -> None:
    recent = await scheduled_group(services, GROUP)
    old = await scheduled_group(services, SUPERGROUP)
    async with services.sessions.begin() as session:
        assert await schedules.advance(session, old.schedule_id, old.due_at, NEXT_MONDAY - 2 * WEEK)
    now = NEXT_MONDAY + OPEN_FOR - timedelta(hours=1)
    runs = await recurring.runs_at_start(services, now)
    assert runs == [recent, ScheduledRun(old.schedule_id, NEXT_MONDAY + WEEK)]
    row = await stored(services, SUPERGROUP)
    assert row is not None and row.next_run_at == NEXT_MONDAY + WEEK


async def test_the_bot_leaving_switches_the_schedule_off_for_good(services: Services) -> None:
    run = await scheduled_group(services)
    await groups.bot_left(services, GROUP, "group", "Дом 5")
    assert await recurring.schedule_in(services, GROUP) is None
    assert await recurring.runs_at_start(services, NOW) == []
    assert await recurring.claim(services, run, NEXT_MONDAY) is None
    await groups.bot_joined(services, GROUP, "group", "Дом 5")
    assert await recurring.schedule_in(services, GROUP) is None


async def test_a_supergroup_keeps_the_groups_schedule(services: Services) -> None:
    run = await scheduled_group(services)
    await groups.group_migrated(services, GROUP, SUPERGROUP, "Дом 5")
    assert await recurring.schedule_in(services, GROUP) is None
    moved = await recurring.schedule_in(services, SUPERGROUP)
    assert moved is not None and moved.next_run == run
    claimed = await recurring.claim(services, run, NEXT_MONDAY)
    assert claimed is not None and claimed.chat.id == SUPERGROUP


async def test_a_supergroup_with_its_own_schedule_keeps_it(services: Services) -> None:
    await scheduled_group(services, GROUP)
    await groups.bot_joined(services, SUPERGROUP, "supergroup", "Дом 5")
    monthly = Recurrence(Kind.MONTHLY, 1, time(9))
    await recurring.set_schedule(services, SUPERGROUP, monthly, NOW)
    await groups.group_migrated(services, GROUP, SUPERGROUP, "Дом 5")
    assert await stored(services, GROUP) is None
    kept = await recurring.schedule_in(services, SUPERGROUP)
    assert kept is not None and kept.recurrence == monthly
