"""The national estimate on synthetic chat polls whose truth is known, and its speed.

    .venv/bin/python bench/estimate.py

Accuracy: DRAWS synthetic rounds from a made-up country of 20 regions (populations and regional
trust are invented, not Kazakhstan's). Cities are four times as likely to run polls and trust the
police less, so raw shares are biased; chats share a chat-level trust (intra-chat correlation
RHO), so answers in one chat are not independent. Prints the bias and error of raw and weighted
shares and how often each 95 % interval holds the truth.

Speed: a million answers (20 000 group polls and 100 000 private answers) in SQLite, then the
aggregate query plus the estimate, as /stats and /results run them. Prints a table; not a test.
"""

from __future__ import annotations

import asyncio
import random
import statistics
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import insert

from bot.polls.regions import all_regions
from bot.qa.evaluation import table
from bot.reports.national import core_question, national_estimate
from bot.stats.estimate import Cell, Estimate, estimate
from bot.stats.intervals import wilson
from db.engine import create_engine, session_factory
from db.migrate import upgrade
from db.models import Chat, Poll, PollVote, RegionPopulation

DRAWS = 200
CHATS = 80
PRIVATE = 150
RHO = 0.05
CITY_PULL = 4.0
CITIES = ("astana", "almaty", "shymkent")
SEED = 12
DAY = date(2025, 1, 1)


@dataclass(frozen=True)
class Country:
    population: dict[str, int]
    trust: dict[str, float]
    pull: dict[str, float]

    @property
    def truth(self) -> float:
        people = sum(self.population.values())
        return sum(self.population[r] * self.trust[r] for r in self.population) / people


def made_up_country(rng: random.Random) -> Country:
    keys = [region.key for region in all_regions()]
    population = {key: int(rng.lognormvariate(13.4, 0.45)) for key in keys}
    trust = {key: (0.5 if key in CITIES else 0.68) + rng.uniform(-0.08, 0.08) for key in keys}
    pull = {key: CITY_PULL if key in CITIES else 1.0 for key in keys}
    return Country(population, trust, pull)


def draw(country: Country, rng: random.Random) -> list[Cell]:
    """One round: chats picked by population × pull, each with its own trust level drawn around
    its region's (a Beta with intra-class correlation RHO), plus private answers."""
    keys = list(country.population)
    odds = [country.population[k] * country.pull[k] for k in keys]
    spread = (1 - RHO) / RHO
    cells = []
    for chat in range(CHATS):
        region = rng.choices(keys, odds)[0]
        mean = country.trust[region]
        level = rng.betavariate(mean * spread, (1 - mean) * spread)
        size = 3 + int(rng.expovariate(1 / 12))
        successes = sum(rng.random() < level for _ in range(size))
        cells.append(Cell(chat, region, successes, size))
    for _ in range(PRIVATE):
        region = rng.choices(keys, odds)[0]
        cells.append(Cell(None, region, int(rng.random() < country.trust[region]), 1))
    return cells


def accuracy() -> list[list[object]]:
    rng = random.Random(SEED)
    country = made_up_country(rng)
    truth = country.truth
    results: list[tuple[Estimate, float]] = []
    naive_hits = 0
    for _ in range(DRAWS):
        cells = draw(country, rng)
        result = estimate(cells, country.population)
        results.append((result, truth))
        won, n = sum(c.successes for c in cells), sum(c.n for c in cells)
        naive_hits += wilson(won, n).contains(truth)
    raw = [r.raw_share or 0.0 for r, _ in results]
    weighted = [r.weighted_share or 0.0 for r, _ in results]
    covered = sum(1 for r, t in results if r.interval is not None and r.interval.contains(t))
    return [
        ["truth (population-weighted)", f"{truth:.3f}", ""],
        ["raw share: bias / RMSE", f"{_bias(raw, truth):+.3f}", f"{_rmse(raw, truth):.3f}"],
        [
            "weighted share: bias / RMSE",
            f"{_bias(weighted, truth):+.3f}",
            f"{_rmse(weighted, truth):.3f}",
        ],
        ["naive Wilson on raw n: coverage", f"{naive_hits / DRAWS:.1%}", ""],
        ["weighted 95% interval: coverage", f"{covered / DRAWS:.1%}", "target 90–97 %"],
        [
            "mean n / effective n",
            f"{statistics.mean(r.n for r, _ in results):.0f}",
            f"{statistics.mean(r.effective_n for r, _ in results):.0f}",
        ],
        [
            "mean design effect (weights × chats)",
            f"{statistics.mean(r.weighting_effect for r, _ in results):.2f}",
            f"{statistics.mean(r.cluster_effect for r, _ in results):.2f}",
        ],
        [
            f"mean estimated ρ (true {RHO:.2f})",
            f"{statistics.mean(r.icc for r, _ in results):.3f}",
            "",
        ],
    ]


def _bias(values: Sequence[float], truth: float) -> float:
    return statistics.mean(values) - truth


def _rmse(values: Sequence[float], truth: float) -> float:
    return float(statistics.mean((v - truth) ** 2 for v in values) ** 0.5)


async def speed() -> list[list[object]]:
    rng = random.Random(SEED)
    country = made_up_country(rng)
    keys = list(country.population)
    question = core_question()
    with tempfile.TemporaryDirectory() as folder:
        engine = create_engine(f"sqlite+aiosqlite:///{Path(folder) / 'bench.db'}")
        await upgrade(engine)
        started = time.perf_counter()
        async with engine.begin() as connection:
            await connection.execute(
                insert(RegionPopulation),
                [
                    {
                        "region": key,
                        "population": people,
                        "reference_date": DAY,
                        "source": "synthetic",
                        "publication": "synthetic",
                        "published_on": DAY,
                        "url": "-",
                    }
                    for key, people in country.population.items()
                ],
            )
            await connection.execute(
                insert(Chat),
                [
                    {"id": -chat, "type": "supergroup", "title": "", "region": rng.choice(keys)}
                    for chat in range(1, 20_001)
                ],
            )
            polls = []
            for chat in range(1, 20_001):
                counts = [rng.randint(5, 20) for _ in range(question.option_count)]
                polls.append(_poll(f"g{chat}", -chat, counts))
            polls += [_poll(f"p{i}", None, [0] * question.option_count) for i in range(1, 101)]
            await connection.execute(insert(Poll), polls)
            await connection.execute(
                insert(PollVote),
                [
                    {
                        "poll_id": 20_001 + person % 100,
                        "pseudonym": f"person{person}",
                        "option_ids": [rng.randrange(question.option_count)],
                        "update_id": person,
                    }
                    for person in range(100_000)
                ],
            )
        filled = time.perf_counter() - started
        timings = []
        async with session_factory(engine)() as session:
            for _ in range(5):
                started = time.perf_counter()
                result = await national_estimate(session)
                timings.append(time.perf_counter() - started)
        await engine.dispose()
    return [
        ["answers counted in the share", f"{result.n:,}", ""],
        ["fill time (s)", f"{filled:.1f}", ""],
        ["query + estimate, median of 5 (ms)", f"{statistics.median(timings) * 1000:.0f}", ""],
    ]


def _poll(telegram_id: str, chat_id: int | None, counts: list[int]) -> dict[str, object]:
    question = core_question()
    return {
        "telegram_id": telegram_id,
        "chat_id": chat_id,
        "survey": question.survey,
        "question_key": question.question_key,
        "question": "?",
        "options": [str(i) for i in range(question.option_count)],
        "language": "en",
        "anonymous": chat_id is not None,
        "counts": counts,
        "voter_count": sum(counts),
    }


def main() -> None:
    print(f"Accuracy over {DRAWS} synthetic rounds ({CHATS} chats + {PRIVATE} private answers)")
    print(table(["measure", "value", ""], accuracy()))
    print()
    print("Speed at a million answers (SQLite)")
    print(table(["measure", "value", ""], asyncio.run(speed())))


if __name__ == "__main__":
    main()
