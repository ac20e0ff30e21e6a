"""Counts and shares of the seventh round, tested with phrasings of our own: the one in seven
converted to per cent for something the asker makes; the one in seven of the offenders
confirmed, and told of the police (no figure); trust out of every thousand, hundred or ten
people; pupils' parents counted in Kazakh with a share asked; the reports left unconsidered
set against those considered; the share of the 800 thousand left unconsidered; and the
deputy's "almost" asked back after the growth."""

import pytest

from bot.qa import QAEngine
from tests.qa.talk import chat, says, stated

CORRUPTION = "corruption_share"

# (the turns, their language, the last answer's intent, what it must say)
CASES = [
    # 1. one in seven converted to per cent: of the corruption offenders
    (("Для инфографики: «один из семи» — сколько это в процентах?",), "ru", CORRUPTION, ("14,3",)),
    (("1 из 7 переведите в проценты, готовлю слайд",), "ru", CORRUPTION, ("14,3",)),
    (("Инфографикаға керек: 7-ден 1 пайызбен қанша болады?",), "kk", CORRUPTION, ("14,3",)),
    (
        ("I'm making an infographic: what is one in seven as a percent?",),
        "en",
        CORRUPTION,
        ("14.3",),
    ),
    (("please convert 1 in 7 into a percentage",), "en", CORRUPTION, ("14.3",)),
    # 2. every seventh of the offenders a police officer, confirmed as about 14 %
    (("из коррупционеров каждый седьмой полицейский, то есть 14%?",), "ru", CORRUPTION, ("14,3",)),
    (
        ("every seventh cop out of all corruption offenders, that's about 14%, right?",),
        "en",
        CORRUPTION,
        ("14.3",),
    ),
    (
        ("жемқорлардың әрбір жетіншісі полицей, бұл шамамен 14% ма?",),
        "kk",
        CORRUPTION,
        ("14,3",),
    ),
    # 3. trust out of every thousand, hundred or ten people
    (
        ("Скажу в речи: «из каждой тысячи человек полиции доверяют …» — какое число подставить?",),
        "ru",
        "trust_per",
        ("630",),
    ),
    (("на каждую сотню людей сколько доверяют полиции?",), "ru", "trust_per", ("63",)),
    (
        ("for my talk: 'out of every 1000 people, ___ trust the police' - what number?",),
        "en",
        "trust_per",
        ("630",),
    ),
    (("out of every ten people how many trust the police?",), "en", "trust_per", ("6",)),
    (
        ("Сахнадан айтамын: «әр мың адамның ... полицияға сенеді». Қандай сан қою керек?",),
        "kk",
        "trust_per",
        ("630",),
    ),
    # 4. pupils' parents counted in Kazakh, a share asked of them
    (
        ("Сыныбымызда 25 оқушы. Республикалық үлеспен нешеуі полицияға сенбейді?",),
        "kk",
        "distrust_per",
        ("25", "9"),
    ),
    (
        ("Сыныпта 28 оқушы, әр отбасынан бір ата-ана. Нешеуі толық не ішінара сенбейді?",),
        "kk",
        "distrust_per",
        ("28", "10"),
    ),
    (
        (
            "Біздің сыныпта 32 оқушы, әрқайсысынан бір ата-ана келеді. Ел бойынша үлеспен "
            "ата-аналардың нешеуі полицияға сенеді?",
        ),
        "kk",
        "trust_per",
        ("32", "20"),
    ),
    # 5. the reports left unconsidered set against those considered
    (
        ("Қаралмаған хабарламалар қаралғандардан көбірек пе? Қанша мыңға?",),
        "kk",
        "reports_considered",
        ("300", "200"),
    ),
    (
        ("Did more reports go unreviewed than reviewed? by how much?",),
        "en",
        "reports_considered",
        ("300", "200"),
    ),
    (
        ("Рассмотренных меньше, чем нерассмотренных? На сколько тысяч?",),
        "ru",
        "reports_considered",
        ("300", "200"),
    ),
    # 6. the share of the 800 thousand left unconsidered
    (("800 мыңның қанша пайызы қаралмай қалды?",), "kk", "reason_formalism", ("62,5",)),
    (("800 мыңнан нешесі қаралмаған, пайызбен?",), "kk", "reason_formalism", ("62,5",)),
    (("из 800 тысяч какой процент так и не рассмотрели?",), "ru", "reason_formalism", ("62,5",)),
    # ...but applied to a count of reports, it is that count's part
    (("500k of 800k left unconsidered, so how many per 1000?",), "en", "reports_per", ("625",)),
    # 7. the deputy's "almost" asked back after the growth
    (
        ("Сенім екі есеге жуық өсті ме?", "жуық деген нақты қанша?"),
        "kk",
        "trust_growth",
        ("1,66",),
    ),
    (
        ("trust almost doubled, right?", 'how much is "almost", exactly?'),
        "en",
        "trust_growth",
        ("1.66",),
    ),
    (
        ("Доверие выросло почти в два раза?", "а «почти» — это сколько точно?"),
        "ru",
        "trust_growth",
        ("1,66",),
    ),
]


PARAMS = [pytest.param(*case, id=f"{n}-{case[1]}") for n, case in enumerate(CASES)]


@pytest.mark.parametrize(("turns", "language", "intent", "numbers"), PARAMS)
def test_a_count_or_share_of_the_round_is_answered(
    engine: QAEngine, turns: tuple[str, ...], language: str, intent: str, numbers: tuple[str, ...]
) -> None:
    """The class's intent, and each wanted number stated (its text shown if not)."""
    answer = chat(engine, *turns, language=language)[-1]
    assert (answer.intent, says(answer, *numbers)) == (intent, True), answer.text


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("каждый седьмой полицейский — коррупционер?", "ru"),
        ("every seventh police officer is corrupt?", "en"),
        ("әр жетінші полицей жемқор ма?", "kk"),
    ],
)
def test_every_seventh_officer_told_corrupt_gets_no_figure(
    engine: QAEngine, question: str, language: str
) -> None:
    """Every seventh *officer* corrupt is no figure of ours: no share of the police stated."""
    answer = engine.answer(question, language=language)
    shares = {n.replace(",", ".") for n in stated(answer)}
    assert answer.intent == "corruption_officers" and "14.3" not in shares, answer.text


def test_almost_asked_of_the_level_is_no_growth(engine: QAEngine) -> None:
    """ "Almost half don't trust?" after the growth asks the level's rest, not the change."""
    answer = chat(engine, "Доверие выросло почти в два раза?", "а почти половина не доверяет?")[-1]
    assert answer.intent != "trust_growth"
