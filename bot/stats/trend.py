"""The share month by month.

Within a month each group's latest poll and each person's latest private answer count once, so a
group polled every week is not counted four times over the same neighbours.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from bot.stats.intervals import Interval, wilson
from bot.stats.results import MIN_SHOWN, ShareDefinition, Tally


@dataclass(frozen=True)
class Sample:
    """The answers of one source at one moment: a group's poll, or one person's answer."""

    at: datetime
    source: int | str
    tally: Tally


@dataclass(frozen=True)
class MonthShare:
    month: date
    successes: int
    n: int
    interval: Interval

    @property
    def share(self) -> float:
        return self.successes / self.n

    @property
    def shown(self) -> bool:
        """Months with fewer than MIN_SHOWN answers are never shown, in text or on a chart."""
        return self.n >= MIN_SHOWN


def shown_months(months: Iterable[MonthShare]) -> list[MonthShare]:
    return [month for month in months if month.shown]


def as_utc(moment: datetime) -> datetime:
    """SQLite returns stored UTC times without their zone."""
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def local_day(moment: datetime, zone: ZoneInfo) -> date:
    return as_utc(moment).astimezone(zone).date()


def month_of(moment: datetime, zone: ZoneInfo) -> date:
    return local_day(moment, zone).replace(day=1)


def monthly_shares(
    samples: Iterable[Sample], share: ShareDefinition, zone: ZoneInfo
) -> list[MonthShare]:
    """Every month with answers, oldest first (hidden ones included: see MonthShare.shown)."""
    latest: dict[tuple[date, int | str], Sample] = {}
    for sample in sorted(samples, key=lambda sample: as_utc(sample.at)):
        latest[(month_of(sample.at, zone), sample.source)] = sample
    totals: dict[date, Tally] = {}
    for (month, _source), sample in latest.items():
        totals[month] = totals[month] + sample.tally if month in totals else sample.tally
    return month_shares(totals, share)


def month_shares(totals: Mapping[date, Tally], share: ShareDefinition) -> list[MonthShare]:
    """Each month's share from its summed counts, oldest first; months without answers to the
    share are left out."""
    months = []
    for month, tally in sorted(totals.items()):
        successes, n = share.split(tally)
        if n:
            months.append(MonthShare(month, successes, n, wilson(successes, n)))
    return months
