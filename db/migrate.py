"""Apply Alembic migrations from code, sharing the application's async engine.

Alembic itself is imported only when there is something to migrate: a bot restarted on an
up-to-date database compares two revision ids and goes on (start-up time).
"""

from __future__ import annotations

import asyncio
import fcntl
import multiprocessing
import os
import re
import sys
from collections.abc import AsyncIterator, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import asynccontextmanager, contextmanager
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, inspect, make_url, text
from sqlalchemy.ext.asyncio import AsyncEngine

from db.engine import create_engine

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).with_name("migrations")
VERSION_TABLE = "alembic_version"
REVISION = re.compile(r"^revision\b[^=]*=\s*['\"]([^'\"]+)['\"]", re.MULTILINE)
DOWN_REVISION = re.compile(r"^down_revision\b[^=]*=\s*['\"]([^'\"]+)['\"]", re.MULTILINE)
# Any fixed number, the same in every replica: "senim" in ASCII.
LOCK_KEY = 0x73656E696D


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


async def upgrade(engine: AsyncEngine, revision: str = "head") -> None:
    with _without_highlighting():
        from alembic import command

        async with engine.begin() as connection:
            await connection.run_sync(lambda sync: command.upgrade(alembic_config(sync), revision))


def migrate_apart(database_url: str) -> None:
    """Bring the database to the newest revision in a child process, so the serving process
    never imports Alembic and the migration scripts (about 6 MB it would keep resident for its
    life). Call it before the process starts its event loop, threads or connections: the child
    is a fork of this process, and a fork of a running bot would copy them. An in-memory
    database can only be migrated by the process that holds it (db.setup does)."""
    if database_url.startswith("sqlite") and make_url(database_url).database in (
        None,
        "",
        ":memory:",
    ):
        return
    with ProcessPoolExecutor(
        max_workers=1, mp_context=multiprocessing.get_context("fork")
    ) as child:
        child.submit(_migrate, database_url).result()


def _migrate(database_url: str) -> None:
    """In the child: migrate under the lock replicas share (another may be migrating too)."""

    async def migrate() -> None:
        engine = create_engine(database_url)
        try:
            async with migration_lock(engine):
                if await current_revision(engine) != head_revision():
                    await upgrade(engine)
        finally:
            await engine.dispose()

    asyncio.run(migrate())


@contextmanager
def _without_highlighting() -> Iterator[None]:
    """Alembic's templates (Mako) import Pygments, when it is installed, only to highlight their
    own tracebacks: some 4.5 MB of lexers that the bot kept for the rest of its life after
    migrating a database. Mako falls back to plain text when the import fails."""
    if "pygments" in sys.modules:
        yield
        return
    sys.modules["pygments"] = None  # type: ignore[assignment]
    try:
        yield
    finally:
        if sys.modules.get("pygments", False) is None:
            del sys.modules["pygments"]


async def current_revision(engine: AsyncEngine) -> str | None:
    """The database's revision; None for a database no migration has touched yet."""
    async with engine.connect() as connection:
        return await connection.run_sync(_stored_revision)


def _stored_revision(connection: Connection) -> str | None:
    """What Alembic's MigrationContext.get_current_revision reads, without importing Alembic."""
    if not inspect(connection).has_table(VERSION_TABLE):
        return None
    query = text(f"SELECT version_num FROM {VERSION_TABLE}")
    stored: list[str] = list(connection.execute(query).scalars())
    if len(stored) > 1:
        raise RuntimeError(f"{VERSION_TABLE} holds more than one revision")
    return stored[0] if stored else None


@cache
def head_revision() -> str:
    """The newest migration's id, read from the migration files (Alembic's own ScriptDirectory
    would import Alembic): the one revision no other names as its predecessor."""
    revisions: set[str] = set()
    predecessors: set[str] = set()
    for path in (MIGRATIONS / "versions").glob("*.py"):
        source = path.read_text(encoding="utf-8")
        revisions.update(REVISION.findall(source))
        predecessors.update(DOWN_REVISION.findall(source))
    heads = revisions - predecessors
    if len(heads) != 1:
        raise RuntimeError(f"the migrations have {len(heads)} heads, not one")
    return heads.pop()


@asynccontextmanager
async def migration_lock(engine: AsyncEngine) -> AsyncIterator[None]:
    """Replicas starting together on one PostgreSQL database migrate and seed one at a time:
    the first holds a session advisory lock, the others wait and then find nothing to do.
    Processes sharing a SQLite file take turns with an flock on the file (separate from the
    locks SQLite itself takes)."""
    if engine.dialect.name == "sqlite":
        async with _file_lock(engine.url.database):
            yield
        return
    async with engine.connect() as connection:
        await connection.execute(text("SELECT pg_advisory_lock(:key)"), {"key": LOCK_KEY})
        await connection.commit()
        try:
            yield
        finally:
            await connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": LOCK_KEY})
            await connection.commit()


@asynccontextmanager
async def _file_lock(path: str | None) -> AsyncIterator[None]:
    if not path or path == ":memory:":
        yield
        return
    descriptor = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        await asyncio.to_thread(fcntl.flock, descriptor, fcntl.LOCK_EX)
        yield
    finally:
        os.close(descriptor)
