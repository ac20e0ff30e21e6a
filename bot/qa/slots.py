"""Slots: the parts of a question that are not its topic (years, "now", ordinals, "more")."""

from dataclasses import dataclass

from bot.qa.lexicon import Lexicon, Phrases, WordSet

# Four-digit numbers in this range are read as years.
FIRST_YEAR, LAST_YEAR = 1990, 2099
CENTURY = 2000
LAST_SHORT_YEAR = 49  # "в 22 году" is 2022; "мне 63 года" is an age, not 2063
# "trust in 19?", «а в 25-м?», "and 19?", «ал 19 ше?»: a two-digit year after "in" or "and"
# that ends the question (or takes an ordinal ending or a particle) is a year too; "in 19
# regions" is not.
SHORT_YEAR_AFTER = frozenset({"in", "в", "во", "since", "from", "с", "and", "а", "ал"})
SHORT_YEAR_ENDINGS = frozenset({"м", "ом", "th", "ше", "да"})
SHORT_YEAR_DIGITS = 2  # "в 22 году"
# «15 жыл істедім»: a bare «жыл» after two digits counts years («in a year» is «жылы»)
DURATION = "жыл"
LIST_JOINERS = frozenset({"и", "and", "мен", "және", "жане", "или", "or"})  # "12, 38 и 63"


@dataclass(frozen=True)
class Slots:
    years: tuple[int, ...]  # sorted, unique
    now: bool  # "now", "today", "қазір": the latest period
    compare: bool  # "than", "раньше", "қарағанда": compared with an earlier time
    order: str | None  # "first" / "second" / "third" / "next"
    more: bool  # "tell me more"
    content: tuple[str, ...]  # the words that carry a topic; empty for a pure follow-up


def _year(word: str, before: str | None, following: str | None, lexicon: Lexicon) -> int | None:
    if not word.isdecimal():  # "¹" is a digit, but not a number int() reads
        return None
    number = int(word)
    if len(word) == 4 and FIRST_YEAR <= number <= LAST_YEAR:
        return number
    if len(word) != 2 or number > LAST_SHORT_YEAR:
        return None
    if following is not None and following in lexicon.year_words and following != DURATION:
        return CENTURY + number
    ends = following is None or following in SHORT_YEAR_ENDINGS
    return CENTURY + number if ends and before in SHORT_YEAR_AFTER else None


def _partner_no_year(words: list[str], at: int) -> bool:
    """ "between 63 and 38": a two-digit number joined to one that cannot be a year is a share
    of the same list, no year either."""
    partner = words[at - 2] if at >= 2 and words[at - 1] in LIST_JOINERS else ""
    return (
        partner.isdecimal() and len(partner) <= SHORT_YEAR_DIGITS and int(partner) > LAST_SHORT_YEAR
    )


def places(words: list[str], at: int, addresses: WordSet) -> bool:
    """ "flat 102", «кв 38», «21-й автобус», «24-ші үйден», "102 Abay avenue": the number at
    `at` places something (an address word just before it or within two after), it is none of
    our figures and no year. So does each number of a list after one ("flats 12, 38 and 63")."""
    near = [*words[max(at - 1, 0) : at], *words[at + 1 : at + 3]]
    if any(w in addresses for w in near):
        return True
    start = _list_start(words, at)
    return 0 < start < at and words[start - 1] in addresses


def _list_start(words: list[str], at: int) -> int:
    """Where the list of numbers that ends at `at` begins ("12, 38 и 63": commas are gone)."""
    start = at
    while start > 0 and (words[start - 1].isdecimal() or words[start - 1] in LIST_JOINERS):
        start -= 1
    while start < at and not words[start].isdecimal():
        start += 1
    return start


def spans(words: list[str], phrases: tuple[tuple[str, ...], ...]) -> set[int]:
    """Positions of the words that belong to one of the phrases: each phrase in its order
    (longest first, see lexicon.phrases) at each of its places from the left, unless a word
    there is already taken."""
    by_first = (phrases if isinstance(phrases, Phrases) else Phrases(phrases)).by_first
    taken: set[int] = set()
    if by_first.keys().isdisjoint(words):
        return taken  # most lists: no phrase starts at any word of the question
    found = sorted(
        (rank, start, phrase)
        for start, word in enumerate(words)
        for rank, phrase in by_first.get(word, ())
    )
    for _, start, phrase in found:
        end = start + len(phrase)
        if tuple(words[start:end]) == phrase and taken.isdisjoint(range(start, end)):
            taken.update(range(start, end))
    return taken


def _than_a_share(words: list[str], at: int, lexicon: Lexicon) -> bool:
    """ "More than a third", «больше чем 60 %»: "than" before a number or a fraction sets a
    figure against a bound, not against an earlier time."""
    after = [w for w in words[at + 1 : at + 3] if w not in ("a", "an")][:1]
    return (
        words[at] in lexicon.than_bound
        and bool(after)
        and (after[0].isdecimal() or after[0] in lexicon.fractions)
    )


def _counted_before(words: list[str], at: int, lexicon: Lexicon) -> bool:
    """ "of those 2000", «из этих 2000», «сол 2000-ның»: a count referred back to, unless a
    year word follows it («осы 2019 жылы» is that year)."""
    following = words[at + 1] if at + 1 < len(words) else None
    named = at > 0 and words[at - 1] in lexicon.counted_before
    return named and (following is None or following not in lexicon.year_words)


def _year_follows(words: list[str], at: int, lexicon: Lexicon) -> bool:
    """ "like 2022", «например, 2022»: the word at `at` gives the year after it as an example."""
    following = words[at + 2] if at + 2 < len(words) else None
    return at + 1 < len(words) and _year(words[at + 1], words[at], following, lexicon) is not None


def _names_a_year(words: list[str], lexicon: Lexicon) -> bool:
    """A year of ours named ("by the 2019 figure … back then"): "then" is that year."""
    return any(
        _year(w, words[i - 1] if i else None, None, lexicon) is not None
        for i, w in enumerate(words)
    )


def extract_slots(words: list[str], lexicon: Lexicon) -> Slots:
    """Slots of a question given as folded words (see normalize.normalize)."""
    years: set[int] = set()
    now = spans(words, lexicon.now)
    said = spans(words, lexicon.compare)  # carry no topic, whether they compare or bound
    compared = {i for i in said if not _than_a_share(words, i, lexicon)}
    compared -= spans(words, lexicon.then_of_a_year) if _names_a_year(words, lexicon) else set()
    idiom = spans(words, lexicon.no_order)
    order = None
    more = False
    content = []
    for i, word in enumerate(words):
        before = words[i - 1] if i else None
        year = _year(word, before, words[i + 1] if i + 1 < len(words) else None, lexicon)
        if (
            year is not None
            and len(word) == SHORT_YEAR_DIGITS
            and (places(words, i, lexicon.addresses) or words[i + 2 : i + 3] in (["old"], ["olds"]))
        ):
            year = None  # "flat 21", "our 15-year-old son", "18-24 year olds": no year
        if year is not None and words[i + 1 : i + 2] and words[i + 1] in lexicon.counted_people:
            year = None  # "suppose 2000 people were asked": a count of them
        if year is not None and _counted_before(words, i, lexicon):
            year = None  # "how many of those 2000 don't trust?": the count told before
        if year is not None and words[i + 1 : i + 2] and words[i + 1] in lexicon.foreign_units:
            year = None  # "2000 тг each": a price
        if year is not None and len(word) == SHORT_YEAR_DIGITS and _partner_no_year(words, i):
            year = None
        word_order = None if i in idiom else lexicon.order_of(word)
        if year is not None:
            years.add(year)
        elif word_order is not None:
            order = word_order
        elif word in lexicon.more:
            more = True
        elif not (
            i in now
            or i in said
            or word.isdigit()
            or word in lexicon.fillers
            or word in lexicon.year_words
            or (word in SHORT_YEAR_ENDINGS and i and _year(words[i - 1], None, word, lexicon))
            or (word in lexicon.for_example and _year_follows(words, i, lexicon))
        ):
            content.append(word)
    return Slots(tuple(sorted(years)), bool(now), bool(compared), order, more, tuple(content))
