"""Who said it, and explanations asked sideways: the speaker of a subject or of her words, a
figure asked as hers; the reform's cause and what it changed for the inspectors; the reasons
named in Kazakh, or asked for in another language than the message's; her own stance; the 37 %
set against 62 %; trust rising or falling; the article in two lines."""

import pytest

from bot.qa import QAEngine
from bot.qa.intents import DEPUTY, DEPUTY_STANCE, REASONS, REFORM, SOURCE, SUM_QUOTED
from bot.qa.plain import plain_text
from tests.qa.talk import chat, stated

PREVENTION = "reason_prevention"


@pytest.mark.parametrize(
    ("questions", "language"),
    [
        (("ішінара ғана сенетіндер жайлы кім айтты?",), "kk"),
        (("isinara senetinder turaly kim aitqan",), "kk"),
        (("кто у вас говорит про частично доверяющих?",), "ru"),
        (("who talks about the partly trusting people?",), "en"),
    ],
)
def test_who_spoke_of_it_is_the_deputy(
    engine: QAEngine, questions: tuple[str, ...], language: str
) -> None:
    answer = chat(engine, *questions, language=language)[-1]
    assert answer.intent == DEPUTY


@pytest.mark.parametrize(
    ("questions", "language", "named"),
    [
        (("полиция кейде қылмысты жасырады екен", "ал мұны кім айтып отыр?"), "kk", "Имашева"),
        (("sybailas zhemqorlyq turaly kim aitty",), "kk", "Имашева"),
        (("а кто говорил о каждом седьмом коррупционере-полицейском?",), "ru", "Имашева"),
        (("кто говорит про 800 тысяч сообщений?",), "ru", "Генпрокуратур"),
        (("who said that about every seventh corrupt offender?",), "en", "Imasheva"),
    ],
)
def test_who_says_a_figure_or_her_words_is_the_source(
    engine: QAEngine, questions: tuple[str, ...], language: str, named: str
) -> None:
    answer = chat(engine, *questions, language=language)[-1]
    assert answer.intent == SOURCE
    assert named in plain_text(answer.text)


@pytest.mark.parametrize(
    ("question", "language", "source"),
    [
        ("800 мың депутаттың өз есебі ме?", "kk", "Бас прокуратура"),
        ("63 пайыз депутаттың өз дерегі ме", "kk", "статистика"),
        ("500 тысяч — это собственные цифры депутата?", "ru", "Генпрокуратур"),
        ("is the 800k the deputy's own count?", "en", "Prosecutor"),
    ],
)
def test_a_figure_asked_as_hers_is_its_source(
    engine: QAEngine, question: str, language: str, source: str
) -> None:
    answer = engine.answer(question, language=language)
    assert answer.intent == SOURCE
    assert source in plain_text(answer.text)


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("Денис Тен өлгеннен кейін полицияда не өзгерді?", "kk"),
        ("Den Ten olgennen keiin ne boldy", "kk"),
        ("полицияны неліктен өзгертті?", "kk"),
        ("policiyany nege ozgertti", "kk"),
        ("после гибели Тена что изменилось?", "ru"),
        ("почему полицию реформировали?", "ru"),
        ("why was the police reformed?", "en"),
        ("what changed after Denis Ten died?", "en"),
    ],
)
def test_the_reform_and_its_cause(engine: QAEngine, question: str, language: str) -> None:
    answer = engine.answer(question, language=language)
    assert answer.intent == REFORM
    assert "2018" in stated(answer)


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("учаскелік реформасының кемшіліктері қандай?", "kk"),
        ("uchaskelik reformasynyn kemshilikteri", "kk"),
        ("какие проблемы реформы участковых видит депутат?", "ru"),
        ("участковым что ещё поменяли, кроме зарплаты?", "ru"),
        ("what are the flaws of the district inspector reform?", "en"),
        ("pay and benefits aside, what changed for district inspectors?", "en"),
    ],
)
def test_what_the_reform_changed_for_the_inspectors(
    engine: QAEngine, question: str, language: str
) -> None:
    assert engine.answer(question, language=language).intent == PREVENTION


def test_the_inspectors_pay_was_raised_said_plainly(engine: QAEngine) -> None:
    answer = engine.answer("участковым что, зарплаты повышали?", language="ru")
    assert "повысили зарплат" in plain_text(answer.text)
    answer = engine.answer("did inspectors get a pay raise?", language="en")
    assert "salaries were raised" in plain_text(answer.text)


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("себептерін атаңызшы", "kk"),
        ("үш себебін атап беріңіз", "kk"),
        ("ush sebebin atanyzshy", "kk"),
        ("уш себебин атанызшы", "kk"),
    ],
)
def test_the_reasons_named_in_kazakh(engine: QAEngine, question: str, language: str) -> None:
    assert engine.answer(question, language=language).intent == REASONS


@pytest.mark.parametrize(
    ("question", "user", "asked", "word"),
    [
        ("trust in police — why don't people trust it? ответь по-русски", "en", "ru", "коррупция"),
        ("why is distrust so high? answer in Russian please", "en", "ru", "коррупция"),
        ("почему люди не доверяют полиции? answer in English", "ru", "en", "corruption"),
        ("полицияға неге сенбейді? орысша жаз", "kk", "ru", "коррупция"),
        ("почему не доверяют полиции? қазақша жауап беріңіз", "ru", "kk", "жемқорлық"),
    ],
)
def test_the_language_asked_for_answers(
    engine: QAEngine, question: str, user: str, asked: str, word: str
) -> None:
    answer = engine.answer(question, language=user)
    assert answer.intent == REASONS
    assert answer.language == asked
    assert word in plain_text(answer.text)


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("а сама-то она полиции доверяет?", "ru"),
        ("ол өзі полицияға сене ме, жоқ па?", "kk"),
        ("ol ozi policiyaga senedi me", "kk"),
        ("and does she herself trust the police?", "en"),
    ],
)
def test_whether_she_herself_trusts(engine: QAEngine, question: str, language: str) -> None:
    assert engine.answer(question, language=language).intent == DEPUTY_STANCE


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("почему же 37%, разве не 62% не доверяют?", "ru"),
        ("неге 37 пайыз? 62 емес пе?", "kk"),
        ("nege 37, 62 emes pe", "kk"),
        ("why is it 37% rather than 62%?", "en"),
    ],
)
def test_the_rest_of_trust_in_both_years(engine: QAEngine, question: str, language: str) -> None:
    answer = engine.answer(question, language=language)
    assert answer.intent == "distrust"
    numbers = stated(answer)
    assert "37" in numbers and "62" in numbers and "38" in numbers


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("37% — это те, кто совсем против полиции?", "ru"),
        ("37 пайыз полицияға толық қарсы адамдар ма?", "kk"),
        ("37 is everyone totally against the police?", "en"),
    ],
)
def test_the_rest_is_not_all_against(engine: QAEngine, question: str, language: str) -> None:
    assert engine.answer(question, language=language).intent == SUM_QUOTED


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("полицияға сенім өсіп жатыр ма, әлде төмендеп пе?", "kk"),
        ("senim osip jatyr ma alde tusip jatyr ma", "kk"),
        ("доверие к полиции растёт или снижается?", "ru"),
        ("is trust in the police rising or falling?", "en"),
    ],
)
def test_rising_or_falling(engine: QAEngine, question: str, language: str) -> None:
    answer = engine.answer(question, language=language)
    assert answer.intent == "trust_growth"
    assert {"38", "63"} <= set(stated(answer))


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("о чём статья Курсива, в двух строчках", "ru"),
        ("Курсивтегі мақала не туралы, екі жолмен айтшы", "kk"),
        ("what is the Kursiv piece about, in two lines?", "en"),
    ],
)
def test_the_article_in_two_lines(engine: QAEngine, question: str, language: str) -> None:
    answer = engine.answer(question, language=language)
    assert answer.intent == "summary"
    assert {"38", "63", "37"} <= set(stated(answer))
