"""/pollall as a round kept in the database, so it survives restarts and replicas.

Any replica starts a round (one delivery row per active group); only the leader delivers it.
Each group is claimed just before its poll is sent and its outcome recorded right after, each in
a transaction of its own, so a restart or a new leader picks up the pending groups and sends
to none twice. A claim whose sender died without recording an outcome is settled after
ABANDONED_AFTER: posted if the group's poll is stored, otherwise "unconfirmed" (counted as failed
and never sent again). No Telegram here: the handler passes the `send`.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy.exc import IntegrityError

from bot.polls import broadcast
from bot.polls.broadcast import Delivery, Report, SendPoll
from bot.services import Services
from db.models import utcnow
from db.queries import broadcasts, chats

ROUND_CONCURRENCY = 16
"""Groups in flight at once: each send also waits on a few database writes, so more are in
flight than the rate limiter alone would need to keep its pace."""
ABANDONED_AFTER = timedelta(minutes=2)
"""Longer than any one send takes, rate limiter included."""


class RoundRunning(Exception):
    """A round is already being delivered; one at a time."""


@dataclass(frozen=True)
class DueReport:
    report_to: int
    language: str
    report: Report


async def start(services: Services, report_to: int | None, language: str) -> int:
    """A new round to every active group; returns how many groups (0: none, nothing started)."""
    async with services.sessions() as session:
        targets = [chat.id for chat in await chats.active_groups(session)]
        if not targets:
            return 0
        try:
            await broadcasts.start_round(session, report_to, language, targets)
            await session.commit()
        except IntegrityError:
            await session.rollback()
            raise RoundRunning from None
    return len(targets)


async def running(services: Services) -> list[int]:
    async with services.sessions() as session:
        return [round_.id for round_ in await broadcasts.running_rounds(session) if round_.id]


async def deliver(
    services: Services, round_id: int, send: SendPoll, concurrency: int = ROUND_CONCURRENCY
) -> bool:
    """Deliver what is left of the round; True once it is finished."""
    async with services.sessions() as session:
        await broadcasts.settle_abandoned(session, round_id, utcnow() - ABANDONED_AFTER)
        remaining = iter(await broadcasts.pending_chats(session, round_id))
        await session.commit()

    async def worker() -> None:
        for chat_id in remaining:
            await _deliver_one(services, round_id, chat_id, send)

    await asyncio.gather(*(worker() for _ in range(concurrency)))
    async with services.sessions() as session:
        finished = await broadcasts.outstanding(session, round_id) == 0
        if finished:
            await broadcasts.finish(session, round_id)
        await session.commit()
    return finished


async def _deliver_one(services: Services, round_id: int, chat_id: int, send: SendPoll) -> None:
    async with services.sessions() as session:
        claimed = await broadcasts.claim(session, round_id, chat_id)
        chat = await chats.get_chat(session, chat_id)
        await session.commit()
    if not claimed:
        return
    if chat is None or not chat.active:
        outcome = Delivery.REMOVED
    else:
        outcome = await broadcast.deliver(services, send, chat)
    async with services.sessions() as session:
        await broadcasts.record(session, round_id, chat_id, outcome.value)
        await session.commit()


async def reports_due(services: Services) -> list[DueReport]:
    """Finished rounds whose report is not sent yet, each claimed once."""
    due = []
    async with services.sessions() as session:
        for round_ in await broadcasts.rounds_to_report(session):
            assert round_.id is not None
            if not await broadcasts.claim_report(session, round_.id):
                continue
            await session.commit()
            if round_.report_to is not None:
                tally = await broadcasts.tally(session, round_.id)
                report = Report(
                    posted=tally.get(Delivery.POSTED, 0),
                    skipped=tally.get(Delivery.REMOVED, 0),
                    failed=tally.get(Delivery.FAILED, 0) + tally.get(broadcasts.UNCONFIRMED, 0),
                )
                due.append(DueReport(round_.report_to, round_.language, report))
    return due
