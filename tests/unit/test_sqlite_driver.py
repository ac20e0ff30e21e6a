"""The one-hop SQLite connection behind SQLAlchemy: the same results, errors and transactions."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncEngine

from db import sqlite_driver
from db.engine import create_engine, read_sessions, session_factory


@pytest.fixture
async def sqlite(tmp_path: Path) -> AsyncIterator[AsyncEngine]:
    engine = create_engine(f"sqlite+aiosqlite:///{tmp_path / 'one.db'}")
    async with engine.begin() as connection:
        await connection.execute(text("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT UNIQUE)"))
    yield engine
    await engine.dispose()


@pytest.fixture
def hops(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """The work handed to a connection's thread, one item a hop."""
    handed: list[object] = []
    hand_over = sqlite_driver._hand_over

    async def counted(jobs: object, work: object) -> object:
        handed.append(work)
        return await hand_over(jobs, work)  # type: ignore[arg-type]

    monkeypatch.setattr(sqlite_driver, "_hand_over", counted)
    return handed


async def test_a_database_file_is_opened_through_the_one_hop_connection(
    sqlite: AsyncEngine,
) -> None:
    async with sqlite.connect() as connection:
        raw = await connection.get_raw_connection()
        assert isinstance(raw.driver_connection, sqlite_driver.Connection)


async def test_rows_counts_and_generated_keys(sqlite: AsyncEngine) -> None:
    async with sqlite.begin() as connection:
        inserted = await connection.execute(text("INSERT INTO t (v) VALUES ('a')"))
        assert inserted.lastrowid == 1
        await connection.execute(text("INSERT INTO t (v) VALUES (:v)"), [{"v": "b"}, {"v": "c"}])
        changed = await connection.execute(text("UPDATE t SET v = v || '!' WHERE id > 1"))
        assert changed.rowcount == 2
        rows = await connection.execute(text("SELECT id, v FROM t ORDER BY id"))
        assert rows.all() == [(1, "a"), (2, "b!"), (3, "c!")]
        first = await connection.execute(text("SELECT v FROM t ORDER BY id"))
        assert first.scalar() == "a"


async def test_a_failed_statement_raises_and_its_transaction_rolls_back(
    sqlite: AsyncEngine,
) -> None:
    with pytest.raises(IntegrityError):
        async with sqlite.begin() as connection:
            await connection.execute(text("INSERT INTO t (v) VALUES ('same')"))
            await connection.execute(text("INSERT INTO t (v) VALUES ('same')"))
    async with sqlite.connect() as connection:
        assert (await connection.execute(text("SELECT count(*) FROM t"))).scalar() == 0


async def test_a_uri_is_opened_as_the_dialect_opens_it(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite+aiosqlite:///file:{tmp_path / 'uri.db'}?uri=true")
    try:
        async with engine.connect() as connection:
            raw = await connection.get_raw_connection()
            assert not isinstance(raw.driver_connection, sqlite_driver.Connection)
            assert (await connection.execute(text("SELECT 1"))).scalar() == 1
    finally:
        await engine.dispose()


async def test_a_transaction_begins_with_its_first_statement_and_ends_without_empty_hops(
    sqlite: AsyncEngine, hops: list[object]
) -> None:
    async with sqlite.begin() as connection:
        await connection.execute(text("INSERT INTO t (v) VALUES ('a')"))
        raw = await connection.get_raw_connection()
        assert raw.driver_connection._connection.in_transaction
    assert len(hops) == 2  # BEGIN with the insert, then the commit; no rollback on check-in
    async with sqlite.begin():
        pass
    assert len(hops) == 2  # begun and ended with no statement: nothing to send


async def test_a_write_transactions_later_statements_make_no_hop(
    sqlite: AsyncEngine, hops: list[object]
) -> None:
    with pytest.raises(IntegrityError):
        async with sqlite.begin() as connection:
            for v in "abc":
                await connection.execute(text("INSERT INTO t (v) VALUES (:v)"), {"v": v})
            assert (await connection.execute(text("SELECT count(*) FROM t"))).scalar() == 3
            await connection.execute(text("INSERT INTO t (v) VALUES ('a')"))
    assert len(hops) == 2  # the first insert with its BEGIN, then the rollback
    async with session_factory(sqlite)() as session:
        reading = await session.connection()
        assert (await reading.execute(text("SELECT count(*) FROM t"))).scalar() == 0


async def test_a_single_read_begins_no_transaction_and_makes_one_hop(
    sqlite: AsyncEngine, hops: list[object]
) -> None:
    async with read_sessions(sqlite)() as session:
        connection = await session.connection()
        assert (await connection.execute(text("SELECT count(*) FROM t"))).scalar() == 0
        raw = await connection.get_raw_connection()
        assert not raw.driver_connection._connection.in_transaction
    assert len(hops) == 1  # the statement alone: no BEGIN, no rollback


async def test_a_single_read_does_not_wait_for_another_connections_write(
    sqlite: AsyncEngine, tmp_path: Path
) -> None:
    other = create_engine(f"sqlite+aiosqlite:///{tmp_path / 'one.db'}")
    try:
        async with other.begin() as writing:
            await writing.execute(text("INSERT INTO t (v) VALUES ('not yet')"))
            async with read_sessions(sqlite)() as session:
                reading = await session.connection()
                count = (await reading.execute(text("SELECT count(*) FROM t"))).scalar()
            assert count == 0  # the committed state, read while the write lock is held
    finally:
        await other.dispose()
    async with session_factory(sqlite)() as session:
        reading = await session.connection()
        assert (await reading.execute(text("SELECT count(*) FROM t"))).scalar() == 1
