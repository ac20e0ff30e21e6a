"""Nearest-neighbour intent matcher: TF-IDF over words and character n-grams, cosine similarity.

Character n-grams inside word boundaries make "доверяют", "доверия" and a typo "даверяют" share
most features, which is what Russian and Kazakh morphology and chat spelling need; whole words
add weight when the exact word is there. Each question is compared with every example phrasing
through an inverted index, and an intent scores its best example's similarity.
"""

import math
from collections import Counter, defaultdict
from collections.abc import Callable, Container, Iterable, Sequence

NGRAM_SIZES = (3, 4)
WORD_MARK = "\u2402"  # prefixes whole-word features so they never collide with n-grams
STEM_MARK = "\u2403"  # prefixes stem features
NEGATED = "\u00ac"  # a word starting with this is negated; all its features are marked
BOUNDARY = "_"


def features(words: Iterable[str], stem: Callable[[str], str]) -> Counter[str]:
    """Word, stem and boundary-padded character n-gram counts of a folded question.

    A negated word ("¬доверяют") has all its features marked, so "не доверяют" shares nothing
    with "доверяют".
    """
    counts: Counter[str] = Counter()
    for negatable in words:
        word = negatable.removeprefix(NEGATED)
        mark = NEGATED if word != negatable else ""
        counts[mark + WORD_MARK + word] += 1
        counts[mark + STEM_MARK + stem(word)] += 1
        padded = BOUNDARY + word + BOUNDARY
        for n in NGRAM_SIZES:
            for start in range(len(padded) - n + 1):
                counts[mark + padded[start : start + n]] += 1
    return counts


class Matcher:
    """Cosine similarity of a question to each labelled example."""

    def __init__(
        self, examples: Sequence[tuple[str, Iterable[str]]], stem: Callable[[str], str]
    ) -> None:
        """examples: (intent, folded words) pairs; `stem` gives a word's stem feature."""
        self.labels = [intent for intent, _ in examples]
        self.stem = stem
        counted = [features(words, stem) for _, words in examples]
        document_frequency: Counter[str] = Counter()
        for counts in counted:
            document_frequency.update(counts.keys())
        total = len(counted)
        self._idf = {
            f: math.log((1 + total) / (1 + df)) + 1 for f, df in document_frequency.items()
        }
        self._unseen_idf = math.log(1 + total) + 1
        self._postings: dict[str, list[tuple[int, float]]] = defaultdict(list)
        for index, counts in enumerate(counted):
            for feature, weight in self._vector(counts).items():
                self._postings[feature].append((index, weight))

    def _vector(self, counts: Counter[str]) -> dict[str, float]:
        """Sublinear TF-IDF, L2-normalised.

        Features never seen in training count in the norm at the highest IDF, so a question that
        is mostly unknown text (gibberish, another topic) gets a low similarity everywhere.
        """
        weights = {
            f: (1 + math.log(tf)) * self._idf.get(f, self._unseen_idf) for f, tf in counts.items()
        }
        norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
        return {f: w / norm for f, w in weights.items() if f in self._idf}

    def knows(self, word: str) -> bool:
        """Whether any example has this exact word."""
        return WORD_MARK + word in self._idf

    def similarities(self, words: Iterable[str]) -> list[float]:
        """Cosine similarity of the question to every example, in training order."""
        scores = [0.0] * len(self.labels)
        for feature, weight in self._vector(features(words, self.stem)).items():
            for index, example_weight in self._postings[feature]:
                scores[index] += weight * example_weight
        return scores

    def best(
        self,
        words: Iterable[str],
        *,
        exclude: int | None = None,
        passed_over: Container[str] = (),
    ) -> tuple[str, float]:
        """The intent of the most similar example and that similarity.

        `exclude` leaves one example out (leave-one-out calibration of the threshold);
        `passed_over` intents are not candidates (their needed words are missing).
        """
        scores = self.similarities(words)
        if exclude is not None:
            scores[exclude] = -1.0
        if passed_over:
            scores = [
                -1.0 if lbl in passed_over else s
                for lbl, s in zip(self.labels, scores, strict=True)
            ]
        index = max(range(len(scores)), key=scores.__getitem__)
        return self.labels[index], scores[index]
