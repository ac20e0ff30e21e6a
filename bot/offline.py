"""The commands that work without Telegram or a token: ask, chat, db upgrade, figures, export."""

from __future__ import annotations

import json
import sys
import tempfile
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import TextIO

from pydantic import SecretStr
from sqlmodel.ext.asyncio.session import AsyncSession

from bot.config import SendRateLimit, Settings
from bot.handlers.context import SenimApplication
from bot.polls.regions import all_regions
from bot.polls.survey import standard_survey
from bot.qa import Answer, Conversation, QAEngine
from bot.qa.plain import plain_text
from bot.reports.export import results_csv
from bot.reports.national import national_estimate
from bot.reports.tallies import official_for
from bot.stats.report import national_report
from db.engine import create_engine, session_factory
from db.queries.figures import list_figures, upsert_figures
from db.queries.population import list_population, replace_population
from db.seed import read_figures
from db.seed.population import read_population
from db.setup import Preparation, prepare_database
from db.url import async_database_url

TERMINAL_USER_ID = 1


@asynccontextmanager
async def database(settings: Settings) -> AsyncIterator[AsyncSession]:
    """A session on an up-to-date database, closed with its engine afterwards."""
    engine = create_engine(settings.database_url)
    try:
        await prepare_database(engine)
        async with session_factory(engine)() as session:
            yield session
    finally:
        await engine.dispose()


async def upgrade(settings: Settings) -> str:
    engine = create_engine(settings.database_url)
    try:
        done = await prepare_database(engine)
    finally:
        await engine.dispose()
    return upgrade_report(done)


def upgrade_report(done: Preparation) -> str:
    """One line a newcomer can trust: created, migrated, or already up to date."""
    seeded = f" and seeded {done.seeded} official figures" if done.seeded else ""
    if done.created:
        return f"created the database{seeded}"
    if done.migrated or done.seeded:
        return f"migrated the database to the latest version{seeded}"
    return "database is up to date"


async def ask(
    settings: Settings, questions: list[str], *, language: str | None, as_json: bool
) -> str:
    async with database(settings) as session:
        engine = QAEngine.from_facts(await list_figures(session))
    conversation = Conversation()
    language = language or settings.default_language
    answers = [engine.answer(q, language=language, conversation=conversation) for q in questions]
    if as_json:
        return json.dumps(
            [_as_row(q, a) for q, a in zip(questions, answers, strict=True)],
            ensure_ascii=False,
            indent=2,
        )
    return "\n\n".join(
        f"> {q}\n{plain_text(a.text)}" for q, a in zip(questions, answers, strict=True)
    )


def _as_row(question: str, answer: Answer) -> dict[str, object]:
    """`answer` is plain text, `html` what Telegram gets, `frame` what the question was
    understood to ask (to diagnose a wrong answer)."""
    return {
        "question": question,
        "answer": plain_text(answer.text),
        "html": answer.text,
        "intent": answer.intent,
        "language": answer.language,
        "confidence": round(answer.confidence, 3),
        "frame": answer.frame.as_dict(),
    }


async def figures_table(settings: Settings) -> str:
    async with database(settings) as session:
        figures = await list_figures(session)
    return "\n".join(
        f"{f.metric}\t{f.period}\t{'' if f.value is None else f'{f.value:g}'}\t{f.unit}\t"
        f"{f.publication}, {f.published_on.isoformat()}\t{f.source}"
        for f in figures
    )


async def import_figures(settings: Settings, path: Path) -> str:
    with path.open(encoding="utf-8") as stream:
        figures = read_figures(stream)
    async with database(settings) as session, session.begin():
        added, updated = await upsert_figures(session, figures)
    return f"{added} added, {updated} updated"


async def import_population(settings: Settings, path: Path) -> str:
    with path.open(encoding="utf-8") as stream:
        rows = read_population(stream, [region.key for region in all_regions()])
    async with database(settings) as session, session.begin():
        added = await replace_population(session, rows)
    return f"{added} rows imported"


async def report(settings: Settings, *, as_json: bool) -> str:
    async with database(settings) as session:
        result = await national_estimate(session)
        release = await list_population(session)
        figures = await list_figures(session)
    official = official_for(standard_survey().core, figures)
    return national_report(result, official, release, as_json=as_json)


async def export(settings: Settings) -> str:
    async with database(settings) as session:
        return await results_csv(session)


async def chat(
    settings: Settings, database_url: str | None = None, out: TextIO | None = None
) -> None:
    """The terminal user is a bot admin, so /stats, /pollall and /export can be tried too.

    Practice polls and /addfigure edits go to a temporary database unless `database_url` names
    one, so they never leak into the real bot. Replies are not paced by Telegram's limits: the
    sandbox is local, and a burst would otherwise answer up to a minute late.
    """
    from bot.app import build_application
    from bot.runner import durable_polling
    from bot.sandbox.terminal import run_terminal_chat

    out = out or sys.stdout
    with tempfile.TemporaryDirectory(prefix="senim-chat-") as scratch:
        url = database_url or f"sqlite:///{Path(scratch) / 'chat.db'}"
        where = "the database you chose" if database_url else "a temporary database"
        print(
            f"-- using {where} ({url}); it is deleted on exit. To keep one: senim chat --db URL"
            if not database_url
            else f"-- using {where} ({url})",
            file=out,
            flush=True,
        )

        def build(base_url: str, token: str) -> SenimApplication:
            local = {
                "telegram_api_base_url": base_url,
                "bot_token": SecretStr(token),
                "webhook_url": None,
                "admin_ids": settings.admin_ids | {TERMINAL_USER_ID},
                "database_url": async_database_url(url),
                "send_rate_limit": SendRateLimit.OFF,
            }
            return build_application(settings.model_copy(update=local))

        # Through the inbox, exactly as `senim run` polls.
        await run_terminal_chat(build, out=out, user_id=TERMINAL_USER_ID, run=durable_polling)
