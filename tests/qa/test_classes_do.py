"""Classes of questions first missed on blind set DO, with phrasings of our own: how far trust is
from a level the asker names, all reports against those considered, the police supposed as the
source of a figure, the figures called fake."""

import pytest

from bot.qa import Answer, QAEngine
from bot.qa.plain import plain_text
from tests.qa.talk import chat


def last(engine: QAEngine, turns: tuple[str, ...], language: str) -> Answer:
    return chat(engine, *turns, language=language)[-1]


@pytest.mark.parametrize(
    ("question", "language", "short"),
    [
        ("скольких процентных пунктов доверию не хватает до 90%?", "ru", "27"),
        ("сенім 75 пайызға жету үшін тағы қанша тармақ керек?", "kk", "12"),
        ("trust is how many points short of 70 percent?", "en", "7"),
    ],
)
def test_points_short_of_a_named_level(
    engine: QAEngine, question: str, language: str, short: str
) -> None:
    """A level named as a target is the latest level taken from it, beside the split; not a
    forecast of when it is reached."""
    answer = last(engine, (question,), language)
    text = plain_text(answer.text)
    assert answer.intent == "trust_split"
    assert short in text.split()
    assert "63%" in text


@pytest.mark.parametrize(
    ("turns", "language"),
    [
        (("сколько сейчас доверяют полиции?", "а до ста процентов сколько не хватает?"), "ru"),
        (("қазір полицияға қанша сенеді?", "жүз пайызға дейін қанша жетпейді?"), "kk"),
        (("how many trust the police now?", "and how far short of 100 percent is it?"), "en"),
    ],
)
def test_short_of_everyone_after_the_level(
    engine: QAEngine, turns: tuple[str, ...], language: str
) -> None:
    """ "Short of 100" after the level is the rest of 100 %, not the share applied to 100
    people, nor the change since 2019."""
    answer = last(engine, turns, language)
    text = plain_text(answer.text)
    assert answer.intent == "trust_split"
    assert "37" in text
    assert "1,66" not in text and "1.66" not in text


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("когда доверие дойдёт до 90%?", "ru"),
        ("when will trust reach 90 percent?", "en"),
    ],
)
def test_when_a_level_is_reached_is_still_a_forecast(
    engine: QAEngine, question: str, language: str
) -> None:
    answer = last(engine, (question,), language)
    assert answer.intent == "no_figure"
    assert "27" not in plain_text(answer.text)


@pytest.mark.parametrize(
    ("question", "language", "ratio"),
    [
        ("во сколько раз сообщений было больше, чем рассмотренных?", "ru", "2,67"),
        ("барлық хабарлама қаралғандардан қанша есе көп болды?", "kk", "2,67"),
        ("how many times bigger is the count of reports than those considered?", "en", "2.67"),
    ],
)
def test_all_reports_against_those_considered(
    engine: QAEngine, question: str, language: str, ratio: str
) -> None:
    """All reports against the considered ones: 800 / 300 thousand, beside the considered."""
    answer = last(engine, (question,), language)
    text = plain_text(answer.text)
    assert answer.intent == "reports_considered"
    assert ratio in text
    assert "300" in text


@pytest.mark.parametrize(
    ("turns", "language"),
    [
        (("сколько обращений оставили без рассмотрения?", "это полиция сама так говорит?"), "ru"),
        (("қанша хабарлама қаралмады?", "мұны полицияның өзі айтып отыр ма?"), "kk"),
        (("how many reports were ignored?", "do the police say that themselves?"), "en"),
    ],
)
def test_the_police_supposed_as_the_source(
    engine: QAEngine, turns: tuple[str, ...], language: str
) -> None:
    """The police supposed as the source of the reports' figures: the Prosecutor's Office."""
    answer = last(engine, turns, language)
    assert answer.intent == "source"
    assert any(s in answer.text for s in ("прокуратур", "Prosecutor"))


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("а не фейк ли всё это?", "ru"),
        ("бұл цифрлар фейк емес пе?", "kk"),
        ("is it fake or what?", "en"),
    ],
)
def test_figures_called_fake_get_their_source(
    engine: QAEngine, question: str, language: str
) -> None:
    answer = last(engine, (question,), language)
    assert answer.intent == "source"
    assert "Имашев" in answer.text or "Imashev" in answer.text


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("а сама депутат считает это успехом?", "ru"),
        ("депутат мұны жетістік деп санай ма?", "kk"),
        ("does the deputy think it's a success?", "en"),
    ],
)
def test_her_verdict_on_the_growth(engine: QAEngine, question: str, language: str) -> None:
    """Whether she thinks it good is her own word for the growth: "but insignificantly"."""
    answer = last(engine, (question,), language)
    assert answer.intent == "assessment"


@pytest.mark.parametrize(
    ("question", "language", "own"),
    [
        ("почему же она называет рост незначительным, ведь было 38, стало 63?", "ru", "оценка"),
        ("неге ол 38-ден 63-ке өсуді шамалы дейді?", "kk", "бағасы"),
        ("why would she call going from 38 to 63 insignificant?", "en", "own assessment"),
    ],
)
def test_her_word_asked_why_is_her_own_assessment(
    engine: QAEngine, question: str, language: str, own: str
) -> None:
    """Asked why, her "insignificant" is said to be her own assessment, beside the ratio."""
    answer = last(engine, (question,), language)
    text = plain_text(answer.text)
    assert answer.intent == "assessment"
    assert own in text
    assert "1,66" in text or "1.66" in text


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("в 2019 было 38%, а какая доля не доверяла, частично или полностью?", "ru"),
        ("if 38 % trusted in 2019, how many did not, partly or completely?", "en"),
    ],
)
def test_not_trusting_partly_or_fully_is_the_rest(
    engine: QAEngine, question: str, language: str
) -> None:
    """ "Not (partly or fully)" joins both parts: the rest of 100 %, computed for 2019."""
    answer = last(engine, (question,), language)
    assert answer.intent == "distrust"
    assert "62" in plain_text(answer.text)


@pytest.mark.parametrize(
    ("turns", "language"),
    [
        (("сколько доверяют полиции?", "а рост в процентах с 2019 какой?"), "ru"),
        (("полицияға қанша сенеді?", "2019 жылдан бері неше пайызға көбейді?"), "kk"),
        (("how many trust the police?", "and the growth in percent since 2019?"), "en"),
    ],
)
def test_growth_in_percent_from_the_first_year(
    engine: QAEngine, turns: tuple[str, ...], language: str
) -> None:
    """The growth in per cent since the first year is the change (66 % of the first level),
    not the level of that year."""
    answer = last(engine, turns, language)
    assert answer.intent == "trust_growth"
    assert "66" in plain_text(answer.text)


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("на сколько пунктов доверяющих больше, чем недоверяющих, в 2025?", "ru"),
        ("2025 жылы сенетіндер сенбейтіндерден неше тармаққа көп?", "kk"),
        ("in 2025, how many points more people trust than don't?", "en"),
    ],
)
def test_the_gap_of_the_latest_year_named(engine: QAEngine, question: str, language: str) -> None:
    """The latest year named beside the gap is the year the split is of: 26 points."""
    answer = last(engine, (question,), language)
    assert answer.intent == "trust_split"
    assert "26" in plain_text(answer.text)


@pytest.mark.parametrize(
    "question",
    ["«жетіншісі» деген не?", "полицейлердің 14 пайызы парақор ма?"],
)
def test_kazakh_corruption_is_said_in_full(engine: QAEngine, question: str) -> None:
    """The one in seven in Kazakh names corruption offences as «сыбайлас жемқорлық»; no share
    of the police is stated."""
    answer = last(engine, (question,), "kk")
    text = plain_text(answer.text)
    assert "сыбайлас жемқорлық" in text


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("а про свою полицию депутат что говорила?", "ru"),
        ("депутат өз полициясы жайлы не айтты?", "kk"),
        ("and about her own police, what did the MP say?", "en"),
    ],
)
def test_her_own_police_is_her_stance(engine: QAEngine, question: str, language: str) -> None:
    """ "Her own police" is her personal attitude: she trusts it, it protects her."""
    answer = last(engine, (question,), language)
    assert answer.intent == "deputy_stance"


def test_people_saying_i_trust_out_of_a_count_is_the_trust_applied(engine: QAEngine) -> None:
    """«Сенемін дейді» (they say "I trust") out of a count is the trust share applied to it."""
    answer = last(engine, ("300 адамнан қаншасы «сенемін» дейді?",), "kk")
    text = plain_text(answer.text)
    assert answer.intent == "trust_per"
    assert "189" in text
    assert "111" not in text


@pytest.mark.parametrize(
    ("turns", "language"),
    [
        (("сколько обращений не рассмотрели?", "то есть рассмотрели всего 200 тысяч?"), "ru"),
        (("қанша хабарлама қаралмай қалды?", "сонда 200 мыңы ғана қаралды ма?"), "kk"),
        (("how many reports went unconsidered?", "so just 200 thousand got looked at?"), "en"),
    ],
)
def test_a_wrong_count_of_the_considered_gets_the_considered(
    engine: QAEngine, turns: tuple[str, ...], language: str
) -> None:
    """The considered part quoted back wrong after the reports: it is about 300 thousand."""
    answer = last(engine, turns, language)
    assert answer.intent == "reports_considered"
    assert "300" in plain_text(answer.text)


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("какой процент опрошенных сказал, что доверяет полиции?", "ru"),
        ("сауалнамаға қатысқандардың неше пайызы полицияға сенеді?", "kk"),
    ],
)
def test_the_share_of_respondents_who_trust_is_the_level(
    engine: QAEngine, question: str, language: str
) -> None:
    """The percent of respondents who trust is the trust level, not the survey's size."""
    answer = last(engine, (question,), language)
    assert answer.intent in ("trust_current", "trust_split")
    assert "63" in plain_text(answer.text)


def test_kazakh_not_fully_or_not_at_all_is_the_combined_figure(engine: QAEngine) -> None:
    """«Толық сенбейді не мүлдем сенбейді»: «не» before "not at all" is "or", both parts
    together, the 37 %."""
    question = "полицияға толық сенбейтіндер не мүлдем сенбейтіндер қанша пайыз?"
    answer = last(engine, (question,), "kk")
    assert answer.intent == "distrust"
    assert "37" in plain_text(answer.text)


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("наш участковый не отвечает в чате уже две недели, что про это пишут?", "ru"),
        ("біздің учаскелік чатта жауап бермейді, мақалада бұл туралы не бар?", "kk"),
        ("the district inspector doesnt reply to our messages, what does the article say?", "en"),
    ],
)
def test_an_inspector_who_does_not_answer_is_the_prevention_reason(
    engine: QAEngine, question: str, language: str
) -> None:
    """An inspector who does not answer is the deputy's reason about the inspectors, not the
    reports left unconsidered."""
    answer = last(engine, (question,), language)
    assert answer.intent == "reason_prevention"


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("I work at the consulate in Almaty. What is trust in the police now?", "en"),
        ("Работаю в посольстве в Астане. Какой сейчас уровень доверия к полиции?", "ru"),
    ],
)
def test_a_mission_the_asker_works_at_is_no_breakdown(
    engine: QAEngine, question: str, language: str
) -> None:
    """The city of the embassy the asker works at is where they are, not a breakdown asked."""
    answer = last(engine, (question,), language)
    assert answer.intent == "trust_current"
    assert "63" in plain_text(answer.text)


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("на основании чего говорят о бездействии полиции?", "ru"),
        ("полиция жұмысы нашар деген пікірдің дәлелі қандай?", "kk"),
        ("what evidence is there for the police's inaction?", "en"),
    ],
)
def test_the_basis_of_a_claim_about_the_police_work_is_the_reports_source(
    engine: QAEngine, question: str, language: str
) -> None:
    """What a claim that the police work poorly rests on: the reports left unconsidered, from
    the General Prosecutor's Office."""
    answer = last(engine, (question,), language)
    assert answer.intent == "source"
    assert any(s in answer.text for s in ("прокуратур", "Prosecutor"))


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("куда звонить, если участковый не отвечает?", "ru"),
        ("who should I call when the district inspector does not answer?", "en"),
    ],
)
def test_whom_to_call_when_the_inspector_does_not_answer(
    engine: QAEngine, question: str, language: str
) -> None:
    """Whom to call is still the numbers, not the reason about the inspectors."""
    answer = last(engine, (question,), language)
    assert answer.intent == "emergency_numbers"


@pytest.mark.parametrize(
    ("question", "language", "intent"),
    [
        ("полиция укрывает преступления — это правда или фейк?", "ru", "concealment"),
        ("причины недоверия — это результаты опроса или её мнение?", "ru", "reasons"),
        ("is the reasons list a survey result or just the MP's opinion?", "en", "reasons"),
    ],
)
def test_a_subject_named_beside_fake_or_results_keeps_its_answer(
    engine: QAEngine, question: str, language: str, intent: str
) -> None:
    """ "Fake" or "results" beside a subject of ours: that subject, not the source or her
    verdict on the growth."""
    answer = last(engine, (question,), language)
    assert answer.intent == intent
