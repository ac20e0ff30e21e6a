"""The input of the national estimate: answers per chat and region.

The same answers as the national picture: each group's latest poll of the survey question and
each person's latest private answer, both read from the rollups kept on write
(db.queries.rollups), so this stays a few short queries at a million answers. The question is
single-choice, so a person's first option is their answer. Private answers come summed per
region (the one the person told, if any) with no chat: each person is a cluster of one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

from sqlmodel.ext.asyncio.session import AsyncSession

from db.queries.rollups import ChatShare, PrivateAnswers, chat_shares, latest_private


@dataclass(frozen=True)
class ShareQuestion:
    """Which polls to read and which options make the share: `counted` among `among`."""

    survey: str
    question_key: str
    option_count: int
    counted: tuple[int, ...]
    among: tuple[int, ...]


class CellRow(NamedTuple):
    chat_id: int | None
    region: str | None
    successes: int
    n: int


async def answer_cells(session: AsyncSession, question: ShareQuestion) -> list[CellRow]:
    """(chat, region, answers for `counted`, answers for `among`) for every group chat with a
    poll of the question, and per region for private answers (chat None)."""
    groups = await chat_shares(
        session,
        question.survey,
        question.question_key,
        question.option_count,
        question.counted,
        question.among,
    )
    private = await latest_private(session, question.survey, question.question_key)
    return cells_of(question, groups, private)


def cells_of(
    question: ShareQuestion, groups: Sequence[ChatShare], private: PrivateAnswers
) -> list[CellRow]:
    """The cells from rows already read (the national picture reads them once for both)."""
    cells = [CellRow(group.chat_id, group.region, group.successes, group.n) for group in groups]
    by_region: dict[str | None, tuple[int, int]] = {}
    for region, options, people in private:
        won, n = by_region.get(region, (0, 0))
        first = options[0]
        by_region[region] = (
            won + people * (first in question.counted),
            n + people * (first in question.among),
        )
    return cells + [CellRow(None, region, won, n) for region, (won, n) in by_region.items()]
