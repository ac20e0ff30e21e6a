"""The national share applied to a count of the asker's own place or group told with the
national figure, percentage, statistics or rate as the basis ("our village has 500 people, going
by the national percentage how many trust the police?"), its follow-ups carrying the count (those
who don't, the 2019 figure, the difference in people), and arithmetic asked in words: the
unconsidered share of 800 thousand, the considered rest, the relative growth to one decimal, the
ratio of those who trust to those who don't, the 2019 rest of 100, the points between the two
measurements, one in seven as a per cent, 38 × 1.66 and the one in seven applied to a count.
Phrasings of our own, written after blind sets DK, DQ to DW."""

import re

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
APPLIED = ("trust_per", "distrust_per")
GROUPED = re.compile(r"\d{1,3}(?:[ ,]\d{3})+")  # "12 600", "12,600"


def _numbers(answer: Answer) -> list[str]:
    """The numbers stated, with a decimal point for a comma; grouped thousands joined."""
    text = plain_text(answer.text).replace("\xa0", " ")
    joined = [n.replace(" ", "").replace(",", "") for n in GROUPED.findall(text)]
    return [n.replace(",", ".") for n in stated(answer)] + joined


@pytest.mark.parametrize(
    ("question", "language", "intent", "wanted"),
    [
        ("в нашем селе 500 человек, если по общей статистике страны, сколько из них доверяют "
         "полиции?", "ru", "trust_per", "315"),
        ("у нас в подъезде человек 200 жильцов. если брать процент по стране, сколько примерно "
         "доверяют полиции?", "ru", "trust_per", "126"),
        ("нас в общаге 300 студентов, если по статистике страны, сколько из нас не доверяют "
         "полиции", "ru", "distrust_per", "111"),
        ("в нашем городке около 20 тысяч взрослых. если доля как по стране, сколько примерно "
         "доверяют полиции?", "ru", "trust_per", "12600"),
        ("в нашем районе 50 тысяч жителей, по общей доле страны сколько доверяют полиции?", "ru",
         "trust_per", "31.5"),
        ("ауылымызда 400 адам тұрады, ел бойынша пайызбен есептесек, қаншасы полицияға сенеді?",
         "kk", "trust_per", "252"),
        ("ауылымызда 500 адам турады, ел бойынша пайызбен есептесек, каншасы полицияга сенеди?",
         "kk", "trust_per", "315"),
        ("auylymyzda 500 adam turady, el boiynsha paiyzben eseptesek qanshasy policiyaga "
         "senedi?", "kk", "trust_per", "315"),
        ("біз 200 жігітпіз, ел бойынша көрсеткішпен шамамен қаншамыз полицияға сенеміз?", "kk",
         "trust_per", "126"),
        ("ауданымызда 50 мың адам бар, ел бойынша үлеспен қаншасы полицияға сенеді?", "kk",
         "trust_per", "31.5"),
        ("әскерге шақырылған 300 жігітпіз, ел бойынша көрсеткішпен қаншамыз полицияға сенеміз?",
         "kk", "trust_per", "189"),
        ("our parents' chat has 300 of us. if the national figure holds, how many of us would "
         "trust the police?", "en", "trust_per", "189"),
        ("my security firm has 400 guards. applying the national share, how many would trust "
         "the police?", "en", "trust_per", "252"),
        ("My hometown has about 20,000 adults. At the national rate, how many would trust the "
         "police?", "en", "trust_per", "12600"),
        ("there are 200 of us in the neighbourhood chat. going by the national figure, how many "
         "of us trust the police?", "en", "trust_per", "126"),
        ("we're 500 people in our village. by the national stats how many of us don't trust the "
         "police?", "en", "distrust_per", "185"),
        ("our club's channel has 600 subscribers. I want to write 'if the stats hold, X of you "
         "trust the police'. What's X?", "en", "trust_per", "378"),
        ("our aul has 500 people. by the national 2019 figure, how many would have trusted the "
         "police back then?", "en", "trust_per", "190"),
    ],
)  # fmt: skip
def test_the_national_share_applied_to_the_askers_own_count(
    engine: QAEngine, question: str, language: str, intent: str, wanted: str
) -> None:
    answer = engine.answer(question, language=language)
    assert answer.intent == intent
    assert wanted in _numbers(answer)
    assert OWN_PLACE[language] in plain_text(answer.text)


@pytest.mark.parametrize(
    ("questions", "language", "wanted", "absent"),
    [
        (("в нашем селе 500 человек, по статистике страны сколько доверяют полиции?",
          "а сколько не доверяют?"), "ru", "185", "315"),
        (("в нашем селе 500 человек, по статистике страны сколько доверяют полиции?",
          "а по цифре 2019 года?"), "ru", "190", "315"),
        (("в нашем селе 500 человек, по статистике страны сколько доверяют полиции?",
          "а в 2019 сколько не доверяли?"), "ru", "310", "315"),
        (("ауылымызда 500 адам бар, ел бойынша қаншасы полицияға сенеді?",
          "ал қаншасы сенбейді?"), "kk", "185", "315"),
        (("ауылымызда 500 адам бар, ел бойынша қаншасы полицияға сенеді?",
          "2019 жылғы көрсеткішпен ше?"), "kk", "190", "315"),
        (("our village has 500 people, by the national share how many trust the police?",
          "and how many don't?"), "en", "185", "315"),
        (("our village has 500 people, by the national share how many trust the police?",
          "and by the 2019 figure?"), "en", "190", "315"),
        (("our village has 500 people, by the national share how many trust the police?",
          "and in 2019 how many didn't?"), "en", "310", "315"),
    ],
)  # fmt: skip
def test_a_follow_up_carries_the_own_count(
    engine: QAEngine, questions: tuple[str, ...], language: str, wanted: str, absent: str
) -> None:
    answer = chat(engine, *questions, language=language)[-1]
    assert answer.intent in APPLIED
    assert wanted in _numbers(answer) and absent not in _numbers(answer)
    assert OWN_PLACE[language] in plain_text(answer.text)


@pytest.mark.parametrize(
    ("questions", "language", "wanted"),
    [
        (("в нашем селе 500 человек, по статистике страны сколько доверяют полиции?",
          "а по цифре 2019 года?", "а разница в людях?"), "ru", "125"),
        (("our village has 500 people, by the national share how many trust the police?",
          "and by the 2019 figure?", "and the difference in people?"), "en", "125"),
        (("ауылымызда 500 адам бар, ел бойынша қаншасы полицияға сенеді?",
          "2019 жылғы көрсеткішпен ше?", "адаммен айырмасы қанша?"), "kk", "125"),
    ],
)  # fmt: skip
def test_the_difference_between_the_years_in_people_of_the_own_count(
    engine: QAEngine, questions: tuple[str, ...], language: str, wanted: str
) -> None:
    answer = chat(engine, *questions, language=language)[-1]
    assert wanted in _numbers(answer)


@pytest.mark.parametrize(
    ("questions", "language", "wanted"),
    [
        (("what % don't trust the police", "so for our 300-driver taxi fleet that's how many "
          "people?"), "en", "111"),
        (("какой процент не доверяет полиции?", "а для нашего таксопарка на 300 водителей это "
          "сколько человек?"), "ru", "111"),
        (("қанша пайызы полицияға сенбейді?", "біздің таксопарктегі 300 жүргізуші үшін бұл "
          "қанша адам?"), "kk", "111"),
    ],
)  # fmt: skip
def test_a_group_sized_after_the_distrust_share(
    engine: QAEngine, questions: tuple[str, ...], language: str, wanted: str
) -> None:
    answer = chat(engine, *questions, language=language)[-1]
    assert answer.intent == "distrust_per"
    assert wanted in _numbers(answer)


@pytest.mark.parametrize(
    ("questions", "language", "wanted", "absent"),
    [
        # the unconsidered share of 800 thousand, and the rest considered
        (("she says about 500k of 800k were never considered — what share is that, over 60%?",),
         "en", "62.5", "25"),
        (("500 тысяч из 800 тысяч оставили без рассмотрения — это какая доля, больше 60%?",),
         "ru", "62.5", "25"),
        (("800 мыңның 500 мыңы қаралмай қалды — бұл қанша пайыз, 60-тан асады ма?",), "kk",
         "62.5", "25"),
        (("so only 300k reports were looked at?",), "en", "300", "25"),
        (("so just 300 thousand got considered?",), "en", "300", "25"),
        (("то есть рассмотрели только 300 тысяч?",), "ru", "300", "25"),
        # the relative growth in per cent, one decimal
        (("by how many percent, not points, did trust grow? one decimal please",), "en", "65.8",
         "26"),
        (("на сколько процентов, а не пунктов, выросло доверие? с одним знаком после запятой",),
         "ru", "65.8", "26"),
        (("сенім тармақпен емес, пайызбен қаншаға өсті? ондыққа дейін",), "kk", "65.8", "26"),
        (("How much did trust grow, in percent not points? To one decimal.",), "en", "65.8", "26"),
        # those who trust set against those who don't, as a ratio
        (("what's the ratio of people who trust to those who don't in 2025?",), "en", "1.7",
         "1.66"),
        (("во сколько раз доверяющих больше, чем недоверяющих, в 2025?",), "ru", "1.7", "1.66"),
        (("2025 жылы сенетіндер сенбейтіндерден неше есе көп?",), "kk", "1.7", "1.66"),
        (("trusters vs non-trusters in 2025 — what's the ratio?",), "en", "1.7", "1.66"),
        # the 2019 rest of 100
        (("what share of people did NOT trust the police in 2019?",), "en", "62", "37"),
        (("какая доля людей НЕ доверяла полиции в 2019 году?",), "ru", "62", "37"),
        (("In 2019, what percent of people did NOT trust the police?",), "en", "62", "37"),
        (("қазір қанша адам сенбейді?", "2019 жылы сенбегендер қанша болды сонда?"), "kk", "62",
         "37"),
        # the points between the two measurements
        (("how many points between the two measurements?",), "en", "25", "26"),
        (("сколько пунктов между двумя замерами?",), "ru", "25", "26"),
        (("екі өлшеу арасындағы айырма неше тармақ?",), "kk", "25", "26"),
        (("2019 жылы аз сенді ме? қазіргіден қаншаға кем?",), "kk", "25", "26"),
        (("2025 жылы сенім қанша?", "ал 2019?", "сонда қаншаға өсті?"), "kk", "25", "26"),
        (("how much smaller is the share of those who don't trust now than in 2019?",), "en",
         "25", "26"),
        # one in seven as a per cent, 38 × 1.66, the one in seven applied
        (("1 из 7 = 0,14? верно?",), "ru", "14.3", "25"),
        (("1 in 7 is 0.14, right?",), "en", "14.3", "25"),
        (("38 × 1.66 ≈ ?",), "en", "63", "26"),
        (("38 умножить на 1,66 — примерно сколько?",), "ru", "63", "26"),
        (("if every seventh corruption offender is a police officer, how many among 70?",), "en",
         "10", "25"),
        (("если каждый седьмой коррупционер — полицейский, сколько их среди 350?",), "ru", "50",
         "25"),
        (("among 350 corruption offenders, how many would be police if it's one in seven?",), "en",
         "50", "25"),
        (("әр жетінші жемқор полицей болса, 70 жемқордың қаншасы полицей?",), "kk", "10", "25"),
        (("1 жетіден = 0,14 бе? дұрыс па?",), "kk", "14.3", "25"),
    ],
)  # fmt: skip
def test_arithmetic_asked_in_words(
    engine: QAEngine, questions: tuple[str, ...], language: str, wanted: str, absent: str
) -> None:
    answer = chat(engine, *questions, language=language)[-1]
    assert wanted in _numbers(answer)
    assert absent not in _numbers(answer)


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("у нас в подъезде обокрали квартиру 12, а по статистике страны сколько процентов "
         "доверяют полиции?", "ru"),
        ("our village has 500 people; by the national stats, how many percent trust the police?",
         "en"),
        ("ауылымызда 500 адам бар, ел бойынша қанша пайызы полицияға сенеді?", "kk"),
    ],
)  # fmt: skip
def test_a_flat_number_or_a_share_asked_is_no_own_count(
    engine: QAEngine, question: str, language: str
) -> None:
    answer = engine.answer(question, language=language)
    assert answer.frame.per is None
    assert "63" in _numbers(answer)
