"""Sent polls, their counts and per-person answers.

Updates are applied with conditional writes keyed on the Telegram update id, so the same update
twice, or an older one arriving after a newer one, changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields
from datetime import datetime
from enum import StrEnum

from sqlalchemy import CursorResult, Update, bindparam, insert, update
from sqlalchemy import select as rows_of_columns
from sqlmodel import and_, col, delete, or_, select
from sqlmodel.ext.asyncio.session import AsyncSession
from sqlmodel.sql.expression import SelectOfScalar

from db.models import Poll, PollRecord, PollVote, utcnow
from db.queries import rollups, rows
from db.queries.pending_polls import PENDING_PREFIX, confirmed

POLLS = rows.table_of(Poll)
FOLLOWED = update(POLLS).where(POLLS.c.id == bindparam("poll_id")).values(followed=True)
NEXT_CLAIMED = (
    update(POLLS)
    .where(POLLS.c.id == bindparam("poll_id"), ~POLLS.c.next_sent)
    .values(next_sent=True)
)
NEXT_CLAIMED_AND_FOLLOWED = NEXT_CLAIMED.values(followed=True)
"""The claim when what follows is recorded in the same transaction: one write, not two."""
VOTES = rows.table_of(PollVote)


@dataclass(frozen=True, slots=True)
class VotedPoll:
    """What a vote reads of its poll, as a plain row (building a Poll cost more than the read)."""

    id: int
    chat_id: int | None
    survey: str | None
    question_key: str | None
    options: list[str]
    language: str
    sent_at: datetime
    closed: bool
    next_sent: bool
    followed: bool


VOTED_POLL = tuple(field.name for field in fields(VotedPoll))
POLL_AND_VOTE = (
    rows_of_columns(
        *(POLLS.c[name] for name in VOTED_POLL),
        VOTES.c.id.label("vote_id"),
        VOTES.c.option_ids.label("vote_option_ids"),
        VOTES.c.update_id.label("vote_update_id"),
        rollups.ZONE_STORED.label("stored_zone"),
    )
    .outerjoin(
        VOTES, and_(VOTES.c.poll_id == POLLS.c.id, VOTES.c.pseudonym == bindparam("pseudonym"))
    )
    .where(POLLS.c.telegram_id == bindparam("telegram_id"))
)
"""A vote's poll, the person's stored answer and the rollups' time zone, in one read built once,
as a plain row (db.direct_writes): loading the poll and the answer through the ORM cost more
than the read."""
VOTE_ADDED = insert(VOTES)
VOTE_CHANGED = update(VOTES).where(VOTES.c.id == bindparam("vote_id"))
# A vote's writes, built once as plain statements: no copy of the row in the session is looked
# for or changed, and SQLAlchemy reuses their compiled form.


class Applied(StrEnum):
    APPLIED = "applied"
    STALE = "stale"
    UNKNOWN = "unknown"
    CLOSED = "closed"
    PER_PERSON = "per_person"


@dataclass(frozen=True)
class VoteOutcome:
    applied: Applied
    poll: VotedPoll | None = None
    next_claimed: bool = False


async def add_poll(
    session: AsyncSession, poll: PollRecord, *, follows: int | None = None
) -> PollRecord:
    """Store a sent poll; `follows` is the survey question it was sent after, now followed.
    The row is written as a plain insert and `poll` gets its id: the ORM's unit of work cost
    more than the rest of a vote's writes."""
    poll.id = await rows.insert_row(session, Poll, poll)
    if follows is not None:
        await rows.write(session, FOLLOWED, {"poll_id": follows})
    if not poll.telegram_id.startswith(PENDING_PREFIX):  # else counted once confirmed
        await count_new_poll(session, poll)
    return poll


async def count_new_poll(session: AsyncSession, poll: rollups.SurveyPoll) -> None:
    """A poll Telegram certainly has now counts in the /stats rollups."""
    await rollups.refresh(session, [poll])
    if poll.chat_id is not None:
        await rollups.add_to_count(session, rollups.GROUP_POLLS, 1)


async def mark_followed(session: AsyncSession, poll_id: int) -> None:
    """What comes after this survey question (the next one, or thanks) has been sent."""
    await rows.write(session, FOLLOWED, {"poll_id": poll_id})


async def get_poll(session: AsyncSession, telegram_id: str) -> Poll | None:
    result = await session.exec(select(Poll).where(Poll.telegram_id == telegram_id))
    return result.first()


async def get_poll_by_id(session: AsyncSession, poll_id: int) -> Poll | None:
    return await session.get(Poll, poll_id)


async def apply_counts(
    session: AsyncSession,
    telegram_id: str,
    counts: list[int],
    voter_count: int,
    *,
    update_id: int,
) -> Applied:
    """Store a `poll` update's absolute counts if it is newer than the stored ones.

    Its `is_closed` is not stored: only the bot closes its polls (stopPoll), and `close_poll`
    marks that, so the results are announced exactly once whichever arrives first.

    Only anonymous polls keep counts: a non-anonymous poll is counted from its per-person rows,
    and in a private chat its counts would be one person's answer that /forgetme cannot reach.
    """
    newer = or_(col(Poll.last_update_id).is_(None), col(Poll.last_update_id) < update_id)
    statement = (
        update(Poll)
        .where(col(Poll.telegram_id) == telegram_id, col(Poll.anonymous), ~col(Poll.closed), newer)
        .values(counts=counts, voter_count=voter_count, last_update_id=update_id)
    )
    if await _store_counts(session, statement, telegram_id):
        return Applied.APPLIED
    poll = await get_poll(session, telegram_id)
    if poll is None:
        return Applied.UNKNOWN
    if poll.closed:
        return Applied.CLOSED
    if not poll.anonymous:
        return Applied.PER_PERSON
    if _older(poll, update_id) and await _store_counts(session, statement, telegram_id):
        return Applied.APPLIED  # its sending was confirmed between the update and the read
    return Applied.STALE


async def _store_counts(session: AsyncSession, statement: Update, telegram_id: str) -> bool:
    if not _changed(await session.exec(statement)):
        return False
    for changed in await _found(session, select(Poll).where(Poll.telegram_id == telegram_id)):
        await rollups.group_counts(session, changed)
    return True


def _older(poll: Poll, update_id: int) -> bool:
    return poll.last_update_id is None or poll.last_update_id < update_id


async def record_vote(
    session: AsyncSession,
    telegram_id: str,
    pseudonym: str,
    option_ids: list[int],
    *,
    update_id: int,
    followed_here: Callable[[VotedPoll], bool] = lambda _: False,
) -> VoteOutcome:
    """Replace the person's answer if the update is newer; an empty list is a retraction.

    In a private survey poll the first answer also claims the next question, once: the caller
    sends it only when `next_claimed` is True, so a changed or repeated answer sends nothing.
    The same update handled again (after a crash before the next question went out) claims it
    again until the poll is marked followed. `update_id` is the update's inbox sequence.
    `followed_here(poll)`: whether the caller records what follows the poll in this
    transaction when `next_claimed`; the poll is then marked followed here (by the claim
    itself, in one write).

    The same person's first answer written at the same time by another transaction makes the
    commit fail with IntegrityError: that answer won, and the caller takes this one as stale.
    """
    values = {"telegram_id": telegram_id, "pseudonym": pseudonym}
    found = await rows.read(session, POLL_AND_VOTE, values)
    if not found:
        return VoteOutcome(Applied.UNKNOWN)
    row = found[0]
    poll = VotedPoll(*row[: len(VOTED_POLL)])
    if poll.closed:
        return VoteOutcome(Applied.CLOSED, poll)
    voted = row.vote_id is not None
    if voted and row.vote_update_id == update_id:
        unsent = bool(row.vote_option_ids) and poll.next_sent and not poll.followed
        claimed = unsent and poll.chat_id is None
        if claimed and followed_here(poll):
            await rows.write(session, FOLLOWED, {"poll_id": poll.id})
        return VoteOutcome(Applied.STALE, poll, claimed)
    if voted and row.vote_update_id > update_id:
        return VoteOutcome(Applied.STALE, poll)
    before = list(row.vote_option_ids) if voted else []
    await _store_vote(session, poll.id, row.vote_id, pseudonym, option_ids, update_id)
    claimed = bool(option_ids) and poll.chat_id is None
    claimed = claimed and await _claim_next(session, poll.id, followed_here(poll))
    if poll.chat_id is None:
        zone = rollups.zone_of(row.stored_zone)
        await rollups.private_answer(session, poll, pseudonym, before, option_ids, zone)
    else:
        await rollups.refresh(session, [poll])
        change = bool(option_ids) - bool(before)
        await rollups.add_to_count(session, rollups.PERSONAL_ANSWERS, change)
    return VoteOutcome(Applied.APPLIED, poll, claimed)


async def _store_vote(
    session: AsyncSession,
    poll_id: int,
    stored: int | None,
    pseudonym: str,
    option_ids: list[int],
    update_id: int,
) -> None:
    """The person's answer, written as one plain statement; `stored`: the id of their stored
    answer, if any."""
    values = {"option_ids": list(option_ids), "update_id": update_id, "updated_at": utcnow()}
    if stored is None:
        added = {"poll_id": poll_id, "pseudonym": pseudonym, **values}
        await rows.write(session, VOTE_ADDED, added)
    else:
        await rows.write(session, VOTE_CHANGED, {"vote_id": stored, **values})


async def _claim_next(session: AsyncSession, poll_id: int, followed: bool) -> bool:
    statement = NEXT_CLAIMED_AND_FOLLOWED if followed else NEXT_CLAIMED
    return (await rows.write(session, statement, {"poll_id": poll_id})).rowcount == 1


async def close_poll(
    session: AsyncSession, poll_id: int, counts: list[int] | None, voter_count: int | None
) -> bool:
    """Mark the poll closed (an anonymous one with Telegram's final counts, when known);
    True if it was open."""
    statement = update(Poll).where(col(Poll.id) == poll_id, ~col(Poll.closed)).values(closed=True)
    changed = _changed(await session.exec(statement))
    if changed and counts is not None:
        await session.exec(
            update(Poll)
            .where(col(Poll.id) == poll_id, col(Poll.anonymous))
            .values(counts=counts, voter_count=voter_count)
        )
    if changed:
        await rollups.refresh(
            session, await _found(session, select(Poll).where(col(Poll.id) == poll_id))
        )
    return changed


async def polls_to_close(session: AsyncSession, before: datetime) -> Sequence[Poll]:
    result = await session.exec(
        select(Poll).where(~col(Poll.closed), col(Poll.closes_at) < before, confirmed())
    )
    return result.all()


async def open_polls(session: AsyncSession, chat_id: int) -> Sequence[Poll]:
    """The chat's open polls, newest first."""
    result = await session.exec(
        select(Poll)
        .where(Poll.chat_id == chat_id, ~col(Poll.closed), confirmed())
        .order_by(col(Poll.sent_at).desc(), col(Poll.id).desc())
    )
    return result.all()


async def open_survey_polls(session: AsyncSession, chat_id: int) -> Sequence[Poll]:
    """The chat's open survey polls, oldest first."""
    result = await session.exec(
        select(Poll)
        .where(
            Poll.chat_id == chat_id, ~col(Poll.closed), col(Poll.survey).is_not(None), confirmed()
        )
        .order_by(col(Poll.sent_at), col(Poll.id))
    )
    return result.all()


async def latest_polls(session: AsyncSession, chat_id: int, limit: int) -> Sequence[Poll]:
    result = await session.exec(
        select(Poll)
        .where(Poll.chat_id == chat_id)
        .order_by(col(Poll.sent_at).desc(), col(Poll.id).desc())
        .limit(limit)
    )
    return result.all()


async def answers_by_poll(
    session: AsyncSession, poll_ids: Sequence[int]
) -> dict[int, list[list[int]]]:
    """Each person's current answer per poll (retracted ones left out)."""
    result = await session.exec(
        select(PollVote.poll_id, PollVote.option_ids).where(col(PollVote.poll_id).in_(poll_ids))
    )
    answers: dict[int, list[list[int]]] = {poll_id: [] for poll_id in poll_ids}
    for poll_id, option_ids in result.all():
        if option_ids:
            answers[poll_id].append(list(option_ids))
    return answers


async def survey_answers_of(
    session: AsyncSession, pseudonym: str, survey: str
) -> list[tuple[Poll, list[int]]]:
    """A person's answers to the survey's questions, newest first (retracted ones left out)."""
    result = await session.exec(
        select(Poll, PollVote.option_ids)
        .join(PollVote, col(PollVote.poll_id) == col(Poll.id))
        .where(PollVote.pseudonym == pseudonym, Poll.survey == survey)
        .order_by(col(PollVote.updated_at).desc())
    )
    return [(poll, list(option_ids)) for poll, option_ids in result.all() if option_ids]


async def delete_votes(session: AsyncSession, pseudonym: str) -> int:
    """Delete every per-person row of a pseudonym, and the private polls sent to the person
    (answered or not; older ones, without a recipient, once nobody else's answer is on them);
    returns how many answers there were."""
    result = await session.exec(
        select(PollVote.poll_id, PollVote.option_ids).where(PollVote.pseudonym == pseudonym)
    )
    votes = result.all()
    answered = sum(1 for _, option_ids in votes if option_ids)
    named = await session.exec(
        select(Poll).where(
            col(Poll.id).in_([poll_id for poll_id, _ in votes]), col(Poll.chat_id).is_not(None)
        )
    )
    group_polls = list(named.all())
    await session.exec(delete(PollVote).where(col(PollVote.pseudonym) == pseudonym))
    others = select(PollVote.poll_id).where(col(PollVote.poll_id) == col(Poll.id)).exists()
    unclaimed = and_(
        col(Poll.recipient).is_(None),
        col(Poll.id).in_([poll_id for poll_id, _ in votes]),
        ~others,
    )
    theirs = or_(col(Poll.recipient) == pseudonym, unclaimed)
    await session.exec(delete(Poll).where(col(Poll.chat_id).is_(None), theirs))
    await rollups.forget(session, pseudonym, group_polls, answered)
    return answered


async def move_polls(session: AsyncSession, old_chat_id: int, new_chat_id: int) -> None:
    """A group became a supergroup: its polls follow it."""
    await session.exec(
        update(Poll).where(col(Poll.chat_id) == old_chat_id).values(chat_id=new_chat_id)
    )
    await rollups.chat_moved(session, old_chat_id, new_chat_id)


async def _found(session: AsyncSession, statement: SelectOfScalar[Poll]) -> Sequence[Poll]:
    """The polls a write just changed, for the rollups."""
    return (await session.exec(statement)).all()


def _changed(result: object) -> bool:
    return isinstance(result, CursorResult) and result.rowcount == 1
