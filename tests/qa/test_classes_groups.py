"""Classes of false figures where the series holds no such breakdown or no such question, each
tested with phrasings of our own: whoever is said to trust, named by any word for a part of the
people (a trade, a hobby, fans, an age, a faith, an ethnic group, "people like us"), gets no
figure, while the whole people, the chat's own "we" and the deputy keep theirs; a device or an
app that does not work is no question of ours and no emergency; the one in seven said in Kazakh
of the police («полицейлердің жетіден бірі») and the size of the inspectors' pay rise have no
figure."""

import pytest

from bot.qa import QAEngine
from bot.qa.intents import (
    CORRUPTION_OFFICERS,
    DECLINES,
    DEPUTY_STANCE,
    EMERGENCY_NUMBERS,
    NO_FIGURE,
    OUT_OF_SCOPE,
    REASONS,
)
from tests.qa.talk import chat, stated

# None of these group words is in the lexicon: the sentence's structure finds them.
GROUP_QUESTIONS = [
    ("Доверяют ли полиции парикмахеры?", "ru"),
    ("а рыбаки доверяют полиции?", "ru"),
    ("какой процент юристов доверяет полиции?", "ru"),
    ("охотники вообще доверяют полиции?", "ru"),
    ("сколько блогеров доверяют полиции", "ru"),
    ("а уйгуры доверяют полиции?", "ru"),
    ("дальнобойщики доверяют полиции?", "ru"),
    ("сколько вахтовиков доверяют полиции?", "ru"),
    ("доверяют ли полиции пчеловоды?", "ru"),
    ("стримеры — они доверяют полиции?", "ru"),
    ("сколько православных доверяют полиции?", "ru"),
    ("доверяют ли полиции люди вроде нас?", "ru"),
    ("шаштараздар полицияға сене ме?", "kk"),
    ("аңшылар полицияға сенеді ме?", "kk"),
    ("футбол жанкүйерлері полицияға сене ме?", "kk"),
    ("ардагерлердің қанша пайызы полицияға сенеді?", "kk"),
    ("мұсылмандар полицияға сенеді ме?", "kk"),
    ("ұйғырлар полицияға қаншалықты сенеді?", "kk"),
    ("ериктилер полицияга сене ме", "kk"),
    ("ойыншылар полицияға сенеді ме?", "kk"),
    ("біз сияқты адамдар полицияға сене ме?", "kk"),
    ("do hairdressers trust the police?", "en"),
    ("do fishermen trust the police?", "en"),
    ("what percent of lawyers trust the police?", "en"),
    ("do hunters trust the police?", "en"),
    ("do muslims trust the police?", "en"),
    ("what share of gamers trust the police?", "en"),
    ("do truckers trust the police?", "en"),
    ("how many streamers trust the police?", "en"),
    ("do beekeepers really trust the police?", "en"),
    ("how much do football ultras trust the police?", "en"),
    ("do veterans trust the police?", "en"),
    ("couriers, do they trust the police?", "en"),
    ("do people like us trust the police?", "en"),
    # the groups of the brief, as they were already answered
    ("Do market traders trust the police?", "en"),
    ("how many taxi drivers trust the police?", "en"),
    ("among us builders how many trust?", "en"),
    ("do retirees trust the police more than others?", "en"),
]


@pytest.mark.parametrize(("question", "language"), GROUP_QUESTIONS)
def test_whoever_trusts_named_as_a_group_gets_no_figure(
    engine: QAEngine, question: str, language: str
) -> None:
    [answer] = chat(engine, question, language=language)
    assert answer.intent in DECLINES
    assert not {"63", "37", "38", "62"} & set(stated(answer))


NATIONAL_QUESTIONS = [
    ("Сколько людей доверяют полиции?", "ru", "63"),
    ("Сколько казахстанцев доверяют полиции?", "ru", "63"),
    ("Доверяют ли граждане полиции?", "ru", "63"),
    ("доверяют ли полиции в Казахстане?", "ru", "63"),
    ("какой процент населения доверяет полиции?", "ru", "63"),
    ("сколько у нас доверяют полиции?", "ru", "63"),
    ("сколько сейчас доверяют полиции?", "ru", "63"),
    ("люди вообще доверяют полиции?", "ru", "63"),
    ("жители страны доверяют полиции?", "ru", "63"),
    ("доверяют ли полиции казахстанцы сейчас?", "ru", "63"),
    ("сколько процентов граждан доверяют полиции?", "ru", "63"),
    ("народ доверяет полиции?", "ru", "63"),
    ("сколько в стране доверяют полиции", "ru", "63"),
    ("большинство доверяет полиции?", "ru", "63"),
    ("сколько граждан Казахстана доверяют полиции?", "ru", "63"),
    ("в 2019 сколько доверяли полиции?", "ru", "38"),
    ("қанша адам полицияға сенеді?", "kk", "63"),
    ("қазақстандықтар полицияға сене ме?", "kk", "63"),
    ("азаматтардың қанша пайызы полицияға сенеді?", "kk", "63"),
    ("халық полицияға сенеді ме?", "kk", "63"),
    ("адамдар полицияға сенеді ме?", "kk", "63"),
    ("тұрғындар полицияға сенеді ме?", "kk", "63"),
    ("Қазақстан азаматтары полицияға сене ме?", "kk", "63"),
    ("бизде полицияга канша адам сенеди?", "kk", "63"),
    ("polisiyaga qansha adam senedi", "kk", "63"),
    ("how many people trust the police?", "en", "63"),
    ("do Kazakhstanis trust the police?", "en", "63"),
    ("what share of citizens trust the police?", "en", "63"),
    ("do people in Kazakhstan trust the police?", "en", "63"),
    ("what percent of the population trusts the police?", "en", "63"),
    ("does the public trust the police?", "en", "63"),
    ("how many residents trust the police?", "en", "63"),
    ("do most people trust the police?", "en", "63"),
    ("does everyone trust the police?", "en", "63"),
    ("how many actually trust the police now?", "en", "63"),
    ("do ordinary people really trust the police?", "en", "63"),
    ("have Kazakhstanis started to trust the police more?", "en", "63"),
    ("what percentage of people trusted the police in 2019?", "en", "38"),
]


@pytest.mark.parametrize(("question", "language", "level"), NATIONAL_QUESTIONS)
def test_the_whole_people_keep_their_figure(
    engine: QAEngine, question: str, language: str, level: str
) -> None:
    [answer] = chat(engine, question, language=language)
    assert level in stated(answer)


@pytest.mark.parametrize(
    ("question", "language", "count"),
    [
        ("в нашем чате 200 человек, если по стране, сколько из нас доверяют полиции?", "ru", "126"),
        (
            "we are 300 people in our village; at the national rate how many of us trust?",
            "en",
            "189",
        ),
    ],
)
def test_how_many_of_us_with_a_count_is_still_computed(
    engine: QAEngine, question: str, language: str, count: str
) -> None:
    [answer] = chat(engine, question, language=language)
    assert count in stated(answer)


@pytest.mark.parametrize(
    ("question", "language", "intent"),
    [
        ("доверяет ли она полиции?", "ru", DEPUTY_STANCE),
        ("does she trust the police?", "en", DEPUTY_STANCE),
        ("почему люди не доверяют полиции?", "ru", REASONS),
        ("неге адамдар полицияға сенбейді?", "kk", REASONS),
        ("why don't people trust the police?", "en", REASONS),
        ("do you trust the police?", "en", NO_FIGURE),
    ],
)
def test_the_deputy_the_bot_and_the_reasons_keep_their_answers(
    engine: QAEngine, question: str, language: str, intent: str
) -> None:
    [answer] = chat(engine, question, language=language)
    assert answer.intent == intent


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("мой телефон не включается", "ru"),
        ("забыл пароль от телефона", "ru"),
        ("телефон не заряжается что делать", "ru"),
        ("экран телефона треснул", "ru"),
        ("не работает приложение каспи", "ru"),
        ("телефоным қосылмай тұр", "kk"),
        ("телефонның құпия сөзін ұмытып қалдым", "kk"),
        ("telefonym zaryadtalmaidy", "kk"),
        ("my phone won't turn on", "en"),
        ("how to share internet from my phone", "en"),
        ("forgot my phone password", "en"),
        ("my laptop keeps freezing", "en"),
    ],
)
def test_a_device_that_does_not_work_is_no_question_of_ours(
    engine: QAEngine, question: str, language: str
) -> None:
    [answer] = chat(engine, question, language=language)
    assert answer.intent == OUT_OF_SCOPE
    assert stated(answer) == []


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("как позвонить в полицию?", "ru"),
        ("у меня украли телефон, куда звонить?", "ru"),
        ("полицияға қалай қоңырау шалуға болады?", "kk"),
        ("how do I call the police?", "en"),
        ("someone stole my phone, who do I call?", "en"),
    ],
)
def test_a_call_or_a_crime_still_gets_the_numbers(
    engine: QAEngine, question: str, language: str
) -> None:
    [answer] = chat(engine, question, language=language)
    assert answer.intent == EMERGENCY_NUMBERS
    assert "102" in stated(answer)


@pytest.mark.parametrize(
    "question",
    [
        "полицейлердің жетіден бірі жемқор ма?",
        "полицейлердің әрбір жетіншісі пара алады ма?",
        "полицейлердин жетиден бири пара алады ма",
    ],
)
def test_the_one_in_seven_said_of_the_police_in_kazakh_has_no_share(
    engine: QAEngine, question: str
) -> None:
    [answer] = chat(engine, question, language="kk")
    assert answer.intent == CORRUPTION_OFFICERS
    assert "14" not in stated(answer)


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("насколько подняли зарплату участковым, в цифрах", "ru"),
        ("на сколько участковым подняли зарплату?", "ru"),
        ("учаскелік полицейлердің жалақысын қаншаға көтерді?", "kk"),
        ("by how much did the beat officers' pay go up?", "en"),
    ],
)
def test_the_size_of_the_inspectors_pay_rise_has_no_figure(
    engine: QAEngine, question: str, language: str
) -> None:
    [answer] = chat(engine, question, language=language)
    assert answer.intent == NO_FIGURE
