"""Conversation classes, ninth round: acknowledgements said in other words, a minister guessed
as the speaker, where the bot knows it from, the whole article asked, Denis Ten asked in Kazakh,
and whether the deputy calls the growth big. Our own phrasings, in ru /
kk (also without its letters and in Latin) / en. Each class: the intent it gets, the words its
answer must hold (one word of each tuple), the numbers it must state, and its conversations (the
last question is the one checked)."""

import pytest

from bot.qa import QAEngine, intents
from bot.qa.plain import plain_text
from tests.qa.talk import chat, class_cases, says, stated

SUMMARY = "summary"
REPORTS_SOURCE = {
    "ru": "откуда цифра про 500 тысяч?",
    "kk": "500 мың туралы дерек қайдан?",
    "en": "where is the 500k figure from?",
}
TWO_YEARS = {
    "ru": "сколько доверяли в 2019 и сейчас?",
    "kk": "2019 жылы және қазір қанша сенді?",
    "en": "how much trust in 2019 and now?",
}

# The series' figures, what they give computed, the reform's year and the article's date
FIGURES = {"2018", "2019", "2025", "13.10", "13", "38", "63", "37", "25", "1.66", "1,66", "66"}
FIGURES |= {"7", "14.3", "14,3", "800", "500", "62.5", "62,5"}

Wanted = tuple[tuple[str, ...], ...]
Asked = tuple[tuple[str, ...], str]
Expected = tuple[Wanted, tuple[str, ...]]  # one word of each tuple; the numbers stated
CLASSES: dict[str, tuple[str, Expected, list[Asked]]] = {
    # Thanks with praise told, "much obliged", written down, "lol ok", «саулықта бол», "that
    # figures": a short friendly reply
    "ack": (
        intents.ACK,
        ((), ()),
        [
            (("спасибо, сын говорит что ты полезный",), "ru"),
            (("спасибо, дочка сказала что ты умница",), "ru"),
            (("лол ок",), "ru"),
            (("ок, записал",), "ru"),
            ((REPORTS_SOURCE["ru"], "спасибо, теперь хоть есть что сказать соседям"), "ru"),
            (("саулықта бол",), "kk"),
            (("саулыкта бол, бауырым",), "kk"),
            (("saulyqta bol",), "kk"),
            (("жарайды, жазып алдым",), "kk"),
            (("who is Imasheva?", "Much obliged for all the explanations."), "en"),
            (("much obliged, bot",), "en"),
            (("ok, I've written it down",), "en"),
            (("great, jotted it down",), "en"),
            (("that figures. ok",), "en"),
            (("yeah figures, thanks",), "en"),
        ],
    ),
    # "Did a minister say this?": a deputy, not a minister
    "minister": (
        intents.DEPUTY,
        ((("депутат", "deputy"), ("министр", "minister")), ()),
        [
            (("это министр сказал?",), "ru"),
            (("это всё какой-то министр рассказал?",), "ru"),
            (("кто это говорил, министр?",), "ru"),
            (("бұны министр айтты ма?",), "kk"),
            (("мұны министр айтқан ба",), "kk"),
            (("muny ministr aitty ma",), "kk"),
            (("was it a minister who said all this?",), "en"),
            (("a minister told you this?",), "en"),
            (("did some minister say it?",), "en"),
        ],
    ),
    # Where the bot knows it from: the source; the newspaper typed with "э": Kursiv
    "where_from": (
        intents.SOURCE,
        ((("курсив", "kursiv"),), ()),
        [
            (("бот, откуда ты всё это знаешь?",), "ru"),
            (("сен мұның бәрін қайдан білесің, бот?",), "kk"),
            (("бот сен мунын барин кайдан билесин",), "kk"),
            (("sen munyn barin qaidan bilesin",), "kk"),
            (("bul maglumattardy qaidan aldyn bot",), "kk"),
            (("осы мағлұматты қайдан алдың бот",), "kk"),
            (("bot, where do you even know all this from?",), "en"),
            (("where do you know that from?",), "en"),
            (("where did you get all this, bot",), "en"),
        ],
    ),
    "newspaper": (
        intents.PUBLICATION,
        ((("курсив",),), ("13.10", "2025")),
        [
            (("а в какой газэте это напечатали?",), "ru"),
            (("бот, в какой газэте писали?",), "ru"),
            (("в какой газэте эт было",), "ru"),
        ],
    ),
    # Everything the article says, to read: the summary with its figures
    "whole_article": (
        SUMMARY,
        ((), ("38", "63")),
        [
            (("tell me everything the article says about the police, I can't hear well",), "en"),
            (("please write me everything in the article about the police, I hear badly",), "en"),
            (("what the article says, all of it, step by step, I'd rather read",), "en"),
            (("расскажи всё, что в статье говорится о полиции, по порядку, я плохо слышу",), "ru"),
            (("напиши всё что в статье про полицию, мне так удобнее читать",), "ru"),
            (("в статье говорится о полиции что? всё по порядку",), "ru"),
            (("мақалада полиция туралы айтылғанның бәрін жазып беріңізші",), "kk"),
            (("makalada policia turaly aitylgannyn barin zhazyp berinizshi",), "kk"),
            (("макалада полиция туралы жазылганнын барин айтып берши",), "kk"),
        ],
    ),
    # Denis Ten asked "what is written": the reform's story, his murder and the demand for change
    "denis_ten": (
        intents.REFORM,
        ((("тен", "ten"),), ("2018",)),
        [
            (("Денис Тен туралы мақалада не жазылған?",), "kk"),
            (("denis ten turaly ne zhazylgan",), "kk"),
            (("Денис Тен жайлы не жазылған",), "kk"),
            (("что написано про Дениса Тена в статье?",), "ru"),
            (("что в статье написано про Тена?",), "ru"),
            (("что пишут про Дениса Тена",), "ru"),
            (("what is written about Denis Ten?",), "en"),
            (("what does the article say about Denis Ten?",), "en"),
            (("what's written there on Denis Ten",), "en"),
        ],
    ),
    # "Does the deputy call that big growth?" after the two years: her "but insignificantly"
    "growth_big": (
        intents.ASSESSMENT,
        ((("незначительн", "шамалы", "insignificant"),), ("38", "63")),
        [
            ((TWO_YEARS["ru"], "а депутат считает это хорошим ростом?"), "ru"),
            ((TWO_YEARS["ru"], "депутат думает, что это большой рост?"), "ru"),
            (("как изменилось доверие?", "и она считает это серьёзным ростом?"), "ru"),
            ((TWO_YEARS["kk"], "депутат мұны үлкен өсім деп ойлай ма?"), "kk"),
            ((TWO_YEARS["kk"], "deputat muny ulken osim dep oilai ma?"), "kk"),
            (("сенім қалай өзгерді?", "ал депутат бұл өсімді қалай ойлайды?"), "kk"),
            ((TWO_YEARS["en"], "does the deputy think that's big growth?"), "en"),
            (("how did trust change?", "does she consider it a big rise?"), "en"),
            ((TWO_YEARS["en"], "so the deputy thinks it's a big increase?"), "en"),
        ],
    ),
}


@pytest.mark.parametrize(("kind", "asked", "language"), class_cases(CLASSES))
def test_a_conversation_gets_its_class_answer(
    engine: QAEngine, kind: str, asked: tuple[str, ...], language: str
) -> None:
    """The class's intent, one word of each wanted tuple in the answer, and its numbers."""
    wanted_intent, (wanted, numbers), _ = CLASSES[kind]
    answer = chat(engine, *asked, language=language)[-1]
    text = plain_text(answer.text).lower()
    assert answer.intent == wanted_intent, text
    for words in wanted:
        assert any(word in text for word in words), text
    assert says(answer, *numbers), text


@pytest.mark.parametrize(("kind", "asked", "language"), class_cases(CLASSES))
def test_no_false_figure_is_stated(
    engine: QAEngine, kind: str, asked: tuple[str, ...], language: str
) -> None:
    """An acknowledgement states no number; the others only figures of the series and the
    article's date."""
    answer = chat(engine, *asked, language=language)[-1]
    assert kind != "ack" or stated(answer) == [], answer.text
    assert set(stated(answer)) <= FIGURES, answer.text


@pytest.mark.parametrize(
    ("asked", "language"),
    [
        (("спасибо", "а сколько доверяют полиции?"), "ru"),
        (("рахмет, саулықта бол", "қазір полицияға қанша адам сенеді?"), "kk"),
        (("much obliged", "and how many trust the police now?"), "en"),
    ],
)
def test_a_question_after_the_thanks_is_answered(
    engine: QAEngine, asked: tuple[str, ...], language: str
) -> None:
    answer = chat(engine, *asked, language=language)[-1]
    assert answer.intent == "trust_current" and says(answer, "63"), answer.text


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("what did the interior minister say?", "en"),
        ("что сказал министр внутренних дел?", "ru"),
        ("спасибо, а что сказала депутат?", "ru"),
        ("what is this bot", "en"),
        ("Имашева из какой партии?", "ru"),
        ("do you know a good cafe in Almaty?", "en"),
    ],
)
def test_near_phrasings_keep_their_own_reading(
    engine: QAEngine, question: str, language: str
) -> None:
    """A minister's words asked (no "this"), a question after thanks, the bot named by "this",
    her party alone, a cafe known: none gets the new readings."""
    answer = chat(engine, question, language=language)[-1]
    assert answer.intent not in (intents.ACK, intents.SOURCE)
    assert answer.frame is None or answer.frame.aside != "post", answer.text
