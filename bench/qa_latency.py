"""Q&A engine latency and memory: load time, per-question answer time per language after
warm-up (the evaluation set and blind set A, follow-ups in their conversations), and the peak
memory of a whole `senim ask` process.

    .venv/bin/python bench/qa_latency.py

Targets: engine load <= 1 s, answer p99 <= 50 ms, `senim ask` peak memory <= 300 MB. Prints
tables; not a timed test.
"""

import dataclasses
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from bot.qa import Conversation, QAEngine
from bot.qa.blind import load_blind
from bot.qa.datafiles import load
from bot.qa.evaluation import Asked, SeedFact, load_cases, read_facts, table
from bot.qa.lexicon import LANGUAGES

ROOT = Path(__file__).resolve().parents[1]
LOADS = 5
ROUNDS = 5  # every question is answered this many times
PERCENTILES = (50, 95, 99)
MS = 1000
ALL = "all"


def load_times(facts: list[SeedFact]) -> list[float]:
    """Seconds per QAEngine.from_facts, data files re-read each time (as at start-up)."""
    times = []
    for _ in range(LOADS):
        load.cache_clear()
        start = time.perf_counter()
        QAEngine.from_facts(facts)
        times.append(time.perf_counter() - start)
    return times


def answer_times(engine: QAEngine, cases: Sequence[Asked]) -> list[float]:
    """Seconds per answer to the case's question, its context already in the conversation."""
    times = []
    for case in cases:
        conversation = Conversation()
        for earlier in case.context:
            engine.answer(earlier, language=case.lang, conversation=conversation)
        for _ in range(ROUNDS):
            state = dataclasses.replace(conversation)
            start = time.perf_counter()
            engine.answer(case.question, language=case.lang, conversation=state)
            times.append(time.perf_counter() - start)
    return times


def percentile(values: list[float], p: int) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[p - 1]


def main() -> None:
    facts = read_facts(ROOT / "db" / "seed" / "figures.csv")
    loads = load_times(facts)
    engine = QAEngine.from_facts(facts)
    cases: list[Asked] = [
        *load_cases(ROOT / "tests" / "data" / "qa_eval.jsonl"),
        *load_blind(ROOT / "tests" / "data" / "qa_blind.jsonl"),
    ]
    answer_times(engine, cases)  # warm-up
    print(
        table(
            ("engine load", "runs", "first ms", "median ms", "max ms"),
            [
                (
                    "QAEngine.from_facts",
                    LOADS,
                    f"{loads[0] * MS:.1f}",
                    f"{statistics.median(loads) * MS:.1f}",
                    f"{max(loads) * MS:.1f}",
                )
            ],
        ),
        end="\n\n",
    )
    rows = []
    for lang in [*LANGUAGES, ALL]:
        times = answer_times(engine, [c for c in cases if lang in (c.lang, ALL)])
        rows.append(
            (
                lang,
                len(times),
                *(f"{percentile(times, p) * MS:.3f}" for p in PERCENTILES),
                f"{max(times) * MS:.3f}",
            )
        )
    print(table(("answer", "n", "p50 ms", "p95 ms", "p99 ms", "max ms"), rows), end="\n\n")
    seconds, peak = senim_ask()
    print(
        table(
            ("process", "wall s", "peak RSS MB"),
            [("senim ask (3 questions, fresh SQLite)", f"{seconds:.2f}", f"{peak:.0f}")],
        )
    )
    print("\ntargets: load <= 1000 ms; answer p99 <= 50 ms; senim ask peak <= 300 MB")


def senim_ask() -> tuple[float, float]:
    """Wall time and peak memory of `senim ask` in a new process, on a new database."""
    senim = Path(sys.executable).with_name("senim")
    questions = ["Сколько казахстанцев доверяют полиции?", "а в 2019?", "откуда данные?"]
    with tempfile.TemporaryDirectory() as folder:
        env = {**os.environ, "DATABASE_URL": f"sqlite:///{folder}/senim.db"}
        start = time.perf_counter()
        subprocess.run([senim, "ask", *questions], env=env, check=True, capture_output=True)
        seconds = time.perf_counter() - start
    return seconds, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


if __name__ == "__main__":
    main()
