"""A vote's plain writes and reads, run straight on SQLite's connection in the session's
transaction.

Every vote writes five or six rows by key and reads a few (its poll and the person's answer, the
rollups' source and latest answers), each a statement built once (`db.queries.rows`). Through
the session each cost about 45 µs of the bot's CPU, sqlite3 itself 3–5 µs: SQLAlchemy's
execution (its cache lookup, execution context, cursor result and events) was most of a vote's
database time. Here such a statement is compiled once per set of parameter names, with
SQLAlchemy's own compiler and its types' own bind and result processors, and run with sqlite3 on
the connection the session's transaction holds (db.sqlite_driver, at once on the loop's thread);
a read's rows are named tuples, named as its selected columns. A sqlite3 error is raised as
SQLAlchemy raises it (IntegrityError, OperationalError, …).

What this does not do, it leaves to the session: any other database or driver (PostgreSQL),
a session not in a transaction, a statement whose compiled form needs more than plain binds
(Python-side defaults, expanding or literal parameters, RETURNING), a read whose columns do not
name a tuple's fields (a duplicate, an anonymous column).
"""

from __future__ import annotations

import sqlite3
from collections import namedtuple
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import lru_cache, partial
from typing import Any, TypeVar

from sqlalchemy import Dialect, Executable, Insert, Select, Table
from sqlalchemy.exc import DBAPIError
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.dml import UpdateBase
from sqlmodel.ext.asyncio.session import AsyncSession

from db import sqlite_driver

CONNECTION = "direct_writes.connection"
"""Where a session keeps its transaction's SQLite connection (or None: not SQLite's driver)."""

Processor = Callable[[Any], Any] | None
Value = TypeVar("Value")
Bind = tuple[str, Any, Processor]
"""A positional parameter: its name, its value when not given, its bind processor."""


@dataclass(frozen=True)
class Written:
    rowcount: int
    key: Any
    """An insert's generated or given single-column primary key; None otherwise."""


@dataclass(frozen=True)
class Plain:
    """A statement compiled for SQLite, with its positional parameters."""

    sql: str
    binds: tuple[Bind, ...]


@dataclass(frozen=True)
class Prepared(Plain):
    key_column: str | None
    """An insert's single primary-key column, read back as sqlite3's lastrowid when not given."""


@dataclass(frozen=True)
class PreparedRead(Plain):
    row: Callable[..., tuple[Any, ...]]
    """Makes a row: a named tuple of the selected columns."""
    processors: tuple[Processor, ...]
    """Per selected column, its type's result processor."""


Compiled = TypeVar("Compiled", bound=Plain)


async def write(
    session: AsyncSession, statement: Executable, values: Mapping[str, Any]
) -> Written | None:
    """The write done, or None when it is the session's to run (see the module's docstring)."""
    ready = await _ready(session, statement, values, _prepare)
    if ready is None:
        return None
    connection, prepared = ready
    rowcount, lastrowid = await _run(connection, prepared, values, _execute)
    key = None
    if prepared.key_column is not None:
        key = values.get(prepared.key_column, lastrowid)
    return Written(rowcount, key)


async def read(
    session: AsyncSession, statement: Executable, values: Mapping[str, Any]
) -> list[tuple[Any, ...]] | None:
    """The rows read, or None when it is the session's to run (see the module's docstring)."""
    ready = await _ready(session, statement, values, _prepare_read)
    if ready is None:
        return None
    connection, prepared = ready
    found = await _run(connection, prepared, values, _fetch)
    processors = prepared.processors
    return [
        prepared.row(
            *(
                processor(value) if processor is not None else value
                for value, processor in zip(raw, processors, strict=True)
            )
        )
        for raw in found
    ]


async def _ready(
    session: AsyncSession,
    statement: Executable,
    values: Mapping[str, Any],
    prepare: Callable[[Executable, tuple[str, ...], Dialect], Compiled | None],
) -> tuple[sqlite_driver.Connection, Compiled] | None:
    """The transaction's connection and the statement compiled, when it can run here."""
    connection = await _connection(session)
    if connection is None:
        return None
    dialect = session.sync_session.get_bind().dialect
    prepared = prepare(statement, tuple(sorted(values)), dialect)
    return None if prepared is None else (connection, prepared)


async def _run(
    connection: sqlite_driver.Connection,
    prepared: Plain,
    values: Mapping[str, Any],
    step: Callable[[str, list[Any], sqlite3.Connection], Value],
) -> Value:
    parameters = [
        processor(value) if processor is not None else value
        for value, processor in (
            (values.get(name, default), processor) for name, default, processor in prepared.binds
        )
    ]
    try:
        return await connection.run(partial(step, prepared.sql, parameters))
    except sqlite3.Error as error:
        raise DBAPIError.instance(
            prepared.sql, parameters, error, sqlite3.Error, hide_parameters=True
        ) from error


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
        compiled.effective_returning or compiled.insert_prefetch or compiled.update_prefetch
    )
    binds = _binds(compiled, names, dialect)
    if not plain or binds is None:
        return None
    return Prepared(compiled.string, binds, _key_column(statement, names))


@lru_cache(maxsize=128)
def _prepare_read(
    statement: Executable, names: tuple[str, ...], dialect: Dialect
) -> PreparedRead | None:
    """As `_prepare`, for a select of plain columns."""
    if not isinstance(statement, Select):
        return None
    columns = list(statement.selected_columns)
    fields = [column.key or "" for column in columns]
    if not all(field.isidentifier() and not field.startswith("_") for field in fields):
        return None
    if len(set(fields)) != len(fields):
        return None
    compiled = statement.compile(dialect=dialect)
    assert isinstance(compiled, SQLCompiler)
    binds = _binds(compiled, names, dialect)
    if binds is None:
        return None
    processors = tuple(
        column.type.dialect_impl(dialect).result_processor(dialect, None) for column in columns
    )
    row = namedtuple("Row", fields)  # type: ignore[misc]
    return PreparedRead(compiled.string, binds, row, processors)


def _binds(
    compiled: SQLCompiler, names: tuple[str, ...], dialect: Dialect
) -> tuple[Bind, ...] | None:
    """The positional parameters, or None when they need more than plain binds."""
    if (
        compiled.literal_execute_params
        or compiled.post_compile_params
        or compiled.positiontup is None
    ):
        return None
    binds = []
    for name in compiled.positiontup:
        bind = compiled.binds[name]
        if bind.expanding or (bind.required and name not in names):
            return None
        processor = bind.type.dialect_impl(dialect).bind_processor(dialect)
        binds.append((name, bind.effective_value, processor))
    return tuple(binds)


def _key_column(statement: Executable, names: tuple[str, ...]) -> str | None:
    if not isinstance(statement, Insert) or not isinstance(statement.table, Table):
        return None
    key = list(statement.table.primary_key)
    if len(key) != 1:
        return None
    column = key[0]
    generated = statement.table.autoincrement_column is column
    return column.key if column.key in names or generated else None


def _fetch(sql: str, parameters: list[Any], connection: sqlite3.Connection) -> list[Any]:
    cursor = connection.execute(sql, parameters)
    try:
        return cursor.fetchall()
    finally:
        cursor.close()


def _execute(sql: str, parameters: list[Any], connection: sqlite3.Connection) -> tuple[int, Any]:
    cursor = connection.execute(sql, parameters)
    try:
        return cursor.rowcount, cursor.lastrowid
    finally:
        cursor.close()
