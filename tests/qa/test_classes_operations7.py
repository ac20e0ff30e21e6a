"""Operations written out or asked to a precision, tested with phrasings of our own: one level
minus the other, a formula over our levels to check, a division written with a slash, two places
asked of the growth, of the fall of distrust and of one in seven, "is it really twice?", the
growth taken relatively, the distance of a year's trust from half, the gap between those who
trust and the rest in one year, and the fall of distrust in points."""

import pytest

from bot.qa import QAEngine
from tests.qa.talk import chat, says

# (the turns, their language, the last answer's intent, what it must say)
Case = tuple[tuple[str, ...], str, str, tuple[str, ...]]
CASES: list[Case] = [
    # 1. subtraction and formulas written out
    (("сколько получится, если из доверия 2025 года вычесть доверие 2019 года? 2025 минус 2019",),
     "ru", "trust_growth", ("25",)),
    (("уровень доверия 2025 минус уровень доверия 2019 = ?",), "ru", "trust_growth", ("25",)),
    (("63 минус 38 это сколько пунктов роста доверия?",), "ru", "trust_growth", ("25",)),
    (("2025 жылғы сенім деңгейі минус 2019 жылғы деңгей неше болады?",), "kk", "trust_growth",
     ("25",)),
    (("2025 жылгы сеним минус 2019 жылгы сеним канша?",), "kk", "trust_growth", ("25",)),
    (("2025 zhylgy senim minus 2019 zhylgy senim qansha bolady?",), "kk", "trust_growth",
     ("25",)),
    (("what is 2025 trust minus 2019 trust?",), "en", "trust_growth", ("25",)),
    (("is it right that (63 - 38) / 38 * 100 = 65.79 %?",), "en", "trust_growth", ("65.79",)),
    (("правильно ли я посчитал: (63-38)/38*100 = 65,79%",), "ru", "trust_growth", ("65.79",)),
    (("тексеріңізші: (63-38)/38*100 = 65,79%?",), "kk", "trust_growth", ("65.79",)),
    (("63/38 = 1,66, так?",), "ru", "trust_growth", ("1.66",)),
    (("сколько будет 63/38? на телефоне сел заряд",), "ru", "trust_growth", ("1.66",)),
    (("work out 63/38 for me, my phone died",), "en", "trust_growth", ("1.66",)),
    (("63/38 канша болады? есептегиш жок",), "kk", "trust_growth", ("1.66",)),
    # 2. precision asked: to the hundredths, two decimals
    (("насколько в процентах вырос уровень доверия относительно 2019 года? с точностью до сотых",),
     "ru", "trust_growth", ("65.79",)),
    (("во сколько раз выросло доверие, два знака после запятой",), "ru", "trust_growth",
     ("1.66",)),
    (("how many times did trust grow? to two decimals please",), "en", "trust_growth",
     ("1.66", "65.79")),
    (("сенім неше есе өсті? жүздікке дейін айтыңыз",), "kk", "trust_growth", ("1.66", "65.79")),
    (("senim neshe ese osti? zhuzdikke deiin",), "kk", "trust_growth", ("1.66", "65.79")),
    (("во сколько раз сократилась доля недоверяющих с 2019 по 2025?",), "ru", "distrust_change",
     ("1.68",)),
    (("by what factor did distrust fall from 62 % to 37 %, two decimals?",), "en",
     "distrust_change", ("1.68",)),
    (("сенбейтіндер үлесі неше есе азайды?",), "kk", "distrust_change", ("1.68",)),
    (("каждый седьмой коррупционер — полицейский, сколько это в процентах до двух знаков?",),
     "ru", "corruption_share", ("14.29",)),
    (("every seventh offender a police officer — in percent to the hundredths?",), "en",
     "corruption_share", ("14.29",)),
    (("әр жетіншісін жүздікке дейін пайызбен айтыңызшы",), "kk", "corruption_share",
     ("14.29",)),
    (("ar zhetinshisin zhuzdikke deiin paiyzben aitynyzshy",), "kk", "corruption_share",
     ("14.29",)),
    (("every seventh one as a decimal fraction, two places please",), "en", "corruption_share",
     ("0.14",)),
    (("каждый седьмой — это какая десятичная дробь? два знака",), "ru", "corruption_share",
     ("0.14",)),
    (("что значит каждый седьмой полицейский?", "это около 14%? а если до сотых?"), "ru",
     "corruption_share", ("14.29",)),
    (("what does one in seven mean?", "so roughly 14 %? and to two decimals?"), "en",
     "corruption_share", ("14.29",)),
    (("как выросло доверие?", "а до сотых?"), "ru", "trust_growth", ("65.79",)),
    # 3. "is it really twice?": the exact ratio
    (("в новостях пишут, что доверие к полиции удвоилось. правда ровно в два раза? точнее",),
     "ru", "trust_growth", ("1.66",)),
    (("my uncle says trust in the police doubled. is it really twice? give the exact ratio",),
     "en", "trust_growth", ("1.66",)),
    (("сенім шынымен екі есе өсті ме? нақты санын айтыңыз",), "kk", "trust_growth",
     ("1.66",)),
    (("38-ден 63-ке дейін бұл расымен 2 есе ме?",), "kk", "trust_growth", ("1.66",)),
    (("38den 63ke shynymen eki ese me?",), "kk", "trust_growth", ("1.66",)),
    # 4. relative growth
    (("сенім салыстырмалы түрде неше пайызға өсті, тармақпен емес?",), "kk", "trust_growth",
     ("66",)),
    (("салыстырмалы турде сеним неше пайызга ости?",), "kk", "trust_growth", ("66",)),
    (("salystyrmaly turde senim neshe paiyzga osti?",), "kk", "trust_growth", ("66",)),
    (("не в пунктах, а относительно: на сколько процентов выросло доверие?",), "ru",
     "trust_growth", ("66",)),
    (("relatively, not in points, by how many percent did trust grow?",), "en", "trust_growth",
     ("66",)),
    # 5. distance to half; the gap between the two groups in one year
    (("сколько процентов доверию не хватало до половины в 2019 году?",), "ru", "trust_year",
     ("12",)),
    (("in 2019 how many points short of half was trust in the police?",), "en", "trust_year",
     ("12",)),
    (("2019 жылы сенімге жартысына дейін неше пайыз жетпеді?",), "kk", "trust_year", ("12",)),
    (("2019 zhyly senimge zhartysyna deiin neshe paiyz zhetpedi?",), "kk", "trust_year",
     ("12",)),
    (("на сколько пунктов доверие сейчас выше половины?",), "ru", "trust_year", ("13",)),
    (("на сколько пунктов в 2019 году не доверявших было больше, чем доверявших?",), "ru",
     "distrust", ("24",)),
    (("в 2019 какой был разрыв между теми, кто доверяет, и остальными?",), "ru", "distrust",
     ("24",)),
    (("by how many points did the distrusting outnumber the trusting in 2019?",), "en",
     "distrust", ("24",)),
    (("2019 жылы сенетіндер мен сенбейтіндердің айырмасы неше тармақ болды?",), "kk",
     "distrust", ("24",)),
    (("2019 zhyly senbeitinder senetinderden neshe tarmaqqa kop edi?",), "kk", "distrust",
     ("24",)),
    (("қазір сенетіндер мен қалғандардың айырмашылығы қанша тармақ?",), "kk", "trust_split",
     ("26",)),
    (("what's the gap in points between those who trust and the rest now?",), "en",
     "trust_split", ("26",)),
    # 6. the fall of distrust in points
    (("на сколько пунктов снизилась доля тех, кто доверяет лишь частично или не доверяет?",),
     "ru", "distrust_change", ("25",)),
    (("by how many points did the share of people who don't trust the police fall since 2019?",),
     "en", "distrust_change", ("25",)),
    (("сенбейтіндердің үлесі 2019 жылдан бері неше тармаққа азайды?",), "kk", "distrust_change",
     ("25",)),
    (("senbeitinderdin ulesi 2019 zhyldan beri neshe tarmaqqa azaidy?",), "kk",
     "distrust_change", ("25",)),
]  # fmt: skip


@pytest.mark.parametrize("case", CASES)
def test_operations_written_out_or_to_a_precision(engine: QAEngine, case: Case) -> None:
    turns, language, intent, wanted = case
    answer = chat(engine, *turns, language=language)[-1]
    assert (answer.intent, says(answer, *wanted)) == (intent, True), answer.text


@pytest.mark.parametrize(
    ("question", "language", "unwanted"),
    [
        ("сколько лет прошло: 2025 минус 2019?", "ru", "25"),
        ("check me: (63-38)/38*100 = 70%?", "en", "70"),
        ("в 2019 году больше половины не доверяли полиции?", "ru", "12"),
        ("how many people trust the police, more than half?", "en", "24"),
        ("раньше никто не доверял полиции, а теперь доверяют: разница в пунктах?", "ru", "26"),
        ("бұрын полицияға ешкім сенбеген, қазір бәрі сенеді. айырмасы неше тармақ?", "kk", "26"),
    ],
)
def test_no_operation_where_none_is_asked(
    engine: QAEngine, question: str, language: str, unwanted: str
) -> None:
    """Years subtracted count years; a wrong result is not confirmed; half named with no
    distance asked is no gap; a time before set against now asks the change, not one year's
    gap."""
    answer = engine.answer(question, language=language)
    assert not says(answer, unwanted), answer.text
