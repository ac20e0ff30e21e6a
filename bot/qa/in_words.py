"""Questions answered in words, read before the matcher: who computed a figure, who the deputy is,
the outlet and the headline, where one figure comes from, whose "almost twice" is and whether it
holds, what percentage points are, the asker among the 37 %, the consequences of formalism and
the main problems, what a phrase of a reason means, why trust grew, the police's openness and
the deputy's side; what the 800 thousand reports are, her own trust asked sideways, an
accountable police, what the Prosecutor's Office stated, bribes, who the partly trusting are, a
survey or statistics, the police before the reform, national or a city's figure, where to read
it, whose the reasons are, villages, a reform asked after a story, the police's low reaction,
her own view of the police, why trust is not higher, why 63 % is not all well, her assessment
beside the figures, the partly trusting counted apart or not, her office guessed, a quote asked
word for word and the inspectors relieved of extra duties. Each rule is a word list
of `data/in_words.toml` read with the frame; a rule answers with an intent and, for some, an
`aside` line said before it (`answers.toml [aside]`)."""

from collections.abc import Callable, Iterable
from dataclasses import dataclass, fields
from typing import Any

from bot.qa.datafiles import load
from bot.qa.facts import CORRUPTION_ONE_IN, OFFENCE_REPORTS
from bot.qa.frame import Frame
from bot.qa.intents import (
    ASSESSMENT,
    DEPUTY,
    DEPUTY_STANCE,
    METHOD,
    PARTLY_MEANING,
    PREVENTION,
    PUBLICATION,
    REASONS,
    REFORM,
    SOURCE,
    SUM_QUOTED,
    TRUST_SPLIT,
)
from bot.qa.lexicon import Phrases, WordSet, phrases
from bot.qa.slots import spans

GROWTH = "trust_growth"
GROWTH_CAUSES = "growth_causes"
FORMALISM = "reason_formalism"
CORRUPTION = "reason_corruption"
DISTRUST = "distrust"
DISTRUST_SHARE = "distrust_share"
INSPECTORS = "prevention_gaps"  # the metric of the inspectors' answer
PHRASE_LISTS = (
    "against_person",
    "points_split",
    "among",
    "her_police",
    "accountable_said",
    "who_they_are",
    "all_well",
    "gained_phrases",
    "beat_police",
)
SHORT = 12  # words: a question this long or shorter asks one thing
LONGEST = 14  # words: longer, a message is a story, read by its sentences
WHOSE_LONGEST = 18  # words: "official position or her own?" is asked in one long sentence


@dataclass(frozen=True)
class Quoted:
    """What the numbers a question quotes are, from the facts: the metrics they are a value
    of, and whether they are the change of trust (its points or its percent) or its ends."""

    metrics: frozenset[str]
    of_the_change: bool
    all_ours: bool  # every number quoted is a figure of ours or the change


@dataclass(frozen=True)
class InWords:
    computed: WordSet
    who: WordSet
    posts: WordSet
    offices: WordSet
    said: WordSet
    said_this: WordSet
    knowing: WordSet
    whence: WordSet
    quotes: WordSet
    exact: WordSet
    released: WordSet
    duties: WordSet
    gained: WordSet
    became_service: WordSet
    gained_phrases: Phrases
    beat_police: Phrases
    outlets: WordSet
    outlet_asked: WordSet
    headline: WordSet
    articles: WordSet
    figure_words: WordSet
    origin: WordSet
    origin_en: WordSet
    against_person: Phrases
    whose_words: WordSet
    checked: WordSet
    points: WordSet
    points_split: Phrases
    points_asked: WordSet
    first_person: WordSet
    partly: WordSet
    included: WordSet
    consequences: WordSet
    citizens: WordSet
    formalism: WordSet
    problems: WordSet
    problems_asked: WordSet
    meaning: WordSet
    reform_named: WordSet
    grew: WordSet
    why: WordSet
    open_police: WordSet
    open_asked: WordSet
    sides: WordSet
    since: WordSet
    when: WordSet
    either: WordSet
    social: WordSet
    method: WordSet
    how: WordSet
    measured: WordSet
    before: WordSet
    among: Phrases
    kinds: WordSet
    her_trust: WordSet
    her_police: Phrases
    accountable: WordSet
    accountable_said: Phrases
    prosecutor: WordSet
    stated: WordSet
    bribes: WordSet
    corruption: WordSet
    most: WordSet
    who_they_are: Phrases
    survey: WordSet
    statistics: WordSet
    reform_only: WordSet
    before_reform: WordSet
    reform_was: WordSet
    changed: WordSet
    national: WordSet
    rural: WordSet
    said_of: WordSet
    read: WordSet
    read_where: WordSet
    official: WordSet
    officially: WordSet
    own_view: WordSet
    reasons_named: WordSet
    yes_or_no: WordSet
    besides: WordSet
    offences: WordSet
    crimes: WordSet
    measuring: WordSet
    blamed: WordSet
    distrust_named: WordSet
    started: WordSet
    started_why: WordSet
    outlet_named: WordSet
    site: WordSet
    site_asked: WordSet
    linked: WordSet
    reaction: WordSet
    reaction_said: WordSet
    inspectors: WordSet
    herself: WordSet
    own: WordSet
    attitude: WordSet
    low: WordSet
    high: WordSet
    all_well: Phrases
    rejoice: WordSet
    denied: WordSet
    assessed: WordSet
    counted_apart: WordSet

    @classmethod
    def load(cls) -> "InWords":
        data: dict[str, Any] = load("in_words.toml")
        lists: dict[str, Any] = {
            f.name: phrases(" ".join(p) if isinstance(p, list) else p for p in data[f.name])
            if f.name in PHRASE_LISTS
            else WordSet(data[f.name])
            for f in fields(cls)
        }
        return cls(**lists)

    def decide(
        self,
        words: list[str],
        frame: Frame,
        topic: str | None,
        quoted: Quoted,
        person: WordSet,
        twice: Phrases,
    ) -> tuple[str, str | None] | None:
        """The intent a question in words asks, and the aside said before its answer; None
        when no rule reads it. `person`: the deputy's words; `twice`: the doubling phrases."""
        # (these read a city named, or the end of a long story, so come first; the first
        # measurement asked, as in a quiz of several questions, is read elsewhere)
        first = self._first_asked(words, frame)
        sideways = (
            self._national,
            self._villages,
            self._reform_asked,
            self._whose_reasons,
            self._why_not_higher,
            self._reasons_officially,
            self._quote_asked,
            self._duties_relieved,
        )
        found = None if first else _first_reading(sideways, words, frame)
        if found is not None:
            return found
        other = frame.country or frame.offtopic or frame.group or frame.forecast or frame.detail
        if other or len(words) > LONGEST:
            return None  # (a story told before its question is read by its sentences)
        named = (
            self._computed_by,
            self._her_post,
            self._her_office,
            self._known_from,
            self._headline,
            self._figure_authored,
            self._outlet,
            self._reports_counted_and_sourced,
            self._figure_sourced,
            self._method,
            self._problems,
            self._phrase_meant,
            self._service_police,
            self._why_grew,
            self._openness,
            self._assessment_compared,
        )
        # (what the article says of a thing, asked in other words; not beside the first
        # measurement named)
        said = (
            self._her_own_trust,
            self._accountable,
            self._prosecutor_stated,
            self._bribes,
            self._partly_who,
            self._survey_or_statistics,
            self._police_before_reform,
            self._where_to_read,
            self._blamed,
            self._outlet_or_site,
            self._responsiveness,
            self._counted_together,
        )
        found = _first_reading(named, words, frame)
        found = found or (None if first else _first_reading(said, words, frame))
        if found is not None:
            return found
        return (
            self._consequences(words, frame, topic, quoted)
            or self._her_own_view(words, frame, topic)
            or self._not_all_well(words, frame, quoted)
            or self._reports_kind(words, frame, quoted)
            or self._doubling(words, frame, twice)
            or self._points(words, frame, quoted)
            or self._among_the_rest(words, frame, quoted)
            or self._side(words, frame, person)
            or self._reform_began(words, frame, topic)
        )

    @staticmethod
    def _has(words: list[str], wanted: WordSet) -> bool:
        return wanted.first(words) is not None

    def _first_asked(self, words: list[str], frame: Frame) -> bool:
        """The first measurement named, or since when trust is measured («қашаннан бері
        өлшенеді?», "since when is it measured?")."""
        since = self._has(words, self.since) and self._has(words, self.measuring)
        return frame.first or since

    @staticmethod
    def _asks_a_figure(frame: Frame) -> bool:
        return frame.counted or bool(frame.years) or frame.per is not None or frame.share_asked

    def _computed_by(self, words: list[str], frame: Frame) -> tuple[str, str | None] | None:
        """ "Did the government calculate the 63 %, or who?": the figure's source."""
        # ("since when is it measured, and by whom?" asks the first measurement too)
        who = self._has(words, self.who) or (frame.institution and self._has(words, self.either))
        # ("are the partly trusting counted separately?" asks how the sum is made)
        who = who and not (self._has(words, self.since) or frame.separately)
        figure = frame.numbers or frame.trust or frame.figure
        asked = frame.counted or frame.first or frame.span or frame.years
        if self._has(words, self.computed) and who and figure and not asked:
            return SOURCE, None
        return None

    def _her_post(self, words: list[str], frame: Frame) -> tuple[str, str | None] | None:
        """ "Who is this Snezhanna, a minister?", "did a minister say this?": a deputy of the
        Mazhilis, not a minister."""
        post = self._has(words, self.posts)
        if frame.numbers or frame.trust or self._asks_a_figure(frame) or len(words) > SHORT:
            return None
        deputy = frame.reference == "pronoun" or "депутат" in words
        her = _names_her(words)
        # "did a minister say this?": who said it is guessed ("what did the minister say?" no)
        guessed = self._has(words, self.said) and self._has(words, self.said_this)
        # (who she is otherwise, her party or profession, is read elsewhere)
        if (her or deputy or guessed) and post:
            return DEPUTY, "post"
        return None

    def _her_office(self, words: list[str], frame: Frame) -> tuple[str, str | None] | None:
        """ "Imasheva, is she from the government?", «сандарды кім айтты, министрлік пе?»,
        "Mazhilis, is that parliament? who there spoke of trust?": a deputy of parliament."""
        if not self._has(words, self.offices) or frame.numbers or self._asks_a_figure(frame):
            return None
        who_said = self._has(words, self.who) and (
            self._has(words, self.said) or self._has(words, self.figure_words)
        )
        her = _names_her(words) or "депутат" in words or frame.reference == "pronoun"
        # ("does the deputy trust the government?" asks no office of hers)
        if who_said or (her and not frame.trust):
            return DEPUTY, "office"
        return None

    def _known_from(self, words: list[str], frame: Frame) -> tuple[str, str | None] | None:
        """ "Where do you know all this from?", «мұның бәрін қайдан білесің?»: where what the
        bot says comes from, not what it can do ("do you know a good cafe?" asks no source)."""
        known = self._has(words, self.knowing) and self._has(words, self.whence)
        other = frame.country or frame.institution or frame.group or frame.offtopic
        if known and self._has(words, self.said_this) and not (other or frame.numbers):
            return SOURCE, None
        return None

    def _quote_asked(self, words: list[str], frame: Frame) -> tuple[str, str | None] | None:
        """ "The verbatim quote on the 63 %, so I don't misquote it": the source and that
        figure's quote, also in a longer message. Only a figure quoted and a quote asked word
        for word: "can I quote that?" or "her quote about her police" ask something else."""
        other = frame.country or frame.institution or frame.group or frame.offtopic
        asked = frame.counted or frame.years or frame.per is not None
        exact = self._has(words, self.quotes) and self._has(words, self.exact)
        if exact and frame.numbers and not (other or asked):
            return SOURCE, None
        return None

    def _headline(self, words: list[str], frame: Frame) -> tuple[str, str | None] | None:
        """ "What's the headline of the piece?": none in the data; what it is about, and where
        it came out."""
        of_article = self._has(words, self.articles) or frame.article or len(words) <= 4
        ours = frame.numbers or frame.trust or frame.about or frame.police
        ours = ours or self._asks_a_figure(frame)
        if self._has(words, self.headline) and of_article and not ours:
            return PUBLICATION, "headline"
        return None

    def _figure_authored(self, words: list[str], frame: Frame) -> tuple[str, str | None] | None:
        """ "For a footnote: the figure's author, the outlet, the date": the deputy quoted, the
        outlet and its date."""
        author = any(w.startswith(("автор", "author")) for w in words)
        of_figure = self._has(words, self.figure_words) or self._has(words, self.outlets)
        if author and of_figure and not self._asks_a_figure(frame):
            return PUBLICATION, "footnote"
        return None

    def _outlet(self, words: list[str], frame: Frame) -> tuple[str, str | None] | None:
        """ "Which media wrote about it?", «какое СМИ писало?»: the publication."""
        # ("what did the inspectors do on social media?" names no outlet; "reported" may read
        # as the reports)
        named = [w for i, w in enumerate(words) if not (i and words[i - 1] in self.social)]
        outlet = self._has(named, self.outlets) and self._has(words, self.outlet_asked)
        outlet = outlet and frame.about in (None, OFFENCE_REPORTS)
        if outlet and not (frame.numbers or self._asks_a_figure(frame)) and len(words) <= SHORT:
            return PUBLICATION, None
        return None

    def _origin(self, words: list[str]) -> bool:
        english = self._has(words, self.origin_en) and "where" in words
        return self._has(words, self.origin) or english

    def _reports_counted_and_sourced(
        self, words: list[str], frame: Frame
    ) -> tuple[str, str | None] | None:
        """ "Offences against the person: how many, and where's the info from?": the reports
        (800 thousand), with their source, the General Prosecutor's Office."""
        reports = frame.about == OFFENCE_REPORTS or bool(spans(words, self.against_person))
        if reports and frame.counted and self._origin(words) and not frame.numbers:
            return FORMALISM, "reports"
        return None

    def _figure_sourced(self, words: list[str], frame: Frame) -> tuple[str, str | None] | None:
        """ "Where does the one-in-seven stat come from?": that figure's source (the deputy),
        not the share of corrupt officers."""
        figure = frame.about == CORRUPTION_ONE_IN or frame.seventh
        if figure and self._origin(words) and not (frame.counted or frame.numbers):
            return SOURCE, "seventh"
        return None

    def _method(self, words: list[str], frame: Frame) -> tuple[str, str | None] | None:
        """ "Does the article say how trust was measured? sample, method": it does not."""
        method = self._has(words, self.method)
        # "how was it measured?", not "how long has it been measured?"
        how = self._has(words, self.how) and self._has(words, self.measured)
        how = how and not self._has(words, self.since)
        asked = frame.numbers or frame.first or frame.span or frame.growth or frame.compare
        if (method or how) and not (asked or self._asks_a_figure(frame)):
            return METHOD, None
        return None

    def _consequences(
        self, words: list[str], frame: Frame, topic: str | None, quoted: Quoted
    ) -> tuple[str, str | None] | None:
        """ "What consequences of formalism does the deputy name?", "what does it mean for
        citizens, in her words?", "why are the 500 thousand a problem?": the police's low
        reaction, the offenders unpunished, graver consequences, crimes concealed."""
        of_formalism = self._has(words, self.formalism) or frame.unconsidered or topic == FORMALISM
        for_citizens = self._meaning_asked(words) and self._has(words, self.citizens)
        a_problem = self._has(words, self.why) and self._has(words, self.problems)
        asked = self._has(words, self.consequences) or for_citizens or a_problem
        # (the figures quoted are ours, told, not asked)
        told = bool(frame.numbers) and not (quoted.all_ours and a_problem)
        if asked and of_formalism and not (frame.counted or told or frame.years):
            return FORMALISM, "consequences"
        return None

    def _problems(self, words: list[str], frame: Frame) -> tuple[str, str | None] | None:
        """ "How did the deputy describe the main police problems, list them": the reasons."""
        ours = frame.police or "депутат" in words or "deputy" in words
        asked = self._has(words, self.problems_asked)
        if self._has(words, self.problems) and ours and asked and not frame.about:
            return None if frame.numbers or frame.counted else (REASONS, None)
        return None

    def _phrase_meant(self, words: list[str], frame: Frame) -> tuple[str, str | None] | None:
        """ "'Every seventh is a police officer' — what does it mean?": the corruption reason."""
        # (the seventh alone, «жетіншісі деген не?», is its share, ≈14 %, read elsewhere)
        seventh = (frame.about == CORRUPTION_ONE_IN or frame.seventh) and frame.police
        plain = not (frame.numbers or frame.counted or frame.not_police or frame.share)
        if seventh and self._meaning_asked(words) and plain and len(words) <= SHORT:
            return CORRUPTION, None
        return None

    def _service_police(self, words: list[str], frame: Frame) -> tuple[str, str | None] | None:
        """ "What is 'service police', where did it come from?": the reform's story."""
        service = _service_named(words)
        asked = self._meaning_asked(words) or self._origin(words)
        plain = not (frame.numbers or frame.trust or frame.police_share_told or frame.cited)
        if service and asked and plain and not self._asks_a_figure(frame):
            return REFORM, None
        return None

    def _meaning_asked(self, words: list[str]) -> bool:
        """ "What does it mean?", «что это значит?», «нені білдіреді?», "what is X?"."""
        what_is = any(
            w in ("what", "whats") and words[i + 1 : i + 2] in (["is"], ["s"])
            for i, w in enumerate(words)
        )
        return self._has(words, self.meaning) or what_is

    def _why_grew(self, words: list[str], frame: Frame) -> tuple[str, str | None] | None:
        """ "Why did trust grow, what changed since 2019?": what changed, the reform."""
        why = self._has(words, self.why)
        grew = self._has(words, self.grew)
        plain = not (frame.numbers or frame.counted or frame.slow or frame.fell)
        # ("…but why does the deputy call it insignificant?" asks her word for it)
        plain = plain and not (self._has(words, self.when) or frame.cited)
        deputy = any(w.startswith(("депутат", "deputy")) for w in words)
        plain = plain and not (_names_her(words) or deputy)
        plain = plain and frame.operation not in ("distrust", "complement", "negated")
        if why and grew and frame.trust and plain and not frame.about:
            return GROWTH_CAUSES, None
        return None

    def _openness(self, words: list[str], frame: Frame) -> tuple[str, str | None] | None:
        """ "Is the police open now or still the same?", "did it really become a service
        police?": the deputy's question, and her answer: trust grew, but insignificantly."""
        # (a service police asked only as what the police became, the reform unnamed: "what
        # is this service police reform?" and "did the reform fail?" are the reform's story)
        service = _service_named(words) and self._has(words, self.became_service)
        service = service and not self._has(words, self.reform_only)
        named = self._has(words, self.open_police) or service
        asked = named and self._has(words, self.open_asked)
        # ("was the police closed before?" asks the old police, the reform's story; there was
        # no service police before it, so «сервистік болды ма?» asks what it became)
        asked = asked and (service or not self._has(words, self.before))
        other = frame.about not in ((None, REFORM) if service else (None,))
        plain = not (frame.numbers or frame.task or self._asks_a_figure(frame) or other)
        if asked and frame.police and plain:
            return ASSESSMENT, "open"
        return None

    def _doubling(
        self, words: list[str], frame: Frame, twice: Phrases
    ) -> tuple[str, str | None] | None:
        """ "Is 'almost double' legit? calculate it", "is the 'almost twice' claim hers or the
        journalist's?": the change, ×1.66, and her word for it."""
        if not spans(words, twice) or frame.numbers or frame.counted or frame.about:
            return None
        # ("who said 'almost twice'?" is the deputy, read elsewhere)
        if self._has(words, self.whose_words) and not self._has(words, self.who):
            return GROWTH, "hers"
        if self._has(words, self.checked) or frame.checked:
            return GROWTH, "doubling"
        return None

    def _points(
        self, words: list[str], frame: Frame, quoted: Quoted
    ) -> tuple[str, str | None] | None:
        """ "What are p.p., why not just per cent?", «өсім 25 пайыз ғой?», "25 % or 25
        points?": the change in points, and relative to the first level."""
        named = self._has(words, self.points) or bool(spans(words, self.points_split))
        asked = self._has(words, self.points_asked)
        if frame.numbers:
            change = quoted.of_the_change and quoted.all_ours
            of_trust = frame.growth or frame.trust or named
            percent = frame.operation in ("points", "percent") or named
            if change and of_trust and percent and asked and not frame.counted:
                return GROWTH, "points"
            return None
        abbreviated = bool(spans(words, self.points_split)) or "пп" in words or "pp" in words
        # ("explain percentage points to your granny": the word itself explained)
        explained = frame.points_named and self._meaning_asked(words)
        # ("what's pp, why not per cent?" names a share, and asks none; "the gap between those
        # who trust and those who don't, in pp?" sets the two sides against each other)
        sides = frame.about or frame.counted or frame.years or frame.both_counted
        if ((abbreviated and asked) or explained) and not sides:
            return GROWTH, "points"
        return None

    def _among_the_rest(
        self, words: list[str], frame: Frame, quoted: Quoted
    ) -> tuple[str, str | None] | None:
        """ "I trust the police half-way. Am I in those 37 %?": yes, the 37 % trust partly or
        not at all."""
        me = self._has(words, self.first_person)
        partly = self._has(words, self.partly) or frame.partly_named
        included = self._has(words, self.included) or bool(spans(words, self.among))
        rest = DISTRUST_SHARE in quoted.metrics or frame.partly_named
        if me and partly and rest and included and not (frame.counted or frame.years):
            return DISTRUST, "included"
        return None

    def _side(
        self, words: list[str], frame: Frame, person: WordSet
    ) -> tuple[str, str | None] | None:
        """ "Is the deputy for the police or against it?": who she is, her stance."""
        her = person.first(words) is not None or frame.reference == "pronoun"
        if her and self._has(words, self.sides) and not (frame.about or frame.numbers):
            return DEPUTY_STANCE, "side"
        return None

    def _national(self, words: list[str], frame: Frame) -> tuple[str, str | None] | None:
        """ "Is 63 % national or Almaty's?": a figure for all Kazakhstan, none for a city."""
        figure = frame.trust or bool(frame.numbers) or frame.figure
        figure = figure or self._has(words, self.figure_words)
        asked = frame.counted or frame.years or frame.country or frame.per is not None
        # (a city set against the national average is a breakdown we lack)
        either = self._has(words, self.either) or self._has(words, self.yes_or_no)
        asked = asked or frame.average or frame.compare or not either
        if self._has(words, self.national) and figure and not asked and len(words) <= LONGEST:
            return SOURCE, "national"
        return None

    def _villages(self, words: list[str], frame: Frame) -> tuple[str, str | None] | None:
        """ "Does the article say anything about villages?": rural areas lack district
        inspectors, the weak prevention the deputy names; no village figure is asked."""
        figure = frame.trust or frame.numbers or frame.share or self._asks_a_figure(frame)
        # ("why are there problems with the police in villages?" asks what the article says)
        said = self._has(words, self.said_of) or frame.article or self._has(words, self.problems)
        if self._has(words, self.rural) and said and not figure and len(words) <= SHORT:
            return PREVENTION, "rural"
        return None

    def _duties_relieved(self, words: list[str], frame: Frame) -> tuple[str, str | None] | None:
        """ "As an inspector myself: does the article say we were relieved of extra duties?",
        "what did the beat cops get out of the reform?": the inspectors' answer, which says so;
        not a count or a pay asked nor another reason (officers relieved of duty for
        corruption)."""
        relieved = self._has(words, self.released) and self._has(words, self.duties)
        inspectors = self._has(words, self.inspectors) or bool(spans(words, self.beat_police))
        gained = self._has(words, self.gained) or bool(spans(words, self.gained_phrases))
        relieved = relieved or (inspectors and gained)
        asked = frame.counted or frame.numbers or frame.years or frame.trust or frame.measure
        if relieved and frame.about in (None, INSPECTORS, REFORM) and not asked:
            return PREVENTION, None
        return None

    def _reform_asked(self, words: list[str], frame: Frame) -> tuple[str, str | None] | None:
        """ "…was there some reform, what changed?", even at the end of a story of the police
        that now says hello: the service-police reform, its district inspectors."""
        asked = self._has(words, self.reform_was) and self._has(words, self.changed)
        # (a number in the story, "twenty years at the market", asks nothing)
        figure = frame.years or frame.counted or frame.share or frame.trust
        if self._has(words, self.reform_only) and asked and not figure:
            return REFORM, None
        return None

    def _reports_kind(
        self, words: list[str], frame: Frame, quoted: Quoted
    ) -> tuple[str, str | None] | None:
        """ "800 thousand — reports of what, thefts?", «жеке адамға қарсы дегені не?»: reports
        of offences against the person; the article gives no breakdown by kind."""
        # (the offences must be named: reports alone may be the asker's own, "my quarterly
        # report, what kind?", and "800 thousand, what are they?" asks both their parts)
        ours = frame.about == OFFENCE_REPORTS or (
            quoted.metrics == {OFFENCE_REPORTS} and quoted.all_ours
        )
        crimes = self._has(words, self.crimes) and bool(frame.numbers)
        of_offences = ours and (self._has(words, self.offences) or crimes)
        reports = of_offences or bool(spans(words, self.against_person))
        asked = self._has(words, self.kinds) or self._meaning_asked(words)
        figure = self._asks_a_figure(frame) or frame.unconsidered or frame.considered
        figure = figure or frame.share or self._first_asked(words, frame)
        # (trust in the Prosecutor's Office, or the reasons besides formalism, are no kind)
        other = frame.trust or frame.cause or frame.institution or self._has(words, self.besides)
        other = other or frame.about not in (None, OFFENCE_REPORTS)
        if reports and asked and not (figure or other):
            return FORMALISM, "kinds"
        return None

    def _her_own_trust(self, words: list[str], frame: Frame) -> tuple[str, str | None] | None:
        """ "So does she trust the police or not?", «Имашева сказала, что её полиция её…»: her
        own trust, "her police protect her"."""
        her = _names_her(words) or frame.reference == "pronoun"
        her = her or any(w.startswith(("депутат", "deputy")) for w in words)
        # ("her police…" may have been read as the deputy's own word, or as "the rest")
        begun = bool(spans(words, self.her_police)) and not frame.numbers
        # ("does imasheva trust the police or not" is negated)
        asked = self._has(words, self.her_trust) and frame.operation in ("value", "negated")
        asked = frame.trust and asked
        figure = frame.numbers or frame.growth or frame.about or self._asks_a_figure(frame)
        if her and (begun or (asked and not figure)):
            return DEPUTY_STANCE, None
        return None

    def _accountable(self, words: list[str], frame: Frame) -> tuple[str, str | None] | None:
        """ "Did she say the police is accountable?": her question whether it became a service
        police, open and accountable, and the reform's story."""
        named = self._has(words, self.accountable) or bool(spans(words, self.accountable_said))
        if named and not (frame.numbers or self._asks_a_figure(frame)):
            return REFORM, "open"
        return None

    def _prosecutor_stated(self, words: list[str], frame: Frame) -> tuple[str, str | None] | None:
        """ "What did the General Prosecutor's Office say?": its figures, the reports left
        without consideration."""
        # ("has trust in the prosecutor's office been measured?" is another institution's trust)
        counted = self._has(words, self.computed) and not frame.trust
        stated = self._has(words, self.stated) or counted
        said = self._has(words, self.prosecutor) and stated
        if said and not (frame.numbers or self._asks_a_figure(frame)):
            return FORMALISM, "reports"
        return None

    def _bribes(self, words: list[str], frame: Frame) -> tuple[str, str | None] | None:
        """ "What does it say about bribes?", "the most common kind of police corruption?",
        «полициядағы жемқорлық — қандай қылмыстар?»: the corruption reason, mostly bribes and
        fraud."""
        kinds = self._has(words, self.kinds)
        crimes = kinds and self._has(words, self.crimes)
        kind = (kinds and self._has(words, self.most)) or crimes
        named = self._has(words, self.bribes) or (self._has(words, self.corruption) and kind)
        # ("a bribe's usual sum?" is a measure we lack, not the crimes' kinds; "other than
        # bribes?", the other reasons)
        measure = frame.measure is not None and not crimes
        figure = frame.numbers or frame.share or measure or self._asks_a_figure(frame)
        # ("every seventh, so every seventh officer takes bribes?" is a share of officers)
        officers = frame.seventh or frame.whole or frame.police_share_told or frame.checked
        figure = figure or bool(officers) or frame.operation != "value"
        if named and not (figure or frame.trust or self._has(words, self.besides)):
            return CORRUPTION, None
        return None

    def _partly_who(self, words: list[str], frame: Frame) -> tuple[str, str | None] | None:
        """ "Who are the partly trusting?": the source's word explained, part of the 37 %,
        counted with those who do not trust at all."""
        partly = self._has(words, self.partly) or frame.partly_named
        # ("who talks about the partly trusting?" asks who said it)
        mine = self._has(words, self.first_person) or self._has(words, self.stated)
        who = bool(spans(words, self.who_they_are))
        figure = frame.numbers or frame.share or self._asks_a_figure(frame)
        if partly and who and not (mine or figure):
            return PARTLY_MEANING, None
        return None

    def _survey_or_statistics(
        self, words: list[str], frame: Frame
    ) -> tuple[str, str | None] | None:
        """ "Is it a survey or statistics?": national statistics the deputy cites; the article
        says nothing of a survey behind them."""
        # ("who measured it, a survey or the Ministry itself?" sets a survey against the rest;
        # "who ordered the survey?" asks its method)
        either = self._has(words, self.either) or self._has(words, self.yes_or_no)
        other = self._has(words, self.who) or frame.institution is not None
        other = self._has(words, self.statistics) or (other and either)
        # ("how is trust measured? by surveys?", "measured with a survey?": the same, no
        # method is described)
        both = self._has(words, self.survey) and (other or self._has(words, self.measuring))
        if both and not self._asks_a_figure(frame):
            return SOURCE, "statistics"
        return None

    def _police_before_reform(
        self, words: list[str], frame: Frame
    ) -> tuple[str, str | None] | None:
        """ "What was the police like before the reform?", "how open did it use to be?":
        closed, opaque and punitive."""
        before = self._has(words, self.reform_only) and self._has(words, self.before_reform)
        # ("how open was the police before?": the old police, closed)
        was_open = self._has(words, self.open_police) and self._has(words, self.before)
        before = before or was_open
        figure = frame.numbers or frame.trust or self._asks_a_figure(frame)
        if before and frame.police and not figure:
            return REFORM, None
        return None

    def _where_to_read(self, words: list[str], frame: Frame) -> tuple[str, str | None] | None:
        """ "Where can I read this?": the outlet and its date."""
        asked = self._has(words, self.read) and self._has(words, self.read_where)
        if asked and not (frame.numbers or self._asks_a_figure(frame)) and len(words) <= SHORT:
            return PUBLICATION, None
        return None

    def _whose_reasons(self, words: list[str], frame: Frame) -> tuple[str, str | None] | None:
        """ "Are the reasons an official position or her own view?": her own assessment."""
        whose = self._has(words, self.official) and self._has(words, self.own_view)
        reasons = self._has(words, self.reasons_named) or frame.cause
        if whose and reasons and not frame.numbers and len(words) <= WHOSE_LONGEST:
            return REASONS, "own_view"
        return None

    def _blamed(self, words: list[str], frame: Frame) -> tuple[str, str | None] | None:
        """ "Who's to blame that people don't trust the police?": the deputy's reasons, not
        the share of those who distrust."""
        distrust = self._has(words, self.distrust_named) or frame.operation == "distrust"
        ours = frame.trust or frame.police or distrust
        if self._has(words, self.blamed) and ours and not self._asks_a_figure(frame):
            return None if frame.numbers else (REASONS, None)
        return None

    def _outlet_or_site(self, words: list[str], frame: Frame) -> tuple[str, str | None] | None:
        """ "Was it Kursiv or some other outlet?", "which site was it on, I'll share the link",
        «кім жазды, сілтеме бар ма?»: the outlet and its date; who wrote it, the deputy quoted
        and the outlet, as no author is named."""
        named = self._has(words, self.outlet_named)
        named = named and (self._has(words, self.either) or self._has(words, self.yes_or_no))
        # ("the link between the police and society" is the district inspectors)
        site = self._has(words, self.site) and self._has(words, self.site_asked)
        site = site and not self._has(words, self.linked)
        if not (named or site) or frame.numbers or self._asks_a_figure(frame):
            return None
        return PUBLICATION, "footnote" if self._has(words, self.who) else None

    def _responsiveness(self, words: list[str], frame: Frame) -> tuple[str, str | None] | None:
        """ "What does low responsiveness lead to?", «что пишут про реакцию полиции на
        обращения?»: her words on formalism, the police's low reaction and its graver
        consequences; the district inspectors who do not react are the weak prevention."""
        named = self._has(words, self.reaction) and not self._has(words, self.inspectors)
        said = self._has(words, self.reaction_said) or self._has(words, self.consequences)
        if named and said and not (frame.numbers or frame.trust or self._asks_a_figure(frame)):
            return FORMALISM, "consequences"
        return None

    def _counted_together(self, words: list[str], frame: Frame) -> tuple[str, str | None] | None:
        """ "Are the partly trusting counted separately from those who don't trust at all?":
        no, the 37 % holds both, counted together; "how many not at all?" asks a figure."""
        asked = self._has(words, self.counted_apart) and frame.partly_named and frame.separately
        figure = frame.numbers or frame.per is not None or self._asks_a_figure(frame)
        if asked and not figure:
            return SUM_QUOTED, None
        return None

    def _her_own_view(
        self, words: list[str], frame: Frame, topic: str | None
    ) -> tuple[str, str | None] | None:
        """ "What's the deputy's own attitude to the police?", «өзі полицияға сене ме?» after
        who she is: her own trust, "her police protect her", not her verdict on the growth."""
        her = _she_named(words, frame) or topic in (DEPUTY, DEPUTY_STANCE)
        # («өзі», "herself" of no one else named is the deputy, the article's one person; last,
        # «…сенім бар ма өзі», it is a particle, "at all")
        herself = self._has(words[:-1], self.herself) and not self._has(words, self.citizens)
        her = her or herself
        view = self._has(words, self.attitude) or frame.trust
        figure = frame.numbers or frame.growth or frame.about or self._asks_a_figure(frame)
        if her and self._has(words, self.own) and view and frame.police and not figure:
            return DEPUTY_STANCE, None
        return None

    def _why_not_higher(self, words: list[str], frame: Frame) -> tuple[str, str | None] | None:
        """ "Why is trust still not that high?", "why don't Kazakhstanis trust the police,
        what do I tell her?": the deputy's reasons, not the level nor who she is."""
        low = self._has(words, self.low)
        low = low or (self._has(words, self.high) and self._has(words, self.distrust_named))
        low = low or frame.operation in ("negated", "complement", "distrust")
        low = low and self._has(words, self.why)
        # ("why did they not trust the police before?" asks the old police, the reform's story;
        # "why don't villagers trust it?", the inspectors villages lack)
        other = frame.past or self._has(words, self.before) or self._has(words, self.rural)
        low = low and not other
        # ("in a nutshell: the trust level and why people don't trust" asks the level too)
        figure = frame.numbers or frame.growth or frame.about or frame.figure
        figure = figure or self._asks_a_figure(frame)
        if frame.cause and frame.trust and low and not (figure or frame.first):
            return REASONS, None
        return None

    def _reasons_officially(self, words: list[str], frame: Frame) -> tuple[str, str | None] | None:
        """ "…the inspector comes once a year, they say the police only takes money; officially,
        why don't people trust it?": the deputy's three reasons, whatever reason the story
        named before."""
        denied = frame.operation in ("negated", "distrust", "complement")
        asked = denied and self._has(words, self.why) and self._has(words, self.officially)
        other = frame.numbers or frame.country or frame.institution or self._asks_a_figure(frame)
        if asked and not other:
            return REASONS, None
        return None

    def _not_all_well(
        self, words: list[str], frame: Frame, quoted: Quoted
    ) -> tuple[str, str | None] | None:
        """ "Why doesn't 63 % mean all is well?", "why is it nothing to be proud of?": the
        split, the other 37 % trusting partly or not at all, after the growth she calls
        insignificant and the reasons."""
        ours = frame.trust or (bool(frame.numbers) and quoted.all_ours)
        figure = frame.counted or frame.years or frame.about
        if (spans(words, self.all_well) or self._no_cheer(words)) and ours and not figure:
            return TRUST_SPLIT, "not_well"
        return None

    def _no_cheer(self, words: list[str]) -> bool:
        """ "Why is 63 % no reason to rejoice?", «мақтанарлық емес пе?»: a word of rejoicing
        with a why or a denial."""
        asked = self._has(words, self.why) or self._has(words, self.denied)
        return self._has(words, self.rejoice) and asked

    def _assessment_compared(self, words: list[str], frame: Frame) -> tuple[str, str | None] | None:
        """ "Set the deputy's assessment of the growth beside the figures", "does the deputy
        think that's big growth?": her word, "insignificantly", and the figures, 38 → 63."""
        assessed = self._has(words, self.assessed) and frame.growth
        figures = frame.figure or self._has(words, self.figure_words)
        # her view of the growth asked («это депутат считает большим ростом?»)
        viewed = self._has(words, self.attitude) and _she_named(words, frame) and frame.growth
        if ((assessed and figures) or viewed) and not (frame.numbers or self._asks_a_figure(frame)):
            return ASSESSMENT, None
        return None

    def _reform_began(
        self, words: list[str], frame: Frame, topic: str | None
    ) -> tuple[str, str | None] | None:
        """ "Why did it start in the first place?" after the reform: its story, the murder of
        Denis Ten and society demanding change, not the reasons for distrust."""
        # (weak prevention is answered with the reform that made inspectors the key link)
        of_reform = topic in (REFORM, PREVENTION) or self._has(words, self.reform_only)
        asked = self._has(words, self.started) and self._has(words, self.started_why)
        figure = frame.numbers or frame.trust or self._asks_a_figure(frame)
        if of_reform and asked and not figure:
            return REFORM, None
        return None


Reading = tuple[str, str | None]


def _first_reading(
    rules: Iterable[Callable[[list[str], Frame], Reading | None]], words: list[str], frame: Frame
) -> Reading | None:
    """The reading of the first rule that reads the question: the rules go from the narrowest
    to the broadest."""
    return next((found for rule in rules if (found := rule(words, frame)) is not None), None)


def _she_named(words: list[str], frame: Frame) -> bool:
    """The deputy named, as the deputy, by her name or as "she"."""
    deputy = any(w.startswith(("депутат", "deputy")) for w in words)
    return deputy or _names_her(words) or frame.reference == "pronoun"


def _service_named(words: list[str]) -> bool:
    """A service police named («сервисной», «сервистік», "service police", "service-oriented")."""
    return any(
        w.startswith(("сервисн", "сервистік", "сервистик"))
        or (w == "service" and words[i + 1 : i + 2] in (["police"], ["oriented"]))
        for i, w in enumerate(words)
    )


def _names_her(words: list[str]) -> bool:
    """The deputy named by her name («Снежанна», «Имашевой», "Imasheva")."""
    return any(w.startswith(("снежанн", "snezhann", "имашев", "imashev")) for w in words)
