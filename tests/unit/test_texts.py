"""What native readers asked for in the ru and kk catalogs: one wording per thing, natural
phrases, and examples that the bot itself understands."""

from __future__ import annotations

import re
from datetime import time

import pytest

from bot.handlers.poll import usage
from bot.handlers.schedule import describe
from bot.polls.custom import parse_poll_arguments
from bot.polls.schedule import Kind, Recurrence, parse_schedule_arguments
from bot.util.i18n import Translator, translations
from tests.unit.test_i18n import code_messages

SCHEDULE_EXAMPLE = re.compile(r"/schedule ([^<\n—]+?)(?:</code>)? —")
WEEKLY_WORD = {"ru": "еженедельно", "kk": "апта сайын"}


def catalog_texts(language: str) -> list[str]:
    catalog = translations(language)
    return [catalog.gettext(message) for message in sorted(code_messages())]


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_schedule_examples_use_one_wording_that_the_bot_understands(language: str) -> None:
    examples = [
        example.strip()
        for text in catalog_texts(language)
        for example in SCHEDULE_EXAMPLE.findall(text)
    ]
    assert len(examples) >= 4
    for example in examples:
        parse_schedule_arguments(example)
        assert not re.search(r"\b(weekly|monthly|off)\b", example), example
    weekly = [example for example in examples if example.startswith(WEEKLY_WORD[language])]
    assert len(set(weekly)) == 1, weekly


@pytest.mark.parametrize(
    ("language", "day", "expected"),
    [
        ("ru", 0, "каждый понедельник в 10:00"),
        ("ru", 2, "каждую среду в 10:00"),
        ("ru", 6, "каждое воскресенье в 10:00"),
        ("kk", 0, "әр дүйсенбі, сағат 10:00"),
        ("en", 4, "every Friday at 10:00"),
    ],
)
def test_a_weekly_schedule_reads_naturally(language: str, day: int, expected: str) -> None:
    recurrence = Recurrence(Kind.WEEKLY, day, time(10, 0))
    assert describe(recurrence, Translator(language)) == expected


def test_kazakh_names_the_bot_and_its_polls_as_people_write() -> None:
    texts = "\n".join(catalog_texts("kk"))
    assert "Сенімбін" not in texts and "Мен — Сенім" in texts
    assert "Сенім ботының сауалнамалары" in texts and "Сенімнің барлық" not in texts
    assert "көрсеткішпен қатар" in texts and "көрсеткіштің қасында" not in texts
    assert not re.search(r"дерек көз|дереккоз", texts, re.IGNORECASE)


def test_russian_invites_a_question_and_speaks_of_the_bots_polls() -> None:
    texts = "\n".join(catalog_texts("ru"))
    assert "Задайте вопрос командой /ask или ответьте на моё сообщение" in texts
    assert "в опросах бота" in texts.lower() and "Все опросы Сеним" not in texts


@pytest.mark.parametrize("language", ["en", "ru", "kk"])
def test_the_poll_usage_names_live_polls_in_a_word_the_bot_understands(language: str) -> None:
    (word,) = re.findall(r"<code>/poll (\w+)</code>", usage(Translator(language)))
    assert parse_poll_arguments(word).live
