"""`/addfigure METRIC YEAR VALUE SOURCE…`: a bot admin adds or corrects a point of the series.

SOURCE is free text as an admin would type it: «Курсив, 2026-05-01 «quote»». The publication is
the text before the first comma, the date the first ISO or dd.mm.yyyy date, and the quote the text
in «» or "" (else the whole source text), so every point keeps its provenance. A source without a
publication or a date is refused, and so is a metric the series does not have yet (new metrics come
with their provenance through `senim figures import`). Replacing or removing a point keeps the old
one in the history.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import Enum

from bot.services import Services
from bot.util.input_errors import InputProblem
from db.models import Figure
from db.queries.figures import get_figure, list_figures, remove_figure, upsert_figures

METRIC_RE = re.compile(r"^[a-z][a-z0-9_]{0,63}$")
ISO_DATE_RE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
DOTTED_DATE_RE = re.compile(r"\b(\d{2})\.(\d{2})\.(\d{4})\b")
QUOTE_RE = re.compile(r"[«\"“](.+?)[»\"”]", re.DOTALL)
FIRST_YEAR = 1991
MAX_PERCENT = 100
# Checked when entered: sources are shown in /figures and in answers, whose messages Telegram
# caps at 4096 characters; the publication (before the first comma) is a 128-character column.
SOURCE_MAX = 200
PUBLICATION_MAX = 128


class Problem(Enum):
    USAGE = "usage"
    METRIC = "metric"
    UNKNOWN_METRIC = "unknown_metric"
    YEAR = "year"
    VALUE = "value"
    SOURCE = "source"
    SOURCE_LENGTH = "source_length"


class FigureInputError(InputProblem[Problem]):
    """What was wrong with the input; nothing is posted or stored."""


@dataclass(frozen=True)
class Entry:
    figure: Figure
    added: bool


def parse_entry(args: Sequence[str], units: dict[str, str], today: date) -> Figure:
    """`units` maps the series' metrics to their unit; the point keeps its metric's unit."""
    if len(args) < 4:
        raise FigureInputError(Problem.USAGE)
    metric, year_text, value_text, *source_words = args
    period = parse_point(metric, year_text, units, today)
    unit = units[metric]
    value = _number(value_text.rstrip("%"))
    if (
        unit == "statement"
        or value is None
        or value < 0
        or (unit == "percent" and value > MAX_PERCENT)
    ):
        raise FigureInputError(Problem.VALUE)
    source = " ".join(source_words)
    publication, published_on = _publication(source), _date_in(source)
    if len(source) > SOURCE_MAX or len(publication) > PUBLICATION_MAX:
        raise FigureInputError(Problem.SOURCE_LENGTH)
    if not publication or published_on is None or published_on > today:
        raise FigureInputError(Problem.SOURCE)
    quote = QUOTE_RE.search(source)
    return Figure(
        metric=metric,
        period=period,
        value=value,
        unit=unit,
        source=source,
        publication=publication,
        published_on=published_on,
        quote=quote.group(1).strip() if quote else source,
    )


def parse_point(metric: str, year_text: str, units: dict[str, str], today: date) -> int:
    """The year of a point of a metric the series has; raises the problem otherwise."""
    if not METRIC_RE.match(metric):
        raise FigureInputError(Problem.METRIC)
    if metric not in units:
        raise FigureInputError(Problem.UNKNOWN_METRIC)
    if not year_text.isdecimal() or not FIRST_YEAR <= int(year_text) <= today.year + 1:
        raise FigureInputError(Problem.YEAR)
    return int(year_text)


def editable_metrics(units: dict[str, str]) -> list[str]:
    """The metrics an admin can give a number for (statements are quotes, not numbers)."""
    return sorted(metric for metric, unit in units.items() if unit != "statement")


async def current_point(services: Services, metric: str, period: int) -> Figure | None:
    async with services.sessions() as session:
        return await get_figure(session, metric, period)


async def remove_point(services: Services, metric: str, period: int) -> Figure | None:
    """Remove a point (kept in the history) and reload the answers; None if there was none."""
    async with services.sessions.begin() as session:
        removed = await remove_figure(session, metric, period)
    await services.reload_figures()
    return removed


async def known_units(services: Services) -> dict[str, str]:
    async with services.sessions() as session:
        return {f.metric: f.unit for f in await list_figures(session)}


async def save_entry(services: Services, figure: Figure) -> Entry:
    """Store the point (a replaced one goes to the history) and reload the Q&A engine so
    answers use it at once."""
    async with services.sessions.begin() as session:
        added, _ = await upsert_figures(session, [figure])
    await services.reload_figures()
    return Entry(figure, added=added == 1)


def _number(text: str) -> float | None:
    try:
        return float(text.replace(",", "."))
    except ValueError:
        return None


def _publication(source: str) -> str:
    """The text before the first comma, unless that is only the date or the quote."""
    head, comma, _rest = source.partition(",")
    head = head.strip()
    if not comma or _date_in(head) is not None or QUOTE_RE.search(head):
        return ""
    return head


def _date_in(text: str) -> date | None:
    for pattern, order in ((ISO_DATE_RE, (1, 2, 3)), (DOTTED_DATE_RE, (3, 2, 1))):
        for match in pattern.finditer(text):
            year, month, day = (int(match.group(i)) for i in order)
            try:
                return date(year, month, day)
            except ValueError:
                continue
    return None
