"""The article, the reform and the asker's place: who said it and where it came out, asked in new
ways; the reform's story in follow-ups; villages and the inspectors; what formalism leads to;
groups and homework that have no figure; numbers and years in words; and the asker's own place
or story, which is not what they ask."""

import pytest

from bot.qa import QAEngine
from bot.qa.intents import DEPUTY, DEPUTY_STANCE, NO_FIGURE, OUT_OF_SCOPE, PUBLICATION, REFORM
from bot.qa.plain import plain_text
from tests.qa.talk import chat, stated

PREVENTION = "reason_prevention"


@pytest.mark.parametrize(
    ("questions", "language"),
    [
        (("как зовут ту депутатку, что про полицию выступала?",), "ru"),
        (("кто сказал, что почти вдвое?",), "ru"),
        (("где об этом писали?", "а кого там цитируют?"), "ru"),
        (("кто такая и машева?",), "ru"),
        (("депутаттың аты кім?",), "kk"),
        (("екі есеге жуық деп кім айтқан?",), "kk"),
        (("i masheva kim ozi",), "kk"),
        (("bul statyada kim aitty",), "kk"),
        (("who said it nearly doubled?",), "en"),
        (("what's that MP's name?",), "en"),
    ],
)
def test_who_said_it_is_the_deputy(
    engine: QAEngine, questions: tuple[str, ...], language: str
) -> None:
    answer = chat(engine, *questions, language=language)[-1]
    assert answer.intent == DEPUTY


@pytest.mark.parametrize(
    ("questions", "language"),
    [
        (("на каком сайте это опубликовали?",), "ru"),
        (("где это опубликовали?", "а год какой?"), "ru"),
        (("бұл жаңалық қай сайтта жарияланды?",), "kk"),
        (("бул кайда шыкты", "жылы кандай"), "kk"),
        (("which website published this?",), "en"),
        (("where did this come out?", "and the date?"), "en"),
    ],
)
def test_where_and_when_it_came_out(
    engine: QAEngine, questions: tuple[str, ...], language: str
) -> None:
    answer = chat(engine, *questions, language=language)[-1]
    assert answer.intent == PUBLICATION
    assert "2025" in stated(answer)


@pytest.mark.parametrize(
    ("questions", "language"),
    [
        (("кто такая Имашева?", "а сама она?"), "ru"),
        (("Имашева кім?", "ал өзі ше?"), "kk"),
        (("who is Imasheva?", "and she herself?"), "en"),
    ],
)
def test_and_she_herself_is_her_stance(
    engine: QAEngine, questions: tuple[str, ...], language: str
) -> None:
    answer = chat(engine, *questions, language=language)[-1]
    assert answer.intent == DEPUTY_STANCE


@pytest.mark.parametrize(
    ("questions", "language"),
    [
        (("какой была полиция до реформы?", "а что было дальше?"), "ru"),
        (("когда стартовала реформа полиции?", "а почему?"), "ru"),
        (("после чего общество потребовало перемен?",), "ru"),
        (("бұрынғы полиция қандай болған?", "содан кейін ше?"), "kk"),
        (("polisia reformasy qashan bastaldy", "nege"), "kk"),
        (("белгілі фигурист өлтірілгеннен кейін не өзгерді?",), "kk"),
        (("what was the old police like?", "and next?"), "en"),
        (("when did the police reform begin?", "why?"), "en"),
        (("what happened after the figure skater was murdered?",), "en"),
    ],
)
def test_the_reform_story_in_follow_ups(
    engine: QAEngine, questions: tuple[str, ...], language: str
) -> None:
    answer = chat(engine, *questions, language=language)[-1]
    assert answer.intent == REFORM


@pytest.mark.parametrize(
    ("questions", "language"),
    [
        (("что не так с участковыми?", "а в деревнях?"), "ru"),
        (("что депутат говорила про сёла?",), "ru"),
        (("ауылдарда учаскелік жетпей ме?",), "kk"),
        (("учаскеліктерге не шағым бар?", "ал ауылда ше?"), "kk"),
        (("what's wrong with the district inspectors?", "and in villages?"), "en"),
        (("what are the complaints about inspectors?", "did their benefits get better?"), "en"),
        (("что с участковыми?", "им соцпакет подняли?"), "ru"),
        (("my district officer never picks up, is that common?",), "en"),
        (("соцпакет им правда улучшили?",), "ru"),
        (("was the social package for them really improved?",), "en"),
    ],
)
def test_villages_and_inspectors_are_prevention(
    engine: QAEngine, questions: tuple[str, ...], language: str
) -> None:
    answer = chat(engine, *questions, language=language)[-1]
    assert answer.intent == PREVENTION


@pytest.mark.parametrize(
    ("question", "language", "words"),
    [
        ("контакты участковых в подъездах, что за реформа?", "ru", "сервисной полиции"),
        ("учаскеліктер чатқа кірді, қай реформа?", "kk", "полиция реформасы"),
        ("inspectors joined house chats, what reform was it?", "en", "service-police reform"),
    ],
)
def test_the_inspectors_answer_names_the_reform(
    engine: QAEngine, question: str, language: str, words: str
) -> None:
    [answer] = chat(engine, question, language=language)
    assert answer.intent == PREVENTION
    assert words in plain_text(answer.text)


@pytest.mark.parametrize(
    ("question", "language", "words"),
    [
        ("чем грозит, что заявления не рассматривают?", "ru", "более тяжким последствиям"),
        ("өтініштер қаралмаса неге әкеледі?", "kk", "ауыр салдарға"),
        ("what can ignoring reports lead to?", "en", "graver consequences"),
    ],
)
def test_formalism_may_lead_to_graver_consequences(
    engine: QAEngine, question: str, language: str, words: str
) -> None:
    [answer] = chat(engine, question, language=language)
    assert answer.intent == "reason_formalism"
    assert words in plain_text(answer.text)


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("учителя полиции доверяют? какой процент?", "ru"),
        ("а профессора верят полиции?", "ru"),
        ("жүргізушілер қанша пайыз сенеді?", "kk"),
        ("balyqshylar qansha paiyz senedi", "kk"),
    ],
)
def test_a_trade_has_no_figure(engine: QAEngine, question: str, language: str) -> None:
    [answer] = chat(engine, question, language=language)
    assert answer.intent == NO_FIGURE
    assert "63" not in stated(answer)


@pytest.mark.parametrize(
    ("questions", "language"),
    [
        (("ұлыма есеп шығарып бер: велосипед 15 км/сағ, 2 сағат",), "kk"),
        (("a bus drives 50 km/h for 4 hours, how far does it go?",), "en"),
        (("how many trust the police?", "now write me an essay about Abai"), "en"),
        (("поезд идёт 80 км/ч, сколько за 2 часа?",), "ru"),
        (("напиши сочинение про Абая",), "ru"),
    ],
)
def test_homework_is_out_of_scope(
    engine: QAEngine, questions: tuple[str, ...], language: str
) -> None:
    answer = chat(engine, *questions, language=language)[-1]
    assert answer.intent == OUT_OF_SCOPE
    assert stated(answer) == []


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("so it's sixty three now, right? and in twenty nineteen", "en"),
        ("қазір алпыс үш пайыз, ал он тоғызыншы жылы қанша болған", "kk"),
    ],
)
def test_a_year_in_words_trailing_a_check(engine: QAEngine, question: str, language: str) -> None:
    [answer] = chat(engine, question, language=language)
    assert "38" in stated(answer)


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("my friend says trust went up 25%. is that the right way to say it?", "en"),
        ("доверие выросло на 25 процентов, так правильно говорить?", "ru"),
        ("сенім 25 пайызға өсті дейді, солай айту дұрыс па?", "kk"),
    ],
)
def test_a_growth_worded_in_percent_is_points(
    engine: QAEngine, question: str, language: str
) -> None:
    [answer] = chat(engine, question, language=language)
    assert answer.intent == "trust_growth"
    assert {"25", "66"} <= set(stated(answer))


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("говорят, доверие почти удвоилось. с какой цифры до какой?", "ru"),
        ("сенім екі есеге жуық өсті дейді. қаншадан қаншаға?", "kk"),
    ],
)
def test_from_what_to_what(engine: QAEngine, question: str, language: str) -> None:
    [answer] = chat(engine, question, language=language)
    assert {"38", "63"} <= set(stated(answer))


@pytest.mark.parametrize(
    ("question", "language"),
    [
        (
            "Hi, I work at an office in Shymkent and need the current police trust figure."
            " What is it?",
            "en",
        ),
        (
            "Я 20 лет на рынке, участковый у нас вообще не появляется. Какой процент по стране"
            " доверяет полиции?",
            "ru",
        ),
        ("Германиядан қайтып келдім, полицияға сенім қазір қанша?", "kk"),
        ("вернулся из России, сколько сейчас доверяют полиции?", "ru"),
    ],
)
def test_the_askers_place_or_story_is_not_the_question(
    engine: QAEngine, question: str, language: str
) -> None:
    [answer] = chat(engine, question, language=language)
    assert "63" in stated(answer)
    assert answer.intent not in (NO_FIGURE, OUT_OF_SCOPE)
