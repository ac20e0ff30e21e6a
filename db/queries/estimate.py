"""The input of the national estimate in one aggregate: answers per chat and region.

The same answers as the national picture: each group's latest poll of the survey question and
each person's latest private answer. Anonymous polls count from their stored per-option counts,
the others from per-person rows (the question is single-choice, so the first option is the
answer). Private answers come summed per region (the one the person told, if any) with no
chat: each person is a cluster of one. The database does the counting, so this stays one short
query at a million answers.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Integer, case, func, literal, null, union_all
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from db.models import Chat, Poll, PollVote, Respondent
from db.queries.stats import ANSWERED


@dataclass(frozen=True)
class ShareQuestion:
    """Which polls to read and which options make the share: `counted` among `among`."""

    survey: str
    question_key: str
    option_count: int
    counted: tuple[int, ...]
    among: tuple[int, ...]


@dataclass(frozen=True)
class CellRow:
    chat_id: int | None
    region: str | None
    successes: int
    n: int


async def answer_cells(session: AsyncSession, question: ShareQuestion) -> list[CellRow]:
    """(chat, region, answers for `counted`, answers for `among`) for every group chat with a
    poll of the question, and per region for private answers (chat None)."""
    latest = (
        select(func.max(Poll.id).label("poll_id"))
        .where(
            Poll.survey == question.survey,
            Poll.question_key == question.question_key,
            col(Poll.chat_id).is_not(None),
        )
        .group_by(col(Poll.chat_id))
        .subquery()
    )
    matching = func.json_array_length(col(Poll.options)) == question.option_count
    anonymous: Any = (
        select(
            col(Poll.chat_id).label("chat_id"),
            col(Chat.region).label("region"),
            _sum_counts(question.counted).label("successes"),
            _sum_counts(question.among).label("n"),
        )
        .join(latest, latest.c.poll_id == col(Poll.id))
        .join(Chat, col(Chat.id) == col(Poll.chat_id), isouter=True)
        .where(col(Poll.anonymous), matching)
        .group_by(col(Poll.chat_id), col(Chat.region))
    )
    first = col(PollVote.option_ids)[0].as_integer()
    personal: Any = (
        select(
            col(Poll.chat_id).label("chat_id"),
            col(Chat.region).label("region"),
            _count_if(first.in_(question.counted)).label("successes"),
            _count_if(first.in_(question.among)).label("n"),
        )
        .join(latest, latest.c.poll_id == col(Poll.id))
        .join(PollVote, col(PollVote.poll_id) == col(Poll.id))
        .join(Chat, col(Chat.id) == col(Poll.chat_id), isouter=True)
        .where(~col(Poll.anonymous), matching, ANSWERED)
        .group_by(col(Poll.chat_id), col(Chat.region))
    )
    result = await session.exec(
        union_all(anonymous, personal, _private(question)),  # type: ignore[call-overload]
    )
    return [
        CellRow(chat_id, region, int(successes or 0), int(n or 0))
        for chat_id, region, successes, n in result.all()
    ]


def _private(question: ShareQuestion) -> Any:
    """Each person's latest private answer to the question (retracted ones left out)."""
    ranked = (
        select(
            col(PollVote.option_ids)[0].as_integer().label("option"),
            col(PollVote.pseudonym).label("pseudonym"),
            func.row_number()
            .over(
                partition_by=col(PollVote.pseudonym),
                order_by=(col(PollVote.updated_at).desc(), col(PollVote.id).desc()),
            )
            .label("rank"),
        )
        .join(Poll, col(Poll.id) == col(PollVote.poll_id))
        .where(
            Poll.survey == question.survey,
            Poll.question_key == question.question_key,
            col(Poll.chat_id).is_(None),
            ANSWERED,
        )
        .subquery()
    )
    return (
        select(
            null().cast(Integer).label("chat_id"),
            col(Respondent.region).label("region"),
            _count_if(ranked.c.option.in_(question.counted)).label("successes"),
            _count_if(ranked.c.option.in_(question.among)).label("n"),
        )
        .select_from(ranked)
        .join(Respondent, col(Respondent.pseudonym) == ranked.c.pseudonym, isouter=True)
        .where(ranked.c.rank == 1)
        .group_by(col(Respondent.region))
    )


def _sum_counts(options: Sequence[int]) -> Any:
    total: Any = literal(0)
    for option in options:
        total = total + func.coalesce(col(Poll.counts)[option].as_integer(), 0)
    return func.sum(total)


def _count_if(condition: Any) -> Any:
    return func.sum(case((condition, 1), else_=0))
