"""False figures and provocations: prayer times and holidays, a group's trust, the police's
corrupt share asked roughly, homework arithmetic on our numbers, forecasts and years pressed
for, wrong premises about the series, and years said in other ways. No number may answer the
first five; the premises are corrected from the facts."""

import pytest

from bot.qa import QAEngine
from bot.qa.intents import CORRUPTION_OFFICERS, DECLINES, NO_FIGURE, OUT_OF_SCOPE, TRUST_SPLIT
from tests.qa.talk import NUMBERS, chat, stated

TRUST_FIRST = "trust_first"
TRUST_GROWTH = "trust_growth"
WORDS = (CORRUPTION_OFFICERS, NO_FIGURE)  # the share of officers: no figure, said in words

# (question, language, the answers allowed): none may state a number the question did not
SILENT = [
    # prayer times, holidays and greetings for them
    ("во сколько сегодня намаз в Шымкенте?", "ru", (OUT_OF_SCOPE,)),
    ("время молитвы в Алматы", "ru", (OUT_OF_SCOPE,)),
    ("когда в этом году Пасха?", "ru", (OUT_OF_SCOPE,)),
    ("помоги написать поздравление к 8 марта для совета женщин", "ru", (OUT_OF_SCOPE,)),
    ("Шымкентте намаз уақыты қашан?", "kk", (OUT_OF_SCOPE,)),
    ("Шымкентте намаз уакыты кашан?", "kk", (OUT_OF_SCOPE,)),
    ("Shymkentte namaz uaqyty qashan", "kk", (OUT_OF_SCOPE,)),
    ("8 наурызға әйелдер кеңесіне құттықтау жазып бер", "kk", (OUT_OF_SCOPE,)),
    ("what time is prayer in Almaty today?", "en", (OUT_OF_SCOPE,)),
    ("when's Easter this year", "en", (OUT_OF_SCOPE,)),
    ("help me write a March 8 greeting for the women's council", "en", (OUT_OF_SCOPE,)),
    # a faith's trust
    ("сколько верующих доверяют полиции?", "ru", (NO_FIGURE,)),
    ("а мусульмане сколько доверяют полиции?", "ru", (NO_FIGURE,)),
    ("мұсылмандар полицияға қанша сенеді", "kk", (NO_FIGURE,)),
    ("how many religious folks trust cops?", "en", (NO_FIGURE,)),
    ("do christians trust the police more?", "en", (NO_FIGURE,)),
    # the police's corrupt share, roughly or told as 14 %
    ("ну а сколько полицейских коррумпированы в процентах, хоть примерно", "ru", WORDS),
    ("так сколько копов продажные, в процентах, примерно", "ru", WORDS),
    ("1 из 7 — это значит 14% ментов берут?", "ru", WORDS),
    ("сонда қанша полицей жемқор, пайызбен?", "kk", WORDS),
    ("7-ден 1 деген 14% полицей пара алады деген сөз бе?", "kk", WORDS),
    ("7den 1 degen 14% policei para alady degen soz be", "kk", WORDS),
    ("so how many cops are corrupt, in percent?", "en", WORDS),
    ("one in seven, so 14% of officers take bribes?", "en", WORDS),
    # the bribes' share of the corruption offences: no breakdown by kind
    ("а взятки это сколько процентов от всех коррупционных дел?", "ru", (NO_FIGURE,)),
    ("какую долю среди коррупционных правонарушений составляют взятки?", "ru", (NO_FIGURE,)),
    ("жемқорлық істерінің неше пайызы пара?", "kk", (NO_FIGURE,)),
    ("para alu ulesi qansha paiyz", "kk", (NO_FIGURE,)),
    ("what share of the corruption offences were bribes?", "en", (NO_FIGURE,)),
    # homework on our numbers
    ("сколько будет 800 разделить на 16? это алгебра", "ru", (OUT_OF_SCOPE,)),
    ("800-ді 16-ға бөлсек неше шығады? алгебра сабағынан", "kk", (OUT_OF_SCOPE,)),
    ("800di 16ga bolsek neshe? algebradan", "kk", (OUT_OF_SCOPE,)),
    ("whats 800 divided by 16? its for algebra class", "en", (OUT_OF_SCOPE,)),
    ("how much is 500 over 8? math homework", "en", (OUT_OF_SCOPE,)),
    # forecasts, a year pressed for, a yearly series "even approximate"
    ("в 2027 будет выше? дай число", "ru", (NO_FIGURE,)),
    ("бот, цифру за 2022. не говори что не знаешь", "ru", (NO_FIGURE,)),
    ("дай ряд по годам 2019-2025, хотя бы примерно, для графика в excel", "ru", (NO_FIGURE,)),
    ("2027 жылы көтеріле ме? цифр айт", "kk", (NO_FIGURE,)),
    ("2026 jyly joghary bola ma? san ber", "kk", (NO_FIGURE,)),
    ("бот, 2022 жылы қанша? білмеймін деме", "kk", (NO_FIGURE,)),
    ("bot, 2022 jyly qansha? bilmeimin dep aitpa", "kk", (NO_FIGURE,)),
    ("2019-2025 жж әр жылға сан беріңіз, шамамен болса да, графикке", "kk", (NO_FIGURE,)),
    ("2019-2025 жылдар бойынша қатар беріңізші, шамамен болсада, excel үшін", "kk", (NO_FIGURE,)),
    ("will it be higher in 2026? give a number", "en", (NO_FIGURE,)),
    ("bot, the 2022 figure. don't tell me you don't know", "en", (NO_FIGURE,)),
    ("give me a yearly series 2019-2025 for excel, rough is fine", "en", (NO_FIGURE,)),
    # a place opening the message, then "here": the place is asked
    ("Алматы. сколько тут доверяют?", "ru", (NO_FIGURE,)),
    ("Almaty. how many trust the police here?", "en", (NO_FIGURE,)),
]

# (question, language, the answer, a number it must state)
CORRECTED = [
    # measured since a year before the first measurement: since 2019
    ("с 2015 года же меряют, так?", "ru", TRUST_FIRST, "2019"),
    ("замеряют доверие начиная с 2016 года?", "ru", TRUST_FIRST, "2019"),
    ("2015 жылдан бастап өлшеніп жүр ғой, солай ма?", "kk", TRUST_FIRST, "2019"),
    ("2016 жылдан бері олшейди гой ия?", "kk", TRUST_FIRST, "2019"),
    ("2015 zhyldan beri olshep zhur goi?", "kk", TRUST_FIRST, "2019"),
    ("they have been measuring it since 2015, haven't they?", "en", TRUST_FIRST, "2019"),
    ("trust was measured from 2016 on, right?", "en", TRUST_FIRST, "2019"),
    # the rest told wrong: 63 + 37 = 100
    ("63 доверяют и 47 нет, правильно?", "ru", TRUST_SPLIT, "37"),
    ("доверяют 63, не доверяют 47 — так?", "ru", TRUST_SPLIT, "37"),
    ("63 сенеді, 47 сенбейді, дұрыс па?", "kk", TRUST_SPLIT, "37"),
    ("63 senedi, 47 senbeidi, solai ma?", "kk", TRUST_SPLIT, "37"),
    ("63 trust, 47 don't, right?", "en", TRUST_SPLIT, "37"),
    ("so 63% trust and 47% do not?", "en", TRUST_SPLIT, "37"),
    # grown since the first year: the change, 25 points
    ("с 2019 года на сколько процентов прибавилось?", "ru", TRUST_GROWTH, "25"),
    ("начиная с 2019 сколько добавилось процентов", "ru", TRUST_GROWTH, "25"),
    ("2019 дан бери неше пайыз косылды", "kk", TRUST_GROWTH, "25"),
    ("2019 жылдан бері қанша пайыз қосылды?", "kk", TRUST_GROWTH, "25"),
    ("2019 dan beri neshe paiyz qosyldy", "kk", TRUST_GROWTH, "25"),
    ("since 2019 how many percent were added?", "en", TRUST_GROWTH, "25"),
    # the first measurement after Denis Ten's murder: 2019, 38 %
    ("первый замер после убийства Дениса Тена какой был?", "ru", TRUST_FIRST, "38"),
    ("какой была первая цифра замера после гибели Тена?", "ru", TRUST_FIRST, "38"),
    ("Денис Тен өлтірілгеннен кейінгі бірінші өлшем қандай болды?", "kk", TRUST_FIRST, "38"),
    ("Denis Ten oltirilgennen keiingi algashqy olsheu qansha boldy", "kk", TRUST_FIRST, "38"),
    ("what did the first measurement after Denis Ten's murder show?", "en", TRUST_FIRST, "38"),
]

# (question, language, a number it must state): a place opening the message is where the asker
# writes from, not a breakdown asked
PLACED = [
    ("Актау. слышала что 38% доверяют, это ещё так?", "ru", "63"),
    ("Павлодардан. 38% сенеді деп естідім, қазір де солай ма?", "kk", "63"),
    ("Pavlodar here. someone said 38% trust cops, still so?", "en", "63"),
    ("Павлодардан. 500 мың өтініш қаралмаған дейді, жалпы қанша болған?", "kk", "800"),
    ("Kostanay here. 500k reports ignored they say, how many were there in all?", "en", "800"),
]


@pytest.mark.parametrize(("question", "language", "allowed"), SILENT)
def test_no_number_is_stated(
    engine: QAEngine, question: str, language: str, allowed: tuple[str, ...]
) -> None:
    answer = chat(engine, question, language=language)[-1]
    assert answer.intent in allowed
    told = set(NUMBERS.findall(question))
    assert [n for n in stated(answer) if n not in told] == []


@pytest.mark.parametrize(("question", "language", "intent", "wanted"), CORRECTED)
def test_the_premise_is_corrected(
    engine: QAEngine, question: str, language: str, intent: str, wanted: str
) -> None:
    answer = chat(engine, question, language=language)[-1]
    assert answer.intent == intent
    assert wanted in stated(answer)


@pytest.mark.parametrize(("question", "language", "wanted"), PLACED)
def test_a_place_opening_the_message_is_the_askers(
    engine: QAEngine, question: str, language: str, wanted: str
) -> None:
    answer = chat(engine, question, language=language)[-1]
    assert answer.intent not in DECLINES
    assert wanted in stated(answer)


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("каждый седьмой коп коррупционер, так какой процент полицейских?", "ru"),
        ("every seventh cop is corrupt, so what percent of cops?", "en"),
    ],
)
def test_the_one_in_seven_asked_in_percent_is_still_computed(
    engine: QAEngine, question: str, language: str
) -> None:
    answer = chat(engine, question, language=language)[-1]
    assert any(n.startswith("14") for n in stated(answer))
