"""Answers: computed from the facts, honest about unknown years, sourced, valid Telegram HTML."""

import dataclasses
import os
import pickle
import re
import subprocess
import sys
from collections.abc import Callable
from copy import deepcopy

import pytest

from bot.qa import Conversation, QAEngine
from bot.qa.datafiles import load
from bot.qa.evaluation import Case, SeedFact
from bot.qa.intents import ACK, CORRUPTION_OFFICERS, DECLINES
from bot.qa.lexicon import LANGUAGES
from bot.qa.plain import plain_text
from tests.qa.conftest import FIGURES_CSV, ROOT
from tests.qa.talk import chat

PERCENTS = re.compile(r"(\d+(?:[.,]\d+)?)\s?%")
TELEGRAM_LIMIT = 4096


def with_value(facts: list[SeedFact], metric: str, period: int, value: float) -> list[SeedFact]:
    """The facts with one value changed."""
    return [
        dataclasses.replace(f, value=value) if (f.metric, f.period) == (metric, period) else f
        for f in facts
    ]


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("Какой уровень доверия был в 2022 году?", "ru"),
        ("2022 жылы полицияға сенім қандай болды?", "kk"),
        ("What was trust in the police in 2022?", "en"),
    ],
)
def test_unknown_year_gets_no_figure_and_states_no_number(
    engine: QAEngine, question: str, language: str
) -> None:
    answer = engine.answer(question)
    assert answer.intent == "no_figure" and answer.frame.missing == "year"
    assert answer.language == language
    assert "2022" in answer.text
    assert re.findall(r"\d+", answer.text) == ["2022"]  # no 38, no 63, no 46: nothing to misread


def test_year_before_the_first_measurement_says_measuring_had_not_begun(engine: QAEngine) -> None:
    text = engine.answer("сколько доверяли полиции в 2015 году").text
    assert "2015" in text and "ещё не замеряли" in text
    assert not PERCENTS.findall(text)


def test_lists_of_years_read_naturally(engine: QAEngine) -> None:
    years = "2020, 2021 и 2022"
    assert f"за {years} годы" in engine.answer(f"доверие к полиции в {years}").text
    kazakh = engine.answer("2020, 2021 және 2022 жылдары полицияға сенім").text
    assert "2020, 2021 және 2022 жылдар" in kazakh
    assert "for 2020, 2021 and 2022" in engine.answer("police trust in 2020, 2021 and 2022").text


def test_first_measurement_note_follows_the_first_year(engine: QAEngine) -> None:
    for question, language, note in (
        ("доверие к полиции в 2019 и 2025", "ru", "Это первый замер."),
        ("2019 және 2025 жылдары полицияға сенім", "kk", "Бұл — алғашқы өлшем."),
        ("police trust in 2019 and 2025", "en", "That was the first measurement."),
    ):
        lines = engine.answer(question, language=language).text.split("\n")
        assert "2019" in lines[0] and note in lines[0], lines
        assert note not in lines[1]


def test_follow_up_year_resolves_against_the_conversation(engine: QAEngine) -> None:
    now, then = chat(engine, "Какой уровень доверия сейчас?", "а в 2019?")
    assert now.intent == "trust_current" and "63" in now.text
    assert then.intent == "trust_year" and "38" in then.text
    assert then.language == "ru"


def test_short_follow_up_keeps_the_conversation_language(engine: QAEngine) -> None:
    kazakh = chat(engine, "Қазір полицияға сенім қандай?", "а 2019?", language="ru")[1]
    assert kazakh.language == "kk" and "38" in kazakh.text
    english = chat(engine, "What is the trust level now?", "2019?", language="ru")[1]
    assert english.language == "en" and "38" in english.text


def test_follow_up_details_of_a_reason(engine: QAEngine) -> None:
    reasons, corruption = chat(engine, "почему не доверяют?", "подробнее про коррупцию")
    assert reasons.intent == "reasons"
    assert corruption.intent == "reason_corruption"
    assert "каждый седьмой" in corruption.text and "14,3%" in corruption.text
    english = chat(engine, "why don't people trust the police?", "more about corruption")[1]
    assert "every seventh" in english.text and "one in 7" in english.text


def test_ordinal_and_next_walk_the_reasons(engine: QAEngine) -> None:
    answers = chat(engine, "почему люди не доверяют полиции", "а вторая?", "а следующая?")
    assert [a.intent for a in answers] == ["reasons", "reason_prevention", "reason_formalism"]
    assert "62,5%" in answers[2].text


def test_follow_up_distrust_year_has_no_invented_figure(engine: QAEngine) -> None:
    answer = chat(engine, "сколько людей не доверяют полиции", "а в 2019?")[1]
    assert answer.intent == "distrust"
    assert set(PERCENTS.findall(answer.text)) == {"38", "62"}  # 100 - 38, said to be computed
    assert "отдельной цифры недоверия нет" in answer.text


def test_source_on_request_quotes_the_topic(engine: QAEngine) -> None:
    source = chat(engine, "расскажи про коррупцию в полиции", "а источник?")[1]
    assert source.intent == "source"
    assert "Курсив" in source.text and "13.10.2025" in source.text
    assert "<blockquote>" in source.text and "каждый седьмой" in source.text
    english = chat(engine, "How many people trust the police?", "where is that from?")[1]
    assert "Kursiv" in english.text and "Порядка 63%" in english.text


def test_answers_carry_a_one_line_source_hint(engine: QAEngine) -> None:
    text = engine.answer("Сколько людей доверяют полиции?").text
    hint = text.rsplit("\n", 1)[-1]
    assert hint.startswith("<i>Источник: Курсив, 13.10.2025")


def test_growth_is_computed_and_honest_about_the_wording(engine: QAEngine) -> None:
    ru = engine.answer("Как изменилось доверие с 2019 года?").text
    assert "рост на <b>25 процентных пунктов</b> — в <b>1,66</b> раза" in ru
    assert "п.п." not in ru and "Почти в два раза" in ru and "формулировка" in ru
    en = engine.answer("How much has trust in the police grown since 2019?").text
    assert "1.66" in en and "wording" in en


def test_altered_facts_change_the_answers(seed_facts: list[SeedFact]) -> None:
    facts = with_value(seed_facts, "trust_share", 2025, 70)
    facts = with_value(facts, "corruption_police_one_in", 2025, 8)
    engine = QAEngine.from_facts(facts)
    assert "70%" in engine.answer("Какой уровень доверия сейчас?").text
    growth = engine.answer("Насколько выросло доверие к полиции?").text
    assert "32 процентных пункта" in growth and "1,84" in growth and "63" not in growth
    corruption = engine.answer("Сколько полицейских среди коррупционеров?").text
    assert "восьмой" in corruption and "12,5%" in corruption


def test_shares_ranked_follow_the_facts(seed_facts: list[SeedFact]) -> None:
    """The order of the shares set against each other is computed: with trust in 2019 at 70 %
    it comes first."""
    engine = QAEngine.from_facts(with_value(seed_facts, "trust_share", 2019, 70))
    text = engine.answer("что больше: доверие в 2019 или доля нерассмотренных сообщений?").text
    assert text.index("70%") < text.index("63%") < text.index("62,5%") < text.index("37%")


def test_missing_facts_give_a_no_data_answer_not_an_error() -> None:
    engine = QAEngine.from_facts([])
    for question in ("Сколько людей доверяют полиции?", "а в 2022?", "откуда данные?", "привет"):
        answer = engine.answer(question)
        assert answer.text and not PERCENTS.search(answer.text)


@pytest.mark.parametrize(
    "question",
    [
        "какая погода завтра",
        "рецепт плова",
        "доверяете ли вы банкам?",
        "бүгін ауа райы қандай",
        "дәрігерлерге сенесіз бе",
        "who won the football match yesterday",
        "do people trust the courts",
        "how does trust in US police compare?",
        "почему за отопление в этом месяце 18 тысяч насчитали?",
        "фывапролджэ",
        "?",
    ],
)
def test_out_of_scope_is_polite_and_has_no_figures(engine: QAEngine, question: str) -> None:
    answer = engine.answer(question)
    assert answer.intent == "out_of_scope"
    assert not re.search(r"\d", answer.text)


@pytest.mark.parametrize("language", LANGUAGES)
def test_help_gives_three_example_questions(engine: QAEngine, language: str) -> None:
    question = {"ru": "что ты умеешь?", "kk": "сен не істей аласың?", "en": "what can you do?"}
    answer = engine.answer(question[language])
    assert answer.intent == "help" and answer.language == language
    assert answer.text.count("•") == 3


def test_general_information_is_labelled(engine: QAEngine) -> None:
    text = engine.answer("какой номер полиции?").text
    assert "102" in text and "112" in text and "Общая справочная информация" in text


def test_conversation_is_plain_and_picklable(engine: QAEngine) -> None:
    conversation = Conversation()
    engine.answer("почему не доверяют?", conversation=conversation)
    restored = pickle.loads(pickle.dumps(conversation))
    assert engine.answer("а вторая?", conversation=restored).intent == "reason_prevention"


def test_templates_hold_no_figures() -> None:
    answers = load("answers.toml")
    texts: list[str] = []

    def collect(node: object) -> None:
        if isinstance(node, str):
            texts.append(node)
        elif isinstance(node, dict):
            for value in node.values():
                collect(value)

    collect({k: v for k, v in answers.items() if k not in {"format", "ordinals"}})
    assert texts and not [t for t in texts if re.search(r"\d", t)]


def test_every_answer_is_valid_telegram_html_within_the_limit(
    engine: QAEngine, eval_cases: list[Case], html_errors: Callable[[str], list[str]]
) -> None:
    questions = [c.question for c in eval_cases] + [
        f"{prefix}{c.question}" for c in eval_cases[:20] for prefix in ("<b>", "& ", "a < b ")
    ]
    for question in questions:
        for language in LANGUAGES:
            text = engine.answer(question, language=language).text
            assert len(text) <= TELEGRAM_LIMIT, question
            assert html_errors(text) == [], (question, text)


@pytest.mark.parametrize(
    "question",
    [
        "160 адамнан 101-і сенеді д" + "9" * 90,
        "откуда эти дан" + "9" * 110,
        "63% доверия это много? и сколько было в нач" + "9" * 60,
        "нас " + "9" * 400 + " в чате, сколько доверяет?",
    ],
)
def test_a_held_down_digit_key_is_noise_not_a_count(engine: QAEngine, question: str) -> None:
    answer = engine.answer(question, language="ru")
    assert answer.text and "999" not in answer.text


def test_long_quotes_are_cut_to_fit_one_message(
    seed_facts: list[SeedFact], html_errors: Callable[[str], list[str]]
) -> None:
    facts = [dataclasses.replace(f, quote="Цитата <длинная> & " * 400) for f in seed_facts]
    text = QAEngine.from_facts(facts).answer("откуда данные?").text
    assert len(text) <= TELEGRAM_LIMIT and html_errors(text) == []


def test_a_cyrillic_question_after_an_english_one_is_not_answered_in_english(
    engine: QAEngine,
) -> None:
    chat = Conversation()
    engine.answer("who said this", language="en", conversation=chat)
    assert engine.answer("привет", language="en", conversation=chat).language == "ru"


def test_the_overview_lists_every_series_with_its_sources(engine: QAEngine) -> None:
    overview = engine.overview("ru")
    assert "2019 — 38%, 2025 — 63%" in overview and "2025 — 37%" in overview
    assert "каждый 7-й" in overview and "800 тыс." in overview and "500 тыс." in overview
    assert "Генпрокуратура" in overview and "13.10.2025" in overview
    assert len(overview) <= 4096


@pytest.mark.parametrize(
    ("language", "trust", "follow_up"),
    [
        ("ru", "сколько доверяют полиции?", "%"),
        ("kk", "полицияға сенім қанша?", "ққ%"),
        ("en", "how many people trust the police?", "%?"),
    ],
)
def test_a_bare_percent_after_the_trust_level_repeats_it(
    engine: QAEngine, language: str, trust: str, follow_up: str
) -> None:
    """Found by the property-based test: the follow-up asked the level with no series
    understood, and the answer's text had no value to show."""
    first, second = chat(engine, trust, follow_up, language=language)
    assert "63" in first.text
    assert "63" in second.text and "2025" in second.text


@pytest.mark.parametrize(
    "question", ["Сколько казахстанцев доверяют полиции?", "2019?", "ok", "а в 2019?"]
)
def test_the_persons_language_is_needed_only_when_the_answer_would_follow_it(
    engine: QAEngine, question: str
) -> None:
    """The handler reads the saved language only when `own_language` is None: whatever that
    language is, the answer's language is then the same as with any other."""
    for conversation in (Conversation(), _after(engine, "How many trust the police?")):
        own = engine.own_language(question, conversation)
        languages = {
            engine.answer(question, language=lang, conversation=deepcopy(conversation)).language
            for lang in ("ru", "kk", "en")
        }
        assert languages == ({own} if own is not None else languages)
        assert own is not None or len(languages) > 1


def _after(engine: QAEngine, question: str) -> Conversation:
    conversation = Conversation()
    engine.answer(question, conversation=conversation)
    return conversation


@pytest.mark.parametrize(
    ("language", "question"),
    [
        ("ru", "1) сколько доверяют полиции 2) сколько было в 19м 3) почему остальные не доверяют"),
        ("kk", "1) қазір қанша сенеді 2) 2019 жылы қанша болды 3) неге сенбейді"),
        ("en", "1) trust now 2) trust in 2019 3) why don't people trust them"),
    ],
)
def test_a_numbered_list_of_questions_gets_each_answered_in_order(
    engine: QAEngine, language: str, question: str, html_errors: Callable[[str], list[str]]
) -> None:
    answer = engine.answer(question, language=language)
    text = answer.text
    assert answer.intent == "trust_current"
    assert text.index("63%") < text.index("38%")  # the answers keep the list's order
    # the three answers share one publication: its source line is said once, at the end
    assert text.count("Курсив") + text.count("Kursiv") == 1
    assert len(text) <= TELEGRAM_LIMIT and html_errors(text) == []


def test_a_list_too_long_for_one_message_keeps_the_answers_that_fit(
    seed_facts: list[SeedFact],
) -> None:
    facts = [dataclasses.replace(f, quote="Цитата " * 300) for f in seed_facts]
    engine = QAEngine.from_facts(facts)
    question = " ".join(
        f"{n}) откуда данные про {topic}?"
        for n, topic in enumerate(
            ("доверие", "коррупцию", "формализм", "участковых", "2019 год"), start=1
        )
    )
    assert len(engine.answer(question).text) <= TELEGRAM_LIMIT


@pytest.mark.parametrize(
    ("language", "questions", "expected"),
    [
        ("ru", ("А до 2019 года как было?",), ("До 2019 года", "первый замер — 2019")),
        ("en", ("what was trust before 2019?",), ("not measured before 2019",)),
        ("ru", ("63 процента не доверяют полиции, я правильно понял?",), ("63%", "37%")),
        ("en", ("Was police trust 38%?",), ("2019", "38%", "63%")),
        ("en", ("how many trust the police?", "is that from the prosecutors too?"), ("Imasheva",)),
        (
            "ru",
            ("каждый седьмой коррупционер — полицейский?", "это тоже генпрокуратура?"),
            ("Имашева",),
        ),
        (
            "en",
            ("out of a thousand people how many trust the police", "and how many don't?"),
            ("370", "1,000"),
        ),
        ("ru", ("во скока раз выросло доверие? округли до десятых пж",), ("1,66", "1,7")),
        ("kk", ("неше есе өсті, ондыққа дейін дөңгелектеп берші",), ("1,7",)),
        ("kk", ("сенім неше есе көбейді? ондық бөлшекке дейін айтшы",), ("1,7",)),
        ("ru", ("во сколько раз выросло доверие, с одним знаком после запятой?",), ("1,7",)),
        ("ru", ("почему общество начало требовать изменений в полиции?",), ("Тен",)),
        ("en", ("by what factor did trust go up? round to one decimal pls",), ("×1.7",)),
        ("kk", ("Мың адамның қаншасы полицияға сенеді?",), ("630",)),
        ("en", ("Average annual gain in trust from 2019 to 2025, in points?",), ("4.2",)),
        ("en", ("Is the 63% from the General Prosecutor's Office?",), ("Imasheva", "63%")),
        ("en", ("Is the 800k for 2025 only or cumulative?",), ("2025", "800")),
        (
            "en",
            (
                "what share of corruption offenders are police?",
                "so out of 700 offenders how many cops?",
            ),
            ("100",),
        ),
        ("ru", ("коррупционеров 700, сколько из них полицейских?",), ("100",)),
        ("ru", ("В Астане и Алматы сейчас одно время?",), ("UTC+5",)),
        ("ru", ("Для инфографики пирог: доверяют vs остальные, какие два числа?",), ("63%", "37%")),
        ("ru", ("Я видел цифру 68% доверия к полиции", "так сколько правильно?"), ("63%",)),
        ("en", ("Does 'partly trust' count toward the 63%?",), ("63%", "37%", "partly")),
        ("kk", ("бир жолдык подпись керек сеним туралы, санмен",), ("63%",)),
        ("en", ("what's the police number?", "and the general one?"), ("112",)),
        ("ru", ("102?",), ("102", "112")),
        ("kk", ("прокуратура",), ("Бас прокуратурасы",)),
        ("kk", ("депутат сенім аздап өсті дейді", "сан жағынан қанша?"), ("38%", "63%")),
        ("ru", ("к чему приводит то что заявы не рассматривают?",), ("500",)),
        ("ru", ("дай цифру для сторис: скок % из всех коррупционеров это менты",), ("14,3%",)),
        (
            "en",
            ("I need it for slides: how much has trust grown since the first one, in points?",),
            ("25 percentage points",),
        ),
    ],
)
def test_rules_of_this_round_answer_what_was_asked(
    engine: QAEngine, language: str, questions: tuple[str, ...], expected: tuple[str, ...]
) -> None:
    text = chat(engine, *questions, language=language)[-1].text
    assert all(e in text for e in expected), text


@pytest.mark.parametrize(
    ("language", "question"),
    [
        ("ru", "слышь бот а ты сам полиции доверяешь"),
        ("kk", "бот, сен өзің полицияға сенесің бе?"),
        ("en", "do you personally trust the police?"),
    ],
)
def test_the_bots_own_trust_gets_no_opinion_and_no_figure(
    engine: QAEngine, language: str, question: str
) -> None:
    answer = engine.answer(question, language=language)
    assert answer.intent == "no_figure" and not re.search(r"\d", answer.text)


@pytest.mark.parametrize(
    ("questions", "language", "wanted"),
    [
        (
            ("сколько доверяют полиции в Шымкенте?", "а по стране в целом тогда сколько?"),
            "ru",
            "63",
        ),
        (("Шымкентте полицияға қанша сенеді?", "ел бойынша ше?"), "kk", "63"),
        (("what's trust in the police in Almaty?", "and nationally?"), "en", "63"),
        (("Trust as a decimal, please (it's for a spreadsheet).",), "en", "0.63"),
        (("сенетіндердің үлесін ондық бөлшекпен жазып беріңізші",), "kk", "0,63"),
        (("из 1000 человек сколько сейчас доверяют полиции?", "а в 2019 из тысячи?"), "ru", "380"),
    ],
)
def test_a_country_after_a_city_a_decimal_and_a_count_kept_give_the_figure(
    engine: QAEngine, questions: tuple[str, ...], language: str, wanted: str
) -> None:
    """ "And nationally?" after a city's trust is the national level; the level as a decimal is
    computed from its row; "and in 2019, out of a thousand?" keeps the count (it once raised a
    KeyError: the no-figure text of the reports had no wording)."""
    answer = chat(engine, *questions, language=language)[-1]
    assert answer.intent not in DECLINES
    assert wanted in plain_text(answer.text)


def test_two_years_listed_give_the_measured_one_and_say_the_other_was_not(
    engine: QAEngine,
) -> None:
    answer = engine.answer("What was trust in the police in 2025 and in 2022?", language="en")
    text = plain_text(answer.text)
    assert "63%" in text and "no measurement in 2022" in text
    assert "38" not in text


@pytest.mark.parametrize(
    ("question", "language"),
    [
        (
            "Сосед говорит, что каждый седьмой полицейский — взяточник. В статье так и сказано?",
            "ru",
        ),
        ("Көршім әр жетінші полицей пара алады дейді. Мақалада солай жазылған ба?", "kk"),
        ("My neighbour keeps saying one in seven police officers takes bribes. True?", "en"),
        ("радиодан естідім, сонда жеті полицейдің біреуі парақор ма?", "kk"),
        (
            "чатта полицейлердің 14%-ы жемқор деп жазып жатыр, депутатқа сілтеме жасайды. рас па?",
            "kk",
        ),
    ],
)
def test_every_seventh_officer_claimed_is_corrected_in_words(
    engine: QAEngine, question: str, language: str
) -> None:
    answer = engine.answer(question, language=language)
    assert answer.intent == CORRUPTION_OFFICERS
    assert not re.search(r"\d", plain_text(answer.text))


def test_every_count_an_answer_can_name_has_words_for_its_missing_years(engine: QAEngine) -> None:
    """ "No figure for 2019" names the count asked: each count of each intent needs that wording
    in every language, or the answer fails to compose (it once did, for the unconsidered
    reports)."""
    topics = engine.composer.texts["topics"]
    counts = {
        metric
        for intent in engine.catalog.intents.values()
        for metric in engine.book.counts(intent.metrics)
    }
    assert counts
    assert {m for m in counts if set(topics.get(m, {})) != set(LANGUAGES)} == set()


@pytest.mark.parametrize(
    ("question", "language", "wanted"),
    [
        ("Доверие к полиции сейчас сколько? И ещё, какой номер полиции?", "ru", {"63", "102"}),
        ("Қазір полицияға сенім қанша және полицияны қай нөмірмен шақырамыз?", "kk", {"63", "102"}),
        (
            "what's trust in the police now, and what number do I dial for them?",
            "en",
            {"63", "102"},
        ),
        ("In one line: trust figure, source, publication date.", "en", {"63", "2025", "13"}),
        ("How many regions, and do you have trust figures for each?", "en", {"20"}),
        ("из 1000 человек сколько доверяют полиции, а сколько нет?", "ru", {"630", "370"}),
    ],
)
def test_two_things_asked_in_one_message_are_both_answered(
    engine: QAEngine, question: str, language: str, wanted: set[str]
) -> None:
    """The level beside the police's number or the publication; the regions counted beside
    "no breakdown"; both parts counted out of a thousand. Each source line is said once."""
    text = plain_text(engine.answer(question, language=language).text)
    assert wanted <= set(re.findall(r"\d+", text)), text
    lines = [line for line in text.split("\n") if line.strip()]
    assert len(set(lines)) == len(lines), text


def test_just_the_number_of_trust_asks_no_phone_number(engine: QAEngine) -> None:
    text = plain_text(engine.answer("one number pls: police trust", language="en").text)
    assert "63" in text and "102" not in text


@pytest.mark.parametrize(
    ("question", "language", "missing"),
    [
        ("на сколько выросло доверие за последний год?", "ru", "between"),
        ("how much did trust grow in the last year alone?", "en", "between"),
        ("how many reports per day is 800k?", "en", "per_time"),
        ("63 + 37 = 100, so how many said 'hard to say'?", "en", "undecided"),
        ("по Шымкенту есть цифры доверия к полиции?", "ru", "group"),
    ],
)
def test_figures_the_series_lacks_get_no_figure_and_no_number(
    engine: QAEngine, question: str, language: str, missing: str
) -> None:
    """One year's change, a count per day, a "hard to say" share, a city before "figures": none
    is in the data, and no number is stated that the question did not."""
    answer = engine.answer(question, language=language)
    assert (answer.intent, answer.frame.missing) == ("no_figure", missing)
    asked = set(re.findall(r"\d+", question))
    assert set(re.findall(r"\d+", plain_text(answer.text))) <= asked


def test_the_average_yearly_change_is_computed_and_said_to_assume_an_even_rise(
    engine: QAEngine,
) -> None:
    text = plain_text(
        engine.answer("on average how many points per year did trust grow?", language="en").text
    )
    assert "4.2" in text and "25" in text and "only two measurements" in text


@pytest.mark.parametrize(
    ("questions", "language"),
    [
        (
            ("сколько регионов в Казахстане?", "и в каком из них полиции доверяют больше всего?"),
            "ru",
        ),
        (("how many regions in KZ?", "which one trusts the police the most?"), "en"),
    ],
)
def test_the_region_that_trusts_most_has_no_figure(
    engine: QAEngine, questions: tuple[str, ...], language: str
) -> None:
    answer = chat(engine, *questions, language=language)[-1]
    assert (answer.intent, answer.frame.missing) == ("no_figure", "group")
    assert not re.search(r"\d", plain_text(answer.text))


def test_a_remembered_answer_leaves_the_conversation_where_a_fresh_one_would(
    seed_facts: list[SeedFact],
) -> None:
    """The same words in the same state are answered once; the chat that gets the remembered
    answer still resolves its follow-ups (the state after it is restored, not skipped)."""
    engine = QAEngine.from_facts(seed_facts)
    questions = ("Сколько казахстанцев доверяют полиции?", "а в 2019?", "а на сколько выросло?")
    first, again = Conversation(), Conversation()
    fresh = [engine.answer(q, language="ru", conversation=first) for q in questions]
    remembered = [engine.answer(q, language="ru", conversation=again) for q in questions]
    assert remembered == fresh
    assert again == first
    assert "38%" in plain_text(remembered[1].text)
    assert "25" in plain_text(remembered[2].text)


def test_the_same_words_in_another_state_are_answered_for_that_state(engine: QAEngine) -> None:
    """ "Where is this figure from?" names the source of the figure under discussion: what is
    remembered is keyed by the conversation too."""
    asked = "а откуда эта цифра?"
    of_trust = chat(engine, "Сколько казахстанцев доверяют полиции?", asked)[-1]
    of_reports = chat(engine, "Сколько сообщений оставили без рассмотрения?", asked)[-1]
    assert "63%" in plain_text(of_trust.text)
    assert "Генпрокуратура" in of_reports.text
    assert "63%" not in plain_text(of_reports.text)


@pytest.mark.parametrize(
    ("question", "language", "share"),
    [
        (
            "Я вот сама полиции не доверяю, заявление полгода волокитили. Много таких как я?",
            "ru",
            "37%",
        ),
        ("Мен өзім полицияға сенбеймін. Мен сияқтылар көп пе?", "kk", "37%"),
        ("I don't trust the police myself. Are there many people like me?", "en", "37%"),
        ("Я доверяю полиции. Таких как я много?", "ru", "63%"),
        ("im one of the people who dont trust them. how many of us are there?", "en", "37%"),
    ],
)
def test_people_like_me_are_counted_on_the_askers_side(
    engine: QAEngine, question: str, language: str, share: str
) -> None:
    assert share in plain_text(chat(engine, question, language=language)[-1].text)


def test_an_after_thought_is_not_read_as_people_like_me(engine: QAEngine) -> None:
    answer = chat(engine, "как вернуть доверие мужа после того как я прочитала его переписку")[-1]
    assert answer.intent == "out_of_scope"


@pytest.mark.parametrize(
    ("questions", "language", "wanted"),
    [
        (("Сколько процентов не доверяют полиции, а сколько доверяют?",), "ru", ("63%", "37%")),
        (("Канша пайыз адам полицияга сенбейди, канша пайыз сенеди?",), "kk", ("63%", "37%")),
        (("полицияға сенетіндер қанша, сенбейтіндер қанша?",), "kk", ("63%", "37%")),
        (("почему считают именно с 2019 года",), "ru", ("2018", "2019")),
        (("неге 2019 жылдан бастап санайды",), "kk", ("2018", "2019")),
        (("мен мугалиммин сабакта полицияга сенетиндер канша пайыз",), "kk", ("63%",)),
        (("Бот, «әрбір жетінші» дегенді пайызға аударшы",), "kk", ("14,3%",)),
        (
            ("сколько доверяют полиции?", "а не доверяет?", "в сумме 100 получается?"),
            "ru",
            ("63%", "37%"),
        ),
        (("доверие по стране 63%", "а по регионам?", "а сколько регионов вообще?"), "ru", ("20",)),
        (("change in police trust 2019 vs 2025",), "en", ("25",)),
        (("why the reform", "Denis Ten?", "what year was he killed?"), "en", ("2018",)),
        (("Қанша хабарлама қаралмай қалды?", "бұл дерек кімдікі?"), "kk", ("Бас прокуратура",)),
        (
            ("почему не доверяют полиции", "500 тысяч это откуда", "а 63% тоже от прокуратуры?"),
            "ru",
            ("национальн",),
        ),
        (("из каждых десяти человек сколько доверяют полиции?",), "ru", ("6,3",)),
        (("из каждых восьми заявлений сколько не рассмотрели?",), "ru", ("5 из",)),
        (("сколько обращений проигнорировали?",), "ru", ("500",)),
        (
            ("Сколько сообщений поступило в 2025?", "а эти данные откуда? тоже нацстатистика?"),
            "ru",
            ("Генпрокуратура",),
        ),
        (
            ("What share doesn't trust the police?", "how many times more people do trust?"),
            "en",
            ("1.7",),
        ),
    ],
)
def test_follow_ups_and_second_readings_find_their_figure(
    engine: QAEngine, questions: tuple[str, ...], language: str, wanted: tuple[str, ...]
) -> None:
    text = plain_text(chat(engine, *questions, language=language)[-1].text)
    assert all(w in text for w in wanted), text


@pytest.mark.parametrize(
    ("questions", "language"),
    [
        (("corruption is one reason", "how many corruption offences were there in total?"), "en"),
        (("сколько всего было коррупционных правонарушений?",), "ru"),
        (("what did district officers get?", "how big was the pay rise?"), "en"),
        (("what article is the 63% from?", "who wrote the article?"), "en"),
        (("кто автор статьи?",), "ru"),
        (("мақаланы кім жазды?",), "kk"),
        (("а сколько людей вообще ни капли не доверяют",), "ru"),
        (("қанша хабарлама қаралмады?", "қаншасы ашылды?"), "kk"),
        (("сколько из нерассмотренных заявлений потом всё-таки рассмотрели?",), "ru"),
        (("Were the 2019 and 2025 measurements methodologically comparable?",), "en"),
        (("Адам санымен айтқанда қанша адам полицияға сенеді?",), "kk"),
        (("How much did trust change compared with last year?",), "en"),
        (("участковыйлардың жалақысын көтерді ме?", "қаншаға? қазір қанша алады?"), "kk"),
        (("полиция қылмысты жасырады ма", "қаншасын жасырған"), "kk"),
        (("Алматыда полицияға қанша адам сенеді? біздің ауданда ешкім сенбейді",), "kk"),
        (("таксисты полиции доверяют? есть цифры по профессиям",), "ru"),
        (("my grandpa says people trusted the militia more back in Soviet times, true?",), "en"),
        (("how many million people is 63%",), "en"),
        (("менің ауданымда (Алмалы) сенім қанша",), "kk"),
        (("Сколько из этих 500 тысяч потом возобновили?",), "ru"),
        (("мүлде сенбейтіндер нақты қанша, «ішінара» дегенсіз?",), "kk"),
    ],
)
def test_what_the_data_never_count_gets_no_figure(
    engine: QAEngine, questions: tuple[str, ...], language: str
) -> None:
    answer = chat(engine, *questions, language=language)[-1]
    assert answer.intent in ("no_figure", "method")  # the survey's method: said in words
    assert not re.search(r"\d", plain_text(answer.text))


def test_most_often_is_not_a_count_of_all(engine: QAEngine) -> None:
    answer = chat(engine, "какие коррупционные нарушения полицейские совершают чаще всего")[-1]
    assert "взятки" in answer.text


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("отлично, расскажу соседям", "ru"),
        ("керемет, көршілерге айтамын", "kk"),
        ("спасибо хоть вы нормально отвечаете, не то что наш участковый", "ru"),
        ("cheers, more helpful than my district officer lol", "en"),
        ("супер, скину соседям в чат", "ru"),
        ("ahh ok now i get it", "en"),
        ("норм, понял", "ru"),
        ("хорошо, буду знать", "ru"),
        ("мм ок", "kk"),
        ("жаксы, билдим", "kk"),
        ("а, солай ма, түсіндім", "kk"),
        ("Сәлем барлығыңа 👋", "kk"),
    ],
)
def test_passing_the_answer_on_and_closing_words_are_thanks(
    engine: QAEngine, question: str, language: str
) -> None:
    assert chat(engine, question, language=language)[-1].intent == ACK


def test_the_cause_of_distrust_asked_in_kazakh_is_the_reasons(engine: QAEngine) -> None:
    assert chat(engine, "сенбейтіндердің себебі не?", language="kk")[-1].intent == "reasons"


@pytest.mark.parametrize(
    ("question", "language", "wanted"),
    [
        ("в двадцать девятнадцатом году доверие к полиции сколько было", "ru", "38%"),
        ("trust in police twenty nineteen what percent", "en", "38%"),
        ("ребята сколько доверие к полиции было в девятнадцатом году", "ru", "38%"),
        ("в двадцать третьем году какой процент доверия был к полиции", "ru", "2023"),
        ("how many people trusted the police in two thousand nineteen", "en", "38%"),
        ("сколько доверяли в две тысячи девятнадцатом", "ru", "38%"),
        ("екі мың он тоғызыншы жылы қанша сенді", "kk", "38%"),
        ("две тысячи двадцать третий год, сколько доверяли", "ru", "2023"),
    ],
)
def test_years_said_in_words_are_read(
    engine: QAEngine, question: str, language: str, wanted: str
) -> None:
    """Voice-to-text writes the year as it was said: "twenty nineteen", «в девятнадцатом году»,
    "two thousand nineteen", «екі мың он тоғызыншы»."""
    answer = chat(engine, question, language=language)[-1]
    assert wanted in plain_text(answer.text)
    if wanted == "2023":
        assert answer.intent == "no_figure"


def test_a_tag_question_does_not_negate(engine: QAEngine) -> None:
    """ "Trust fell, didn't it?" checks a claim about the change; it asks no distrust."""
    question = "So trust in the police fell, didn't it? My uncle says it used to be better."
    text = plain_text(chat(engine, question, language="en")[-1].text)
    assert "38%" in text and "63%" in text


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("подскажите как записаться к терапевту в поликлинику через телефон", "ru"),
        ("емханаға қалай жазылуға болады телефон арқылы", "kk"),
        ("Насколько люди довольны работой полиции? Удовлетворённость какая?", "ru"),
        ("How satisfied are people with police work?", "en"),
        ("Is Almaty safe for foreigners at night? numbers?", "en"),
        ("Ночью в Алматы безопасно? Цифры есть?", "ru"),
        ("а это много или мало по сравнению с другими странами", "ru"),
        ("сколько телефонов крадут в год в казахстане", "ru"),
        ("қазақстанда барлығы қанша учаскелік бар", "kk"),
        ("ок а как скрин сделать на телефоне", "ru"),
        ("is trust higher in the north or in the south of the country", "en"),
        ("Кентауда полицияға сенім қандай", "kk"),
        ("how many of the 500k were later solved", "en"),
        ("ұрлық туралы арызды заң бойынша неше күнде қарауы керек", "kk"),
        ("how many days by law do they have to consider a theft report", "en"),
        ("шымкентте тұрамын, бізде ешкім сенбейді. шымкент бойынша қанша пайыз?", "kk"),
    ],
)
def test_look_alikes_of_our_subject_get_no_figure(
    engine: QAEngine, question: str, language: str
) -> None:
    """A clinic's phone is not the police's number; satisfaction is not trust; "numbers?" after
    a question asks that question's figures, not ours."""
    answer = chat(engine, question, language=language)[-1]
    assert answer.intent in DECLINES
    assert not re.search(r"\d", plain_text(answer.text))


@pytest.mark.parametrize(
    ("questions", "language", "word"),
    [
        (("что значит частично доверяют",), "ru", "«Частично»"),
        (
            ("сколько не доверяют", "37 это все кто совсем не верит?", "а что это значит частично"),
            "ru",
            "«Частично»",
        ),
        (("ішінара сенеді деген не",), "kk", "«Ішінара»"),
        (("what does partly trust mean",), "en", "“Partly”"),
    ],
)
def test_the_word_partly_is_explained(
    engine: QAEngine, questions: tuple[str, ...], language: str, word: str
) -> None:
    """Its meaning asked is words from the source with the sum it belongs to; a count of the
    partly-trusting alone is still no figure."""
    answer = chat(engine, *questions, language=language)[-1]
    assert answer.intent == "partly_meaning"
    assert word in plain_text(answer.text) and "37%" in plain_text(answer.text)
    assert chat(engine, "сколько частично доверяют")[-1].intent == "no_figure"


@pytest.mark.parametrize(
    ("question", "language", "wanted"),
    [
        ("I'm from Zhambyl region, what % trust police in our district", "en", "no_figure"),
        ("what % trust the police in our district", "en", "no_figure"),
        ("Баяндамаға: халықтың прокуратураға сенімі қандай?", "kk", "out_of_scope"),
        ("кто выиграет выборы в мажилис?", "ru", "out_of_scope"),
        ("2025 жылы коррупция үшін неше полицей жазаланды?", "kk", "no_figure"),
        ("for a school project: trust at the start, trust now, who said it", "en", "trust_growth"),
    ],
)
def test_a_place_institution_or_count_beside_our_words_states_no_figure(
    engine: QAEngine, question: str, language: str, wanted: str
) -> None:
    """The asker's district, the prosecutors trusted (a report being why one asks), elections,
    officers punished: none is a figure of ours; a school named as whose project it is stays
    the asker's reason."""
    answer = chat(engine, question, language=language)[-1]
    assert answer.intent == wanted
    if wanted in DECLINES:
        assert not re.search(r"\d", plain_text(answer.text))


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("Делаем инфографику: доверяют / не доверяют, 2025 год. Какие цифры ставить?", "ru"),
        ("Кім сенеді, кім сенбейді — екі санмен қысқа", "kk"),
        ("trust vs distrust in 2025 for my table pls", "en"),
        ("мы делаем карточку: __% доверяют, __% нет, год __. заполните", "ru"),
        ("Our NGO is making a card: __% trust, __% don't, year __. Fill it in pls", "en"),
    ],
)
def test_trust_and_distrust_side_by_side_are_the_split(
    engine: QAEngine, question: str, language: str
) -> None:
    """Both named next to each other, the latest year said or not: both figures; a correction
    ("доверяет, тьфу, НЕ доверяет") asks the distrust alone."""
    answer = chat(engine, question, language=language)[-1]
    assert answer.intent == "trust_split"
    assert "63%" in plain_text(answer.text) and "37%" in plain_text(answer.text)
    assert chat(engine, "сколько процентов доверяет, тьфу, НЕ доверяет")[-1].intent == "distrust"
    claim = "Мне кажется половина максимум доверяет, не больше. Бот, я прав?"
    assert chat(engine, claim)[-1].intent != "trust_split"


@pytest.mark.parametrize(
    ("questions", "language", "wanted"),
    [
        (
            ("Әкем 20 жыл полицияда істеді, бұрын ешкім сенбейтін дейді. 2019 жылы қанша болған?",),
            "kk",
            "38%",
        ),
        (("Germaniyada turamyn, Qazaqstanda policiyaga qansha adam senedi?",), "kk", "63%"),
        (("I live in Germany, how many trust the police in Kazakhstan?",), "en", "63%"),
        (("My dad in Germany asks: how many trust the police in Kazakhstan?",), "en", "63%"),
        (
            ("какой процент казахстанцев не доверяет полиции?", "а в 2019 сколько было таких?"),
            "ru",
            "62%",
        ),
        (
            ("Сестра в патрульной полиции, говорит доверие выросло в 2 раза. Во сколько раз?",),
            "ru",
            "1,66",
        ),
        (
            ("My sister's in the patrol police. She says trust doubled. How many times?",),
            "en",
            "1.66",
        ),
    ],
)
def test_what_the_asker_tells_about_themselves_is_not_what_they_ask(
    engine: QAEngine, questions: tuple[str, ...], language: str, wanted: str
) -> None:
    """Years served («20 жыл») are no year 2020; the country one lives in, a relative's unit,
    are who is asking; «таких» after the distrust is the same people then."""
    answer = chat(engine, *questions, language=language)[-1]
    assert wanted in plain_text(answer.text)


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("это данные МВД или независимые опросы?", "ru"),
        ("Как корректно процитировать: это данные МВД или слова депутата?", "ru"),
        ("is this Interior Ministry data or independent polling?", "en"),
        ("бұл ІІМ-нің дерегі ме әлде тәуелсіз сауалнама ма?", "kk"),
        ("это по всей стране или где?", "ru"),
    ],
)
def test_whose_data_it_is_asks_the_source(engine: QAEngine, question: str, language: str) -> None:
    """The ministry named beside data and "or" asks whose figures these are, not trust in it."""
    assert chat(engine, question, language=language)[-1].intent == "source"


def test_the_general_prosecutor_is_no_general_number(engine: QAEngine) -> None:
    question = (
        "According to the General Prosecutor's Office, what was the number of reports in 2025?"
    )
    answer = chat(engine, question, language="en")[-1]
    assert "800" in plain_text(answer.text) and "102" not in plain_text(answer.text)


def test_a_share_per_hundred_of_the_first_measurement_is_that_years(engine: QAEngine) -> None:
    text = plain_text(chat(engine, "из 100 человек сколько доверяли при первом замере")[-1].text)
    assert "38 из них" in text and "2019" in text and "63" not in text


@pytest.mark.parametrize(
    ("question", "language", "wanted"),
    [
        ("если взять тысячу человек сколько из них доверяют полиции", "ru", "630"),
        ("он адамның шамамен нешеуі сенеді", "kk", "6,3"),
        ("mynnan kanshasy senedi policiyaga?", "kk", "630"),
    ],
)
def test_a_round_whole_said_in_words_is_counted_out_of(
    engine: QAEngine, question: str, language: str, wanted: str
) -> None:
    assert wanted in plain_text(chat(engine, question, language=language)[-1].text)


def test_the_kazakh_past_of_not_trusting_is_the_distrust(engine: QAEngine) -> None:
    text = plain_text(chat(engine, "2019 жылы қанша пайыз сенбеді", language="kk")[-1].text)
    assert "62%" in text


def test_two_years_and_the_change_asked_are_the_growth(engine: QAEngine) -> None:
    question = "For an infographic: trust 2019, trust 2025, change in p.p. Three numbers please"
    text = plain_text(chat(engine, question, language="en")[-1].text)
    assert all(figure in text for figure in ("38%", "63%", "25 percentage points"))


def test_the_six_in_seven_are_counted(engine: QAEngine) -> None:
    text = plain_text(chat(engine, "Из семи коррупционеров сколько НЕ полицейские?")[-1].text)
    assert "из каждых 7 нарушителей 6 — не полицейские" in text


def test_an_english_follow_up_is_answered_in_english(engine: QAEngine) -> None:
    """ "she" typed in Latin is also Kazakh «ше»; the other words are English."""
    answers = chat(
        engine, "How many times did trust grow?", "she says almost twice — fair?", language="en"
    )
    assert answers[-1].language == "en"
    answers = chat(engine, "who said 63% trust the police", "who's she?", language="en")
    assert (answers[-1].language, answers[-1].intent) == ("en", "deputy")


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("how many of the 800k were actual crimes", "en"),
        ("сколько из этих 800 тыс было реальными преступлениями", "ru"),
        ("сол 800 мыңның қаншасы нақты қылмыс болды", "kk"),
    ],
)
def test_crimes_counted_among_the_reports_are_not_in_the_data(
    engine: QAEngine, question: str, language: str
) -> None:
    """The reports are not crimes: how many were is not said, and no number is given for it."""
    answer = chat(engine, question, language=language)[-1]
    assert answer.frame.missing == "crimes"
    assert not re.search(r"\d", plain_text(answer.text))


HER_CONTACTS_ASKED = {
    "ru": ("кто такая имашева", "а телефон у нее какой? хочу ей написать про участкового"),
    "kk": ("имашева кім", "оның телефон нөмірі бар ма?"),
    "en": ("who is imasheva", "does she have a phone or email?"),
}


def test_her_contacts_are_not_in_the_article(engine: QAEngine) -> None:
    missing = {
        language: chat(engine, *asked, language=language)[-1].frame.missing
        for language, asked in HER_CONTACTS_ASKED.items()
    }
    assert missing == dict.fromkeys(HER_CONTACTS_ASKED, "person")


def test_an_inspectors_phone_before_a_question_about_her_is_the_inspectors(
    engine: QAEngine,
) -> None:
    answer = chat(engine, "uchaskelik telefon almaidy, deputat uchaskelikter turaly ne dedi")[-1]
    assert answer.intent == "reason_prevention"


def test_the_reasons_with_numbers_carry_the_distrust_figure(engine: QAEngine) -> None:
    asked = "need arguments why people don't trust the police, with numbers"
    answer = chat(engine, asked, language="en")[-1]
    assert answer.intent == "reasons"
    assert "37%" in plain_text(answer.text)


LEVEL_AMONG_OTHER_WORDS = {
    "en": "POLICE TRUST NUMBER URGENT DUE TOMORROW",
    "ru": "помогите сформулировать тезис для эссе одной фразой с цифрой по доверию",
    "kk": "esse ushin bir soilemmen tezis kerek senim sanymen",
}


def intents_per_language(engine: QAEngine, asked: dict[str, str]) -> dict[str, str]:
    return {
        language: chat(engine, question, language=language)[-1].intent
        for language, question in asked.items()
    }


def test_a_trust_figure_asked_among_other_words_is_the_level(engine: QAEngine) -> None:
    """Trust and a figure named: the rest of the message (a deadline, an essay) asks nothing."""
    intents = intents_per_language(engine, LEVEL_AMONG_OTHER_WORDS)
    assert intents == dict.fromkeys(LEVEL_AMONG_OTHER_WORDS, "trust_current")


def test_trust_and_the_rest_added_up_are_the_split(engine: QAEngine) -> None:
    asked = ("how many trust", "and partly or not at all?", "do they add up to 100?")
    answer = chat(engine, *asked, language="en")[-1]
    assert answer.intent == "trust_split"
    assert "63%" in answer.text and "37%" in answer.text


def test_a_claim_that_nobody_trusts_with_figures_asked_is_checked(engine: QAEngine) -> None:
    told = (
        "вчера на родительском собрании учительница сказала что полиции у нас никто не доверяет,"
        " я не согласна, есть ли цифры?"
    )
    answer = chat(engine, told)[-1]
    assert answer.intent == "trust_split"
    assert "63%" in answer.text


PUBLICATION_ASKED = {
    "ru": "препод сказал найти кто именно из депутатов это говорил и в каком СМИ",
    "kk": "дереккөзді қалай рәсімдеймін — қай басылым, қай күні",
}


def test_the_outlet_asked_is_the_publication(engine: QAEngine) -> None:
    """ "В каком СМИ" asks where it came out, not trust in the media."""
    intents = intents_per_language(engine, PUBLICATION_ASKED)
    assert intents == dict.fromkeys(PUBLICATION_ASKED, "publication")


def test_arithmetic_and_comparisons_told_in_other_words(engine: QAEngine) -> None:
    """ "Divided 63 by 38" asks the ratio; «в сравнении с 2019» compares; a party upstairs is
    no question about the deputy's party."""
    divided = chat(engine, "мой сын поделил 63 на 38 и получил 1,5. правильно посчитал?")[-1]
    assert "1,66" in divided.text
    compared = chat(engine, "сколько людей доверяют полиции?", "ну и в сравнении с 2019?")[-1]
    assert "38%" in compared.text
    upstairs = "the guys upstairs party till 3am. who even trusts the police, whats the percentage"
    assert "63%" in chat(engine, upstairs, language="en")[-1].text


def test_what_they_got_in_return_follows_the_inspectors(engine: QAEngine) -> None:
    asked = ("сервистік полиция реформасында учаскелік кім", "оларға орнына не берді?")
    answers = chat(engine, *asked, language="kk")
    assert answers[-1].intent == answers[0].intent == "reform_context"


def test_the_distrust_asked_with_why_carries_the_reasons(engine: QAEngine) -> None:
    both = chat(engine, "сколько не доверяют и почему?")[-1].text
    assert "37%" in both and "коррупция" in both
    only = chat(engine, "Сколько % не доверяет — только число, без объяснений плиз")[-1].text
    assert "37%" in only and "коррупция" not in only


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("насколько вырос уровень доверия относительно 2019-го, до десятых процента?", "ru"),
        ("сенім бастапқы деңгейге қарағанда неше пайыз өсті, үтірден кейін бір таңба", "kk"),
        ("the percent increase from the first survey, to one decimal please", "en"),
    ],
)
def test_the_relative_growth_to_one_decimal_is_given_to_one_decimal(
    engine: QAEngine, question: str, language: str
) -> None:
    text = plain_text(engine.answer(question, language=language).text)
    assert ("65,8" if language != "en" else "65.8") in text


@pytest.mark.parametrize(
    ("question", "language"),
    [("мерси!", "ru"), ("мерсі", "kk"), ("ok merci", "en")],
)
def test_thanks_in_french_is_thanks(engine: QAEngine, question: str, language: str) -> None:
    assert engine.answer(question, language=language).intent == ACK


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("скинь рецепт бешбармака", "ru"),
        ("баурсак рецептін жазып берші", "kk"),
        ("any tips for cooking pilaf?", "en"),
    ],
)
def test_a_recipe_is_out_of_scope(engine: QAEngine, question: str, language: str) -> None:
    assert engine.answer(question, language=language).intent == "out_of_scope"


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("откуда вообще все эти цифры, кто их дал?", "ru"),
        ("осы сандардың бәрі қайдан алынды?", "kk"),
        ("sources for every number please", "en"),
    ],
)
def test_the_sources_of_every_figure_name_each_source(
    engine: QAEngine, question: str, language: str
) -> None:
    """National statistics for trust, the Prosecutor's Office for the reports."""
    text = plain_text(engine.answer(question, language=language).text).lower()
    assert "статистик" in text or "statistic" in text
    assert "прокурат" in text or "prosecutor" in text


ANSWER_IN_A_NEW_PROCESS = """
import sys
from pathlib import Path
from bot.qa.engine import QAEngine
from bot.qa.evaluation import read_facts
engine = QAEngine.from_facts(read_facts(Path(sys.argv[1])))
print(*(engine.answer(q, language="en").intent for q in sys.argv[2:]))
"""


def test_answers_do_not_depend_on_the_process_hash_seed() -> None:
    """Word sets are hashed: nothing that decides an answer may follow their order (two
    phrases of one length overlapping in "trust in US police" once did)."""
    asked = ["how does trust in US police compare?", "do people trust us police?"]
    runs = {
        subprocess.run(
            [sys.executable, "-c", ANSWER_IN_A_NEW_PROCESS, str(FIGURES_CSV), *asked],
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
            cwd=ROOT,
        ).stdout
        for seed in ("1", "2", "3")
    }
    assert runs == {"out_of_scope trust_current\n"}
