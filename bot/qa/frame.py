"""The question's frame: what it asks about, read before any matching.

Scope and arithmetic are decided from these slots, not from resemblance to an example: a
question about Russia's police resembles one about Kazakhstan's, but its `country` slot makes it
out of scope; "во сколько раз" is a ratio whatever the wording around it.
"""

import re
from dataclasses import asdict, dataclass
from functools import cached_property
from itertools import pairwise, takewhile
from typing import Any

from rapidfuzz.distance import DamerauLevenshtein

from bot.qa.datafiles import load
from bot.qa.facts import CORRUPTION_ONE_IN, OFFENCE_REPORTS, THOUSAND
from bot.qa.lexicon import Phrases, WordSet, phrases
from bot.qa.normalize import normalize
from bot.qa.slots import FIRST_YEAR, LAST_YEAR, Slots, places, spans


@dataclass(frozen=True)
class Frame:
    """`subject` is the intent the answer is about; the rest are slots of the question."""

    subject: str | None = None
    country: str | None = None  # another country's police
    institution: str | None = None  # another institution (courts, army, banks...)
    measure: str | None = None  # a measure the series lacks (headcount, pay, crime)
    group: str | None = None  # a breakdown the series lacks (city, region, age, gender)
    forecast: bool = False
    years: tuple[int, ...] = ()
    now: bool = False
    compare: bool = False
    operation: str = "value"  # value | points | ratio | remainder | complement | percent |
    # amount | distrust | negated
    reference: str | None = None  # "pronoun" (she / ол) or "ellipsis" (no topic words)
    police: bool = False  # the police is named
    counted: bool = False  # "how many", "сколько", "қанша"
    trust: bool = False  # trust is named ("trust in villages" asks for a figure)
    numbers: tuple[int, ...] = ()  # numbers the question quotes, other than years ("800 тыс.")
    decimals: tuple[float, ...] = ()  # numbers with a fraction it quotes ("почему 1,66?")
    greeted: bool = False  # only a greeting: a greeting back, not thanks
    doubted: bool = False  # the last answer doubted ("that can't be right"): said again
    exactly_twice: bool = False  # "if it had exactly doubled, what would it be?"
    rounded: bool = False  # "round it to one decimal": the ratio said rounded too
    unconsidered: bool = False  # the reports left unconsidered named ("unreviewed")
    considered: bool = False  # the reports considered named, no denial ("дошёл до рассмотрения")
    crimes_counted: bool = False  # crimes counted, not reports ("how many were actual crimes?")
    reopened_counted: bool = False  # reports looked at again counted («қаншасы ашылды?»)
    about: str | None = None  # the metric the question names, for "where is this from?"
    missing: str | None = None  # why there is no figure: year | group | measure | forecast |
    # person | officers | before_reform
    offtopic: bool = False  # homework, an equation: never about the figures
    in_all: bool = False  # "in all", «всего»: a whole counted (or "most often", «чаще всего»)
    tally: tuple[int, int] | None = None  # a vote's own count: (those trusting, all who voted)
    count_checked: tuple[int, int] | None = None  # the asker's own count of a share: (part, whole)
    more_counted: bool = False  # "how many more", «на сколько больше»: a difference in people
    culprit: bool = False  # a person asked for ("who killed him?"): no part of it is ours
    past: bool = False  # a past verb ("а сколько было?"): after today's level, the first one
    nationwide: bool = False  # "the whole country" named
    task: bool = False  # a task done at the police ("how do I file a report online")
    police_share_told: bool = False  # a per cent told of the police («14% полицейских берут?»)
    officer_trait: bool = False  # what officers are or do named ("honest", «адал», «работают»)
    whole: str | None = None  # "police" when a share is asked *of the police* ("% of police"),
    # "offenders" when a Kazakh genitive names others as the whole
    detail: bool = False  # a fact about the deputy the article does not give (her party, age)
    separately: bool = False  # parts of a sum asked apart ("partly and not at all, separately")
    span: bool = False  # both ends of the series ("first and last", "before and now")
    first: bool = False  # the first measurement named alone ("в первом замере", "back then" no)
    seventh: bool = False  # "every seventh" named: a share asked is of the offenders
    fraction: bool = False  # a share asked as a decimal or a fraction
    half_named: bool = False  # "half of the 800k": the reports set against half of them
    level_judged: bool = False  # "is 63 % a lot or a little?": the level, judged in words
    fraction_quoted: tuple[int, int] | None = None  # "two out of three": (2, 3), a share said
    regions_counted: bool = False  # "how many regions", «неше өңір»
    partly_named: bool = False  # the partly-trusting named ("trust a bit", «ішінара»)
    cause: bool = False  # a cause asked ("с чем связан рост", "what drove the increase")
    per: int | None = None  # "если взять 1000 казахстанцев": the share applied to this many
    place: bool = False  # the count is of the asker's own place or group ("1000 in our district")
    before_reform: bool = False  # "до реформы": before the first measurement
    claim: bool = False  # a claim about how many trust, to check ("никто не доверяет, правда?")
    brief: bool = False  # "коротко", "in brief": the article in brief
    growth: bool = False  # growth named ("рост", "өсті", "increase")
    fell: bool = False  # a fall named ("снизилась", "dropped", «азайды»): only distrust fell
    often: bool = False  # "most often", "көбіне": what a reason mostly is
    figure: bool = False  # a figure asked in words ("headline number", «көрсеткіш», "цифра")
    article: bool = False  # the article or its publication named ("в статье Курсива")
    cites_source: bool = False  # the Prosecutor's Office cited as the source of figures
    cited: bool = False  # the deputy cited as the source ("по мнению депутата", "she says")
    with_first: bool = False  # a year and the first measurement both named
    slow: bool = False  # growth called slow ("так медленно растёт", "so slowly")
    relative: bool = False  # the year was counted from another ("a year later" after 2019)
    until: bool = False  # a time before a year named («до 2019»)
    against: bool = False  # those who trust set against those who do not (the gap asked)
    not_police: bool = False  # the police negated ("are NOT police"): the others asked
    others: bool = False  # "everybody else", «все остальные», «қалған»: the rest of a whole
    years_counted: bool = False  # "how many years" of the measurements ("сколько лет прошло")
    average: bool = False  # an average named ("выше среднего"): a group set against the whole
    share: bool = False  # a share or percent named ("what share", «какой процент»)
    checked: bool = False  # whether something is so is asked ("правда?", "really?", «рас па»)
    # a figure remembered or heard ("I remember", «разве не», «дейді»), no year asked ("in which
    # year was it 50 %?")
    recalled: bool = False
    metric_named: bool = False  # a figure of ours but trust named in words (corruption, reports)
    precise: bool = False  # "exactly?", «а точно?»: the figure just given, precisely
    every_figure: bool = False  # all the figures asked ("все цифры", "every number you have")
    share_asked: bool = False  # a share asked with a question word ("what's the share")
    both_counted: bool = False  # trust and not trusting asked as two counts (63 and 37)
    indexed: bool = False  # an index with a measured year as 100 ("if 2019 = 100, the 2025 index?")
    points_named: bool = False  # percentage points or a difference named ("by how many points")
    short_of: int | None = None  # a level the trust is measured short of ("short of 80 %")
    aside: str | None = None  # a line said before the answer (`answers.toml [aside]`, in_words.py)

    @property
    def missing_year(self) -> str:
        """Which "no figure for that year" is said: a year named, one counted from another, or
        a time before a year named (that year said back, as the question named it)."""
        if self.until:
            return "until"
        return "relative" if self.relative else "year"

    def as_dict(self) -> dict[str, object]:
        """For `senim ask --json`: the slots that are set."""
        return {k: v for k, v in asdict(self).items() if v not in (None, False, (), "value")}


STORY_WORDS = 12  # a message this long may name a police unit only in its story
ROUND_NUMBERS = frozenset(str(10**power) for power in range(1, 7))  # 10 … 1 000 000
LONG_DOUBT = 12  # words: a longer message doubting the figures asks something too
PERSON = "person"  # "our 200-person building": the count of people in one word
# "isn't it…?" opens a question asking to confirm: its "not" negates nothing
TAG_VERBS = {"isnt": "is", "wasnt": "was", "arent": "are", "werent": "were"}
# "…trust fell, didn't it?": a tag asks to confirm what was said; its "not" negates nothing
TAG_QUESTION = re.compile(
    r"\b(is|was|are|were|do|does|did|has|have|had|can|will|would)n[’']?t"
    r"(\s+(?:it|they|she|he|there|you|we|i)\s*\?)",
    re.IGNORECASE,
)
CRIMES = "crimes"  # a count of crimes asked: not in the data (the reports are)
RANK = "rank"  # a place in a ranking asked in words («какое место», «нешінші орында»)
LISTENER_REACH = 5  # words: "explain in simple words for an elderly person"
SEVEN = "7"  # "1 in 7 officers": the one in seven said of the police
DRIVERS = ("driver", "drivers")  # "drivers of distrust" are causes
SHORT_REQUEST = 6  # words: "explain like I'm 10" with nothing else asked
SCHOOL_YEARS = 11  # a school's last year: «4Б» is a class, not four people
GROUP_SIZE = 1000  # people: a class, a chat or a block counted, not a year
LARGE_GROUP = 100_000  # people or offenders counted, named right after their count
MILLION = 1_000_000
LOCAL_PLACE = "local"  # the group read from "in our district": the asker's place, any one
TALLY_REACH = 3  # words: "63 said they trust", «63-і сенеді»: a count and its verb
POLL_REACH = 4  # words: "12 of 40 in our group trust": a part of a whole and its verb
PART_REACH = 3  # words: "part of the reform", «реформаның бөлігі»
BARE_OUT_OF = 4  # words: "and out of 2100?" asks how many with no count word
FOLLOW_UP_OPENING = frozenset({"what", "how", "about"})  # "what about…", "how about…"
PLAUSIBLE_YEARS = range(1900, 2101)  # a count in these could be a year
PERCENT_WHOLE = 100  # a share said back ("понял, 38") is at most this; "100 minus" is all of it
SHARE_OF = frozenset({"of", "от"})  # "63% of that", «63% от них»: the share of a count told
SHARE_REACH = 3  # words beside "100": «из 100 человек 37», "63 out of 100"
ONE_IN_REACH = 2  # words: "1 in 7 children", «балалардың әр жетіншісі»: whom it is said of
MEMBER_REACH = 2  # words: "21 corruption offenders" counts the offenders
WE_PLACED = 3  # words: «нас в чате 200»: "we", then where, then the count
ASKERS_REACH = 6  # words: "400 of us in the trade center": the askers counted, then their place
ROAD_REACH = 3  # words: the other city and the road word around a city on a road
TRADE_REACH = 5  # words: "selling phone cases in Aktobe", the asker's trade before the place
HOME_REACH = 10  # words: the people of one home told after the homes counted
EACH_REACH = 5  # words: "2 adults in each", "one adult per flat"
FLATS_REACH = 4  # words: «3 дома по 60 квартир», «3 үй, әр үйде 60 пәтер»
HOME_PEOPLE = 10  # people of one home at most
FRACTION_WHOLE = 10  # "two out of three", "7 in 10": a share said as a small fraction
OUT_OF = ("of", "из", "among", "среди")  # a word before what people are counted out of
# The asker's own group before its count ("out of our 200 flats", «из наших 200 квартир», "from
# my 600 customers"): still what people are counted out of.
OWN_GROUP = frozenset({"our", "my", "наших", "моих", "нашего", "моего", "нашей", "моей"})
FIRST_PERSON_ENDINGS = ("мин", "мын", "пин", "пын", "бин", "бын")  # folded Kazakh "I am"
I_DID_ENDINGS = ("дим", "дым", "тим", "тым")  # folded Kazakh "I did": «бердім», «жаздым»
STORY_OPENERS = ("back", "ещё", "еще")  # words before a year opening a story: "back in 2022"
KAZAKH_STORY_REACH = 7  # words: «2023 жылы тауығым ұрланды деп арыз бердім»
FIRST_PERSON_STEM = 5  # letters: "зейнеткермин" says "I am", «бин» alone is no word of it
ABLATIVE_ENDINGS = ("нан", "нен", "дан", "ден", "тан", "тен")  # folded Kazakh
# A case ending typed apart from its number («300-дің қаншасы», «500-ден нешеуі»): of that count
SPLIT_WHOLE_ENDINGS = frozenset(("нын", "нин", "дын", "дин", "тын", "тин", *ABLATIVE_ENDINGS))
SINGLED_REACH = 4  # words: "trust figure for district inspectors", the inspectors singled out
SINGLED_AFTER = 4  # words: «участковым конкретно сколько процентов доверяют»
POSSESSIVE_ENDINGS = ("и", "ы", "инен", "ынан")  # folded Kazakh, split off a count: «700-і»
DATIVE_ENDINGS = ("га", "ге", "ка", "ке", "на", "не", "а", "е")  # folded Kazakh dative endings
COMPLAINT_REACH = 4  # words: "complaints were filed against district officers"
KIND_REACH = 3  # words: «алаяқтығы туралы қанша арыз», "how many phone fraud reports"
BRIBES_SHARE_REACH = 6  # words: "what share of the corruption offences were bribes?"
# words before and after a breakdown within a year to what it cuts: "what did trust in the
# police look like quarter by quarter", "month by month in 2025, how did trust change?" (not
# "we meet every month at the club; what share trusts…")
WITHIN_BEFORE, WITHIN_AFTER = 6, 5
CALL_REACH = 3  # words: "dial for the police" calls the police
AT_ALL_REACH = 4  # words after "not at all" to its trust word: "flat out don't trust"
NEAR_TRUST = 3  # words: "not at all" this near a trust word is said of trust
SPEAKER_REACH = 3  # a sex word this near the deputy describes her ("депутат, какая-то женщина")
SPOKEN_OF_WORDS = 12  # words: who said it "about" something, asked in a short question
HER_REACH = 3  # words: "а телефон у нее?" asks her phone; one farther off is someone else's
# words before and after: "work in a district akimat", «әкімдіктен жазып отырмын»
WORKPLACE_REACH, WORKPLACE_AFTER = 4, 3
RESIDENCE_REACH = 2  # words: "live in Almaty"
# Regions as counted, before the count word («а областей сколько?», «облыс нешеу?»), not one
# region named («Ақмола облысында қанша?»)
REGIONS_COUNTED = frozenset({"областей", "регионов", "облыс", "өңір", "онир", "regions", "oblasts"})
YEARS_OLD, YEAR_OLDS = ["year", "old"], ["year", "olds"]  # an age, written apart
MAX_AGE = 100  # the highest number read as an age in a range
LIKENESS_REACH = 3  # words either side of a country for "like" («как 112 в Европе»)
GROUP_REACH = 4  # words between a group and what it is set against
AGE = "age"  # the group an age given as a number names
ITEMIZING = frozenset({"по", "bullet"})  # «по пунктам», "bullet points": a list, not points
DISTRICT_REACH = 2  # words: "district police officer", "our district inspector"
KIN_REACH = 4  # words: "my son serves in the patrol police", "my dad in Germany"
BLANKS = frozenset({"%", "do", "does", "did"})  # "__% trust, __% do not": no words of their own
SIDE_BY_SIDE = 3  # words: «доверяют / не доверяют», «кім сенеді, кім сенбейді»
TRUSTED_REACH = 2  # words: "trust in the courts", «прокуратураға сенімі»
WHY = "why"  # what a "y" cut short before a verb stands for
LOCAL_AREA = "area"  # what a bare "our district" is read as: a place, not the inspectors
DECIMAL = re.compile(r"\d+[.,]\d+")
SHARE_DIGITS_FROM = 10  # both parts of a fraction this big: shares or counts of ours ("63/38")
PHONE_DIGITS = 10  # a number this long is a phone (normalize.PHONE_RE joins its digits)
SHORT_THANKS = 7  # words: a thanks this short is thanks wherever it stands
MY_PLACE_ENDINGS = ("мда", "мде", "мызда", "мизде")  # Kazakh "in my …", "in our …" («ауданымда»)
# Kazakh "we are …" on a noun after a count («200 жігітпіз», «300 студентпіз»): ourselves counted
OWN_NAME_REACH = 5  # words: "our 200-driver taxi fleet", a group named with its count
NOT_PERCENT = frozenset({"not", "no", "не", "без", "емес", "without"})  # "not in per cent"
MULTIPLY_SIGNS = frozenset({"x", "х"})  # "1.5x", «х2»: times only beside a number
WE_ARE_ENDINGS = ("мыз", "миз", "пыз", "пиз", "быз", "биз")
KIN_REACH = 4  # words: "how many of their families": the count word before the kin counted
COUNTED_REACH = 3  # words: "how many regions", «сколько всего регионов»: what a count word counts
PASSED_ON_WORDS = 6
TEST_OPENING = 2  # words: "test: …" or "admin test: …" opens a message testing the bot
PARTS_NEAR = 2  # words either side of the trust asked where a part of the rest is named
SELF_INTRO_REACH = 3  # words: "I'm a delivery driver", "I am a retired teacher"
SETTLED_WORDS = 10  # "great, matches my own calculation": an ok, then a remark this short
DEGREE = frozenset({"fully", "completely", "totally", "entirely", "really", "quite", "вполне"})
FULLY = frozenset({"fully", "completely", "entirely", "полностью", "вполне", "до"})  # «не до конца»
ARGUING_REACH = 4  # words from a group to its arguing: «женщины в нашем подъезде спорят»
BOT_MADE_REACH = 3  # words from a making word to the bot: «а ты на чём написан?»
WRITTEN_REACH = 4  # words from "write" to the piece: "write my intro for a paper"
PLACE_SINGLED_REACH = 2  # words from "именно", "only" to the place: «именно в Алматы»
VENUE_BEFORE, VENUE_AFTER = 3, 2  # words: «на круглом столе в Алматы», «в Алматы на форуме»
MINUS_REACH = 2  # words after "100" to its minus: «100-ден алып» is "100", "ден", "алып"
UNSAID_REACH = 2  # words from the trust to the Kazakh "did not say": «сенемін деп айтпаған»
SAID_REACH = 3  # words from "did not say" to the trust: "did not say they trust"
THAN_REACH = 3  # words after "than" to a bare "not": "than don't", «чем тех, кто нет»
FULLY_REACH = 4  # words after trust: «доверяют полиции не полностью», "trust the police not fully"
# The size of a change asked («насколько подняли?», «қаншаға көтерді?»): a figure, not the story
CHANGE_SIZED = frozenset({"насколько", "наскока", "сколько", "қаншаға", "каншага", "much"})
BESIDES_SPAN = 4  # words before "numbers" that may say "other than 38, which…"
SUMMED_GAP = 3  # words: «доверие плюс недоверие», trust and its denial added up
GOT_IT = ["got", "it"]  # "got it, …": an ok, then a remark
# Kazakh «не» before "not at all" is "or" («толық сенбейді не мүлдем сенбейді»), not "what"
KK_OR_WHOLLY = (["мулдем"], ["мулде"])
HOW_COUNTED = (["many"], ["much"], ["big"], ["large"])  # "how big was the pay rise?"
# fields not read from the [frame] lists as they are
COMPUTED_FIELDS = (
    "subjects",
    "number_values",
    "fraction_values",
    "report_counts",
    "shares",
    "typo_targets",
)
MIN_GROUP_WORD = 4  # letters: shorter plurals are pronouns and particles ("они", "us")
SUBJECT_AFTER = 2  # words: an adjective and the group ending a Russian question after its verb
SUBJECT_TYPO = 2  # edits: a plural this near a key word is that word mistyped
ENGLISH_MODIFIERS = 3  # words from "do", "many" or "of" to whoever trusts ("do market traders")
ENDINGS = (
    "genitive",
    "locative_endings",
    "subject_endings_en",
    "subject_endings_ru",
    "subject_endings_kk",
    "subject_endings_ru_after",
    "adjective_endings_ru",
    "occupation_endings_kk",
)  # word endings, not words
SLASHED = re.compile(r"(\d)/(\d{1,2})")  # "2/3": a fraction written with a slash
THIRDS = 3  # «две трети», "two thirds": the whole a third is of
ADDRESSED_REST = 2  # words: «бот, правда 2/3?» asks after the name; «бот или человек?» does not
WHOSE_REACH = 2  # words: «чья это оценка?»: "whose" just before a mark makes it an assessment
NOBODY_REACH = 2  # «никто не доверяет»: "nobody" just before the verb of trust
UP = "up"  # "went up": growth, unless someone "shows up"
EDITOR = "word"  # "in Word": the text editor, whose name is also a wording's
PHRASES = (
    "said_by_bot",
    "year_supposed",
    "faulted",
    "growth_said",
    "in_the_source",
    "inspectors_said",
    "inspectors_meant",
    "formalism_meant",
    "article_content",
    "subtraction",
    "after_what",
    "missed_hearing",
    "one_in_asked",
    "arrival",
    "social_package",
    "inspector_phrases",
    "doubling_said",
    "from_which",
    "to_which",
    "phrasing_phrases",
    "speed_units",
    "month_asked",
    "greeting_phrases",
    "reason_openers",
    "curious_phrases",
    "reminder_phrases",
    "source_cited",
    "unanswered_phrases",
    "nudges",
    "partly_meaning_phrases",
    "local_place",
    "home_place",
    "correction_openers",
    "correction_closers",
    "like_me",
    "trend",
    "most",
    "which_of_them",
    "sum_meant",
    "per_year",
    "on_average",
    "undecided",
    "per_time",
    "last_year",
    "year_before",
    "of_them",
    "rounded",
    "yearly_average_words",
    "reopened_later",
    "absolute_phrases",
    "bot_asked",
    "yearly",
    "even_roughly",
    "out_of",
    "forecast",
    "ratio",
    "complement",
    "detail",
    "separately",
    "cause_phrases",
    "complaints_about",
    "frequency",
    "tasks",
    "nationwide",
    "more_counted",
    "country_named",
    "language_named",
    "country_phrases",
    "read_somewhere",
    "country_asked",
    "such",
    "in_figures",
    "again_phrases",
    "listener_phrases",
    "doubt_phrases",
    "survey_asked",
    "method",
    "call_whom",
    "twice",
    "thanks_compared",
    "legal",
    "with_figures",
    "outlet_asked",
    "number_filled",
    "figure_only",
    "settled_phrases",
    "ack_phrases",
    "conceded",
    "asked_by",
    "recalled",
    "saying_asked",
    "interpolation",
    "everyone_else",
    "in_her_view",
    "ranked_asked",
    "bot_doubted",
    "connection_asked",
    "part_in",
    "soviet_era",
    "place_asked",
    "within_year",
    "was_like",
    "long_ago",
    "one_of_seven",
    "shortfall",
    "unanswered",
    "fake_called",
    "group_phrases",
    "like_us",
    "country_whole",
    "level_reached",
    "drop_given",
)  # lexicon entries matched as word sequences


@dataclass(frozen=True)
class FrameWords:
    police: WordSet
    country: WordSet
    institution: WordSet
    culprit_asked: WordSet
    out_of: tuple[tuple[str, ...], ...]
    past: WordSet
    culprit: WordSet
    institution_unless: WordSet
    institution_unless_untrusted: WordSet
    source_institution: WordSet
    told: WordSet
    measure: WordSet
    measure_unless: WordSet
    measure_trust: WordSet
    survey: WordSet
    count: WordSet
    population: WordSet
    populace: WordSet
    quantifiers: WordSet
    claim: WordSet
    claim_judged: WordSet
    trustish: WordSet
    ranking: WordSet
    place_asked: tuple[tuple[str, ...], ...]
    complaints_about: tuple[tuple[str, ...], ...]
    complaint_nouns: WordSet
    complaint_against: WordSet
    against_person: WordSet
    complained_of: WordSet
    complaint_kk_about: WordSet
    complained_kk: WordSet
    absolute: WordSet
    which: WordSet
    span_from: WordSet
    judged_level: WordSet
    half_of: WordSet
    complaining: WordSet
    rural: WordSet
    harder: WordSet
    level_asked: WordSet
    span_to: WordSet
    group: WordSet
    group_unless: WordSet
    shortage: WordSet
    forecast: tuple[tuple[str, ...], ...]
    ahead_before: WordSet
    number_words: WordSet
    ahead_after: WordSet
    time_units: WordSet
    age_bounds: WordSet
    age_after: WordSet
    detail: tuple[tuple[str, ...], ...]
    detail_words: WordSet
    when: WordSet
    when_fillers: WordSet
    phrasing: WordSet
    judged: WordSet
    explain_again: WordSet
    explain_fillers: WordSet
    meaning_only: WordSet
    judged_fillers: WordSet
    phrasing_asked: WordSet
    editor_before: WordSet
    future: WordSet
    partly: WordSet
    partly_together: WordSet
    reopened: WordSet
    yearly_average_words: tuple[tuple[str, ...], ...]
    reopened_later: tuple[tuple[str, ...], ...]
    absolute_phrases: tuple[tuple[str, ...], ...]
    crimes: WordSet
    crimes_of: WordSet
    report_nouns: WordSet
    partly_or: WordSet
    partly_meaning: WordSet
    partly_meaning_phrases: tuple[tuple[str, ...], ...]
    explain_asked: WordSet
    retirees: WordSet
    neighbours: WordSet
    phrasing_how: WordSet
    understood: WordSet
    messengers: WordSet
    interjections: WordSet
    local_place: tuple[tuple[str, ...], ...]
    group_phrases: tuple[tuple[str, ...], ...]
    subject_verbs_en: WordSet
    subject_verbs_ru: WordSet
    subject_verbs_kk: WordSet
    subject_endings_en: tuple[str, ...]
    subject_endings_ru: tuple[str, ...]
    subject_endings_kk: tuple[str, ...]
    subject_endings_ru_after: tuple[str, ...]
    adjective_endings_ru: tuple[str, ...]
    occupation_endings_kk: tuple[str, ...]
    subject_anchors_en: WordSet
    subject_not_before_en: WordSet
    trust_noun_after: WordSet
    subject_skips: WordSet
    subject_prepositions: WordSet
    subject_counts: WordSet
    subject_not: WordSet
    typo_targets: tuple[str, ...]  # key words a typo is read as ("полицыи" is "полиции")
    like_us: tuple[tuple[str, ...], ...]
    home_place: tuple[tuple[str, ...], ...]
    place_owners: WordSet
    ministry_named: WordSet
    data_origin: WordSet
    data_either: WordSet
    kin_or_work: WordSet
    where_asked: WordSet
    institution_purpose: WordSet
    they: WordSet
    in_between: WordSet
    yearly: tuple[tuple[str, ...], ...]
    within_year: tuple[tuple[str, ...], ...]
    within_year_words: WordSet
    within_year_cut: WordSet
    bare_districts: WordSet
    officers: WordSet
    ordinal_places: WordSet
    class_letters: WordSet
    years_old: WordSet
    age_named: WordSet
    workload: WordSet
    one_each: WordSet
    officers_named: WordSet
    officers_dismissed: WordSet
    range_joiners: WordSet
    age_units: WordSet
    span_before: WordSet
    later_if_last: WordSet
    wholly_apart: WordSet
    not_at_all: WordSet
    wholly: WordSet
    majority: WordSet
    excluding: WordSet
    frequency: tuple[tuple[str, ...], ...]
    tasks: tuple[tuple[str, ...], ...]
    tasks_unless: WordSet
    nationwide: tuple[tuple[str, ...], ...]
    country_named: tuple[tuple[str, ...], ...]
    set_against: WordSet
    than: WordSet
    rest: WordSet
    affirming: WordSet
    elided_after: WordSet
    between: WordSet
    year_named_units: WordSet
    between_them: WordSet
    rating: WordSet
    precise: WordSet
    statistics: WordSet
    rate_basis: WordSet
    then_particles: WordSet
    non_prefix: WordSet
    by_figure: WordSet
    soviet: WordSet
    soviet_era: tuple[tuple[str, ...], ...]
    of_them: tuple[tuple[str, ...], ...]
    rounded: tuple[tuple[str, ...], ...]
    country_phrases: tuple[tuple[str, ...], ...]
    read_somewhere: tuple[tuple[str, ...], ...]
    country_asked: tuple[tuple[str, ...], ...]
    why_cut: WordSet
    chat_asked_after: WordSet
    pointing: WordSet
    such: tuple[tuple[str, ...], ...]
    in_figures: tuple[tuple[str, ...], ...]
    year_supposed: tuple[tuple[str, ...], ...]
    her_view: WordSet
    why_cut_before: WordSet
    average: WordSet
    language_named: tuple[tuple[str, ...], ...]
    offtopic: WordSet
    social_package_word: WordSet
    social_package: tuple[tuple[str, ...], ...]
    too_few: WordSet
    inspector_phrases: tuple[tuple[str, ...], ...]
    workplace_in: WordSet
    written_about: WordSet
    workplace_nouns: WordSet
    reform_skater: WordSet
    reform_death: WordSet
    reform_demand: WordSet
    reform_change: WordSet
    then_next: WordSet
    outlet_nouns: WordSet
    herself_only: WordSet
    quoting: WordSet
    doubling_said: tuple[tuple[str, ...], ...]
    spoke: WordSet
    either_or: WordSet
    choice_particles: WordSet
    other_one: WordSet
    asker_self: WordSet
    reasons_plural: WordSet
    fully: WordSet
    against_them: WordSet
    remade: WordSet
    drawbacks: WordSet
    spoken_about: WordSet
    her_own_data: WordSet
    name_asked: WordSet
    date_nouns: WordSet
    from_which: tuple[tuple[str, ...], ...]
    to_which: tuple[tuple[str, ...], ...]
    phrasing_phrases: tuple[tuple[str, ...], ...]
    came_back: WordSet
    road: WordSet
    speed_units: tuple[tuple[str, ...], ...]
    task_nouns: WordSet
    task_solved: WordSet
    written_work: WordSet
    variables: WordSet
    name_words: WordSet
    name_sense: WordSet
    multiplied: WordSet
    choice: WordSet
    versus: WordSet
    separately: tuple[tuple[str, ...], ...]
    of_words: WordSet
    among: WordSet
    one_in: WordSet
    seven: WordSet
    fraction_asked: WordSet
    years_and: WordSet
    told_data: WordSet
    calculate: WordSet
    regions_named: WordSet
    centre: WordSet
    chat_names: WordSet
    split_by: WordSet
    poll_nouns: WordSet
    poll_made: WordSet
    poll_places: WordSet
    poll_how: WordSet
    every: WordSet
    one_in_others: WordSet
    ordinal_asked: WordSet
    ratio: tuple[tuple[str, ...], ...]
    complement: tuple[tuple[str, ...], ...]
    subtraction: tuple[tuple[str, ...], ...]
    hundred_minus: WordSet
    said_words: WordSet
    unsaid: WordSet
    amount: WordSet
    percent: WordSet
    remainder: WordSet
    remainder_negations: WordSet
    passive_helpers: WordSet
    auxiliaries: WordSet
    left: WordSet
    not_words: WordSet
    first_person: WordSet
    denied: WordSet
    trust_words: WordSet
    distrust_words: WordSet
    points: WordSet
    report_parts: WordSet
    pronouns: WordSet
    kazakh_pronouns: WordSet
    antecedents: WordSet
    ack: WordSet
    ok_alone: WordSet
    ack_phrases: tuple[tuple[str, ...], ...]
    ack_fillers: WordSet
    came_out: WordSet
    greetings: WordSet
    greeting_phrases: tuple[tuple[str, ...], ...]
    unanswered_phrases: tuple[tuple[str, ...], ...]
    nudges: tuple[tuple[str, ...], ...]
    correction_openers: tuple[tuple[str, ...], ...]
    correction_closers: tuple[tuple[str, ...], ...]
    greeting_fillers: WordSet
    asking: WordSet
    thanks_compared: tuple[tuple[str, ...], ...]
    cause: WordSet
    before: WordSet
    brief: WordSet
    cause_phrases: tuple[tuple[str, ...], ...]
    people: WordSet
    growth: WordSet
    often: WordSet
    thanks: WordSet
    complaints: WordSet
    unresponsive: WordSet
    here: WordSet
    resume: WordSet
    resume_alone: WordSet
    figure_words: WordSet
    vague: WordSet
    article_words: WordSet
    genitive: tuple[str, ...]
    locative_endings: tuple[str, ...]
    person: WordSet
    contacts: WordSet
    correction: WordSet
    added_up: WordSet
    clock: WordSet
    clock_compared: WordSet
    breakdown_after: WordSet
    breakdown_before: WordSet
    contacts_unanswered: WordSet
    opinion: WordSet
    herself: WordSet
    slow: WordSet
    trusting: WordSet
    voted: WordSet
    poll_against: WordSet
    in_absolute: WordSet
    own_calculation: WordSet
    non: WordSet
    survey_nouns: WordSet
    units: WordSet
    origin: WordSet
    stayed_in: WordSet
    different: WordSet
    outnumber: WordSet
    home: WordSet
    of_total: WordSet
    all_of: WordSet
    copulas: WordSet
    waiting: WordSet
    arrival: tuple[tuple[str, ...], ...]
    speed: WordSet
    number_asked: WordSet
    star_sign: WordSet
    insignificant: WordSet
    reform_outcome: WordSet
    whom_asked: WordSet
    pay_raised: WordSet
    pay_asked: WordSet
    pay_average: WordSet
    periods: WordSet
    during: WordSet
    arguing: WordSet
    growth_said: tuple[tuple[str, ...], ...]
    inspectors_said: tuple[tuple[str, ...], ...]
    there: WordSet
    murder: WordSet
    after_words: WordSet
    reform_named: WordSet
    before_after: WordSet
    besides: WordSet
    else_fillers: WordSet
    after_what: tuple[tuple[str, ...], ...]
    one_in_asked: tuple[tuple[str, ...], ...]
    missed_hearing: tuple[tuple[str, ...], ...]
    month_asked: tuple[tuple[str, ...], ...]
    rates: WordSet
    falls: WordSet
    met_by: WordSet
    self_intro: WordSet
    supposing: WordSet
    everyone_else: tuple[tuple[str, ...], ...]
    year_units: WordSet
    measurement: WordSet
    relative_units: WordSet
    relative_single: WordSet
    relative_later: WordSet
    relative_earlier: WordSet
    relative_passing: WordSet
    until_before: WordSet
    until_after: WordSet
    since_before: WordSet
    abroad_ours: WordSet
    officer_traits: WordSet
    abroad_asker: WordSet
    asker_nouns: WordSet
    likeness: WordSet
    foreign_numbers: WordSet
    number_works: WordSet
    workplaces: WordSet
    trades: WordSet
    located_in: WordSet
    asker_is: WordSet
    abroad_set_against: WordSet
    compared_own: WordSet
    compare_verb: WordSet
    talk_first: WordSet
    measuring_started: WordSet
    even_roughly: tuple[tuple[str, ...], ...]
    school_subjects: WordSet
    rest_denied: WordSet
    since_after: WordSet
    measuring: WordSet
    anchors: WordSet
    weak_anchors: WordSet
    another_subject: WordSet
    occupations: WordSet
    introduction: WordSet
    figures_all: WordSet
    share_questions: WordSet
    perfect: WordSet
    age_owners: WordSet
    hearsay: WordSet
    said_by_bot: tuple[tuple[str, ...], ...]
    regarding: WordSet
    acceptable: WordSet
    given_by: WordSet
    difference_before: WordSet
    of_herself: WordSet
    speaking: WordSet
    in_it: WordSet
    given_by_her: WordSet
    complained: WordSet
    inspectors_named: WordSet
    finding: WordSet
    both: WordSet
    figure_nouns: WordSet
    acceptable_after: WordSet
    switch: WordSet
    again: WordSet
    doubt: WordSet
    doubt_phrases: tuple[tuple[str, ...], ...]
    computation: WordSet
    year_asked: WordSet
    survey_asked: tuple[tuple[str, ...], ...]
    method: tuple[tuple[str, ...], ...]
    legal: tuple[tuple[str, ...], ...]
    with_figures: tuple[tuple[str, ...], ...]
    outlet_asked: tuple[tuple[str, ...], ...]
    number_filled: tuple[tuple[str, ...], ...]
    figure_only: tuple[tuple[str, ...], ...]
    percent_named: WordSet
    cases: WordSet
    offence_kinds: WordSet
    kinds_apart: WordSet
    per_members: WordSet
    group_of: WordSet
    we_counted: WordSet
    crews: WordSet
    by_how_much: WordSet
    more_counted: tuple[tuple[str, ...], ...]
    chat_apps: WordSet
    would_be: WordSet
    comes_to: WordSet
    apply_asked: WordSet
    singled_out: WordSet
    only_place: WordSet
    set_aside_skips: WordSet
    country_whole: tuple[tuple[str, ...], ...]
    venues: WordSet
    venue_openers: WordSet
    negations_before: WordSet
    negations_after: WordSet
    level_reached: tuple[tuple[str, ...], ...]
    complaint_filed: WordSet
    complaint_where: WordSet
    services: WordSet
    only_after: WordSet
    written_not_between: WordSet
    ai_names: WordSet
    made_verbs: WordSet
    bot_words: WordSet
    write_asked: WordSet
    written_pieces: WordSet
    per_words: WordSet
    unconsidered: WordSet
    thousands: WordSet
    tenure: WordSet
    owners: WordSet
    exactly: WordSet
    twice: tuple[tuple[str, ...], ...]
    call_whom: tuple[tuple[str, ...], ...]
    year_which: WordSet
    again_phrases: tuple[tuple[str, ...], ...]
    listener: WordSet
    listener_phrases: tuple[tuple[str, ...], ...]
    listener_to: WordSet
    plainly: WordSet
    abroad: WordSet
    homeland: WordSet
    ours: WordSet
    in_the_source: tuple[tuple[str, ...], ...]
    article_content: tuple[tuple[str, ...], ...]
    became: WordSet
    relative_clause: WordSet
    distrust_named: WordSet
    distrust_nouns: WordSet
    collective_groups: WordSet
    number_case_endings: WordSet
    size: WordSet
    emergency_services: WordSet
    number_other: WordSet
    closed_police: WordSet
    thirds: WordSet
    addressing: WordSet
    bot_names: WordSet
    in_article: WordSet
    whose: WordSet
    unreachable: WordSet
    calling: WordSet
    police_bare: WordSet
    bribes: WordSet
    give: WordSet
    place_at: WordSet
    workplace: WordSet
    them: WordSet
    it_resumed: WordSet
    inspectors: WordSet
    inspector_names: WordSet
    time_zone_named: WordSet
    trend: tuple[tuple[str, ...], ...]
    last_year: tuple[tuple[str, ...], ...]
    year_before: tuple[tuple[str, ...], ...]
    per_time: tuple[tuple[str, ...], ...]
    undecided: tuple[tuple[str, ...], ...]
    which_of_them: tuple[tuple[str, ...], ...]
    sum_meant: tuple[tuple[str, ...], ...]  # "as in…", «это все…»: the sum just said, checked
    most: tuple[tuple[str, ...], ...]
    per_year: tuple[tuple[str, ...], ...]
    on_average: tuple[tuple[str, ...], ...]
    partly_denied: WordSet
    bot_asked: tuple[tuple[str, ...], ...]
    bot_you: WordSet
    bot_named: WordSet
    workplace_after: WordSet
    residence: WordSet
    residence_after: WordSet
    provenance: WordSet
    provenance_asked: WordSet
    figure_sourced: WordSet
    provenance_too: WordSet
    supposed: WordSet
    spelled_thousand: WordSet
    spelled_hundred: WordSet
    spelled_ten: WordSet
    spelled_eight: WordSet
    comparatives: WordSet
    hedges: WordSet
    consists: WordSet
    joiners: WordSet
    media: WordSet
    foreign_units: WordSet
    addresses: WordSet
    dwellings_counted: WordSet
    households: WordSet
    reports_dismissed: WordSet
    buildings: WordSet
    kin_counted: WordSet
    each_home: WordSet
    home_people: WordSet
    superlative: WordSet
    pay: WordSet
    pay_named: WordSet
    bot_tested: WordSet
    satisfied: WordSet
    inspectors_doings: WordSet
    given: WordSet
    assesses: WordSet
    in_her_view: tuple[tuple[str, ...], ...]
    ranked_asked: tuple[tuple[str, ...], ...]
    bot_doubted: tuple[tuple[str, ...], ...]
    belief_owed: WordSet
    inspector_chat: WordSet
    critical: WordSet
    yours: WordSet
    connection_asked: tuple[tuple[str, ...], ...]
    part_in: tuple[tuple[str, ...], ...]
    figures_plural: WordSet
    like_me: tuple[tuple[str, ...], ...]
    author: WordSet
    translate: WordSet
    interpolation: tuple[tuple[str, ...], ...]
    money: WordSet
    meaning_asked: WordSet
    inspectors_meant: tuple[tuple[str, ...], ...]
    formalism_meant: tuple[tuple[str, ...], ...]
    main: WordSet
    saying_asked: tuple[tuple[str, ...], ...]
    into_percent: WordSet
    passing_on: WordSet
    referred: WordSet
    higher: WordSet
    ten_dative: WordSet
    related_asked: WordSet
    faulted: tuple[tuple[str, ...], ...]
    settled_openers: WordSet
    settled_unless: WordSet
    all_said: WordSet
    reason_openers: tuple[tuple[str, ...], ...]
    curious_phrases: tuple[tuple[str, ...], ...]
    reminder_phrases: tuple[tuple[str, ...], ...]
    source_cited: tuple[tuple[str, ...], ...]
    sayer: WordSet
    mistrust: WordSet
    saying: WordSet
    insists: WordSet
    at_all_fillers: WordSet
    indefinite: WordSet
    told_before: WordSet
    noted: WordSet
    settled_phrases: tuple[tuple[str, ...], ...]
    conceded: tuple[tuple[str, ...], ...]
    asked_by: tuple[tuple[str, ...], ...]
    recalled: tuple[tuple[str, ...], ...]
    determiners: WordSet
    author_who: WordSet
    author_named: WordSet
    author_unless: WordSet
    in_all: WordSet
    like_me_counted: WordSet
    personal: WordSet
    first_person_plural: WordSet
    own_group: WordSet
    glued_owners: WordSet
    reached: WordSet
    nobody: WordSet
    up_not_grown: WordSet
    drop_given: tuple[tuple[str, ...], ...]
    refers_back: WordSet
    places: WordSet
    own_poll: WordSet
    millions: WordSet
    populace_named: WordSet
    old_police: WordSet
    reason_which: WordSet
    matched: WordSet
    list_asked: WordSet
    one_of_seven: tuple[tuple[str, ...], ...]
    said_as: WordSet
    post_nouns: WordSet
    post_says: WordSet
    level_nouns: WordSet
    criticised: WordSet
    source_nouns: WordSet
    tabled: WordSet
    reason_nouns: WordSet
    was_like: tuple[tuple[str, ...], ...]
    earlier: WordSet
    long_ago: tuple[tuple[str, ...], ...]
    barely: WordSet
    consequences: WordSet
    shortfall: tuple[tuple[str, ...], ...]
    provenance_self: WordSet
    verdict: WordSet
    personal_own: WordSet
    unanswered: tuple[tuple[str, ...], ...]
    basis: WordSet
    arguments: WordSet
    claiming: WordSet
    place_before: WordSet
    elided_trust: WordSet
    back_then: WordSet
    police_work: WordSet
    deemed: WordSet
    fake_called: tuple[tuple[str, ...], ...]

    subjects: dict[str, WordSet]  # metric -> words that name it
    number_values: dict[str, int]  # "two" -> 2, folded
    fraction_values: dict[str, int]  # "троих", «үштен», «екісі» -> 3, 3, 2: a fraction's parts
    report_counts: frozenset[int]  # the reports' counts as quoted (800 000 or 800), from the rows
    shares: frozenset[int]  # the trust and distrust shares (63, 38, 37), from the rows

    @classmethod
    def load(cls, report_counts: frozenset[int], shares: frozenset[int]) -> "FrameWords":
        lexicon = load("lexicon.toml")
        data = lexicon["frame"]
        fields: dict[str, Any] = {
            name: phrases(data[name]) if name in PHRASES else WordSet(data[name])
            for name in cls.__dataclass_fields__
            if name not in (*ENDINGS, *COMPUTED_FIELDS)
        }
        fields["typo_targets"] = tuple(
            "".join(normalize(t, latin_to_cyrillic=False)) for t in lexicon["typos"]["targets"]
        )
        fields["growth"] = WordSet([*data["growth"], *data["falls"]])
        for name in ENDINGS:
            fields[name] = tuple("".join(normalize(e, latin_to_cyrillic=False)) for e in data[name])
        subjects = {metric: WordSet(w) for metric, w in lexicon["source_subjects"].items()}
        numbers = {
            "".join(normalize(word, latin_to_cyrillic=False)): int(value)
            for word, value in lexicon["number_values"].items()
        }
        fractions = {
            "".join(normalize(word, latin_to_cyrillic=False)): int(value)
            for word, value in lexicon["fraction_values"].items()
        }
        return cls(
            subjects=subjects,
            number_values=numbers,
            fraction_values={**numbers, **fractions},
            report_counts=report_counts,
            shares=shares,
            **fields,
        )

    def article_dated(self, words: list[str], frame: Frame) -> bool:
        """ "The article is from 2024, right?", "was it published in 2024?": a year said of the
        article itself, checked or with its coming out, and nothing of trust or a figure."""
        dated = frame.checked or _first(words, self.came_out) is not None
        figure = frame.trust or frame.about or frame.figure or frame.counted or frame.share
        return frame.article and bool(frame.years) and dated and not (figure or frame.numbers)

    def author_asked(self, words: list[str], frame: Frame) -> bool:
        """ "Who wrote the article?": its author, whom the data do not name."""
        asked = (self.author, self.author_who, self.author_named)
        named = all(_first(words, kind) for kind in asked)
        named = named and not _first(words, self.author_unless)
        return named and frame.article and not (frame.trust or frame.numbers)

    def like_me_asked(self, words: list[str]) -> bool:
        """ "I don't trust them myself… are there many like me?": the asker's side, counted."""
        counted = _first(words, self.count) or _first(words, self.like_me_counted)
        return (
            bool(spans(words, self.like_me) and counted)
            and _first(words, self.trustish) is not None
        )

    def all_police(self, words: list[str]) -> bool:
        """ "All police officers?": the police named with a word for all of them."""
        return bool(_first(words, self.all_of) and _first(words, self.police))

    def names_first(self, words: list[str]) -> bool:
        """ "the first measurement", «алғашқы өлшем»."""
        return _first(words, self.span_from) is not None

    def names_latest(self, words: list[str]) -> bool:
        """ "the latest measurement", «последний замер»."""
        return _first(words, self.span_to) is not None

    def names_an_end(self, words: list[str]) -> bool:
        return self.names_first(words) or self.names_latest(words)

    def names_rest(self, words: list[str]) -> bool:
        """ "And the rest?" with no "not" ("and in 2019, how many didn't?" asks the distrust)."""
        return _first(words, self.rest) is not None and _first(words, self.not_words) is None

    def names_affirmed(self, words: list[str]) -> bool:
        """ "And the ones who do?": an auxiliary ends the question, nothing denied."""
        return bool(words) and words[-1] in self.affirming and _first(words, self.not_words) is None

    def period_only(self, content: tuple[str, ...], words: list[str]) -> bool:
        """Only a period named beside a year, a figure asked ("сколько было в 2020, во время
        карантина?", «пандемия кезінде қанша сенді?»): when the year was, no subject of its own;
        not "what happened with covid in 2019?"."""
        named = any(w in self.periods for w in content)
        asked = _first(words, self.count) or _first(words, self.measure_trust)
        asked = asked or _first(words, self.percent)
        return (
            named
            and asked is not None
            and all(w in self.periods or w in self.during for w in content)
        )

    def names_our_subject(self, words: list[str], *, core: bool = False) -> bool:
        """A word of our subject: the police, trust, the deputy (or "she"), the reform, the
        inspectors, corruption, the reports, the survey or the article. Without one, a question
        that only resembles a phrasing ("whom did he beat in his latest game") asks no figure."""
        named = (
            self.police,
            self.trustish,
            self.distrust_words,
            self.person,
            self.pronouns,
            self.kazakh_pronouns,
            self.article_words,
            self.survey_nouns,
            self.measurement,
            self.anchors,
            *self.subjects.values(),
        )
        counted = self.without_other_thousands(words)
        strong = [w for w in counted if w not in self.weak_anchors] if core else counted
        named_ours = any(_first(strong, wanted) for wanted in named)
        # «домовые чаты», "dragged out": the article's words for the inspectors
        theirs = bool(spans(words, self.inspectors_meant))
        return self._one_of_seven_alone(words) or named_ours or theirs or self.quotes_her(words)

    def why_spelt_out(self, words: list[str]) -> list[str]:
        """ "y dont ppl trust cops": "why" typed as "y" before the question's verb, spelt out
        so that the reasons are asked; "X and Y" keeps its letter."""
        return [
            WHY if w in self.why_cut and _first(words[i + 1 : i + 2], self.why_cut_before) else w
            for i, w in enumerate(words)
        ]

    def owners_unglued(self, words: list[str]) -> list[str]:
        """«біздіңауданда», «менинауылымда»: a possessive typed together with the place or
        group after it, split off, so the place is read as it is when spaced."""
        split: list[str] = []
        for word in words:
            owner = next((o for o in self._owners_longest_first if self._owns_glued(word, o)), "")
            split.extend((owner, word[len(owner) :]) if owner else (word,))
        return split

    @cached_property
    def doubling_words(self) -> Phrases:
        """ "Almost twice" in the deputy's words and in ours, one indexed list: every short
        question is read against it."""
        return Phrases((*self.doubling_said, *self.twice))

    @cached_property
    def _owners_longest_first(self) -> tuple[str, ...]:
        """The possessives that may be glued to a word, «біздің» before «біз»."""
        return tuple(sorted(self.glued_owners.exact, key=len, reverse=True))

    def _owns_glued(self, word: str, owner: str) -> bool:
        rest = word[len(owner) :]
        return word.startswith(owner) and (rest in self.places or rest in self.group)

    def names_joined(self, words: list[str]) -> list[str]:
        """A letter split off the deputy's name by voice-to-text («и машева снежана», "i
        masheva"): joined back, when the word alone is none of hers."""
        joined: list[str] = []
        for word in words:
            previous = joined[-1] if joined else ""
            whole = previous + word
            split = len(previous) == 1 and previous.isalpha() and word not in self.person
            if split and whole in self.person:
                joined[-1] = whole
            else:
                joined.append(word)
        return joined

    def outlet_named(self, words: list[str], frame: Frame) -> bool:
        """Where it came out («на каком сайте это вышло?», «жаңалық қай сайтта шыққан?»): the
        outlet, with nothing of ours counted or named beside it."""
        where = _first(words, self.where_asked) or _first(words, self.year_which)
        named = frame.trust or frame.about or frame.counted or frame.numbers or frame.years
        other = frame.country or frame.institution or frame.group or frame.measure or frame.task
        # "on which site can I buy tickets?" asks no outlet: it came out, or the article is named
        came_out = frame.article or _first(words, self.came_out) is not None
        outlet = where and came_out and _first(words, self.outlet_nouns)
        return bool(outlet) and not (named or other)

    def data_country_asked(self, words: list[str], frame: Frame) -> bool:
        """Which country the data are for ("which country is this data for?", «бұл қай елдің
        статистикасы?»): Kazakhstan, the one the publication names; not countries compared
        ("in which country is trust highest?")."""
        asked = spans(words, self.country_asked) and _first(words, self.told_data)
        compared = frame.compare or frame.trust or _first(words, self.superlative)
        return bool(asked) and not (compared or frame.counted or frame.years)

    def _not_higher(self, words: list[str]) -> bool:
        """ "Why isn't trust higher?", «чем объясняет, что доверие не выше», «неге жоғары емес»:
        what holds it back, like "so slowly"."""
        return any(
            w in self.higher
            and (words[i - 1 : i] in (["не"], ["not"]) or words[i + 1 : i + 2] in (["емес"],))
            for i, w in enumerate(words)
        )

    def counts_twice(self, words: list[str]) -> bool:
        """Two counts asked in one question ("how much … and how many years", «на сколько … и
        за сколько лет», «қаншаға … неше жылда»), with no figure quoted to count from."""
        counts = sum(1 for w in words if w in self.count or w in self.by_how_much)
        quoted = any(w.isdecimal() for w in words)
        return counts > 1 and not quoted

    def ten_related(self, words: list[str], frame: Frame) -> bool:
        """ "What has Ten to do with it?" in Kazakh («Тенге қандай қатысы бар?»): the dative
        spelt like the currency, a relation asked and no sum: the reform's story."""
        relation = _first(words, self.related_asked) is not None
        asked = frame.numbers or frame.counted  # «теңге рубльге қатысты қанша?»: a sum
        return relation and _first(words, self.ten_dative) is not None and not asked

    def reform_story_named(self, words: list[str], frame: Frame) -> bool:
        """The skater's murder or the change society demanded, named in other words ("after
        what event did society demand police change?", «танымал фигурист өлтірілгеннен кейін не
        болды?»): the reform's story, with no figure asked."""
        killed = _first(words, self.reform_skater) and _first(words, self.reform_death)
        demanded = _first(words, self.reform_demand) and _first(words, self.reform_change)
        # «полицияны неге өзгертті?», "why was the police changed?": why it was remade
        remade = frame.police and frame.cause and _first(words, self.remade) is not None
        asked = frame.counted or frame.numbers or frame.years or frame.trust or frame.culprit
        asked = asked or frame.detail  # "how old was Denis Ten when he died?"
        return bool(killed or demanded or (remade and not frame.about)) and not asked

    def only_herself(self, words: list[str]) -> bool:
        """ "And she herself?", «ал өзі ше?», «а сама она?»: only a word of herself asked."""
        # («өзі» itself may have been read as the deputy already)
        own = _first(words, self.herself) or _first(words, self.person)
        beside = (self.herself, self.herself_only, self.when_fillers)
        return bool(own) and all(any(w in kind for kind in beside) for w in words)

    def speaker_asked(self, words: list[str], frame: Frame) -> bool:
        """Who said it, who is quoted, or the deputy's name («как звать депутатку, которая про
        полицию говорила», «екі есеге жуық деп кім айтты?», "who is quoted there?"): the one the
        article quotes. Not who wrote it, nor a figure's source (a number quoted), nor her name
        as a word ("what does Snezhanna mean?")."""
        who = _first(words, self.whom_asked) is not None and _first(words, self.spoke) is not None
        if who and self._spoken_of(words, frame):
            return True
        # "who said it?" alone asks the source of the figure under discussion; her words
        # said back, the quoting, or she named make it the one quoted
        # (not "she says…, who is right?": a "she" read as the deputy is someone in the story)
        person = _first(words, self.person) is not None and frame.reference != "pronoun"
        hers = spans(words, self.doubling_said) or _first(words, self.quoting) or person
        who = who and bool(hers)
        named = _first(words, self.name_asked) is not None and person
        # a figure asked with who cited it is that figure's source
        asked = frame.counted or frame.numbers or frame.years or frame.detail or frame.cause
        asked = asked or frame.figure or frame.trust
        other = frame.country or frame.institution or frame.group or self._name_itself(words)
        return bool(who or named) and not (asked or other)

    def _spoken_of(self, words: list[str], frame: Frame) -> bool:
        """Who said or talks "about" a subject of the article named in words, in a short
        question («ішінара сенетіндер туралы кім айтты?», "who talks about the partly
        trusting?"): the deputy. A figure quoted ("who talks about the 500 thousand?") is that
        figure's source; a count or a year asked, a country or a group of ours, no subject."""
        about = _first(words, self.spoken_about) is not None and len(words) <= SPOKEN_OF_WORDS
        named = frame.trust or frame.police or frame.partly_named
        asked = frame.counted or frame.years or frame.country or frame.group or frame.institution
        return about and bool(named) and not (asked or frame.numbers or frame.about)

    def source_spoken_of(self, words: list[str], frame: Frame, topic: str | None) -> bool:
        """Who says a figure quoted, or one of ours named («кто говорит про каждого седьмого?»),
        or, after an answer, who is saying it («сонда кім айтып отыр?»): the source."""
        who = _first(words, self.whom_asked) is not None and _first(words, self.spoke) is not None
        about = _first(words, self.spoken_about) is not None and len(words) <= SPOKEN_OF_WORDS
        quoted = about and bool(frame.numbers or frame.about)
        # after an answer, nothing else named: the source of what was said
        bare = topic is not None and not (frame.trust or frame.about or frame.numbers)
        bare = bare and len(words) <= SPOKEN_OF_WORDS and not (frame.detail or frame.cause)
        asked = frame.counted or frame.years or frame.country or frame.group or frame.institution
        return who and (quoted or bare) and not asked

    def she_herself_trusts(self, words: list[str], frame: Frame) -> bool:
        """Whether she herself trusts the police («она сама-то верит полиции или нет?», «ол өзі
        полицияға сене ме?», "does she herself trust the police?"): the deputy's stance, not the
        split of trust; nothing counted, quoted or dated."""
        she = _first(words, self.herself_only) or _first(words, self.person)
        herself = _first(words, self.herself) is not None
        asked = frame.counted or frame.numbers or frame.years or frame.share or frame.per
        return bool(she) and herself and frame.trust and frame.police and not asked

    def figure_hers_asked(self, words: list[str], frame: Frame) -> bool:
        """A figure asked as the deputy's own («500 мың депутаттың өз дерегі ме?», "is 63 % her
        own figure?"): whose figure it is, its source, not her stance."""
        person = _first(words, self.person) is not None
        own = _first(words, self.her_own_data) is not None and len(words) <= SPOKEN_OF_WORDS
        figure = frame.numbers or frame.about
        return person and own and bool(figure) and not (frame.counted or frame.years)

    def quotes_her(self, words: list[str]) -> bool:
        """A phrase of the article with who asked ("'and that seems to be all' — about whom?"),
        not the same words closing a chat ("that seems to be all, thanks")."""
        said = spans(words, self.growth_said) or spans(words, self.inspectors_said)
        said = said or spans(words, self.doubling_said)
        return bool(said) and _first(words, self.whom_asked) is not None

    def _one_of_seven_alone(self, words: list[str]) -> bool:
        """ "Один из семи — это сколько процентов?", «жеті адамның біреуі деген…»: the one in
        seven said in words, of no one else ("one of seven friends" is theirs)."""
        taken = spans(words, self.one_of_seven)
        if not taken:
            return False
        after = words[max(taken) + 1 : max(taken) + 2]
        return not after or after[0] in self.share_questions or after[0] in self.said_as

    def without_other_thousands(self, words: list[str]) -> list[str]:
        """ "18 тысяч за отопление", «зейнетақым 120 мың»: thousands after a number other than
        the reports' counts name no reports ("800 тыс.", "сколько тысяч" still do), nor a
        thousand people («мың адамның қаншасы»)."""
        return [
            w
            for i, w in enumerate(words)
            if not (
                w in self.thousands
                and (
                    (
                        words[i - 1 : i]
                        and words[i - 1].isdecimal()
                        and int(words[i - 1]) not in self.report_counts
                    )
                    or _first(words[i + 1 : i + 2], self.people) is not None
                )
            )
        ]

    def someone_elses_number(self, words: list[str]) -> bool:
        """ "Her number is +7 777…", "if you see her, call +7 701…": a phone number given, and
        "she" the only word of our subject: someone else, not the deputy."""
        phone = any(w.isdecimal() and len(w) >= PHONE_DIGITS for w in words)
        if not phone:
            return False
        rest = [w for w in words if w not in self.pronouns and w not in self.kazakh_pronouns]
        return not self.names_our_subject(rest, core=True)

    def asks_the_year(self, words: list[str]) -> bool:
        """ "В каком году?", "which year was that", «қай жылы»."""
        return any(
            w in self.year_which and _first(words[i + 1 : i + 3], self.year_asked)
            for i, w in enumerate(words)
        )

    def doubts(self, words: list[str]) -> bool:
        """ "That can't be right", «брехня», «болмайды»: the answer doubted."""
        return _first(words, self.doubt) is not None or bool(spans(words, self.doubt_phrases))

    def doubts_its_figures(self, words: list[str]) -> bool:
        """ "Why should I trust your numbers?", «почему я должен верить твоим 63 %?», «неге
        сенің 63-іңе сенуім керек?»: the bot's own figures doubted, asked why to believe them —
        whose figures they are answers it, not the level again."""
        why = _first(words, self.cause) is not None or bool({"why", "should"} & set(words))
        owed = _first(words, self.belief_owed) is not None
        return why and owed and _first(words, self.yours) is not None

    def inspectors_part_asked(self, words: list[str]) -> bool:
        """ "What do the district inspectors have to do with it?", «а участковые тут при
        чём?»: the inspectors' part in the reasons, not Ten's story nor the reports."""
        inspectors = any(
            w not in self.unresponsive for w in words if w in self.subjects["prevention_gaps"]
        )
        others = ("reform_context", "offence_reports", "corruption_police_one_in")
        named_else = any(_first(words, self.subjects[name]) for name in others)
        return inspectors and bool(spans(words, self.part_in)) and not named_else

    def her_criticism_asked(self, words: list[str], person: str) -> bool:
        """ "Is she critical of the police?", «депутат критикует полицию?»: her own stance."""
        return person in words and _first(words, self.critical) is not None

    def only_connection_asked(self, words: list[str]) -> bool:
        """ "In what connection?", «в какой связи?», «қандай байланысы бар?» alone: the link of
        what was just named to the figures, asked after it; not the Prosecutor's Office named
        («прокуратураның бұған қандай қатысы бар?»: its part, the figures it gave)."""
        alone = not self.names_the_source_institution(words)
        return bool(spans(words, self.connection_asked)) and len(words) <= SHORT_REQUEST and alone

    def doubts_the_figures(self, words: list[str]) -> bool:
        """ "Admit it, these numbers are PR", «зачем вы выгораживаете полицию»: our figures or
        the police called false in a short message that counts nothing."""
        ours = _first(words, self.figures_all) or _first(words, self.police)
        doubted = _first(words, self.doubt) is not None
        counts = _first(words, self.count) is not None
        # "is it true the police hide crimes, or fake?": her statement doubted, not the figures
        stated = _first(words, self.subjects["concealment"]) is not None
        return bool(ours) and doubted and not (counts or stated) and len(words) <= LONG_DOUBT

    def both_figures(self, words: list[str]) -> bool:
        """ "Both numbers", «обе цифры», «екі санды»: the two figures named together, with no
        year and nothing else counted."""
        paired = any(
            w in self.both and _first(words[i + 1 : i + 3], self.figure_nouns) is not None
            for i, w in enumerate(words)
        )
        return paired and not any(w.isdigit() for w in words) and _first(words, self.count) is None

    def asks_again(self, words: list[str]) -> bool:
        """ "Repeat that", «объясни попроще», "that can't be right": the last answer asked again,
        with nothing new asked (no count, number or cause)."""
        again = (
            _first(words, self.again) is not None
            or bool(spans(words, self.again_phrases))
            or self.simpler(words)
        )
        if not (again or self.doubts(words)):
            return False
        # "explain like I'm 10" alone: "explain" asks for no cause here
        plainly = self.simpler(words) and len(words) <= SHORT_REQUEST
        # "what was the corruption number again?" after the reasons: a subject of its own
        named = tuple(self.subjects.values())
        asked = (
            (self.count, self.another_subject, *named)
            if plainly
            else (self.count, self.cause, self.another_subject, *named)
        )
        ages = self.listeners_ages(words)
        numbers = any(w.isdecimal() and i not in ages for i, w in enumerate(words))
        return not numbers and not any(_first(words, s) for s in asked)

    def simpler(self, words: list[str]) -> bool:
        """ "Explain like I'm 10", «как ребёнку»: the answer said for a listener."""
        return _first(words, self.listener) is not None or bool(spans(words, self.listener_phrases))

    def _the_askers_own(self, words: list[str], at: int) -> bool:
        """ "Водитель я", "my kids", «мен студентпін», «я из районного акимата»: a group word
        beside the asker is who they are or whose, not a group asked about."""
        beside = [*words[max(at - 1, 0) : at], *words[at + 1 : at + 2]]
        # "I'm a delivery driver", "I am a pensioner": who the asker is (not "I'm in Turkestan")
        before = words[max(at - SELF_INTRO_REACH, 0) : at]
        introduced = any(
            w in self.self_intro and before[i + 1 : i + 2] in (["a"], ["an"])
            for i, w in enumerate(before)
        )
        # «Қарағандыдан блогермін», «...дан жазып отырмын»: where the asker is from
        said_of_me = any(w.endswith(FIRST_PERSON_ENDINGS) for w in words[at + 1 : at + 3])
        # "my kids" are the asker's; "in my town", with no count of its people, is a place asked
        # ("a village in the region, my grandson…": the "my" is the grandson's)
        mine = _first(words[max(at - 1, 0) : at], self.owners) is not None
        place_asked = mine and words[at] in self.places and not any(w.isdecimal() for w in words)
        # "сколько доверяют полиции пенсионеры? я вот…": the group ends a question of trust,
        # the "я" after it opens the next sentence
        asked_of = words[max(at - 2, 0) : at]
        trusted = _first(asked_of, self.police) or _first(asked_of, self.trustish)
        beside = beside if not trusted else words[max(at - 1, 0) : at]
        owned = any(w in self.owners for w in beside) and not place_asked
        # where "they" live or work («соның қаншасы ауылда тұрады?», "how many of them live in
        # villages?"): a breakdown of those just counted, not the asker's home
        theirs = bool(spans(words, self.of_them))
        lives = not theirs and (self._workplace(words, at) or self._home(words, at))
        own = owned or lives or introduced
        own = own or (_ablative(words[at]) and said_of_me)
        # «такси жүргізушімін»: the group word itself says "I am"
        own = own or words[at].endswith(FIRST_PERSON_ENDINGS)
        # "a question from a driver of 20 years", «вопрос от водителя»: who asks
        own = own or any(
            at - len(p) >= 0 and tuple(words[at - len(p) : at]) == p for p in self.asked_by
        )
        # "our club abroad…", "Kazakh students here…" with "back home" asked: the asker's side
        abroad = words[at] in self.abroad or _first(words[at + 1 : at + 2], self.here) is not None
        own = own or (abroad and _first(words, self.homeland) is not None)
        # «ауылымызда 1000 адам бар»: "in our village" with its people counted right after
        sized = words[at].endswith(MY_PLACE_ENDINGS) and words[at + 1 : at + 2] != []
        own = own or (sized and words[at + 1].isdecimal())
        return words[at] in self.group and own and not self._own_place_asked(words, at)

    def _own_place_asked(self, words: list[str], at: int) -> bool:
        """«Менің ауданымда сенім қанша?»: trust counted in the asker's own place, a breakdown
        (the place in the locative, trust and a count right after it)."""
        after = words[at + 1 : at + 1 + COUNTED_REACH + 1]
        located = words[at].endswith(MY_PLACE_ENDINGS) and not self._home(words, at)
        return located and bool(_first(after, self.trustish)) and bool(_first(after, self.count))

    def _home_asked_after(self, words: list[str], at: int) -> bool:
        """A foreign share quoted, then our own country asked after it ("80 % in Germany, I read.
        What's the number in Kazakhstan?", «Германияда 80 пайыз… Бізде қанша?»)."""
        after = words[at + 1 :]
        quoted = any(w.isdecimal() for w in words)
        return quoted and (_first(after, self.home) or _first(after, self.ours)) is not None

    def _home(self, words: list[str], at: int) -> bool:
        """ "I live in Almaty", «таксую по Алматы», «Шымкентте тұрамын»: where the asker lives;
        "I teach at a school in Karaganda": where the asker works (not "school students")."""
        before = words[max(at - RESIDENCE_REACH, 0) : at]
        works = (
            len(before) == RESIDENCE_REACH
            and before[0] in self.workplace_nouns
            and before[1] in self.workplace_in
        )
        return works or bool(
            _first(before, self.residence) or _first(words[at + 1 : at + 2], self.residence_after)
        )

    def without_listener(self, words: list[str]) -> list[str]:
        """The words less a listener's age and the two words after it («10 жастағы балаға»)."""
        dropped = {j for i in self.listeners_ages(words) for j in range(i, i + 3)}
        return [w for i, w in enumerate(words) if i not in dropped]

    def listeners_ages(self, words: list[str]) -> set[int]:
        """Positions of ages that are the listener's ("like I'm 10", «как 10-летнему», «10
        жастағы балаға»): how to explain, not an age group asked about."""
        return {
            i
            for i, w in enumerate(words)
            if w.isdecimal()
            and (
                _first(words[i + 1 : i + 3], self.listener) is not None
                or bool(spans(words[max(i - 2, 0) : i], self.listener_phrases))
            )
        }

    def names_a_metric(self, words: list[str]) -> bool:
        """A figure of ours other than trust and its rest named in words (the corruption
        offenders, the reports, the inspectors)."""
        return any(
            _first(words, named)
            for metric, named in self.subjects.items()
            if metric != "distrust_share"
        )

    def tells_hearsay(self, words: list[str]) -> bool:
        """Someone's words told («халық сенбейді дейді», "my host family told me"), not the bot's
        own said back ("you said 63", «ты сказал 63»)."""
        own = spans(words, self.said_by_bot)
        return any(w in self.hearsay for i, w in enumerate(words) if i not in own)

    def recalls(self, words: list[str]) -> bool:
        """A figure remembered or heard ("I remember", «разве не», «дейді», «емес пе еді»)."""
        return bool(spans(words, self.recalled)) or _first(words, self.hearsay) is not None

    def names_another_subject(self, words: list[str]) -> bool:
        """Another reform, report or percent: a pension or tax, an annual report, a loan's
        rate. Beside it a weak word of ours ("reform", "report", a quoted 63 %) is theirs."""
        # "average annual gain in trust": a change per year, not an annual report
        averaged = spans(words, self.per_year) if self.yearly_average(words) else set()
        # "Quiz time: trust in 2019, in 2025 and the difference", «Тест: …сенім…», "admin
        # test: …": the bot tested on trust, not a school mark
        opening = words[:TEST_OPENING]
        tested = next((i for i, w in enumerate(opening) if w in self.bot_tested), None)
        if tested is not None and self.names_trust(words):
            averaged = {*averaged, tested}
        return any(
            w in self.another_subject
            and w not in self.retirees
            and _first(words[i + 1 : i + 2], self.occupations) is None
            and _first(words[i + 1 : i + 2], self.determiners) is None  # "credit the source"
            # «кімнің бағасы?», «чья это оценка?»: someone's assessment, no mark or price
            and _first(words[max(i - WHOSE_REACH, 0) : i], self.whose) is None
            and i not in averaged
            for i, w in enumerate(words)
        )  # "bus driver" is who asks

    def about_messaging(self, words: list[str]) -> bool:
        """ "How do I send a voice message on WhatsApp?": a messenger's messages, with neither
        the police, trust nor the Prosecutor's Office named («телеграмда Бас прокуратура 900
        мың хабарламаны қарамай қалдырды деп жүр»: a claim read on Telegram)."""
        named = (
            _first(words, self.police)
            or self.names_trust(words)
            or _first(words, self.source_institution)
            # "25 parents in our class WhatsApp, 63% of them is how many?": a share of ours applied
            or (self.share_quoted_in_percent(words) and _first(words, self.count) is not None)
        )
        return _first(words, self.messengers) is not None and not named

    def names_trust(self, words: list[str]) -> bool:
        return _first(words, self.measure_trust) is not None

    def relative_years(self, words: list[str]) -> tuple[int, frozenset[int]] | None:
        """A year counted from the one under discussion: «через год» is +1, "two years
        before" -2, «бір жылдан кейін» +1. Returns the offset and the positions of its words;
        None when there is none ("в 2019 году", «2019 жылдан кейін», "сколько лет назад")."""
        for i, word in enumerate(words):
            if word not in self.relative_units:
                continue
            before = words[i - 1] if i else ""
            if i > 1 and words[i - 2] in self.age_owners:
                continue  # "мне 67 лет. Раньше…": the asker's age, not a year counted back
            if words[i + 1 : i + 2] and words[i + 1] in self.tenure:
                continue  # "30 лет стажа. Раньше…": years of work, not a year counted back
            if i > 2 and words[i - 2] in self.range_joiners and words[i - 3].isdecimal():
                continue  # «от 30 до 45 лет»: the end of an age range, not a year counted back
            if word in self.year_named_units and before.isdecimal():
                continue  # «раньше в 19 году»: the year 2019, not 19 years back
            if before.isdecimal() and len(before) < 3:
                count, used = int(before), {i - 1, i}
            elif before in self.number_values:
                count, used = self.number_values[before], {i - 1, i}
            elif (
                word in self.relative_single and not before.isdecimal() and before not in self.count
            ):
                count, used = 1, {i}
            else:
                continue
            near = range(max(i - 3, 0), min(i + 3, len(words)))
            passing = {j for j in near if words[j] in self.relative_passing}
            for j in near:
                if j in used:
                    continue
                if words[j] in self.relative_later and not self._preposition(words, j):
                    if _first(words[:j], self.came_back) is not None:
                        break  # "I'm back after 8 years": a stay away, no year ahead
                    return count, frozenset({*used, *passing, j})
                if words[j] in self.relative_earlier:
                    return -count, frozenset({*used, *passing, j})
        return None

    def measured_since(self, words: list[str]) -> int | None:
        """The year a series is said to be measured since («замеры с 2015 года ведутся?», "they've
        measured since 2015, right?", «2015 жылдан бері өлшейді ғой»): one year, a word of
        "since" or "from" beside it, and a measuring word."""
        if _first(words, self.measuring) is None:
            return None
        since = self.since_year(words)
        started = next((i for i, w in enumerate(words) if w in self.measuring_started), None)
        # "they started measuring in 2015, yes?": the one year named is the start; not "in
        # 2018, before they started measuring" (a year asked before the start)
        if since is None and started is not None:
            before = _first(words[max(started - 3, 0) : started], self.until_before)
            named = [w for w in words if w.isdecimal() and FIRST_YEAR <= int(w) <= LAST_YEAR]
            return int(named[0]) if len(named) == 1 and before is None else None
        return since

    def since_year(self, words: list[str]) -> int | None:
        """The one year named with a word of "since" or "from" beside it («с 2019 года», "since
        2019", «2019 жылдан бері», «2019 дан»)."""
        named = [
            i for i, w in enumerate(words) if w.isdecimal() and FIRST_YEAR <= int(w) <= LAST_YEAR
        ]
        if len(named) != 1:
            return None
        at = named[0]
        before = _first(words[max(at - 2, 0) : at], self.since_before) is not None
        after = _first(words[at + 1 : at + 3], self.since_after) is not None
        return int(words[at]) if before or after else None

    def until_year(self, words: list[str]) -> tuple[int, frozenset[int]] | None:
        """The one year a time before is counted to: «до 2019», "prior to 2019", «2019 жылға
        дейін». The year and the positions of its words; None with another year named, a range
        («с 2019 до 2025»)."""
        named = [
            i for i, w in enumerate(words) if w.isdecimal() and FIRST_YEAR <= int(w) <= LAST_YEAR
        ]
        if len(named) != 1:
            return None
        at = named[0]
        before = [j for j in range(max(at - 2, 0), at) if words[j] in self.until_before]
        after = [j for j in range(at + 1, min(at + 3, len(words))) if words[j] in self.until_after]
        marker = (before or after)[:1]
        return (int(words[at]), frozenset({at, *marker})) if marker else None

    def _preposition(self, words: list[str], at: int) -> bool:
        """ "20 years on the road": "on" with more words after it places; it does not count on."""
        return words[at] in self.later_if_last and words[at + 1 : at + 2] != []

    def is_ack(self, words: list[str]) -> bool:
        """Only thanks / ok / understood, with fillers ("спасибо большое", "thanks a lot"), or an
        ok said in a phrase ("yeah figures")."""
        phrased = spans(words, self.ack_phrases)
        acked = [
            w for i, w in enumerate(words) if i in phrased or w in self.ack or w in self.ok_alone
        ]
        return bool(acked) and all(w in self.ack_fillers or w in acked for w in words)

    def echoes_a_share(self, words: list[str]) -> bool:
        """ "Понял, 38", "ok 63 %": understood, with the share just given said back (no year,
        nothing asked)."""
        numbers = [w for w in words if w.isdecimal()]
        said = [w for w in words if not w.isdecimal() and w != "%"]
        return bool(numbers) and all(int(n) <= PERCENT_WHOLE for n in numbers) and self.is_ack(said)

    def only_greets(self, words: list[str]) -> bool:
        """ "Привет бот", «сәлеметсіз бе», "good morning everyone": a greeting and nothing else."""
        phrased = spans(words, self.greeting_phrases)
        rest = [w for i, w in enumerate(words) if i not in phrased]
        return (bool(phrased) or any(w in self.greetings for w in rest)) and all(
            w in self.greetings or w in self.greeting_fillers for w in rest
        )

    def without_greeting(self, words: list[str]) -> list[str]:
        """The words after a greeting that opens the message ("привет бот, сколько доверяют?"):
        a greeting asks nothing, and its words would pull the question toward the help."""
        phrased = spans(words, self.greeting_phrases)
        start = 0
        while start < len(words) and (start in phrased or words[start] in self.greetings):
            start += 1
        while start and start < len(words) and words[start] in self.greeting_fillers:
            start += 1
        return words[start:] or words

    def without_address(self, words: list[str]) -> list[str]:
        """The words after the bot addressed by name at the start («бот, правда 2/3 доверяют?»,
        «слушай бот, …», "bot, is it true…"): a call to the bot asks nothing, and its name would
        pull the question toward the help ("are you a bot?"); so is its name said last after
        words of ours («…мағлұматтарды қайдан аласың бот»), unless a word before names it ("what
        is this bot")."""
        start = 0
        while start < len(words) and words[start] in self.addressing:
            start += 1
        named = any(w in self.bot_names for w in words[:start])
        rest = words[start:]
        if not named or len(rest) < ADDRESSED_REST or rest[0] in self.either_or:
            rest = words
        called_last = rest[-1:] != [] and rest[-1] in self.bot_names
        if called_last and len(rest) > ADDRESSED_REST and rest[-2] not in self.determiners:
            return rest[:-1] if self.names_our_subject(rest[:-1]) else rest
        return rest

    def numbers_offered(self, words: list[str]) -> bool:
        """Numbers set side by side to choose from: «63 или 73?», "63 or 73", «63 пе 73 пе?»."""
        numbered = [i for i, w in enumerate(words) if w.isdecimal()]
        if len(numbered) < 2:
            return False
        after = [next((w for w in words[i + 1 : i + 3] if w != "%"), "") for i in numbered]
        asked_each = sum(w in self.choice_particles for w in after) > 1
        between = words[numbered[0] + 1 : numbered[-1]]
        return asked_each or any(w in self.either_or for w in between)

    def without_asides(self, words: list[str]) -> list[str]:
        """The words less "you didn't answer" («ну а доверяют то сколько, ты не ответил») or
        "just curious" («прост интересно») or "remind me" («еске салшы»): the aside presses or
        colours the question, asks nothing and negates nothing."""
        said = spans(words, self.unanswered_phrases) | spans(words, self.curious_phrases)
        said |= spans(words, self.reminder_phrases)
        return [w for i, w in enumerate(words) if i not in said] or words

    def without_claim_told(self, words: list[str]) -> list[str]:
        """The words before a reason for asking that tells what someone claims ("tell me the
        number, because my neighbour says nobody trusts them"): the claim is not the question.
        Only when those words ask of the police or trust themselves: "we argued last night cuz he
        says nobody trusts the police ... so what's the percentage" asks after the claim."""
        opened = sorted(spans(words, self.reason_openers))
        if not opened or not opened[0]:
            return words
        asked, told = words[: opened[0]], words[opened[0] :]
        claimed = any(w in self.hearsay or w in self.insists for w in told)
        counts = any(w in self.count for w in told)  # "…because he says X, so how many?"
        of_ours = any(w in self.police or w in self.trust_words for w in asked)
        return asked if claimed and of_ours and not counts else words

    def without_source_cited(self, words: list[str]) -> list[str]:
        """The words less a source cited last after a year ("what was it in 2019 by that same
        statistics?"): the year's figure is asked, not where it comes from."""
        cited = spans(words, self.source_cited)
        if not (cited and self._dated(words) and len(words) - 1 in cited):
            return words
        return [w for i, w in enumerate(words) if i not in cited]

    def without_her_saying(self, words: list[str]) -> list[str]:
        """The words less "she said" when a year's figure is asked («ал 2019-да ол қанша
        деді?», "what did she say for 2019?"): the figure of that year is asked."""
        said = _first(words, self.saying) is not None and _first(words, self.sayer) is not None
        # a value asked ("how much", «қанша», "what"), not who said it
        asked = any(w in self.count or w in self.share_questions for w in words)
        whose = _first(words, self.culprit_asked) is not None
        if not (said and asked and self._dated(words)) or whose:
            return words
        return [w for w in words if w not in self.saying and w not in self.sayer]

    @staticmethod
    def _dated(words: list[str]) -> bool:
        """A year is named."""
        return any(w.isdigit() and FIRST_YEAR <= int(w) <= LAST_YEAR for w in words)

    def only_nudges(self, words: list[str]) -> bool:
        """ "Ну?", "well?", «ал?» alone: the last answer pressed for, nothing new asked."""
        return bool(words) and tuple(words) in self.nudges

    def meant(self, words: list[str]) -> list[str] | None:
        """What a correction says was meant ("no, I meant distrust in 2019" -> "distrust in
        2019"); None if the message corrects nothing."""
        opener = max(
            (len(p) for p in self.correction_openers if tuple(words[: len(p)]) == p), default=0
        )
        if not opener:
            return None
        rest = words[opener:]
        closer = next((len(p) for p in self.correction_closers if tuple(rest[-len(p) :]) == p), 0)
        return rest[: len(rest) - closer] or None

    def passes_it_on(self, words: list[str]) -> bool:
        """ "Great, I'll tell the neighbours": ok, then the answer passed on."""
        short = len(words) <= PASSED_ON_WORDS  # not "ok so… can you tell me the percentage"
        return short and words[0] in self.ack and _first(words, self.passing_on) is not None

    def settled(self, words: list[str], more: WordSet) -> bool:
        """ "Great, matches my own calculation", «хорошо, учту», «отлично, это то что нужно для
        сноски»: an ok first, then a remark that asks nothing and names nothing of our subject
        ("ok, and the reasons" asks; "what" in "exactly what I needed" does not). A mistake
        owned ("fair enough, I stand corrected", «ну ладно, убедили») settles it too."""
        phrased = spans(words, self.settled_phrases)
        conceded = spans(words, self.conceded)
        rest = [w for i, w in enumerate(words) if i not in phrased | conceded]
        # «ну, …»; «бәрі түсінікті»: a sound or an "all" before the ok
        sound = sum(1 for _ in takewhile(lambda w: w in self.interjections, words))
        if words[sound : sound + 1] and words[sound] in self.all_said:
            sound += 1
        # "got it, I won the bet": an ok said in two words
        opening = words[sound : sound + 2]
        opened = (opening != [] and opening[0] in self.settled_openers) or opening == GOT_IT
        noted = rest[-1:] != [] and rest[-1] in self.noted  # "ok whatever, noted"
        return (
            1 < len(words) <= SETTLED_WORDS
            and (opened or bool(conceded))
            and not any(
                self._asking_at(rest, i)
                or w in self.count
                or (w in self.settled_unless and not noted and not self._a_noun(rest, i))
                or w.isdigit()
                or self._asks_more(rest, i, more)
                for i, w in enumerate(rest)
                if i >= sound
            )
            and not self.names_our_subject(rest)
        )

    def _asking_at(self, words: list[str], at: int) -> bool:
        """A question word, unless made indefinite ("хоть что-то честно сказали" asks nothing),
        a "that" or "something" after a saying or "there is" («сказала, что ты умный», «есть что
        написать»), or the Russian "не" of a trust denied («он немец, не верил»), not the Kazakh
        "what"."""
        after = words[at + 1 : at + 2]
        denied = words[at] == "не" and after != [] and after[0] in self.trust_words
        told = _first(words[max(at - 1, 0) : at], self.told_before) is not None
        indefinite = _first(after, self.indefinite) is not None
        return words[at] in self.asking and not (indefinite or told or denied)

    def _a_noun(self, words: list[str], at: int) -> bool:
        """ "For the show": a word after an article or a possessive names a thing, not a
        request ("show me")."""
        return at > 0 and words[at - 1] in self.determiners

    def thanks_first(self, words: list[str], more: WordSet) -> bool:
        """Thanks, then words that ask nothing ("thank you, that's very helpful for my
        article"): no question word, no number, no "tell me more"."""
        # "…не то что наш участковый"; «благодарю, для поста то что нужно»
        compared = spans(words, self.thanks_compared) | spans(words, self.settled_phrases)
        words = [w for i, w in enumerate(words) if i not in compared]
        opening = [w for w in words if w not in self.ack_fillers][:1]  # "большое спасибо"
        thanked = any(w in self.thanks for w in words)  # "понятно, спасибо за помощь"
        # "Aigul, huge thanks for the keys!": a short thanks to someone named first
        short = len(words) <= SHORT_THANKS
        # "ah, now I get points vs percent, thanks", «аа теперь понял разницу…, спасибо»
        leading = len(list(takewhile(self._said_first, words)))
        understood = any(w in self.ack or w in self.understood for w in words[:leading])
        sound = sum(1 for _ in takewhile(lambda w: w in self.interjections, words))  # «а, …»
        return (
            opening != []
            and (opening[0] in self.ack or short or understood)
            and thanked
            and not any(
                self._asking_at(words, i)
                or w in self.count
                or w.isdigit()
                or self._asks_more(words, i, more)
                for i, w in enumerate(words)
                if i >= sound
            )
        )

    def _said_first(self, word: str) -> bool:
        """What opens a thanks for an answer understood: a sound, "now", "I get it"."""
        return (
            word in self.ack_fillers
            or word in self.ack
            or word in self.interjections
            or word in self.understood
        )

    @staticmethod
    def _asks_more(words: list[str], at: int, more: WordSet) -> bool:
        """ "Tell me more", not "(I) will tell the neighbours": "tell" asks only of me."""
        if words[at] not in more:
            return False
        if words[at] == "me":  # "tell me", not "wish me luck", "you saved me"
            return at > 0 and words[at - 1] in more
        return words[at] != "tell" or words[at + 1 : at + 2] in (["me"], ["us"])

    def uncited(self, words: list[str]) -> list[str]:
        """The question without the deputy and her saying: "how does Imasheva explain the
        distrust" asks about the distrust."""
        return [w for w in words if w not in self.person and w not in self.opinion]

    def _regions_counted(self, words: list[str]) -> bool:
        """ "How many regions", «неше өңір»; with no trust named, also the count after them
        («а областей в Казахстане сколько?», «облыс нешеу?»)."""
        after = _first(words, self.trustish) is None
        return any(
            w in self.count
            and (
                _first(words[i + 1 : i + 3], self.regions_named) is not None
                or (after and any(v in REGIONS_COUNTED for v in words[max(0, i - 3) : i]))
            )
            for i, w in enumerate(words)
        )

    def only_explained_again(self, words: list[str]) -> bool:
        """ "Explain that like I'm ten": the last answer again, nothing else asked."""
        asked = [w for w in words if w in self.explain_again]
        return bool(asked) and all(w in asked or w in self.explain_fillers for w in words)

    def asks_consequences(self, words: list[str]) -> bool:
        """ "And what are its consequences?", «пайдасы болды ма?» after an answer of words: what
        came of it, in a short message naming nothing of ours (the answer says it)."""
        asked = _first(words, self.consequences) is not None
        named = (self.police, self.trustish, self.distrust_words, *self.subjects.values())
        other = any(_first(words, wanted) for wanted in named)
        return asked and len(words) <= SHORT_REQUEST and not other

    def _tally(self, words: list[str]) -> tuple[int, int] | None:
        """A vote's own count, told with its verb or as a part of a whole set against the
        country."""
        return self._tally_voted(words) or self._tally_against_country(words)

    def _tally_against_country(self, words: list[str]) -> tuple[int, int] | None:
        """A part of a small whole said to trust, then the country set against it ("18 of 30
        said they trust — are we below the country?", «25 из 40 ответили что доверяют — как по
        Казахстану?», «10 адамның 7-і сенеді, орташадан жоғарымыз ба?»): (18, 30); not with a
        per cent named, which a count checked against a share has."""
        if "%" in words or _first(words, self.poll_against) is None:
            return None
        for i, word in enumerate(words):
            if not word.isdecimal():
                continue
            part, whole, end = self._part_of_whole(words, i)
            said = words[end + 1 : end + 1 + POLL_REACH]
            trusted = _first(said, self.trusting) is not None and not _first(said, self.not_words)
            if trusted and 0 < part < whole <= LARGE_GROUP:
                return part, whole
        return None

    def _count_checked(self, words: list[str]) -> tuple[int, int] | None:
        """A count the asker worked out from a share and asks to be checked ("I calculated 101
        of 160 trust at 63 %, right?", «в доме 160 человек, я посчитал, что 101 доверяет по
        63%. Правильно?»): (101, 160); the share is the table's, the asker's count is set
        against it."""
        shared = any(
            w.isdecimal() and _first(words[i + 1 : i + 2], self.percent)
            for i, w in enumerate(words)
        )
        checked = _first(words, self.own_calculation) or _first(words, self.claim)
        if not (shared and checked) or _first(words, self.not_words):
            return None
        # the asker's counts: no per cent, nor a share of ours ("63 − 38 = 25, so trust grew")
        told = [
            i
            for i, w in enumerate(words)
            if w.isdecimal()
            and int(w) not in self.shares
            and not _first(words[i + 1 : i + 2], self.percent)
        ]
        for i in told:
            part, whole, end = self._part_of_whole(words, i)
            if part and _first(words[end + 1 : end + 1 + TALLY_REACH], self.trusting):
                return (part, whole) if part < whole else None
        parts = [i for i in told if self._trusting_beside(words, i)]
        rest = [i for i in told if i not in parts]
        wholes = [i for i in rest if self._members_named(words[i + 1 : i + 2])] or rest
        if not (wholes and parts):
            return None
        part, whole = int(words[parts[0]]), int(words[wholes[0]])
        return (part, whole) if 0 < part < whole <= LARGE_GROUP else None

    def _trusting_beside(self, words: list[str], at: int) -> bool:
        """The count at `at` said to trust: the verb right before it («доверяют 158») or
        soon after it ("101 trust", «126 адам сенеді»)."""
        after = words[at + 1 : at + 1 + TALLY_REACH]
        return _first([*words[at - 1 : at], *after], self.trusting) is not None

    def _part_of_whole(self, words: list[str], at: int) -> tuple[int, int, int]:
        """The part and whole told from `at` ("18 of 30", «25 из 40», «10 адамның 7-і»), with the
        position of the last number; (0, 0, at) when none is told there."""
        if at + 2 >= len(words):
            return 0, 0, at
        first = int(words[at])
        joined = words[at + 1] in ("of", "из", "out")
        second = at + 3 if words[at + 1 : at + 3] == ["out", "of"] else at + 2
        if joined and second < len(words) and words[second].isdecimal():
            return first, int(words[second]), second
        owner = words[at + 1].endswith(self.genitive) or _ablative(words[at + 1])
        of_people = words[at - 1 : at] in (["из"], ["of"])
        of_people = of_people and self._members_named(words[at + 1 : at + 2])
        if (owner or of_people) and words[at + 2].isdecimal():
            return int(words[at + 2]), first, at + 2  # «10 адамның 7-і», «из 40 человек 30»
        return 0, 0, at

    def _tally_voted(self, words: list[str]) -> tuple[int, int] | None:
        """A vote's own count («90 человек проголосовали, 63 доверяют», «90 адам дауыс берді,
        63-і сенеді», "90 people voted and 63 said they trust"): those trusting, of all who
        voted; None unless a vote is told with both counts."""
        if _first(words, self.voted) is None:
            return None
        counts = [(i, int(w)) for i, w in enumerate(words) if w.isdecimal()]
        # the verb after its count, or right before it («доверяют 26», "voted: 90")
        around = [
            (i, n, [*words[i - 1 : i], *words[i + 1 : i + 1 + TALLY_REACH]]) for i, n in counts
        ]
        # those who voted: people after their count, no trust beside it («90 человек»; not «26
        # адам сенеді»), else by the verb
        voters = [
            n
            for i, n, near in around
            if self._members_named(words[i + 1 : i + 2]) and not _first(near, self.trusting)
        ] or [n for i, n, _ in around if _first(words[i + 1 : i + 2], self.voted)]
        voters = voters or [n for _, n, near in around if _first(near, self.voted)]
        trusting = [n for _, n, near in around if _first(near, self.trusting) and n not in voters]
        if not (trusting and voters) or not trusting[0] < voters[0] <= LARGE_GROUP:
            return None
        return trusting[0], voters[0]

    def households_multiplied(self, words: list[str]) -> list[str]:
        """Homes counted with the people of each ("36 flats in our block, 2 adults each", «в
        доме 36 квартир, в каждой по 2 взрослых», «40 дворов по одному взрослому», «200 пәтер,
        әр пәтерде бір ересек»): the homes' number times the people of one, told as that many
        people ("72 adults in our block"), so that the count a share is applied to is the
        people's. A home's number alone ("flat 36") and people with no home counted stay."""
        for i, word in enumerate(words[:-1]):
            if not word.isdecimal() or words[i + 1] not in self.households:
                continue
            for j in range(i + 2, min(i + HOME_REACH, len(words) - 1)):
                each = self._each_home(words, i, j)
                if each is None:
                    continue
                start, end = each
                if words[start - 1 : start] in (["в"], ["in"], ["with"], ["на"]) and start > i + 2:
                    start -= 1  # «в каждой», "with two adults in each"
                people = words[j + 1]
                kept = people in self.people or _first([people], self.per_members) is not None
                told = people if kept else ("people" if people.isascii() else "человек")
                count = int(word) * self._home_count(words[j])
                return [*words[:i], str(count), told, *words[i + 2 : start], *words[end + 1 :]]
        return words

    def flats_multiplied(self, words: list[str]) -> list[str]:
        """Buildings counted with the flats of each («у нас во дворе 3 дома по 60 квартир», "2
        blocks with 80 flats each"): told as the flats in all («180 квартир»), so the share is
        applied to them all, not to the flats of one building; flats told in all after the
        buildings («4 үй бар, барлығы 200 пәтер») are the count as they are."""
        for i, word in enumerate(words[:-1]):
            if not word.isdecimal() or words[i + 1] not in self.buildings:
                continue
            for j in range(i + 2, min(i + 2 + FLATS_REACH, len(words) - 1)):
                flats = words[j].isdecimal() and words[j + 1] in self.households
                between = words[i + 2 : j]
                if not flats or not all(self._between_flats(w) for w in between):
                    continue
                if _first(between, self.in_all):
                    return [*words[:i], *words[j:]]  # «4 үй бар, барлығы 200 пәтер»: 200 in all
                return [*words[:i], str(int(word) * int(words[j])), *words[j + 1 :]]
        return words

    def _between_flats(self, word: str) -> bool:
        """A word that may stand between the buildings and their flats ("with", «по», «әр
        үйде», «бар, барлығы»)."""
        joins = word in ("по", "with", "в", "бар", "and", "и")
        return word in self.each_home or word in self.buildings or word in self.in_all or joins

    def _each_home(self, words: list[str], at: int, j: int) -> tuple[int, int] | None:
        """The people of one home told at `j` after the homes counted at `at`: a small number
        with people right after it, one home named ("each", «в каждой», «әр пәтерде», "per
        flat") or «по» before the number; the span of those words, or None."""
        if self._home_count(words[j]) == 0 or words[j + 1] not in self.home_people:
            return None
        before = [k for k in range(at + 2, j) if words[k] in self.each_home]
        if before:
            return before[0], j + 1  # «әр үйден бір ересек», «в каждой по 2 взрослых»
        if words[j - 1] == "по":
            return j - 1, j + 1  # «40 дворов по одному взрослому»
        end = j + 1
        for k in range(j + 2, min(j + EACH_REACH, len(words))):
            home = words[k] in self.each_home or words[k] in self.households
            if not home and words[k] not in ("in", "в"):
                break  # "2 adults in each", "one adult per flat"
            end = k
        named = any(w in self.each_home for w in words[j + 2 : end + 1])
        return (j, end) if named else None  # "2 adults each", "one adult per flat"

    def _home_count(self, word: str) -> int:
        """The people of one home as a number: digits or a word ("two", «одному», «бір»); 0
        for anything else or too many for a home."""
        count = int(word) if word.isdecimal() else self.fraction_values.get(word, 0)
        return count if 0 < count <= HOME_PEOPLE else 0

    def ten_in_digits(self, words: list[str]) -> list[str]:
        """ "How many out of ten trust?", "per ten complaints": ten counted out of, as its
        digits, so that it is no Denis Ten."""
        return [
            "10"
            if w in self.spelled_ten
            and (_word_before(words, i) in OUT_OF or _word_before(words, i) in self.per_words)
            else w
            for i, w in enumerate(words)
        ]

    def without_parts_of_reform(self, words: list[str]) -> list[str]:
        """The words less a "part" that the reform is the whole of ("is that part of the
        reform?", «это часть реформы?», «реформаның бөлігі ме?»): a part of it, no share."""
        reform = [i for i, w in enumerate(words) if w in self.reform_named]
        return [
            w
            for i, w in enumerate(words)
            if not (w in self.percent and any(abs(i - at) <= PART_REACH for at in reform))
        ]

    def only_else_asked(self, words: list[str]) -> bool:
        """ "And what else?", «а ещё что?», «тағы не бар?»: more of the same asked, nothing
        named."""
        return _first(words, self.besides) is not None and all(
            w in self.besides or w in self.else_fillers for w in words
        )

    def only_meaning_asked(self, words: list[str]) -> bool:
        """ "And what does that mean?", «и что это значит?», «сонда бұл нені білдіреді?»: what
        the last answer means, nothing else asked."""
        return _first(words, self.meaning_only) is not None and all(
            w in self.meaning_only or w in self.explain_fillers for w in words
        )

    def pointed_to_in_her_view(self, words: list[str]) -> bool:
        """ "What does that point to, according to the deputy?", «о чём это говорит, по мнению
        депутата?»: what the last figure shows, as she reads it."""
        return _first(words, self.pointing) is not None and _first(words, self.her_view) is not None

    def only_judged(self, words: list[str]) -> bool:
        """ "Is that good?", «это хорошо или плохо?»: a judgement asked, nothing else."""
        judged = [w for w in words if w in self.judged]
        asked = len(judged) < len(words)  # "хорошо" alone is "okay"
        return (
            bool(judged) and asked and all(w in judged or w in self.judged_fillers for w in words)
        )

    def asks_phrasing(self, words: list[str]) -> bool:
        """ "How do I phrase that in a post?", «норм формулировка?»: how to word a figure; not
        what a post says, checked («постта "37% сенеді" деп тұр, дұрыс па?»)."""
        if spans(words, self.phrasing_phrases):
            return True  # "is that the right way to say it?", «так правильно говорить?»
        # "footnotes in Word": the editor, not a wording
        named = [
            w
            for i, w in enumerate(words)
            if w in self.phrasing
            and not (w == EDITOR and _first(words[i - 1 : i], self.editor_before))
        ]
        quoted = all(w in self.post_nouns for w in named) and _first(words, self.post_says)
        return bool(named) and not quoted and _first(words, self.phrasing_asked) is not None

    def asks_meaning(self, words: list[str]) -> bool:
        """ "What does it mean?", «объясни простыми словами», «түсіндірші»."""
        return bool(_first(words, self.partly_meaning) or _first(words, self.explain_asked))

    def only_when(self, words: list[str]) -> bool:
        """ "When was that?", «а это за какой год?», «ал бұл қашан болды?»: the time of what
        was just said, with nothing else asked."""
        # "and the year?", «жылы қандай?», «а дата?»: the year or date alone
        dated = any(w in self.year_asked or w in self.date_nouns for w in words)
        asked = any(w in self.when for w in words) or self.asks_the_year(words) or dated
        return asked and all(
            w in self.when
            or w in self.when_fillers
            or w in self.date_nouns
            or w in self.year_which
            or w in self.year_asked
            or _quoted_share(w)
            for w in words
        )  # "38 % — это за какой год цифра?": the figure quoted, dated

    def resolve_pronouns(self, words: list[str], person: str, *, kazakh: bool) -> list[str]:
        """ "кто она?" is "кто депутат?"; Kazakh "ол" (she / he / it) only when `kazakh` says
        the conversation is about her."""
        resolved = []
        for i, word in enumerate(words):
            pronoun = word in self.pronouns or (kazakh and word in self.kazakh_pronouns)
            resolved.append(person if pronoun and not self._named_before(words, i) else word)
        return resolved

    def _named_before(self, words: list[str], at: int) -> bool:
        """ "сервисная полиция и что она дала", "my grandma… for her": the pronoun at `at` is
        who was named before it, not the deputy («мама спрашивает, депутат — она…» is her)."""
        named = (w for w in reversed(words[:at]) if w in self.antecedents or w in self.person)
        return next(named, "") in self.antecedents

    def extract(self, words: list[str], slots: Slots) -> Frame:
        words = self.without_parts_of_reform(words)
        police = any(w in self.police for w in words)
        counted = any(
            w in self.count and (w != "how" or words[i + 1 : i + 2] in HOW_COUNTED)
            for i, w in enumerate(words)
        )
        # "армии доверяют больше, чем полиции?": the police named beside another institution
        # in a comparison asks about that institution too.
        versus = slots.compare or _first(words, self.versus) is not None
        # «насколько больше людей из 40 доверяют»: people counted by how many more
        more_people = _first(words, self.by_how_much) is not None and self._members_named(words)
        per = self._per(words, counted=counted or more_people, years=slots.years)
        # «из каждой тысячи … доверяют — какое число подставить?»: how many of them, asked
        counted = counted or (per is not None and bool(spans(words, self.number_filled)))
        fraction = self._fraction_quoted(words)
        if per and not (counted or more_people) and fraction and fraction[1] == per:
            per = None  # «больше шести из десяти, верно?»: a share said as a fraction, no count
        outlet = bool(spans(words, self.outlet_asked))  # "в каком СМИ": the publication
        group = None if self._group_excused(words) else self._group(words, slots.years)
        # "in Atyrau, 2000 at the oil field, by the general statistics how many trust?": the
        # national share named as the basis, the place only holds the count
        based = self.names_basis(words)
        held = per is not None and (self._holds_the_count(group) or (group is not None and based))
        indexed = self._indexed(words, slots)
        return Frame(
            country=self._country(words),
            nationwide=bool(spans(words, self.nationwide)) and not self.country_set_aside(words),
            institution=None if (police and not versus) or outlet else self._institution(words),
            measure=self._measure(words, police=police, counted=counted, per=per, indexed=indexed),
            group=None if held else group,
            forecast=self._forecast_named(words)
            or self._ahead(words, slots.years)
            or bool(_first(words, self.when) and _first(words, self.future)),
            years=slots.years,
            now=slots.now,
            compare=slots.compare,
            operation=self._operation(words),
            reference=self._reference(words, slots),
            police=police,
            counted=counted,
            trust=_first(words, self.measure_trust) is not None,
            numbers=self._numbers(words, slots.years),
            decimals=tuple(float(w.replace(",", ".")) for w in words if DECIMAL.fullmatch(w)),
            about=self._about(words),
            every_figure=bool(self._all_named(words) and _first(words, self.figures_all))
            or self._figures_given(words, counted=counted)
            or self._other_figures(words),
            offtopic=self._offtopic(words)
            or self._one_in_of_others(words)
            or self._task(words, counted=counted)
            or self._culprit(words)
            or self._name_itself(words),
            culprit=self._culprit(words),
            past=_first(words, self.past) is not None,
            task=self._task(words, counted=counted),
            whole=self._whole(words),
            police_share_told=self._police_share_told(words),
            officer_trait=_first(words, self.officer_traits) is not None,
            detail=self._her_detail(words) or self._detail_word(words, police=police),
            separately=bool(spans(words, self.separately)) or self._partly_apart(words),
            span=(
                bool(slots.compare or self._series_start(words))
                and bool(slots.now or _first(words, self.span_to))
            )
            or self._then_and_now(words, now=slots.now)
            or self._trust_figures_asked(words, slots)
            or self._from_which_to_which(words),
            first=bool(_first(words, self.span_from))
            and not (slots.now or _first(words, self.span_to) or slots.years),
            with_first=bool(_first(words, self.span_from) and slots.years),
            fraction=self._fraction_asked(words),
            fraction_quoted=self._fraction_quoted(words),
            level_judged=self._level_judged(words),
            half_named=_first(words, self.half_of) is not None
            and (self._counts_ours(words) or self.names_unconsidered(words))
            and not (self.names_trust(words) or self.trust_denied(words)),
            partly_named=_first(words, self.partly) is not None,
            regions_counted=self._regions_counted(words),
            seventh=(
                _first(words, self.one_in) is not None
                or _one_in_seven(words)
                or self._every_which(words)
            )
            and not self._one_in_of_others(words),
            cause=_first(words, self.cause) is not None or bool(spans(words, self.cause_phrases)),
            growth=self._grows(words),
            fell=_first(words, self.falls) is not None,
            per=per,
            place=per is not None and (held or self.names_own_place(words)),
            brief=_first(words, self.brief) is not None or bool(spans(words, self.article_content)),
            claim=bool(_first(words, self.quantifiers) and _first(words, self.trustish))
            and (
                counted
                or slots.compare
                or _first(words, self.claim) is not None
                or _first(words, self.figures_plural) is not None  # "nobody trusts. any figures?"
            ),
            before_reform=self._before_reform(
                words, counted=counted, now=bool(slots.now or slots.years)
            ),
            often=_first(words, self.often) is not None,
            cited=bool(_first(words, self.person) and _first(words, self.opinion))
            and not _first(words, self.herself),
            slow=_first(words, self.slow) is not None or self._not_higher(words),
            cites_source=self._cites_a_source(words),
            figure=_first(words, self.figure_words) is not None,
            article=_first(words, self.article_words) is not None or outlet,
            against=self._against(words, grouped=group is not None),
            not_police=self._not_police(words),
            others=bool(spans(words, self.everyone_else)),
            years_counted=self._years_counted(words),
            average=_first(words, self.average) is not None,
            share=_first(words, self.percent) is not None,
            share_asked=bool(_first(words, self.share_questions))
            and any(w in self.percent and w != "%" for w in words),
            checked=_first(words, self.claim) is not None,
            recalled=self.recalls(words) and not self.asks_the_year(words),
            metric_named=self.names_a_metric(words),
            precise=_first(words, self.precise) is not None,
            exactly_twice=self._doubling_supposed(words),
            rounded=bool(spans(words, self.rounded)),
            unconsidered=self.names_unconsidered(words),
            considered=self.names_considered(words),
            crimes_counted=self._crimes_counted(words, counted=counted),
            reopened_counted=counted and self._reopened(words),
            both_counted=self._both_counted(words),
            indexed=indexed,
            points_named=self._points_named(words),
            in_all=_first(words, self.in_all) is not None,
            tally=self._tally(words),
            count_checked=self._count_checked(words),
            more_counted=bool(spans(words, self.more_counted)),
        )

    def asks_whose_data(self, words: list[str]) -> bool:
        """ "Interior Ministry data or independent polling?", «это данные МВД или слова
        депутата?»: whose figures these are, not trust in the ministry."""
        return bool(
            _first(words, self.ministry_named)
            and _first(words, self.data_origin)
            and _first(words, self.data_either)
            and not (_first(words, self.measure_trust) or self.denies(words))
        )

    def her_own_police(self, words: list[str]) -> bool:
        """ "Her own police", «өз полициясы», «свою полицию»: the police as hers."""
        return any(
            w in self.personal_own and _first(words[i + 1 : i + 3], self.police) is not None
            for i, w in enumerate(words)
        )

    def sources_a_named_figure(self, words: list[str], frame: Frame) -> bool:
        """ "Where is the one in seven from?", "is the one in seven also from the prosecutors?":
        the source of a figure of ours named by its words, not one of trust."""
        too = _first(words, self.provenance_too) is not None
        sourced = _first(words, self.figure_sourced) is not None
        supposed = frame.institution is not None and too
        return frame.about is not None and not frame.trust and (sourced or supposed)

    def asks_provenance(self, words: list[str], content: tuple[str, ...]) -> bool:
        """Where the figure under discussion came from, a source supposed or not ("is that from
        the prosecutors too?", «а это кто говорит?»): a word of sourcing or a source, and
        nothing else asked."""
        # «Бас прокуратурадан ба?», «это тоже генпрокуратура?»: from there; «а прокуратураға
        # ше?» asks of trust in it
        too = _first(words, self.provenance_too) is not None
        sourced = any(
            w in self.provenance_asked or (w in self.source_institution and (too or _ablative(w)))
            for w in content
        )
        allowed = (
            self.provenance_asked,
            self.source_institution,
            self.provenance_too,
            self.provenance,
            self.vague,
            self.provenance_self,
        )
        return sourced and all(any(w in kind for kind in allowed) or _ablative(w) for w in content)

    def _doubling_supposed(self, words: list[str]) -> bool:
        """ "Exactly twice", "what would it need to be to double", "double of 38": what a
        doubling would have given is asked."""
        twice = spans(words, self.twice)
        if not twice:
            return False
        of = words[max(twice) + 1 : max(twice) + 2] == ["of"]
        return of or bool(_first(words, self.exactly) or _first(words, self.supposed))

    def beyond_police(self, words: list[str]) -> list[str]:
        """The words less the bare name of the police (a band is called The Police too)."""
        return [w for w in words if w not in self.police_bare]

    def calls_emergency(self, words: list[str]) -> bool:
        """An ambulance or the fire service, with a number or a call asked ("smoke next door,
        what's the fire number?"), or the police's number itself ("police number quick"): the
        emergency numbers."""
        service = any(
            w in self.emergency_services
            # "the General Prosecutor's Office": no general number
            and not _first(words[i + 1 : i + 2], self.source_institution)
            for i, w in enumerate(words)
        )
        if service and _first(words, self.calling):
            return True
        if self._which_number(words) and _first(words, self.police_bare):
            return True  # "a scam call… which number is the real police?"
        return any(
            w in self.police_bare
            and (
                _first(words[max(i - CALL_REACH, 0) : i + 2], self.calling) is not None
                or self._called_after(words[i + 1 : i + 3])
            )
            for i, w in enumerate(words)
        )

    def article_holds_it(self, words: list[str]) -> bool:
        """ "Is that in the article?", «мақалада бар ма осы?», «в статье это есть?»: whether the
        article says what was just answered."""
        article = _first(words, self.article_words) is not None
        return article and _first(words, self.in_article) is not None

    def another_number_asked(self, words: list[str]) -> bool:
        """ "Is there another number?", «а если не дозвониться?», «түспесе басқа нөмір бар ма?»:
        a second number to call, or the line not answering; after the numbers were given, the
        single emergency number is that second one."""
        other = _first(words, self.number_other) is not None and _first(words, self.calling)
        return bool(other) or _first(words, self.unreachable) is not None

    def names_considered(self, words: list[str]) -> bool:
        """ "Рассмотрели", "reviewed", «қаралды», with no denial anywhere: the part considered."""
        return (
            _first(words, self.report_parts) is not None
            and not self.names_unconsidered(words)
            and _first(words, self.not_words) is None
        )

    def reports_guessed_in_millions(self, words: list[str], frame: Frame) -> bool:
        """The reports' count guessed as a million ("how many reports in 2025, like a
        million?", «около миллиона?»): the count itself, almost 800 thousand, and not that."""
        counted = frame.counted or frame.checked
        guessed = _first(words, self.millions) is not None and not frame.numbers
        return frame.about == OFFENCE_REPORTS and counted and guessed and not frame.per

    def considered_again(self, words: list[str], frame: Frame) -> bool:
        """After the considered reports, the same part asked in absolute numbers ("in absolute
        numbers?", «в абсолютных числах?», «абсолютті санмен?») or as a share of the whole
        quoted back ("and what portion of the 800k is that?"): the considered answer, which
        gives both its thousands and its share."""
        absolute = _first(words, self.in_absolute) is not None and len(words) <= SHORT_REQUEST
        whole_only = bool(frame.numbers) and set(frame.numbers) <= self.report_counts
        share_of_it = frame.operation == "percent" and _first(words, self.comes_to) is not None
        other = frame.trust or frame.years or frame.unconsidered or frame.per
        return (absolute or (share_of_it and whole_only)) and not other

    def considered_counted_beside_unconsidered(self, words: list[str]) -> bool:
        """The considered counted with the unconsidered told beside them («рассмотренных
        сколько тысяч было, если 500 без рассмотрения», "how many were reviewed if 500k were
        not?"): the considered part, which the unconsidered one leaves."""
        asked = any(
            w in self.report_parts
            and not self._remainder_negated(words, i)
            and _first([w], self.unconsidered) is None
            and _first(words[max(i - 2, 0) : i + 3], self.count) is not None
            for i, w in enumerate(words)
        )
        return asked and self.names_unconsidered(words)

    def hedge_asked(self, words: list[str], frame: Frame) -> bool:
        """The deputy's "almost" asked back in a short question naming no figure or subject
        ("what's 'nearly' in exact numbers?", «"жуық" дегеніңіз қанша шығады?»): after the
        growth, what her hedge stands for, the ratio the figures give."""
        named = bool(frame.numbers or frame.years or frame.about or frame.group or frame.country)
        named = named or frame.trust or frame.police  # «почти все доверяют?» asks the level
        short = len(words) <= SHORT_REQUEST and frame.operation in ("value", "amount")
        return short and _first(words, self.hedges) is not None and not named

    def parts_set_against(self, words: list[str]) -> bool:
        """The reports left unconsidered set against those considered («қаралмағандар
        қаралғандардан көп пе?», "more left unconsidered than considered?"): both parts and a
        comparative named, so the considered part and the gap between them."""
        considered = any(
            w in self.report_parts
            and _first([w], self.unconsidered) is None
            and not self._remainder_negated(words, i)
            for i, w in enumerate(words)
        )
        compared = _first(words, self.comparatives) is not None
        return considered and compared and self.names_unconsidered(words)

    def names_unconsidered(self, words: list[str]) -> bool:
        """ "Unreviewed", «нерассмотренных», "not considered", reports "dismissed": the reports
        left out named."""
        reports = _first(words, self.subjects["offence_reports"]) is not None
        dismissed = reports and _first(words, self.reports_dismissed) is not None
        return (
            dismissed
            or _first(words, self.unconsidered) is not None
            or any(
                w in self.report_parts and self._remainder_negated(words, i)
                for i, w in enumerate(words)
            )
        )

    def _remainder_negated(self, words: list[str], at: int) -> bool:
        """The word at `at` negated right before it, or across a passive helper ("don't get
        considered", "aren't being reviewed")."""
        before = _word_before(words, at)
        helped = before in self.passive_helpers and at > 1
        return before in self.remainder_negations or (
            helped and words[at - 2] in self.remainder_negations
        )

    def asks_which_number(self, words: list[str]) -> bool:
        """The police's number asked ("what number do I dial?", «какой номер полиции?», «қай
        нөмірмен шақырамыз?»), not "just the number: police trust" nor a call told."""
        which = any(
            w in self.asking and words[i + 1 : i + 2] and words[i + 1] in self.calling
            for i, w in enumerate(words)
        )
        return which and self.calls_emergency(words)

    def _which_number(self, words: list[str]) -> bool:
        """ "Which number…", «какой номер…»: a question word right before a number asked, not
        "what number of police officers" (a count)."""
        return any(
            w in self.asking
            and i + 1 < len(words)
            and words[i + 1] in self.calling
            and words[i + 2 : i + 3] != ["of"]
            for i, w in enumerate(words)
        )

    def asks_whom_to_call(self, words: list[str]) -> bool:
        """ "My car was broken into… who do I call?", «куда звонить?»: a call asked with no
        service named."""
        return bool(spans(words, self.call_whom))

    def _called_after(self, after: list[str]) -> bool:
        """«полицияға қай нөмірге»: a question word, then the number."""
        return len(after) == 2 and after[0] in self.asking and after[1] in self.calling

    def affirms_trust(self, words: list[str]) -> bool:
        """Those who trust named by the verb («сенетін», "trusting"), with no denial, no negated
        verb and no word of distrust anywhere: the ones who trust are asked."""
        return (
            _first(words, self.trusting) is not None
            and _first(words, self.denied) is None
            and _first(words, self.distrust_words) is None
            and _first(words, self.distrust_named) is None
            and not spans(words, self.complement)
        )

    def _figures_given(self, words: list[str], *, counted: bool) -> bool:
        """ "Дай цифры по доверию", "give me the numbers on police trust": figures in the
        plural asked to be given, nothing counted, no year or share: all of them."""
        return (
            _first(words, self.give) is not None
            and _first(words, self.figures_plural) is not None
            and not counted
            and _first(words, self.percent) is None
            and not any(w.isdecimal() for w in words)
        )

    def _numbers(self, words: list[str], years: tuple[int, ...]) -> tuple[int, ...]:
        """The numbers the question quotes, less years and those of another measure ("63 kg",
        "a 63-page report", "200 thousand tenge"): no figure of ours is in kilograms or pages."""
        quoted = [
            int(w)
            for i, w in enumerate(words)
            if w.isdecimal()
            and int(w) not in years
            and _first(words[i + 1 : i + 2], self.year_named_units) is None  # «в 19 году»
            and _first(words[i + 1 : i + 3], self.foreign_units) is None
            and not self._places(words, i)
        ]
        return (*quoted, *(n for w in words if "/" in w for n in _fraction_quotes(w)))

    def places_a_number(self, words: list[str]) -> bool:
        """A number beside a flat, a house or a route ("the 45 bus"): the message is about
        something placed, whatever else it resembles."""
        return any(w.isdecimal() and self._places(words, i) for i, w in enumerate(words))

    def _places(self, words: list[str], at: int) -> bool:
        """The number at `at` places something ("flat 102", «102-пәтерде»), unless it counts the
        dwellings right after it ("our 200 flats", «200 квартир», «400 пәтерлік үй»)."""
        counts = _first(words[at + 1 : at + 2], self.dwellings_counted) is not None
        counts = counts or words[at + 1 : at + 2] == [PERSON]  # "our 200-person building"
        return places(words, at, self.addresses) and not counts

    def _both_named(self, words: list[str]) -> bool:
        """«Сенетіндер мен сенбейтіндер қанша», "those who trust and those who don't, how
        many": both named, joined, under one count word."""
        trusting = next(
            (
                i
                for i, w in enumerate(words)
                if w in self.trusting and not (i and words[i - 1] in self.not_words)
            ),
            None,
        )  # "of the distrustful (not trust), how many do not trust at all": no one trusting
        if trusting is None:
            return False
        rest = words[trusting + 1 :]
        joined = next((i for i, w in enumerate(rest) if w in self.joiners), None)
        if joined is not None and _first(rest[:joined], self.growth):
            return False  # "did trust grow or not?": the growth denied, not trust
        if joined is None and self._side_by_side(rest[:SIDE_BY_SIDE]):
            # «доверяют / не доверяют», «кім сенеді, кім сенбейді», «__% доверяют, __% нет»
            return not _first(words, self.cause)
        if joined is None:
            return False
        after = rest[joined + 1 :]
        if _first(after, self.cause):
            return False  # "how many trust and why the rest don't": the why asked of the rest
        # "…and those who don't trust", "…and those who don't, how many?", «…и какой нет»
        negated = any(
            (w in self.not_words or w in self.denied)
            and (
                not after[i + 1 :]
                or after[i + 1] in self.trustish
                or after[i + 1] in self.count
                or (i > 0 and after[i - 1] in self.asking)
            )
            for i, w in enumerate(after[:NEAR_TRUST])
        )
        # "trust vs the rest", «сенетіндер мен қалғандары»: the rest is those who do not
        the_rest = _first(after[:NEAR_TRUST], self.rest) is not None
        return negated or the_rest or _first(after, self.distrust_words) is not None

    def _side_by_side(self, following: list[str]) -> bool:
        """A denial right after trust, with at most an asking word between («кім сенеді, кім
        сенбейді»); not a correction ("доверяет, тьфу, НЕ доверяет")."""
        denial = next((i for i, w in enumerate(following) if self.denies([w])), None)
        if denial is None:
            return False
        # a bare "not" denies the trust after it, or a blank's year («__% нет, год __»); "trust,
        # not more", "POLICE trust not POLICY" deny something else
        after = following[denial + 1 : denial + 2]
        bare = following[denial] not in self.distrust_words
        if bare and after and not (after[0] in self.trustish or after[0] in self.time_units):
            return False
        # «__% доверяют, __% нет»: a blank share to fill in stands between them too
        return all(w in self.asking or w in BLANKS for w in following[:denial])

    def rural_hardship_asked(self, words: list[str], frame: Frame) -> bool:
        """ "Why is it harder in the villages?", «ауылда неге қиынырақ?», "why do villagers
        complain more / distrust the police?": why things are worse in the countryside, no
        figure asked; the article's answer is that villages lack district inspectors."""
        worse = _first(words, self.harder) or _first(words, self.complained)
        denied = frame.trust and frame.operation in ("negated", "distrust")
        denied = denied or self._trust_denied(words)
        asked = frame.cause and (worse is not None or denied)
        figure = frame.counted or frame.share or frame.numbers or frame.per or frame.figure
        return asked and _first(words, self.rural) is not None and not figure

    def _level_judged(self, words: list[str]) -> bool:
        """ "Is 63 % a lot or a little?", «63 процента — это много или мало?», «63 пайыз көп пе,
        аз ба?», "is 63 % high?": a level of ours, quoted or named, judged; two words of a
        judgement set against each other, or one beside the level quoted."""
        judged = {w for w in words if w in self.judged_level}
        quoted = any(w.isdecimal() and int(w) in self.shares for w in words)
        level = quoted or _first(words, self.figure_words) is not None
        return (len(judged) > 1 or (quoted and bool(judged))) and level

    def _fraction_quoted(self, words: list[str]) -> tuple[int, int] | None:
        """A share said as a small fraction of people ("two out of three", "2 in 3", «двое из
        троих», «үштен екісі»): (2, 3), the part then the whole; not with a per cent named."""
        if _first(words, self.percent) is not None or "%" in words:
            return None

        def value(word: str) -> int | None:
            if word.isdecimal():
                return int(word)
            return self.fraction_values.get(word)

        numbered = sum(any(c.isdigit() for c in w) for w in words)  # "3/4 + 1/2": a sum
        for i, word in enumerate(words):
            part, whole = value(word), None
            joined = words[i + 1 : i + 2] in (["of"], ["in"], ["из"])
            slashed = SLASHED.fullmatch(word) if numbered == 1 else None
            if slashed is not None:
                part, whole = int(slashed.group(1)), int(slashed.group(2))  # "2/3"
            elif part is not None and _first(words[i + 1 : i + 2], self.thirds) is not None:
                whole = THIRDS  # «две трети», "two thirds"
            elif part is not None and joined and i + 2 < len(words):
                whole = value(words[i + 2])
            elif part is not None and words[i + 1 : i + 3] == ["out", "of"] and i + 3 < len(words):
                whole = value(words[i + 3])
            elif part is not None and _ablative(word) and i + 1 < len(words):
                part, whole = value(words[i + 1]), part  # «үштен екісі»: out of three, two
            if part is not None and whole is not None and 0 < part < whole <= FRACTION_WHOLE:
                return part, whole
        return None

    def _trust_figures_asked(self, words: list[str], slots: Slots) -> bool:
        """ "What figures did she give on trust?", «ол сенім туралы қандай цифрлар айтты?»: the
        trust figures, plural, with no time named, are both measurements."""
        # "what figures", «какие цифры», «қандай цифрлар» ("are there figures?" asks the level)
        which = any(
            w in self.figures_plural and _first(words[max(i - 2, 0) : i], self.level_asked)
            for i, w in enumerate(words)
        )
        plural = which
        timed = slots.now or slots.years or _first(words, self.span_to)
        # not all the figures ("all the trust numbers as a list"), nor so many of them ("3 main
        # figures", "two numbers: trust and the reports")
        other = self._all_named(words) or self._counts_ours(words)
        sized = any(w.isdecimal() or w in self.number_words for w in words)
        return (
            plural
            and self.names_trust(words)
            and not (timed or other or sized or self.denies(words))
        )

    def _series_start(self, words: list[str]) -> bool:
        """A word of the series' start («сначала», "first"), not the order of the talk beside a
        word of giving («дайте сначала ваши», "first give me")."""
        return any(
            w in self.span_from
            and not (w in self.talk_first and _first(words[max(i - 1, 0) : i + 2], self.give))
            for i, w in enumerate(words)
        )

    def _then_and_now(self, words: list[str], *, now: bool = False) -> bool:
        """«Сколько было и сколько стало», «қанша болды, қанша болды»: a count asked twice,
        of a past and of what it became, asks both ends; so does "what is it now and what was
        it before" («какое сейчас и какое было»), "now" asked first and a past after it."""
        asks = [i for i, w in enumerate(words) if w in self.count]
        which = [i for i, w in enumerate(words) if w in self.count or w in self.level_asked]
        if now and len(which) > 1 and _first(words[which[-1] :], self.past):
            return True
        if len(asks) < 2:
            return False
        first, last = words[asks[0] : asks[-1]], words[asks[-1] :]
        return bool(_first(first, self.past)) and bool(
            _first(last, self.became) or _first(last, self.past)
        )

    def _indexed(self, words: list[str], slots: Slots) -> bool:
        """ "If 2019 = 100, what's the 2025 index?", «2019 жылды 100 деп алсақ»: a measured year
        set to a hundred, the other measured as a share of it; not a ranking's index."""
        hundred = str(PERCENT_WHOLE) in words
        return bool(slots.years) and hundred and _first(words, self.rating) is not None

    def _both_counted(self, words: list[str]) -> bool:
        """«Сколько доверяют и сколько нет», «қанша сенеді, қанша сенбейді»: trust, then its
        denial, each with its own count word, asks both shares (63 and 37); "partly or not at
        all" asks the 37 % alone."""
        if self._two_shares(words) or self._summed_apart(words):
            return True
        asks = [i for i, w in enumerate(words) if w in self.count]
        if _first(words, self.partly) or _first(words, self.not_at_all):
            return False
        if _first(words, self.person) and _first(words, self.herself):
            return False  # «а сама Имашева доверяет или нет?»: her own stance, yes or no
        if len(asks) < 2:
            return self._both_named(words)
        # each part from its count word on («сколько доверяют, а сколько нет»), or up to it
        # («сенетіндер қанша, сенбейтіндер қанша»)
        splits = (
            (words[asks[0] : asks[-1]], words[asks[-1] :]),
            (words[: asks[0] + 1], words[asks[0] + 1 :]),
        )
        # «қанша сенбейді, қанша сенеді?»: the denial first
        return any(
            self._trusted_then_denied(first, last) or self._trusted_then_denied(last, first)
            for first, last in splits
        )

    def _summed_apart(self, words: list[str]) -> bool:
        """ "Trust + distrust in total", «в сумме доверие + недоверие» (the plus is lost with
        the other signs): trust and its denial side by side, added up, asks both figures."""
        if _first(words, self.added_up) is None:
            return False
        trusted = [i for i, w in enumerate(words) if w in self.trustish]
        return any(
            0 < j - i <= SUMMED_GAP
            and (_first(words[i + 1 : j], self.not_words) is not None or words[j] in self.mistrust)
            for i in trusted
            for j in trusted
        )

    def _two_shares(self, words: list[str]) -> bool:
        """ "The share who trust and the share who trust partly or not at all", «долю
        доверяющих и долю тех, кто не доверяет»: a share or count asked on each side of an
        "and", trust on the first side and its denial or the partly-trusting on the second, asks
        both figures (63 and 37), though "partly or not at all" alone asks the 37 %."""
        asked = [i for i, w in enumerate(words) if w in self.percent or w in self.count]
        if len(asked) < 2:
            return False
        joined = next((i for i in range(asked[0], asked[-1]) if words[i] in self.joiners), None)
        if joined is None:
            return False
        first, last = words[:joined], words[joined + 1 :]
        trusted = _first(first, self.trusting) is not None and not (
            self.denies(first) or _first(first, self.partly)
        )
        return trusted and (self._trust_denied(last) or _first(last, self.partly) is not None)

    def _trust_denied(self, words: list[str]) -> bool:
        """Trust denied: a word of distrust, or a "not" before trust or ending the words ("and
        what % don't"); not any "not" ("…those are not the same thing")."""
        return _first(words, self.distrust_words) is not None or any(
            (w in self.not_words or w in self.denied)
            and (i + 1 == len(words) or words[i + 1] in self.trustish)
            for i, w in enumerate(words)
        )

    def _trusted_then_denied(self, trusting: list[str], denying: list[str]) -> bool:
        trusted = _first(trusting, self.trust_words) or _first(trusting, self.measure_trust)
        return bool(trusted) and not self.denies(trusting) and self.denies(denying)

    def denies(self, words: list[str]) -> bool:
        return bool(_first(words, self.denied) or _first(words, self.distrust_words))

    def _forecast_named(self, words: list[str]) -> bool:
        """A forecast phrase, but not «болады ма» after a supposition («7 адамның бірі полицей
        болса, 14,3 % болады ма?» checks a computation)."""
        # "couldn't reach him", "reach out to the inspector": a person contacted, no level
        contacted = {
            i for i in spans(words, self.forecast) if _first(words[i + 1 : i + 2], self.reached)
        }
        named = spans(words, self.forecast) - contacted
        supposed = "болса" in words and all(
            words[i : i + 2] == ["болады", "ма"] or words[i - 1 : i + 1] == ["болады", "ма"]
            for i in named
        )
        return bool(named) and not supposed

    def interpolates(self, words: list[str]) -> bool:
        """A line or a trend drawn through the measurements ("draw a line between 2019 and
        2025", «построить тренд по годам», «сызықпен қосу»), or from "these data"."""
        drawn = bool(spans(words, self.interpolation))
        return drawn and (
            bool(_first(words, self.data_origin))
            or bool(spans(words, self.yearly))
            or sum(w.isdecimal() for w in words) > 1
        )

    def asks_a_trend(self, words: list[str]) -> bool:
        """How something changes year by year ("is it going down year by year?")."""
        return bool(spans(words, self.trend) or spans(words, self.yearly))

    def against_year_before(self, words: list[str], *, compare: bool) -> bool:
        """ "More than last year?", «рассмотрели меньше, чем в прошлом году?», «былтырғыдан көп
        пе?»: a figure set against the year before, which asks two years."""
        changed = compare or _first(words, self.comparatives) or _first(words, self.growth)
        return bool(spans(words, self.year_before)) and bool(changed)

    def asks_the_bot(self, words: list[str]) -> bool:
        """ "Do you trust the police yourself?": the bot's own view, which it does not have (not
        "bot, can you tell me how many trust?")."""
        addressed = spans(words, self.bot_asked) or (
            _first(words, self.bot_you) and _first(words, self.bot_named)
        )
        asked = addressed and _first(words, self.trustish)
        return bool(asked) and not _first(words, self.count)

    def partly_meaning_asked(self, words: list[str], frame: Frame) -> bool:
        """ "What does 'partly trust' mean?", «ішінара деген не?»: the word explained, where
        "how many trust partly?" asks a share the series does not hold apart."""
        meant = _first(words, self.partly_meaning) or spans(words, self.partly_meaning_phrases)
        # "37 % means partly or not at all?": a share of ours quoted with its sign asks no count
        quoted = bool(frame.numbers) and set(frame.numbers) <= self.shares
        percent_asked = frame.operation == "percent" and not quoted
        counted = frame.counted or (frame.numbers and not quoted) or percent_asked
        return bool(meant) and _first(words, self.partly) is not None and not counted

    def names_a_part(self, words: list[str]) -> bool:
        """ "Partly" or "not at all": a part of the 37 % named."""
        return bool(_first(words, self.partly) or _first(words, self.not_at_all))

    def denied_after_number(self, words: list[str]) -> bool:
        """A "not" after a quoted number: "63 trust, how many don't?", «доверие 63, а
        недоверие?» ask the rest of 100, not the figure quoted."""
        numbered = [i for i, w in enumerate(words) if w.isdecimal()]
        if not numbered:
            return False
        rest = words[numbered[0] + 1 :]
        # the "not" denies trust, or ends the question ("… how many don't?"), not "не помню"
        return any(
            w in self.not_words and (rest[i + 1 : i + 2] == [] or rest[i + 1] in self.trustish)
            for i, w in enumerate(rest)
        )

    def own_denial(self, words: list[str]) -> bool:
        """The asker's own distrust told ("I personally don't trust them", «я сам не доверяю»):
        their stance, not the deputy's; with a count or a share asked, the others are asked."""
        asked = (_first(words, self.count), _first(words, self.percent))
        if asked == (None, None) and _first(words, self.majority) is None:
            return False  # "I don't trust my roommate, what should I do?"
        return any(
            (
                w in self.distrust_words
                or (w in self.not_words and words[i + 1 : i + 2] and words[i + 1] in self.trustish)
            )
            and _first(words[max(i - 3, 0) : i], self.first_person) is not None
            for i, w in enumerate(words)
        )

    def affirmed_after_denial(self, words: list[str]) -> bool:
        """A quoted number and a denial of trust, then trust asked plainly: "37 don't trust, so
        how many do?", «сенбейтіндер 37 пайыз болса, қанша сенеді?» ask the rest who trust."""
        rest = words if any(w.isdecimal() for w in words) or self.own_denial(words) else []
        denied = next(
            (
                i + 2 if w in self.not_words else i + 1
                for i, w in enumerate(rest)
                if w in self.distrust_words
                or (w in self.not_words and rest[i + 1 : i + 2] and rest[i + 1] in self.trustish)
            ),
            None,
        )
        if denied is None:
            return False
        after = rest[denied:]
        trusting = [
            i
            for i, w in enumerate(after)
            if w in self.trustish
            and w not in self.distrust_words
            and not (i and after[i - 1] in self.not_words)
        ]
        # "are all of the 37 % not at all, or partly?", "how many of them trust partly?" ask the
        # parts; "if 37 % trust partly or not, how many trust?" asks the rest who trust
        last = trusting[-1] if trusting else None
        near = after if last is None else after[max(last - PARTS_NEAR, 0) : last + PARTS_NEAR + 1]
        if _first(near, self.partly) or _first(near, self.not_at_all):
            return False
        plain = bool(trusting)
        asked = plain or _first(after, self.majority) is not None
        return asked or (bool(after) and after[-1] in self.affirming)

    def _not_police(self, words: list[str]) -> bool:
        """ "не являются полицейскими", "are NOT police officers", «полицейлер емес»."""
        for i, word in enumerate(words):
            after = words[i + 1 : i + 3]
            if (word in self.not_words or word in self.non) and after:
                skipped = after[1:] if after[0] in self.copulas else after
                if skipped[:1] and skipped[0] in self.police:
                    return True
            if word in self.police and after[:1] and after[0] in self.not_words:
                return True
        return False

    def _years_counted(self, words: list[str]) -> bool:
        """ "сколько лет прошло между замерами", "how many years separate", «арасы неше жыл»:
        a count word right before a year unit, with the measurements or trust named."""
        counted = (
            any(
                w in self.count and words[i + 1 : i + 2] != [] and words[i + 1] in self.year_units
                for i, w in enumerate(words)
            )
            or any(  # "how many years"
                w == "how"
                and words[i + 1 : i + 3] != []
                and words[i + 2 : i + 3] != []
                and words[i + 2] in self.year_units
                for i, w in enumerate(words)
            )
        )
        # "years between the first and latest measurement?": the years opening, then "between"
        opening = _first(words[:1], self.year_units) and _first(words[1:2], self.in_between)
        counted = counted or bool(opening)
        named = _first(words, self.measurement) or _first(words, self.measure_trust)
        # "how many years from 38 to 63?": two shares said stand for the measurements
        shares = [w for w in words if w.isdecimal() and int(w) <= PERCENT_WHOLE]
        return counted and (named is not None or len(shares) > 1)

    def _against(self, words: list[str], *, grouped: bool) -> bool:
        """Those who trust and those who do not (or only partly) both named: "на сколько
        больше доверяющих, чем не доверяющих", «сенетіндер сенбейтіндерден», "trust … than
        distrust"."""
        negated = [
            i
            for i, w in enumerate(words)
            if w in self.trusting
            and i
            and (words[i - 1] in self.not_words or words[i - 1] in self.non_prefix)
        ]
        positive = any(w in self.trusting and i not in negated for i, w in enumerate(words))
        # "how many times more trust than the rest": the rest are those who do not (not when a
        # group is named: "do retirees trust more than others?")
        negative = bool(negated) or any(
            w in self.distrust_words or w in self.partly or (w in self.rest and not grouped)
            for w in words
        )
        # "more trust than don't", «больше, чем тех, кто нет»: the not-trusting named by a bare
        # "not" after "than"
        elided = any(
            w in self.than and _first(words[i + 1 : i + 1 + THAN_REACH], self.denied)
            for i, w in enumerate(words)
        ) or self._trust_elided_after_do_not(words)
        return positive and (negative or elided)

    def _trust_elided_after_do_not(self, words: list[str]) -> bool:
        """ "people who trust and people who don't in 2025", "the group that doesn't, right
        now": a bare "do not" with no verb after it names those who do not trust."""
        return any(
            w in self.not_words
            and words[i - 1 : i] in (["do"], ["does"])
            and (i + 1 == len(words) or words[i + 1] in self.elided_after)
            for i, w in enumerate(words)
        )

    def _from_which_to_which(self, words: list[str]) -> bool:
        """Both ends asked by a question word each ("from what to what?", «с какой цифры до
        какой?», «қаншадан қаншаға?»): the first level and the latest."""
        starts = spans(words, self.from_which)
        ends = spans(words, self.to_which)
        # «если доверие с 38 до 63, то недоверие с какой до какой?»: the ends of the rest, asked
        # of figures quoted, are its own answer
        quoted = any(_numeric(w) for w in words)
        return bool(starts and ends) and min(starts) < max(ends) and not quoted

    def _trust_denied_at(self, words: list[str], at: int) -> bool:
        """The word a "not" denies is trust or the police, or the sentence ends («вообще не
        доверяю», «вообще не»), not another act («участковый вообще не появляется»)."""
        after = words[at : at + 1]
        return not after or bool(_first(after, self.trustish) or _first(after, self.police))

    def _partly_apart(self, words: list[str]) -> bool:
        """The partly-trusting asked apart from the not-trusting: beside a second count
        ("сколько частично, а сколько совсем нет"), or alone, with no "or" joining them ("what
        share trust only partially", «ішінара сенетіндерді қоспағанда»)."""
        if _first(words, self.partly) is None:
            # "not at all" alone ("zero trust", «мүлде сенбейтіндер», "37 % don't trust at
            # all?"): the other part of the 37 %, which has no figure of its own
            at_all = any(
                words[i : i + 2] == ["at", "all"]
                for i in range(len(words))
                if {"not", "no"} & set(words[:i])
            )  # "don't trust the police at all", "no trust at all"
            wholly = any(
                w in self.wholly
                and (
                    (
                        words[i + 1 : i + 2] in (["не"], ["not"])
                        and self._trust_denied_at(words, i + 2)
                    )
                    or (
                        w in self.wholly_apart
                        and _first(words[i + 1 : i + 2], self.police)
                        and words[i + 2 : i + 3] == ["не"]
                    )
                )
                for i, w in enumerate(words)
            )  # «вообще не доверяют», «полностью полиции не доверяют»; «не доверяют полностью»
            # is partly
            alone = self._wholly_distrusted(words) or at_all or wholly
            return alone and not any(
                w in self.partly_or
                and (w != "не" or words[i + 1 : i + 2] in KK_OR_WHOLLY)
                and i > 0
                and words[i - 1] != "at"
                and words[i - 1] not in self.they
                for i, w in enumerate(words)
            )  # "at all" and "they all" join nothing, nor the "and" opening a follow-up
        if _first(words, self.excluding) or self._partly_denied(words):
            return True  # "the partly trusting left out", «не частично, а совсем»: the rest apart
        if _first(words, self.partly_together):
            return False  # "is that including the partly ones?": the combined figure
        least = any(words[i : i + 2] == ["at", "least"] for i in range(len(words)))
        if least and self.denies(words):
            return False  # "don't trust at least partly": the partly-trusting counted in
        joined = any(
            w in self.partly_or
            and not (w == "не" and words[i - 1 : i] == ["деген"])
            and words[i - 1 : i] != ["at"]
            and i > 0
            for i, w in enumerate(words)
        )  # «… деген не?» is "what does … mean?", not "or"; "at all" and an opening "and"
        # join nothing; "partial/no trust" is joined by its slash
        slashed = any(
            w in self.partly
            and (
                words[i + 1 : i + 2] in (["no"], ["not"])
                or _first(words[i + 1 : i + 2], self.not_at_all) is not None
            )
            for i, w in enumerate(words)
        )  # «(ішінара+мүлде)»: the plus is lost with the other signs
        return sum(w in self.count for w in words) > 1 or not (joined or slashed)

    def at_all_alone(self, words: list[str]) -> bool:
        """ "At all?", «совсем?», «мүлде ме?»: only the not-at-all part named, nothing else said."""
        named = any(w in self.not_at_all or w in self.wholly for w in words) or any(
            words[i : i + 2] == ["at", "all"] for i in range(len(words))
        )
        return named and all(
            w in self.not_at_all or w in self.wholly or w in self.at_all_fillers for w in words
        )

    def _partly_denied(self, words: list[str]) -> bool:
        """ "Не частично, а прям совсем", "not partly": the partly-trusting set aside (Kazakh
        «мүлде сенбейді не ішінара» is "or")."""
        return any(
            w in self.partly_denied
            and words[i - 1 : i] in (["не"], ["not"])
            and not _first(words[i + 1 : i + 2], self.partly_or)  # "not (partly or fully)"
            for i, w in enumerate(words)
        )

    def _wholly_distrusted(self, words: list[str]) -> bool:
        """ "Not at all" said of trust, near a trust word («мүлде сенбейді», "zero trust"), not
        of something else in a story ("the inspector never answers at all"); "distrust
        completely" too ("don't completely trust" is partly)."""
        distrusted = any(
            words[i : i + 2] == ["not", "trust"]
            and words[i - 1 : i] not in (["do"], ["does"], ["did"])
            and words[i + 2 : i + 3] in (["completely"], ["entirely"])
            for i in range(len(words))
        )
        return distrusted or any(
            w in self.not_at_all
            and _first(words[max(i - NEAR_TRUST, 0) : i + AT_ALL_REACH + 1], self.trustish)
            for i, w in enumerate(words)
        )

    def _about(self, words: list[str]) -> str | None:
        """The metric the question names; complaints beside the inspectors are about them
        («учаскелікке неге шағымданады»), not the reports of offences."""
        counted = self.without_other_thousands(words)
        if self.names_trust(words) or self.trust_denied(words):
            # "customers complain a lot. What share don't trust the police?", «клиенттер жиі
            # шағымданады»: a story's complaining is no report asked about
            counted = [w for w in counted if w not in self.complaining]
        named = [m for m, wanted in self.subjects.items() if _first(counted, wanted)]
        reports = self.subjects["offence_reports"]
        complaints_only = all(w in self.complaints for w in words if w in reports)
        # "police never react to complaints": no inspector named, the reports are asked
        inspectors = any(
            w not in self.unresponsive for w in words if w in self.subjects["prevention_gaps"]
        )
        if "prevention_gaps" in named and complaints_only and inspectors:
            return "prevention_gaps"
        # "our inspector is in the chat but does not answer messages": the chats they joined,
        # not the reports of offences
        if "prevention_gaps" in named and inspectors and _first(words, self.inspector_chat):
            return "prevention_gaps"
        if not named and self._one_of_seven_alone(words):
            return CORRUPTION_ONE_IN  # «один из семи», «жеті адамның біреуі»: the one in seven
        if not named and _first(words, self.closed_police) and _first(words, self.police):
            return "reform_context"  # «полиция жабық жүйе»: the old police, as the article says
        return named[0] if named else None

    def names_the_source_institution(self, words: list[str]) -> bool:
        """The General Prosecutor's Office is the only institution named."""
        named = [w for w in words if w in self.institution]
        return bool(named) and all(w in self.source_institution for w in named)

    def _cites_a_source(self, words: list[str]) -> bool:
        """The General Prosecutor's Office named as the source of figures ("what did the
        Prosecutor General's data show", «прокуратура не деді») or beside the reports left
        unconsidered that it counted («прокуратура қанша арызды қарамай қалдырған»), not as an
        institution trusted: no trust word, a word of telling or those reports, and no other
        institution."""
        told = _first(words, self.told) is not None or bool(spans(words, self.part_in))
        return (
            self.names_the_source_institution(words)
            and (told or self.names_unconsidered(words))
            and _first(words, self.measure_trust) is None
        )

    def without_bare_districts(self, words: list[str]) -> list[str]:
        """ "a dog park near Esil district", "hot water in our district": a district with no
        inspector, officer or police beside it is a place, not the district inspectors."""
        kept = []
        for i, w in enumerate(words):
            near = words[max(i - DISTRICT_REACH, 0) : i + DISTRICT_REACH + 1]
            if w not in self.bare_districts or _first(near, self.officers):
                kept.append(w)
            elif _first(words[i - 1 : i], self.place_owners):
                kept.append(LOCAL_AREA)  # "trust in our district": the asker's place
        return kept

    @staticmethod
    def without_tag_question(text: str) -> str:
        """ "Trust fell, didn't it?" reads "…did it?"."""
        return TAG_QUESTION.sub(r"\1\2", text)

    @staticmethod
    def without_tag_negation(words: list[str]) -> list[str]:
        """ "Isn't it 35 % in 2019?", "wasn't trust 40 %?": a question opening with a negated
        "is" asks to confirm; the "not" negates nothing (no distrust asked)."""
        if words and words[0] in TAG_VERBS:
            return [TAG_VERBS[words[0]], *words[1:]]
        return words

    def without_class_names(self, words: list[str]) -> list[str]:
        """«родительский чат 4Б», «5А сыныптың чаты», "class 7B": a class's year and letter name
        it, they count no one; both are dropped so the group's size is the count."""
        named = {
            at
            for i, w in enumerate(words[:-1])
            if w.isdecimal() and 0 < int(w) <= SCHOOL_YEARS and words[i + 1] in self.class_letters
            for at in (i, i + 1)
        }
        return [w for i, w in enumerate(words) if i not in named]

    def without_ordinal_places(self, words: list[str]) -> list[str]:
        """ "my daughter is in 7th grade", «7-сынып», "the 7th floor": a school year or a floor,
        never the one in seven; the ordinal is dropped, the grade or floor stays to name that
        other subject."""
        return [
            w
            for i, w in enumerate(words)
            if not (
                (w in self.one_in or w.isdecimal())
                and words[i + 1 : i + 2] != []
                and words[i + 1] in self.ordinal_places
            )
        ]

    def _before_reform(self, words: list[str], *, counted: bool, now: bool) -> bool:
        """ "до реформы", "before the reform", «реформаға дейін» (a before word next to it), or
        the Soviet era."""
        reform = self.subjects["reform_context"]
        # "people trusted the militia more in Soviet times, true?" (not "…what share today?")
        then = _first(words, self.soviet) is not None and not (
            counted or _first(words, self.percent) or _first(words, self.share_questions)
        )
        # "what % trusted the militsiya in the USSR?": the share asked of that time
        then = then or (bool(spans(words, self.soviet_era)) and not now)
        # "trust right after Denis Ten's murder?": 2018, before the first measurement (not "the
        # reform after Ten's murder": the reform's own story)
        after_it = any(
            w in self.after_words and _first(words[i + 1 : i + 4], self.murder)
            for i, w in enumerate(words)
        ) or any(
            w in self.murder and _first(words[i + 1 : i + 2], self.after_words)
            for i, w in enumerate(words)
        )
        murdered = after_it and not _first(words, self.reform_named)
        # «реформаға дейін» names the reform first; "before the reform", «до реформы» after
        before = any(
            w in self.before
            and any(
                n in reform
                for n in words[max(i - 1, 0) if w in self.before_after else i + 1 : i + 3]
            )
            for i, w in enumerate(words)
        )
        return then or murdered or before

    def _ahead(self, words: list[str], years: tuple[int, ...]) -> bool:
        """A time counted forward from now: "через 5 лет", "in 10 years", "5 жылдан кейін"."""
        for i, word in enumerate(words):
            number = word in self.number_words or (word.isdecimal() and int(word) not in years)
            unit_first = i > 1 and words[i - 2] in self.time_units
            if number and unit_first and words[i - 1] in self.ahead_before:
                return True  # «лет через пять»: the unit first, an approximate time ahead
            if not number or words[i + 1 : i + 2] == []:
                continue
            if words[i + 1] not in self.time_units:
                continue
            before = words[i - 1] if i else ""
            after = words[i + 2] if i + 2 < len(words) else ""
            if after in self.years_old or (i > 1 and words[i - 2] in self.age_owners):
                continue  # "I'm a 72-year-old teacher": an age, not a time ahead
            if after in self.relative_earlier:
                continue  # "a few years ago": a time counted back
            # "how much has trust grown in six years": "in" after a perfect or past verb
            # counts back, not forward
            looked_back = before == "in" and _first(words[:i], self.perfect) is not None
            if (before in self.ahead_before and not looked_back) or after in self.ahead_after:
                return True
        return False

    def _age(self, words: list[str], years: tuple[int, ...]) -> str | None:
        """An age given as a number: "people under 30", "старше 60 лет", "30 жасқа дейін"."""
        near_people = any(w in self.people or w in self.among for w in words)
        if self._age_range(words, near_people):
            return AGE
        listeners = self.listeners_ages(words)
        for i, word in enumerate(words):
            if not word.isdecimal() or int(word) in years or i in listeners:
                continue
            following = words[i + 1] if i + 1 < len(words) else ""
            if following in self.percent:
                continue
            # «60-тан асқандар»: the age word after the case ending typed apart
            apart = following in self.number_case_endings
            if apart:
                following = words[i + 2] if i + 2 < len(words) else ""
            if any(_first_person(w) for w in words[i + 2 + apart : i + 3 + apart]):
                continue  # «70 жастағы зейнеткермін», «70-тен асқан адаммын»: the asker's own age
            if following in self.age_after or words[i + 1 : i + 3] in (YEARS_OLD, YEAR_OLDS):
                return AGE  # "18-24 year olds"
            bound = i > 0 and words[i - 1] in self.age_bounds
            # "rose over 6 years": the time the change took, not people over 6
            if bound and _first(words[max(i - 3, 0) : i - 1], self.growth):
                continue
            if bound and (near_people or following in self.time_units):
                return AGE
        return None

    def _workload(self, words: list[str], counted: bool) -> bool:
        """An officer's workload: a word of load beside the officers ("нагрузка участкового",
        "caseload"), or a count asked of one of them ("сколько обращений на одного участкового",
        "how many residents per inspector"). The 800 thousand reports are the country's, not
        anyone's load."""
        officers = [i for i, w in enumerate(words) if w in self.officers_named]
        if not officers:
            return False
        if _first(words, self.workload) is not None:
            return True
        return counted and any(i and words[i - 1] in self.one_each for i in officers)

    def _officers_dismissed(self, words: list[str]) -> bool:
        """Officers or the police said to be dismissed ("how many officers were dismissed?"): a
        count of dismissals, not the reports "dismissed" unheard."""
        named = _first(words, self.officers_named) or _first(words, self.police)
        dismissed = _first(words, self.officers_dismissed) is not None
        return bool(named) and dismissed and not self._reports_named(words)

    def group_set_against(self, words: list[str]) -> bool:
        """A group set against everyone else in one breath ("do pensioners trust more than
        everyone else?", «у водителей ниже, чем у всех?»): a group word within a few words of a
        comparison; a group in a story told before is not."""
        against = [i for i, w in enumerate(words) if w in self.comparatives or w in self.than]
        against += list(spans(words, self.everyone_else))
        return any(
            w in self.group
            and any(abs(i - j) <= GROUP_REACH for j in against)
            and not self._told(words, i)  # "a taxi driver told me…", «я пенсионерка»
            for i, w in enumerate(words)
        )

    def share_told(self, words: list[str], frame: Frame) -> bool:
        """A share of people who trust, told by someone ("my friend says 70 % trust, true?",
        «досым 70 пайыз сенеді дейді, рас па?»): who told it comes before the share and is no
        subject of the question."""
        if len(frame.numbers) != 1 or not (frame.share and frame.trust and frame.checked):
            return False
        told = _first(words, self.hearsay) is not None
        return told and str(frame.numbers[0]) in words

    def _age_range(self, words: list[str], near_people: bool) -> bool:
        """Two ages written as a range ("30–45 лет", «от 30 до 45 лет», "aged 18-25", «30-45
        жастағылар»): an age group, whatever verb follows. Only with people or an age named, and
        never a span of time ("за 5–6 лет")."""
        for i, low in enumerate(words[:-1]):
            joined = words[i + 1] in self.range_joiners
            high = words[i + 1 + joined] if i + 1 + joined < len(words) else ""
            if not (low.isdecimal() and high.isdecimal() and int(low) < int(high) <= MAX_AGE):
                continue
            after = words[i + 2 + joined] if i + 2 + joined < len(words) else ""
            before = words[i - 1] if i else ""
            if before in self.span_before:
                continue  # "за 5–6 лет", "over 5-6 years": a time the change took
            if before in self.age_named or after in self.age_after:
                return True
            if near_people and after in self.age_units:
                return True
        return False

    def _group_excused(self, words: list[str]) -> bool:
        """District inspectors or a reason named make a place word no breakdown ("in villages
        there are too few inspectors"), unless trust is counted for a place named after them
        ("…we never see our inspector; what percent in villages trust the police?")."""
        last = max((i for i, w in enumerate(words) if w in self.group_unless), default=None)
        if last is None or self._shortage_counted(words) or self._trust_of_a_place_asked(words):
            return False
        if _first(words, self.singled_out) and self._inspectors_trusted(words):
            return False  # "the trust figure for district inspectors specifically": theirs
        rest = words[last + 1 :]
        counted = _first(rest, self.count) or _first(rest, self.percent)
        asked = counted and _first(rest, self.measure_trust)
        return not (asked and _first(rest, self.group))

    def _trust_of_a_place_asked(self, words: list[str]) -> bool:
        """ "In our district, how many trust the inspector?": trust in them, counted, is asked of
        the place, a breakdown; so is "how is trust in Shymkent? nobody sees our inspector"."""
        if any(
            w in self.group
            and _first(words[max(i - NEAR_TRUST, 0) : i + NEAR_TRUST + 1], self.trustish)
            for i, w in enumerate(words)
        ):
            return True
        counted = _first(words, self.count) or _first(words, self.percent)
        return bool(counted) and any(
            (w in self.officers or w in self.group_unless)
            and _first(words[max(i - NEAR_TRUST, 0) : i + NEAR_TRUST + 1], self.measure_trust)
            for i, w in enumerate(words)
        )

    def _shortage_counted(self, words: list[str]) -> bool:
        """ "How many are short in the villages?" counts inspectors per place: a breakdown."""
        return bool(
            _first(words, self.shortage)
            and _first(words, self.count)
            and not _first(words, self.measure_trust)
        )

    def _group(self, words: list[str], years: tuple[int, ...]) -> str | None:
        """A group word, an age given as a number, or trust "among" a group that is not the
        people as a whole ("trust among police officers themselves"; «среди населения» is
        everyone)."""
        heard = self.without_listener(words)
        aside = self.country_set_aside(heard)
        words = [
            w
            for i, w in enumerate(heard)
            if not self._place_set_aside(heard, i)
            and (self._place_asked_alone(heard, i, country_aside=aside) or not self._told(heard, i))
        ]
        if spans(words, self.local_place):
            return LOCAL_PLACE  # "in our district": the asker's place, whichever it is
        if spans(words, self.home_place) and not any(w.isdecimal() for w in words):
            return LOCAL_PLACE  # "in our residential complex", with no count of its people
        phrased = spans(words, self.group_phrases)  # «мектеп оқушылары»: schoolchildren
        named = (
            _first(self._unspoken(words), self.group)
            or (words[min(phrased)] if phrased else None)
            or self._unit(words)
            or self._inspectors_trusted(words)
            or self._age(words, years)
            or self._subject_group(words)
        )
        if named or not _first(words, self.measure_trust):
            return named
        them = spans(words, self.of_them)  # "среди них", «олардың ішінде»: those just counted
        for i, word in enumerate(words):
            near = words[max(i - 2, 0) : i + 3]
            # "2019 бен 2025 арасында": between years, not among a group
            people = any(w in self.people or w.isdigit() for w in near)
            if word in self.among and not people and not {i - 1, i} & them:
                return word
        return None

    def counts_kin(self, words: list[str]) -> bool:
        """The families or parents of those counted are what is counted (see `_kin_counted`)."""
        return any(self._kin_counted(words, i) for i in range(len(words)))

    def _kin_counted(self, words: list[str], at: int) -> bool:
        """ "How many of their families trust?", «ата-аналардың қаншасы»: the families or parents
        of a count told are people to apply the share to, not a group the series lacks."""
        near = words[max(at - KIN_REACH, 0) : at + 2]
        placed = _first(words[at - 1 : at], self.venue_openers) is not None  # «в Семей»: the city
        return words[at] in self.kin_counted and _first(near, self.count) is not None and not placed

    def _one_per_kin(self, words: list[str], at: int) -> bool:
        """«по семье на школьника — сколько семей?»: the pupil each family stands for, with the
        families counted, is one of those told, not a group asked of."""
        return _first(words[at - 1 : at], self.per_words) is not None and self.counts_kin(words)

    def _told(self, words: list[str], at: int) -> bool:
        """The group word at `at` is part of what the asker tells, not whom trust is asked of:
        who they are, whom they count or tell it to, who argues or claims, where it was said."""
        return (
            _causes_of(words, at)
            or self._sized(words, at)
            or self._counted_members(words, at)
            or self._kin_counted(words, at)
            or self._one_per_kin(words, at)
            or self._the_askers_own(words, at)
            or _first(words[at + 1 : at + 2], self.centre) is not None  # "from the district centre"
            or self._chat_named(words, at)  # "for our expat group"
            or _first(words[at + 1 : at + 2], self.neighbours) is not None  # "for an old neighbour"
            or _first(words[at + 1 : at + 2], self.institution) is not None  # «аудан әкімдігі»
            or self._officer_speaking(words, at)  # "young officer: what % trust us?"
            or self._holds_a_count(words, at)  # "a city of a million, at the national rate"
            or self._explained_to(words, at)
            or self._arguing(words, at)  # "the women in our block argue: 63 or 65?"
            or self._claiming(words, at)  # "students in my class said it went up 25 %"
            or self._country_asked_after(words, at)  # "…I chair the women's council…"
            or self._chat_addressed(words, at)  # "girls anyone know the trust stat?"
            or self._at_an_event(words, at)  # "at a round table in Almaty, one speaker said…"
            or self._on_a_road(words, at)  # "stopped on the Almaty–Bishkek road"
            or self._where_one_works(words, at)  # "…with the academy in Karaganda"
            # «оралдым»: "I came back", not the city of Oral
            or (words[at] in self.came_back and words[at] in self.group)
        )

    def _chat_named(self, words: list[str], at: int) -> bool:
        """The group word names a chat ("for our expat group"), not what trust is split by
        ("trust by age groups")."""
        named = _first(words[at + 1 : at + 2], self.chat_names) is not None
        return named and words[at] not in self.split_by

    def _where_one_works(self, words: list[str], at: int) -> bool:
        """A place right after a workplace and "in" ("the ministry academy in Karaganda", «в
        академии в Караганде»), or after the asker's trade and "in" ("so I'm selling phone cases
        in Aktobe"): where the asker works or studies, unless trust "here" is asked."""
        if at < 2 or words[at - 1] not in self.located_in:
            return False
        traded = _first(words[max(at - TRADE_REACH, 0) : at - 1], self.trades) is not None
        here = _first(words, self.here) or _first(words, self.there)
        return words[at - 2] in self.workplaces or (traded and here is None)

    def country_set_aside(self, words: list[str]) -> bool:
        """ "…а не по стране", "not nationally", "not for the whole country", «елде емес»: the
        country named only to be set aside, so the place beside it is what is asked."""
        named = (
            spans(words, self.nationwide)
            | spans(words, self.country_named)
            | spans(words, self.country_whole)
        )
        starts = [i for i in named if i - 1 not in named]
        ends = [i for i in named if i + 1 not in named]
        return any(self._negated_before(words, i) for i in starts) or any(
            _first(words[i + 1 : i + 2], self.negations_after) is not None for i in ends
        )

    def _negated_before(self, words: list[str], at: int) -> bool:
        """A "not" right before the word at `at`, past prepositions and articles ("not for the
        whole country", «а не по стране»)."""
        before = at - 1
        while before >= 0 and words[before] in self.set_aside_skips:
            before -= 1
        return before >= 0 and words[before] in self.negations_before

    def _place_set_aside(self, words: list[str], at: int) -> bool:
        """ "Nationally, not Almaty's", «по стране, а не по Алматы», «Алматы емес»: a place
        named only to be set aside."""
        if words[at] not in self.group:
            return False
        after = _first(words[at + 1 : at + 2], self.negations_after) is not None
        return after or self._negated_before(words, at)

    def group_asked_alone(self, words: list[str]) -> bool:
        """A group or place singled out, or named with the country set aside, anywhere in the
        message: its own figure is asked, wherever the question mark stands."""
        aside = self.country_set_aside(words)
        return any(
            self._place_asked_alone(words, i, country_aside=aside) for i in range(len(words))
        )

    def _place_asked_alone(self, words: list[str], at: int, *, country_aside: bool) -> bool:
        """ "именно в Алматы", "in Almaty specifically", «тек Алматыда», «Алматыда ғана», or any
        place once the country is set aside ("…а не по стране"): the place's own figure is
        asked, whatever else the asker tells of it."""
        if words[at] not in self.group:
            return False
        before = words[max(at - PLACE_SINGLED_REACH, 0) : at]
        singled = _first(before, self.singled_out) or _first(before, self.only_place)
        after = _first(words[at + 1 : at + 2], self.only_after)  # not «водитель, только что…»
        return country_aside or singled is not None or after is not None

    def _at_an_event(self, words: list[str], at: int) -> bool:
        """The place at `at` is where an event was held ("на круглом столе в Алматы", "at a
        conference in Astana", «Алматыда семинарда», «в Алматы на форуме»): where a claim was
        heard, not a place asked about."""
        if words[at] not in self.group:
            return False
        before = words[max(at - VENUE_BEFORE, 0) : at]
        if _first(before, self.venues) is not None:
            return True
        after = words[at + 1 : at + 1 + VENUE_AFTER]
        return any(
            w in self.venues
            and (w.endswith(self.locative_endings) or (j and after[j - 1] in self.venue_openers))
            for j, w in enumerate(after)
        )

    def _chat_addressed(self, words: list[str], at: int) -> bool:
        """The word opening the message before "anyone" or "who" ("girls anyone know…?"): the
        chat the asker turns to."""
        return at == 0 and _first(words[1:2], self.chat_asked_after) is not None

    def _subject_group(self, words: list[str]) -> str | None:
        """Whoever is said to trust, named as a part of the people ("do hairdressers trust the
        police?", «доверяют ли полиции курьеры?», «заңгерлердің қанша пайызы сенеді?», "people
        like us"): a group whatever its word, since the series holds the whole people only."""
        if not _first(words, self.trustish) or spans(words, self.nationwide):
            return None  # "my neighbours don't trust them; what's the national figure?"
        liked = spans(words, self.like_us)
        if liked:
            return words[min(liked)]
        # «доверяют ли полиции таксисты?»: a Russian subject after its verb and the police
        police = _first(words, self.police) is not None
        for i in range(len(words)):
            endings = self._subject_endings(words, i)
            if endings is None:
                continue
            before = self._subject_before(words[:i], endings)
            russian = endings == self.subject_endings_ru and police
            after = self._subject_after(words[i + 1 :]) if russian else None
            if before or after:
                return before or after
        return None

    def _subject_endings(self, words: list[str], at: int) -> tuple[str, ...] | None:
        """The plural endings of the language of the trust verb at `at`, if it is one (not
        "trust" as a noun: "over the years trust grew")."""
        word = words[at]
        if word in self.subject_verbs_ru:
            return self.subject_endings_ru
        if word in self.subject_verbs_kk:
            return self.subject_endings_kk
        noun = _first(words[at + 1 : at + 2], self.trust_noun_after) is not None
        return self.subject_endings_en if word in self.subject_verbs_en and not noun else None

    def _subject_before(self, words: list[str], endings: tuple[str, ...]) -> str | None:
        """The group word right before a trust verb, past particles and the police («курьеры
        полиции доверяют?», "do nurses really trust"), or a Kazakh genitive before a count
        («заңгерлердің қанша пайызы»)."""
        at = len(words) - 1
        while at >= 0 and self._transparent(words[at]):
            at -= 1
        counted = at
        while at >= 0 and (words[at] in self.subject_counts or self._transparent(words[at])):
            at -= 1
        if at < 0 or not self._names_a_group(words[at], endings):
            return None
        if self._after_a_preposition(words, at):
            return None  # «в Германии полиции доверяют»: where, not who
        if endings == self.subject_endings_en and not self._english_subject(words, at):
            return None
        # «жігіттер, қанша пайыз сенеді?» addresses the chat; «заңгерлердің қанша пайызы» does not,
        # nor a trade named by its «-шы» («құрылысшылар қанша пайыз сенеді?»), never an address
        shares = _first(words[at + 1 : counted + 1], self.percent_named) is not None
        named = words[at].endswith(self.genitive) or words[at].endswith(self.occupation_endings_kk)
        return words[at] if not shares or named else None

    def _after_a_preposition(self, words: list[str], at: int) -> bool:
        """A preposition right before the word at `at`, or one word before it («по данным
        нацстатистики»), unless that word is "us" («у нас таксисты доверяют?»)."""
        before = words[max(at - 2, 0) : at]
        ours = before[-1:] != [] and before[-1] in self.first_person_plural
        near = before[-1:] if ours else before
        return _first(near, self.subject_prepositions) is not None

    def _english_subject(self, words: list[str], at: int) -> bool:
        """An English plural at `at` is whoever trusts after "do", "how many", "percent of"
        (modifiers between), or opening the question ("football ultras trust the police?"), not
        after a question word or a possessive ("who measures trust", "my colleague says…")."""
        anchored = _first(words[max(at - ENGLISH_MODIFIERS, 0) : at], self.subject_anchors_en)
        opening = at <= ENGLISH_MODIFIERS - 1 and not _first(words[:at], self.subject_not_before_en)
        return anchored is not None or opening

    def _subject_after(self, words: list[str]) -> str | None:
        """The group word after a Russian trust verb, ending the question («доверяют ли полиции
        рыночные торговцы?»; not «…доверяют полиции, если считать по стране?»)."""
        rest = [w for w in words if not self._transparent(w)]
        described = len(rest) == SUBJECT_AFTER and rest[0].endswith(self.adjective_endings_ru)
        named = len(rest) == 1 or described
        if not (named and rest[-1].endswith(self.subject_endings_ru_after)):
            return None
        return rest[-1] if self._names_a_group(rest[-1], self.subject_endings_ru) else None

    def _transparent(self, word: str) -> bool:
        """A particle, an adverb or the police between whoever trusts and the verb."""
        return word in self.subject_skips or word in self.police

    def _names_a_group(self, word: str, endings: tuple[str, ...]) -> bool:
        """A plural that is not the people as a whole, the chat, the police or a count."""
        plural = word.endswith(endings) and len(word) >= MIN_GROUP_WORD
        if endings == self.subject_endings_en:
            plural = plural and word.isascii() and not word.endswith(("ss", "us", "is"))
        plural = plural or word in self.collective_groups
        known = (
            self.subject_not,
            self.trustish,  # «доверяющих больше»: those who trust
            self.people,
            self.population,
            self.person,
            self.count,
            self.percent_named,
            self.first_person_plural,
            self.home,
        )
        typo = any(
            DamerauLevenshtein.distance(word, key, score_cutoff=SUBJECT_TYPO) <= SUBJECT_TYPO
            for key in self.typo_targets
        )  # «полицыи доверяют?»: the police mistyped
        return word.isalpha() and plural and not typo and not any(word in k for k in known)

    def asks_the_old_police(self, words: list[str], *, before_reform: bool) -> bool:
        """What the police was like before the reform ("what was it like before?", «какая она
        была до реформы?», "it used to be 'punitive', does the article say so?"): the article's
        own words for it, or what it was like asked of a time before."""
        described = _first(words, self.old_police) is not None
        before = before_reform or _first(words, self.earlier) is not None
        like = spans(words, self.was_like)
        # «реформаға дейін сенім қандай болды?»: what trust was, a level before the first
        level = bool(like) and _first(words[min(like) - 1 : min(like)], self.level_nouns)
        return described or (before and bool(like) and not level)

    def old_distrust_asked(self, words: list[str], frame: Frame) -> bool:
        """Why trust was low back then ("why did people barely trust cops back in the day?",
        «почему раньше полиции не доверяли?»): the old police, closed, opaque and punitive;
        not why it grew, nor a level asked."""
        then = bool(spans(words, self.long_ago))
        denied = frame.operation in ("negated", "distrust", "complement")
        # (trust itself low or denied: "my report from last month isn't considered, why?" is
        # no trust asked)
        low = frame.trust and (_first(words, self.barely) is not None or denied)
        low = low or self._trust_denied(words)
        asked = frame.growth or frame.counted or frame.numbers or frame.share or frame.now
        return frame.cause and then and low and not asked

    def _holds_the_count(self, group: str | None) -> bool:
        """A place or the members counted is the group found beside a count of its people
        ("out of 1000 residents in our district", «в селе 400 взрослых», «ауылда 300 адам»):
        the place only holds whom the national share is applied to, no breakdown asked."""
        if group is None:
            return False
        return group == LOCAL_PLACE or group in self.places or group in self.per_members

    def names_own_place(self, words: list[str]) -> bool:
        """The asker's own place or group named ("our chat", «у нас в махалле», «ауылымызда»,
        «бизде»): a count of theirs, for which no figure of its own was measured."""
        own = _first(words, self.first_person_plural) or _first(words, self.own_group)
        mine = any(w.endswith(MY_PLACE_ENDINGS) for w in words) or self._we_counted(words)
        places = spans(words, self.local_place) or spans(words, self.home_place)
        return bool(own or mine or places or _first(words, self.places))

    @staticmethod
    def _we_counted(words: list[str]) -> bool:
        """The Kazakh "we are 200 lads" («200 жігітпіз»): a count with "we are" on its noun."""
        return any(
            w.isdecimal() and words[i + 1].endswith(WE_ARE_ENDINGS)
            for i, w in enumerate(words[:-1])
        )

    def _holds_a_count(self, words: list[str], at: int) -> bool:
        """ "If a city has a million residents, at the national rate…", «если в городе миллион
        жителей… по стране»: the place only holds people the national share is applied to."""
        if not spans(words, self.nationwide):
            return False
        after = words[at + 1 : at + 5]
        return any(
            (w.isdecimal() or w in self.millions) and self._members_named(after[j + 1 : j + 2])
            for j, w in enumerate(after)
        )

    def _country_asked_after(self, words: list[str], at: int) -> bool:
        """ "I chair the women's council; I want to tell them how many across the country trust
        the police": the group word at `at` is the asker's story, told before trust is asked of
        the whole country; nothing is set against the country ("lower than nationally?")."""
        country = spans(words, self.nationwide) | spans(words, self.country_named)
        after = [i for i in country if i > at]
        if not after:
            return False
        # "how many young people in the country trust…", «сколько молодёжи в стране
        # доверяет»: the group itself counted or said to trust, asked of the whole country
        counted = _first(words[max(at - COUNTED_REACH, 0) : at], self.count) is not None
        # ("do foreigners living in kz trust…": the group said to trust past where it lives;
        # not "…tell the women how many people across the country trust": others counted)
        trusting = self._said_to_trust(words, at)
        if counted or trusting:
            return False
        asked = words[at + 1 :]
        against = (self.than, self.comparatives, self.average, self.set_against, self.superlative)
        compared = any(_first(asked, wanted) for wanted in against)
        return _first(asked, self.measure_trust) is not None and not compared

    def _said_to_trust(self, words: list[str], at: int) -> bool:
        """A trust word soon after the group word at `at`, with no other people or count
        between them: the group itself is said to trust."""
        near = words[at + 1 : at + NEAR_TRUST + 3]
        trust_at = _index_of(near, self.trustish)
        if trust_at is None:
            return False
        between = near[:trust_at]
        return _first(between, self.count) is None and _first(between, self.people) is None

    def _officer_speaking(self, words: list[str], at: int) -> bool:
        """ "Young officer: what % trust us?": the group word at `at` describes an officer who
        asks of "us", the police, not a part of the public asked about."""
        officer = _first(words[at + 1 : at + 2], self.officers) is not None
        return officer and _first(words, self.first_person_plural) is not None

    def _arguing(self, words: list[str], at: int) -> bool:
        """The group at `at` argues over a figure («женщины в подъезде спорят: 63 или 65?»,
        "the old men at the chaikhana argue"): who disputes it, not a part of the public asked."""
        return _first(words[at + 1 : at + 1 + ARGUING_REACH], self.arguing) is not None

    def _claiming(self, words: list[str], at: int) -> bool:
        """The group at `at` said a figure ("students in my class said trust went up 25 %",
        «студенты говорят, что доверие 80 %»): who claims it, not a part of the public asked."""
        said = _first(words[at + 1 :], self.claiming)  # «…25 пайызға өсті дейді» said last
        placed = _first(words[max(at - 1, 0) : at], self.place_before) is not None
        placed = placed or words[at].endswith(self.locative_endings)
        grouped = words[at] in self.group and not placed
        return said is not None and grouped and any(w.isdecimal() for w in words[at + 1 :])

    def _explained_to(self, words: list[str], at: int) -> bool:
        """The group at `at` is whom the answer is for ("объясни для пожилого человека",
        "explain it to an elderly person", «қарттарға түсінікті етіп айт»), not a breakdown."""
        before = words[max(at - LISTENER_REACH, 0) : at]
        told_to = _first(words[max(at - 2, 0) : at], self.listener_to) is not None
        explained = told_to and _first(before, self.explain_asked) is not None
        return explained or _first(words[at + 1 : at + 2], self.plainly) is not None

    def _told_by(self, following: list[str]) -> bool:
        """ "A neighbour says…", «сосед говорит»: the word before these is who told it."""
        return any(w in self.told and w not in self.told_data for w in following)

    def _unspoken(self, words: list[str]) -> list[str]:
        """The words less those next to the deputy: "a deputy, some woman, said trust grew"
        tells who spoke, it asks no breakdown by sex; less the word before a medium ("for the
        district newspaper"): where the asker writes; and less whoever told the asker a claim."""
        near = {
            j
            for i, w in enumerate(words)
            if w in self.person
            for j in range(max(i - SPEAKER_REACH, 0), i + SPEAKER_REACH + 1)
        }
        near |= {i - 1 for i, w in enumerate(words) if i and w in self.media}
        # «мен жетпіс жастағы зейнеткермін»: what the asker is ("I am a retiree of 70")
        near |= {i for i, w in enumerate(words[:-1]) if _first_person(words[i + 1])}
        # "a taxi driver told me…", «сосед-пенсионер говорит…»: who told it, no group asked
        # «в Шымкенте, говорят, 70 %»: where it is said is the place asked about
        near |= {
            i
            for i in range(len(words))
            if self._told_by(words[i + 1 : i + 3]) and not (i == 1 and words[0] in ("в", "in"))
        }
        return [w for j, w in enumerate(words) if j not in near]

    def _inspectors_trusted(self, words: list[str]) -> str | None:
        """Trust right beside the district inspectors ("доверяют участковым", "trust district
        inspectors", «учаскелікке сенеді»): trust in them, which no figure holds apart."""
        # "доверие именно к участковым", "trust figure for inspectors specifically": further
        singled = _first(words, self.singled_out) is not None
        reach, after = (SINGLED_REACH, SINGLED_AFTER) if singled else (2, 1)
        return next(
            (
                w
                for i, w in enumerate(words)
                if w in self.inspectors
                and (
                    _first(words[max(self._name_start(words, i) - reach, 0) : i], self.trustish)
                    or _first(self._past_counts(words[i + 1 :])[:after], self.trustish)
                )
            ),
            None,
        )

    def _name_start(self, words: list[str], at: int) -> int:
        """Where the inspectors' name that ends at `at` begins ("district police inspectors")."""
        start = at
        while start and words[start - 1] in self.inspector_names:
            start -= 1
        return start

    def _past_counts(self, words: list[str]) -> list[str]:
        """The words after a count asked ("учаскелікке қанша пайыз сенеді?": what is counted)."""
        skipped = 0
        while skipped < len(words) and (
            words[skipped] in self.count or words[skipped] in self.percent
        ):
            skipped += 1
        return words[skipped:]

    def _kin_before(self, words: list[str], at: int) -> bool:
        """A relative or work just before the word at `at` ("my sister's in the patrol police",
        "my dad in Germany"): where they are, not what is asked."""
        return _first(words[max(at - KIN_REACH, 0) : at], self.kin_or_work) is not None

    def _unit(self, words: list[str]) -> str | None:
        """A police unit ("traffic police", «жол полициясы»), unless a long message only met it in
        a story and asks, later, about the police on its own with trust."""
        found = [
            i for i, w in enumerate(words) if w in self.units and not self._kin_before(words, i)
        ]
        if not found:
            return None
        later = words[found[-1] + 3 :]
        alone = any(
            w in self.police and later[j - 1 : j] != [] and later[j - 1] not in self.units
            for j, w in enumerate(later)
            if j
        )
        # "a traffic cop pulled me over for nothing… what percent trust them": who the teller met
        met = _first(words[found[-1] + 1 : found[-1] + 4], self.met_by) is not None
        # ("heard trust grew, but a road cop stopped my neighbour… what per cent?": the trust
        # named before the one met)
        trusted = _first(later, self.measure_trust) or (
            met and _first(words[: found[0]], self.measure_trust)
        )
        told = len(words) >= STORY_WORDS and (alone or met) and trusted
        return None if told else words[found[0]]

    def _survey_size(self, words: list[str]) -> bool:
        """The survey named and people counted right after the count word, with no trust verb
        and no share: "how many people took part in the poll", «қанша адамнан сұрады»."""
        people = any(
            w in self.count and any(n in self.people for n in words[i + 1 : i + 3])
            for i, w in enumerate(words)
        )
        return (
            people
            and _first(words, self.survey_nouns) is not None
            and _first(words, self.trusting) is None
            and _first(words, self.distrust_words) is None
            and _first(words, self.percent) is None
        )

    def _per(self, words: list[str], *, counted: bool, years: tuple[int, ...] = ()) -> int | None:
        """A number of people, reports or offenders asked how many of: a round one ("из 1000
        казахстанцев сколько"), or a group's size ("в классе 25 человек", "our school has 200
        students", "of 21 corruption offenders"); not a percentage ("до 100 процентов"), nor
        with a share asked in per cent ("7 коррупционеров, 1 мент — в процентах?")."""
        millions = self._millions_counted(words)
        if millions is not None:
            return millions  # "if a city has a million residents, at the national rate…"
        members = _first(words, self.people) or _first(words, self.per_members)
        heard = self.without_listener(words)
        words = self._round_in_digits(heard)
        for i, word in enumerate(words):
            following = words[i + 1 : i + 1 + MEMBER_REACH]
            if not word.isdecimal() or (following and following[0] in self.percent):
                continue
            if following and following[0] in self.time_units:
                continue  # «10 жыл такси айдаймын», "15 years on the force": a span of time
            if self._share_restated(words, i, years):
                continue  # "37% means 37 of 100 people? then out of 500?": 500 is asked
            if self._thousands_counted(words, i, counted=counted):
                return int(word) * THOUSAND  # «из 10 тысяч человек», "7,000 offenders" in words
            # "trust per 1,000?", «на 1000 человек», «1000 адамға шаққанда»: a rate asked
            rate = _first(words[max(i - 2, 0) : i], self.per_words) or _first(
                following, self.per_words
            )
            if rate and word in ROUND_NUMBERS:
                return int(word)
            if word in ROUND_NUMBERS and (_out_of(words, i) or _ablative(heard[i])):
                return int(word)  # "and how many is that out of a thousand?", «мыңнан қаншасы»
            if self._group_out_of(words, i, years):
                return int(word)  # "and out of 300 people?", «200 адамнан бұл қанша?»
            if counted and self._whole_with_its_ending(words, i, years):
                return int(word)  # «300-дің қаншасы сенер еді?»: how many of the 300
            if counted and self._possessed_count(words, i):
                return int(word)  # «жемқорлардың 700-і болса, қаншасы полицей?»: 700 of them
            share = words[i - 2 : i - 1] == ["%"] or _first(words[i - 2 : i - 1], self.percent)
            # a share of ours, quoted ("63% of 400"; not "10% of 250", nor "в процентах от 38")
            ours = i > 2 and words[i - 3].isdecimal() and int(words[i - 3]) in self.shares
            if words[i - 1 : i] in (["of"], ["из"], ["от"]) and share and ours:
                return int(word)  # "63% of 400?", «63 процента от 500»: the share, applied
            if self._share_of_count(words, i):
                return int(word)  # «300 адамның 63 пайызы»: the share, applied
            if self._one_in_seven_out_of(words, i, years):
                return int(word)  # «каждый седьмой коррупционер полицейский. из 140 сколько»
            if self._share_of_told_count(words, i, counted=counted, years=years):
                return int(word)  # "our chat has 1200 members, 63% of that?"
            trusted = self.names_trust(words) or self.denies(words)
            if counted and trusted and self._crew_sized(words, i, years):
                return int(word)  # «в бригаде 40, в 2019 сколько бы доверяли?»
            if (
                counted
                and _out_of(words, i)
                and int(word) <= GROUP_SIZE
                and not _first(following[:1], self.thousands)  # "из 800 тысяч": our reports
                and (self.names_trust(words) or self.share_quoted_in_percent(words))
                and not self._counts_ours(words)
            ):
                return int(word)  # "in 2019, out of 50, how many didn't trust?", "37%… of 900?"
            if not members:
                continue
            # "and out of 50 people?" asks how many of them with no count word
            # «мың адамнан», «8 арыздың»: out of them
            whole = bool(following) and (
                _ablative(following[0]) or following[0].endswith(self.genitive)
            )
            if not (counted or words[i - 1 : i] in (["of"], ["из"]) or whole):
                continue
            if word in ROUND_NUMBERS:
                return int(word)
            if _first([*words[i - 1 : i], *following[:1]], self.thousands):
                continue  # "800 тыс сообщений": our count in thousands, no group's size
            # "коррупционеров 700, сколько из них…": the members named before their count
            # «в доме человек 200 живёт… сколько из них»: people named before their count too
            # «коррупционеров в стране 7000… среди них»: a word or two between them
            before = words[max(i - MEMBER_REACH - 1, 0) : i]
            named_before = any(w in self.per_members or w in self.people for w in before) and bool(
                spans(words[i + 1 :], self.of_them)
            )
            counts_of = (
                _first(following, self.people)
                or _first(following, self.per_members)
                or named_before
            )
            # "suppose the survey had 2,000 respondents": any size, given to count with
            supposed = _first(words, self.supposing) is not None
            # «в селе 2000 жителей»: a count with its people right after it is no year
            sized = _group_sized(int(word)) or supposed or self._members_after(words, i, years)
            if counts_of and sized and self._shared(words):
                return int(word)
        return self._own_count_at_the_rate(words, counted=counted, years=years)

    def _own_count_at_the_rate(
        self, words: list[str], *, counted: bool, years: tuple[int, ...]
    ) -> int | None:
        """The asker's own place or group counted, with the national share, figure or
        statistics as the basis and how many of them trust asked («в нашем селе 500 человек,
        если по статистике страны, сколько доверяют?», «ауылда 300 адам, ел бойынша пайызбен
        қаншасы сенеді?», "200 of us… if the national figure holds, how many of us…", "X of
        you trust — what's X?"): that count, whatever its members are called."""
        # "сколько из них доверяют", "300 families. How many wouldn't trust?", "by your
        # numbers": the count told, or the figure named, is the basis
        told = bool(spans(words, self.of_them)) or self._people_told(words)
        told = told or _first(words, self.rate_basis) is not None
        basis = told or bool(spans(words, self.nationwide))
        # "if nationally it's 63, how many is that for us": the share quoted names trust
        quoted = any(
            w.isdecimal()
            and int(w) in self.shares
            and not _first(words[i + 1 : i + 2], self.percent)
            for i, w in enumerate(words)
        )  # not "is this 63 % nationwide? how many regions have we, 17 oblasts…"
        quoted = quoted and self._people_told(words)
        # "by the 2025 share", «по доле 2019», «2025 үлесімен»: a year's share names its level
        year_rate = any(
            w in self.rate_basis
            and {*words[max(i - 2, 0) : i], *words[i + 1 : i + 2]} & {str(year) for year in years}
            for i, w in enumerate(words)
        )
        trusted = self.names_trust(words) or self.denies(words) or quoted or year_rate
        asked = counted or _first(words, self.variables) is not None  # "X of you… what's X?"
        asked = asked or _first(words, self.apply_asked) is not None  # "apply the national share"
        # "1500 people in our aul, national share trusting?": people told, the basis named
        asked = asked or (self._people_told(words) and _first(words, self.rate_basis) is not None)
        ours = told or self.names_own_place(words)
        if not (basis and trusted and asked and ours):
            return None
        if self.percent_counted(words):
            return None  # "…скажите, сколько процентов доверяют": the share itself asked
        for i, word in enumerate(words):
            if not word.isdecimal() or int(word) in years or int(word) in self.shares:
                continue
            if self._places(words, i):
                continue  # «еду на маршрутке 42», «квартиру 47»: a route or a flat
            after = words[i + 1 : i + 2]
            if _first(after, self.thousands) and int(word) not in self.report_counts:
                return int(word) * THOUSAND  # «в районе 50 тысяч взрослых»
            if self._unit_of_count(after) or _first(after, self.foreign_units):
                continue
            us = _first(words[max(i - 1, 0) : i + 3], self.first_person_plural) is not None
            named = bool(after) and after[0].isalpha() and after[0] not in self.count
            named = named or self._members_named(words[i - 1 : i])  # «учителей 70»
            if _group_sized(int(word)) and (named or us):
                return int(word)
        return None

    def _people_told(self, words: list[str]) -> bool:
        """A number with people or members right after it ("500 people", "200-person",
        «200 адамдық»): a count of people told."""
        return any(
            w.isdecimal() and (self._members_named(words[i + 1 : i + 2]) or words[i + 1] == PERSON)
            for i, w in enumerate(words[:-1])
        )

    def count_asked_after_a_claim(self, words: list[str]) -> bool:
        """«Дедушка говорит никто не верит. а по стране сколько у нас?», «атам ешкім сенбейді
        дейді. ел бойынша бізде қанша?»: "nobody trusts" told as someone's claim, then a count
        asked with no trust word after it: the claim is no part of what is asked."""
        told = [i for i, w in enumerate(words) if w in self.quantifiers]
        trust = [i for i, w in enumerate(words) if w in self.trustish or w in self.distrust_words]
        said = _first(words, self.claiming) is not None
        asked = [i for i, w in enumerate(words) if w in self.count]
        return bool(told and trust and asked and said) and asked[-1] > trust[-1] > told[0]

    def asks_of_the_count(self, words: list[str]) -> bool:
        """A follow-up asking how many of a count told before: "of them" («сколько из них»), or
        a count asked by the national share or its figure («қазіргі пайызбен қаншасы сенеді»,
        "statistically how many trust?"), or their families counted ("how many families?")."""
        if spans(words, self.of_them) or self.counts_kin(words):
            return True
        return self.names_basis(words) and _first(words, self.count) is not None

    def names_basis(self, words: list[str]) -> bool:
        """The national share, figure or statistics named as what a count is taken by («по
        стране», «жалпы статистикамен», "by your numbers")."""
        return bool(spans(words, self.nationwide)) or _first(words, self.rate_basis) is not None

    def percent_counted(self, words: list[str]) -> bool:
        """A count word right before a per cent ("how many percent", «сколько процентов»,
        «қанша пайыз»): the share asked, not people counted."""
        return any(
            w in self.count
            and (at := _index_of(words[i + 1 : i + 3], self.percent)) is not None
            and not self._percent_denied(words, i + 1 + at)
            and not self._share_as_basis(words[i + 1 + at])
            for i, w in enumerate(words)
        )

    def _share_as_basis(self, word: str) -> bool:
        """ "By the share" («2019 үлесімен қаншасы»): the share is the basis, not what is
        asked; «қанша пайызбен» still asks a per cent."""
        return word in self.rate_basis and word not in self.percent_named

    def _percent_denied(self, words: list[str], at: int) -> bool:
        """The per cent at `at` is refused ("not in percent", «пайызбен емес», «не в
        процентах»): people asked instead."""
        near = [*words[max(at - 2, 0) : at], *words[at + 1 : at + 2]]
        return any(w in NOT_PERCENT for w in near)

    def _whole_with_its_ending(self, words: list[str], at: int, years: tuple[int, ...]) -> bool:
        """The number at `at` with its genitive or ablative ending typed apart and a count
        word right after («300-дің қаншасы», «500-ден нешеуі»): a whole asked how many of."""
        ending = words[at + 1 : at + 2]
        asked = _first(words[at + 2 : at + 3], self.count) is not None
        sized = _group_sized(int(words[at])) and int(words[at]) not in years
        return bool(ending) and ending[0] in SPLIT_WHOLE_ENDINGS and asked and sized

    def _millions_counted(self, words: list[str]) -> int | None:
        """People counted in millions that trust is applied to ("a city of a million
        residents, at the national rate", «1 миллион адамнан ше?»): that many; not the country's
        own population («из 20 млн казахстанцев», "how many million people is that?"), which
        no figure of ours counts."""
        asked = self.names_trust(words) or _first(words, self.count) is not None
        for i, word in enumerate(words):
            if word not in self.millions or _first(words[i + 1 : i + 2], self.populace_named):
                continue
            # «ал 1 миллион адамнан ше?» after a share applied: out of them
            if not (asked or _ablative(words[i + 1 : i + 2][0] if i + 1 < len(words) else "")):
                continue
            before = words[max(i - 2, 0) : i]
            if _first(before, self.count) or "many" in before:
                continue  # "how many million people is that?": the population, not given
            count = words[i - 1] if i and words[i - 1].isdecimal() else "1"
            whom = words[i + 1 : i + 2]
            if self._members_named(whom) and not self._reports_named(whom):
                return int(count) * MILLION  # not «полтора миллиона заявлений»: our reports
        return None

    def group_counted(self, words: list[str], years: tuple[int, ...]) -> int | None:
        """A group's size told with its members and a count asked of it («а в нашем чате 200
        человек, это сколько?», "my class chat has 40 parents, so that's how many?", «чатымызда
        200 адам бар, бұл қанша?»): in a follow-up to a share, the group it is applied to.
        Not our own counts («800 тысяч сообщений»), nor a year."""
        asked = _first(words, self.count) is not None  # "in a group of 500?" alone asks it
        for i, word in enumerate(words):
            if not word.isdecimal() or int(word) in years or not _group_sized(int(word)):
                continue
            if _first(words[i + 1 : i + 2], self.thousands) is not None:
                continue
            # "and for 200?", "what would that be for the 200 people in our entrance?": the
            # count the share is for, alone or with its people
            before = [w for w in words[max(i - 2, 0) : i] if w not in self.determiners]
            meant = before[-1:] in (["for"], ["для"], ["на"])
            bare = len(words) <= BARE_OUT_OF + 1 and i == len(words) - 1
            if meant and (bare or self._members_named(words[i + 1 : i + 1 + MEMBER_REACH])):
                return int(word)
            # "a group of 500", «в группе из 500»: the group named before its size
            group_of = _first(words[max(i - 2, 0) : i - 1], self.group_of) is not None
            group_of = group_of and words[i - 1 : i] in (["of"], ["из"])
            members = self._members_named(words[i + 1 : i + 1 + MEMBER_REACH])
            if group_of or (asked and (members or self._asker_counted(words, i))):
                return int(word)
        return None

    def _asker_counted(self, words: list[str], at: int) -> bool:
        """The askers themselves counted at `at` ("we're 30 in the entrance", "we are 200 in the
        chat", "there are 64 of us", «нас 30 в подъезде», «нас в чате 200», «бізде 30»): their
        group, with no people named."""
        we_are = words[max(at - 2, 0) : at] == ["we", "are"]
        # «нас в чате 200»: "we", then where, then the count
        placed = at >= WE_PLACED and _first(words[at - 2 : at - 1], self.subject_prepositions)
        we_at = at - WE_PLACED if placed else at - 1
        return (
            we_are
            or bool(_first(words[max(we_at, 0) : we_at + 1], self.we_counted))
            or words[at + 1 : at + 3] in (["of", "us"], ["из", "нас"])
        )

    def share_quoted_in_percent(self, words: list[str]) -> bool:
        """A share of ours quoted with its per cent ("63%", «63 пайызы»), not a bare 63 ("I
        got 63 out of 100 on my mock")."""
        return any(
            w.isdecimal() and int(w) in self.shares and _first(words[i + 1 : i + 2], self.percent)
            for i, w in enumerate(words)
        )

    def told_count(self, words: list[str], years: tuple[int, ...]) -> int | None:
        """A group's size told with its people right after ("400 residents came to the
        meeting", «ауылда 400 ересек адам тұрады»): whom a later "how many of them…?" is
        asked of. Not a year, nor our own counts, nor thousands ("800 тыс сообщений")."""
        for i, word in enumerate(words):
            if not word.isdecimal() or int(word) in years or not _group_sized(int(word)):
                continue
            after = words[i + 1 : i + 1 + MEMBER_REACH]
            # «800 сообщений» are our reports; "800 parents" are a group
            reports = int(word) in self.report_counts and self._reports_named(after)
            ours = int(word) in self.shares or reports
            if not ours and not _first(after, self.thousands) and self._members_named(after):
                return int(word)
            if not ours and self._crew_sized(words, i, years):
                return int(word)  # "I have a crew of 40", «бригадада 40»
            if (
                not ours
                and words[i + 1 : i + 2] == ["of"]
                and _first(words[i + 2 : i + 3], self.first_person_plural)
            ):
                return int(word)  # "there are 45 of us in the choir"
        return None

    def _crew_sized(self, words: list[str], at: int, years: tuple[int, ...]) -> bool:
        """The number at `at` is the size of a team or class named right before it ("a crew of
        40", «в бригаде 40», «бригадада 40») or of the askers ("we're 400"), not a year nor
        thousands."""
        count = int(words[at])
        if count in years or not _group_sized(count):
            return False
        if _first(words[at + 1 : at + 2], self.thousands) or _first(
            words[at + 1 : at + 2], self.percent
        ):
            return False
        before = words[max(at - 1, 0) : at]
        if before in (["of"], ["из"], ["with"]):
            before = words[max(at - 2, 0) : at - 1]
        # «нас 400 в торговом доме», "400 of us": the askers themselves are the crew
        return _first(before, self.crews) is not None or self._asker_counted(words, at)

    def then_dropped(self, words: list[str], slots: Slots) -> list[str]:
        """The words less «сонда» ("so", "then") when a year is named, a change asked, or it is
        the only word of content («сонда қанша болған?» after when measuring began): a particle
        there, and the figure is asked of the conversation's time, not of a place "there"."""
        alone = bool(slots.content) and all(w in self.then_particles for w in slots.content)
        alone = alone and _first(words, self.count) is not None  # «көмектесті ме сонда?»: no
        if not (slots.years or _first(words, self.growth) or alone):
            return words
        return [w for w in words if w not in self.then_particles]

    def members_counted_dropped(self, words: list[str]) -> list[str]:
        """The words less the members of a group counted ("100 родителей", "40 parents") and the
        name of the asker's own group they are counted in ("our 200-driver taxi fleet"): a
        class's parents counted are whom a share is applied to, not trust in one's parents."""
        named = self._own_group_named(words)
        return [w for i, w in enumerate(words) if not (self._sized(words, i) or i in named)]

    def _own_group_named(self, words: list[str]) -> set[int]:
        """The words after "our" up to a count word, when they hold a count of its members
        ("our 200-driver taxi fleet": its name, whatever its trade)."""
        named: set[int] = set()
        for i, word in enumerate(words):
            if word not in self.own_group and word not in self.first_person_plural:
                continue
            after = list(range(i + 1, min(i + 1 + OWN_NAME_REACH, len(words))))
            ends = [j for j in after if words[j] in self.count or words[j] in self.trust_words]
            name = [j for j in after if not ends or j < ends[0]]
            if any(self._sized(words, j) for j in name):
                named.update(name)
        return named

    def bare_count_out_of(self, words: list[str], years: tuple[int, ...]) -> int | None:
        """A count asked out of a bare number, nothing named of it («а из 1400 сколько?», "so
        out of 1400 how many?", «1400-ден қаншасы?»): after a share, the group that share is
        applied to. Not our own counts («из 800 тысяч», 63, 37), nor a year."""
        # "what about out of our 300?": the follow-up's opener and the asker's own add nothing
        said = [w for w in words if w not in OWN_GROUP and w not in FOLLOW_UP_OPENING]
        asked = any(w in self.count for w in words) or len(said) <= BARE_OUT_OF
        if not asked:
            return None  # "and out of 2100?" alone asks it; a longer message counts
        for i, word in enumerate(words):
            # «1400-ден қаншасы»: the Kazakh ablative ending, split off the digits
            ablative = words[i + 1 : i + 2] and words[i + 1] in ABLATIVE_ENDINGS
            if not (word.isdecimal() and (_out_of(words, i) or ablative)) or int(word) in years:
                continue
            thousands = _first(words[i + 1 : i + 2], self.thousands) is not None
            ours = int(word) in self.report_counts or int(word) in self.shares
            if not (thousands or ours):
                return int(word)
        return None

    def _possessed_count(self, words: list[str], at: int) -> bool:
        """The Kazakh "700 of the offenders": the whole in the genitive, then the count with its
        possessive ending split off («жемқорлардың 700-і», «тұрғындардың 200-інен»), a group's
        size a share is applied to, not a year."""
        ending = words[at + 1 : at + 2]
        possessed = bool(ending) and ending[0] in POSSESSIVE_ENDINGS
        # a word in the genitive, not a number's split-off ending («800-дің 500-і»: our reports)
        whole = at > 0 and words[at - 1].endswith(self.genitive)
        whole = whole and not (at > 1 and words[at - 2].isdecimal())
        ours = int(words[at]) in self.report_counts
        return possessed and whole and not ours and _group_sized(int(words[at]))

    def _share_of_count(self, words: list[str], at: int) -> bool:
        """A count in the genitive, then a share of ours of it («300 адамның 63 пайызы», «500
        адамның 37 пайызы қанша»): the Kazakh "63 % of 300", the share applied to the count."""
        whole, share, percent = [*words[at + 1 : at + 4], "", "", ""][:3]
        of_people = whole in self.people and whole.endswith(self.genitive)
        ours = share.isdecimal() and int(share) in self.shares
        return of_people and ours and (percent in self.percent)

    def _share_restated(self, words: list[str], at: int, years: tuple[int, ...]) -> bool:
        """ "Из 100 человек 37", "63 out of 100": a share of ours said back per hundred,
        when another count follows to apply it to ("…тогда из 500 сколько?")."""
        if words[at] != str(PERCENT_WHOLE):
            return False
        near = [*words[max(at - SHARE_REACH, 0) : at], *words[at + 1 : at + 1 + SHARE_REACH]]
        restated = any(w.isdecimal() and int(w) in self.shares for w in near)
        later = [int(w) for w in words[at + 1 :] if w.isdecimal()]
        return restated and any(n not in self.shares and n not in years for n in later)

    def _one_in_seven_out_of(self, words: list[str], at: int, years: tuple[int, ...]) -> bool:
        """ "One in seven out of 140", «каждый седьмой… из 140 сколько»: the one in seven of
        the corruption offenders applied to a count of them."""
        seventh = self._names(words, CORRUPTION_ONE_IN) or _first(words, self.one_in) is not None
        count = int(words[at])
        sized = _group_sized(count) and count not in years
        # «280-нен қаншасы?»: the Kazakh ablative ending, split off the digits
        ablative = at + 1 < len(words) and words[at + 1] in ABLATIVE_ENDINGS
        # "if there are 140, how many cops", «140 болса қаншасы полицей»: the police counted
        police_counted = any(
            w in self.count and _first(words[j + 1 : j + 3], self.police) is not None
            for j, w in enumerate(words)
            if j > at
        )
        out_of = _out_of(words, at) or ablative or police_counted
        # «1 из 5 или 1 из 7?», "out of 7": the fraction itself, no count
        one_in = (at > 1 and words[at - 2] == "1") or words[at] == SEVEN
        return seventh and out_of and sized and not (one_in or self.names_trust(words))

    def _share_of_told_count(
        self, words: list[str], at: int, *, counted: bool, years: tuple[int, ...]
    ) -> bool:
        """A count of people or things told, then a share of ours quoted and a count asked of
        it ("our chat has 1200 members, 63% of that?", «базарда 200 дүңгіршек бар, 63 пайызы
        қанша?», «в чате 1200 участников, если 63% доверяют, это сколько»): the share applied.
        Not a year, nor our own counts, nor a span of time."""
        count, named = int(words[at]), words[at + 1 : at + 2]
        reports = count in self.report_counts and self._reports_named(named)  # «800 сообщений»
        if count in years or count in self.shares or reports:
            return False
        things = bool(named) and named[0].isalpha() and not self._unit_of_count(named)
        later = words[at + 2 :]
        quoted = self.share_quoted_in_percent(later)
        of_it = any(
            w in SHARE_OF and _first(later[i - 1 : i], self.percent) for i, w in enumerate(later)
        )
        return things and _group_sized(count) and quoted and (counted or of_it)

    def _unit_of_count(self, named: list[str]) -> bool:
        """A word after a number that makes it no count of people or things: per cent, time,
        thousands ("63 %", "6 лет", "800 тыс")."""
        return bool(
            _first(named, self.percent)
            or _first(named, self.time_units)
            or _first(named, self.thousands)
        )

    def _group_out_of(self, words: list[str], at: int, years: tuple[int, ...] = ()) -> bool:
        """People counted out of a group of any size, its people named right after ("из 300
        человек", "out of 200 people", «200 адамнан»): what a follow-up applies the figure to."""
        after = words[at + 1 : at + 1 + MEMBER_REACH]  # "out of my 600 regular customers"
        named = self._members_named(after)
        out_of = _out_of(words, at) or (bool(after) and _ablative(after[0]))
        sized = _group_sized(int(words[at])) or self._members_after(words, at, years)
        return named and out_of and sized and not self._counts_ours(words)

    def _members_after(self, words: list[str], at: int, years: tuple[int, ...]) -> bool:
        """A count up to a hundred thousand with its people right after it ("a village of 2000
        people", «в селе 2000 жителей»): a group's size, even where it could be a year, unless
        the slots read it as one ("2025 reports of offences": that year's)."""
        count = int(words[at])
        return (
            self._members_named(words[at + 1 : at + 2])
            and count <= LARGE_GROUP
            and count not in years
        )

    def _sized(self, words: list[str], at: int) -> bool:
        """ "300 детей", "200 students", «1000 бала»: a group's members counted, whom a share
        is applied to, not a breakdown asked (an age, "60 жастағы", is no member word)."""
        return at > 0 and words[at - 1].isdecimal() and self._members_named(words[at : at + 1])

    def _counted_members(self, words: list[str], at: int) -> bool:
        """Members of a group whose size was given asked how many of ("в доме 200 квартир…
        сколько семей из наших"): whom the share is applied to, not a group (nor Semey, the
        city «Семей»); "сколько студентов доверяют?" with no size is still a breakdown."""
        after_count = at > 0 and _first(words[at - 1 : at], self.count) is not None
        sized = any(w.isdecimal() and int(w) not in PLAUSIBLE_YEARS for w in words)
        members = _first(words[at : at + 1], self.per_members) is not None
        return after_count and sized and members

    def _members_named(self, words: list[str]) -> bool:
        """People or the members of a group («жителей», "customers") among `words`."""
        return _first(words, self.people) is not None or _first(words, self.per_members) is not None

    def in_thousands_asked(self, words: list[str]) -> bool:
        """A count asked in thousands ("in thousands", «в тыс», «мыңмен»): a thousands word
        after no number."""
        return any(
            w in self.thousands and not (i and words[i - 1].isdecimal())
            for i, w in enumerate(words)
        )

    def _thousands_counted(self, words: list[str], at: int, *, counted: bool) -> bool:
        """A count in thousands of people or offenders a share of ours is applied to («из 10
        тысяч человек сколько доверяют», «жемқорлар 7 мың болса»), not our reports' own count
        ("из 800 тысяч сообщений")."""
        in_thousands = _first(words[at + 1 : at + 2], self.thousands) is not None
        if not in_thousands or int(words[at]) in self.report_counts:
            return False

        # of people or offenders: «10 тысяч человек», «коррупционеров 7 тысяч», «из 10 тысяч»,
        # not a price («коляску украли за 180 тысяч»)
        whom = words[at + 2 : at + 3]
        counts_whom = (
            _first(whom, self.people) is not None
            or _first(whom, self.per_members) is not None
            or _first(words[at - 1 : at], self.per_members) is not None
            or _out_of(words, at)
        )
        applied = (
            self.names_trust(words) or self.denies(words) or self._names(words, CORRUPTION_ONE_IN)
        )
        return counted and counts_whom and applied and not self._names(words, OFFENCE_REPORTS)

    def _round_in_digits(self, words: list[str]) -> list[str]:
        """ "Из тысячи человек", "out of a thousand", «мыңнан», «мың адамнан»: a round number in
        words that people are counted out of, as its digits ("how many thousand reports" and
        "800 тыс." count in thousands)."""
        spelled = {"1000": self.spelled_thousand, "100": self.spelled_hundred}
        after_each = {"10": self.spelled_ten, "8": self.spelled_eight}  # «из каждых восьми»
        return [
            next((digits for digits, names in spelled.items() if w in names), w)
            if any(w in names for names in spelled.values()) and self._counted_out_of(words, i)
            else next((d for d, names in after_each.items() if w in names), w)
            if (i and words[i - 1] in self.per_words)
            or _out_of(words, i)  # "out of ten", «из десяти»: counted out of them
            or self._ten_people_of(words, i)
            else w
            for i, w in enumerate(words)
        ]

    def _ten_people_of(self, words: list[str], at: int) -> bool:
        """«Он адамның нешеуі», «он адамнан»: ten people, out of whom some are counted (the
        Kazakh «он» alone is also the Russian "he")."""
        after = words[at + 1 : at + 2]
        people = bool(after) and after[0] in self.people
        # «оннан неше адам сенеді?»: out of ten, then counted
        if words[at] in self.spelled_ten and _ablative(words[at]) and after:
            return after[0] in self.count
        return (
            words[at] in self.spelled_ten
            and people
            and (_ablative(after[0]) or after[0].endswith(self.genitive))
        )

    def _counted_out_of(self, words: list[str], at: int) -> bool:
        if _word_before(words, at).isdecimal():
            return False  # "800 тыс.": our count in thousands
        after = words[at + 1 : at + 3]
        out_of = _out_of(words, at) or _ablative(words[at])
        # «мың адамның қаншасы», «мың адамға шаққанда»: of a thousand people, per a thousand
        of_them = bool(after) and (_ablative(after[0]) or after[0].endswith(self.genitive))
        # «если взять тысячу человек, сколько из них…», "take a thousand people, how many
        # trust?": people (one word may describe them: «тысячу обычных казахстанцев»), then
        # "of them" or a count word
        later = words[at + 2 :]
        people_of_them = _first(after, self.people) is not None and (
            bool(spans(later, self.of_them)) or _first(later, self.count) is not None
        )
        # "trust per thousand people?", «сколько на тысячу человек»: a rate asked of it
        rate = _word_before(words, at) in self.per_words and words[at] in self.spelled_thousand
        return (
            out_of or of_them or people_of_them or rate or _first(after, self.per_words) is not None
        )

    def _people_counted(self, after_count: list[str]) -> bool:
        """People right after a count word ("how many people", «сколько это людей»), not a share
        of them («сколько % населения»)."""
        shared = "%" in after_count or _first(after_count, self.percent) is not None
        return _first(after_count, self.people) is not None and not shared

    def _bribes_share_asked(self, words: list[str]) -> bool:
        """The bribes' share of the corruption offences («какая доля взяток среди коррупционных
        дел», «пара алу үлесі неше пайыз», "what percent of corruption cases are bribes?"): a
        breakdown by kind the source does not give; it says only that bribes and fraud are the
        most common. The bribes are named near the share asked; not the one in seven, nor trust,
        nor the share of the police who take them («сколько процентов полицейских берут взятки»,
        «полицейлердің қанша пайызы пара алады»: the police named before the bribes)."""
        if _first(words, self.one_in) or _first(words, self.measure_trust):
            return False
        shares = [i for i, w in enumerate(words) if w in self.percent]
        bribes = [i for i, w in enumerate(words) if w in self.bribes]
        if not bribes or _first(words[: bribes[0]], self.police):
            return False  # the police named before the bribes: who takes them, not what they are
        return any(
            abs(i - j) <= BRIBES_SHARE_REACH and not _first(words[i + 1 : i + 3], self.police)
            for i in shares  # «пара алушылардың неше пайызы полицейлер»: the police's share
            for j in bribes
        )

    def _bribes_counted(self, words: list[str]) -> str | None:
        """«Қанша пара алды»: bribes counted (a count word right before), not the share of the
        police who take them («полицейлердің қанша пайызы пара алады»)."""
        return next(
            (
                w
                for i, w in enumerate(words)
                if w in self.bribes and i and words[i - 1] in self.count
            ),
            None,
        )

    def _counts_ours(self, words: list[str]) -> bool:
        """The reports or the corruption offenders named (not a bare "thousand"): counts of
        ours."""
        return self._names(words, OFFENCE_REPORTS) or self._names(words, CORRUPTION_ONE_IN)

    def _names(self, words: list[str], subject: str) -> bool:
        """A word of the subject, other than a bare "thousand"."""
        return any(w in self.subjects[subject] and w not in self.thousands for w in words)

    def _shared(self, words: list[str]) -> bool:
        """A share of ours is what a group's size is asked of: trust, the reports or the one in
        seven named, and no share asked in per cent."""
        # «63% это сколько из 200 человек»: a share quoted is what is applied
        quoted = any(w.isdecimal() and words[i + 1 : i + 2] == ["%"] for i, w in enumerate(words))
        # «50 адамнан қаншасы сенбеген»: distrust names trust too
        distrust = _first(words, self.distrust_words)
        named = self.names_trust(words) or self._counts_ours(words) or quoted or distrust
        # «по тем процентам», «жалпы пайызбен»: the per cent is the basis, not what is asked
        in_percent = any(
            w in self.percent_named
            and w not in self.rate_basis
            and not (i and words[i - 1].isdecimal())
            for i, w in enumerate(words)
        )
        return bool(named) and not in_percent

    def _country(self, words: list[str]) -> str | None:
        """A country named, but not the language of the reply asked ("ответьте по-русски"), nor
        where the asker is from when Kazakhstan is what is asked about ("a student from India").
        "In Russian police" names a country's police, not a language."""
        asked_in = {
            i
            for i in spans(words, self.language_named)
            if not _first(words[i + 1 : i + 2], self.police)
        }
        home = _first(words, self.home) is not None
        if self.asker_abroad(words):
            return None  # "a journalist for a German outlet: trust in Kazakhstan's police?"
        named = spans(words, self.country_phrases)
        # "how much do people trust us police": the asker's own service, not the United States
        if any(i and words[i - 1] in self.trustish for i in named):
            named = set()
        if any(self._number_likened(words, i) for i in named):
            named = set()  # "does 911 work like in the US?": the number compared, ours asked
        if named:
            return "us"
        return next(
            (
                w
                for i, w in enumerate(words)
                if w in self.country
                and i not in asked_in
                and not (home and i and words[i - 1] in self.origin)
                # "я живу в Германии… а в Казахстане?", "my dad in Germany": where the asker or a
                # relative lives, Kazakhstan asked
                and not (home and self._home(words, i))
                and not (home and self._kin_before(words, i))
                and not (w in self.abroad and _first(words, self.homeland))
                and not self._home_asked_after(words, i)
                and not self._came_back_from(words, i)
                and not self._asker_nationality(words, i)
                and not self._number_likened(words, i)
                and not self._on_a_road(words, i)
                # "пожар в соседнем доме", "the neighbouring flat": a neighbour's home
                and _first(words[i + 1 : i + 2], self.addresses) is None
            ),
            None,
        )

    def asker_abroad(self, words: list[str]) -> bool:
        """The asker abroad or foreign, our country asked ("writing for a French daily: what
        share of Kazakhstanis trust the police?", «Қытайдағы қазақпын… сенім қанша?», "our
        diaspora in Berlin… at the KZ national rate?"): the foreign place is where the asker is,
        unless it is set against ours ("higher than in Germany?")."""
        abroad = _first(words, self.country) is not None
        ours = _first(words, self.abroad_ours) is not None
        asker = _first(words, self.abroad_asker) is not None
        return abroad and ours and asker and _first(words, self.abroad_set_against) is None

    def without_asker_abroad(self, words: list[str]) -> list[str]:
        """The words less the foreign place and the words telling who the asker is there."""
        return [w for w in words if w not in self.country and w not in self.abroad_asker]

    def without_return(self, words: list[str]) -> list[str]:
        """The words less the asker's return from abroad ("I came back from abroad", «вернулся
        из-за границы», «шетелден оралдым»): where the asker was, not what is asked."""
        back = {
            i for i, w in enumerate(words) if w in self.country and self._came_back_from(words, i)
        }
        if not back:
            return words
        return [w for i, w in enumerate(words) if i not in back and w not in self.came_back]

    def without_story_years(self, words: list[str], years: list[int]) -> list[str]:
        """The words less those of `years` told in the asker's own story: "I" right before the
        year and its preposition («я в 2023 году писала заявление»), or a year opening the
        message with "I" right after it ("in 2023 I filed a report", «в 2023 году я подавал»)
        or a Kazakh verb of "I did" soon after it («2023 жылы … арыз бердім»); what is asked is
        the general question after it, not that year. "Trust in 2022? I need…" asks the year."""
        dropped: set[int] = set()
        for i, w in enumerate(words):
            if not (w.isdecimal() and int(w) in years):
                continue
            unit = _first(words[i + 1 : i + 2], self.year_named_units) is not None
            me_first = _first(words[i - 1 : i], self.subject_prepositions) is not None and (
                self._me(words[i - 2 : i - 1])
            )
            opens = all(o in self.subject_prepositions or o in STORY_OPENERS for o in words[:i])
            me_after = self._me(words[i + 1 + unit : i + 2 + unit])
            did = any(_i_did(n) for n in words[i + 1 : i + 1 + KAZAKH_STORY_REACH])
            if me_first or (opens and (me_after or did)):
                dropped.update(range(i, i + 1 + unit))
        return [w for i, w in enumerate(words) if i not in dropped] if dropped else words

    def _me(self, words: list[str]) -> bool:
        """The asker in the first person ("I", «я»), not the Kazakh «мен» of "and"."""
        return any(w in self.first_person and w not in self.years_and for w in words)

    def without_own_comparison(self, words: list[str]) -> list[str]:
        """The words less a comparison with the asker's own data ("хочу сравнить с нашими
        данными", "to compare with our own numbers") and a "first" of the talk's order («дайте
        сначала ваши»): why and in what order the asker asks, no change over time."""
        dropped: set[int] = set()
        for i, w in enumerate(words):
            own = _first(words[i + 1 : i + 4], self.compared_own)
            if w in self.compare_verb and own is not None:
                dropped.update(range(i, words.index(own, i + 1) + 2))
        if not dropped:
            return words
        kept = [w for i, w in enumerate(words) if i not in dropped]
        return [
            w
            for i, w in enumerate(kept)
            if not (w in self.talk_first and _first(kept[max(i - 1, 0) : i + 2], self.give))
        ]

    def _asker_nationality(self, words: list[str], at: int) -> bool:
        """ "I'm an American trainer in Karaganda": a nationality between "I'm a" and what the
        asker is, or a place after what the asker is ("a student in Berlin"), no comparison
        made: who asks or where, not the country asked about."""
        said = at > 0 and words[at - 1] in self.asker_is
        person = words[at + 1 : at + 2] and words[at + 1] in self.asker_nouns
        # "a Kazakh student in Berlin": where the asker is
        placed = at > 1 and words[at - 1] in self.located_in and words[at - 2] in self.asker_nouns
        told = bool(said and person) or placed
        return told and _first(words, self.abroad_set_against) is None

    def _number_likened(self, words: list[str], at: int) -> bool:
        """ "Is there a single number like 112 in Europe?", «911 как в Штатах работает?»: a
        number to call asked, another country's only as a likeness, and no trust asked."""
        near = words[max(at - LIKENESS_REACH, 0) : at + LIKENESS_REACH]
        likened = _first(near, self.likeness) is not None
        called = _first(words, self.calling) is not None
        return likened and called and _first(words, self.trustish) is None

    def foreign_number_works(self, words: list[str], frame: Frame) -> bool:
        """ "Does 911 work here like in the States?", «911 мұнда істей ме?»: another country's
        emergency number asked whether it works, no trust asked: our numbers, 102 and 112."""
        quoted = {str(n) for n in frame.numbers}
        foreign = bool(quoted) and quoted <= self.foreign_numbers.exact
        works = _first(words, self.number_works) is not None
        return foreign and works and not (frame.trust or frame.counted or frame.years)

    def _came_back_from(self, words: list[str], at: int) -> bool:
        """ "I came back from Russia", «Ресейден қайтып келдім», «вернулся из России»: where the
        asker came from, not the country asked about."""
        after = _first(words[at + 1 : at + 3], self.came_back) is not None
        before = _first(words[max(at - 3, 0) : at], self.came_back) is not None
        origin = at > 0 and words[at - 1] in self.origin
        # "returnees from abroad": a group named by where its people came from
        returnees = origin and at > 1 and words[at - 2] in self.group
        # "I'm back in Kazakhstan after 8 years in Dubai": the stay abroad, then the return
        stayed = at > 1 and words[at - 1] in self.stayed_in and words[at - 2] in self.time_units
        returned = stayed and _first(words[:at], self.came_back) is not None
        return (_ablative(words[at]) and after) or (origin and (before or returnees)) or returned

    def _on_a_road(self, words: list[str], at: int) -> bool:
        """ "Stopped on the Almaty–Bishkek road", «на трассе Алматы-Бишкек», "the road to
        Bishkek from Almaty": the road between two cities, where a story happened, not a place
        or a country asked about."""
        near = words[max(at - ROAD_REACH, 0) : at + ROAD_REACH + 1]
        others = [w for w in near if w != words[at]]
        city = _first(others, self.group) or _first(others, self.country)
        return city is not None and _first(near, self.road) is not None

    def _task(self, words: list[str], *, counted: bool) -> bool:
        """A task done at the police ("how do I file a police report online"), with no trust
        word and not asked of the bot ("can you file a report for me": the help), nor beside a
        figure asked («арыз беру керек пе, көбі қаралмайды дейді, қанша пайызы?»)."""
        return (
            bool(spans(words, self.tasks))
            and not _first(words, self.measure_trust)
            and not _first(words, self.tasks_unless)
            and not (counted or _first(words, self.percent))
        )

    def _offtopic(self, words: list[str]) -> bool:
        """Homework: "реши 2x+5=11", "solve the equation", "x+3=7" (a variable beside a
        number), but not "2x more trust" (trust named) or "doubled — 1.5x?" (a multiple)."""
        if _first(words, self.offtopic) or spans(words, self.speed_units):
            return True
        ours = self.names_our_subject(words)
        solved = any(
            w in self.task_nouns and words[i + 1] in self.task_solved
            for i, w in enumerate(words[:-1])
        )
        if solved and not ours:
            return True  # «есеп шығаруға көмектес»: a task to solve, of nothing of ours
        # "write my history essay on Abylai Khan", «Абылай хан туралы шығарма»: an essay on
        # another subject (not "so almost double? can I write that in my essay?")
        written = any(
            w in self.written_work and _first(words[max(i - 3, 0) : i + 4], self.written_about)
            for i, w in enumerate(words)
        )
        if written and not ours:
            return True
        if self._writing_asked(words) and not ours:
            return True  # "can you write my intro for an economics paper", «напиши мне эссе»
        # «написали» names no article, «сені» (you) no trust
        unmade = [w for w in words if w not in self.made_verbs and w not in self.bot_words]
        if self._bot_itself_asked(words) and not self.names_our_subject(unmade):
            return True  # "are you ChatGPT?", «на каком языке тебя написали?»
        # «ақшаңызды аударыңыз»: money transferred, not a text translated (both «аудару»)
        translated = not (_first(words, self.into_percent) or _first(words, self.money))
        if _first(words, self.translate) and translated:
            return True
        if spans(words, self.saying_asked) and spans(words, self.language_named):
            return True  # "how do you say 'thank you' in Kazakh?"
        if _first(words, self.measure_trust) or _first(words, self.multiplied):
            return False
        if _first(words, self.growth):
            return False  # "1.5x growth, or nearly 2x?": a multiple of the growth
        if self._multiples_of_ours(words):
            return False  # "38 to 63 — 1.5x or 2x?": a multiple between two shares of ours
        return any(
            w in self.variables and any(n.isdigit() for n in words[max(i - 1, 0) : i + 2])
            for i, w in enumerate(words)
        )

    def _bot_itself_asked(self, words: list[str]) -> bool:
        """What the bot runs on or who made it ("are you ChatGPT?", «бот а ты на чём написан?»,
        "who built you?", «сені кім жасады?»): a question about the bot, not about our subject
        (what it can do is the help)."""
        if _first(words, self.ai_names) is not None:
            return True
        return any(
            w in self.made_verbs
            and _first(words[max(i - BOT_MADE_REACH, 0) : i + BOT_MADE_REACH + 1], self.bot_words)
            for i, w in enumerate(words)
        )

    def _writing_asked(self, words: list[str]) -> bool:
        """A piece of writing asked for ("write my intro for a paper", «напиши мне эссе»), not
        something to write in one ("can I write that in my essay?")."""
        for i, w in enumerate(words):
            after = words[i + 1 : i + WRITTEN_REACH + 1]
            piece = _index_of(after, self.written_pieces)
            piece = _index_of(after, self.written_work) if piece is None else piece
            if w in self.write_asked and piece is not None:
                return _first(after[:piece], self.written_not_between) is None
        return False

    def _multiples_of_ours(self, words: list[str]) -> bool:
        """Two shares of ours with every "x" said after a number ("38 to 63 — 1.5x or 2x?"), not
        an equation's unknown ("x + 38 = 63")."""
        ours = {w for w in words if w.isdecimal() and int(w) in self.shares}
        multiples = all(
            i and words[i - 1].replace(".", "", 1).replace(",", "", 1).isdigit()
            for i, w in enumerate(words)
            if w in self.variables
        )
        return len(ours) > 1 and multiples

    def _name_itself(self, words: list[str]) -> bool:
        """ "What does the name Snezhanna mean?" asks about a name, not about the deputy."""
        return bool(
            _first(words, self.person)
            and _first(words, self.name_words)
            and _first(words, self.name_sense)
        )

    def _culprit(self, words: list[str]) -> bool:
        """ "Who killed Denis Ten?" names the reform's trigger but asks for a person."""
        asked = _first(words, self.culprit_asked) and _first(words, self.culprit)
        return bool(asked) and not _first(words, self.measure_trust)

    def _one_in_of_others(self, words: list[str]) -> bool:
        """ "1 in 7 children live in poverty", «каждый седьмой курильщик», «әр жетінші оқушы»:
        the one in N said of another subject, beside it, the offenders not named. Plain
        arithmetic of theirs, not our one in seven of the corruption offenders."""
        offenders = self.subjects[CORRUPTION_ONE_IN]
        if any(w in offenders and w not in self.one_in for w in words):
            return False
        marks = [
            i
            for i, w in enumerate(words)
            if w in self.one_in or (w == SEVEN and _one_in_seven(words))
        ]
        return any(
            _first(words[max(i - ONE_IN_REACH, 0) : i + ONE_IN_REACH + 1], self.one_in_others)
            for i in marks
        )

    def _every_which(self, words: list[str]) -> bool:
        """ "Every how-manyth" («әр нешінші», «каждый какой по счёту»): the one-in-seven share
        asked by its ordinal; or told by its ordinal in digits («каждый 7й», "every 7th"), not a
        span of time ("every 7 years")."""
        return any(
            w in self.every
            and words[i + 1 : i + 2]
            and (
                words[i + 1] in self.ordinal_asked
                or (words[i + 1] == SEVEN and not _first(words[i + 2 : i + 3], self.time_units))
            )
            for i, w in enumerate(words)
        )

    def years_listed(self, words: list[str]) -> bool:
        """ "In 2025 and in 2022": two years joined by "and", not "before 2019, in 2018"."""
        at = [i for i, w in enumerate(words) if w.isdecimal() and len(w) == len("2019")]
        return any(_first(words[i + 1 : j], self.years_and) for i, j in pairwise(at))

    def poll_to_make(self, words: list[str]) -> bool:
        """How to make a poll ("как сделать опрос в чате?", "how do I make a poll?", «топта
        сауалнаманы қалай ашамын?»): the bot's /poll command. Outside a chat, not how one was
        made ("how was the survey run?": its method); a poll run and told of («в чате был
        опрос, а по стране?») asks the figures."""
        in_chat = _first(words, self.chat_names) or _first(words, self.poll_places)
        told = _first(words, self.past) or _first(words, self.auxiliaries)
        asked = (self.poll_nouns, self.poll_made, self.poll_how)
        return bool(in_chat or not told) and all(_first(words, kind) is not None for kind in asked)

    def within_a_year(self, words: list[str]) -> set[int]:
        """Positions of the words asking a breakdown within a year ("по месяцам", «ай сайын»,
        "monthly trust figures", "change monthly?"; not "the weekly digest")."""
        cut = (self.trustish, self.measure_trust, self.figure_words, self.told_data)
        said = {
            i
            for i, w in enumerate(words)
            if w in self.within_year_words
            and (
                i == len(words) - 1
                or any(_first(words[i + 1 : i + 2], kind) for kind in (*cut, self.within_year_cut))
            )
        }
        return spans(words, self.within_year) | said

    def cuts_within_a_year(self, words: list[str], of: tuple[WordSet, ...]) -> bool:
        """A breakdown within a year beside a word of what it cuts ("weekly trust numbers",
        «ай сайын сенім»; not "we meet every month at the club; what share trusts…")."""
        near = (
            words[max(i - WITHIN_BEFORE, 0) : i + WITHIN_AFTER + 1]
            for i in self.within_a_year(words)
        )
        return any(_first(beside, kind) for beside in near for kind in of)

    def yearly_average(self, words: list[str]) -> bool:
        """ "On average, how many points a year?", «в среднем в год», «орта есеппен жылына»."""
        in_one = bool(spans(words, self.yearly_average_words))
        return in_one or (bool(spans(words, self.on_average)) and bool(spans(words, self.per_year)))

    def _fraction_asked(self, words: list[str]) -> bool:
        """ "As a decimal", «в виде дроби»; not a precision ("to two decimals")."""
        return any(
            w in self.fraction_asked
            and not (i and (words[i - 1].isdecimal() or words[i - 1] in self.number_words))
            for i, w in enumerate(words)
        )

    def seventh_officer_claimed(self, words: list[str]) -> bool:
        """ "A neighbour says every seventh cop takes bribes — is that what the article says?":
        the one in seven told of the police, with no share or count asked of it."""
        offenders = self.subjects["corruption_police_one_in"]
        # a share asked ("what percent of the police?"), not one told ("that's 14 % of them")
        percent_asked = any(
            w in self.percent and not (i and words[i - 1].isdecimal()) for i, w in enumerate(words)
        )
        asked = percent_asked or _first(words, self.count) or _first(words, self.among)
        return not asked and self._seventh_of_police(words, offenders)

    def police_counted(self, words: list[str]) -> bool:
        """ "Of 300 officers, how many take bribes?", «300 полицейдің қаншасы»: the count is of
        the police, and one in seven is of the offenders, so it cannot be applied to it."""
        return any(
            w.isdecimal() and _first(words[i + 1 : i + 2], self.police) is not None
            for i, w in enumerate(words)
        )

    def _seventh_of_police(self, words: list[str], offenders: WordSet) -> bool:
        """ "Каждый седьмой полицейский коррупционер", "every seventh police officer is
        corrupt", «әр жетінші полицей жемқор»: the ordinal names the police, and corruption is
        said of them right after it, not named as a whole in the genitive («жемқорлардың»).
        Seven said as a count («жеті полицейдің біреуі», "1 из 7 полицейских") names them too,
        and so does the Kazakh possessor before it («полицейлердің (әрбір) жетіншісі», «жетіден
        бірі»). The series has every seventh offender, not every seventh officer; the offenders
        named as the whole after "of" («каждый седьмой полицейский из коррупционеров», "every
        seventh cop of the corruption offenders") are that figure, read the right way round."""
        for i, w in enumerate(words):
            if not (w in self.one_in or w == SEVEN or w in self.seven):
                continue
            after = _first(words[i + 1 : i + 2], self.police) is not None
            if not (after or self._police_possessor(words, i)):
                continue
            start = i + 2 if after else i + 1
            said = range(start, min(start + 4, len(words)))
            if any(self._said_of_police(words, at, offenders) for at in said):
                return True
        return False

    def _said_of_police(self, words: list[str], at: int, offenders: WordSet) -> bool:
        """An offender word at `at` said of the police, not their whole: no genitive, no "of"
        or "among" in the two words before it."""
        word = words[at]
        if word not in offenders or word in self.one_in or word.endswith(self.genitive):
            return False
        before = words[max(at - 2, 0) : at]
        return not (_first(before, self.of_words) or _first(before, self.among))

    def _police_possessor(self, words: list[str], at: int) -> bool:
        """The police right before the ordinal at `at`, an "every" word between at most
        («полицейлердің әрбір жетіншісі»): in Kazakh, whose seventh it is."""
        start = at - 1 if words[at - 1 : at] and words[at - 1] in self.every else at
        return start > 0 and words[start - 1] in self.police

    def _whole(self, words: list[str]) -> str | None:
        """The whole of a share: "police" for "процент полицейских", "percent of police" (the
        whole follows the share word), Kazakh "полицейлердің қанша пайызы" (it precedes it);
        "offenders" for a Kazakh genitive of others («пара алушылардың неше пайызы
        полицейлер»). "Доля полицейских среди коррупционеров", "жемқорлардың қанша пайызы
        полицей" name the offenders as the whole too."""
        offenders = self.subjects["corruption_police_one_in"]
        if self._seventh_of_police(words, offenders):
            return "police"
        if self._among_offenders(words, offenders):
            return "offenders"  # "what share are police among corruption offenders?"
        if self._police_counted_in_percent(words, offenders):
            return "police"
        if _first(words, self.among) or _first(words, self.one_in) or _one_in_seven(words):
            return None
        for i, word in enumerate(words):
            if word not in self.percent:
                continue
            # Kazakh names the whole in the genitive: «жасағандардың неше пайызы полицейлер»
            genitive = [w for w in words[max(i - 2, 0) : i] if w.endswith(self.genitive)]
            if genitive and genitive[-1] in self.report_parts:
                return None  # «қаралғандардың пайызы»: the reports considered, no one's share
            if genitive:
                return "police" if genitive[-1] in self.police else "offenders"
            following = words[i + 1 : i + 4]
            # the first whole named after "of": "of corruption offenders", not «всей полиции —
            # взяточники» (the police is the whole, the bribe-takers what is said of it)
            whole = [w for w in following if w in self.police or w in offenders][:1]
            if following[:1] and following[0] in self.of_words and whole and whole[0] in offenders:
                return "offenders"  # "the police share of corruption offenders"
            before = [w for w in words[max(i - 2, 0) : i] if w in self.police or w in offenders]
            if before:
                return "police" if before[-1] in self.police else None
            # "14 % of the whole police": past the words of "of"
            after = [w for w in words[i + 1 : i + 5] if w not in self.of_words][:1]
            return "police" if any(w in self.police for w in after) else None
        return None

    def _police_share_told(self, words: list[str]) -> bool:
        """A per cent told of the police themselves («значит 14% полицейских берут?», "so 14%
        of officers take bribes?"), not of others named before it."""
        offenders = self.subjects["corruption_police_one_in"]
        for i, word in enumerate(words):
            of_others = i > 1 and words[i - 2] in offenders  # «жемқорлардың 14 пайызы»
            told = i > 0 and words[i - 1].isdecimal() and word in self.percent and not of_others
            after = [w for w in words[i + 1 : i + 3] if w not in self.of_words][:1]
            if told and after and after[0] in self.police:
                return True
        return False

    def _police_counted_in_percent(self, words: list[str], offenders: WordSet) -> bool:
        """The police counted in per cent, corruption or the one in seven named: "how many cops
        are corrupt, in percent?", «сколько ментов продажных в процентах», or a per cent told of
        the police themselves («1 из 7 значит 14% полицейских берут?»): the share *of* the
        police, which the data lack."""
        if _first(words, self.percent) is None:
            return False
        if _first(words, offenders) is None and not _one_in_seven(words):
            return False
        for i, word in enumerate(words):
            # "how many cops", not «қанша пайызы полицей» (a per cent before the police is
            # the share *among* someone, of the genitive before it)
            following = words[i + 1 : i + 3]
            counted = _first(following, self.police) is not None
            if word in self.count and counted and _first(following, self.percent) is None:
                return True
        # "14 % of the police", not «жемқорлардың 14 пайызы полицейлер» (of the offenders)
        return self._police_share_told(words)

    def _among_offenders(self, words: list[str], offenders: WordSet) -> bool:
        """The offenders named as a whole ("среди коррупционеров", «жемқорлардың ішінде»,
        "из всех, кто совершил коррупционные…"), a share asked: the police's share of them."""
        if _first(words, self.percent) is None:
            return False
        return any(
            (
                w in self.among
                and _first([*words[max(i - 2, 0) : i], *words[i + 1 : i + 3]], offenders)
            )
            or (
                w in self.all_of
                and words[i - 1 : i] in (["из"], ["of"])
                and _first(words[i + 1 : i + 6], offenders)
            )
            for i, w in enumerate(words)
        )

    def _institution(self, words: list[str]) -> str | None:
        if _first(words, self.institution_unless) or self._cites_a_source(words):
            return None
        trust = _first(words, self.measure_trust) is not None
        if not trust and _first(words, self.institution_unless_untrusted):
            return None  # "is the growth 25 percent? my teacher says…"
        # "I was at the public service centre today… how many trust the police?": a place in
        # the story, when the police's trust is what is asked
        visited = trust and _first(words, self.police) is not None
        # "for a school project…": the school is whose project it is, unless trust is asked of
        # it right there («баяндамаға: прокуратураға сенім қандай?»)
        for_a_purpose = _first(words, self.institution_purpose) is not None
        # "…my teacher says 40": one who tells a figure (a word of saying next), not one trusted
        return next(
            (
                w
                for i, w in enumerate(words)
                if w in self.institution
                and not (for_a_purpose and self._purpose_of(words, i))
                and not any(t in self.told for t in words[i + 1 : i + 2])
                # «Мұғалім сенім 63 пайызға өсті деді»: the teller opens, the saying ends
                and not (i == 0 and self._told_by(words[i + 1 :]))
                and not (visited and _first(words[max(i - 2, 0) : i], self.place_at))
                and not (trust and self._workplace(words, i))
                # «мектепте 1000 бала»: where a group counted is, trust being asked of them
                and not (trust and self._place_of_a_group(words, i))
                # «учителей 70», «70 мұғалім»: the members counted, not the school
                and not (trust and self._members_counted_at(words, i))
                # «мұғаліммін»: what the asker is ("I am a teacher"), trust being asked
                and not (trust and w.endswith(FIRST_PERSON_ENDINGS))
            ),
            None,
        )

    def without_group_places(self, words: list[str]) -> list[str]:
        """The words less an institution that only holds a group counted («мектепте 1000 бала»):
        no scope rule refuses trust applied to those people."""
        # "25 parents in our class WhatsApp": the chat holds the people counted
        chat = self._people_told(words)
        return [
            w
            for i, w in enumerate(words)
            if not (
                w in self.institution
                and (self._place_of_a_group(words, i) or self._members_counted_at(words, i))
            )
            and not (chat and (w in self.messengers or w in self.chat_apps))
        ]

    def _place_of_a_group(self, words: list[str], at: int) -> bool:
        """The institution at `at` holds the group counted right after it ("в школе 400 детей",
        «мектепте 1000 бала») or the askers counted right before it: where the people a share is
        applied to are."""
        after = words[at + 1 : at + 4]
        if after[:1] in (["of"], ["with"], ["из"], ["на"]):  # "a school of 700 pupils"
            after = after[1:]
        if self._members_named(after[:1]) and after[1:2] and after[1].isdecimal():
            return True  # «в школе учителей 70»: the members named before their count
        start = max(at - ASKERS_REACH, 0)
        if any(
            w.isdecimal() and self._asker_counted(words, i)
            for i, w in enumerate(words[start:at], start)
        ):
            return True  # "400 of us in the trade center", «нас 400 в торговом центре»
        return bool(after) and after[0].isdecimal() and self._members_named(after[1:2])

    def _members_counted_at(self, words: list[str], at: int) -> bool:
        """The word at `at` is the members of a group with their count beside it («учителей
        70», «70 мұғалім», "70 teachers"): whom a share is applied to, not a group's own
        figure or an institution trusted."""
        beside = [*words[max(at - 1, 0) : at], *words[at + 1 : at + 2]]
        return self._members_named(words[at : at + 1]) and any(w.isdecimal() for w in beside)

    def _month_measured(self, words: list[str]) -> bool:
        """The month of a measurement or survey ("in which month of 2025 was it measured?",
        «өлшеу қай айында болды?»): how it was run, which the article does not say."""
        run = _first(words, self.measurement) or _first(words, self.survey)
        return bool(run and spans(words, self.month_asked))

    def _purpose_of(self, words: list[str], at: int) -> bool:
        """The institution at `at` is whose project it is ("school project"), or trust is not
        asked right beside it ("trust in the courts", «сотқа сенім»)."""
        if _first(words[max(at - 1, 0) : at + 2], self.institution_purpose):
            return True
        near = words[max(at - TRUSTED_REACH, 0) : at + TRUSTED_REACH + 1]
        return _first(near, self.measure_trust) is None

    def _workplace(self, words: list[str], at: int) -> bool:
        """The institution at `at` is where the asker works or writes from."""
        before = words[max(at - WORKPLACE_REACH, 0) : at]
        after = words[at + 1 : at + WORKPLACE_AFTER + 1]
        return bool(_first(before, self.workplace) or _first(after, self.workplace_after))

    def clock_compared_between(self, words: list[str]) -> bool:
        """ "Are Aktau and Almaty on the same time?": the time zone, asked of places."""
        return bool(_first(words, self.clock) and _first(words, self.clock_compared))

    def breakdown_named(self, words: list[str]) -> bool:
        """A group named as a breakdown: «шымкент бойынша», «по Шымкенту», "for Shymkent"."""
        return any(
            w in self.group
            and (
                _first(words[i + 1 : i + 2], self.breakdown_after) is not None
                or _first(words[max(i - 1, 0) : i], self.breakdown_before) is not None
            )
            for i, w in enumerate(words)
        )

    def _her_detail(self, words: list[str]) -> bool:
        """A phrase of her details ("her family"), unless its "her" is someone named before
        ("my wife is Kazakh and her family…")."""
        theirs = [
            "" if w in self.pronouns and self._named_before(words, i) else w
            for i, w in enumerate(words)
        ]
        return bool(spans(theirs, self.detail))

    def _detail_word(self, words: list[str], *, police: bool) -> bool:
        """A word of her details ("party", «партия»), she named or the police not: "the guys
        upstairs party till 3am… who trusts the police?" is no question about her party."""
        person = _first(words, self.person) is not None
        named = person or not police
        her = person or _first(words, self.pronouns) or _first(words, self.kazakh_pronouns)
        star_sign = bool(her) and _first(words, self.star_sign) is not None
        return star_sign or (named and _first(words, self.detail_words) is not None)

    def her_contacts(self, words: list[str]) -> bool:
        """Her phone, email or office asked, she named or meant next to it ("а телефон у нее
        какой?"), not an inspector's phone in a story before a question about her: one that
        goes unanswered or is written out («нөмірі 8 777…»), nor whose they are ("контакты
        участкового", "my district officer's contacts")."""
        return any(
            w in self.contacts
            and not any(
                n.isdecimal() or n in self.contacts_unanswered or n in self.inspectors
                for n in words[i + 1 : i + 2]
            )
            and not _first(words[max(i - 2, 0) : i], self.inspectors)
            and _first(words[max(i - HER_REACH, 0) : i + HER_REACH + 1], self.person)
            for i, w in enumerate(words)
        )

    def without_acceptable(self, words: list[str]) -> list[str]:
        """The words less "fine" said of the asker's wish ("a bullet list is fine")."""
        return [w for i, w in enumerate(words) if not self._acceptable_at(words, i)]

    def _acceptable_at(self, words: list[str], at: int) -> bool:
        return at > 0 and words[at] in self.acceptable and words[at - 1] in self.acceptable_after

    def _other_figures(self, words: list[str]) -> bool:
        """ "apart from 63, what other numbers does she give?", «какие ещё цифры там есть?»:
        the figures besides one, which are all of them."""
        return any(
            w in self.figures_plural and _first(words[max(i - BESIDES_SPAN, 0) : i], self.besides)
            for i, w in enumerate(words)
        )

    def _all_named(self, words: list[str]) -> bool:
        """ "All", not as the whole of a share ("% из всех коррупционеров"; "a table of all
        figures" still asks every figure)."""
        return any(
            w in self.all_of
            and (
                words[i - 1 : i] not in (["из"], ["of"])
                or _first(words[i + 1 : i + 3], self.figures_all) is not None
            )
            for i, w in enumerate(words)
        )

    def _reopened(self, words: list[str]) -> bool:
        """Reports looked at again ("reopened", «потом всё-таки рассмотрели»)."""
        return _first(words, self.reopened) is not None or bool(spans(words, self.reopened_later))

    def _crimes_counted(self, words: list[str], *, counted: bool) -> bool:
        """Crimes counted as a part of something ("how many of the 800k were crimes?"), the
        reports not named as what is counted."""
        crimes = _first(words, self.crimes) is not None and _first(words, self.crimes_of)
        return counted and bool(crimes) and _first(words, self.report_nouns) is None

    def _kind_counted(self, words: list[str]) -> bool:
        """A kind of offence after the count word ("how many … were thefts?", «қаншасы
        алаяқтық»), not told before it («заявление о краже… сколько таких?») nor beside trust
        counted ("how many trust the police, after that theft")."""
        at = next((i for i, w in enumerate(words) if w in self.count), None)
        kind = at is not None and _first(words[at + 1 :], self.offence_kinds) is not None
        kind = kind or self._kind_beside_its_count(words)
        return kind and _first(words, self.measure_trust) is None  # not "how many trust… theft"

    def _kind_beside_its_count(self, words: list[str]) -> bool:
        """A kind of offence against property right beside the count or share asked
        («алаяқтық жалпы қанша болды», "what % of theft reports", «ұрлық туралы арыздардың неше
        пайызы»), no bribes named: that kind is counted, which no figure of ours holds. Not one
        told in a story before the question («заявление о краже… сколько таких?»)."""
        if _first(words, self.bribes):
            return False  # «взятки, мошенничество, коррупция… сколько полицейских?»
        asked = [i for i, w in enumerate(words) if w in self.count or w in self.percent or w == "%"]
        return any(
            abs(i - at) <= KIND_REACH
            for i, w in enumerate(words)
            if w in self.kinds_apart
            for at in asked
        )

    def _complaints_of_police(self, words: list[str]) -> bool:
        """Complaints *about* the police or its officers ("complaints filed against district
        officers", «жалоб на действия участковых», «учаскелікке қанша шағым»), not the reports
        of offences ("how many complaints were not considered?") nor complaints to the police."""
        for i, w in enumerate(words):
            if w not in self.complaint_nouns:
                continue
            after = words[i + 1 : i + 1 + COMPLAINT_REACH]
            at = next((j for j, v in enumerate(after) if v in self.complaint_against), None)
            whom = [] if at is None else after[at + 1 :]
            if _first(whom, self.complained_of) and not _first(whom, self.against_person):
                return True
            before = words[max(i - COMPLAINT_REACH, 0) : i]
            about = any(
                v in self.complained_of and _first(before[j + 1 : j + 2], self.complaint_kk_about)
                for j, v in enumerate(before)
            )
            if about or _first(before, self.complained_kk):
                return True
        return False

    def _reports_named(self, words: list[str]) -> bool:
        """The reports named, in words or by their count (800 / 500 thousand)."""
        return _first(words, self.subjects["offence_reports"]) is not None or any(
            w.isdecimal() and int(w) in self.report_counts for w in words
        )

    def _measure(
        self, words: list[str], *, police: bool, counted: bool, per: int | None, indexed: bool
    ) -> str | None:
        """A named measure, or "how many police" with nothing else asked of them."""
        if per and _first(words, self.supposing):
            return None  # "suppose 2,000 were asked: at 63 %, how many?": a count to apply to
        if spans(words, self.frequency):
            return "frequency"  # "сколько раз в год замеряют доверие": no schedule is given
        trusted = _first(words, self.trustish) is not None
        if not trusted and self._workload(words, counted):
            return "workload"  # "how many cases per district inspector?": no such figure
        if counted and not trusted and self._officers_dismissed(words):
            return "dismissals"  # "how many officers were dismissed for corruption?"
        # "из 100 сообщений сколько полиция не рассмотрела": the reports, not police per people;
        # «каждый седьмой — полицейский, всего 700 правонарушителей»: the one in seven applied
        ours = self._counts_ours(words) or _first(words, self.one_in) is not None
        if police and counted and not trusted and per and not ours:
            return "headcount"  # "100 мың адамға қанша полицей": police per people
        if spans(words, self.method) or self._month_measured(words):
            return "method"  # "how was the question worded?", "in which month was it measured?"
        if spans(words, self.legal):
            return "legal"  # "how many days by law to consider a theft report?"
        if counted and self._reopened(words) and self._reports_named(words):
            return "reopened"  # "how many of the 500k were reopened later?"
        share_asked = _first(words, self.percent) is not None or "%" in words
        if (counted or share_asked) and self._kind_counted(words):
            # "how many of the 500k unconsidered were fraud?": no breakdown of the reports by
            # kind; "how many phone scams a year?": a crime count
            return "kinds" if self._reports_named(words) else CRIMES
        # "what percent of respondents said they trust?": the trust level, not the sample
        share_trusted = trusted and any(
            w in self.percent and not (i > 0 and words[i - 1].isdigit())
            for i, w in enumerate(words)
        )
        if _first(words, self.survey) and counted and not per and not share_trusted:
            return "survey"  # "how many respondents?" (not "of 300 respondents, how many…")
        counted_cases = _first(words, self.cases) or self._bribes_counted(words)
        # "every seventh officer takes bribes? what percent…": the one in seven, not a count
        one_in = _first(words, self.one_in) is not None or bool(spans(words, self.one_in_asked))
        # "if 70 people got caught for corruption, how many would be police?": the one in seven
        # applied to a count of offenders
        applied = per is not None and self._names(words, CORRUPTION_ONE_IN)
        if counted_cases and counted and not one_in and not applied:
            return counted_cases
        if counted and (self._survey_size(words) or spans(words, self.survey_asked)):
            return "survey"
        ranking = _first(words, self.ranking) or (RANK if spans(words, self.place_asked) else None)
        trust = _first(words, self.measure_trust) is not None
        # "rank the reasons for distrust, which matters most?": the reasons put in order
        reasons = _first(words, self.cause) is not None
        if ranking and not (trust and ranking in self.rating) and not (reasons or indexed):
            return ranking
        # "37 % — how many people is that in absolute numbers?": a share quoted as a headcount
        absolute = _first(words, self.absolute) is not None or bool(
            spans(words, self.absolute_phrases)
        )
        quoted = "%" in words or _first(words, self.percent_named) is not None
        quoted_people = absolute and quoted and _first(words, self.people) is not None
        # "growth in trust, absolute and relative", "the absolute gap between the readings":
        # the change in points, not a headcount (unless people are named)
        grown = _first(words, self.growth) is not None
        grown = grown or (self._points_named(words) and _first(words, self.people) is None)
        # "500 thousand or 500 million? how many reports were left?": the reports, heard wrong
        millions = _first(words, self.population) and not (
            self._reports_named(words) and not _first(words, self.populace)
        )
        # "if a city has a million residents, how many would trust?": a group to apply a share to
        applied = per is not None and per >= MILLION
        people = not applied and (
            (millions and (counted or _first(words, self.amount)))
            or ((trust or quoted_people) and absolute and not grown)
        )
        stats = counted or _first(words, self.figures_all) is not None  # "any stats on…?"
        if stats and (spans(words, self.complaints_about) or self._complaints_of_police(words)):
            return "complaints"  # "сколько жалоб на полицию в год"
        whole = any(
            w in self.population
            and i
            and (
                words[i - 1] in self.of_words
                or (words[i - 1] in self.trustish and w in self.populace)
            )
            for i, w in enumerate(words)
        )  # "how much of the population", «от населения»: the whole of a share; «доверие
        # населения»: the ones who trust, not a headcount
        # a share quoted as people in absolute numbers is a headcount; "в процентах от
        # населения" is not
        # "…от населения это сколько человек?", "how many people is 63 % of the population"
        # ("сколько казахстанцев доверяют…" asks the share: trust after the people counted)
        heads = any(
            w in self.count
            and self._people_counted(words[i + 1 : i + 3])
            and not _first(words[i + 1 :], self.trustish)
            for i, w in enumerate(words)
        )
        # "37 % distrust — how many people is that?": a share quoted, then counted in people (not
        # "who asked, how many people, what method?", the survey)
        asked_who = spans(words, self.method) or _first(words, self.culprit_asked)
        people = people or (heads and quoted and not (per or asked_who))
        if people and (quoted_people or heads or not (whole or _first(words, self.percent))):
            return "population"  # "сколько человек в штуках, население 20 млн": a headcount
        if self._bribes_share_asked(words):
            return "bribe"  # "what share of the corruption cases are bribes?": no such breakdown
        if _first(words, self.among) and _first(words, self.percent):
            return None  # "доля полицейских среди осуждённых": the share, not the convictions
        # "от общего количества": the whole of a share, not a headcount
        named = next(
            (
                w
                for i, w in enumerate(words)
                if w in self.measure
                and not (i and words[i - 1] in self.of_total)
                and not (i and w in self.regarding and self._regarding(words[i - 1]))
                # "a bullet list is fine": the word said of the asker's wish, not a penalty
                and not self._acceptable_at(words, i)
            ),
            None,
        )
        sized = any(w in CHANGE_SIZED for w in words)  # "а зарплату им насколько подняли?"
        priced = counted or _first(words, self.foreign_units) is not None
        # "bet me 10000 tenge… do I pay him?": the asker paying, not the police's pay
        own = any(
            w in self.pay and words[i - 1 : i] in (["i"], ["we"]) for i, w in enumerate(words)
        )
        # «насколько подняли зарплату участковым?»: the rise's size, though the inspectors named
        raised = sized and _first(words, self.pay_named) is not None
        if ((priced and _first(words, self.pay)) or raised) and not own:
            return "pay"  # "by how much did their pay go up?", "their pay rise in tenge"
        size = _first(words, self.size)
        if size and not _first(words, self.measure_trust):
            return size  # "average bribe size", «сумма взятки»
        if _first(words, self.average) and _first(words, self.bribes):
            return "bribe"  # "average bribe taken by police"
        asked = counted or _first(words, self.which) is not None  # "какая зарплата"
        # «средняя зарплата участкового»: an average pay is a sum asked, the inspectors' too
        paid = _first(words, self.pay_named) or _first(words, self.pay)
        if paid and _first(words, self.pay_average) and not own:
            return "pay"
        rated = next(
            (w for i, w in enumerate(words) if w in self.measure and self._rate_beside(words, i)),
            None,
        )
        if rated:
            return rated  # "the overall crime rate", «уровень преступности»: not the reports
        if _first(words, self.subjects["offence_reports"]):
            return None  # "how many reports of crimes were left unreviewed": the reports
        if named and asked and not _first(words, self.measure_trust):
            return named
        # "Она вообще довольна полицией или критикует?": her own stance, no survey of satisfaction
        her = _first(words, self.person) or _first(words, self.pronouns)
        if named in self.satisfied and her and not asked:
            return None
        if named in self.pay_named and _first(words, self.growth) and not (asked or sized):
            return None  # "their salaries were cut?", «жалақысын қысқартты ма?»: the reform
        if _first(words, self.measure_unless):
            return None
        if named:
            return named
        if (
            police
            and counted
            and not _first(words, self.percent)
            and not self._counts_a_group(words)
            and not (per and ours)
            and not spans(words, self.one_in_asked)  # «нешеуінің бірі полицей?»: the one in seven
        ):
            return "headcount"
        return None

    def _rate_beside(self, words: list[str], at: int) -> bool:
        """A rate word right beside the measure at `at` ("crime rate", «уровень преступности»,
        «қылмыс деңгейі»)."""
        return (
            _first([*words[max(at - 1, 0) : at], *words[at + 1 : at + 2]], self.rates) is not None
        )

    def _counts_a_group(self, words: list[str]) -> bool:
        """ "How many regions…? For a project on the police": the count is of the regions."""
        for i, word in enumerate(words):
            if word not in self.count:
                continue
            start = i + 1
            if word == "how":  # "how many regions", not "how do young people rate…"
                if words[start : start + 1] not in (["many"], ["much"]):
                    continue
                start += 1
            if _first(words[start : start + COUNTED_REACH], self.group):
                return True
        return False

    def _regarding(self, before: str) -> bool:
        """«2019-ға қатысты», «реформаға қатысты»: "regarding" after a dative; after a survey
        («сауалнамаға қатысты») it is still who took part."""
        dative = before.isdecimal() or before.endswith(DATIVE_ENDINGS)
        return (
            dative
            and before not in self.survey_nouns
            and before not in self.survey
            and before not in self.cases
        )

    def _times_counted(self, words: list[str]) -> bool:
        """ "Called like three times": events counted, not a ratio, when "times" follows a number
        and nothing compares after it ("three times more" is a ratio)."""
        return any(
            w == "times"
            and i
            and (words[i - 1].isdecimal() or words[i - 1] in self.number_values)
            and not _first(words[i + 1 : i + 3], self.than)
            and not _first(words[i + 1 : i + 3], self.growth)
            and words[i + 1 : i + 2] not in (["more"], ["as"], ["less"], ["fewer"])
            for i, w in enumerate(words)
        )

    def _points_named(self, words: list[str]) -> bool:
        """Percentage points or a difference named; «по пунктам», "point by point", "bullet
        points" ask for a list instead."""
        return any(w in self.points and not _itemizes(words, i) for i, w in enumerate(words))

    def _operation(self, words: list[str]) -> str:
        missed = spans(words, self.missed_hearing)  # "I didn't catch the number": no "not" asked
        words = [w for i, w in enumerate(words) if i not in missed]
        negated = _first(words, self.remainder_negations) is not None
        # "НЕ оставили без рассмотрения", "NOT left without consideration": the considered ones
        double = any(
            w in self.left and words[i - 1] in self.not_words for i, w in enumerate(words) if i
        )
        if self._rest_of_a_hundred(words) or self._trust_unsaid(words):
            return "complement"  # "100 minus?", "did NOT say they trust": the rest of 100 %
        if spans(words, self.subtraction):
            return "remainder"  # "what's left of the 800 after the 500": one taken from another
        if self._points_named(words):
            if _first(words, self.report_parts):
                return "remainder"
            # "by how many points did those who don't trust fall?": the distrust's change
            distrust = self._trust_negated_by_verb(words) or self.distrust_noun(words)
            return "distrust" if distrust and self._over_time(words) else "points"
        if self._ratio_named(words) and not self._times_counted(words):
            return "ratio"
        # "нешеуі қаралмаған, нешеуі қаралған?": both parts asked, the remainder answer has both
        both = sum(w in self.count for w in words) > 1 or self._both_parts(words)
        if (
            _first(words, self.remainder) and (not negated or both or self._last_considered(words))
        ) or double:
            return "remainder"
        if spans(words, self.complement):
            # "500k of 800k not considered, and the rest?": the reports' remainder
            return "remainder" if _first(words, self.report_parts) else "complement"
        if _first(words, self.partly) and not both:
            return "distrust"  # "trust partially or not at all": the 37 %
        if self._trust_negated_by_verb(words):
            return "distrust"  # "не доверяют", Kazakh «сенбеді» (negated by its ending)
        if self._distrust_share_asked(words):
            return "distrust"  # «сколько процентов недоверия», «сенбеу қанша болды»: the 37 %
        if _first(words, self.percent):
            return "percent"
        # "out of how many?", «от какого общего числа?»: the whole asked, as a count
        whole = _first(words, self.of_total) and _first(words, self.share_questions)
        if _first(words, self.amount) or spans(words, self.out_of) or whole:
            return "amount"
        return "negated" if negated else "value"

    def _over_time(self, words: list[str]) -> bool:
        """A rise, a fall or two years named: a change asked, not a gap between two shares."""
        years = sum(w.isdecimal() and FIRST_YEAR <= int(w) <= LAST_YEAR for w in words)
        moved = _first(words, self.growth) is not None or _first(words, self.falls) is not None
        return moved or years > 1

    def _distrust_share_asked(self, words: list[str]) -> bool:
        """The distrust named as a thing and its share or count asked («сколько процентов
        недоверия было», "what % distrust", «сенбеу қанша»), no change and no cause asked."""
        moved = _first(words, self.growth) is not None or _first(words, self.falls) is not None
        asked = _first(words, self.percent) is not None or _first(words, self.count) is not None
        caused = _first(words, self.cause) is not None
        return asked and not (moved or caused) and self.distrust_noun(words)

    def distrust_noun(self, words: list[str]) -> bool:
        """ "distrust", «недоверие» (folded to «не доверие»): the distrust named as a thing."""
        return _first(words, self.distrust_nouns) is not None or any(
            w in self.trustish and words[i - 1] in self.not_words for i, w in enumerate(words) if i
        )

    def _trust_negated_by_verb(self, words: list[str]) -> bool:
        return self._kazakh_distrust(words) or any(
            w in self.trust_words
            and (
                words[i - 1] in self.not_words
                # "don't fully trust", "do not really trust": a word of degree between
                or (i > 1 and words[i - 1] in DEGREE and words[i - 2] in self.not_words)
                or self._not_fully_after(words, i)
            )
            for i, w in enumerate(words)
            if i
        )

    def _ratio_named(self, words: list[str]) -> bool:
        """A ratio phrase; a bare "x" only beside a number ("1.5x", "×2"): "X of you trust the
        police — what's X?" names an unknown, not "times"."""
        return any(
            words[at] not in MULTIPLY_SIGNS or any(map(_numeric, words[max(at - 1, 0) : at + 2]))
            for at in spans(words, self.ratio)
        )

    def _rest_of_a_hundred(self, words: list[str]) -> bool:
        """ "100 minus?", «100-ден алып тастасақ» with no reports named: what trust leaves of a
        hundred, not the reports left unconsidered; with those who trust counted («сенетіндер
        қанша? 100 минус сол» after the distrust), they are the rest asked."""
        trusting = any(
            w in self.trusting and not (i and words[i - 1] in self.not_words)
            for i, w in enumerate(words)
        )
        # «100 пайыздан сенетіндерді алып тастасақ»: those who trust are what is taken away
        taken = any(
            w in self.trusting and _first(words[i + 1 : i + 2], self.hundred_minus)
            for i, w in enumerate(words)
        )
        if str(PERCENT_WHOLE) in words and taken:
            return True
        if _first(words, self.report_parts) or (trusting and _first(words, self.count)):
            return False
        return any(
            w == str(PERCENT_WHOLE)
            and _first(words[i + 1 : i + 1 + MINUS_REACH], self.hundred_minus)
            for i, w in enumerate(words)
        )

    def _trust_unsaid(self, words: list[str]) -> bool:
        """ "Did NOT say they trust", «НЕ заявляли, что доверяют», «"сенемін" демегендер»: saying
        one trusts denied, those outside the trust level."""
        said_not = any(
            w in self.said_words
            and i
            and words[i - 1] in self.not_words
            and _first(words[i + 1 : i + 1 + SAID_REACH], self.trust_words)
            for i, w in enumerate(words)
        )
        kazakh = any(
            w in self.trust_words and _first(words[i + 1 : i + 1 + UNSAID_REACH], self.unsaid)
            for i, w in enumerate(words)
        )
        return said_not or kazakh

    def _not_fully_after(self, words: list[str], at: int) -> bool:
        """ "Доверяют полиции не полностью", "trust the police not fully": trust at `at`, then a
        "not" with a word of degree, is partly or not at all (the 37 %)."""
        after = words[at + 1 : at + 1 + FULLY_REACH]
        return any(
            w in self.not_words and after[j + 1 : j + 2] != [] and after[j + 1] in FULLY
            for j, w in enumerate(after)
        )

    def _both_parts(self, words: list[str]) -> bool:
        """Both parts of the reports named, one negated and one not («процент рассмотренных и
        не рассмотренных», "considered and not considered")."""
        found = [i for i, w in enumerate(words) if w in self.remainder]
        negated = [self._remainder_negated(words, i) for i in found]
        return any(negated) and not all(negated)

    def _last_considered(self, words: list[str]) -> bool:
        """The last remainder word, or one right after a count word, is not negated: "500k not
        considered, so how many were considered?", «500 тыс. без рассмотрения — сколько
        рассмотрено»."""
        found = [i for i, w in enumerate(words) if w in self.remainder]
        # "сколько тогда рассмотрели, если 500 не рассмотрели": the one counted is asked
        asked = [i for i in found if any(w in self.count for w in words[max(i - 3, 0) : i])]
        # "500k were not considered, how many were?": the verb left out after an auxiliary
        elided = bool(found) and any(
            w in self.count and _only(words[i + 2 :], self.auxiliaries)
            for i, w in enumerate(words)
            if i > found[-1]
        )
        return elided or any(
            i > 0 and not self._remainder_negated(words, i) for i in [*found[-1:], *asked]
        )

    def trust_denied(self, words: list[str]) -> bool:
        """Trust itself negated ("don't trust", «не доверяющих», «сенбейді»), not another verb
        of the message ("didn't sound right to me")."""
        return (
            self._kazakh_distrust(words)
            or _first(words, self.distrust_words) is not None
            or any(
                w in self.trust_words and _first(words[max(i - 2, 0) : i], self.not_words)
                for i, w in enumerate(words)
            )
        )

    def _grows(self, words: list[str]) -> bool:
        """A word of growth, but not the "up" of "shows up", "picks up the phone": someone
        appearing or answering, nothing rising; nor "drop the number": a figure asked for."""
        given = spans(words, self.drop_given)
        return any(
            w in self.growth
            and not (w == UP and _first(words[i - 1 : i], self.up_not_grown))
            and i not in given
            for i, w in enumerate(words)
        )

    def denied_by_nobody(self, words: list[str]) -> bool:
        """ "Nobody trusts them, 20 % at most", «никто не доверяет, максимум 20 %», «ешкім
        сенбейді»: trust denied of everyone, so a share told beside it is of those who trust."""
        return any(
            (w in self.trust_words or w in self.distrust_words)
            and _first(words[max(i - NOBODY_REACH, 0) : i], self.nobody) is not None
            for i, w in enumerate(words)
        )

    def _kazakh_distrust(self, words: list[str]) -> bool:
        """The last trust verb is negated by its ending: «қаншасы сенбеді», but not «біреуі
        ешкім сенбейді дейді… қанша адам сенеді» (a claim told, then the level asked)."""
        verbs = [
            w in self.distrust_words
            for w in words
            if w in self.distrust_words or w in self.trust_words
        ]
        return bool(verbs) and verbs[-1]

    def _reference(self, words: list[str], slots: Slots) -> str | None:
        if any(w in self.pronouns for w in words):
            return "pronoun"
        return None if self.topic_said(slots, words) else "ellipsis"

    def topic_said(self, slots: Slots, words: list[str]) -> bool:
        """Words of a topic left beside the years; "and by the 2019 figure?", «а по цифре 2019
        года?» name only the figure of a year, as "and in 2019?" does. With no year, the figure
        asked "in figures" («а в цифрах?», «цифрмен айтшы») is the same topic's figure, while a
        bare "numbers?" or "by how much?" still asks one of its own."""
        if not (slots.years or spans(words, self.in_figures)):
            return bool(slots.content)
        # "and if it were 2019?", "what would it be in 2019?": the year supposed, no topic
        supposed = {words[i] for i in spans(words, self.year_supposed)} if slots.years else set()
        return any(
            w not in self.figure_words and w not in self.by_figure and w not in supposed
            for w in slots.content
        )


def _causes_of(words: list[str], at: int) -> bool:
    """ "Drivers of distrust": what drives it, no group of drivers."""
    return words[at] in DRIVERS and words[at + 1 : at + 2] in (["of"], ["behind"])


def _quoted_share(word: str) -> bool:
    """A share quoted beside the question: "38", "%"."""
    return word == "%" or (word.isdecimal() and len(word) <= 2)


def _itemizes(words: list[str], at: int) -> bool:
    """The word at `at` lists items: «по пунктам», "point by point", "bullet points"."""
    before = words[at - 1] if at else ""
    after = words[at + 1] if at + 1 < len(words) else ""
    return (
        before in ITEMIZING
        or after == "by"
        or (before == "by" and words[at - 2 : at - 1] == ["point"])
    )


def _one_in_seven(words: list[str]) -> bool:
    """ "1 in 7", "1 из 7", "7-ден 1": the one-in-seven share in digits."""
    pairs = zip(words, words[2:], strict=False)
    return any(sorted((a, b)) == ["1", "7"] for a, b in pairs)


def _only(words: list[str], wanted: WordSet) -> bool:
    """Some words, all of them wanted."""
    return bool(words) and all(w in wanted for w in words)


def _fraction_quotes(fraction: str) -> tuple[int, ...]:
    """ "1/7" quotes the one in 7, "63/38" two shares; "3/7 + 2/5" (homework) and "24/7" quote
    nothing of ours."""
    top, bottom = (int(part) for part in fraction.split("/"))
    if top == 1:
        return (bottom,)
    return (top, bottom) if min(top, bottom) >= SHARE_DIGITS_FROM else ()


def _word_before(words: list[str], at: int) -> str:
    """The word before `at`, past an "a" ("out of a thousand") or the asker's own ("out of our
    200 flats", «из наших 200 квартир»); "" at the start."""
    before = [w for w in words[max(at - 2, 0) : at] if w != "a" and w not in OWN_GROUP]
    return before[-1] if before else ""


def _index_of(words: list[str], wanted: WordSet) -> int | None:
    """The index of the first of `words` in `wanted`, if any."""
    return next((i for i, w in enumerate(words) if w in wanted), None)


def _out_of(words: list[str], at: int) -> bool:
    """ "Out of (a) thousand", «из тысячи», "among 70", «среди 350»: the word at `at` is what
    people are counted out of."""
    return _word_before(words, at) in OUT_OF


def _group_sized(count: int) -> bool:
    """A count of people a share can be applied to: a class or a chat, or thousands of
    offenders ("из 1400 коррупционеров") when it cannot be a year."""
    return count <= GROUP_SIZE or (count <= LARGE_GROUP and count not in PLAUSIBLE_YEARS)


def _i_did(word: str) -> bool:
    """ "бердім", «жаздым»: "I did" (folded Kazakh past, first person), a word of some length."""
    return len(word) > FIRST_PERSON_STEM and word.endswith(I_DID_ENDINGS)


def _first_person(word: str) -> bool:
    """ "зейнеткермін", «мұғаліммін»: "I am a …" (folded Kazakh), a word of some length."""
    return len(word) > FIRST_PERSON_STEM and word.endswith(FIRST_PERSON_ENDINGS)


def _numeric(word: str) -> bool:
    """ "38", "1.66", «1,66»: a number, whole or decimal."""
    return word.replace(",", "").replace(".", "").isdecimal()


def _ablative(word: str) -> bool:
    """ "адамнан", «тұрғындардан»: out of them (folded Kazakh)."""
    return word.endswith(ABLATIVE_ENDINGS)


def _first(words: list[str], wanted: WordSet) -> str | None:
    return wanted.first(words)
