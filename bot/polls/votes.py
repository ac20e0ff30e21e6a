"""Votes as they arrive: `poll` updates (absolute counts) and `poll_answer` updates (per person).

Each update is applied in one transaction and only if it is newer than what is stored (by inbox
sequence, the order of arrival, which survives Telegram's update-id restart), so a repeated or
late update changes nothing. Votes for polls the bot does not
know, or that arrive late, are logged once per poll, not once per vote.
"""

from __future__ import annotations

import dataclasses
import logging
from dataclasses import dataclass

from sqlalchemy.exc import IntegrityError
from sqlmodel.ext.asyncio.session import AsyncSession

from bot.polls import pending
from bot.polls.lifecycle import PollToSend, survey_poll
from bot.polls.survey import SurveyQuestion, standard_survey
from bot.services import Services
from db.models import PollRecord
from db.queries import pending_polls, polls, respondents
from db.queries.polls import Applied, VotedPoll, VoteOutcome

log = logging.getLogger(__name__)

REMEMBERED_POLLS = 4096


@dataclass(frozen=True)
class PollState:
    """A `poll` update: the counts Telegram shows everyone."""

    telegram_id: str
    counts: tuple[int, ...]
    voter_count: int
    question: str = ""
    options: tuple[str, ...] = ()
    anonymous: bool | None = None
    """As the update says; None when not told (then the stored poll decides)."""


@dataclass(frozen=True)
class PollAnswer:
    """A `poll_answer` update: one person's choice; no options means the vote was retracted."""

    telegram_id: str
    voter_id: int
    option_ids: tuple[int, ...]


@dataclass(frozen=True)
class AnswerOutcome:
    """What to send after the answer: the next survey question, or thanks in `finished_in`."""

    applied: Applied
    next_poll: PollToSend | None = None
    finished_in: str | None = None
    answered_poll: int | None = None
    reserved: PollRecord | None = None
    """The next poll, recorded to be sent (bot.polls.pending), when asked to reserve it."""
    region_asked: bool = False
    """After the last question: whether the person was asked their region before."""


class LogOnce:
    """Logs a message the first time for a key, so a burst of stray votes makes one line."""

    def __init__(self, capacity: int = REMEMBERED_POLLS) -> None:
        self._seen: set[tuple[str, str]] = set()
        self._capacity = capacity

    def __call__(self, key: str, outcome: Applied) -> None:
        if (key, outcome) in self._seen:
            return
        if len(self._seen) >= self._capacity:
            self._seen.clear()
        self._seen.add((key, outcome))
        log.info("ignored an update for poll %s: %s", key, outcome.value)


log_once = LogOnce()


async def apply_poll_state(services: Services, state: PollState, update_id: int) -> Applied:
    """A non-anonymous poll keeps no counts, known or not: its answers arrive per person, so its
    counts are neither stored nor taken to adopt a poll recorded but never confirmed (group
    polls, the only ones adopted by their counts, are anonymous). Counts for an anonymous poll
    the bot does not know may be for one recorded but never confirmed."""
    if state.anonymous is False:
        return Applied.PER_PERSON
    applied = await _apply_counts(services, state, update_id)
    if applied is Applied.UNKNOWN and await pending.adopt_group(
        services, state.telegram_id, state.question, list(state.options)
    ):
        applied = await _apply_counts(services, state, update_id)
    _note(state.telegram_id, applied)
    return applied


async def _apply_counts(services: Services, state: PollState, update_id: int) -> Applied:
    async with services.sessions.begin() as session:
        return await polls.apply_counts(
            session,
            state.telegram_id,
            list(state.counts),
            state.voter_count,
            update_id=update_id,
        )


async def apply_answer(
    services: Services,
    answer: PollAnswer,
    update_id: int,
    *,
    reserve: bool = False,
    origin: int | None = None,
) -> AnswerOutcome:
    """Store the answer; in a private survey, also say what to ask next (once per question).
    The same person's first answer stored at the same moment by another worker wins: this one is
    then stale, and nothing of it is kept. An answer to a poll the bot does not know may be to one
    recorded but never confirmed. With `reserve`, the next question is recorded to be sent
    (bot.polls.pending, with `origin`) in the answer's transaction, which other votes of the
    same moment may share (services.writes)."""
    outcome = await _record_vote(services, answer, update_id, reserve, origin)
    if outcome.applied is Applied.UNKNOWN and await pending.adopt_private(
        services, answer.telegram_id, answer.voter_id
    ):
        outcome = await _record_vote(services, answer, update_id, reserve, origin)
    _note(answer.telegram_id, outcome.applied)
    return outcome


async def _record_vote(
    services: Services, answer: PollAnswer, update_id: int, reserve: bool, origin: int | None
) -> AnswerOutcome:
    """In a transaction shared with other votes (services.writes): committed when it returns."""
    pseudonym = services.pseudonyms.of(answer.voter_id)

    async def record(session: AsyncSession) -> AnswerOutcome:
        recorded = await polls.record_vote(
            session,
            answer.telegram_id,
            pseudonym,
            list(answer.option_ids),
            update_id=update_id,
            followed_here=lambda poll: reserve and _next_question(poll) is not None,
        )
        outcome = _follow_up(recorded)
        if reserve and outcome.next_poll is None and origin is not None:
            outcome = await _unsent_follow_up(
                session, services, recorded, pseudonym, origin, outcome
            )
        if outcome.finished_in is not None:
            asked = await respondents.has_respondent(session, pseudonym)
            outcome = dataclasses.replace(outcome, region_asked=asked)
        if reserve and outcome.next_poll is not None and outcome.answered_poll is not None:
            reserved = await pending.reserve_next(
                session, services, outcome.next_poll, recipient=answer.voter_id, origin=origin
            )
            outcome = dataclasses.replace(outcome, reserved=reserved)
        return outcome

    try:
        return await services.writes.run(record)
    except IntegrityError:
        return AnswerOutcome(Applied.STALE)


def _follow_up(recorded: VoteOutcome) -> AnswerOutcome:
    """What a private survey answer brings next: the next question, or thanks after the last."""
    poll = recorded.poll
    if not recorded.next_claimed or poll is None:
        return AnswerOutcome(recorded.applied)
    if poll.survey != standard_survey().id or poll.question_key is None:
        return AnswerOutcome(recorded.applied)
    following = _next_question(poll)
    if following is None:
        return AnswerOutcome(recorded.applied, finished_in=poll.language, answered_poll=poll.id)
    return AnswerOutcome(
        recorded.applied,
        next_poll=survey_poll(following, poll.language, private=True),
        answered_poll=poll.id,
    )


async def _unsent_follow_up(
    session: AsyncSession,
    services: Services,
    recorded: VoteOutcome,
    pseudonym: str,
    origin: int,
    outcome: AnswerOutcome,
) -> AnswerOutcome:
    """A replay of an answer whose next question was recorded but never confirmed as sent asks
    it again, under a new record, unless this process made the sendPoll and lost only its
    answer (services.sends_in_doubt): after a crash in between nobody knows whether it left, and
    the person must not be left without it. The old record stays for a vote on a copy Telegram
    may have, so at worst the question arrives twice, never not at all."""
    poll = recorded.poll
    following = _next_question(poll) if poll is not None else None
    if poll is None or poll.chat_id is not None or following is None:
        return outcome
    unsent = await pending_polls.unsent_by(session, origin, pseudonym)
    if unsent is None or any(poll_id in services.sends_in_doubt for poll_id in unsent):
        return outcome
    return AnswerOutcome(
        recorded.applied,
        next_poll=survey_poll(following, poll.language, private=True),
        answered_poll=poll.id,
    )


def _next_question(poll: VotedPoll) -> SurveyQuestion | None:
    """The standard survey's question after the poll's (None after the last, or not in it)."""
    survey = standard_survey()
    if poll.survey != survey.id or poll.question_key is None:
        return None
    return survey.after(poll.question_key)


def _note(telegram_id: str, applied: Applied) -> None:
    if applied not in (Applied.APPLIED, Applied.PER_PERSON):
        log_once(telegram_id, applied)
