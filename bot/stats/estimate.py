"""The national estimate from chat polls, as honest as such data allows (method: README.md).

Chat answers are not a random sample: big cities answer more, neighbours in one chat answer
alike. So the share is post-stratified to the population of the 20 regions, and its uncertainty
is taken on an effective sample size: the answers divided by Kish's design effect of the weights
times a cluster effect 1 + (m − 1)·ρ, with the intra-chat correlation ρ estimated from the data
(bounded). Regions with a few answers are pooled, regions with none are left out, and the result
says which. Pure functions: the input is one row per chat and region (private answers come as
one row per region, each person being a chat of one).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from bot.stats.intervals import Interval, wilson_share

MIN_CELL = 10
"""A region with fewer answers is not weighted on its own but pooled with the other small ones."""
RHO_MAX = 0.5
"""The bound on the intra-chat correlation; also used when the data cannot estimate it (answers
from one chat per region), so a single chat's answers never pass for independent ones."""
REGION_COUNT = 20
POOLED = "pooled"


class Cell(NamedTuple):
    """Answers from one chat in one region. `chat` None: private answers, each from a person who
    is a cluster of their own; `region` None: a chat or person with no region."""

    chat: int | None
    region: str | None
    successes: int
    n: int


@dataclass(frozen=True)
class Stratum:
    """A region weighted on its own, or the pool of small ones; `weight` is per answer (1 when
    answers come in the population's proportions)."""

    name: str
    regions: tuple[str, ...]
    population: int
    successes: int
    n: int
    weight: float


@dataclass(frozen=True)
class Estimate:
    n: int
    raw_share: float | None
    weighted_share: float | None
    """None without population data or without answers from regions that have it."""
    interval: Interval | None
    """95 % interval of the headline share (weighted when there is one) on the effective n."""
    effective_n: float
    weighting_effect: float
    cluster_effect: float
    icc: float
    chats: int
    private_answers: int
    regions_covered: tuple[str, ...]
    population_covered: float | None
    pooled_regions: tuple[str, ...]
    left_out_regions: tuple[str, ...]
    unplaced: int
    """Answers left out of the weighted share: no region, or a region without a population row."""
    strata: tuple[Stratum, ...]
    by_region: Mapping[str, tuple[int, int]]
    """(successes, answers) per region, every answer with a region counted."""

    @property
    def share(self) -> float | None:
        return self.raw_share if self.weighted_share is None else self.weighted_share

    @property
    def design_effect(self) -> float:
        return self.weighting_effect * self.cluster_effect

    def weight_of(self, region: str | None) -> float | None:
        """The weight of one answer from `region`; None when such answers are not weighted."""
        return next((s.weight for s in self.strata if region in s.regions), None)


def estimate(cells: Iterable[Cell], population: Mapping[str, int]) -> Estimate:
    """The national share of `successes` among answers, weighted to `population` (region →
    people; empty when there is no release: the raw share is then the headline)."""
    cells = [cell for cell in cells if cell.n > 0]
    n = sum(cell.n for cell in cells)
    successes = sum(cell.successes for cell in cells)
    covered = tuple(sorted({c.region for c in cells if c.region is not None}))
    placed = [cell for cell in cells if cell.region in population]
    strata = _strata(placed, population) if placed else ()
    used = placed if strata else cells
    groups = _grouped(used, strata)
    weighting = _weighting_effect(strata)
    rho = _icc(groups)
    cluster = 1 + (_mean_cluster_size(used) - 1) * rho
    used_n = sum(cell.n for cell in used)
    effective_n = used_n / (weighting * cluster) if used_n else 0.0
    weighted = (
        sum(s.population * s.successes / s.n for s in strata) / sum(s.population for s in strata)
        if strata
        else None
    )
    headline = weighted if weighted is not None else (successes / n if n else None)
    total = sum(population.values())
    return Estimate(
        n=n,
        raw_share=successes / n if n else None,
        weighted_share=weighted,
        interval=wilson_share(headline, effective_n) if headline is not None else None,
        effective_n=effective_n,
        weighting_effect=weighting,
        cluster_effect=cluster,
        icc=rho,
        chats=len({cell.chat for cell in cells if cell.chat is not None}),
        private_answers=sum(cell.n for cell in cells if cell.chat is None),
        regions_covered=covered,
        population_covered=(
            sum(population.get(region, 0) for region in covered) / total if total else None
        ),
        pooled_regions=next((s.regions for s in strata if s.name == POOLED), ()),
        left_out_regions=tuple(sorted(set(population) - set(covered))) if population else (),
        unplaced=n - sum(cell.n for cell in placed) if strata else 0,
        strata=strata,
        by_region=_region_totals(cells),
    )


def _region_totals(cells: Sequence[Cell]) -> dict[str, tuple[int, int]]:
    totals: dict[str, tuple[int, int]] = {}
    for cell in cells:
        if cell.region is not None:
            won, n = totals.get(cell.region, (0, 0))
            totals[cell.region] = (won + cell.successes, n + cell.n)
    return totals


def _strata(placed: Sequence[Cell], population: Mapping[str, int]) -> tuple[Stratum, ...]:
    """Regions with MIN_CELL answers or more stand alone; the others with answers form a pool."""
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for cell in placed:
        assert cell.region is not None
        totals[cell.region][0] += cell.successes
        totals[cell.region][1] += cell.n
    alone = sorted(region for region, (_, n) in totals.items() if n >= MIN_CELL)
    small = tuple(sorted(region for region in totals if region not in alone))
    parts = [(region, (region,)) for region in alone] + ([(POOLED, small)] if small else [])
    placed_n = sum(n for _, n in totals.values())
    covered_people = sum(population[region] for region in totals)
    strata = []
    for name, regions in parts:
        people = sum(population[region] for region in regions)
        won = sum(totals[region][0] for region in regions)
        n = sum(totals[region][1] for region in regions)
        weight = (people / covered_people) / (n / placed_n)
        strata.append(Stratum(name, regions, people, won, n, weight))
    return tuple(strata)


def _weighting_effect(strata: Sequence[Stratum]) -> float:
    """Kish: n·Σw² / (Σw)², over answers; 1 without weights."""
    n = sum(s.n for s in strata)
    if not n:
        return 1.0
    return n * sum(s.n * s.weight**2 for s in strata) / sum(s.n * s.weight for s in strata) ** 2


def _grouped(used: Sequence[Cell], strata: Sequence[Stratum]) -> list[list[Cell]]:
    """The cells of each stratum (one group of all cells when unweighted): the correlation is
    measured around each stratum's own share, so regional differences don't count as
    chat-level ones."""
    if not strata:
        return [list(used)]
    groups: list[list[Cell]] = [[] for _ in strata]
    index = {region: number for number, s in enumerate(strata) for region in s.regions}
    for cell in used:
        number = index.get(cell.region) if cell.region is not None else None
        if number is not None:
            groups[number].append(cell)
    return groups


def _icc(groups: Sequence[Sequence[Cell]]) -> float:
    """The ANOVA estimate of the intra-chat correlation of a yes/no answer (Donner 1986), within
    strata, bounded to [0, RHO_MAX]. Private answers are clusters of one."""
    between = within = 0.0
    clusters = answers = squares = strata = 0
    for cells in groups:
        n = sum(cell.n for cell in cells)
        if not n:
            continue
        share = sum(cell.successes for cell in cells) / n
        strata += 1
        answers += n
        for cell in cells:
            if cell.chat is None:
                between += cell.successes * (1 - share) ** 2 + (cell.n - cell.successes) * share**2
                clusters += cell.n
                squares += cell.n
            else:
                between += cell.n * (cell.successes / cell.n - share) ** 2
                within += cell.successes * (cell.n - cell.successes) / cell.n
                clusters += 1
                squares += cell.n**2
    if answers == clusters:
        return 0.0
    if clusters - strata < 1:
        return RHO_MAX
    mean_between = between / (clusters - strata)
    mean_within = within / (answers - clusters)
    size = (answers - squares / answers) / (clusters - 1)
    denominator = mean_between + (size - 1) * mean_within
    if denominator <= 0:
        return 0.0
    return min(RHO_MAX, max(0.0, (mean_between - mean_within) / denominator))


def _mean_cluster_size(cells: Sequence[Cell]) -> float:
    """Σm² / Σm: the chat size an average answer sits in (private answers: 1)."""
    n = sum(cell.n for cell in cells)
    if not n:
        return 1.0
    return sum(cell.n if cell.chat is None else cell.n**2 for cell in cells) / n
