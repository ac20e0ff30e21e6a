"""Counts and shares of the ninth round, tested with phrasings of our own: the asker's own count
with distrust asked («нас 400…», "400 of us"); customers counted in Kazakh («сатып алушы»); the
askers counted as a follow-up to a share; a group with a story of its own counted by the askers;
the one in seven as a per cent in digits («каждый 7й») and as a follow-up ("in relative terms?",
«пайызға айналдырып берші»); the reports in thousands typed fast or said of the Prosecutor's
Office; and a year told in the asker's own story, which is not the year asked."""

import pytest

from bot.qa import QAEngine
from tests.qa.talk import chat, says, stated

TRUST_PER = "trust_per"
DISTRUST_PER = "distrust_per"
CORRUPTION = "corruption_share"
FORMALISM = "reason_formalism"
CONSIDERED = "reports_considered"

# (the turns, their language, the last answer's intent, what it must say)
CASES = [
    # 1. the asker's own count with distrust asked: 37 % of it
    (
        ("нас 250 на вещевом рынке, сколько из нас не доверяет полиции",),
        "ru",
        DISTRUST_PER,
        ("250", "92"),
    ),
    (("нас в цеху 120, скока не доверяют",), "ru", DISTRUST_PER, ("120", "44")),
    (("нас 60 в офисе, сколько примерно не доверяет ментам",), "ru", DISTRUST_PER, ("60", "22")),
    (("базарда 200 адамбыз, қаншамыз полицияға сенбейміз",), "kk", DISTRUST_PER, ("200", "74")),
    (("базарда 200 адамбыз, каншамыз полицияга сенбейди",), "kk", DISTRUST_PER, ("200", "74")),
    (("bazarda 200 adambyz, qanshamyz policiyaga senbeimiz",), "kk", DISTRUST_PER, ("200", "74")),
    (
        ("there are 300 of us at the bazaar, how many distrust the police",),
        "en",
        DISTRUST_PER,
        ("300", "111"),
    ),
    (("we are 80 in the office, how many don't trust the cops",), "en", DISTRUST_PER, ("80", "30")),
    (("120 of us in the shopping center, how many distrust",), "en", DISTRUST_PER, ("120", "44")),
    # 2. customers counted in Kazakh: «сатып алушы» is a buyer, no purchase asked
    (("300 сатып алушыдан нешеуі полицияға сенеді",), "kk", TRUST_PER, ("300", "189")),
    (("300 сатып алушыдан нешеуи полицияга сенеди",), "kk", TRUST_PER, ("300", "189")),
    (("200 satyp alushydan qanshasy senedi",), "kk", TRUST_PER, ("200", "126")),
    (("дүкенімде 400 сатып алушы бар, қаншасы сенеді",), "kk", TRUST_PER, ("400", "252")),
    (("у меня 500 покупателей, сколько из них доверяет полиции",), "ru", TRUST_PER, ("500", "315")),
    (("out of my 500 customers how many trust the police",), "en", TRUST_PER, ("500", "315")),
    # 3. the askers counted as a follow-up to the share
    (
        ("what % trust the police", "we are 200 in the chat, how many is that"),
        "en",
        TRUST_PER,
        ("126",),
    ),
    (
        ("what share trusts the police?", "we are 50 in the office, how many people is that"),
        "en",
        TRUST_PER,
        ("50", "32"),
    ),
    (
        ("how many trust the police in %", "there are 300 of us in the group, so how many"),
        "en",
        TRUST_PER,
        ("189",),
    ),
    (
        ("какой процент доверяет полиции", "нас в чате 200, это сколько человек"),
        "ru",
        TRUST_PER,
        ("126",),
    ),
    (
        ("сколько процентов доверяют полиции", "нас 50 в офисе, сколько это людей"),
        "ru",
        TRUST_PER,
        ("32",),
    ),
    (
        ("доверие к полиции в процентах?", "а нас в группе 300, это сколько"),
        "ru",
        TRUST_PER,
        ("189",),
    ),
    (
        ("полицияға қанша пайыз сенеді", "чатта 200 адамбыз, бұл қанша болады"),
        "kk",
        TRUST_PER,
        ("126",),
    ),
    (
        ("полицияга канша пайыз сенеди", "чатта 200 адамбыз, бул канша болады"),
        "kk",
        TRUST_PER,
        ("126",),
    ),
    (
        ("policiyaga qansha paiyz senedi", "chatta 200 adambyz, bul qansha bolady"),
        "kk",
        TRUST_PER,
        ("126",),
    ),
    # 4. a group with a story of its own, counted by the askers: the national share applied
    (
        ("в чате обманутых дольщиков нас 300, сколько из нас должны доверять полиции по идее",),
        "ru",
        TRUST_PER,
        ("300", "189"),
    ),
    (
        ("нас 400 в группе пострадавших от мошенников, скок из нас доверяет полиции 😂",),
        "ru",
        TRUST_PER,
        ("252",),
    ),
    (
        (
            "в клубе пострадавших от кражи нас 150 чел, сколько из нас по статистике "
            "доверяют полиции",
        ),
        "ru",
        TRUST_PER,
        ("150", "94"),
    ),
    (
        ("we're 300 in a group of fraud victims, how many of us should trust the police lol",),
        "en",
        TRUST_PER,
        ("300", "189"),
    ),
    (
        (
            "there are 150 of us in a burglary victims chat. how many of us are supposed to "
            "trust the police",
        ),
        "en",
        TRUST_PER,
        ("150", "94"),
    ),
    (
        ("we are 400 in a scam victims chat, how many of us trust the police 😂",),
        "en",
        TRUST_PER,
        ("252",),
    ),
    (
        ("алаяқтардан зардап шеккендер тобында 300 адамбыз, қаншамыз полицияға сенуіміз керек",),
        "kk",
        TRUST_PER,
        ("300", "189"),
    ),
    (
        ("алаяктардан зардап шеккендер тобында 300 адамбыз, каншамыз полицияга сенуимиз керек",),
        "kk",
        TRUST_PER,
        ("300", "189"),
    ),
    (
        (
            "alayaqtardan zardap shekkender tobynda 300 adambyz, qanshamyz policiyaga "
            "senuimiz kerek",
        ),
        "kk",
        TRUST_PER,
        ("300", "189"),
    ),
    # 5. the one in seven in per cent: in digits, and as a follow-up
    (("каждый 7-й коррупционер полицейский, это сколько процентов",), "ru", CORRUPTION, ("14,3",)),
    (("каждый 7й — это какой процент?",), "ru", CORRUPTION, ("14,3",)),
    (
        ("правда что каждый седьмой коррупционер — полицейский?", "а в относительных цифрах?"),
        "ru",
        CORRUPTION,
        ("14,3",),
    ),
    (
        ("every 7th corruption offender is a cop, what percent is that",),
        "en",
        CORRUPTION,
        ("14.3",),
    ),
    (("every 7th one, what % is that",), "en", CORRUPTION, ("14.3",)),
    (
        ("every seventh corruption offender is a policeman, right?", "relatively?"),
        "en",
        CORRUPTION,
        ("14.3",),
    ),
    (("әр жетінші жемқор полицей екен", "пайызға айналдыршы"), "kk", CORRUPTION, ("14,3",)),
    (("әр 7-ші жемқор полицей, бұл қанша пайыз",), "kk", CORRUPTION, ("14,3",)),
    (
        ("арбир жетинши жемкор полицей деп естидим", "оны пайызга айналдырып берши"),
        "kk",
        CORRUPTION,
        ("14,3",),
    ),
    (
        ("arbir jetinshi jemqor policei dep estidim", "ony paiyzga ainaldyryp bershi"),
        "kk",
        CORRUPTION,
        ("14,3",),
    ),
    # 6. the reports in thousands: typed fast, said of the Prosecutor's Office, the considered
    (("сколько нерасмотренных заявлений, в тысячах",), "ru", CONSIDERED, ("500", "800")),
    (
        ("сколько заявлений прокуратура оставила без рассмотрения, в тыс",),
        "ru",
        FORMALISM,
        ("500",),
    ),
    (("а сколько реально рассмотрели, в тысячах",), "ru", CONSIDERED, ("300",)),
    (("прокуратура қанша арызды қарамай қалдырған",), "kk", FORMALISM, ("500",)),
    (("прокуратура канша арызды карамай калдырган",), "kk", FORMALISM, ("500",)),
    (("нақты қаншасы қаралды, мыңмен",), "kk", CONSIDERED, ("300",)),
    (("naqty qanshasy qaraldy, mynmen",), "kk", CONSIDERED, ("300",)),
    (
        ("how many reports did the prosecutors leave unconsidered, in thousands",),
        "en",
        FORMALISM,
        ("500",),
    ),
    (("how many got reviewed in the end, in thousands?",), "en", CONSIDERED, ("300",)),
    (("so how many were looked at in the end, in thousands",), "en", CONSIDERED, ("300",)),
]

# 7. a year told in the asker's own story: the reports' answer, not "no figure for that year"
STORIES = [
    (
        "в 2022 году я подавал заявление о краже велосипеда, так и не рассмотрели. это у всех так?",
        "ru",
    ),
    (
        "мы в 2021 году писали заявление на соседа, никто не рассмотрел, часто заявления "
        "не рассматривают?",
        "ru",
    ),
    (
        "я в 2023 году писала жалобу, её не рассмотрели. много ли заявлений остаются "
        "без рассмотрения?",
        "ru",
    ),
    ("2022 жылы велосипедім ұрланды деп арыз жаздым, қаралмады. арыздар жиі қаралмай ма", "kk"),
    ("2022 жылы велосипедим урланды деп арыз жаздым, каралмады. арыздар жии каралмай ма", "kk"),
    ("2022 jyly velosipedim urlandy dep aryz jazdym, qaralmady. aryzdar jii qaralmai ma", "kk"),
    (
        "back in 2022 I reported my stolen bike and nobody looked at it. are reports often "
        "left unconsidered?",
        "en",
    ),
    ("I wrote a complaint in 2021, never reviewed. do they often ignore reports?", "en"),
    (
        "in 2023 I filed a report and it was never considered. does that happen to many reports?",
        "en",
    ),
]

# ...but a year asked of the reports still gets the no-figure
ASKED_YEARS = [
    ("сколько заявлений не рассмотрели в 2022?", "ru"),
    ("2022 жылы қанша арыз қаралмады?", "kk"),
    ("how many reports were left unconsidered in 2022?", "en"),
    ("в 2022 году я подавал заявление, сколько тогда не рассмотрели?", "ru"),
]

PARAMS = [pytest.param(*case, id=f"{n}-{case[1]}") for n, case in enumerate(CASES)]


@pytest.mark.parametrize(("turns", "language", "intent", "numbers"), PARAMS)
def test_a_count_or_share_of_the_round_is_answered(
    engine: QAEngine, turns: tuple[str, ...], language: str, intent: str, numbers: tuple[str, ...]
) -> None:
    """The class's intent, and each wanted number stated (its text shown if not)."""
    answer = chat(engine, *turns, language=language)[-1]
    assert (answer.intent, says(answer, *numbers)) == (intent, True), answer.text


@pytest.mark.parametrize(("question", "language"), STORIES)
def test_a_year_of_the_askers_story_is_not_asked(
    engine: QAEngine, question: str, language: str
) -> None:
    """The reports' own figures (500 of 800 thousand, 2025), and the story's year never stated."""
    answer = engine.answer(question, language=language)
    told = set(stated(answer)) & {"2021", "2022", "2023"}
    assert answer.intent in (FORMALISM, CONSIDERED) and says(answer, "500", "800"), answer.text
    assert not told, answer.text


@pytest.mark.parametrize(("question", "language"), ASKED_YEARS)
def test_a_year_asked_of_the_reports_has_no_figure(
    engine: QAEngine, question: str, language: str
) -> None:
    """The reports asked of a year the article does not give: no figure, no count stated."""
    answer = engine.answer(question, language=language)
    assert answer.intent == "no_figure" and not says(answer, "500"), answer.text


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("нас 200 в чате, сколько из нас курит?", "ru"),
        ("we are 30 in the office, how many of us have cars?", "en"),
    ],
)
def test_the_askers_counted_with_no_trust_asked_get_no_share(
    engine: QAEngine, question: str, language: str
) -> None:
    """The askers counted, but no trust asked: none of our shares applied to them."""
    answer = engine.answer(question, language=language)
    assert answer.intent not in (TRUST_PER, DISTRUST_PER), answer.text
