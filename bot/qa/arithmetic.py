"""Arithmetic asked of our figures in other forms: one in seven as a fraction or a decimal, a
share rounded, one level as a share of the other, a proportion of a quoted fraction, a count
at a quoted share, 100 minus a level, the reports set against each other or against half, one
level minus the other, a formula to check, "really twice?", two places asked, a level against
half and those who trust against the rest.

Each rule reads the question's folded words and the facts, and returns the answer that carries
the worked line (`Worked`): the intent to compose, what its frame is to hold, and the line of
`answers.toml [worked]` with its values. Every number is computed from the facts; a number the
question quotes only says which fact it means."""

from collections.abc import Callable, Sequence
from contextlib import suppress
from dataclasses import dataclass, field, replace
from fractions import Fraction

from bot.qa.datafiles import load
from bot.qa.facts import (
    CORRUPTION_ONE_IN,
    DISTRUST,
    OFFENCE_REPORTS,
    PERCENT,
    REPORTS_NOT_CONSIDERED,
    THOUSAND,
    TRUST,
    FactBook,
    MissingFact,
    value_of,
)
from bot.qa.formatting import NumberFormat
from bot.qa.frame import Frame
from bot.qa.lexicon import WordSet

CORRUPTION_TOPICS = frozenset({"corruption_share", "reason_corruption", "corruption_per"})
GROWTH = "trust_growth"
DISTRUST_CHANGE = "distrust_change"
HALF = 50  # "how far from half": 50 %
REPORTS_TOPICS = frozenset({"reports_considered", "reason_formalism", "reports_per"})
FOLLOW_UP_WORDS = 6  # "ok and as a fraction?", «округли до целого»: a short follow-up
DECIMAL_PLACES = 2  # "two places": 1/7 as 0.14
EXACT_PLACES = 3  # …then said more exactly: 0.143
SMALL_WHOLE = 100  # "5 of every 8": the fraction's whole is small, the count after it is asked


@dataclass(frozen=True)
class Worked:
    intent: str
    line: str | None = None  # a key of answers.toml [worked], added under the answer's body
    values: dict[str, str] = field(default_factory=dict)
    years: tuple[int, ...] = ()
    frame: dict[str, object] = field(default_factory=dict)  # Frame fields the answer needs

    def framed(self, frame: Frame) -> Frame:
        return replace(frame, **self.frame)  # type: ignore[arg-type]


@dataclass(frozen=True)
class ArithmeticWords:
    fraction: WordSet  # "fraction", «дробью», «бөлшекпен»
    decimal: WordSet  # "decimal", «десятичн…», «ондық»
    rounded: WordSet  # "round", «округли», «дөңгелекте», "whole number", «до целого»
    percent: WordSet  # "percent", «процент…», «пайыз…», "%"
    share: WordSet  # "share", «доля», «үлес»
    of_whole: WordSet  # "of", «от»: the number after it is the whole
    genitive: WordSet  # «63-тің»: the number before it is the whole
    range_end: WordSet  # "to", «до», «дейін»: "from 38 to 63" is no share of a whole
    minus: WordSet  # "minus", «минус», «алу»
    ratio: WordSet  # "ratio", «соотношение», «қатынас»
    half: WordSet  # "half", «половин…», «жартыс…»
    one_in: WordSet  # "seventh", «седьм…», «жетінші…»
    count_asked: WordSet  # "how many", «сколько», «қанша»
    police: WordSet  # "police", «полицейские», «полицей»
    negation: WordSet  # "not", «не»: before the word it denies
    negation_after: WordSet  # «емес»: after it
    variables: WordSet  # "X", "Y": values asked to be filled in
    people: WordSet  # «респондент», "people": a count of people
    basis: WordSet  # "national", «ұлттық»: the national figure as the basis
    trust: WordSet  # "trust", «доверя…», «сен…»
    year_after: WordSet  # «19 жылы», "30 лет", "17 regions": a year or no people counted
    origin: WordSet  # "where … from", «откуда», «қайдан», "how did you get": how it was got
    points: WordSet  # "points", «пунктов», «тармақ»: a difference of shares
    times: WordSet  # «раза», «есе», "times": a ratio
    origin_en: WordSet  # "from", "get": of origin only with…
    origin_asked: WordSet  # …"where" or "how"
    tens: WordSet  # "tens", «десятков», «ондарға»: rounded to tens
    hundredths: WordSet  # "hundredths", «сотых», «жүздікке»: two decimal places
    two: WordSet  # "two", «двух», «екі»: …or two places said
    places: WordSet  # "decimals", «знака», «таңба»
    factor: WordSet  # "by what factor": a ratio asked without a count word
    grew: WordSet  # "grew", «выросло», «өсті»
    twice: WordSet  # "doubled", «вдвое»
    relative: WordSet  # "relatively", «относительно», «салыстырмалы»
    gap: WordSet  # "gap", «разница», «айырма», "ahead"
    others: WordSet  # "the rest", «остальные», «қалғандар»
    earlier: WordSet  # "before", «раньше», «бұрын»: a time set against now
    distance: WordSet  # "how far", «не хватало», «жетпеді», "below"
    unit: WordSet  # «единицы», «бірлік»: a share said as a fraction of one
    divided: WordSet  # "divided", «делить», «бөлгенде»: one figure divided by another
    distrust: WordSet  # «сенбейтін», «сенбеушілік»: distrust in one word
    fell: WordSet  # "fell", «снизилось», «азайды»: a fall asked
    currency: WordSet  # "tenge", «тенге»: money, no count of cases
    thousands: WordSet  # "thousand", «тыс.», «мың»: a count in thousands, left to the frame
    corruption: WordSet  # "corruption", «коррупционных», «жемқор»: corruption offences named

    @classmethod
    def load(cls) -> "ArithmeticWords":
        data = load("lexicon.toml")["arithmetic"]
        return cls(**{name: WordSet(data[name]) for name in cls.__dataclass_fields__})

    @property
    def figure_unit(self) -> WordSet:
        """A figure's unit after a number: points or times."""
        return WordSet.joined((self.points, self.times))


Rule = Callable[[list[str], list[int], NumberFormat], Worked | None]


class Arithmetic:
    def __init__(self, book: FactBook) -> None:
        self.book = book
        self.words = ArithmeticWords.load()

    def worked(
        self,
        words: Sequence[str],
        topic: str | None,
        fmt: NumberFormat,
        frame: Frame,
        intent: str | None = None,
        *,
        applied: bool = False,
    ) -> Worked | None:
        """The answer with its worked line, or None when no rule here applies; `frame` is the
        question's (its years are no numbers of it), `intent` the answer found without these
        rules; `applied`, whether that answer already applies a share to a count (then a count
        at a share is left to it)."""
        years = frame.years
        with suppress(MissingFact, ZeroDivisionError):
            numbers = [n for n in _numbers(words) if n not in years]
            rules: list[Rule] = [
                self._origin,
                self._formula_checked,
                self._twice_checked,
                self._minus,
                lambda w, n, f: self._subtracted(w, n, f, years),
                self._share_of_share,
                self._proportion,
                self._one_in,
                self._reports,
                self._filled_in,
            ]
            if not applied:
                rules += [self._count_at_share, self._rows_at_national]
            rules += [
                lambda w, n, f: self._rounded_to_tens(w, n, f, years),
                lambda w, n, f: self._fractions_of_one(w, n, f, years),
                self._divided,
                lambda w, n, f: self._distrust_ratio(w, n, f, years),
                self._distrust_fell,
                lambda w, n, f: self._from_half(w, n, f, years, topic),
                lambda w, n, f: self._groups_gap(w, n, f, frame),
                self._relative_growth,
            ]
            if not applied:
                rules.append(self._one_in_applied)
            rules.append(lambda w, n, f: self._to_hundredths(w, n, f, intent, topic))
            for rule in rules:
                found = rule(list(words), numbers, fmt)
                if found is not None:
                    return found
            if not years and self._follow_up_said(list(words), numbers, topic):
                return self._follow_up(list(words), topic, fmt)
        return None

    def _follow_up_said(self, words: list[str], numbers: list[int], topic: str | None) -> bool:
        """A short follow-up with no number of its own, or one that quotes one in seven rounded
        ("so about 14 %? and to the hundredths?") to have it said more exactly."""
        if not numbers:
            return len(words) <= FOLLOW_UP_WORDS
        if topic not in CORRUPTION_TOPICS or not self._two_places(words):
            return False
        rounded = round(PERCENT / value_of(self.book.latest(CORRUPTION_ONE_IN)))
        return set(numbers) == {rounded}

    def _two_places(self, words: list[str]) -> bool:
        """ "To the hundredths", «до сотых», «жүздікке дейін», or two places said ("two
        decimals", «до двух знаков», «екі таңбаға дейін»)."""
        if self._has(words, self.words.hundredths):
            return True
        said = (self.words.places, self.words.decimal)
        return any(
            word in self.words.two and any(w in kind for w in words[i + 1 : i + 3] for kind in said)
            for i, word in enumerate(words)
        )

    def _as_decimal(self, words: list[str]) -> bool:
        """A decimal fraction asked ("as a decimal", «десятичной дробью»), not places counted
        ("to two decimals" of a per cent)."""
        return any(
            word in self.words.decimal and not (i and words[i - 1] in self.words.two)
            for i, word in enumerate(words)
        )

    def _trust_said(self, words: list[str]) -> bool:
        """Trust named as trusting, not denied ("trust", «доверяют», «сенетіндер»)."""
        return any(
            word in self.words.trust
            and word not in self.words.distrust
            and not (i and words[i - 1] in self.words.negation)
            for i, word in enumerate(words)
        )

    def _measured_years(self, words: list[str], years: tuple[int, ...]) -> list[int]:
        """The question's years that have a trust level, in the order they are written."""
        measured = {f.period for f in self.book.series(TRUST)}
        written = [int(w) for w in words if _number(w) and int(w) in years and int(w) in measured]
        return list(dict.fromkeys(written))

    def _has(self, words: list[str], kind: WordSet) -> bool:
        return kind.first(words) is not None

    def _origin(self, words: list[str], numbers: list[int], fmt: NumberFormat) -> Worked | None:
        """ "Where did the 66 % growth come from?", «откуда 62,5 %?», «1,66 қайдан шықты?»: a
        figure the source does not give but we compute, quoted once with a word of origin — the
        answer that states it, with how it is computed from the source's own figures."""
        english = self._has(words, self.words.origin_en) and self._has(
            words, self.words.origin_asked
        )
        if not (self._has(words, self.words.origin) or english):
            return None
        written = [
            (i, v)
            for i, v in enumerate(map(_value, words))
            if v is not None and (v != int(v) or int(v) in numbers)  # no year
        ]
        # a whole number is a figure with its unit after it ("66 %", "25 points"), not a count
        quoted = [
            v for i, v in written if v != int(v) or words[i + 1 : i + 2] in self._units(words)
        ]
        if len(written) != 1 or len(quoted) != 1:
            return None
        asked = quoted[0]
        if asked == int(asked) and self.book.quoted([int(asked)]):
            return None  # «откуда 63 %?»: a figure of the source, whose answer is its source
        for computed, intent, line, values in self._computed(fmt):
            if _same(asked, computed):
                return Worked(intent, line, values)
        return None

    def _units(self, words: list[str]) -> list[list[str]]:
        """The words after a number that make it a figure: a per cent, points or times."""
        return [[w] for w in words if w in self.words.percent or w in self.words.figure_unit]

    def _computed(self, fmt: NumberFormat) -> list[tuple[float, str, str, dict[str, str]]]:
        """Each figure computed from the rows: its value, the answer stating it, the worked
        line saying how, and that line's values (`computed`, the figure as the line says it)."""
        computed: list[tuple[float, str, str, dict[str, str]]] = []

        def add(value: float, intent: str, line: str, said: str, values: dict[str, str]) -> None:
            computed.append((value, intent, line, {**values, "computed": said}))

        with suppress(MissingFact):
            first, latest = self.book.first(TRUST), self.book.latest(TRUST)
            low, high = value_of(first), value_of(latest)
            trust = {
                "first_value": fmt.percent(low),
                "latest_value": fmt.percent(high),
                "first_year": str(first.period),
                "latest_year": str(latest.period),
            }
            change, ratio = PERCENT * (high - low) / low, high / low
            add(change, "trust_growth", "origin_change", fmt.percent(round(change, 1)), trust)
            add(high - low, "trust_growth", "origin_points", fmt.number(high - low, 0), trust)
            add(ratio, "trust_growth", "origin_ratio", fmt.number(ratio, DECIMAL_PLACES), trust)
        with suppress(MissingFact):
            reports = self.book.latest(OFFENCE_REPORTS)
            whole = value_of(reports)
            left = value_of(self.book.at(REPORTS_NOT_CONSIDERED, reports.period))
            counts = {"part": fmt.count(left), "whole": fmt.count(whole)}
            share, rest = PERCENT * left / whole, PERCENT * (whole - left) / whole
            considered = {**counts, "considered": fmt.count(whole - left)}
            add(share, "reason_formalism", "origin_share", fmt.percent(round(share, 1)), counts)
            rest_said = fmt.percent(round(rest, 1))
            add(rest, "reports_considered", "origin_considered", rest_said, considered)
        with suppress(MissingFact):
            seven = value_of(self.book.latest(CORRUPTION_ONE_IN))
            one_in = {"one_in": fmt.number(seven, 0), "hundred": fmt.number(PERCENT, 0)}
            one_said = fmt.percent(round(PERCENT / seven, 1))
            add(PERCENT / seven, "corruption_share", "origin_one_in", one_said, one_in)
        return computed

    def _levels(self) -> dict[float, int]:
        """Each trust level by its value: 38 -> 2019, 63 -> 2025."""
        return {value_of(f): f.period for f in self.book.series(TRUST) if f.value is not None}

    def _minus(self, words: list[str], numbers: list[int], fmt: NumberFormat) -> Worked | None:
        """ "100 minus 38": the rest of that year's level."""
        if PERCENT not in numbers or not self._has(words, self.words.minus):
            return None
        levels = self._levels()
        quoted = [n for n in numbers if n != PERCENT and n in levels]
        if len(quoted) != 1:
            return None
        year = levels[quoted[0]]
        level = value_of(self.book.at(TRUST, year))
        values = {
            "level": fmt.percent(level),
            "rest": fmt.percent(PERCENT - level),
            "hundred": fmt.percent(PERCENT),
            "year": str(year),
        }
        return Worked("trust_year", "rest", values, years=(year,))

    def _share_of_share(
        self, words: list[str], numbers: list[int], fmt: NumberFormat
    ) -> Worked | None:
        """ "38 is what percent of 63?", «38 63-тің неше пайызы?»: one level as a share of the
        other, the whole being the number after "of" or before a genitive ending."""
        levels = self._levels()
        if len(set(numbers)) != 2 or not all(n in levels for n in numbers):
            return None  # "38 % then, 63 % now: what percent of 63 is that?" names 63 twice
        if not (self._has(words, self.words.percent) or self._has(words, self.words.share)):
            return None
        whole = None
        for i, word in enumerate(words):
            if not _number(word):
                continue
            rest = [w for w in words[i + 1 :] if w not in self.words.percent]
            after = rest[0] if rest else ""  # "from 38 % to 63 %": the unit said between
            before = words[i - 1] if i else ""
            if after in self.words.range_end:
                return None  # "from 38 to 63": the change, no share of a whole
            if before in self.words.of_whole or after in self.words.genitive:
                whole = int(word)
        if whole is None:
            return None
        part = next(n for n in set(numbers) if n != whole)
        part_value = value_of(self.book.at(TRUST, levels[part]))
        whole_value = value_of(self.book.at(TRUST, levels[whole]))
        share = PERCENT * part_value / whole_value
        values = {
            "part": fmt.percent(part_value),
            "whole": fmt.percent(whole_value),
            "share": fmt.percent(round(share, 1)),
            "rounded": fmt.percent(round(share)),
        }
        return Worked("trust_growth", "share_of", values)

    def _fractions(self) -> dict[Fraction, str]:
        """Our shares as simple fractions, with the answer applying each to a count."""
        fractions = {}
        with suppress(MissingFact):
            reports = self.book.latest(OFFENCE_REPORTS)
            left = value_of(self.book.at(REPORTS_NOT_CONSIDERED, reports.period))
            whole = value_of(reports)
            fractions[Fraction(round(left), round(whole))] = "reports_per"
            fractions[Fraction(round(whole - left), round(whole))] = "considered_per"
        with suppress(MissingFact):
            fractions[Fraction(1, round(value_of(self.book.latest(CORRUPTION_ONE_IN))))] = (
                "corruption_per"
            )
        return fractions

    def _proportion(self, words: list[str], numbers: list[int], fmt: NumberFormat) -> Worked | None:
        """ "If 5 of every 8 reports are ignored, how many of 16?": our fraction, applied to the
        count asked."""
        if len(numbers) != 3 or not self._has(words, self.words.count_asked):
            return None
        part, whole = sorted(numbers[:2])  # «8 өтініштің 5-і»: the whole may come first
        count = numbers[2]
        if not 0 < part < whole < SMALL_WHOLE or count == whole:
            return None
        intent = self._fractions().get(Fraction(part, whole))
        if intent is None:
            return None
        return Worked(intent, frame={"per": count})

    def _one_in_named(self, words: list[str]) -> bool:
        seven = round(value_of(self.book.latest(CORRUPTION_ONE_IN)))
        return self._has(words, self.words.one_in) or f"1/{seven}" in words

    def _one_in(self, words: list[str], numbers: list[int], fmt: NumberFormat) -> Worked | None:
        """One in seven asked as a fraction, a decimal, rounded, or its rest ("NOT police")."""
        if not self._one_in_named(words) or any(n not in (1,) for n in numbers):
            return None
        return self._one_in_form(words, fmt, named=True)

    def _one_in_form(self, words: list[str], fmt: NumberFormat, *, named: bool) -> Worked | None:
        seven = value_of(self.book.latest(CORRUPTION_ONE_IN))
        share = PERCENT / seven
        values = {
            "one_in": fmt.number(seven, 0),
            "fraction": f"{fmt.number(1, 0)}/{fmt.number(seven, 0)}",
            "share": fmt.percent(round(share, 1)),
            "rounded": fmt.percent(round(share)),
            "decimal": fmt.number(1 / seven, DECIMAL_PLACES),
            "exact": fmt.number(1 / seven, EXACT_PLACES),
        }
        if named and self._police_negated(words):
            return Worked("corruption_others")
        decimal = self._as_decimal(words)  # "as a decimal, two places": 0.14
        if self._has(words, self.words.hundredths) or (self._two_places(words) and not decimal):
            values["hundredths"] = f"{fmt.number(share, DECIMAL_PLACES)}%"
            return Worked("corruption_share", "one_in_hundredths", values)
        if decimal:
            return Worked("corruption_share", "one_in_decimal", values)
        if self._has(words, self.words.fraction):
            return Worked("corruption_share", "one_in_fraction", values)
        if self._has(words, self.words.rounded):
            return Worked("corruption_share", "one_in_rounded", values)
        return None

    def _police_negated(self, words: list[str]) -> bool:
        """ "are NOT police", «НЕ полицейские», «полицей емес», with a share asked."""
        if not (self._has(words, self.words.percent) or self._has(words, self.words.share)):
            return False
        for i, word in enumerate(words):
            if word in self.words.police:
                if i and words[i - 1] in self.words.negation:
                    return True
                if i + 1 < len(words) and words[i + 1] in self.words.negation_after:
                    return True
        return False

    def _reports_quoted(self, numbers: list[int]) -> bool:
        reports = self.book.latest(OFFENCE_REPORTS)
        counts = {
            value_of(reports),
            value_of(self.book.at(REPORTS_NOT_CONSIDERED, reports.period)),
        }
        quoted = {n for n in numbers for c in counts if n in (c, c / THOUSAND)}
        return len(quoted) == len(counts)

    def _reports(self, words: list[str], numbers: list[int], fmt: NumberFormat) -> Worked | None:
        """800 and 500 thousand set against each other ("ratio 800 to 500" → 1.6), or the part
        left unconsidered against half of all ("is 500k more than half of 800k?")."""
        if len(numbers) != len(set(numbers)) or not self._reports_quoted(numbers):
            return None
        if self._has(words, self.words.half):
            return Worked("reports_considered", frame={"half_named": True})
        if self._has(words, self.words.ratio):
            return Worked("reports_considered", "reports_ratio")
        return None

    def _filled_in(self, words: list[str], numbers: list[int], fmt: NumberFormat) -> Worked | None:
        """ "2019: X, 2025: Y — fill in X and Y": the levels of those years, the change."""
        levels = {f.period for f in self.book.series(TRUST)}
        filled = 0
        for i, word in enumerate(words):
            if word in self.words.variables:
                before = [w for w in words[max(0, i - 2) : i] if _number(w)]
                filled += bool(before) and int(before[-1]) in levels
        return Worked("trust_growth") if filled >= len(levels) else None

    def _count_at_share(
        self, words: list[str], numbers: list[int], fmt: NumberFormat
    ) -> Worked | None:
        """ "A team of 25, how many at 63 %? round": the share quoted applied to the count."""
        if len(numbers) != 2 or not self._has(words, self.words.count_asked):
            return None
        shares = self._quoted_shares(words)
        if len(shares) != 1:
            return None
        share = shares[0]
        count = next((n for n in numbers if n != share), None)
        if count is None or count <= 1 or count == PERCENT or self._year_written(words, count):
            return None
        if self.book.quoted([count]):
            return None  # "the difference between 63 and 38 percent": both are ours, no count
        levels = self._levels()
        if share in levels:
            return Worked("trust_per", years=(levels[share],), frame={"per": count})
        distrust = {value_of(f): f.period for f in self.book.series(DISTRUST) if f.value}
        if share in distrust:
            return Worked("distrust_per", years=(distrust[share],), frame={"per": count})
        return None

    def _year_written(self, words: list[str], number: int) -> bool:
        """The number is followed by a year word («он тоғызыншы жылы» → 19 жылы, "30 лет") or
        counts no people ("17 regions")."""
        return any(
            w == str(number) and words[i + 1 : i + 2] and words[i + 1] in self.words.year_after
            for i, w in enumerate(words)
        )

    def _quoted_shares(self, words: list[str]) -> list[int]:
        """Numbers said as a per cent ("63%", «63 пайыз»)."""
        return [
            int(w)
            for i, w in enumerate(words)
            if _number(w) and i + 1 < len(words) and words[i + 1] in self.words.percent
        ]

    def _rows_at_national(
        self, words: list[str], numbers: list[int], fmt: NumberFormat
    ) -> Worked | None:
        """ "500 respondents in my table — by the national figure how many should trust?": the
        national level applied to the people counted."""
        if len(numbers) != 1 or not self._has(words, self.words.count_asked):
            return None
        if not (self._has(words, self.words.basis) and self._has(words, self.words.trust)):
            return None
        if self._has(words, self.words.percent) or self._has(words, self.words.negation):
            return None  # "how many percent", "how many don't": not this rule's to answer
        at = next(i for i, w in enumerate(words) if _number(w))
        if at + 1 >= len(words) or words[at + 1] not in self.words.people:
            return None
        return Worked("trust_per", frame={"per": numbers[0]})

    def _distrust_named(self, words: list[str]) -> bool:
        """Distrust asked: «не доверяют», "not trust", «сенбейді», «сенбеушілік»."""
        if self._has(words, self.words.distrust):
            return True
        return any(
            word in self.words.trust and i and words[i - 1] in self.words.negation
            for i, word in enumerate(words)
        )

    def _rounded_to_tens(
        self, words: list[str], numbers: list[int], fmt: NumberFormat, years: tuple[int, ...]
    ) -> Worked | None:
        """ "Rounded to tens, how many trust?", «если округлить до десятков, сколько доверяли в
        2019 и в 2025»: each level asked, rounded to the nearest ten."""
        if numbers or not (
            self._has(words, self.words.rounded) and self._has(words, self.words.tens)
        ):
            return None
        if not (self._has(words, self.words.trust) or self._has(words, self.words.distrust)):
            return None
        series = DISTRUST if self._distrust_named(words) else TRUST
        facts = [self.book.at(series, y) for y in years] if years else [self.book.latest(series)]
        said = [
            f"{fmt.percent(value_of(f))} ≈ <b>{fmt.percent(_to_tens(value_of(f)))}</b> ({f.period})"
            for f in sorted(facts, key=lambda f: f.period)
        ]
        found = tuple(sorted(f.period for f in facts))
        if series == DISTRUST:
            intent = "distrust"
        else:
            intent = "trust_growth" if len(found) > 1 else "trust_year"
        return Worked(intent, "rounded_tens", {"levels": ", ".join(said)}, years=found)

    def _fractions_of_one(
        self, words: list[str], numbers: list[int], fmt: NumberFormat, years: tuple[int, ...]
    ) -> Worked | None:
        """ "Trust and distrust in fractions of one", «в долях единицы», «бірлік үлесімен»: the
        level of the year and the rest, each as a decimal of one."""
        if numbers:
            return None
        english = any(
            w == "one"
            and words[i - 1 : i] == ["of"]
            and i > 1
            and words[i - 2] in self.words.fraction
            for i, w in enumerate(words)
        )
        shared = self._has(words, self.words.share) or self._has(words, self.words.fraction)
        if not (english or (self._has(words, self.words.unit) and shared)):
            return None
        if not (self._has(words, self.words.trust) or self._has(words, self.words.distrust)):
            return None
        fact = self.book.at(TRUST, years[-1]) if years else self.book.latest(TRUST)
        level = value_of(fact)
        values = {
            "year": str(fact.period),
            "trust": fmt.number(level / PERCENT, DECIMAL_PLACES),
            "rest": fmt.number((PERCENT - level) / PERCENT, DECIMAL_PLACES),
            "level": fmt.percent(level),
            "rest_level": fmt.percent(PERCENT - level),
        }
        return Worked("trust_split", "fractions_of_one", values, years=(fact.period,))

    def _divided(self, words: list[str], numbers: list[int], fmt: NumberFormat) -> Worked | None:
        """ "63 divided by 38", «63 делить на 38 сколько будет», «посчитай 63/38»: one of our
        levels divided by the other."""
        slashed = _slashed(words)
        if len(numbers) == 2 and self._has(words, self.words.divided):
            pair = numbers
        elif len(slashed) == 1 and not numbers:
            pair = list(slashed[0])
        else:
            return None
        levels = self._levels()
        if not all(n in levels for n in pair) or pair[0] == pair[1]:
            return None
        top, bottom = (value_of(self.book.at(TRUST, levels[n])) for n in pair)
        values = {
            "top": fmt.percent(top),
            "bottom": fmt.percent(bottom),
            "quotient": fmt.number(top / bottom, DECIMAL_PLACES),
        }
        return Worked("trust_growth", "divided", values)

    def _distrust_fell(
        self, words: list[str], numbers: list[int], fmt: NumberFormat
    ) -> Worked | None:
        """ "By what percent did distrust fall from 62 to 37?": both distrust levels quoted, the
        change of distrust (its relative fall is in that answer)."""
        if not self._distrust_named(words):
            return None
        if not (self._has(words, self.words.percent) or self._has(words, self.words.count_asked)):
            return None
        if not numbers:
            return self._distrust_fell_in_points(words)
        if len(numbers) != 2:
            return None
        if not (self._has(words, self.words.fell) or self._has(words, self.words.range_end)):
            return None  # "why 37 %, isn't it 62 % who don't trust?": no change asked
        first, latest = self.book.first(TRUST), self.book.latest(TRUST)
        rests = {PERCENT - value_of(first), PERCENT - value_of(latest)}
        if set(numbers) != rests:
            return None
        return Worked("distrust_change")

    def _distrust_fell_in_points(self, words: list[str]) -> Worked | None:
        """ "By how many points did the share of those who do not trust fall?": the change of
        distrust, no levels quoted, a fall and points named."""
        if self._has(words, self.words.fell) and self._has(words, self.words.points):
            return Worked(DISTRUST_CHANGE)
        return None

    def _one_in_applied(
        self, words: list[str], numbers: list[int], fmt: NumberFormat
    ) -> Worked | None:
        """ "Say 140 corruption cases: how many would be police at that rate?", «70-тің ішінде
        нешеуі полицей?»: one in seven applied to a count of corruption offences; not to a count
        of police ("of 300 officers, how many are corrupt?" has no figure)."""
        if len(numbers) != 1 or not any(w in self.words.count_asked and w != "how" for w in words):
            return None  # "how widespread…?" asks no count
        if not (self._has(words, self.words.corruption) and self._has(words, self.words.police)):
            return None
        if self._has(words, self.words.percent):
            return None
        seven = round(value_of(self.book.latest(CORRUPTION_ONE_IN)))
        count = numbers[0]
        if count <= seven or self._year_written(words, count):
            return None
        at = words.index(str(count))
        if any(w in self.words.police for w in words[at + 1 : at + 3]):
            return None  # "of 300 officers": the police counted, no share of ours
        if words[at + 1 : at + 2] and words[at + 1] in self.words.currency:
            return None  # "a 10,000 tenge 'fine'": money, no cases
        if words[at + 1 : at + 2] and words[at + 1] in self.words.thousands:
            return None  # «жемқорлар 14 мың»: counted in thousands, which the frame reads
        return Worked("corruption_per", frame={"per": count})

    def _formula_checked(
        self, words: list[str], numbers: list[int], fmt: NumberFormat
    ) -> Worked | None:
        """ "Check me: (63-38)/38*100 = 65.79 %?", «63/38 = 1,66?»: a formula over our levels with
        its result written to some places: when that is a figure we compute, so rounded, the
        answer stating it, with the figure confirmed to the places asked."""
        levels = self._levels()
        operands = numbers + [n for pair in _slashed(words) for n in pair]
        if len(set(operands) & set(levels)) < 2 or any(
            n not in levels and n != PERCENT for n in operands
        ):
            return None
        results = [v for v in map(_value, words) if v is not None and v != int(v)]
        if len(results) != 1:
            return None
        asked = results[0]
        for computed, intent, _, _ in self._computed(fmt):
            if _same(asked, computed):
                said = fmt.number(computed, _places(asked))
                unit = "%" if self._has(words, self.words.percent) else ""
                return Worked(intent, "formula_checked", {"computed": f"{said}{unit}"})
        return None

    def _twice_checked(
        self, words: list[str], numbers: list[int], fmt: NumberFormat
    ) -> Worked | None:
        """ "Did trust really double? Exactly twice?", «38-ден 63-ке шынымен екі есе ме?»: the
        growth, whose answer gives the ratio exactly (1.66), says "almost twice" is the
        deputy's word and, for "exactly", what a doubling would have given."""
        if not self._twice_said(words) or self._distrust_named(words):
            return None
        levels = self._levels()
        quoted = {n for n in numbers if n != 2}
        if not quoted <= set(levels):
            return None
        if not (len(quoted) == len(levels) or (self._trust_said(words) and not quoted)):
            return None
        return Worked(GROWTH)

    def _twice_said(self, words: list[str]) -> bool:
        """ "Twice", «вдвое», «в 2 раза», «екі есе»."""
        if self._has(words, self.words.twice):
            return True
        return any(
            word in self.words.two and words[i + 1 : i + 2] and words[i + 1] in self.words.times
            for i, word in enumerate(words)
        )

    def _subtracted(
        self, words: list[str], numbers: list[int], fmt: NumberFormat, years: tuple[int, ...]
    ) -> Worked | None:
        """ "Trust 2025 minus trust 2019", «63 минус 38», «2025 жылғы сенім минус 2019 жылғы»:
        one level less the other, in points (the growth)."""
        if not self._has(words, self.words.minus) or PERCENT in numbers:
            return None
        levels = self._levels()
        if any(n not in levels for n in numbers):
            return None
        periods = [levels[n] for n in numbers]
        if not numbers and self._trust_said(words):
            periods = self._measured_years(words, years)
        if len(periods) != 2 or periods[0] == periods[1]:
            return None
        top, bottom = (value_of(self.book.at(TRUST, year)) for year in periods)
        values = {
            "top": fmt.percent(top),
            "bottom": fmt.percent(bottom),
            "top_year": str(periods[0]),
            "bottom_year": str(periods[1]),
            "difference": fmt.number(top - bottom, 0),
        }
        return Worked(GROWTH, "subtracted", values)

    def _distrust_ratio(
        self, words: list[str], numbers: list[int], fmt: NumberFormat, years: tuple[int, ...]
    ) -> Worked | None:
        """ "By what factor did distrust fall?", «во сколько раз уменьшилось недоверие», «62 %
        → 37 %, неше есе?»: the change of distrust with the first rest divided by the latest."""
        times = self._has(words, self.words.times) and self._has(words, self.words.count_asked)
        if not (times or self._has(words, self.words.factor)):
            return None
        if not self._distrust_named(words) or self._trust_said(words):
            return None
        rests = self._rests()
        if any(n not in rests for n in numbers):
            return None
        both = len(set(numbers)) == len(rests) or len(self._measured_years(words, years)) > 1
        if not (both or self._has(words, self.words.fell)):
            return None
        first = PERCENT - value_of(self.book.first(TRUST))
        latest = PERCENT - value_of(self.book.latest(TRUST))
        values = {
            "first": fmt.percent(first),
            "latest": fmt.percent(latest),
            "ratio": fmt.number(first / latest, DECIMAL_PLACES),
        }
        return Worked(DISTRUST_CHANGE, "distrust_ratio", values)

    def _rests(self) -> dict[float, int]:
        """The share not fully trusting (100 − trust) of each year, by its value: 62 -> 2019."""
        return {PERCENT - value: year for value, year in self._levels().items()}

    def _from_half(
        self,
        words: list[str],
        numbers: list[int],
        fmt: NumberFormat,
        years: tuple[int, ...],
        topic: str | None,
    ) -> Worked | None:
        """ "How far was trust from 50 % in 2019?", «в 2019 до половины сколько не хватало»,
        «2019 жылы жартысына неше тармақ жетпеді»: the level of the year against half."""
        half = self._has(words, self.words.half) or HALF in self._quoted_shares(words)
        if not half or set(numbers) - {HALF} or self._distrust_named(words):
            return None
        if not self._has(words, self.words.count_asked):
            return None
        if not (self._has(words, self.words.distance) or self._has(words, self.words.points)):
            return None
        if not self._trust_said(words) and topic in CORRUPTION_TOPICS | REPORTS_TOPICS:
            return None
        measured = self._measured_years(words, years)
        if len(measured) > 1 or len(years) > len(measured):
            return None
        fact = self.book.at(TRUST, measured[0]) if measured else self.book.latest(TRUST)
        level = value_of(fact)
        values = {
            "level": fmt.percent(level),
            "half": fmt.percent(HALF),
            "year": str(fact.period),
            "gap": fmt.number(abs(HALF - level), 0),
        }
        line = "half_short" if level < HALF else "half_above"
        return Worked("trust_year", line, values, years=(fact.period,))

    def _groups_gap(
        self, words: list[str], numbers: list[int], fmt: NumberFormat, frame: Frame
    ) -> Worked | None:
        """ "In 2019, how many points ahead were the non-trusters?", «қазір сенетіндер мен
        қалғандардың айырмасы»: those who trust against the rest in one year, in points (the
        latest year's split says it; for an earlier one, the rest with the gap)."""
        rest = self._distrust_named(words) or self._has(words, self.words.others)
        ahead = self._trust_said(words) or self._has(words, self.words.gap)
        if not (rest and ahead) or self._has(words, self.words.fell):
            return None
        if self._has(words, self.words.earlier) or self._has(words, self.words.grew):
            return None  # "before nobody trusted, now everyone does: by how many points?"
        if not (self._has(words, self.words.gap) or self._has(words, self.words.points)):
            return None
        levels, rests = self._levels(), self._rests()
        if any(n not in levels and n not in rests for n in numbers):
            return None
        if len({rests[n] for n in numbers if n in rests and n not in levels}) > 1:
            return None  # «было 62, стало 37 — разница?»: the rest of two years, its change
        measured = self._measured_years(words, frame.years)
        if len(measured) > 1 or len(frame.years) > len(measured) or (measured and frame.now):
            return None
        latest = self.book.latest(TRUST)
        if not measured or measured[0] == latest.period:
            return Worked("trust_split")
        level = value_of(self.book.at(TRUST, measured[0]))
        values = {
            "level": fmt.percent(level),
            "rest": fmt.percent(PERCENT - level),
            "gap": fmt.number(abs(PERCENT - 2 * level), 0),
        }
        return Worked("distrust", "groups_gap", values, years=(measured[0],))

    def _relative_growth(
        self, words: list[str], numbers: list[int], fmt: NumberFormat
    ) -> Worked | None:
        """ "Relatively, not in points, by what percent did trust grow?", «салыстырмалы түрде
        сенім неше пайызға өсті?»: the growth, whose answer gives it relative to the first level
        (66 %); «тармақпен емес» denies the points, not the trust."""
        if not (self._has(words, self.words.relative) and self._has(words, self.words.grew)):
            return None
        if not self._trust_said(words) or self._distrust_named(words):
            return None
        levels = self._levels()
        if not self._has(words, self.words.percent) or any(n not in levels for n in numbers):
            return None
        return self._hundredths_of(GROWTH, fmt) if self._two_places(words) else Worked(GROWTH)

    def _to_hundredths(
        self,
        words: list[str],
        numbers: list[int],
        fmt: NumberFormat,
        intent: str | None,
        topic: str | None,
    ) -> Worked | None:
        """ "To the hundredths", «до сотых», «жүздікке дейін» of the growth or of the fall of
        distrust (also as a short follow-up): the ratio and the relative change, two places."""
        if not self._two_places(words):
            return None
        short = len(words) <= FOLLOW_UP_WORDS and not numbers
        subject = intent if intent in (GROWTH, DISTRUST_CHANGE) else topic if short else None
        if subject not in (GROWTH, DISTRUST_CHANGE):
            return None
        return self._hundredths_of(subject, fmt)

    def _hundredths_of(self, subject: str, fmt: NumberFormat) -> Worked:
        """The growth of trust or the fall of distrust, with its ratio and relative change to
        two places."""
        low, high = (value_of(self.book.first(TRUST)), value_of(self.book.latest(TRUST)))
        first, latest = (low, high) if subject == GROWTH else (PERCENT - low, PERCENT - high)
        values = {
            "first": fmt.percent(first),
            "latest": fmt.percent(latest),
            "ratio": fmt.number(max(first, latest) / min(first, latest), DECIMAL_PLACES),
            "relative": f"{fmt.number(PERCENT * abs(latest - first) / first, DECIMAL_PLACES)}%",
        }
        line = "growth_hundredths" if subject == GROWTH else "distrust_hundredths"
        return Worked(subject, line, values)

    def _follow_up(self, words: list[str], topic: str | None, fmt: NumberFormat) -> Worked | None:
        """ "Round it", «ал бөлшекпен?» after one in seven or the reports."""
        if topic in CORRUPTION_TOPICS:
            return self._one_in_form(words, fmt, named=False)
        if topic == "corruption_others" and self._has(words, self.words.rounded):
            return Worked("corruption_others")
        if topic in REPORTS_TOPICS and self._has(words, self.words.fraction):
            if self._has(words, self.words.decimal):
                return None
            return Worked("reports_considered", frame={"fraction": True})
        return None


def _number(word: str) -> bool:
    """A number written in digits (not "²", not "1/7")."""
    return word.isascii() and word.isdigit()


def _value(word: str) -> float | None:
    """A number written in digits, with a decimal point or comma ("62,5", "1.66"), or None."""
    plain = word.replace(",", ".")
    if not plain.isascii() or not plain.replace(".", "", 1).isdigit() or plain.startswith("."):
        return None
    return float(plain)


def _to_tens(value: float) -> int:
    """Rounded to the nearest ten, a half up: 63 -> 60, 38 -> 40, 65 -> 70."""
    return int(value / 10 + 0.5) * 10


def _same(asked: float, computed: float) -> bool:
    """`asked` is `computed` as rounded to the places it is written with (66 for 65.8, 1.66
    for 1.658, 62.5)."""
    return round(computed, _places(asked)) == asked


def _numbers(words: Sequence[str]) -> list[int]:
    """The whole numbers the question quotes, in order ("1/7" is a fraction, not a number)."""
    return [int(w) for w in words if _number(w)]


def _slashed(words: Sequence[str]) -> list[tuple[int, int]]:
    """Each "63/38" written as one word: the number over the other."""
    pairs = []
    for word in words:
        top, _, bottom = word.partition("/")
        if _number(top) and _number(bottom):
            pairs.append((int(top), int(bottom)))
    return pairs


def _places(value: float) -> int:
    """How many places after the point `value` is written with (65.79 -> 2)."""
    text = f"{value:g}"
    return len(text.split(".")[1]) if "." in text else 0
