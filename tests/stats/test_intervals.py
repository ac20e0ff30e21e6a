"""The Wilson 95 % interval against published values and its basic properties."""

from __future__ import annotations

import pytest

from bot.stats.intervals import Interval, Z, wilson


def test_z_is_the_95_percent_normal_quantile() -> None:
    assert abs(Z - 1.959964) < 1e-6


@pytest.mark.parametrize(
    ("successes", "n", "low", "high"),
    [
        (5, 10, 0.236593, 0.763407),
        (0, 10, 0.0, 0.277533),
        (10, 10, 0.722467, 1.0),
        (20, 40, 0.351999, 0.648001),
        (63, 100, 0.532206, 0.718176),
    ],
)
def test_matches_reference_values(successes: int, n: int, low: float, high: float) -> None:
    interval = wilson(successes, n)
    assert interval.low == pytest.approx(low, abs=1e-5)
    assert interval.high == pytest.approx(high, abs=1e-5)


@pytest.mark.parametrize(("successes", "n"), [(0, 1), (1, 3), (7, 9), (250, 1000)])
def test_is_symmetric_stays_in_bounds_and_contains_the_share(successes: int, n: int) -> None:
    interval, mirror = wilson(successes, n), wilson(n - successes, n)
    assert interval.low == pytest.approx(1 - mirror.high)
    assert 0.0 <= interval.low <= successes / n <= interval.high <= 1.0
    assert interval.contains(successes / n)


def test_narrows_as_the_sample_grows() -> None:
    small, large = wilson(4, 10), wilson(400, 1000)
    assert large.high - large.low < small.high - small.low


@pytest.mark.parametrize(("successes", "n"), [(0, 0), (5, 4), (-1, 10)])
def test_refuses_impossible_counts(successes: int, n: int) -> None:
    with pytest.raises(ValueError):
        wilson(successes, n)


def test_interval_contains_its_ends() -> None:
    assert Interval(0.2, 0.4).contains(0.2) and not Interval(0.2, 0.4).contains(0.41)


def test_everyone_or_no_one_is_inside_the_interval_to_the_last_digit() -> None:
    """All of them or none trusting is a month a small chat has; its error bars must not be
    negative (matplotlib refuses them)."""
    for n in range(1, 2000):
        assert wilson(0, n).low == 0.0 and wilson(n, n).high == 1.0, n
