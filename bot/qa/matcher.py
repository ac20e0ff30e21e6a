"""Nearest-neighbour intent matcher: TF-IDF over words and character n-grams, cosine similarity.

Character n-grams inside word boundaries make "доверяют", "доверия" and a typo "даверяют" share
most features, which is what Russian and Kazakh morphology and chat spelling need; whole words
add weight when the exact word is there. Each question is compared with every example phrasing
through an inverted index, and an intent scores its best example's similarity. The index's
postings are arrays, so a question's scores are one weighted count over them rather than a
Python loop over every example that shares a feature.
"""

import math
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence

import numpy as np
import numpy.typing as npt

NGRAM_SIZES = (3, 4)
WORD_MARK = "\u2402"  # prefixes whole-word features so they never collide with n-grams
STEM_MARK = "\u2403"  # prefixes stem features
NEGATED = "\u00ac"  # a word starting with this is negated; all its features are marked
BOUNDARY = "_"
NONE = np.array([], dtype=np.intp)


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
        examples_of: dict[str, list[int]] = defaultdict(list)
        for index, intent in enumerate(self.labels):
            examples_of[intent].append(index)
        self._examples_of = {intent: np.array(found) for intent, found in examples_of.items()}
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
        postings: dict[str, list[tuple[int, float]]] = defaultdict(list)
        for index, counts in enumerate(counted):
            for feature, weight in self._vector(counts).items():
                postings[feature].append((index, weight))
        # all postings in two arrays, each feature a slice of them: tens of thousands of small
        # arrays would cost megabytes of object headers in every process
        pairs = [pair for found in postings.values() for pair in found]
        self._examples = np.array([index for index, _ in pairs], dtype=np.intp)
        self._weights = np.array([weight for _, weight in pairs], dtype=np.float64)
        self._slices: dict[str, tuple[int, int]] = {}
        start = 0
        for feature, found in postings.items():
            self._slices[feature] = (start, start + len(found))
            start += len(found)

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

    def similarities(self, words: Iterable[str]) -> npt.NDArray[np.float64]:
        """Cosine similarity of the question to every example, in training order."""
        vector = self._vector(features(words, self.stem))
        if not vector:
            return np.zeros(len(self.labels))
        found = [self._slices[f] for f in vector]
        indices = np.concatenate([self._examples[start:end] for start, end in found])
        # one multiplication for all the postings, not one small array operation per feature
        scale = np.repeat(
            np.fromiter(vector.values(), np.float64, len(vector)),
            [end - start for start, end in found],
        )
        products = np.concatenate([self._weights[start:end] for start, end in found]) * scale
        scores = np.bincount(indices, weights=products, minlength=len(self.labels))
        return scores.astype(np.float64, copy=False)  # already floats: weights were given

    def best(
        self,
        words: Iterable[str],
        *,
        exclude: int | None = None,
        passed_over: Iterable[str] = (),
    ) -> tuple[str, float]:
        """The intent of the most similar example and that similarity.

        `exclude` leaves one example out (leave-one-out calibration of the threshold);
        `passed_over` intents are not candidates (their needed words are missing).
        """
        scores = self.similarities(words)
        if exclude is not None:
            scores[exclude] = -1.0
        if passed_over:
            for intent in passed_over:
                scores[self._examples_of.get(intent, NONE)] = -1.0
        index = int(scores.argmax())
        return self.labels[index], float(scores[index])
