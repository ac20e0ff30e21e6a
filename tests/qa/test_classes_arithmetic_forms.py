"""Arithmetic asked of our figures in other forms, tested with phrasings of our own: one in
seven as a fraction or a decimal, a share rounded as a follow-up, a count at a quoted share,
one level as a share of the other, a proportion of our fraction, the reports against half of
them or against each other, 100 minus a level, the offenders who are not police, a count that
looks like a year, and counts or levels asked for a table, a slide or a report."""

import pytest

from bot.qa import QAEngine
from bot.qa.plain import plain_text
from tests.qa.talk import chat, stated

# (the turns, their language, what the last answer must say), by class
FRACTIONS = [
    (("one in seven offenders is a cop, so that's 1/7? show it as a fraction",), "en", "1/7"),
    (("каждый седьмой коррупционер — полицейский, это какая дробь?",), "ru", "1/7"),
    (("жемқорлардың әр жетіншісі полицей, бөлшек түрінде қалай жазылады?",), "kk", "1/7"),
    (("zhemkorlardyn ar zhetinshisi policei, bolshek turinde qalai?",), "kk", "1/7"),
    (("every seventh offender — give that as a decimal please",), "en", "0.14"),
    (("каждого седьмого переведи в десятичную дробь",), "ru", "0,14"),
    (("әр жетіншіні ондық бөлшекпен көрсет",), "kk", "0,14"),
    (("ar zhetinshini ondyq bolshekpen korset",), "kk", "0,14"),
    (("how many reports were left unreviewed?", "and as a fraction?"), "en", "5/8"),
    (("сколько обращений не рассмотрели?", "а простой дробью?"), "ru", "5/8"),
    (("қанша өтініш қаралмай қалды?", "ал бөлшек түрінде?"), "kk", "5/8"),
    (("all reports versus the unreviewed ones, 800k to 500k — the ratio?",), "en", "1.6"),
    (("каково соотношение 800 тысяч к 500 тысячам?",), "ru", "1,6"),
]
ROUNDED = [
    (("every seventh corruption offender is police — what percent?", "round it"), "en", ("14",)),
    (
        ("каждый седьмой коррупционер полицейский, это сколько процентов?", "а округлённо?"),
        "ru",
        ("14",),
    ),
    (("әр жетінші жемқор — полицей, бұл неше пайыз?", "бүтін санға дөңгелекте"), "kk", ("14",)),
]
COUNTS_AT_A_SHARE = [
    (("our choir has 25 singers; at 63% how many would trust? round it",), "en", ("16",)),
    (("в бригаде 25 рабочих, сколько из них доверяют при 63%? округли",), "ru", ("16",)),
    (("бригадада 25 жұмысшы, 63% бойынша қаншасы сенеді? дөңгелекте",), "kk", ("16",)),
    (("brigadada 25 zhumysshy, 63% boiynsha qanshasy senedi?",), "kk", ("16",)),
    (("40 students — at 37% how many don't fully trust?",), "en", ("15",)),
    (("a table of 200 respondents: by the national figure how many trust?",), "en", ("126",)),
    (("кестеде 200 респондент бар, ұлттық көрсеткіш бойынша қаншасы сенеді?",), "kk", ("126",)),
]
SHARE_OF_A_SHARE = [
    (("what percentage of 63 is 38? roughly",), "en", ("60", "60.3")),
    (("сколько процентов составляет 38 от 63?",), "ru", ("60", "60,3")),
    (("38 саны 63-тің қанша пайызы болады?",), "kk", ("60", "60,3")),
]
PROPORTIONS = [
    (("if 5 in every 8 complaints go unreviewed, how many out of 24?",), "en", ("15",)),
    (("если из 8 заявлений 5 не рассматривают, то сколько из 40?",), "ru", ("25",)),
    (("8 арыздың 5-еуі қаралмаса, 32 арыздың қаншасы қаралмайды?",), "kk", ("20",)),
    (("8 aryzdyn 5-eui qaralmasa, 32 aryzdyn qanshasy qaralmaidy?",), "kk", ("20",)),
]
ABOVE_HALF = [
    (("500k unreviewed out of 800k — above half? by how much?",), "en", ("100", "400")),
    (("500 тысяч больше половины от 800 тысяч? на сколько?",), "ru", ("100", "400")),
    (("500 мың деген 800 мыңның жартысынан қанша артық?",), "kk", ("100", "400")),
]
HUNDRED_MINUS = [
    (("what was trust in 2019?", "so how many didn't say they trust? 100 minus 38"), "en", ("62",)),
    (("а в 2019 сколько доверяли?", "значит не доверяли 100 минус 38?"), "ru", ("62",)),
    (("2019 жылы сенім қанша еді?", "100 минус 38 қанша болады, сенбегендер?"), "kk", ("62",)),
]
NOT_POLICE = [
    (
        ("if one in seven is a policeman, what share of offenders are not police? whole %",),
        "en",
        ("86",),
    ),
    (
        ("какая доля коррупционеров не полицейские, если полицейский каждый седьмой?",),
        "ru",
        ("86",),
    ),
    (("әр жетінші полицей болса, жемқорлардың неше пайызы полицей емес?",), "kk", ("86",)),
]
FILLED_IN = [
    (
        ("for my slides: in 2019 trust was X and in 2025 it was Y, fill in X and Y",),
        "en",
        ("38", "63"),
    ),
    (("для слайда: в 2019 году X, в 2025 году Y — подставь X и Y",), "ru", ("38", "63")),
    (("слайдқа керек: 2019 жылы X, 2025 жылы Y, X пен Y-ті толтыр",), "kk", ("38", "63")),
    (
        ("Облыс әкімдігіне есеп жазып жатырмын, полицияға сенімнің соңғы көрсеткіші?",),
        "kk",
        ("63", "2025"),
    ),
    (
        ("Oblys akimdigine esep zhazyp zhatyrmyn, policiyaga senimnin songy korsetkishi?",),
        "kk",
        ("63", "2025"),
    ),
    (
        ("готовлю отчёт для акимата: последний показатель доверия к полиции и год?",),
        "ru",
        ("63", "2025"),
    ),
]


def _last(engine: QAEngine, questions: tuple[str, ...], language: str) -> str:
    return chat(engine, *questions, language=language)[-1].text


@pytest.mark.parametrize(("questions", "language", "wanted"), FRACTIONS)
def test_a_fraction_a_decimal_or_a_ratio(
    engine: QAEngine, questions: tuple[str, ...], language: str, wanted: str
) -> None:
    assert wanted in plain_text(_last(engine, questions, language))


@pytest.mark.parametrize(
    ("questions", "language", "wanted"),
    [
        *ROUNDED,
        *COUNTS_AT_A_SHARE,
        *SHARE_OF_A_SHARE,
        *PROPORTIONS,
        *ABOVE_HALF,
        *HUNDRED_MINUS,
        *NOT_POLICE,
        *FILLED_IN,
    ],
)
def test_the_numbers_worked(
    engine: QAEngine, questions: tuple[str, ...], language: str, wanted: tuple[str, ...]
) -> None:
    answer = chat(engine, *questions, language=language)[-1]
    for number in wanted:
        assert number in stated(answer)


def test_from_one_level_to_the_other_is_no_share_of_a_whole(engine: QAEngine) -> None:
    [answer] = chat(engine, "на сколько процентов выросло доверие от 38 до 63?")
    assert "60,3" not in stated(answer)


@pytest.mark.parametrize(
    ("questions", "language"),
    [
        (
            (
                "our town has 3000 residents, at 63% how many trust the police?",
                "and of those 3000, how many don't fully trust?",
            ),
            "en",
        ),
        (
            (
                "в посёлке 3000 жителей, сколько доверяют полиции?",
                "а из этих 3000 сколько не доверяют?",
            ),
            "ru",
        ),
    ],
)
def test_a_count_referred_back_is_no_year(
    engine: QAEngine, questions: tuple[str, ...], language: str
) -> None:
    answer = chat(engine, *questions, language=language)[-1]
    assert answer.intent == "distrust_per"
    digits = plain_text(answer.text).replace(",", "").replace("\u00a0", "").replace(" ", "")
    assert "1110" in digits
