"""Classes of questions first missed on blind set DO, with phrasings of our own: how far trust is
from a level the asker names, all reports against those considered, the police supposed as the
source of a figure, the figures called fake."""

import pytest

from bot.qa import Answer, Conversation, QAEngine
from bot.qa.plain import plain_text


def last(engine: QAEngine, turns: tuple[str, ...], language: str) -> Answer:
    conversation = Conversation()
    answers = [engine.answer(t, language=language, conversation=conversation) for t in turns]
    return answers[-1]


@pytest.mark.parametrize(
    ("question", "language", "short"),
    [
        ("скольких процентных пунктов доверию не хватает до 90%?", "ru", "27"),
        ("сенім 75 пайызға жету үшін тағы қанша тармақ керек?", "kk", "12"),
        ("trust is how many points short of 70 percent?", "en", "7"),
    ],
)
def test_points_short_of_a_named_level(
    engine: QAEngine, question: str, language: str, short: str
) -> None:
    """A level named as a target is the latest level taken from it, beside the split; not a
    forecast of when it is reached."""
    answer = last(engine, (question,), language)
    text = plain_text(answer.text)
    assert answer.intent == "trust_split"
    assert short in text.split()
    assert "63%" in text


@pytest.mark.parametrize(
    ("turns", "language"),
    [
        (("сколько сейчас доверяют полиции?", "а до ста процентов сколько не хватает?"), "ru"),
        (("қазір полицияға қанша сенеді?", "жүз пайызға дейін қанша жетпейді?"), "kk"),
        (("how many trust the police now?", "and how far short of 100 percent is it?"), "en"),
    ],
)
def test_short_of_everyone_after_the_level(
    engine: QAEngine, turns: tuple[str, ...], language: str
) -> None:
    """ "Short of 100" after the level is the rest of 100 %, not the share applied to 100
    people, nor the change since 2019."""
    answer = last(engine, turns, language)
    text = plain_text(answer.text)
    assert answer.intent == "trust_split"
    assert "37" in text
    assert "1,66" not in text and "1.66" not in text


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("когда доверие дойдёт до 90%?", "ru"),
        ("when will trust reach 90 percent?", "en"),
    ],
)
def test_when_a_level_is_reached_is_still_a_forecast(
    engine: QAEngine, question: str, language: str
) -> None:
    answer = last(engine, (question,), language)
    assert answer.intent == "no_figure"
    assert "27" not in plain_text(answer.text)


@pytest.mark.parametrize(
    ("question", "language", "ratio"),
    [
        ("во сколько раз сообщений было больше, чем рассмотренных?", "ru", "2,67"),
        ("барлық хабарлама қаралғандардан қанша есе көп болды?", "kk", "2,67"),
        ("how many times bigger is the count of reports than those considered?", "en", "2.67"),
    ],
)
def test_all_reports_against_those_considered(
    engine: QAEngine, question: str, language: str, ratio: str
) -> None:
    """All reports against the considered ones: 800 / 300 thousand, beside the considered."""
    answer = last(engine, (question,), language)
    text = plain_text(answer.text)
    assert answer.intent == "reports_considered"
    assert ratio in text
    assert "300" in text


@pytest.mark.parametrize(
    ("turns", "language"),
    [
        (("сколько обращений оставили без рассмотрения?", "это полиция сама так говорит?"), "ru"),
        (("қанша хабарлама қаралмады?", "мұны полицияның өзі айтып отыр ма?"), "kk"),
        (("how many reports were ignored?", "do the police say that themselves?"), "en"),
    ],
)
def test_the_police_supposed_as_the_source(
    engine: QAEngine, turns: tuple[str, ...], language: str
) -> None:
    """The police supposed as the source of the reports' figures: the Prosecutor's Office."""
    answer = last(engine, turns, language)
    assert answer.intent == "source"
    assert any(s in answer.text for s in ("прокуратур", "Prosecutor"))


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("а не фейк ли всё это?", "ru"),
        ("бұл цифрлар фейк емес пе?", "kk"),
        ("is it fake or what?", "en"),
    ],
)
def test_figures_called_fake_get_their_source(
    engine: QAEngine, question: str, language: str
) -> None:
    answer = last(engine, (question,), language)
    assert answer.intent == "source"
    assert "Имашев" in answer.text or "Imashev" in answer.text
