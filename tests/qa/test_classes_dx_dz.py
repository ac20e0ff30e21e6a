"""Classes of misses found by the blind sets DX and DZ after their first scores were recorded,
each tested with phrasings of our own: shares listed with "and" are no years; the distrust's
change in points; who paid for the survey; the article's conclusion; a quote doubted; taxes and
football scores are no question of ours."""

import pytest

from bot.qa import QAEngine
from bot.qa.intents import METHOD, OUT_OF_SCOPE, SOURCE
from tests.qa.talk import chat, stated


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("63 и 38 — какая между ними разница?", "ru"),
        ("38 бен 63 айырмасы қанша", "kk"),
        ("what's the gap between 63 and 38 then", "en"),
    ],
)
def test_two_shares_joined_by_and_are_no_years(
    engine: QAEngine, question: str, language: str
) -> None:
    [answer] = chat(engine, question, language=language)
    assert "25" in stated(answer)
    assert "2038" not in answer.text and "2063" not in answer.text


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("на сколько пунктов уменьшилось недоверие с 2019 по 2025?", "ru"),
        ("сенбейтіндердің үлесі 2019 бен 2025 арасында неше пунктке төмендеді", "kk"),
        ("the share who don't trust: how many points lower in 2025 than 2019?", "en"),
        ("how many points did distrust drop", "en"),
    ],
)
def test_the_distrusts_change_in_points(engine: QAEngine, question: str, language: str) -> None:
    [answer] = chat(engine, question, language=language)
    assert answer.intent == "distrust_change"
    assert {"62", "37", "25"} <= set(stated(answer))


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("а кто заказал этот опрос?", "ru"),
        ("бұл зерттеуді кім қаржыландырды?", "kk"),
        ("who funded the survey in the first place?", "en"),
    ],
)
def test_who_paid_for_the_survey_is_its_method(
    engine: QAEngine, question: str, language: str
) -> None:
    [answer] = chat(engine, question, language=language)
    assert answer.intent == METHOD
    assert stated(answer) == []


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("какие выводы можно сделать из статьи?", "ru"),
        ("мақаладан қандай қорытынды шығады, қысқаша", "kk"),
        ("headed to a residents' meeting — main takeaways of the article, please", "en"),
    ],
)
def test_the_articles_conclusion_is_its_summary(
    engine: QAEngine, question: str, language: str
) -> None:
    [answer] = chat(engine, question, language=language)
    assert answer.intent == "summary"
    assert "63" in stated(answer)


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("это точно депутат сказала, или журналисты придумали?", "ru"),
        ("депутат шынымен солай деді ме?", "kk"),
        ("are you sure she said that? maybe the paper made it up", "en"),
    ],
)
def test_a_quote_doubted_gets_its_source(engine: QAEngine, question: str, language: str) -> None:
    [answer] = chat(engine, question, language=language)
    assert answer.intent == SOURCE


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("как вычесть НДС 12% из 800 тысяч", "ru"),
        ("63 мыңнан ҚҚС қанша болады", "kk"),
        ("VAT at 12% on 37,000 tenge — how much is it", "en"),
        ("Қайрат кеше кімге ұтылды", "kk"),
        ("кеше Ордабасы кімнен ұтты", "kk"),
    ],
)
def test_taxes_and_football_scores_are_not_ours(
    engine: QAEngine, question: str, language: str
) -> None:
    [answer] = chat(engine, question, language=language)
    assert answer.intent == OUT_OF_SCOPE
    assert set(stated(answer)) <= set(stated_in(question))


def stated_in(question: str) -> list[str]:
    return [w.rstrip("%") for w in question.replace(",", "").split() if w.rstrip("%").isdigit()]


@pytest.mark.parametrize(
    ("questions", "language"),
    [
        (("почему убийство Дениса Тена важно?", "и что было после этого?"), "ru"),
        (("Денис Тен деген кім?", "одан кейін не өзгерді?"), "kk"),
        (("why does the article mention Denis Ten?", "so what happened next?"), "en"),
    ],
)
def test_what_came_after_the_murder_is_the_reform(
    engine: QAEngine, questions: tuple[str, str], language: str
) -> None:
    _, follow_up = chat(engine, *questions, language=language)
    assert follow_up.intent == "reform_context"


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("50-ден асқандар полицияға сене ме?", "kk"),
        ("70 тен асқан қариялардың қаншасы сенеді", "kk"),
    ],
)
def test_those_past_an_age_are_an_age_group(engine: QAEngine, question: str, language: str) -> None:
    [answer] = chat(engine, question, language=language)
    assert answer.intent == "no_figure" and answer.frame.group == "age"
    assert stated(answer) == []


def test_the_askers_own_age_past_a_number_is_no_age_group(engine: QAEngine) -> None:
    [answer] = chat(engine, "мен 60-тан асқан адаммын, елде қанша адам сенеді?", language="kk")
    assert "63" in stated(answer)


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("а медперсонал больше других доверяет полиции?", "ru"),
        ("does the hospital staff trust the police?", "en"),
        ("how much does the youth trust the police, in percent?", "en"),
    ],
)
def test_a_group_named_by_a_singular_word_has_no_figure(
    engine: QAEngine, question: str, language: str
) -> None:
    [answer] = chat(engine, question, language=language)
    assert answer.intent == "no_figure"
    assert stated(answer) == []
