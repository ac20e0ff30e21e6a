"""Answer text: a template from data/answers.toml filled with numbers computed from the facts.

Templates hold words only; every figure comes from the facts passed to the engine (or, labelled,
from general_facts.toml), so a corrected database row changes the answers with no code change.
"""

import html
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace

from bot.qa.datafiles import load
from bot.qa.facts import (
    CORRUPTION_ONE_IN,
    OFFENCE_REPORTS,
    REFORM_CONTEXT,
    REPORTS_NOT_CONSIDERED,
    TRUST,
    Fact,
    FactBook,
    MissingFact,
    value_of,
)
from bot.qa.formatting import NumberFormat
from bot.qa.intents import EMERGENCY_NUMBERS, HELP, OUT_OF_SCOPE, SOURCE, Catalog
from bot.qa.lexicon import LANGUAGES
from bot.qa.understand import Decision

TELEGRAM_LIMIT = 4096
PERCENT = 100
RATIO_DIGITS = 2
NO_FOOTER = frozenset({SOURCE, HELP, OUT_OF_SCOPE})


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
    extra: Mapping[str, str] = field(default_factory=dict)

    NAMES = (
        "first_year", "first_value", "latest_year", "latest_value", "change_pp", "ratio",
        "one_in", "one_in_ordinal", "one_in_share", "reports_year", "reports", "not_considered",
        "not_considered_share", "reform_year",
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

    def _trust(self) -> tuple[float, float]:
        return value_of(self.book.first(TRUST)), value_of(self.book.latest(TRUST))

    def first_year(self) -> str:
        return str(self.book.first(TRUST).period)

    def first_value(self) -> str:
        return self.fmt.percent(self._trust()[0])

    def latest_year(self) -> str:
        return str(self.book.latest(TRUST).period)

    def latest_value(self) -> str:
        return self.fmt.percent(self._trust()[1])

    def change_pp(self) -> str:
        first, latest = self._trust()
        return self.fmt.signed(latest - first)

    def ratio(self) -> str:
        first, latest = self._trust()
        return self.fmt.number(latest / first, RATIO_DIGITS)

    def _one_in(self) -> float:
        return value_of(self.book.latest(CORRUPTION_ONE_IN))

    def one_in(self) -> str:
        return self.fmt.number(self._one_in(), 0)

    def one_in_ordinal(self) -> str:
        """ "седьмой" for 7 (from answers.toml), "12-й" beyond the table."""
        n = self.one_in()
        return self.ordinals.get(n) or self.ordinals["other"].format(n=n)

    def one_in_share(self) -> str:
        return self.fmt.percent(PERCENT / self._one_in())

    def _reports(self) -> tuple[Fact, float]:
        """The latest offence-report count and how many of those were not considered."""
        reports = self.book.latest(OFFENCE_REPORTS)
        return reports, value_of(self.book.at(REPORTS_NOT_CONSIDERED, reports.period))

    def reports_year(self) -> str:
        return str(self._reports()[0].period)

    def reports(self) -> str:
        return self.fmt.count(value_of(self._reports()[0]))

    def not_considered(self) -> str:
        return self.fmt.count(self._reports()[1])

    def not_considered_share(self) -> str:
        reports, not_considered = self._reports()
        return self.fmt.percent(PERCENT * not_considered / value_of(reports))

    def reform_year(self) -> str:
        return str(self.book.latest(REFORM_CONTEXT).period)


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
            )
            for lang in LANGUAGES
        }

    def compose(self, decision: Decision, language: str, topic: str | None) -> str:
        """The answer text; `topic` is what the conversation was about (for "and the source?")."""
        try:
            body = self._body(decision, language, topic)
            footer = self._footer(decision, language)
        except MissingFact:
            return self._text(self.texts["common"]["no_data"], language)
        return f"{body}\n\n<i>{footer}</i>" if footer else body

    def _text(self, template: Mapping[str, str], language: str, **extra: str) -> str:
        return template[language].format_map(replace(self.values[language], extra=extra))

    def _body(self, decision: Decision, language: str, topic: str | None) -> str:
        if decision.intent == SOURCE:
            return self._source(language, topic)
        if decision.series is not None:
            return self._series(decision, decision.series, language)
        return self._text(self.texts[decision.intent], language)

    def _series(self, decision: Decision, metric: str, language: str) -> str:
        """Answers about a year-indexed metric: known years, unknown years, or the latest."""
        fmt = self.formats[language]
        known = {fact.period: fact for fact in self.book.series(metric)}
        unknown = [year for year in decision.years if year not in known]
        if unknown:
            return self._unknown_years(metric, unknown, language)
        template = self.texts[decision.intent]
        if decision.years and decision.intent == self.catalog.series[metric].year:
            lines = [
                self._text(
                    template, language, year=str(year), value=fmt.percent(value_of(known[year]))
                )
                for year in decision.years
            ]
            if self.book.first(metric).period in decision.years:
                lines.extend(self._notes("first_measurement", metric, language))
            return "\n".join(lines)
        latest = self.book.latest(metric)
        return self._text(
            template, language, year=str(latest.period), value=fmt.percent(value_of(latest))
        )

    def _unknown_years(self, metric: str, years: list[int], language: str) -> str:
        """No official figure for these years: say so and give the known points, never a guess."""
        fmt = self.formats[language]
        common = self.texts["common"]
        first = self.book.first(metric)
        points = ", ".join(
            self._text(
                common["point"], language, year=str(f.period), value=fmt.percent(value_of(f))
            )
            for f in self.book.series(metric)
        )
        lines = [
            self._text(
                self.texts["unknown_year"],
                language,
                topic=self.texts["topics"][metric][language],
                years=common["and"][language].join(map(str, years)),
                known_points=points,
            )
        ]
        if min(years) < first.period:
            lines.extend(self._notes("before_first", metric, language))
        return "\n".join(lines)

    def _notes(self, kind: str, metric: str, language: str) -> list[str]:
        """The note lines of this kind the series has (none if answers.toml names none)."""
        note = self.texts["notes"][kind].get(metric)
        return [self._text(note, language)] if note else []

    def _source(self, language: str, topic: str | None) -> str:
        """Who said it, where and when, with the original quotes, for the conversation's topic."""
        metrics = self.catalog.intents[topic].metrics if topic else ()
        metrics = metrics or self.catalog.intents[SOURCE].metrics
        facts = [fact for metric in metrics for fact in self.book.series(metric)]
        if not facts:
            raise MissingFact(", ".join(metrics))
        quotes = "".join(
            f"<blockquote>{html.escape(quote)}</blockquote>"
            for quote in _distinct(fact.quote for fact in facts)
        )
        intro = self.texts["common"]["quote_intro"][language]
        lines = [
            self._text(
                self.texts[SOURCE],
                language,
                sources=self._source_names(facts, language),
                quotes=f"{intro}\n{quotes}",
            )
        ]
        for metric in metrics:
            lines.extend(self._notes("measured_since", metric, language))
        return _fit("\n".join(lines))

    def _footer(self, decision: Decision, language: str) -> str | None:
        """The one-line source hint under an answer (or the general-information label)."""
        common = self.texts["common"]
        if decision.intent == EMERGENCY_NUMBERS:
            return self._text(common["general_info"], language)
        metrics = self.catalog.intents[decision.intent].metrics
        if decision.intent in NO_FOOTER or not metrics:
            return None
        facts = self.book.series(metrics[0])
        if not facts:
            raise MissingFact(metrics[0])
        return self._text(common["hint"], language, sources=self._source_names(facts, language))

    def overview(self, language: str) -> str:
        """Every metric with values and its points, then the sources: what /figures shows."""
        texts = self.texts["overview"]
        metrics = [
            m for m in _distinct([*texts["order"], *self.book.metrics()]) if self._has_values(m)
        ]
        if not metrics:
            return texts["empty"][language]
        rows = [
            self._text(
                texts["row"],
                language,
                label=html.escape(texts["labels"].get(m, {}).get(language, m)),
                points=", ".join(self._point(f, language) for f in self.book.series(m)),
            )
            for m in metrics
        ]
        facts = [f for m in metrics for f in self.book.series(m)]
        sources = [f"• {line}" for line in self._source_lines(facts, language)]
        lines = [texts["title"][language], "", *rows, "", texts["sources"][language], *sources]
        return _fit("\n".join([*lines, "", texts["more"][language]]))

    def _has_values(self, metric: str) -> bool:
        return any(f.value is not None for f in self.book.series(metric))

    def _point(self, fact: Fact, language: str) -> str:
        """«2025 — 63%», written by the fact's unit."""
        fmt = self.formats[language]
        value = value_of(fact)
        if fact.unit == "percent":
            shown = fmt.percent(value)
        elif fact.unit == "one_in":
            shown = self.texts["overview"]["one_in"][language].format(n=fmt.number(value, 0))
        else:
            shown = fmt.count(value)
        return self._text(
            self.texts["common"]["point"], language, year=str(fact.period), value=shown
        )

    def _source_names(self, facts: Iterable[Fact], language: str) -> str:
        """Each distinct source as «publication, date — who», in the answer's language."""
        return "; ".join(self._source_lines(facts, language))

    def _source_lines(self, facts: Iterable[Fact], language: str) -> list[str]:
        fmt = self.formats[language]
        publications = self.names["publications"]
        sources = self.names["sources"]
        lines = (
            self._text(
                self.texts["common"]["source"],
                language,
                publication=html.escape(
                    publications.get(f.publication, {}).get(language, f.publication)
                ),
                date=fmt.date(f.published_on),
                source=html.escape(sources.get(f.source, {}).get(language, f.source)),
            )
            for f in facts
        )
        return _distinct(lines)


def _distinct(items: Iterable[str]) -> list[str]:
    """Unique items in first-seen order."""
    return list(dict.fromkeys(items))


def _fit(text: str) -> str:
    """Quotes come from the database and can be long: keep the message within Telegram's limit,
    cutting at a quote boundary."""
    closing = "</blockquote>"
    while len(text) > TELEGRAM_LIMIT and closing in text:
        cut = text.rfind("<blockquote>")
        end = text.find(closing, cut) + len(closing)
        text = text[:cut] + text[end:]
    return text
