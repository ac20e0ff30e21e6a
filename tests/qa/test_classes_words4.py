"""Inspectors, the country, typos and stories: the inspectors' pay, package and duties asked
directly; which country and which paper; "why" mistyped; a story told before what the deputy
said; figures asked in words after an answer in words; off-topic after an ok; one town's
share, which no figure holds."""

import pytest

from bot.qa import QAEngine
from bot.qa.intents import (
    DECLINES,
    MEASUREMENT_YEARS,
    OUT_OF_SCOPE,
    PREVENTION,
    PUBLICATION,
    REASONS,
    REFORM,
)
from bot.qa.plain import plain_text
from tests.qa.talk import chat, stated

FORMALISM = "reason_formalism"
CORRUPTION = "reason_corruption"
DISTRUST = "distrust"
TRUST_NOW = "trust_current"
CONCEALMENT = "concealment"


@pytest.mark.parametrize(
    ("question", "language", "said"),
    [
        ("участковым подняли зарплату?", "ru", "повысили зарплат"),
        ("правда что участковым повысили оклады?", "ru", "повысили зарплат"),
        ("учаскелердің айлығын көтерді ме?", "kk", "жалақы"),
        ("учаскелерге айлық қосты ма", "kk", "жалақы"),
        ("did the district officers' benefits improve?", "en", "social package"),
        ("do inspectors have a better social package now", "en", "social package"),
        ("участковым дали соцпакет получше?", "ru", "соцпакет"),
        ("учаскелерге әлеуметтік пакет берді ме", "kk", "пакет"),
        ("what extra duties did district officers lose?", "en", "extra duties"),
        ("какие функции сняли с участковых?", "ru", "лишних функций"),
        ("учаскелерді қандай артық міндеттерден босатты?", "kk", "міндеттерден"),
    ],
)
def test_the_inspectors_pay_package_and_duties(
    engine: QAEngine, question: str, language: str, said: str
) -> None:
    answer = engine.answer(question, language=language)
    assert answer.intent == PREVENTION
    assert said in plain_text(answer.text)


@pytest.mark.parametrize(
    ("question", "language", "country"),
    [
        ("what country are these numbers about?", "en", "Kazakhstan"),
        ("which country are these stats from?", "en", "Kazakhstan"),
        ("про какую страну эти цифры?", "ru", "Казахстан"),
        ("данные по какой стране?", "ru", "Казахстан"),
        ("бұл цифрлар қай елге қатысты?", "kk", "Қазақстан"),
        ("bul qai eldin derekteri", "kk", "Қазақстан"),
    ],
)
def test_the_country_of_the_data(
    engine: QAEngine, question: str, language: str, country: str
) -> None:
    answer = engine.answer(question, language=language)
    assert answer.intent == PUBLICATION
    assert country in plain_text(answer.text)


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("in which country is trust in police highest?", "en"),
        ("в какой стране больше всего доверяют полиции?", "ru"),
    ],
)
def test_countries_compared_stay_out_of_scope(
    engine: QAEngine, question: str, language: str
) -> None:
    assert engine.answer(question, language=language).intent == OUT_OF_SCOPE


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("which newspaper ran the story?", "en"),
        ("what paper carried this", "en"),
        ("мұны қай газет жариялады", "kk"),
    ],
)
def test_the_paper_that_ran_it(engine: QAEngine, question: str, language: str) -> None:
    answer = engine.answer(question, language=language)
    assert answer.intent == PUBLICATION
    assert "Kursiv" in plain_text(answer.text) or "Курсив" in plain_text(answer.text)


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("пачиму люди не доверяют ментам", "ru"),
        ("пачяму полиции не доверяют", "ru"),
        ("y dont ppl trust police", "en"),
        ("y do people not trust cops", "en"),
        ("why dnt ppl trust the police", "en"),
    ],
)
def test_why_mistyped_asks_the_reasons(engine: QAEngine, question: str, language: str) -> None:
    assert engine.answer(question, language=language).intent == REASONS


def test_a_letter_y_is_no_why(engine: QAEngine) -> None:
    answer = engine.answer(
        "for my slides: in 2019 trust was X and in 2025 it was Y, fill in X and Y", language="en"
    )
    assert {"38", "63"} <= set(stated(answer))


@pytest.mark.parametrize(
    ("question", "language", "intent"),
    [
        (
            "my cousin got into a fight at a wedding in Turkestan, his wife's complaint was "
            "never looked at. what did the deputy say about complaints?",
            "en",
            FORMALISM,
        ),
        (
            "у соседей сын подрался на свадьбе в Таразе, заявление его жены никто не "
            "рассмотрел. что депутат говорила про заявления?",
            "ru",
            FORMALISM,
        ),
        ("что депутат говорила про заявления?", "ru", FORMALISM),
        (
            "ағамның баласы Кентауда тойда ұрысқа түсті, полиция алып кетті, арызын ешкім "
            "қарамады. депутат арыздар жайлы не айтты",
            "kk",
            FORMALISM,
        ),
        ("что депутат сказала про коррупцию?", "ru", CORRUPTION),
    ],
)
def test_what_she_said_after_a_story(
    engine: QAEngine, question: str, language: str, intent: str
) -> None:
    assert engine.answer(question, language=language).intent == intent


@pytest.mark.parametrize(
    ("questions", "language"),
    [
        (
            (
                "сколько заявлений оставили без рассмотрения?",
                "на что это указывает по словам депутата",
            ),
            "ru",
        ),
        (
            ("how many reports were never considered?", "what does that point to according to her"),
            "en",
        ),
        (("қанша арыз қаралмай қалды?", "депутаттың ойынша бұл неге дәлел?"), "kk"),
    ],
)
def test_what_the_reports_point_to(
    engine: QAEngine, questions: tuple[str, ...], language: str
) -> None:
    answer = chat(engine, *questions, language=language)[-1]
    assert answer.intent == FORMALISM
    assert "ормализм" in plain_text(answer.text) or "Formalism" in plain_text(answer.text)


@pytest.mark.parametrize(
    ("question", "language", "word"),
    [
        ("who is denis ten and what does he have to do with the police", "en", "skater"),
        ("Денис Тен кто это и при чём тут полиция", "ru", "фигурист"),
        ("Денис Тен деген кім", "kk", "фигурист"),
    ],
)
def test_who_denis_ten_was(engine: QAEngine, question: str, language: str, word: str) -> None:
    answer = engine.answer(question, language=language)
    assert answer.intent == REFORM
    assert word in plain_text(answer.text)


@pytest.mark.parametrize(
    ("question", "language"),
    [
        (
            "honey our aul near Ridder has had no district officer for months, is it just us "
            "or did the deputy say anything about villages",
            "en",
        ),
        ("у нас в ауле под Аксу участкового полгода нет, депутат что-то говорила про сёла?", "ru"),
        (
            "Ақсу маңындағы ауылымызда жарты жыл учаскелік жоқ, депутат ауылдар туралы айтты ма",
            "kk",
        ),
    ],
)
def test_villages_without_an_inspector(engine: QAEngine, question: str, language: str) -> None:
    assert engine.answer(question, language=language).intent == PREVENTION


@pytest.mark.parametrize(
    ("questions", "language"),
    [
        (("доверяют ли казахстанцы полиции?", "а в цифрах?"), "ru"),
        (("полицияға сенім туралы не білесің?", "цифрмен айтшы"), "kk"),
        (("do people trust the police here?", "and in numbers?"), "en"),
    ],
)
def test_figures_asked_after_words(
    engine: QAEngine, questions: tuple[str, ...], language: str
) -> None:
    answer = chat(engine, *questions, language=language)[-1]
    assert answer.intent == TRUST_NOW
    assert "63" in stated(answer)


@pytest.mark.parametrize(
    ("questions", "language"),
    [
        (("why do people distrust the police?", "what percent of people are like that?"), "en"),
        (("почему люди не доверяют полиции?", "и сколько таких людей, в процентах?"), "ru"),
        (("неге адамдар полицияға сенбейді?", "ондайлар қанша пайыз?"), "kk"),
    ],
)
def test_those_like_that_after_the_reasons(
    engine: QAEngine, questions: tuple[str, ...], language: str
) -> None:
    answer = chat(engine, *questions, language=language)[-1]
    assert answer.intent == DISTRUST
    assert "37" in stated(answer)


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("years between the two surveys?", "en"),
        ("years between the first and the last measurement", "en"),
    ],
)
def test_years_between_the_measurements(engine: QAEngine, question: str, language: str) -> None:
    answer = engine.answer(question, language=language)
    assert answer.intent == MEASUREMENT_YEARS
    assert "6" in stated(answer)


@pytest.mark.parametrize(
    ("questions", "language"),
    [
        (("how many trusted in 2019?", "ok. any good korean dramas lately"), "en"),
        (("сколько доверяли в 2019?", "ладно. посоветуй турецкий сериал"), "ru"),
        (("туған күнге торт қайдан тапсырыс беруге болады",), "kk"),
        (("where can I order a birthday cake for my son",), "en"),
        (("где заказать торт на день рождения ребенку",), "ru"),
    ],
)
def test_off_topic_is_out_of_scope(
    engine: QAEngine, questions: tuple[str, ...], language: str
) -> None:
    answer = chat(engine, *questions, language=language)[-1]
    assert answer.intent == OUT_OF_SCOPE
    assert not stated(answer)


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("guys anyone know the trust in police figure? bot help", "en"),
        ("қыздар полицияға сенім статистикасын кім біледі? бот айтшы", "kk"),
    ],
)
def test_the_chat_addressed_gets_the_level(engine: QAEngine, question: str, language: str) -> None:
    answer = engine.answer(question, language=language)
    assert answer.intent == TRUST_NOW
    assert "63" in stated(answer)


@pytest.mark.parametrize(
    ("question", "language"),
    [
        (
            "old man Bolat got fined in Ridder and says nobody there trusts the police, whats "
            "the real number for Ridder",
            "en",
        ),
        ("дед Серик говорит в Аксу никто полиции не верит, а какая цифра по Аксу?", "ru"),
        ("Ақсуда ешкім полицияға сенбейді дейді, Ақсу бойынша нақты цифр қанша", "kk"),
        ("а какой процент доверия в Аксу", "ru"),
        ("Ақсуда қанша пайыз сенеді", "kk"),
    ],
)
def test_one_towns_share_has_no_figure(engine: QAEngine, question: str, language: str) -> None:
    answer = engine.answer(question, language=language)
    assert answer.intent in DECLINES
    assert not stated(answer)


@pytest.mark.parametrize(
    ("questions", "language", "figures"),
    [
        (("how many trusted the police in 2019?", "and in 2025?", "by how much?"), "en", ["25"]),
        (("the deputy claims trust grew a little", "by how much exactly?"), "en", ["25"]),
        (("what did the deputy say about the police?", "figures?"), "en", ["38", "63"]),
    ],
)
def test_a_bare_figure_word_asks_a_figure_of_its_own(
    engine: QAEngine, questions: tuple[str, ...], language: str, figures: list[str]
) -> None:
    said = stated(chat(engine, *questions, language=language)[-1])
    assert all(figure in said for figure in figures)


@pytest.mark.parametrize(
    ("questions", "language"),
    [
        (
            (
                "my neighbour's complaint about a theft was never looked at, how many such "
                "complaints get ignored?",
            ),
            "en",
        ),
        (
            (
                "соседка подала жалобу, её так и не рассмотрели. сколько вообще таких жалоб не "
                "рассматривают?",
            ),
            "ru",
        ),
        (("менің арызымды қарамады, ондай арыздар қанша қаралмай қалады?",), "kk"),
        (
            ("в чём формализм полиции?", "а сколько таких обращений осталось без рассмотрения?"),
            "ru",
        ),
    ],
)
def test_such_reports_are_the_reports_not_the_distrusting(
    engine: QAEngine, questions: tuple[str, ...], language: str
) -> None:
    said = stated(chat(engine, *questions, language=language)[-1])
    assert "500" in said
    assert "37" not in said


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("Почему депутат говорит о слабой реакции полиции на обращения?", FORMALISM),
        ("Чем укрывательство отличается от формализма, о котором говорит депутат?", CONCEALMENT),
    ],
)
def test_why_she_says_it_or_how_her_reasons_differ(
    engine: QAEngine, question: str, intent: str
) -> None:
    """Why she says it, or how two of her reasons differ: not the subject's reason alone."""
    assert engine.answer(question, language="ru").intent == intent


@pytest.mark.parametrize(
    "question",
    ["anyone know when bus 37 starts running again?", "anybody know a good dentist in Almaty?"],
)
def test_anyone_asking_the_chat_of_something_else_is_out_of_scope(
    engine: QAEngine, question: str
) -> None:
    assert engine.answer(question, language="en").intent == OUT_OF_SCOPE


def test_any_number_asked_is_the_level_not_the_emergency_line(engine: QAEngine) -> None:
    answer = engine.answer("how far do people here trust the cops, any number?", language="en")
    assert answer.intent == TRUST_NOW
    assert "63" in stated(answer)


@pytest.mark.parametrize(
    ("questions", "language"),
    [
        (("what was done for the district officers?", "how much is their salary in tenge?"), "en"),
        (("what was done for the district officers?", "so what's their pay now?"), "en"),
        (("что изменилось у участковых?", "а зарплата сейчас сколько в тенге?"), "ru"),
        (("полицияға сенім қанша?", "жарайды, теңге долларға қатысты қанша?"), "kk"),
    ],
)
def test_a_sum_in_tenge_is_no_reform_story(
    engine: QAEngine, questions: tuple[str, ...], language: str
) -> None:
    """The inspectors' pay as a sum, or the tenge's rate: no figure of ours, not the reform."""
    answer = chat(engine, *questions, language=language)[-1]
    assert answer.intent in DECLINES
    assert not stated(answer)
