"""Scope decided by subject, round six: the asker abroad asking about Kazakhstan; a trust share
read as a share of the officers; the reports broken down by kind; an inspector's average pay;
generations; the school test; a year named by a period («во время карантина»); a wrong 2019
figure or start year; the level said as a fraction or set against half; slang for trust."""

import pytest

from bot.qa import QAEngine
from bot.qa.intents import NO_FIGURE, OUT_OF_SCOPE, SUM_QUOTED
from tests.qa.talk import chat, says, stated

LEVEL = "trust_current"


def _silent_intent(engine: QAEngine, questions: tuple[str, ...], language: str) -> str:
    """The last answer's intent, once it is checked to state no number."""
    answer = chat(engine, *questions, language=language)[-1]
    assert stated(answer) == []
    return answer.intent


SILENT = [
    # another country's police, set against ours or asked alone
    ("is trust in police higher in kazakhstan than in germany?", "en", OUT_OF_SCOPE),
    ("в России доверяют полиции больше, чем в Казахстане?", "ru", OUT_OF_SCOPE),
    ("журналист из Бишкека: а в Кыргызстане сколько доверяют полиции?", "ru", OUT_OF_SCOPE),
    ("Ресейде полицияға қанша адам сенеді?", "kk", OUT_OF_SCOPE),
    # the reports broken down by kind
    ("сколько из 500 тысяч заявлений про избиения", "ru", NO_FIGURE),
    ("из 800 тысяч обращений сколько было про бытовые драки", "ru", NO_FIGURE),
    ("of the 800k reports how many were domestic violence", "en", NO_FIGURE),
    ("how many of those 500 thousand unconsidered were beatings?", "en", NO_FIGURE),
    ("қаралмаған 500 мың арыздың қаншасы тұрмыстық зорлық", "kk", NO_FIGURE),
    ("500 мың хабарламаның қаншасы ұрып-соғу жайлы", "kk", NO_FIGURE),
    ("500 мын хабарламанын каншасы урып согу туралы", "kk", NO_FIGURE),
    # an inspector's average pay
    ("какая средняя зарплата у участковых?", "ru", NO_FIGURE),
    ("а в среднем сколько получает участковый?", "ru", NO_FIGURE),
    ("what's the average pay of a district officer", "en", NO_FIGURE),
    ("typical salary for a district inspector in kz?", "en", NO_FIGURE),
    ("учаскелік инспекторлардың орташа жалақысы қанша?", "kk", NO_FIGURE),
    ("учаскелик инспектордын орташа жалакысы канша", "kk", NO_FIGURE),
    # a generation: an age group
    ("gen z trust in the police in kz, what %", "en", NO_FIGURE),
    ("do millennials trust the cops more?", "en", NO_FIGURE),
    ("what % of boomers trust police in kazakhstan", "en", NO_FIGURE),
    ("а миллениалы сколько процентов доверяют полиции", "ru", NO_FIGURE),
    ("как поколение бумеров относится к полиции, доверяют?", "ru", NO_FIGURE),
    ("зумерлер полицияға сене ме?", "kk", NO_FIGURE),
    ("жас ұрпақ полицияға қанша пайыз сенеді", "kk", NO_FIGURE),
    ("жас урпак полицияга канша сенеди", "kk", NO_FIGURE),
    # the national school test
    ("what date is the UNT in 2025?", "en", OUT_OF_SCOPE),
    ("when does the ENT start?", "en", OUT_OF_SCOPE),
    ("когда в этом году ЕНТ?", "ru", OUT_OF_SCOPE),
    ("сколько баллов нужно на ент для гранта", "ru", OUT_OF_SCOPE),
    ("биыл ҰБТ қашан басталады?", "kk", OUT_OF_SCOPE),
    ("убт кашан болады биыл", "kk", OUT_OF_SCOPE),
]  # fmt: skip


@pytest.mark.parametrize(
    ("question", "language", "quoted"),
    [
        ("so 63% of cops are honest?", "en", "63"),
        ("does that mean 63 percent of officers do their job honestly?", "en", "63"),
        ("значит 63% полицейских работают честно?", "ru", "63"),
        ("63 процента полицейских честные, да?", "ru", "63"),
        ("выходит, 37% полицейских нечестные?", "ru", "37"),
        ("демек полицейлердің 63 пайызы адал екен ғой?", "kk", "63"),
        ("демек полицейлердин 63 пайызы адал екен гой", "kk", "63"),
    ],
)
def test_a_trust_share_read_of_the_officers_is_said_to_be_of_citizens(
    engine: QAEngine, question: str, language: str, quoted: str
) -> None:
    """No share of the officers is known: the share quoted is said to be the citizens' (or the
    rest of them), in words, and no number is said back."""
    answer = chat(engine, question, language=language)[-1]
    assert answer.intent == SUM_QUOTED
    assert stated(answer) == []
    assert quoted in question


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("37 пайыз полицияны жек көреді екен ғой", "kk"),
        ("халықтың 37 пайызы полицияны жек көреді екен ғой", "kk"),
    ],
)
def test_citizens_set_against_the_police_are_no_share_of_officers(
    engine: QAEngine, question: str, language: str
) -> None:
    assert chat(engine, question, language=language)[-1].intent == "distrust"


@pytest.mark.parametrize(
    ("question", "language", "intent", "numbers"),
    [
        ("reporter for a british magazine here: how many people in kazakhstan trust the police "
         "now?", "en", "trust_current", ("63",)),
        ("i'm a freelance writer working on a piece for a dutch newspaper, what was kz police "
         "trust in 2019?", "en", "trust_year", ("38",)),
        ("a colleague of mine in istanbul wants to know: how much did trust in kazakh police "
         "change?", "en", "trust_growth", ("38", "63")),
        ("our community in london has 60 members; by the kazakhstan national share how many "
         "would trust the police?", "en", "trust_per", ("38",)),
        ("корреспондент из москвы: сколько казахстанцев сейчас доверяют полиции?", "ru",
         "trust_current", ("63",)),
        ("пишу материал для немецкого издания, какой уровень доверия к полиции в Казахстане?",
         "ru", "trust_current", ("63",)),
        ("коллега из Ташкента хочет сравнить со своими данными, дайте сначала ваши: какое "
         "доверие к полиции сейчас?", "ru", "trust_current", ("63",)),
        ("наша диаспора в Стамбуле — 200 человек, сколько из них доверяли бы полиции по "
         "казахстанской доле?", "ru", "trust_per", ("126",)),
        ("Германиядағы қазақ диаспорасынанмын, Қазақстанда полицияға сенім қандай?", "kk",
         "trust_current", ("63",)),
        ("Ресейде тұратын қазақпын, басында және қазір полицияға сенім қанша еді?", "kk",
         "trust_growth", ("38", "63")),
        ("Туркиядагы казакпын, казакстанда полицияга канша пайыз сенеди", "kk", "trust_current",
         ("63",)),
    ],
)  # fmt: skip
def test_the_asker_abroad_asking_about_kazakhstan_gets_its_figures(
    engine: QAEngine, question: str, language: str, intent: str, numbers: tuple[str, ...]
) -> None:
    answer = chat(engine, question, language=language)[-1]
    assert answer.intent == intent, answer.text
    assert says(answer, *numbers)


@pytest.mark.parametrize(("question", "language", "intent"), SILENT)
def test_a_subject_we_hold_no_figure_for_is_refused_without_a_number(
    engine: QAEngine, question: str, language: str, intent: str
) -> None:
    """Another country's police (refused or no figure); a trust share read as one of the
    officers; the reports by kind; an inspector's average pay; a generation; the school test."""
    assert _silent_intent(engine, (question,), language) == intent


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("участковым подняли зарплату?", "ru"),
        ("did the inspectors get a raise?", "en"),
    ],
)
def test_the_inspectors_pay_raised_is_still_the_reform(
    engine: QAEngine, question: str, language: str
) -> None:
    assert chat(engine, question, language=language)[-1].intent == "reason_prevention"


@pytest.mark.parametrize(
    ("questions", "language"),
    [
        (("а во время пандемии, в 2020-м, какой был процент доверия?",), "ru"),
        (("сколько доверяют полиции", "а в 2020, в карантин, сколько было?"), "ru"),
        (("сколько было в 2020 во время ковида?",), "ru"),
        (("what was trust at the time of covid, 2020?",), "en"),
        (("trust level during the 2020 lockdown?",), "en"),
        (("2020 жылы карантин кезінде сенім қанша болды?",), "kk"),
        (("пандемия уакытында 2020 да полицияга канша сенди",), "kk"),
    ],
)
def test_a_year_named_by_a_period_has_no_figure(
    engine: QAEngine, questions: tuple[str, ...], language: str
) -> None:
    answer = chat(engine, *questions, language=language)[-1]
    assert answer.intent == NO_FIGURE
    assert stated(answer) == ["2020"]


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("какой часовой пояс в Казахстане", "ru"),
        ("сколько сейчас времени в Астане по UTC", "ru"),
    ],
)
def test_the_time_zone_is_still_answered(engine: QAEngine, question: str, language: str) -> None:
    assert chat(engine, question, language=language)[-1].intent == "time_zone"


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("в 2019 году было 83 процента доверия? где-то видел такое", "ru"),
        ("В 2019 полиции доверял 81%? я где-то так читала", "ru"),
        ("in 2019 trust was 83%, i read it somewhere?", "en"),
        ("2019 жылы 83 пайыз сенген бе? бір жерден оқыдым", "kk"),
        ("2019 жылы 83 пайыз сенген бе? бир жерден окыдым", "kk"),
    ],
)
def test_a_wrong_2019_figure_read_somewhere_gets_the_real_one(
    engine: QAEngine, question: str, language: str
) -> None:
    answer = chat(engine, question, language=language)[-1]
    assert answer.intent == "trust_year"
    assert says(answer, "38")
    assert not says(answer, "83") and not says(answer, "81")


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("the measuring began in 2016, correct? and the number back then?", "en"),
        ("when they began polling in 2016 what was the number", "en"),
        ("начали замерять в 2015-м, верно? какая тогда была цифра?", "ru"),
        ("2015 жылы өлшей бастады ма? сонда қанша болды?", "kk"),
    ],
)
def test_a_wrong_start_year_gets_the_first_measurement(
    engine: QAEngine, question: str, language: str
) -> None:
    answer = chat(engine, question, language=language)[-1]
    assert answer.intent == "trust_first"
    assert says(answer, "2019", "38")


@pytest.mark.parametrize(
    ("questions", "language", "intent"),
    [
        (("сколько доверяют полиции", "больше шести из десяти, так?"), "ru", LEVEL),
        (("больше шести из десяти доверяют полиции, верно?",), "ru", LEVEL),
        (("63 — это больше половины или я туплю?",), "ru", "assessment"),
        (("so more than 6 in 10 trust the cops, right?",), "en", LEVEL),
        (("how many trust the police", "so two out of three, yes?"), "en", LEVEL),
        (("63 is more than half, or am i wrong?",), "en", "assessment"),
        (("полицияға қанша сенеді", "үштен екісі сенеді деуге бола ма?"), "kk", LEVEL),
        (("шамамен үштен екісі полицияға сенеді деуге бола ма",), "kk", LEVEL),
        (("63 пайыз жартысынан көп пе?",), "kk", "assessment"),
    ],
)
def test_the_level_said_as_a_fraction_or_against_half_is_confirmed(
    engine: QAEngine, questions: tuple[str, ...], language: str, intent: str
) -> None:
    answer = chat(engine, *questions, language=language)[-1]
    assert answer.intent == intent, answer.text
    assert says(answer, "63")


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("трастят вообще ментам в казахстане? цифру дай", "ru"),
        ("народ вообще трастит ментам? сколько процентов", "ru"),
        ("скинь самую свежую цифру по доверию к копам, для сторис", "ru"),
        ("скинь для инсты самую свежую цифру доверия к полиции плиз", "ru"),
        ("need the freshest trust-in-police number for my insta post pls", "en"),
        # an exam beside trust named is no question about the school test
        ("for my exam: how many trust the police?", "en"),
        ("мне на экзамен нужна цифра доверия к полиции", "ru"),
    ],
)
def test_slang_for_trust_the_freshest_figure_and_an_exam_beside_trust_get_the_level(
    engine: QAEngine, question: str, language: str
) -> None:
    answer = chat(engine, question, language=language)[-1]
    assert answer.intent == LEVEL
    assert says(answer, "63")


@pytest.mark.parametrize(
    ("turns", "language"),
    [
        (("полицияға қанша пайыз сенеді?", "ал 70-тен асқандар ше?"), "kk"),
        (("polisiyaga qansha paiyz senedi?", "al 70-ten asqandar she?"), "kk"),
        (("how many people trust the police?", "and the over 70s?"), "en"),
    ],
)
def test_an_age_after_a_figure_is_no_count(
    engine: QAEngine, turns: tuple[str, ...], language: str
) -> None:
    """ "And those past seventy?" after the level asks an age group, not 63 % of 70 people."""
    answer = chat(engine, *turns, language=language)[-1]
    assert answer.intent == "no_figure" and not stated(answer), answer.text
