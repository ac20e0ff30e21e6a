"""Scope decided by what is asked, round ten: a breakdown by age asked short, the regions by
every name, an unrelated question after ours, the akimat as a follow-up, a city told in passing,
a break-in told as a story, a story before a plain question, slang and digits typed for letters.
Our own phrasings, in ru / kk (also without its letters and in Latin) / en; the last question
of each conversation is the one checked."""

import pytest

from bot.qa import QAEngine
from bot.qa.intents import NO_FIGURE, OUT_OF_SCOPE
from tests.qa.talk import chat, holds_one_of_each, says, stated

LEVEL = "63"
POLICE, SINGLE = "102", "112"
NATIONAL = (("national", "по всему казахстану", "бүкіл қазақстан"),)
TRUST_ASKED = {
    "ru": "сколько людей доверяют полиции?",
    "kk": "полицияға қанша адам сенеді?",
    "en": "how many people trust the police?",
}

AGE_GROUPS: list[tuple[tuple[str, ...], str]] = [
    (("trust by age groups?",), "en"),
    (("police trust by age group",), "en"),
    (("trust in cops by gender groups?",), "en"),
    ((TRUST_ASKED["en"], "and by age groups?"), "en"),
    (("доверие по возрастным группам?",), "ru"),
    (("какое доверие к полиции по возрастным группам",), "ru"),
    (("жас бойынша сенім?",), "kk"),
    (("полицияға сенім жас топтары бойынша қандай?",), "kk"),
    (("жас топтарына карай сеним канша?",), "kk"),
    (("zhas boiynsha senim qansha?",), "kk"),
]

# Each oblast and city of republican significance in its usual forms, each asked in a
# question of its language's own
REGIONS_RU = [
    "Мангистау", "Мангыстау", "Маңғыстау", "Мангистауской области", "Актобе",
    "Актюбинской области", "Абайской области", "Жетысу", "Жетысуской области", "Улытау",
    "Улытауской области", "Туркестане", "Туркестанской области", "СКО", "ВКО", "ЗКО",
    "Северо-Казахстанской области", "Восточно-Казахстанской", "Западно-Казахстанской",
    "Акмолинской", "Алматинской области", "Атырау", "Жамбылской", "Карагандинской",
    "Костанайской", "Кызылординской", "Павлодарской", "Астане", "Алматы", "Шымкенте",
    "Чимкенте",
]  # fmt: skip
REGIONS_KK = [
    "Маңғыстауда", "Маңғыстау облысында", "Мангыстауда", "Ақтөбеде", "Актобеде",
    "Абай облысында", "Жетісуда", "Жетису облысында", "Ұлытауда", "Улытауда", "Түркістанда",
    "Туркистанда", "СҚО-да", "ШҚО-да", "БҚО-да", "Шығыс Қазақстанда", "Батыс Казакстанда",
    "Ақмола облысында", "Алматы облысында", "Атырауда", "Жамбыл облысында", "Қарағандыда",
    "Қостанайда", "Кызылордада", "Павлодарда", "Астанада", "Алматыда", "Шымкентте",
    "Mangystauda", "Aqtobede", "Zhetisuda", "Ulytauda", "Turkistanda", "Qaragandyda",
]  # fmt: skip
REGIONS_EN = [
    "Mangystau", "Mangistau", "Aktobe", "Aqtobe", "Abai region", "Zhetysu", "Jetisu", "Ulytau",
    "Turkestan", "Turkistan", "North Kazakhstan", "East Kazakhstan", "West Kazakhstan",
    "Akmola", "Almaty region", "Atyrau", "Zhambyl", "Karaganda", "Karagandy", "Kostanay",
    "Qostanay", "Kyzylorda", "Pavlodar", "Astana", "Almaty", "Shymkent",
]  # fmt: skip
ASKED_OF_A_REGION = {
    "ru": ("по {} доверие какое", "какое доверие к полиции в {}?"),
    "kk": ("{} полицияға сенім қанша?", "{} ше?"),
    "en": ("what's trust like in {}", "and in {}?"),
}
REGIONS: list[tuple[tuple[str, ...], str]] = [
    ((TRUST_ASKED[language], asked.format(name)) if "ше" in asked or "and" in asked else
     (asked.format(name),), language)
    for language, names in (("ru", REGIONS_RU), ("kk", REGIONS_KK), ("en", REGIONS_EN))
    for name in names
    for asked in ASKED_OF_A_REGION[language]
]  # fmt: skip

UNRELATED_AFTER: list[tuple[tuple[str, ...], str]] = [
    (("полицияға сенім қанша?", "ал кой сатсам казир каншага отеди"), "kk"),
    (("полицияға сенім қанша?", "ал қой сатсам қазір қаншаға өтеді?"), "kk"),
    (("polisiyaga senim qansha?", "al qoi satsam qazir qanshaga otedi"), "kk"),
    (("полицияға сенім қанша?", "сиырдын багасы казир канша?"), "kk"),
    ((TRUST_ASKED["ru"], "а почем сейчас баран на базаре?"), "ru"),
    ((TRUST_ASKED["ru"], "а за сколько сейчас можно продать барана?"), "ru"),
    ((TRUST_ASKED["en"], "and what would a sheep sell for now?"), "en"),
    ((TRUST_ASKED["en"], "ok and what's the price of a sheep right now"), "en"),
]

AKIMAT: list[tuple[tuple[str, ...], str]] = [
    ((TRUST_ASKED["en"], "and the akimat, do people trust it? what percent"), "en"),
    ((TRUST_ASKED["en"], "what about the akimat, do folks trust it? percent"), "en"),
    (("do people trust the akimat?",), "en"),
    (("what percent trust the akimat?",), "en"),
    ((TRUST_ASKED["ru"], "а акимат, ему люди доверяют? какой процент"), "ru"),
    ((TRUST_ASKED["ru"], "а акимату доверяют? сколько процентов"), "ru"),
    (("доверяют ли люди акимату?",), "ru"),
    ((TRUST_ASKED["kk"], "ал әкімдік, оған адамдар сене ме? қанша пайыз"), "kk"),
    ((TRUST_ASKED["kk"], "ал әкімдікке сенеді ме? неше пайыз"), "kk"),
    (("әкімдікке сенеді ме?",), "kk"),
    (("акимдикке канша адам сенеди?",), "kk"),
    (("akimdikke qansha adam senedi?",), "kk"),
]

CITY_IN_PASSING: list[tuple[tuple[str, ...], str, str]] = [
    (
        (
            "so im selling phone cases in aktobe and guy next to me swears trust in police is "
            "like 20 percent max, bro what is it really",
        ),
        "en",
        "20",
    ),
    (
        ("i sell fruit in almaty, my neighbour says only 30% trust police, what is it?",),
        "en",
        "30",
    ),
    (("working in shymkent, a guy told me trust in police is 15 percent, true?",), "en", "15"),
    (
        (
            "торгую в Актобе на рынке, сосед говорит доверие к полиции процентов 20 максимум, "
            "а на самом деле сколько?",
        ),
        "ru",
        "20",
    ),
    (("работаю в Шымкенте, коллега уверяет что полиции доверяют 20%, это правда?",), "ru", "20"),
]

CITY_ASKED: list[tuple[tuple[str, ...], str]] = [
    (("what is trust in Aktobe?",), "en"),
    (("im selling phone cases in aktobe, what's trust in police here?",), "en"),
    (("какое доверие к полиции в Актобе?",), "ru"),
    (("Ақтөбеде полицияға сенім қанша?",), "kk"),
    (("any figure for Pavlodar? we live in Ekibastuz",), "en"),
    (("got the figure for Zhambyl region? we're in Taraz",), "en"),
]

BREAK_IN: list[tuple[tuple[str, ...], str]] = [
    (("my stall got broken into last night who do i call",), "en"),
    (("someone broke into my shop overnight, who should i call?",), "en"),
    (("our kiosk was broken into this morning, who to call",), "en"),
    (("ночью вскрыли мой ларёк, куда звонить?",), "ru"),
    (("ночью взломали киоск, кому звонить?",), "ru"),
    (("түнде дүңгіршегімді бұзып кіріпті, кімге қоңырау шалам?",), "kk"),
    (("тунде дукенимди бузып кирипти, кайда хабарласам?",), "kk"),
]

STORY_THEN_LEVEL: list[tuple[tuple[str, ...], str]] = [
    (
        (
            "called my district officer 6 times, never got through. fine. just tell me how many "
            "people trust the police now, I wanna know who these people are",
        ),
        "en",
    ),
    (
        (
            "rang the local inspector all week and never got through. whatever. how many people "
            "actually trust the police these days?",
        ),
        "en",
    ),
    (("i couldnt get through to 102 twice. anyway, what share trust the police now?",), "en"),
    (
        (
            "звонил участковому 6 раз, не дозвонился. ладно. просто скажи, сколько людей сейчас "
            "доверяют полиции",
        ),
        "ru",
    ),
    (
        ("пять раз звонила участковому и не дозвонилась. ну и ладно, сколько сейчас доверяют?",),
        "ru",
    ),
    (
        (
            "учаскелікке бес рет қоңырау шалдым, хабарласа алмадым. жарайды, қазір полицияға "
            "қанша адам сенеді?",
        ),
        "kk",
    ),
    (
        (
            "uchaskelikke bes ret qongyrau shaldym, habarlasa almadym. zharaidy, qazir "
            "policiyaga qansha adam senedi?",
        ),
        "kk",
    ),
]

SLANG_LEVEL: list[tuple[tuple[str, ...], str]] = [
    (("bro drop the trust-in-cops number, arguing w my neighbour rn",), "en"),
    (("yo drop me the police trust stat real quick",), "en"),
    (("drop that cop trust % pls, me n my cousin got a bet",), "en"),
    (("whats the trust in cops number, arguing with my neighbour",), "en"),
    (("дов3рие к полицыи скока %",), "ru"),
    (("даверие к пол1ции скока процентов?",), "ru"),
    (("довер1е к полиции какое щас",), "ru"),
    (("полиц1яға сен1м канша?",), "kk"),
    (("сен1м қанша пайыз полицияга",), "kk"),
]


@pytest.mark.parametrize(("asked", "language"), AGE_GROUPS + REGIONS + CITY_ASKED)
def test_a_breakdown_by_age_or_region_has_no_figure(
    engine: QAEngine, asked: tuple[str, ...], language: str
) -> None:
    """No group's, region's or city's figure: what there is, labelled national, no number."""
    answer = chat(engine, *asked, language=language)[-1]
    assert answer.intent == NO_FIGURE
    assert stated(answer) == []
    assert holds_one_of_each(answer, NATIONAL)


@pytest.mark.parametrize(("asked", "language"), UNRELATED_AFTER + AKIMAT)
def test_a_price_or_the_akimat_is_out_of_scope(
    engine: QAEngine, asked: tuple[str, ...], language: str
) -> None:
    """A price asked after trust, or trust in the akimat (also resumed by "it" after a clause
    of its own): never our 63 %, nor the change."""
    answer = chat(engine, *asked, language=language)[-1]
    assert answer.intent == OUT_OF_SCOPE
    assert stated(answer) == []


@pytest.mark.parametrize(("asked", "language", "claimed"), CITY_IN_PASSING)
def test_a_city_where_the_asker_trades_is_no_breakdown(
    engine: QAEngine, asked: tuple[str, ...], language: str, claimed: str
) -> None:
    """The national level, never the figure the asker was told."""
    answer = chat(engine, *asked, language=language)[-1]
    assert answer.intent == "trust_current"
    assert says(answer, LEVEL)
    assert claimed not in stated(answer)


@pytest.mark.parametrize(("asked", "language"), BREAK_IN)
def test_a_break_in_told_asks_the_emergency_numbers(
    engine: QAEngine, asked: tuple[str, ...], language: str
) -> None:
    answer = chat(engine, *asked, language=language)[-1]
    assert answer.intent == "emergency_numbers"
    assert says(answer, POLICE, SINGLE)


@pytest.mark.parametrize(("asked", "language"), STORY_THEN_LEVEL + SLANG_LEVEL)
def test_the_level_asked_after_a_story_or_in_slang(
    engine: QAEngine, asked: tuple[str, ...], language: str
) -> None:
    """The level, not the 37 % of a "never" in the story, nor a reason, nor out of scope."""
    answer = chat(engine, *asked, language=language)[-1]
    assert answer.intent == "trust_current"
    assert says(answer, LEVEL)
    assert "37" not in stated(answer)
