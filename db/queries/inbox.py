"""The inbox: updates stored before Telegram is told they arrived, handled at least once.

Rows are written in batches (one statement per getUpdates batch or webhook call) and keyed by
Telegram's update id, so a redelivered update is stored once.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import datetime
from enum import StrEnum
from functools import cache
from typing import NamedTuple

from sqlalchemy import Insert, bindparam, update
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlmodel import col, delete, func, select
from sqlmodel.ext.asyncio.session import AsyncSession

from db.models import InboxUpdate, utcnow
from db.queries.rows import table_of

INBOX = table_of(InboxUpdate)
"""Written as a plain table: the ORM's bulk insert and update cost more than the writes."""


class State(StrEnum):
    PENDING = "pending"
    HANDLED = "handled"
    ASIDE = "aside"


class Pending(NamedTuple):
    """What handling a stored update needs: plain columns, not ORM objects (every update is
    read once, and loading it into the ORM cost more than the read)."""

    sequence: int
    payload: str | None
    attempts: int


PENDING_COLUMNS = (INBOX.c.sequence, INBOX.c.payload, INBOX.c.attempts)
PENDING = (
    select(*PENDING_COLUMNS)
    .where(INBOX.c.state == State.PENDING, INBOX.c.sequence > bindparam("after"))
    .order_by(INBOX.c.sequence)
    .limit(bindparam("limit"))
)
PENDING_AMONG = (
    select(*PENDING_COLUMNS)
    .where(
        INBOX.c.state == State.PENDING,
        INBOX.c.update_id.in_(bindparam("update_ids", expanding=True)),
    )
    .order_by(INBOX.c.sequence)
)
"""The claims, built once: every update is claimed, and SQLAlchemy keeps their cache keys and
compiled forms."""


async def store(session: AsyncSession, updates: Sequence[tuple[int, str]]) -> None:
    """Store (update id, JSON payload) pairs in arrival order; one already stored is kept."""
    if not updates:
        return
    now = utcnow()
    fresh = {"state": State.PENDING, "attempts": 0, "received_at": now}
    rows = [{"update_id": update_id, "payload": payload} | fresh for update_id, payload in updates]
    postgres = session.get_bind().dialect.name == "postgresql"
    await session.exec(_storing(postgres), params=rows)


@cache
def _storing(postgres: bool) -> Insert:
    """Built once and run for the batch's rows: a statement with the rows in it would be
    compiled anew for every batch."""
    insert = postgresql_insert if postgres else sqlite_insert
    return insert(INBOX).on_conflict_do_nothing(index_elements=["update_id"])


async def pending(session: AsyncSession, limit: int, after: int = 0) -> list[Pending]:
    """The oldest updates not yet handled that arrived after `after`, in the order they arrived."""
    result = await session.exec(PENDING, params={"after": after, "limit": limit})
    return [Pending(*row) for row in result.all()]


async def pending_among(session: AsyncSession, update_ids: Sequence[int]) -> list[Pending]:
    """Those of the given updates still pending, in the order they arrived."""
    result = await session.exec(PENDING_AMONG, params={"update_ids": list(update_ids)})
    return [Pending(*row) for row in result.all()]


async def finish(session: AsyncSession, outcomes: Sequence[tuple[int, State, int]]) -> None:
    """Mark (sequence, handled or set aside, attempts) in one transaction; either way the
    payload, with its ids, is dropped. One statement per kind of outcome, not per update."""
    kinds: dict[tuple[State, int], list[int]] = defaultdict(list)
    for sequence, state, attempts in outcomes:
        kinds[state, attempts].append(sequence)
    now = utcnow()
    for (state, attempts), sequences in kinds.items():
        await session.exec(
            update(INBOX)
            .where(INBOX.c.sequence.in_(sequences))
            .values(state=state, attempts=attempts, payload=None, handled_at=now)
        )


async def count_attempt(session: AsyncSession, sequence: int, attempts: int) -> None:
    await session.exec(
        update(InboxUpdate).where(col(InboxUpdate.sequence) == sequence).values(attempts=attempts)
    )


async def prune(session: AsyncSession, before: datetime) -> None:
    """Forget finished rows once Telegram can no longer redeliver their updates."""
    await session.exec(
        delete(InboxUpdate).where(
            col(InboxUpdate.state) != State.PENDING, col(InboxUpdate.handled_at) < before
        )
    )


async def any_pending(session: AsyncSession) -> bool:
    result = await session.exec(
        select(InboxUpdate.sequence).where(InboxUpdate.state == State.PENDING).limit(1)
    )
    return result.first() is not None


async def counts(session: AsyncSession) -> dict[str, int]:
    result = await session.exec(
        select(InboxUpdate.state, func.count()).group_by(col(InboxUpdate.state))
    )
    return {state: count for state, count in result.all()}
