"""A share of ours applied to a count of people or things in a place the asker names (found
missing by blind sets DQ and DR), each tested with phrasings of our own: the count told with a
village, a district, a chat or a market; a share quoted of a count ("63% of 800"); a count told
in one message and asked of in the next; the rest of such a count; the one in seven applied to
a count; a share restated per hundred, then applied to another count. The answer says the
national share is applied to their number, with no figure measured for their place; the share
in a place asked with no count stays no figure, and a year is never a count."""

import pytest

from bot.qa import Answer, QAEngine
from bot.qa.plain import plain_text
from tests.qa.talk import chat, stated

# The line that says no figure was measured for the asker's own place or group.
OWN_PLACE = {
    "ru": "Отдельного замера по вашему месту",
    "kk": "бөлек өлшем жоқ",
    "en": "no figure measured for your own place",
}


def _numbers(answer: Answer) -> list[str]:
    """The numbers stated, with a decimal point for a comma."""
    return [n.replace(",", ".") for n in stated(answer)]


@pytest.mark.parametrize(
    ("question", "language", "intent", "wanted", "own_place"),
    [
        ("в нашем посёлке живёт 600 человек, сколько из них доверяют полиции по статистике?",
         "ru", "trust_per", "378", True),
        ("у нас в общине 400 семей — если взять 63%, сколько это семей?", "ru", "trust_per",
         "252", True),
        ("на нашем рынке 400 торговцев, сколько из них не доверяют полиции?", "ru",
         "distrust_per", "148", True),
        ("в чате нашего дома 300 участников. 37% от них это сколько?", "ru", "distrust_per",
         "111", True),
        ("біздің ауылда 600 адам тұрады, статистика бойынша қаншасы полицияға сенеді?", "kk",
         "trust_per", "378", True),
        ("биздин ауылда 600 адам турады, канша адам полицияга сенеди?", "kk", "trust_per", "378",
         True),
        ("bizdin auylda 600 adam turady, statistika boiynsha qanshasy policiyaga senedi?", "kk",
         "trust_per", "378", True),
        ("махалламызда 200 отбасы бар. 37 пайызы қанша отбасы болады?", "kk", "distrust_per",
         "74", True),
        ("our village has 600 people, how many of them trust the police going by the national "
         "figure?", "en", "trust_per", "378", True),
        ("there are 300 families in our neighbourhood, 37% of that is how many?", "en",
         "distrust_per", "111", True),
        ("our building chat has 1500 members. what's 63% of them?", "en", "trust_per", "945", True),
        ("63% от 800 это сколько?", "ru", "trust_per", "504", False),
        ("63% of 800", "en", "trust_per", "504", False),
        ("37% of 700 stalls?", "en", "distrust_per", "259", False),
        ("базарда 300 дүкен бар, 63 пайызы қанша болады?", "kk", "trust_per", "189", True),
        ("каждый седьмой коррупционер — полицейский. а из 350 коррупционеров сколько?", "ru",
         "corruption_per", "50", False),
        ("one in seven out of 210 offenders", "en", "corruption_per", "30", False),
        ("әр жетінші жемқор полицей. 280-нен қаншасы?", "kk", "corruption_per", "40", False),
        ("63% — это 63 из 100? а из 800 тогда сколько?", "ru", "trust_per", "504", False),
        ("63 пайыз деген 100 адамның 63-і ме? онда 800 адамнан қаншасы?", "kk", "trust_per",
         "504", False),
        ("37% means 37 out of 100? then out of 900 how many?", "en", "distrust_per", "333", False),
    ],
)  # fmt: skip
def test_a_share_applied_to_a_count_says_when_it_is_of_the_askers_own_place(
    engine: QAEngine, question: str, language: str, intent: str, wanted: str, own_place: bool
) -> None:
    answer = engine.answer(question, language=language)
    assert answer.intent == intent
    assert wanted in _numbers(answer)
    assert (OWN_PLACE[language] in plain_text(answer.text)) == own_place


@pytest.mark.parametrize(
    ("questions", "language", "intent", "wanted"),
    [
        (("на собрание в нашей махалле пришли 200 человек", "а сколько из них не доверяют?"),
         "ru", "distrust_per", "74"),
        (("в нашей школе 700 родителей", "сколько из них доверяют полиции?"), "ru",
         "trust_per", "441"),
        (("біздің жиналысқа 200 тұрғын келді", "солардың қаншасы полицияға сенеді?"), "kk",
         "trust_per", "126"),
        (("our mosque has 400 members", "how many of those would trust the police?"), "en",
         "trust_per", "252"),
    ],
)  # fmt: skip
def test_a_count_told_then_asked_of_takes_the_share(
    engine: QAEngine, questions: tuple[str, ...], language: str, intent: str, wanted: str
) -> None:
    answer = chat(engine, *questions, language=language)[-1]
    assert answer.intent == intent
    assert wanted in _numbers(answer)
    assert OWN_PLACE[language] in plain_text(answer.text)


@pytest.mark.parametrize(
    ("questions", "language", "wanted", "absent"),
    [
        (("из 600 жителей нашего микрорайона сколько доверяют полиции?", "а остальные?"), "ru",
         "222", "378"),
        (("ауданымыздағы 600 тұрғынның қаншасы полицияға сенеді?", "ал қалғаны?"), "kk", "222",
         "378"),
        (("out of 600 residents in my town how many trust the police?", "and the others?"), "en",
         "222", "378"),
        (("what % trust the police?", "what about out of our 600?"), "en", "378", "222"),
    ],
)  # fmt: skip
def test_the_rest_of_a_count_or_a_count_after_the_level(
    engine: QAEngine, questions: tuple[str, ...], language: str, wanted: str, absent: str
) -> None:
    answer = chat(engine, *questions, language=language)[-1]
    assert answer.intent in ("trust_per", "distrust_per")
    assert wanted in stated(answer) and absent not in stated(answer)


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("какая доля доверяет полиции в нашем селе?", "ru"),
        ("біздің ауданда полицияға неше пайыз сенеді?", "kk"),
        ("what share of people trust the police in my town?", "en"),
        ("how many in our district trust the police?", "en"),
        ("in 2019 in our village how many trusted the police?", "en"),
    ],
)  # fmt: skip
def test_the_share_in_a_place_with_no_count_has_no_figure(
    engine: QAEngine, question: str, language: str
) -> None:
    assert engine.answer(question, language=language).intent == "no_figure"


@pytest.mark.parametrize(
    ("question", "language", "year"),
    [
        ("в нашем чате в 2025 году 63% доверяли бы? сколько это", "ru", "2025"),
        ("our chat has 2019 members, 63% of that?", "en", "2019"),
    ],
)  # fmt: skip
def test_a_year_is_no_count(engine: QAEngine, question: str, language: str, year: str) -> None:
    answer = engine.answer(question, language=language)
    assert answer.frame.per is None
    assert answer.intent not in ("trust_per", "distrust_per")
    assert year in stated(answer) or answer.intent == "no_figure"
