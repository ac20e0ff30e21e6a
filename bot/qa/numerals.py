"""Numbers written in words, read as digits: a voice-to-text run-on says "с тридцати восьми до
шестидесяти трёх", «отыз сегізден алпыс үшке», "thirty eight to sixty three"; the arithmetic
needs 38 and 63. Only compounds are read (a tens or hundreds word, a unit after it, a unit
before "hundred"): a unit alone stays a word, as "one in seven" and «в два раза» need it."""

from dataclasses import dataclass, field

from bot.qa.datafiles import load
from bot.qa.lexicon import WordSet

HALF_MILLION = "500"
CENTURY = 20  # "twenty" of "twenty nineteen"
TWO = 2  # "two" of "two thousand nineteen"
TEN = 10  # Kazakh «он» before a unit
MILLENNIUM = 2000
YEARS_IN_A_CENTURY = 100
THOUSAND = "thousand"


class Values:
    """Number words to their values, the first entry in the table's order winning. Every word
    of every question is looked up here: one dict look-up and the few prefixes, not a
    membership test per value."""

    def __init__(self, table: dict[str, list[str]]) -> None:
        self._exact: dict[str, tuple[int, int]] = {}
        prefixes: list[tuple[str, tuple[int, int]]] = []
        entries = [WordSet(words) for words in table.values()]
        self.words = WordSet.joined(entries)  # the words `of` gives a value
        for rank, (value, entry) in enumerate(zip(table, entries, strict=True)):
            for word in entry.exact:
                self._exact.setdefault(word, (rank, int(value)))
            prefixes += [(prefix, (rank, int(value))) for prefix in entry.prefixes]
        self._prefixes = tuple(prefixes)
        self._starts = tuple(prefix for prefix, _ in prefixes)

    def of(self, word: str) -> int | None:
        exact = self._exact.get(word)
        if word.startswith(self._starts):
            ranked = [found for prefix, found in self._prefixes if word.startswith(prefix)]
            exact = min([*ranked, *([exact] if exact else [])])
        return exact[1] if exact else None


@dataclass(frozen=True)
class Numerals:
    tens: Values
    units: Values
    teens: Values
    hundreds: Values
    hundred: WordSet
    hundredth: WordSet
    thousand: WordSet
    ten: WordSet
    year: WordSet
    half: WordSet
    million: WordSet
    half_million: WordSet
    _starts: WordSet = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # a word none of these holds starts no number: most words are read past in one test
        valued = (self.tens, self.units, self.teens, self.hundreds)
        kinds = (*(values.words for values in valued), self.ten, self.half, self.half_million)
        object.__setattr__(self, "_starts", WordSet.joined(kinds))

    @classmethod
    def load(cls) -> "Numerals":
        data = load("lexicon.toml")["numerals"]
        return cls(
            tens=Values(data["tens"]),
            units=Values(data["units"]),
            teens=Values(data["teens"]),
            hundreds=Values(data["hundreds"]),
            hundred=WordSet(data["hundred"]["words"]),
            hundredth=WordSet(data["hundred"]["hundredth"]),
            thousand=WordSet(data["two_thousand"]["words"]),
            ten=WordSet(data["two_thousand"]["ten"]),
            year=WordSet(data["two_thousand"]["year"]),
            half=WordSet(data["half_million"]["half"]),
            million=WordSet(data["half_million"]["million"]),
            half_million=WordSet(data["half_million"]["whole"]),
        )

    def read(self, words: list[str]) -> list[str]:
        """`words` with each number written in words replaced by its digits."""
        result: list[str] = []
        i = 0
        while i < len(words):
            if words[i] not in self._starts:
                result.append(words[i])
                i += 1
                continue
            halved = self._half_million(words, i)
            if halved:
                result += [HALF_MILLION, THOUSAND]
                i += halved
                continue
            value, used = self._number(words, i)
            result.append(str(value) if used else words[i])
            i += used or 1
        return result

    def _spoken_year(self, words: list[str], i: int) -> tuple[int, int] | None:
        """ "Twenty nineteen", «двадцать девятнадцатом» (году): a year said as its two halves."""
        if self.tens.of(words[i]) != CENTURY or i + 1 >= len(words):
            return None
        teen = self.teens.of(words[i + 1])
        if teen is not None:
            return CENTURY * 100 + teen, 2
        if self.tens.of(words[i + 1]) != CENTURY:
            return None
        unit = self.units.of(words[i + 2]) if i + 2 < len(words) else None
        return (CENTURY * 101 + unit, 3) if unit is not None else (CENTURY * 101, 2)

    def _whole_year(self, words: list[str], i: int) -> tuple[int, int] | None:
        """ "Two thousand nineteen", «две тысячи девятнадцатом»: 2000 and what follows it
        under a hundred ("and" between, as in "two thousand and nineteen"); "two thousand"
        alone stays words (a count, not a year)."""
        if i + 1 >= len(words) or self.units.of(words[i]) != TWO:
            return None
        if words[i + 1] not in self.thousand:
            return None
        after = i + 3 if words[i + 2 : i + 3] == ["and"] else i + 2
        if after >= len(words):
            return None
        rest, used = self._number(words, after)
        if not used:
            unit = self.units.of(words[after])
            rest, used = (unit, 1) if unit is not None else (0, 0)
        if not used and words[after] in self.ten:
            unit = self.units.of(words[after + 1]) if after + 1 < len(words) else None
            rest, used = (TEN + unit, 2) if unit is not None else (TEN, 1)
        if not used or rest >= YEARS_IN_A_CENTURY:
            return None
        return MILLENNIUM + rest, after - i + used

    def _short_year(self, words: list[str], i: int) -> tuple[int, int] | None:
        """«Он тоғызыншы жылы»: Kazakh "ten" and a unit before a year word, the year said short
        (19, which the year slot reads as 2019); not «он» alone, nor before anything else."""
        if words[i] not in self.ten or words[i + 2 : i + 3] == [] or words[i + 2] not in self.year:
            return None
        unit = self.units.of(words[i + 1])
        return (TEN + unit, 2) if unit is not None else None

    def _half_million(self, words: list[str], i: int) -> int:
        """How many words from words[i] say half a million ("half a million": 3), else 0."""
        if words[i] in self.half_million:
            return 1
        if words[i] not in self.half:
            return 0
        after = words[i + 1 : i + 3]
        million = next((n for n, w in enumerate(after) if w in self.million), None)
        return 0 if million is None or (million == 1 and after[0] != "a") else million + 2

    def _number(self, words: list[str], i: int) -> tuple[int, int]:
        """The value of the number starting at words[i] and how many words it takes (0: none)."""
        teen = self.teens.of(words[i])
        if teen is not None:
            return teen, 1
        year = (
            self._spoken_year(words, i) or self._whole_year(words, i) or self._short_year(words, i)
        )
        if year:
            return year
        value, used = 0, 0
        hundreds = self.hundreds.of(words[i])
        unit = self.units.of(words[i])
        if hundreds is not None:
            value, used = hundreds, 1
        elif unit is not None and self._hundred_at(words, i + 1):
            value, used = unit * 100, 2
        tens = self.tens.of(words[i + used]) if i + used < len(words) else None
        if tens is not None:
            value, used = value + tens, used + 1
        if used and i + used < len(words):
            last = self.units.of(words[i + used])
            if last is not None:
                value, used = value + last, used + 1
        return value, used

    def _hundred_at(self, words: list[str], i: int) -> bool:
        """words[i] is "hundred" («жүз»), not "hundredth" («жүздікке»)."""
        return i < len(words) and words[i] in self.hundred and words[i] not in self.hundredth
