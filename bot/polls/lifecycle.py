"""A poll's life: what to send, recording it once Telegram gives its id, and closing it.

Handlers send; this module decides what and remembers it. Private survey polls are stored without
a chat id: the person answering is the chat the next question goes to. They are sent with an
`open_period`, so Telegram closes them itself and the bot only marks them closed when it runs out.

A chat has at most one open standard (survey) poll: posting a new one closes the ones before it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import partial

from bot.polls.custom import PollRequest
from bot.polls.survey import SurveyQuestion, standard_survey
from bot.services import Services
from db.models import Poll, PollRecord, utcnow
from db.queries import polls

PRIVATE_OPEN = timedelta(days=7)
"""How long a private survey question can be answered; Telegram allows up to 30 days."""


@dataclass(frozen=True)
class PollToSend:
    """The sendPoll content, and what is stored with the poll's id once it is sent."""

    question: str
    options: tuple[str, ...]
    anonymous: bool
    language: str
    survey: str | None = None
    question_key: str | None = None
    closes_at: datetime | None = None
    open_period: timedelta | None = None
    """Set for polls Telegram closes by itself (private ones); the bot then sends no stopPoll."""
    results_hidden: bool = False
    """hide_results_until_closes: neighbours answer before they see each other's answers."""
    shuffle: bool = False
    """shuffle_options: only for unordered lists, never for a scale."""

    @property
    def standard(self) -> bool:
        return self.survey is not None


def survey_poll(
    question: SurveyQuestion,
    language: str,
    *,
    private: bool,
    closes_at: datetime | None = None,
    live: bool = False,
) -> PollToSend:
    """Private survey polls are non-anonymous (votes arrive per person) and close after
    PRIVATE_OPEN; group ones are anonymous, close when the admin or schedule says, and hide
    their results until then unless the admin asked for a `live` poll."""
    if private:
        closes_at = closing_time(PRIVATE_OPEN)
    return PollToSend(
        question=question.text(language),
        options=tuple(question.option_texts(language)),
        anonymous=not private,
        language=language,
        survey=standard_survey().id,
        question_key=question.key,
        closes_at=closes_at,
        open_period=PRIVATE_OPEN if private else None,
        results_hidden=not private and not live,
        shuffle=question.unordered,
    )


def first_private_poll(language: str) -> PollToSend:
    return survey_poll(standard_survey().questions[0], language, private=True)


def group_poll(request: PollRequest, language: str, now: datetime | None = None) -> PollToSend:
    """The survey's core question, or the admin's own poll; both anonymous in groups."""
    closes_at = closing_time(request.open_for, now)
    if not request.options:
        return survey_poll(
            standard_survey().core,
            language,
            private=False,
            closes_at=closes_at,
            live=request.live,
        )
    return PollToSend(
        question=request.question,
        options=request.options,
        anonymous=True,
        language=language,
        closes_at=closes_at,
    )


def closing_time(open_for: timedelta | None, now: datetime | None = None) -> datetime | None:
    return None if open_for is None else (now or utcnow()) + open_for


async def record_sent(
    services: Services,
    sent: PollToSend,
    telegram_id: str,
    *,
    chat_id: int | None,
    message_id: int | None,
    follows: int | None = None,
    recipient: int | None = None,
    origin: int | None = None,
) -> PollRecord:
    """Store the poll under Telegram's id; a private poll gets no chat or message id.
    `follows`: the survey question answered just before, marked followed in the same write;
    `recipient`: the person a private poll went to, kept as a pseudonym."""
    poll = poll_record(
        services,
        sent,
        telegram_id,
        chat_id=chat_id,
        message_id=message_id,
        recipient=recipient,
        origin=origin,
    )
    async with services.sessions.begin() as session:
        return await polls.add_poll(session, poll, follows=follows)


def poll_record(
    services: Services,
    sent: PollToSend,
    telegram_id: str,
    *,
    chat_id: int | None,
    message_id: int | None,
    recipient: int | None,
    origin: int | None,
) -> PollRecord:
    """The row a sent poll is stored as (see record_sent)."""
    return PollRecord(
        telegram_id=telegram_id,
        chat_id=chat_id,
        message_id=message_id if chat_id is not None else None,
        survey=sent.survey,
        question_key=sent.question_key,
        question=sent.question,
        options=list(sent.options),
        language=sent.language,
        anonymous=sent.anonymous,
        counts=[0] * len(sent.options),
        closes_at=sent.closes_at,
        recipient=services.pseudonyms.of(recipient) if recipient is not None else None,
        results_hidden=sent.results_hidden,
        origin=origin,
    )


async def mark_followed(services: Services, poll_id: int) -> None:
    await services.writes.run(partial(polls.mark_followed, poll_id=poll_id))


async def find_poll(services: Services, poll_id: int) -> Poll | None:
    async with services.reads() as session:
        return await polls.get_poll_by_id(session, poll_id)


async def open_standard_polls(
    services: Services, chat_id: int, keep: int | None = None
) -> Sequence[Poll]:
    """The chat's open survey polls, oldest first, except `keep` (the one just posted)."""
    async with services.reads() as session:
        found = await polls.open_survey_polls(session, chat_id)
    return [poll for poll in found if poll.id != keep]


async def open_polls_in(services: Services, chat_id: int) -> Sequence[Poll]:
    """Every open poll of the chat, newest first."""
    async with services.reads() as session:
        return await polls.open_polls(session, chat_id)


async def polls_to_close(services: Services, before: datetime) -> Sequence[Poll]:
    """Open polls due to close before `before`."""
    async with services.reads() as session:
        return await polls.polls_to_close(session, before)


async def close(
    services: Services,
    poll_id: int,
    counts: Sequence[int] | None = None,
    voter_count: int | None = None,
) -> bool:
    """Keep the final counts Telegram reported on stopPoll (or the stored ones when it could not
    report them); True only the first time, so results are announced once."""
    async with services.sessions.begin() as session:
        final = list(counts) if counts is not None else None
        return await polls.close_poll(session, poll_id, final, voter_count)
