"""Word lists from data/lexicon.toml, folded the same way questions are."""

from collections.abc import Iterable
from dataclasses import dataclass, field

from rapidfuzz.distance import DamerauLevenshtein

from bot.qa.datafiles import load
from bot.qa.normalize import normalize
from bot.qa.stem import Stemmer

LANGUAGES = ("ru", "kk", "en")
MIN_TYPO_LENGTH = 4
LONG_WORD = 8
PREFIX_MARK = "*"
# Words whose synonym head is remembered; a chat's vocabulary is far smaller.
REMEMBERED_WORDS = 50_000


class WordSet:
    """Exact folded words plus "word*" prefixes."""

    def __init__(self, entries: Iterable[str]) -> None:
        exact, prefixes = set(), []
        for entry in entries:
            folded = "".join(normalize(entry, latin_to_cyrillic=False))
            if entry.endswith(PREFIX_MARK):
                prefixes.append(folded)
            else:
                exact.add(folded)
        self.exact = frozenset(exact)
        self.prefixes = tuple(prefixes)
        self._starts = _shortest(self.prefixes)

    @classmethod
    def joined(cls, sets: Iterable["WordSet"]) -> "WordSet":
        """The words of all the sets: one membership test where each set's would be asked in
        turn."""
        every = list(sets)
        joined = cls(())
        joined.exact = frozenset().union(*(s.exact for s in every))
        joined.prefixes = tuple(prefix for s in every for prefix in s.prefixes)
        joined._starts = _shortest(joined.prefixes)
        return joined

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and (word in self.exact or word.startswith(self._starts))

    def first(self, words: Iterable[str]) -> str | None:
        """The first of `words` in the set (one loop, not a membership call per word: the
        frame asks this some fifty times per question)."""
        exact, starts = self.exact, self._starts
        for word in words:
            if word in exact or word.startswith(starts):
                return word
        return None


def _shortest(prefixes: Iterable[str]) -> tuple[str, ...]:
    """The prefixes that no shorter one covers, once each ("караганд" makes "карагандинск"
    redundant): the same words start with them, and each membership test tries fewer."""
    kept: list[str] = []
    for prefix in sorted(set(prefixes), key=len):
        if not prefix.startswith(tuple(kept)):
            kept.append(prefix)
    return tuple(kept)


class Phrases(tuple[tuple[str, ...], ...]):
    """Folded word tuples in the order they are matched, indexed by their first word: a question
    is matched against phrase lists some 120 times, and a phrase whose first word it lacks need
    not be looked at."""

    by_first: dict[str, tuple[tuple[int, tuple[str, ...]], ...]]  # word -> (rank, phrase)

    def __new__(cls, ordered: Iterable[tuple[str, ...]]) -> "Phrases":
        self = super().__new__(cls, ordered)
        by_first: dict[str, list[tuple[int, tuple[str, ...]]]] = {}
        for rank, phrase in enumerate(self):
            by_first.setdefault(phrase[0], []).append((rank, phrase))
        self.by_first = {word: tuple(ranked) for word, ranked in by_first.items()}
        return self


def phrases(entries: Iterable[str]) -> Phrases:
    """Multi-word entries as folded word tuples, longest first (matched before their parts);
    phrases of one length keep the lexicon's order, so overlapping ones are taken the same way
    in every process ("us police" before "in us")."""
    folded = dict.fromkeys(tuple(normalize(e, latin_to_cyrillic=False)) for e in entries)
    return Phrases(sorted(folded, key=len, reverse=True))


@dataclass(frozen=True)
class ScopeRule:
    """Out of scope when any `about` word is in the question and no `unless` word is."""

    about: WordSet
    unless: WordSet

    def excludes(self, words: Iterable[str]) -> bool:
        present = list(words)
        return any(w in self.about for w in present) and not any(w in self.unless for w in present)


@dataclass(frozen=True)
class Lexicon:
    synonyms: dict[tuple[str, ...], WordSet]
    negations: WordSet
    negation_skips: WordSet
    fillers: WordSet
    year_words: WordSet
    now: Phrases
    compare: Phrases
    then_of_a_year: Phrases  # "back then" with a year named: that year
    more: WordSet
    order: dict[str, WordSet]
    scope: tuple[ScopeRule, ...]
    kazakh_letters: frozenset[str]
    language_words: dict[str, WordSet]
    stemmer: Stemmer
    typo_targets: tuple[str, ...]
    typo_keep: WordSet
    addresses: WordSet  # "flat", "bus", «үй»: a number beside one places something
    foreign_units: WordSet  # "2000 тг", "63 kg": a number before one is no year of ours
    than_bound: WordSet  # "than", «чем» before a number or a fraction: a bound, no earlier time
    counted_people: WordSet  # "2000 человек", "2,000 respondents": a count of people, no year
    counted_before: WordSet  # "of those 2000", «из этих 2000»: a count named before, no year
    fractions: WordSet  # "half", "third", «половины», «трети»
    for_example: WordSet  # "like", «например» before a year: an example year, no topic word
    no_order: Phrases  # "in the first place": an ordinal word that orders no reason
    _heads: dict[str, tuple[str, ...]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )
    _scope_about: WordSet = field(init=False, repr=False, compare=False)
    _ordinals: WordSet = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # most words are in no scope rule and no ordinal: one test each rules them out
        object.__setattr__(self, "_scope_about", WordSet.joined(r.about for r in self.scope))
        object.__setattr__(self, "_ordinals", WordSet.joined(self.order.values()))

    @classmethod
    def load(cls) -> "Lexicon":
        data = load("lexicon.toml")
        return cls(
            synonyms={
                tuple(normalize(head, latin_to_cyrillic=False)): WordSet(forms)
                for head, forms in data["synonyms"].items()
            },
            negations=WordSet(data["negations"]),
            negation_skips=WordSet(data["negation_skips"]),
            fillers=WordSet(w for lang in LANGUAGES for w in data["fillers"][lang]),
            year_words=WordSet(data["slots"]["year_words"]),
            now=phrases(data["slots"]["now"]),
            compare=phrases(data["slots"]["compare"]),
            then_of_a_year=phrases(data["slots"]["then_of_a_year"]),
            more=WordSet(data["slots"]["more"]),
            order={key: WordSet(forms) for key, forms in data["order"].items()},
            scope=tuple(
                ScopeRule(WordSet(r["about"]), WordSet(r["unless"])) for r in data["scope"]
            ),
            kazakh_letters=frozenset(data["language"]["kazakh_letters"]),
            language_words={lang: WordSet(data["language"][lang]) for lang in LANGUAGES},
            stemmer=Stemmer(data["stems"]["suffixes"], data["stems"]["min_stem"]),
            typo_keep=WordSet(data["typos"]["keep"]),
            addresses=WordSet(data["frame"]["addresses"]),
            foreign_units=WordSet(data["frame"]["foreign_units"]),
            than_bound=WordSet(data["slots"]["than_bound"]),
            counted_people=WordSet(data["slots"]["counted_people"]),
            counted_before=WordSet(data["slots"]["counted_before"]),
            fractions=WordSet(data["slots"]["fractions"]),
            for_example=WordSet(data["slots"]["for_example"]),
            no_order=phrases(data["slots"]["no_order"]),
            typo_targets=tuple(
                "".join(normalize(t, latin_to_cyrillic=False)) for t in data["typos"]["targets"]
            ),
        )

    def refuses(self, words: list[str]) -> bool:
        """A scope rule puts the question out of scope (another institution, pay, a CV…)."""
        if self._scope_about.first(words) is None:
            return False
        return any(rule.excludes(words) for rule in self.scope)

    def expand(self, word: str) -> tuple[str, ...]:
        """The synonym group's head for slang and rare forms: "менты" -> ("полиция",),
        "distrust" -> ("not", "trust"); other words stay as they are. Remembered: every word
        of every question is looked up, against every synonym group."""
        head = self._heads.get(word)
        if head is None:
            if len(self._heads) >= REMEMBERED_WORDS:
                self._heads.clear()
            head = self._heads[word] = self._head(word)
        return head

    def _head(self, word: str) -> tuple[str, ...]:
        for head, forms in self.synonyms.items():
            if word in forms:
                return head
        return (word,)

    def corrected(self, word: str) -> str:
        """The typo target one edit away (two for words of 8+ letters), else the word."""
        if len(word) < MIN_TYPO_LENGTH or word.isdigit() or word in self.typo_keep:
            return word
        if word in self._scope_about:
            return word  # «себе» (oneself) is no typo of «себеп» (reason)
        allowed = 1 if len(word) < LONG_WORD else 2
        for target in self.typo_targets:
            if DamerauLevenshtein.distance(word, target, score_cutoff=allowed) <= allowed:
                return target
        return word

    def order_of(self, word: str) -> str | None:
        """The [order] key of an ordinal word ("first", ..., "next"), else None."""
        if word not in self._ordinals:
            return None
        return next((key for key, forms in self.order.items() if word in forms), None)
