"""A light suffix stripper for Russian, Kazakh and English words, for the matcher's word features.

Character n-grams already tie "доверяют" to "доверия", but a long agglutinated Kazakh word
("сенбейтіндердің") or an inflected Russian one shares only part of its n-grams with the form in
the examples. Stripping the common endings gives both forms one stem feature with full weight.
No dictionary: the endings are listed in data/lexicon.toml [stems] and removed, longest first,
until none fits or the stem would get too short.
"""

from collections.abc import Iterable

from bot.qa.normalize import normalize


class Stemmer:
    def __init__(self, suffixes: Iterable[str], min_stem: int) -> None:
        self.suffixes = frozenset("".join(normalize(s, latin_to_cyrillic=False)) for s in suffixes)
        self.lengths = sorted({len(s) for s in self.suffixes}, reverse=True)
        self.min_stem = min_stem

    def stem(self, word: str) -> str:
        """Remove endings one after another: "сенбейтиндердин" -> "сенбейтиндер" -> ..."""
        while True:
            length = next(
                (
                    n
                    for n in self.lengths
                    if len(word) - n >= self.min_stem and word[-n:] in self.suffixes
                ),
                0,
            )
            if not length:
                return word
            word = word[:-length]
