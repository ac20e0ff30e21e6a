"""The estimator against worked examples computed by hand (the arithmetic is in each docstring)."""

from __future__ import annotations

import pytest

from bot.stats.estimate import RHO_MAX, Cell, estimate
from bot.stats.intervals import wilson_share


def test_one_region_weighting_changes_nothing_and_icc_comes_from_the_chats() -> None:
    """Chats 7/10 and 3/10 around 0.5: between-chat mean square 0.8, within 4.2/18; with m0 = 10,
    ρ = (0.8 − 7/30) / (0.8 + 9·7/30) = 17/87; mean chat size 10, so the cluster effect is
    1 + 9·17/87 = 80/29 and the effective n 20·29/80 = 7.25."""
    result = estimate([Cell(1, "astana", 7, 10), Cell(2, "astana", 3, 10)], {"astana": 1000})
    assert result.raw_share == result.weighted_share == 0.5
    assert result.weighting_effect == pytest.approx(1.0)
    assert result.icc == pytest.approx(17 / 87)
    assert result.cluster_effect == pytest.approx(80 / 29)
    assert result.effective_n == pytest.approx(7.25)
    expected = wilson_share(0.5, 7.25)
    assert result.interval is not None
    assert (result.interval.low, result.interval.high) == pytest.approx(
        (expected.low, expected.high)
    )
    assert (result.chats, result.regions_covered, result.population_covered) == (
        2,
        ("astana",),
        1.0,
    )
    assert result.pooled_regions == result.left_out_regions == ()


def test_a_region_without_a_population_row_is_left_out_of_the_weighted_share() -> None:
    """Astana 6/10 (60 % of people), Almaty 2/10 (40 %), Shymkent 10/10 without a row:
    weighted 0.6·0.6 + 0.4·0.2 = 0.44, raw 18/30; weights 1.2 and 0.8 give Kish
    20·(10·1.44 + 10·0.64)/20² = 1.04. One chat per region: ρ cannot be estimated, so it is
    RHO_MAX and the cluster effect 1 + 9·0.5 = 5.5; effective n 20 / (1.04·5.5)."""
    population = {"astana": 600, "almaty": 400}
    cells = [Cell(1, "astana", 6, 10), Cell(2, "almaty", 2, 10), Cell(3, "shymkent", 10, 10)]
    result = estimate(cells, population)
    assert result.raw_share == pytest.approx(0.6)
    assert result.weighted_share == pytest.approx(0.44)
    assert result.unplaced == 10
    assert result.weight_of("astana") == pytest.approx(1.2)
    assert result.weight_of("shymkent") is None
    assert result.weighting_effect == pytest.approx(1.04)
    assert result.icc == RHO_MAX
    assert result.effective_n == pytest.approx(20 / (1.04 * 5.5))
    assert result.regions_covered == ("almaty", "astana", "shymkent")
    assert result.population_covered == pytest.approx(1.0)


def test_all_answers_in_one_chat_collapse_the_effective_n() -> None:
    """100 answers from one chat: ρ = RHO_MAX, cluster effect 1 + 99·0.5 = 50.5, effective n
    100/50.5 ≈ 2; the same answers from 100 people in private keep an effective n of 100."""
    one_chat = estimate([Cell(1, "astana", 60, 100)], {"astana": 1000})
    assert one_chat.cluster_effect == pytest.approx(50.5)
    assert one_chat.effective_n == pytest.approx(100 / 50.5)
    assert one_chat.interval is not None and one_chat.interval.high - one_chat.interval.low > 0.5
    private = estimate([Cell(None, "astana", 60, 100)], {"astana": 1000})
    assert private.icc == 0.0
    assert private.effective_n == pytest.approx(100)


def test_an_under_represented_small_high_trust_region_raises_the_estimate() -> None:
    """Almaty (80 % of people) 30/100, Ulytau (20 %) 9/10: raw 39/110 ≈ 0.355, weighted
    0.8·0.3 + 0.2·0.9 = 0.42; weights 0.88 and 2.2, Kish (100·0.88² + 10·2.2²)/110 = 1.144."""
    population = {"almaty": 800, "ulytau": 200}
    result = estimate([Cell(None, "almaty", 30, 100), Cell(None, "ulytau", 9, 10)], population)
    assert result.raw_share == pytest.approx(39 / 110)
    assert result.weighted_share == pytest.approx(0.42)
    assert result.weighted_share > result.raw_share
    assert result.weight_of("ulytau") == pytest.approx(2.2)
    assert result.weighting_effect == pytest.approx(1.144)
    assert result.effective_n == pytest.approx(110 / 1.144)


def test_small_regions_are_pooled_and_empty_ones_left_out() -> None:
    """Astana 12/20 alone; Abai 1/4 and Aktobe 2/3 pooled (3/7, 300 people); Atyrau none:
    weighted over the 1000 covered people 0.7·0.6 + 0.3·3/7."""
    population = {"astana": 700, "abai": 100, "aktobe": 200, "atyrau": 500}
    cells = [Cell(None, "astana", 12, 20), Cell(None, "abai", 1, 4), Cell(None, "aktobe", 2, 3)]
    result = estimate(cells, population)
    assert result.pooled_regions == ("abai", "aktobe")
    assert result.left_out_regions == ("atyrau",)
    assert result.weighted_share == pytest.approx(0.7 * 0.6 + 0.3 * 3 / 7)
    assert result.population_covered == pytest.approx(1000 / 1500)


def test_without_population_data_the_raw_share_is_the_headline() -> None:
    result = estimate([Cell(None, "astana", 3, 10), Cell(None, None, 5, 10)], {})
    assert result.weighted_share is None
    assert result.share == pytest.approx(0.4)
    assert result.population_covered is None
    assert result.effective_n == pytest.approx(20)
    assert result.unplaced == 0


def test_no_answers_give_no_share() -> None:
    result = estimate([], {"astana": 1})
    assert (result.n, result.share, result.interval, result.effective_n) == (0, None, None, 0.0)
