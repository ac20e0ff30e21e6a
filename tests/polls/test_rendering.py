"""How results read in a chat: verdicts in words, the caveat, and no percentage for small groups."""

from __future__ import annotations

import re

from bot.reports.tallies import NationalPicture, OwnAnswer
from bot.stats.estimate import Cell, estimate
from bot.stats.official import OfficialFigure
from bot.stats.results import PollResult, ShareDefinition, Tally, breakdown, main_share, poll_result
from bot.util.i18n import Translator
from bot.views.results import render_chat_results, render_private_results

EN = Translator("en")
OFFICIAL = OfficialFigure("trust_share", 2025, 0.63, "Курсив")
LABELS = ("I trust it", "Partly", "I don't trust it", "Hard to say")
TRUST = ShareDefinition("Trust the police", (0,), (0, 1, 2))


def core_result(counts: tuple[int, ...]) -> PollResult:
    tally = Tally(counts, sum(counts))
    return poll_result(
        "Do you trust the police?", LABELS, tally, closed=False, share=TRUST, official=OFFICIAL
    )


def test_a_gap_larger_than_chance_is_said_in_words() -> None:
    text = render_chat_results([core_result((10, 12, 8, 10))], EN)
    assert "Below the national 63%, and the gap is larger than chance would explain." in text
    assert "Answers: 40" in text
    assert "• I trust it — 10 (25%)" in text
    assert "Trust the police: <b>33%</b> (95% interval 19–51%, n = 30)" in text
    assert "Not counted in the share: Hard to say — 10" in text
    assert "self-selected" in text


def test_no_verdict_below_ten_answers() -> None:
    text = render_chat_results([core_result((2, 3, 1, 0))], EN)
    assert "Fewer than 10 answers: too few to compare with the national 63%." in text


def test_an_indistinguishable_share_says_so() -> None:
    text = render_chat_results([core_result((19, 6, 5, 0))], EN)
    assert "Not distinguishable from the national 63% at this sample size." in text


def test_user_text_is_escaped() -> None:
    tally = Tally((1, 0), 1)
    result = poll_result("<b>Tom & Jerry</b>?", ("a < b", "a > b"), tally, closed=True)
    text = render_chat_results([result], EN)
    assert "&lt;b&gt;Tom &amp; Jerry&lt;/b&gt;?" in text and "a &lt; b" in text
    assert "self-selected" not in text


def test_a_chat_compared_with_the_national_figure_gets_the_national_picture() -> None:
    text = render_chat_results([core_result((10, 12, 8, 10))], EN, two_regions())
    national = text.index("<b>The national picture</b>")
    assert text.index("self-selected") < national
    assert "Answers: 50; effective sample size:" in text[national:]
    assert "Coverage — chats: 2, private answers: 0, regions: 2 of 20" in text[national:]
    assert text.endswith("not who chose to answer.</i>")


def test_a_chat_with_nothing_to_compare_gets_no_national_picture() -> None:
    result = poll_result("Meet on Saturday?", ("Yes", "No"), Tally((8, 4), 12), closed=False)
    text = render_chat_results([result], EN, two_regions())
    assert "national picture" not in text and "not a random sample" not in text


def test_an_empty_chat_is_told_how_to_start() -> None:
    assert "/poll" in render_chat_results([], EN)


def two_regions() -> NationalPicture:
    """Fifty answers from two chats in two regions, one of them too small to show."""
    total = Tally((30, 10, 10, 5), 55)
    return NationalPicture(
        label="Trust the police",
        official=OFFICIAL,
        senim=main_share(TRUST, total, OFFICIAL),
        regions=breakdown([("Almaty", 3, 9), ("Astana", 27, 41)]),
        statement="{value} trust the police",
        estimate=estimate(
            [Cell(1, "almaty", 3, 9), Cell(2, "astana", 27, 41)],
            {"almaty": 2_000, "astana": 1_000},
        ),
    )


def test_private_results_hide_small_regions() -> None:
    picture = two_regions()
    answers = [OwnAnswer("Do you trust the police?", ("Partly",))]
    text = render_private_results(answers, picture, EN)
    assert "• Almaty — too few answers" in text
    assert "• Astana — 66% (n = 41)" in text
    assert not re.search(r"Almaty — \d", text)
    assert "Do you trust the police? — <i>Partly</i>" in text
    assert "Official figure: 63% trust the police (2025, Курсив)" in text
    assert "weighted to the regions' population: <b>" in text
    assert "Pooled, too few answers each: Almaty" in text
    assert "Answers: 50; effective sample size:" in text
    assert "Coverage — chats: 2, private answers: 0, regions: 2 of 20" in text
    assert "not a random sample" in text


def test_the_national_estimate_keeps_the_small_cell_rule() -> None:
    few = estimate([Cell(1, "astana", 5, 9)], {})
    picture = NationalPicture(
        "Trust the police", OFFICIAL, main_share(TRUST, Tally((5, 4, 0, 0), 9), OFFICIAL), [], few
    )
    text = render_private_results([], picture, EN)
    assert "too few answers so far (n = 9)" in text
    assert not re.search(r"\d%\)? *\(95%", text)


def test_private_results_before_any_answer() -> None:
    picture = NationalPicture("Trust the police", OFFICIAL, None, [], estimate([], {}))
    text = render_private_results([], picture, EN)
    assert "/poll" in text and "No answers in Senim's polls yet." in text
