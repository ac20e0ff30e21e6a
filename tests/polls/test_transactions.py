"""One user action is one transaction: stored whole, or not at all."""

from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import Awaitable, Callable
from itertools import count

import pytest
from sqlmodel import col, select

from bot.polls import lifecycle, pending
from bot.polls.custom import Action, PollRequest
from bot.polls.forget import forget_person
from bot.polls.respondents import ask_for_results, save_region
from bot.polls.survey import standard_survey
from bot.polls.votes import PollAnswer, apply_answer
from bot.services import Services
from bot.services.preferences import save_language
from db.models import Poll, PollVote
from db.queries import polls, preferences, respondents
from db.queries.polls import Applied

GROUP = -100123
OVERLAP = 0.5
"""Seconds the second worker is given to reach the first answer's uncommitted row."""
PERSON = 1
UPDATES = count(5000)


class DatabaseWentAway(Exception):
    pass


async def answered_private_survey(services: Services, user_id: int) -> None:
    """Two answered private survey questions, a language, a region and a results request."""
    for telegram_id, key in [(f"trust{user_id}", "trust"), (f"bribe{user_id}", "bribe")]:
        question = standard_survey().question(key)
        assert question is not None
        to_send = lifecycle.survey_poll(question, "kk", private=True)
        await lifecycle.record_sent(
            services, to_send, telegram_id, chat_id=None, message_id=None, recipient=user_id
        )
        await apply_answer(services, PollAnswer(telegram_id, user_id, (1,)), next(UPDATES))
    await save_language(services, "en", user_id=user_id)
    assert await save_region(services, user_id, "almaty")
    assert await ask_for_results(services, user_id, "en")


async def stored_about(services: Services, user_id: int) -> tuple[int, int, str | None, bool]:
    """Answers, private polls sent, language and respondent row kept for one person."""
    pseudonym = services.pseudonyms.of(user_id)
    async with services.sessions() as session:
        answers = (
            await session.exec(select(PollVote).where(PollVote.pseudonym == pseudonym))
        ).all()
        sent = (await session.exec(select(Poll).where(col(Poll.recipient) == pseudonym))).all()
        language = await preferences.get_language(session, pseudonym)
        respondent = await respondents.get_respondent(session, pseudonym)
    return len(answers), len(sent), language, respondent is not None


def failing_after(step: Callable[..., Awaitable[object]]) -> Callable[..., Awaitable[object]]:
    """The step does its work, then the connection fails before the next one."""

    async def fail(*args: object, **kwargs: object) -> object:
        await step(*args, **kwargs)
        raise DatabaseWentAway

    return fail


@pytest.mark.parametrize(
    ("module", "step"),
    [(polls, "delete_votes"), (preferences, "delete_preferences")],
)
async def test_forgetme_deletes_all_or_nothing(
    services: Services, monkeypatch: pytest.MonkeyPatch, module: object, step: str
) -> None:
    await answered_private_survey(services, PERSON)
    await answered_private_survey(services, PERSON + 1)
    before = await stored_about(services, PERSON)
    assert before == (2, 2, "en", True)
    with monkeypatch.context() as patched:
        patched.setattr(module, step, failing_after(getattr(module, step)))
        with pytest.raises(DatabaseWentAway):
            await forget_person(services, PERSON)
    assert await stored_about(services, PERSON) == before
    assert await forget_person(services, PERSON) == 2
    assert await stored_about(services, PERSON) == (0, 0, None, False)
    assert await stored_about(services, PERSON + 1) == before


async def test_a_first_answer_written_meanwhile_wins_and_this_one_is_stale(
    services: Services,
) -> None:
    """Two workers store the same person's first answer at once: the one committed first is
    kept, the other is stale and keeps nothing, and nothing is raised. On SQLite a write
    transaction takes the lock when it begins, so two cannot overlap there at all."""
    if services.engine.dialect.name != "postgresql":
        pytest.skip("SQLite runs write transactions one after another")
    named = dataclasses.replace(
        lifecycle.group_poll(PollRequest(Action.SURVEY), "ru"), anonymous=False
    )
    await lifecycle.record_sent(services, named, "named", chat_id=GROUP, message_id=7)
    pseudonym = services.pseudonyms.of(PERSON)
    async with services.sessions.begin() as first:
        await polls.record_vote(first, "named", pseudonym, [3], update_id=1)
        later = asyncio.create_task(apply_answer(services, PollAnswer("named", PERSON, (0,)), 2))
        await asyncio.sleep(OVERLAP)  # it has read no answer, and waits on the unique key
        assert not later.done()
    outcome = await later
    assert outcome.applied is Applied.STALE
    async with services.sessions() as session:
        (vote,) = (await session.exec(select(PollVote))).all()
    assert (vote.option_ids, vote.update_id) == ([3], 1)


async def test_an_answer_and_the_next_question_it_brings_are_stored_together(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = lifecycle.first_private_poll("kk")
    await lifecycle.record_sent(
        services, first, "first", chat_id=None, message_id=None, recipient=PERSON
    )
    answer, update = PollAnswer("first", PERSON, (0,)), next(UPDATES)
    with monkeypatch.context() as patched:
        patched.setattr(polls, "add_poll", failing_after(polls.add_poll))
        with pytest.raises(DatabaseWentAway):
            await apply_answer(services, answer, update, reserve=True, origin=update)
    assert await stored_about(services, PERSON) == (0, 1, None, False)
    outcome = await apply_answer(services, answer, update, reserve=True, origin=update)
    assert outcome.reserved is not None and outcome.reserved.origin == update
    assert await stored_about(services, PERSON) == (1, 2, None, False)
    sent = await apply_answer(services, answer, update, reserve=True, origin=update)
    assert sent.reserved is not None
    await pending.confirm(services, sent.reserved, "second", 0)
    again = await apply_answer(services, answer, update, reserve=True, origin=update)
    assert (again.applied, again.reserved) == (Applied.STALE, None)


async def test_a_next_question_never_confirmed_is_asked_again_on_replay(
    services: Services,
) -> None:
    """The process stopped after the answer and its next question were stored, before Telegram's
    answer to sendPoll was: the replay asks it again, under a new record (the old one waits for
    a vote on a copy Telegram may have), and once one is confirmed, a replay asks nothing."""
    first = lifecycle.first_private_poll("ru")
    await lifecycle.record_sent(
        services, first, "opening", chat_id=None, message_id=None, recipient=PERSON
    )
    answer, update = PollAnswer("opening", PERSON, (0,)), next(UPDATES)
    stored = await apply_answer(services, answer, update, reserve=True, origin=update)
    replayed = await apply_answer(services, answer, update, reserve=True, origin=update)
    assert stored.reserved is not None and replayed.reserved is not None
    assert replayed.next_poll is not None and stored.next_poll is not None
    assert replayed.next_poll.question == stored.next_poll.question
    assert replayed.reserved.id != stored.reserved.id and replayed.reserved.origin == update
    await pending.confirm(services, replayed.reserved, "asked-again", 0)
    after_sending = await apply_answer(services, answer, update, reserve=True, origin=update)
    assert (after_sending.next_poll, after_sending.reserved) == (None, None)
    newer = await apply_answer(services, PollAnswer("opening", PERSON, (1,)), next(UPDATES),
                               reserve=True, origin=next(UPDATES))  # fmt: skip
    assert newer.reserved is None  # a changed answer asks nothing again


async def test_a_next_question_whose_sending_is_in_doubt_is_not_asked_again(
    services: Services,
) -> None:
    """This process made the sendPoll and only its answer was lost: Telegram may have the
    question, and a vote on it adopts the record, so the replay sends nothing again."""
    first = lifecycle.first_private_poll("en")
    await lifecycle.record_sent(
        services, first, "doubted", chat_id=None, message_id=None, recipient=PERSON
    )
    answer, update = PollAnswer("doubted", PERSON, (0,)), next(UPDATES)
    stored = await apply_answer(services, answer, update, reserve=True, origin=update)
    assert stored.reserved is not None
    pending.in_doubt(services, stored.reserved)
    replayed = await apply_answer(services, answer, update, reserve=True, origin=update)
    assert (replayed.next_poll, replayed.reserved) == (None, None)
