"""The intent catalog from data/intents.toml: examples, metrics and follow-up links per intent."""

from dataclasses import dataclass

from bot.qa.datafiles import load
from bot.qa.lexicon import LANGUAGES, WordSet

OUT_OF_SCOPE = "out_of_scope"
ORDINALS = ("first", "second", "third")  # lexicon.toml [order] keys that point at an item
HELP = "help"
SOURCE = "source"
EMERGENCY_NUMBERS = "emergency_numbers"
TIME_ZONE = "time_zone"
# Answers from general_facts.toml: public facts not from the article, labelled as such.
REGIONS = "regions"
GENERAL_INFO = frozenset({EMERGENCY_NUMBERS, TIME_ZONE, REGIONS})
ACK = "ack"
PUBLICATION = "publication"
DEPUTY = "deputy"  # who she is: the one the article quotes
TRUST_SPLIT = "trust_split"
TRUST_FRACTION = "trust_fraction"  # the level as a decimal and a simple fraction
PARTLY_MEANING = "partly_meaning"  # the source's word "partly" explained, with its sum
GROWTH_PER_YEAR = "growth_per_year"  # the change spread evenly over the years between
CORRUPTION_OFFICERS = "corruption_officers"  # "so 14 % of police are corrupt?": words only
NO_FIGURE = "no_figure"
REPORTS_CONSIDERED = "reports_considered"  # both parts of the reports, and the gap
ASSESSMENT = "assessment"  # the deputy's own word for the growth: "but insignificantly"
DEPUTY_STANCE = "deputy_stance"  # whether she trusts the police herself: "her police protect her"
METHOD = "method"  # "how was the survey run?": what the article does and does not say, in words
REFORM = "reform_context"  # why the police changed: the old police, Denis Ten, the reform
REASONS = "reasons"  # the deputy's three reasons for distrust, listed
PREVENTION = "reason_prevention"  # the inspectors' weak prevention: "and that seems to be all"
POLL_COMPARED = "poll_compared"  # a chat's vote: its own share beside the country's
CONCEALMENT = "concealment"  # her further point after the reasons: crimes the police hide
FIGURES_RANKED = "figures_ranked"  # the shares set against each other, largest first
MEASUREMENT_YEARS = "measurement_years"  # only two measurements, nothing between them
SUM_QUOTED = "sum_quoted"  # "so 37 % don't trust at all?": what the 37 % holds, in words
# explanations that state no number
WORDS_ONLY = frozenset({CORRUPTION_OFFICERS, METHOD, SUM_QUOTED})
DECLINES = frozenset({OUT_OF_SCOPE, NO_FIGURE})  # answers that state no figure on purpose


@dataclass(frozen=True)
class Intent:
    name: str
    metrics: tuple[str, ...]  # the first one names the source hint
    series: str | None  # the metric a year in the question refers to
    more: str  # where "tell me more" leads
    topic: bool  # False: does not change what the conversation is about
    examples: dict[str, tuple[str, ...]]  # language -> phrasings
    # A word of each of these sets, and none of `unless`, must be in a question it answers
    # (general facts: "any data for Karaganda region?" is no question about the regions).
    needs: tuple[WordSet, ...] = ()
    unless: WordSet | None = None
    despite: WordSet | None = None  # words that make `unless` not count ("a passenger threatens")
    # A number this long in the question is the asker's own phone ("my number is 8701…, call me
    # back"): they give a number, they do not ask for one.
    unless_digits: int | None = None

    def fits(self, words: list[str]) -> bool:
        unless = self.unless
        needed = all(wanted.first(words) is not None for wanted in self.needs)
        if self.unless_digits is not None and any(
            w.isdecimal() and len(w) >= self.unless_digits for w in words
        ):
            return False
        overruled = self.despite is not None and self.despite.first(words) is not None
        excluded = unless is not None and unless.first(words) is not None and not overruled
        return needed and not excluded


@dataclass(frozen=True)
class Series:
    """The intents answering a year-indexed metric "now" and "in YEAR"."""

    current: str
    year: str
    complement_of: str | None = None  # a year missing here is 100 % minus this metric's value
    first: str | None = None  # the intent answering "the first measurement": it is of that year


@dataclass(frozen=True)
class QuotedRules:
    """What the figures a question quotes are about (intents.toml [quoted])."""

    intents: dict[str, str]  # metric -> the intent about it
    split: frozenset[str]  # these metrics quoted together: the split of 100 %
    change_of: str  # two periods of this metric quoted: the change
    keep: frozenset[str]  # matched intents that already answer about quoted figures
    generic: frozenset[str]  # matched intents a named subject overrides (the trust level)
    derived: dict[str, str]  # a computed figure (FactBook.derived) -> the answer computing it


@dataclass(frozen=True)
class Catalog:
    intents: dict[str, Intent]
    series: dict[str, Series]
    default_series: str
    comparison: str
    ordered_parent: str
    ordered_items: tuple[str, ...]
    threshold: float
    operations: dict[str, dict[str, str]]  # operation -> {intent: the intent it becomes}
    figure_intents: frozenset[str]  # answers that are a figure (no breakdown, no forecast)
    person_intents: frozenset[str]  # about the deputy herself
    no_figure_intents: dict[str, str]  # matched only to say "no figure", and why
    no_figure_without_share: dict[str, str]  # ...and what they are when no share is asked
    pronoun_word: str  # what "she" stands for when matching
    split_as_change: frozenset[str]  # after these, "the difference" is the change
    words_only: frozenset[str]  # answers with no figure: a count or share asked of them has none
    share_of_police: dict[str, str]  # asked as a share *of the police*: the intent it is
    sums: dict[str, str]  # figures that are a sum: its parts asked separately have none
    quoted: QuotedRules
    share_of_offenders: dict[str, str]  # "every seventh" named: the share it is
    counted_as: dict[str, str]  # "how many do not trust" matched to these: the figure it is
    with_figures: dict[str, str]  # "reasons, with numbers": the figure given beside them
    causes: dict[str, str]  # answers about a cause -> the figure asked without a cause word
    ungrown: dict[str, str]  # answers about the cause of growth asked with no growth word
    grown: dict[str, str]  # a level asked with a change named -> the change of that level
    explained: dict[str, str]  # a figure asked with a cause word -> the answer explaining it
    slow: dict[str, str]  # why it grew *so slowly* -> the answer about what holds it back
    cited_from: frozenset[str]  # about the deputy herself: not asked when she is only cited
    her_growth: dict[str, str]  # her own answers asked whether trust grew: her assessment
    assessed: frozenset[str]  # metrics whose outcome her view asked of is her assessment
    dated: frozenset[str]  # answers of words that date what they tell ("when was that?")
    measuring_started: str  # why the measurements start in the first year
    unmeasured: frozenset[str]  # reasons the article gives no figure for
    uncounted: frozenset[str]  # answers whose whole the article never counts
    per_people: dict[str, str]  # a figure -> the same share applied to a number of people
    per_kept: dict[str, list[str]]  # a count applied -> those a follow-up applies it to too
    brief: dict[str, str]  # matched with "in brief" -> the article in brief
    brief_all: str  # "in brief" with trust and its causes asked: the article in brief
    why_not_all: str  # "why isn't trust 100 %?": the causes of the rest
    judged: str  # "is that good?" after a figure: how the figure is judged
    often: dict[str, str]  # "most often?" about these (intents or metrics) -> the answer naming it
    others: dict[str, str]  # the police negated in a share of offenders -> the rest's share
    years_between: str  # "how many years between the measurements" -> the answer giving them
    unconsidered: str  # the reports left unconsidered: asked beside the level, given after it

    @property
    def level(self) -> str:
        """The intent answering the trust level now."""
        return self.series[self.default_series].current

    @property
    def level_complement(self) -> str:
        """The intent answering those who do not trust (the rest of the level)."""
        return self.operations["complement"][self.level]

    @property
    def applied_figure(self) -> dict[str, str]:
        """A count's answer -> the figure it applies (trust_per -> the trust level): what is
        answered when no count is known."""
        applied: dict[str, str] = {}
        for figure, per in self.per_people.items():
            if figure != per:
                applied.setdefault(per, figure)
        return applied

    @property
    def caused_by(self) -> dict[str, str]:
        """The figure -> the answer about its cause ("с чем связан рост" after the change)."""
        return {figure: cause for cause, figure in self.causes.items()} | self.explained

    spans: frozenset[str]  # both ends of the series asked of these: the change

    @classmethod
    def load(cls) -> "Catalog":
        data = load("intents.toml")
        intents = {
            name: Intent(
                name=name,
                metrics=tuple(spec["metrics"]),
                series=spec.get("series"),
                more=spec["more"],
                topic=spec.get("topic", True),
                examples={lang: tuple(spec[lang]) for lang in LANGUAGES},
                needs=tuple(WordSet(needed) for needed in spec.get("needs", ())),
                unless=WordSet(spec["unless"]) if "unless" in spec else None,
                despite=WordSet(spec["despite"]) if "despite" in spec else None,
                unless_digits=spec.get("unless_digits"),
            )
            for name, spec in data["intents"].items()
        }
        return cls(
            intents=intents,
            series={metric: Series(**spec) for metric, spec in data["series"].items()},
            default_series=data["matcher"]["default_series"],
            comparison=data["matcher"]["comparison"],
            ordered_parent=data["ordered"]["parent"],
            ordered_items=tuple(data["ordered"]["items"]),
            threshold=data["matcher"]["threshold"],
            operations=data["operations"],
            figure_intents=frozenset(data["frame_rules"]["figures"]),
            person_intents=frozenset(data["frame_rules"]["person"]),
            no_figure_intents=data["frame_rules"]["no_figure"],
            no_figure_without_share=data["frame_rules"]["no_figure_without_share"],
            pronoun_word=data["frame_rules"]["pronoun_word"],
            split_as_change=frozenset(data["frame_rules"]["split_as_change"]),
            words_only=frozenset(data["frame_rules"]["words_only"]),
            share_of_police=data["frame_rules"]["share_of_police"],
            sums=data["frame_rules"]["sums"],
            share_of_offenders=data["frame_rules"]["share_of_offenders"],
            counted_as=data["frame_rules"]["counted_as"],
            with_figures=data["frame_rules"]["with_figures"],
            causes=data["frame_rules"]["causes"],
            often=data["frame_rules"]["often"],
            others=data["frame_rules"]["others"],
            years_between=data["frame_rules"]["years_between"],
            unconsidered=data["frame_rules"]["unconsidered"],
            brief=data["frame_rules"]["brief"],
            brief_all=data["frame_rules"]["brief_all"],
            why_not_all=data["frame_rules"]["why_not_all"],
            judged=data["frame_rules"]["judged"],
            per_people=data["frame_rules"]["per_people"],
            per_kept=data["frame_rules"]["per_kept"],
            ungrown=data["frame_rules"]["ungrown"],
            grown=data["frame_rules"]["grown"],
            explained=data["frame_rules"]["explained"],
            slow=data["frame_rules"]["slow"],
            cited_from=frozenset(data["frame_rules"]["cited_from"]),
            her_growth=data["frame_rules"]["her_growth"],
            assessed=frozenset(data["frame_rules"]["assessed"]),
            dated=frozenset(data["frame_rules"]["dated"]),
            measuring_started=data["frame_rules"]["measuring_started"],
            unmeasured=frozenset(data["frame_rules"]["unmeasured"]),
            uncounted=frozenset(data["frame_rules"]["uncounted"]),
            spans=frozenset(data["frame_rules"]["spans"]),
            quoted=QuotedRules(
                intents=data["quoted"]["intents"],
                split=frozenset(data["quoted"]["split"]),
                change_of=data["quoted"]["change_of"],
                keep=frozenset(data["quoted"]["keep"]),
                generic=frozenset(data["quoted"]["generic"]),
                derived=data["quoted"]["derived"],
            ),
        )

    def unfit(self, words: list[str]) -> frozenset[str]:
        """Intents whose needed words the question lacks: the matcher passes them over."""
        return frozenset(
            name
            for name, intent in self.intents.items()
            if (intent.needs or intent.unless or intent.unless_digits) and not intent.fits(words)
        )

    def in_ordered_family(self, intent: str | None) -> bool:
        return intent == self.ordered_parent or intent in self.ordered_items

    def ordered_step(self, order: str, current: str | None) -> str:
        """The item "first"/"second"/"third"/"next" points at, from the current intent."""
        if order != "next":
            index = ORDINALS.index(order)
            return self.ordered_items[min(index, len(self.ordered_items) - 1)]
        if current in self.ordered_items:
            following = self.ordered_items.index(current) + 1
            return (
                self.ordered_items[following]
                if following < len(self.ordered_items)
                else self.ordered_parent
            )
        return self.ordered_items[0]
