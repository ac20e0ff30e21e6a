"""The question's frame: what it asks about, read before any matching.

Scope and arithmetic are decided from these slots, not from resemblance to an example: a
question about Russia's police resembles one about Kazakhstan's, but its `country` slot makes it
out of scope; "во сколько раз" is a ratio whatever the wording around it.
"""

from dataclasses import asdict, dataclass
from typing import Any

from bot.qa.datafiles import load
from bot.qa.lexicon import WordSet, phrases
from bot.qa.slots import Slots, spans


@dataclass(frozen=True)
class Frame:
    """`subject` is the intent the answer is about; the rest are slots of the question."""

    subject: str | None = None
    country: str | None = None  # another country's police
    institution: str | None = None  # another institution (courts, army, banks...)
    measure: str | None = None  # a measure the series lacks (headcount, pay, crime)
    group: str | None = None  # a breakdown the series lacks (city, region, age, gender)
    forecast: bool = False
    years: tuple[int, ...] = ()
    now: bool = False
    compare: bool = False
    operation: str = "value"  # value | points | ratio | remainder | complement | percent |
    # amount | negated
    reference: str | None = None  # "pronoun" (she / ол) or "ellipsis" (no topic words)
    police: bool = False  # the police is named
    counted: bool = False  # "how many", "сколько", "қанша"
    trust: bool = False  # trust is named ("trust in villages" asks for a figure)
    numbers: tuple[int, ...] = ()  # numbers the question quotes, other than years ("800 тыс.")
    about: str | None = None  # the metric the question names, for "where is this from?"
    missing: str | None = None  # why there is no figure: year | group | measure | forecast

    def as_dict(self) -> dict[str, object]:
        """For `senim ask --json`: the slots that are set."""
        return {k: v for k, v in asdict(self).items() if v not in (None, False, (), "value")}


PHRASES = ("forecast", "ratio", "complement")  # lexicon entries matched as word sequences


@dataclass(frozen=True)
class FrameWords:
    police: WordSet
    country: WordSet
    institution: WordSet
    institution_unless: WordSet
    measure: WordSet
    measure_unless: WordSet
    measure_trust: WordSet
    count: WordSet
    group: WordSet
    group_unless: WordSet
    forecast: tuple[tuple[str, ...], ...]
    ratio: tuple[tuple[str, ...], ...]
    complement: tuple[tuple[str, ...], ...]
    amount: WordSet
    percent: WordSet
    remainder: WordSet
    remainder_negations: WordSet
    points: WordSet
    pronouns: WordSet
    kazakh_pronouns: WordSet
    ack: WordSet
    ack_fillers: WordSet

    subjects: dict[str, WordSet]  # metric -> words that name it

    @classmethod
    def load(cls) -> "FrameWords":
        lexicon = load("lexicon.toml")
        data = lexicon["frame"]
        fields: dict[str, Any] = {
            name: phrases(data[name]) if name in PHRASES else WordSet(data[name])
            for name in cls.__dataclass_fields__
            if name != "subjects"
        }
        subjects = {metric: WordSet(w) for metric, w in lexicon["source_subjects"].items()}
        return cls(subjects=subjects, **fields)

    def is_ack(self, words: list[str]) -> bool:
        """Only thanks / ok / understood, with fillers ("спасибо большое", "thanks a lot")."""
        return any(w in self.ack for w in words) and all(
            w in self.ack or w in self.ack_fillers for w in words
        )

    def resolve_pronouns(self, words: list[str], person: str, *, kazakh: bool) -> list[str]:
        """ "кто она?" is "кто депутат?"; Kazakh "ол" (she / he / it) only when `kazakh` says
        the conversation is about her."""
        return [
            person if w in self.pronouns or (kazakh and w in self.kazakh_pronouns) else w
            for w in words
        ]

    def extract(self, words: list[str], slots: Slots) -> Frame:
        police = any(w in self.police for w in words)
        counted = any(
            w in self.count and (w != "how" or words[i + 1 : i + 2] in (["many"], ["much"]))
            for i, w in enumerate(words)
        )
        return Frame(
            country=_first(words, self.country),
            institution=None if police else self._institution(words),
            measure=self._measure(words, police=police, counted=counted),
            group=None if _first(words, self.group_unless) else _first(words, self.group),
            forecast=bool(spans(words, self.forecast)),
            years=slots.years,
            now=slots.now,
            compare=slots.compare,
            operation=self._operation(words),
            reference=self._reference(words, slots),
            police=police,
            counted=counted,
            trust=_first(words, self.measure_trust) is not None,
            numbers=tuple(int(w) for w in words if w.isdecimal() and int(w) not in slots.years),
            about=next((m for m, named in self.subjects.items() if _first(words, named)), None),
        )

    def _institution(self, words: list[str]) -> str | None:
        if _first(words, self.institution_unless):
            return None
        return _first(words, self.institution)

    def _measure(self, words: list[str], *, police: bool, counted: bool) -> str | None:
        """A named measure, or "how many police" with nothing else asked of them."""
        named = _first(words, self.measure)
        if named and counted and not _first(words, self.measure_trust):
            return named
        if _first(words, self.measure_unless):
            return None
        if named:
            return named
        if police and counted and not _first(words, self.percent):
            return "headcount"
        return None

    def _operation(self, words: list[str]) -> str:
        negated = _first(words, self.remainder_negations) is not None
        if _first(words, self.points):
            return "points"
        if spans(words, self.ratio):
            return "ratio"
        if _first(words, self.remainder) and not negated:
            return "remainder"
        if spans(words, self.complement):
            return "complement"
        if _first(words, self.percent):
            return "percent"
        if _first(words, self.amount):
            return "amount"
        return "negated" if negated else "value"

    def _reference(self, words: list[str], slots: Slots) -> str | None:
        if any(w in self.pronouns for w in words):
            return "pronoun"
        return None if slots.content else "ellipsis"


def _first(words: list[str], wanted: WordSet) -> str | None:
    return next((w for w in words if w in wanted), None)
