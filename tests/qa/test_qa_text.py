"""Normalisation, language detection and slot extraction."""

import pytest

from bot.qa.language import detect_language
from bot.qa.lexicon import Lexicon
from bot.qa.normalize import fix_lookalikes, normalize, transliterate
from bot.qa.slots import Slots, extract_slots


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return Lexicon.load()


def test_case_kazakh_letters_and_stretched_letters_fold_to_one_form() -> None:
    assert normalize("ПОЛИЦИЯҒА Қанша сенеді", latin_to_cyrillic=True) == normalize(
        "полицияга канша сенеди", latin_to_cyrillic=True
    )
    assert normalize("пооооолиция", latin_to_cyrillic=True) == ["полиция"]


def test_latin_lookalikes_inside_cyrillic_words_are_fixed() -> None:
    assert fix_lookalikes("пoлиция") == "полиция"  # Latin "o"
    assert fix_lookalikes("pоlice") == "police"  # Cyrillic "о" in a Latin word


def test_kazakh_and_russian_typed_in_latin_are_transliterated() -> None:
    assert normalize("polisiyaga qansha adam senedi", latin_to_cyrillic=True) == [
        "полисияга",
        "канша",
        "адам",
        "сенеди",
    ]
    assert transliterate("kakoy") == "какой"
    assert normalize("police", latin_to_cyrillic=False) == ["police"]


def test_apostrophes_and_numbers() -> None:
    assert normalize("Don't trust, 2019-м!", latin_to_cyrillic=False) == [
        "dont",
        "trust",
        "2019",
        "м",
    ]


def test_a_digit_run_longer_than_any_count_is_noise() -> None:
    assert normalize("доверие 9999999999999999 63%", latin_to_cyrillic=False) == [
        "доверие",
        "63",
        "%",
    ]
    assert normalize("+7 701 234 5678", latin_to_cyrillic=False) == ["77012345678"]


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("Полицияға қанша адам сенеді?", "kk"),
        ("полицияга канша адам сенеди", "kk"),
        ("polisiyaga qansha adam senedi", "kk"),
        ("полицияға доверие сколько", "kk"),  # a Kazakh letter decides…
        # …unless its word is quoted among many Russian ones
        ("Учаскелік, то есть участковые — при чём они тут вообще к доверию?", "ru"),
        ("Сколько людей доверяют полиции?", "ru"),
        ("doverie k policii kakoy", "ru"),
        ("How many people trust the police?", "en"),
        ("а в 2019?", None),  # no clear signal: the conversation decides
        ("2019", None),
    ],
)
def test_language_detection(lexicon: Lexicon, question: str, language: str | None) -> None:
    assert detect_language(question, lexicon) == language


def slots_of(text: str, lexicon: Lexicon) -> Slots:
    return extract_slots(normalize(text, latin_to_cyrillic=True), lexicon)


@pytest.mark.parametrize(
    ("question", "years"),
    [
        ("доверие в 2019 году", (2019,)),
        ("а в 2019м?", (2019,)),
        ("2022 жылы қанша", (2022,)),
        ("в 22 году", (2022,)),
        ("сравни 2025 и 2019", (2019, 2025)),
        ("63 процента правда?", ()),
        ("из 800000 сообщений", ()),
        ("в посёлке 2000 жителей", ()),  # a count of people, no year
        ("ауылда 2000 тұрғын бар", ()),
    ],
)
def test_year_slots(lexicon: Lexicon, question: str, years: tuple[int, ...]) -> None:
    assert slots_of(question, lexicon).years == years


def test_follow_up_slots_leave_no_topic(lexicon: Lexicon) -> None:
    assert slots_of("а в 2019?", lexicon).content == ()
    assert slots_of("а скажем 2023?", lexicon).content == ()  # a year given as an example
    assert slots_of("мысалы 2021 ше?", lexicon).content == ()
    now = slots_of("а сейчас?", lexicon)
    assert now.now and now.content == ()
    second = slots_of("а вторая?", lexicon)
    assert second.order == "second" and second.content == ()
    more = slots_of("подробнее про коррупцию", lexicon)
    assert more.more and more.content == ("коррупцию",)
