"""Questions answered in words, seventh round (`bot/qa/in_words.py`, `bot/qa/understand.py`): the
consequences of the police's low reaction, the deputy's own view of the police, villages, how
trust is measured, why trust is not higher, why 63 % does not mean all is well, her assessment
set beside the figures, how open the police used to be, what the 800 thousand are, and the
partly trusting counted together with those who do not trust at all. Our own phrasings, in ru /
kk / en. Each class: the intent it gets, the words its answer must hold (one word of each
tuple), and its conversations (the last question is the one checked)."""

import pytest

from bot.qa import QAEngine, intents
from tests.qa.talk import chat, class_cases, holds_one_of_each, stated

FORMALISM = "reason_formalism"

Wanted = tuple[tuple[str, ...], ...]
Asked = tuple[tuple[str, ...], str]
CLASSES: dict[str, tuple[frozenset[str], Wanted, list[Asked]]] = {
    # What the police's low reaction leads to: her words on formalism, graver consequences
    "low_reaction": (
        frozenset({FORMALISM}),
        (("последств", "салдар", "serious"), ("реагир", "реакция", "responsive")),
        [
            (("чем опасен низкий уровень реагирования полиции, по словам депутата?",), "ru"),
            (("что депутат говорит о реакции полиции на заявления людей?",), "ru"),
            (("а почему 500 тыс. без рассмотрения — это проблема?",), "ru"),
            (("полицияның реакциясы төмен болса, неге әкеледі?",), "kk"),
            (("what does the police's poor responsiveness lead to, according to her?",), "en"),
            (("what does the article say about the police's reaction to reports?",), "en"),
        ],
    ),
    # The deputy's own view of the police: she trusts it, "her police protect her"
    "her_own_view": (
        frozenset({intents.DEPUTY_STANCE}),
        (("береж", "қорға", "protect"),),
        [
            (("какое у депутата собственное отношение к полиции?",), "ru"),
            (("кто такая Имашева?", "а она сама как относится к полиции?"), "ru"),
            (("Имашева туралы айтшы", "ал өзі полицияға сене ме?"), "kk"),
            (("депутаттың өзі полиция туралы не ойлайды?",), "kk"),
            (("so does the deputy trust the police herself or not",), "en"),
            (("tell me about imasheva", "and what's her own opinion of the police?"), "en"),
        ],
    ),
    # Villages: rural areas lack district inspectors
    "villages": (
        frozenset({intents.PREVENTION}),
        (("сельск", "ауыл", "rural"),),
        [
            (("какие проблемы с полицией в деревнях?",), "ru"),
            (("ауылдарда полицияға қатысты қандай мәселе бар?",), "kk"),
            (("what is the main problem with the police in rural areas?",), "en"),
        ],
    ),
    # How trust is measured: national statistics cited by the deputy, no method described
    "how_measured": (
        frozenset({intents.SOURCE, intents.METHOD}),
        (("опрос", "сауалнама", "survey"), ("статистик", "statistic")),
        [
            (("а доверие как измеряют, через опросы?",), "ru"),
            (("полицияға сенімді қалай өлшейді, сауалнамамен бе?",), "kk"),
            (("how do they measure trust in the police, with surveys?",), "en"),
        ],
    ),
    # Why trust is not higher: the deputy's three reasons
    "not_higher": (
        frozenset({intents.REASONS}),
        (("коррупц", "жемқор", "corruption"), ("формализм", "formalism")),
        [
            (("коротко: почему у полиции всё ещё низкое доверие?",), "ru"),
            (("полицияға сенім неге әлі де төмен?",), "kk"),
            (("in one line, why is trust in the police still so low?",), "en"),
            (
                (
                    "my colleague from Germany asks why people in Kazakhstan don't trust the "
                    "police. what do I say to her?",
                ),
                "en",
            ),
        ],
    ),
    # Why 63 % does not mean all is well: the other 37 %, the growth she calls insignificant
    "not_all_well": (
        frozenset({intents.TRUST_SPLIT}),
        (("37",), ("незначительно", "шамалы", "insignificantly")),
        [
            (("63% — значит, всё хорошо? что ещё говорится в статье?",), "ru"),
            (("63% деген бәрі жақсы деген сөз бе?",), "kk"),
            (("does 63% mean everything is fine with the police?",), "en"),
        ],
    ),
    # Her assessment of the growth set beside the figures: "insignificantly", 38 → 63
    "assessment_and_figures": (
        frozenset({intents.ASSESSMENT}),
        (("шамалы", "незначительно", "insignificantly"), ("38",), ("63",)),
        [
            (("депутаттың өсуге берген бағасын цифрлармен салыстырыңыз",), "kk"),
            (("сравни оценку роста депутатом с самими цифрами",), "ru"),
            (("compare the deputy's assessment of the growth with the actual figures",), "en"),
        ],
    ),
    # How open the police used to be: closed, opaque, punitive
    "open_before": (
        frozenset({intents.REFORM}),
        (("закрыт", "жабық", "closed"),),
        [
            (("насколько открытой была полиция раньше?",), "ru"),
            (("бұрын полиция ашық болған ба?",), "kk"),
            (("was the police open and transparent before, what does she say?",), "en"),
        ],
    ),
    # What the 800 thousand are: reports of offences against the person, no breakdown by kind
    "reports_category": (
        frozenset({FORMALISM}),
        (("личност", "жеке адам", "person"),),
        [
            (("800 тысяч — это все преступления или только часть?",), "ru"),
            (("800 мың — барлық қылмыс па, әлде бір санаты ма?",), "kk"),
            (("are the 800k all crimes or some category of them?",), "en"),
        ],
    ),
    # Partly and not at all, asked whether counted apart: the 37 % holds both, together
    "counted_together": (
        frozenset({intents.SUM_QUOTED, intents.PARTLY_MEANING}),
        (("частичн", "ішінара", "partl"),),
        [
            (("частично доверяющих и совсем не доверяющих считают отдельно?",), "ru"),
            (("ішінара сенетіндер мен мүлде сенбейтіндер бөлек есептелген бе?",), "kk"),
            (("are those who partly trust split from those who don't trust at all?",), "en"),
            (("а сколько не доверяют полиции?", "то есть все они прям совсем не доверяют?"), "ru"),
            (
                ("how many people don't trust the police?", "you mean they don't trust at all?"),
                "en",
            ),
        ],
    ),
}


@pytest.mark.parametrize(("kind", "asked", "language"), class_cases(CLASSES))
def test_each_class_is_answered_in_its_words(
    engine: QAEngine, kind: str, asked: tuple[str, ...], language: str
) -> None:
    """The class's intent, and one word of each wanted tuple in the answer's text."""
    intents_wanted, words_wanted, _ = CLASSES[kind]
    last = chat(engine, *asked, language=language)[-1]
    assert last.intent in intents_wanted and holds_one_of_each(last, words_wanted), last.text


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("сколько процентов совсем не доверяют полиции?", "ru"),
        ("what percent do not trust the police at all?", "en"),
        ("мүлде сенбейтіндер неше пайыз?", "kk"),
    ],
)
def test_the_not_at_all_part_asked_for_a_number_has_none(
    engine: QAEngine, question: str, language: str
) -> None:
    """Those who do not trust at all asked as a number stay the refusal: no figure of theirs."""
    answer = chat(engine, question, language=language)[-1]
    assert answer.intent == intents.NO_FIGURE
    assert not stated(answer)
