"""Classes of questions found missing by the held-out sets DQ, DR and DK (press releases,
speeches, analysts, follow-ups), each tested with phrasings of our own: two figures asked at
once, an index with the first year as 100, the gap in points between the reports' two shares,
the rest of 100 said as "100 minus" or "did not say they trust", praise after an answer, a
phrase of the article quoted back, the month the article came out, and the follow-ups "besides
bribes?", "were the inspectors' salaries raised?", "what comes of reports left unconsidered?",
a source asked for a speech somewhere, a group arguing over the figure, the single time zone's
date."""

import pytest

from bot.qa import QAEngine
from bot.qa.intents import ACK
from bot.qa.plain import plain_text
from tests.qa.talk import chat, stated


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("для доклада: процент доверяющих полиции и процент не доверяющих", "ru"),
        ("дайте долю тех, кто доверяет полиции, и долю тех, кто доверяет частично или нет", "ru"),
        ("баяндамаға: полицияға сенетіндердің пайызы мен сенбейтіндердің пайызы", "kk"),
        ("bayandamaga: policiyaga senetinderdin paiyzy men senbeitinderdin paiyzy", "kk"),
        ("for my slide: percent trusting the police and percent trusting only partly or not at all",
         "en"),
        ("what % trust the police and what % do not", "en"),
    ],
)  # fmt: skip
def test_both_shares_asked_at_once_give_both(
    engine: QAEngine, question: str, language: str
) -> None:
    answer = engine.answer(question, language=language)
    assert answer.intent == "trust_split"
    assert {"63", "37"} <= set(stated(answer))


def test_a_denial_elsewhere_in_the_message_asks_no_second_share(engine: QAEngine) -> None:
    question = "did trust grow by 25% or by 25 points? those are not the same"
    assert engine.answer(question, language="en").intent != "trust_split"


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("для отчёта: уровень доверия к полиции и сколько заявлений остались без рассмотрения?",
         "ru"),
        ("баяндамаға: полицияға сенім қанша және қанша арыз қаралмай қалды?", "kk"),
        ("for a slide I need the trust level and how many reports were left unconsidered", "en"),
    ],
)  # fmt: skip
def test_the_level_and_the_unconsidered_reports_asked_at_once_give_both(
    engine: QAEngine, question: str, language: str
) -> None:
    answer = engine.answer(question, language=language)
    assert answer.intent == "trust_current"
    assert {"63", "500"} <= set(stated(answer))


def test_why_the_reports_lower_trust_is_no_pair_of_figures(engine: QAEngine) -> None:
    question = "почему из-за нерассмотренных обращений падает доверие?"
    answer = engine.answer(question, language="ru")
    assert answer.intent == "reason_formalism"


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("для отчёта: 2019 год берём за 100, какой индекс доверия в 2025?", "ru"),
        ("2019 жыл 100 болса, 2025 жылғы сенім индексі қанша?", "kk"),
        ("2019 zhyl 100 bolsa 2025 zhylgy indeks qansha", "kk"),
        ("index of trust with 2019 as 100?", "en"),
    ],
)
def test_an_index_with_the_first_year_as_100_is_computed(
    engine: QAEngine, question: str, language: str
) -> None:
    answer = engine.answer(question, language=language)
    assert answer.intent == "trust_growth"
    assert "166" in stated(answer)


def test_an_index_based_on_an_unmeasured_year_has_no_figure(engine: QAEngine) -> None:
    answer = engine.answer("if 2022 = 100, what's the 2025 index?", language="en")
    assert answer.intent == "no_figure"
    assert "166" not in stated(answer)


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("разница между долями нерассмотренных и рассмотренных сообщений в пунктах?", "ru"),
        ("қаралмаған үлес қаралған үлестен неше пунктке көп?", "kk"),
        ("by how many points does the unconsidered share exceed the considered one?", "en"),
    ],
)
def test_the_gap_between_the_reports_shares_is_given_in_points(
    engine: QAEngine, question: str, language: str
) -> None:
    answer = engine.answer(question, language=language)
    assert answer.intent == "reports_considered"
    assert "25" in stated(answer)


@pytest.mark.parametrize(
    ("questions", "language"),
    [
        (("каким был первый замер?", "а не доверяли тогда сколько, 100 минус это?"), "ru"),
        (("а сколько в 2019 не говорили, что доверяют?",), "ru"),
        (("2019 жылғы сенімді 100-ден алып тастасақ қанша?",), "kk"),
        (("2019 жылы полицияға сенемін деп айтпағандар неше пайыз?",), "kk"),
        (("100 minus the 2019 trust level?",), "en"),
        (("what share did not say they trust the police in 2019?",), "en"),
        (("complement of trust in 2019, please",), "en"),
    ],
)
def test_the_rest_of_100_said_as_a_subtraction_or_a_denied_saying(
    engine: QAEngine, questions: tuple[str, ...], language: str
) -> None:
    answer = chat(engine, *questions, language=language)[-1]
    assert answer.intent == "distrust"
    assert {"38", "62"} <= set(stated(answer))


def test_those_who_trust_counted_as_100_minus_the_rest_are_the_level(engine: QAEngine) -> None:
    asked = ("полицияға қанша адам сенбейді?", "онда сенетіндер қанша? 100 минус сол")
    answer = chat(engine, *asked, language="kk")[-1]
    assert "63" in stated(answer)


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("отлично, как раз для доклада", "ru"),
        ("супер, как раз в презентацию, то что нужно", "ru"),
        ("керемет, дәл осы баяндамаға керек еді", "kk"),
        ("мықтысың", "kk"),
        ("тамашасын", "kk"),
        ("perfect, that's what I needed for the memo", "en"),
    ],
)
def test_praise_after_an_answer_is_an_acknowledgement(
    engine: QAEngine, question: str, language: str
) -> None:
    answer = chat(engine, "сколько доверяют полиции?", question, language=language)[-1]
    assert answer.intent == ACK


@pytest.mark.parametrize(
    ("question", "language", "intent", "wanted"),
    [
        ("«но незначительно» — кто так сказал?", "ru", "assessment", "Имашев"),
        ("а кто сказал «и на этом всё»?", "ru", "reason_prevention", "участков"),
        ("«бәрі осымен бітті сияқты» кім туралы айтылған?", "kk", "reason_prevention",
         "учаскелік"),
        ("bari osymen bitti siakty degen kim turaly?", "kk", "reason_prevention", "учаскелік"),
        ("'but not significantly' — whose assessment is that?", "en", "assessment", "Imashev"),
        ("who is 'that seems to be all' said about?", "en", "reason_prevention", "inspector"),
    ],
)  # fmt: skip
def test_a_phrase_of_the_article_quoted_back_gets_its_answer(
    engine: QAEngine, question: str, language: str, intent: str, wanted: str
) -> None:
    answer = engine.answer(question, language=language)
    assert answer.intent == intent
    assert wanted in plain_text(answer.text)


@pytest.mark.parametrize(
    ("question", "language"),
    [("ну на этом всё, спасибо", "ru"), ("that seems to be all, thanks", "en")],
)
def test_the_same_words_closing_a_chat_are_thanks(
    engine: QAEngine, question: str, language: str
) -> None:
    assert engine.answer(question, language=language).intent == ACK


@pytest.mark.parametrize(
    ("question", "language", "month"),
    [
        ("в каком месяце опубликовали материал?", "ru", "октябрь"),
        ("мақала қай айда шықты?", "kk", "қазан"),
        ("what month was the article published?", "en", "October"),
    ],
)
def test_the_publication_names_its_month_in_words(
    engine: QAEngine, question: str, language: str, month: str
) -> None:
    answer = engine.answer(question, language=language)
    assert answer.intent == "publication"
    assert month in plain_text(answer.text)


@pytest.mark.parametrize(
    ("questions", "language", "wanted"),
    [
        (("каждый седьмой коррупционер — полицейский?", "а помимо взяток что ещё?"), "ru",
         "мошенн"),
        (("полицейлер арасында жемқорлық", "paradan baska she"), "kk", "алаяқ"),
        (("apart from bribery, what corruption do police commit?",), "en", "fraud"),
    ],
)  # fmt: skip
def test_offences_besides_bribes_are_the_ones_she_names(
    engine: QAEngine, questions: tuple[str, ...], language: str, wanted: str
) -> None:
    answer = chat(engine, *questions, language=language)[-1]
    assert answer.intent == "reason_corruption"
    assert wanted in plain_text(answer.text)


def test_besides_bribes_after_the_reasons_asks_the_other_reasons(engine: QAEngine) -> None:
    asked = ("why don't people trust the police?", "other than bribes?")
    assert chat(engine, *asked, language="en")[-1].intent == "reasons"


@pytest.mark.parametrize(
    ("questions", "language", "wanted"),
    [
        (("кто такие участковые?", "а зарплату им повысили?"), "ru", "зарплат"),
        (("учаскелік полицейлер кім?", "жалақысы өсті ме?"), "kk", "жалақы"),
        (("who are the district inspectors?", "were their salaries raised after the reform?"),
         "en", "salar"),
        (("do district inspectors get paid more these days?",), "en", "salar"),
    ],
)  # fmt: skip
def test_the_inspectors_pay_said_to_rise_is_what_the_reform_did(
    engine: QAEngine, questions: tuple[str, ...], language: str, wanted: str
) -> None:
    answer = chat(engine, *questions, language=language)[-1]
    assert answer.intent == "reason_prevention"
    assert wanted in plain_text(answer.text)


def test_the_inspectors_pay_asked_as_a_sum_has_no_figure(engine: QAEngine) -> None:
    answer = engine.answer("how much are district inspectors paid?", language="en")
    assert answer.intent == "no_figure"


@pytest.mark.parametrize(
    ("questions", "language"),
    [
        (("сколько обращений оставили без рассмотрения?", "чем это грозит?"), "ru"),
        (("арыздар қаралмаса, неге әкелуі мүмкін?",), "kk"),
        (("what happens when reports are left unconsidered?",), "en"),
    ],
)
def test_what_comes_of_unconsidered_reports_is_her_formalism_answer(
    engine: QAEngine, questions: tuple[str, ...], language: str
) -> None:
    answer = chat(engine, *questions, language=language)[-1]
    assert answer.intent == "reason_formalism"


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("дайте источник, мне для проповеди в мечети", "ru"),
        ("мешітте уағыз айтамын, дереккөзін беріңізші", "kk"),
        ("source please, I'll cite it in a talk at the mosque", "en"),
    ],
)
def test_a_source_asked_for_a_speech_somewhere_is_the_source(
    engine: QAEngine, question: str, language: str
) -> None:
    assert engine.answer(question, language=language).intent == "source"


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("пенсионеры во дворе спорят — 63 или 68% доверяют полиции?", "ru"),
        ("апалар дауласып жатыр: 63 пе әлде 65 пайыз сенеді ме?", "kk"),
        ("the old men at the teahouse argue: is it 63 or 65 percent who trust the police?", "en"),
    ],
)
def test_a_group_arguing_over_the_figure_gets_the_level(
    engine: QAEngine, question: str, language: str
) -> None:
    answer = engine.answer(question, language=language)
    assert answer.intent == "trust_current"
    assert "63" in stated(answer)


def test_a_group_asked_about_is_still_a_breakdown(engine: QAEngine) -> None:
    assert engine.answer("сколько женщин доверяют полиции?", language="ru").intent == "no_figure"


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("с какого года у нас одно время по всей стране?", "ru"),
        ("қай күннен бастап бүкіл Қазақстан бір уақытта?", "kk"),
        ("from which day is the whole country on the same time?", "en"),
    ],
)
def test_the_single_time_zone_is_dated(engine: QAEngine, question: str, language: str) -> None:
    answer = engine.answer(question, language=language)
    assert answer.intent == "time_zone"
    assert "2024" in stated(answer)
