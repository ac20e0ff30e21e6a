"""Classes of questions found missing by the held-out sets DQ and DR when they were scored on the
final engine of their round, each tested with phrasings of our own: trust in the district
inspectors named as one phrase ("district police inspectors", «учаскелік инспекторлар») or with
the count between them and the trust ("учаскелікке қанша пайыз сенеді?"), and thanks said the
British way ("ta", "that helps")."""

import pytest

from bot.qa import QAEngine
from bot.qa.intents import ACK, DECLINES
from bot.qa.plain import plain_text


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("какой процент доверяет участковым инспекторам полиции?", "ru"),
        ("участковым сколько процентов доверяют?", "ru"),
        ("учаскелік полиция инспекторларына сенім қанша?", "kk"),
        ("учаскелікке қанша пайыз сенеді?", "kk"),
        ("ucaskelik inspektorlarga senim qansha paiyz?", "kk"),
        ("what percent trust their local police inspectors?", "en"),
        ("how much do people trust the district inspector, in %?", "en"),
    ],
)  # fmt: skip
def test_trust_in_the_inspectors_has_no_figure_of_its_own(
    engine: QAEngine, question: str, language: str
) -> None:
    answer = engine.answer(question, language=language)
    assert answer.intent in DECLINES
    assert "63" not in plain_text(answer.text)


@pytest.mark.parametrize(
    "question", ["ta", "makes sense, ta", "ta, that helps", "that helps, cheers"]
)
def test_thanks_the_british_way_is_an_acknowledgement(engine: QAEngine, question: str) -> None:
    assert engine.answer(question, language="en").intent == ACK


def test_the_inspectors_beside_the_police_in_a_story_are_no_subject(engine: QAEngine) -> None:
    question = "наш участковый говорит, что полиции доверяют 63%, правда?"
    answer = engine.answer(question, language="ru")
    assert answer.intent not in DECLINES
