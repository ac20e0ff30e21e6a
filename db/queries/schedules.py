"""Recurring polls, one row per group.

A run is claimed by moving `next_run_at` on with a conditional write, so a run is posted once even
when two jobs for it fire (a restart at the due minute, a schedule changed while its job waited).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import update
from sqlmodel import col, delete, select
from sqlmodel.ext.asyncio.session import AsyncSession

from db.models import PollSchedule, utcnow


async def get_schedule(session: AsyncSession, chat_id: int) -> PollSchedule | None:
    result = await session.exec(select(PollSchedule).where(PollSchedule.chat_id == chat_id))
    return result.first()


async def get_schedule_by_id(session: AsyncSession, schedule_id: int) -> PollSchedule | None:
    return await session.get(PollSchedule, schedule_id)


async def save_schedule(
    session: AsyncSession,
    chat_id: int,
    *,
    kind: str,
    weekday: int | None,
    day: int | None,
    hour: int,
    minute: int,
    next_run_at: datetime,
) -> PollSchedule:
    """Create the group's schedule, or replace (and switch on) the one it has."""
    schedule = await get_schedule(session, chat_id)
    if schedule is None:
        schedule = PollSchedule(
            chat_id=chat_id, kind=kind, hour=hour, minute=minute, next_run_at=next_run_at
        )
    schedule.sqlmodel_update(
        {
            "kind": kind,
            "weekday": weekday,
            "day": day,
            "hour": hour,
            "minute": minute,
            "next_run_at": next_run_at,
            "active": True,
            "updated_at": utcnow(),
        }
    )
    session.add(schedule)
    await session.flush()
    return schedule


async def deactivate_schedule(session: AsyncSession, chat_id: int) -> bool:
    """Switch the group's schedule off; True if it was on."""
    result = await session.exec(
        update(PollSchedule)
        .where(col(PollSchedule.chat_id) == chat_id, col(PollSchedule.active))
        .values(active=False, updated_at=utcnow())
    )
    return result.rowcount == 1


async def switch_off(session: AsyncSession, chat_id: int) -> int | None:
    """Switch the group's schedule off; its id if it was on."""
    schedule = await get_schedule(session, chat_id)
    if schedule is None or not schedule.active:
        return None
    await deactivate_schedule(session, chat_id)
    return schedule.id


async def active_schedules(session: AsyncSession) -> Sequence[PollSchedule]:
    result = await session.exec(
        select(PollSchedule).where(col(PollSchedule.active)).order_by(col(PollSchedule.id))
    )
    return result.all()


async def advance(
    session: AsyncSession, schedule_id: int, due_at: datetime, next_run_at: datetime
) -> bool:
    """Move an active schedule from the run due at `due_at` to the next; False if that run was
    already claimed, or the schedule changed or was switched off meanwhile."""
    result = await session.exec(
        update(PollSchedule)
        .where(
            col(PollSchedule.id) == schedule_id,
            col(PollSchedule.active),
            col(PollSchedule.next_run_at) == due_at,
        )
        .values(next_run_at=next_run_at)
    )
    return result.rowcount == 1


async def move_schedule(session: AsyncSession, old_chat_id: int, new_chat_id: int) -> None:
    """A group became a supergroup: its schedule follows, unless the new id already has one."""
    if await get_schedule(session, new_chat_id) is not None:
        await session.exec(delete(PollSchedule).where(col(PollSchedule.chat_id) == old_chat_id))
        return
    await session.exec(
        update(PollSchedule)
        .where(col(PollSchedule.chat_id) == old_chat_id)
        .values(chat_id=new_chat_id, updated_at=utcnow())
    )
