"""A vote's plain writes and reads: straight on SQLite's connection, through the session elsewhere;
the same rows, keys, counts and errors either way."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest
from sqlalchemy import Column, Integer, MetaData, String, Table, event, insert
from sqlalchemy import select as rows_of_columns
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncEngine
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from db.engine import SessionFactory
from db.models import Poll, PollVote, utcnow
from db.queries import pending_polls, polls, rows


def a_poll() -> Poll:
    return Poll(
        telegram_id="pending:1",
        question="Доверяете ли вы полиции?",
        options=["Да", "Нет", "Частично"],
        language="ru",
        anonymous=False,
        counts=[0, 0, 0],
        closes_at=utcnow() + timedelta(days=1),
        recipient="someone",
    )


@pytest.fixture
def statements(engine: AsyncEngine) -> Iterator[list[str]]:
    """The statements SQLAlchemy executes."""
    seen: list[str] = []

    def executed(*arguments: object) -> None:
        seen.append(str(arguments[2]))

    event.listen(engine.sync_engine, "before_cursor_execute", executed)
    yield seen
    event.remove(engine.sync_engine, "before_cursor_execute", executed)


def below_sqlalchemy(engine: AsyncEngine) -> bool:
    return engine.dialect.name == "sqlite"


async def with_a_vote(session: AsyncSession, poll: Poll, when: datetime) -> int:
    """The poll written, with p's answer [0, 2] (update 7) to it; returns its id."""
    poll_id: int = await rows.insert_row(session, Poll, poll)
    vote = {"poll_id": poll_id, "pseudonym": "p", "option_ids": [0, 2], "update_id": 7}
    await rows.write(session, polls.VOTE_ADDED, {**vote, "updated_at": when})
    return poll_id


async def test_a_poll_and_a_vote_read_back_as_written(
    sessions: SessionFactory, engine: AsyncEngine, statements: list[str]
) -> None:
    written, when = a_poll(), utcnow()
    async with sessions.begin() as session:
        poll_id = await with_a_vote(session, written, when)
    writes = [s for s in statements if s.startswith("INSERT")]
    assert len(writes) == (0 if below_sqlalchemy(engine) else 2)
    async with sessions() as session:
        poll = await session.get(Poll, poll_id)
        stored = (await session.exec(select(PollVote))).one()
    assert poll is not None and poll.model_dump(exclude={"id"}) == written.model_dump(
        exclude={"id"}
    )
    assert (stored.option_ids, stored.update_id, stored.updated_at) == ([0, 2], 7, when)


async def test_a_conditional_update_counts_the_rows_it_changed(sessions: SessionFactory) -> None:
    async with sessions.begin() as session:
        poll_id = await rows.insert_row(session, Poll, a_poll())
        first = await rows.write(session, polls.NEXT_CLAIMED, {"poll_id": poll_id})
        again = await rows.write(session, polls.NEXT_CLAIMED, {"poll_id": poll_id})
        confirmed = await pending_polls.confirm(session, poll_id, "5000", None)
    assert (first.rowcount, again.rowcount, first.key, confirmed) == (1, 0, None, True)
    async with sessions() as session:
        poll = await session.get(Poll, poll_id)
    assert poll is not None and (poll.next_sent, poll.telegram_id) == (True, "5000")


async def test_a_constraint_broken_is_sqlalchemys_integrity_error_and_nothing_is_kept(
    sessions: SessionFactory,
) -> None:
    vote = {"pseudonym": "p", "option_ids": [1], "update_id": 1, "updated_at": utcnow()}
    async with sessions.begin() as session:
        poll_id = await rows.insert_row(session, Poll, a_poll())
    with pytest.raises(IntegrityError):
        async with sessions.begin() as session:
            await rows.write(session, polls.VOTE_ADDED, {"poll_id": poll_id, **vote})
            await rows.write(session, polls.VOTE_ADDED, {"poll_id": poll_id, **vote})
    async with sessions() as session:
        assert (await session.exec(select(PollVote))).all() == []


async def test_a_session_not_yet_in_a_transaction_writes_too(sessions: SessionFactory) -> None:
    async with sessions() as session:
        poll_id = await rows.insert_row(session, Poll, a_poll())
        await session.commit()
    async with sessions() as session:
        found = await session.exec(select(Poll).where(col(Poll.id) == poll_id))
        assert found.one().telegram_id == "pending:1"


async def test_a_python_side_default_is_left_to_sqlalchemy(
    sessions: SessionFactory, engine: AsyncEngine
) -> None:
    table = Table(
        "with_default",
        MetaData(),
        Column("id", Integer, primary_key=True),
        Column("value", String(8)),
        Column("kind", String(8), default="plain"),
    )
    async with engine.begin() as connection:
        await connection.run_sync(table.metadata.create_all)
    async with sessions.begin() as session:
        written = await rows.write(session, insert(table), {"value": "a"})
    async with engine.connect() as connection:
        found = (await connection.execute(table.select())).one()
    assert tuple(found) == (written.key, "a", "plain")


async def test_a_vote_s_poll_and_answer_read_back_as_plain_rows(
    sessions: SessionFactory, engine: AsyncEngine, statements: list[str]
) -> None:
    written = a_poll()
    async with sessions.begin() as session:
        poll_id = await with_a_vote(session, written, utcnow())
        values = {"telegram_id": "pending:1", "pseudonym": "p"}
        found = await rows.read(session, polls.POLL_AND_VOTE, values)
        nobody = await rows.read(session, polls.POLL_AND_VOTE, {**values, "pseudonym": "q"})
        unknown = await rows.read(session, polls.POLL_AND_VOTE, {**values, "telegram_id": "1"})
    reads = [s for s in statements if s.startswith("SELECT")]
    assert len(reads) == (0 if below_sqlalchemy(engine) else 3)
    (row,) = found
    poll = polls.VotedPoll(*row[: len(polls.VOTED_POLL)])
    assert (poll.options, poll.survey, poll.next_sent) == (written.options, None, False)
    assert (poll.id, poll.chat_id, poll.language, poll.closed) == (poll_id, None, "ru", False)
    assert (row.id, row.vote_option_ids, row.vote_update_id) == (poll_id, [0, 2], 7)
    assert row[0] == poll_id and row.stored_zone is not None
    assert [(r.vote_id, r.vote_option_ids) for r in nobody] == [(None, None)]
    assert unknown == []


async def test_a_read_outside_a_transaction_or_of_an_unnamed_column_is_the_session_s(
    sessions: SessionFactory, statements: list[str]
) -> None:
    unnamed = rows_of_columns(polls.POLLS.c.id + 1)  # no name for a named tuple's field
    async with sessions.begin() as session:
        poll_id = await rows.insert_row(session, Poll, a_poll())
        (in_transaction,) = await rows.read(session, unnamed, {})
    async with sessions() as session:
        values = {"telegram_id": "pending:1", "pseudonym": "p"}
        (alone,) = await rows.read(session, polls.POLL_AND_VOTE, values)
    assert (in_transaction[0], alone.id) == (poll_id + 1, poll_id)
    assert len([s for s in statements if s.startswith("SELECT")]) == 2


def test_a_poll_record_has_the_poll_tables_columns() -> None:
    """PollRecord restates Poll's columns for speed; a column added to one must reach the other."""
    from dataclasses import fields

    from db.models import Poll, PollRecord

    assert {f.name for f in fields(PollRecord)} == set(Poll.model_fields)
