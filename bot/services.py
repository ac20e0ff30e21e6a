"""Everything handlers need besides the update, built once per application."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncEngine

from bot.config import Settings
from bot.pseudonyms import Pseudonymiser, load_pseudonymiser
from db.engine import SessionFactory, create_engine, session_factory
from db.setup import prepare_database


@dataclass
class Services:
    settings: Settings
    engine: AsyncEngine
    sessions: SessionFactory
    pseudonyms: Pseudonymiser

    @classmethod
    async def start(cls, settings: Settings) -> Services:
        """Connect, migrate and seed, then load what depends on stored data."""
        engine = create_engine(settings.database_url)
        await prepare_database(engine)
        sessions = session_factory(engine)
        pseudonym_key = (
            settings.pseudonym_key.get_secret_value() if settings.pseudonym_key else None
        )
        return cls(
            settings=settings,
            engine=engine,
            sessions=sessions,
            pseudonyms=await load_pseudonymiser(pseudonym_key, sessions),
        )

    async def close(self) -> None:
        await self.engine.dispose()
