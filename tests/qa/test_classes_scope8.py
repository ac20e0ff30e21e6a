"""Scope decided by what is asked, round eight: an officer's workload, ages written as a range,
officers dismissed or jailed, a group set against everyone else, a count of something else
after a talk of ours (all without a figure); and answered though a foreign place or person is
told in passing: the asker abroad or foreign, an emergency number likened to another
country's, a figure of ours checked or a friend's figure doubted. Our own phrasings, in ru /
kk (also in Latin) / en; the last question of each conversation is the one checked."""

import pytest

from bot.qa import QAEngine
from bot.qa.intents import NO_FIGURE, OUT_OF_SCOPE
from tests.qa.talk import chat, says, stated

LEVEL = "63"
POLICE, SINGLE = "102", "112"

NO_FIGURE_ASKED: list[tuple[tuple[str, ...], str]] = [
    # an officer's workload, a count per one of them
    (("Сколько дел в среднем приходится на одного участкового?",), "ru"),
    (("сколько обращений в месяц у одного участкового, какая нагрузка?",), "ru"),
    (("бір учаскелік инспекторға қанша тұрғын келеді?",), "kk"),
    (("how many cases does one district inspector handle?",), "en"),
    (("how many residents per inspector are there?",), "en"),
    # ages written as a range
    (("сколько молодёжи 18-25 лет доверяет полиции?",), "ru"),
    (("какой процент доверия у людей от 30 до 45 лет?",), "ru"),
    (("30-45 жастағылар полицияға қаншалықты сенеді?",), "kk"),
    (("what share of people aged 30-45 trust the police?",), "en"),
    (("trust among 18–25 year olds?",), "en"),
    # officers dismissed or jailed
    (("сколько полицейских уволили за коррупцию в 2025 году?",), "ru"),
    (("2025 жылы сыбайлас жемқорлық үшін қанша полицей жұмыстан шығарылды?",), "kk"),
    (("How many officers got dismissed for bribery in 2025?",), "en"),
    (("how many police officers were jailed for corruption?",), "en"),
    # a group set against everyone else
    (("пенсионеры доверяют полиции больше остальных?",), "ru"),
    (("у водителей доверие к полиции ниже, чем у всех?",), "ru"),
    (("зейнеткерлер полицияға басқалардан көбірек сене ме?",), "kk"),
    (("шетелден оралғандар полицияға көбірек сене ме?",), "kk"),
    (("do students trust the police more than other people?",), "en"),
    (("is trust higher among people who returned from abroad?",), "en"),
    (("is trust lower among migrants?",), "en"),
]

OTHER_COUNT_AFTER: list[tuple[tuple[str, ...], str]] = [
    (("Имашева кім?", "палауда қанша калория бар?"), "kk"),
    (("Имашева кім?", "бір нан қанша теңге тұрады?"), "kk"),
    (("кто такая Имашева?", "сколько стоит хлеб в магазине?"), "ru"),
    (("who is Imasheva?", "how many calories are in a baursak?"), "en"),
]

NATIONAL_LEVEL: list[tuple[tuple[str, ...], str]] = [
    # the asker abroad, or foreign, or working somewhere told in passing
    (("greetings from a kazakh student in Prague: what's trust in the police at home now?",), "en"),
    (
        ("I'm a british lecturer at a police academy in almaty, what's the current trust figure?",),
        "en",
    ),
    (("я преподаю в академии в Караганде, какой сейчас уровень доверия к полиции?",), "ru"),
    (("Берлинде оқитын студентпін, елде полицияға сенім қазір қанша?",), "kk"),
    # a figure of ours checked
    (("shynymen 63 pe?",), "kk"),
    (("расымен 63 па?",), "kk"),
    (("wait, 63 really? or did i misread it",), "en"),
    (("правда 63 или я неправильно прочитал?",), "ru"),
]

FRIENDS_FIGURE: list[tuple[str, str, str]] = [
    ("досым 80 пайыз сенеді дейді, рас па?", "kk", "80"),
    ("сосед говорит, что 80% доверяют, это правда?", "ru", "80"),
    ("my friend says 70 percent trust the police, is that true?", "en", "70"),
]

NUMBERS_LIKENED: list[tuple[str, str, tuple[str, ...]]] = [
    ("я приехал из Германии, какой номер полиции здесь? 110 как у нас работает?", "ru", (POLICE,)),
    ("есть ли в Казахстане единый номер экстренных служб, как 112 в Европе?", "ru", (SINGLE,)),
    ("полицияның нөмірі қандай? Америкадағы 911 сияқты ма?", "kk", (POLICE,)),
    ("what's the police number in Kazakhstan? does 911 work like in the US?", "en", (POLICE,)),
    ("is there one emergency number here like 112 in Europe?", "en", (SINGLE,)),
]


def _params(cases: list[tuple[tuple[str, ...], str]]) -> list[object]:
    return [pytest.param(asked, language, id=f"{language}-{n}") for n, (asked, language) in
            enumerate(cases)]  # fmt: skip


DECLINED = [(*case, NO_FIGURE) for case in NO_FIGURE_ASKED] + [
    (*case, OUT_OF_SCOPE) for case in OTHER_COUNT_AFTER
]


@pytest.mark.parametrize(("asked", "language", "declined"), DECLINED)
def test_what_we_lack_states_no_number(
    engine: QAEngine, asked: tuple[str, ...], language: str, declined: str
) -> None:
    """A workload, an age range, dismissals, a group against the rest: no such figure; a count
    of something else after our talk: out of scope. No number at all (the national level
    would read as the answer)."""
    answer = chat(engine, *asked, language=language)[-1]
    assert answer.intent == declined
    assert stated(answer) == []


@pytest.mark.parametrize(("asked", "language"), _params(NATIONAL_LEVEL))
def test_a_foreign_place_told_in_passing_keeps_the_national_level(
    engine: QAEngine, asked: tuple[str, ...], language: str
) -> None:
    """Where the asker is or works, or a figure of ours checked: the latest level."""
    answer = chat(engine, *asked, language=language)[-1]
    assert answer.intent not in (NO_FIGURE, OUT_OF_SCOPE)
    assert says(answer, LEVEL)


@pytest.mark.parametrize(("question", "language", "claimed"), FRIENDS_FIGURE)
def test_a_friends_figure_is_answered_with_ours(
    engine: QAEngine, question: str, language: str, claimed: str
) -> None:
    """The real level, never the figure claimed."""
    answer = chat(engine, question, language=language)[-1]
    assert says(answer, LEVEL)
    assert claimed not in stated(answer)


@pytest.mark.parametrize(("question", "language", "numbers"), NUMBERS_LIKENED)
def test_a_number_likened_to_another_countrys_is_ours(
    engine: QAEngine, question: str, language: str, numbers: tuple[str, ...]
) -> None:
    answer = chat(engine, question, language=language)[-1]
    assert answer.intent == "emergency_numbers"
    assert says(answer, *numbers)


def test_trust_set_against_another_country_is_still_refused(engine: QAEngine) -> None:
    answer = chat(engine, "im an american trainer, is trust in police higher than in the us?",
                  language="en")[-1]  # fmt: skip
    assert answer.intent == OUT_OF_SCOPE
