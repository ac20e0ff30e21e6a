"""Answer text: a template from data/answers.toml filled with numbers computed from the facts.

Templates hold words only; every figure comes from the facts passed to the engine (or, labelled,
from general_facts.toml), so a corrected database row changes the answers with no code change.
"""

import html
import math
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from fractions import Fraction

from babel import Locale

from bot.qa.arithmetic import Worked
from bot.qa.datafiles import load
from bot.qa.facts import (
    CORRUPTION_ONE_IN,
    DISTRUST,
    OFFENCE_REPORTS,
    PERCENT,
    REFORM_CONTEXT,
    REPORTS_NOT_CONSIDERED,
    THOUSAND,
    TRUST,
    Fact,
    FactBook,
    MissingFact,
    value_of,
)
from bot.qa.formatting import RATIO_DIGITS, NumberFormat
from bot.qa.frame import CRIMES, Frame
from bot.qa.intents import (
    ACK,
    ASSESSMENT,
    CORRUPTION_OFFICERS,
    FIGURES_RANKED,
    GENERAL_INFO,
    HELP,
    METHOD,
    NO_FIGURE,
    OUT_OF_SCOPE,
    POLL_COMPARED,
    PUBLICATION,
    REGIONS,
    REPORTS_CONSIDERED,
    SOURCE,
    SUM_QUOTED,
    TRUST_SPLIT,
    Catalog,
)
from bot.qa.lexicon import LANGUAGES
from bot.qa.understand import Decision

TELEGRAM_LIMIT = 4096
# intent -> the share it applies to a count: a metric's value, or a figure computed from a row
PER_PEOPLE = {
    "trust_per": TRUST,
    "split_per": TRUST,  # and the rest of it
    "distrust_per": DISTRUST,
    "reports_per": "not_considered_share",
    "considered_per": "considered_share",
    "corruption_per": "one_in_share",
}
# intent -> the plural entry naming what its count counts ("21 сообщение", "25 сообщений")
PER_COUNTED = {
    "trust_per": "citizens",
    "split_per": "citizens",
    "distrust_per": "citizens",
    "reports_per": "reports",
    "considered_per": "reports",
    "corruption_per": "offenders",
}
DERIVED_FROM = {
    "not_considered_share": REPORTS_NOT_CONSIDERED,
    "considered_share": REPORTS_NOT_CONSIDERED,
    "one_in_share": CORRUPTION_ONE_IN,
}
# Answers about the reports that say the part left unconsidered as a simple fraction when asked
REPORTS_FRACTION = frozenset({"reason_formalism", "reports_considered"})
FRACTION_NEAR = 10  # points: a fraction quoted this close to the level is "a bit" off it
POLL_NEAR = 2  # points: a chat's own share this close to the country's is about the same
DECIMAL_DIGITS = 2  # a percent as a decimal: 63 % -> 0.63
FRACTION_DENOMINATOR = 10  # "roughly 5 in 8": a fraction people can picture
GREETING = "greeting"  # the text for a message that only greets (an ACK with frame.greeted)
NO_FOOTER = frozenset(
    {SOURCE, HELP, OUT_OF_SCOPE, NO_FIGURE, ACK, CORRUPTION_OFFICERS, METHOD, SUM_QUOTED}
)
SENTENCE_RE = re.compile(r"[^.!?]+[.!?]*")
CONTINUATIONS = ("И ", "А ")  # a quoted sentence starting so leans on one left out


@dataclass(frozen=True)
class FactValues(Mapping[str, str]):
    """Template placeholders computed from the facts, formatted for one language, HTML-escaped.

    Computed on lookup, so an answer only needs the facts its template names; a missing fact
    raises MissingFact. Placeholder names are the public methods below, general_facts.toml and
    `extra`: values the composer has already built for one answer (HTML, not escaped again).
    """

    book: FactBook
    fmt: NumberFormat
    ordinals: Mapping[str, str]
    general: Mapping[str, str]
    plurals: Mapping[str, Mapping[str, str]]
    extra: Mapping[str, str] = field(default_factory=dict)
    used: list[Fact] = field(default_factory=list)  # the facts this answer was computed from

    NAMES = (
        "first_year", "first_value", "latest_year", "latest_value", "change_points",
        "change_percent", "ratio", "one_in", "one_in_ordinal", "one_in_share", "reports_year",
        "reports", "not_considered", "not_considered_share", "considered", "considered_share",
        "reform_year", "points_word", "distrust_value", "gap_points", "gap_points_word",
        "distrust_points", "distrust_points_word", "not_considered_ratio", "hundred",
        "first_distrust", "one_in_rest", "span_years", "span_years_word", "split_ratio",
        "considered_gap", "doubled_value", "doubled_short", "doubled_short_word",
        "latest_decimal", "fraction_part", "fraction_whole", "points_per_year",
        "points_per_year_word", "one_in_others", "one_in_rest_rounded", "reports_ratio",
        "ratio_rounded",
        "change_percent_rounded",
        "distrust_fall_percent", "reports_fraction_part", "reports_fraction_whole",
        "considered_ratio", "reports_half", "above_half", "considered_points",
        "considered_points_word", "hundred_index", "half_share", "half_points", "half_points_word",
        "trust_index",
    )  # fmt: skip

    def __getitem__(self, name: str) -> str:
        if name in self.extra:
            return self.extra[name]
        if name in self.general:
            return html.escape(self.general[name])
        if name not in self.NAMES:
            raise KeyError(name)
        compute: Callable[[], str] = getattr(self, name)
        return html.escape(compute())

    def __iter__(self) -> Iterator[str]:
        return iter(dict.fromkeys((*self.extra, *self.NAMES, *self.general)))

    def __len__(self) -> int:
        return len(dict.fromkeys((*self.extra, *self.NAMES, *self.general)))

    def use(self, fact: Fact) -> Fact:
        """Note that the answer states this fact (its source is cited), and return it."""
        if fact not in self.used:
            self.used.append(fact)
        return fact

    def _trust(self) -> tuple[float, float]:
        first, latest = self.book.first(TRUST), self.book.latest(TRUST)
        return value_of(self.use(first)), value_of(self.use(latest))

    def ranked_shares(self) -> list[tuple[float, str]]:
        """Trust now and at first, the rest of trust now and the reports left unconsidered,
        each with its text's name, largest first: whatever the facts say, the order is
        computed."""
        first, latest = self._trust()
        shares = [
            (latest, "ranked_trust_latest"),
            (first, "ranked_trust_first"),
            (self._split()[1], "ranked_distrust"),
            (self._not_considered_percent(), "ranked_reports"),
        ]
        return sorted(shares, key=lambda share: -share[0])

    def first_year(self) -> str:
        return str(self.use(self.book.first(TRUST)).period)

    def first_value(self) -> str:
        return self.fmt.percent(self._trust()[0])

    def latest_year(self) -> str:
        return str(self.use(self.book.latest(TRUST)).period)

    def latest_value(self) -> str:
        return self.fmt.percent(self._trust()[1])

    def latest_decimal(self) -> str:
        return self.fmt.number(self._trust()[1] / PERCENT, DECIMAL_DIGITS)

    def _latest_fraction(self) -> Fraction:
        """The simple fraction nearest the latest level (63 % -> 5/8)."""
        share = Fraction(self._trust()[1] / PERCENT)
        return share.limit_denominator(FRACTION_DENOMINATOR)

    def fraction_part(self) -> str:
        return str(self._latest_fraction().numerator)

    def fraction_whole(self) -> str:
        return str(self._latest_fraction().denominator)

    def reports_fraction_part(self) -> str:
        return str(self._reports_fraction().numerator)

    def reports_fraction_whole(self) -> str:
        return str(self._reports_fraction().denominator)

    def _reports_fraction(self) -> Fraction:
        """The reports left unconsidered as a simple fraction of all: 500 / 800 thousand = 5/8."""
        reports, not_considered = self._reports()
        return Fraction(round(not_considered), round(value_of(reports)))

    def first_distrust(self) -> str:
        """The rest of 100 % at the first measurement (no distrust figure was published then)."""
        return self.fmt.percent(PERCENT - self._trust()[0])

    def change_points(self) -> str:
        """The change in percentage points, without a sign (the template says rise or fall)."""
        first, latest = self._trust()
        return self.fmt.number(abs(latest - first))

    def change_percent(self) -> str:
        """The relative change, rounded to a whole per cent (63 / 38 - 1 = 66 %)."""
        return self.fmt.percent(round(self._relative_change()))

    def change_percent_rounded(self) -> str:
        """The relative change to one decimal, when a decimal is asked (25 / 38 = 65.8 %)."""
        return self.fmt.percent(self._relative_change())

    def _relative_change(self) -> float:
        """In per cent of the first level, without a sign (the template says rise or fall)."""
        return PERCENT * abs(self._growth_ratio() - 1)

    def plural(self, word: str, count: float) -> str:
        """The form of `word` after `count` (CLDR plural rules): "лет" after 6, "года" after 2."""
        forms = self.plurals[word]
        return forms.get(Locale.parse(self.fmt.language).plural_form(count), forms["other"])

    def points_word_for(self, points: float) -> str:
        """ "процентных пунктов" after 25, "процентных пункта" after 22."""
        return self.plural("points", round(abs(points), 1))

    def points_word(self) -> str:
        first, latest = self._trust()
        return self.points_word_for(latest - first)

    def doubled_value(self) -> str:
        """Twice the first measurement: what "exactly twice" would have been (76 %)."""
        return self.fmt.percent(2 * self._trust()[0])

    def doubled_short(self) -> str:
        first, latest = self._trust()
        return self.fmt.number(abs(2 * first - latest))

    def doubled_short_word(self) -> str:
        first, latest = self._trust()
        return self.points_word_for(2 * first - latest)

    def _split(self) -> tuple[float, float]:
        """The latest trust level and the distrust of the same year."""
        latest = self.use(self.book.latest(TRUST))
        distrust = self.use(self.book.at(DISTRUST, latest.period))
        return value_of(latest), value_of(distrust)

    def distrust_value(self) -> str:
        return self.fmt.percent(self._split()[1])

    def distrust_fall_percent(self) -> str:
        """The distrust's fall relative to the first measurement's rest, rounded to a whole per
        cent ((62 − 37) / 62 = 40 %)."""
        first = PERCENT - self._trust()[0]
        latest = self._split()[1]
        return self.fmt.percent(round(PERCENT * (first - latest) / first))

    def gap_points(self) -> str:
        trust, distrust = self._split()
        return self.fmt.number(abs(trust - distrust))

    def gap_points_word(self) -> str:
        trust, distrust = self._split()
        return self.points_word_for(trust - distrust)

    def split_ratio(self) -> str:
        """How many times those who trust outnumber the rest (63 / 37 ≈ 1.7)."""
        trust, distrust = self._split()
        return self.fmt.number(trust / distrust)

    def distrust_points(self) -> str:
        return self.fmt.number(PERCENT - self._split()[0])

    def distrust_points_word(self) -> str:
        return self.points_word_for(PERCENT - self._split()[0])

    def ratio(self) -> str:
        return self.fmt.number(self._growth_ratio(), RATIO_DIGITS)

    def ratio_rounded(self) -> str:
        return self.fmt.number(self._growth_ratio())

    def _growth_ratio(self) -> float:
        first, latest = self._trust()
        return latest / first

    def _span(self) -> int:
        """Years between the first and the latest trust measurement."""
        first, latest = self.book.first(TRUST), self.book.latest(TRUST)
        return self.use(latest).period - self.use(first).period

    def _per_year(self) -> float:
        """The change spread evenly over the years between the measurements (25 / 6 ≈ 4.2)."""
        first, latest = self._trust()
        return round(abs(latest - first) / self._span(), 1)

    def points_per_year(self) -> str:
        return self.fmt.number(self._per_year())

    def points_per_year_word(self) -> str:
        return self.points_word_for(self._per_year())

    def span_years(self) -> str:
        return self.fmt.number(self._span(), 0)

    def span_years_word(self) -> str:
        return self.plural("years", self._span())

    def _one_in(self) -> float:
        return value_of(self.use(self.book.latest(CORRUPTION_ONE_IN)))

    def one_in(self) -> str:
        return self.fmt.number(self._one_in(), 0)

    def one_in_ordinal(self) -> str:
        """ "седьмой" for 7 (from answers.toml), "12-й" beyond the table."""
        n = self.one_in()
        return self.ordinals.get(n) or self.ordinals["other"].format(n=n)

    def one_in_share(self) -> str:
        return self.fmt.percent(PERCENT / self._one_in())

    def one_in_others(self) -> str:
        """Of every seven offenders, six are not police officers."""
        return self.fmt.number(self._one_in() - 1, 0)

    def one_in_rest(self) -> str:
        """The offenders who are not police officers: 100 % - 1/7 ≈ 85.7 %."""
        return self.fmt.percent(PERCENT - PERCENT / self._one_in())

    def one_in_rest_rounded(self) -> str:
        """The same, rounded to a whole per cent (≈85.7 % -> about 86 %)."""
        return self.fmt.percent(round(PERCENT - PERCENT / self._one_in()))

    def _reports(self) -> tuple[Fact, float]:
        """The latest offence-report count and how many of those were not considered."""
        reports = self.use(self.book.latest(OFFENCE_REPORTS))
        return reports, value_of(self.use(self.book.at(REPORTS_NOT_CONSIDERED, reports.period)))

    def reports_year(self) -> str:
        return str(self._reports()[0].period)

    def reports(self) -> str:
        return self.fmt.count(value_of(self._reports()[0]))

    def not_considered(self) -> str:
        return self.fmt.count(self._reports()[1])

    def not_considered_share(self) -> str:
        return self.fmt.percent(self._not_considered_percent())

    def _not_considered_percent(self) -> float:
        reports, not_considered = self._reports()
        return PERCENT * not_considered / value_of(reports)

    def hundred(self) -> str:
        """Everyone: what "short of 100 %" is measured against (not a figure)."""
        return self.fmt.percent(PERCENT)

    def not_considered_ratio(self) -> str:
        reports, not_considered = self._reports()
        return self.fmt.number(not_considered / (value_of(reports) - not_considered), RATIO_DIGITS)

    def considered_ratio(self) -> str:
        """How many times all reports outnumber those considered: 800 / 300 thousand."""
        reports, not_considered = self._reports()
        whole = value_of(reports)
        return self.fmt.number(whole / (whole - not_considered), RATIO_DIGITS)

    def reports_ratio(self) -> str:
        """How many times the reports outnumber those left unconsidered: 800 / 500 thousand."""
        reports, not_considered = self._reports()
        return self.fmt.number(value_of(reports) / not_considered, RATIO_DIGITS)

    def considered(self) -> str:
        reports, not_considered = self._reports()
        return self.fmt.count(value_of(reports) - not_considered)

    def reports_half(self) -> str:
        """Half of all reports: 800 / 2 = 400 thousand."""
        return self.fmt.count(value_of(self._reports()[0]) / 2)

    def above_half(self) -> str:
        """How far those left unconsidered are above half of all: 500 - 400 thousand."""
        reports, not_considered = self._reports()
        return self.fmt.count(not_considered - value_of(reports) / 2)

    def considered_gap(self) -> str:
        """How many more were left unconsidered than considered: 500 - 300 thousand."""
        reports, not_considered = self._reports()
        return self.fmt.count(2 * not_considered - value_of(reports))

    def _considered_points(self) -> float:
        """The unconsidered share less the considered one, in points (62.5 - 37.5 = 25)."""
        reports, not_considered = self._reports()
        return PERCENT * (2 * not_considered - value_of(reports)) / value_of(reports)

    def considered_points(self) -> str:
        return self.fmt.number(self._considered_points())

    def half_share(self) -> str:
        """Half as a share: 50 %."""
        return self.fmt.percent(PERCENT / 2)

    def half_points(self) -> str:
        """How far the unconsidered share is above half, in points (62.5 - 50 = 12.5)."""
        return self.fmt.number(self._not_considered_percent() - PERCENT / 2)

    def half_points_word(self) -> str:
        return self.points_word_for(self._not_considered_percent() - PERCENT / 2)

    def considered_points_word(self) -> str:
        return self.points_word_for(self._considered_points())

    def hundred_index(self) -> str:
        """The base of an index: the year set to a hundred (not a figure)."""
        return self.fmt.number(PERCENT, 0)

    def trust_index(self) -> str:
        """The latest level as an index of the first (first = 100): 63 / 38 * 100 = 166."""
        return self.fmt.number(PERCENT * self._growth_ratio(), 0)

    def considered_share(self) -> str:
        reports, not_considered = self._reports()
        return self.fmt.percent(PERCENT * (1 - not_considered / value_of(reports)))

    def reform_year(self) -> str:
        return str(self.use(self.book.latest(REFORM_CONTEXT)).period)


class Composer:
    """Builds the Telegram-HTML answer for a decision, in one language."""

    def __init__(self, book: FactBook, catalog: Catalog) -> None:
        self.book = book
        self.catalog = catalog
        self.texts = load("answers.toml")
        self.names = load("sources.toml")
        general = {
            name: value
            for table in load("general_facts.toml").values()
            for name, value in table.items()
        }
        self.formats = {
            lang: NumberFormat.from_data(lang, self.texts["format"][lang]) for lang in LANGUAGES
        }
        self.values = {
            lang: FactValues(
                book,
                self.formats[lang],
                {**self.texts["ordinals"][lang], "other": self.texts["ordinals"]["other"][lang]},
                general,
                {unit: forms[lang] for unit, forms in self.texts["plural"].items()},
            )
            for lang in LANGUAGES
        }

    def compose(
        self,
        decision: Decision,
        language: str,
        topic: str | None,
        cited: Sequence[tuple[str, int]] = (),
    ) -> tuple[str, list[Fact]]:
        """The answer text and the facts it states. `topic` is what the conversation was about
        and `cited` the facts of the answer before (for "and the source?")."""
        writer = _Writer(self, language)
        try:
            body = self._body(writer, decision, topic, cited)
            aside = decision.frame.aside
            if aside in self.texts["instead"]:  # "is she for the police or against it?"
                body = writer.text(self.texts["instead"][aside])
            elif aside:  # "is she a minister?": «нет, она депутат», then who she is
                body = f"{writer.text(self.texts['aside'][aside])}\n{body}"
            if decision.frame.doubted:
                body = f"{body}\n{writer.text(self.texts['common']['doubted'])}"
            quoted = decision.frame.fraction_quoted
            if quoted and decision.intent in (self.catalog.level, self.catalog.level_complement):
                rest = decision.intent == self.catalog.level_complement
                body = f"{body}\n{self._fraction_set_against(writer, *quoted, rest=rest)}"
            if decision.frame.exactly_twice and decision.intent == self.catalog.comparison:
                body = f"{body}\n{writer.text(self.texts['common']['exactly_twice'])}"
            if decision.frame.rounded and decision.intent == self.catalog.comparison:
                body = f"{body}\n{writer.text(self.texts['common']['rounded_ratio'])}"
            if decision.frame.measure == CRIMES and decision.intent != NO_FIGURE:
                body = f"{body}\n{writer.text(self.texts['common']['not_crimes'])}"
            if self._reports_set_against_each_other(decision):
                body = f"{body}\n{writer.text(self.texts['common']['reports_ratio'])}"
            if decision.frame.fraction and decision.intent in REPORTS_FRACTION:
                body = f"{body}\n{writer.text(self.texts['common']['reports_fraction'])}"
            if self._reports_set_against_the_considered(decision):
                body = f"{body}\n{writer.text(self.texts['common']['considered_ratio'])}"
            if decision.frame.indexed and decision.intent == self.catalog.comparison:
                body = f"{body}\n{writer.text(self.texts['common']['trust_index'])}"
            if decision.frame.points_named and self._reports_set_apart(decision):
                body = f"{body}\n{writer.text(self.texts['common']['considered_points'])}"
            if decision.frame.half_named and decision.intent == REPORTS_CONSIDERED:
                body = f"{body}\n{writer.text(self.texts['common']['above_half'])}"
                if decision.frame.points_named:  # "by how many points is that above 50 %?"
                    body = f"{body}\n{writer.text(self.texts['common']['half_points'])}"
            if decision.intent == ASSESSMENT and decision.frame.level_judged:
                body = f"{body}\n{self._level_judged(writer)}"
            if decision.intent == ASSESSMENT and decision.frame.cause:
                body = f"{body}\n{writer.text(self.texts['common']['own_assessment'])}"
            target = decision.frame.short_of
            if target is not None and target != PERCENT and decision.intent == TRUST_SPLIT:
                body = f"{body}\n{self._short_of_target(writer, target)}"
            footer = self._footer(writer, decision)
        except MissingFact:
            return writer.text(self.texts["common"]["no_data"]), []
        text = f"{body}\n\n<i>{footer}</i>" if footer else body
        return text, writer.used

    def worked(self, text: str, worked: Worked, language: str) -> str:
        """`text` with the worked line of an arithmetic rule under its body, above the source."""
        texts = self.texts["worked"].get(worked.line) or self.texts["common"][worked.line or ""]
        line = _Writer(self, language).text(texts, **worked.values)
        body, footer = text.split("\n\n<i>", 1) if "\n\n<i>" in text else (text, "")
        return f"{body}\n{line}\n\n<i>{footer}" if footer else f"{body}\n{line}"

    def _reports_set_against_the_considered(self, decision: Decision) -> bool:
        """ "How many times more reports were filed than considered?", «во сколько раз
        поступивших больше, чем рассмотренных?»: all of them against those considered (800 /
        300 thousand), not the unconsidered against the considered (said in the answer)."""
        frame = decision.frame
        against = frame.considered and not frame.unconsidered and frame.about == OFFENCE_REPORTS
        return frame.operation == "ratio" and against and decision.intent in REPORTS_FRACTION

    def _reports_set_apart(self, decision: Decision) -> bool:
        """ "By how many points does the unconsidered share exceed the considered one?": the
        two parts of the reports set against each other as shares."""
        frame = decision.frame
        return decision.intent in REPORTS_FRACTION and frame.about == OFFENCE_REPORTS

    def _short_of_target(self, writer: "_Writer", target: int) -> str:
        """How far the latest trust is from a level the asker named (80 % - 63 % = 17 points):
        a difference of two shares, not a forecast of when it is reached."""
        values = writer.values
        short = target - value_of(values.use(self.book.latest(TRUST)))
        return writer.text(
            self.texts["common"]["short_of_target"],
            target_value=html.escape(writer.fmt.percent(target)),
            target_short=html.escape(writer.fmt.number(short)),
            target_short_word=html.escape(values.points_word_for(short)),
        )

    def _reports_set_against_each_other(self, decision: Decision) -> bool:
        """ "How many times is 800k bigger than 500k?": both counts quoted, a ratio asked; or the
        whole set against the part left out in words ("how many times more reports in total
        than ignored ones?", «во сколько раз всех сообщений больше, чем нерассмотренных?»)."""
        frame = decision.frame
        quoted = {metric for metric, _ in self.book.quoted(frame.numbers)}
        both = {OFFENCE_REPORTS, REPORTS_NOT_CONSIDERED} <= quoted
        whole = frame.in_all and frame.about == OFFENCE_REPORTS and not frame.considered
        return frame.operation == "ratio" and (both or whole)

    def _body(
        self,
        writer: "_Writer",
        decision: Decision,
        topic: str | None,
        cited: Sequence[tuple[str, int]],
    ) -> str:
        if decision.intent == SOURCE:
            named = decision.frame.about
            quoted = self.book.quoted(decision.frame.numbers)
            if not quoted and named and self.book.series(named):
                quoted = [(named, self.book.latest(named).period)]
            if not quoted and decision.frame.every_figure:
                quoted = self._every_figure()
            return self._source(writer, topic, quoted or cited)
        if decision.intent in self.catalog.no_figure_intents:  # "so 14 % of police are corrupt?"
            return writer.text(
                self.texts[NO_FIGURE][self.catalog.no_figure_intents[decision.intent]]
            )
        if decision.intent in (NO_FIGURE, SUM_QUOTED):
            return self._no_figure(writer, decision)
        if decision.intent == ACK and decision.frame.greeted:
            return writer.text(self.texts[GREETING])
        series = decision.series or self._series_needed(decision.intent)
        if series is not None:
            return self._series(writer, decision, series)
        if decision.intent == PUBLICATION:
            return self._publication(writer)
        if decision.frame.per and decision.intent in PER_PEOPLE:
            said = _in_thousands(decision.frame)
            counted = self._per_people(
                writer, decision.intent, decision.frame.per, decision.frame.years, said
            )
            if decision.frame.operation == "points" and len(set(decision.frame.years)) > 1:
                counted = self._with_difference(writer, counted, decision.frame.per, said)
            if decision.frame.count_checked:
                counted = self._with_count_checked(writer, decision, counted)
            return self._in_own_place(writer, counted) if decision.frame.place else counted
        if decision.intent == FIGURES_RANKED:
            return self._ranked(writer)
        if decision.intent == POLL_COMPARED and decision.frame.tally:
            return self._poll_compared(writer, *decision.frame.tally)
        if decision.intent == REGIONS and decision.frame.missing == "group":
            # "how many regions, and trust in each?": the count, then no breakdown
            no_breakdown = self.texts[NO_FIGURE]["group"]
            return "\n".join((writer.text(self.texts[REGIONS]), writer.text(no_breakdown)))
        return writer.text(self.texts[decision.intent])

    def _poll_compared(self, writer: "_Writer", trusting: int, voted: int) -> str:
        """A chat's vote as its own share (63 of 90: 70 %) beside the country's latest level."""
        fact, share = self._share_in(TRUST, None)
        writer.values.use(fact)
        own = round(trusting * PERCENT / voted, 1)
        return writer.text(
            self.texts[POLL_COMPARED],
            trusting=writer.fmt.number(trusting, 0),
            voted=writer.fmt.number(voted, 0),
            own=writer.fmt.percent(own),
            value=writer.fmt.percent(share),
            year=str(fact.period),
            against=self._poll_set_against(writer, own, share),
        )

    def _poll_set_against(self, writer: "_Writer", own: float, national: float) -> str:
        """Whether a chat's own share is below or above the country's, and by how many points;
        within a point or two it is about the same, which a small self-selected vote can show."""
        gap = round(abs(own - national), 1)
        name = "about" if gap <= POLL_NEAR else ("below" if own < national else "above")
        return writer.text(
            self.texts["common"]["poll_against"][name],
            gap=writer.fmt.number(gap, 1),
            gap_word=writer.values.points_word_for(gap),
        )

    def _ranked(self, writer: "_Writer") -> str:
        lines = [
            "— " + writer.text(self.texts[name], value=writer.fmt.percent(share))
            for share, name in writer.values.ranked_shares()
        ]
        return writer.text(self.texts[FIGURES_RANKED], ranked="\n".join(lines))

    def _series_needed(self, intent: str) -> str | None:
        """The intent's own series when its text states the value ("%" after a trust answer
        reaches the trust level with no year or series understood)."""
        spec = self.catalog.intents.get(intent)
        if spec is None or spec.series is None or intent not in self.texts:
            return None
        return spec.series if "{value}" in "".join(self.texts[intent].values()) else None

    def _per_people(
        self,
        writer: "_Writer",
        intent: str,
        per: int,
        years: tuple[int, ...],
        thousands: bool = False,
    ) -> str:
        """The share of the year asked, else the latest, applied to `per` people, reports or
        offenders (37 % of 1000 -> about 370; 38 % of 25 -> 9.5; one in seven of 700 -> 100).
        Those not trusting in a year measured for trust only are the rest of its trust (62 %
        in 2019), as the distrust answer says."""
        share_name = PER_PEOPLE[intent]
        if share_name not in DERIVED_FROM and len(set(years)) > 1:
            return self._per_years(writer, intent, per, years, thousands)
        if share_name in DERIVED_FROM:
            fact, share = (
                self.book.latest(DERIVED_FROM[share_name]),
                self.book.derived()[share_name],
            )
        else:
            fact, share = self._share_in(share_name, years[-1] if years else None)
        writer.values.use(fact)
        people, rest = share * per / PERCENT, (PERCENT - share) * per / PERCENT
        return writer.text(
            self.texts[intent],
            per=writer.fmt.number(per, 0),
            counted=writer.values.plural(PER_COUNTED[intent], per),
            people=self._headcount(writer, people, per, thousands),
            value=writer.fmt.percent(share),
            rest=self._headcount(writer, rest, per, thousands),
            rest_value=writer.fmt.percent(PERCENT - share),
            year=str(fact.period),
        )

    def _with_count_checked(self, writer: "_Writer", decision: Decision, counted: str) -> str:
        """The asker's own count set against the share applied to their whole, before the
        closing note: right when it rounds to the same people (100.8 of 160 is 101), else
        the right count."""
        told, per = decision.frame.count_checked or (0, 0)
        years = decision.frame.years
        _, share = self._share_in(PER_PEOPLE[decision.intent], years[-1] if years else None)
        people = share * per / PERCENT
        rounded = math.floor(people + 0.5)
        worked = writer.fmt.number(rounded, 0)
        if people != rounded:  # 100.8 ≈ 101
            worked = f"{writer.fmt.number(math.floor(people * 10 + 0.5) / 10, 1)} ≈ {worked}"
        checked = writer.text(
            self.texts["common"]["count_checked"]["right" if rounded == told else "wrong"],
            told=writer.fmt.number(told, 0),
            worked=worked,
        )
        *lines, note = counted.split("\n")
        return "\n".join((*lines, checked, note))

    def _level_judged(self, writer: "_Writer") -> str:
        """The latest level set against half of the people, and the rest of it."""
        level = value_of(self.book.latest(TRUST))
        name = "over_half" if level > PERCENT / 2 else "under_half"
        return writer.text(self.texts["common"]["level_judged"][name])

    def _fraction_set_against(
        self, writer: "_Writer", part: int, whole: int, *, rest: bool = False
    ) -> str:
        """ "Two out of three" in per cent (66.7 %), set against the level (its rest, for those
        who do not trust): a bit over or under it, or about it."""
        share = PERCENT * part / whole
        level = value_of(self.book.latest(TRUST))
        level = PERCENT - level if rest else level
        name = "under" if level < share else "over"
        if abs(share - level) < 1:
            name = "about"
        elif abs(share - level) > FRACTION_NEAR:
            name = f"far_{name}"  # "2 in 3 don't trust?": 66.7 % against 37 %
        return writer.text(
            self.texts["common"]["fraction_quoted"][name],
            part=writer.fmt.number(part, 0),
            whole=writer.fmt.number(whole, 0),
            fraction_value=writer.fmt.percent(math.floor(share * 10 + 0.5) / 10),
            level_value=writer.fmt.percent(level),
        )

    def _with_difference(
        self, writer: "_Writer", counted: str, per: int, thousands: bool = False
    ) -> str:
        """Both years applied to one count, then their difference in people ("and the
        difference in people?": 25 points of 500 are about 125), before the closing note."""
        first, latest = self.book.series(TRUST)[0], self.book.latest(TRUST)
        people = abs(value_of(latest) - value_of(first)) * per / PERCENT
        difference = writer.text(
            self.texts["common"]["per_difference"],
            people=self._headcount(writer, people, per, thousands),
            first_year=str(first.period),
            latest_year=str(latest.period),
        )
        *lines, note = counted.split("\n")
        return "\n".join((*lines, difference, note))

    def _in_own_place(self, writer: "_Writer", counted: str) -> str:
        """A share applied to the asker's own place or group ("1000 residents in our
        district"): that nothing was measured there says more than the template's closing
        "a recalculation, not a count", so it takes that line's place."""
        *counts, _ = counted.split("\n")
        return "\n".join((*counts, writer.text(self.texts["common"]["own_place"])))

    def _per_years(
        self, writer: "_Writer", intent: str, per: int, years: tuple[int, ...], thousands: bool
    ) -> str:
        """The share applied to `per` for each year asked ("out of 100, in 2019 and now?":
        38, then 63): each year's first line, then the template's note once, so both counts
        are said where the latest alone answered half the question."""
        answers = [
            self._per_people(writer, intent, per, (year,), thousands) for year in sorted(set(years))
        ]
        firsts = [answer.split("\n", 1)[0] for answer in answers]
        return "\n".join((*firsts, *answers[-1].split("\n")[1:]))

    @staticmethod
    def _headcount(writer: "_Writer", people: float, per: int, thousands: bool = False) -> str:
        """ "Of 1,000 offenders, about 143" (not 142.9); "of 25 people, 9.5"; of a count said in
        thousands ("50 thousand adults"), also in thousands: "31 500 (31.5 thousand)"."""
        whole = people == round(people) or per >= PERCENT
        if not whole:  # "of 10, about 4 (3.7)": the whole said first, the fraction after it
            tenths = math.floor(people * 10 + 0.5) / 10
            rounded = writer.fmt.number(math.floor(people + 0.5), 0)
            return f"{rounded} ({writer.fmt.number(tenths, 1)})"
        counted = writer.fmt.number(people, 0)
        if not thousands or people % THOUSAND == 0:
            return counted
        return f"{counted} ({writer.fmt.count(people)})"

    def _share_in(self, metric: str, year: int | None) -> tuple[Fact, float]:
        """The metric's row for `year` (the latest when None) and its value; for distrust in
        a year with trust alone, the trust row and the rest of it."""
        rows = {fact.period: fact for fact in self.book.series(metric)}
        if year is None or year in rows or metric != DISTRUST:
            fact = rows[year] if year in rows else self.book.latest(metric)
            return fact, value_of(fact)
        trusted = self.book.at(TRUST, year)
        return trusted, PERCENT - value_of(trusted)

    def _publication(self, writer: "_Writer") -> str:
        """Where and when the figures were published (those of the latest trust point)."""
        fact = writer.values.use(self.book.latest(TRUST))
        names = self.names["publications"].get(fact.publication, {})
        return writer.text(
            self.texts[PUBLICATION],
            publication=html.escape(names.get(writer.language, fact.publication)),
            date=writer.fmt.date(fact.published_on),
            month=writer.fmt.month(fact.published_on),
        )

    def _series(self, writer: "_Writer", decision: Decision, metric: str) -> str:
        """Answers about a year-indexed metric: the asked years (all known here), or the latest.
        The first-measurement note follows the line of the first year."""
        fmt = writer.fmt
        known = {fact.period: fact for fact in self.book.series(metric)}
        template = self.texts[decision.intent]
        if decision.years and decision.intent == self.catalog.series[metric].year:
            first = self.book.first(metric).period
            lines = []
            for year in decision.years:
                if year not in known:
                    lines.append(self._complement(writer, metric, year))
                    continue
                fact = writer.values.use(known[year])
                line = writer.text(template, year=str(year), value=fmt.percent(value_of(fact)))
                if year == first:
                    line = " ".join([line, *self._notes(writer, "first_measurement", metric)])
                lines.append(line)
            return "\n".join(lines)
        latest = writer.values.use(self.book.latest(metric))
        return writer.text(template, year=str(latest.period), value=fmt.percent(value_of(latest)))

    def _complement(self, writer: "_Writer", metric: str, year: int) -> str:
        """A year the metric lacks, as the rest of 100 % of its complement (distrust 2019 =
        100 - trust 2019); for a metric with no complement, that it was not measured then."""
        other = self.catalog.series[metric].complement_of
        if other is None:
            return writer.text(self.texts["common"]["not_measured"], year=str(year))
        value = value_of(writer.values.use(self.book.at(other, year)))
        return writer.text(
            self.texts["distrust_complement"],
            year=str(year),
            trust=writer.fmt.percent(value),
            value=writer.fmt.percent(PERCENT - value),
        )

    def _no_figure(self, writer: "_Writer", decision: Decision) -> str:
        """No figure for what was asked: say so, say what there is, and state no number."""
        texts = self.texts["no_figure"]
        missing = decision.frame.missing or "measure"
        if missing == "until" and decision.series is not None:
            first = self.book.series(decision.series)[0].period
            return writer.text(texts[missing], first=str(first))
        if missing == "relative" and self._before_first(decision):
            return "\n".join((writer.text(texts[missing]), writer.text(texts["before_first"])))
        if missing != "year" or decision.series is None:
            return writer.text(texts[missing])
        years = decision.years
        if decision.series not in self.catalog.series:  # a count measured in one year only
            return writer.text(
                texts["year_once"],
                topic=self.texts["topics"][decision.series][writer.language],
                years=self.years_phrase(years, writer.language),
            )
        lines = [
            *self._quoted_elsewhere(writer, decision),
            writer.text(
                texts["year"],
                topic=self.texts["topics"][decision.series][writer.language],
                years=self.years_phrase(years, writer.language),
            ),
        ]
        if self._before_first(decision):
            lines.append(writer.text(texts["before_first"]))
        return "\n".join(lines)

    def _before_first(self, decision: Decision) -> bool:
        """A year asked before the series' first measurement: it was not measured then."""
        rows = self.book.series(decision.series) if decision.series else []
        return bool(rows and decision.years) and min(decision.years) < rows[0].period

    def _quoted_elsewhere(self, writer: "_Writer", decision: Decision) -> list[str]:
        """A figure of the series quoted for a year it is not from ("38 % was in 2020,
        right?"): the year it is from."""
        return [
            writer.text(
                self.texts["no_figure"]["quoted_year"],
                value=writer.fmt.percent(value_of(writer.values.use(self.book.at(metric, year)))),
                year=str(year),
            )
            for metric, year in self.book.quoted(decision.frame.numbers)
            if metric == decision.series and year not in decision.years
        ]

    def years_phrase(self, years: Sequence[int], language: str) -> str:
        """«2022 год» / «2020, 2021 и 2022 годы»; "2020, 2021 and 2022"."""
        common = self.texts["common"]
        names = [str(year) for year in years]
        joined = (
            ", ".join(names[:-1]) + common["and"][language] + names[-1] if names[1:] else names[0]
        )
        form = "years_many" if names[1:] else "years_one"
        template: str = common[form][language]
        return template.format(years=joined)

    def _notes(self, writer: "_Writer", kind: str, metric: str) -> list[str]:
        """The note lines of this kind the series has (none if answers.toml names none)."""
        note = self.texts["notes"][kind].get(metric)
        return [writer.text(note)] if note else []

    def _every_figure(self) -> list[tuple[str, int]]:
        """ "The sources of all these numbers?": the latest point of every figure /figures shows,
        so that each source (national statistics, the Prosecutor's Office) is named."""
        metrics = [m for m in self.texts["overview"]["order"] if self._has_values(m)]
        return [(m, self.book.latest(m).period) for m in metrics]

    def _source(
        self, writer: "_Writer", topic: str | None, cited: Sequence[tuple[str, int]]
    ) -> str:
        """Who said it, where and when, with the original quotes, for the figures of the answer
        before (else the conversation's topic)."""
        facts = [
            f for metric, period in cited for f in self.book.series(metric) if f.period == period
        ]
        if not facts:
            metrics = self.catalog.intents[topic].metrics if topic else ()
            metrics = metrics or self.catalog.intents[SOURCE].metrics
            facts = [self.book.latest(m) for m in metrics if self.book.series(m)]
        if not facts:
            raise MissingFact("source")
        quotes = "".join(
            f"<blockquote>{html.escape(quote)}</blockquote>"
            for quote in _distinct(_whole_sentences(fact.quote) for fact in facts)
            if quote
        )
        intro = self.texts["common"]["quote_intro"][writer.language]
        return _fit(
            writer.text(
                self.texts[SOURCE],
                sources=self._source_names(facts, writer.language),
                quotes=f"{intro}\n{quotes}" if quotes else "",
            ).rstrip()
        )

    def _footer(self, writer: "_Writer", decision: Decision) -> str | None:
        """The one-line source hint: the sources of exactly the facts the answer states (or,
        for an answer of words, of the statements it retells), or the general-information label."""
        common = self.texts["common"]
        if decision.intent in GENERAL_INFO:
            return writer.text(common["general_info"])
        metrics = self.catalog.intents[decision.intent].metrics
        if decision.intent in NO_FOOTER or not metrics:
            return None
        for metric in metrics:
            rows = self.book.series(metric)
            if rows and rows[-1].value is None:
                writer.values.use(rows[-1])
        if not writer.used:
            if not self.book.series(metrics[0]):
                raise MissingFact(metrics[0])
            writer.values.use(self.book.latest(metrics[0]))
        return writer.text(common["hint"], sources=self._source_names(writer.used, writer.language))

    def overview(self, language: str) -> str:
        """Every metric with values and its points, then the sources: what /figures shows."""
        texts = self.texts["overview"]
        writer = _Writer(self, language)
        metrics = [
            m for m in _distinct([*texts["order"], *self.book.metrics()]) if self._has_values(m)
        ]
        if not metrics:
            empty: str = texts["empty"][language]
            return empty
        rows = [
            writer.text(
                texts["row"],
                label=html.escape(texts["labels"].get(m, {}).get(language, m)),
                points=", ".join(self._point(writer, f) for f in self.book.series(m)),
            )
            for m in metrics
        ]
        facts = [f for m in metrics for f in self.book.series(m)]
        sources = [
            line
            for (publication, date), names in self._sources_by_publication(facts, language)
            for line in (
                texts["publication"][language].format(publication=publication, date=date),
                *(f"• {name}" for name in names),
            )
        ]
        lines = [texts["title"][language], "", *rows, "", texts["sources"][language], *sources]
        return _fit("\n".join([*lines, "", texts["more"][language]]))

    def _has_values(self, metric: str) -> bool:
        return any(f.value is not None for f in self.book.series(metric))

    def _point(self, writer: "_Writer", fact: Fact) -> str:
        """«2025 — 63%», written by the fact's unit; «почти 800 тыс.» when the quote says so."""
        fmt = writer.fmt
        value = value_of(fact)
        texts = self.texts["overview"]
        if fact.unit == "percent":
            shown = fmt.percent(value)
        elif fact.unit == "one_in":
            shown = texts["one_in"][writer.language].format(n=fmt.number(value, 0))
        else:
            shown = fmt.count(value)
            if _approximate(fact):
                shown = texts["almost"][writer.language].format(value=shown)
        return writer.text(self.texts["common"]["point"], year=str(fact.period), value=shown)

    def _source_names(self, facts: Iterable[Fact], language: str) -> str:
        """Each distinct source as «publication, date — who», in the answer's language."""
        return "; ".join(self._source_lines(facts, language))

    def _source_lines(self, facts: Iterable[Fact], language: str) -> list[str]:
        """One line per publication and date, naming each of its sources once."""
        template = self.texts["common"]["source"][language]
        return [
            template.format(publication=publication, date=date, source=", ".join(names))
            for (publication, date), names in self._sources_by_publication(facts, language)
        ]

    def _sources_by_publication(
        self, facts: Iterable[Fact], language: str
    ) -> list[tuple[tuple[str, str], list[str]]]:
        """(publication, date) with its distinct sources, in the language, as HTML."""
        fmt = self.formats[language]
        publications = self.names["publications"]
        sources = self.names["sources"]
        grouped: dict[tuple[str, str], list[str]] = {}
        for f in facts:
            key = (
                html.escape(publications.get(f.publication, {}).get(language, f.publication)),
                fmt.date(f.published_on),
            )
            name = html.escape(sources.get(f.source, {}).get(language, f.source))
            grouped.setdefault(key, [])
            if name not in grouped[key]:
                grouped[key].append(name)
        return [(key, _widest(names)) for key, names in grouped.items()]


@dataclass
class _Writer:
    """One answer being written: its language, and the facts it has stated so far."""

    composer: Composer
    language: str
    used: list[Fact] = field(default_factory=list)

    @property
    def fmt(self) -> NumberFormat:
        return self.composer.formats[self.language]

    @property
    def values(self) -> FactValues:
        return replace(self.composer.values[self.language], used=self.used)

    def text(self, template: Mapping[str, str], **extra: str) -> str:
        values = replace(self.composer.values[self.language], extra=extra, used=self.used)
        return template[self.language].format_map(values)


def _in_thousands(frame: Frame) -> bool:
    """The count a share is applied to was said in thousands ("50 thousand adults", «50 мың
    адам»): the answer says its part in thousands too."""
    per = frame.per or 0
    return per >= THOUSAND and per not in frame.numbers and per // THOUSAND in frame.numbers


def _distinct(items: Iterable[str]) -> list[str]:
    """Unique items in first-seen order."""
    return list(dict.fromkeys(items))


def _widest(names: list[str]) -> list[str]:
    """Names without those another one already contains ("the deputy" beside "the deputy,
    citing national statistics")."""
    return [n for n in names if not any(n != other and other.startswith(n) for other in names)]


def _whole_sentences(quote: str) -> str:
    """The quote without sentences that only make sense after the article's previous one
    («И сейчас составляет 63%.»)."""
    sentences = SENTENCE_RE.findall(quote)
    kept = [s.strip() for s in sentences if not s.strip().startswith(CONTINUATIONS)]
    return " ".join(kept) if kept else quote.strip()


def _approximate(fact: Fact) -> bool:
    """The quote says «почти» (or «около», «порядка») right before this count."""
    value = value_of(fact)
    shown = [f"{value:g}", f"{value / THOUSAND:g} тыс"] if value >= THOUSAND else [f"{value:g}"]
    return any(
        re.search(rf"\b(?:почти|около|порядка|примерно)\s+{re.escape(s)}", fact.quote)
        for s in shown
    )


def _fit(text: str) -> str:
    """Quotes come from the database and can be long: keep the message within Telegram's limit,
    cutting at a quote boundary."""
    closing = "</blockquote>"
    while len(text) > TELEGRAM_LIMIT and closing in text:
        cut = text.rfind("<blockquote>")
        end = text.find(closing, cut) + len(closing)
        text = text[:cut] + text[end:]
    return text
