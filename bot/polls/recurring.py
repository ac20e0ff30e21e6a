"""Recurring polls kept in the database: set, shown, switched off, and each run claimed once.

The JobQueue only holds the next run in memory; every run is also stored (`next_run_at`), so the
jobs are rebuilt at start-up. No Telegram here: handlers post, this module decides when and where.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time
from zoneinfo import ZoneInfo

from bot.polls.schedule import Kind, Recurrence
from bot.services import Services
from db.models import Chat, PollSchedule
from db.queries import chats, schedules


@dataclass(frozen=True)
class ScheduledRun:
    """One run of a schedule: what a JobQueue job carries."""

    schedule_id: int
    due_at: datetime


@dataclass(frozen=True)
class ClaimedRun:
    """A run this process may post, the chat to post it in, and the run after it."""

    chat: Chat
    next_run: ScheduledRun


@dataclass(frozen=True)
class CurrentSchedule:
    recurrence: Recurrence
    next_run: ScheduledRun


def zone_of(services: Services) -> ZoneInfo:
    return ZoneInfo(services.settings.timezone)


def recurrence_of(schedule: PollSchedule) -> Recurrence:
    kind = Kind(schedule.kind)
    day = schedule.weekday if kind is Kind.WEEKLY else schedule.day
    assert day is not None, f"schedule {schedule.id} has no day"
    return Recurrence(kind, day, time(schedule.hour, schedule.minute))


def current(schedule: PollSchedule) -> CurrentSchedule:
    assert schedule.id is not None
    return CurrentSchedule(recurrence_of(schedule), ScheduledRun(schedule.id, schedule.next_run_at))


async def schedule_in(services: Services, chat_id: int) -> CurrentSchedule | None:
    async with services.sessions() as session:
        schedule = await schedules.get_schedule(session, chat_id)
    return current(schedule) if schedule is not None and schedule.active else None


async def set_schedule(
    services: Services, chat_id: int, recurrence: Recurrence, now: datetime
) -> CurrentSchedule:
    """Replace the chat's schedule; the first run is the next one after `now`."""
    weekly = recurrence.kind is Kind.WEEKLY
    async with services.sessions.begin() as session:
        schedule = await schedules.save_schedule(
            session,
            chat_id,
            kind=recurrence.kind.value,
            weekday=recurrence.day if weekly else None,
            day=None if weekly else recurrence.day,
            hour=recurrence.at.hour,
            minute=recurrence.at.minute,
            next_run_at=recurrence.next_run(now, zone_of(services)),
        )
    return current(schedule)


async def switch_off(services: Services, chat_id: int) -> int | None:
    """The id of the chat's schedule if it was on (its jobs are to be cancelled)."""
    async with services.sessions.begin() as session:
        return await schedules.switch_off(session, chat_id)


async def runs_at_start(services: Services, now: datetime) -> list[ScheduledRun]:
    """The next run of every active schedule; runs missed too long ago are skipped for good."""
    runs = []
    async with services.sessions.begin() as session:
        for schedule in await schedules.active_schedules(session):
            run = current(schedule).next_run
            resume = recurrence_of(schedule).resume_at(run.due_at, now, zone_of(services))
            moved = resume != run.due_at
            if moved and not await schedules.advance(session, run.schedule_id, run.due_at, resume):
                continue
            runs.append(ScheduledRun(run.schedule_id, resume))
    return runs


async def claim(services: Services, run: ScheduledRun, now: datetime) -> ClaimedRun | None:
    """Move the schedule on to its next run; None when this run is no longer to be posted:
    already claimed, the schedule changed or is off, or the bot has left the chat."""
    async with services.sessions.begin() as session:
        schedule = await schedules.get_schedule_by_id(session, run.schedule_id)
        if schedule is None or not schedule.active or schedule.next_run_at != run.due_at:
            return None
        after = max(now, run.due_at)
        next_at = recurrence_of(schedule).next_run(after, zone_of(services))
        if not await schedules.advance(session, run.schedule_id, run.due_at, next_at):
            return None
        chat = await chats.get_chat(session, schedule.chat_id)
    if chat is None or not chat.active:
        return None
    return ClaimedRun(chat, ScheduledRun(run.schedule_id, next_at))
