"""Questions answered in words, ninth round: villages given as the place of distrust, how trust is
measured, whether the police became a service, what the district inspectors got from the reform,
why trust was low back then, the Prosecutor's Office's part after the reasons, percentage points
explained, why so few reports are considered, what crimes police corruption is, and the
official reasons asked after a story naming one. Our own phrasings, in ru / kk / en. Each class:
the intent it gets, the words its answer must hold (one word of each tuple), and its
conversations (the last question is the one checked); no answer states a figure the data lack."""

import pytest

from bot.qa import QAEngine, intents
from tests.qa.talk import chat, class_cases, holds_one_of_each, stated

FORMALISM = "reason_formalism"
CORRUPTION = "reason_corruption"
GROWTH = "trust_growth"

# Every number these answers may state: the series, the reports, the one in seven, the article's
# date, and what is computed from them
OURS = frozenset(
    {
        "38", "63", "37", "25", "1,66", "1.66", "66", "2019", "2025", "2018", "800", "500",
        "300", "200", "62,5", "62.5", "37,5", "37.5", "1,67", "1.67", "7", "14,3", "14.3",
        "13.10", "13", "10",
    }
)  # fmt: skip

Wanted = tuple[tuple[str, ...], ...]
Asked = tuple[tuple[str, ...], str]
CLASSES: dict[str, tuple[frozenset[str], Wanted, list[Asked]]] = {
    # Villages as where people distrust or complain: rural areas lack district inspectors
    "villages_distrust": (
        frozenset({intents.PREVENTION}),
        (("сельск", "ауыл", "rural"), ("участков", "учаскелік", "inspector")),
        [
            (("отчего в деревнях люди больше жалуются на полицию?",), "ru"),
            (("почему в сёлах полиции не доверяют, все же там друг друга знают",), "ru"),
            (("почему жители аулов полиции не доверяют?",), "ru"),
            (("ауылдағы адамдар полицияға неге көбірек шағымданады?",), "kk"),
            (("ауылда полицияға неге сенбейді, бәрі бірін-бірі таниды ғой",), "kk"),
            (("ауылдагылар неге полицияга шагымданады",), "kk"),
            (("nege auylda policiyaga senbeidi",), "kk"),
            (("why do people in villages complain about the police so much?",), "en"),
            (("why don't people in rural areas trust cops",), "en"),
            (("why do village folks not trust the police? everyone knows everyone",), "en"),
        ],
    ),
    # How trust is measured: national statistics, and the sociological surveys she refers to
    "how_measured": (
        frozenset({intents.SOURCE, intents.METHOD}),
        (("социолог", "әлеуметт", "sociolog"), ("статистик", "statistic")),
        [
            (("а как вообще доверие меряют? опросами?",), "ru"),
            (("доверие измеряют опросами?",), "ru"),
            (("как измеряют доверие к полиции, через соцопросы?",), "ru"),
            (("сенімді қалай өлшейді, сауалнамамен бе?",), "kk"),
            (("сенимди калай олшейди, сауалнама ма",), "kk"),
            (("senimdi qalai olsheidi? saualnama ma?",), "kk"),
            (("how is trust even measured, polls?",), "en"),
            (("do they measure trust with a survey?",), "en"),
            (("how do they measure trust in the police? surveys?",), "en"),
        ],
    ),
    # Did the police become a service? Her question, her answer, beside 38 → 63
    "service_became": (
        frozenset({intents.ASSESSMENT}),
        (("незначительно", "шамалы", "insignificantly"), ("38",), ("63",)),
        [
            (("шутки шутками, а полиция правда стала сервисной? что пишут?",), "ru"),
            (("так полиция стала сервисной или нет?",), "ru"),
            (("полиция шын мәнінде сервистік болды ма?",), "kk"),
            (("policiya servistik boldy ma?",), "kk"),
            (("полиция сервистик болды ма, макалада не айтылган",), "kk"),
            (("jokes aside, has the police actually become service-oriented?",), "en"),
            (("so is the police a service police now or not?",), "en"),
        ],
    ),
    # What the district inspectors got from the reform: duties, pay, social package
    "inspectors_got": (
        frozenset({intents.PREVENTION}),
        (("функци", "міндет", "duties"), ("зарплат", "жалақы", "salar")),
        [
            (("что участковым досталось от реформы?",), "ru"),
            (("участковых реформировали, а что они с этого получили?",), "ru"),
            (("учаскелік полицейлер реформадан не алды?",), "kk"),
            (("uchaskelik policeiler reformadan ne aldy?",), "kk"),
            (("what did the beat cops get from the reform?",), "en"),
            (("what did district inspectors gain from the reform?",), "en"),
        ],
    ),
    # Why trust was low back then: the police was closed, opaque and punitive
    "low_back_then": (
        frozenset({intents.REFORM}),
        (("закрыт", "жабық", "closed"), ("каратель", "жазалаушы", "punitive")),
        [
            (("почему раньше полиции почти не доверяли?",), "ru"),
            (("почему люди раньше не доверяли полиции",), "ru"),
            (("бұрын полицияға неге аз сенген?",), "kk"),
            (("бурын полицияга неге сенбеди?",), "kk"),
            (("buryn policiyaga nege senbegen?",), "kk"),
            (("why did people hardly trust the cops in the past?",), "en"),
            (("why did people not trust the police before?",), "en"),
            (("why was trust so low before?",), "en"),
        ],
    ),
    # The Prosecutor's Office's part, asked after the reasons: the reports' figures it gave
    "prosecutor_part": (
        frozenset({FORMALISM}),
        (("прокурат", "prosecutor"), ("800",), ("500",)),
        [
            (("почему не доверяют полиции?", "а прокуратура тут при чём?"), "ru"),
            (
                ("почему люди не доверяют полиции", "а какое отношение к этому имеет прокуратура?"),
                "ru",
            ),
            (
                ("полицияға неге сенбейді?", "бас прокуратураның бұл жерде қандай байланысы бар"),
                "kk",
            ),
            (("полицияға неге сенбейді?", "прокуратураның мұнда қандай қатысы бар?"), "kk"),
            (("nege policiyaga senbeidi?", "prokuraturanyn buhan qandai qatysy bar?"), "kk"),
            (
                (
                    "why do people distrust the police?",
                    "and what's the prosecutor's office got to do with this?",
                ),
                "en",
            ),
        ],
    ),
    # Percentage points explained in plain words, on 38 → 63
    "points_explained": (
        frozenset({GROWTH}),
        (("пункт", "тармақ", "point"), ("38",), ("63",)),
        [
            (("объясни бабушке, что такое процентный пункт",), "ru"),
            (("что такое процентный пункт?",), "ru"),
            (("пайыздық тармақ деген не, түсіндірші",), "kk"),
            (("пайыздык пункт дегенди тусиндирип бер",), "kk"),
            (("paiyzdyq tarmaq degen ne, tusindirshi",), "kk"),
            (("explain percentage points like I'm five",), "en"),
            (("what does a percentage point mean?",), "en"),
        ],
    ),
    # Why so few reports are considered: the deputy's reason, formalism
    "few_considered": (
        frozenset({FORMALISM}),
        (("формализм", "formalism"),),
        [
            (("сколько заявлений не рассмотрели?", "а почему так мало рассматривают?"), "ru"),
            (("почему так мало заявлений рассматривают?",), "ru"),
            (("қанша арыз қаралмай қалды?", "неге сонша аз арыз қаралады?"), "kk"),
            (("qansha aryz qaralmai qaldy?", "nege sonsha az aryz qaralady?"), "kk"),
            (
                (
                    "how many reports were left without consideration?",
                    "and why do they consider so few?",
                ),
                "en",
            ),
        ],
    ),
    # What crimes police corruption is: mostly bribes and fraud
    "corruption_crimes": (
        frozenset({CORRUPTION}),
        (("взятк", "пара", "brib"), ("мошенничеств", "алаяқ", "fraud")),
        [
            (("коррупция в полиции — это в основном какие преступления?",), "ru"),
            (("какие преступления чаще всего совершают коррупционеры в полиции",), "ru"),
            (("полициядағы жемқорлық негізінен қандай қылмыс?",), "kk"),
            (("policiyadagy zhemqorlyq negizinen qandai qylmystar",), "kk"),
            (("what crimes does police corruption mostly involve?",), "en"),
            (("what kind of crimes is corruption in the police, mainly?",), "en"),
        ],
    ),
    # The official reasons asked after a story naming one: the three, corruption first
    "official_reasons": (
        frozenset({intents.REASONS}),
        (("коррупц", "жемқор", "corruption"), ("формализм", "formalism")),
        [
            (
                (
                    "торгую на рынке в Таразе, участкового не видела года два, все говорят что "
                    "полиция только деньги берёт. а официально почему полиции не доверяют?",
                ),
                "ru",
            ),
            (
                (
                    "базарда сауда жасаймын, учаскелікті көрмеймін, бәрі полиция пара алады "
                    "дейді. ресми түрде полицияға неге сенбейді?",
                ),
                "kk",
            ),
            (
                (
                    "Shymkentte bazarda turam, uchaskelik kelmeidi, bari policiya aqsha alady "
                    "deidi, resmi turde nege senbeidi?",
                ),
                "kk",
            ),
            (
                (
                    "базарда туремин, учаскелик келмейди, бари акша алады дейди, ресми турде "
                    "неге сенбейди",
                ),
                "kk",
            ),
            (
                (
                    "I run a stall in Almaty, never see our beat officer, everyone says cops "
                    "just take cash. officially, why don't people trust the police?",
                ),
                "en",
            ),
        ],
    ),
}


@pytest.mark.parametrize(("kind", "asked", "language"), class_cases(CLASSES))
def test_each_class_is_answered_in_its_words(
    engine: QAEngine, kind: str, asked: tuple[str, ...], language: str
) -> None:
    """The class's intent, one word of each wanted tuple in the answer's text, and no number
    the data do not hold."""
    intents_wanted, words_wanted, _ = CLASSES[kind]
    last = chat(engine, *asked, language=language)[-1]
    assert last.intent in intents_wanted and holds_one_of_each(last, words_wanted), last.text
    assert set(stated(last)) <= OURS, last.text


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("what is trust in villages, %?", "en"),
        ("сколько процентов в сёлах доверяют полиции?", "ru"),
        ("ауылда полицияға неше пайыз сенеді?", "kk"),
        ("why is trust lower in villages, what %?", "en"),
    ],
)
def test_a_village_figure_asked_stays_a_no_figure(
    engine: QAEngine, question: str, language: str
) -> None:
    """Trust in villages asked as a figure: the no-figure answer, no number stated."""
    answer = chat(engine, question, language=language)[-1]
    assert answer.intent == intents.NO_FIGURE
    assert not stated(answer)
