"""Helpers the Q&A tests share: a conversation asked in order, and the numbers an answer states."""

import re

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
