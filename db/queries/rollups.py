"""Survey answers rolled up on write, so /stats reads a few hundred rows at a million answers.

Tables (db.models): `stats_sources` holds what each source adds to a month — a group's latest
poll in that local month, a person's latest private answer in it — and `stats_months` their sum
per month and option; `stats_chats` each group's latest poll, `stats_latest` each person's
latest private answer, `stats_counts` the answers and respondents overall. Every write that can
change them (a poll sent or closed, Telegram's counts, a vote, /forgetme, a group becoming a
supergroup) updates them in the writer's transaction. The two that come with every vote, a
private answer (`private_answer`) and an anonymous group poll's counts (`group_counts`), write
the new values directly when the stored rows already say what they replace (the usual case: a
first answer, a changed one, the counts of a group's latest poll); every other change calls
`refresh` with the polls it touched, which recomputes the affected sources from the answers
themselves, never by guesswork. Either way the month sums move by the difference. On
PostgreSQL a transaction-scoped advisory lock per source keeps two concurrent votes from each
writing a sum that misses the other; writers take month rows in month order and the counts
last, so they wait for each other, never in a cycle.

Months are local to a time zone, stored with the rollups (`ZONE_KEY`); the migration builds them
for TIMEZONE, and start-up rebuilds them if the bot runs in another zone (`ensure_zone`). Nothing
here commits: the caller's transaction does.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import cache
from typing import Any, NamedTuple, Protocol
from zoneinfo import ZoneInfo

from sqlalchemy import (
    Connection,
    Text,
    bindparam,
    cast,
    delete,
    event,
    func,
    insert,
    literal,
    text,
    update,
)
from sqlalchemy import select as rows_of_columns
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from db.models import (
    BotSetting,
    Chat,
    Poll,
    PollVote,
    Respondent,
    StatsChat,
    StatsCount,
    StatsLatest,
    StatsMonth,
    StatsSource,
)
from db.queries import rows

ZONE_KEY = "stats_zone"
VOTERS = -1
"""The `option` of a month's row that counts people rather than answers for an option."""
PRIVATE = 0
"""The `chat_id` of a person's row."""
PERSONAL_ANSWERS = "personal_answers"
"""The StatsCount of per-person rows that hold an answer, in every poll."""
RESPONDENTS = "private_respondents"
"""The StatsCount of people with a private survey answer (a StatsLatest row)."""
GROUP_POLLS = "group_polls"
"""The StatsCount of polls sent to groups (never deleted: /forgetme removes private ones)."""

ANSWERED = func.json_array_length(col(PollVote.option_ids)) > 0

SOURCES = rows.table_of(StatsSource)
SOURCE = rows_of_columns(SOURCES).where(rows.keyed(SOURCES))
SOURCE_ADDED = insert(SOURCES)
SOURCE_CHANGED = update(SOURCES).where(rows.keyed(SOURCES))
LATEST = rows.table_of(StatsLatest)
LATEST_ADDED = insert(LATEST)
LATEST_CHANGED = update(LATEST).where(rows.keyed(LATEST))
SOURCE_AND_LATEST = (
    rows_of_columns(
        SOURCES.c.poll_id.label("source_poll_id"),
        SOURCES.c.counts.label("source_counts"),
        SOURCES.c.voters.label("source_voters"),
        LATEST.c.survey,
        LATEST.c.question_key,
        LATEST.c.poll_id,
        LATEST.c.region,
    )
    .select_from(rows_of_columns(literal(1).label("one")).subquery())
    .outerjoin(SOURCES, rows.keyed(SOURCES))
    .outerjoin(LATEST, LATEST.c.pseudonym == bindparam("pseudonym"))
)
"""A person's source for a month and their latest answers (one row without any), in one read:
one row per latest answer, the source repeated on each."""
RESPONDENTS_TABLE = rows.table_of(Respondent)
REGION_TOLD = rows_of_columns(RESPONDENTS_TABLE.c.region).where(
    RESPONDENTS_TABLE.c.pseudonym == bindparam("pseudonym")
)
SETTINGS = rows.table_of(BotSetting)
ZONE = rows_of_columns(SETTINGS.c.value).where(SETTINGS.c.key == ZONE_KEY)
ZONE_STORED = ZONE.scalar_subquery()
"""The stored zone's name as a column, for a statement that reads it beside other rows."""
# A vote's reads and writes of the rollups, built once as plain statements: the session keeps
# no copies of the rows, and SQLAlchemy reuses their compiled form.


@dataclass(frozen=True)
class SourceKey:
    survey: str
    question_key: str
    options: int
    month: date
    chat_id: int
    pseudonym: str


class SurveyPoll(Protocol):
    """What the rollups read of a poll: a Poll, or the plain row a vote reads of it
    (db.queries.polls.VotedPoll)."""

    @property
    def id(self) -> int | None: ...
    @property
    def chat_id(self) -> int | None: ...
    @property
    def survey(self) -> str | None: ...
    @property
    def question_key(self) -> str | None: ...
    @property
    def options(self) -> list[str]: ...
    @property
    def sent_at(self) -> datetime: ...


class Counted(NamedTuple):
    """Per-option counts and the people who answered."""

    counts: tuple[int, ...]
    voters: int


PrivateAnswers = list[tuple[str | None, list[int], int]]
"""(region the person told, their latest answer, how many people)."""


# Writing


async def refresh(
    session: AsyncSession, polls: Iterable[SurveyPoll], pseudonym: str | None = None
) -> None:
    """Recompute what these polls' sources add to their months; `pseudonym`: a person whose
    private answers changed (their latest answer is recomputed too)."""
    polls = [poll for poll in polls if _counted(poll, pseudonym)]
    if not polls:
        return
    zone = await stored_zone(session)
    keys = {key for poll in polls if (key := _key(poll, zone, pseudonym)) is not None}
    for key in sorted(keys, key=lambda key: (key.month, _lock_id(key))):
        await _lock(session, key)
        await _refresh_source(session, key, zone)
    if pseudonym is not None:
        for survey, question_key in {(p.survey, p.question_key) for p in polls if _private(p)}:
            assert survey is not None and question_key is not None
            await _refresh_latest(session, survey, question_key, pseudonym)


async def private_answer(
    session: AsyncSession,
    poll: SurveyPoll,
    pseudonym: str,
    before: Sequence[int],
    after: Sequence[int],
    zone: ZoneInfo,
) -> None:
    """A person's answer to a private poll went from `before` to `after` (empty: none): their
    month's source, their latest answer and the counts follow, in a few writes. Only the usual
    cases are written directly, where the stored rollups say the result without a search: a
    first answer to the question (in the month), or a changed answer on the poll that already
    counts. Any other (a retraction, another poll of the question answered) is recomputed as
    `refresh` does. `zone`: the stored one (`zone_of`), read by the caller in this transaction."""
    if not after or not _counted(poll, pseudonym):
        await refresh(session, [poll], pseudonym)
        await add_to_count(session, PERSONAL_ANSWERS, bool(after) - bool(before))
        return
    key = _key(poll, zone, pseudonym)
    assert key is not None and poll.id is not None
    await _lock(session, key)
    source, theirs = await _source_and_latest(session, key)
    if source is not None and source.poll_id != poll.id:
        await _refresh_source(session, key, zone)
    else:
        await _set_source(session, key, source, poll.id, tally(key.options, [after]))
    respondents = await _latest_answer(session, key, poll.id, after, theirs)
    changes = [(PERSONAL_ANSWERS, 1 - bool(before)), (RESPONDENTS, respondents)]
    await _add_to_counts(session, changes)


async def group_counts(session: AsyncSession, poll: Poll) -> None:
    """An anonymous group poll got new counts from Telegram. When it is its month's source (a
    group's latest poll of the month, as it usually is), its counts replace the source's, and
    the group's latest poll's when it is that too; otherwise recomputed as `refresh` does."""
    if not _counted(poll, None) or poll.id is None:
        return
    zone = await stored_zone(session)
    key = _key(poll, zone, None)
    assert key is not None
    await _lock(session, key)
    source = await _source(session, key)
    if source is None or source.poll_id != poll.id:
        await _refresh_source(session, key, zone)
        return
    counted = Counted(tuple(poll.counts), poll.voter_count)
    await _set_source(session, key, source, poll.id, counted)
    group = await session.get(StatsChat, (key.survey, key.question_key, key.options, key.chat_id))
    if group is None or (group.poll_id, group.month) != (poll.id, key.month):
        await _refresh_chat(session, key)
        return
    group.counts, group.voters = list(counted.counts), counted.voters
    session.add(group)


async def _source(session: AsyncSession, key: SourceKey) -> StoredSource | None:
    """The stored source, read as a plain row: the session keeps no copy that the plain writes
    of `_set_source` would leave stale."""
    found = await rows.read(session, SOURCE, rows.key_values(_pk_values(key)))
    row = found[0] if found else None
    return StoredSource(row.poll_id, Counted(tuple(row.counts), row.voters)) if row else None


class StoredSource(NamedTuple):
    poll_id: int
    counted: Counted


async def _source_and_latest(
    session: AsyncSession, key: SourceKey
) -> tuple[StoredSource | None, list[Any]]:
    """A private source and its person's latest answers (to every question), read together."""
    values = {**rows.key_values(_pk_values(key)), "pseudonym": key.pseudonym}
    found = await rows.read(session, SOURCE_AND_LATEST, values)
    first = found[0]
    source = None
    if first.source_poll_id is not None:
        counted = Counted(tuple(first.source_counts), first.source_voters)
        source = StoredSource(first.source_poll_id, counted)
    return source, [row for row in found if row.survey is not None]


async def _set_source(
    session: AsyncSession,
    key: SourceKey,
    source: StoredSource | None,
    poll_id: int,
    new: Counted,
) -> None:
    """The source is this poll (it was, or the month had none): its counts replace the old."""
    old = source.counted if source is not None else None
    values = {"poll_id": poll_id, "counts": list(new.counts), "voters": new.voters}
    if source is None:
        await rows.write(session, SOURCE_ADDED, {**_pk_values(key), **values})
    else:
        await rows.write(session, SOURCE_CHANGED, {**rows.key_values(_pk_values(key)), **values})
    await _add_to_month(session, key, _difference(new, old), 1)


def _difference(new: Counted, old: Counted | None) -> Counted:
    """What replacing `old` by `new` adds to their month (both have the key's option count)."""
    if old is None:
        return new
    counts = tuple(after - before for after, before in zip(new.counts, old.counts, strict=True))
    return Counted(counts, new.voters - old.voters)


async def _latest_answer(
    session: AsyncSession,
    key: SourceKey,
    poll_id: int,
    after: Sequence[int],
    theirs: Sequence[Any],
) -> int:
    """The person's (`key.pseudonym`) latest answer to the question is now this one, `theirs`
    their stored latest answers; returns the change in the number of respondents (1 for their
    first private answer)."""
    pseudonym = key.pseudonym
    question = (key.survey, key.question_key)
    stored = next((row for row in theirs if (row.survey, row.question_key) == question), None)
    if stored is not None and stored.poll_id != poll_id:
        await _refresh_latest(session, key.survey, key.question_key, pseudonym)
        return 0
    which = {"survey": key.survey, "question_key": key.question_key, "pseudonym": pseudonym}
    if stored is not None:
        changed = {**rows.key_values(which), "option_ids": list(after)}
        await rows.write(session, LATEST_CHANGED, changed)
        return 0
    told = theirs[0].region if theirs else await _region_told(session, pseudonym)
    added = {**which, "option_ids": list(after), "poll_id": poll_id, "region": told}
    await rows.write(session, LATEST_ADDED, added)
    return 0 if theirs else 1


async def _region_told(session: AsyncSession, pseudonym: str) -> str | None:
    found = await rows.read(session, REGION_TOLD, {"pseudonym": pseudonym})
    return found[0].region if found else None


async def add_to_count(session: AsyncSession, name: str, change: int) -> None:
    """Answers, respondents or group polls were added, or, negative, taken back or deleted."""
    await _add_to_counts(session, [(name, change)])


async def _add_to_counts(session: AsyncSession, changes: Sequence[tuple[str, int]]) -> None:
    rows = [{"name": name, "value": change} for name, change in changes if change]
    if rows:
        await _upsert_add(session, StatsCount, ["name"], rows, "value")


async def forget(
    session: AsyncSession, pseudonym: str, group_polls: Sequence[Poll], answers: int
) -> None:
    """After /forgetme deleted a person's `answers`: drop their rows, take them out of the month
    sums and the count, and recompute the group polls they had answered by name."""
    responded = await _responded(session, pseudonym)
    await _drop_sources(session, col(StatsSource.pseudonym) == pseudonym)
    await session.exec(delete(StatsLatest).where(col(StatsLatest.pseudonym) == pseudonym))
    await refresh(session, group_polls)
    # Counts last, as every writer takes them: month rows, then counts (no lock cycles).
    await add_to_count(session, PERSONAL_ANSWERS, -answers)
    await add_to_count(session, RESPONDENTS, -responded)


async def chat_moved(session: AsyncSession, old_chat_id: int, new_chat_id: int) -> None:
    """A group became a supergroup and its polls moved: its months follow them."""
    await _drop_sources(session, col(StatsSource.chat_id) == old_chat_id)
    await session.exec(delete(StatsChat).where(col(StatsChat.chat_id) == old_chat_id))
    moved = await session.exec(select(Poll).where(col(Poll.chat_id) == new_chat_id))
    await refresh(session, moved.all())


async def _drop_sources(session: AsyncSession, which: Any) -> None:
    """Take these sources out of their month sums (in month order, as every writer locks them),
    then delete them."""
    rows = (await session.exec(select(StatsSource).where(which))).all()
    for row in sorted(rows, key=lambda row: row.month):
        await _add_to_month(session, _row_key(row), Counted(tuple(row.counts), row.voters), -1)
    await session.exec(delete(StatsSource).where(which))


async def stored_zone(session: AsyncSession) -> ZoneInfo:
    return zone_of((await rows.run(session, ZONE, {})).scalar())


def zone_of(stored: str | None) -> ZoneInfo:
    """The rollups' zone from its stored name (none stored: the migration's default)."""
    return ZoneInfo(stored if stored is not None else "Asia/Almaty")


async def ensure_zone(session: AsyncSession, zone: ZoneInfo) -> bool:
    """Rebuild the rollups if they were built for another time zone; True if it did."""
    stored = await session.get(BotSetting, ZONE_KEY)
    if stored is not None and stored.value == zone.key:
        return False
    await rebuild(session, zone)
    return True


async def rebuild(session: AsyncSession, zone: ZoneInfo) -> None:
    """Every rollup from the answers, for `zone`."""
    await pending_additions_written(session)
    await session.run_sync(lambda sync: rebuild_on(sync.connection(), zone))


def rebuild_on(connection: Connection, zone: ZoneInfo) -> None:
    """Every rollup from the answers, on a plain connection (the migration has one)."""
    for table in (StatsSource, StatsMonth, StatsLatest, StatsChat, StatsCount):
        connection.execute(delete(table))
    sources: dict[SourceKey, tuple[tuple[datetime, int], Counted]] = {}
    polls = _in_slices(
        connection,
        rows_of_columns(
            col(Poll.id),
            col(Poll.chat_id),
            col(Poll.survey),
            col(Poll.question_key),
            col(Poll.options),
            col(Poll.anonymous),
            col(Poll.counts),
            col(Poll.voter_count),
            col(Poll.sent_at),
        )
        .where(col(Poll.survey).is_not(None), col(Poll.question_key).is_not(None))
        .where(col(Poll.chat_id).is_not(None)),
        col(Poll.id),
    )
    named = _votes_by_poll(connection, [row.id for row in polls if not row.anonymous])
    for row in polls:
        key = SourceKey(
            row.survey,
            row.question_key,
            len(row.options),
            month_of(row.sent_at, zone),
            row.chat_id,
            "",
        )
        order = (as_utc(row.sent_at), row.id)
        if key not in sources or sources[key][0] < order:
            counted = (
                Counted(tuple(row.counts), row.voter_count)
                if row.anonymous
                else tally(len(row.options), named.get(row.id, []))
            )
            sources[key] = (order, counted)
    latest: dict[tuple[str, str, str], tuple[tuple[datetime, int], list[int], int]] = {}
    answers = _in_slices(
        connection,
        rows_of_columns(
            col(PollVote.id),
            col(PollVote.pseudonym),
            col(PollVote.option_ids),
            col(PollVote.updated_at),
            col(Poll.id).label("poll_id"),
            col(Poll.survey),
            col(Poll.question_key),
            col(Poll.options),
            col(Poll.sent_at),
        )
        .join(Poll, col(Poll.id) == col(PollVote.poll_id))
        .where(col(Poll.chat_id).is_(None), col(Poll.survey).is_not(None), ANSWERED)
        .where(col(Poll.question_key).is_not(None)),
        col(PollVote.id),
    )
    for row in answers:
        key = SourceKey(
            row.survey,
            row.question_key,
            len(row.options),
            month_of(row.sent_at, zone),
            PRIVATE,
            row.pseudonym,
        )
        order = (as_utc(row.sent_at), row.poll_id)
        if key not in sources or sources[key][0] < order:
            sources[key] = (order, tally(len(row.options), [row.option_ids]))
        person = (row.survey, row.question_key, row.pseudonym)
        answered = (as_utc(row.updated_at), row.id)
        if person not in latest or latest[person][0] < answered:
            latest[person] = (answered, list(row.option_ids), row.poll_id)
    months: dict[tuple[str, str, int, date, int], int] = {}
    for key, (_, counted) in sources.items():
        for option, count in _rows_of(counted):
            month = (key.survey, key.question_key, key.options, key.month, option)
            months[month] = months.get(month, 0) + count
    _insert(
        connection,
        StatsSource,
        [
            {
                "survey": key.survey,
                "question_key": key.question_key,
                "options": key.options,
                "month": key.month,
                "chat_id": key.chat_id,
                "pseudonym": key.pseudonym,
                "poll_id": order[1],
                "counts": list(counted.counts),
                "voters": counted.voters,
            }
            for key, (order, counted) in sources.items()
        ],
    )
    _insert(
        connection,
        StatsMonth,
        [
            {
                "survey": survey,
                "question_key": question_key,
                "options": options,
                "month": month,
                "option": option,
                "count": count,
            }
            for (survey, question_key, options, month, option), count in months.items()
        ],
    )
    told = dict(
        connection.execute(rows_of_columns(col(Respondent.pseudonym), col(Respondent.region))).all()
    )
    _insert(
        connection,
        StatsLatest,
        [
            {
                "survey": survey,
                "question_key": question_key,
                "pseudonym": pseudonym,
                "option_ids": option_ids,
                "region": told.get(pseudonym),
                "poll_id": poll_id,
            }
            for (survey, question_key, pseudonym), (_, option_ids, poll_id) in latest.items()
        ],
    )
    chats: dict[tuple[str, str, int, int], tuple[SourceKey, int, Counted]] = {}
    for key, (order, counted) in sources.items():
        group = (key.survey, key.question_key, key.options, key.chat_id)
        if key.chat_id != PRIVATE and (group not in chats or chats[group][0].month < key.month):
            chats[group] = (key, order[1], counted)
    _insert(
        connection,
        StatsChat,
        [
            _pk_values(key)
            | {"poll_id": poll_id, "counts": list(counted.counts), "voters": counted.voters}
            for key, poll_id, counted in chats.values()
        ],
        skip=("pseudonym",),
    )
    personal = sum(
        count
        for (count,) in _in_slices(
            connection, rows_of_columns(func.count()).where(ANSWERED), col(PollVote.id)
        )
    )
    people = len({pseudonym for _survey, _question, pseudonym in latest})
    group_polls = connection.execute(
        rows_of_columns(func.count()).where(col(Poll.chat_id).is_not(None))
    ).scalar_one()
    _insert(
        connection,
        StatsCount,
        [
            {"name": PERSONAL_ANSWERS, "value": personal},
            {"name": RESPONDENTS, "value": people},
            {"name": GROUP_POLLS, "value": group_polls},
        ],
    )
    connection.execute(delete(BotSetting).where(col(BotSetting.key) == ZONE_KEY))
    connection.execute(BotSetting.__table__.insert(), [{"key": ZONE_KEY, "value": zone.key}])  # type: ignore[attr-defined]


SLICE = 50_000
"""Rows of ids read at once while rebuilding: every statement stays well within the database's
time limit at millions of answers."""


def _in_slices(connection: Connection, statement: Any, id_column: Any) -> list[Any]:
    """The statement's rows, read one range of `id_column` at a time."""
    highest: int = connection.execute(rows_of_columns(func.max(id_column))).scalar_one() or 0
    rows: list[Any] = []
    for start in range(0, highest + 1, SLICE):
        rows += connection.execute(
            statement.where(id_column >= start, id_column < start + SLICE)
        ).all()
    return rows


def _votes_by_poll(connection: Connection, poll_ids: Sequence[int]) -> dict[int, list[list[int]]]:
    votes: dict[int, list[list[int]]] = {}
    for start in range(0, len(poll_ids), 5_000):
        chunk = poll_ids[start : start + 5_000]
        for poll_id, option_ids in connection.execute(
            rows_of_columns(col(PollVote.poll_id), col(PollVote.option_ids)).where(
                col(PollVote.poll_id).in_(chunk)
            )
        ).all():
            votes.setdefault(poll_id, []).append(list(option_ids))
    return votes


def _insert(
    connection: Connection, table: Any, rows: list[dict[str, Any]], skip: Sequence[str] = ()
) -> None:
    rows = [{name: value for name, value in row.items() if name not in skip} for row in rows]
    for start in range(0, len(rows), 20_000):
        connection.execute(table.__table__.insert(), rows[start : start + 20_000])


async def _refresh_source(session: AsyncSession, key: SourceKey, zone: ZoneInfo) -> None:
    start, end = month_bounds(key.month, zone)
    in_month = (
        col(Poll.survey) == key.survey,
        col(Poll.question_key) == key.question_key,
        func.json_array_length(col(Poll.options)) == key.options,
        col(Poll.sent_at) >= start,
        col(Poll.sent_at) < end,
    )
    newest = (col(Poll.sent_at).desc(), col(Poll.id).desc())
    found: tuple[int, Counted] | None = None
    if key.chat_id != PRIVATE:
        poll = (
            await session.exec(
                select(Poll)
                .where(col(Poll.chat_id) == key.chat_id, *in_month)
                .order_by(*newest)
                .limit(1)
            )
        ).first()
        if poll is not None:
            assert poll.id is not None
            found = (poll.id, await _poll_counted(session, poll))
    else:
        answer = (
            await session.exec(
                select(Poll.id, PollVote.option_ids)
                .join(PollVote, col(PollVote.poll_id) == col(Poll.id))
                .where(col(Poll.chat_id).is_(None), col(PollVote.pseudonym) == key.pseudonym)
                .where(ANSWERED, *in_month)
                .order_by(*newest)
                .limit(1)
            )
        ).first()
        if answer is not None:
            found = (answer[0] or 0, tally(key.options, [answer[1]]))
    stored = await session.get(StatsSource, _pk(key))
    if stored is not None:
        await _add_to_month(session, key, Counted(tuple(stored.counts), stored.voters), -1)
    if found is None:
        if stored is not None:
            await session.delete(stored)
    else:
        poll_id, counted = found
        row = stored or StatsSource(**_pk_values(key), poll_id=poll_id, counts=[], voters=0)
        row.poll_id, row.counts, row.voters = poll_id, list(counted.counts), counted.voters
        session.add(row)
        await _add_to_month(session, key, counted, 1)
    await session.flush()
    if key.chat_id != PRIVATE:
        await _refresh_chat(session, key)


async def _refresh_chat(session: AsyncSession, key: SourceKey) -> None:
    """The group's latest poll is the latest of its newest month."""
    scope = (
        col(StatsSource.survey) == key.survey,
        col(StatsSource.question_key) == key.question_key,
        col(StatsSource.options) == key.options,
        col(StatsSource.chat_id) == key.chat_id,
    )
    newest = (
        await session.exec(
            select(StatsSource).where(*scope).order_by(col(StatsSource.month).desc()).limit(1)
        )
    ).first()
    stored = await session.get(StatsChat, (key.survey, key.question_key, key.options, key.chat_id))
    if newest is None:
        if stored is not None:
            await session.delete(stored)
    else:
        row = stored or StatsChat(
            survey=key.survey,
            question_key=key.question_key,
            options=key.options,
            chat_id=key.chat_id,
            month=newest.month,
            poll_id=0,
            counts=[],
            voters=0,
        )
        row.month, row.poll_id = newest.month, newest.poll_id
        row.counts, row.voters = list(newest.counts), newest.voters
        session.add(row)
    await session.flush()


async def _poll_counted(session: AsyncSession, poll: Poll) -> Counted:
    if poll.anonymous:
        return Counted(tuple(poll.counts), poll.voter_count)
    votes = await session.exec(select(PollVote.option_ids).where(col(PollVote.poll_id) == poll.id))
    return tally(len(poll.options), [list(options) for options in votes.all()])


async def _refresh_latest(
    session: AsyncSession, survey: str, question_key: str, pseudonym: str
) -> None:
    answer = (
        await session.exec(
            select(Poll.id, PollVote.option_ids)
            .join(PollVote, col(PollVote.poll_id) == col(Poll.id))
            .where(
                col(Poll.chat_id).is_(None),
                col(Poll.survey) == survey,
                col(Poll.question_key) == question_key,
                col(PollVote.pseudonym) == pseudonym,
                ANSWERED,
            )
            .order_by(col(PollVote.updated_at).desc(), col(PollVote.id).desc())
            .limit(1)
        )
    ).first()
    stored = await session.get(StatsLatest, (survey, question_key, pseudonym))
    before = 1 if stored is not None else await _responded(session, pseudonym)
    if answer is None:
        if stored is not None:
            await session.delete(stored)
    else:
        told = await session.get(Respondent, pseudonym)
        row = stored or StatsLatest(
            survey=survey,
            question_key=question_key,
            pseudonym=pseudonym,
            option_ids=[],
            poll_id=0,
            region=told.region if told is not None else None,
        )
        row.poll_id, row.option_ids = answer[0] or 0, list(answer[1])
        session.add(row)
    await session.flush()
    after = 1 if answer is not None else await _responded(session, pseudonym)
    await add_to_count(session, RESPONDENTS, after - before)


async def region_told(session: AsyncSession, pseudonym: str, region: str | None) -> None:
    """A private respondent told their region: their latest answers now count in it."""
    await session.exec(
        update(StatsLatest).where(col(StatsLatest.pseudonym) == pseudonym).values(region=region)
    )


async def _responded(session: AsyncSession, pseudonym: str) -> int:
    """1 if the person has a private survey answer, else 0."""
    found = await session.exec(
        select(StatsLatest.survey).where(col(StatsLatest.pseudonym) == pseudonym).limit(1)
    )
    return int(found.first() is not None)


async def _add_to_month(session: AsyncSession, key: SourceKey, counted: Counted, sign: int) -> None:
    """Add (sign 1) or take away (-1) a source's counts from its month, in one upsert per row
    so concurrent writers add up rather than overwrite."""
    rows = [
        {
            "survey": key.survey,
            "question_key": key.question_key,
            "options": key.options,
            "month": key.month,
            "option": option,
            "count": sign * count,
        }
        for option, count in _rows_of(counted)
        if count
    ]
    if rows:
        keys = ["survey", "question_key", "options", "month", "option"]
        await _upsert_add(session, StatsMonth, keys, rows, "count")


async def _upsert_add(
    session: AsyncSession, table: Any, keys: list[str], rows: list[dict[str, Any]], column: str
) -> None:
    """Add the rows' `column` to the stored rows (inserted when missing) at the commit: see
    `Additions`."""
    additions: Additions = session.info.setdefault(ADDITIONS, Additions())
    additions.add(table, tuple(keys), column, rows)


ADDITIONS = "rollups.additions"


class Additions:
    """The month sums' and running counts' additions of a transaction, written together just
    before it commits (`write_additions`), each row once with its changes summed.

    Every vote adds to a month's rows and to the counts; a shared transaction (services.writes)
    holds the votes of many people, mostly to the same few rows, and each addition was a
    statement of its own. Nothing reads these two tables while writing (only the dashboards do,
    in sessions of their own; `pending_additions_written` before a read in the same session),
    and additions commute, so the commit sees the same sums. The rows are written in key order,
    months before counts, as `refresh` takes them (PostgreSQL: writers never wait in a cycle)."""

    def __init__(self) -> None:
        self._sums: dict[tuple[Any, tuple[str, ...], str], dict[tuple[Any, ...], dict[str, Any]]]
        self._sums = {}

    def add(
        self, table: Any, keys: tuple[str, ...], column: str, rows: list[dict[str, Any]]
    ) -> None:
        sums = self._sums.setdefault((table, keys, column), {})
        for row in rows:
            key = tuple(row[name] for name in keys)
            if key in sums:
                sums[key][column] += row[column]
            else:
                sums[key] = dict(row)

    def statements(self, on_postgres: bool) -> list[tuple[Any, list[dict[str, Any]]]]:
        """(statement, rows) per table: the month sums first, the counts last."""
        order = sorted(self._sums, key=lambda target: target[0] is StatsCount)
        return [
            (
                _upsert_adding(on_postgres, *target),
                [row for _, row in sorted(self._sums[target].items())],
            )
            for target in order
        ]


def write_additions(session: Session) -> None:
    """Before a commit (a `before_commit` listener, in the sync session's greenlet)."""
    additions: Additions | None = session.info.pop(ADDITIONS, None)
    if additions is None:
        return
    on_postgres = session.get_bind().dialect.name == "postgresql"
    for statement, summed in additions.statements(on_postgres):
        session.execute(statement, summed)


def drop_additions(session: Session, *_: Any) -> None:
    """After a rollback nothing of the transaction is kept, its additions neither."""
    session.info.pop(ADDITIONS, None)


async def pending_additions_written(session: AsyncSession) -> None:
    """Before reading the sums or counts in a session that may have added to them."""
    if ADDITIONS in session.info:
        await session.run_sync(write_additions)


event.listen(Session, "before_commit", write_additions)
event.listen(Session, "after_rollback", drop_additions)


@cache
def _upsert_adding(on_postgres: bool, table: Any, keys: tuple[str, ...], column: str) -> Any:
    """Built once, on the plain table: SQLAlchemy then reuses its compiled form without
    rebuilding the statement, and without the ORM's bulk insert (every vote runs two)."""
    rows_of = rows.table_of(table)
    statement = (postgresql if on_postgres else sqlite).insert(rows_of)
    return statement.on_conflict_do_update(
        index_elements=list(keys),
        set_={column: rows_of.c[column] + statement.excluded[column]},
    )


async def _lock(session: AsyncSession, key: SourceKey) -> None:
    if _on_postgres(session):
        await session.exec(text("SELECT pg_advisory_xact_lock(:id)"), params={"id": _lock_id(key)})  # type: ignore[call-overload]


def _on_postgres(session: AsyncSession) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def _lock_id(key: SourceKey) -> int:
    digest = hashlib.blake2b(repr(key).encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


def _key(poll: SurveyPoll, zone: ZoneInfo, pseudonym: str | None) -> SourceKey | None:
    if not _counted(poll, pseudonym) or poll.survey is None or poll.question_key is None:
        return None
    return SourceKey(
        poll.survey,
        poll.question_key,
        len(poll.options),
        month_of(poll.sent_at, zone),
        poll.chat_id if poll.chat_id is not None else PRIVATE,
        "" if poll.chat_id is not None else (pseudonym or ""),
    )


def _counted(poll: SurveyPoll, pseudonym: str | None) -> bool:
    """Whether a poll has a source: a survey question's, in a group, or answered by a person."""
    has_question = poll.survey is not None and poll.question_key is not None
    return has_question and (poll.chat_id is not None or pseudonym is not None)


def _private(poll: SurveyPoll) -> bool:
    return poll.chat_id is None and poll.survey is not None and poll.question_key is not None


def _row_key(row: StatsSource) -> SourceKey:
    return SourceKey(
        row.survey, row.question_key, row.options, row.month, row.chat_id, row.pseudonym
    )


def _pk(key: SourceKey) -> tuple[str, str, int, date, int, str]:
    return (key.survey, key.question_key, key.options, key.month, key.chat_id, key.pseudonym)


def _pk_values(key: SourceKey) -> dict[str, Any]:
    return {
        "survey": key.survey,
        "question_key": key.question_key,
        "options": key.options,
        "month": key.month,
        "chat_id": key.chat_id,
        "pseudonym": key.pseudonym,
    }


def _rows_of(counted: Counted) -> list[tuple[int, int]]:
    return [*enumerate(counted.counts), (VOTERS, counted.voters)]


def tally(option_count: int, answers: Iterable[Sequence[int]]) -> Counted:
    """Per-person answers counted as /results counts them: empty (retracted) ones and unknown
    options left out."""
    counts = [0] * option_count
    voters = 0
    for chosen in answers:
        valid = {option for option in chosen if 0 <= option < option_count}
        voters += bool(valid)
        for option in valid:
            counts[option] += 1
    return Counted(tuple(counts), voters)


def as_utc(moment: datetime) -> datetime:
    """SQLite returns stored UTC times without their zone."""
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def month_of(moment: datetime, zone: ZoneInfo) -> date:
    return as_utc(moment).astimezone(zone).date().replace(day=1)


def month_bounds(month: date, zone: ZoneInfo) -> tuple[datetime, datetime]:
    """The UTC moments a local month starts and ends at."""
    following = date(month.year + month.month // 12, month.month % 12 + 1, 1)
    return (
        datetime(month.year, month.month, 1, tzinfo=zone).astimezone(UTC),
        datetime(following.year, following.month, 1, tzinfo=zone).astimezone(UTC),
    )


# Reading


async def month_totals(
    session: AsyncSession, survey: str, question_key: str, options: int
) -> dict[date, Counted]:
    """Each month's counts over all sources, oldest first."""
    await pending_additions_written(session)
    rows = await session.exec(
        select(StatsMonth.month, StatsMonth.option, StatsMonth.count)  # type: ignore[call-overload]
        .where(
            col(StatsMonth.survey) == survey,
            col(StatsMonth.question_key) == question_key,
            col(StatsMonth.options) == options,
        )
        .order_by(col(StatsMonth.month))
    )
    sums: dict[date, list[int]] = {}
    for month, option, count in rows.all():
        sums.setdefault(month, [0] * (options + 1))[option] += count
    return {
        month: Counted(tuple(values[:options]), values[VOTERS]) for month, values in sums.items()
    }


class ChatShare(NamedTuple):
    """A group's latest poll of a question as a share: answers for the counted options, answers
    for the options the share is taken among, and the people who answered."""

    chat_id: int
    title: str
    region: str | None
    successes: int
    n: int
    voters: int


async def chat_shares(
    session: AsyncSession,
    survey: str,
    question_key: str,
    options: int,
    counted: Sequence[int],
    among: Sequence[int],
) -> list[ChatShare]:
    """Each group's latest poll of the question with `options` options, summed in SQL to the
    share's two numbers: /stats reads thousands of groups and needs no more of each."""

    def answers(chosen: Sequence[int]) -> Any:
        # An option the poll lacks counts nothing (SQL's NULL for a missing element).
        parts = [func.coalesce(col(StatsChat.counts)[option].as_integer(), 0) for option in chosen]
        return sum(parts[1:], parts[0]) if parts else literal(0)

    title = func.coalesce(col(Chat.title), "")
    shares = [answers(counted), answers(among), col(StatsChat.voters)]
    rows = await _latest_polls(
        session,
        (survey, question_key, options),
        [col(StatsChat.chat_id), title, col(Chat.region), *shares],
    )
    return [ChatShare(*row) for row in rows.all()]


async def _latest_polls(
    session: AsyncSession, question: tuple[str, str, int], columns: list[Any]
) -> Any:
    """The columns of each group's latest poll of (survey, question key, options), with the
    group's chat row."""
    survey, question_key, options = question
    return await _core(
        session,
        rows_of_columns(*columns)
        .join(Chat, col(Chat.id) == col(StatsChat.chat_id), isouter=True)
        .where(
            col(StatsChat.survey) == survey,
            col(StatsChat.question_key) == question_key,
            col(StatsChat.options) == options,
        ),
    )


@dataclass(frozen=True)
class MonthCell:
    """A month's answers from one group (`chat_id`), or from the people who told one region
    (`chat_id` None), with their counts."""

    month: date
    chat_id: int | None
    region: str | None
    counted: Counted


async def month_cells(
    session: AsyncSession, survey: str, question_key: str, options: int, months: Sequence[date]
) -> list[MonthCell]:
    """The sources of the given months: one cell per group, and the private answers summed per
    month, region and answer."""
    scope = (
        col(StatsSource.survey) == survey,
        col(StatsSource.question_key) == question_key,
        col(StatsSource.options) == options,
        col(StatsSource.month).in_(months),
    )
    groups = await _core(
        session,
        rows_of_columns(
            col(StatsSource.month),
            col(StatsSource.chat_id),
            col(Chat.region),
            col(StatsSource.counts),
            col(StatsSource.voters),
        )
        .join(Chat, col(Chat.id) == col(StatsSource.chat_id), isouter=True)
        .where(*scope, col(StatsSource.chat_id) != PRIVATE),
    )
    cells = [
        MonthCell(month, chat_id, region, Counted(tuple(counts), voters))
        for month, chat_id, region, counts, voters in groups.all()
    ]
    answer = cast(col(StatsSource.counts), Text)
    private = await _core(
        session,
        rows_of_columns(col(StatsSource.month), col(Respondent.region), answer, func.count())
        .join(Respondent, col(Respondent.pseudonym) == col(StatsSource.pseudonym), isouter=True)
        .where(*scope, col(StatsSource.chat_id) == PRIVATE)
        .group_by(col(StatsSource.month), col(Respondent.region), answer),
    )
    for month, region, counts, people in private.all():
        one = [count * people for count in json.loads(counts)]
        cells.append(MonthCell(month, None, region, Counted(tuple(one), people)))
    return cells


async def counts(session: AsyncSession) -> dict[str, int]:
    """The running counts, by name (PERSONAL_ANSWERS, RESPONDENTS, GROUP_POLLS), in one read."""
    await pending_additions_written(session)
    rows = await _core(session, rows_of_columns(col(StatsCount.name), col(StatsCount.value)))
    return {name: int(value) for name, value in rows.all()}


def count_of(name: str) -> Any:
    """A running count as an expression (0 before anything was counted), for a caller that
    reads it beside other numbers in one statement."""
    value = select(col(StatsCount.value)).where(col(StatsCount.name) == name).scalar_subquery()
    return func.coalesce(value, 0)


async def latest_private(session: AsyncSession, survey: str, question_key: str) -> PrivateAnswers:
    """(region the person told, their latest answer, how many people): each person's latest
    private answer to the question, grouped by region and answer."""
    answer = cast(col(StatsLatest.option_ids), Text)
    rows = await _core(
        session,
        rows_of_columns(col(StatsLatest.region), answer, func.count())
        .where(col(StatsLatest.survey) == survey, col(StatsLatest.question_key) == question_key)
        .group_by(col(StatsLatest.region), answer),
    )
    return [
        (region, list(json.loads(options)), int(people)) for region, options, people in rows.all()
    ]


async def _core(session: AsyncSession, statement: Any) -> Any:
    """Plain rows without the ORM's per-row work: these reads return thousands of them."""
    return await (await session.connection()).execute(statement)
