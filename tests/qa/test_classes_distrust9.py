"""Distrust in 2019, its change and the gaps in points, seventh round (`bot/qa/understand.py`,
`bot/qa/frame.py`, `bot/qa/arithmetic.py`): distrust asked of 2019 (the rest of its 38 %, 62),
how distrust changed (62 → 37, 25 points), those who trust set against those who do not (26
points), the gap between the first and the latest reading (25 points), a year said in words in a
story, "nobody trusted back then, has it changed?" from askers who came back, and a report for an
akimat. Our own phrasings, in ru / kk / en. Each class: the intents it may get, the numbers its
answer must state and those it must not, and its conversations (the last question is checked)."""

import pytest

from bot.qa import Answer, QAEngine, intents
from bot.qa.plain import plain_text
from tests.qa.talk import chat, says, stated

DISTRUST = "distrust"
DISTRUST_CHANGE = "distrust_change"
TRUST_GROWTH = "trust_growth"

Asked = tuple[tuple[str, ...], str]
CLASSES: dict[str, tuple[frozenset[str], tuple[str, ...], tuple[str, ...], list[Asked]]] = {
    # Distrust in 2019, asked directly or after its trust level: 62 % (100 - 38), not 2025's 37
    "distrust_2019": (
        frozenset({DISTRUST}),
        ("62",),
        ("37",),
        [
            (("сколько доверяли полиции в 2019?", "а недоверие тогда какое было?"), "ru"),
            (("недоверие к полиции в 2019 году было 62%? я правильно считаю?",), "ru"),
            (("при первом замере какая доля не доверяла полиции?",), "ru"),
            (("2019 жылы полицияға сенім қанша болды?", "ал сенбейтіндер сол кезде қанша?"), "kk"),
            (("what was trust in 2019?", "and the distrust back then?"), "en"),
            (("what share did not trust the police in the first year of measurement?",), "en"),
            (("taking 100 minus the 2019 level, what was the non-trust share in 2019?",), "en"),
        ],
    ),
    # How distrust changed from 2019 to 2025: 62 → 37, down 25 points
    "distrust_changed": (
        frozenset({DISTRUST_CHANGE}),
        ("62", "37", "25"),
        ("26",),
        [
            (
                (
                    "как изменилось недоверие к полиции с 2019 по 2025? "
                    "сколько было и сколько стало",
                ),
                "ru",
            ),
            (("недоверие было 62, стало 37 — на сколько пунктов оно упало?",), "ru"),
            (
                ("в 2019 сколько не доверяли полиции?", "а на сколько меньше стало недоверяющих?"),
                "ru",
            ),
            (("how has distrust in the police changed between 2019 and 2025?",), "en"),
            (("distrust went from 62 to 37, how many points is the difference?",), "en"),
        ],
    ),
    # Those who trust against those who do not, now: 63 against 37, a gap of 26 points
    "trusting_against_not": (
        frozenset({intents.TRUST_SPLIT}),
        ("63", "37", "26"),
        ("25",),
        [
            (("are there more people who trust the cops or who don't? by how much?",), "en"),
            (
                ("how much larger is the group that trusts than the group that doesn't, today?",),
                "en",
            ),
            (
                ("кого больше — тех, кто доверяет полиции, или тех, кто не доверяет? на сколько?",),
                "ru",
            ),
        ],
    ),
    # The gap between the first and the latest reading, in other words: 25 points
    "readings_gap": (
        frozenset({TRUST_GROWTH}),
        ("25",),
        ("26",),
        [
            (
                (
                    "what is the absolute difference between the first and the latest "
                    "trust reading?",
                ),
                "en",
            ),
            (
                (
                    "какой был первый замер доверия?",
                    "а последний?",
                    "какая разница между ними в пунктах?",
                ),
                "ru",
            ),
            (
                (
                    "what did the first measurement show?",
                    "and the latest?",
                    "the gap between them in points?",
                ),
                "en",
            ),
            (("проверяю себя: 63 минус 38 будет 25 п.п., верно?",), "ru"),
            (("checking myself: 63 minus 38 makes 25 points, right?",), "en"),
        ],
    ),
    # How much lower in 2019 than now, a year said in words in a story: 38, 25 points less
    "lower_in_a_story": (
        frozenset({TRUST_GROWTH}),
        ("38", "25"),
        (),
        [
            (
                (
                    "бабушка уверяет что в девятнадцатом году доверие к полиции было ниже а "
                    "насколько ниже было подскажите",
                ),
                "ru",
            ),
            (
                (
                    "my uncle says trust in the police was much lower a few years ago, back in "
                    "2019, how much lower than now?",
                ),
                "en",
            ),
            (
                ("сосед говорит в девятнадцатом году полиции верили меньше, на сколько меньше?",),
                "ru",
            ),
        ],
    ),
    # "Nobody trusted the police when I left; has it changed?": the level then and now, 38 → 63
    "back_home": (
        frozenset({TRUST_GROWTH}),
        ("38", "63"),
        (),
        [
            (
                (
                    "Вернулся из Стамбула, не был дома шесть лет. Когда уезжал, полиции никто не "
                    "доверял. Что-то изменилось? Цифры, пожалуйста",
                ),
                "ru",
            ),
            (
                (
                    "Just came back to Kazakhstan after 6 years in London. When I left nobody "
                    "trusted the police. Is it any different now? With numbers please",
                ),
                "en",
            ),
            (("Жаңалықтан 63% сенеді деп естідім. Бұрын қанша еді?",), "kk"),
        ],
    ),
    # The first and the latest figures for a report to an akimat: 38 and 63, not out of scope
    "report_for_akimat": (
        frozenset({TRUST_GROWTH, "summary"}),
        ("38", "63"),
        (),
        [
            (
                (
                    "Аудандық әкімдікке ақпарат дайындаймын. "
                    "Алғашқы және соңғы өлшемнің цифрлары керек.",
                ),
                "kk",
            ),
            (
                (
                    "Готовлю справку для городского акимата. "
                    "Нужны цифры первого и последнего замера.",
                ),
                "ru",
            ),
            (
                (
                    "Preparing a report for the akimat: the figures of the first and the latest "
                    "measurement, please.",
                ),
                "en",
            ),
        ],
    ),
}


def fits(answer: Answer, kind: str) -> bool:
    """The class's intent, its numbers stated, and none of the numbers of a wrong reading."""
    wanted_intents, wanted, unwanted, _ = CLASSES[kind]
    wrong = set(unwanted) & set(stated(answer))
    return answer.intent in wanted_intents and says(answer, *wanted) and not wrong


@pytest.mark.parametrize(
    ("kind", "asked", "language"),
    [
        pytest.param(kind, asked, language, id=f"{kind}-{language}-{n}")
        for kind, (*_, phrasings) in CLASSES.items()
        for n, (asked, language) in enumerate(phrasings)
    ],
)
def test_a_question_gets_its_class_answer(
    engine: QAEngine, kind: str, asked: tuple[str, ...], language: str
) -> None:
    answer = chat(engine, *asked, language=language)[-1]
    assert fits(answer, kind), f"{answer.intent}: {plain_text(answer.text)}"


def test_a_year_said_short_is_no_count_of_years_back(engine: QAEngine) -> None:
    """«Раньше в 19 году» is 2019, not nineteen years before the latest measurement."""
    answer = chat(engine, "а раньше, в 19 году, сколько доверяли полиции?", language="ru")[-1]
    assert answer.intent in {"trust_year", TRUST_GROWTH}
    assert says(answer, "38")
