"""Aggregates for /stats and /export: activity counts, survey polls with their chats, all polls.

The counts over every answer (per-person answers, respondents) and the monthly trend come from
the rollups kept on write (db.queries.rollups), so they stay cheap at a million answers.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession
from sqlmodel.sql.expression import Select

from db.models import Chat, Poll, PollVote
from db.queries import rollups
from db.queries.rollups import ANSWERED


@dataclass(frozen=True)
class Activity:
    """Counts for everything, or for one group; the counts only meaningful overall are None
    for a group."""

    group_polls: int
    anonymous_answers: int
    personal_answers: int
    active_groups: int | None = None
    private_respondents: int | None = None

    @property
    def answers(self) -> int:
        return self.anonymous_answers + self.personal_answers


@dataclass(frozen=True)
class PollRow:
    """A poll with its group's title and region (both None for private polls)."""

    poll: Poll
    title: str | None
    region: str | None


async def activity(session: AsyncSession, chat_id: int | None = None) -> Activity:
    """Anonymous polls count Telegram's voter totals; the others their per-person answers.
    Polls are counted in groups only: each private survey question is a poll of its own.
    Overall, everything is read in one statement."""

    def scoped(statement: Any) -> Any:
        return statement if chat_id is None else statement.where(Poll.chat_id == chat_id)

    anonymous_sum = scoped(
        select(func.coalesce(func.sum(Poll.voter_count), 0)).where(
            col(Poll.anonymous) == True  # noqa: E712 (a comparison the index serves)
        )
    )
    if chat_id is not None:
        anonymous = await _one(session, anonymous_sum)
        group_polls = await _one(session, scoped(select(func.count(col(Poll.id)))))
        personal = await _one(
            session,
            scoped(select(func.count(col(PollVote.id))).join(Poll).where(ANSWERED)),
        )
        return Activity(group_polls, anonymous, personal)
    await rollups.pending_additions_written(session)
    counted = (
        await session.exec(
            select(  # type: ignore[call-overload]
                anonymous_sum.scalar_subquery(),
                select(func.count(col(Chat.id))).where(col(Chat.active)).scalar_subquery(),
                rollups.count_of(rollups.GROUP_POLLS),
                rollups.count_of(rollups.PERSONAL_ANSWERS),
                rollups.count_of(rollups.RESPONDENTS),
            )
        )
    ).one()
    anonymous, groups, group_polls, personal, respondents = (int(value) for value in counted)
    return Activity(group_polls, anonymous, personal, groups, respondents)


async def survey_polls(
    session: AsyncSession, survey: str, question_key: str, chat_id: int | None = None
) -> list[PollRow]:
    """Group polls of one survey question (in one group, if given), oldest first."""
    statement = _with_chats().where(
        Poll.survey == survey,
        Poll.question_key == question_key,
        col(Poll.chat_id).is_not(None),
    )
    if chat_id is not None:
        statement = statement.where(Poll.chat_id == chat_id)
    return await _rows(session, statement)


async def all_polls(session: AsyncSession) -> list[PollRow]:
    """Every poll, oldest first."""
    return await _rows(session, _with_chats())


def _with_chats() -> Select[Poll, str, str | None]:
    return (
        select(Poll, Chat.title, Chat.region)
        .join(Chat, col(Chat.id) == col(Poll.chat_id), isouter=True)
        .order_by(col(Poll.sent_at), col(Poll.id))
    )


async def _rows(session: AsyncSession, statement: Select[Poll, str, str | None]) -> list[PollRow]:
    result = await session.exec(statement)
    return [PollRow(poll, title, region) for poll, title, region in result.all()]


async def _one(session: AsyncSession, statement: Any) -> int:
    return int((await session.exec(statement)).one())
