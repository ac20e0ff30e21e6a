"""Which replica handles a stored update: the one holding its transaction-level advisory lock.

Replicas share one inbox, and each worker reads the pending rows. Before handling one, a worker
takes `pg_try_advisory_xact_lock` on the row's sequence in a transaction it keeps open while it
handles the update and marks it done; another replica finds the lock taken and skips the row.
A replica that dies loses its connection, PostgreSQL drops the lock, and the row is handled by
another. Nothing here commits: the lock lives as long as the caller's transaction.
"""

from __future__ import annotations

from sqlalchemy import text
from sqlmodel.ext.asyncio.session import AsyncSession

from db.queries.inbox import State

# The advisory lock space of inbox rows ("Sen" in ASCII); the second key is the row's sequence.
HOLD_SPACE = 0x53656E
# The transaction stays idle while the update is handled, for up to three attempts.
IDLE_LIMIT = "150s"


async def try_hold(session: AsyncSession, sequence: int) -> bool:
    """True if this session now holds the row and it is still pending."""
    connection = await session.connection()
    await connection.execute(
        text(f"SET LOCAL idle_in_transaction_session_timeout = '{IDLE_LIMIT}'")
    )
    taken = await connection.scalar(
        text("SELECT pg_try_advisory_xact_lock(:space, :sequence)"),
        {"space": HOLD_SPACE, "sequence": sequence},
    )
    if not taken:
        return False
    state = await connection.scalar(
        text("SELECT state FROM inbox WHERE sequence = :sequence"), {"sequence": sequence}
    )
    return bool(state == State.PENDING)
