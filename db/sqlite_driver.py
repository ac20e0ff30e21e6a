"""SQLite for SQLAlchemy's aiosqlite dialect, with each statement one hop to the connection's
thread.

Through aiosqlite a statement costs three or four hops between the event loop and the
connection's thread (make a cursor, execute, fetch, close), each a queue, a wake-up and a
callback back on the loop: at every vote that was more of the bot's CPU than the statements.
Here `execute` runs the statement, reads its rows and closes the cursor in one hop, and making
and closing a cursor cost none. Plugged in through `create_async_engine(async_creator=…)`, so
SQLAlchemy's dialect, pool and error handling stay as they are; the sqlite3 errors are the
ones aiosqlite raises too.

Two hops of every transaction went for nothing: a transaction's BEGIN (db.engine begins each
one with BEGIN_IMMEDIATE) now runs in the hop of its first statement, and a commit or rollback
with no transaction open makes no hop at all (SQLAlchemy's pool rolls back every connection it
gets back, even after a commit). A BEGIN that fails (the database locked too long) fails that
first statement, as the transaction's own error.

A transaction's later statements make no hop at all: they run at once, on the loop's thread.
Once BEGIN IMMEDIATE holds the write lock, nothing in the transaction can wait for another
connection (in WAL mode readers never block a writer, nor a writer them), and a statement by
key takes microseconds, less than the hop it saved; a commit (it may sync the file), a BEGIN
(it may wait for another writer) and a read outside a transaction (it may be long, as /stats's
are) still go to the thread.
"""

from __future__ import annotations

import asyncio
import sqlite3
import threading
from collections.abc import Callable, Iterable, Sequence
from contextlib import suppress
from functools import partial
from queue import SimpleQueue
from typing import Any, TypeVar

from db.futures import settle

Value = TypeVar("Value")
Row = tuple[Any, ...]

BEGIN_IMMEDIATE = "BEGIN IMMEDIATE"


class Connection:
    """The part of aiosqlite's connection that SQLAlchemy's adapter uses."""

    def __init__(self, connection: sqlite3.Connection, jobs: SimpleQueue[Job | None]) -> None:
        self._connection: sqlite3.Connection | None = connection
        self._jobs = jobs
        self._begin_pending = False

    @classmethod
    async def open(cls, path: str, **options: Any) -> Connection:
        """Opened in its own thread, where its work runs unless it cannot wait (`run`); the
        connection is never used by two threads at once (each step is awaited)."""
        jobs: SimpleQueue[Job | None] = SimpleQueue()
        threading.Thread(target=_serve, args=(jobs,), name="sqlite", daemon=True).start()
        opening = partial(
            sqlite3.connect, path, isolation_level=None, check_same_thread=False, **options
        )
        return cls(await _hand_over(jobs, opening), jobs)

    async def run(
        self, work: Callable[[sqlite3.Connection], Value], *, may_wait: bool = False
    ) -> Value:
        """`work` with the connection: in its thread, or at once where it cannot wait (a
        statement of a transaction that holds the write lock). `may_wait`: it can (a commit
        may sync the file)."""
        connection = self._connection
        if connection is None:
            raise sqlite3.OperationalError("connection closed")  # as aiosqlite says it
        if self._begin_pending:
            self._begin_pending = False
            return await _hand_over(self._jobs, partial(_begun, work, connection))
        if connection.in_transaction and not may_wait:
            return work(connection)
        return await _hand_over(self._jobs, partial(work, connection))

    def begin_with_next(self) -> None:
        """BEGIN IMMEDIATE, sent with the next statement (no hop of its own)."""
        self._begin_pending = True

    def _in_transaction(self) -> bool:
        """Read without a hop: sqlite3 answers it from any thread, and nothing runs on the
        connection meanwhile (its callers await each step)."""
        if self._begin_pending:
            self._begin_pending = False  # begun with no statement: nothing to end
            return False
        return self._connection is not None and self._connection.in_transaction

    @property
    def isolation_level(self) -> str | None:
        return self._connection.isolation_level if self._connection is not None else None

    def cursor(self) -> Cursor:
        return Cursor(self)

    async def commit(self) -> None:
        if self._in_transaction():
            await self.run(sqlite3.Connection.commit, may_wait=True)

    async def rollback(self) -> None:
        if self._in_transaction():
            await self.run(sqlite3.Connection.rollback, may_wait=True)

    async def create_function(self, *args: Any, **options: Any) -> None:
        await self.run(
            lambda connection: connection.create_function(*args, **options), may_wait=True
        )

    async def close(self) -> None:
        self._begin_pending = False  # a BEGIN not yet sent has nothing to end
        if self._connection is not None:
            await self.run(sqlite3.Connection.close, may_wait=True)
            self._connection = None
        self._jobs.put(None)

    def stop(self) -> None:
        """Dropped without a word (SQLAlchemy's terminate): the thread closes it meanwhile."""
        connection, self._connection = self._connection, None
        if connection is not None:
            self._jobs.put((None, None, connection.close))
        self._jobs.put(None)


def _begun(work: Callable[[sqlite3.Connection], Value], connection: sqlite3.Connection) -> Value:
    connection.execute(BEGIN_IMMEDIATE)
    return work(connection)


Job = tuple[asyncio.AbstractEventLoop | None, "asyncio.Future[Any] | None", Callable[[], Any]]
"""Work for a connection's thread, and where its outcome goes (nowhere, when None)."""


async def _hand_over(jobs: SimpleQueue[Job | None], work: Callable[[], Value]) -> Value:
    """A plain queue and one callback back: a third of the CPU of run_in_executor's futures."""
    loop = asyncio.get_running_loop()
    done: asyncio.Future[Value] = loop.create_future()
    jobs.put((loop, done, work))
    return await done


def _serve(jobs: SimpleQueue[Job | None]) -> None:
    """The connection's thread: runs its work in order until told to stop."""
    while (job := jobs.get()) is not None:
        loop, done, work = job
        try:
            outcome: tuple[Any, BaseException | None] = (work(), None)
        except BaseException as error:  # the caller's to handle, in the loop
            outcome = (None, error)
        if loop is not None and done is not None:
            with suppress(RuntimeError):  # the loop has closed: nobody waits any more
                loop.call_soon_threadsafe(settle, done, *outcome)


class Cursor:
    """A statement's outcome, read whole in the hop that ran it."""

    arraysize = 1

    def __init__(self, connection: Connection) -> None:
        self._connection = connection
        self._rows: list[Row] = []
        self.description: Any = None
        self.rowcount = -1
        self.lastrowid: int | None = None

    async def __aenter__(self) -> Cursor:
        return self

    async def __aexit__(self, *_: object) -> None:
        return None

    async def execute(self, operation: str, parameters: Sequence[Any] = ()) -> Cursor:
        if operation == BEGIN_IMMEDIATE:
            self._connection.begin_with_next()
            return self
        await self._connection.run(partial(self._execute, operation, parameters))
        return self

    async def executemany(self, operation: str, parameters: Iterable[Sequence[Any]]) -> Cursor:
        await self._connection.run(partial(self._executemany, operation, list(parameters)))
        return self

    def _execute(self, operation: str, parameters: Sequence[Any], conn: sqlite3.Connection) -> None:
        self._read(conn.execute(operation, parameters))

    def _executemany(
        self, operation: str, parameters: list[Sequence[Any]], conn: sqlite3.Connection
    ) -> None:
        self._read(conn.executemany(operation, parameters))

    def _read(self, cursor: sqlite3.Cursor) -> None:
        """In the connection's thread: everything the caller may ask for afterwards."""
        try:
            self.description = cursor.description
            self._rows = cursor.fetchall() if cursor.description else []
            self.rowcount, self.lastrowid = cursor.rowcount, cursor.lastrowid
        finally:
            cursor.close()

    async def fetchone(self) -> Row | None:
        return self._rows.pop(0) if self._rows else None

    async def fetchmany(self, size: int | None = None) -> list[Row]:
        count = size or self.arraysize
        taken, self._rows = self._rows[:count], self._rows[count:]
        return taken

    async def fetchall(self) -> list[Row]:
        rows, self._rows = self._rows, []
        return rows

    async def close(self) -> None:
        self._rows = []
