"""Evaluation set accuracy per language: in-scope >= 95 %, out-of-scope rejection >= 95 %."""

import pytest

from bot.qa import QAEngine
from bot.qa.evaluation import Case, Outcome, run
from bot.qa.lexicon import LANGUAGES
from tests.qa.conftest import assert_accuracy

TARGET = 0.95


@pytest.fixture(scope="module")
def outcomes(engine: QAEngine, eval_cases: list[Case]) -> list[Outcome]:
    return run(engine, eval_cases, Outcome)


def test_eval_set_is_big_enough(eval_cases: list[Case]) -> None:
    cases = eval_cases
    assert len(cases) >= 300
    for lang in LANGUAGES:
        assert sum(c.lang == lang for c in cases) >= 100
    assert sum(c.intent == "out_of_scope" for c in cases) >= 60
    assert sum(bool(c.context) for c in cases) >= 30


@pytest.mark.parametrize("lang", LANGUAGES)
def test_accuracy_per_language(outcomes: list[Outcome], lang: str) -> None:
    assert_accuracy(outcomes, lang, TARGET, TARGET)
