"""Votes as Telegram delivers them: counts and per-person answers, idempotent and in order."""

from __future__ import annotations

import logging
from itertools import count
from uuid import uuid4

import pytest
from sqlmodel import select

from bot.polls import lifecycle, pending
from bot.polls.custom import Action, PollRequest
from bot.polls.forget import forget_person
from bot.polls.lifecycle import PollToSend
from bot.polls.survey import standard_survey
from bot.polls.votes import PollAnswer, PollState, apply_answer, apply_poll_state
from bot.reports import tallies
from bot.services import Services
from bot.services.preferences import save_language
from db.models import Poll, PollVote, utcnow
from db.queries import chats, polls
from db.queries.polls import Applied

GROUP = -100123
SUPERGROUP = -1001234567


@pytest.fixture
def update_ids() -> count[int]:
    return count(1000)


async def send_group_poll(services: Services, telegram_id: str = "g1", chat: int = GROUP) -> Poll:
    to_send = lifecycle.group_poll(PollRequest(Action.SURVEY), "ru")
    return await lifecycle.record_sent(services, to_send, telegram_id, chat_id=chat, message_id=7)


async def send_private_poll(services: Services, telegram_id: str, key: str = "trust") -> Poll:
    question = standard_survey().question(key)
    assert question is not None
    to_send = lifecycle.survey_poll(question, "kk", private=True)
    return await lifecycle.record_sent(services, to_send, telegram_id, chat_id=None, message_id=3)


def state(counts: tuple[int, ...], telegram_id: str = "g1") -> PollState:
    return PollState(telegram_id, counts, voter_count=sum(counts))


async def stored(services: Services, telegram_id: str) -> Poll:
    async with services.sessions() as session:
        poll = (await session.exec(select(Poll).where(Poll.telegram_id == telegram_id))).one()
    return poll


async def votes(services: Services) -> list[PollVote]:
    async with services.sessions() as session:
        return list((await session.exec(select(PollVote))).all())


async def test_a_private_poll_stores_no_chat(services: Services) -> None:
    poll = await send_private_poll(services, "p1")
    assert (poll.chat_id, poll.message_id, poll.anonymous) == (None, None, False)
    assert poll.language == "kk" and poll.question == standard_survey().core.text("kk")


async def test_counts_are_stored_once_and_late_updates_change_nothing(
    services: Services, update_ids: count[int]
) -> None:
    await send_group_poll(services)
    first, second = next(update_ids), next(update_ids)
    assert await apply_poll_state(services, state((1, 0, 0, 0)), first) is Applied.APPLIED
    assert await apply_poll_state(services, state((2, 1, 0, 0)), second) is Applied.APPLIED
    assert await apply_poll_state(services, state((2, 1, 0, 0)), second) is Applied.STALE
    assert await apply_poll_state(services, state((1, 0, 0, 0)), first) is Applied.STALE
    poll = await stored(services, "g1")
    assert (poll.counts, poll.voter_count, poll.last_update_id) == ([2, 1, 0, 0], 3, second)


async def test_unknown_polls_change_nothing_and_are_logged_once(
    services: Services, update_ids: count[int], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="bot.polls.votes")
    stranger = f"stranger-{uuid4()}"
    for _ in range(3):
        applied = await apply_poll_state(services, state((1, 1), stranger), next(update_ids))
        assert applied is Applied.UNKNOWN
        answer = PollAnswer(stranger, 5, (0,))
        assert (await apply_answer(services, answer, next(update_ids))).applied is Applied.UNKNOWN
    lines = [r.getMessage() for r in caplog.records if stranger in r.getMessage()]
    assert len(lines) == 1
    assert await votes(services) == []


async def test_answers_are_kept_under_a_pseudonym_one_per_person(
    services: Services, update_ids: count[int]
) -> None:
    await send_private_poll(services, "p1")
    user_id = 987654321
    await apply_answer(services, PollAnswer("p1", user_id, (1,)), next(update_ids))
    await apply_answer(services, PollAnswer("p1", user_id, (0,)), next(update_ids))
    (row,) = await votes(services)
    assert row.pseudonym == services.pseudonyms.of(user_id)
    assert str(user_id) not in row.pseudonym
    assert row.option_ids == [0]


async def test_a_retracted_answer_stays_retracted_when_an_older_one_arrives_late(
    services: Services, update_ids: count[int]
) -> None:
    await send_private_poll(services, "p1")
    answered, retracted = next(update_ids), next(update_ids)
    await apply_answer(services, PollAnswer("p1", 1, (2,)), answered)
    await apply_answer(services, PollAnswer("p1", 1, ()), retracted)
    late = await apply_answer(services, PollAnswer("p1", 1, (2,)), answered)
    assert late.applied is Applied.STALE
    (row,) = await votes(services)
    assert row.option_ids == []
    assert await tallies.own_answers(services, 1, "en") == []


async def test_the_private_survey_goes_on_once_per_question(
    services: Services, update_ids: count[int]
) -> None:
    survey = standard_survey()
    await send_private_poll(services, "p1")
    first = await apply_answer(services, PollAnswer("p1", 1, (0,)), next(update_ids))
    assert first.next_poll is not None
    assert first.next_poll.question_key == survey.questions[1].key
    assert first.next_poll.language == "kk" and not first.next_poll.anonymous
    changed = await apply_answer(services, PollAnswer("p1", 1, (1,)), next(update_ids))
    retracted = await apply_answer(services, PollAnswer("p1", 1, ()), next(update_ids))
    again = await apply_answer(services, PollAnswer("p1", 1, (2,)), next(update_ids))
    assert all(o.next_poll is None and o.finished_in is None for o in (changed, retracted, again))
    await send_private_poll(services, "p4", survey.questions[-1].key)
    last = await apply_answer(services, PollAnswer("p4", 1, (0,)), next(update_ids))
    assert last.next_poll is None and last.finished_in == "kk"


async def test_a_closed_poll_keeps_its_final_counts(
    services: Services, update_ids: count[int]
) -> None:
    poll = await send_group_poll(services)
    assert poll.id is not None
    await apply_poll_state(services, state((3, 1, 0, 0)), next(update_ids))
    assert await lifecycle.close(services, poll.id, [4, 1, 0, 0], 5)
    assert not await lifecycle.close(services, poll.id, [0, 0, 0, 0], 0)
    late = await apply_poll_state(services, state((9, 9, 9, 9)), next(update_ids))
    assert late is Applied.CLOSED
    closed = await stored(services, "g1")
    assert (closed.closed, closed.counts, closed.voter_count) == (True, [4, 1, 0, 0], 5)
    assert not await lifecycle.open_polls_in(services, GROUP)


async def test_telegrams_closed_update_before_the_bots_own_close_still_announces_once(
    services: Services, update_ids: count[int]
) -> None:
    """stopPoll makes Telegram send a closed `poll` update that can be stored first."""
    poll = await send_group_poll(services)
    assert poll.id is not None
    await apply_poll_state(services, state((2, 1, 0, 0)), next(update_ids))
    assert await lifecycle.close(services, poll.id, [2, 1, 0, 0], 3)
    assert not await lifecycle.close(services, poll.id, [2, 1, 0, 0], 3)


async def test_an_answer_to_a_closed_poll_changes_nothing(
    services: Services, update_ids: count[int]
) -> None:
    poll = await send_private_poll(services, "p1")
    assert poll.id is not None
    await lifecycle.close(services, poll.id)
    outcome = await apply_answer(services, PollAnswer("p1", 1, (0,)), next(update_ids))
    assert outcome.applied is Applied.CLOSED and outcome.next_poll is None
    assert await votes(services) == []


async def test_a_non_anonymous_group_poll_counts_each_person_once(
    services: Services, update_ids: count[int]
) -> None:
    to_send = PollToSend("Meet on Saturday?", ("Yes", "No"), anonymous=False, language="en")
    await lifecycle.record_sent(services, to_send, "open1", chat_id=GROUP, message_id=9)
    for voter, option in [(1, 0), (2, 0), (3, 1)]:
        await apply_answer(services, PollAnswer("open1", voter, (option,)), next(update_ids))
    await apply_poll_state(services, state((2, 1), "open1"), next(update_ids))
    (result,) = await tallies.chat_results(services, GROUP, "en")
    assert result.voters == 3
    assert [option.count for option in result.options] == [2, 1]


async def test_polls_follow_a_group_that_became_a_supergroup(
    services: Services, update_ids: count[int]
) -> None:
    async with services.sessions.begin() as session:
        await chats.record_membership(session, GROUP, "group", "Дом 5", active=True)
    await send_group_poll(services)
    await apply_poll_state(services, state((5, 2, 2, 1)), next(update_ids))
    async with services.sessions.begin() as session:
        await chats.migrate_chat(session, GROUP, SUPERGROUP, "Дом 5")
    await apply_poll_state(services, state((6, 2, 2, 1)), next(update_ids))
    assert await tallies.chat_results(services, GROUP, "ru") == []
    (result,) = await tallies.chat_results(services, SUPERGROUP, "ru")
    assert result.voters == 11
    (open_poll,) = await lifecycle.open_polls_in(services, SUPERGROUP)
    assert open_poll.chat_id == SUPERGROUP


async def test_forgetting_deletes_answers_and_preferences_but_not_anonymous_counts(
    services: Services, update_ids: count[int]
) -> None:
    await send_group_poll(services)
    await apply_poll_state(services, state((1, 1, 0, 0)), next(update_ids))
    await send_private_poll(services, "p1")
    await send_private_poll(services, "p2", "bribe")
    await send_private_poll(services, "p3", "report")
    await apply_answer(services, PollAnswer("p1", 1, (0,)), next(update_ids))
    await apply_answer(services, PollAnswer("p2", 1, (1,)), next(update_ids))
    await apply_answer(services, PollAnswer("p3", 1, (0,)), next(update_ids))
    await apply_answer(services, PollAnswer("p3", 1, ()), next(update_ids))
    await apply_answer(services, PollAnswer("p1", 2, (2,)), next(update_ids))
    await save_language(services, "en", user_id=1)
    assert await forget_person(services, 1) == 2
    assert [row.pseudonym for row in await votes(services)] == [services.pseudonyms.of(2)]
    assert await tallies.own_answers(services, 1, "en") == []
    assert (await stored(services, "g1")).counts == [1, 1, 0, 0]
    assert await forget_person(services, 1) == 0


async def test_polls_due_to_close_are_listed_for_rescheduling(services: Services) -> None:
    hour = lifecycle.timedelta(hours=1)
    to_send = lifecycle.group_poll(PollRequest(Action.SURVEY, open_for=hour), "en")
    due = await lifecycle.record_sent(services, to_send, "timed", chat_id=GROUP, message_id=1)
    await send_group_poll(services, "untimed")
    assert await lifecycle.polls_to_close(services, before=utcnow()) == []
    (listed,) = await lifecycle.polls_to_close(services, before=utcnow() + 2 * hour)
    assert listed.id == due.id and listed.closes_at is not None
    assert listed.closes_at.tzinfo is not None


async def test_a_private_poll_keeps_no_counts_only_the_forgettable_answer(
    services: Services, update_ids: count[int]
) -> None:
    poll = await send_private_poll(services, "p1")
    assert poll.id is not None
    await apply_answer(services, PollAnswer("p1", 1, (2,)), next(update_ids))
    applied = await apply_poll_state(services, state((0, 0, 1, 0), "p1"), next(update_ids))
    assert applied is Applied.PER_PERSON
    await lifecycle.close(services, poll.id, [0, 0, 1, 0], 1)
    kept = await stored(services, "p1")
    assert (kept.counts, kept.voter_count, kept.closed) == ([0, 0, 0, 0], 0, True)
    await forget_person(services, 1)
    async with services.sessions() as session:
        assert await polls.get_poll(session, "p1") is None


async def test_counts_of_a_non_anonymous_poll_need_no_database_known_or_not(
    services: Services, update_ids: count[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    await send_private_poll(services, "p1")
    await apply_answer(services, PollAnswer("p1", 1, (2,)), next(update_ids))
    named = PollState("p1", (0, 0, 1, 0), 1, anonymous=False)
    unknown = PollState("unknown", (0, 1), 1, anonymous=False)

    def no_database() -> None:
        raise AssertionError("the database was asked")

    monkeypatch.setattr(services, "sessions", no_database)
    assert await apply_poll_state(services, named, next(update_ids)) is Applied.PER_PERSON
    assert await apply_poll_state(services, unknown, next(update_ids)) is Applied.PER_PERSON


async def test_a_non_anonymous_polls_counts_adopt_no_unconfirmed_group_poll(
    services: Services, update_ids: count[int]
) -> None:
    """A private survey question and a group's, in one language, read the same: the counts of
    the private one must not give its id to the group's poll whose sending is unconfirmed."""
    to_send = lifecycle.group_poll(PollRequest(Action.SURVEY), "ru")
    reserved, _ = await pending.reserve(
        services, to_send, chat_id=GROUP, follows=None, recipient=None, origin=None
    )
    private = PollState(
        "private-1", (1, 0, 0), 1, to_send.question, tuple(to_send.options), anonymous=False
    )
    assert await apply_poll_state(services, private, next(update_ids)) is Applied.PER_PERSON
    async with services.sessions() as session:
        kept = await session.get(Poll, reserved.id)
    assert kept is not None and kept.telegram_id != "private-1"
