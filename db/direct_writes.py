"""A vote's plain writes, run straight on SQLite's connection in the session's transaction.

Every vote writes five or six rows by key, each a statement built once (`db.queries.rows`).
Through the session each cost about 45 µs of the bot's CPU, sqlite3 itself 3–5 µs: SQLAlchemy's
execution (its cache lookup, execution context, cursor result and events) was most of a vote's
database time. Here such a statement is compiled once per set of parameter names, with
SQLAlchemy's own compiler and its types' own bind processors, and run with sqlite3 on the
connection the session's transaction holds (db.sqlite_driver, at once on the loop's thread).
A sqlite3 error is raised as SQLAlchemy raises it (IntegrityError, OperationalError, …).

What this does not do, it leaves to the session: any other database or driver (PostgreSQL),
a session not in a transaction, a statement whose compiled form needs more than plain binds
(Python-side defaults, expanding or literal parameters, RETURNING).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import lru_cache, partial
from typing import Any

from sqlalchemy import Dialect, Executable, Insert, Table
from sqlalchemy.exc import DBAPIError
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.dml import UpdateBase
from sqlmodel.ext.asyncio.session import AsyncSession

from db import sqlite_driver

CONNECTION = "direct_writes.connection"
"""Where a session keeps its transaction's SQLite connection (or None: not SQLite's driver)."""

Processor = Callable[[Any], Any] | None


@dataclass(frozen=True)
class Written:
    rowcount: int
    key: Any
    """An insert's generated or given single-column primary key; None otherwise."""


@dataclass(frozen=True)
class Prepared:
    sql: str
    binds: tuple[tuple[str, Any, Processor], ...]
    """Per positional parameter: its name, its value when not given, its bind processor."""
    key_column: str | None
    """An insert's single primary-key column, read back as sqlite3's lastrowid when not given."""


async def write(
    session: AsyncSession, statement: Executable, values: Mapping[str, Any]
) -> Written | None:
    """The write done, or None when it is the session's to run (see the module's docstring)."""
    connection = await _connection(session)
    if connection is None:
        return None
    dialect = session.sync_session.get_bind().dialect
    prepared = _prepare(statement, tuple(sorted(values)), dialect)
    if prepared is None:
        return None
    parameters = [
        processor(value) if processor is not None else value
        for value, processor in (
            (values.get(name, default), processor) for name, default, processor in prepared.binds
        )
    ]
    try:
        rowcount, lastrowid = await connection.run(partial(_execute, prepared.sql, parameters))
    except sqlite3.Error as error:
        raise DBAPIError.instance(
            prepared.sql, parameters, error, sqlite3.Error, hide_parameters=True
        ) from error
    key = None
    if prepared.key_column is not None:
        key = values.get(prepared.key_column, lastrowid)
    return Written(rowcount, key)


async def _connection(session: AsyncSession) -> sqlite_driver.Connection | None:
    """The SQLite connection of the session's transaction, looked up once per transaction."""
    transaction = session.sync_session.get_transaction()
    if transaction is None:
        return None
    cached = session.info.get(CONNECTION)
    if cached is not None and cached[0] is transaction:
        found: sqlite_driver.Connection | None = cached[1]
        return found
    raw = await (await session.connection()).get_raw_connection()
    driver = raw.driver_connection
    connection = driver if isinstance(driver, sqlite_driver.Connection) else None
    session.info[CONNECTION] = (transaction, connection)
    return connection


@lru_cache(maxsize=128)
def _prepare(statement: Executable, names: tuple[str, ...], dialect: Dialect) -> Prepared | None:
    """Compiled as SQLAlchemy compiles it for these parameter names (its column keys). Only
    statements built once are written here, so the cache holds each a few times at most."""
    if not isinstance(statement, UpdateBase):
        return None
    compiled = statement.compile(dialect=dialect, column_keys=list(names))
    assert isinstance(compiled, SQLCompiler)
    plain = not (
        compiled.effective_returning
        or compiled.insert_prefetch
        or compiled.update_prefetch
        or compiled.literal_execute_params
        or compiled.post_compile_params
    )
    if not plain or compiled.positiontup is None:
        return None
    binds = []
    for name in compiled.positiontup:
        bind = compiled.binds[name]
        if bind.expanding or (bind.required and name not in names):
            return None
        processor = bind.type.dialect_impl(dialect).bind_processor(dialect)
        binds.append((name, bind.effective_value, processor))
    return Prepared(compiled.string, tuple(binds), _key_column(statement, names))


def _key_column(statement: Executable, names: tuple[str, ...]) -> str | None:
    if not isinstance(statement, Insert) or not isinstance(statement.table, Table):
        return None
    key = list(statement.table.primary_key)
    if len(key) != 1:
        return None
    column = key[0]
    generated = statement.table.autoincrement_column is column
    return column.key if column.key in names or generated else None


def _execute(sql: str, parameters: list[Any], connection: sqlite3.Connection) -> tuple[int, Any]:
    cursor = connection.execute(sql, parameters)
    try:
        return cursor.rowcount, cursor.lastrowid
    finally:
        cursor.close()
