"""/stats as plain data: activity, the trust share against the official figure, the monthly
trend, and breakdowns by region and by chat — for all chats (bot admins) or one (its admins).

The headline share of the global view is the national picture /results shows, so both commands
always agree; the trend counts each group's latest poll and each person's latest answer per month.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from zoneinfo import ZoneInfo

from sqlmodel.ext.asyncio.session import AsyncSession

from bot.polls.survey import SurveyQuestion, standard_survey
from bot.reports import tallies
from bot.services import Services
from bot.stats.official import official_series
from bot.stats.results import (
    BreakdownRow,
    MainShare,
    ShareDefinition,
    Tally,
    breakdown,
    main_share,
)
from bot.stats.trend import MonthShare, Sample, local_day, month_shares, monthly_shares
from db.models import Figure, Poll
from db.queries import rollups, stats
from db.queries.figures import list_figures
from db.queries.stats import Activity, PollRow

TREND_MONTHS = 12


@dataclass(frozen=True)
class Dashboard:
    activity: Activity
    label: str
    months: tuple[MonthShare, ...]
    """The last TREND_MONTHS months with answers; only `shown` ones may be displayed."""
    official_series: tuple[tuple[int, float], ...]
    official_sources: tuple[tuple[str, date], ...]
    """Publication and date of each official point, for the line under the chart."""


@dataclass(frozen=True)
class GlobalDashboard(Dashboard):
    picture: tallies.NationalPicture
    chats: tuple[BreakdownRow, ...]
    """Each group's latest poll, largest first."""


@dataclass(frozen=True)
class ChatDashboard(Dashboard):
    latest: MainShare | None
    latest_on: date | None
    """The chat's latest trust poll with answers and the day it was sent."""
    newest_unanswered_on: date | None = None
    """The day of a newer trust poll that has no answers yet, if there is one."""
    hidden: tuple[date, int] | None = None
    """The day and answer count of the newest open trust poll whose results Telegram hides
    until it closes: its share is left out of the view (and the trend) until then."""


async def global_dashboard(services: Services, language: str) -> GlobalDashboard:
    """Everything in one session: a handful of statements over the rollups."""
    core, share = _core(language)
    survey, options = standard_survey().id, len(core.options)
    async with services.sessions() as session:
        figures = await list_figures(session)
        picture = await tallies.picture_in(session, language, figures)
        activity = await stats.activity(session)
        totals = await rollups.month_totals(session, survey, core.key, options)
    chats = breakdown(
        (row.title or str(row.chat_id), row.successes, row.n) for row in picture.chats
    )
    return GlobalDashboard(
        activity=activity,
        label=share.label,
        months=_recent(month_shares({m: Tally(*c) for m, c in totals.items()}, share)),
        official_series=_official_series(figures, core),
        official_sources=_official_sources(figures, core),
        picture=picture,
        chats=tuple(sorted(chats, key=lambda row: (-row.n, row.name))),
    )


async def chat_dashboard(services: Services, chat_id: int, language: str) -> ChatDashboard:
    core, share = _core(language)
    async with services.sessions() as session:
        activity = await stats.activity(session, chat_id)
        groups = await _group_tallies(session, core, chat_id)
        figures = await list_figures(session)
    zone = _zone(services)
    latest = latest_on = newest_unanswered_on = hidden = None
    official = tallies.official_for(core, figures)
    running = [(row, tally) for row, tally in groups if _hidden(row.poll)]
    if running and running[-1][1].voters:
        hidden = (local_day(running[-1][0].poll.sent_at, zone), running[-1][1].voters)
    shown = [(row, tally) for row, tally in groups if not _hidden(row.poll)]
    for row, tally in reversed(shown):
        latest = main_share(share, tally, official, core.option_texts(language))
        if latest is not None:
            latest_on = local_day(row.poll.sent_at, zone)
            break
    if groups and groups[-1][1].voters == 0:
        newest_unanswered_on = local_day(groups[-1][0].poll.sent_at, zone)
    samples = [_group_sample(row, tally) for row, tally in shown]
    return ChatDashboard(
        activity=activity,
        label=share.label,
        months=_recent(monthly_shares(samples, share, zone)),
        official_series=_official_series(figures, core),
        official_sources=_official_sources(figures, core),
        latest=latest,
        latest_on=latest_on,
        newest_unanswered_on=newest_unanswered_on,
        hidden=hidden,
    )


def _core(language: str) -> tuple[SurveyQuestion, ShareDefinition]:
    core = standard_survey().core
    share = tallies.comparable_share(core, language)
    assert share is not None, "the core question is comparable by construction"
    return core, share


async def _group_tallies(
    session: AsyncSession, core: SurveyQuestion, chat_id: int | None = None
) -> list[tuple[PollRow, Tally]]:
    """Group polls of the core question with their counts, oldest first; polls whose options
    no longer match the survey are left out, as in /results."""
    rows = [
        row
        for row in await stats.survey_polls(session, standard_survey().id, core.key, chat_id)
        if len(row.poll.options) == len(core.options)
    ]
    counted = await tallies.poll_tallies(session, [row.poll for row in rows])
    return list(zip(rows, counted, strict=True))


def _hidden(poll: Poll) -> bool:
    """An open poll sent with hide_results_until_closes: its running share stays unseen."""
    return poll.results_hidden and not poll.closed


def _group_sample(row: PollRow, tally: Tally) -> Sample:
    assert row.poll.chat_id is not None
    return Sample(row.poll.sent_at, row.poll.chat_id, tally)


def _recent(months: list[MonthShare]) -> tuple[MonthShare, ...]:
    return tuple(months[-TREND_MONTHS:])


def _zone(services: Services) -> ZoneInfo:
    return ZoneInfo(services.settings.timezone)


def _official_series(
    figures: Sequence[Figure], core: SurveyQuestion
) -> tuple[tuple[int, float], ...]:
    assert core.comparable is not None
    return tuple(official_series(figures, core.comparable.metric))


def _official_sources(
    figures: Sequence[Figure], core: SurveyQuestion
) -> tuple[tuple[str, date], ...]:
    assert core.comparable is not None
    metric = core.comparable.metric
    return tuple(sorted({(f.publication, f.published_on) for f in figures if f.metric == metric}))
