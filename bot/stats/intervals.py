"""The Wilson score interval for a share.

Chat polls are small and their shares can sit near 0 % or 100 %, where the textbook normal
interval runs past the ends and is too narrow; Wilson's stays inside [0, 1] and keeps its
coverage for small samples.
"""

from __future__ import annotations

from dataclasses import dataclass
from math import sqrt
from statistics import NormalDist

CONFIDENCE = 0.95
Z = NormalDist().inv_cdf(1 - (1 - CONFIDENCE) / 2)


@dataclass(frozen=True)
class Interval:
    low: float
    high: float

    def contains(self, value: float) -> bool:
        return self.low <= value <= self.high


def wilson(successes: int, n: int, z: float = Z) -> Interval:
    """The 95 % interval for `successes` out of `n` (shares as fractions, 0–1)."""
    if n <= 0 or not 0 <= successes <= n:
        raise ValueError(f"need 0 <= successes <= n and n > 0, got {successes} of {n}")
    return wilson_share(successes / n, n, z)


def wilson_share(share: float, n: float, z: float = Z) -> Interval:
    """The same interval for a share measured on `n` answers' worth of information: a weighted
    share on its effective sample size, which need not be whole."""
    if n <= 0 or not 0 <= share <= 1:
        raise ValueError(f"need 0 <= share <= 1 and n > 0, got {share} on {n}")
    spread = z * z / n
    centre = (share + spread / 2) / (1 + spread)
    half_width = z * sqrt(share * (1 - share) / n + spread / (4 * n)) / (1 + spread)
    # The interval always holds the share; in floating point an end at 0 or 1 can miss it by an
    # ulp (0 of 5 gave a low of 2.8e-17), and a chart's error bar below it would be negative.
    low = min(share, max(0.0, centre - half_width))
    high = max(share, min(1.0, centre + half_width))
    return Interval(low, high)
