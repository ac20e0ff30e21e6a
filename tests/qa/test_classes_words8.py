"""Questions answered in words, sixth round (`bot/qa/in_words.py`, `bot/qa/frame.py`): who is to
blame for the distrust, why the reform began asked after it, the outlet asked as a choice or a
site, who measured trust, what the Prosecutor's Office counted, and a long story of a bribe and
a radio claim on a road between two cities. Our own phrasings, in ru / kk (also without its
letters, and in Latin) / en. Each class: the intent it gets, the words its answer must hold (one
word of each tuple), and its conversations (the last question is the one checked)."""

import pytest

from bot.qa import QAEngine, intents
from bot.qa.plain import plain_text
from tests.qa.talk import chat

FORMALISM = "reason_formalism"
TRUST_NOW = "trust_current"
TRUST_GROWTH = "trust_growth"

Wanted = tuple[tuple[str, ...], ...]
Asked = tuple[tuple[str, ...], str]
CLASSES: dict[str, tuple[frozenset[str], Wanted, list[Asked]]] = {
    # "Who's to blame that people don't trust the police?": the deputy's three reasons
    "blamed": (
        frozenset({intents.REASONS}),
        (("коррупц", "сыбайлас", "corruption"), ("формализм", "formalism")),
        [
            (("а кто виноват в том, что люди не доверяют полиции?",), "ru"),
            (("в недоверии к полиции кто виноват? в двух словах",), "ru"),
            (("полицияға сенімсіздікке кім кінәлі?",), "kk"),
            (("халық полицияға сенбейді, оған кім кінәлі?",), "kk"),
            (("халык полицияга сенбейди, оган ким кинали?",), "kk"),
            (("policiyaga senbeuge kim kinali?",), "kk"),
            (("who is to blame that people don't trust the police?",), "en"),
            (("whose fault is the low trust in the police? briefly",), "en"),
        ],
    ),
    # "Why did they start it at all?" after the reform: its story, the murder of Denis Ten
    "reform_began": (
        frozenset({intents.REFORM}),
        (("денис", "denis"), ("2018",)),
        [
            (("как изменилась полиция после реформы?", "а почему её вообще начали?"), "ru"),
            (("расскажи про реформу полиции", "а из-за чего её затеяли?"), "ru"),
            (("реформадан кейін полиция қалай өзгерді?", "ол неге басталды?"), "kk"),
            (("реформадан кейин полиция калай озгерди?", "ол не ушин басталды?"), "kk"),
            (("how has the police changed since the reform?", "and why was it started?"), "en"),
            (
                ("tell me about the police reform", "why did they start it in the first place?"),
                "en",
            ),
        ],
    ),
    # "Was it Kursiv or another outlet?", "which site, I'll share the link": Kursiv, its date
    "outlet_or_site": (
        frozenset({intents.PUBLICATION}),
        (("курсив", "kursiv"), ("13.10.2025", "october 13, 2025")),
        [
            (("это был Курсив или какое-то другое издание?",), "ru"),
            (("хочу скинуть ссылку в чат класса, на каком это сайте?",), "ru"),
            (("бұл Курсив пе, әлде басқа басылым ба?",), "kk"),
            (("мақала қай сайтта шықты, сілтемесін бересің бе?",), "kk"),
            (("makala kai saitta, silteme bar ma?",), "kk"),
            (("was it in Kursiv or some other outlet?",), "en"),
            (("which website was this on? i want to send the link to my group",), "en"),
        ],
    ),
    # "Who wrote it, is there a link?": the deputy quoted and the outlet, not "no author"
    "author_and_link": (
        frozenset({intents.PUBLICATION}),
        (("курсив", "kursiv"), ("имашев", "imashev")),
        [
            (("кто написал статью, ссылка есть?",), "ru"),
            (("бұл мақаланы кім жазған, сілтемесі бар ма?",), "kk"),
            (("who wrote it, do you have a link?",), "en"),
        ],
    ),
    # "Who measured trust, a survey or the Ministry rating itself?": national statistics she cites
    "who_measured": (
        frozenset({intents.SOURCE}),
        (("имашев", "imashev"), ("статистик", "statistic")),
        [
            (("а кто это доверие измерял — опрос или полиция сама себя оценила?",), "ru"),
            (("кто проводил замер доверия, соцопрос был или МВД?",), "ru"),
            (("сенімді кім өлшеді, сауалнама ма әлде ІІМ өзі ме?",), "kk"),
            (("senimdi kim olshedi, saualnama ma?",), "kk"),
            (("who measured the trust, a poll or the ministry itself?",), "en"),
        ],
    ),
    # "What did the Prosecutor's Office count?": the reports, ~800 thousand, ~500 thousand unheard
    "prosecutor_counted": (
        frozenset({FORMALISM}),
        (("800",), ("500",), ("прокуратур", "prosecutor")),
        [
            (("а что конкретно подсчитала прокуратура?",), "ru"),
            (("генпрокуратура что именно считала?",), "ru"),
            (("бас прокуратура нені есептеді?",), "kk"),
            (("what did the prosecutors actually count?",), "en"),
            (("so what exactly was the prosecutor's office counting?",), "en"),
        ],
    ),
    # A story of a bribe on a road between two cities and a radio claim, ending in the number
    "story_on_a_road": (
        frozenset({TRUST_NOW, TRUST_GROWTH}),
        (("63",),),
        [
            (
                (
                    "радиодан естідім сенім өсті деп, бірақ ағамды алматы бішкек жолында жол "
                    "полициясы тоқтатып ақша сұрады, сонда қанша пайыз сенеді?",
                ),
                "kk",
            ),
            (
                (
                    "kolikte radiodan estidim policiyaga senim osti dep biraq kórshimdi zhol "
                    "policiyasy toqtatyp aqsha surady sonda neshe paiyz",
                ),
                "kk",
            ),
            (
                (
                    "по радио говорили что полиции доверяют больше половины, а моего брата на "
                    "трассе алматы бишкек остановили и попросили денег, какая реальная цифра?",
                ),
                "ru",
            ),
            (
                (
                    "so the radio says most people trust the cops now, but my uncle was pulled "
                    "over on the almaty bishkek highway and they wanted a bribe, what's the real "
                    "percentage?",
                ),
                "en",
            ),
            (
                (
                    "heard on the radio that trust in police went up, then my friend got stopped "
                    "on the road to bishkek from almaty and paid cash, so what is the number?",
                ),
                "en",
            ),
        ],
    ),
}

CASES = [
    pytest.param(kind, asked, language, id=f"{kind}-{language}-{n}")
    for kind, (_, _, phrasings) in CLASSES.items()
    for n, (asked, language) in enumerate(phrasings)
]


@pytest.mark.parametrize(("kind", "asked", "language"), CASES)
def test_a_question_in_words_gets_its_class_answer(
    engine: QAEngine, kind: str, asked: tuple[str, ...], language: str
) -> None:
    """The class's intent, and one word of each wanted tuple in the answer's text."""
    wanted_intents, wanted, _ = CLASSES[kind]
    answer = chat(engine, *asked, language=language)[-1]
    text = plain_text(answer.text).lower()
    assert answer.intent in wanted_intents, text
    for words in wanted:
        assert any(word in text for word in words), text


def test_the_author_asked_with_a_link_is_no_refusal(engine: QAEngine) -> None:
    """No author is named, but the outlet and the date are: they answer, not "no figure"."""
    answer = chat(engine, "мақаланы кім жазды, сілтеме бар ма", language="kk")[-1]
    assert answer.intent == intents.PUBLICATION
    assert "13.10.2025" in plain_text(answer.text)
