"""A sum quoted as one of its parts ("so 37 % don't trust at all?") is explained, not declined:
the 37 % holds those who trust only partly and those who do not trust at all, counted only
together. It states no number; asked for the part alone, with no figure quoted, the answer stays
an honest "no figure"."""

import pytest

from bot.qa import QAEngine
from bot.qa.intents import NO_FIGURE, SUM_QUOTED, WORDS_ONLY
from tests.qa.talk import chat, stated

STEMS = {"ru": "частично", "kk": "ішінара", "en": "partly"}


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("37 процентов совсем не верят полиции, так?", "ru"),
        ("37% — это те, кто совсем не доверяет?", "ru"),
        ("37 пайыз полицияға мүлдем сенбейді ғой, иә?", "kk"),
        ("37 paiyz mulde senbeidi me?", "kk"),
        ("are the 37% people with zero trust in the police?", "en"),
        ("37% have no trust at all in the police, right?", "en"),
    ],
)  # fmt: skip
def test_the_quoted_sum_read_as_one_part_is_explained_in_words(
    engine: QAEngine, question: str, language: str
) -> None:
    [answer] = chat(engine, question, language=language)
    assert answer.intent == SUM_QUOTED
    assert SUM_QUOTED in WORDS_ONLY
    assert STEMS[language] in answer.text
    assert stated(answer) == []


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("а сколько совсем не доверяет, не частично?", "ru"),
        ("how many have zero trust in the police, not partial?", "en"),
    ],
)
def test_the_part_asked_alone_has_no_figure(engine: QAEngine, question: str, language: str) -> None:
    [answer] = chat(engine, question, language=language)
    assert answer.intent == NO_FIGURE
    assert stated(answer) == []


def test_the_explanation_leaves_the_conversation_where_it_was(engine: QAEngine) -> None:
    """A no-split follow-up after the explanation is still the honest "no figure" of a part."""
    _, follow_up = chat(
        engine,
        "37% — это граждане, которые не доверяют полиции вовсе?",
        "То есть отдельно не считали?",
    )
    assert "37" not in stated(follow_up)


def test_a_year_after_the_explanation_asks_the_rest_in_that_year(engine: QAEngine) -> None:
    _, follow_up = chat(engine, "37 пайыз мүлдем сенбейді ме?", "ал 2019 жылы ше?", language="kk")
    assert "62" in stated(follow_up)
