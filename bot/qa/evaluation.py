"""Measuring the engine on the evaluation set (tests/data/qa_eval.jsonl).

Shared by the accuracy test and `bench/qa_eval.py`, so both count exactly the same way. Also
reads the seed figures CSV into plain facts, for tests and benchmarks that run without a database.
"""

import csv
import datetime
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol, TypeVar

from bot.qa.answer import Answer
from bot.qa.conversation import Conversation
from bot.qa.datafiles import load
from bot.qa.engine import QAEngine
from bot.qa.intents import OUT_OF_SCOPE
from bot.qa.lexicon import LANGUAGES


@dataclass(frozen=True)
class SeedFact:
    """A figures.csv row with the attributes of bot.qa.Fact."""

    metric: str
    period: int
    value: float | None
    unit: str
    source: str
    publication: str
    published_on: datetime.date
    quote: str


def read_facts(path: Path) -> list[SeedFact]:
    with path.open(encoding="utf-8", newline="") as fh:
        return [
            SeedFact(
                metric=row["metric"],
                period=int(row["period"]),
                value=float(row["value"]) if row["value"] else None,
                unit=row["unit"],
                source=row["source"],
                publication=row["publication"],
                published_on=datetime.date.fromisoformat(row["published_on"]),
                quote=row["quote"],
            )
            for row in csv.DictReader(fh)
        ]


@dataclass(frozen=True)
class Case:
    lang: str
    question: str
    intent: str
    must_contain: tuple[str, ...] = ()
    must_not_contain: tuple[str, ...] = ()
    context: tuple[str, ...] = ()  # earlier questions in the same chat


def load_cases(path: Path) -> list[Case]:
    cases = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            item = json.loads(line)
            cases.append(
                Case(
                    lang=item["lang"],
                    question=item["question"],
                    intent=item["intent"],
                    must_contain=tuple(item.get("must_contain", ())),
                    must_not_contain=tuple(item.get("must_not_contain", ())),
                    context=tuple(item.get("context", ())),
                )
            )
    return cases


# An answer of the key intent also answers a question labelled with the value (intents.toml).
REFINES: dict[str, str] = load("intents.toml")["refines"]


@dataclass(frozen=True)
class Outcome:
    case: Case
    answer: Answer

    @property
    def passed(self) -> bool:
        """Right intent, every required fact in the text, no forbidden one (case-insensitive)."""
        text = self.answer.text.casefold()
        intent = self.answer.intent
        return (
            self.case.intent in (intent, REFINES.get(intent))
            and all(s.casefold() in text for s in self.case.must_contain)
            and not any(s.casefold() in text for s in self.case.must_not_contain)
        )


def ask_in_context(engine: QAEngine, lang: str, context: Iterable[str], question: str) -> Answer:
    """The answer to `question` in a fresh chat, after its context questions; the user's
    language is `lang`."""
    chat = Conversation()
    for earlier in context:
        engine.answer(earlier, language=lang, conversation=chat)
    return engine.answer(question, language=lang, conversation=chat)


class Asked(Protocol):
    """A question of any set: its language, its text, and the chat before it."""

    @property
    def lang(self) -> str: ...
    @property
    def question(self) -> str: ...
    @property
    def context(self) -> tuple[str, ...]: ...


AskedT = TypeVar("AskedT", bound=Asked)
ScoredT = TypeVar("ScoredT")


def run(
    engine: QAEngine, cases: Iterable[AskedT], outcome: Callable[[AskedT, Answer], ScoredT]
) -> list[ScoredT]:
    """Every case asked in its own chat; `outcome` scores it (Outcome, blind.BlindOutcome)."""
    return [outcome(c, ask_in_context(engine, c.lang, c.context, c.question)) for c in cases]


def share(part: int, whole: int) -> float:
    """part / whole; an empty set scores 1.0 (nothing was missed)."""
    return part / whole if whole else 1.0


@dataclass(frozen=True)
class Score:
    in_scope: int
    in_scope_passed: int
    out_of_scope: int
    rejected: int

    @property
    def accuracy(self) -> float:
        return share(self.in_scope_passed, self.in_scope)

    @property
    def rejection(self) -> float:
        return share(self.rejected, self.out_of_scope)


def scores(outcomes: Sequence[Outcome]) -> dict[str, Score]:
    """Per language: in-scope accuracy and out-of-scope rejection."""
    result = {}
    for lang in LANGUAGES:
        mine = [o for o in outcomes if o.case.lang == lang]
        inside = [o for o in mine if o.case.intent != OUT_OF_SCOPE]
        outside = [o for o in mine if o.case.intent == OUT_OF_SCOPE]
        result[lang] = Score(
            in_scope=len(inside),
            in_scope_passed=sum(o.passed for o in inside),
            out_of_scope=len(outside),
            rejected=sum(o.passed for o in outside),
        )
    return result


def describe_failure(outcome: Outcome) -> str:
    case, answer = outcome.case, outcome.answer
    context = " → ".join((*case.context, "")) if case.context else ""
    expected = f"{case.intent} {list(case.must_contain)}"
    return (
        f"[{case.lang}] {context}{case.question!r}: expected {expected}, "
        f"got {answer.intent} ({answer.confidence:.2f}, {answer.language}): "
        f"{answer.text[:120]!r}"
    )


@dataclass(frozen=True)
class LeaveOneOut:
    """An example classified by the matcher trained on all the others."""

    intent: str
    predicted: str
    similarity: float


def leave_one_out(engine: QAEngine) -> list[LeaveOneOut]:
    """Each example phrasing against the rest: how well the matcher generalises, and where the
    out-of-scope threshold should sit."""
    return [
        LeaveOneOut(intent, *engine.matcher.best(words, exclude=index))
        for index, (intent, words) in enumerate(engine.training_examples())
    ]


def table(headers: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """A plain-text table, columns padded to their widest cell."""
    cells = [[str(h) for h in headers], *([str(c) for c in row] for row in rows)]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) for row in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(line.rstrip() for line in lines)
