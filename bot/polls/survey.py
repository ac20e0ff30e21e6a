"""The standard survey, kept as data (data/standard_survey.toml) in ru, kk and en.

Each question records the official metric it is comparable with and how, or why it is not;
loading checks every text against Telegram's poll limits so a bad edit fails at start, not in a
chat.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from bot.config import LANGUAGES
from bot.polls.limits import OPTIONS_MAX, OPTIONS_MIN, option_fits, question_fits

SURVEY_FILE = Path(__file__).with_name("data") / "standard_survey.toml"


class SurveyError(ValueError):
    """The survey file is malformed; the message names the question."""


@dataclass(frozen=True)
class Comparable:
    """How a question's answers map onto an official share.

    The share is answers for `counted` options among answers for `among` options; the official
    value is `metric` (as a percentage), or `metric` / `per` when the figure is two counts.
    """

    metric: str
    per: str | None
    counted: tuple[int, ...]
    among: tuple[int, ...]
    labels: Mapping[str, str]
    how: str
    statements: Mapping[str, str]
    """How the official figure reads in a sentence, with {value}: «полиции доверяют {value}»."""

    def label(self, language: str) -> str:
        return self.labels[language]

    def statement(self, language: str) -> str:
        return self.statements[language]


@dataclass(frozen=True)
class SurveyQuestion:
    key: str
    fact: str
    texts: Mapping[str, str]
    options: tuple[Mapping[str, str], ...]
    comparable: Comparable | None
    not_comparable: str | None
    unordered: bool = False
    """Options with no order (a list of reasons), which Telegram may shuffle; never a scale."""

    def text(self, language: str) -> str:
        return self.texts[language]

    def option_texts(self, language: str) -> list[str]:
        return [option[language] for option in self.options]


@dataclass(frozen=True)
class Survey:
    id: str
    core: SurveyQuestion
    questions: tuple[SurveyQuestion, ...]

    def question(self, key: str | None) -> SurveyQuestion | None:
        return next((q for q in self.questions if q.key == key), None)

    def after(self, key: str) -> SurveyQuestion | None:
        """The question that follows `key` in a private survey, None after the last."""
        keys = [q.key for q in self.questions]
        position = keys.index(key) + 1 if key in keys else len(keys)
        return self.questions[position] if position < len(keys) else None


@cache
def standard_survey() -> Survey:
    with SURVEY_FILE.open("rb") as stream:
        return parse_survey(tomllib.load(stream))


def parse_survey(raw: Mapping[str, Any]) -> Survey:
    questions = tuple(_question(entry) for entry in raw.get("questions", ()))
    keys = [q.key for q in questions]
    if len(set(keys)) != len(keys):
        raise SurveyError("question keys must be unique")
    core = next((q for q in questions if q.key == raw.get("core")), None)
    if core is None or core.comparable is None:
        raise SurveyError("`core` must name a question comparable with an official metric")
    if core.unordered:
        raise SurveyError("the core question is a scale: its options cannot be shuffled")
    return Survey(id=str(raw["id"]), core=core, questions=questions)


def _question(raw: Mapping[str, Any]) -> SurveyQuestion:
    key = str(raw.get("key", "?"))
    texts = _texts(raw.get("text", {}), key)
    if not all(question_fits(text) for text in texts.values()):
        raise SurveyError(f"{key}: a question text does not fit Telegram's poll limits")
    options = tuple(_texts(option, key) for option in raw.get("options", ()))
    option_keys = [str(option.get("key")) for option in raw.get("options", ())]
    if not OPTIONS_MIN <= len(options) <= OPTIONS_MAX or len(set(option_keys)) != len(options):
        raise SurveyError(f"{key}: needs {OPTIONS_MIN}–{OPTIONS_MAX} options with unique keys")
    if not all(option_fits(text) for option in options for text in option.values()):
        raise SurveyError(f"{key}: an option text does not fit Telegram's poll limits")
    comparable = raw.get("comparable")
    not_comparable = raw.get("not_comparable")
    if (comparable is None) == (not_comparable is None):
        raise SurveyError(f"{key}: give either `comparable` or `not_comparable`")
    return SurveyQuestion(
        key=key,
        fact=str(raw.get("fact", "")),
        texts=texts,
        options=options,
        comparable=_comparable(comparable, option_keys, key) if comparable else None,
        not_comparable=not_comparable,
        unordered=raw.get("unordered", False) is True,
    )


def _comparable(raw: Mapping[str, Any], option_keys: Sequence[str], key: str) -> Comparable:
    def positions(name: str) -> tuple[int, ...]:
        chosen = raw.get(name, ())
        if not chosen or any(option not in option_keys for option in chosen):
            raise SurveyError(f"{key}: `{name}` must list some of the options {option_keys}")
        return tuple(option_keys.index(option) for option in chosen)

    counted, among = positions("counted"), positions("among")
    if not set(counted) < set(among):
        raise SurveyError(f"{key}: `counted` must be part of `among`, and smaller")
    return Comparable(
        metric=str(raw["metric"]),
        per=raw.get("per"),
        counted=counted,
        among=among,
        labels=_texts(raw.get("label", {}), key),
        how=str(raw.get("how", "")),
        statements=_statements(raw.get("official", {}), key),
    )


def _statements(raw: Mapping[str, Any], key: str) -> dict[str, str]:
    statements = _texts(raw, key)
    if not all("{value}" in text for text in statements.values()):
        raise SurveyError(f"{key}: every `official` text needs {{value}}")
    return statements


def _texts(raw: Mapping[str, Any], key: str) -> dict[str, str]:
    missing = [language for language in LANGUAGES if not str(raw.get(language, "")).strip()]
    if missing:
        raise SurveyError(f"{key}: missing texts in {', '.join(missing)}")
    return {language: str(raw[language]).strip() for language in LANGUAGES}
