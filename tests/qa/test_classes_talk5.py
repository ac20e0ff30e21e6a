"""Classes of conversation misses, tested with phrasings of our own: "back then" after a
figure asks the other year of the same measure; a follow-up after a refused switch of subject
resumes the subject before it; the figure pressed for again («ну?», "you didn't answer"), or a
share asked of now with nothing else; distrust asked for two years at once; a figure checked
against a guess or offered beside another number; a reason guessed beside "why", then "in
percent?" or "the other reason?"; and the offenders who are not police officers."""

import pytest

from bot.qa import QAEngine
from tests.qa.talk import chat, says, stated


@pytest.mark.parametrize(
    ("questions", "language"),
    [
        (("сколько людей сейчас не доверяет полиции?", "понял", "а тогда?"), "ru"),
        (("какое сейчас недоверие к полиции", "а в то время?"), "ru"),
        (("қазір полицияға сенбейтіндер қанша?", "ал сол кезде ше?"), "kk"),
        (("kazir policiaga senbeitinder kansha", "ал ол кезде?"), "kk"),
        (("what share distrusts the police today?", "ok, and at that time?"), "en"),
    ],
)
def test_back_then_after_the_distrust_is_its_first_year(
    engine: QAEngine, questions: tuple[str, ...], language: str
) -> None:
    answer = chat(engine, *questions, language=language)[-1]
    assert answer.intent == "distrust"
    assert says(answer, "62")
    assert "63" not in stated(answer)


def test_back_then_after_the_trust_level_is_the_first_level(engine: QAEngine) -> None:
    answer = chat(engine, "какой уровень доверия сейчас", "а тогда?")[-1]
    assert answer.intent == "trust_year"
    assert says(answer, "38")


@pytest.mark.parametrize(
    ("questions", "language"),
    [
        (
            (
                "насколько доверяют полиции сейчас",
                "кстати где купить билеты на концерт",
                "ладно, а в 2019 сколько было",
            ),
            "ru",
        ),
        (
            (
                "полицияға сенім қазір қандай",
                "айтпақшы, ертең ауа райы қандай",
                "жарайды 2019 жылы қанша болды",
            ),
            "kk",
        ),
        (
            (
                "how much do people trust the police now",
                "btw who won the football yesterday",
                "ok so how much was it in 2019",
            ),
            "en",
        ),
    ],
)
def test_a_follow_up_after_a_refused_switch_resumes_the_subject(
    engine: QAEngine, questions: tuple[str, ...], language: str
) -> None:
    answers = chat(engine, *questions, language=language)
    assert answers[1].intent == "out_of_scope"
    assert answers[-1].intent == "trust_year"
    assert says(answers[-1], "38")


@pytest.mark.parametrize(
    ("questions", "language"),
    [
        (("полиции то доверяют вообще?", "ну?", "так сколько доверяют, ты не ответил"), "ru"),
        (("полицияға сенеді ме?", "ал?", "қанша адам сенеді, жауап бермедің"), "kk"),
        (
            ("do folks trust the cops at all?", "well?", "so how many trust, you did not answer"),
            "en",
        ),
    ],
)
def test_the_figure_pressed_for_again_is_the_level(
    engine: QAEngine, questions: tuple[str, ...], language: str
) -> None:
    answers = chat(engine, *questions, language=language)
    assert all(a.intent == "trust_current" for a in answers[1:])
    assert says(answers[-1], "63")


@pytest.mark.parametrize(
    ("question", "language"),
    [("а щас скока %?", "ru"), ("казир неше пайыз", "kk"), ("what % right now?", "en")],
)
def test_a_share_of_now_asked_alone_is_the_level(
    engine: QAEngine, question: str, language: str
) -> None:
    answer = engine.answer(question, language=language)
    assert answer.intent == "trust_current"
    assert says(answer, "63")


def test_a_share_of_another_thing_now_stays_out_of_scope(engine: QAEngine) -> None:
    assert engine.answer("battery % now?", language="en").intent == "out_of_scope"


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("какой был процент недоверия в 2019 году и какой он сейчас?", "ru"),
        ("сенбеу 2019 жылы қанша еді, қазір қанша?", "kk"),
        ("what % distrust was there in 2019 and what is it now?", "en"),
    ],
)
def test_distrust_asked_for_both_years_gives_both(
    engine: QAEngine, question: str, language: str
) -> None:
    answer = engine.answer(question, language=language)
    assert answer.intent == "distrust"
    assert says(answer, "62", "37")
    assert "63" not in stated(answer)


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("2019 бен 2025 жылғы екі цифрды жазып беріңізші", "kk"),
        ("напиши две цифры, за 2019 и за 2025", "ru"),
    ],
)
def test_two_figures_for_both_measured_years_are_the_levels(
    engine: QAEngine, question: str, language: str
) -> None:
    answer = engine.answer(question, language=language)
    assert answer.intent == "trust_year"
    assert says(answer, "38", "63")


@pytest.mark.parametrize(
    ("question", "language", "figure", "guess"),
    [
        ("2019 жылы 40 пайыздан төмен болған деседі, рас па?", "kk", "38", "40"),
        ("говорят, в 2019 было ниже 40 процентов, это правда?", "ru", "38", "40"),
        ("someone says trust was below 40 % in 2019 - is that so?", "en", "38", "40"),
        ("63 пе әлде 68 пе? достарыммен таласып қалдық", "kk", "63", "68"),
        ("37 ме 47 ме?", "kk", "37", "47"),
        ("63 или 68? поспорили с другом", "ru", "63", "68"),
        ("is it 63 or 68? settling a bet", "en", "63", "68"),
    ],
)
def test_a_figure_checked_against_a_guess_gives_ours_only(
    engine: QAEngine, question: str, language: str, figure: str, guess: str
) -> None:
    answer = engine.answer(question, language=language)
    assert answer.intent != "out_of_scope"
    assert says(answer, figure)
    assert guess not in stated(answer)


@pytest.mark.parametrize(
    ("questions", "language"),
    [
        (("why is there no trust in the police, bribery?", "and as a percentage?"), "en"),
        (("почему полиции не верят, из-за коррупции?", "а в процентах это сколько?"), "ru"),
        (("полицияға неге сенбейді, парақорлық па?", "пайызбен қанша?"), "kk"),
    ],
)
def test_percent_after_a_guessed_reason_is_its_share(
    engine: QAEngine, questions: tuple[str, ...], language: str
) -> None:
    answers = chat(engine, *questions, language=language)
    assert answers[0].intent == "reason_corruption"
    assert answers[-1].intent == "corruption_share"
    assert says(answers[-1], "14.3")


@pytest.mark.parametrize(
    ("questions", "language"),
    [
        (("why the distrust? is it corruption?", "what's the other reason?"), "en"),
        (("почему не доверяют? из-за коррупции?", "а другая причина какая?"), "ru"),
        (("неге сенбейді? жемқорлықтан ба?", "басқа себебі қандай?"), "kk"),
        (("неге сенбейди? жемкорлыктан ба?", "баска себеби кандай"), "kk"),
    ],
)
def test_the_other_reason_after_one_is_the_next(
    engine: QAEngine, questions: tuple[str, ...], language: str
) -> None:
    assert chat(engine, *questions, language=language)[-1].intent == "reason_prevention"


def test_other_reasons_after_the_list_stay_the_list(engine: QAEngine) -> None:
    answers = chat(engine, "reasons for distrust", "what other reasons are there?", language="en")
    assert answers[-1].intent == "reasons"


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("какой процент неполицейских среди коррупционеров?", "ru"),
        ("what share of the corrupt offenders are non-police?", "en"),
        ("жемқорлардың неше пайызы полицей емес?", "kk"),
    ],
)
def test_the_offenders_who_are_not_police_are_six_in_seven(
    engine: QAEngine, question: str, language: str
) -> None:
    answer = engine.answer(question, language=language)
    assert answer.intent == "corruption_others"
    assert says(answer, "85.7")


@pytest.mark.parametrize(
    ("questions", "language"),
    [
        (("что изменилось у участковых", "ок. а как мне получить загранпаспорт?"), "ru"),
        (("what changed for the district inspectors", "ok. how do i get a driving licence?"), "en"),
    ],
)
def test_what_the_asker_would_get_after_the_inspectors_is_another_subject(
    engine: QAEngine, questions: tuple[str, ...], language: str
) -> None:
    assert chat(engine, *questions, language=language)[-1].intent == "out_of_scope"


def test_thanks_and_a_remark_after_an_answer_ask_nothing_new(engine: QAEngine) -> None:
    answers = chat(engine, "как начиналась реформа", "спасибо, для доклада это то что нужно")
    assert answers[-1].intent != "reform_context"
