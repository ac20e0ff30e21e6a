"""Scoring the blind question sets (tests/data/qa_blind*.jsonl) on what the answer says.

Blind sets are written by people who never saw the intents, so they carry no intent labels: each
item says what kind of answer is right (a figure, an explanation, an honest "no figure", a polite
refusal, a short reply to thanks) and which numbers must or must not appear. A *false figure* is
an answer that states a forbidden number, or any number at all where none may be stated.
"""

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from bot.qa.answer import Answer
from bot.qa.engine import QAEngine
from bot.qa.evaluation import run, share
from bot.qa.intents import ACK, DECLINES, WORDS_ONLY
from bot.qa.plain import plain_text

KINDS = ("figure", "explain", "no_figure", "out_of_scope", "ack")
SILENT_KINDS = frozenset({"no_figure", "out_of_scope", "ack"})  # no number may be stated
NUMBER_RE = re.compile(r"\d+(?:[.,]\d+)*")
DATE_RE = re.compile(r"\d{1,2}\.\d{1,2}\.\d{4}")
GROUPED_RE = re.compile(r"(?<![\d.,])\d{1,3}(?:[,\u00a0\u202f ]\d{3})+(?![\d.,]\d)")


@dataclass(frozen=True)
class BlindCase:
    id: str
    lang: str
    question: str
    kind: str
    topic: str
    must_contain: tuple[str, ...] = ()
    must_not_contain: tuple[str, ...] = ()
    context: tuple[str, ...] = ()
    note: str = ""


def load_blind(path: Path) -> list[BlindCase]:
    items = (json.loads(line) for line in path.read_text(encoding="utf-8").splitlines())
    return [
        BlindCase(
            id=str(item.get("id", "")),
            lang=item["lang"],
            question=item["question"],
            kind=item["kind"],
            topic=item.get("topic", ""),
            must_contain=tuple(str(s) for s in item.get("must_contain", ())),
            must_not_contain=tuple(str(s) for s in item.get("must_not_contain", ())),
            context=tuple(item.get("context", ())),
            note=item.get("note", ""),
        )
        for item in items
        if item
    ]


def numbers_in(text: str) -> list[str]:
    """Numbers as written, with "," read as "." ("62,5" -> "62.5"); a thousands space is not
    joined, so "800 тыс." is "800". A date also states its year ("13.10.2025" -> "2025"). Groups
    of three digits after a separator ("1 260", "1,260") also state the whole ("1260")."""
    found = [match.replace(",", ".") for match in NUMBER_RE.findall(text)]
    grouped = [re.sub(r"\D", "", match) for match in GROUPED_RE.findall(text)]
    dates = [n.rsplit(".", 1)[1] for n in found if DATE_RE.fullmatch(n)]
    return [*found, *dates, *grouped]


def _is_number(expected: str) -> bool:
    return bool(NUMBER_RE.fullmatch(expected.strip().replace(",", ".")))


def has_number(expected: str, found: Sequence[str]) -> bool:
    """ "63" is in "63%"; "14" is in "14,3%" (a rounded reading); "1.66" needs "1,66" or "1.66"."""
    wanted = expected.strip().replace(",", ".")
    return any(n == wanted or ("." not in wanted and n.startswith(wanted + ".")) for n in found)


def contains(expected: str, text: str, found: Sequence[str]) -> bool:
    if _is_number(expected):
        return has_number(expected, found)
    return expected.casefold() in text.casefold()


@dataclass(frozen=True)
class BlindOutcome:
    case: BlindCase
    answer: Answer

    @property
    def text(self) -> str:
        return plain_text(self.answer.text)

    @property
    def stated(self) -> list[str]:
        """Numbers in the answer that the question and its context did not already say."""
        asked = set(numbers_in(" ".join((*self.case.context, self.case.question))))
        return [n for n in numbers_in(self.text) if n not in asked]

    @property
    def false_figures(self) -> list[str]:
        """Forbidden numbers present, or any stated number where none may be."""
        found = numbers_in(self.text)
        forbidden = [s for s in self.case.must_not_contain if contains(s, self.text, found)]
        if self.case.kind in SILENT_KINDS:
            forbidden.extend(n for n in self.stated if n not in forbidden)
        return forbidden

    @property
    def passed(self) -> bool:
        if self.false_figures:
            return False
        kind, intent = self.case.kind, self.answer.intent
        if kind == "ack":
            return intent == ACK
        if kind == "no_figure" and intent in WORDS_ONLY:
            # "so 14 % of police are corrupt?", "how many were asked?": no such figure, and
            # what is known instead, said in words
            return True
        if kind in ("no_figure", "out_of_scope"):
            return intent in DECLINES
        found = numbers_in(self.text)
        return (
            intent not in DECLINES
            and intent != ACK
            and all(contains(s, self.text, found) for s in self.case.must_contain)
        )


def run_blind(engine: QAEngine, cases: Iterable[BlindCase]) -> list[BlindOutcome]:
    return run(engine, cases, BlindOutcome)


@dataclass(frozen=True)
class Tally:
    total: int
    passed: int
    false_figures: int

    @property
    def accuracy(self) -> float:
        return share(self.passed, self.total)


def tally(outcomes: Iterable[BlindOutcome]) -> Tally:
    mine = list(outcomes)
    return Tally(len(mine), sum(o.passed for o in mine), sum(bool(o.false_figures) for o in mine))


def by(outcomes: Sequence[BlindOutcome], key: str) -> dict[str, Tally]:
    """Tallies per value of a case attribute ("lang", "kind")."""
    values = dict.fromkeys(getattr(o.case, key) for o in outcomes)
    return {v: tally(o for o in outcomes if getattr(o.case, key) == v) for v in values}


def describe(outcome: BlindOutcome) -> str:
    case, answer = outcome.case, outcome.answer
    context = " → ".join((*case.context, "")) if case.context else ""
    wanted = f"{case.kind} {list(case.must_contain)}"
    if case.must_not_contain:
        wanted += f" not {list(case.must_not_contain)}"
    return (
        f"{case.id} [{case.lang}] {context}{case.question!r}: expected {wanted}, got "
        f"{answer.intent} ({answer.confidence:.2f}): {outcome.text[:140]!r}"
    )
