"""Rows written as plain insert statements rather than through the session's unit of work,
for the writes that come with every vote: the ORM's bookkeeping cost more than the writes; and
the rows a vote reads, as plain rows. On SQLite they run below SQLAlchemy's execution too
(db.direct_writes)."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Any

from sqlalchemy import (
    ColumnElement,
    CursorResult,
    Executable,
    Insert,
    Table,
    and_,
    bindparam,
    insert,
)
from sqlmodel import SQLModel
from sqlmodel.ext.asyncio.session import AsyncSession

from db import direct_writes
from db.direct_writes import Written


def table_of(model: type[SQLModel]) -> Table:
    table = model.__table__  # type: ignore[attr-defined]
    assert isinstance(table, Table)
    return table


@cache
def _insert(model: type[SQLModel]) -> Insert:
    """Built once per table, so SQLAlchemy finds its compiled form without rebuilding it."""
    return insert(table_of(model))


def keyed(table: Table) -> ColumnElement[bool]:
    """A condition on the table's primary key, bound as `key_<column>` (an update's own
    parameters name the columns it sets)."""
    return and_(*(column == bindparam(f"key_{column.key}") for column in table.primary_key))


def key_values(values: dict[str, Any]) -> dict[str, Any]:
    """A primary key's values as `keyed` binds them."""
    return {f"key_{name}": value for name, value in values.items()}


def values_of(table: Table, row: object) -> dict[str, Any]:
    """The column values of `row` (a table model, or a plain object with the same attributes);
    an unset generated key is left to the database."""
    values = ((column, getattr(row, column.key)) for column in table.columns)
    return {
        column.key: value for column, value in values if value is not None or not column.primary_key
    }


async def run(session: AsyncSession, statement: Executable, values: Any) -> CursorResult[Any]:
    """A plain statement in the session's transaction. Unlike an ORM one, it flushes nothing
    first: the session holds no unwritten rows where these run."""
    result = await session.exec(statement, params=values)  # type: ignore[call-overload]
    assert isinstance(result, CursorResult)
    return result


async def write(session: AsyncSession, statement: Executable, values: dict[str, Any]) -> Written:
    """A plain insert, update or delete built once, in the session's transaction."""
    written = await direct_writes.write(session, statement, values)
    if written is not None:
        return written
    result = await run(session, statement, values)
    key = result.inserted_primary_key if result.context.isinsert else None
    return Written(result.rowcount, key[0] if key is not None and len(key) == 1 else None)


async def read(
    session: AsyncSession, statement: Executable, values: dict[str, Any]
) -> Sequence[Any]:
    """The rows of a select of plain columns built once, in the session's transaction; each
    row's columns by position and by name. Changes the session holds are flushed first, as
    before an ORM read."""
    if session.new or session.dirty or session.deleted:
        await session.flush()
    found = await direct_writes.read(session, statement, values)
    if found is not None:
        return found
    return (await run(session, statement, values)).all()


async def insert_row(session: AsyncSession, model: type[SQLModel], row: object) -> Any:
    """Insert the row into the model's table; returns its generated key (None when it has
    none)."""
    return (await write(session, _insert(model), values_of(table_of(model), row))).key
