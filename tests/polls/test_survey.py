"""The standard survey as data: three languages, Telegram's limits, a comparable core question."""

from __future__ import annotations

import tomllib
from itertools import pairwise
from typing import Any

import pytest

from bot.config import LANGUAGES
from bot.polls.lifecycle import survey_poll
from bot.polls.limits import OPTIONS_MAX, option_fits, question_fits
from bot.polls.survey import SURVEY_FILE, SurveyError, parse_survey, standard_survey


def raw_survey() -> dict[str, Any]:
    with SURVEY_FILE.open("rb") as stream:
        return tomllib.load(stream)


def test_the_core_question_is_comparable_with_the_official_trust_share() -> None:
    survey = standard_survey()
    core = survey.core
    assert core.key == "trust" and core.comparable is not None
    assert core.comparable.metric == "trust_share"
    keys = ["trust", "partly", "not", "hard_to_say"]
    assert len(core.options) == len(keys)
    assert core.comparable.counted == (keys.index("trust"),)
    assert keys.index("hard_to_say") not in core.comparable.among
    assert core.comparable.how


def test_the_follow_ups_map_onto_the_three_reasons_for_distrust() -> None:
    survey = standard_survey()
    follow_ups = survey.questions[1:]
    assert {q.fact for q in follow_ups} == {
        "reason_prevention",
        "reason_formalism",
        "reason_corruption",
    }
    for question in follow_ups:
        assert (question.comparable is None) != (question.not_comparable is None)
    report = survey.question("report")
    assert report is not None and report.comparable is not None
    assert (report.comparable.metric, report.comparable.per) == (
        "offence_reports_not_considered",
        "offence_reports",
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_text_exists_and_fits_a_native_poll(language: str) -> None:
    for question in standard_survey().questions:
        assert question_fits(question.text(language))
        assert all(option_fits(text) for text in question.option_texts(language))
        if question.comparable is not None:
            assert question.comparable.label(language)


def test_questions_follow_one_another_and_end() -> None:
    survey = standard_survey()
    keys = [q.key for q in survey.questions]
    for current, following in pairwise(keys):
        after = survey.after(current)
        assert after is not None and after.key == following
    assert survey.after(keys[-1]) is None
    assert survey.after("no_such_question") is None


def drop_kazakh(raw: dict[str, Any]) -> None:
    del raw["questions"][1]["text"]["kk"]


def too_many_options(raw: dict[str, Any]) -> None:
    option = raw["questions"][1]["options"][0]
    raw["questions"][1]["options"] = [{**option, "key": f"o{i}"} for i in range(OPTIONS_MAX + 1)]


def long_option(raw: dict[str, Any]) -> None:
    raw["questions"][1]["options"][0]["ru"] = "д" * 101


def counted_outside_among(raw: dict[str, Any]) -> None:
    raw["questions"][0]["comparable"]["counted"] = ["hard_to_say"]


def duplicate_keys(raw: dict[str, Any]) -> None:
    raw["questions"][2]["key"] = raw["questions"][1]["key"]


def core_not_comparable(raw: dict[str, Any]) -> None:
    raw["core"] = "bribe"


def neither_comparable_nor_explained(raw: dict[str, Any]) -> None:
    del raw["questions"][1]["not_comparable"]


def shuffled_scale(raw: dict[str, Any]) -> None:
    core = next(q for q in raw["questions"] if q["key"] == raw["core"])
    core["unordered"] = True


@pytest.mark.parametrize(
    "spoil",
    [
        drop_kazakh,
        too_many_options,
        long_option,
        counted_outside_among,
        duplicate_keys,
        core_not_comparable,
        neither_comparable_nor_explained,
        shuffled_scale,
    ],
)
def test_a_broken_survey_file_is_refused(spoil: Any) -> None:
    raw = raw_survey()
    spoil(raw)
    with pytest.raises(SurveyError):
        parse_survey(raw)


def test_only_unordered_questions_are_shuffled() -> None:
    raw = raw_survey()
    raw["questions"][1]["unordered"] = True
    survey = parse_survey(raw)
    assert survey.questions[1].unordered
    assert survey_poll(survey.questions[1], "en", private=True).shuffle
    assert not survey_poll(survey.core, "en", private=False).shuffle
    assert not any(question.unordered for question in standard_survey().questions)
