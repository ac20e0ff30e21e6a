"""Everything handlers need besides the update, built once per application."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from sqlalchemy.ext.asyncio import AsyncEngine

from bot.config import Settings
from bot.services.language_cache import LanguageCache
from bot.services.pseudonyms import Pseudonymiser, load_pseudonymiser
from bot.services.sends_in_doubt import SendsInDoubt
from bot.util.memory import return_freed_memory
from bot.util.shared_transactions import SharedTransactions
from db.engine import SessionFactory, create_engine, read_sessions, session_factory
from db.models import Figure
from db.queries.figures import list_figures
from db.setup import prepare_database

if TYPE_CHECKING:
    from bot.qa import QAEngine


@dataclass
class Services:
    settings: Settings
    engine: AsyncEngine
    sessions: SessionFactory
    pseudonyms: Pseudonymiser
    answers: asyncio.Future[QAEngine]
    languages: LanguageCache = field(default_factory=LanguageCache)
    sends_in_doubt: SendsInDoubt = field(default_factory=SendsInDoubt)

    @classmethod
    async def start(cls, settings: Settings) -> Services:
        """Connect, migrate and seed, then load what depends on stored data. The Q&A engine is
        imported and built in a thread meanwhile (most of a second of start-up): updates can be
        fetched and stored before it is ready, and are handled once it is (see `ready`)."""
        engine = create_engine(settings.database_url)
        await prepare_database(engine, settings.timezone)
        sessions = session_factory(engine)
        pseudonym_key = (
            settings.pseudonym_key.get_secret_value() if settings.pseudonym_key else None
        )
        return cls(
            settings=settings,
            engine=engine,
            sessions=sessions,
            pseudonyms=await load_pseudonymiser(
                pseudonym_key, settings.pseudonym_key_file, sessions
            ),
            answers=asyncio.ensure_future(
                asyncio.to_thread(built_qa_engine, await read_facts(sessions))
            ),
        )

    @cached_property
    def reads(self) -> SessionFactory:
        """Sessions for a single read, which on SQLite begin no transaction (db.engine)."""
        return read_sessions(self.engine)

    @cached_property
    def writes(self) -> SharedTransactions:
        """Short writes that come with every vote, many callers' in one transaction on SQLite."""
        return SharedTransactions(self.sessions, shared=self.engine.dialect.name == "sqlite")

    @property
    def qa(self) -> QAEngine:
        """The Q&A engine; handlers run only once it is ready."""
        return self.answers.result()

    async def ready(self) -> None:
        """Wait until the Q&A engine is built."""
        await asyncio.shield(self.answers)

    async def reload_figures(self) -> None:
        """The Q&A engine answers from the series as loaded; call after the series changes."""
        reloaded = asyncio.get_running_loop().create_future()
        reloaded.set_result(await load_qa_engine(self.sessions))
        self.answers = reloaded

    async def close(self) -> None:
        await self.engine.dispose()


async def load_qa_engine(sessions: SessionFactory) -> QAEngine:
    return built_qa_engine(await read_facts(sessions))


def built_qa_engine(figures: Sequence[Figure]) -> QAEngine:
    """Its build's temporaries are freed, and their pages returned: a few MB less resident
    memory for the process's life. The engine's modules are imported here, in the builder's
    thread, so the bot's start does not wait for them."""
    from bot.qa.engine import QAEngine

    engine = QAEngine.from_facts(figures)
    return_freed_memory()
    return engine


async def read_facts(sessions: SessionFactory) -> Sequence[Figure]:
    async with sessions() as session:
        return await list_figures(session)
