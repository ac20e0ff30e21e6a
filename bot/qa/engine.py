"""The Q&A service: question in, short sourced answer out. No Telegram here."""

from collections.abc import Iterable

from bot.qa.answer import Answer
from bot.qa.compose import Composer
from bot.qa.conversation import Conversation
from bot.qa.facts import Fact, FactBook
from bot.qa.intents import Catalog
from bot.qa.language import detect_language
from bot.qa.lexicon import LANGUAGES, Lexicon
from bot.qa.matcher import Matcher
from bot.qa.normalize import is_latin, normalize
from bot.qa.normalize import words as plain_words
from bot.qa.slots import extract_slots
from bot.qa.understand import Understanding, matcher_words

DEFAULT_LANGUAGE = "ru"


class QAEngine:
    def __init__(self, catalog: Catalog, lexicon: Lexicon, book: FactBook) -> None:
        self.catalog = catalog
        self.lexicon = lexicon
        self.matcher = Matcher(self.training_examples(), lexicon.stemmer.stem)
        self.understanding = Understanding(catalog, lexicon, self.matcher)
        self.composer = Composer(book, catalog)

    @classmethod
    def from_facts(cls, facts: Iterable[Fact]) -> "QAEngine":
        """Load the data files and train the matcher on their example phrasings."""
        return cls(Catalog.load(), Lexicon.load(), FactBook(facts))

    def training_examples(self) -> list[tuple[str, list[str]]]:
        """(intent, matcher words) of every example phrasing, in the matcher's order."""
        return [
            (name, matcher_words(self.words(example, lang), self.lexicon))
            for name, intent in self.catalog.intents.items()
            for lang, phrasings in intent.examples.items()
            for example in phrasings
        ]

    def words(self, text: str, language: str) -> list[str]:
        """Folded words with slang mapped to canonical words; Latin is transliterated unless the
        text is English ("polisiyaga qansha" is Kazakh)."""
        folded = normalize(text, latin_to_cyrillic=language != "en")
        return [canonical for word in folded for canonical in self.lexicon.expand(word)]

    def language_of(self, question: str, fallback: str) -> str:
        """The question's language if it shows one, else `fallback` — but never English for a
        question written in Cyrillic ("привет" after an English question)."""
        detected = detect_language(question, self.lexicon)
        if detected:
            return detected
        if fallback == "en" and any(not is_latin(word) for word in plain_words(question)):
            return DEFAULT_LANGUAGE
        return fallback

    def overview(self, language: str) -> str:
        """The whole official series with its sources, for /figures."""
        return self.composer.overview(language if language in LANGUAGES else DEFAULT_LANGUAGE)

    def answer(
        self,
        question: str,
        *,
        language: str = DEFAULT_LANGUAGE,
        conversation: Conversation | None = None,
    ) -> Answer:
        """Answer one question. `language` is the user's, used when the question's own language
        cannot be told; `conversation` (updated in place) resolves follow-ups like "а в 2019?"."""
        state = conversation if conversation is not None else Conversation()
        user_language = language if language in LANGUAGES else DEFAULT_LANGUAGE
        lang = self.language_of(question, state.language or user_language)
        words = self.words(question, lang)
        decision = self.understanding.decide(words, extract_slots(words, self.lexicon), state.topic)
        text = self.composer.compose(decision, lang, state.topic)
        state.language = lang
        if self.catalog.intents[decision.intent].topic:
            state.topic = decision.intent
        return Answer(text, decision.intent, lang, decision.confidence)
