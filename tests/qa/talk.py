"""Helpers the Q&A tests share: a conversation asked in order, and the numbers an answer states."""

import re
from typing import Any

import pytest

from bot.qa import Answer, Conversation, QAEngine
from bot.qa.plain import plain_text

NUMBERS = re.compile(r"\d+(?:[.,]\d+)?")


def chat(engine: QAEngine, *questions: str, language: str = "ru") -> list[Answer]:
    """Ask questions in order in one conversation."""
    conversation = Conversation()
    return [engine.answer(q, language=language, conversation=conversation) for q in questions]


def stated(answer: Answer) -> list[str]:
    return NUMBERS.findall(plain_text(answer.text))


def says(answer: Answer, *numbers: str) -> bool:
    """Every one of `numbers` is stated, its decimal point a dot or a comma."""
    found = {n.replace(",", ".") for n in stated(answer)}
    return all(n.replace(",", ".") in found for n in numbers)


def holds_one_of_each(answer: Answer, wanted: tuple[tuple[str, ...], ...]) -> bool:
    """One word of each tuple is in the answer's text (lower case): a word in any language."""
    text = plain_text(answer.text).lower()
    return all(any(word in text for word in words) for words in wanted)


def class_cases(classes: dict[str, tuple[Any, ...]]) -> list[Any]:
    """Each phrasing of each class (its last item) as a test case, named by its class,
    language and place."""
    return [
        pytest.param(kind, asked, language, id=f"{kind}-{language}-{n}")
        for kind, (*_, phrasings) in classes.items()
        for n, (asked, language) in enumerate(phrasings)
    ]
