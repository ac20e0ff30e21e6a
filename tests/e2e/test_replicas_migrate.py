"""Replicas starting together on one empty database: migrations and the seed run once, under
PostgreSQL's advisory lock, and every process starts."""

from __future__ import annotations

import asyncio
import os
from pathlib import Path

from sqlmodel import func, select

from db.engine import create_engine, session_factory
from db.models import Figure
from tests.conftest import POSTGRES_URL, reset_postgres
from tests.e2e.process import SENIM, START_UP

REPLICAS = 3
ROUNDS = 2


async def upgrade(database_url: str, folder: Path) -> tuple[int | None, str]:
    process = await asyncio.create_subprocess_exec(
        SENIM, "db", "upgrade", cwd=folder, env=dict(os.environ, DATABASE_URL=database_url),
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT,
    )  # fmt: skip
    output, _ = await asyncio.wait_for(process.communicate(), timeout=START_UP)
    return process.returncode, output.decode()


async def test_processes_migrating_one_empty_database_at_once_all_succeed(
    database_url: str, tmp_path: Path
) -> None:
    for _ in range(ROUNDS):
        if POSTGRES_URL and database_url.startswith("postgresql"):
            await reset_postgres(database_url)
        else:
            Path(database_url.partition(":///")[2]).unlink(missing_ok=True)
        results = await asyncio.gather(*(upgrade(database_url, tmp_path) for _ in range(REPLICAS)))
        assert all(code == 0 for code, _ in results), results
        engine = create_engine(database_url)
        async with session_factory(engine)() as session:
            once = (await session.exec(select(func.count()).select_from(Figure))).one()
        await engine.dispose()
        seeded = (await asyncio.gather(upgrade(database_url, tmp_path)))[0]
        assert seeded[0] == 0
        assert once > 0
