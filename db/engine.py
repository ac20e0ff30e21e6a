"""The async engine and session factory; SQLite gets WAL and foreign keys on every connection.

Every database call has a time limit: PostgreSQL connections time out when opening, on each
command, and on the server side (statement and idle-in-transaction timeouts), are checked before
use (pre-ping) and recycled; TCP keepalives notice a peer that vanished without a word. SQL
parameters never appear in errors or logs (they can hold a pseudonym and an answer).
"""

from __future__ import annotations

from functools import partial
from typing import Any

from sqlalchemy import event, make_url, text
from sqlalchemy.ext.asyncio import (
    AsyncConnection,
    AsyncEngine,
    async_sessionmaker,
    create_async_engine,
)
from sqlmodel.ext.asyncio.session import AsyncSession

from db import sqlite_driver

SessionFactory = async_sessionmaker[AsyncSession]

SINGLE_READ = "senim_single_read"
"""Execution option of `read_sessions`' connections: on SQLite they begin no transaction."""


CONNECT_TIMEOUT = 5
COMMAND_TIMEOUT = 10
POOL_TIMEOUT = 10
RECYCLE_AFTER = 300
POOL_SIZE = 20
POOL_OVERFLOW = 20
"""PostgreSQL connections: up to ordering.CONCURRENT_UPDATES updates in hand, each holding its inbox
row on one connection (bot.services.inbox_holds) while its handler works on another."""
# Seconds a SQLite transaction waits for another's write lock. SQLite's waiting is polling, not
# a queue: with updates handled concurrently, 5 s let a waiter lose to newer ones under load.
SQLITE_BUSY_TIMEOUT = 15
# SQLite takes one writer at a time, and every transaction here begins as a writer, so an engine
# keeps one connection and its transactions queue for it in order. Several connections would
# each wait in SQLite's busy handler, which sleeps in growing steps (up to 100 ms) and leaves
# the lock idle meanwhile: under load most of the time went to sleeping.
SQLITE_POOL_TIMEOUT = 60
# Server side, in milliseconds: a statement or an abandoned transaction never holds locks long.
POSTGRES_SETTINGS = {
    "statement_timeout": str(COMMAND_TIMEOUT * 1000),
    "idle_in_transaction_session_timeout": "60000",
    "tcp_keepalives_idle": "30",
    "tcp_keepalives_interval": "10",
    "tcp_keepalives_count": "3",
}


def create_engine(database_url: str, *, sync_every_commit: bool = False) -> AsyncEngine:
    """`sync_every_commit`: on SQLite, flush each commit to the disk before it returns.

    Otherwise SQLite commits in WAL mode reach the operating system at once (a killed process
    loses nothing) and the disk at the next flush: only a power cut can lose the last ones, and
    then only as a whole tail, since SQLite replays the WAL up to its first incomplete
    transaction. Writes that must reach the disk first (the inbox, before an update is
    acknowledged) go through an engine made with `sync_every_commit`; its flush carries every
    commit before it too. PostgreSQL always syncs commits."""
    if database_url.startswith("sqlite"):
        engine = create_async_engine(
            database_url,
            hide_parameters=True,
            pool_size=1,
            max_overflow=0,
            pool_timeout=SQLITE_POOL_TIMEOUT,
            **_one_hop_sqlite(database_url),
        )
        synchronous = "FULL" if sync_every_commit else "NORMAL"

        def tune(dbapi_connection: Any, _record: Any) -> None:
            _tune_sqlite(dbapi_connection, synchronous)

        event.listen(engine.sync_engine, "connect", tune)
        event.listen(engine.sync_engine, "begin", _begin_immediate)
        return engine
    return create_async_engine(
        database_url,
        hide_parameters=True,
        pool_pre_ping=True,
        pool_size=POOL_SIZE,
        max_overflow=POOL_OVERFLOW,
        pool_recycle=RECYCLE_AFTER,
        pool_timeout=POOL_TIMEOUT,
        connect_args={
            "timeout": CONNECT_TIMEOUT,
            "command_timeout": COMMAND_TIMEOUT,
            "server_settings": POSTGRES_SETTINGS,
        },
    )


def _one_hop_sqlite(database_url: str) -> dict[str, Any]:
    """A database file is opened through db.sqlite_driver (one hop per statement); anything
    else (a URI, memory) as the dialect opens it."""
    url = make_url(database_url)
    path = url.database
    if not path or path == ":memory:" or path.startswith("file:") or url.query:
        return {}
    return {"async_creator": partial(sqlite_driver.Connection.open, path)}


def _tune_sqlite(dbapi_connection: Any, synchronous: str) -> None:
    # Transactions are begun by _begin_immediate, not by the driver.
    if dbapi_connection.isolation_level is not None:
        dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT * 1000}")
    cursor.execute(f"PRAGMA synchronous={synchronous}")
    cursor.close()


def _begin_immediate(connection: Any) -> None:
    """Take SQLite's write lock when a transaction begins. A transaction that reads and then
    writes would otherwise fail at once, without waiting, whenever another connection wrote in
    between ("database is locked"): with updates handled concurrently, that is every minute.
    Transactions are short (no session is held across a Telegram call), so they queue well.
    A single read (`read_sessions`) begins none."""
    if not connection.get_execution_options().get(SINGLE_READ):
        connection.exec_driver_sql(sqlite_driver.BEGIN_IMMEDIATE)


def session_factory(engine: AsyncEngine) -> SessionFactory:
    return async_sessionmaker(engine, class_=AsyncSession, expire_on_commit=False)


def read_sessions(engine: AsyncEngine) -> SessionFactory:
    """Sessions for one statement that only reads. On SQLite it runs outside any transaction: a
    statement reads one consistent state by itself, WAL lets it read while the inbox's
    connection writes, and there is no write lock to wait for nor a rollback to send after it
    (one hop to the connection's thread instead of two). Several statements, or any write, need
    `session_factory`'s sessions. PostgreSQL's are the same as those."""
    return session_factory(engine.execution_options(**{SINGLE_READ: True}))


async def ping(connection: AsyncConnection) -> None:
    """One round trip; raises when the database does not answer."""
    await connection.execute(text("SELECT 1"))
