"""Polls recorded before sendPoll: a row under a placeholder id (PENDING_PREFIX…) is written
first, then given Telegram's poll id. Nothing here commits: the caller owns the transaction."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import CursorResult, bindparam, update
from sqlalchemy import select as rows_of_columns
from sqlmodel import col, delete, or_, select
from sqlmodel.ext.asyncio.session import AsyncSession

from db.models import Poll, PollRecord
from db.queries import rows
from db.queries.rows import table_of

PENDING_PREFIX = "pending:"
POLLS = table_of(Poll)
CONFIRMED = update(POLLS).where(
    POLLS.c.id == bindparam("poll_id"), POLLS.c.telegram_id.startswith(PENDING_PREFIX)
)
"""Confirming a poll, at every one sent, is a plain update built once (the ORM's, or one built
anew at every call, cost more than the write); it sets the columns its parameters name."""
POSTED_IN_CHAT = rows_of_columns(*POLLS.c).where(
    POLLS.c.origin == bindparam("origin"), POLLS.c.chat_id == bindparam("chat_id")
)
POSTED_TO = rows_of_columns(*POLLS.c).where(
    POLLS.c.origin == bindparam("origin"), POLLS.c.recipient == bindparam("recipient")
)
"""Whether an update already recorded its poll, read at every poll it posts (almost always to
find none), as a plain row (a PollRecord when there is one)."""


def confirmed() -> Any:
    """A condition on polls: Telegram's id is known (the poll was certainly sent)."""
    return ~col(Poll.telegram_id).startswith(PENDING_PREFIX)


async def posted_by(
    session: AsyncSession, origin: int, chat_id: int | None, recipient: str | None
) -> PollRecord | None:
    """The poll an update already recorded for this chat (or private recipient), if any."""
    if chat_id is not None:
        found = await rows.read(session, POSTED_IN_CHAT, {"origin": origin, "chat_id": chat_id})
    else:
        found = await rows.read(session, POSTED_TO, {"origin": origin, "recipient": recipient})
    return PollRecord(**found[0]._asdict()) if found else None


async def unsent_by(session: AsyncSession, origin: int, recipient: str) -> list[int] | None:
    """The private polls the update recorded for the recipient, by id, when none of them was
    confirmed as sent; None when it recorded none or one was confirmed."""
    result = await session.exec(
        select(Poll.id, Poll.telegram_id).where(Poll.origin == origin, Poll.recipient == recipient)
    )
    recorded = result.all()
    if not recorded or not all(found.startswith(PENDING_PREFIX) for _, found in recorded):
        return None
    return [poll_id for poll_id, _ in recorded if poll_id is not None]


async def confirm(
    session: AsyncSession, poll_id: int, telegram_id: str, message_id: int | None
) -> bool:
    """Give the row Telegram's ids; True if this confirmed it. A vote that arrived first may have
    adopted the row under the same poll id already (`adopt`): it still gets its message id, which
    closing the poll needs, and False, as it was counted then."""
    values = {"poll_id": poll_id, "telegram_id": telegram_id, "message_id": message_id}
    if (await rows.write(session, CONFIRMED, values)).rowcount == 1:
        return True
    await session.exec(
        update(Poll)
        .where(col(Poll.id) == poll_id, col(Poll.telegram_id) == telegram_id)
        .values(message_id=message_id)
    )
    return False


async def drop(session: AsyncSession, poll_id: int, follows: int | None) -> None:
    """Telegram refused the poll: forget the row, and let its predecessor bring it again."""
    await session.exec(delete(Poll).where(col(Poll.id) == poll_id, ~confirmed()))
    if follows is not None:
        await session.exec(update(Poll).where(col(Poll.id) == follows).values(followed=False))


async def private_candidates(session: AsyncSession, recipient: str) -> list[Poll]:
    """The recipient's unconfirmed private polls, newest first."""
    result = await session.exec(
        select(Poll)
        .where(col(Poll.chat_id).is_(None), Poll.recipient == recipient, ~confirmed())
        .order_by(col(Poll.id).desc())
    )
    return list(result.all())


async def group_candidates(session: AsyncSession, question: str, options: list[str]) -> list[Poll]:
    """Unconfirmed group polls with this question; the caller compares the options."""
    result = await session.exec(
        select(Poll).where(col(Poll.chat_id).is_not(None), Poll.question == question, ~confirmed())
    )
    return [poll for poll in result.all() if list(poll.options) == options]


async def adopt(session: AsyncSession, poll_id: int, telegram_id: str) -> bool:
    """An unconfirmed poll takes the id its votes arrive with (its message id stays unknown)."""
    result = await session.exec(
        update(Poll).where(col(Poll.id) == poll_id, ~confirmed()).values(telegram_id=telegram_id)
    )
    return isinstance(result, CursorResult) and result.rowcount == 1


async def forget_expired(session: AsyncSession, sent_before: datetime, now: datetime) -> int:
    """Unconfirmed polls no vote can reach any more (closed, or older than Telegram keeps a
    poll open); returns how many."""
    expired = or_(col(Poll.closes_at) < now, col(Poll.sent_at) < sent_before)
    result = await session.exec(delete(Poll).where(~confirmed(), expired))
    return result.rowcount if isinstance(result, CursorResult) else 0
