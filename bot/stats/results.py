"""Results of one poll, and breakdowns, as plain data for any renderer (chat, /stats, export).

Every result carries its "main share" with a 95 % interval: the share comparable with an official
figure when the question has one, otherwise the leading option. Breakdowns never show a
percentage for fewer than MIN_SHOWN answers, so a small group cannot be singled out.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from bot.stats.comparison import Comparison, compare
from bot.stats.intervals import Interval, wilson
from bot.stats.official import OfficialFigure

MIN_SHOWN = 10


@dataclass(frozen=True)
class Tally:
    """Per-option counts and the number of people who answered, each person once."""

    counts: tuple[int, ...]
    voters: int

    @classmethod
    def empty(cls, option_count: int) -> Tally:
        return cls((0,) * option_count, 0)

    def __add__(self, other: Tally) -> Tally:
        counts = tuple(a + b for a, b in zip(self.counts, other.counts, strict=True))
        return Tally(counts, self.voters + other.voters)


@dataclass(frozen=True)
class ShareDefinition:
    """The share to headline: answers for `counted` options among answers for `among` options."""

    label: str
    counted: tuple[int, ...]
    among: tuple[int, ...]
    statement: str = ""
    """The official figure in a sentence, with {value}; empty when there is none."""

    def split(self, tally: Tally) -> tuple[int, int]:
        """(answers for the counted options, answers for all options the share is taken among)"""
        return (
            sum(tally.counts[option] for option in self.counted),
            sum(tally.counts[option] for option in self.among),
        )


@dataclass(frozen=True)
class OptionResult:
    """`share` is None under MIN_SHOWN answers: only counts are shown then."""

    label: str
    count: int
    share: float | None


@dataclass(frozen=True)
class MainShare:
    label: str
    successes: int
    n: int
    interval: Interval
    set_aside: int
    set_aside_labels: tuple[str, ...]
    official: OfficialFigure | None
    comparison: Comparison | None
    statement: str = ""

    @property
    def share(self) -> float:
        return self.successes / self.n


@dataclass(frozen=True)
class PollResult:
    question: str
    options: tuple[OptionResult, ...]
    voters: int
    closed: bool
    main: MainShare | None
    hidden: bool = False
    """An open poll whose results Telegram hides until it closes: only its answer count shows."""


def compared(results: Sequence[PollResult]) -> bool:
    """Whether a chat's results compare a share with the national figure."""
    return any(r.main is not None and r.main.comparison is not None for r in results)


class BreakdownRow(NamedTuple):
    """One group of a breakdown; `share` is None when there are too few answers to show it."""

    name: str
    n: int
    share: float | None


def tally_answers(option_count: int, answers: Iterable[Sequence[int]]) -> Tally:
    """Count per-person answers; empty (retracted) ones and unknown options are left out."""
    counts = [0] * option_count
    voters = 0
    for chosen in answers:
        valid = {option for option in chosen if 0 <= option < option_count}
        if valid:
            voters += 1
            for option in valid:
                counts[option] += 1
    return Tally(tuple(counts), voters)


def leading_option(labels: Sequence[str], tally: Tally) -> ShareDefinition:
    lead = max(range(len(labels)), key=lambda option: tally.counts[option])
    return ShareDefinition(labels[lead], (lead,), tuple(range(len(labels))))


def poll_result(
    question: str,
    labels: Sequence[str],
    tally: Tally,
    *,
    closed: bool,
    share: ShareDefinition | None = None,
    official: OfficialFigure | None = None,
    hidden: bool = False,
) -> PollResult:
    """`share` defaults to the leading option; `official` is compared only with a given share."""
    shown = tally.voters >= MIN_SHOWN
    options = tuple(
        OptionResult(label, count, count / tally.voters if shown else None)
        for label, count in zip(labels, tally.counts, strict=True)
    )
    if share is None:
        share, official = leading_option(labels, tally), None
    main = main_share(share, tally, official, labels)
    return PollResult(question, options, tally.voters, closed, main, hidden and not closed)


def main_share(
    share: ShareDefinition,
    tally: Tally,
    official: OfficialFigure | None,
    labels: Sequence[str] = (),
) -> MainShare | None:
    """`labels` name the options left out of the share (such as "hard to say")."""
    successes, n = share.split(tally)
    return share_of(share, successes, n, tally.voters, official, labels)


def share_of(
    share: ShareDefinition,
    successes: int,
    n: int,
    voters: int,
    official: OfficialFigure | None,
    labels: Sequence[str] = (),
) -> MainShare | None:
    """`main_share` from the share's two numbers and the people who answered, already summed."""
    if n == 0:
        return None
    return MainShare(
        label=share.label,
        successes=successes,
        n=n,
        interval=wilson(successes, n),
        set_aside=max(0, voters - n),
        set_aside_labels=tuple(
            label for option, label in enumerate(labels) if option not in share.among
        ),
        official=official,
        comparison=compare(successes, n, official.share) if official else None,
        statement=share.statement,
    )


def breakdown(groups: Iterable[tuple[str, int, int]]) -> list[BreakdownRow]:
    """(name, successes, n) per group → rows, hiding the share of groups under MIN_SHOWN."""
    return [
        BreakdownRow(name, n, successes / n if n >= MIN_SHOWN else None)
        for name, successes, n in groups
    ]
