"""The official figures the answers are computed from, as passed in from the database."""

import datetime
from collections import defaultdict
from collections.abc import Iterable
from contextlib import suppress
from typing import Protocol

# Metrics the composer reads directly (the rest are named in data/intents.toml).
TRUST = "trust_share"
DISTRUST = "distrust_share"
CORRUPTION_ONE_IN = "corruption_police_one_in"
OFFENCE_REPORTS = "offence_reports"
REPORTS_NOT_CONSIDERED = "offence_reports_not_considered"
REFORM_CONTEXT = "reform_context"
REPORTS = (OFFENCE_REPORTS, REPORTS_NOT_CONSIDERED)  # the reports and those left unconsidered


class Fact(Protocol):
    """One row of the official series; `db.models.Figure` has these attributes."""

    @property
    def metric(self) -> str: ...
    @property
    def period(self) -> int: ...
    @property
    def value(self) -> float | None: ...
    @property
    def unit(self) -> str: ...  # percent | count | one_in | statement
    @property
    def source(self) -> str: ...
    @property
    def publication(self) -> str: ...
    @property
    def published_on(self) -> datetime.date: ...
    @property
    def quote(self) -> str: ...


THOUSAND = 1000  # "800 тыс." quotes 800 000
PERCENT = 100
COUNT_UNITS = ("count", "one_in")  # figures measured as counts, not as a yearly share


class MissingFact(LookupError):
    """The database has no row the answer needs; the answer says so instead of guessing."""


class FactBook:
    """Facts grouped by metric and ordered by period, for the lookups answers need."""

    def __init__(self, facts: Iterable[Fact]) -> None:
        grouped: dict[str, list[Fact]] = defaultdict(list)
        for fact in facts:
            grouped[fact.metric].append(fact)
        self._series = {
            metric: sorted(rows, key=lambda f: f.period) for metric, rows in grouped.items()
        }

    def metrics(self) -> list[str]:
        return list(self._series)

    def series(self, metric: str) -> list[Fact]:
        """All rows of a metric, oldest first; empty if the metric is unknown."""
        return self._series.get(metric, [])

    def at(self, metric: str, period: int) -> Fact:
        for fact in self.series(metric):
            if fact.period == period:
                return fact
        raise MissingFact(f"{metric} {period}")

    def quoted(self, numbers: Iterable[int]) -> list[tuple[str, int]]:
        """The facts whose value a question quotes ("откуда 800 тысяч?", "38 и 63"), as
        (metric, period); a count may be quoted in thousands."""
        wanted = [n for n in numbers if n]
        return [
            (fact.metric, fact.period)
            for rows in self._series.values()
            for fact in rows
            if fact.value is not None
            and any(n in (fact.value, fact.value / THOUSAND) for n in wanted)
        ]

    def counts_quoted(self, metrics: Iterable[str]) -> frozenset[int]:
        """The counts of these metrics as a question may write them: whole or in thousands."""
        return frozenset(
            int(n)
            for metric in metrics
            for fact in self.series(metric)
            if fact.value is not None
            for n in (fact.value, fact.value / THOUSAND)
            if n == int(n)
        )

    def derived(self) -> dict[str, float]:
        """The figures computed from the rows (the growth's ratio, the reports' shares, one in
        seven as a per cent), by name; those whose rows are missing are left out."""
        values: dict[str, float] = {}
        with suppress(MissingFact):
            values["trust_ratio"] = value_of(self.latest(TRUST)) / value_of(self.first(TRUST))
        with suppress(MissingFact):
            reports = self.latest(OFFENCE_REPORTS)
            left = value_of(self.at(REPORTS_NOT_CONSIDERED, reports.period))
            values["not_considered_share"] = PERCENT * left / value_of(reports)
            values["considered_share"] = PERCENT - values["not_considered_share"]
        with suppress(MissingFact):
            values["one_in_share"] = PERCENT / value_of(self.latest(CORRUPTION_ONE_IN))
            values["one_in_rest"] = PERCENT - values["one_in_share"]
        return values

    def considered_count(self) -> float | None:
        """The reports considered: all less those left unconsidered (800 − 500 thousand), a
        count the article gives only by its parts; None when a row is missing."""
        with suppress(MissingFact):
            reports = self.latest(OFFENCE_REPORTS)
            return value_of(reports) - value_of(self.at(REPORTS_NOT_CONSIDERED, reports.period))
        return None

    def counts(self, metrics: Iterable[str]) -> list[str]:
        """Those of `metrics` measured as counts (the 800 / 500 thousand, one in seven), which
        the article gives for one year only."""
        return [m for m in metrics if self.series(m) and self.latest(m).unit in COUNT_UNITS]

    def first(self, metric: str) -> Fact:
        return self._ends(metric)[0]

    def latest(self, metric: str) -> Fact:
        return self._ends(metric)[-1]

    def _ends(self, metric: str) -> list[Fact]:
        rows = self.series(metric)
        if not rows:
            raise MissingFact(metric)
        return rows


def value_of(fact: Fact) -> float:
    """The fact's number; statements have none."""
    if fact.value is None:
        raise MissingFact(f"{fact.metric} {fact.period} has no value")
    return float(fact.value)
