"""A class of misses found by the held-out set DY after its score was recorded, tested with
phrasings of our own: gamers' thanks and praise ending in "you turn out to be" are thanks."""

import pytest

from bot.qa import QAEngine
from bot.qa.intents import ACK
from tests.qa.talk import chat, stated


@pytest.mark.parametrize(
    ("message", "language"),
    [
        ("gg", "en"),
        ("ggwp 🔥", "en"),
        ("гг, спс", "ru"),
        ("керемет бот екенсіз", "kk"),
    ],
)
def test_gamers_thanks_are_thanks(engine: QAEngine, message: str, language: str) -> None:
    [answer] = chat(engine, message, language=language)
    assert answer.intent == ACK
    assert stated(answer) == []


def test_a_question_based_on_something_is_no_thanks(engine: QAEngine) -> None:
    [answer] = chat(engine, "what is the 63 % based on?", language="en")
    assert answer.intent != ACK
