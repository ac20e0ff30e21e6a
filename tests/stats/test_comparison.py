"""A chat's share next to the official figure: the verdict and its threshold."""

from __future__ import annotations

import pytest

from bot.stats.comparison import MIN_COMPARABLE, Verdict, compare

NATIONAL = 0.63


@pytest.mark.parametrize(
    ("successes", "n", "verdict"),
    [
        (10, 40, Verdict.BELOW),
        (36, 40, Verdict.ABOVE),
        (25, 40, Verdict.INDISTINGUISHABLE),
        (4, 10, Verdict.INDISTINGUISHABLE),
        (0, 10, Verdict.BELOW),
        (0, 9, Verdict.TOO_SMALL),
        (9, 9, Verdict.TOO_SMALL),
    ],
)
def test_verdict(successes: int, n: int, verdict: Verdict) -> None:
    comparison = compare(successes, n, NATIONAL)
    assert comparison.verdict is verdict
    assert comparison.share == successes / n
    assert comparison.official == NATIONAL


def test_the_verdict_follows_the_interval() -> None:
    for n in range(MIN_COMPARABLE, 60):
        for successes in range(n + 1):
            comparison = compare(successes, n, NATIONAL)
            inside = comparison.interval.contains(NATIONAL)
            assert (comparison.verdict is Verdict.INDISTINGUISHABLE) == inside


def test_below_the_threshold_there_is_never_a_verdict() -> None:
    assert {compare(k, MIN_COMPARABLE - 1, NATIONAL).verdict for k in range(10)} == {
        Verdict.TOO_SMALL
    }
