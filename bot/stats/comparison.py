"""A chat's share next to the official figure: is the gap larger than chance would explain?

The official value is taken as known; the chat's share is a sample. If the official value lies
outside the chat's 95 % Wilson interval the difference is unlikely to be chance alone. Below
MIN_COMPARABLE answers no verdict is given: the interval is too wide to say anything.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from bot.stats.intervals import Interval, wilson

MIN_COMPARABLE = 10


class Verdict(StrEnum):
    TOO_SMALL = "too_small"
    BELOW = "below"
    ABOVE = "above"
    INDISTINGUISHABLE = "indistinguishable"


@dataclass(frozen=True)
class Comparison:
    successes: int
    n: int
    interval: Interval
    official: float
    verdict: Verdict

    @property
    def share(self) -> float:
        return self.successes / self.n


def compare(successes: int, n: int, official: float) -> Comparison:
    """`official` is a fraction (0.63 for 63 %); `n` must be positive."""
    interval = wilson(successes, n)
    return Comparison(successes, n, interval, official, judge(interval, n, official))


def judge(interval: Interval, n: int, official: float) -> Verdict:
    """The verdict for any 95 % interval, such as the weighted one on the effective n; `n` is
    the number of answers behind it."""
    if n < MIN_COMPARABLE:
        return Verdict.TOO_SMALL
    if official < interval.low:
        return Verdict.ABOVE
    if official > interval.high:
        return Verdict.BELOW
    return Verdict.INDISTINGUISHABLE
