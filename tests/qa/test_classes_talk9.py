"""Conversation classes, seventh round: the deputy's office guessed, "remind me who she was",
whose a figure is after the reports, a quote asked word for word, acknowledgements with a story,
the inspectors' chats and duties, and the reform called a failure after her assessment. Our own
phrasings, in ru / kk (also in Latin) / en. Each class: the intent it gets, the words its answer
must hold (one word of each tuple), and its conversations (the
last question is the one checked)."""

import pytest

from bot.qa import QAEngine, intents
from bot.qa.plain import plain_text
from tests.qa.talk import chat, stated

INSPECTORS_ASKED = {
    "ru": "что изменилось у участковых после реформы?",
    "kk": "реформадан кейін учаскелік инспекторлар не істеді?",
    "en": "what happened to district inspectors after the reform?",
}
ASSESSMENT_ASKED = {
    "ru": "как депутат оценивает рост доверия?",
    "kk": "депутат сенімнің өсуін қалай бағалайды?",
    "en": "what does the deputy think of the growth in trust?",
}
REPORTS_ASKED = {
    "ru": "сколько сообщений оставили без рассмотрения?",
    "kk": "қанша хабарлама қаралмады?",
    "en": "how many reports were left unconsidered?",
}

Wanted = tuple[tuple[str, ...], ...]
Asked = tuple[tuple[str, ...], str]
CLASSES: dict[str, tuple[str, Wanted, list[Asked]]] = {
    # "Is she from the government?": a deputy of the Mazhilis, parliament; the figures are hers
    "office": (
        intents.DEPUTY,
        (("парламент", "parliament"), ("мажилис", "мәжіліс", "mazhilis")),
        [
            (("Имашева вообще из министерства?",), "ru"),
            (("а Снежанна эта — она из правительства что ли?",), "ru"),
            (("Имашева министрліктен бе?",), "kk"),
            (("мына сандарды кім айтты, үкімет пе?",), "kk"),
            (("is Imasheva with the ministry?",), "en"),
            (("who said these numbers, the government?",), "en"),
            (("is the Mazhilis a parliament? who there spoke about the police?",), "en"),
        ],
    ),
    # "Remind me who she was" after the inspectors: the deputy
    "reminded": (
        intents.DEPUTY,
        (("имашева", "imasheva"),),
        [
            (("Депутат участкелер туралы не айтты?", "еске салыңызшы, ол кім еді?"), "kk"),
            (("Depytat uchaskelik turaly ne aitty?", "ol kim edi, eske salshy"), "kk"),
            (("Что депутат сказала про участковых?", "напомни, кто она такая?"), "ru"),
            (("What did the deputy say about inspectors?", "remind me, who is she?"), "en"),
        ],
    ),
    # "Whose figure is this?" after the reports: the General Prosecutor's Office
    "whose_figure": (
        intents.SOURCE,
        (("прокуратур", "prosecutor"),),
        [
            ((REPORTS_ASKED["kk"], "бұл сан кімдікі?"), "kk"),
            ((REPORTS_ASKED["kk"], "ал мына цифр кімдікі?"), "kk"),
            ((REPORTS_ASKED["ru"], "а цифра-то чья?"), "ru"),
            ((REPORTS_ASKED["en"], "and whose figure is that?"), "en"),
        ],
    ),
    # A quote asked word for word: the source and its quote
    "quote": (
        intents.SOURCE,
        (("«",),),
        [
            (("мне нужна дословная цитата про 63%, чтобы не ошибиться",), "ru"),
            (("дайте точную цитату про 37%, слово в слово",), "ru"),
            (("63 пайыз туралы сөзбе-сөз дәйексөз беріңізші",), "kk"),
            (
                ("could you give me the exact quote behind the 63%? I don't want to misquote her",),
                "en",
            ),
            (("verbatim quote on the 37%, please",), "en"),
        ],
    ),
    # An acknowledgement: a short friendly reply, no number
    "ack": (
        intents.ACK,
        (),
        [
            (("Жарайды, қабылданды.",), "kk"),
            (("yep, got it",), "en"),
            (("yeah, understood, thanks",), "en"),
            (("Спасибо огромное, помогли! Покажу маме, она не верила 😄",), "ru"),
            (("Рахмет, көп көмектестіңіз! Күйеуіме айтамын, ол сенбеген еді",), "kk"),
        ],
    ),
    # Chats and social media after the inspectors: their answer
    "inspectors_chats": (
        intents.PREVENTION,
        (("чат", "chat"),),
        [
            ((INSPECTORS_ASKED["ru"], "а в домовых чатах они тоже сидят?"), "ru"),
            ((INSPECTORS_ASKED["ru"], "а что там было про соцсети?"), "ru"),
            ((INSPECTORS_ASKED["kk"], "олар үй чаттарында да бар ма?"), "kk"),
            ((INSPECTORS_ASKED["en"], "and the part about house chats and social media?"), "en"),
            ((INSPECTORS_ASKED["en"], "are they on social media too?"), "en"),
        ],
    ),
    # Relieved of extra duties, asked by an inspector: their answer
    "duties": (
        intents.PREVENTION,
        (("функций", "міндеттерден", "duties"),),
        [
            (("As an inspector myself: were we freed from extra duties, per the article?",), "en"),
            (("Я сам участковый. Нас правда освободили от лишних обязанностей?",), "ru"),
            (("Мен учаскелікпін. Бізді артық міндеттерден босатты ма?",), "kk"),
            (("Жүктеме туралы мақалада не бар? Артық міндеттерден босатылдық па?",), "kk"),
        ],
    ),
    # "So the reform failed?" after her assessment, "she thinks that's good?": her verdict
    "reform_failed": (
        intents.ASSESSMENT,
        (("незначительн", "шамалы", "insignificant"),),
        [
            ((ASSESSMENT_ASKED["ru"], "значит, реформа не удалась?"), "ru"),
            ((ASSESSMENT_ASKED["kk"], "сонда реформа сәтсіз болды ма?"), "kk"),
            ((ASSESSMENT_ASKED["en"], "so the reform was a failure, basically?"), "en"),
            (("Доверие выросло с 38 до 63%?", "и она считает, что это хорошо?"), "ru"),
            (("trust grew from 38 to 63%?", "and she thinks that's good?"), "en"),
            (("Сенім 38-ден 63 пайызға өсті ме?", "ал ол мұны жақсы дей ме?"), "kk"),
        ],
    ),
}
CASES = [(kind, asked, lang) for kind, (_, _, talks) in CLASSES.items() for asked, lang in talks]


@pytest.mark.parametrize(("kind", "asked", "language"), CASES)
def test_a_conversation_gets_its_class_answer(
    engine: QAEngine, kind: str, asked: tuple[str, ...], language: str
) -> None:
    """The class's intent, and one word of each wanted tuple in the answer's text."""
    wanted_intent, wanted, _ = CLASSES[kind]
    answer = chat(engine, *asked, language=language)[-1]
    text = plain_text(answer.text).lower()
    assert answer.intent == wanted_intent, text
    for words in wanted:
        assert any(word in text for word in words), text


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("Жарайды, қабылданды.", "kk"),
        ("yep, got it", "en"),
        ("Спасибо огромное, помогли! Покажу маме, она не верила 😄", "ru"),
    ],
)
def test_an_acknowledgement_states_no_number(
    engine: QAEngine, question: str, language: str
) -> None:
    assert stated(chat(engine, question, language=language)[-1]) == []


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("депутат доверяет правительству?", "ru"),
        ("сколько участковых освободили от лишних обязанностей?", "ru"),
        ("how many officers were relieved of duty for corruption?", "en"),
    ],
)
def test_near_phrasings_keep_their_own_reading(
    engine: QAEngine, question: str, language: str
) -> None:
    """Trust in the government, a count of the relieved: neither who she is nor the inspectors'
    answer."""
    answer = chat(engine, question, language=language)[-1]
    assert answer.intent not in (intents.DEPUTY, intents.PREVENTION)
