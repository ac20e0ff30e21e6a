"""The asker's own counts read by rule, tested with phrasings of our own: a chat's own poll set
against the country (its share, the country's, above or below and by how many points)."""

import pytest

from bot.qa import QAEngine
from tests.qa.talk import chat, says

# (the turns, their language, the last answer's intent, what it must say)
CASES = [
    # 1. a chat's own poll set against the country
    (
        ("в нашем чате 12 из 20 сказали, что доверяют полиции — мы ниже страны?",),
        "ru",
        "poll_compared",
        ("60", "63"),
    ),
    (
        ("у нас в группе из 40 человек 30 доверяют полиции, мы выше среднего?",),
        "ru",
        "poll_compared",
        ("75", "63", "12"),
    ),
    (("топта 20 адамнан 15-і сенеді, ел бойынша қалай?",), "kk", "poll_compared", ("75", "63")),
    (
        ("бізде 50 адамның 20-сы сенеді, елден қанша тармаққа төменбіз?",),
        "kk",
        "poll_compared",
        ("40", "63", "23"),
    ),
    (
        ("chatta 40 adamnyn 12-si senedi, el boiynsha tomenbiz be?",),
        "kk",
        "poll_compared",
        ("30", "63", "33"),
    ),
    (
        ("12 out of 40 in our group trust the police, how many points behind the country?",),
        "en",
        "poll_compared",
        ("30", "63", "33"),
    ),
    (
        ("80 voted, 36 trust the police: how far below the national level is that?",),
        "en",
        "poll_compared",
        ("45", "63", "18"),
    ),
]


@pytest.mark.parametrize(("turns", "language", "intent", "numbers"), CASES)
def test_own_counts(
    engine: QAEngine, turns: tuple[str, ...], language: str, intent: str, numbers: tuple[str, ...]
) -> None:
    answer = chat(engine, *turns, language=language)[-1]
    assert answer.intent == intent, answer.text
    assert says(answer, *numbers), answer.text


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("в нашем чате 12 из 20 сказали, что доверяют полиции — мы ниже страны?", "ru"),
        ("12 out of 40 in our group trust the police, are we above the country?", "en"),
    ],
)
def test_a_chat_poll_is_no_national_sample(engine: QAEngine, question: str, language: str) -> None:
    """The chat's share is self-selected: the answer says the two compare only roughly."""
    answer = engine.answer(question, language=language)
    assert "выборка" in answer.text or "sample" in answer.text, answer.text
