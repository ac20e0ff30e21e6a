"""Classes of false figures found by the held-out sets DV and DW after their scores were
recorded, each tested with phrasings of our own: a city's trust (no figure), then "and in
2019?" still asks of that city; market traders and vendors are a group the data do not break
down by; sharing a phone's or a laptop's internet is no question of ours, whatever the phone."""

import pytest

from bot.qa import QAEngine
from bot.qa.intents import DECLINES, NO_FIGURE, OUT_OF_SCOPE
from tests.qa.talk import chat, stated


@pytest.mark.parametrize(
    ("questions", "language"),
    [
        (("доверие к полиции в Караганде?", "а в 2019?"), "ru"),
        (("Шымкентте полицияға сенім қанша?", "2019 ше?"), "kk"),
        (("trust in the police in Aktobe?", "what about 2019?"), "en"),
    ],
)
def test_a_year_after_a_city_without_a_figure_is_still_of_that_city(
    engine: QAEngine, questions: tuple[str, str], language: str
) -> None:
    _, follow_up = chat(engine, *questions, language=language)
    assert follow_up.intent == NO_FIGURE
    assert set(stated(follow_up)) <= {"2019"}


@pytest.mark.parametrize(
    ("questions", "language", "level"),
    [
        (("доверие к полиции в Караганде?", "а по всей стране?"), "ru", "63"),
        (("trust in the police in Aktobe?", "and nationally in 2019?"), "en", "38"),
    ],
)
def test_the_country_named_after_a_city_gets_its_level(
    engine: QAEngine, questions: tuple[str, str], language: str, level: str
) -> None:
    _, follow_up = chat(engine, *questions, language=language)
    assert level in stated(follow_up)


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("торговцы на базаре доверяют полиции? процент есть?", "ru"),
        ("сатушылар полицияға сене ме, пайызы қанша?", "kk"),
        ("do street vendors trust the police, any percentage?", "en"),
    ],
)
def test_traders_are_a_group_without_a_figure(
    engine: QAEngine, question: str, language: str
) -> None:
    [answer] = chat(engine, question, language=language)
    assert answer.intent in DECLINES
    assert "63" not in stated(answer)


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("как раздать вайфай с ноутбука", "ru"),
        ("ноутбуктан интернетті қалай таратамын", "kk"),
        ("how to turn on a wifi hotspot", "en"),
    ],
)
def test_sharing_the_internet_is_no_question_of_ours(
    engine: QAEngine, question: str, language: str
) -> None:
    [answer] = chat(engine, question, language=language)
    assert answer.intent == OUT_OF_SCOPE
    assert stated(answer) == []
