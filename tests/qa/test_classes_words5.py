"""Where a figure comes from and whose it is: a computed figure asked where it came from (how
it is computed from the source's figures), the bot's own figures doubted with a why, Kazakh
typed without its letters, the inspectors in a chat story or asked about "per the article",
the Prosecutor's Office's part in the figures, society's demand after Ten's murder, and whether
the deputy is critical of the police."""

import pytest

from bot.qa import QAEngine
from bot.qa.intents import DEPUTY, PREVENTION, PUBLICATION, REFORM, SOURCE
from bot.qa.plain import plain_text
from tests.qa.talk import chat, says

FORMALISM = "reason_formalism"
GROWTH = "trust_growth"
CORRUPTION_SHARE = "corruption_share"


@pytest.mark.parametrize(
    ("question", "language", "intent", "numbers"),
    [
        ("откуда вообще взялись эти 66 процентов роста?", "ru", GROWTH, ("38", "63")),
        ("как вы посчитали рост в 1,66 раза?", "ru", GROWTH, ("38", "63")),
        ("25 пунктов откуда?", "ru", GROWTH, ("38", "63")),
        ("66 пайыз өсім қайдан алынды, қалай шықты?", "kk", GROWTH, ("38", "63")),
        ("62,5 пайыз қайдан шықты", "kk", FORMALISM, ("800", "500")),
        ("how did you get the 66 percent increase?", "en", GROWTH, ("38", "63")),
        ("where does the 62.5% figure come from?", "en", FORMALISM, ("800", "500")),
        ("where did 14% come from?", "en", CORRUPTION_SHARE, ("7",)),
        ("а 37,5% рассмотренных откуда?", "ru", "reports_considered", ("800", "500", "300")),
    ],
)
def test_a_computed_figure_asked_where_it_came_from(
    engine: QAEngine, question: str, language: str, intent: str, numbers: tuple[str, ...]
) -> None:
    answer = engine.answer(question, language=language)
    assert answer.intent == intent
    assert says(answer, *numbers)
    text = plain_text(answer.text)
    assert any(word in text for word in ("расчёт", "есептелген", "computed"))
    assert any(name in text for name in ("Курсив", "Kursiv"))


@pytest.mark.parametrize(
    "question",
    ["откуда 63%?", "where does the 38% come from?", "в чате 25 человек, что получится?"],
)
def test_a_figure_of_the_source_is_not_called_computed(engine: QAEngine, question: str) -> None:
    text = plain_text(engine.answer(question, language="ru").text)
    assert "расчёт" not in text and "computed" not in text


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("а с какой стати мне верить вашим 63%, почему?", "ru"),
        ("почему я должна доверять твоим цифрам?", "ru"),
        ("сен бот қой, неге сіздің цифрларыңызға сенуім керек", "kk"),
        ("why should I believe your figures at all?", "en"),
        ("why should i trust ur stats", "en"),
    ],
)
def test_its_own_figures_doubted_are_answered_with_whose_they_are(
    engine: QAEngine, question: str, language: str
) -> None:
    answer = engine.answer(question, language=language)
    assert answer.intent == SOURCE
    text = plain_text(answer.text)
    assert any(name in text for name in ("Имашева", "Imasheva"))
    assert any(name in text for name in ("Курсив", "Kursiv"))


@pytest.mark.parametrize(
    ("question", "language"),
    [("почему я должен верить полиции?", "ru"), ("why should I trust the police?", "en")],
)
def test_trusting_the_police_asked_is_not_the_bot_doubted(
    engine: QAEngine, question: str, language: str
) -> None:
    assert engine.answer(question, language=language).intent != SOURCE


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("бул жанылык качан жарияланды", PUBLICATION),
        ("макала качан шыкты", PUBLICATION),
        ("созбалан деген кимге катысты", PREVENTION),
        ("телефон алмайды деген кім туралы айтылған", PREVENTION),
    ],
)
def test_kazakh_typed_without_its_letters(engine: QAEngine, question: str, intent: str) -> None:
    answer = engine.answer(question, language="kk")
    assert answer.intent == intent
    if intent == PUBLICATION:
        assert "2025" in plain_text(answer.text)


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("наш участковый в домовом чате сообщения игнорирует уже неделю, это везде так?", "ru"),
        ("біздің учаскелік чатта бар бірақ хабарламаға жауап бермейді", "kk"),
        ("our district officer is in the group chat but ignores messages, is that common?", "en"),
        ("per the deputy, what is wrong with district inspectors?", "en"),
        ("what's the issue with district officers per the article?", "en"),
        ("а при чём здесь участковые?", "ru"),
        ("what do district inspectors have to do with it?", "en"),
        ("учаскелік полицейлердің мұнда не қатысы бар?", "kk"),
    ],
)
def test_the_inspectors_in_a_chat_story_or_per_the_article(
    engine: QAEngine, question: str, language: str
) -> None:
    assert engine.answer(question, language=language).intent == PREVENTION


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("what has the prosecutor's office got to do with this?", "en"),
        ("what does the General Prosecutor's Office have to do with these numbers?", "en"),
        ("а Генпрокуратура здесь при чём?", "ru"),
        ("прокуратура-то тут при чем", "ru"),
        ("Бас прокуратураның мұнда не қатысы бар?", "kk"),
    ],
)
def test_the_prosecutors_office_is_the_source_of_the_reports(
    engine: QAEngine, question: str, language: str
) -> None:
    answer = engine.answer(question, language=language)
    assert answer.intent in (FORMALISM, SOURCE)
    assert says(answer, "800")


@pytest.mark.parametrize(
    ("first", "language"),
    [("Генпрокуратура", "ru"), ("прокуратура", "kk")],
)
def test_in_what_connection_after_the_prosecutors_office(
    engine: QAEngine, first: str, language: str
) -> None:
    follow_up = {"ru": "а в какой связи?", "kk": "қандай байланысы бар?"}[language]
    answers = chat(engine, first, follow_up, language=language)
    assert answers[1].intent in (FORMALISM, SOURCE)
    assert says(answers[1], "800")


@pytest.mark.parametrize(
    ("question", "language", "intent", "said"),
    [
        ("чего требовали люди после гибели Тена?", "ru", REFORM, "изменени"),
        ("Тен өлтірілгеннен кейін қоғам не талап етті?", "kk", REFORM, "өзгеріс"),
        ("what did people demand after Denis Ten was killed?", "en", REFORM, "changes"),
        ("so is she critical of the police or not?", "en", DEPUTY, "insignificant"),
        ("депутат критично относится к полиции?", "ru", DEPUTY, "незначительн"),
        ("депутат полицияны сынай ма?", "kk", DEPUTY, "шамалы"),
    ],
)
def test_what_society_demanded_and_whether_the_deputy_is_critical(
    engine: QAEngine, question: str, language: str, intent: str, said: str
) -> None:
    answer = engine.answer(question, language=language)
    assert answer.intent == intent
    assert said in plain_text(answer.text)
