"""Classes of conversation misses, tested with phrasings of our own: a second emergency number
asked after the numbers; who said it or whose assessment it is, after an answer; what formalism
means for citizens in her words; whether the article holds what was just answered; how much it
was after when measuring began; "not at all?" after the 37 %; the distrusting counted after the
reasons; thanks in borrowed slang; a fraction checked after a claim; the bot addressed by name in
a mixed-language question; two questions of a series in one message, and years left blank."""

import pytest

from bot.qa import Answer, QAEngine
from tests.qa.talk import chat, says, stated


def last_answer(engine: QAEngine, questions: tuple[str, ...], language: str) -> Answer:
    """The answer to the last of `questions`, asked in order in one conversation."""
    return chat(engine, *questions, language=language)[-1]


@pytest.mark.parametrize(
    ("questions", "language"),
    [
        (("police number please", "what if 102 is busy, any other number?"), "en"),
        (("how do I call the police?", "and if they don't pick up?"), "en"),
        (("номер полиции подскажите", "а если не могу дозвониться, есть ещё номер?"), "ru"),
        (("куда звонить в полицию?", "а если никто трубку не берёт?"), "ru"),
        (("полицияға қай нөмірге хабарласамын?", "ал ол түспесе, басқа нөмір бар ма?"), "kk"),
        (("policiyaga kai nomirge habarlasamyn?", "al ol tuspese, baska nomir bar ma?"), "kk"),
    ],
)
def test_a_second_number_after_the_numbers_is_the_single_one(
    engine: QAEngine, questions: tuple[str, ...], language: str
) -> None:
    answer = last_answer(engine, questions, language)
    assert answer.intent == "emergency_numbers"
    assert says(answer, "112")


def test_inspectors_not_answering_after_the_numbers_are_still_the_inspectors(
    engine: QAEngine,
) -> None:
    answer = chat(engine, "какой номер полиции?", "почему участковые не берут трубку?")[-1]
    assert answer.intent == "reason_prevention"


@pytest.mark.parametrize(
    ("questions", "language", "named"),
    [
        (
            ("коррупция в полиции большая?", "это из какого-то отчёта или она сама так говорит?"),
            "ru",
            "Имашев",
        ),
        (("why don't people trust cops?", "whose verdict is that?"), "en", "Imasheva"),
        (
            ("is there corruption in the police?", "is that from some report or her own words?"),
            "en",
            "Imasheva",
        ),
        (
            ("полицияда жемқорлық бар ма?", "бұл есептен бе, әлде өзі солай деді ме?"),
            "kk",
            "Имашева",
        ),
        (("почему полиции не доверяют?", "а чья это оценка?"), "ru", "Имашев"),
        (("адамдар полицияға неге сенбейді?", "бұл кімнің бағасы өзі?"), "kk", "Имашева"),
        (("adamdar policiyaga nege senbeidi?", "bul kimnin bagasy?"), "kk", "Имашева"),
        (
            ("where do the 800 thousand reports come from?", "which agency exactly?"),
            "en",
            "Prosecutor",
        ),
        (
            ("кто источник про 500 тысяч нерассмотренных?", "а какое именно ведомство?"),
            "ru",
            "Генпрокуратур",
        ),
    ],
)
def test_who_said_it_after_an_answer_is_its_source(
    engine: QAEngine, questions: tuple[str, ...], language: str, named: str
) -> None:
    answer = last_answer(engine, questions, language)
    assert answer.intent == "source"
    assert named in answer.text


@pytest.mark.parametrize(
    ("questions", "language"),
    [
        (("who's behind the 63 % figure?", "what's her position, who is she?"), "en"),
        (("63 пайыз деген кімнің дерегі?", "ол кім, қызметі қандай?"), "kk"),
    ],
)
def test_her_post_after_who_said_a_figure(
    engine: QAEngine, questions: tuple[str, ...], language: str
) -> None:
    answer = last_answer(engine, questions, language)
    assert answer.intent == "deputy"
    assert "Mazhilis" in answer.text or "Мәжіліс" in answer.text


@pytest.mark.parametrize(
    ("questions", "language", "stem"),
    [
        (
            ("what is the formalism she talks about?", "and what does it mean for people?"),
            "en",
            "unpunished",
        ),
        (
            ("расскажи про формализм", "и что это значит для простых граждан, по её словам?"),
            "ru",
            "безнаказан",
        ),
        (("формализм туралы айтшы", "бұл халық үшін нені білдіреді?"), "kk", "жазасыз"),
        (("formalizm turaly aitshy", "bul azamattar ushin neni bildiredi?"), "kk", "жазасыз"),
    ],
)
def test_what_formalism_means_for_citizens_is_its_consequences(
    engine: QAEngine, questions: tuple[str, ...], language: str, stem: str
) -> None:
    answer = last_answer(engine, questions, language)
    assert answer.intent == "reason_formalism"
    assert stem in answer.text


@pytest.mark.parametrize(
    ("questions", "language", "stem"),
    [
        (
            (
                "полиция это закрытая система, ничего не изменилось",
                "так мне сосед сказал, в статье это есть?",
            ),
            "ru",
            "закрыт",
        ),
        (("полиция әлі жабық жүйе", "ағам солай дейді, мақалада осы жазылған ба?"), "kk", "жабық"),
        (("policiya ali zhabyk zhuie", "agam solai deidi, makalada osy bar ma?"), "kk", "жабық"),
        (
            ("the police are still a closed system", "a friend says so, is it in the article?"),
            "en",
            "closed",
        ),
    ],
)
def test_a_claim_then_is_it_in_the_article_is_the_reform(
    engine: QAEngine, questions: tuple[str, ...], language: str, stem: str
) -> None:
    answers = chat(engine, *questions, language=language)
    assert [a.intent for a in answers] == ["reform_context", "reform_context"]
    assert stem in answers[-1].text


def test_in_the_article_after_a_figure_is_still_its_source(engine: QAEngine) -> None:
    answer = chat(engine, "сколько доверяют полиции?", "это есть в статье?")[-1]
    assert answer.intent == "source"


@pytest.mark.parametrize(
    ("questions", "language"),
    [
        (("сенім қай жылдан бері өлшенеді?", "сонда неше пайыз болған?"), "kk"),
        (("senim kai zhyldan beri olshenedi?", "sonda kansha bolgan?"), "kk"),
        (("полицияға сенім қашаннан өлшеніп жүр?", "сонда қанша болды"), "kk"),
    ],
)
def test_how_much_it_was_after_when_measuring_began_is_the_first_level(
    engine: QAEngine, questions: tuple[str, ...], language: str
) -> None:
    answer = last_answer(engine, questions, language)
    assert answer.intent in ("trust_year", "trust_first")
    assert says(answer, "38")


@pytest.mark.parametrize(
    ("questions", "language", "stem"),
    [
        (("какой процент не доверяет полиции?", "то есть совсем не доверяют?"), "ru", "частичн"),
        (("what percent distrust the police?", "like, zero trust?"), "en", "partly"),
        (("what percent distrust the police?", "not at all??"), "en", "partly"),
        (("полицияға неше пайыз сенбейді?", "мүлде сенбей ме?"), "kk", "ішінара"),
        (("policiyaga neshe paiyz senbeidi?", "mulde senbei me?"), "kk", "ішінара"),
    ],
)
def test_not_at_all_after_the_rest_is_the_combined_figure(
    engine: QAEngine, questions: tuple[str, ...], language: str, stem: str
) -> None:
    answer = last_answer(engine, questions, language)
    assert (answer.intent, stated(answer)) == ("sum_quoted", [])
    assert stem in answer.text


@pytest.mark.parametrize(
    ("questions", "language"),
    [
        (("why do people distrust the police?", "and how many are they, percent-wise?"), "en"),
        (("почему люди не доверяют полиции?", "и сколько их в процентах?"), "ru"),
        (("адамдар полицияға неге сенбейді?", "олар неше пайыз?"), "kk"),
        (("adamdar policiyaga nege senbeidi?", "olar kansha paiyz?"), "kk"),
    ],
)
def test_them_counted_after_the_reasons_are_the_distrusting(
    engine: QAEngine, questions: tuple[str, ...], language: str
) -> None:
    answer = last_answer(engine, questions, language)
    assert answer.intent == "distrust"
    assert says(answer, "37")


@pytest.mark.parametrize(
    ("questions", "language"),
    [
        (("откуда эти данные?", "сенкью"), "ru"),
        (("кто источник?", "сенкс бро"), "ru"),
        (("дереккөз қандай?", "сенкс"), "kk"),
        (("who is the source?", "thanx bro"), "en"),
    ],
)
def test_borrowed_thanks_after_a_source_is_an_ack(
    engine: QAEngine, questions: tuple[str, ...], language: str
) -> None:
    assert last_answer(engine, questions, language).intent == "ack"


@pytest.mark.parametrize(
    ("questions", "language"),
    [
        (("полиции доверяет большинство, где-то две трети", "бот, это правда, 2/3?"), "ru"),
        (("most trust the police, like two thirds", "bot, is 2/3 right?"), "en"),
        (("көпшілігі сенеді ғой, үштен екісі", "бот, рас па 2/3 сенеді?"), "kk"),
    ],
)
def test_a_fraction_checked_after_a_claim_is_the_level_set_against_it(
    engine: QAEngine, questions: tuple[str, ...], language: str
) -> None:
    answer = last_answer(engine, questions, language)
    assert answer.intent == "trust_current"
    assert says(answer, "63", "66.7")


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("Слушай бот, в 2019-м сколько было, неше пайыз?", "38"),
        ("бот, 2025 жылы сколько процентов доверяли?", "63"),
        ("слушай, 2019-да қанша было процентов?", "38"),
    ],
)
def test_the_bot_addressed_in_a_mixed_question_is_no_help_asked(
    engine: QAEngine, question: str, figure: str
) -> None:
    answer = engine.answer(question, language="ru")
    assert answer.intent == "trust_year" and says(answer, figure)


def test_bot_or_human_is_still_about_the_bot(engine: QAEngine) -> None:
    assert engine.answer("бот или человек?", language="ru").intent == "help"


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("какая доля не доверяет полиции сейчас? а какой она была при первом замере?", "ru"),
        ("what share distrusts the police today? and at the first measurement?", "en"),
        ("қазір полицияға неше пайыз сенбейді? ал алғашқы өлшемде қанша еді?", "kk"),
    ],
)
def test_two_questions_of_the_distrust_are_both_answered(
    engine: QAEngine, question: str, language: str
) -> None:
    answer = engine.answer(question, language=language)
    assert answer.intent == "distrust"
    assert says(answer, "37", "62")


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("Для реферата: 2019 — ?, 2025 — ?", "ru"),
        ("for a table in my essay: 2019 = ?, 2025 = ?", "en"),
        ("курстық жұмыс кестесіне: 2019 - ?, 2025 - ?", "kk"),
    ],
)
def test_measured_years_left_blank_are_their_levels_and_the_change(
    engine: QAEngine, question: str, language: str
) -> None:
    answer = engine.answer(question, language=language)
    assert answer.intent == "trust_growth"
    assert says(answer, "38", "63")


def test_a_sum_of_fractions_is_no_trust_checked(engine: QAEngine) -> None:
    answer = engine.answer("my daughter's homework: 2/3 + 1/6 = ?", language="en")
    assert answer.intent not in ("trust_current", "trust_year") and stated(answer) == []
