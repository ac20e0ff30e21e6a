"""The Q&A service: question in, short sourced answer out. No Telegram here."""

import re
from collections.abc import Iterable
from dataclasses import replace
from functools import lru_cache, partial

from bot.qa.answer import Answer
from bot.qa.arithmetic import Arithmetic, Worked
from bot.qa.compose import Composer
from bot.qa.conversation import Conversation, Snapshot
from bot.qa.facts import CORRUPTION_ONE_IN, DISTRUST, REPORTS, TRUST, Fact, FactBook
from bot.qa.frame import Frame, FrameWords
from bot.qa.intents import (
    ACK,
    CORRUPTION_OFFICERS,
    DECLINES,
    DEPUTY,
    EMERGENCY_NUMBERS,
    GENERAL_INFO,
    HELP,
    MEASUREMENT_YEARS,
    NO_FIGURE,
    OUT_OF_SCOPE,
    PREVENTION,
    PUBLICATION,
    REASONS,
    REFORM,
    SOURCE,
    TRUST_SPLIT,
    Catalog,
)
from bot.qa.language import asked_language, detect_language, without_language_asked
from bot.qa.lexicon import LANGUAGES, Lexicon, WordSet
from bot.qa.matcher import NEGATED, Matcher
from bot.qa.normalize import is_latin, normalize
from bot.qa.normalize import words as plain_words
from bot.qa.numerals import Numerals
from bot.qa.slots import extract_slots, spans
from bot.qa.understand import (
    NEGATED_TRUST,
    RESOLVED,
    SHORT_FOLLOW_UP,
    Decision,
    Understanding,
    matcher_words,
)
from bot.qa.vocabulary import MIN_CONTENT_LENGTH, Vocabulary

DEFAULT_LANGUAGE = "ru"
TRUST_PER = "trust_per"  # a share applied to a count: a follow-up's difference keeps it
PER_SOURCE = frozenset({"the", "her", "its", "this", "that", "their"})  # "per the article"
BARE_COUNT_ASKED = 4  # words: "and how many would?" asks a count of the last one alone
WINDOW = 6  # words per window when a long message has no sentence ends
PLACE_ALONE = 3  # words of an opening sentence that only says where the asker writes from
PLACE_PARTS = 2  # that sentence and the question after it
WEAK = 0.5  # a whole understood less well than this may yield to its question alone
PART = 0.4  # a part of a long message must match an example at least this well
OTHER_SUBJECT_SHARE = 1 / 3  # of a weakly matched follow-up's words unknown: another subject
OTHER_SUBJECT_WORDS = 2
LONG_MESSAGE = 12  # words: a long message's clauses are read like sentences
ECHO_WORDS = 2  # «…"почти в два раза". Реально в два?»: a claim word and an echo this short
# Refusals a story may cause without the question asking it: a city, or a crime told
STORY_MISSES = ("group", "measure")
FOLLOW_UP_OPENERS = {"ru": "а", "kk": "ал", "en": "and"}  # what a correction is asked as
INTRODUCTION_END = re.compile(r"(?<=[.!?…,;:])\s+|\n+")  # "Teacher here, preparing a lesson:"
CLAUSE_END = re.compile(r"(?<=[.!?…,;])\s+|\n+")
PIECE = re.compile(r"[,;:—–]\s*")  # clauses and what a colon introduces
CLAUSE = re.compile(r"[,;—–]\s*")  # the question in a sentence is its last clause
GROUP_CLAUSE = 4  # words: "small business owners — do they trust…?" names the group alone
RESUMING_REACH = 2  # words: "do they", «они доверяют»: the group resumed at the clause's start
# "the U.S. versus here" is one sentence
SENTENCE_END = re.compile(r"(?<=[.!?…])(?<!\b\w\.\w\.)\s+|\n+")
RELATIVE_REACH = 2  # words: a clause opening with «на которую», "which" is no question of its own
QUOTED_FIGURES = 2  # figures of ours quoted together name our subject
SHORT_ACK = 3  # words: a thanks word beside unknown words is still thanks
EMOJI_ACK = ("👍", "🙏", "👌", "❤", "🤝", "✅", "🙂", "😊")
NUMBERED = re.compile(r"(?:^|\s)([1-9])[).]\s+")  # "1) …", "2. …": a list of questions
BLANK = re.compile(r"[=:—–-]\s*\?")  # "2019 = ?", «не доверяют - ?»: a figure left to fill in
CHAINED = 2  # questions in one message, the second a follow-up of the first
BLANKS = 2  # blanks in one message: a template of figures, not one question
MAX_TEXT = 4096  # Telegram's limit for one message
# Answers are a pure function of the question, the languages and the conversation before it, and
# in a round many people send the same words («Сколько казахстанцев доверяют полиции?», "а в
# 2019?"): those are answered once. Long messages rarely repeat and are not kept.
REMEMBERED_ANSWERS = 256  # the popular ones: each costs about 3 KB with its frame and state
REMEMBERED_LENGTH = 280


def numbered_parts(text: str) -> list[str]:
    """ "1) сколько доверяют 2) сколько было в 19-м 3) почему": the questions of a list numbered
    from 1, in order; none unless there are two or more."""
    marks = list(NUMBERED.finditer(text))
    if len(marks) < 2 or [int(m.group(1)) for m in marks] != list(range(1, len(marks) + 1)):
        return []
    ends = [m.start() for m in marks[1:]] + [len(text)]
    return [text[m.end() : end].strip() for m, end in zip(marks, ends, strict=True)]


def sentences_of(text: str) -> list[str]:
    """The message's sentences, blank ones dropped."""
    return [sentence for sentence in SENTENCE_END.split(text) if sentence.strip()]


def joined(texts: list[str]) -> str:
    """Answers in one message: their bodies in order, then their source lines, each said once;
    as many as fit."""
    bodies: list[str] = []
    sources: list[str] = []
    for text in texts:
        *body, last = text.split("\n\n")
        body, source = (body, [last]) if body else ([last], [])
        more_bodies = [*bodies, *(p for p in body if p not in bodies)]
        more_sources = [*sources, *(p for p in source if p not in sources)]
        if len("\n\n".join([*more_bodies, *more_sources])) > MAX_TEXT:
            break
        bodies, sources = more_bodies, more_sources
    return "\n\n".join([*bodies, *sources])


def per_as_according(words: list[str]) -> list[str]:
    """ "per the article", "per her words": "per" before a determiner is "according to", not a
    share ("per cent", "per year" keep it)."""
    return [
        "according" if w == "per" and words[i + 1 : i + 2] and words[i + 1] in PER_SOURCE else w
        for i, w in enumerate(words)
    ]


class QAEngine:
    def __init__(self, catalog: Catalog, lexicon: Lexicon, book: FactBook) -> None:
        self.catalog = catalog
        self.lexicon = lexicon
        self.frames = FrameWords.load(
            book.counts_quoted(REPORTS), book.counts_quoted((TRUST, DISTRUST))
        )
        self.numerals = Numerals.load()
        self.book = book
        examples = self.training_examples()
        self.matcher = Matcher(examples, lexicon.stemmer.stem)
        self.vocabulary = Vocabulary(
            (
                w.removeprefix(NEGATED)
                for intent, words in examples
                if intent not in DECLINES
                for w in words
            ),
            lexicon.stemmer.stem,
        )
        self.understanding = Understanding(catalog, lexicon, self.matcher, self.frames, book)
        self.composer = Composer(book, catalog)
        self.arithmetic = Arithmetic(book)
        self._remembered = lru_cache(maxsize=REMEMBERED_ANSWERS)(self._answer_from)
        self._remembered_language = lru_cache(maxsize=REMEMBERED_ANSWERS)(
            partial(detect_language, lexicon=lexicon)
        )

    @classmethod
    def from_facts(cls, facts: Iterable[Fact]) -> "QAEngine":
        """Load the data files and train the matcher on their example phrasings."""
        return cls(Catalog.load(), Lexicon.load(), FactBook(facts))

    def training_examples(self) -> list[tuple[str, list[str]]]:
        """(intent, matcher words) of every example phrasing, in the matcher's order; "she" in
        an example stands for the deputy, as in questions."""
        person = self.catalog.pronoun_word
        resolve = self.frames.resolve_pronouns
        return [
            (
                name,
                matcher_words(
                    resolve(self.words(example, lang), person, kazakh=True), self.lexicon
                ),
            )
            for name, intent in self.catalog.intents.items()
            for lang, phrasings in intent.examples.items()
            for example in phrasings
        ]

    def words(self, text: str, language: str) -> list[str]:
        """Folded words with slang mapped to canonical words; Latin is transliterated unless the
        text is English ("polisiyaga qansha" is Kazakh)."""
        plain = self.frames.without_tag_question(text)
        folded = self.frames.without_tag_negation(
            self.numerals.read(normalize(plain, latin_to_cyrillic=language != "en"))
        )
        folded = self.frames.names_joined(folded)  # «и машева» is «имашева» split by voice
        folded = self.frames.owners_unglued(folded)  # «біздіңауданда»: «біздің ауданда»
        folded = self.frames.why_spelt_out(folded)  # "y dont ppl trust cops"
        folded = per_as_according(folded)  # "the problem per the article": no per cent
        expanded = [canonical for word in folded for canonical in self.lexicon.expand(word)]
        expanded = self.frames.households_multiplied(expanded)  # "36 flats, 2 adults each"
        expanded = self.frames.flats_multiplied(expanded)  # «3 дома по 60 квартир»
        expanded = self.frames.without_class_names(expanded)  # «чат 4Б — 32 человека»
        return self.frames.without_bare_districts(self.frames.without_ordinal_places(expanded))

    def language_of(self, question: str, fallback: str) -> str:
        """The question's language if it shows one, else `fallback` — but never English for a
        question written in Cyrillic ("привет" after an English question)."""
        detected = self._shown_language(question)
        if detected:
            return detected
        if fallback == "en" and any(not is_latin(word) for word in plain_words(question)):
            return DEFAULT_LANGUAGE
        return fallback

    def _shown_language(self, question: str) -> str | None:
        if len(question) > REMEMBERED_LENGTH:
            return detect_language(question, self.lexicon)
        return self._remembered_language(question)

    def own_language(self, question: str, conversation: Conversation | None) -> str | None:
        """The language `answer` will take whatever the person's is: the question's own, or the
        conversation's; None when the person's language decides. Callers look that up (a
        database read) only then."""
        if conversation is not None and conversation.language is not None:
            return self.language_of(question, conversation.language)
        return self._shown_language(question)

    def overview(self, language: str) -> str:
        """The whole official series with its sources, for /figures."""
        return self.composer.overview(language if language in LANGUAGES else DEFAULT_LANGUAGE)

    def answer(
        self,
        question: str,
        *,
        language: str = DEFAULT_LANGUAGE,
        conversation: Conversation | None = None,
        own_language: str | None = None,
    ) -> Answer:
        """Answer one question. `language` is the user's, used when the question's own language
        cannot be told; `conversation` (updated in place) resolves follow-ups like "а в 2019?";
        `own_language`, what `own_language` returned for them if the caller asked (read once)."""
        state = conversation if conversation is not None else Conversation()
        if len(question) > REMEMBERED_LENGTH:
            return self._answer_in(question, language, own_language, state)
        answer, after = self._remembered(question, language, own_language, state.snapshot())
        state.restore(after)
        return answer

    def _answer_from(
        self, question: str, language: str, own_language: str | None, before: Snapshot
    ) -> tuple[Answer, Snapshot]:
        """The answer in a conversation that was at `before`, and the conversation after it."""
        state = Conversation(*before)
        return self._answer_in(question, language, own_language, state), state.snapshot()

    def _answer_in(
        self, question: str, language: str, own_language: str | None, state: Conversation
    ) -> Answer:
        """`answer`, updating `state`."""
        parts = numbered_parts(question)
        if parts:
            return self._answer_each(parts, language, state)
        user_language = language if language in LANGUAGES else DEFAULT_LANGUAGE
        chained = self._chained(question, own_language or user_language, state)
        if chained:
            return self._answer_in_turn(chained, language, state)
        # «…what are the main reasons? ответь по-русски»: read in the message's own language,
        # answered in the one asked
        asked_in = asked_language(question)
        if asked_in is not None:
            question = without_language_asked(question) or question
        lang = own_language or self.language_of(question, state.language or user_language)
        if asked_in is not None:
            lang = self.language_of(question, asked_in)
        words = self.words(question, lang)
        decision = self._guarded(question, lang, state, words)
        decision = self._question_beside_story(question, lang, state, decision)
        decision = self._per_kept(decision, state, words)
        decision = self._breakdown_kept(decision, state, words)
        decision = self._blanks_filled(question, decision)
        lang = asked_in or lang
        fmt = self.composer.formats[lang]
        applied = decision.intent in self.catalog.per_kept
        worked = self.arithmetic.worked(
            words, state.topic, fmt, decision.frame, decision.intent, applied=applied
        )
        if worked is not None:
            decision = self._worked(worked, decision)
        asked = self._asked_together(words, decision) if worked is None else [decision]
        composed = [self.composer.compose(d, lang, state.topic, state.cited) for d in asked]
        if worked is not None and worked.line is not None:
            composed = [(self.composer.worked(composed[0][0], worked, lang), composed[0][1])]
        text = joined([t for t, _ in composed]) if len(composed) > 1 else composed[0][0]
        used = [fact for _, facts in composed for fact in facts]
        decision = asked[0]
        state.language = lang
        state.topic = self._topic_after(decision, state.topic)
        if decision.series is not None:
            state.years = decision.years
        elif decision.intent in self.catalog.per_kept and decision.frame.years:
            state.years = decision.frame.years  # "out of 50 in 2019?" → "and how many didn't?"
        elif decision.intent in self.catalog.per_kept and decision.frame.now and state.years:
            # "in 2019?" → "and now?": the latest year's, a difference in people still asks both
            state.years = tuple(sorted({fact.period for fact in used}))
        elif self.catalog.intents[decision.intent].topic:
            state.years = ()  # the talk moved on: "how many distrust?" later asks of now
        if used:
            state.cited = tuple((fact.metric, fact.period) for fact in used)
        state.broken_down = decision.intent == NO_FIGURE and decision.frame.missing == "group"
        if decision.intent in self.catalog.per_kept:
            state.per, state.place = decision.frame.per, decision.frame.place
        else:  # "400 residents came to our meeting": a count told, for "how many of them…?"
            state.per = self.frames.told_count(words, decision.frame.years)
            state.place = state.per is not None and self.frames.names_own_place(words)
        if state.per is not None:
            state.held, state.held_place = state.per, state.place
        return Answer(text, decision.intent, lang, decision.confidence, decision.frame)

    def _worked(self, worked: Worked, decision: Decision) -> Decision:
        """The answer an arithmetic rule chose: its intent, years and what its frame holds."""
        series = self.catalog.intents[worked.intent].series
        frame = worked.framed(decision.frame)
        if worked.intent in self.catalog.per_kept:
            frame = replace(frame, years=worked.years)  # "at 38 %": the 2019 level applied
        years = worked.years if series else ()
        return Decision(worked.intent, RESOLVED, years, series, frame)

    def _breakdown_kept(
        self, decision: Decision, state: Conversation, words: list[str]
    ) -> Decision:
        """ "Trust in Astana?" (no figure for a city) → "and in 2019?": still of Astana, so
        still no figure; "and nationally?" names the country and gets the level."""
        level = self.catalog.series[self.catalog.default_series]
        bare = len([w for w in words if not w.isdecimal()]) <= SHORT_FOLLOW_UP
        if not (state.broken_down and bare and decision.intent in (level.current, level.year)):
            return decision
        if decision.frame.nationwide:
            return decision
        return Decision(NO_FIGURE, RESOLVED, frame=replace(decision.frame, missing="group"))

    def _blanks_filled(self, question: str, decision: Decision) -> Decision:
        """A template of our figures left blank ("trust 2019 = ?, 2025 = ?, distrust = ?", a
        chat's pinned note): every figure of ours at once, in the summary, not the one a
        single reading of it picks."""
        frame = decision.frame
        ours = frame.trust or frame.police or frame.operation in NEGATED_TRUST
        if len(BLANK.findall(question)) < BLANKS:
            return decision
        if not ours and self._years_left_blank(frame):
            # «для таблицы: 2019 — ?, 2025 — ?»: the level of each measured year, and the change
            return Decision(self.catalog.comparison, RESOLVED, frame=frame)
        if decision.intent in DECLINES or not ours:
            return decision
        summary = self.catalog.brief_all
        filled = replace(frame, every_figure=True, subject=summary)
        return Decision(summary, RESOLVED, frame=filled)

    def _years_left_blank(self, frame: Frame) -> bool:
        """Measured years only, each left blank, nothing else named: the levels they measured
        and the change between them."""
        other = bool(frame.country or frame.institution or frame.group or frame.measure)
        other = other or bool(frame.about or frame.offtopic or frame.numbers or frame.missing)
        measured = len(frame.years) >= BLANKS and self.understanding.measured(frame.years)
        return measured and not other

    def _answer_each(self, parts: list[str], language: str, state: Conversation) -> Answer:
        """Each question of a numbered list answered in turn, in one message (`joined`). Each
        is a question of its own, read in the conversation as it was before the list ("3) how
        many don't trust?" after "2) at the first measurement?" asks of now); only a part that
        is not understood so is read after the parts before it ("2) and in 2019?")."""
        before = state.snapshot()
        answers = []
        for part in parts:
            alone = Conversation(*before)
            answer = self.answer(part, language=language, conversation=alone)
            if answer.intent in DECLINES:
                answer = self.answer(part, language=language, conversation=state)
            else:
                state.restore(alone.snapshot())
            answers.append(answer)
        first = next((a for a in answers if a.intent not in DECLINES), answers[0])
        confidence = min(a.confidence for a in answers)
        return replace(first, text=joined([a.text for a in answers]), confidence=confidence)

    def _chained(self, question: str, language: str, state: Conversation) -> list[str]:
        """Two questions of a series in one message, the second a follow-up of the first («сколько
        сейчас не доверяют? и сколько было в начале замеров?»): both, in order; none unless the
        first is a figure of a series understood alone and the second, opening with "and", asks
        a figure only read after it."""
        sentences = sentences_of(question)
        if len(sentences) != CHAINED or not all(s.rstrip().endswith("?") for s in sentences):
            return []
        lang = self.language_of(question, state.language or language)
        first, second = (self.words(s, lang) for s in sentences)
        if second[:1] not in [[opener] for opener in (*FOLLOW_UP_OPENERS.values(), "и")]:
            return []
        asked = self._understand(sentences[0], first, lang, state.topic, state.years)
        if asked.series is None or asked.confidence < PART or asked.intent in DECLINES:
            return []
        after = self._understand(sentences[1], second, lang, asked.intent, asked.years)
        alone = self._understand(sentences[1], second, lang, state.topic, state.years)
        followed = after.series is not None and after.intent not in DECLINES
        own = (after.intent, after.years) != (alone.intent, alone.years)  # read only after it
        return sentences if followed and own else []

    def _answer_in_turn(self, questions: list[str], language: str, state: Conversation) -> Answer:
        """Questions answered one after the other in the conversation, in one message."""
        answers = [self.answer(q, language=language, conversation=state) for q in questions]
        confidence = min(a.confidence for a in answers)
        return replace(answers[0], text=joined([a.text for a in answers]), confidence=confidence)

    def _asked_together(self, words: list[str], decision: Decision) -> list[Decision]:
        """The decision, and beside it what the same message (its `words`) asks too: "trust
        now, and what number do I dial?" (the level and the police's number), "trust figure,
        source and date" (the level and the publication). The level comes first."""
        frame = decision.frame
        level = self.catalog.series[self.catalog.default_series]
        reports = self.catalog.unconsidered
        if decision.intent in (level.current, reports) and self._level_and_reports(words, frame):
            # "one number on trust and one on the unconsidered reports": both, the level first
            return [Decision(level.current, RESOLVED, frame=frame), Decision(reports, RESOLVED)]
        if decision.intent in (level.current, level.year):
            if self.frames.asks_which_number(words):
                return [decision, Decision(EMERGENCY_NUMBERS, RESOLVED, frame=frame)]
        elif frame.cause and decision.intent in self.catalog.explained and self._explained(words):
            # "how many don't trust, and why?": the figure, then what the deputy says causes it
            return [decision, Decision(self.catalog.explained[decision.intent], RESOLVED)]
        elif decision.intent in self.catalog.with_figures and spans(
            words, self.frames.with_figures
        ):
            # "arguments why people don't trust the police, with numbers": the 37 % beside them
            return [decision, Decision(self.catalog.with_figures[decision.intent], RESOLVED)]
        elif decision.intent in (EMERGENCY_NUMBERS, PUBLICATION):
            # the whole message's frame: a part of it may have been what was answered
            whole = self.frames.extract(words, extract_slots(words, self.lexicon))
            if self._level_asked(whole):
                return [Decision(level.current, RESOLVED, frame=whole), decision]
        return [decision]

    def _level_and_reports(self, words: list[str], frame: Frame) -> bool:
        """Trust and the unconsidered reports named, joined, with a figure asked and no why
        ("trust in police and how many reports were left unconsidered", «одну цифру про доверие
        и одну про нерассмотренные»): two figures asked in one message."""
        figure = frame.counted or frame.figure or frame.share
        joined = any(w in self.frames.joiners for w in words)
        told = frame.cause or frame.growth or frame.years or frame.numbers or frame.group
        return frame.trust and frame.unconsidered and figure and joined and not told

    def _explained(self, words: list[str]) -> bool:
        """An explanation is welcome beside the figure (not "only the number, no explanations")."""
        return not spans(words, self.frames.figure_only)

    @staticmethod
    def _level_asked(frame: Frame) -> bool:
        """Trust named with a figure asked of it ("trust now, and the number?")."""
        figure = frame.counted or frame.figure or frame.operation == "percent" or frame.now
        quoted = frame.numbers or frame.years  # "where was the 63 % published?"
        return frame.trust and figure and not (quoted or frame.group or frame.cause)

    def _per_kept(self, decision: Decision, state: Conversation, words: list[str]) -> Decision:
        """ "Out of 1,000, how many trust?" → "and how many don't?": the same 1,000; "400
        residents came to our meeting" → "how many of them trust?": the count told."""
        difference = self._per_difference(decision, state)
        if difference is not None:
            return difference
        decision = self._count_unsaid(decision)
        applied_trust = self.catalog.per_kept.get(TRUST_PER, [])  # those who trust or the rest
        if decision.intent in applied_trust and self.frames.count_asked_after_a_claim(words):
            # "nobody trusts, grandpa says. by the country, how many here?": those who trust
            decision = replace(decision, intent=TRUST_PER)
        applied = self.catalog.per_people.get(decision.intent)
        kept = self.catalog.per_kept.get(state.topic or "", [])
        figure = decision.intent in self.catalog.figure_intents  # not "why?", the reasons
        short = decision.frame.counted and len(words) <= BARE_COUNT_ASKED
        # "and in 2019 terms how many would that be?": a count asked of a year, or what it would be
        again = decision.frame.counted and (
            bool(decision.frame.years) or any(w in self.frames.would_be for w in words)
        )
        if (
            decision.intent == OUT_OF_SCOPE
            and kept
            and (short or again or self.frames.asks_of_the_count(words))
        ):
            # "а в 2019 из них сколько было бы?", "and how many would?": the count applied again
            applied, figure = self._side_applied(decision.frame, kept), True
        if state.per is None and not decision.frame.per:
            return self._held_applied(decision, state, words)
        if state.per is None or decision.frame.per or applied is None or not figure:
            return decision
        if decision.intent == TRUST_SPLIT and applied not in kept and kept:
            applied = self._side_applied(decision.frame, kept)  # «ал сенетіні?»: one side of it
        if applied not in kept and not self.frames.asks_of_the_count(words):
            return decision
        # the year the series answer was for ("out of 50 in 2019?" → "and how many didn't?")
        years = decision.frame.years or decision.years
        frame = replace(decision.frame, per=state.per, years=years, place=state.place)
        return Decision(applied, decision.confidence, frame=frame)

    def _held_applied(self, decision: Decision, state: Conversation, words: list[str]) -> Decision:
        """A count told turns ago, with answers of no count between ("we have 360 traders at
        our market" → "nationally it's 63 %, right?" → "so how many at our market then?",
        «үйімізде 600 тұрғын бар» → … → «ал сенбейтіні қанша болады?»): applied again when
        a count is asked of them (ours, "of them", or what it "would be"), the share quoted
        (37 % is the rest) or asked naming its side, else the one the talk was about."""
        if state.held is None or not self._held_asked(decision, state, words):
            return decision
        kept = self.catalog.per_kept[TRUST_PER]
        trust_family = self._trust_family()
        quoted = {metric for metric, _ in self.book.quoted(decision.frame.numbers)}
        if quoted == {DISTRUST}:
            applied = self.catalog.per_people[self.catalog.level_complement]
        elif decision.intent in trust_family:
            applied = self.catalog.per_people[decision.intent]
        elif decision.frame.trust or decision.frame.operation in (*NEGATED_TRUST, "negated"):
            applied = self._side_applied(decision.frame, kept)
        else:  # "so how many at our market then?": the side last answered
            applied = self.catalog.per_people.get(state.topic or "", kept[0])
        if applied not in (*kept, self.catalog.per_people[TRUST_SPLIT]):
            return decision
        years = decision.frame.years or decision.years
        frame = replace(decision.frame, per=state.held, years=years, place=state.held_place)
        return Decision(applied, decision.confidence, frame=frame)

    def _trust_family(self) -> list[str]:
        """The intents whose count is of those who trust or the rest (not reports, offenders)."""
        people = self.catalog.per_people
        sides = (*self.catalog.per_kept[TRUST_PER], people[TRUST_SPLIT])
        return [intent for intent, applied in people.items() if applied in sides]

    def _held_asked(self, decision: Decision, state: Conversation, words: list[str]) -> bool:
        """A count asked of the count held: people counted, not a per cent, no other figure of
        ours named; the count referred to (ours, "of them"), or what it "would be" when the count
        held was told as the asker's own."""
        frame = decision.frame
        if not frame.counted or self.frames.percent_counted(words) or frame.cause:
            return False
        if self.frames.names_a_metric(words) or frame.seventh or frame.growth:
            return False
        # "how many of us are women?", "how many police officers work here?", "and in our
        # city?": a group, the police or a place counted, unless a share of ours is applied
        quoted = self.frames.share_quoted_in_percent(words)
        if (frame.group or frame.missing or decision.intent == NO_FIGURE) and not quoted:
            return False
        if frame.police and not (frame.trust or self.frames.denies(words)):
            return False
        # the matcher's nearest figure of another metric, none named, is no reason not to
        allowed = (*self.catalog.figure_intents, OUT_OF_SCOPE, NO_FIGURE, HELP)
        if decision.intent not in allowed:
            return False
        ours = self.frames.names_own_place(words) or self.frames.asks_of_the_count(words)
        would = any(w in self.frames.would_be for w in words)
        if decision.intent not in self._trust_family() and not (frame.trust or quoted):
            # trust unnamed ("so how many at our market then?"): the share's count is what it
            # comes to, not "how many of them voted?"
            return ours and (would or any(w in self.frames.comes_to for w in words))
        return ours or (would and state.held_place)

    def _side_applied(self, frame: Frame, kept: list[str]) -> str:
        """Of the counts a follow-up may apply, the one of those who trust, or of the rest when
        the follow-up denies ("and how many wouldn't?")."""
        trusting = self.catalog.per_people[self.catalog.level]
        negated = frame.operation in (*NEGATED_TRUST, "negated")
        return next((k for k in kept if (k == trusting) != negated), kept[0])

    def _per_difference(self, decision: Decision, state: Conversation) -> Decision | None:
        """ "Our 500 at the national share?" → "and by the 2019 figure?" → "and the difference
        in people?": both years applied to the same count, and the difference between them."""
        applied = state.topic in self.catalog.per_kept.get(TRUST_PER, ())
        frame = decision.frame
        # "and the difference in people?", "so how many more people is that?", «сонда қанша
        # адамға көбейді?»: how many it grew by, counted
        more = (frame.more_counted or frame.growth) and frame.counted and not frame.against
        difference = frame.operation == "points" or (more and frame.operation == "value")
        asked = difference and not (frame.per or frame.numbers or frame.years)
        levels = self.book.series(TRUST)
        if state.per is None or not (applied and state.years and asked and len(levels) > 1):
            return None
        years = (levels[0].period, levels[-1].period)
        kept = replace(frame, per=state.per, years=years, place=state.place, operation="points")
        return Decision(state.topic or TRUST_PER, RESOLVED, frame=kept)

    def _count_unsaid(self, decision: Decision) -> Decision:
        """A count's answer with no count said ("and those who don't, among them?"): the
        figure it applies, the rest of it when the ones who do not trust are asked; a count
        kept from before applies it again (`_per_kept`)."""
        figure = self.catalog.applied_figure.get(decision.intent)
        if figure is None or decision.frame.per is not None:
            return decision
        if decision.frame.operation in (*NEGATED_TRUST, "negated"):  # "the ones who don't"
            figure = self.catalog.operations["complement"].get(figure, figure)
        return Decision(figure, decision.confidence, frame=decision.frame)

    def _question_beside_story(
        self, question: str, language: str, state: Conversation, decision: Decision
    ) -> Decision:
        """The sentences ending in "?" alone, when the story beside them sank the whole ("25 %
        or 25 points? My husband has argued for an hour"), put a year in it the question does
        not ask ("…I retired in 2015. What did the first measurement show?"), or pulled it away
        ("What time zone is it? I need to call a district inspector")."""
        beside = self._asked_beside_story(question, language)
        if beside is None or self._homework(decision, self.words(question, language)):
            return decision
        asked, story_asks = beside
        story_year = decision.frame.missing == "year"
        sunk = decision.intent in (OUT_OF_SCOPE, HELP) or story_year
        if not sunk and (decision.confidence >= WEAK or story_asks):
            return decision
        understood = self._guarded(asked, language, state)
        if decision.intent == OUT_OF_SCOPE and understood.intent == NO_FIGURE:
            return understood  # "…nobody trusts here. What % for Shymkent?": ours, not held
        if self._misread_share(decision, understood):
            return decision
        # a weakly understood whole yields to its question understood better
        wanted = PART if sunk else max(PART, decision.confidence)
        if understood.intent in (*DECLINES, HELP, ACK) or understood.confidence < wanted:
            return decision
        understood = self._counted_in_story(understood, decision)
        if story_year and understood.frame.years:
            return decision
        return self._rounding_kept(understood, decision)

    def _one_in_applied_to_police(self, decision: Decision, words: list[str]) -> bool:
        """ "Of 300 police officers, how many take bribes?": one in seven applied to a count of
        the police would say how many officers are corrupt, which the series does not hold."""
        applied = self.catalog.per_people[self.catalog.quoted.intents[CORRUPTION_ONE_IN]]
        return decision.intent == applied and self.frames.police_counted(words)

    def _homework(self, decision: Decision, words: list[str]) -> bool:
        """Homework in a school subject refused, neither trust nor the police named ("what is
        800 divided by 16? it's for algebra", «800-ді 16-ға бөлсе қанша? алгебрадан»): its
        numbers are the task's, whatever figure of ours they equal, so no part of it is read as
        a question of ours."""
        frame = decision.frame
        refused = frame.offtopic and decision.intent == OUT_OF_SCOPE
        subject = self.frames.school_subjects.first(words) is not None
        return refused and subject and not (frame.trust or frame.police)

    @staticmethod
    def _rounding_kept(asked: Decision, whole: Decision) -> Decision:
        """ "By what factor did it grow? Round to one decimal": the rounding asked beside the
        question is kept with it."""
        if whole.frame.rounded and not asked.frame.rounded:
            return replace(asked, frame=replace(asked.frame, rounded=True))
        return asked

    def _misread_share(self, whole: Decision, asked: Decision) -> bool:
        """ "…the offenders' share of police; I got ~14 %, right?": the share checked last is
        of what the message named before (the offenders, a growth), not a trust level
        misremembered."""
        named = whole.frame.metric_named or whole.frame.growth  # "…grew by 25 %. Or how?"
        return named and self.understanding.share_misremembered(asked.frame)

    def _counted_in_story(self, asked: Decision, whole: Decision) -> Decision:
        """ "Our school has 200 students. …how many would trust the police?": the question read
        alone, applied to the count the story gave."""
        per = whole.frame.per
        applied = self.catalog.per_people.get(asked.intent)
        if not per or asked.frame.per or applied is None:
            return asked
        years = asked.years or asked.frame.years  # "…in 2019, and now?": both years asked
        if not (asked.frame.first or asked.frame.years):
            # «ел бойынша көрсеткішпен қаншасы сенеді?» came nearest the first measurement, but
            # no first was named: today's share is applied, not 2019's
            years = ()
        frame = replace(asked.frame, per=per, years=years, place=whole.frame.place)
        return Decision(applied, asked.confidence, frame=frame)

    def _guarded(
        self, question: str, language: str, state: Conversation, words: list[str] | None = None
    ) -> Decision:
        """Understood, then checked for years the series lacks and for evidence of our subject.
        `words`, the question's words if the caller has read them (read once)."""
        if words is None:
            words = self.words(question, language)
        return self._of_our_subject(
            self._no_figure_for_unknown_years(
                self._understand(question, list(words), language, state.topic, state.years)
            ),
            words,
            state.topic,
        )

    def _asked_beside_story(self, question: str, language: str) -> tuple[str, bool] | None:
        """The sentences ending in "?" of a message that also has others, and whether those
        others ask too ("…and now? and by how many points it grew"). None if every sentence
        ends in "?", or none does."""
        sentences = sentences_of(question)
        asked = [s for s in sentences if s.rstrip().endswith("?")]
        told = [w for s in sentences if s not in asked for w in self.words(s, language)]
        judged = asked and self._judges_the_claim(self.words(asked[-1], language), set(told))
        if not asked or not told or judged:
            return None  # "…grew by 66 %. Fake news?": the claim told is what is asked
        return " ".join(asked), any(w in self.frames.asking or w in self.frames.count for w in told)

    def _topic_after(self, decision: Decision, topic: str | None) -> str | None:
        """What the conversation is about after this answer: its intent, or for an answer of
        no topic of its own (the source) the figure it was asked about ("where does the 500k
        come from?" → "and what share is that?" asks the reports)."""
        if self.catalog.intents[decision.intent].topic:
            return decision.intent
        frame = decision.frame
        if decision.intent == NO_FIGURE and frame.missing == "group" and frame.trust:
            return self.catalog.level  # "and nationally?" after a city's trust
        quoted = [metric for metric, _ in self.book.quoted(decision.frame.numbers)]
        metric = decision.frame.about or next(iter(quoted), "")
        named = self.catalog.quoted.intents.get(metric)
        return named if named is not None and decision.intent not in DECLINES else topic

    def understand(
        self, question: str, language: str, topic: str | None, years: tuple[int, ...] = ()
    ) -> Decision:
        """The whole message first. A long one whose whole is not understood is read sentence
        by sentence, then in overlapping windows of words (voice-to-text has no full stops);
        the last understood part wins, since the question usually comes last."""
        return self._understand(question, self.words(question, language), language, topic, years)

    def _understand(
        self,
        question: str,
        words: list[str],
        language: str,
        topic: str | None,
        years: tuple[int, ...],
    ) -> Decision:
        """`understand`, given the question's words (`words`)."""
        if self._is_ack(question, words) or (
            language != "en"
            and is_latin(question)
            and self._is_ack(question, self.words(question, "en"), remark=False)
        ):  # "bye" is English whatever the chat's language
            return Decision(ACK, RESOLVED)
        if self.frames.only_greets(words):
            return Decision(ACK, RESOLVED, frame=Frame(greeted=True))
        words = self.frames.without_greeting(words)  # "сәлем, эссе жазып бересің бе?"
        words = self.frames.without_asides(words)  # "…so how many, you didn't answer"
        words = self.frames.without_claim_told(words)  # "…, а то соседка уверяет, что никто"
        words = self.frames.without_source_cited(words)  # "…in 2019 by that same statistics"
        words = self.frames.without_her_saying(words)  # «ал 2019-да ол қанша деді?»
        if topic is not None and "?" in question and self.frames.only_nudges(words):
            return self._again(topic, years, doubted=False)  # «ну?» after an answer
        meant = self.frames.meant(words) if topic is not None else None
        if meant is not None:
            words = [FOLLOW_UP_OPENERS[language], *meant]  # "no, I meant 2019": "and 2019?"
        if self.frames.doubts_its_figures(words):
            # "why should I trust your numbers?": whose figures they are, not the level again;
            # the figure quoted, or the level, stays what the talk is about ("who says this?")
            quoted = self.book.quoted(int(w) for w in words if w.isascii() and w.isdigit())
            about = quoted[0][0] if quoted else TRUST
            return Decision(SOURCE, RESOLVED, frame=Frame(about=about))
        if topic is not None and self.frames.only_connection_asked(words):
            # "in what connection?" after the Prosecutor's Office: what was named, again
            return self._again(topic, years, doubted=False)
        both = self._both_repeated(words, topic)
        if both is not None:
            return both  # "repeat both numbers, I'm writing them down" after 2025, then 2019
        if topic is not None and self.frames.asks_again(words):
            # "sorry, can you repeat that?", "that can't be right"
            return self._again(topic, years, doubted=self.frames.doubts(words))
        if topic is None and self.frames.doubts_the_figures(words):
            # "admit it, these numbers are fake": where they come from, and what they measure
            return Decision(SOURCE, RESOLVED, frame=Frame(doubted=True))
        opening = next((i for i, w in enumerate(words) if w not in self.frames.ack), len(words))
        rest = words[opening:]
        counts = any(w in self.frames.count for w in rest)  # not a remark ("…just what I need")
        if opening and ("?" in question or counts):
            # "ok thanks, and in 2019?", «ладно а в 2019 сколько было»: the thanks asks nothing
            words = rest
        # "…he says nobody trusts them, so how many trust, officially?": the question resumed
        resumed = self._after_marker(words, topic, years)
        decision = resumed if resumed is not None else self._decide(words, topic, years)
        if decision.intent == HELP:
            words, decision = self._unaddressed(words, decision, topic, years)
        claimed = self.frames.seventh_officer_claimed(words) and decision.frame.aside is None
        if claimed or self._one_in_applied_to_police(decision, words):
            # no figure of corrupt officers: the one in seven is of the offenders, said in words
            return Decision(CORRUPTION_OFFICERS, RESOLVED, frame=decision.frame)
        if resumed is not None:
            return resumed
        if decision.frame.culprit:
            return decision  # "who killed Denis Ten and how long did they get": no part is ours
        if self._homework(decision, words):
            return decision  # "what is 800 divided by 16? for algebra": no sentence is ours
        if self._refused_for_subject(decision):
            placed = self._without_place_opening(question, language, topic, years)
            if placed is not None:
                return placed  # "Turkestan here. we heard 38 % trust, is that current?"
            introduced = self._without_introduction(question, language, topic, years)
            if introduced is not None:
                return introduced  # "I teach at a school in Karaganda. I need two numbers: …"
            # "do women trust more than men? numbers?": no part may answer, but a city named
            # only in the story ("I moved to Almaty… do locals trust the police?") is no
            # breakdown asked, nor a school where the asker works another institution asked of
            frame = decision.frame
            if frame.missing not in STORY_MISSES and not frame.institution:
                return decision
            if frame.group and self.frames.there.first(words):
                return decision  # "…on Karaganda region. What is the level there?"
            if frame.group and self.frames.group_asked_alone(words):
                return decision  # "only Almaty, not the whole country. How many trust?"
            if frame.group and self._group_resumed(question, language):
                return decision  # "small business owners — do they trust the police?"
            asked_only = self._questions_only(
                question, language, topic, years, decision.frame.institution
            )
            return decision if asked_only is None else self._counted_in_story(asked_only, decision)
        stance = self._question_before_stance(decision, question, language, topic, years)
        if stance is not None:
            return stance  # "is it true 63 % trust? can't believe it, nobody here does"
        # a claim told before the question («…сенбейді дейді. Қазір неше пайызы сенеді?») is
        # not what the question asks
        told = self._hearsay_first(question, language)
        # "…how many trust, how many don't?": both counts asked, whatever was told before
        whole = self._resolved(decision) and (not told or decision.frame.both_counted)
        # "63 % right? and what was it in twenty nineteen": the figure quoted was checked, the
        # year of the trailing clause is asked
        whole = whole and not (not decision.frame.years and self._year_trails(question, language))
        asked = (
            None
            if whole
            else self._last_question(
                question, language, self._topic_of(decision, topic), years, told=told, own=topic
            )
        )
        if (
            asked is not None
            and self._names_its_subject(decision, asked)
            and asked.frame.about is None
        ):
            asked = None  # "In what year was Denis Ten killed, and why does it matter?"
        if asked is not None and decision.frame.per and not asked.frame.per and not told:
            # "Out of 1,000 Kazakhstanis, roughly how many trust the police?"; but a count told
            # («говорят "не рассмотрели 5 из 8"». Сколько всего?) is the claim's, not asked
            asked = None
        if asked is not None and self._misread_share(decision, asked):
            asked = None
        if asked is not None:
            asked = self._rounding_kept(asked, decision)  # "…rather than points? One decimal"
            return self._year_kept(asked, decision)  # a story, then "…what percent trust?"
        if decision.intent not in (*DECLINES, HELP):
            return decision  # understood: no second reading
        sentences = [self.words(s, language) for s in sentences_of(question)]
        windows = [
            words[start : start + WINDOW]
            for start in range(0, max(len(words) - WINDOW, 0) + 1, WINDOW // 2)
        ]
        parts = [
            *(sentences if len(sentences) > 1 else []),
            *(windows if len(words) > WINDOW else []),
        ]
        if not parts:
            return decision
        # a message that names another subject ("how do I know I can trust my boyfriend", "songs
        # by The Police") has a part of ours only where that part names more of our subject
        # than the police; homework in it ("ok also can u do my chem hw: balance H2 + O2") too
        excluded = decision.frame.offtopic or self.lexicon.refuses(words)
        unfit = self.catalog.unfit(words)  # "the lift is broken… who do I call": not the 112
        for part in reversed(parts):
            if excluded and not self.frames.names_our_subject(self.frames.beyond_police(part)):
                continue
            if self._asks_figures_only(part):
                continue  # "Is Almaty safe at night? numbers?": the figures of what was asked
            understood = self._decide(part, topic, years)
            if understood.intent in unfit:
                continue
            if understood.intent not in (*DECLINES, HELP, ACK) and understood.confidence >= PART:
                # a year named elsewhere in the message ("a survey in 2023 … fifty-something
                # percent?") is still asked
                years = tuple(sorted({*decision.frame.years, *understood.frame.years}))
                # a series answer is for those years too ("…: what % didn't trust in 2019?"),
                # unless its part asks of now as well («2019 да қанша, қазір қанша»)
                dated = understood.series is not None and years and not understood.years
                now = extract_slots(part, self.lexicon).now
                of_series = years if dated and not now else understood.years
                frame = replace(understood.frame, years=years)
                # "…back to the police. what was it in 2019?": the level of that year
                intent = understood.intent
                if of_series and understood.series is not None:
                    series = self.catalog.series[understood.series]
                    intent = series.year if intent == series.current else intent
                return replace(understood, intent=intent, years=of_series, frame=frame)
        return decision

    @staticmethod
    def _year_kept(asked: Decision, whole: Decision) -> Decision:
        """ "At the 2019 level, how many out of 1,000 people trusted?": a share applied in the
        last clause is for the year an earlier clause named; "In 2019, what share did NOT
        trust?": the whole, understood alike, asked it of its year."""
        if asked.frame.years or not whole.frame.years:
            return asked
        if asked.intent == whole.intent and not asked.frame.per:
            return whole
        if not asked.frame.per:
            return asked
        return replace(asked, frame=replace(asked.frame, years=whole.frame.years))

    def _again(self, topic: str, years: tuple[int, ...], *, doubted: bool) -> Decision:
        """The conversation's last answer, for the same years."""
        series = self.catalog.intents[topic].series
        return Decision(topic, RESOLVED, years if series else (), series, Frame(doubted=doubted))

    def _both_repeated(self, words: list[str], topic: str | None) -> Decision | None:
        """ "Both numbers again", «повторите обе цифры», «екі санды қайталаңызшы» after a figure
        of a series: that series at both ends, the first measurement and the latest."""
        metric = self.catalog.intents[topic].series if topic is not None else None
        if metric is None or not self.frames.both_figures(words):
            return None
        series = self.catalog.series[metric]
        rows = self.book.series(series.complement_of or metric)
        if not rows:
            return None
        years = tuple(sorted({rows[0].period, rows[-1].period}))
        return Decision(series.year, RESOLVED, years, metric, Frame(years=years))

    def _after_marker(
        self, words: list[str], topic: str | None, years: tuple[int, ...]
    ) -> Decision | None:
        """A long run-on story, then «так сколько…», "so how many…", «сонда…»: the words after
        the last such marker are the question, when they are understood on their own; the
        story's claims («никто не верит») are not asked."""
        if len(words) < LONG_MESSAGE:
            return None
        frames = self.frames
        cut = max(
            (
                i
                for i, w in enumerate(words[:-1])
                if i
                and (
                    w in frames.resume_alone
                    or (w in frames.resume and words[i + 1] in frames.count)
                )
            ),
            default=None,
        )
        if cut is None or self._asked_before(words[:cut]):
            return None
        decision = self._decide(words[cut + 1 :], topic, years)
        counts_trust = decision.frame.trust and decision.frame.counted
        if decision.intent in (*DECLINES, HELP, ACK) or (
            decision.confidence < PART and not counts_trust
        ):
            return None
        story = words[:cut]
        denied = decision.frame.operation in (*NEGATED_TRUST, "negated")
        of_trust = decision.frame.counted and (decision.frame.trust or denied)
        if (
            of_trust
            and decision.frame.per is None
            and self.frames.told_count(story, extract_slots(story, self.lexicon).years)
        ):
            return None  # «в селе 3500 взрослых, короче сколько не доверяют»: of the count told
        return None if decision.frame.reference == "ellipsis" else decision

    def _unaddressed(
        self, words: list[str], decision: Decision, topic: str | None, years: tuple[int, ...]
    ) -> tuple[list[str], Decision]:
        """«Бот, правда 2/3 доверяют?», «слушай бот, 2019-та сколько было?»: the bot's name
        pulled the question toward the help; without the call, what it asks, if understood."""
        unaddressed = self.frames.without_address(words)
        if unaddressed == words:
            return words, decision
        asked = self._decide(unaddressed, topic, years)
        understood = asked.intent not in (*DECLINES, HELP, ACK)
        return (unaddressed, asked) if understood else (words, decision)

    def _asked_before(self, words: list[str]) -> bool:
        """ "Сколько процентов доверяли в 2023-м? Интересно, как шёл рост": a count asked of a
        year the series lacks, before the marker, is a question, not a story."""
        asked_years = extract_slots(words, self.lexicon).years
        counted = any(w in self.frames.count for w in words)
        return counted and not self.understanding.measured(asked_years)

    def _refused_for_subject(self, decision: Decision) -> bool:
        """Refused for what it asks about (a country, an institution, a measure, a breakdown, a
        year the series lacks, a task such as filing a report): a part of the message without
        that word would answer the wrong question."""
        frame = decision.frame
        if decision.intent not in DECLINES:
            return False
        return bool(
            frame.country or frame.institution or frame.missing or frame.measure or frame.task
        )

    def _without_introduction(
        self, question: str, language: str, topic: str | None, years: tuple[int, ...]
    ) -> Decision | None:
        """The message less the sentences where the asker introduces themselves ("I teach at a
        school in Karaganda", "on behalf of a research group at a European university"): the
        school, the country or the city is theirs, not what they ask about. None if no sentence
        is such or the rest asks nothing of ours."""
        # clauses, not sentences: «Мұғаліммін, сабаққа дайындалып жатырмын: …қандай?»
        sentences = [c for c in INTRODUCTION_END.split(question) if c.strip()]
        kept = [
            s
            for s in sentences
            if not any(w in self.frames.introduction for w in self.words(s, language))
        ]
        if len(kept) in (0, len(sentences)):
            return None
        decision = self.understand(" ".join(kept), language, topic, years)  # read as a whole
        return None if decision.intent in (*DECLINES, HELP, ACK) else decision

    def _without_place_opening(
        self, question: str, language: str, topic: str | None, years: tuple[int, ...]
    ) -> Decision | None:
        """The message less an opening sentence that is only a place ("Turkestan here.",
        «Қызылорда.», «Түркістаннан.»): where the asker writes from, not a breakdown asked.
        None if there is no such sentence, the rest asks of "here", or asks nothing of ours."""
        parts = sentences_of(question)
        if len(parts) < PLACE_PARTS or not self._place_alone(self.words(parts[0], language)):
            return None
        rest = " ".join(parts[1:])
        if any(w in self.frames.here for w in self.words(rest, language)):
            return None  # "Almaty. how many trust the police here?": the city asked
        decision = self.understand(rest, language, topic, years)
        return None if decision.intent in (*DECLINES, HELP, ACK) else decision

    def _place_alone(self, words: list[str]) -> bool:
        """A few words naming a place and nothing of trust, the police or a count."""
        frames = self.frames
        named = (frames.police, frames.trustish, frames.count, frames.distrust_words)
        if len(words) > PLACE_ALONE or any(wanted.first(words) is not None for wanted in named):
            return False
        return frames.group.first(words) is not None and not any(w.isdecimal() for w in words)

    def _questions_only(
        self,
        question: str,
        language: str,
        topic: str | None,
        years: tuple[int, ...],
        institution: str | None = None,
    ) -> Decision | None:
        """The sentences ending in "?" read without the story around them, for a breakdown or
        an institution named only in the story; None if there is no such story, they ask
        nothing, or they ask about trust in the institution ("Do banks get more trust than the
        police? what percent trust banks")."""
        sentences = sentences_of(question)
        questions = [s for s in sentences if s.rstrip().endswith("?")]
        if institution is not None and self._trusted_in(questions, institution, language):
            return None
        asked = [CLAUSE.split(s)[-1] for s in questions]
        clauses = [c for c in CLAUSE.split(question) if c.strip()]
        if len(sentences) == 1 and len(clauses) > 1 and len(question.split()) >= LONG_MESSAGE:
            asked = clauses[-1:]  # one long run-on sentence: its last clause is the question
        elif not asked or len(asked) == len(sentences):
            return None  # no story around the questions
        elif self._figures_asked_beside(sentences, questions, language):
            return None  # "таксисты полиции доверяют? есть цифры по профессиям": asked, no story
        words = self.words(" ".join(asked), language)
        if any(w in self.frames.here for w in words):
            return None  # "I live in Almaty, how many trust the police here?": the city asked
        decision = self._decide(words, topic, years)
        content = extract_slots(words, self.lexicon).content
        figures_only = all(w in self.frames.figures_all or w in self.frames.vague for w in content)
        if decision.frame.reference == "ellipsis" or figures_only:
            return None  # "…than in cities, by how much", "…higher than the regions, any numbers?"
        if not self.frames.names_our_subject(words):
            return None
        return None if decision.intent in (*DECLINES, HELP, ACK) else decision

    def _group_resumed(self, question: str, language: str) -> bool:
        """A short clause naming a group, then "they" asked of ("taxi drivers, do they trust
        the police?", «фермеры — они доверяют?»): the group is asked, not told in a story."""
        for sentence in sentences_of(question):
            clauses = [c for c in CLAUSE.split(sentence) if c.strip()]
            if len(clauses) < 2:
                continue
            named = self.words(clauses[-2], language)
            asked = self.words(clauses[-1], language)[:RESUMING_REACH]
            grouped = self.frames.group.first(named) or spans(named, self.frames.group_phrases)
            group = len(named) <= GROUP_CLAUSE and bool(grouped)
            if group and self.frames.they.first(asked) is not None:
                return True
        return False

    def _figures_asked_beside(
        self, sentences: list[str], questions: list[str], language: str
    ) -> bool:
        """A sentence without "?" that asks for figures ("есть цифры по профессиям")."""
        told = [self.words(s, language) for s in sentences if s not in questions]
        figures = (self.frames.figure_words, self.frames.figures_all, self.frames.statistics)
        return any(kind.first(words) is not None for words in told for kind in figures)

    def _trusted_in(self, questions: list[str], institution: str, language: str) -> bool:
        """The institution and trust in one clause of a question: trust in it is asked, it is
        no place in the story ("I teach at a school: how many trust the police?")."""
        clauses = [c for q in questions for c in PIECE.split(q)]
        return any(
            institution in words and self.frames.names_trust(words)
            for words in (self.words(c, language) for c in clauses)
        )

    def _question_before_stance(
        self,
        decision: Decision,
        question: str,
        language: str,
        topic: str | None,
        years: tuple[int, ...],
    ) -> Decision | None:
        """A figure checked in the first sentence, then the asker's own doubt with no question
        («Правда что 63% доверяют? Не верится, у нас никто не доверяет»): the doubt's "not"
        is theirs, the first sentence is what is asked."""
        frame = decision.frame
        if not (frame.claim or frame.checked or frame.operation in ("complement", "distrust")):
            return None
        sentences = sentences_of(question)
        if len(sentences) < 2 or not sentences[0].rstrip().endswith("?"):
            return None
        if any(s.rstrip().endswith("?") for s in sentences[1:]):
            return None
        if self._year_trails(question, language):
            return None  # "63 % right? and in twenty nineteen": the year trailing is asked
        asked = self._decide(self.words(sentences[0], language), topic, years)
        if len(decision.years) > max(len(asked.years), 1):
            return None  # "…is 37? and the same at the start": a year more asked, no doubt
        understood = asked.intent not in (*DECLINES, HELP, ACK) and asked.confidence >= PART
        return asked if understood and self.book.quoted(asked.frame.numbers) else None

    def _resolved(self, decision: Decision) -> bool:
        """Decided by a rule over the whole message's slots, or about figures it quotes ("38 и
        63 это правда?"): its last question alone would lose them."""
        if decision.intent in (*DECLINES, HELP, ACK):
            return False
        return decision.confidence == RESOLVED or bool(self.book.quoted(decision.frame.numbers))

    def _hearsay_first(self, question: str, language: str) -> bool:
        """A sentence before the last tells what someone says («халық сенбейді дейді», "my
        host family told me…"): the story's claim is not what the last question asks."""
        sentences = sentences_of(question)
        return len(sentences) > 1 and any(
            w in self.frames.hearsay for s in sentences[:-1] for w in self.words(s, language)
        )

    def _names_its_subject(self, decision: Decision, asked: Decision) -> bool:
        """The whole message names the subject its answer is about (Denis Ten, the reports);
        a last question asking only for figures ("…is there a figure?") or a share ("…500k of
        800k unconsidered — what share? over 60%?") asks them of it, so a weaker match of the
        whole is enough."""
        about = decision.frame.about
        named = about is not None and about in self.catalog.intents[decision.intent].metrics
        figures = asked.frame.figure or asked.frame.share
        figures_only = figures and not (asked.frame.trust or asked.frame.police)
        return named and decision.confidence >= (self.catalog.threshold if figures_only else PART)

    def _topic_of(self, decision: Decision, topic: str | None) -> str | None:
        """What the message before its last question is about, for that question ("Did trust
        grow by 25 % or 25 points? What's the difference?"): the whole's understood intent."""
        understood = decision.intent not in (*DECLINES, HELP, ACK)
        if (
            understood
            and decision.confidence >= PART
            and self.catalog.intents[decision.intent].topic
        ):
            return decision.intent
        return topic

    def _last_question(
        self,
        question: str,
        language: str,
        topic: str | None,
        years: tuple[int, ...],
        *,
        told: bool = False,
        own: str | None = None,
    ) -> Decision | None:
        """The last sentence ending in "?" of a message of several (in a long message, the last
        clause), when it is understood well on its own. After a claim `told`, a question naming
        trust itself follows the conversation's topic (`own`), not the story's."""
        splitter = CLAUSE_END if len(question.split()) >= LONG_MESSAGE else SENTENCE_END
        sentences = [s for s in splitter.split(question) if s.strip()]
        asked = [s for s in sentences[1:] if s.rstrip().endswith("?")]
        # "…63 % trust right? and what was it in twenty nineteen": a last clause opening with
        # "and" asks, its "?" lost to voice-to-text
        last = sentences[-1] if len(sentences) > 1 else ""
        trailing = not last.rstrip().endswith("?") and self._opens_a_follow_up(last, language)
        if trailing:
            asked.append(last)
        if not asked:
            return None
        words = self.words(asked[-1], language)
        if self.frames.relative_clause.first(words[:RELATIVE_REACH]) is not None:
            return None  # "…according to the statistics, which the deputy cites?": no question
        if all(w.isdecimal() or w in self.frames.choice for w in words):
            return None  # "…это сколько, 1,5 или 2?": answers offered, the question before
        said = {w for s in sentences if s != asked[-1] for w in self.words(s, language)}
        if self._judges_the_claim(words, said):
            return None  # "…almost twice as much. Is that true?": the claim before it is asked
        if self._asks_figures_only(words):
            return None  # "Is Almaty safe at night? numbers?": the figures of the question before
        if self.frames.asks_phrasing(words) and not self.frames.names_our_subject(words):
            return None  # "…went up 25 %. Is that the right way to say it?": the figure told
        if told and self.frames.names_trust(words):
            topic = own
        decision = self._decide(words, topic, years)
        if decision.intent in (*DECLINES, HELP, ACK) or decision.confidence < PART:
            return None
        # "…in 2019 how many?? and now??": the rest of the message is its topic, unless it named
        # no year and the trailing clause does ("63 % right? and in twenty nineteen")
        earlier = [w for s in sentences[:-1] for w in self.words(s, language)]
        dated = bool(extract_slots(earlier, self.lexicon).years)
        if decision.frame.reference == "ellipsis" and (dated or not trailing):
            return None
        if self._unit_only(words, decision):
            return None  # "…how much has trust grown since the first one, in points?"
        return decision

    def _year_trails(self, question: str, language: str) -> bool:
        """The message's last clause opens with "and" and asks a year, with no "?"."""
        splitter = CLAUSE_END if len(question.split()) >= LONG_MESSAGE else SENTENCE_END
        sentences = [s for s in splitter.split(question) if s.strip()]
        last = sentences[-1]
        return (
            len(sentences) > 1
            and not last.rstrip().endswith("?")
            and (self._opens_a_follow_up(last, language))
        )

    def _opens_a_follow_up(self, sentence: str, language: str) -> bool:
        """A clause opening with "and" («а», «ал») and asking a year of its own."""
        words = self.words(sentence, language)
        opened = words[:1] in [[opener] for opener in FOLLOW_UP_OPENERS.values()]
        return opened and bool(extract_slots(words, self.lexicon).years)

    def _unit_only(self, words: list[str], decision: Decision) -> bool:
        """A clause naming only the unit of the figure asked before it ("in points?", «в
        процентах?»)."""
        unit = decision.frame.operation in ("points", "percent") and not decision.frame.numbers
        return unit and len(words) <= SHORT_FOLLOW_UP and not self.frames.names_our_subject(words)

    def _judges_the_claim(self, words: list[str], told: set[str]) -> bool:
        """ "Is that true?", "Fake news?", «кто прав?»: a question asking only whether what was
        told before it is so; or a claim word with an echo of what was told («…"почти в два
        раза". Реально в два?», "…nearly double. Really double?")."""
        frames = self.frames
        judged = (frames.claim, frames.claim_judged, frames.doubt, frames.article_words)
        if self._asks_only(words, judged):
            return True
        checked = spans(words, frames.in_the_source)  # "is that what the source says?"
        rest = [w for i, w in enumerate(words) if i not in checked]
        if checked and not extract_slots(rest, self.lexicon).content:
            return True
        content = extract_slots(words, self.lexicon).content
        echo = [w for w in content if not any(w in kind for kind in judged)]
        # an echo of a word or two told, asking nothing of its own ("…по статистике сколько
        # доверяют?" asks a count, whatever was told)
        asks = any(self.lexicon.corrected(w) in frames.count for w in echo) or frames.names_trust(
            echo
        )
        echoed = len(echo) <= ECHO_WORDS and all(w in told for w in echo) and not asks
        return echoed and any(w in frames.claim for w in content)

    def _asks_figures_only(self, words: list[str]) -> bool:
        """ "Numbers?", «цифры есть?»: figures asked, naming no subject of their own."""
        return self._asks_only(words, (self.frames.figures_all, self.frames.figure_words))

    def _asks_only(self, words: list[str], kinds: tuple[WordSet, ...]) -> bool:
        """Every word the question asks with is of one of these kinds."""
        content = extract_slots(words, self.lexicon).content
        return bool(content) and all(any(w in kind for kind in kinds) for w in content)

    def _decide(self, words: list[str], topic: str | None, years: tuple[int, ...]) -> Decision:
        words = [w if self.matcher.knows(w) else self.lexicon.corrected(w) for w in words]
        slots = extract_slots(words, self.lexicon)
        dropped = self.frames.then_dropped(words, slots)
        if dropped != words:  # «сонда» dropped: the slots of what is left
            words, slots = dropped, extract_slots(dropped, self.lexicon)
        return self.understanding.decide(words, slots, topic, years)

    def _is_ack(self, question: str, words: list[str], *, remark: bool = True) -> bool:
        """Only thanks / ok words; thanks, then nothing asked; with `remark`, an ok and then a
        remark asking nothing (not when Kazakh typed in Latin letters is read as English: its
        question words are not English ones); or a short message of a thanks word beside words
        nobody asks with ("туснкт спс": a mistyped "understood")."""
        if not words:
            return any(mark in question for mark in EMOJI_ACK)
        if self.frames.is_ack(words):
            return True
        asks = "?" in question
        if not asks and self.frames.echoes_a_share(words):
            return True  # "понял, 38"
        if not asks and self.frames.thanks_first(words, self.lexicon.more):
            return True
        if not asks and self.frames.passes_it_on(words):
            return True
        if remark and not asks and self.frames.settled(words, self.lexicon.more):
            return True
        return (
            len(words) <= SHORT_ACK
            and words[-1] in self.frames.thanks
            and not any(self.matcher.knows(w) for w in words if w not in self.frames.ack)
        )

    def _of_our_subject(
        self, decision: Decision, question_words: list[str], topic: str | None
    ) -> Decision:
        """An answer needs evidence of our subject: a word of it in the question, a figure of
        ours quoted, or a conversation it follows up. Without any, the question only resembles a
        phrasing ("whom did he beat in his latest game?") and is out of scope."""
        if decision.intent == HELP:
            return self._help_or_another_subject(decision, question_words)
        if decision.intent in (*DECLINES, ACK):
            return decision
        words = [w if self.matcher.knows(w) else self.lexicon.corrected(w) for w in question_words]
        frame = decision.frame
        out = replace(decision, intent=OUT_OF_SCOPE, confidence=RESOLVED)
        if self._complaint_elsewhere(words):
            return out  # "bad internet at home, where do I complain?": not about the police
        if self.frames.someone_elses_number(words) or self.frames.about_messaging(words):
            # "Admin, please add my mum, her number is +7 777 123 45 67"; "how do I send a
            # voice message on WhatsApp?"
            return out
        if self.frames.names_our_subject(words, core=True):
            return decision
        if frame.aside is not None:
            return decision  # "what are p.p.?", "is 'almost double' legit?": read in words
        if decision.intent == self.catalog.series[self.catalog.default_series].first and (
            self.frames.measured_since(words) is not None
        ):
            return decision  # "с 2015 года меряют, так?": the series' start, told wrong
        if decision.intent == PREVENTION and self.frames.rural_hardship_asked(words, frame):
            return decision  # "why is it harder in the villages?": the inspectors they lack
        if decision.intent == DEPUTY and self.frames.quoting.first(words) is not None:
            return decision  # «а кто там цитируется?» after where it was written: the deputy
        if decision.intent == DEPUTY and self.understanding.speaker_in_it(words, frame):
            return decision  # "who was speaking in it?" after when the article came out
        if decision.intent == REFORM and self.frames.reform_story_named(words, frame):
            return decision  # «танымал фигурист өлтірілгеннен кейін не болды?»
        if self._beginning_alone(words, decision):
            return decision  # «басында неше пайыз еді?»: the first level, all we measured then
        if self._reading_found(words, decision):
            return decision  # "what did the latest round show?": the level it measured
        if self._share_now_alone(words, decision):
            return decision  # «скока щас %», "what % now?": the level, all we measure
        if decision.intent == REASONS and self._reasons_only_listed(words):
            return decision  # «үш себебін атаңызшы»: the reasons, naming nothing else
        if topic is not None:
            return self._followed_up(decision, words)
        if frame.considered and self.understanding.considered_quoted(frame):
            return decision  # "so only 300k were looked at?": the reports considered, computed
        quoted = {n for n in frame.numbers if self.book.quoted([n])}
        weak = bool(quoted) or self.frames.names_our_subject(words)
        other = self.frames.names_another_subject(words)
        intent = self.catalog.intents[decision.intent]
        if not (intent.topic and intent.metrics):
            # an answer of no series (the source, 112), unless it names another subject or
            # only resembles a phrasing and names nothing of ours ("when was Almaty founded")
            resembles = decision.intent not in GENERAL_INFO and decision.confidence < PART
            return out if other or (resembles and not weak) else decision
        if other:
            return out  # "my battery went from 63 % to 38 %"
        if frame.brief and decision.intent == self.catalog.brief_all:
            return decision  # "the key takeaways, no fluff", «какой вывод из всего этого?»
        measured_named = [y for y in frame.years if self.understanding.measured((y,))]
        if decision.intent == MEASUREMENT_YEARS and len(measured_named) > 1:
            return decision  # "a line from 2019 to 2025 to estimate 2022?": both measurements
        if self.understanding.share_misremembered(frame):
            return decision  # "wasn't it 73 %?": a share of ours misremembered
        if frame.partly_named and frame.operation == "distrust" and (frame.share or frame.counted):
            return decision  # "partly + not at all combined, what %?": the survey's own answers
        if len(quoted) >= QUOTED_FIGURES:
            return decision  # "38 to 63 is what multiple exactly": two figures of ours
        if self.understanding.computed_quoted(frame) == decision.intent:
            return decision  # "why 1.66?": a figure only we computed
        measured = bool(frame.years) and self.understanding.measured(frame.years)
        compared = frame.compare or frame.operation in ("points", "ratio") or frame.indexed
        compared = compared or frame.growth  # "for a chart: 2019, 2025, the growth in p.p."
        if measured and len(frame.years) > 1 and (compared or frame.figure):
            # "diff between 2025 and 2019 in points?", «2019 бен 2025-ті салыстырып бер», "the
            # values for 2019 and 2025, for an infographic", "2019 = 100, the 2025 index?": both
            # measurements named
            return decision
        if quoted and (self.frames.asks_phrasing(words) or self.frames.asks_meaning(words)):
            return decision  # "how do I phrase the 37 % so it's not misleading?", "37 % means?"
        dated = {period for _, period in self.book.quoted(sorted(quoted))}
        if dated.intersection(frame.years):
            return decision  # "is the 800k for 2025 only or cumulative?": a figure with its year
        if frame.every_figure and weak:
            return decision  # "all the key figures of the article, for a slide at the maslikhat"
        if frame.growth and frame.operation in ("points", "ratio"):
            return decision  # "Accountant. I need the relative increase in %, not points."
        if frame.per and self.frames.share_quoted_in_percent(words):
            return decision  # "63% of 200 market stalls": a share of ours applied to a count
        # «в доме 20 человек, сколько доверяют?», «80 пәтер, қаншасы сенеді?»: trust counted
        # of people or homes told with their number
        told = frame.counted and self.frames.told_count(words, frame.years) == frame.per
        if frame.per and frame.trust and (frame.place or self.frames.names_basis(words) or told):
            # «біздің 200 адамдық үйде қаншасы сенер еді», «үйде 120 тұрғын, жалпы
            # статистикамен қаншасы сенеді?»: trust, our own count or one taken by the country's
            return decision
        placed = self.frames.places_a_number(words)
        if frame.checked and quoted and quoted == set(frame.numbers) and not placed:
            return decision  # "is it really 63 or did I misread?", «расымен 63 па?»: ours checked
        if self._names_unknown(words) or placed:
            return out  # "when does the last 45 bus leave the market?"
        if frame.growth or frame.operation in ("points", "ratio") or measured:
            return decision  # "how many times higher?", "в 2019 было больше половины?"
        return decision if weak else out  # weak evidence, nothing else named: "63 % — много?"

    def _complaint_elsewhere(self, words: list[str]) -> bool:
        """Where or how to complain asked about another service or person («уйде интернет
        нашар, кайда шагымдануга болады», «куда жаловаться на ЖКХ», "where do I complain about
        my landlord"): the police not named, nothing counted, nothing else of ours, a service or
        a word we do not know named instead. A complaint about the police is ours."""
        frames = self.frames
        filed = frames.complaint_filed.first(words) and frames.complaint_where.first(words)
        if not filed or frames.police.first(words) is not None:
            return False
        counted = frames.count.first(words) or frames.percent.first(words)
        rest = [w for w in words if w not in frames.complaint_filed]
        if counted or any(w.isdecimal() for w in words) or frames.names_our_subject(rest):
            return False  # "what share of complaints just vanished?": the reports counted
        return frames.services.first(rest) is not None or self.vocabulary.names_unknown(
            rest, share=0
        )

    def _beginning_alone(self, words: list[str], decision: Decision) -> bool:
        """The first measurement named with a measuring word («өлшей бастағанда»), a share or a
        count of it asked, and nothing else."""
        frame = decision.frame
        first = self.catalog.series[self.catalog.default_series].first
        asked = frame.share or frame.counted
        measured = self.frames.measurement.first(words) is not None
        named = frame.about or frame.numbers
        return decision.intent == first and frame.first and asked and measured and not named

    def _reading_found(self, words: list[str], decision: Decision) -> bool:
        """The level asked as what the latest or a measured year's round found."""
        level = self.catalog.series[self.catalog.default_series]
        named = self.frames.names_latest(words) or bool(decision.frame.years)
        found = self.frames.finding.first(words) is not None
        return decision.intent in (level.current, level.year) and named and found

    def _share_now_alone(self, words: list[str], decision: Decision) -> bool:
        """A share asked of now and nothing else named («скока щас %», «қазір неше пайыз?»):
        the latest trust level, the one share this bot is about."""
        frame = decision.frame
        current = self.catalog.series[self.catalog.default_series].current
        content = extract_slots(words, self.lexicon).content
        return decision.intent == current and frame.now and frame.share and not content

    def _reasons_only_listed(self, words: list[str]) -> bool:
        """The reasons asked to be named («үш себебін атаңызшы», "list the three reasons"),
        with no word we do not know beside them ("name three reasons to learn English")."""
        frames = self.frames
        listed = frames.list_asked.first(words) and frames.reason_nouns.first(words)
        unknown = self.vocabulary.names_unknown(words, share=0)
        return bool(listed) and not (unknown or frames.names_another_subject(words))

    def _help_or_another_subject(self, decision: Decision, words: list[str]) -> Decision:
        """ "Can you help me with my term paper on inflation?", "a recipe for baursak?" came
        nearest "what can you do?" only by their asking words: a request about something we do
        not know is out of scope, not a question about the bot."""
        if decision.confidence < PART and self._mostly_unknown(words):
            return replace(decision, intent=OUT_OF_SCOPE, confidence=RESOLVED)
        # "lol can you tell jokes", «а ты умеешь анекдоты рассказывать?»: the bot asked to do a
        # thing we have no word for, nothing of ours named: a request out of scope, whatever its
        # asking words matched
        asked = self.vocabulary.names_unknown(words) and not self.frames.names_our_subject(words)
        if asked:
            return replace(decision, intent=OUT_OF_SCOPE, confidence=RESOLVED)
        return decision

    def _mostly_unknown(self, words: list[str]) -> bool:
        return self.vocabulary.names_unknown(
            words, share=OTHER_SUBJECT_SHARE, at_least=OTHER_SUBJECT_WORDS
        )

    def _followed_up(self, decision: Decision, words: list[str]) -> Decision:
        """A follow-up needs no word of our subject («а в 2019?»), unless it names another one
        (a pension reform, a quarterly report at work) or says it changes the subject
        ("unrelated, but…", «кстати») to words we do not know."""
        switched = self.frames.switch.first(words) is not None
        # after "by the way", one word we do not know is the new subject
        unknown = switched and self.vocabulary.names_unknown(words, share=0)
        # a weak match of words we mostly do not know ("ok cool, the cheapest mobile plan
        # right now?" came nearest "and now?") is another subject, not a follow-up
        resembles = (
            decision.confidence < PART
            and decision.frame.operation == "value"
            and not self.frames.names_our_subject(words)
            and self._mostly_unknown(words)
        )
        # a weak match of a message with words of its own and nothing of ours ("а давление 160
        # на 90 что пить?", «ок, а как в ворде сделать сноски?» after a figure): another
        # subject, which only inherited the conversation's
        resembles = resembles or self._unrelated_after(decision, words)
        resembles = resembles or self._other_count_after(decision, words)
        # "…and out of 300 people in our house, how many go to the mosque?": counted, but of
        # a subject a scope rule refuses
        counted = self.frames.members_counted_dropped(words)
        refused = decision.frame.per is not None and self.lexicon.refuses(counted)
        if self.frames.names_another_subject(words) or unknown or resembles or refused:
            return replace(decision, intent=OUT_OF_SCOPE, confidence=RESOLVED)
        return decision

    def _unrelated_after(self, decision: Decision, words: list[str]) -> bool:
        """A weak match (below `PART`) of a message that names nothing of our subject, quotes no
        figure or year of ours, asks nothing of a figure (a first, a count, a cause, a place)
        and has words of its own (`OTHER_SUBJECT_WORDS` or more of four letters, one we do not
        know among them): it would be out of scope alone, and a follow-up («а в 2019?», "и
        что?", «в процентах?») brings no such words."""
        frame = decision.frame
        if decision.confidence >= PART or frame.years or self.book.quoted(frame.numbers):
            return False
        # «а базовый год какой?»: a first, a past, a count or a cause asked is of a figure
        asked = frame.first or frame.past or frame.now or frame.counted or frame.cause
        asked = asked or frame.growth or frame.compare or frame.nationwide or bool(frame.group)
        if asked or frame.per is not None or frame.operation not in ("value", "negated"):
            return False
        if self.frames.names_our_subject(words) or self.frames.refers_back.first(words):
            return False  # "who's saying this?", «мұны қайда айтты?»: the answer referred to
        # and one of them at least is none of our vocabulary («давление», "headache"): "what
        # else", «это твоё мнение?», "who gave that number?" are all words we know
        own = [w for w in words if len(w) >= MIN_CONTENT_LENGTH and w.isalpha()]
        unknown = self.vocabulary.names_unknown(words, share=0)
        return len(own) >= OTHER_SUBJECT_WORDS and unknown

    def _other_count_after(self, decision: Decision, words: list[str]) -> bool:
        """A count asked of something else after a talk of ours («бауырсақта қанша калория
        бар?» after who the deputy is, "how much is bread?"): nothing of ours named, no figure
        or year quoted, no group, and two words we do not know or a unit of another measure.
        «а сколько она сказала?», «сан жағынан қанша?» name fewer."""
        frame = decision.frame
        if not frame.counted or frame.numbers or frame.years or frame.group:
            return False
        if frame.operation != "value":
            return False  # "in relative terms, how many percent?": a figure of ours computed
        # «палауда қанша калория бар?»: a unit of another measure is another subject too
        unit = self.frames.foreign_units.first(words) is not None
        other = unit or self.vocabulary.names_unknown(words, at_least=OTHER_SUBJECT_WORDS)
        return other and not self.frames.names_our_subject(words)

    def _names_unknown(self, words: list[str]) -> bool:
        """Words outside our vocabulary beside only weak evidence name another subject ("63 %
        battery", "an internship report"); trust itself named keeps the question ours."""
        frames = self.frames
        trust = frames.trustish.first(words) or frames.distrust_words.first(words)
        return trust is None and self.vocabulary.names_unknown(words)

    def _no_figure_for_unknown_years(self, decision: Decision) -> Decision:
        """A year the series does not hold gets "no figure", never a neighbour's value."""
        if decision.series is None:
            return self._no_count_for_unknown_years(decision)
        # the years the answer gives and those the question names ("a survey in 2023, right?"
        # answered with the first measurement names 2023 still)
        years = {*decision.years, *decision.frame.years}
        if not years:
            return decision
        known = {fact.period for fact in self.book.series(decision.series)}
        complement = self.catalog.series[decision.series].complement_of
        if complement is not None and decision.intent == self.catalog.series[decision.series].year:
            known |= {fact.period for fact in self.book.series(complement)}
        yearly = decision.intent == self.catalog.series[decision.series].year
        if years <= known or (yearly and complement is None and years & known):
            return decision  # "in 2025 and in 2022?": each year's line says if it was measured
        frame = replace(decision.frame, missing=decision.frame.missing_year, subject=NO_FIGURE)
        unknown = tuple(sorted(years - known))  # the year said to have no figure
        return replace(decision, intent=NO_FIGURE, years=unknown, frame=frame)

    def _another_year_of_a_story(self, decision: Decision) -> bool:
        """A dated story (the reform, 2018) matched weakly for a year of neither its own nor
        a measurement, and no cause asked."""
        frame = decision.frame
        if decision.intent not in self.catalog.dated or decision.confidence >= PART or frame.cause:
            return False
        told = {
            fact.period
            for m in self.catalog.intents[decision.intent].metrics
            for fact in self.book.series(m)
        }
        return not (set(frame.years) & told) and not self.understanding.measured(frame.years)

    def _no_count_for_unknown_years(self, decision: Decision) -> Decision:
        """A count measured once (the 800 / 500 thousand, one in seven: 2025 only) asked for
        another year ("сколько сообщений не рассмотрели в 2024") has no figure either."""
        years = decision.frame.years
        if not years or decision.intent in (*DECLINES, HELP, ACK):
            return decision
        if self._another_year_of_a_story(decision):
            # "what was it in 2020, right after the reform started?" came only near the
            # reform's story (2018): the level that year, which was never measured
            frame = replace(decision.frame, missing=decision.frame.missing_year, subject=NO_FIGURE)
            return Decision(NO_FIGURE, RESOLVED, years, self.catalog.default_series, frame)
        counts = self.book.counts(self.catalog.intents[decision.intent].metrics)
        known = {fact.period for metric in counts for fact in self.book.series(metric)}
        if not counts or all(year in known for year in years):
            return decision
        frame = replace(decision.frame, missing=decision.frame.missing_year, subject=NO_FIGURE)
        return Decision(NO_FIGURE, RESOLVED, years, counts[0], frame)
