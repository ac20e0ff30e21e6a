"""Classes of conversation misses, tested with phrasings of our own: the beginning asked as a
time; both figures asked again; what the latest or a dated round found; what people complain of
about the district inspectors; who gave another figure; who speaks in the article and what she
said of herself; the 37 % and its match at the start; acknowledgements in chat words; a request
of another subject after a deputy question; several questions in a numbered list and every
figure asked at once."""

import pytest

from bot.qa import QAEngine
from tests.qa.talk import chat, says, stated


@pytest.mark.parametrize(
    ("questions", "language"),
    [
        (("what figure was there at the very start, when counting began?",), "en"),
        (("63 percent, is that high?", "ok and before that, what was it"), "en"),
        (("63% это высоко?", "а в самом начале скока было, при первом замере?"), "ru"),
        (("сколько было в начале, когда только начали мерить?",), "ru"),
        (("басында неше пайыз еді, алғаш өлшегенде?",), "kk"),
        (("басында неше пайыз еди, алгаш олшегенде?",), "kk"),
    ],
)
def test_the_beginning_asked_as_a_time_is_the_first_level(
    engine: QAEngine, questions: tuple[str, ...], language: str
) -> None:
    answer = chat(engine, *questions, language=language)[-1]
    assert answer.intent == "trust_first"
    assert says(answer, "38")


@pytest.mark.parametrize(
    ("questions", "language"),
    [
        (("what was trust in 2025?", "and 2019?", "could you say both figures again"), "en"),
        (("доверие в 2025 году?", "а в 2019?", "продублируй обе цифры пожалуйста"), "ru"),
        (("2025 жылы сенім қанша?", "ал 2019 жылы?", "екі цифрды қайта айтыңызшы"), "kk"),
        (("2025 жылы сеним канша?", "ал 2019 жылы?", "еки цифрды кайта айтыныз"), "kk"),
    ],
)
def test_both_figures_asked_again_are_both_levels(
    engine: QAEngine, questions: tuple[str, ...], language: str
) -> None:
    answer = chat(engine, *questions, language=language)[-1]
    assert answer.intent == "trust_year"
    assert says(answer, "38", "63")


def test_both_figures_after_distrust_are_both_of_distrust(engine: QAEngine) -> None:
    answer = chat(engine, "how many distrust now?", "both numbers once more", language="en")[-1]
    assert answer.intent == "distrust"
    assert says(answer, "62", "37")


@pytest.mark.parametrize(
    ("questions", "language", "figure"),
    [
        (("who carried out the survey?", "so what did the most recent round show?"), "en", "63"),
        (("since when is it measured?", "and the 2019 reading?"), "en", "38"),
        (("кто проводил замер?", "и что показал самый последний замер?"), "ru", "63"),
        (("с какого года меряют?", "какой результат дал 2025 год"), "ru", "63"),
        (("сенімді кім өлшейді?", "соңғы өлшемнің нәтижесі қандай?"), "kk", "63"),
        (("сенимди ким олшейди?", "сонгы олшемнин натижеси кандай?"), "kk", "63"),
    ],
)
def test_what_a_round_found_is_its_level(
    engine: QAEngine, questions: tuple[str, ...], language: str, figure: str
) -> None:
    answer = chat(engine, *questions, language=language)[-1]
    assert answer.intent in ("trust_current", "trust_year")
    assert says(answer, figure)


@pytest.mark.parametrize(
    ("questions", "language"),
    [
        (
            ("what did the reform give the district officers?", "so did it work? any complaints?"),
            "en",
        ),
        (("what do people complain about regarding the district inspectors",), "en"),
        (("что дала реформа участковым?", "и на что люди жалуются?"), "ru"),
        (("на что жалуются на участковых",), "ru"),
        (("учаскелік полицейлерге реформа не берді?", "халық неге шағымданады?"), "kk"),
        (("учаскеликтерге кандай шагымдар айтылады",), "kk"),
    ],
)
def test_complaints_about_the_inspectors_are_her_words_on_them(
    engine: QAEngine, questions: tuple[str, ...], language: str
) -> None:
    answer = chat(engine, *questions, language=language)[-1]
    assert answer.intent == "reason_prevention"


def test_complaints_about_the_inspectors_counted_have_no_figure(engine: QAEngine) -> None:
    answer = engine.answer(
        "how many complaints are filed against district inspectors", language="en"
    )
    assert answer.intent == "no_figure"


@pytest.mark.parametrize(
    ("questions", "language"),
    [
        (("where does the 63 come from?", "and the 500k, did she give that too?"), "en"),
        (("откуда цифра 63?", "а 500 тысяч кто привел, сама депутат?"), "ru"),
        (("63 деген қайдан?", "ал 800 мыңды да депутат келтірді ме?"), "kk"),
        (("63 деген кайдан?", "800 мын да одан ба?"), "kk"),
    ],
)
def test_who_gave_another_figure_is_its_source(
    engine: QAEngine, questions: tuple[str, ...], language: str
) -> None:
    answers = chat(engine, *questions, language=language)
    assert answers[-1].intent == "source"
    assert answers[-1].text != answers[0].text


@pytest.mark.parametrize(
    ("questions", "language"),
    [
        (("what date is the article?", "and who is speaking in the piece?"), "en"),
        (("статья от какого числа?", "а кто там выступает?"), "ru"),
        (("мақала қай күні жарияланды?", "онда кім сөйлеп тұр?"), "kk"),
    ],
)
def test_who_speaks_in_the_article_is_the_deputy(
    engine: QAEngine, questions: tuple[str, ...], language: str
) -> None:
    assert chat(engine, *questions, language=language)[-1].intent == "deputy"


@pytest.mark.parametrize(
    ("questions", "language"),
    [
        (("tell me about Imasheva", "did she mention anything about herself?"), "en"),
        (("расскажи про Имашеву", "а про себя она что-нибудь говорила?"), "ru"),
        (("Имашева туралы айтыңыз", "өзі туралы не деді?"), "kk"),
    ],
)
def test_what_she_said_of_herself_is_her_stance(
    engine: QAEngine, questions: tuple[str, ...], language: str
) -> None:
    assert chat(engine, *questions, language=language)[-1].intent == "deputy_stance"


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("partly or not at all trusting is 37 %? what was it at the beginning", "en"),
        ("доверяют частично или вообще нет - 37? а на старте сколько", "ru"),
        ("ішінара не мүлде сенбейтіндер 37 пайыз ба? ал бастапқыда ше", "kk"),
    ],
)
def test_the_rest_checked_then_the_start_gives_both(
    engine: QAEngine, question: str, language: str
) -> None:
    answer = engine.answer(question, language=language)
    assert answer.intent == "distrust"
    assert says(answer, "37", "62")


@pytest.mark.parametrize(
    ("questions", "language"),
    [
        (("source of the figures?", "aight"), "en"),
        (("how many points did it rise?", "thx, did the maths myself and they all match"), "en"),
        (("great, just what I needed for my report",), "en"),
        (("откуда цифры?", "лан, ясно"), "ru"),
        (("отлично, как раз то что нужно для отчета",), "ru"),
        (("дерек қайдан?", "болды, ұқтым"), "kk"),
        (("дерек кайдан?", "болды тусиндим"), "kk"),
    ],
)
def test_chat_acknowledgements_get_the_short_ack(
    engine: QAEngine, questions: tuple[str, ...], language: str
) -> None:
    answer = chat(engine, *questions, language=language)[-1]
    assert answer.intent == "ack"
    assert stated(answer) == []


@pytest.mark.parametrize(
    ("questions", "language"),
    [
        (("which party is the MP from?", "off-topic: could you draft my cover letter"), "en"),
        (("кто такая Имашева?", "не по теме, напиши мне резюме"), "ru"),
        (("депутат кім?", "басқа тақырып: түйіндеме жазып беріңізші"), "kk"),
    ],
)
def test_another_task_after_the_deputy_is_refused(
    engine: QAEngine, questions: tuple[str, ...], language: str
) -> None:
    assert chat(engine, *questions, language=language)[-1].intent == "out_of_scope"


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("1) what's trust now 2) and at the first measurement 3) what share doesn't trust", "en"),
        (
            "1) какое доверие сейчас 2) какое было при первом замере 3) а не доверяют сколько",
            "ru",
        ),
        ("1) қазір сенім қандай 2) алғашқы өлшемде қанша еді 3) сенбейтіндер қанша", "kk"),
    ],
)
def test_a_numbered_list_answers_each_question_alone(
    engine: QAEngine, question: str, language: str
) -> None:
    answer = engine.answer(question, language=language)
    assert says(answer, "63", "38", "37")


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("list every figure from the article, a plain list is fine", "en"),
        ("besides 38, what other numbers does the article have?", "en"),
        ("other than 38, which numbers does the MP give?", "en"),
        ("какие ещё цифры есть в статье, кроме 63?", "ru"),
        ("63-тен басқа қандай сандар бар мақалада?", "kk"),
    ],
)
def test_every_figure_asked_is_the_summary(engine: QAEngine, question: str, language: str) -> None:
    answer = engine.answer(question, language=language)
    assert answer.intent == "summary"
    assert says(answer, "38", "63", "37")


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("for a chart: 2019, 2025, the rise in points and in percent", "en"),
        ("для слайда: 2019 и 2025, рост в пунктах и процентах", "ru"),
        ("слайдқа: 2019, 2025, өсім тармақпен және пайызбен", "kk"),
    ],
)
def test_both_years_and_the_growth_for_a_chart_are_the_change(
    engine: QAEngine, question: str, language: str
) -> None:
    answer = engine.answer(question, language=language)
    assert answer.intent == "trust_growth"
    assert says(answer, "38", "63", "25")


@pytest.mark.parametrize(
    ("questions", "language"),
    [
        (("какое доверие сейчас?", "и какое было раньше?", "значит выросло? на сколько"), "ru"),
        (
            ("trust level now?", "since when do they measure it?", "so it went up? by how much"),
            "en",
        ),
    ],
)
def test_a_difference_after_the_first_level_is_the_change(
    engine: QAEngine, questions: tuple[str, ...], language: str
) -> None:
    answers = chat(engine, *questions, language=language)
    assert answers[-1].intent == "trust_growth"
    assert says(answers[-1], "25")


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("сколько доверяют сейчас", "ru"),
        ("скока щас доверяют", "ru"),
        ("қазір қанша адам сенеді", "kk"),
        ("how many trust now", "en"),
    ],
)
def test_now_alone_is_the_latest_level(engine: QAEngine, question: str, language: str) -> None:
    """Near a phrasing of the first measurement, "now" still asks for today's level."""
    answer = engine.answer(question, language=language)
    assert (answer.intent, says(answer, "63"), says(answer, "38")) == ("trust_current", True, False)


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("and right at the start, when they first counted, what was it?", "en"),
        ("what did it show when they first started to measure", "en"),
        ("в самом начале, когда только начали мерить, сколько было?", "ru"),
    ],
)
def test_the_first_count_is_the_first_measurement(
    engine: QAEngine, question: str, language: str
) -> None:
    """Counting or measuring at the start names the series' first point, with no trust word."""
    answer = engine.answer(question, language=language)
    assert (answer.intent, says(answer, "38")) == ("trust_first", True)


def test_then_against_now_gives_both_measurements(engine: QAEngine) -> None:
    """ "Then vs now" has the past in it: both measurements, not today's level alone."""
    answer = engine.answer("trust in the police, then vs now, numbers please", language="en")
    assert says(answer, "38", "63"), answer.text
