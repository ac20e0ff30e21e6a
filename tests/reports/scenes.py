"""Stored polls and answers for the statistics tests, written through the poll services."""

from __future__ import annotations

import dataclasses
from datetime import datetime
from itertools import count

from sqlmodel import col, update

from bot.polls import lifecycle
from bot.polls.lifecycle import PollToSend
from bot.polls.survey import standard_survey
from bot.polls.votes import PollAnswer, PollState, apply_answer, apply_poll_state
from bot.services import Services
from db.models import Poll, RegionPopulation
from db.queries import chats, polls, rollups
from db.queries.population import replace_population

IDS = count(1)
TRUST, PARTLY, NOT, HARD_TO_SAY = range(4)


async def group_poll(
    services: Services,
    chat_id: int,
    counts: tuple[int, ...],
    *,
    title: str = "Дом 7",
    region: str | None = None,
    sent_at: datetime | None = None,
) -> int:
    """An anonymous survey poll in a group with Telegram's counts; returns the poll's id."""
    async with services.sessions.begin() as session:
        await chats.record_membership(session, chat_id, "supergroup", title, active=True)
        if region:
            await chats.set_chat_region(session, chat_id, region)
    to_send = lifecycle.survey_poll(standard_survey().core, "en", private=False)
    telegram_id = await _record(services, to_send, chat_id, sent_at)
    state = PollState(telegram_id, counts, sum(counts))
    await apply_poll_state(services, state, next(IDS))
    return await _poll_id(services, telegram_id)


async def named_group_poll(
    services: Services, chat_id: int, choices: list[int], *, sent_at: datetime | None = None
) -> int:
    """A non-anonymous survey poll in a group: one per-person answer per choice."""
    core = standard_survey().core
    to_send = dataclasses.replace(lifecycle.survey_poll(core, "en", private=False), anonymous=False)
    telegram_id = await _record(services, to_send, chat_id, sent_at)
    for voter, option in enumerate(choices, start=1000):
        await apply_answer(services, PollAnswer(telegram_id, voter, (option,)), next(IDS))
    return await _poll_id(services, telegram_id)


async def private_answer(
    services: Services, voter_id: int, option: int | None, *, sent_at: datetime | None = None
) -> int:
    """The first private survey question answered by one person; None: answered, then taken
    back."""
    telegram_id = await _record(services, lifecycle.first_private_poll("en"), None, sent_at)
    await apply_answer(services, PollAnswer(telegram_id, voter_id, (option or 0,)), next(IDS))
    if option is None:
        await apply_answer(services, PollAnswer(telegram_id, voter_id, ()), next(IDS))
    return await _poll_id(services, telegram_id)


async def _record(
    services: Services, to_send: PollToSend, chat_id: int | None, sent_at: datetime | None
) -> str:
    telegram_id = f"poll-{next(IDS)}"
    poll = await lifecycle.record_sent(
        services, to_send, telegram_id, chat_id=chat_id, message_id=chat_id and 1
    )
    if sent_at is not None:
        async with services.sessions() as session:
            await session.exec(update(Poll).where(col(Poll.id) == poll.id).values(sent_at=sent_at))
            # Moving a poll in time is not something the bot does: the rollups are rebuilt.
            await rollups.rebuild(session, await rollups.stored_zone(session))
            await session.commit()
    return telegram_id


async def _poll_id(services: Services, telegram_id: str) -> int:
    async with services.sessions() as session:
        poll = await polls.get_poll(session, telegram_id)
    assert poll is not None and poll.id is not None
    return poll.id


async def population(services: Services, people: dict[str, int]) -> None:
    """A made-up release for the given regions (not checked like an import), with its total."""
    rows = [
        RegionPopulation.model_validate(
            {
                "region": region,
                "population": count,
                "reference_date": "2025-01-01",
                "source": "test",
                "publication": "test",
                "published_on": "2025-02-01",
                "url": "https://example.org",
            }
        )
        for region, count in [*people.items(), ("total", sum(people.values()))]
    ]
    async with services.sessions.begin() as session:
        await replace_population(session, rows)
