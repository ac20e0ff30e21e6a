"""The database layer: migrations, the seeded official series, chats and preferences."""

from __future__ import annotations

import csv
import io
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import Connection, inspect
from sqlalchemy.ext.asyncio import AsyncEngine

from db.engine import SessionFactory
from db.models import Figure
from db.queries import chats, preferences
from db.queries.figures import list_figures, upsert_figures
from db.seed import SEED_FILE, FigureFileError, read_figures
from db.setup import prepare_database

# A copy of the source article, so the provenance check needs nothing outside the repository.
ARTICLE = Path(__file__).parents[1] / "data" / "article-ru.txt"


async def test_migrations_create_every_table(engine: AsyncEngine) -> None:
    async with engine.connect() as connection:
        tables = await connection.run_sync(lambda sync: set(inspect(sync).get_table_names()))
    assert {"figures", "chats", "user_preferences", "bot_settings", "alembic_version"} <= tables


async def test_the_seed_holds_every_fact_and_nothing_else(sessions: SessionFactory) -> None:
    async with sessions() as session:
        figures = {(f.metric, f.period): f for f in await list_figures(session)}
    assert figures[("trust_share", 2025)].value == 63
    assert figures[("trust_share", 2019)].value == 38
    assert figures[("distrust_share", 2025)].value == 37
    assert figures[("corruption_police_one_in", 2025)].value == 7
    assert figures[("offence_reports", 2025)].value == 800_000
    assert figures[("offence_reports_not_considered", 2025)].value == 500_000
    statements = {metric for (metric, _), f in figures.items() if f.unit == "statement"}
    assert statements == {
        "growth_wording",
        "prevention_gaps",
        "concealment",
        "reform_context",
        "assessment",
    }
    assert len(figures) == 11
    for figure in figures.values():
        assert figure.publication == "Курсив"
        assert figure.published_on.isoformat() == "2025-10-13"
        assert figure.quote and figure.source


def test_every_seed_quote_is_in_the_article() -> None:
    article = ARTICLE.read_text(encoding="utf-8")
    normalised_article = " ".join(article.split()).lower()
    with SEED_FILE.open(encoding="utf-8") as stream:
        for figure in read_figures(stream):
            for sentence in figure.quote.rstrip(".").split(". "):
                fragment = " ".join(sentence.split()).lower()
                assert fragment in normalised_article, (figure.metric, fragment)


async def test_preparing_twice_keeps_admins_edits(
    engine: AsyncEngine, sessions: SessionFactory
) -> None:
    async with sessions() as session:
        edited = (await list_figures(session))[0]
        edited.quote = "edited by an admin"
        session.add(edited)
        await session.commit()
    await prepare_database(engine)
    async with sessions() as session:
        quotes = [f.quote for f in await list_figures(session)]
    assert "edited by an admin" in quotes
    assert len(quotes) == 11


async def test_upsert_adds_new_points_and_updates_existing(sessions: SessionFactory) -> None:
    rows = "\n".join(
        [
            "metric,period,value,unit,source,publication,published_on,quote",
            "trust_share,2026,70,percent,Test source,Test,2026-01-01,Test quote",
            "trust_share,2025,64,percent,Test source,Test,2026-01-01,Corrected quote",
        ]
    )
    async with sessions.begin() as session:
        added, updated = await upsert_figures(session, read_figures(io.StringIO(rows)))
        figures = {(f.metric, f.period): f for f in await list_figures(session)}
    assert (added, updated) == (1, 1)
    assert figures[("trust_share", 2026)].value == 70
    assert figures[("trust_share", 2025)].value == 64
    assert figures[("trust_share", 2025)].quote == "Corrected quote"


@pytest.mark.parametrize(
    ("row", "problem"),
    [
        ("trust_share,20x5,63,percent,S,P,2025-10-13,Q", "line 2"),
        ("trust_share,2025,63,furlongs,S,P,2025-10-13,Q", "unit"),
        ("trust_share,2025,,percent,S,P,2025-10-13,Q", "needs one"),
        ("concealment,2025,5,statement,S,P,2025-10-13,Q", "statements"),
        ("trust_share,2025,63,percent,S,P,13.10.2025,Q", "line 2"),
        ("trust_share,2025,63,percent,,P,2025-10-13,Q", "source is empty"),
    ],
)
def test_malformed_figure_rows_are_refused_with_their_line(row: str, problem: str) -> None:
    header = "metric,period,value,unit,source,publication,published_on,quote"
    with pytest.raises(FigureFileError, match=problem):
        read_figures(io.StringIO(f"{header}\n{row}\n"))


def test_a_file_without_the_columns_is_refused() -> None:
    stream = io.StringIO()
    csv.writer(stream).writerow(["metric", "value"])
    stream.seek(0)
    with pytest.raises(FigureFileError, match="missing columns"):
        read_figures(stream)


async def test_membership_and_migration_keep_the_chats_settings(sessions: SessionFactory) -> None:
    async with sessions.begin() as session:
        assert await chats.record_membership(session, -100, "group", "Дом 5", active=True)
        assert not await chats.record_membership(session, -100, "group", "Дом 5", active=True)
        await chats.set_chat_language(session, -100, "kk")
        await chats.set_chat_region(session, -100, "almaty")
        await chats.migrate_chat(session, -100, -1001, "Дом 5")
        old, new = await chats.get_chat(session, -100), await chats.get_chat(session, -1001)
        assert old is not None and new is not None
        assert not old.active and new.active
        assert (new.type, new.language, new.region) == ("supergroup", "kk", "almaty")
        assert [c.id for c in await chats.active_groups(session)] == [-1001]


async def test_preferences_are_keyed_by_pseudonym_and_can_be_deleted(
    sessions: SessionFactory,
) -> None:
    async with sessions.begin() as session:
        await preferences.set_language(session, "p1", "en")
        await preferences.set_language(session, "p1", "kk")
        assert await preferences.get_language(session, "p1") == "kk"
        assert await preferences.delete_preferences(session, "p1") == 1
        assert await preferences.get_language(session, "p1") is None


def test_figure_ids_are_not_part_of_the_seed() -> None:
    with SEED_FILE.open(encoding="utf-8") as stream:
        assert all(isinstance(f, Figure) and f.id is None for f in read_figures(stream))


async def test_the_migrations_match_the_models(engine: AsyncEngine) -> None:
    """A model change without its Alembic migration fails here, not in production."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext
    from sqlmodel import SQLModel

    def differences(connection: Connection) -> list[object]:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        return list(compare_metadata(context, SQLModel.metadata))

    async with engine.connect() as connection:
        assert await connection.run_sync(differences) == []


def test_a_new_database_is_migrated_apart_and_the_bot_never_imports_alembic(
    database_url: str,
) -> None:
    """`senim run` migrates in a forked child (db.migrate.migrate_apart): the serving process
    would otherwise keep Alembic and the migration scripts resident for its life. Run in a
    fresh interpreter, since this test process has imported Alembic already."""
    check = (
        "import sys, asyncio\n"
        "from db.engine import create_engine\n"
        "from db.migrate import current_revision, head_revision, migrate_apart\n"
        "migrate_apart(sys.argv[1])\n"
        "async def revision():\n"
        "    engine = create_engine(sys.argv[1])\n"
        "    try:\n"
        "        return await current_revision(engine)\n"
        "    finally:\n"
        "        await engine.dispose()\n"
        "assert asyncio.run(revision()) == head_revision()\n"
        "assert not any(name.split('.')[0] in ('alembic', 'mako') for name in sys.modules)\n"
    )
    for _ in range(2):  # a new database, then one already up to date
        done = subprocess.run(
            [sys.executable, "-c", check, database_url],
            cwd=Path(__file__).parents[2],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert done.returncode == 0, done.stderr
