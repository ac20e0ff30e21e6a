"""Arithmetic asked of our figures in forms read by rule, tested with phrasings of our own:
levels rounded to tens, one in seven to the hundredths, trust and its rest as fractions of one,
the reports per thousand or per eight, the unconsidered against the considered, the share
left unconsidered in points above half, a count at both years and the difference, one in seven
applied to a count of corruption cases, the relative fall of distrust, one level divided by the
other, levels applied to a round number, and the asker's own count."""

import pytest

from bot.qa import QAEngine
from tests.qa.talk import chat, says

# (the turns, their language, the last answer's intent, what it must say)
CASES = [
    # 1. rounded to tens, to the hundredths, as fractions of one
    (("округли до десятков: какой процент доверяет полиции?",), "ru", "trust_year", ("60",)),
    (("сколько доверяли в 2019 и 2025, округлив до десятков",), "ru", "trust_growth",
     ("40", "60")),
    (("2019 бен 2025 жылы қанша пайыз сенді, ондарға дейін дөңгелектеп айт",), "kk",
     "trust_growth", ("40", "60")),
    (("2019 ben 2025 zhyly qansha paiyz sendi, ondarga deiin dongelektep ait",), "kk",
     "trust_growth", ("40", "60")),
    (("rounded to the nearest ten, what share distrusts the police?",), "en", "distrust",
     ("40",)),
    (("каждый седьмой коррупционер — полицейский: сколько это процентов до сотых?",), "ru",
     "corruption_share", ("14.29",)),
    (("one in seven corrupt offenders is police, give the percent to the hundredths",), "en",
     "corruption_share", ("14.29",)),
    (("жемқорлардың әр жетіншісі полицей, жүздікке дейін неше пайыз?",), "kk",
     "corruption_share", ("14.29",)),
    (("what share trusts and what share doesn't in 2025, as fractions of one?",), "en",
     "trust_split", ("0.63", "0.37")),
    (("доля доверяющих и недоверяющих в долях единицы",), "ru", "trust_split",
     ("0.63", "0.37")),
    (("сенетіндер мен сенбейтіндер үлесі бірлік үлесімен қанша?",), "kk", "trust_split",
     ("0.63", "0.37")),
    (("senetinder men senbeitinder ulesi birlik ulesimen qansha?",), "kk", "trust_split",
     ("0.63", "0.37")),
    # 2. the reports per thousand or per eight
    (("из каждой тысячи обращений сколько остались без рассмотрения?",), "ru", "reports_per",
     ("625",)),
    (("out of every thousand reports, how many were never reviewed?",), "en", "reports_per",
     ("625",)),
    (("әр мың хабарламаның қаншасы қаралмай қалды?",), "kk", "reports_per", ("625",)),
    (("ar myn habarlamanyn qanshasy qaralmai qaldy?",), "kk", "reports_per", ("625",)),
    (("из каждых восьми заявлений сколько не рассмотрели?",), "ru", "reports_per", ("5",)),
    # 3. the unconsidered as a multiple of the considered
    (("во сколько раз нерассмотренных больше, чем рассмотренных, до сотых?",), "ru",
     "reports_considered", ("1.67",)),
    (("how many times more reports went unreviewed than reviewed, two decimals?",), "en",
     "reports_considered", ("1.67",)),
    (("қаралмағандар қаралғандардан неше есе көп? жүздікке дейін",), "kk",
     "reports_considered", ("1.67",)),
    (("qaralmagandar qaralgandardan neshe ese kop? zhuzdikke deiin",), "kk",
     "reports_considered", ("1.67",)),
    # 4. points above half
    (("500 тысяч из 800 — это больше половины? на сколько пунктов выше 50%?",), "ru",
     "reports_considered", ("12.5",)),
    (("500k of 800k unreviewed: above half? by how many points over 50%?",), "en",
     "reports_considered", ("12.5",)),
    (("800 мыңның 500 мыңы жартысынан көп пе? 50 пайыздан неше тармаққа артық?",), "kk",
     "reports_considered", ("12.5",)),
    # 5. a count at both years and the difference
    (("в нашей группе 60 студентов: сколько по доле 2019, сколько по доле 2025 и разница?",),
     "ru", "trust_per", ("23", "38", "15")),
    (("топта 60 студент: 2019 жылғы үлеспен қаншасы, 2025 үлесімен қаншасы, айырмасы?",),
     "kk", "trust_per", ("23", "38", "15")),
    (("synypta 40 bala: 2025 ulesimen qanshasy, 2019 ulesimen qanshasy, aiyrmasy?",), "kk",
     "trust_per", ("15", "25", "10")),
    (("a class of 60 pupils: how many by the 2019 share, how many by 2025, and the gap?",),
     "en", "trust_per", ("23", "38", "15")),
    # 6. one in seven applied to a count of corruption cases
    (("пусть было 210 коррупционных дел, сколько из них пришлось бы на полицейских?",), "ru",
     "corruption_per", ("30",)),
    (("suppose 140 corruption cases, how many would involve police at that rate?",), "en",
     "corruption_per", ("20",)),
    (("жемқорлықпен 280 адам ұсталса, оның қаншасы полицей болады?",), "kk",
     "corruption_per", ("40",)),
    (("zhemqorlyqpen 350 adam ustalsa, qanshasy policei bolady?",), "kk", "corruption_per",
     ("50",)),
    # 7. the relative fall of distrust
    (("недоверие упало с 62 до 37 — это на сколько процентов относительно?",), "ru",
     "distrust_change", ("40",)),
    (("distrust dropped from 62 to 37, by what percent relatively?",), "en",
     "distrust_change", ("40",)),
    (("сенбейтіндер 62-ден 37-ге дейін неше пайызға азайды?",), "kk", "distrust_change",
     ("40",)),
    # 8. one level divided by the other; the gap between trust and distrust
    (("сколько будет 63 разделить на 38?",), "ru", "trust_growth", ("1.66",)),
    (("63 divided by 38, what do you get?",), "en", "trust_growth", ("1.66",)),
    (("63-ті 38-ге бөлсек қанша шығады?",), "kk", "trust_growth", ("1.66",)),
    (("какой разрыв в пунктах между доверяющими и недоверяющими сейчас?",), "ru",
     "trust_split", ("26",)),
    # 9. levels applied to a round number, and the same asked of the other year
    (("if you asked 1000 kazakhs, how many would say they trust the police?",), "en",
     "trust_per", ("630",)),
    (("на каждые 100 человек сколько было недоверяющих в 2019?", "а в 2025 так же?"), "ru",
     "distrust_per", ("37",)),
    (("out of 100 people, how many didn't trust in 2019?", "and in 2025 the same thing?"),
     "en", "distrust_per", ("37",)),
    (("2019 жылы 100 адамға шаққанда қаншасы сенбеген?", "ал 2025 жылы дәл сондай?"), "kk",
     "distrust_per", ("37",)),
    # 10. the asker's own count
    (("в нашем чате 30 человек, сколько из нас чисто статистически доверяют?",), "ru",
     "trust_per", ("18.9",)),
    (("в школе 200 учителей, сколько из них по стране верят полиции?",), "ru", "trust_per",
     ("126",)),
    (("у нас на курсе 100 человек, скока не доверяют хотя бы частично?",), "ru",
     "distrust_per", ("37",)),
    (("полицияға неше пайыз сенеді?", "біздің ұжымда 50 қызметкер, бұл неше адам болады?"),
     "kk", "trust_per", ("31.5",)),
    (("policiyaga neshe paiyz senedi?", "uzhymda 40 mugalim, bul neshe adam bolady?"), "kk",
     "trust_per", ("25.2",)),
]  # fmt: skip


@pytest.mark.parametrize(("turns", "language", "intent", "wanted"), CASES)
def test_arithmetic_in_new_forms(
    engine: QAEngine,
    turns: tuple[str, ...],
    language: str,
    intent: str,
    wanted: tuple[str, ...],
) -> None:
    answer = chat(engine, *turns, language=language)[-1]
    assert (answer.intent, says(answer, *wanted)) == (intent, True)


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("почему 37%, разве не 62% не доверяют?", "ru"),
        ("why 37 %? isn't it 62 % who don't trust?", "en"),
    ],
)
def test_no_new_arithmetic_where_none_is_asked(
    engine: QAEngine, question: str, language: str
) -> None:
    answer = engine.answer(question, language=language)
    assert answer.intent not in ("distrust_change", "corruption_per")


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("из 300 полицейских сколько берут взятки", "ru"),
        ("в нашем УВД 250 полицейских, сколько из них коррупционеры по статистике?", "ru"),
        ("out of 300 police officers how many take bribes", "en"),
        ("our precinct has 140 cops, how many are corrupt by that one-in-seven?", "en"),
        ("бөлімде 210 полицей бар, жетіден бірі болса қаншасы жемқор?", "kk"),
    ],
)
def test_one_in_seven_is_not_applied_to_a_count_of_police(
    engine: QAEngine, question: str, language: str
) -> None:
    """One in seven is of the offenders: applied to officers it would count corrupt police."""
    answer = engine.answer(question, language=language)
    assert answer.intent != "corruption_per", answer.text
    assert not any(says(answer, count) for count in ("20", "30", "35", "43")), answer.text
