"""Which language a question is written in: Russian, Kazakh or English, or "can't tell"."""

import re

from bot.qa.lexicon import LANGUAGES, Lexicon
from bot.qa.normalize import fold, is_latin, words

# Unknown words longer than this count a little towards their script's usual language.
UNKNOWN_WORD_MIN_LENGTH = 4
UNKNOWN_WORD_WEIGHT = 0.5
# Below this score the question gives no clear signal ("а в 2019?").
MIN_SCORE = 1.0
# A Kazakh word quoted in a Russian sentence («Учаскелік, то есть участковые — при чём они тут?»)
# leaves it Russian: this many Russian-only words for each word with Kazakh letters, none Kazakh.
RUSSIAN_PER_QUOTED_WORD = 4


# The answer's language asked outright («ответь по-русски», "answer in English", «қазақша жаз»):
# it decides whatever language the rest of a mixed message is written in.
ASKED_LANGUAGE = {
    "ru": re.compile(r"\bпо[- ]?русски\b|\bна русском\b|\bin russian\b|\bорысша\b|\borys+ha\b"),
    "kk": re.compile(
        r"\bпо[- ]?казахски\b|\bна казахском\b|\bin kazakh\b|\bқазақша\b|\bказакша\b"
        r"|\b[qk]azaqsha\b|\bkazaksha\b"
    ),
    "en": re.compile(
        r"\bпо[- ]?английски\b|\bна английском\b|\bin english\b|\bағылшынша\b"
        r"|\bагылшынша\b|\bag[yi]lsh[yi]nsha\b"
    ),
}


# The verb asking it, beside the language («ответь по-русски», "answer in English", «қазақша жаз»)
ANSWER_VERBS = (
    r"(?:ответь\w*|отвечай\w*|напиши\w*|пиши\w*|answer|reply|respond|write|please|пожалуйста"
    r"|жауап\s+бер\w*|жауап\w*|жаз\w*|zhaz\w*|jaz\w*)"
)


def _request(said: re.Pattern[str]) -> re.Pattern[str]:
    """The language with a verb asking the answer in it, before or after it."""
    return re.compile(
        rf"(?:{ANSWER_VERBS}\s+)+(?:{said.pattern})|(?:{said.pattern})(?:\s+{ANSWER_VERBS})+"
    )


REQUESTS = {lang: _request(said) for lang, said in ASKED_LANGUAGE.items()}


def without_language_asked(text: str) -> str:
    """The message with its request for the answer's language taken out."""
    lowered = text.lower().replace("ё", "е")
    for request in REQUESTS.values():
        found = request.search(lowered)
        if found is not None:
            return (text[: found.start()] + text[found.end() :]).strip(" ,.;:!-—")
    return text


def asked_language(text: str) -> str | None:
    """The one language the message asks its answer in («ответь по-русски», "answer in
    English"); not a language only named ("how do you say 'thanks' in Kazakh?")."""
    lowered = text.lower().replace("ё", "е")
    asked = [lang for lang, request in REQUESTS.items() if request.search(lowered)]
    return asked[0] if len(asked) == 1 else None


def detect_language(text: str, lexicon: Lexicon) -> str | None:
    """The question's language ("ru", "kk", "en"), or None when the text gives no clear signal.

    Kazakh-only letters decide at once. Otherwise known words are counted per language; Latin
    words are also tried transliterated, for Kazakh and Russian typed in Latin letters.
    """
    asked = asked_language(text)
    if asked is not None:
        return asked  # «доверие к полиции: what are the reasons? ответь по-русски»
    raw = [w for w in words(text) if not w.isdigit()]
    lettered = sum(any(ch in lexicon.kazakh_letters for ch in w) for w in raw)
    if lettered and not _russian_around(raw, lettered, lexicon):
        return "kk"
    scores = dict.fromkeys(LANGUAGES, 0.0)
    unknown = 0.0  # weight of unknown Cyrillic words
    for word in raw:
        latin = is_latin(word)
        if latin and word in lexicon.language_words["en"]:
            scores["en"] += 1
            continue
        folded = fold(word, latin_to_cyrillic=True)
        hits = [lang for lang in ("kk", "ru") if folded in lexicon.language_words[lang]]
        for lang in hits:
            scores[lang] += 1
        if not hits and not latin and len(word) >= UNKNOWN_WORD_MIN_LENGTH:
            unknown += UNKNOWN_WORD_WEIGHT  # unknown Latin words may be Kazakh or English
    # Unknown Cyrillic words alone tell nothing: the person's own language decides («Имашева
    # нешеде» from a Kazakh speaker). Beside known words they lean Russian, unless a known
    # Kazakh word is there («жедел жәрдем нөмірі қанша» typed without its letters).
    if scores["kk"] == 0 and any(scores.values()):
        scores["ru"] += unknown
    best = max(scores.values())
    leaders = [lang for lang, score in scores.items() if score == best]
    return leaders[0] if best >= MIN_SCORE and len(leaders) == 1 else None


def _russian_around(raw: list[str], lettered: int, lexicon: Lexicon) -> bool:
    """Words with Kazakh letters quoted among many Russian-only words and no other Kazakh."""
    folded = [fold(w, latin_to_cyrillic=False) for w in raw if not is_latin(w)]
    russian = sum(
        w in lexicon.language_words["ru"] and w not in lexicon.language_words["kk"] for w in folded
    )
    kazakh = sum(
        w in lexicon.language_words["kk"] and w not in lexicon.language_words["ru"] for w in folded
    )
    return kazakh <= lettered and russian >= RUSSIAN_PER_QUOTED_WORD * lettered
