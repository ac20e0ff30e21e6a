"""From a question's words, slots and frame (and the conversation's topic) to a decided intent.

The frame decides first: another country or institution is out of scope, a measure or a
breakdown the series lacks is "no figure", whatever the question resembles. Only then does the
matcher pick the topic, and the frame's operation turns it into the arithmetic asked for.
"""

from dataclasses import dataclass, field, replace

from bot.qa.datafiles import load
from bot.qa.facts import (
    CORRUPTION_ONE_IN,
    DISTRUST,
    OFFENCE_REPORTS,
    REPORTS,
    THOUSAND,
    TRUST,
    Fact,
    FactBook,
    value_of,
)
from bot.qa.formatting import RATIO_DIGITS
from bot.qa.frame import AGE, CRIMES, Frame, FrameWords
from bot.qa.in_words import InWords, Quoted
from bot.qa.intents import (
    ASSESSMENT,
    CONCEALMENT,
    CORRUPTION_OFFICERS,
    DECLINES,
    DEPUTY,
    DEPUTY_STANCE,
    EMERGENCY_NUMBERS,
    FIGURES_RANKED,
    GENERAL_INFO,
    GROWTH_PER_YEAR,
    HELP,
    MEASUREMENT_YEARS,
    METHOD,
    NO_FIGURE,
    OUT_OF_SCOPE,
    PARTLY_MEANING,
    POLL_COMPARED,
    PREVENTION,
    PUBLICATION,
    REASONS,
    REFORM,
    REGIONS,
    REPORTS_CONSIDERED,
    SOURCE,
    SUM_QUOTED,
    TIME_ZONE,
    TRUST_FRACTION,
    TRUST_SPLIT,
    Catalog,
)
from bot.qa.lexicon import Lexicon
from bot.qa.matcher import NEGATED, Matcher
from bot.qa.slots import Slots, extract_slots, spans

NUMBER_TOKEN = "#"  # what the matcher sees instead of a number: "в 2019" and "в 2022" look alike
HUNDRED = 100  # per cent: all of the people
# counts a share of the trust series is applied to, one line per year asked
DISTRUST_PER = "distrust_per"
YEARLY_PER = frozenset({"trust_per", DISTRUST_PER, "split_per"})
SMALLEST_GROUP = 10  # people: a count this size is a group a share applies to, not "3rd entrance"
RESOLVED = 1.0  # confidence of a decision taken by a rule, not by the matcher
# "is 102 the police number?": a quoted emergency number asks about the numbers
EMERGENCY_VALUES = frozenset(
    int(number) for number in load("general_facts.toml")["emergency_numbers"].values()
)
NEGATED_TRUST = ("complement", "distrust")  # operations that ask about those who do not trust
DISTRUST_LEVEL = "distrust"  # the intent answering the share who do not trust
DISTRUST_CHANGE = "distrust_change"  # the intent answering how that share changed
SHORT_DISTRUST_CHANGE = 16  # words: a longer message asking a change of distrust is a story
ROUNDED = 0.05  # a quoted 1,66 or 14,3 is the computed 1.657 or 14.29
# Measures with an answer of their own: how the survey was done (its size, its wording), and a
# share as a number of people (the article gives shares only)
MEASURE_ANSWERS = {
    "survey": "method",
    "method": "method",
    "population": "people",
    "reopened": "reopened",
    "legal": "legal",
    "kinds": "kinds",
}
# What is said in words where no figure is asked for: how the survey was run; what a sum quoted as
# one of its parts holds ("so 37 % don't trust at all?": both parts, counted only together)
EXPLAINED_INSTEAD = {
    METHOD: METHOD,
    "partly_quoted": SUM_QUOTED,
    "partly_included": SUM_QUOTED,
    # "63 % of officers are honest?": the share quoted is the citizens', in words
    "officers_share": SUM_QUOTED,
    "officers_rest": SUM_QUOTED,
}
# ...and what is missing when a question in words is answered so: the partly trusting and the
# not-at-all asked whether they are counted apart are in the sum together
EXPLAINED_MISSING = {METHOD: "method", SUM_QUOTED: "partly_included"}
INSPECTORS = "prevention_gaps"  # the metric of the district inspectors' answer
CONSIDERED_PER, REPORTS_PER = "considered_per", "reports_per"  # the reports' parts per count
COMPUTED = ("remainder", "points", "ratio")  # operations that compute a figure from others
WEAK_MATCH = 0.4  # below this, a subject named in words outweighs the nearest example
# The subjects of the deputy's reasons for distrust, as a frame's `about` names them.
REASON_SUBJECTS = frozenset({CORRUPTION_ONE_IN, OFFENCE_REPORTS, INSPECTORS})
SHORT_FOLLOW_UP = 3  # at most this many topic words: an operation applies to the conversation's
SUM_NUMBERS = 3  # a sum checked: the two measurements and the points between them
SHORT_CHECK = 5  # words: «это совсем не доверяют?» after a sum checks the sum, no "they" needed
SHORT_BEGINNING = 4  # content words of "what was it before?": the first level, nothing else asked


@dataclass(frozen=True)
class Decision:
    intent: str
    confidence: float
    years: tuple[int, ...] = ()  # only for intents with a series
    series: str | None = None  # the metric the years refer to
    frame: Frame = field(default_factory=Frame)


def matcher_words(words: list[str], lexicon: Lexicon) -> list[str]:
    """What the matcher compares: numbers masked; fillers and "tell me more" words, which carry
    no topic, dropped (leave-one-out accuracy over the examples rose from 0.58 to 0.64); the word
    a negation applies to marked ("не доверяют" -> "не", "¬доверяют")."""
    result = []
    negating = False
    for word in words:
        if word in lexicon.more or word in lexicon.fillers:
            continue
        if negating and word not in lexicon.negation_skips:
            result.append(NEGATED + word)
            negating = False
            continue
        result.append(NUMBER_TOKEN if word.isdigit() else word)
        negating = negating or word in lexicon.negations
    return result


class Understanding:
    """The frame's scope, then follow-ups, then the matcher, then the frame's operation."""

    def __init__(
        self,
        catalog: Catalog,
        lexicon: Lexicon,
        matcher: Matcher,
        frames: FrameWords,
        book: FactBook,
    ) -> None:
        self.catalog = catalog
        self.lexicon = lexicon
        self.matcher = matcher
        self.frames = frames
        self.book = book
        self.derived = book.derived()
        self.in_words = InWords.load()

    def decide(
        self, words: list[str], slots: Slots, topic: str | None, years: tuple[int, ...] = ()
    ) -> Decision:
        """`years`: those of the conversation's last answer, for "and the rest?" after "2019?"."""
        words = self.frames.ten_in_digits(words)
        until = self._until(words, topic)
        relative = until or self._relative(words, slots, topic, years)
        if relative is not None:
            words, slots = relative
        other = self._other_year_then(words, slots, topic, years)
        if other:  # "how many don't trust now?" → "and back then?": the other year, same measure
            slots = replace(slots, years=other, compare=False)
        asked = self.frames.without_own_comparison(words)
        if asked != words:  # «хочу сравнить с нашими данными, дайте сначала ваши: сколько…»
            words, slots = asked, replace(slots, compare=False)
        untold = self._without_story_years(words, slots)
        if untold != words:  # «я в 2023 году писала заявление… правда что много не рассматривают»
            words, slots = untold, extract_slots(untold, self.lexicon)
        if slots.years and self.frames.period_only(slots.content, words):
            slots = replace(slots, content=())  # «сколько было в 2020, во время карантина?»
        frame = self.frames.extract(words, slots)
        if frame.relative != (relative is not None):  # a frame has some fifty fields to copy
            frame = replace(frame, relative=relative is not None, until=until is not None)
        if slots.compare and frame.years and self.share_misremembered(frame):
            # "it used to be 28 %, what was it in 2019 really?": the "used to" is the share
            # told; that year's level is asked, compared with nothing
            slots, frame = replace(slots, compare=False), replace(frame, compare=False)
        if (
            not slots.years
            and years
            and (
                (frame.operation in NEGATED_TRUST and not (frame.cause or frame.claim))
                or self._rest_of_trust_then(words, frame)
                or self._trust_elided_after_not(slots, frame, topic)
                or self.frames.only_when(words)
            )
        ):
            # "2019?" → "and those who didn't?"; "was it 38 %?" → "what year?"
            slots = replace(slots, years=years)
            if frame.per is not None:  # "out of 50 in 2019?" → "and how many of those 50 didn't?"
                frame = replace(frame, years=years)
        negated = frame.operation in NEGATED_TRUST  # "and how many of 100 don't?"
        if topic == EMERGENCY_NUMBERS and self._another_number_asked(words, frame):
            # "and if nobody picks up, is there another number?" after 102: 112, the single one
            # (not the inspectors nobody can reach)
            decision = Decision(EMERGENCY_NUMBERS, RESOLVED, frame=frame)
        elif self._measured_since_before_first(words) or self._first_after_reform(words, frame):
            # "they've measured since 2015, right?": no, since the first measurement (2019)
            first = self.catalog.series[self.catalog.default_series].first
            frame = replace(frame, years=())
            decision = Decision(first or "", RESOLVED, frame=frame)
        elif (
            self._low_then_changed(words, frame)
            or self._lower_in_a_past_year(words, slots, frame)
            or self._gap_between_readings(words, frame, topic)
        ):
            # The level then against now (38 → 63), whatever the words came near: "when I left,
            # nobody trusted the police; has that changed?" (not those who do not trust today);
            # «в девятнадцатом году верили меньше, на сколько меньше?»; «первый замер?» →
            # «а последний?» → «разница между ними в п.п.?» (the two readings just asked, not
            # trust against distrust now)
            decision = Decision(self.catalog.comparison, RESOLVED, frame=frame)
        elif self._distrust_changed(words, slots, frame):
            # «а недоверие как изменилось с 2019 по 2025?», "how much less distrust is there
            # now?": its change, 62 → 37, not the change of trust nor the reasons
            decision = Decision(DISTRUST_CHANGE, RESOLVED, frame=frame)
        elif past_distrust := self._distrust_of_past_year(words, slots, frame, years):
            # "in the first year of measurement, what share did NOT trust?", «а недоверие тогда?»
            # after 2019: the rest of that year's level (100 - 38), not today's 37 %
            decision = self._series_decision(
                DISTRUST, replace(slots, years=past_distrust), frame, RESOLVED
            )
        elif self._first_of_distrust(slots, frame, topic):
            # "and at the first measurement?" after the 37 %: the rest of the first level, 62
            at_first = replace(slots, years=self._first_year(DISTRUST))
            decision = self._series_decision(DISTRUST, at_first, frame, RESOLVED)
        elif self._beginning_asked(words, slots, frame, topic):
            # "what was it at the very start, when they first counted?", «при первом замере»,
            # "what was it before tho" after today's level: the first measurement
            metric = self.catalog.default_series
            first = self.catalog.series[metric].first or ""
            unmissed = replace(frame, missing=None)
            decision = Decision(first, RESOLVED, self._first_year(metric), metric, unmissed)
        elif self._rest_checked_then_first(slots, frame):
            # "partly or not at all is 37? and the same at the start?": 37 now, and the rest of
            # the first level then (100 - 38), both
            latest = self.book.series(DISTRUST)[-1].period
            both = tuple(sorted({*self._first_year(DISTRUST), latest}))
            decision = self._series_decision(
                DISTRUST, replace(slots, years=both), replace(frame, years=both), RESOLVED
            )
        elif self._said_of_herself(words, frame, topic):
            # "what else did she say about herself?", «а что она ещё сказала о себе?», «өзі
            # туралы тағы не айтты?»: what she said of herself, that her police protect her
            decision = Decision(DEPUTY_STANCE, RESOLVED, frame=frame)
        elif self.speaker_in_it(words, frame):
            # "when was the article published?" → "who was speaking in it?", «кто там
            # выступает?», «онда кім сөйлейді?»: the deputy, whose words the article gives
            decision = Decision(DEPUTY, RESOLVED, frame=frame)
        elif self._provenance_of_quoted(words, frame, topic):
            # "and the 800 thousand, from her too?", "who provided the 800k / 500k, the deputy
            # herself?": where the figure quoted comes from, not who she is
            decision = Decision(SOURCE, RESOLVED, frame=frame)
        elif self._inspectors_complained_of(words, frame, topic):
            # "what changed for the inspectors?" → "do people complain? what about?", "what are
            # the complaints about the district police": what people complain of, in her words
            decision = Decision(PREVENTION, RESOLVED, frame=replace(frame, about=INSPECTORS))
        elif self._reading_asked(words, slots, frame):
            # "and what did they find in the latest round?", "what was the 2025 reading?",
            # «соңғы өлшем не көрсетті?»: the level of that measurement
            decision = self._series_decision(self.catalog.default_series, slots, frame, RESOLVED)
        elif frame.relative and self._future(frame):
            decision = self._no_figure(frame, "forecast")  # "10 жылдан кейін", after 2025
        elif self._guessed_between(slots, frame, years):
            # "2021?" → "just ballpark it, somewhere between 38 and 63?": still that year
            decision = self._no_year(replace(frame, years=years))
        elif (
            topic
            and frame.group != AGE
            and (per := self._per_after(words, slots, frame, topic))
            and not negated
        ):
            # («60-тан асқандар ше?», "and the over-60s?": an age, no count of people)
            # "and out of 50 people?" after a figure: that figure, for its year, applied
            place = frame.place or self.frames.names_own_place(words)  # "…out of our 300?"
            applied = replace(frame, per=per, years=frame.years or years, place=place)
            decision = Decision(self.catalog.per_people[topic], RESOLVED, frame=applied)
        else:
            resolved = self._resolve_pronouns(words, slots, topic)
            decision = self._decide(resolved, slots, frame, topic)
            if self._once_counted_changed(words, slots, frame, decision.intent, topic):
                decision = self._no_figure(frame, "trend")  # "is corruption going down?"
        if self._both_measurements_figured(slots, frame, decision) or self._now_read_as_first(
            words, slots, frame, decision
        ):
            # «2019 бен 2025 екі цифрды жазыңызшы», "the two figures for 2019 and 2025": the
            # level of each measured year, not whatever the other words came nearest; «сколько
            # доверяют сейчас», near a phrasing of the first measurement: today's level
            metric = self.catalog.default_series
            decision = self._series_decision(metric, slots, frame, RESOLVED)
        guessed = self._reason_guessed(words, frame, decision)
        if guessed is not None:
            # "why don't people trust the police, corruption?": the reason guessed, answered
            # with its own figure, so "in percent?" after it asks of that reason
            decision = Decision(guessed, RESOLVED, frame=frame)
        offered = self._level_offered(words, frame, decision)
        if offered is not None:
            # «63 пе 73 пе? чатта таласып жатырмыз»: the one of ours, said as our figure; the
            # guessed one is not repeated as if it were one
            metric, year = offered
            latest = self.book.series(metric)[-1].period
            chosen = replace(slots, years=() if year == latest else (year,))
            decision = self._series_decision(metric, chosen, frame, RESOLVED)
        if decision.intent == HELP and self._unmeasured_year_pressed(frame):
            # "bot, the 2023 figure. don't tell me you don't know": still no figure for 2023
            decision = self._no_year(frame)
        if decision.intent == EMERGENCY_NUMBERS and self._waited(words, frame):
            decision = self._no_figure(frame, "measure")  # "in how many minutes do they come?"
        return replace(decision, frame=replace(decision.frame, subject=decision.intent))

    def _without_story_years(self, words: list[str], slots: Slots) -> list[str]:
        """The words less a year told in the asker's own story, one the series does not hold
        (a measured year may well be asked of: kept); "then" («тогда») asks of that year: kept."""
        if spans(words, self.lexicon.then_of_a_year) or self.frames.back_then.first(words):
            return words
        unmeasured = [year for year in slots.years if not self.measured((year,))]
        return self.frames.without_story_years(words, unmeasured)

    def _difference_after_first(self, words: list[str], topic: str | None) -> bool:
        """A difference counted («на сколько», "by how much") after the first level."""
        frames = self.frames
        if topic is None or topic != self.catalog.series[self.catalog.default_series].first:
            return False
        by = any(
            w in frames.count and frames.difference_before.first(words[i - 1 : i])
            for i, w in enumerate(words)
        )
        return by or frames.by_how_much.first(words) is not None

    def _rest_checked_then_first(self, slots: Slots, frame: Frame) -> bool:
        """The latest share of those who trust partly or not at all quoted, and the first
        measurement named beside it: both years of it asked."""
        if not frame.first or slots.years or frame.now or not self.book.series(DISTRUST):
            return False
        denied = frame.partly_named or frame.operation in NEGATED_TRUST
        quoted = {metric for metric, _ in self.book.quoted(frame.numbers)}
        return denied and quoted == {DISTRUST}

    def _said_of_herself(self, words: list[str], frame: Frame, topic: str | None) -> bool:
        """What the deputy said about herself, she named or the talk about her."""
        frames = self.frames
        her = frame.reference == "pronoun" or frames.person.first(words) is not None
        her = her or topic in self.catalog.person_intents
        spoke = frames.spoke.first(words) or frames.speaking.first(words)
        said = spoke is not None and frames.spoken_about.first(words)
        of_herself = frames.of_herself.first(words) is not None
        asked = frame.counted or frame.numbers or frame.years or frame.about or frame.cause
        return her and bool(said) and of_herself and not asked

    def speaker_in_it(self, words: list[str], frame: Frame) -> bool:
        """Who speaks in the article ("in it", "there", «в ней», «онда»), nothing else asked."""
        frames = self.frames
        who = frames.whom_asked.first(words) is not None
        spoke = frames.speaking.first(words)  # not "who says so?", which asks the source
        asked = frame.counted or frame.numbers or frame.years or frame.about or frame.trust
        other = frame.country or frame.institution or frame.group or frame.offtopic
        return (
            who and bool(spoke) and frames.in_it.first(words) is not None and not (asked or other)
        )

    def _provenance_of_quoted(self, words: list[str], frame: Frame, topic: str | None) -> bool:
        """Who gave a figure of ours quoted, with the deputy or a "who" named beside it, or after
        where another figure came from («800 мың да одан ба?»)."""
        frames = self.frames
        if not self.book.quoted(frame.numbers) or frame.counted or frame.years:
            return False
        if frame.cause or frame.growth or frame.compare or frame.every_figure:
            return False  # "why call going from 38 to 63 insignificant?", "what other numbers…"
        given = any(
            w in frames.given_by and not "".join(words[i + 1 : i + 2]).isdigit()
            for i, w in enumerate(words)
        )
        if not given:
            return False
        person = frame.reference == "pronoun" or frames.person.first(words) is not None
        person = person or frames.given_by_her.first(words) is not None
        return person or topic == SOURCE or frames.culprit_asked.first(words) is not None

    def _inspectors_complained_of(self, words: list[str], frame: Frame, topic: str | None) -> bool:
        """What people complain of about the district inspectors, asked in words (not counted):
        the inspectors named, or the talk about them."""
        frames = self.frames
        if frames.complained.first(words) is None or frame.counted or frame.numbers:
            return False
        if frame.country or frame.institution or frame.group or frame.years or frame.offtopic:
            return False
        inspectors = frame.about == INSPECTORS or frames.inspectors_named.first(words) is not None
        follow_up = topic == PREVENTION and frame.about in (None, INSPECTORS, OFFENCE_REPORTS)
        return inspectors or follow_up

    def _reading_asked(self, words: list[str], slots: Slots, frame: Frame) -> bool:
        """A measurement's finding asked, the measurement named by its year or as the latest
        ("the 2025 reading", "what did they find in the latest round"), nothing else named."""
        frames = self.frames
        other = _names_more(frame) or frame.first or frame.span or frame.operation != "value"
        other = other or self.frames.names_first(words)  # "first and latest readings"
        found = frames.finding.first(words) is not None or frames.measurement.first(words)
        if other or not found:
            return False
        if slots.years:
            return len(slots.years) == 1 and self.measured(slots.years)
        return frames.names_latest(words) and frames.finding.first(words) is not None

    def _beginning_asked(
        self, words: list[str], slots: Slots, frame: Frame, topic: str | None
    ) -> bool:
        """The beginning of the series asked as a time, with nothing else named: «басында қанша
        болған?», "and at the very start?"; "what was it before?" or only «а было?» after a
        level of now; "you said 63, compared to what? what was it at the start?"."""
        # the latest level said back beside the start is what the start is set against
        latest = frame.first and len(set(frame.numbers)) == 1 and self._latest_level_quoted(frame)
        # ("63 — на сколько больше, чем в начале?" asks the change, "63 — много или мало?" her view)
        latest = latest and not (frame.more_counted or frame.level_judged)
        other = (
            _names_more(replace(frame, numbers=()) if latest else frame)
            or frame.before_reform
            or frame.now
            or frame.span
            or frame.growth
            or frame.rounded
            or frame.years_counted
            or frame.operation not in ("value", "percent")
        )
        earlier = self.frames.earlier.first(words) is not None
        compared = slots.compare and not (earlier or latest)  # "how much more than at first?"
        trusted = topic is None or topic in self.catalog.spans
        if other or compared or slots.years or not trusted or not (frame.past or frame.counted):
            return False
        if frame.first:
            measured = frame.trust or latest or self.frames.measurement.first(words) is not None
            return (topic is not None and topic != REFORM) or measured
        # "what was it before?" after a level of now, not "what were the police like before?"
        level_now = self._of_trust(topic) or topic == ASSESSMENT
        level_now = level_now and topic != self.catalog.comparison and not frame.police
        # a value asked ("what was it before?"), not a direction ("so it was lower before?")
        frames = self.frames
        valued = frame.counted or any(
            w in frames.share_questions and not frames.difference_before.first(words[i - 1 : i])
            for i, w in enumerate(words)
        )
        valued = valued and frames.by_how_much.first(words) is None  # not "на сколько/by how much"
        short = len(slots.content) <= SHORT_BEGINNING
        # «а было?», "and what was it?": the past alone asks what it was before
        bare = all(
            w in frames.past or w in frames.when_fillers or w in frames.share_questions
            for w in words
        )
        return (earlier or bare) and frame.past and level_now and (valued or bare) and short

    def _other_year_then(
        self, words: list[str], slots: Slots, topic: str | None, years: tuple[int, ...]
    ) -> tuple[int, ...]:
        """ "And back then?", «а тогда?», «ал ол кезде ше?» alone after a series' latest figure:
        the first measurement of the same series (not the change), when the last answer was not
        already of it."""
        if topic is None or slots.years or slots.now or slots.content or not slots.compare:
            return ()
        series = self.catalog.intents[topic].series
        said = spans(words, self.lexicon.compare)
        if series is None or not said or not said <= spans(words, self.lexicon.then_of_a_year):
            return ()
        first = self._first_year(series)
        return () if set(years) == set(first) else first

    def _reason_guessed(self, words: list[str], frame: Frame, decision: Decision) -> str | None:
        """The cause of distrust asked with one reason's subject named beside it as a guess
        ("why don't they trust the police, corruption?", «почему не доверяют, коррупция?»):
        that reason, not the list of three; not when the reasons are asked to be listed or a
        figure is asked."""
        if decision.intent != REASONS or not frame.cause or frame.about not in REASON_SUBJECTS:
            return None
        figure = frame.numbers or frame.years or frame.counted or frame.share_asked
        listed = self.frames.list_asked.first(words) or self.frames.reason_nouns.first(words)
        besides = self.frames.excluding.first(words) is not None
        if figure or listed or besides:
            return None
        items = self.catalog.ordered_items
        return next((i for i in items if frame.about in self.catalog.intents[i].metrics), None)

    def _level_offered(
        self, words: list[str], frame: Frame, decision: Decision
    ) -> tuple[str, int] | None:
        """Two shares offered to choose from, one of them a level of ours and the other none
        («63 или 73?», "37 or 47 %?"), naming no other subject, when the words matched nothing
        firmly: that level's series and year."""
        firm = decision.intent not in DECLINES and decision.confidence >= WEAK_MATCH
        named = frame.about or frame.per or frame.cause or frame.growth or frame.compare
        numbers = set(frame.numbers)
        if firm or named or len(numbers) != 2 or not self.frames.numbers_offered(words):
            return None
        levels = (self.catalog.default_series, DISTRUST)
        quoted = [(m, p) for n in numbers for m, p in self.book.quoted([n]) if m in levels]
        ours = {n for n in numbers if self.book.quoted([n])}
        if len(quoted) != 1 or len(ours) != 1 or max(numbers) > HUNDRED:
            return None
        return quoted[0]

    def _both_measurements_figured(self, slots: Slots, frame: Frame, decision: Decision) -> bool:
        """The figures asked for two or more measured years, naming no subject, cause or series
        of their own, and the words came near nothing firmly."""
        years = set(slots.years)
        named = frame.about or frame.cause or frame.country or frame.institution or frame.group
        weak = (
            decision.confidence < WEAK_MATCH
            and self.catalog.intents[decision.intent].series is None
        )
        return frame.figure and len(years) > 1 and self.measured(slots.years) and weak and not named

    def _now_read_as_first(
        self, words: list[str], slots: Slots, frame: Frame, decision: Decision
    ) -> bool:
        """Trust asked "now" with nothing of the past in it ("then vs now" has), matched to the
        first measurement."""
        first = self.catalog.series[self.catalog.default_series].first
        then = self.frames.back_then.first(words) or self.frames.earlier.first(words)
        past = frame.first or frame.past or frame.with_first or slots.years or then
        return decision.intent == first and slots.now and frame.trust and not past

    def _grown_since_first(self, words: list[str], frame: Frame) -> bool:
        """A growth counted since the first measurement's year, nothing else named."""
        rows = self.book.series(self.catalog.default_series)
        since = self.frames.since_year(words)
        asked = frame.counted or frame.share or frame.operation in ("percent", "points")
        first = bool(rows) and since == rows[0].period
        return first and frame.growth and asked and frame.about is None and not frame.group

    def _unmeasured_year_pressed(self, frame: Frame) -> bool:
        """A figure or a count asked for a year never measured, however it is pressed for."""
        asked = frame.figure or frame.counted
        return asked and bool(frame.years) and not self.measured(frame.years) and not frame.group

    def _rest_misadded(self, words: list[str], frame: Frame) -> bool:
        """Today's trust level told with a rest that does not make 100 ("63 trust and 47
        don't", «63 доверяют и 47 нет»): the numbers two, the other said of those not
        trusting."""
        rows = self.book.series(self.catalog.default_series)
        if not (frame.trust and rows and len(frame.numbers) == len(set(frame.numbers)) == 2):
            return False
        level = rows[-1].value
        if level is None:
            return False
        other = [n for n in frame.numbers if n != level]
        if len(other) != 1 or not 0 < other[0] < HUNDRED or other[0] + level == HUNDRED:
            return False
        if self.book.quoted(other):
            return False  # "from 38 to 63": a figure of ours, not a rest told wrong
        negated = frame.operation in (*NEGATED_TRUST, "negated")
        return negated or self.frames.rest_denied.first(words) is not None

    def _first_after_reform(self, words: list[str], frame: Frame) -> bool:
        """The first measurement named after the story that began the reform («первый замер
        после убийства Дениса Тена», «Денис Тен өлтірілгеннен кейінгі алғашқы өлшеу»): the
        first measurement of trust, a year said in other words."""
        measured = self.frames.measurement.first(words) is not None
        return frame.first and measured and frame.about == REFORM and not frame.years

    def _measured_since_before_first(self, words: list[str]) -> bool:
        """The series said to be measured since a year before its first measurement."""
        since = self.frames.measured_since(words)
        rows = self.book.series(self.catalog.default_series)
        return since is not None and bool(rows) and since < rows[0].period

    def _per_after(
        self, words: list[str], slots: Slots, frame: Frame, topic: str | None
    ) -> int | None:
        """The count a follow-up applies the figure before it to ("and out of 50 people?", «а из
        1400 сколько?» after the one in seven), when that figure is a share of a count."""
        if frame.trust or topic not in self.catalog.per_people:
            return None
        if spans(words, self.frames.shortfall):
            return None  # "how many points short of 100 is that?": a level to reach, no count
        bare = self.frames.bare_count_out_of(words, slots.years)
        return frame.per or bare or self.frames.group_counted(words, slots.years)

    def _shares_ranked(self, words: list[str], slots: Slots, frame: Frame) -> bool:
        """Shares of different things set against each other or put in order: the reports left
        unconsidered beside trust or its rest, or trust in a year beside the rest now ("what's
        bigger, the 2019 trust or those who don't fully trust now?")."""
        frames = self.frames
        if not spans(words, frames.ranked_asked) or frame.per or frame.country:
            return False
        trust = frame.trust or frames.trustish.first(words) is not None
        rest = frame.operation in NEGATED_TRUST or frames.distrust_words.first(words) is not None
        reports = frame.unconsidered or frame.about == OFFENCE_REPORTS
        return (reports and (trust or rest)) or (trust and rest and bool(slots.years))

    def _her_phrase_said_back(self, words: list[str]) -> str | None:
        """«"Выросло, но незначительно" — чья это оценка?», "'and that seems to be all' — who is
        that about?": a phrase of the article quoted with who asked, the answer it is from."""
        if not self.frames.quotes_her(words):
            return None
        if spans(words, self.frames.growth_said):
            return ASSESSMENT
        return PREVENTION if spans(words, self.frames.inspectors_said) else None

    def _her_phrase_meant(self, words: list[str]) -> str | None:
        """ "What does 'issues get dragged out' refer to?", «что имеется в виду под низким
        уровнем реагирования?»: the article's words for a reason, asked what they mean."""
        if self.frames.meaning_asked.first(words) is None:
            return None
        if spans(words, self.frames.inspectors_meant):
            return PREVENTION
        formalism = self.catalog.quoted.intents[OFFENCE_REPORTS]
        return formalism if spans(words, self.frames.formalism_meant) else None

    def _reform_judged(self, frame: Frame, words: list[str]) -> bool:
        """ "So can we say the reform failed?", «реформа сәтсіз болды ма?» after her assessment:
        her verdict again, trust grown but insignificantly, with its figures; not the reform's
        story, nothing counted. (Asked first, it is the reform's story, which ends on her
        question whether the police became a service.)"""
        reform = self.frames.reform_named.first(words) is not None
        asked = frame.counted or frame.numbers or frame.years
        return reform and self.frames.reform_outcome.first(words) is not None and not asked

    def _her_word_for_the_growth(self, words: list[str], frame: Frame) -> bool:
        """ "And she calls that insignificant growth? Why?": her assessment, asked back with a
        why, the growth or her named, whatever the conversation was about."""
        said_back = frame.cause or frame.growth or frame.reference == "pronoun" or frame.cited
        if bool(self.frames.insignificant.first(words)) and said_back:
            return True
        # "did the police become a service police, in the deputy's view?", «как оценивает
        # депутат?»: her verdict on the reform, asked of her
        frames = self.frames
        in_her_view = bool(spans(words, frames.in_her_view))
        her = frames.person.first(words) or frame.reference == "pronoun"
        judged = in_her_view or bool(frames.assesses.first(words) and her)
        # "the numbers vs her words: do they match?": her word set against the figures
        matched = frames.matched.first(words) and frames.figures_all.first(words)
        judged = judged or bool(matched and her)
        # "does the MP think this is a good result?": her verdict on the growth
        deemed = frames.opinion.first(words) or frames.deemed.first(words)
        verdict = bool(her and deemed and frames.verdict.first(words))
        # (not "are the reasons survey results or her opinion?")
        other = frames.reason_nouns.first(words) or frames.survey_nouns.first(words)
        judged = judged or (verdict and not other)
        return judged and not (frame.counted or frame.numbers or frame.years)

    def _consequences_asked(self, words: list[str], topic: str) -> bool:
        """What came of it, after a reason for distrust or the reform's story."""
        explained = self.catalog.in_ordered_family(topic) or topic == REFORM
        return explained and self.frames.asks_consequences(words)

    def _unconsidered_consequences(self, words: list[str], frame: Frame) -> bool:
        """What comes of reports left unconsidered, asked with no count: her formalism answer,
        which says offenders go unpunished."""
        asked = self.frames.consequences.first(words) is not None
        return asked and frame.unconsidered and not (frame.counted or frame.numbers or frame.trust)

    def _own_poll_set_against_the_country(self, words: list[str], frame: Frame) -> bool:
        """A poll the asker took part in (a chat's, the neighbours'), then the country asked
        ("…I voted that I trust. and nationally?", «…бізде 50/50. ел бойынша қанша?»): the
        national level, set beside theirs; not a breakdown, nor the neighbours' quarrel."""
        frames = self.frames
        own = frames.own_poll.first(words) is not None and frames.survey_nouns.first(words)
        country = frame.nationwide or frame.average  # «а в среднем по Казахстану?»
        return bool(own) and country and not (frame.years or frame.country)

    def _sources_of_every_figure(self, words: list[str], frame: Frame) -> bool:
        """ "What are the sources of all the figures you gave?": each source named; not a table
        of every figure with the source of each."""
        frames = self.frames
        asked = frame.every_figure and frames.source_nouns.first(words) is not None
        return asked and frames.tabled.first(words) is None

    def _criticised_for(self, words: list[str], frame: Frame) -> bool:
        """What the police is criticised or complained of ("за что полицию больше всего
        ругают?", "what are we criticised for?"): the reasons; not the inspectors named, nor
        complaints counted, nor another institution."""
        counted = frame.counted and not frame.in_all  # «больше всего» is "most", no count
        # "customers scold the police. What share don't trust it?": a share asked after the
        # story of scolding
        counted = counted or frame.share_asked
        asked = self.frames.criticised.first(words) is not None
        return asked and not (_names_a_subject(frame) or counted)

    def _reasons_listed(self, words: list[str], frame: Frame) -> bool:
        """The reasons asked to be named or listed, nothing else of ours named ("list the
        reasons briefly, for a lesson", «үш себепті қысқаша атап беріңізші»): the three."""
        frames = self.frames
        listed = frames.list_asked.first(words) and frames.reason_nouns.first(words)
        if bool(listed) and not _names_a_subject(frame):
            return True
        # "…the inspectors sit in chats, yet nobody trusts: what are the main reasons?"
        main = any(
            w in frames.reason_nouns and words[i - 1] in frames.main
            for i, w in enumerate(words)
            if i
        )
        figure = frame.numbers or frame.years or frame.counted or frame.share_asked
        return main and not (figure or frame.growth)

    def _reason_picked(self, words: list[str], frame: Frame) -> str | None:
        """ "Which of the reasons is about reports not being handled?", «какая из причин про
        коррупцию?»: the reason whose subject is named."""
        which = self.frames.reason_which.first(words) is not None
        named = self.frames.cause.first(words) is not None and frame.about in REASON_SUBJECTS
        besides = self.frames.excluding.first(words) is not None  # "which one, besides…?"
        if not (which and named) or besides or frame.counted or frame.numbers:
            return None
        items = self.catalog.ordered_items
        return next((i for i in items if frame.about in self.catalog.intents[i].metrics), None)

    def _her_own_attitude(self, words: list[str], frame: Frame) -> bool:
        """The deputy's personal attitude to the police («что депутат сказала про своё личное
        отношение к полиции», «депутаттың жеке пікірі»): her stance, where her opinion words
        alone reach her verdict on the growth."""
        her = frame.cited or self.frames.person.first(words) is not None
        personal = self.frames.personal.first(words) is not None
        personal = personal or self.frames.her_own_police(words)  # «өз полициясы туралы»
        return her and personal and frame.police and not (frame.counted or frame.numbers)

    def _basis_of_police_work(self, words: list[str], frame: Frame) -> bool:
        """What a claim about the police's work rests on, asked of nothing we count."""
        frames = self.frames
        named = frame.police and frames.police_work.first(words) is not None
        return bool(named and frames.basis.first(words)) and not (frame.counted or frame.trust)

    def _trust_elided_after_not(self, slots: Slots, frame: Frame, topic: str | None) -> bool:
        """Only a verb and "not" asked with a count after trust ("and how many wouldn't?")."""
        frames = self.frames
        elided = bool(slots.content) and all(
            w in frames.elided_trust or w in frames.not_words for w in slots.content
        )
        negated = frame.operation == "negated" and frame.counted
        applied = topic == self.catalog.per_people.get(self.catalog.level)  # "out of 100"
        return elided and negated and (self._of_trust(topic) or applied)

    def _doubling_checked(self, words: list[str], frame: Frame, topic: str | None) -> bool:
        """The deputy's "almost twice" checked after the change in trust, or with trust named."""
        twice = bool(spans(words, self.frames.twice))
        of_trust = frame.trust or topic == self.catalog.comparison
        return twice and frame.checked and of_trust and not (frame.cause or frame.numbers)

    def _improvement_argued(self, words: list[str], frame: Frame) -> bool:
        """Arguments asked that the police got better, with no figure of its own asked."""
        argued = self.frames.arguments.first(words) is not None
        return argued and frame.police and frame.growth and not (frame.counted or frame.numbers)

    def _inspector_unanswered(self, words: list[str], frame: Frame) -> bool:
        """A district inspector who does not answer, told or asked, with no figure asked."""
        named = self.frames.inspectors.first(words) or spans(words, self.frames.inspector_phrases)
        told = named and spans(words, self.frames.unanswered)
        asked = frame.counted or frame.numbers or frame.share or frame.years
        # "whom do I call if the inspector doesn't answer?": the numbers to call
        calls = self.frames.asks_whom_to_call(words) or self.frames.calls_emergency(words)
        return bool(told) and not (asked or calls)

    def _reform_followed_up(self, words: list[str], frame: Frame) -> bool:
        """After the reform's story, "what changed, and when?", «после чего её начали?» ask
        more of it, not of the trust figures; a year, a figure or a subject named goes to
        them."""
        frames = self.frames
        asked = frame.growth or frames.when.first(words) or spans(words, frames.after_what)
        # "and then?", «ну и что потом?», «ал сосын ше?»; "why?", «из-за чего?», «nege?»: what
        # came next, or what set it off (Denis Ten), not the reasons for distrust
        next_asked = frames.then_next.first(words) is not None or frame.cause
        named = frame.trust or frame.about  # "what changed for them after the reform?"
        figure = frame.years or frame.numbers or frame.counted  # "so how much did it go up?"
        return (bool(asked) or next_asked) and not (named or figure)

    def _rounding_asked(self, frame: Frame, topic: str | None) -> bool:
        """ "To one decimal?" after a figure, naming nothing else: the same figure, rounded."""
        named = frame.trust or frame.about or frame.years or frame.numbers
        return frame.rounded and topic in self.catalog.figure_intents and not named

    def _checked_again(self, slots: Slots, frame: Frame, topic: str | None) -> bool:
        """ "Really twice? count it exactly", «реально в два? посчитай поточнее» after a figure:
        only words of doubt, precision and counting, and a number word echoing it."""
        frames = self.frames
        # «нақты санап берші»: a request to give it («бер», "give") asks nothing new
        echoing = (
            frames.claim,
            frames.precise,
            frames.calculate,
            frames.number_values,
            frames.give,
        )
        only = all(any(w in kind for kind in echoing) for w in slots.content)
        asked = frame.checked or frame.precise
        return asked and only and topic in self.catalog.figure_intents and not frame.about

    def _waited(self, words: list[str], frame: Frame) -> bool:
        """How long the police take to come: a wait nobody measured, whether the numbers were
        called for or only resembled. A wait word with no number of theirs quoted
        («учаскелікті қанша күту керек», "in how many minutes"), or their coming asked how
        fast ("how fast do they show up after you call 102?"), unless the number to call is."""
        frames = self.frames
        waits = bool(frames.waiting.first(words))
        comes = (
            bool(spans(words, frames.arrival))
            and (waits or bool(frames.speed.first(words)))
            and not frames.number_asked.first(words)
        )
        return comes or (waits and not EMERGENCY_VALUES.intersection(frame.numbers))

    def _until(self, words: list[str], topic: str | None) -> tuple[list[str], Slots] | None:
        """A time before a year («до 2019», "prior to 2019"): the measurement before it, or the
        year before when there is none. The words that said it are dropped."""
        until = self.frames.until_year(words)
        if until is None or self.frames.measurement.first(words) is not None:
            return None  # "was trust measured before 2019?": since when it is, the first
        year, used = until
        rest = [w for i, w in enumerate(words) if i not in used]
        periods = [row.period for row in self.book.series(self._series_of(topic))]
        earlier = max((period for period in periods if period < year), default=year - 1)
        return rest, replace(extract_slots(rest, self.lexicon), years=(earlier,))

    def _relative(
        self, words: list[str], slots: Slots, topic: str | None, years: tuple[int, ...]
    ) -> tuple[list[str], Slots] | None:
        """A year counted from the one under discussion ("and a year later?" after 2019 is
        2020): the year the question names, else the conversation's, else the latest measurement
        of the topic's series. The words that counted it, and the base named, are dropped. None
        without a base."""
        found = self.frames.relative_years(words)
        if found is None:
            return None
        offset, used = found
        counted = [w for i, w in enumerate(words) if i not in used]  # "10 жылдан" is no 2010
        base = self._base_year(words, extract_slots(counted, self.lexicon), topic, years)
        if base is None:
            return None  # "через год" with nothing discussed: a forecast
        # the base named ("2019", "the first measurement") is not what is asked
        rest = [w for w in counted if w != str(base) and not self.frames.names_an_end([w])]
        return rest, replace(extract_slots(rest, self.lexicon), years=(base + offset,))

    def _base_year(
        self, words: list[str], slots: Slots, topic: str | None, years: tuple[int, ...]
    ) -> int | None:
        """The year a relative one counts from: the one named, the first or the latest
        measurement named ("a year after the first survey"), the conversation's, else the
        latest, when trust or a series is what is talked about."""
        if slots.years:
            return slots.years[0] if len(slots.years) == 1 else None
        rows = self.book.series(self._series_of(topic))
        if not rows:
            return None
        if self.frames.names_first(words):
            return rows[0].period
        if self.frames.names_latest(words):
            return rows[-1].period
        if years:
            return years[-1]
        series = topic is not None and self.catalog.intents[topic].series is not None
        return rows[-1].period if series or self.frames.names_trust(words) else None

    def _figure_to_word(self, words: list[str], frame: Frame, topic: str | None) -> str | None:
        """The figure a resident asks how to word: the one quoted, else the one discussed."""
        if not self.frames.asks_phrasing(words):
            return None
        # «доверие выросло на 25 %, так правильно говорить?»: the growth told, none of ours quoted
        grown = self.catalog.comparison if frame.trust and frame.growth else None
        return self._quoted_intent(frame) or topic or grown

    def _counted_after_words(self, slots: Slots, frame: Frame, topic: str) -> bool:
        """A count asked after an answer of words, naming nothing else (the concealment named
        again, «қаншасын жасырған?», is no other subject)."""
        other = frame.about is not None and frame.about not in self.catalog.intents[topic].metrics
        named = frame.trust or frame.police or other or frame.numbers or slots.years
        return frame.counted and not (named or frame.growth or frame.first or frame.past)

    def _considered_after_reports(self, words: list[str], frame: Frame, topic: str | None) -> bool:
        """The considered part named after the reports, or its share asked, or counted in
        thousands ("how many were looked at, in thousands?": only the reports are counted so),
        with nothing else of ours named (a count of them quoted back, right or wrong): that
        part."""
        named = frame.about not in (None, OFFENCE_REPORTS) or frame.trust or frame.per
        reports = self._about_reports(topic) or self.considered_of_reports(words, frame)
        # «қаралғандардың пайызы қандай?»: the considered part's share asked, the reports theirs
        reports = reports or (frame.share_asked and frame.about == OFFENCE_REPORTS)
        return frame.considered and reports and not named

    def considered_of_reports(self, words: list[str], frame: Frame) -> bool:
        """The considered part is the reports': their count of it quoted, or counted in
        thousands, as only the reports are."""
        return self.considered_quoted(frame) or (
            frame.counted and self.frames.in_thousands_asked(words)
        )

    def considered_quoted(self, frame: Frame) -> bool:
        """The count of reports considered (800 − 500 thousand) quoted, whole or in thousands
        ("so only 300k were looked at?")."""
        considered = self.book.considered_count()
        return considered is not None and any(
            n in (considered, considered / THOUSAND) for n in frame.numbers
        )

    def _about_reports(self, topic: str | None) -> bool:
        """The conversation is about the reports (their count, the share left unconsidered)."""
        intent = self.catalog.intents.get(topic or "")
        return intent is not None and any(metric in REPORTS for metric in intent.metrics)

    def _reports_quoted(self, frame: Frame) -> bool:
        """The reports' count quoted (800 or 500 thousand)."""
        return any(metric in REPORTS for metric, _ in self.book.quoted(frame.numbers))

    def _quoted_intent(self, frame: Frame) -> str | None:
        """The answer of the first figure of ours the question quotes ("38 % — which year?")."""
        quoted = (self.catalog.quoted.intents.get(m) for m, _ in self.book.quoted(frame.numbers))
        return next((intent for intent in quoted if intent is not None), None)

    def _quoted_share_applied(self, frame: Frame) -> str | None:
        """A share of ours quoted with a count to apply it to ("63% of 500"): that share's
        count answer, which names what the bare numbers did not."""
        # «в ауле 500 человек»: the count itself is no share quoted, though 500 is one of ours
        quoted = self._quoted_intent(
            replace(frame, numbers=tuple(n for n in frame.numbers if n != frame.per))
        )
        if frame.per is None or quoted is None:
            return None
        return self.catalog.per_people.get(quoted)

    def _asked_in_words(self, words: list[str], frame: Frame, topic: str | None) -> Decision | None:
        """A question answered in words (`in_words.py`): who computed a figure, who she is,
        the outlet, a figure's origin, points, "almost twice", the asker among the 37 %…"""
        quoted = Quoted(
            metrics=frozenset(metric for metric, _ in self.book.quoted(frame.numbers)),
            of_the_change=bool(self._change_values() & set(frame.numbers)),
            all_ours=all(
                n in self._change_values() or self.book.quoted([n]) for n in frame.numbers
            ),
        )
        found = self.in_words.decide(
            words,
            frame,
            topic,
            quoted,
            self.frames.person,
            self.frames.doubling_words,
        )
        if found is None:
            return None
        intent, aside = found
        missing = EXPLAINED_MISSING.get(intent, frame.missing)
        plain = replace(frame, institution=None, measure=None, aside=aside, missing=missing)
        return Decision(intent, RESOLVED, frame=plain)

    def _change_values(self) -> set[int]:
        """The change of trust as quoted: its points (25) and its percent of the first (66)."""
        levels = self._levels()
        if len(levels) < 2 or not levels[0].value or levels[-1].value is None:
            return set()
        first, latest = levels[0].value, levels[-1].value
        return {round(latest - first), round((latest / first - 1) * HUNDRED)}

    def _reason_stepped(self, slots: Slots, frame: Frame, topic: str | None) -> bool:
        """An ordinal asked while the reasons are discussed, of nothing measured (no year, no
        number, no trust named): it walks the list of reasons."""
        measured = frame.years or frame.numbers or frame.trust or frame.police
        first_measured = frame.first and not frame.cause  # «а первый замер?» after the reasons
        asked = bool(slots.order) and not (measured or first_measured)
        return asked and self.catalog.in_ordered_family(topic)

    def _answer_in_the_article(self, words: list[str], frame: Frame, topic: str | None) -> bool:
        """Whether the article says what was just answered in words (the reform's story, a
        reason), nothing else asked; after a figure, its source and quote answer it."""
        told = topic is not None and topic not in self.catalog.figure_intents
        told = told and topic in self.catalog.intents and self.catalog.intents[topic].topic
        asked = frame.numbers or frame.years or frame.counted or frame.trust or frame.cause
        return bool(told) and self.frames.article_holds_it(words) and not asked

    def _another_number_asked(self, words: list[str], frame: Frame) -> bool:
        """A second number, or the line not answering, asked of nothing measured."""
        # (the inspectors nobody can reach may be named by the same words: no subject of its own)
        measured = frame.trust or frame.numbers or frame.years or frame.counted or frame.cause
        inspectors = self.frames.inspectors_named.first(words) is not None
        return self.frames.another_number_asked(words) and not (measured or inspectors)

    def _other_reason_after_one(self, words: list[str], frame: Frame, topic: str | None) -> bool:
        """ "The other reason?", «басқа себебі ше?» after one of the reasons (not after the list
        of them), naming nothing measured nor a subject of its own."""
        one = self.catalog.in_ordered_family(topic) and topic != self.catalog.ordered_parent
        measured = frame.years or frame.numbers or frame.trust or frame.police or frame.about
        other = self.frames.other_one.first(words) is not None
        listed = self.frames.reasons_plural.first(words) is not None  # "other reasons?": all
        return bool(one and other and frame.cause and not (measured or listed))

    def _rest_in_another_year(
        self, words: list[str], slots: Slots, frame: Frame, topic: str | None
    ) -> bool:
        """The rest of trust under discussion, asked again for a year: still the rest (not the
        rest of the rest, which a bare «а остальные?» after it asks)."""
        named = self.frames.rest.first(words) is not None
        rest = frame.operation == "complement" and named and not frame.trust
        return topic == self.catalog.level_complement and bool(slots.years) and rest

    def _more_of_a_reason(self, slots: Slots, topic: str | None) -> bool:
        """ "Tell me more about it", «соны толығырақ айтшы» after a reason: "it" is the reason,
        so its `more` link, not the deputy «она» would otherwise name."""
        referred = all(w in self.frames.referred for w in slots.content)
        return slots.more and referred and self.catalog.in_ordered_family(topic)

    def _resolve_pronouns(self, words: list[str], slots: Slots, topic: str | None) -> list[str]:
        if topic == REFORM:
            return words  # «а какой она была до реформы?» after the reform's story: the police
        if self._more_of_a_reason(slots, topic):
            return words  # «расскажи про неё подробнее» after a reason: the reason, not her
        kazakh = topic in self.catalog.person_intents
        return self.frames.resolve_pronouns(words, self.catalog.pronoun_word, kazakh=kazakh)

    def _decide(self, words: list[str], slots: Slots, frame: Frame, topic: str | None) -> Decision:
        if self.frames.foreign_number_works(words, frame):
            # «а 911 тут работает?», "does 999 work here?": our emergency numbers
            plain = replace(frame, country=None, offtopic=False, numbers=())
            return Decision(EMERGENCY_NUMBERS, RESOLVED, frame=plain)
        if frame.tally:
            # "90 voted in our chat, 63 trust: is that like the country?", "…how many points
            # below the country?": both shares and the gap, before any arithmetic of ours
            return Decision(POLL_COMPARED, RESOLVED, frame=frame)
        if self.frames.reports_guessed_in_millions(words, frame):
            # "how many reports in 2025, like a million?": almost 800 thousand, not a million
            formalism = self.catalog.quoted.intents[OFFENCE_REPORTS]
            return Decision(formalism, RESOLVED, frame=replace(frame, aside="million"))
        if topic == REPORTS_CONSIDERED and self.frames.considered_again(words, frame):
            # "how many were considered?" → "in absolute numbers?", "what portion of the 800k
            # is that?": the considered again, in thousands and in per cent
            return Decision(REPORTS_CONSIDERED, RESOLVED, frame=frame)
        if self.frames.considered_counted_beside_unconsidered(words):
            # «рассмотренных сколько тысяч, если 500 без рассмотрения»: 800 - 500 thousand
            return Decision(REPORTS_CONSIDERED, RESOLVED, frame=frame)
        if topic == self.catalog.comparison and self.frames.hedge_asked(words, frame):
            # "did trust nearly double?" → "what's 'nearly' in exact numbers?": the change
            return Decision(self.catalog.comparison, RESOLVED, frame=frame)
        if self.frames.parts_set_against(words):
            # «қаралмағандар қаралғандардан көп пе? неше мыңға?»: the considered, and the gap
            return Decision(REPORTS_CONSIDERED, RESOLVED, frame=frame)
        if frame.count_checked:
            # "I calculated 101 of 160 trust at 63 %, right?": the share applied to their whole,
            # and their count set against it
            whole = replace(frame, per=frame.count_checked[1])
            return Decision(self.catalog.per_people[self.catalog.level], RESOLVED, frame=whole)
        if self._reason_stepped(slots, frame, topic):
            # "corruption, prevention, and the third?", «бірінші себебі не?» after the reasons:
            # the reason the ordinal points at, not the first measurement or a reason named
            step = self.catalog.ordered_step(slots.order or "", topic)
            return Decision(step, RESOLVED, frame=frame)
        if self._other_reason_after_one(words, frame, topic):
            # "why distrust? corruption?" → "and the other reason?": the next reason
            return Decision(self.catalog.ordered_step("next", topic), RESOLVED, frame=frame)
        if self._rest_in_another_year(words, slots, frame, topic):
            # "who are the other 37?" → "and the rest in 2019?": the same rest, that year
            return self._series_decision(self._series_of(topic), slots, frame, RESOLVED)
        if topic is not None and self._more_of_a_reason(slots, topic):
            more = self.catalog.intents[topic].more
            return self._refine(more, RESOLVED, replace(slots, content=()), frame, topic)
        if self._rounding_asked(frame, topic) or self._checked_again(slots, frame, topic):
            # "more precise? to one decimal?", «реально в два? посчитай поточнее» after a
            # figure: the same figure
            return self._follow_up(replace(slots, content=(), more=False), frame, topic)
        if self._points_between_measurements(words, frame):
            # "how many points between the two measurements?", «екі өлшеудің айырмасы неше
            # тармақ?»: the change, not the gap between trust and distrust
            return Decision(self.catalog.comparison, RESOLVED, frame=frame)
        if self._ratio_multiplied(frame):
            # "38 × 1.66 ≈ ?", «38 умножить на 1,66»: the growth checked, no homework
            return Decision(self.catalog.comparison, RESOLVED, frame=replace(frame, offtopic=False))
        if self.frames.data_country_asked(words, frame):
            # "which country is this data for?": the publication, which names Kazakhstan
            return Decision(PUBLICATION, RESOLVED, frame=replace(frame, country=None))
        if self._answer_in_the_article(words, frame, topic):
            # «полиция жабық жүйе» → the reform's story → «көршім осылай дейді, мақалада бар ма?»:
            # that answer, which is the article's
            return Decision(topic or "", RESOLVED, frame=frame)
        in_words = self._asked_in_words(words, frame, topic)
        if in_words is not None:
            return in_words
        if frame.country or frame.offtopic:
            return Decision(OUT_OF_SCOPE, RESOLVED, frame=frame)
        if self._distrusting_counted(words, frame, topic):
            # "how many are like that, in percent?" after why people distrust: the distrusting
            plain = replace(frame, measure=None, group=None)
            return Decision(DISTRUST_LEVEL, RESOLVED, frame=plain)
        if self._deputy_on_a_reason(frame):
            # "…his wife's complaint was never looked at. What did the deputy say about
            # complaints?": her reason, the formalism; the place of the story is no breakdown
            hers = self.catalog.quoted.intents[frame.about or ""]
            return Decision(hers, RESOLVED, frame=replace(frame, group=None))
        if self.frames.rural_hardship_asked(words, frame):
            return Decision(PREVENTION, RESOLVED, frame=replace(frame, group=None))
        if frame.half_named and frame.about == OFFENCE_REPORTS and not (frame.per or frame.years):
            # "half of 800k is 400k, how far above half are the unconsidered?": both parts, and
            # the unconsidered set against half of all
            return Decision(REPORTS_CONSIDERED, RESOLVED, frame=frame)
        if self._level_judged(frame):
            # "is 63 % a lot or a little?": the deputy's word for it, the figures and the rest
            return Decision(ASSESSMENT, RESOLVED, frame=frame)
        if self._fraction_checked_after_trust(frame, topic):
            # «больше шести из десяти, верно?» after the level: the level, set against it
            return Decision(self.catalog.level, RESOLVED, frame=frame)
        if self.frames.poll_to_make(words):
            return self._no_figure(frame, "poll")  # "how do I run a poll in my group?": /poll
        target = self._target_short_of(words, frame, topic)
        if target is not None:
            # "how many points short of 80 %?", «80 пайызға жету үшін қанша керек?»: the split,
            # with the latest level taken from that target
            asked = replace(frame, short_of=target, forecast=False, years=())
            return Decision(TRUST_SPLIT, RESOLVED, frame=asked)
        if spans(words, self.frames.bot_doubted):
            # "are you biased? you only quote one MP", «саған сенуге бола ма?»: where the bot's
            # figures come from, which is all it can say of itself
            return Decision(SOURCE, RESOLVED, frame=replace(frame, institution=None))
        named = frame.about or frame.numbers or frame.trust or frame.police
        if spans(words, self.frames.fake_called) and not named:
            # "is this fake? who's even saying this?": where the figures come from
            return Decision(SOURCE, RESOLVED, frame=frame)
        if self._shares_ranked(words, slots, frame):
            # "which is bigger: trust or the share of reports left unconsidered?", "rank these"
            # (a year named is one of the shares, not a year asked of all of them)
            return Decision(FIGURES_RANKED, RESOLVED, frame=replace(frame, years=()))
        if self._her_word_for_the_growth(words, frame):
            return Decision(ASSESSMENT, RESOLVED, frame=frame)  # "she calls that insignificant?"
        if topic == ASSESSMENT and self._reform_judged(frame, words):
            return Decision(ASSESSMENT, RESOLVED, frame=frame)  # "so the reform failed?"
        said = self._her_phrase_said_back(words)
        if said is not None:
            return Decision(said, RESOLVED, frame=frame)  # «"и на этом всё" — про кого?»
        meant = self._her_phrase_meant(words)
        if meant is not None:
            return Decision(meant, RESOLVED, frame=frame)  # "'dragged out' — what's meant?"
        if self.frames.inspectors_part_asked(words):
            return Decision(PREVENTION, RESOLVED, frame=frame)  # «а участковые тут при чём?»
        if self.frames.her_criticism_asked(words, self.catalog.pronoun_word):
            return Decision(DEPUTY, RESOLVED, frame=frame)  # "is she critical of them?"
        old = self.frames.asks_the_old_police(words, before_reform=frame.before_reform)
        old = old or self.frames.old_distrust_asked(words, frame)
        if old and not (
            frame.counted or frame.numbers or frame.years or (frame.span and frame.trust)
        ):
            # "what was it like before?", "why did people barely trust it back then?"
            return Decision(REFORM, RESOLVED, frame=frame)
        if self._criticised_for(words, frame):
            return Decision(REASONS, RESOLVED, frame=frame)  # "what are we criticised for?"
        if self._sources_of_every_figure(words, frame):
            return Decision(SOURCE, RESOLVED, frame=frame)  # "the sources of all the figures?"
        if self._reasons_listed(words, frame):
            return Decision(REASONS, RESOLVED, frame=frame)  # «үш себепті атап беріңізші»
        reason = None if slots.order else self._reason_picked(words, frame)
        if reason is not None:
            return Decision(reason, RESOLVED, frame=frame)  # "which reason is about reports?"
        if self.frames.figure_hers_asked(words, frame):
            return Decision(SOURCE, RESOLVED, frame=frame)  # «500 мың депутаттың өз дерегі ме?»
        if self._direction_asked(words, frame) or self._level_reached_asked(words, frame):
            # «сенім өсіп жатыр ма әлде түсіп жатыр ма?»: the change, 38 → 63; "it went up, up
            # to what?", «до скольки?»: the change, ending at today's level
            return self._refine(self.catalog.comparison, RESOLVED, slots, frame, topic)
        if self._change_summed(frame):
            # «63-38 = 25%? правильно я посчитал?»: the asker's own sum of the change, checked
            # (25 points, not per cent), whatever the words came near
            return self._refine(self.catalog.comparison, RESOLVED, slots, frame, topic)
        rests = self._rests_quoted(frame)
        if len(rests) > 1 and frame.cause and not (frame.counted or frame.per or frame.years):
            # "why 37 % and not 62 %?": each the rest of trust in its year (62 only computed,
            # 100 - 38 in 2019), not the reasons for distrust
            return self._series_decision(
                DISTRUST, replace(slots, years=rests), replace(frame, cause=False), RESOLVED
            )
        if self._distrust_then_and_now(slots, frame):
            # "how many distrusted at the start and how many now?": the rest of trust in the
            # first and the latest year (62 only computed, 100 - 38)
            levels = self._levels()
            ends = (levels[0].period, levels[-1].period)
            return self._series_decision(DISTRUST, replace(slots, years=ends), frame, RESOLVED)
        if self._sum_checked_of_them(words, frame, topic):
            # "so they don't trust at all?" after the 37 %: the sum read as one of its parts
            return self._no_figure(frame, "partly_quoted")
        if self._sum_told_against(words, frame):
            return self._no_figure(frame, "partly_quoted")  # "37 are those fully against them?"
        if self.frames.she_herself_trusts(words, frame):
            return Decision(DEPUTY_STANCE, RESOLVED, frame=frame)  # «она сама-то верит полиции?»
        if self._her_own_attitude(words, frame):
            return Decision(DEPUTY_STANCE, RESOLVED, frame=frame)  # "her personal view of police?"
        if self._basis_of_police_work(words, frame):
            # "what's the basis for saying the police response is poor?": the figures behind
            # it, the reports left unconsidered, and their source
            return Decision(SOURCE, RESOLVED, frame=replace(frame, about=OFFENCE_REPORTS))
        if frame.cause and frame.trust and frame.unconsidered and frame.about == OFFENCE_REPORTS:
            # "500k unconsidered and trust at 63 % — are they linked?": the formalism behind both
            return self._refine(
                self.catalog.quoted.intents[OFFENCE_REPORTS], RESOLVED, slots, frame, topic
            )
        if self._trust_elided_after_not(slots, frame, topic):
            # "and how many wouldn't?" after how many trust: those who do not
            of_year = replace(frame, years=slots.years)
            return Decision(self.catalog.level_complement, RESOLVED, slots.years, frame=of_year)
        if self._doubling_checked(words, frame, topic):
            # "but the deputy said almost twice — was she wrong?" after the growth: ×1.66
            return self._refine(self.catalog.comparison, RESOLVED, slots, frame, topic)
        if self._improvement_argued(words, frame):
            # "give me arguments that the police got better": the change the figures show
            return self._refine(self.catalog.comparison, RESOLVED, slots, frame, topic)
        if self._inspector_unanswered(words, frame):
            # "our district officer ignores the chat for a month, is it like that everywhere?":
            # the inspectors' unresponsiveness the deputy names
            return Decision(self.catalog.quoted.intents[INSPECTORS], RESOLVED, frame=frame)
        if self._changed_for_inspectors(words, frame, topic):
            # "salary, package — what else changed for them?", «какие минусы у реформы
            # участковых?»: what the reform did for them, and the complaints
            return Decision(self.catalog.quoted.intents[INSPECTORS], RESOLVED, frame=frame)
        if self._inspectors_pay_raised(words, frame, topic):
            # "did their salaries go up after the reform?" after the inspectors: it raised them
            return Decision(self.catalog.quoted.intents[INSPECTORS], RESOLVED, frame=frame)
        if self._offences_besides_bribes(words, frame, topic):
            # "а кроме взяток?" after the corrupt offences: the ones she names, bribes and fraud
            offences = self.catalog.often.get(topic or "", self.catalog.often[CORRUPTION_ONE_IN])
            return Decision(offences, RESOLVED, frame=frame)
        if self._other_reasons(words, frame, topic):
            return Decision(REASONS, RESOLVED, frame=frame)  # "other reasons besides corruption?"
        if topic == REASONS and self.frames.only_else_asked(words):
            # "and what else?" after the three reasons: her further point, the crimes hidden
            return Decision(CONCEALMENT, RESOLVED, frame=frame)
        if topic == REFORM and self._reform_followed_up(words, frame):
            return Decision(REFORM, RESOLVED, frame=frame)  # "so what changed, and when?"
        if spans(words, self.frames.undecided) and (frame.trust or frame.counted or frame.share):
            return self._no_figure(frame, "undecided")  # "how many said 'hard to say'?"
        if self._count_per_time(words, frame, topic):
            return self._no_figure(frame, "per_time")  # "how many reports a day is 800k?"
        if self._sum_of_others(words, frame):
            return Decision(OUT_OF_SCOPE, RESOLVED, frame=frame)  # "calculate 15 % of 240,000"
        if self.frames.asks_the_bot(words):
            return self._no_figure(frame, "opinion")  # "а ты сам полиции доверяешь?"
        if self._why_from_the_first_year(slots, frame):
            # "why is it counted from 2019?": the reform's story, with the measurements since
            return Decision(self.catalog.measuring_started, RESOLVED, frame=frame)
        if self.frames.author_asked(words, frame):
            return self._no_figure(frame, "author")  # "who wrote the article?"
        if self._inspectors_in_villages(words, frame, topic):
            return Decision(self.catalog.quoted.intents[INSPECTORS], RESOLVED, frame=frame)
        if self.frames.reform_story_named(words, frame) or self.frames.ten_related(words, frame):
            return Decision(
                REFORM, RESOLVED, frame=frame
            )  # "after what did society demand change?"
        if self.frames.outlet_named(words, frame):
            return Decision(PUBLICATION, RESOLVED, frame=frame)  # «қай сайтта шыққан?»
        if topic == DEPUTY and self.frames.only_herself(words):
            return Decision(DEPUTY_STANCE, RESOLVED, frame=frame)  # «ал өзі ше?» after who she is
        if self.frames.source_spoken_of(words, frame, topic):
            return Decision(SOURCE, RESOLVED, frame=frame)  # «кто говорит про 500 тысяч?»
        if self.frames.speaker_asked(words, frame):
            return Decision(DEPUTY, RESOLVED, frame=frame)  # «кто там цитируется?»
        if self.frames.like_me_asked(words):
            # "I don't trust them myself… many like me?": the rest of 100 %, or the level
            level = self.catalog.level
            side = (
                self.catalog.operations["complement"][level] if self.frames.denies(words) else level
            )
            return self._refine(side, RESOLVED, slots, frame, topic)
        if self.frames.article_dated(words, frame):
            # "the article is from 2024, right?": its date answers, not a trust figure for 2024
            return Decision(PUBLICATION, RESOLVED, frame=frame)
        if self.frames.only_when(words):
            # "а это когда было?" after the reform: its answer dates it (2018); after an answer
            # of words or of no topic (the source), when it was said: the publication
            dated = topic in self.catalog.figure_intents or topic in self.catalog.dated
            of_topic = topic if topic is not None and dated else PUBLICATION
            dating = self.book.quoted(frame.numbers)
            if dating and dating[0][0] in self.catalog.series:
                # "38 % — это за какой год?": the figure quoted dates itself
                metric, period = dating[0]
                return self._series_decision(
                    metric, replace(slots, years=(period,)), frame, RESOLVED
                )
            return self._refine(
                self._quoted_intent(frame) or of_topic, RESOLVED, slots, frame, topic
            )
        if self._reason_pointed_to(words, frame, topic):
            # "what does that point to, according to the deputy?" after the reports: formalism
            pointed = replace(frame, operation="value")  # "point to" names no points
            return Decision(self._meant_by(topic or ""), RESOLVED, frame=pointed)
        if topic is not None and self.frames.only_meaning_asked(words):
            # "and what does that mean?" after the reports left unconsidered: formalism
            return self._refine(self._meant_by(topic), RESOLVED, slots, frame, topic)
        if topic is not None and self.frames.only_explained_again(words):
            # "explain it like I'm ten": the last answer again ("explain" asks no cause here)
            return self._refine(topic, RESOLVED, slots, replace(frame, cause=False), topic)
        if topic is not None and self._consequences_asked(words, topic):
            return self._refine(topic, RESOLVED, slots, frame, topic)  # "and its consequences?"
        if self._unconsidered_consequences(words, frame):
            # "what can happen if reports go unconsidered?": offenders go unpunished, she says
            return Decision(self.catalog.unconsidered, RESOLVED, frame=frame)
        if topic in self.catalog.figure_intents and self.frames.only_judged(words):
            return Decision(self.catalog.judged, RESOLVED, frame=frame)  # "is that good?"
        worded = self._figure_to_word(words, frame, topic)
        if worded is not None:
            the_rest = self.catalog.operations["complement"][self.catalog.level]
            parted = frame.separately or self.frames.names_a_part(words)
            if worded == the_rest and parted and self.frames.phrasing_how.first(words):
                # "…so it doesn't read as 37 % not trusting at all": what the parts are
                return Decision(PARTLY_MEANING, RESOLVED, frame=frame)
            # "how do I phrase that so it's not misleading?": the figure with what it does and
            # does not say
            return self._refine(worded, RESOLVED, slots, frame, topic)
        if self.frames.partly_meaning_asked(words, frame) or self._makeup_of_the_rest(words, frame):
            # "what does 'partly' mean?", "what does the 37 % consist of?"
            return Decision(PARTLY_MEANING, RESOLVED, frame=frame)
        applied = self._quoted_share_applied(frame)
        # "63% of 500", «37% от 300?»; "500 staff at our hospital, if nationally it's 63…"
        if applied is not None and (not slots.content or (frame.place and frame.nationwide)):
            return Decision(applied, RESOLVED, frame=frame)
        if not slots.years and self._difference_after_first(words, topic):
            # "на сколько?", "by how much?" after the first measurement: the change since it
            return self._refine(self.catalog.comparison, RESOLVED, slots, frame, topic)
        if not self.frames.topic_said(slots, words):  # "and in 2019?", "and by the 2019 figure?"
            return self._follow_up(replace(slots, content=()), frame, topic)
        if self._corrected(slots, topic):
            return self._follow_up(replace(slots, content=()), frame, topic)  # "no, I meant 2019"
        if self._only_compares(words, slots, topic):
            return self._follow_up(replace(slots, compare=True), frame, topic)
        if self._share_of_topic(slots, frame, topic):
            return self._refine(topic or "", RESOLVED, slots, frame, topic)  # "what percent?"
        if self._asked_of_them(words, slots, frame, topic):
            return Decision(topic or "", RESOLVED, frame=frame)  # «а что им дали?»
        if self._inspectors_trusted_after(words, frame, topic):
            return self._no_figure(frame, "group")  # «а им доверяют?» after the inspectors
        if self._inspectors_doings_after(words, frame, topic):
            return Decision(topic or "", RESOLVED, frame=frame)  # "and the house chats?"
        if topic is not None and self.frames.asks_provenance(words, slots.content):
            # "is that from the prosecutors too?": the source of the figure under discussion,
            # whichever source the asker supposed
            return Decision(SOURCE, RESOLVED, frame=replace(frame, about=None))
        if self._counted_figure(frame.about) and self.frames.sources_a_named_figure(words, frame):
            # "кто источник цифры про каждого седьмого?": that figure's source
            return Decision(SOURCE, RESOLVED, frame=replace(frame, institution=None))
        if topic is not None and self._figures_of_topic(slots, frame, topic):
            # "а цифры какие-то есть по этому?" after the formalism: its 800 / 500 thousand
            return self._refine(topic, RESOLVED, slots, frame, topic)
        if self.frames.asks_whose_data(words):
            return Decision(SOURCE, RESOLVED, frame=replace(frame, about=None))  # "МВД или опрос?"
        if frame.institution and self.frames.names_the_source_institution(words):
            figures = self.book.quoted(frame.numbers)
            if figures:
                # "is the 63 % from the General Prosecutor's Office?": that figure's source
                return Decision(SOURCE, RESOLVED, frame=replace(frame, about=figures[0][0]))
            if topic is None and len(slots.content) == 1 and not frame.counted:
                # «прокуратура», "prosecutor's office" alone: what it is the source of
                return Decision(SOURCE, RESOLVED, frame=replace(frame, about=OFFENCE_REPORTS))
        # "teaching my kid the police number before school starts": the number, not the school
        dialled = self.frames.calls_emergency(words) and not frame.trust
        if frame.institution and not (EMERGENCY_VALUES.intersection(frame.numbers) or dialled):
            # (a fight outside the school, "102 or 112?": whom to call, not the school)
            return Decision(OUT_OF_SCOPE, RESOLVED, frame=frame)
        if frame.detail or self.frames.her_contacts(words):
            return self._no_figure(frame, "person")  # her age, party, phone: not in the article
        measured_in = self._year_of_a_quoted_level(words, slots, frame)
        if measured_in is not None:
            return measured_in  # "38 % — which year was that?"
        earlier = self._earlier_level_quoted(slots, frame)
        if earlier is not None:
            return earlier  # "was police trust 38 %?": in 2019, and now
        computed = self.computed_quoted(frame)
        if computed is not None and self.frames.computation.first(words) is not None:
            # "why 1.66, how did you get it?": the computation asked, not a cause
            return self._refine(computed, RESOLVED, slots, replace(frame, cause=False), topic)
        # a quoted 102 asks the numbers, unless the message is about what they are not for ("call
        # me a taxi to Abay 102")
        unfit = EMERGENCY_NUMBERS in self.catalog.unfit(words)
        quoted_number = EMERGENCY_VALUES.intersection(frame.numbers) and not unfit
        # "а если скорая нужна?" after the police's number
        service = topic == EMERGENCY_NUMBERS and self.frames.emergency_services.first(words)
        # "who do I call?" after a crime told, not "the lift is broken, who do I call?"
        whom = self.frames.asks_whom_to_call(words) and not unfit
        calls = self.frames.calls_emergency(words) or whom
        if (quoted_number or service or calls) and not frame.trust:
            return Decision(EMERGENCY_NUMBERS, RESOLVED, frame=frame)  # unless waited (decide)
        zone = self.frames.time_zone_named.first(words) or self.frames.clock_compared_between(words)
        if zone and not frame.trust:
            return Decision(TIME_ZONE, RESOLVED, frame=frame)  # "since when is it UTC+5?"
        if self._own_poll_set_against_the_country(words, frame):
            # "the house chat voted, I said I trust. and nationally?": the country's level
            national = replace(frame, group=None, numbers=())
            return self._series_decision(self.catalog.default_series, slots, national, RESOLVED)
        compared = frame.compare or self.frames.comparatives.first(words)  # «жоғары ма?»
        if frame.group and (frame.average or (frame.nationwide and compared)):
            return self._no_figure(frame, "group")  # a region set against the country's average
        set_against = frame.group and self.frames.group_set_against(words)
        if set_against and frame.trust and (compared or frame.others) and not frame.years:
            return self._no_figure(frame, "group")  # "do pensioners trust more than the rest?"
        asks_which = frame.operation in ("value", "percent")  # "63 % — national or a city's?"
        # "по всей стране или по городам?", «это по всей стране или где?»
        place_asked = frame.group or self.frames.where_asked.first(words) is not None
        # "we just moved to Almaty; what's trust across the whole country?": the city is where
        # the asker lives now, the national level is asked, not where the figure is from
        moved = self.frames.introduction.first(words) is not None
        if frame.nationwide and place_asked and not frame.counted and asks_which and not moved:
            return Decision(SOURCE, RESOLVED, frame=frame)
        topical = [w for w in slots.content if w not in self.frames.of_total]
        short = len(topical) <= SHORT_FOLLOW_UP
        rest_of = self.catalog.operations["complement"].get(self.catalog.comparison)
        rest = self.frames.names_rest(words) or self.frames.names_affirmed(words)
        if short and topic == rest_of and rest:
            # "and the rest?", "so the rest trust?", "and those who do?" after the distrust
            # (its year kept): those who trust
            return self._series_decision(self.catalog.default_series, slots, frame, RESOLVED)
        counted_side = self._rest_of_a_count(topic)
        if short and rest and counted_side is not None:
            # "and the others?", «ал қалғаны?» after 630 of 1,000 trusting: the rest of that
            # count (`_per_kept` applies the other side to it)
            return Decision(counted_side, RESOLVED, frame=frame)
        if frame.regions_counted:
            # "how many regions, and trust for each?", «а сколько регионов вообще?» after
            # a region's trust: how many, and that there is no breakdown
            missing = "group" if frame.trust else frame.missing
            return Decision(REGIONS, RESOLVED, frame=replace(frame, missing=missing))
        # "а в сёлах?", "what about young people like students?" after a trust figure
        of_group = [w for w in topical if w not in self.frames.people]
        if (
            frame.group
            and len(of_group) <= SHORT_FOLLOW_UP
            and topic in self.catalog.figure_intents
        ):
            return self._no_figure(frame, "group")
        if frame.nationwide and short and topic in self.catalog.figure_intents:
            return self._refine(topic, RESOLVED, slots, frame, topic)  # "and nationally?"
        asked_of_level = frame.operation not in ("ratio", "points", *NEGATED_TRUST)
        yearly = self.frames.yearly_average(words) and (frame.trust or frame.growth)
        # "how much did it grow and over how many years?" (not "in how many years did it go
        # from 38 to 63?", where only the years are asked)
        grown_over = frame.growth and frame.years_counted and self.frames.counts_twice(words)
        if (yearly or grown_over) and not frame.group:
            # "4.2 points a year?", "how much did it grow and over how many years?": the change
            # over the years between the measurements
            return Decision(GROWTH_PER_YEAR, RESOLVED, frame=frame)
        picked = spans(words, self.frames.which_of_them) and spans(words, self.frames.most)
        if picked and frame.trust and not (frame.years or frame.cause):
            return self._no_figure(frame, "group")  # "…and which of them trusts the most?"
        fraction = frame.fraction and asked_of_level and not slots.years
        if fraction and (frame.trust or topic == self.catalog.level):
            return Decision(TRUST_FRACTION, RESOLVED, frame=frame)  # "trust as a decimal?"
        pressed = frame.figure or frame.growth  # "2026 жылы жоғары бола ма? сан бер"
        if self._future(frame) and (short or frame.trust or frame.counted or pressed):
            return self._no_figure(frame, "forecast")  # "2030 жылы қанша болады"
        within = self._within_a_year_asked(words, slots, frame, topic)
        if within is not None:
            return self._no_figure(frame, within)  # "по месяцам 2025", "quarter by quarter"
        if self._years_between_asked(words, slots):
            # "in which year between 2019 and 2025 was it lowest", "how did it change year by
            # year", "which year in between was the peak?": the years between were never measured
            return self._no_figure(frame, "between")
        if frame.forecast and (
            frame.trust
            or frame.counted
            or (frame.growth and bool(frame.years))  # "forecast for 2026? will it keep rising?"
            or topic in self.catalog.figure_intents
        ):
            return self._no_figure(frame, "forecast")
        of_police = self.catalog.share_of_police.get(topic or "")
        if of_police and not (frame.trust or slots.years) and self.frames.all_police(words):
            # "so that's every officer?" after the offenders' share: no share of the police
            return Decision(of_police, RESOLVED, frame=frame)
        if frame.often and (topic in self.catalog.often or frame.about in self.catalog.often):
            # "а какие преступления чаще?" after corruption: the offences it names
            subject = self.catalog.often.get(topic or "") or self.catalog.often[frame.about or ""]
            return self._refine(subject, RESOLVED, slots, frame, topic)
        if frame.measure == "headcount" and short and slots.years and self._of_trust(topic):
            # "ладно, а полиции в 2019 сколько было?" back from the courts: trust, elided (a
            # headcount asked with no year stays one: "а сколько всего полицейских?")
            frame = replace(frame, measure=None, trust=True)
        if self._rest_misadded(words, frame):
            # "63 trust and 47 don't, correct?": the rest of 100 is 37, not the number told
            return Decision(TRUST_SPLIT, RESOLVED, frame=frame)
        split = (self.catalog.level, self.catalog.level_complement, TRUST_SPLIT)
        added_up = HUNDRED in frame.numbers and self.frames.added_up.first(words) is not None
        if topic in split and added_up:
            return Decision(TRUST_SPLIT, RESOLVED, frame=frame)  # "do they add up to 100?"
        if frame.reopened_counted and self._about_reports(topic):
            return self._no_figure(frame, "reopened")  # «қаншасы ашылды?» after the reports
        if spans(words, self.frames.one_in_asked) and not (frame.trust or frame.per):
            # "one in how many is a police officer?", «нешеуінің бірі полицей?»: the one in seven
            return Decision(self.catalog.quoted.intents[CORRUPTION_ONE_IN], RESOLVED, frame=frame)
        of_offenders = frame.per is not None and frame.per >= SMALLEST_GROUP  # not "out of 7"
        if of_offenders and frame.about == CORRUPTION_ONE_IN and not frame.trust:
            # "one in seven out of 210 offenders": the one in seven applied to that count
            one_in = self.catalog.quoted.intents[CORRUPTION_ONE_IN]
            return Decision(self.catalog.per_people[one_in], RESOLVED, frame=frame)
        worked_out = frame.operation in ("ratio", "points", "remainder", "percent")
        worked_out = worked_out or frame.per is not None
        if frame.counted and frame.unconsidered and self._about_reports(topic) and not worked_out:
            # «а сколько из них проигнорили?» after the reports: those left unconsidered
            return Decision(self.catalog.quoted.intents[OFFENCE_REPORTS], RESOLVED, frame=frame)
        # a count of our own (800 or 500 thousand) quoted is no claim to check
        claimed = frame.numbers and not (frame.counted or frame.per or self._reports_quoted(frame))
        if frame.unconsidered and claimed and frame.about == OFFENCE_REPORTS:
            # "a friend says 600k reports were dismissed, true?": a count of them claimed, checked
            return Decision(self.catalog.quoted.intents[OFFENCE_REPORTS], RESOLVED, frame=frame)
        shared = frame.operation == "percent" and frame.per is None  # not "…of 1,000 reports"
        if frame.unconsidered and shared and self._reports_quoted(frame):
            # «800 мыңнан неше пайызы қаралмаған»: the share left unconsidered, whatever the
            # matcher found nearest (a share of the police)
            return Decision(self.catalog.quoted.intents[OFFENCE_REPORTS], RESOLVED, frame=frame)
        of_reports = self._about_reports(topic) or frame.about == OFFENCE_REPORTS
        if self._why_few_considered(frame) and of_reports:
            # "how many were left unconsidered?" → "and why do they review so few?"
            return Decision(self.catalog.quoted.intents[OFFENCE_REPORTS], RESOLVED, frame=frame)
        if self._considered_after_reports(words, frame, topic) and frame.operation != "ratio":
            # "so only 200k were looked at?" after those left unconsidered: the considered
            considered = self.catalog.operations["complement"][
                self.catalog.quoted.intents[OFFENCE_REPORTS]
            ]
            return Decision(considered, RESOLVED, frame=frame)
        if frame.crimes_counted and self._reports_quoted(frame):
            return self._no_figure(frame, "crimes")  # "how many of the 800k were actual crimes?"
        if frame.measure == CRIMES and self._reports_quoted(frame):
            # "'800,000 crimes in 2025' — accurate?": reports of offences, not crimes, as told
            return self._refine(
                self.catalog.quoted.intents[OFFENCE_REPORTS], RESOLVED, slots, frame, topic
            )
        if frame.measure:
            return self._no_figure(frame, MEASURE_ANSWERS.get(frame.measure, "measure"))
        if frame.indexed and self.measured(frame.years):
            # "if 2019 = 100, what's the 2025 index?": the change, with the index computed
            return self._refine(self.catalog.comparison, RESOLVED, slots, frame, topic)
        if topic in self.catalog.unmeasured and self._counted_after_words(slots, frame, topic):
            # «қаншаға? қазір қанша алады?» after the inspectors' pay rise: no figure is given
            return self._no_figure(frame, "unmeasured")
        first = self.catalog.series[self.catalog.default_series].first
        if frame.trust and frame.before_reform and frame.first and first and not frame.years:
            return self._refine(first, RESOLVED, slots, frame, topic)  # "до реформы… самое первое"
        why = frame.cause and not (frame.counted or frame.share)  # "почему раньше не доверяли?"
        if frame.trust and frame.before_reform and not frame.years and not why:
            return self._no_figure(frame, "before_reform")  # "какое было доверие до реформы"
        # "а в 2018, до реформы?" after a trust figure asks that year's figure, not the reform
        figure_topic = topic in self.catalog.figure_intents and short
        before = frame.before_reform and not frame.cause and (frame.past or figure_topic or short)
        measured = [year for year in frame.years if self.measured((year,))]
        # the line is drawn between the two measurements, not asked for years it would give
        between = len(measured) > 1 or not frame.years
        unmeasured = len(frame.years) - len(measured) <= 1
        if self.frames.interpolates(words) and between and unmeasured:
            # "can I draw a line from 2019 to 2025 to estimate 2022?", «построить тренд по
            # годам»: two measurements only, nothing measured between them to draw through
            return Decision(MEASUREMENT_YEARS, RESOLVED, frame=frame)
        # "a neighbour says it was 70 % in 2022, right?": a share quoted for a year is asked too
        asked_then = frame.trust or before or frame.share
        if asked_then and not self.measured(frame.years):
            if self._beside_a_measured_year(frame, words):
                # "trust in 2025 and in 2022?": the measured year's figure, the other said missing
                return self._series_decision(self.catalog.default_series, slots, frame, RESOLVED)
            return self._no_year(frame)  # "trust in 2018, before the reform": whatever matched
        if self._level_of_a_year(slots, frame):
            # "…no inspector in her village, she says; so how much trust in 2019?": the level
            return self._series_decision(self.catalog.default_series, slots, frame, RESOLVED)
        if frame.years_counted and self._span_of_ours(slots, frame):
            return Decision(self.catalog.years_between, RESOLVED, frame=frame)  # "сколько лет"
        # "are there more who trust or who don't?": "more" sets the two against each other
        outnumbered = self.frames.outnumber.first(words) is not None
        split_asked = frame.operation in ("points", "ratio") or slots.compare or outnumbered
        # "how many times more do trust?" after the rest: those who trust against them
        after_the_rest = topic == rest_of and frame.operation == "ratio" and not frame.growth
        if ((frame.against and split_asked) or after_the_rest) and not self._past(slots.years):
            if frame.span and frame.claim:
                # "…nobody trusted then, he says; I say not much now: how much at first and
                # now?": both ends of the series, not those who trust against those who do not
                asked = replace(frame, operation="value")
                return Decision(self.catalog.comparison, RESOLVED, frame=asked)
            # "how many points more… than", "how many times more trust than not" (of the latest
            # year, the only one the split is known for, named or not)
            return Decision(TRUST_SPLIT, RESOLVED, frame=frame)
        if frame.both_counted and not (self._past(slots.years) or frame.first or frame.past):
            if frame.per:
                # "out of 1,000, how many trust and how many don't?": both counted out of it
                return Decision(self.catalog.per_people[TRUST_SPLIT], RESOLVED, frame=frame)
            return Decision(TRUST_SPLIT, RESOLVED, frame=frame)  # "how many trust, how many not"
        # "how far from 100?" after the level; "adds up to 100?" after the rest of it
        split_topics = (self.catalog.level, rest_of, TRUST_SPLIT)
        of_level = frame.trust or (topic in split_topics and short)
        if self._short_of_all(slots, replace(frame, trust=of_level)):
            return Decision(TRUST_SPLIT, RESOLVED, frame=frame)  # "how far is trust from 100?"
        if self._growth_in_percent(frame, topic):
            # "what's the percentage growth since 2019?", «38-ден неше пайызға көбейді?»: the
            # change, in per cent of the first level among it
            return self._refine(self.catalog.comparison, RESOLVED, slots, frame, topic)
        if short and frame.growth and self._compares(slots, topic) and not frame.cause:
            # "is that better than before?" after a figure: how it changed, whatever matched
            return self._refine(self.catalog.comparison, RESOLVED, slots, frame, topic)
        if (
            frame.partly_named
            and self._latest_level_quoted(frame)
            and not (slots.years or frame.per)
        ):
            # "does 'partly trust' count toward the 63 %?": no, the partly-trusting are in the
            # rest, with those who do not trust at all
            return Decision(TRUST_SPLIT, RESOLVED, frame=frame)
        # «мектепте 1000 бала, қаншасы сенер еді?»: the school only holds those trust is asked of
        # «25 родителей…, 63 процента это сколько?»: the parents are whom the share is of
        of_a_count = frame.per is not None and self.frames.share_quoted_in_percent(words)
        held = self.frames.without_group_places(words) if frame.trust or of_a_count else words
        if frame.every_figure:
            held = self.frames.without_acceptable(held)  # "…a bullet list is fine": no penalty
        if of_a_count:
            held = self.frames.members_counted_dropped(held)
        if self.frames.share_told(held, frame):
            held = held[held.index(str(frame.numbers[0])) :]  # «досым 70 пайыз сенеді дейді»
        # «из 16 заявлений соседей сколько не рассмотрят?»: the reports' share applied to a
        # count of reports, whoever filed them
        reports_applied = frame.per is not None and frame.about == OFFENCE_REPORTS
        if self.lexicon.refuses(held) and not (reports_applied and frame.counted):
            return Decision(OUT_OF_SCOPE, RESOLVED, frame=frame)
        passed, matched = self.catalog.unfit(words), words
        if self.frames.asker_abroad(words):
            # «Германиядағы қазақ диаспорасынанмын, Қазақстанда сенім қандай?»: the question less
            # where the asker is, and none of the refused phrasings
            passed = passed | {OUT_OF_SCOPE}
            matched = self.frames.without_asker_abroad(words)
        if frame.group is None:
            # "I came back from abroad last year, what is trust now?": the question less the
            # return ("people who returned from abroad" are a group asked about)
            matched = self.frames.without_return(matched)
        intent, similarity = self.matcher.best(
            matcher_words(matched, self.lexicon), passed_over=passed
        )
        if frame.cited and intent in self.catalog.cited_from:
            intent, similarity = self._uncited(words, intent, similarity)
        quoted = self._quoted_subject(frame, intent, similarity)
        if quoted is not None:
            intent, similarity = quoted, RESOLVED
        trust_series = self.catalog.series[TRUST]
        then = frame.first or frame.span or frame.past or slots.compare
        abroad = self.frames.asker_abroad(words)
        if intent == trust_series.first and slots.now and abroad and not then:
            intent = self.catalog.level  # «дайте ваши: сколько доверяют сейчас?»: now asked
        read = intent == PUBLICATION and spans(words, self.frames.read_somewhere)
        if read and frame.trust and frame.numbers:
            # «в 2019 доверяли 83 %? я где-то так прочитал»: the figure checked, not the article
            intent, similarity = self.catalog.level, RESOLVED
        of_trust = frame.trust or topic == self.catalog.comparison  # "did it grow a lot?"
        if of_trust and frame.growth and not (frame.cause or frame.numbers):
            intent = self.catalog.her_growth.get(intent, intent)  # "does she say it grew?"
        distrust = self.catalog.operations["complement"].values()
        negated = intent in distrust or frame.operation in ("complement", "distrust")
        # "a colleague says nobody trusts the police, is that true?": a claim checked
        claimed = frame.claim or (frame.checked and frame.operation in NEGATED_TRUST)
        # a share none of ours told in the claim ("nobody trusted, 20 % at most") is the claim's
        numbers_asked = bool(self.book.quoted(frame.numbers))
        if claimed and frame.span and not (slots.years or numbers_asked):
            # "…nobody trusts, they say; how many before, how many now?": both ends asked, of
            # trust (the "not" is the claim's)
            asked = replace(frame, operation="value")
            return self._refine(self.catalog.comparison, RESOLVED, slots, asked, topic)
        if negated and self._latest_trust_denied(words, slots, frame):
            # "so 63 % don't trust the police?": who trusts and who does not
            return Decision(TRUST_SPLIT, RESOLVED, frame=frame)
        # "nobody trusts here. what % for Shymkent?": the place's share is asked, not the claim
        by_group = frame.group is not None and (frame.counted or self.frames.breakdown_named(words))
        # "nobody trusted them before. what was the first measurement?": that measurement;
        # "400 residents, how many don't trust, by the statistics?": the share applied to them
        asked_of = slots.years or frame.numbers or frame.growth or by_group or frame.first
        asked_of = asked_of or (frame.per is not None and frame.per >= SMALLEST_GROUP)
        # "the not-at-all ones, exactly how many, without the partly?", «мүлде сенбейтіндер
        # нақты неше пайыз»: one part counted
        part_counted = frame.separately and frame.counted and (frame.partly_named or frame.precise)
        claim = claimed and not (asked_of or part_counted)
        if claim and (intent not in self.catalog.figure_intents or negated):
            # "nobody trusts the police, is that true?" matched the reasons, or the claim's own
            # "not" made it the distrust: who trusts and who does not
            return Decision(TRUST_SPLIT, RESOLVED, frame=frame)
        unmatched = similarity < self.catalog.threshold or intent in (*DECLINES, HELP)
        grew = frame.trust and (slots.compare or frame.growth) and not frame.cause
        told = unmatched or intent not in self.catalog.figure_intents
        if told and grew and self._only_the_first_year(slots):
            # «2019-дан бері сенім өсті ме, түсті ме?» came nearest a story: how it changed
            intent, similarity = self.catalog.comparison, RESOLVED
        elif grew and self._the_two_ends(slots) and frame.operation == "value":
            # "how did trust change from 2019 to 2025?": the change between them
            intent, similarity = self.catalog.comparison, RESOLVED
        elif told and grew and (frame.checked or frame.counted) and not slots.years:
            # "my grandson says trust is higher than before, is it so?": how it changed, also
            # when the story around it matched a story of words (the reform), and "how many
            # trust, it was fewer before?" counted: the two ends
            intent, similarity = self.catalog.comparison, RESOLVED
        level = self.catalog.level
        figure = frame.counted or frame.figure or frame.operation == "percent" or bool(slots.years)
        if self._rest_of_quoted(words, frame):
            return self._refine(self.catalog.level_complement, RESOLVED, slots, frame, topic)
        if self._rest_of_quoted_denial(words, frame):
            # the denial is the quoted figure's; what is asked is trust itself
            return self._refine(level, RESOLVED, slots, replace(frame, operation="value"), topic)
        if self._people_of_the_topic(words, slots, frame, topic, short):
            # "and how many people feel that way?" after the reasons: those who distrust
            intent, similarity = self.catalog.counted_as[topic or ""], RESOLVED
        if intent == self.catalog.level_complement and self.frames.affirms_trust(words):
            # «сенетін адамдар қанша» came nearest «сенбейтін…»: those who trust are asked
            intent = level
        if intent == HELP and frame.trust and figure:
            intent = level  # "сәлем, полицияға сенім қанша процент"
        if intent == OUT_OF_SCOPE and frame.trust and frame.police and figure:
            intent = level  # "POLICE TRUST NUMBER URGENT DUE TOMORROW"
        unsure = intent in (OUT_OF_SCOPE, HELP) or similarity < self.catalog.threshold
        if unsure and self._own_count_applied(words, frame):
            # "school of 700 pupils, apply the national trust share", "25 parents in our chat,
            # 37 % of them is how many?", «сыныпта 25 оқушы… нешеуі сенбейді?» (nearest a
            # reason, weakly): the share (the quoted one's side) applied to them
            intent, similarity = self._side_quoted(frame) or level, RESOLVED
        recalled = unmatched or intent in (*self.catalog.quoted.generic, SOURCE, PUBLICATION)
        if self._fraction_checked(frame):
            # "two out of three trust, right?", «үштен екісі сенеді, рас па?»: the level (the
            # rest where trust is denied), beside the fraction in per cent
            denied = frame.operation in NEGATED_TRUST and self.frames.trust_denied(words)
            intent = self.catalog.level_complement if denied else self.catalog.level
            return self._refine(intent, RESOLVED, slots, replace(frame, operation="value"), topic)
        if self.share_misremembered(frame) and recalled:
            # "I remember 2019 as 28 %. Correct?", «біреуі 36% дейді, дұрысы қанша?»: a share
            # none of ours, recalled or checked: the level (the year's, if one is named); "it
            # went from 48 to 63, right?": the change
            intent, asked = self._misremembered(words, frame)
            return self._refine(intent, RESOLVED, slots, asked, topic)
        if intent == OUT_OF_SCOPE and frame.article and not (frame.trust or frame.about):
            intent = PUBLICATION  # «дереккөзді қалай рәсімдеймін — қай басылым, қай күні»
        first = self.catalog.series[self.catalog.default_series].first
        if intent == HELP and frame.first and (frame.past or figure) and first:
            intent = first  # "а с чего начинали?" after a figure: «старт» is no /start command
        elif unmatched and frame.first and frame.counted and short and self._of_trust(topic):
            # «ал өлшей бастағанда қанша болған?» after the level: the first measurement
            intent, similarity = first or intent, RESOLVED
        about_her = (
            frame.trust or topic in self.catalog.person_intents or frame.reference == "pronoun"
        )
        if intent in self.catalog.cited_from and about_her and (frame.figure or frame.counted):
            # "what does she say about trust, what figure?", «ол қандай цифр айтты?» after who
            # she is: the level she cited
            intent = level
        elif frame.cited and frame.trust and frame.figure:
            # «депутат сенім бойынша қай цифрды келтірді?» came nearest a reason
            intent = intent if intent in self.catalog.figure_intents else level
        operated = self._operation_on(topic, frame) if short else None
        if operated is not None:
            return self._refine(operated, RESOLVED, slots, frame, topic)
        if similarity < self.catalog.threshold and short and self._compares(slots, topic):
            return self._refine(self.catalog.comparison, RESOLVED, slots, frame, topic)
        if similarity < self.catalog.threshold and frame.operation in ("points", "ratio"):
            return self._refine(self.catalog.comparison, RESOLVED, slots, frame, topic)
        if similarity < self.catalog.threshold:
            # «по Туркестанской области доверие какое», "the figure for Pavlodar?": a place beside
            # trust alone or a figure asked is asked of the police's trust too, unless a number
            # to call is asked ("number to call in Almaty")
            dialled = self.frames.calling.first(words) is not None
            figure = frame.figure and not dialled
            placed = frame.group and (frame.police or frame.trust or figure)
            if placed or (frame.police and frame.forecast):
                return self._no_figure(frame, "group" if frame.group else "forecast")
            # "the series' two ends for a chart: the first and the last", «басындағы және
            # қазіргі пайызды айтшы» with nothing before and nothing else named: the change
            alone = topic is None and not _names_more(frame)
            if frame.span and ((frame.trust and frame.police) or alone):
                return self._refine(self.catalog.comparison, RESOLVED, slots, frame, topic)
            figure = frame.counted or frame.figure or frame.operation == "percent"
            # "…so how many percent don't trust the police", "headline police-trust number",
            # «Курсивтегі мақалада неше пайыз деп жазылған», "police 2025 %?"
            bare = frame.police and frame.about is None and short
            # "and what figure did she give?" after what the deputy said: the level she cited
            her = topic in self.catalog.person_intents or frame.reference == "pronoun"
            cited = short and topic is not None and her
            if (frame.trust or frame.article or bare or cited) and (figure or frame.every_figure):
                # "the trust series: base year, base value, latest value — list them": the
                # level, which the figures asked for all turn into the summary; «сан жағынан
                # қанша?» after her view that trust grew "slightly": the change she judged
                judged = cited and topic == self.catalog.judged
                figures_of = self.catalog.comparison if judged else level
                return self._refine(figures_of, RESOLVED, slots, frame, topic)
            if frame.article and not (frame.trust or figure or frame.about):
                # «где об этом писали?»; "what does the article say?": the article in brief
                of_article = self.catalog.brief[PUBLICATION] if frame.brief else PUBLICATION
                return Decision(of_article, RESOLVED, frame=frame)
            if len(slots.years) > 1 and self.measured(slots.years) and frame.about is None:
                # "put 2019 and 2025 side by side in a table": both measurements, nothing else
                return self._series_decision(self.catalog.default_series, slots, frame, RESOLVED)
            if self._grown_since_first(words, frame):
                # «с 2019 года сколько прибавилось процентов?», «2019 дан бері неше пайыз
                # қосылды?»: the change since the first measurement
                return self._refine(self.catalog.comparison, RESOLVED, slots, frame, topic)
            return Decision(OUT_OF_SCOPE, 1.0 - similarity, frame=frame)
        if frame.figure and short and not frame.trust and intent in self.catalog.unmeasured:
            return self._no_figure(frame, "unmeasured")  # "any numbers for the prevention one?"
        if frame.figure and frame.trust and not frame.cause and intent in self.catalog.unmeasured:
            # "drop the trust-in-cops number, arguing w my neighbour": trust's figure asked, a
            # word of the story came nearest a reason
            intent = level
        if intent == REFORM and self._given_to_inspectors(words, frame):
            # "the inspectors were reformed, what did they get?": what the reform gave them
            intent = self.catalog.quoted.intents[INSPECTORS]
        return self._refine(intent, similarity, slots, frame, topic)

    def _given_to_inspectors(self, words: list[str], frame: Frame) -> bool:
        """What the inspectors were given («что им дали», «не берді», "what did they get"),
        with no trust and no figure asked."""
        plain = not (frame.trust or frame.counted or frame.numbers or frame.years)
        given = self.frames.given.first(words) is not None
        return frame.about == INSPECTORS and given and plain

    def _people_of_the_topic(
        self, words: list[str], slots: Slots, frame: Frame, topic: str | None, short: bool
    ) -> bool:
        """People counted in a short follow-up of an answer that `counted_as` names ("и сколько
        таких людей?" after the reasons), with nothing else asked: no trust word, no year, no
        number, no other subject."""
        return (
            topic in self.catalog.counted_as
            and short
            and frame.counted
            and not (frame.trust or slots.years or frame.numbers or frame.about)
            and self.frames.people.first(words) is not None
        )

    def _level_of_a_year(self, slots: Slots, frame: Frame) -> bool:
        """Trust counted (or its figure asked) in one measured year, nothing else asked of it
        (no change, no comparison, no cause, no other operation): that year's level, whatever
        a story around it matched."""
        plain = frame.operation in ("value", "percent") and not (
            frame.growth or slots.compare or frame.cause or frame.claim or frame.numbers
        )
        return (
            plain
            and frame.trust
            # "what did trust start at in 2019?": where it started, that year's figure
            and (frame.counted or frame.figure or frame.with_first)
            and not (frame.span or frame.group or frame.exactly_twice)
            and len(slots.years) == 1
            and self.measured(slots.years)
        )

    def _rest_of_quoted(self, words: list[str], frame: Frame) -> bool:
        """A trust level quoted, then the ones who do not trust asked: the complement."""
        change_of = self.catalog.quoted.change_of
        quoted = any(metric == change_of for metric, _ in self.book.quoted(frame.numbers))
        return frame.trust and quoted and self.frames.denied_after_number(words)

    def _rest_of_quoted_denial(self, words: list[str], frame: Frame) -> bool:
        """The distrust quoted, then those who trust asked: the complement, the trust level."""
        change_of = self.catalog.quoted.change_of
        denials = {n for n, s in self.catalog.series.items() if s.complement_of == change_of}
        quoted = any(metric in denials for metric, _ in self.book.quoted(frame.numbers))
        own = self.frames.own_denial(words)  # "I don't trust them, but what % do?"
        return (quoted or own) and self.frames.affirmed_after_denial(words)

    def _uncited(self, words: list[str], intent: str, similarity: float) -> tuple[str, float]:
        """Matched without the deputy and her saying, when that is understood: "по мнению
        депутата, почему…" asks its topic, not who she is."""
        rest = self.frames.uncited(words)
        found, score = self.matcher.best(
            matcher_words(rest, self.lexicon), passed_over=self.catalog.unfit(rest)
        )
        return (found, score) if score >= self.catalog.threshold else (intent, similarity)

    def _quoted_subject(self, frame: Frame, intent: str, similarity: float) -> str | None:
        """The intent the figures a question quotes are about, when the matched one is not:
        "38 и 63 — это хорошо?" asks about the change, "63 vs 37" about the split, "800 тыс. и
        500 тыс. — какая пропорция?" about the reports. None keeps the matched intent. A group's
        size a share is applied to is no figure quoted ("500 саудагер": no 500 thousand)."""
        quoted = self.book.quoted([n for n in frame.numbers if n != frame.per])
        metrics = {metric for metric, _ in quoted}
        rules = self.catalog.quoted
        unmatched = similarity < self.catalog.threshold or intent in (*DECLINES, HELP)
        computing = self.computed_quoted(frame)
        if computing is not None and not metrics and (unmatched or intent in rules.keep):
            return computing  # "Почему вы пишете 1,66? Как это посчитали?" came nearest the source
        own = set(self.catalog.intents[intent].metrics)
        # a figure intent is kept only for its own figures ("800k… what fraction" is no "one in
        # seven" share)
        # "37 % — who are they?" came nearest to who the deputy is: weakly, so the figure's
        # subject is asked, not the person who cited it
        weak_person = intent in self.catalog.person_intents and similarity < WEAK_MATCH
        # "800k, 500k not considered, so 300k were looked at?" came nearest the source: a sum
        # asked of the quoted figures is about them; so is a quoted share applied to a count
        # ("63 процента от 300 человек — сколько это?")
        applied = frame.operation in COMPUTED or frame.per is not None
        computed = applied and intent not in self.catalog.figure_intents
        kept = (
            intent in rules.keep
            and (intent not in self.catalog.figure_intents or bool(metrics & own))
            and not (weak_person and metrics)
            and not computed
        )
        periods = {period for metric, period in quoted if metric == rules.change_of}
        if len(periods) > 1 and frame.operation in ("points", "ratio"):
            return self.catalog.comparison  # "63% пен 38% арасындағы айырма", whatever matched
        if not metrics or (kept and not unmatched):
            named = frame.about  # "қаралмағандар пайызбен қанша" names the reports
            cited = frame.cites_source and intent not in rules.keep
            # a weak match about another subject ("what do locals complain about district cops"
            # came nearest to the reports): the subject named in words wins
            weak = similarity < WEAK_MATCH and intent not in rules.keep
            # "does the deputy think the police became a service police": her view of the
            # reform is her assessment, kept
            her_view = (
                frame.cited
                and intent in self.catalog.person_intents
                and named in self.catalog.assessed
            )
            if (
                not her_view
                and named in rules.intents
                and (named not in own or unmatched)
                and (unmatched or intent in rules.generic or cited or weak)
                and not frame.trust
            ):
                return rules.intents[named]
            return None
        if rules.split <= metrics:
            return TRUST_SPLIT
        periods = {period for metric, period in quoted if metric == rules.change_of}
        if len(periods) > 1:
            return self.catalog.comparison
        if (
            not unmatched
            and metrics & own
            and (intent in self.catalog.figure_intents or frame.cause)
        ):
            return None  # "are all 37% fully distrustful?" matched the reasons: the 37 %
        return next((rules.intents[m] for m in sorted(metrics) if m in rules.intents), None)

    def _year_of_a_quoted_level(
        self, words: list[str], slots: Slots, frame: Frame
    ) -> Decision | None:
        """The year a quoted trust level was measured, asked: that year's measurement."""
        if slots.years or not self.frames.asks_the_year(words):
            return None
        series = self.catalog.default_series
        periods = tuple(sorted({p for m, p in self.book.quoted(frame.numbers) if m == series}))
        if len(periods) != 1:
            return None
        latest = self.book.latest(series).period
        years = () if periods == (latest,) else periods  # the latest is "now"
        return self._series_decision(series, replace(slots, years=years), frame, RESOLVED)

    def _earlier_level_quoted(self, slots: Slots, frame: Frame) -> Decision | None:
        """An earlier trust level quoted as trust, with no year and nothing else asked of it:
        the year it was measured, beside the latest."""
        plain = frame.operation in ("value", "percent") and not (
            frame.growth or frame.compare or frame.cause or frame.span or slots.years
        )
        if not (plain and frame.trust and not frame.group):
            return None
        series = self.catalog.default_series
        rows = self._levels()
        periods = {p for m, p in self.book.quoted(frame.numbers) if m == series}
        if not rows or len(periods) != 1 or rows[-1].period in periods:
            return None
        latest = rows[-1].period
        asked = replace(slots, years=(*periods, latest))
        return self._series_decision(series, asked, frame, RESOLVED)

    def _wrong_level_checked(self, frame: Frame) -> bool:
        """A trust level none of ours, quoted from somewhere, checked: the level is asked, not
        where ours comes from."""
        quoted = frame.numbers and not self.book.quoted(frame.numbers)
        return bool(quoted) and frame.trust and (frame.checked or frame.claim)

    def _makeup_of_the_rest(self, words: list[str], frame: Frame) -> bool:
        """What the rest of trust (the 37 %) is made of, quoted: the partly and the not at all."""
        quoted = any(metric == DISTRUST for metric, _ in self.book.quoted(frame.numbers))
        return quoted and self.frames.consists.first(words) is not None

    def _misremembered(self, words: list[str], frame: Frame) -> tuple[str, Frame]:
        """What a share misremembered asks: the level, or its rest where trust is denied ("47 %
        don't trust, right?"; "…didn't sound right to me" denies no trust), or the change
        where both ends were given."""
        denied = frame.operation in NEGATED_TRUST and self.frames.trust_denied(words)
        # "nobody trusts, 20 % at most": the share told is of those who trust
        denied = denied and not self.frames.denied_by_nobody(words)
        if len(set(frame.numbers)) > 1:
            return self.catalog.comparison, replace(frame, operation="value")
        if denied:
            return self.catalog.level_complement, replace(frame, operation="value")
        return self.catalog.level, replace(frame, operation="value")

    def _trust_read_of_officers(self, frame: Frame) -> bool:
        """A trust share told of the police themselves ("63 % of officers are honest?",
        «полицейлердің 63 %-ы адал ма?»), trust not named: no share of the officers is known."""
        if frame.whole != "police" or frame.trust or frame.seventh:
            return False
        quoted = {metric for metric, _ in self.book.quoted(frame.numbers)}
        return bool(quoted & {TRUST, DISTRUST}) and frame.officer_trait

    def _fraction_checked_after_trust(self, frame: Frame, topic: str | None) -> bool:
        """A share said as a fraction ("more than six in ten, right?", «үштен екісі ме?») with
        no subject of its own, after an answer about trust: the level is checked."""
        if frame.fraction_quoted is None or topic is None or topic not in self.catalog.intents:
            return False
        trusted = TRUST in self.catalog.intents[topic].metrics
        other = frame.about or frame.years or frame.per or frame.counted
        return trusted and not other and frame.operation not in NEGATED_TRUST

    @staticmethod
    def _level_judged(frame: Frame) -> bool:
        """One level judged ("is 63 % a lot or a little?"), with no change, cause, count or
        other subject asked ("how much bigger is 63 than 38?" asks the change)."""
        changed = frame.compare or frame.growth or frame.cause or frame.points_named
        other = frame.about or frame.per or frame.years or frame.group or frame.counted
        several = len(set(frame.numbers)) > 1 or frame.operation in ("points", "ratio")
        return frame.level_judged and not (changed or other or several)

    @staticmethod
    def _fraction_checked(frame: Frame) -> bool:
        """A share of trust said as a fraction of people, checked or recalled ("two out of
        three trust them, correct?"), with no count to apply it to."""
        recalled = frame.checked or frame.claim or frame.recalled
        quoted = frame.fraction_quoted is not None and frame.trust and recalled
        return quoted and not (frame.per or frame.about or frame.growth or frame.compare)

    def share_misremembered(self, frame: Frame) -> bool:
        """A share none of ours quoted as recalled, heard or checked, with no subject but trust
        named ("wasn't it 73 %?", "someone says 36 %, what's right?"), or beside one of our
        levels as its other end ("it went from 48 to 63, right?"): the level is asked. Not a
        growth ("grew 25 %, true?"), the rest of 100, an age, nor a share of another figure
        named (the offenders, the reports)."""
        numbers = [n for n in frame.numbers if n != HUNDRED]
        unknown = [n for n in numbers if not self.book.quoted([n])]
        levels = {metric for metric, _ in self.book.quoted(numbers)} <= {
            self.catalog.default_series
        }
        ends = len(numbers) == len(set(numbers)) == 2 and len(unknown) == 1 and levels
        # "trust went from like 40 to 60 percent, am I remembering right?": both ends guessed
        guessed = len(numbers) == len(set(numbers)) == len(unknown) == 2 and numbers[0] < numbers[1]
        told = (len(numbers) == len(unknown) == 1) or (ends and frame.operation == "value")
        told = told or (guessed and frame.operation in ("value", "percent"))
        ends = ends or guessed
        # a share said as one ("73 %"), or beside our level ("from 48 to 63"), not an age
        shares = all(n <= HUNDRED for n in numbers) and (frame.share or (ends and frame.trust))
        recalled = frame.checked or frame.claim or frame.recalled
        # "it used to be 28 %, what was it in 2019 really?": the "used to" is the share told,
        # a year is asked
        compared = frame.compare and not frame.years
        changed = frame.growth or compared or frame.cause or frame.points_named
        other = frame.about or frame.metric_named or frame.per or frame.partly_named
        return told and shares and recalled and not (changed or other)

    def computed_quoted(self, frame: Frame) -> str | None:
        """The answer computing a figure the question quotes with its fraction (1,66; 62,5 %),
        as rounded in the answers."""
        names = self.catalog.quoted.derived
        return next(
            (
                names[name]
                for name, value in self.derived.items()
                if name in names and any(abs(q - value) < ROUNDED for q in frame.decimals)
            ),
            None,
        )

    def _level_reached_asked(self, words: list[str], frame: Frame) -> bool:
        """A change of trust told and the level it reached asked, of no year or target."""
        told = frame.growth and frame.trust  # not an inspector's pay raised
        asked = bool(spans(words, self.frames.level_reached))
        other = frame.years or frame.numbers or frame.forecast or frame.cause  # "due to what?"
        return told and asked and not other

    def _direction_asked(self, words: list[str], frame: Frame) -> bool:
        """Whether trust rises or falls, asked with nothing else: the change of the level."""
        either = self.frames.either_or.first(words) is not None
        named = frame.numbers or frame.years or frame.counted or frame.per or frame.about
        other = frame.cause or frame.group or frame.institution or frame.country or frame.forecast
        return either and frame.trust and frame.growth and not (named or other)

    def _rests_quoted(self, frame: Frame) -> tuple[int, ...]:
        """The years whose rest of trust (100 % minus the level) is a number quoted."""
        rests = {
            fact.period
            for fact in self._levels()
            if fact.value is not None and HUNDRED - fact.value in frame.numbers
        }
        return tuple(sorted(rests))

    def _sum_told_against(self, words: list[str], frame: Frame) -> bool:
        """The latest rest of trust quoted as those wholly against the police ("37 are the ones
        fully against the police?", «37 — это те, кто полностью против полиции?»): the sum
        holds those who trust partly too."""
        levels = self._levels()
        rest = bool(levels) and self._rests_quoted(frame)[-1:] == (levels[-1].period,)
        against = self.frames.against_them.first(words) is not None
        fully = self.frames.fully.first(words) is not None
        return rest and against and fully and frame.police and not (frame.counted or frame.per)

    def _distrust_then_and_now(self, slots: Slots, frame: Frame) -> bool:
        """The distrusting counted at the beginning and now, no year named: both ends (not in
        a story that tells its own figures or claims)."""
        distrust = frame.operation in ("complement", "distrust")
        then = frame.first or frame.span
        told = bool(frame.numbers) or frame.claim
        compared = frame.compare or frame.against  # "more trust than not now? by how much"
        asked = distrust and then and frame.now and frame.counted
        return asked and not (slots.years or told or compared)

    def _sum_checked_of_them(self, words: list[str], frame: Frame, topic: str | None) -> bool:
        """ "So they don't trust at all?", «олар мүлде сенбей ме?» after the 37 %: the sum
        under discussion, referred to as "they", checked as the not-at-all part (nothing
        counted, so not "and how many not at all?"); or, short, with no "they" («это совсем не
        доверяют?», "not at all?", or just «совсем?»), or meant of it ("as in not at all?",
        «это все прям совсем не доверяют?»)."""
        them = self.frames.them.first(words) is not None or len(words) <= SHORT_CHECK
        them = them or bool(spans(words, self.frames.sum_meant))  # "as in…", «это все…»
        asked = frame.counted or frame.numbers or frame.per or frame.years or frame.partly_named
        separately = frame.separately or self.frames.at_all_alone(words)
        return topic in self.catalog.sums and separately and them and not asked

    def _levels(self) -> list[Fact]:
        """The trust level's measurements, oldest first."""
        return self.book.series(self.catalog.default_series)

    def _latest(self, frame: Frame) -> bool:
        """No year asked but the latest measurement's."""
        levels = self._levels()
        return bool(levels) and set(frame.years) <= {levels[-1].period}

    def _measured_years(self) -> set[int]:
        return {row.period for row in self._levels()}

    def _future(self, frame: Frame) -> bool:
        """Every year asked comes after the latest measurement."""
        rows = self._levels()
        return bool(frame.years and rows) and min(frame.years) > rows[-1].period

    def _counted_figure(self, metric: str | None) -> bool:
        """A subject of ours with a number in the rows (the one in seven), not one of words."""
        return metric is not None and any(row.value is not None for row in self.book.series(metric))

    def _rest_of_trust_then(self, words: list[str], frame: Frame) -> bool:
        """ "And how many didn't trust back then, if you subtract?" after a year's level: the
        rest of 100 of that year, not of the latest."""
        then = self.frames.back_then.first(words) is not None
        return then and frame.operation == "remainder" and frame.trust and not frame.cause

    def _span_of_ours(self, slots: Slots, frame: Frame) -> bool:
        """The years counted are between our measurements: none named, or measured years named
        ("from 2019 to 2025"), and any shares said are ours ("from 38 to 63")."""
        years = set(slots.years)
        spanned = not years or (len(years) > 1 and self.measured(slots.years))
        return spanned and (not frame.numbers or bool(self.book.quoted(frame.numbers)))

    def measured(self, years: tuple[int, ...]) -> bool:
        """Every year asked has a trust measurement (or there is no year)."""
        return set(years) <= self._measured_years()

    def _beside_a_measured_year(self, frame: Frame, words: list[str]) -> bool:
        """The level asked for several years listed, some of them measured."""
        changed = frame.growth or frame.compare or frame.span or frame.until or frame.relative
        plain = (
            frame.trust
            and frame.operation in ("value", "percent")
            and not (frame.forecast or changed)
        )
        listed = len(frame.years) > 1 and self.frames.years_listed(words)
        return plain and listed and bool(set(frame.years) & self._measured_years())

    def _past(self, years: tuple[int, ...]) -> bool:
        """A year before the latest measurement is asked (the split is of the latest only)."""
        rows = self._levels()
        return bool(rows) and any(year < rows[-1].period for year in years)

    def _no_year(self, frame: Frame) -> Decision:
        """No trust figure for the years asked, with no neighbour's value."""
        missing = replace(frame, missing=frame.missing_year)
        return Decision(NO_FIGURE, RESOLVED, frame.years, self.catalog.default_series, missing)

    @staticmethod
    def _trust_asked_plainly(frame: Frame) -> bool:
        """Trust asked with no cause, no denial and no other subject."""
        return frame.trust and not frame.cause and frame.operation == "value" and not frame.about

    def _guessed_between(self, slots: Slots, frame: Frame, years: tuple[int, ...]) -> bool:
        """The two measurements quoted as bounds for a year the series lacks, asked before."""
        return (
            bool(years)
            and not slots.years
            and not self.measured(years)
            and self._quotes_the_change(frame)
        )

    def _only_the_first_year(self, slots: Slots) -> bool:
        """The one year named is the first measurement's ("since 2019")."""
        rows = self._levels()
        return bool(rows) and slots.years == (rows[0].period,)

    def _why_from_the_first_year(self, slots: Slots, frame: Frame) -> bool:
        """A cause asked of the first year alone, no level, change or count in it."""
        asked_of_it = not (frame.trust or frame.growth or frame.numbers or frame.counted)
        return frame.cause and asked_of_it and self._only_the_first_year(slots)

    def _the_two_ends(self, slots: Slots) -> bool:
        """The years named are the first and the latest measurement's ("2019 vs 2025")."""
        rows = self._levels()
        return len(rows) > 1 and sorted(set(slots.years)) == [rows[0].period, rows[-1].period]

    def _latest_level_quoted(self, frame: Frame) -> bool:
        """The latest trust level is among the figures the question quotes (the 63 %)."""
        rows = self._levels()
        return bool(rows) and (self.catalog.default_series, rows[-1].period) in self.book.quoted(
            frame.numbers
        )

    def _latest_trust_denied(self, words: list[str], slots: Slots, frame: Frame) -> bool:
        """The latest trust level quoted as those who do not trust, nothing counted ("63 %
        don't trust, did I read that right?"; not "63 % trust, so how many don't?", nor "…not
        at all?", which has no figure)."""
        if slots.years or frame.counted or self.frames.names_a_part(words):
            return False
        return self._latest_level_quoted(frame)

    def _asked_of_them(
        self, words: list[str], slots: Slots, frame: Frame, topic: str | None
    ) -> bool:
        """A short follow-up of "them" after an answer of words about people (the inspectors,
        the reform), with no trust and no figure asked: that answer again."""
        intents = self.catalog.intents
        if topic is None or topic in self.catalog.figure_intents or not intents[topic].topic:
            return False
        plain = not (frame.trust or frame.counted or frame.numbers or slots.years)
        # «оларға орнына не берді?»: "them" and the question word are not what is asked (but
        # "а зарплату им насколько подняли?" asks a pay rise's size)
        asked = [
            w for w in slots.content if w not in self.frames.them and w not in self.frames.asking
        ]
        short = len(slots.content) <= SHORT_FOLLOW_UP or (
            len(asked) <= SHORT_FOLLOW_UP and not frame.measure
        )
        # «а люди довольны?», "are people happy with them?" after the inspectors: what people
        # say of them is in that answer, no satisfaction survey
        about_inspectors = INSPECTORS in intents[topic].metrics
        satisfied = about_inspectors and self.frames.satisfied.first(words) is not None
        them = self.frames.them.first(words) is not None or satisfied
        return plain and (short or satisfied) and them

    def _inspectors_trusted_after(self, words: list[str], frame: Frame, topic: str | None) -> bool:
        """Trust in "them" after the inspectors' answer: trust in the inspectors themselves."""
        about_them = topic is not None and INSPECTORS in self.catalog.intents[topic].metrics
        return about_them and frame.trust and self.frames.them.first(words) is not None

    def _inspectors_doings_after(self, words: list[str], frame: Frame, topic: str | None) -> bool:
        """What the inspectors did after the reform (chats, social media, contacts in the
        entrances) asked after their answer, nothing counted: that answer, which tells it."""
        about_them = topic is not None and INSPECTORS in self.catalog.intents[topic].metrics
        asked = frame.trust or frame.counted or frame.numbers or frame.years
        doings = self.frames.inspectors_doings.first(words) is not None
        return about_them and doings and not asked

    def _only_compares(self, words: list[str], slots: Slots, topic: str | None) -> bool:
        """A follow-up of comparative words set against a time, or of "at first" alone, after a
        series: «а раньше меньше было?», «2019-дан көп пе?», "and at the start?" (not «көп пе,
        аз ба?», a judgement)."""
        if topic is None or self.catalog.intents[topic].series is None:
            return False
        frames = self.frames
        first = frames.names_first(words)
        against = slots.compare or bool(slots.years) or first
        return against and all(
            w in frames.comparatives or frames.names_first([w]) for w in slots.content
        )

    def _growth_in_percent(self, frame: Frame, topic: str | None) -> bool:
        """Trust's growth asked in per cent from the first measurement, named by its year or its
        level, after a trust figure or of trust: the change (its relative part), not the level
        of the year named."""
        levels = self._levels()
        if not (levels and frame.growth):
            return False
        first = levels[0]
        from_first = set(frame.years) == {first.period} and not frame.numbers
        from_first = from_first or (set(frame.numbers) == {value_of(first)} and not frame.years)
        trust_topics = (self.catalog.level, self.catalog.comparison, TRUST_SPLIT)
        of_trust = frame.trust or topic in trust_topics
        percent = frame.operation == "percent" or frame.share_asked
        # "what percent trusted in 2019, when the growth began?" asks the level
        percent = percent and (frame.counted or not frame.trust)
        return frame.growth and percent and from_first and of_trust and not frame.cause

    def _compares(self, slots: Slots, topic: str | None) -> bool:
        """ "больше, чем в 2019?", "is that more than before?" after a figure."""
        # after the deputy's judgement of the growth ("63 — много или мало?"), "а раньше?" too
        judged = topic == self.catalog.judged
        return slots.compare and (
            bool(slots.years) or topic in self.catalog.figure_intents or judged
        )

    def _operation_on(self, intent: str | None, frame: Frame) -> str | None:
        """The intent an operation ("во сколько раз", "в процентах") makes of this one; why
        so few of the reports are considered, nothing counted, asks the reason, the formalism."""
        if intent is None:
            return None
        operated = self.catalog.operations.get(frame.operation, {}).get(intent)
        if operated == REPORTS_CONSIDERED and self._why_few_considered(frame):
            return self.catalog.quoted.intents[OFFENCE_REPORTS]
        return operated

    @staticmethod
    def _why_few_considered(frame: Frame) -> bool:
        """Why so few reports are considered ("and why do they review so few?"), nothing
        counted: the deputy's reason, the formalism, not the considered part again."""
        considered = frame.considered or frame.operation == "remainder"
        return frame.cause and considered and not (frame.counted or frame.numbers)

    @staticmethod
    def _sum_part(frame: Frame, part: str) -> str:
        """A part of a sum asked with the sum quoted ("so 37 % don't trust at all?") reads the
        sum as that part: the answer says no first; with the partly-trusting named ("does the
        37 % include those who trust a bit?"), that the sum holds both parts."""
        if frame.numbers and frame.partly_named:
            return "partly_included"
        return f"{part}_quoted" if frame.numbers else part

    def _meant_by(self, topic: str) -> str:
        """What a figure means: the reason it is told as (the reports left unconsidered are the
        formalism), else the topic itself again."""
        more = self.catalog.intents[topic].more
        return more if self.catalog.in_ordered_family(more) else topic

    def _other_reasons(self, words: list[str], frame: Frame, topic: str | None) -> bool:
        """Reasons besides the one named ("other reasons besides corruption?", or «а кроме
        коррупции?» after the reasons): the three, listed."""
        reasons = frame.cause or self.catalog.in_ordered_family(topic)
        besides = self.frames.besides.first(words) is not None
        return reasons and besides and frame.about in REASON_SUBJECTS

    def _inspectors_in_villages(self, words: list[str], frame: Frame, topic: str | None) -> bool:
        """Villages asked of the inspectors or the police, or of what the deputy said («в селе
        что с ними?» after the inspectors, «ауыл жерінде полиция жетпей ме», "what did the
        deputy say about rural areas?"): her point that villages lack inspectors; not a
        breakdown of trust asked."""
        frames = self.frames
        if frames.rural.first(words) is None:
            return False
        inspectors = topic == self.catalog.quoted.intents[INSPECTORS]
        named = frames.inspectors.first(words) or frames.person.first(words) or frame.cited
        short = frames.shortage.first(words) or frames.too_few.first(words)
        of_them = inspectors or named or (short and frame.police)
        asked = frame.counted or frame.numbers or frame.share or frame.trust or frame.years
        return bool(of_them) and not (asked or frame.country or frame.forecast)

    def _reason_pointed_to(self, words: list[str], frame: Frame, topic: str | None) -> bool:
        """What the last figure points to in her view, after a reason or a figure told as one
        (the reports left unconsidered are the formalism), nothing else asked."""
        reason = topic is not None and self.catalog.in_ordered_family(self._meant_by(topic))
        if not reason:
            return False
        asked = frame.counted or frame.numbers or frame.years or frame.trust or frame.share
        return self.frames.pointed_to_in_her_view(words) and not asked

    def _distrusting_counted(self, words: list[str], frame: Frame, topic: str | None) -> bool:
        """Those "like that" counted or given a share after the reasons for distrust, trust
        itself not named: the ones who trust partly or not at all. "Such reports", «таких как я,
        кому не рассмотрели» name a reason's subject of their own: those are counted instead.
        After the list of reasons, "them" («сколько их?», "how many of them in %?") are the
        distrusting too; after one reason, "them" may be its offenders."""
        after_reasons = topic == REASONS or self.catalog.in_ordered_family(topic)
        them = topic == REASONS and self.frames.them.first(words) is not None
        them = them and frame.share and not frame.measure  # not «олардың жалақысы қанша?»
        such = bool(spans(words, self.frames.such)) or them
        asked = frame.counted or frame.share or frame.operation == "percent"
        own = frame.trust or frame.numbers or frame.about
        return after_reasons and such and asked and not own

    @staticmethod
    def _deputy_on_a_reason(frame: Frame) -> bool:
        """What the deputy said of a reason's subject named in words (complaints, corruption,
        the inspectors), nothing counted: that reason, as she gives it. Why she says it, or how
        two of her reasons differ, is asked of her words, not of the subject."""
        counted = frame.counted or frame.share or frame.numbers or frame.years or frame.trust
        asked = bool(counted or frame.measure) or frame.cause or frame.compare
        return frame.cited and frame.about in REASON_SUBJECTS and not asked

    def _changed_for_inspectors(self, words: list[str], frame: Frame, topic: str | None) -> bool:
        """What changed for the inspectors, or the drawbacks of their reform, with no figure
        asked: the inspectors' answer (the reform's pay and duties, the complaints)."""
        of_them = frame.about == INSPECTORS or topic == self.catalog.quoted.intents[INSPECTORS]
        changed = self.frames.remade.first(words) is not None
        drawbacks = self.frames.drawbacks.first(words) is not None
        reform = self.frames.reform_change.first(words) is not None
        asked = frame.counted or frame.share or frame.numbers or frame.years or frame.trust
        asked = asked or self._pay_sum_asked(words, frame)
        discussed = of_them and self._of_inspectors_after(words, frame, topic)
        done = changed or (drawbacks and reform) or discussed
        return of_them and done and not (asked or frame.cause or frame.measure)

    def _of_inspectors_after(self, words: list[str], frame: Frame, topic: str | None) -> bool:
        """While the inspectors are discussed, "and their social package?", «тағы не берді?»,
        "what's wrong with them?": what the reform gave them, or the complaints."""
        inspectors = self.catalog.quoted.intents[INSPECTORS]
        if topic != inspectors or frame.about not in (None, INSPECTORS):
            return False
        given = self.frames.given.first(words) or self.frames.pay_named.first(words)
        # "ok. how do I get a passport?": the asker would get it, not the inspectors
        theirs = bool(given) and self.frames.asker_self.first(words) is None
        faulted = self.frames.drawbacks.first(words) or spans(words, self.frames.faulted)
        return bool(theirs or faulted)

    def _pay_sum_asked(self, words: list[str], frame: Frame) -> bool:
        """Their pay asked as a sum ("salary increase in tenge?", "what's their salary now?"):
        a figure the source does not give, not what the reform did; their package is no sum."""
        paid = self.frames.pay.first(words) or self.frames.pay_named.first(words)
        social = self.frames.social_package_word.first(words) or spans(
            words, self.frames.social_package
        )
        sum_asked = self.frames.pay_asked.first(words) or frame.now
        return bool(paid and sum_asked) and not social

    def _inspectors_pay_raised(self, words: list[str], frame: Frame, topic: str | None) -> bool:
        """The inspectors' pay said to have risen, with no sum asked: what the reform did to it
        (raised it), not a pay figure nor the reform's history."""
        inspectors = self.catalog.quoted.intents[INSPECTORS]
        of_them = frame.about == INSPECTORS or topic == inspectors
        # «у них соцпакет улучшили?»: the social package is named for the inspectors alone
        social = self.frames.social_package_word.first(words) is not None
        packaged = social or bool(spans(words, self.frames.social_package))
        of_them = of_them or packaged
        rose = frame.growth or self.frames.pay_raised.first(words) is not None
        paid = self.frames.pay_named.first(words) or self.frames.pay.first(words)
        raised = rose and paid is not None
        valued = frame.counted or frame.share or self.frames.pay_asked.first(words) is not None
        return of_them and raised and not (valued or frame.numbers or frame.measure)

    def _offences_besides_bribes(self, words: list[str], frame: Frame, topic: str | None) -> bool:
        """ "Besides bribes?", «парадан басқа ше?» after corruption, or asked alone: which other
        corrupt offences she names, not the reasons for distrust nor a count."""
        besides = self.frames.besides.first(words) and self.frames.bribes.first(words)
        # after the reasons, "besides bribes?" asks the other reasons
        of_corruption = topic is None or (topic in self.catalog.often and topic != REASONS)
        asked_else = frame.cause or frame.counted or frame.numbers or frame.trust
        return bool(besides) and of_corruption and not asked_else

    def _no_figure(self, frame: Frame, missing: str) -> Decision:
        """No figure for what is asked; the survey's method, or what a quoted sum holds, is
        explained in words instead."""
        intent = EXPLAINED_INSTEAD.get(missing, NO_FIGURE)
        return Decision(intent, RESOLVED, frame=replace(frame, missing=missing))

    def _figures_of_topic(self, slots: Slots, frame: Frame, topic: str) -> bool:
        """Figures asked with only vague words ("any figures on this?") after a topic that
        has figures of its own, not trust's: that topic's figures."""
        if not frame.figure or frame.trust:
            return False
        metrics = set(self.catalog.intents[topic].metrics)
        own = bool(metrics) and not metrics & set(self.catalog.series)
        return own and all(w in self.frames.vague for w in slots.content)

    def _corrected(self, slots: Slots, topic: str | None) -> bool:
        """ "No, I meant 2019", «жоқ, мен қазіргіні сұрадым»: the last question again, for the
        year or the time now named, with nothing else asked."""
        correction = self.frames.correction
        named = bool(slots.years) or slots.now
        return topic is not None and named and all(w in correction for w in slots.content)

    def _follow_up(self, slots: Slots, frame: Frame, topic: str | None) -> Decision:
        """A question with no topic words: "а в 2019?", "а сейчас?", "а вторая?", "подробнее",
        "больше, чем в 2019?"."""
        if self._compares(slots, topic) and self._series_of(topic) == DISTRUST and not frame.growth:
            # "more or less than in 2019?" after those who do not trust: their change, 62 → 37
            # ("is that better than before?" judges the trust level's change)
            return Decision(DISTRUST_CHANGE, RESOLVED, frame=frame)
        if self._compares(slots, topic) or self._quotes_the_change(frame):
            return self._refine(self.catalog.comparison, RESOLVED, slots, frame, topic)
        if slots.years and self._counted_once(topic):
            return Decision(topic or "", RESOLVED, frame=frame)  # the reports "and in 2019?"
        if frame.span and slots.now and not slots.years and topic is None:
            # «бұрын қанша еді, қазір қанша?» with nothing before: both ends of the series
            return self._refine(self.catalog.comparison, RESOLVED, slots, frame, topic)
        if slots.years or slots.now:
            return self._series_decision(self._series_of(topic), slots, frame, RESOLVED)
        if slots.order and self.catalog.in_ordered_family(topic):
            return Decision(self.catalog.ordered_step(slots.order, topic), RESOLVED, frame=frame)
        first = self._first_of_topic(frame, topic)
        if first is not None:
            return self._refine(first, RESOLVED, slots, frame, topic)  # "and at first?"
        operated = self._operation_on(topic, frame)
        if operated is not None:
            return Decision(operated, RESOLVED, frame=frame)
        if frame.seventh and frame.operation == "percent":
            # "1 из 7 — в процентах?" with nothing before: the one-in-seven share
            share = self.catalog.share_of_offenders[CORRUPTION_OFFICERS]
            return Decision(share, RESOLVED, frame=frame)
        earlier = self._earlier(topic, frame)
        if earlier is not None:
            return self._series_decision(
                earlier[0], replace(slots, years=earlier[1]), frame, RESOLVED
            )
        asked = frame.precise or frame.figure or frame.rounded
        if asked and topic in self.catalog.figure_intents:
            # "а точно?", "and what was the number then?", "to one decimal?": the topic's figure
            return self._refine(topic, RESOLVED, slots, frame, topic)
        if slots.more and topic is not None:
            return self._refine(self.catalog.intents[topic].more, RESOLVED, slots, frame, topic)
        if self._counts_the_topic(slots, frame, topic):
            return self._refine(topic or "", RESOLVED, slots, frame, topic)
        if EMERGENCY_VALUES.intersection(frame.numbers):
            return Decision(EMERGENCY_NUMBERS, RESOLVED, frame=frame)  # "102?", "112"
        if self.share_misremembered(frame):
            # "wasn't it 73 %?" with nothing before: the level misremembered
            return self._series_decision(self.catalog.default_series, slots, frame, RESOLVED)
        return Decision(OUT_OF_SCOPE, RESOLVED, frame=frame)

    def _of_trust(self, topic: str | None) -> bool:
        """The conversation is about the trust level (now, in a year, its change)."""
        return (
            topic is not None and self.catalog.intents[topic].series == self.catalog.default_series
        )

    def _low_then_changed(self, words: list[str], frame: Frame) -> bool:
        """Nobody trusting the police told by an asker who came back, and a change asked: the
        change of the level, with nothing else named."""
        nobody = self.frames.nobody.first(words) is not None
        nobody = nobody and self.frames.came_back.first(words) is not None  # the asker returned
        changed = frame.growth or frame.compare or frame.span
        changed = changed or self.frames.different.first(words) is not None
        named = _names_more(replace(frame, numbers=())) or frame.years  # "after 8 years": told
        return nobody and changed and frame.trust and not named

    def _lower_in_a_past_year(self, words: list[str], slots: Slots, frame: Frame) -> bool:
        """How much lower (or higher) trust was in a measured year before the latest, trust
        itself named and not denied, nothing else named: the change since then."""
        asked = slots.compare and frame.more_counted and frame.trust
        denied = frame.operation in NEGATED_TRUST or self.frames.trust_denied(words)
        past = self._past(slots.years) and self.measured(slots.years)
        named = frame.against or frame.per or _names_more(frame)
        return asked and past and not (denied or named)

    def _gap_between_readings(self, words: list[str], frame: Frame, topic: str | None) -> bool:
        """The difference "between them" asked after a reading of the trust level, with nothing
        else named: the readings talked about, not those who trust against those who do not."""
        if topic is None or self.catalog.intents[topic].series != self.catalog.default_series:
            return False
        between = self.frames.between.first(words) and self.frames.between_them.first(words)
        denied = frame.operation in NEGATED_TRUST or self.frames.trust_denied(words)
        alone = not (_names_more(frame) or frame.years or frame.against or denied)
        return bool(between) and frame.points_named and alone

    def _distrust_alone(self, words: list[str], frame: Frame) -> bool:
        """Those who do not trust are what is asked: trust denied, and nothing else named (no
        cause, group or other subject; a share quoted to check, «недоверие — 62 %?», is
        answered by the figure itself)."""
        # «недоверие», "non-trust", «сенбеушілік»: the noun
        noun = self.frames.distrust_noun(words)
        denied = frame.operation in NEGATED_TRUST or self.frames.trust_denied(words) or noun
        # its own share named («неше пайызы сенбеген») is no other subject
        about = None if frame.about == DISTRUST else frame.about
        named = _names_more(replace(frame, numbers=(), about=about)) or frame.per or frame.against
        named = named or frame.separately or frame.partly_named  # "37 % broken down?"
        # "when I left, nobody trusted the police; has it changed?": a past told, trust asked
        told = frame.claim or self.frames.nobody.first(words) is not None
        return denied and not (named or told) and all(n <= HUNDRED for n in frame.numbers)

    def _distrust_changed(self, words: list[str], slots: Slots, frame: Frame) -> bool:
        """The change of distrust asked: a change named («как изменилось», "how much less …
        now") between measured years, or none named; only its own levels quoted (62, 37)."""
        less = slots.compare and (frame.more_counted or frame.operation == "points")
        # «было 62, стало 37, разница?»: both its levels quoted, their difference asked
        less = less or (frame.points_named and len(set(frame.numbers)) > 1)
        # in a long story a denial told ("grandpa said you can't trust them") is not what is
        # asked: its last question is read alone
        short = len(words) <= SHORT_DISTRUST_CHANGE
        if not (frame.growth or less) or not short or not self._distrust_alone(words, frame):
            return False
        levels = self._levels()
        rests = {HUNDRED - row.value for row in levels if row.value is not None}
        return self.measured(slots.years) and set(frame.numbers) <= rests

    def _distrust_of_past_year(
        self, words: list[str], slots: Slots, frame: Frame, years: tuple[int, ...]
    ) -> tuple[int, ...]:
        """Those who do not trust, asked of one measured year before the latest: named («в
        2019»), the first measurement ("in the first year"), or the last answer's year "back
        then" («а недоверие тогда?»). Its figure is the rest of that year's trust level; with no
        change, gap or today asked beside it."""
        if not self._distrust_alone(words, frame):
            return ()
        said = spans(words, self.lexicon.compare)
        then_said = spans(words, self.lexicon.then_of_a_year)
        changed = frame.growth or frame.span or frame.points_named  # «2019-дан бері неше тармақ?»
        if changed or slots.now or not said <= then_said:
            return ()
        then = bool(then_said) or self.frames.back_then.first(words) is not None
        asked = slots.years or (self._first_year(DISTRUST) if frame.first else ())
        asked = asked or (years if then else ())
        rows = self._levels()
        earlier = rows and len(asked) == 1 and asked[0] < rows[-1].period
        return asked if earlier and self.measured(asked) else ()

    def _first_of_distrust(self, slots: Slots, frame: Frame, topic: str | None) -> bool:
        """The first measurement named alone («а в начале замеров?», "and at the first
        measurement?") while those who trust partly or not at all are discussed: that share
        then, not the trust level."""
        of_distrust = topic is not None and self.catalog.intents[topic].series == DISTRUST
        other = _names_more(frame) or frame.trust or frame.now or frame.span or frame.growth
        other = other or slots.compare or frame.operation not in ("value", "percent")
        return of_distrust and frame.first and not (other or slots.years)

    def _once_counted_changed(
        self, words: list[str], slots: Slots, frame: Frame, intent: str, topic: str | None
    ) -> bool:
        """A count the article gives for one year asked as a trend ("is corruption going
        down?") or set against the year before («рассмотрели больше, чем в прошлом году?»,
        also after the reports, as a follow-up read as the growth): no other year's figure."""
        if frame.trust:
            return False
        if self.frames.asks_a_trend(words):
            return self._counted_once(intent)
        if not self.frames.against_year_before(words, compare=slots.compare):
            return False
        elided = intent in (self.catalog.comparison, NO_FIGURE) and self._counted_once(topic)
        of_counted = frame.about is not None and bool(self.book.counts([frame.about]))
        return self._counted_once(intent) or elided or of_counted

    def _counted_once(self, topic: str | None) -> bool:
        """The conversation is about a count the article gives for one year (the reports, one
        in seven): another year asked of it has no figure, not the trust level's."""
        if topic is None or self.catalog.intents[topic].series is not None:
            return False
        return bool(self.book.counts(self.catalog.intents[topic].metrics))

    def _first_of_topic(self, frame: Frame, topic: str | None) -> str | None:
        """The first measurement of the series under discussion, asked alone ("and what was it
        at first?" after the latest trust level)."""
        if not frame.first or topic is None or self.catalog.intents[topic].series is None:
            return None
        return self.catalog.series[self._series_of(topic)].first

    def _within_a_year_asked(
        self, words: list[str], slots: Slots, frame: Frame, topic: str | None
    ) -> str | None:
        """A breakdown within a year ("how did trust change month by month in 2025?", «а по
        кварталам?» after a trust figure): the series is yearly ("within"); the reports counted
        are a year's total ("per_time"). None when it is not asked of them ("draft my
        quarterly sales report" after the reports)."""
        frames = self.frames
        cut = {words[i] for i in frames.within_a_year(words)}
        if frame.measure or not cut:
            return None
        short = len([w for w in slots.content if w not in cut]) <= SHORT_FOLLOW_UP
        trusted = (frames.trustish, frames.measure_trust, frames.distrust_words)
        if frames.cuts_within_a_year(words, trusted) or (short and self._of_trust(topic)):
            return "within"
        reported = frames.cuts_within_a_year(words, (frames.subjects[OFFENCE_REPORTS],))
        reports = (reported and frame.counted) or (short and self._about_reports(topic))
        return "per_time" if reports else None

    def _years_between_asked(self, words: list[str], slots: Slots) -> bool:
        """The years between two measurements asked: their lowest or highest, or year by year."""
        frames = self.frames
        superlative = frames.superlative.first(words) is not None
        in_between = frames.in_between.first(words) is not None
        yearly = bool(spans(words, frames.yearly) or spans(words, frames.even_roughly))
        # "how much did it grow in the last year?", "2024 vs 2025": one year's change
        one_year = bool(spans(words, frames.last_year)) or self._consecutive(slots.years)
        changed = frames.growth.first(words) is not None or slots.compare
        return (
            (len(slots.years) > 1 and (superlative or yearly))
            or (superlative and in_between)
            or (one_year and changed)
        )

    def _count_per_time(self, words: list[str], frame: Frame, topic: str | None) -> bool:
        """A count of ours asked per day or month, not "he comes once a month" in a story."""
        ours = self.book.quoted(frame.numbers) or topic in self.catalog.per_people
        per_time = bool(spans(words, self.frames.per_time)) and frame.counted
        return per_time and bool(ours) and not frame.trust

    def _sum_of_others(self, words: list[str], frame: Frame) -> bool:
        """A sum to do on numbers none of ours, with nothing of our subject named."""
        ours = frame.trust or frame.police or frame.about or self.book.quoted(frame.numbers)
        return bool(self.frames.calculate.first(words) and frame.numbers and not ours)

    def _consecutive(self, years: tuple[int, ...]) -> bool:
        """Two years next to each other, not both measured ("2024 vs 2025")."""
        return len(years) == 2 and abs(years[0] - years[1]) == 1 and not self.measured(years)

    def _target_short_of(self, words: list[str], frame: Frame, topic: str | None) -> int | None:
        """A share named as a level to reach, with how much is missing asked ("how many points
        to go to 80 %", «сколько не хватает до 100%»): that level, when it is above the latest
        trust. Not a when ("when will it reach 80 %" is a forecast), nor a reason ("why isn't it
        100 %"), nor the reports or another year's level."""
        if not spans(words, self.frames.shortfall) or frame.cause:
            return None
        asked = frame.counted or frame.operation in ("points", "percent") or frame.share
        asked = asked or frame.trust
        levels = self._levels()
        if not levels:
            return None  # no trust figure stored: nothing to measure the shortfall from
        latest = levels[-1]
        other_year = any(year != latest.period for year in frame.years)
        elsewhere = frame.about is not None or frame.measure or self._about_reports(topic)
        if not asked or other_year or elsewhere:
            return None
        # "trust is 63 %, how far from 70?": the level quoted beside the target is no target
        targets = [n for n in frame.numbers if value_of(latest) < n <= HUNDRED]
        return targets[0] if len(targets) == 1 else None

    @staticmethod
    def _short_of_all(slots: Slots, frame: Frame) -> bool:
        """Trust set against 100 % ("how far from 100", «100-ге жетуге қанша жетпейді»), not
        "out of 100 people" nor "will it ever be 100 %": what the split says is missing."""
        return (
            frame.trust
            and HUNDRED in frame.numbers
            and frame.per is None
            and not (frame.forecast or frame.growth or slots.years or frame.claim or frame.cause)
            and frame.operation in ("value", "percent", "points")
        )

    @staticmethod
    def _why_not_all(frame: Frame) -> bool:
        """ "Why isn't trust 100 %?", «сенім неге 100 пайыз емес»: the causes, no figure asked."""
        return frame.cause and frame.trust and frame.per is None and set(frame.numbers) == {HUNDRED}

    def _share_of_topic(self, slots: Slots, frame: Frame, topic: str | None) -> bool:
        """«А пайызы қандай еді?», "and what was the percentage?" after a figure (the first
        measurement): that figure's share, only a share word said."""
        only_share = all(self.frames.percent.first([w]) for w in slots.content)
        alone = not (_names_more(frame) or slots.years or slots.now or frame.per)
        of_figure = topic in self.catalog.figure_intents
        return frame.share_asked and only_share and alone and of_figure

    def _counts_the_topic(self, slots: Slots, frame: Frame, topic: str | None) -> bool:
        """A bare «на сколько?», "how much?", «и какой был процент?» after a figure: that
        figure, nothing else asked."""
        return (
            (frame.counted or frame.share_asked)
            and frame.operation in ("value", "percent")
            and not slots.more
            and topic in self.catalog.figure_intents
        )

    def _quotes_the_change(self, frame: Frame) -> bool:
        """Two measurements of trust quoted with no topic words ("so 38, and now 63 — by how
        much?"): the change between them is asked."""
        change_of = self.catalog.quoted.change_of
        quoted = self.book.quoted(frame.numbers)
        return len({period for metric, period in quoted if metric == change_of}) > 1

    def _quotes_the_points(self, frame: Frame) -> bool:
        """The change in points (25) quoted: "is that 25 % or 25 points?"."""
        rows = self._levels()
        if len(rows) < 2 or rows[0].value is None or rows[-1].value is None:
            return False
        return rows[-1].value - rows[0].value in frame.numbers

    def _change_summed(self, frame: Frame) -> bool:
        """Both measurements of trust and the points between them quoted (63, 38 and 25),
        nothing else: the asker's own subtraction."""
        named = _names_more(replace(frame, numbers=())) or frame.per or frame.years
        summed = self._quotes_the_change(frame) and self._quotes_the_points(frame)
        return summed and len(set(frame.numbers)) == SUM_NUMBERS and not named

    @staticmethod
    def _change_counted(frame: Frame) -> bool:
        """The change of trust asked in people of a count (not a ratio, nor in per cent); "how
        many at the 2025 share, how many at 2019?" counts both without naming trust."""
        return (
            (frame.trust or frame.counted)
            and frame.operation not in ("ratio", "percent")
            and not frame.cause
        )

    def _own_count_applied(self, words: list[str], frame: Frame) -> bool:
        """The asker's own count, in their place or counted of ("үйде 64 пәтер… қаншасы
        сенеді?"), with trust named (or denied: «25 оқушы… нешеуі сенбейді?») or a share of
        ours quoted in per cent: the national share applied to it, whatever the matcher found
        nearest."""
        quoted = self.frames.share_quoted_in_percent(words)
        own = frame.place or frame.counted
        trust = frame.trust or self.frames.trust_denied(words)
        return frame.per is not None and own and (trust or quoted)

    @staticmethod
    def _rest_counted(frame: Frame) -> bool:
        """Those who do not trust counted, with no points, ratio or comparison asked."""
        return frame.counted and frame.operation in NEGATED_TRUST and not frame.compare

    def _side_quoted(self, frame: Frame) -> str | None:
        """The distrust when the share quoted is the rest (37 %), else None."""
        metrics = {metric for metric, _ in self.book.quoted(frame.numbers)}
        return self.catalog.level_complement if metrics == {DISTRUST} else None

    def _refine(
        self, intent: str, confidence: float, slots: Slots, frame: Frame, topic: str | None
    ) -> Decision:
        """Apply the frame to the matched intent: a breakdown or forecast has no figure, an
        operation picks the arithmetic, a comparison asks about the change, a year turns "now"
        into "in YEAR", an ordinal picks one reason."""
        catalog = self.catalog
        if catalog.default_series in catalog.intents[intent].metrics and not self.measured(
            slots.years
        ):
            # "only two years? and 2020, 2021?"; a year kept from the talk is the one said back
            return self._no_year(replace(frame, years=slots.years))
        # 'Forwarded from the news: "trust reached 73 %". True?', "a colleague said 36 % in
        # 2025, was he wrong?" (which came nearest the reasons)
        unfigured = (SOURCE, PUBLICATION, *catalog.explained.values())
        if intent in unfigured and not frame.cause and self._wrong_level_checked(frame):
            intent = catalog.level
        # Kazakh "не" (what) reads as a negation: "сенімнің өсуіне не әсер етті" asks a cause
        # "почему остальные не доверяют?": the rest named, their cause asked, no figure
        # («сенбейтіндердің себебі не?»: the cause of the distrust)
        caused = ("value", "negated", "complement", "distrust")
        operations = caused if frame.cause else ("value", "negated")
        figure_asked = frame.counted or frame.operation not in operations
        # "why was it 38 and now 63, what changed?": the levels said back with a why ask no figure
        levels_quoted = {metric for metric, _ in self.book.quoted(frame.numbers)} == {TRUST}
        said_back = frame.cause and frame.span and levels_quoted and len(frame.numbers) > 1
        said_back = said_back and frame.growth and not frame.fell
        numbers_asked = bool(frame.numbers) and not said_back
        figure_asked = (figure_asked or numbers_asked) and not self._why_not_all(frame)
        if frame.brief and frame.trust and frame.cause and not slots.years:
            intent = catalog.brief_all  # "коротко: сколько доверяют и почему не доверяют"
        elif frame.every_figure and (
            frame.trust or frame.police or frame.article or frame.numbers or frame.cited
        ):  # "all the figures on police trust you have", "apart from 63, what other numbers?"
            intent = catalog.brief_all
        elif frame.brief and not figure_asked and not slots.years:
            intent = catalog.brief.get(intent, intent)  # "мақала туралы қысқаша айт"
        if self._why_not_all(frame) and not slots.years:
            intent = catalog.why_not_all
        if intent == catalog.brief_all and slots.years:
            intent = catalog.level  # "the 2019 and 2025 figures and who cited them": the series
        if intent in catalog.causes and (not frame.cause or figure_asked):
            intent = catalog.causes[intent]  # "на сколько выросло доверие": the figure
        elif intent in catalog.ungrown and not frame.growth:
            intent = catalog.ungrown[intent]  # "полицияға не себепті сенбейді": distrust
        elif intent in catalog.grown and self._changed(slots, frame) and not frame.cause:
            # "how much did the share of distrustful drop", "how much lower now than in 2019"
            intent = catalog.grown[intent]
        elif frame.cause and not figure_asked and not slots.years:
            intent = catalog.caused_by.get(intent, intent)  # "с чем связан рост доверия"
        if frame.slow and frame.cause and not frame.numbers and intent in catalog.slow:
            intent = catalog.slow[intent]  # "почему доверие так медленно растёт"
        trust_metrics = set(catalog.series)  # the shares of those who trust and who do not
        if (
            frame.trust
            and frame.about is None
            and (intent in catalog.figure_intents or intent in catalog.no_figure_intents)
            and not trust_metrics & set(catalog.intents[intent].metrics)
        ):
            # "what's the police trust rate, roughly?" came nearest to the one-in-seven share:
            # trust is named and no other subject is
            intent = catalog.level
        if self._trust_asked_plainly(frame) and intent in catalog.explained.values():
            intent = catalog.level  # "do kazakhstanis trust the police?" came nearest the reasons
        elif self._trust_asked_plainly(frame) and frame.nationwide and not slots.years:
            # "whats trust like country wide" after a story about one's district: the level
            intent = intent if intent in catalog.figure_intents else catalog.level
        if frame.often and (intent in catalog.often or topic in catalog.often):
            intent = catalog.often.get(intent) or catalog.often[topic or intent]
        if frame.separately and intent in catalog.sums:
            return self._no_figure(frame, self._sum_part(frame, catalog.sums[intent]))
        words_answer = intent not in catalog.figure_intents and intent not in DECLINES
        asked_of_a_sum = frame.counted or frame.operation == "percent" or topic in catalog.sums
        if frame.separately and frame.trust and asked_of_a_sum and words_answer:
            # "how many have zero trust, none at all" came nearest a story, "and those with no
            # trust at all?" after the distrust came nearest the reasons: that part alone has
            # no figure
            distrust = catalog.sums[catalog.level_complement]
            return self._no_figure(frame, self._sum_part(frame, distrust))
        if self._trust_read_of_officers(frame):
            # "63 % of officers are honest, right?": the trust figure is of citizens, and there
            # is no share of the officers
            quoted = {metric for metric, _ in self.book.quoted(frame.numbers)}
            rest = DISTRUST in quoted and TRUST not in quoted
            return self._no_figure(frame, "officers_rest" if rest else "officers_share")
        if frame.whole == "police":
            intent = catalog.share_of_police.get(intent, intent)
        # "every seventh police officer is corrupt" names the police as the whole, not offenders
        named_whole = (frame.seventh and frame.whole != "police") or frame.whole == "offenders"
        if named_whole and intent in catalog.share_of_offenders:
            intent = catalog.share_of_offenders[intent]  # "every seventh — what percent?"
        asked_of_part = frame.counted or frame.operation in ("percent", "amount")
        considered = catalog.operations["remainder"]  # the reports' part looked into
        if frame.considered and asked_of_part and intent in considered:
            intent = considered[intent]  # "какой процент дошёл до рассмотрения?"
        others_asked = frame.not_police or frame.others  # "NOT police", "everybody else"
        if others_asked and intent in catalog.others and frame.operation != "value":
            return Decision(catalog.others[intent], confidence, frame=frame)  # "NOT police"
        counted_all = frame.in_all and frame.operation == "amount"
        if counted_all and frame.about == INSPECTORS and not (frame.numbers or frame.trust):
            return self._no_figure(frame, "measure")  # "сколько всего участковых в Казахстане?"
        uncounted = intent in catalog.uncounted or frame.about == CORRUPTION_ONE_IN
        if counted_all and uncounted and not (frame.numbers or frame.often):
            return self._no_figure(frame, "offenders")  # "how many corruption offences in all?"
        denied = frame.operation == "distrust" and not (frame.about or frame.seventh)
        if intent in catalog.no_figure_intents and denied and not frame.numbers:
            # "customers criticise the police often. What percent don't trust it?": those not
            # trusting asked, whatever of the officers the story came nearest
            return Decision(self.catalog.level_complement, confidence, frame=frame)
        if intent in catalog.no_figure_intents:
            share_asked = frame.operation == "percent" or frame.share
            # «1 из 7, значит 14% полицейских берут?»: a per cent told of the police checked,
            # not asked: there is no share of the officers, and no 14.3 to repeat
            if frame.police_share_told and not frame.share_asked:
                share_asked = False
            if frame.seventh and share_asked and intent in catalog.share_of_offenders:
                # "every seventh cop is corrupt, so what percent of cops?": ≈14.3 % of the
                # offenders, said not to be a share of the police
                return Decision(catalog.share_of_offenders[intent], confidence, frame=frame)
            if frame.numbers and frame.share_asked and intent in catalog.share_of_offenders:
                # "so 14 % of cops? what's the actual share": ≈14.3 % of the offenders, with
                # what it does not mean
                return Decision(catalog.share_of_offenders[intent], confidence, frame=frame)
            if frame.numbers or slots.order or frame.seventh:
                return Decision(intent, confidence, frame=frame)  # "so 14 % of police?"
            if frame.operation == "percent" or frame.counted:
                return self._no_figure(frame, catalog.no_figure_intents[intent])
            intent = catalog.no_figure_without_share[intent]
        # "is there a Taraz-level figure?" asks a figure of a group, whatever matched
        figure_asked = (
            intent in catalog.figure_intents
            or frame.trust
            or (frame.figure and intent not in GENERAL_INFO)
        )
        if figure_asked and (frame.group or frame.forecast):
            return self._no_figure(frame, "group" if frame.group else "forecast")
        # "сколько всего сообщений и сколько дошло до рассмотрения?": the considered part asked
        # beside the whole, not the whole as a count
        kept_considered = frame.considered and frame.operation == "amount"
        if not (kept_considered and intent in considered.values()):
            intent = self._operation_on(intent, frame) or intent
        changed = frame.fell or (frame.points_named and (frame.growth or len(frame.years) > 1))
        if intent == TRUST_SPLIT and frame.operation == "distrust" and changed:
            intent = DISTRUST_LEVEL  # «на сколько пунктов уменьшилась доля недоверяющих?»
        if intent in catalog.grown and changed and not frame.cause:
            # «доля недоверяющих снизилась с какого до какого?», "by how many points, 2019 and
            # 2025?"
            intent = catalog.grown[intent]
        if frame.separately and intent in catalog.sums:
            return self._no_figure(frame, catalog.sums[intent])  # "only partially" made distrust
        if frame.operation == "points" and self._quotes_the_points(frame):
            intent = catalog.comparison  # "is it 25 % or 25 points?": the change, explained
        if frame.operation == "points" and frame.others and frame.trust and self._latest(frame):
            return Decision(TRUST_SPLIT, confidence, frame=frame)  # "points ahead of the rest"
        if (
            frame.operation in ("points", "ratio")
            and (frame.trust or frame.growth)
            and (
                intent not in catalog.operations[frame.operation]
                or (frame.growth and intent == TRUST_SPLIT)  # "the growth: 25 % or points?"
            )
        ):
            # "how many points did trust go up", "2x more trust now?", "the relative increase
            # in percent, not in points", whatever matched
            intent = catalog.comparison
        asks_number = frame.counted or frame.operation == "percent"
        negated_share = (frame.counted or frame.share) and frame.operation in NEGATED_TRUST
        negated_share = negated_share and not self._why_not_all(frame)
        if intent in catalog.counted_as and negated_share:
            intent = catalog.counted_as[intent]  # "сколько не доверяют" matched the reasons
        if intent == catalog.comparison and self._own_count_set_against_the_country(frame):
            intent = catalog.level  # "to compare with the country: how many of our 300 trust?"
        if frame.per and intent == catalog.comparison and self._change_counted(frame):
            # "how many more of our 40 trust now than in 2019?": both ends applied to the
            # count, and the difference between them in people
            levels = self._levels()
            ends = (levels[0].period, levels[-1].period) if levels else frame.years
            counted = replace(frame, years=ends, operation="points")
            return Decision(catalog.per_people[catalog.level], confidence, frame=counted)
        if frame.per and intent in catalog.per_people:
            # "how many of 100 did NOT trust in 2019?", "…is it 100 minus 38?"
            if frame.operation in (*NEGATED_TRUST, "remainder"):
                negated = catalog.operations["distrust"].get(intent, intent)
                intent = catalog.counted_as.get(intent, negated)
            applied = catalog.per_people[intent]
            if applied == DISTRUST_PER and self._trust_share_asked(frame):
                # "our block has 36 people, how many trust by the national share": matched
                # among the distrust's phrasings, but nothing in it denies trust
                applied = catalog.per_people[catalog.level]
            if applied in (CONSIDERED_PER, REPORTS_PER) and self.frames.people.first(slots.content):
                # "reports per 1,000 residents": a rate of the population, which the data lack
                return self._no_figure(frame, "people")
            if applied == CONSIDERED_PER and frame.unconsidered:
                applied = REPORTS_PER  # "per 1,000 reports, how many not reviewed?"
            levels = self._levels()
            if frame.first and not frame.years and levels:
                # "in the first measurement, how many out of 100?": that year's share
                frame = replace(frame, years=(levels[0].period,))
            frame = self._per_now_too(frame, applied)
            if frame.operation == "points" and len(set(frame.years)) > 1:
                applied = catalog.per_people[catalog.level]  # the difference of those who trust
            return Decision(applied, confidence, frame=frame)
        trust_series = catalog.series[catalog.default_series]
        level_intents = (trust_series.current, trust_series.year, trust_series.first)
        spanned = len(set(slots.years)) > 1  # "trust 2019, trust 2025, change in p.p."
        # "how much more do people trust them now?": the growth up to now
        more_now = frame.more_counted and slots.now and not (frame.against or frame.per)
        if (
            (frame.growth or more_now)
            and intent in level_intents
            and (frame.counted or not slots.years or spanned)
        ):
            # "trust grew by 25 percent, right?", «сенім өсімі», "up from 2019? by how much"
            intent = catalog.comparison
        trust_asked = frame.trust and frame.operation not in NEGATED_TRUST
        # "раньше никто не доверял, а сейчас насколько лучше?": the change, not the distrust
        grown = frame.growth and intent not in catalog.grown.values()
        # "what percent did it start from?" matched the story of the reform: the first level
        # «а раньше, когда только начинали считать, сколько было?» after the level: trust's
        trust_started = frame.first and self._of_trust(topic)
        started = asks_number and (frame.trust or frame.police or trust_started)
        started = started and frame.about is None and intent not in catalog.figure_intents
        # "why was it 38 before and 63 now, what changed?": why it grew, not the change again
        why_grown = frame.cause and intent in catalog.caused_by.values()
        if frame.span and (intent in catalog.spans or trust_asked or grown) and not why_grown:
            intent = catalog.comparison  # "first and last measurement", "before and now"
        elif frame.first and (intent in (trust_series.current, trust_series.year) or started):
            # "в первом замере было 38 или 36?": the first measurement
            intent = trust_series.first or intent
        named = catalog.quoted.intents.get(frame.about or "")
        # "they never react to complaints, is there a figure?": the figure of what is named
        figure_named = frame.figure and named in catalog.figure_intents and not frame.trust
        # a number quoted that is none of ours ("a neighbour wrote 80 % trust") leaves the
        # question what it was
        ours_quoted = bool(self.book.quoted(frame.numbers))
        if intent in catalog.words_only and (asks_number or figure_named) and not ours_quoted:
            if not frame.trust and named in catalog.figure_intents:
                # "how many reports did the police leave unreviewed": the reports named
                return self._refine(named, confidence, slots, frame, topic)
            cited = frame.cited and frame.share and frame.about is None
            if not (frame.trust or cited or self.share_misremembered(frame)):
                return self._no_figure(frame, "measure")
            # "…how many trust?"; "what percent did Imasheva say?": the share she cited; "73 %
            # емес пе?": the level misremembered
            level = catalog.level
            return self._refine(level, confidence, slots, frame, topic)
        if intent == TRUST_SPLIT and self._past(slots.years) and self._rest_counted(frame):
            # «19-жылы 38 сенсе сенбегендері қанша?»: those who did not trust that year (62)
            intent = catalog.level_complement
        elif intent == TRUST_SPLIT and (
            self._past(slots.years) or topic in catalog.split_as_change or frame.first
        ):  # "на сколько пунктов больше, чем при первом замере?": the change
            intent = catalog.comparison
        if (
            slots.compare
            and catalog.intents[intent].series == catalog.intents[catalog.comparison].series
        ):
            intent = catalog.comparison
        if slots.order and intent == catalog.ordered_parent:
            current = (
                topic if slots.order == "next" and catalog.in_ordered_family(topic) else intent
            )
            return Decision(catalog.ordered_step(slots.order, current), confidence, frame=frame)
        metric = catalog.intents[intent].series
        if metric is None:
            return Decision(intent, confidence, frame=frame)
        series = catalog.series[metric]
        first = self._first_year(metric)
        if frame.first and series.complement_of and not slots.years and first:
            slots = replace(slots, years=first)  # "в первом замере… и сколько не доверяло"
        if intent in (series.current, series.year):
            return self._series_decision(metric, slots, frame, confidence)
        years = slots.years or (first if intent == series.first else ())
        return Decision(intent, confidence, years, metric, frame)

    @staticmethod
    def _changed(slots: Slots, frame: Frame) -> bool:
        """A change named, or now set against a past year ("how much lower now than in 2019")."""
        return frame.growth or (slots.compare and slots.now and bool(slots.years))

    def _points_between_measurements(self, words: list[str], frame: Frame) -> bool:
        """Points asked between the measurements, nothing else named: the change in trust."""
        named = frame.about or frame.numbers or frame.years or frame.per or frame.group
        measured = self.frames.measurement.first(words) is not None
        return frame.points_named and frame.operation == "points" and measured and not named

    def _ratio_multiplied(self, frame: Frame) -> bool:
        """The first level and the growth's ratio, and nothing else, quoted to multiply ("38 ×
        1.66"): the latest level checked, not an equation to solve."""
        ratio = self.book.derived().get("trust_ratio")
        if ratio is None or not frame.decimals or not frame.numbers:
            return False
        levels = self._levels()
        first = {round(levels[0].value or 0)} if levels else set()
        ratios = {round(d, RATIO_DIGITS) for d in frame.decimals}
        return set(frame.numbers) == first and ratios == {round(ratio, RATIO_DIGITS)}

    @staticmethod
    def _own_count_set_against_the_country(frame: Frame) -> bool:
        """The asker's own group counted, or a count set against the national average ("our
        300 staff: how many would trust, at the national average?"): the latest share applied to
        them, not the change between the years (no years, no growth named)."""
        own = frame.per is not None and (frame.place or frame.average) and frame.trust
        quoted = set(frame.numbers) - {frame.per}  # "we bet 1000 tenge: he says 40 %…"
        changed = frame.years or frame.growth or frame.operation in ("points", "ratio")
        return own and not (quoted or changed)

    def _per_now_too(self, frame: Frame, applied: str) -> Frame:
        """A share applied to a count in a past year and now («в 2019 из 100 сколько, а
        сейчас?», "200 residents at the 2019 and today's rates"): both years, each applied,
        not the past year alone."""
        levels = self._levels()
        if not (frame.years and levels) or applied not in YEARLY_PER:
            return frame
        years = tuple(sorted({*frame.years, levels[-1].period}))
        if self._change_of_a_count(frame, applied):
            # "how many more of our 40 trust now than in 2019?", «…по сравнению с 2019»: both
            # years applied, and their difference in people
            return replace(frame, years=years, operation="points")
        return replace(frame, years=years) if frame.now else frame

    def _change_of_a_count(self, frame: Frame, applied: str) -> bool:
        """The change since a year asked in people of a count: compared, trust named, those who
        trust (or both sides) applied."""
        people = self.catalog.per_people
        sides = (people[self.catalog.level], people[TRUST_SPLIT])
        # "how many more in 2025 vs 2019": two years set against each other by a count
        more = frame.more_counted and len(frame.years) > 1
        return (frame.compare or more) and applied in sides and self._change_counted(frame)

    def _rest_of_a_count(self, topic: str | None) -> str | None:
        """After a share applied to a count (630 of 1,000 trust), the other side's figure: the
        rest of that count is asked by "and the others?"."""
        sides = {
            self.catalog.per_people[self.catalog.level]: self.catalog.level_complement,
            self.catalog.per_people[self.catalog.level_complement]: self.catalog.level,
        }
        return sides.get(topic or "")

    def _first_year(self, metric: str) -> tuple[int, ...]:
        """The first period of the metric's series (or of the one it complements)."""
        series = self.catalog.series[metric]
        rows = self.book.series(series.complement_of or metric)
        return (rows[0].period,) if rows else ()

    def _earlier(self, topic: str | None, frame: Frame) -> tuple[str, tuple[int, ...]] | None:
        """ "а сколько было?" after today's level, or after an answer spanning the trust series
        ("is 63 % a lot?"): the first year."""
        if topic is None or not (frame.past and frame.counted):
            return None
        spanned = self.catalog.default_series if topic in self.catalog.spans else None
        metric = self.catalog.intents[topic].series or spanned
        if metric is None or topic == self.catalog.series[metric].year:
            return None
        first = self._first_year(metric)
        return (metric, first) if first else None

    @staticmethod
    def _trust_share_asked(frame: Frame) -> bool:
        """Trust asked as a share, with no word denying it or naming its parts."""
        return frame.trust and frame.operation == "percent" and not frame.partly_named

    def _series_decision(
        self, metric: str, slots: Slots, frame: Frame, confidence: float
    ) -> Decision:
        series = self.catalog.series[metric]
        intent = series.year if slots.years else series.current
        years = slots.years
        rows = self.book.series(metric)
        if years and slots.now and rows:  # "в 2019 сколько было, а сейчас?": both
            years = tuple(sorted({*years, rows[-1].period}))
        if years and frame.with_first and rows:  # "в 2025 и при первом замере": both
            years = tuple(sorted({*years, rows[0].period}))
        applied = self.catalog.per_people.get(intent) if frame.per else None
        if applied is not None:  # "в 2019-м из тысячи сколько доверяли?" (and "а сейчас?")
            return Decision(applied, confidence, frame=replace(frame, years=years))
        return Decision(intent, confidence, years, metric, frame)

    def _series_of(self, topic: str | None) -> str:
        """The topic's series; a share applied to a count has its figure's ("out of 100, how
        many don't trust?" → "and in 2019?": that year's rest)."""
        if topic is None:
            return self.catalog.default_series
        applied_to = (f for f, per in self.catalog.per_people.items() if per == topic)
        figures = (self.catalog.intents[f].series for f in (topic, *applied_to))
        return next((series for series in figures if series), self.catalog.default_series)


def _names_more(frame: Frame) -> bool:
    """Something named beside a follow-up of ours: another country, institution or measure, a
    group, a subject of ours, a number, a cause, or another task."""
    named = frame.country or frame.institution or frame.measure or frame.group or frame.about
    return bool(named or frame.numbers or frame.cause or frame.offtopic)


def _names_a_subject(frame: Frame) -> bool:
    """A subject, a number, a year, another country or institution named: the question is about
    that, not about the reasons as a whole."""
    return bool(frame.about or frame.numbers or frame.years or frame.country or frame.institution)
