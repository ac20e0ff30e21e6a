"""Per-poll results and breakdowns as plain data; the official value from the stored series."""

from __future__ import annotations

import io

import pytest

from bot.stats.comparison import Verdict
from bot.stats.official import official_share
from bot.stats.results import (
    MIN_SHOWN,
    ShareDefinition,
    Tally,
    breakdown,
    poll_result,
    tally_answers,
)
from db.models import Figure
from db.seed import SEED_FILE, read_figures

LABELS = ("Trust", "Partly", "Not", "Hard to say")
TRUST = ShareDefinition("Trust the police", counted=(0,), among=(0, 1, 2))


def seed_figures() -> list[Figure]:
    with SEED_FILE.open(encoding="utf-8") as stream:
        return read_figures(stream)


def test_each_person_counts_once_and_retracted_answers_not_at_all() -> None:
    tally = tally_answers(4, [[0], [0, 0], [], [2], [7], [1, 3]])
    assert tally == Tally((2, 1, 1, 1), 4)


def test_tallies_add_up() -> None:
    assert Tally((1, 2), 3) + Tally((0, 5), 5) == Tally((1, 7), 8)
    assert Tally.empty(3) == Tally((0, 0, 0), 0)


def test_the_comparable_share_leaves_hard_to_say_aside() -> None:
    official = official_share(seed_figures(), "trust_share")
    result = poll_result(
        "Q", LABELS, Tally((10, 12, 8, 10), 40), closed=False, share=TRUST, official=official
    )
    assert [option.share for option in result.options] == [0.25, 0.3, 0.2, 0.25]
    main = result.main
    assert main is not None and main.comparison is not None
    assert (main.successes, main.n, main.set_aside) == (10, 30, 10)
    assert main.set_aside_labels == ("Hard to say",)
    assert main.share == pytest.approx(1 / 3)
    assert main.comparison.verdict is Verdict.BELOW
    assert main.official is not None and main.official.share == pytest.approx(0.63)


def test_without_a_comparable_share_the_leading_option_is_headlined() -> None:
    result = poll_result("Q", ("Yes", "No"), Tally((3, 9), 12), closed=True)
    assert result.main is not None
    assert (result.main.label, result.main.successes, result.main.n) == ("No", 9, 12)
    assert result.main.comparison is None and result.closed


def test_a_poll_without_answers_has_no_shares() -> None:
    result = poll_result("Q", LABELS, Tally.empty(4), closed=False, share=TRUST)
    assert result.main is None
    assert all(option.share is None for option in result.options)


def test_small_groups_in_a_breakdown_show_no_share() -> None:
    rows = breakdown([("Astana", 5, MIN_SHOWN), ("Almaty", 1, MIN_SHOWN - 1), ("Abai", 0, 0)])
    assert [(row.name, row.share) for row in rows] == [
        ("Astana", 0.5),
        ("Almaty", None),
        ("Abai", None),
    ]


def test_official_values_come_from_the_series() -> None:
    figures = seed_figures()
    trust = official_share(figures, "trust_share")
    assert trust is not None and (trust.period, trust.share) == (2025, pytest.approx(0.63))
    ignored = official_share(figures, "offence_reports_not_considered", per="offence_reports")
    assert ignored is not None and ignored.share == pytest.approx(500 / 800)
    assert official_share(figures, "no_such_metric") is None
    assert official_share(figures, "offence_reports") is None  # a count, not a percentage
    assert official_share(figures, "concealment") is None  # a statement


def test_the_latest_period_wins() -> None:
    newer = "\n".join(
        [
            "metric,period,value,unit,source,publication,published_on,quote",
            "trust_share,2026,70,percent,S,P,2026-01-01,Q",
        ]
    )
    figures = [*seed_figures(), *read_figures(io.StringIO(newer))]
    latest = official_share(figures, "trust_share")
    assert latest is not None and (latest.period, latest.share) == (2026, pytest.approx(0.7))
