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
from db.migrate import alembic_config
from db.url import configured_database_url

ROOT = Path(__file__).parents[2]
STANDALONE_UPGRADE = """
import sys
from alembic import command
from db.migrate import alembic_config
command.upgrade(alembic_config(), "head")
print(sorted(name for name in sys.modules if name.split(".")[0] == "bot"))
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
    environment = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    environment["PYTHONPATH"] = str(ROOT)
    done = subprocess.run(
        [sys.executable, "-c", STANDALONE_UPGRADE],
        cwd=tmp_path,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert done.stdout.strip() == "[]"
    with sqlite3.connect(tmp_path / "from-dotenv.db") as connection:
        (revision,) = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    assert revision == ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert not (tmp_path / "senim.db").exists()
