"""The leader dies without a word (SIGKILL of a real `senim run`): PostgreSQL drops its session and
with it the advisory lock, and a waiting replica leads within 30 s."""

from __future__ import annotations

import asyncio
from pathlib import Path

from sqlalchemy import text

from bot.config import Settings
from bot.handlers.leadership import LOCK_KEY
from bot.sandbox import Sandbox
from db.engine import create_engine
from tests.e2e.process import START_UP, start_senim
from tests.replicas.conftest import leads, replica, until

TAKEOVER_LIMIT = 30.0


async def lock_held(database_url: str) -> bool:
    engine = create_engine(database_url)
    try:
        async with engine.connect() as connection:
            held = await connection.scalar(
                text(
                    "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted"
                    " AND objsubid = 1 AND ((classid::bigint << 32) | objid::bigint) = :key"
                    " AND database = (SELECT oid FROM pg_database"
                    " WHERE datname = current_database())"
                ),
                {"key": LOCK_KEY},
            )
    finally:
        await engine.dispose()
    return bool(held)


async def test_a_replica_leads_within_30_s_after_the_leader_is_killed(
    replica_settings: Settings, sandbox: Sandbox, tmp_path: Path
) -> None:
    process = await start_senim(
        sandbox, tmp_path, DATABASE_URL=replica_settings.database_url, ADMIN_IDS="4242"
    )
    try:
        loop = asyncio.get_running_loop()
        started = loop.time()
        while not await lock_held(replica_settings.database_url):
            assert loop.time() - started < START_UP, "the process never led"
            await asyncio.sleep(0.2)
        async with replica(replica_settings, sandbox) as spare:
            await asyncio.sleep(1.0)
            assert not leads(spare), "one leader at a time"
            process.kill()
            await process.wait()
            took = await until(lambda: leads(spare), timeout=TAKEOVER_LIMIT)
            assert took < TAKEOVER_LIMIT
            assert await lock_held(replica_settings.database_url)
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()
