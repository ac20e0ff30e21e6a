"""Distrust's change, start and now, and sums checked, ninth round (`bot/qa/understand.py`,
`bot/qa/frame.py`, `bot/qa/engine.py`): how distrust fell (62 → 37, 25 points), distrust now
set against 2019 as a follow-up, distrust of 2019 asked in Kazakh, those who trust against those
who do not as a ratio now, the asker's own sum checked, a wrong figure heard and the real one
asked, "you said 63, compared to what?", the ratio to 2019 in Kazakh, the start and now asked
with a reason for asking, "how much more now?", "and the percent?" after the first measurement,
both sides in Latin Kazakh, and the parts of the 37 % added up or asked apart. Our own phrasings,
in ru / kk / en. Each class: the intents it may get, the numbers its answer must state and those
it must not, and its conversations (the last question is checked)."""

import pytest

from bot.qa import Answer, QAEngine, intents
from bot.qa.plain import plain_text
from tests.qa.talk import chat, class_cases, says, stated

DISTRUST = "distrust"
DISTRUST_CHANGE = "distrust_change"
TRUST_GROWTH = "trust_growth"
TRUST_FIRST = "trust_first"
TRUST_YEAR = "trust_year"
NO_FIGURE = "no_figure"

Asked = tuple[tuple[str, ...], str]
CLASSES: dict[str, tuple[frozenset[str], tuple[str, ...], tuple[str, ...], list[Asked]]] = {
    # How distrust fell since 2019: 62 → 37, 25 points (not the split's 63 / 37, not its 26)
    "distrust_fell": (
        frozenset({DISTRUST_CHANGE}),
        ("62", "37", "25"),
        ("26", "63"),
        [
            (("на сколько просело недоверие к полиции с 2019 года",), "ru"),
            (("не доверяли 62, теперь 37, разница какая?",), "ru"),
            (("недоверие просело с 2019-го? насколько?",), "ru"),
            (("сенбейтіндер 62 еді, 37 болды ма, айырмасы қанша?",), "kk"),
            (("сенбеушілік 62-ден 37-ге түсті ме? айырмасы қанша",), "kk"),
            (("сенбеушилик 62 еди 37 болды ма айырмасы канша",), "kk"),
            (("senbeitinder 62 edi 37 boldy, aiyrmasy qansha?",), "kk"),
            (("distrust went 62 to 37, what is the gap?",), "en"),
            (("distrust was 62 and is 37 now, what's the difference",), "en"),
            (("how far has distrust dropped since 2019?",), "en"),
        ],
    ),
    # Distrust now set against 2019, as a follow-up: less, 37 against 62
    "distrust_against_2019": (
        frozenset({DISTRUST_CHANGE}),
        ("62", "37"),
        ("63",),
        [
            (
                ("сколько людей сейчас не доверяют полиции?", "это больше или меньше, чем в 2019?"),
                "ru",
            ),
            (("а сколько не доверяют?", "это меньше, чем раньше?"), "ru"),
            (("полиции сейчас не доверяют сколько?", "а по сравнению с 2019?"), "ru"),
            (
                ("қазір полицияға неше пайыз сенбейді?", "2019-бен салыстырғанда көп пе, аз ба?"),
                "kk",
            ),
            (
                (
                    "kazir kansha adam policiyaga senbeidi?",
                    "bul 2019 ben salystyrganda kop pe az ba?",
                ),
                "kk",
            ),
            (("казир канша адам сенбейди?", "2019 бен салыстырганда коп пе аз ба"), "kk"),
            (("what share doesn't trust the police now?", "more or less than in 2019?"), "en"),
            (("how many don't trust the police today?", "and is that less than 2019?"), "en"),
            (("how many people do not trust the police now?", "is it less than in 2019?"), "en"),
        ],
    ),
    # Distrust of 2019 asked in Kazakh: the rest of its 38 %, 62 (not today's 37)
    "distrust_2019_kk": (
        frozenset({DISTRUST}),
        ("62",),
        ("37",),
        [
            (("2019 жылы қанша пайызы сенбеген еді?",), "kk"),
            (("2019 жылы канша пайызы сенбеген еди",), "kk"),
            (("2019 jyly neshe paiyzy senbegen",), "kk"),
            (("2019 жылы полицияға неше пайызы сенбеген",), "kk"),
        ],
    ),
    # Those who trust against those who do not as a ratio now: 63 / 37 ≈ 1.7, not the ×1.66 growth
    "ratio_of_sides_now": (
        frozenset({intents.TRUST_SPLIT}),
        ("63", "37", "1.7"),
        ("1.66", "38"),
        [
            (("сейчас доверяющих во сколько раз больше, чем тех, кто нет?",), "ru"),
            (("во сколько раз сейчас больше доверяющих, чем тех кто нет",), "ru"),
            (("во сколько раз доверяющих больше чем недоверяющих сейчас",), "ru"),
            (("қазір сенетіндер сенбейтіндерден неше есе көп?",), "kk"),
            (("казир сенетиндер сенбейтиндерден неше есе коп",), "kk"),
            (("kazir senetinder senbeitinderden neshe ese kop",), "kk"),
            (("right now how many times more people trust than don't?",), "en"),
            (("how many times more trusters than non-trusters today",), "en"),
            (
                (
                    "today, how many times bigger is the group that trusts than the one that "
                    "doesn't",
                ),
                "en",
            ),
        ],
    ),
    # The asker's own subtraction checked: yes, 25, in percentage points
    "sum_checked": (
        frozenset({TRUST_GROWTH}),
        ("38", "63", "25"),
        (),
        [
            (("63 - 38 = 25, верно считаю?",), "ru"),
            (("63-38=25%? я правильно посчитала?",), "ru"),
            (("63-38 = 25%? дұрыс есептедім бе?",), "kk"),
            (("63 минус 38 25 пайыз, дурыс па?",), "kk"),
            (("63-38 = 25%? durys eseptedim be?",), "kk"),
            (("63-38=25%, did I get that right?",), "en"),
            (("63 - 38 = 25 %, is my maths right?",), "en"),
        ],
    ),
    # A wrong figure heard, the real one of a year asked: 38 in 2019, the 28 never confirmed
    "heard_wrong": (
        frozenset({TRUST_YEAR, TRUST_FIRST}),
        ("38",),
        ("28", "25", "20"),
        [
            (("Соседка уверяет, что раньше было 28%. А сколько было в 2019 на самом деле?",), "ru"),
            (("сосед говорит раньше доверие было 25%. а сколько в 2019 было на деле?",), "ru"),
            (("Көршім бұрын 28% болған дейді. 2019 жылы шын мәнінде қанша еді?",), "kk"),
            (("korshim buryn 28% bolgan deidi. 2019 jyly shyn maninde kansha edi?",), "kk"),
            (("коршим бурын 28% болган дейди. 2019 жылы шын манинде канша еди?",), "kk"),
            (("my neighbour says it used to be 28%. what was it in 2019 really?",), "en"),
            (("my uncle insists it used to be 20 percent. what was the real 2019 figure?",), "en"),
        ],
    ),
    # "You said 63, compared to what? What was it at the start?": the first measurement, 38
    "said_63_against_what": (
        frozenset({TRUST_FIRST, TRUST_GROWTH}),
        ("38",),
        (),
        [
            (("you said 63, compared to what? what was it at the start",), "en"),
            (("ты сказал 63, а по сравнению с чем? сколько было в начале",), "ru"),
            (("63 дедің, неменен салыстырғанда? басында қанша болды",), "kk"),
            (("63 dedin, nemenen salystyrganda? basynda kansha boldy",), "kk"),
            (("63 деп айттың, салыстырғанда ше? басында неше еді",), "kk"),
        ],
    ),
    # The ratio to 2019 asked in Kazakh: ×1.66
    "ratio_to_2019_kk": (
        frozenset({TRUST_GROWTH}),
        ("1.66",),
        (),
        [
            (("2019 бен салыстырсақ неше есе",), "kk"),
            (("полицияға қанша адам сенеді?", "2019 бен салыстырсақ неше есе"), "kk"),
            (("2019 мен салыстырганда неше есе ости",), "kk"),
        ],
    ),
    # The start and now together, with a reason for asking: 38 and 63, not out of scope
    "start_and_now": (
        frozenset({TRUST_GROWTH, TRUST_FIRST}),
        ("38", "63"),
        (),
        [
            (
                (
                    "мен бұрын математика мұғалімі болғанмын, басындағы және қазіргі пайызды "
                    "айтшы өзім есептеймін",
                ),
                "kk",
            ),
            (("басындағы және қазіргі пайызды айтшы",), "kk"),
            (("бұрын неше пайыз еді, қазір неше?",), "kk"),
            (("buryn kansha edi kazir kansha",), "kk"),
            (("прокуратураға шағымға керек, басында қанша болды қазір қанша",), "kk"),
            (("сколько было раньше и сколько сейчас?",), "ru"),
            (("для жалобы в прокуратуру: сколько было в начале замеров и сейчас?",), "ru"),
            (
                (
                    "retired maths teacher here. the first and the latest percent please, "
                    "I'll work it out myself",
                ),
                "en",
            ),
            (("give me the start and end percentages and I'll do the sums myself",), "en"),
            (("how much before and how much now?",), "en"),
            (("at the start and now, please, it's for a complaint to the prosecutor",), "en"),
        ],
    ),
    # "How much more do people trust them now?", said simply: the growth, 25 points
    "how_much_more_now": (
        frozenset({TRUST_GROWTH}),
        ("25",),
        (),
        [
            (("how much more do people trust the police now, in simple words",), "en"),
            (("in plain words please: how much more do folks trust the cops now?",), "en"),
            (("объясните попроще, насколько больше доверяют полиции сейчас?",), "ru"),
            (("қарапайым тілмен айтыңызшы, қазір полицияға қаншалықты көбірек сенеді?",), "kk"),
            (("kazir policiyaga kanshalykty kobirek senedi? karapaiym tilmen",), "kk"),
        ],
    ),
    # "And what was the percent?" after when the first measurement was: its 38
    "percent_of_first": (
        frozenset({TRUST_FIRST}),
        ("38",),
        ("25",),
        [
            (("когда был первый замер?", "а процент какой?"), "ru"),
            (("первый замер в каком году?", "и какой был процент"), "ru"),
            (("алғашқы өлшем қашан болды?", "ал пайызы қандай еді?"), "kk"),
            (("алгашкы олшем кашан болды", "пайызы кандай еди"), "kk"),
            (("algashky olshem kashan boldy", "paiyzy kansha edi"), "kk"),
            (("when was the first measurement?", "and what was the percentage?"), "en"),
        ],
    ),
    # Both sides asked in Latin (and Cyrillic) Kazakh: 63 and 37
    "both_sides_kk": (
        frozenset({intents.TRUST_SPLIT}),
        ("63", "37"),
        (),
        [
            (("sengender men senbeitinder qansha, ekeuin de aityp bershi",), "kk"),
            (("сенгендер мен сенбегендер қанша",), "kk"),
            (("сенгендер мен сенбейтіндер неше пайыз, екеуін де айтшы",), "kk"),
            (("sengender men senbegender qansha",), "kk"),
        ],
    ),
    # The partly-trusting plus the not-trusting counted together: 37, both at once
    "parts_added_up": (
        frozenset({DISTRUST}),
        ("37",),
        (),
        [
            (("overall how many dont trust, partly plus not at all",), "en"),
            (("partly plus not at all combined, what percent is that",), "en"),
            (("сколько всего не доверяют, частично плюс совсем",), "ru"),
            (("ішінара плюс мүлде сенбейтіндер барлығы қанша?",), "kk"),
            (("ishinara plus mulde senbeitinder kansha",), "kk"),
        ],
    ),
}

# Those who do not trust AT ALL, exactly: no figure of their own, said in words, not the 37
NOT_AT_ALL: list[Asked] = [
    (("мүлдем сенбейтіндер нақты неше пайыз",), "kk"),
    (("мулдем сенбейтиндер накты неше пайыз",), "kk"),
    (("muldem senbeitinder nakty neshe paiyz",), "kk"),
    (("полицияға мүлде сенбейтіндер нақты қанша?",), "kk"),
    (("сколько точно совсем не доверяют полиции",), "ru"),
    (("exactly how many do not trust the police at all?",), "en"),
]


def fits(answer: Answer, kind: str) -> bool:
    """The class's intent, its numbers stated (a decimal comma read as a point), and none of
    the numbers of a wrong reading."""
    wanted_intents, wanted, unwanted, _ = CLASSES[kind]
    wrong = set(unwanted) & {n.replace(",", ".") for n in stated(answer)}
    return answer.intent in wanted_intents and says(answer, *wanted) and not wrong


@pytest.mark.parametrize(("kind", "asked", "language"), class_cases(CLASSES))
def test_a_question_of_the_round_gets_its_class_answer(
    engine: QAEngine, kind: str, asked: tuple[str, ...], language: str
) -> None:
    answer = chat(engine, *asked, language=language)[-1]
    assert fits(answer, kind), f"{answer.intent}: {plain_text(answer.text)}"


@pytest.mark.parametrize(
    ("asked", "language"),
    [
        pytest.param(asked, language, id=f"{language}-{n}")
        for n, (asked, language) in enumerate(NOT_AT_ALL)
    ],
)
def test_not_at_all_alone_has_no_figure(
    engine: QAEngine, asked: tuple[str, ...], language: str
) -> None:
    answer = chat(engine, *asked, language=language)[-1]
    assert answer.intent == NO_FIGURE, plain_text(answer.text)
    assert not stated(answer), plain_text(answer.text)
