"""The domain's vocabulary: every word our example phrasings and word lists use.

A question whose only evidence of our subject is weak (a quoted 63 %, "report", "reform") and
which names something outside this vocabulary ("63 % battery", "an internship report") is about
that other thing: no list of other subjects can name them all.
"""

from collections.abc import Callable, Iterable, Iterator
from typing import Any

from rapidfuzz.distance import DamerauLevenshtein

from bot.qa.datafiles import load
from bot.qa.lexicon import WordSet

# Words this short are particles, prepositions and suffix-like fragments in all three languages.
MIN_CONTENT_LENGTH = 4
TYPO_DISTANCE = 1
NEGATIONS = ("не", "un")
UNKNOWN_SHARE = 1 / 3
# Frame lists that are no evidence of our subject: other subjects and measures (a country's
# rank), words that only say how a figure is cut or what the asker wants to make ("отчёт за
# квартал", "a poll in my chat"), the grammar of whoever trusts ("needs", "if", "to"), how a
# figure is remembered or drawn, a mistake owned, a word asked in another language, money
NOT_OURS = frozenset(
    {
        "another_subject",
        "place_asked",
        "within_year",
        "within_year_words",
        "within_year_cut",
        "poll_nouns",
        "poll_made",
        "poll_places",
        "poll_how",
        # how whoever trusts is found in the sentence: words of any subject
        "subject_anchors_en",
        "subject_not_before_en",
        "subject_not",
        "subject_skips",
        "subject_prepositions",
        "trust_noun_after",
        "conceded",
        "recalled",
        "determiners",
        "interpolation",
        "saying_asked",
        "money",
        "set_against",
        "asked_by",
        # "anyone", "who" after the chat addressed: words of any subject
        "chat_asked_after",
        # whom one reaches, what "shows up", the editor before "Word": words of any subject
        "reached",
        "up_not_grown",
        "editor_before",
        "refers_back",
        # a period beside a year, who the asker abroad is, what officers are or do, why and in
        # what order the asker asks, how a figure was read: words of any subject
        "periods",
        "during",
        "abroad_asker",
        "abroad_set_against",
        "officer_traits",
        "compared_own",
        "compare_verb",
        "talk_first",
        "pay_average",
        "measuring_started",
        "read_somewhere",
        # the services a complaint may be about besides the police, the bot's make, a piece of
        # writing asked, events where a claim was heard, a place singled out or the country set
        # aside, the level a change reached: words of any subject
        "services",
        "ai_names",
        "made_verbs",
        "bot_words",
        "write_asked",
        "written_pieces",
        "venues",
        "venue_openers",
        "only_place",
        "set_aside_skips",
        "country_whole",
        "negations_before",
        "negations_after",
        "level_reached",
        "complaint_filed",
        "complaint_where",
        "only_after",
        "written_not_between",
        # whom a one in N is said of besides the offenders: children, smokers, a class
        "one_in_others",
        # the year before, said of any subject
        "year_before",
    }
)


def _strings(data: Any) -> Iterator[str]:
    """Every string anywhere in a loaded TOML document, keys included."""
    if isinstance(data, str):
        yield data
    elif isinstance(data, dict):
        for key, value in data.items():
            yield key
            yield from _strings(value)
    elif isinstance(data, list):
        for item in data:
            yield from _strings(item)


def _ours() -> list[Any]:
    """The data files' words without those of other subjects: the phrasings are the matcher's
    (its declined ones left out by the caller), the `[[scope]]` rules and `NOT_OURS` name what
    we do not answer or only qualify it."""
    lexicon = load("lexicon.toml")
    intents = load("intents.toml")
    frame = {k: v for k, v in lexicon["frame"].items() if k not in NOT_OURS}
    rest = {k: v for k, v in lexicon.items() if k not in ("scope", "frame")}
    unless = [rule["unless"] for rule in lexicon["scope"]]
    return [rest, frame, unless, {k: v for k, v in intents.items() if k != "intents"}]


class Vocabulary:
    """Known words: the words of our phrasings and of the data files' lists (`everyday` among
    them), their stems, their negations and one-letter typos."""

    def __init__(self, example_words: Iterable[str], stem: Callable[[str], str]) -> None:
        entries = [part for text in _strings(_ours()) for part in text.split()]
        self.words = WordSet(entries)
        self.exact = frozenset(example_words) | self.words.exact
        self.stem = stem
        self.stems = frozenset(stem(w) for w in self.exact)
        self._by_length: dict[int, list[str]] = {}
        for word in self.exact:
            self._by_length.setdefault(len(word), []).append(word)

    def knows(self, word: str) -> bool:
        """Known as it is, as a form of a listed prefix, or one edit from a known word."""
        if len(word) < MIN_CONTENT_LENGTH or not word.isalpha() or word in self.words:
            return True
        if word in self.exact or self.stem(word) in self.stems:
            return True
        negated = next((word[len(p) :] for p in NEGATIONS if word.startswith(p)), "")
        if negated and self.knows(negated):
            return True  # «нерассмотренных», "unexamined": a known word negated
        near = (
            known
            for size in range(len(word) - TYPO_DISTANCE, len(word) + TYPO_DISTANCE + 1)
            for known in self._by_length.get(size, ())
        )
        return any(
            DamerauLevenshtein.distance(word, known, score_cutoff=TYPO_DISTANCE) <= TYPO_DISTANCE
            for known in near
        )

    def names_unknown(
        self, words: Iterable[str], share: float = UNKNOWN_SHARE, at_least: int = 1
    ) -> bool:
        """Whether `share` or more of a question's content words (four letters or more), and
        `at_least` of them, are unknown: it names another subject. One unknown word among
        several is the resident's own ("доля нерассмотренных, получается?"); measured on all
        the sets."""
        content = [w for w in words if len(w) >= MIN_CONTENT_LENGTH and w.isalpha()]
        unknown = [w for w in content if not self.knows(w)]
        return len(unknown) >= max(share * len(content), at_least)
