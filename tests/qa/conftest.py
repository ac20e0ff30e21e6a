"""Fixtures for the Q&A engine tests: the seed figures as plain facts, an engine, an HTML check."""

import re
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path

import pytest

from bot.qa import QAEngine
from bot.qa.evaluation import (
    Case,
    Outcome,
    SeedFact,
    describe_failure,
    load_cases,
    read_facts,
    scores,
)

ROOT = Path(__file__).resolve().parents[2]
FIGURES_CSV = ROOT / "db" / "seed" / "figures.csv"
EVAL_SET = ROOT / "tests" / "data" / "qa_eval.jsonl"

ALLOWED_TAGS = {"b", "i", "a", "code", "blockquote"}
BARE_AMPERSAND = re.compile(r"&(?!(?:[a-zA-Z]+|#\d+|#x[0-9a-fA-F]+);)")


@pytest.fixture(scope="session")
def seed_facts() -> list[SeedFact]:
    return read_facts(FIGURES_CSV)


@pytest.fixture(scope="session")
def engine(seed_facts: list[SeedFact]) -> QAEngine:
    return QAEngine.from_facts(seed_facts)


@pytest.fixture(scope="session")
def eval_cases() -> list[Case]:
    return load_cases(EVAL_SET)


def assert_accuracy(outcomes: list[Outcome], lang: str, in_scope: float, rejection: float) -> None:
    """One language's in-scope accuracy and out-of-scope rejection, failures listed if short."""
    score = scores(outcomes)[lang]
    failures = [describe_failure(o) for o in outcomes if o.case.lang == lang and not o.passed]
    report = "\n".join(failures)
    assert score.accuracy >= in_scope, f"in-scope accuracy {score.accuracy:.3f}:\n{report}"
    assert score.rejection >= rejection, f"out-of-scope rejection {score.rejection:.3f}:\n{report}"


class _TelegramHTML(HTMLParser):
    """Collects what Telegram's HTML parse mode would reject."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.errors: list[str] = []
        self.open: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in ALLOWED_TAGS:
            self.errors.append(f"tag <{tag}> not allowed")
        if tag == "a" and not dict(attrs).get("href"):
            self.errors.append("<a> without href")
        self.open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.open or self.open.pop() != tag:
            self.errors.append(f"unbalanced </{tag}>")


@pytest.fixture(scope="session")
def html_errors() -> Callable[[str], list[str]]:
    def check(text: str) -> list[str]:
        parser = _TelegramHTML()
        parser.feed(text)
        parser.close()
        errors = parser.errors + [f"unclosed <{tag}>" for tag in parser.open]
        if BARE_AMPERSAND.search(text):
            errors.append("bare &")
        if re.search(r"<(?!/?(?:b|i|a|code|blockquote)\b)", text):
            errors.append("bare <")
        return errors

    return check
