"""A returnee's plain question, a foreign emergency number, and whether 63 % is good news
(`bot/qa/frame.py`, `bot/qa/in_words.py`, `bot/qa/understand.py`). Our own phrasings, in ru / kk
(also without its letters) / en. Each class: the intent it gets, the numbers its answer must
state, and its conversations (the last question is the one checked)."""

import pytest

from bot.qa import QAEngine, intents
from tests.qa.talk import chat, says, stated

TRUST_NOW = "trust_current"

Asked = tuple[tuple[str, ...], str]
CLASSES: dict[str, tuple[str, tuple[str, ...], list[Asked]]] = {
    # "I came back from abroad last year, what is trust now?": the asker's return is background
    "returnee": (
        TRUST_NOW,
        ("63",),
        [
            (("I returned from abroad last year, what is trust now?",), "en"),
            (("Came back from overseas last year - what's the trust now?",), "en"),
            (("I came back from Germany last year, what is trust now?",), "en"),
            (("Вернулась из-за границы в прошлом году, какое сейчас доверие к полиции?",), "ru"),
            (("шетелден былтыр оралдым, қазір сенім қандай?",), "kk"),
            (("shetelden byltyr oraldym, qazir senim qandai?",), "kk"),
            (("Германиядан былтыр оралдым, қазір сенім қандай?",), "kk"),
        ],
    ),
    # "Does 911 work here like in the States?": our numbers, 102 and 112
    "foreign_number": (
        intents.EMERGENCY_NUMBERS,
        ("102", "112"),
        [
            (("will 911 work here?",), "en"),
            (("can I dial 999 here like in the UK?",), "en"),
            (("911 в Казахстане работает, как в Америке?",), "ru"),
            (("а 999 здесь сработает?",), "ru"),
            (("999 мұнда жұмыс істей ме?",), "kk"),
            (("911 Қазақстанда істей ме?",), "kk"),
        ],
    ),
    # "Why is 63 % no reason to rejoice?": the split, with her "insignificantly" and the reasons
    "no_cheer": (
        intents.TRUST_SPLIT,
        ("63", "37"),
        [
            (("63% доверия — почему это не повод для гордости?",), "ru"),
            (("почему 63 процента нечем гордиться?",), "ru"),
            (("why is 63% trust not a reason to celebrate?",), "en"),
            (("so 63% trust in police - no reason to rejoice?",), "en"),
            (("полицияға 63% сенім неге мақтанарлық емес?",), "kk"),
            (("63 пайыз сенім — қуанатын жағдай емес пе?",), "kk"),
        ],
    ),
}
CASES = [(kind, asked, lang) for kind, (_, _, talks) in CLASSES.items() for asked, lang in talks]


@pytest.mark.parametrize(("kind", "asked", "language"), CASES)
def test_a_conversation_gets_its_class_answer(
    engine: QAEngine, kind: str, asked: tuple[str, ...], language: str
) -> None:
    """The class's intent, and the numbers it must state."""
    wanted_intent, numbers, _ = CLASSES[kind]
    answer = chat(engine, *asked, language=language)[-1]
    assert answer.intent == wanted_intent and says(answer, *numbers), answer.text


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("I came back from abroad last year, what is trust now?", "en"),
        ("я в прошлом году вернулся из-за границы, какое сейчас доверие?", "ru"),
        ("былтыр шетелден қайтып келдім, қазір сенім қанша?", "kk"),
    ],
)
def test_the_year_of_the_return_is_no_year_asked(
    engine: QAEngine, question: str, language: str
) -> None:
    """Last year is when the asker came back: the latest level, no figure of 2024 or 2019."""
    answer = chat(engine, question, language=language)[-1]
    assert answer.intent == TRUST_NOW
    assert "2024" not in stated(answer) and "38" not in stated(answer)


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("63% это много или мало?", "ru"),
        ("is 63% good or bad?", "en"),
        ("63% көп пе, аз ба?", "kk"),
    ],
)
def test_a_level_judged_keeps_her_assessment(
    engine: QAEngine, question: str, language: str
) -> None:
    """ "Is 63 % a lot or a little?" keeps her assessment with the figures."""
    assert chat(engine, question, language=language)[-1].intent == intents.ASSESSMENT
