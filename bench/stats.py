"""/stats at a million answers, on SQLite and on PostgreSQL.

    TEST_POSTGRES_URL=postgresql://user@host/db .venv/bin/python bench/stats.py

Fills a database with 1,000,000 answers: 5,000 house chats in 20 regions (some without one)
poll the trust question over 24 months, mostly anonymously (Telegram's per-option counts), some
by name (one row per person); 25,000 people take the four-question private survey in a few of
those months, some telling their region. The rows go in with bulk inserts (SQLite) and COPY
(PostgreSQL, in a database of its own, `<name>_bench`, created and dropped here); the stats
rollups are then built as the migration builds them. Times the global dashboard and one chat's
dashboard (the text's data, without the chart), 20 runs each after one warm-up, and prints p50
and p95. The last line is the summary.
"""

from __future__ import annotations

import asyncio
import json
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import asyncpg
from sqlalchemy import insert
from sqlalchemy.engine import make_url

from bot.config import Settings
from bot.polls.regions import all_regions
from bot.polls.survey import standard_survey
from bot.qa.evaluation import table
from bot.reports.dashboard import chat_dashboard, global_dashboard
from bot.services import Services
from db.engine import create_engine, session_factory
from db.migrate import upgrade
from db.models import Chat, Poll, PollVote, RegionPopulation, Respondent
from db.queries.rollups import rebuild

ANSWERS = 1_000_000
GROUPS = 5_000
MONTHS = 24
FIRST_MONTH = date(2024, 12, 1)
PEOPLE = 25_000
NAMED_SHARE = 0.1
"""Group polls sent by name (one row per person) rather than anonymously."""
RUNS = 20
SEED = 11
ZONE = ZoneInfo("Asia/Almaty")
DAY = date(2025, 1, 1)


@dataclass
class Data:
    chats: list[dict[str, Any]] = field(default_factory=list)
    polls: list[dict[str, Any]] = field(default_factory=list)
    votes: list[dict[str, Any]] = field(default_factory=list)
    respondents: list[dict[str, Any]] = field(default_factory=list)
    population: list[dict[str, Any]] = field(default_factory=list)

    @property
    def answers(self) -> int:
        anonymous = sum(poll["voter_count"] for poll in self.polls if poll["anonymous"])
        return anonymous + sum(1 for vote in self.votes if vote["option_ids"])


def month_start(index: int) -> datetime:
    """The first moment of the index-th local month, in UTC."""
    year, month = divmod(FIRST_MONTH.month - 1 + index, 12)
    local = datetime(FIRST_MONTH.year + year, month + 1, 1, tzinfo=ZONE)
    return local.astimezone(UTC)


def moment_in(index: int, rng: random.Random) -> datetime:
    start, end = month_start(index), month_start(index + 1)
    return start + timedelta(seconds=rng.randrange(int((end - start).total_seconds())))


def build(rng: random.Random) -> Data:
    """The rows, with ids given here so votes can point at their polls."""
    survey = standard_survey()
    core = survey.core
    keys = [region.key for region in all_regions()]
    data = Data()
    data.population = [
        {
            "region": key,
            "population": int(rng.lognormvariate(13.4, 0.45)),
            "reference_date": DAY,
            "source": "synthetic",
            "publication": "synthetic",
            "published_on": DAY,
            "url": "-",
        }
        for key in keys
    ]
    region_of = {
        -(1_000_000 + chat): (rng.choice(keys) if rng.random() < 0.9 else None)
        for chat in range(GROUPS)
    }
    data.chats = [
        {"id": chat_id, "type": "supergroup", "title": f"Дом {-chat_id - 1_000_000}"}
        | {"region": region, "active": True}
        for chat_id, region in region_of.items()
    ]
    counter = iter(range(1, 10**9))
    private = _private(data, survey, keys, rng, counter)
    room = ANSWERS - private
    group_polls = [
        (chat_id, moment_in(month, rng))
        for chat_id in region_of
        for month in range(MONTHS)
        for _ in range(rng.choice((0, 0, 1, 1, 1, 2)))
    ]
    group_polls.sort(key=lambda item: item[1])
    named = [rng.random() < NAMED_SHARE for _ in group_polls]
    sizes = [rng.randint(2, 30) for _ in group_polls]
    scale = room / sum(sizes)
    sizes = [max(1, round(size * scale)) for size in sizes]
    sizes[-1] += room - sum(sizes)
    for (chat_id, sent_at), by_name, size in zip(group_polls, named, sizes, strict=True):
        poll_id = next(counter)
        trust = rng.betavariate(6, 4)
        choices = [_choice(trust, rng) for _ in range(size)]
        counts = [choices.count(option) for option in range(len(core.options))]
        data.polls.append(
            _poll(poll_id, core.key, len(core.options), sent_at)
            | {"chat_id": chat_id, "message_id": poll_id, "anonymous": not by_name}
            | ({} if by_name else {"counts": counts, "voter_count": size})
        )
        if by_name:
            data.votes += [
                _vote(poll_id, f"g{chat_id}-{voter}", [option], sent_at)
                for voter, option in enumerate(choices)
            ]
    data.polls.sort(key=lambda poll: poll["id"])
    return data


def _private(
    data: Data, survey: Any, keys: list[str], rng: random.Random, counter: Iterator[int]
) -> int:
    """The private survey: each person in one to eight months, every question answered (now
    and then taken back). Returns how many answers that makes."""
    answered = 0
    rounds = []
    for person in range(PEOPLE):
        pseudonym = f"person-{person:06d}"
        if rng.random() < 0.6:
            data.respondents.append(
                {"pseudonym": pseudonym, "region": rng.choice(keys), "language": "ru"}
            )
        for month in rng.sample(range(MONTHS), rng.randint(1, 8)):
            rounds.append((moment_in(month, rng), pseudonym))
    rounds.sort()
    for sent_at, pseudonym in rounds:
        trust = rng.random()
        for step, question in enumerate(survey.questions):
            poll_id = next(counter)
            at = sent_at + timedelta(seconds=20 * step)
            data.polls.append(
                _poll(poll_id, question.key, len(question.options), at)
                | {"recipient": pseudonym, "next_sent": True, "followed": True}
            )
            option = (
                _choice(trust, rng)
                if question.key == survey.core.key
                else rng.randrange(len(question.options))
            )
            chosen = [] if rng.random() < 0.02 else [option]
            answered += bool(chosen)
            data.votes.append(_vote(poll_id, pseudonym, chosen, at + timedelta(seconds=10)))
    return answered


def _choice(trust: float, rng: random.Random) -> int:
    """Trust, partly, not, hard to say."""
    draw = rng.random()
    if draw < 0.08:
        return 3
    if draw < 0.08 + 0.92 * trust:
        return 0
    return 1 if rng.random() < 0.5 else 2


def _poll(poll_id: int, key: str, options: int, sent_at: datetime) -> dict[str, Any]:
    return {
        "id": poll_id,
        "telegram_id": f"bench-{poll_id}",
        "chat_id": None,
        "message_id": None,
        "survey": standard_survey().id,
        "question_key": key,
        "question": "?",
        "options": [str(option) for option in range(options)],
        "language": "ru",
        "anonymous": False,
        "counts": [0] * options,
        "voter_count": 0,
        "last_update_id": None,
        "closes_at": None,
        "results_hidden": False,
        "closed": True,
        "next_sent": False,
        "followed": False,
        "recipient": None,
        "sent_at": sent_at,
    }


def _vote(poll_id: int, pseudonym: str, options: list[int], at: datetime) -> dict[str, Any]:
    return {
        "poll_id": poll_id,
        "pseudonym": pseudonym,
        "option_ids": options,
        "update_id": poll_id,
        "updated_at": at,
    }


TABLES: list[tuple[Any, str]] = [
    (RegionPopulation, "population"),
    (Chat, "chats"),
    (Respondent, "respondents"),
    (Poll, "polls"),
    (PollVote, "votes"),
]


async def fill_sqlite(url: str, data: Data) -> None:
    engine = create_engine(url)
    await upgrade(engine)
    async with engine.begin() as connection:
        for model, name in TABLES:
            rows = _complete(model, getattr(data, name))
            for start in range(0, len(rows), 50_000):
                await connection.execute(insert(model), rows[start : start + 50_000])
    await _rebuild(engine)
    await engine.dispose()


async def fill_postgres(url: str, data: Data) -> None:
    engine = create_engine(url)
    await upgrade(engine)
    await engine.dispose()
    plain = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    connection = await asyncpg.connect(plain)
    try:
        for model, name in TABLES:
            rows = _complete(model, getattr(data, name))
            columns = list(rows[0])
            await connection.copy_records_to_table(
                model.__tablename__,
                records=[tuple(_pg(row[column]) for column in columns) for row in rows],
                columns=columns,
            )
        await connection.execute(
            "SELECT setval(pg_get_serial_sequence('polls', 'id'), (SELECT max(id) FROM polls))"
        )
    finally:
        await connection.close()
    engine = create_engine(url)
    await _rebuild(engine)
    await engine.dispose()
    connection = await asyncpg.connect(plain)
    try:
        await connection.execute("VACUUM ANALYZE")
    finally:
        await connection.close()


async def _rebuild(engine: Any) -> None:
    async with session_factory(engine)() as session:
        await rebuild(session, ZONE)
        await session.commit()


def _complete(model: Any, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Columns the rows leave out get their defaults (COPY fills none)."""
    now = datetime.now(UTC)
    defaults: dict[str, Any] = {}
    if model is Chat:
        defaults = {"language": None, "added_at": now, "updated_at": now}
    if model is Respondent:
        defaults = {"contact": None, "results_sent_at": None, "updated_at": now}
    if model is PollVote:
        return [{"id": index} | row for index, row in enumerate(rows, start=1)]
    return [defaults | row for row in rows]


def _pg(value: Any) -> Any:
    return json.dumps(value) if isinstance(value, list) else value


async def create_database(url: str) -> str:
    """A database of its own next to the given one; returns its URL."""
    base = make_url(url)
    name = f"{base.database}_bench"
    admin = await asyncpg.connect(base.set(drivername="postgresql").render_as_string(False))
    try:
        await admin.execute(f'DROP DATABASE IF EXISTS "{name}"')
        await admin.execute(f'CREATE DATABASE "{name}"')
    finally:
        await admin.close()
    return base.set(database=name).render_as_string(hide_password=False)


async def drop_database(url: str) -> None:
    base = make_url(url)
    admin = await asyncpg.connect(
        base.set(drivername="postgresql", database="postgres").render_as_string(False)
    )
    try:
        await admin.execute(f'DROP DATABASE IF EXISTS "{base.database}"')
    finally:
        await admin.close()


@dataclass(frozen=True)
class Timing:
    p50: float
    p95: float
    cpu: float
    """The median CPU time of this process per run (SQLite's work included, PostgreSQL's not):
    on a shared machine it tells the work from the waiting for a core."""


async def timed(run: Callable[[], Awaitable[object]]) -> Timing:
    await run()
    times, cpu = [], []
    for _ in range(RUNS):
        started, used = time.perf_counter(), time.process_time()
        await run()
        times.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - used) * 1000)
    times.sort()
    return Timing(statistics.median(times), times[round(0.95 * (RUNS - 1))], statistics.median(cpu))


async def measure(url: str, folder: Path) -> tuple[Timing, Timing, int]:
    settings = Settings(
        _env_file=None,  # type: ignore[call-arg]
        database_url=url,
        pseudonym_key="bench",
        pseudonym_key_file=folder / "senim.key",
    )
    services = await Services.start(settings)
    try:
        chat_id = -1_000_007
        board = await global_dashboard(services, "ru")
        whole = await timed(lambda: global_dashboard(services, "ru"))
        one = await timed(lambda: chat_dashboard(services, chat_id, "ru"))
        return whole, one, board.activity.answers
    finally:
        await services.close()


def _cells(timing: Timing) -> list[str]:
    return [f"{timing.p50:.0f}", f"{timing.p95:.0f}", f"{timing.cpu:.0f}"]


async def main() -> None:
    rng = random.Random(SEED)
    started = time.perf_counter()
    data = build(rng)
    assert data.answers == ANSWERS, data.answers
    print(
        f"{ANSWERS:,} answers: {len(data.polls):,} polls, {len(data.votes):,} per-person rows, "
        f"built in {time.perf_counter() - started:.1f} s",
        flush=True,
    )
    rows: list[list[object]] = []
    results: dict[str, Timing] = {}
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        backends: list[tuple[str, str]] = [("sqlite", f"sqlite+aiosqlite:///{folder / 'bench.db'}")]
        postgres = os.environ.get("TEST_POSTGRES_URL")
        if postgres:
            url = Settings(_env_file=None, database_url=postgres).database_url  # type: ignore[call-arg]
            backends.append(("postgresql", await create_database(url)))
        for backend, url in backends:
            started = time.perf_counter()
            await (fill_sqlite if backend == "sqlite" else fill_postgres)(url, data)
            filled = time.perf_counter() - started
            whole, one, counted = await measure(url, folder)
            assert counted == ANSWERS, counted
            results[backend] = whole
            rows += [
                [backend, "global", *_cells(whole), f"{filled:.0f}"],
                [backend, "one chat", *_cells(one), ""],
            ]
            if backend == "postgresql":
                await drop_database(url)
    print(table(["database", "dashboard", "p50 ms", "p95 ms", "CPU ms", "fill s"], rows))
    pg = results.get("postgresql")
    lite = results["sqlite"]
    postgres_part = f"p50={pg.p50:.0f} ms p95={pg.p95:.0f} ms" if pg else "not run"
    print(
        f"stats: sqlite p50={lite.p50:.0f} ms p95={lite.p95:.0f} ms; "
        f"postgresql {postgres_part} ({ANSWERS:,} answers)"
    )


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
