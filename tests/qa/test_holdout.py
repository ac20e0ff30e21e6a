"""Held-out set accuracy per language: phrasings written after the engine, never trained on.

tests/data/qa_holdout.jsonl is not used to write examples or lexicon entries; it measures how the
engine generalises. The thresholds are the measured figures minus a small margin.
"""

import pytest

from bot.qa import QAEngine
from bot.qa.evaluation import Case, Outcome, load_cases, run
from bot.qa.lexicon import LANGUAGES
from tests.qa.conftest import ROOT, assert_accuracy

IN_SCOPE_TARGET = 0.88
REJECTION_TARGET = 0.90


@pytest.fixture(scope="module")
def holdout_cases() -> list[Case]:
    return load_cases(ROOT / "tests" / "data" / "qa_holdout.jsonl")


@pytest.fixture(scope="module")
def outcomes(engine: QAEngine, holdout_cases: list[Case]) -> list[Outcome]:
    return run(engine, holdout_cases, Outcome)


def test_holdout_set_is_big_enough(holdout_cases: list[Case]) -> None:
    assert len(holdout_cases) >= 180
    for lang in LANGUAGES:
        mine = [c for c in holdout_cases if c.lang == lang]
        assert sum(c.intent != "out_of_scope" for c in mine) >= 50
        assert len({c.intent for c in mine}) == 16  # the original intents, no figure, out of scope
    assert sum(c.intent == "out_of_scope" for c in holdout_cases) >= 30
    assert sum(bool(c.context) for c in holdout_cases) >= 15


@pytest.mark.parametrize("lang", LANGUAGES)
def test_accuracy_per_language(outcomes: list[Outcome], lang: str) -> None:
    assert_accuracy(outcomes, lang, IN_SCOPE_TARGET, REJECTION_TARGET)
