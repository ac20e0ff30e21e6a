"""Poll results as CSV, one row per poll and option, for /export and `senim export`.

Only counts leave the database: no Telegram user ids, no pseudonyms. A private poll is one
person's survey question, so private answers are never written one per poll (that would link a
person's answers by time into their whole survey): they are summed per question, option and month
(`sent_at` holds the month), and a month with fewer than MIN_SHOWN answers to a question shows no
counts at all.
Text that people typed (chat titles, custom questions and options) is kept from starting like a
spreadsheet formula, since the file is meant to be opened in one.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

from sqlmodel.ext.asyncio.session import AsyncSession

from bot.reports.national import core_question, national_estimate
from bot.reports.tallies import poll_tallies
from bot.services import Services
from bot.stats.estimate import Estimate
from bot.stats.results import MIN_SHOWN, Tally
from bot.stats.trend import as_utc
from db.queries import stats
from db.queries.stats import PollRow

COLUMNS = (
    "poll_id",
    "chat_id",
    "chat_title",
    "region",
    "survey",
    "question_key",
    "question",
    "option",
    "count",
    "closed",
    "sent_at",
    "weight",
    "effective_n",
)
"""`weight`: what one answer of the row's region counts for in the weighted national estimate,
`effective_n`: that estimate's effective sample size; both only on group rows of the trust question
that feed it, empty elsewhere."""
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


async def results_csv(session: AsyncSession) -> str:
    rows = await stats.all_polls(session)
    counted = await poll_tallies(session, [row.poll for row in rows])
    national = await national_estimate(session)
    table = io.StringIO()
    writer = csv.writer(table)
    writer.writerow(COLUMNS)
    private: dict[tuple[str | None, str | None, str], PrivateCell] = {}
    for row, tally in zip(rows, counted, strict=True):
        if row.poll.chat_id is None:
            _add_private(private, row, tally)
        else:
            weighting = _weighting(row, national)
            writer.writerows(line + weighting for line in _poll_lines(row, tally))
    for (survey, question_key, month), cell in private.items():
        writer.writerows(_private_lines(survey, question_key, month, cell))
    return table.getvalue()


@dataclass
class PrivateCell:
    """Private answers to one question in one month, summed; texts from the first poll seen."""

    question: str
    options: list[str]
    counts: list[int]
    answers: int = 0


def _add_private(
    cells: dict[tuple[str | None, str | None, str], PrivateCell], row: PollRow, tally: Tally
) -> None:
    poll = row.poll
    month = as_utc(poll.sent_at).strftime("%Y-%m")
    cell = cells.setdefault(
        (poll.survey, poll.question_key, month),
        PrivateCell(poll.question, list(poll.options), [0] * len(poll.options)),
    )
    for index, count in enumerate(tally.counts[: len(cell.counts)]):
        cell.counts[index] += count
    cell.answers += 1 if any(tally.counts) else 0


def _private_lines(
    survey: str | None, question_key: str | None, month: str, cell: PrivateCell
) -> list[list[object]]:
    shown = cell.answers >= MIN_SHOWN
    return [
        [
            None,
            None,
            None,
            None,
            survey,
            question_key,
            inert(cell.question),
            inert(option),
            count if shown else None,
            None,
            month,
            None,
            None,
        ]
        for option, count in zip(cell.options, cell.counts, strict=True)
    ]


def _weighting(row: PollRow, national: Estimate) -> list[object]:
    question = core_question()
    poll = row.poll
    if (poll.survey, poll.question_key) != (question.survey, question.question_key):
        return [None, None]
    weight = national.weight_of(row.region)
    shown = None if weight is None else round(weight, 4)
    return [shown, round(national.effective_n, 1)]


async def export_results(services: Services) -> str:
    async with services.sessions() as session:
        return await results_csv(session)


def inert(text: str | None) -> str | None:
    """A leading apostrophe makes spreadsheets show "=1+1" as text instead of computing it."""
    return f"'{text}" if text and text.startswith(FORMULA_STARTS) else text


def _poll_lines(row: PollRow, tally: Tally) -> list[list[object]]:
    """csv writes None as an empty field: private polls have no chat, title or region."""
    poll = row.poll
    return [
        [
            poll.id,
            poll.chat_id,
            inert(row.title),
            row.region,
            poll.survey,
            poll.question_key,
            inert(poll.question),
            inert(option),
            count,
            str(poll.closed).lower(),
            as_utc(poll.sent_at).isoformat(timespec="seconds"),
        ]
        for option, count in zip(poll.options, tally.counts, strict=True)
    ]
