"""Senim beside a bare python-telegram-bot bot, against the same sandbox, in one run.

    .venv/bin/python bench/bot_throughput.py [--askers 2000] [--surveyed 1000] [--voters 5000]
                                             [--database-url URL]

Each bot runs as its own process (`senim run`; bench/bare/bare_bot.py) against one in-process
sandbox, with pacing off on both sides, as with a local Bot API server. Measured:
- questions: `--askers` people each ask the same question at once (the example /start gives),
  then as many others each ask a different one (first questions of the blind sets in
  tests/data, none of them answered before); replies per second;
- survey: `--surveyed` people each take the private survey (a native poll per question, the
  next sent after each vote); polls sent + votes stored per second. Senim commits every vote
  (checked in its database at the end);
- Senim only: time from starting the process to its first getUpdates (a new database, so
  migrations included), then `--voters` people each start the survey and vote while an admin
  sends /stats half-way (its reply latency), and the process's resident memory after that.
Prints a table with the ratios Senim / bare; not a timed test.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import signal
import sys
import tempfile
import time
from collections.abc import AsyncIterator, Awaitable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlmodel import func, select

from bot.config import async_database_url
from bot.qa.blind import load_blind
from bot.qa.evaluation import table
from bot.sandbox import BotMessage, Sandbox, SChat, SUser
from db.engine import create_engine, session_factory
from db.models import PollVote

SENIM = str(Path(sys.executable).with_name("senim"))
BARE = str(Path(__file__).with_name("bare") / "bare_bot.py")
BLIND_SETS = Path(__file__).parents[1] / "tests" / "data"
QUESTION = "Сколько казахстанцев доверяют полиции?"
ADMIN_ID = 777_000_001
WAIT = 600.0
MS = 1000


class Run:
    """People created for one measurement, so the bots never see each other's users."""

    def __init__(self, sandbox: Sandbox, name: str) -> None:
        self.sandbox = sandbox
        self.name = name
        self.count = 0

    def people(self, n: int) -> list[SUser]:
        first = self.count
        self.count += n
        return [self.sandbox.add_user(f"{self.name} {first + i}") for i in range(n)]


def different_questions(count: int) -> list[str]:
    """Questions people wrote, each asked once: no answer can come from the engine's memory."""
    first = dict.fromkeys(
        case.question
        for path in sorted(BLIND_SETS.glob("qa_blind*.jsonl"))
        for case in load_blind(path)
        if not case.context
    )
    return random.Random(count).sample(list(first), count)


async def ask_once(sandbox: Sandbox, user: SUser, question: str) -> None:
    await sandbox.send_text(user, question)
    await sandbox.next_bot_message(sandbox.private_chat(user), timeout=WAIT)


async def next_poll(sandbox: Sandbox, chat: SChat) -> BotMessage:
    while (message := await sandbox.next_bot_message(chat, timeout=WAIT)).poll is None:
        pass
    return message


async def take_survey(sandbox: Sandbox, user: SUser) -> tuple[int, int]:
    """The whole survey, answering the first option each time: (polls received, votes)."""
    chat = sandbox.private_chat(user)
    await sandbox.send_text(user, "/poll")
    message = await next_poll(sandbox, chat)
    polls = votes = 0
    while message.poll is not None:
        polls += 1
        await sandbox.vote(user, message, [0])
        votes += 1
        message = await sandbox.next_bot_message(chat, timeout=WAIT)
    return polls, votes


async def rate(work: list[Awaitable[object]]) -> tuple[list[object], float]:
    start = time.perf_counter()
    results = await asyncio.gather(*work)
    return results, time.perf_counter() - start


async def questions_per_second(sandbox: Sandbox, run: Run, questions: list[str]) -> float:
    asked = zip(run.people(len(questions)), questions, strict=True)
    _, elapsed = await rate([ask_once(sandbox, user, question) for user, question in asked])
    return len(questions) / elapsed


async def survey_ops_per_second(sandbox: Sandbox, run: Run, surveyed: int) -> tuple[float, int]:
    results, elapsed = await rate([take_survey(sandbox, user) for user in run.people(surveyed)])
    done = [result for result in results if isinstance(result, tuple)]
    votes = sum(v for _, v in done)
    return (sum(p for p, _ in done) + votes) / elapsed, votes


async def vote_with_stats(sandbox: Sandbox, run: Run, voters: int) -> tuple[float, float]:
    """`voters` people start the survey and answer its first question; half-way through, the
    admin's /stats: seconds until its figures, and until its chart (a reply that is not the
    chart stops the bench: the dashboard failed)."""
    admin = sandbox.add_user("Admin", user_id=ADMIN_ID, language_code="en")
    admin_chat = sandbox.private_chat(admin)
    voted = 0
    half = asyncio.Event()

    async def vote_once(user: SUser) -> None:
        nonlocal voted
        chat = sandbox.private_chat(user)
        await sandbox.send_text(user, "/poll")
        await sandbox.vote(user, await next_poll(sandbox, chat), [0])
        voted += 1
        if voted >= voters // 2:
            half.set()
        await next_poll(sandbox, chat)

    async def stats() -> tuple[float, float]:
        await half.wait()
        start = time.perf_counter()
        await sandbox.send_text(admin, "/stats")
        await sandbox.next_bot_message(admin_chat, timeout=WAIT)
        figures = time.perf_counter() - start
        chart = await sandbox.next_bot_message(admin_chat, timeout=WAIT)
        if chart.file is None:
            raise RuntimeError(f"/stats sent no chart: {chart.text!r}")
        return figures, time.perf_counter() - start

    latencies, *_ = await asyncio.gather(stats(), *(vote_once(u) for u in run.people(voters)))
    figures, chart = latencies
    return float(figures), float(chart)


@asynccontextmanager
async def bot_process(
    sandbox: Sandbox, command: list[str], environment: dict[str, str], folder: Path, logs: Path
) -> AsyncIterator[tuple[asyncio.subprocess.Process, float]]:
    """The bot's process and the seconds from its start to its first getUpdates."""
    calls = len(sandbox.requests)
    log = (logs / f"{Path(command[-1]).stem}.log").open("w")
    start = time.perf_counter()
    process = await asyncio.create_subprocess_exec(
        *command, cwd=folder, env=os.environ | environment, stdout=log, stderr=log
    )
    while not any(call.method == "getUpdates" for call in sandbox.requests[calls:]):
        if process.returncode is not None:
            raise RuntimeError(f"{command[0]} stopped at start-up")
        await asyncio.sleep(0.005)
    started = time.perf_counter() - start
    try:
        yield process, started
    finally:
        process.send_signal(signal.SIGTERM)
        await asyncio.wait_for(process.wait(), 30)
        log.close()


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of the process so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def resident_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS")


async def stored_votes(database_url: str) -> int:
    engine = create_engine(async_database_url(database_url))
    try:
        async with session_factory(engine)() as session:
            return (await session.exec(select(func.count()).select_from(PollVote))).one()
    finally:
        await engine.dispose()


@dataclass
class Measured:
    same_question: Rate
    different_questions: Rate
    survey: Rate
    votes: int


async def measure(sandbox: Sandbox, run: Run, pid: int, askers: int, surveyed: int) -> Measured:
    """Questions, then the survey, by one bot: each with the bot's CPU time per unit of work."""
    cpu = cpu_seconds(pid)
    rates = []
    for questions in ([QUESTION] * askers, different_questions(askers)):
        rates.append(Rate(await questions_per_second(sandbox, run, questions), askers))
        rates[-1].cpu, cpu = cpu_seconds(pid) - cpu, cpu_seconds(pid)
    ops, votes = await survey_ops_per_second(sandbox, run, surveyed)
    survey = Rate(ops, surveyed * 8)
    survey.cpu = cpu_seconds(pid) - cpu
    same, different = rates
    return Measured(same, different, survey, votes)


@dataclass
class Rate:
    per_second: float
    units: int
    cpu: float = 0.0

    @property
    def cpu_ms(self) -> str:
        return f"{self.cpu * MS / self.units:.1f}"


async def main(
    askers: int, surveyed: int, voters: int, database_url: str | None, logs: Path | None
) -> None:
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        database_url = database_url or f"sqlite:///{folder / 'bench.db'}"
        async with Sandbox() as sandbox:
            base = {"BOT_TOKEN": sandbox.token, "TELEGRAM_API_BASE_URL": sandbox.base_url}
            bare_run, full_run = Run(sandbox, "Bare"), Run(sandbox, "Senim")
            bare_bot = bot_process(sandbox, [sys.executable, BARE], base, folder, logs or folder)
            async with bare_bot as (process, _):
                bare = await measure(sandbox, bare_run, process.pid, askers, surveyed)
            senim = base | {
                "DATABASE_URL": database_url,
                "SEND_RATE_LIMIT": "off",
                "PSEUDONYM_KEY": "bench",
                "ADMIN_IDS": str(ADMIN_ID),
            }
            senim_bot = bot_process(sandbox, [SENIM, "run"], senim, folder, logs or folder)
            async with senim_bot as (process, start):
                memory_at_start = resident_mb(process.pid)
                full = await measure(sandbox, full_run, process.pid, askers, surveyed)
                memory_before_stats = resident_mb(process.pid)
                stats_latency, chart_latency = await vote_with_stats(sandbox, full_run, voters)
                memory = resident_mb(process.pid)
            stored = await stored_votes(database_url) - voters
    rows = [
        ratio_row(
            f"questions ({askers:,} people, one question), replies/s",
            bare.same_question,
            full.same_question,
            "0.8",
        ),
        ratio_row(
            f"questions ({askers:,} people, all different), replies/s",
            bare.different_questions,
            full.different_questions,
            "—",
        ),
        ratio_row(
            f"survey ({surveyed:,} people), polls + votes/s", bare.survey, full.survey, "0.7"
        ),
        ["votes committed by Senim", "—", f"{stored:,} of {full.votes:,}", "—", "all", "—"],
        [f"/stats while {voters:,} people vote, s", "—", f"{stats_latency:.2f}", "—", "≤ 2", "—"],
        ["… and its chart, s", "—", f"{chart_latency:.2f}", "—", "—", "—"],
        ["start to first getUpdates (new database), s", "—", f"{start:.2f}", "—", "≤ 2", "—"],
        ["resident memory after start, MB", "—", f"{memory_at_start:.0f}", "—", "—", "—"],
        ["… after the questions and the survey", "—", f"{memory_before_stats:.0f}", "—", "—", "—"],
        [f"resident memory after {voters:,} people, MB", "—", f"{memory:.0f}", "—", "≤ 150", "—"],
    ]
    headers = ["work", "bare PTB", "Senim", "Senim / bare", "target", "CPU ms (bare / Senim)"]
    print(table(headers, rows))


def ratio_row(work: str, bare: Rate, full: Rate, target: str) -> list[object]:
    ratio = full.per_second / bare.per_second
    cpu = f"{bare.cpu_ms} / {full.cpu_ms}"
    return [
        work,
        f"{bare.per_second:.0f}",
        f"{full.per_second:.0f}",
        f"{ratio:.2f}",
        f"≥ {target}" if target != "—" else target,
        cpu,
    ]


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--askers", type=int, default=2000)
    parser.add_argument("--surveyed", type=int, default=1000)
    parser.add_argument("--voters", type=int, default=5000)
    parser.add_argument("--logs", type=Path, help="keep the bots' logs in this folder")
    parser.add_argument("--database-url", help="Senim's database (default: a new SQLite file)")
    arguments = parser.parse_args()
    asyncio.run(main(arguments.askers, arguments.surveyed, arguments.voters,
                     arguments.database_url, arguments.logs))  # fmt: skip
