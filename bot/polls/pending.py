"""A poll is recorded before it is sent, so a crash between sendPoll and the record can neither
send the question twice on replay nor lose the votes on the copy Telegram has.

`reserve` stores the poll under a placeholder id (and marks the question it follows as followed,
in the same write) before sendPoll, with the inbox sequence of the update that posts it, so a
replay of that update finds it and sends nothing (the next question of a private survey is
reserved by `reserve_next`, in the transaction of the answer that brings it); `confirm` gives
it Telegram's id after. If Telegram refused the poll, `drop` forgets it and lets the question
before bring it again. If the outcome is unknown (the connection broke, the process died), the
row stays unconfirmed: the first vote on Telegram's copy, which names a poll id the bot does not
know, `adopt`s it (a private one by its recipient, a group one by its question and options, when
only one matches). Rows no vote can reach any more are forgotten by `reconcile`, which the
leader runs at start and at every sync. A private survey question is different after a restart:
whether its sendPoll left before the crash is unknown, so a replay of the answer that brought
it asks it again under a new record (bot.polls.votes), and a person is never left without it.
"""

from __future__ import annotations

import logging
import uuid
from datetime import timedelta

from sqlmodel.ext.asyncio.session import AsyncSession

from bot.polls import lifecycle
from bot.polls.lifecycle import PollToSend
from bot.services import Services
from db.models import Poll, PollRecord, utcnow
from db.queries import pending_polls, polls
from db.queries.pending_polls import PENDING_PREFIX

log = logging.getLogger(__name__)

LONGEST_OPEN = timedelta(days=30)
"""Telegram keeps a poll open at most this long; after it no vote arrives."""


async def reserve(
    services: Services,
    to_send: PollToSend,
    *,
    chat_id: int | None,
    follows: int | None,
    recipient: int | None,
    origin: int | None,
) -> tuple[PollRecord, bool]:
    """(the poll, True) when it is to be sent now; (the poll, False) when an earlier try of the
    same update (`origin`, its inbox sequence) already recorded it: it is not sent again.
    Recorded in a transaction other writes of the moment may share (services.writes)."""
    pseudonym = services.pseudonyms.of(recipient) if recipient is not None else None

    async def record(session: AsyncSession) -> tuple[PollRecord, bool]:
        if origin is not None:
            earlier = await pending_polls.posted_by(session, origin, chat_id, pseudonym)
            if earlier is not None:
                return earlier, False
        pending = _pending(services, to_send, chat_id, recipient, origin)
        return await polls.add_poll(session, pending, follows=follows), True

    return await services.writes.run(record)


async def reserve_next(
    session: AsyncSession,
    services: Services,
    to_send: PollToSend,
    *,
    recipient: int,
    origin: int | None,
) -> PollRecord:
    """The private survey question that follows an answer, recorded in the answer's own
    transaction: the answer's claim of it marked the answered question followed
    (`polls.record_vote`), and both are stored together, so a replay of the update finds the
    question followed and sends nothing."""
    pending = _pending(services, to_send, None, recipient, origin)
    return await polls.add_poll(session, pending)


def _pending(
    services: Services,
    to_send: PollToSend,
    chat_id: int | None,
    recipient: int | None,
    origin: int | None,
) -> PollRecord:
    """The poll under a placeholder id."""
    return lifecycle.poll_record(
        services,
        to_send,
        f"{PENDING_PREFIX}{uuid.uuid4().hex}",
        chat_id=chat_id,
        message_id=None,
        recipient=recipient,
        origin=origin,
    )


async def confirm(
    services: Services, poll: PollRecord, telegram_id: str, message_id: int
) -> PollRecord:
    assert poll.id is not None
    message = message_id if poll.chat_id is not None else None
    poll_id = poll.id

    async def confirm_it(session: AsyncSession) -> None:
        if await pending_polls.confirm(session, poll_id, telegram_id, message):
            await polls.count_new_poll(session, poll)

    await services.writes.run(confirm_it)
    poll.telegram_id, poll.message_id = telegram_id, message
    return poll


def in_doubt(services: Services, poll: PollRecord) -> None:
    """sendPoll was made and its outcome is unknown: a replay leaves the record to be adopted."""
    assert poll.id is not None
    services.sends_in_doubt.add(poll.id)


async def drop(services: Services, poll: PollRecord, follows: int | None) -> None:
    assert poll.id is not None
    async with services.sessions.begin() as session:
        await pending_polls.drop(session, poll.id, follows)


async def adopt_private(services: Services, telegram_id: str, voter_id: int) -> bool:
    """A vote for an unknown poll from someone with an unconfirmed private poll: that is it.
    True also when the poll was confirmed meanwhile: either way the vote can be applied now."""
    async with services.sessions.begin() as session:
        candidates = await pending_polls.private_candidates(
            session, services.pseudonyms.of(voter_id)
        )
        adopted = bool(candidates) and await _adopt(session, candidates[0], telegram_id)
    return adopted or await _known(services, telegram_id)


async def adopt_group(
    services: Services, telegram_id: str, question: str, options: list[str]
) -> bool:
    """Counts for an unknown poll matching exactly one unconfirmed group poll (or, like
    adopt_private, for a poll confirmed meanwhile)."""
    async with services.sessions.begin() as session:
        candidates = await pending_polls.group_candidates(session, question, options)
        adopted = len(candidates) == 1 and await _adopt(session, candidates[0], telegram_id)
    return adopted or await _known(services, telegram_id)


async def _adopt(session: AsyncSession, candidate: Poll, telegram_id: str) -> bool:
    if candidate.id is None or not await pending_polls.adopt(session, candidate.id, telegram_id):
        return False
    await polls.count_new_poll(session, candidate)
    return True


async def _known(services: Services, telegram_id: str) -> bool:
    """The vote found no poll because it was handled while the poll's sending was being
    confirmed (a vote is not ordered with the chat that posted the poll)."""
    async with services.reads() as session:
        return await polls.get_poll(session, telegram_id) is not None


async def reconcile(services: Services) -> int:
    now = utcnow()
    async with services.sessions.begin() as session:
        forgotten = await pending_polls.forget_expired(session, now - LONGEST_OPEN, now)
    if forgotten:
        log.info("forgot %d polls whose sending was never confirmed", forgotten)
    return forgotten
