"""The rollups /stats reads agree with a plain computation over every stored answer.

Random polls, counts, votes, changed and taken-back answers, /forgetme and groups becoming
supergroups go through the same write functions the bot uses; after every batch the rollups
are compared with the answers counted in Python the way /stats counted them before rollups
(each group's latest poll and each person's latest answer per local month, each group's latest
poll and each person's latest private answer overall). Months straddle local midnight, some
while Asia/Almaty was still UTC+6 (before March 2024), and small months are compared with their
shown flag.
"""

from __future__ import annotations

import random
from collections import Counter
from datetime import UTC, date, datetime, timedelta
from itertools import count
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import insert
from sqlmodel import col, select

from bot.polls.survey import standard_survey
from bot.reports.national import core_question
from bot.reports.tallies import comparable_share
from bot.services import Services
from bot.stats.results import ShareDefinition, Tally, tally_answers
from bot.stats.trend import Sample, month_shares, monthly_shares
from db.engine import create_engine, session_factory
from db.migrate import upgrade
from db.models import Poll, PollVote, StatsChat, StatsLatest, StatsMonth, StatsSource
from db.queries import chats, polls, respondents, rollups
from db.queries.estimate import answer_cells
from db.queries.stats import activity

pytestmark = pytest.mark.asyncio

ZONE = ZoneInfo("Asia/Almaty")
CORE = standard_survey().core
SURVEY = standard_survey().id
OPTIONS = len(CORE.options)
MOMENTS = [
    datetime(2024, 1, 31, 18, 30, tzinfo=UTC),  # 1 February at 00:30 in Almaty, then UTC+6
    datetime(2024, 1, 31, 17, 30, tzinfo=UTC),  # still January there
    datetime(2025, 5, 31, 19, 30, tzinfo=UTC),  # 1 June at 00:30, UTC+5
    datetime(2025, 5, 31, 18, 30, tzinfo=UTC),  # still May
    datetime(2025, 6, 15, 9, tzinfo=UTC),
    datetime(2025, 7, 1, 3, tzinfo=UTC),
]


class World:
    """Random writes through db.queries, as the bot makes them."""

    def __init__(self, services: Services, rng: random.Random) -> None:
        self.services = services
        self.rng = rng
        self.ids = count(1)
        self.chats = [-1, -2, -3, -4]
        self.people = [f"person-{n}" for n in range(8)]

    def moment(self) -> datetime:
        base = self.rng.choice(MOMENTS)
        return base + timedelta(seconds=self.rng.randrange(0, 600))

    async def step(self) -> None:
        action = self.rng.choices(
            [
                self.group_poll,
                self.counts,
                self.named_vote,
                self.private_vote,
                self.forget,
                self.move,
                self.region,
            ],
            [3, 4, 4, 6, 1, 1, 2],
        )[0]
        await action()

    async def group_poll(self) -> None:
        chat = self.rng.choice(self.chats)
        async with self.services.sessions.begin() as session:
            await chats.record_membership(session, chat, "supergroup", f"Дом {chat}", active=True)
            if self.rng.random() < 0.7:
                await chats.set_chat_region(session, chat, self.rng.choice(["astana", "abai"]))
            await polls.add_poll(session, self.poll(chat, anonymous=self.rng.random() < 0.6))

    async def counts(self) -> None:
        poll = await self.pick(anonymous=True)
        if poll is None:
            return
        counts = [self.rng.randrange(0, 6) for _ in range(OPTIONS)]
        async with self.services.sessions.begin() as session:
            await polls.apply_counts(
                session, poll.telegram_id, counts, sum(counts), update_id=next(self.ids)
            )
            if self.rng.random() < 0.1:
                await polls.close_poll(session, poll.id or 0, None, None)

    async def named_vote(self) -> None:
        poll = await self.pick(anonymous=False)
        if poll is not None:
            await self.vote(poll, self.rng.choice([*self.people, "neighbour-1", "neighbour-2"]))

    async def private_vote(self) -> None:
        person = self.rng.choice(self.people)
        async with self.services.sessions.begin() as session:
            mine = (await session.exec(select(Poll).where(col(Poll.recipient) == person))).all()
            if not mine or self.rng.random() < 0.5:
                key = CORE.key if self.rng.random() < 0.8 else "inspector"
                poll = self.poll(None, anonymous=False, recipient=person, key=key)
                await polls.add_poll(session, poll)
            else:
                poll = self.rng.choice(mine)
        await self.vote(poll, person)

    async def vote(self, poll: Poll, pseudonym: str) -> None:
        options = len(poll.options)
        chosen = [] if self.rng.random() < 0.15 else [self.rng.randrange(options)]
        async with self.services.sessions.begin() as session:
            await polls.record_vote(
                session, poll.telegram_id, pseudonym, chosen, update_id=next(self.ids)
            )

    async def region(self) -> None:
        """A person tells their region (once: a second answer is ignored)."""
        async with self.services.sessions() as session:
            region = self.rng.choice(["astana", "abai", None])
            await respondents.add_respondent(session, self.rng.choice(self.people), region)

    async def forget(self) -> None:
        async with self.services.sessions.begin() as session:
            await polls.delete_votes(session, self.rng.choice(self.people))

    async def move(self) -> None:
        old = self.rng.choice(self.chats)
        new = old * 1000 - next(self.ids)
        self.chats[self.chats.index(old)] = new
        async with self.services.sessions() as session:
            await chats.migrate_chat(session, old, new, f"Дом {new}")

    def poll(
        self, chat: int | None, *, anonymous: bool, recipient: str | None = None, key: str = ""
    ) -> Poll:
        question = standard_survey().question(key or CORE.key)
        assert question is not None
        number = next(self.ids)
        return Poll(
            telegram_id=f"poll-{number}",
            chat_id=chat,
            message_id=number if chat else None,
            survey=SURVEY,
            question_key=question.key,
            question="?",
            options=[str(option) for option in range(len(question.options))],
            language="en",
            anonymous=anonymous,
            counts=[0] * len(question.options),
            recipient=recipient,
            sent_at=self.moment(),
        )

    @staticmethod
    def row(
        poll_id: int, chat: int | None, *, anonymous: bool, counts: list[int], sent_at: datetime
    ) -> dict[str, object]:
        """A core question poll as a row, for writing without the bot's functions."""
        return {
            "id": poll_id,
            "telegram_id": f"stored-{poll_id}",
            "chat_id": chat,
            "survey": SURVEY,
            "question_key": CORE.key,
            "question": "?",
            "options": [str(option) for option in range(OPTIONS)],
            "language": "en",
            "anonymous": anonymous,
            "counts": counts,
            "voter_count": sum(counts),
            "sent_at": sent_at,
        }

    async def pick(self, *, anonymous: bool) -> Poll | None:
        async with self.services.sessions() as session:
            found = (
                await session.exec(
                    select(Poll).where(
                        col(Poll.chat_id).is_not(None), col(Poll.anonymous) == anonymous
                    )
                )
            ).all()
        return self.rng.choice(found) if found else None


async def expected(services: Services) -> dict[str, object]:
    """The rollups' numbers computed the slow way, from every poll and answer."""
    share = core_share()
    async with services.sessions() as session:
        everything = (await session.exec(select(Poll).order_by(col(Poll.id)))).all()
        votes = (await session.exec(select(PollVote).order_by(col(PollVote.id)))).all()
        regions = {chat.id: chat.region for chat in await chats.active_groups(session)}
        told = {
            person: told.region
            for person in {vote.pseudonym for vote in votes}
            if (told := await respondents.get_respondent(session, person)) is not None
        }
    by_poll: dict[int, list[PollVote]] = {}
    for vote in votes:
        by_poll.setdefault(vote.poll_id, []).append(vote)
    core = [p for p in everything if p.survey == SURVEY and p.question_key == CORE.key]
    groups = sorted(
        (p for p in core if p.chat_id is not None and len(p.options) == OPTIONS),
        key=lambda p: (as_utc(p.sent_at), p.id),
    )

    def group_tally(poll: Poll) -> Tally:
        if poll.anonymous:
            return Tally(tuple(poll.counts), poll.voter_count)
        return tally_answers(OPTIONS, [v.option_ids for v in by_poll.get(poll.id or 0, [])])

    private = sorted(
        (
            (p, v)
            for p in core
            if p.chat_id is None
            for v in by_poll.get(p.id or 0, [])
            if v.option_ids
        ),
        key=lambda pv: (as_utc(pv[0].sent_at), pv[0].id),
    )
    samples = [Sample(p.sent_at, p.chat_id or 0, group_tally(p)) for p in groups] + [
        Sample(p.sent_at, v.pseudonym, tally_answers(OPTIONS, [v.option_ids])) for p, v in private
    ]
    latest_chat = {p.chat_id: p for p in groups}
    latest_person: dict[str, list[int]] = {}
    for _, vote in sorted(private, key=lambda pv: (as_utc(pv[1].updated_at), pv[1].id)):
        latest_person[vote.pseudonym] = list(vote.option_ids)
    private_polls = {p.id for p in everything if p.chat_id is None}
    return {
        "months": monthly_shares(samples, share, ZONE),
        "chats": sorted(
            (chat, regions.get(chat), *share.split(group_tally(p)), group_tally(p).voters)
            for chat, p in latest_chat.items()
        ),
        "private": Counter(
            (told.get(person), tuple(options)) for person, options in latest_person.items()
        ),
        "personal": sum(1 for v in votes if v.option_ids),
        "respondents": len(
            {v.pseudonym for v in votes if v.option_ids and v.poll_id in private_polls}
        ),
    }


async def actual(services: Services) -> dict[str, object]:
    share = core_share()
    async with services.sessions() as session:
        totals = await rollups.month_totals(session, SURVEY, CORE.key, OPTIONS)
        private = await rollups.latest_private(session, SURVEY, CORE.key)
        counted = await activity(session)
        cells = await answer_cells(session, core_question())
        shares = await rollups.chat_shares(
            session, SURVEY, CORE.key, OPTIONS, share.counted, share.among
        )
    by_answer: Counter[tuple[str | None, tuple[int, ...]]] = Counter()
    for region, options, people in private:
        by_answer[(region, tuple(options))] += people
    chats_n = sum(cell.n for cell in cells if cell.chat_id is not None)
    assert chats_n == sum(row.n for row in shares)
    return {
        "months": month_shares({m: Tally(*c) for m, c in totals.items()}, share),
        # /stats sums each group's share in SQL: compared with the counts split here.
        "chats": sorted(
            (row.chat_id, row.region, row.successes, row.n, row.voters) for row in shares
        ),
        "private": by_answer,
        "personal": counted.personal_answers,
        "respondents": counted.private_respondents,
    }


async def stored_rollups(services: Services) -> list[object]:
    async with services.sessions() as session:
        tables: list[object] = []
        for table in (StatsSource, StatsMonth, StatsLatest, StatsChat):
            rows = (await session.exec(select(table))).all()
            tables.append(
                sorted(
                    repr(sorted(row.model_dump().items()))
                    for row in rows
                    if not isinstance(row, StatsMonth) or row.count
                )
            )
    return tables


def core_share() -> ShareDefinition:
    share = comparable_share(CORE, "en")
    assert share is not None
    return share


def as_utc(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


@pytest.mark.parametrize("seed", [1, 2, 3])
async def test_rollups_agree_with_every_answer_counted_in_python(
    services: Services, seed: int
) -> None:
    world = World(services, random.Random(seed))
    for _batch in range(4):
        for _ in range(30):
            await world.step()
        assert await actual(services) == await expected(services)
    on_write = await stored_rollups(services)
    async with services.sessions() as session:
        await rollups.rebuild(session, ZONE)
        await session.commit()
    assert await stored_rollups(services) == on_write


async def test_forgetme_takes_a_persons_answers_out_of_every_month(services: Services) -> None:
    world = World(services, random.Random(7))
    person = world.people[0]
    for moment in MOMENTS[:3]:
        world.moment = lambda moment=moment: moment  # type: ignore[method-assign]
        async with services.sessions.begin() as session:
            await polls.add_poll(session, world.poll(None, anonymous=False, recipient=person))
            poll = await polls.get_poll(session, f"poll-{next(world.ids) - 1}")
            assert poll is not None
            await polls.record_vote(
                session, poll.telegram_id, person, [0], update_id=next(world.ids)
            )
    assert len((await actual(services))["months"]) == 3  # type: ignore[arg-type]
    async with services.sessions.begin() as session:
        assert await polls.delete_votes(session, person) == 3
    assert await actual(services) == await expected(services)
    assert (await actual(services))["months"] == []
    assert await stored_rollups(services) == [[], [], [], []]


async def test_a_month_under_ten_answers_is_counted_but_not_shown(services: Services) -> None:
    world = World(services, random.Random(8))
    world.moment = lambda: MOMENTS[4]  # type: ignore[method-assign]
    async with services.sessions.begin() as session:
        await chats.record_membership(session, -1, "supergroup", "Дом", active=True)
        await polls.add_poll(session, world.poll(-1, anonymous=True))
        await polls.apply_counts(session, "poll-1", [5, 2, 2, 0], 9, update_id=99)
    (month,) = (await actual(services))["months"]  # type: ignore[misc]
    assert (month.month, month.successes, month.n, month.shown) == (date(2025, 6, 1), 5, 9, False)
    async with services.sessions.begin() as session:
        await polls.apply_counts(session, "poll-1", [5, 3, 2, 0], 10, update_id=100)
    (month,) = (await actual(services))["months"]  # type: ignore[misc]
    assert (month.n, month.shown) == (10, True)


async def test_the_migration_builds_the_rollups_from_the_answers_already_stored(
    database_url: str,
) -> None:
    """A database from before the rollups: its polls and votes are counted by the upgrade."""
    engine = create_engine(database_url)
    try:
        await upgrade(engine, "0006_population")
        sent = datetime(2025, 5, 31, 19, 30, tzinfo=UTC)  # 1 June in Almaty
        async with engine.begin() as connection:
            await connection.execute(
                insert(Poll),
                [
                    World.row(1, -1, anonymous=True, counts=[6, 2, 1, 1], sent_at=sent),
                    World.row(2, None, anonymous=False, counts=[0] * OPTIONS, sent_at=sent),
                ],
            )
            await connection.execute(
                insert(PollVote),
                [{"poll_id": 2, "pseudonym": "p", "option_ids": [0], "update_id": 1}],
            )
        await upgrade(engine)
        async with session_factory(engine)() as session:
            totals = await rollups.month_totals(session, SURVEY, CORE.key, OPTIONS)
            assert totals == {date(2025, 6, 1): rollups.Counted((7, 2, 1, 1), 11)}
            assert await rollups.counts(session) == {
                rollups.PERSONAL_ANSWERS: 1,
                rollups.RESPONDENTS: 1,
                rollups.GROUP_POLLS: 1,
            }
    finally:
        await engine.dispose()


async def test_a_bot_in_another_time_zone_rebuilds_the_months_once(services: Services) -> None:
    world = World(services, random.Random(9))
    world.moment = lambda: MOMENTS[2]  # type: ignore[method-assign]
    async with services.sessions() as session:
        await chats.record_membership(session, -1, "supergroup", "Дом", active=True)
        await polls.add_poll(session, world.poll(-1, anonymous=True))
        await polls.apply_counts(session, "poll-1", [5, 3, 2, 0], 10, update_id=99)
        assert list(await rollups.month_totals(session, SURVEY, CORE.key, OPTIONS)) == [
            date(2025, 6, 1)
        ]
        assert not await rollups.ensure_zone(session, ZONE)
        assert await rollups.ensure_zone(session, ZoneInfo("UTC"))
        await session.commit()
        assert list(await rollups.month_totals(session, SURVEY, CORE.key, OPTIONS)) == [
            date(2025, 5, 1)
        ]
        assert not await rollups.ensure_zone(session, ZoneInfo("UTC"))
