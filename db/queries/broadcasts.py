"""/pollall rounds and their deliveries, each group claimed once. Nothing here commits: the
caller (bot.polls.rounds) owns the transaction."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import CursorResult, func, update
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from db.models import BroadcastDelivery, BroadcastRound, Poll, utcnow
from db.queries.pending_polls import confirmed

PENDING = "pending"
SENDING = "sending"
UNCONFIRMED = "unconfirmed"
POSTED = "posted"


async def start_round(
    session: AsyncSession, report_to: int | None, language: str, chat_ids: Sequence[int]
) -> BroadcastRound:
    """A round with one pending delivery per group. Raises IntegrityError (at flush) when a
    round is already running."""
    round_ = BroadcastRound(report_to=report_to, language=language)
    session.add(round_)
    await session.flush()
    assert round_.id is not None
    session.add_all(BroadcastDelivery(round_id=round_.id, chat_id=chat_id) for chat_id in chat_ids)
    await session.flush()
    return round_


async def running_rounds(session: AsyncSession) -> Sequence[BroadcastRound]:
    result = await session.exec(
        select(BroadcastRound).where(col(BroadcastRound.finished_at).is_(None))
    )
    return result.all()


async def rounds_to_report(session: AsyncSession) -> Sequence[BroadcastRound]:
    result = await session.exec(
        select(BroadcastRound).where(
            col(BroadcastRound.finished_at).is_not(None), col(BroadcastRound.reported_at).is_(None)
        )
    )
    return result.all()


async def pending_chats(session: AsyncSession, round_id: int) -> Sequence[int]:
    result = await session.exec(
        select(BroadcastDelivery.chat_id)
        .where(BroadcastDelivery.round_id == round_id, BroadcastDelivery.state == PENDING)
        .order_by(col(BroadcastDelivery.id))
    )
    return result.all()


async def claim(session: AsyncSession, round_id: int, chat_id: int) -> bool:
    """Take one group's delivery; False if another sender (or an earlier run) has it."""
    result = await session.exec(
        update(BroadcastDelivery)
        .where(
            col(BroadcastDelivery.round_id) == round_id,
            col(BroadcastDelivery.chat_id) == chat_id,
            col(BroadcastDelivery.state) == PENDING,
        )
        .values(state=SENDING, claimed_at=utcnow())
    )
    return _changed(result)


async def record(session: AsyncSession, round_id: int, chat_id: int, state: str) -> None:
    await session.exec(
        update(BroadcastDelivery)
        .where(
            col(BroadcastDelivery.round_id) == round_id,
            col(BroadcastDelivery.chat_id) == chat_id,
        )
        .values(state=state, done_at=utcnow())
    )


async def settle_abandoned(session: AsyncSession, round_id: int, claimed_before: datetime) -> int:
    """Deliveries claimed before `claimed_before` whose sender never recorded an outcome: posted
    if the group has a poll sent since the claim, otherwise unconfirmed. Returns how many."""
    sent_since_claim = (
        select(Poll.id)
        .where(
            col(Poll.chat_id) == col(BroadcastDelivery.chat_id),
            col(Poll.survey).is_not(None),
            col(Poll.sent_at) >= col(BroadcastDelivery.claimed_at),
            confirmed(),
        )
        .exists()
    )
    stale = (
        col(BroadcastDelivery.round_id) == round_id,
        col(BroadcastDelivery.state) == SENDING,
        col(BroadcastDelivery.claimed_at) < claimed_before,
    )
    now = utcnow()
    posted = await session.exec(
        update(BroadcastDelivery)
        .where(*stale, sent_since_claim)
        .values(state=POSTED, done_at=now)
        .execution_options(synchronize_session=False)
    )
    unconfirmed = await session.exec(
        update(BroadcastDelivery)
        .where(*stale)
        .values(state=UNCONFIRMED, done_at=now)
        .execution_options(synchronize_session=False)
    )
    return _count(posted) + _count(unconfirmed)


async def outstanding(session: AsyncSession, round_id: int) -> int:
    """Deliveries not yet done: pending, or claimed and in flight."""
    result = await session.exec(
        select(func.count())
        .select_from(BroadcastDelivery)
        .where(
            BroadcastDelivery.round_id == round_id,
            col(BroadcastDelivery.state).in_([PENDING, SENDING]),
        )
    )
    return result.one()


async def finish(session: AsyncSession, round_id: int) -> bool:
    """Mark the round finished (once): another round may start."""
    result = await session.exec(
        update(BroadcastRound)
        .where(col(BroadcastRound.id) == round_id, col(BroadcastRound.finished_at).is_(None))
        .values(running=None, finished_at=utcnow())
    )
    return _changed(result)


async def claim_report(session: AsyncSession, round_id: int) -> bool:
    """The admin's report is sent once, by whoever claims it."""
    result = await session.exec(
        update(BroadcastRound)
        .where(col(BroadcastRound.id) == round_id, col(BroadcastRound.reported_at).is_(None))
        .values(reported_at=utcnow())
    )
    return _changed(result)


async def tally(session: AsyncSession, round_id: int) -> dict[str, int]:
    result = await session.exec(
        select(BroadcastDelivery.state, func.count())
        .where(BroadcastDelivery.round_id == round_id)
        .group_by(col(BroadcastDelivery.state))
    )
    return {state: count for state, count in result.all()}


def _count(result: object) -> int:
    return result.rowcount if isinstance(result, CursorResult) else 0


def _changed(result: object) -> bool:
    return _count(result) == 1
