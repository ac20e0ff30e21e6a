"""A share applied to the asker's count names what it counts in the form the count takes:
"21 сообщение", "24 сообщения", "25 сообщений", "1 report"."""

import pytest

from bot.qa import QAEngine
from bot.qa.plain import plain_text
from tests.qa.talk import chat


@pytest.mark.parametrize(
    ("question", "language", "wanted"),
    [
        ("из 21 жалобы сколько не рассмотрят?", "ru", "Если взять 21 сообщение,"),
        ("у нас 24 заявления, сколько бы рассмотрели?", "ru", "Если взять 24 сообщения,"),
        ("у нас 25 заявлений, сколько бы не рассмотрели?", "ru", "Если взять 25 сообщений,"),
        ("у нас 24 жильца, сколько не доверяют полиции?", "ru", "Если взять 24 казахстанцев,"),
        ("в подъезде 21 человек, сколько доверяют полиции?", "ru", "Если взять 21 казахстанца,"),
        (
            "из 21 коррупционера сколько полицейских?",
            "ru",
            "Если взять 21 человека, совершившего коррупционные",
        ),
        (
            "из 700 коррупционеров сколько полицейских?",
            "ru",
            "Если взять 700 человек, совершивших коррупционные",
        ),
        ("of 21 people how many trust the police?", "en", "Of 21 Kazakhstanis,"),
    ],
)
def test_a_count_names_what_it_counts_in_its_form(
    engine: QAEngine, question: str, language: str, wanted: str
) -> None:
    (answer,) = chat(engine, question, language=language)
    assert wanted in plain_text(answer.text)
