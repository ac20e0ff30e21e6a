"""Alembic run on its own (`alembic upgrade head`) finds the bot's database without the bot."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory

from bot.config import load_settings
from db.migrate import alembic_config, head_revision
from db.url import configured_database_url

ROOT = Path(__file__).parents[2]
STANDALONE_UPGRADE = """
import sys
from alembic import command
from db.migrate import alembic_config
command.upgrade(alembic_config(), "head")
print(sorted(name for name in sys.modules if name.split(".")[0] == "bot"))
"""
PREPARE = """
import asyncio, sys
from db.engine import create_engine
from db.setup import prepare_database

async def prepare() -> None:
    engine = create_engine("sqlite+aiosqlite:///twice.db")
    await prepare_database(engine)
    await engine.dispose()

asyncio.run(prepare())
print("alembic" in sys.modules)
"""


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("DATABASE_URL", raising=False)


def test_the_url_is_found_as_the_settings_find_it(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    assert configured_database_url() == load_settings().database_url
    (tmp_path / ".env").write_text("DATABASE_URL=sqlite:///from-dotenv.db\n", encoding="utf-8")
    assert configured_database_url() == load_settings().database_url
    assert configured_database_url() == "sqlite+aiosqlite:///from-dotenv.db"
    monkeypatch.setenv("DATABASE_URL", "postgresql://senim@db/senim")
    assert configured_database_url() == load_settings().database_url
    assert configured_database_url() == "postgresql+asyncpg://senim@db/senim"


def test_standalone_alembic_migrates_the_dotenv_database_without_importing_the_bot(
    tmp_path: Path,
) -> None:
    (tmp_path / ".env").write_text("DATABASE_URL=sqlite:///from-dotenv.db\n", encoding="utf-8")
    assert _run_in_a_new_process(STANDALONE_UPGRADE, tmp_path) == "[]"
    with sqlite3.connect(tmp_path / "from-dotenv.db") as connection:
        (revision,) = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    assert revision == ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert not (tmp_path / "senim.db").exists()


def test_the_head_read_from_the_files_is_alembics() -> None:
    assert head_revision() == ScriptDirectory.from_config(alembic_config()).get_current_head()


def _run_in_a_new_process(script: str, tmp_path: Path) -> str:
    """`script`'s output, run in `tmp_path` with no DATABASE_URL."""
    environment = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    environment["PYTHONPATH"] = str(ROOT)
    return subprocess.run(
        [sys.executable, "-c", script],
        cwd=tmp_path,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    ).stdout.strip()


def test_an_up_to_date_database_is_prepared_without_alembic(tmp_path: Path) -> None:
    assert _run_in_a_new_process(PREPARE, tmp_path) == "True"  # a new one is migrated
    assert _run_in_a_new_process(PREPARE, tmp_path) == "False"
    with sqlite3.connect(tmp_path / "twice.db") as connection:
        (revision,) = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    assert revision == head_revision()
