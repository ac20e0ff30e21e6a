"""Text normalisation: one spelling for the many ways people type the same word.

Chat text mixes scripts (a Latin "o" inside a Cyrillic word), writes Kazakh with or without its
own letters ("полицияға" / "полицияга") or in Latin ("polisiyaga"), stretches letters
("пооолиция") and ignores case. The matcher compares character n-grams, so every such variant is
reduced to one folded form first.
"""

import re

# "%" is a word: "what % is that" asks a share; "7th" is one word (an ordinal, not the number 7)
# "38.5" (a fever, a price) is one number, not our 38; "7:00" is a time and "3/7" a fraction,
# neither is "one in 7"
WORD_RE = re.compile(r"\d+(?:st|nd|rd|th)\b|[^\W\d_]+|\d{1,2}:\d{2}|\d+/\d+|\d+(?:[.,]\d+)?|%")
THOUSANDS_RE = re.compile(r"(?<=\d)[,\s](?=\d{3}(?!\d))")  # "1,000", "800 000": one number
# A Kazakhstani phone number as people write it ("+7 701 234 5678", "8 (727) 255-00-00"): one
# number, so "her number is +7 777 123 45 67" holds no 7 and no 45
PHONE_RE = re.compile(r"(?:\+7|(?<!\d)8)[\s(-]*7\d{2}(?:[\s)-]*\d){7}(?!\d)")
APOSTROPHES_RE = re.compile(r"(?<=\w)['’`](?=\w)")  # "don't" -> "dont", "what's" -> "whats"
REPEATS_RE = re.compile(r"([^\W\d_])\1{2,}")
# A digit typed for the letter it looks like, inside a word ("дов3рие", "пол1ции", "c0ps")
LEET_RE = re.compile(r"(?<=[^\W\d_])[013](?=[^\W\d_])")
LEET_CYRILLIC = str.maketrans("013", "оие")
LEET_LATIN = str.maketrans("013", "oie")
# No count anyone means has more digits than this (a phone number has 11, an ID number 12); a
# longer run ("999…9" held down) is noise, and as a number it overflows the arithmetic
LONGEST_NUMBER = 15
SHORT_YEAR_RE = re.compile(
    r"(?<!\w)(?:['’‘`]|(?<=back in ))([0-4]\d)(?!\d)(?!\s?%)"
)  # "back in '19", "back in 19": the year 2019 ("'14% of cops…'" quotes a share)

KAZAKH_FOLD = str.maketrans("әғқңөұүһі", "агкноуухи")

# Letters that look the same in both scripts, Latin -> Cyrillic and back.
_LATIN_LOOKALIKES = "aceopxykmthbi"
_CYRILLIC_LOOKALIKES = "асеорхукмтнві"
TO_CYRILLIC = str.maketrans(_LATIN_LOOKALIKES, _CYRILLIC_LOOKALIKES)
TO_LATIN = str.maketrans(_CYRILLIC_LOOKALIKES, _LATIN_LOOKALIKES)

# Russian and Kazakh typed in Latin letters (common transliterations and the 2018+ Kazakh Latin
# alphabet). Longer keys first.
_TRANSLIT_MULTI = (
    ("shch", "щ"), ("sh", "ш"), ("ch", "ч"), ("zh", "ж"), ("kh", "х"), ("ts", "ц"), ("gh", "г"),
    ("ya", "я"), ("yu", "ю"), ("yo", "е"), ("ye", "е"),
)  # fmt: skip
_TRANSLIT_SINGLE = str.maketrans(
    "abcdefghijklmnopqrstuvwxzäğıñöşüūçáóúǵń",
    "абцдефгхижклмнопкрстувухзәғыңөшүұчәөүғң",
)
LATIN_KAZAKH = "äğıñöşüūçáóúǵń"  # Kazakh Latin letters (2018 and 2021 alphabets)
# Every word of every question is counted by script: one regex scan, not a Python test per letter
LATIN_RE = re.compile(f"[\\x00-\\x7f{LATIN_KAZAKH}]")
CYRILLIC_RE = re.compile("[\u0400-\u04ff]")  # the Cyrillic block
_VOWELS = "aeiouаеиоуыэюяё"
_GLIDE_VOWELS = "aeou"


def _vowel_at(word: str, index: int) -> bool:
    return index < len(word) and word[index] in _VOWELS


def _translit_glides(word: str) -> str:
    """Latin "y": "й" after a vowel ("kakoy"), else Kazakh "ы" ("jyly"). Latin "i" after a, e,
    o or u and not before a vowel is "й" too ("qaidan", "senbeidi"); elsewhere it stays "и"."""
    out: list[str] = []
    for i, ch in enumerate(word):
        after_vowel = i > 0 and word[i - 1] in _VOWELS and out[-1] != "й"
        if ch == "y":
            out.append("й" if after_vowel else "ы")  # "aiyrma": the "i" is "й", so "ы"
        elif ch == "i" and i > 0 and word[i - 1] in _GLIDE_VOWELS and not _vowel_at(word, i + 1):
            out.append("й")
        else:
            out.append(ch)
    return "".join(out)


def transliterate(word: str) -> str:
    """Latin-typed Russian or Kazakh word -> Cyrillic ("polisiyaga qansha" -> "полисияга канша")."""
    for latin, cyrillic in _TRANSLIT_MULTI:
        word = word.replace(latin, cyrillic)
    return _translit_glides(word).translate(_TRANSLIT_SINGLE)


def is_latin(word: str) -> bool:
    """True when most letters of the word are Latin."""
    latin = len(LATIN_RE.findall(word))
    return latin * 2 > len(word)


def fix_lookalikes(word: str) -> str:
    """Rewrite stray letters of the other script in the word's majority script."""
    cyrillic = len(CYRILLIC_RE.findall(word))
    if cyrillic == 0 or cyrillic == len(word):
        return word
    return word.translate(TO_CYRILLIC) if cyrillic * 2 >= len(word) else word.translate(TO_LATIN)


def words(text: str) -> list[str]:
    """Lower-cased words and digit runs, look-alike letters fixed, stretched letters shortened."""
    text = SHORT_YEAR_RE.sub(r"20\1", text.casefold().replace("ё", "е"))
    text = PHONE_RE.sub(lambda phone: re.sub(r"\D", "", phone.group()), text)
    text = APOSTROPHES_RE.sub("", text)
    text = THOUSANDS_RE.sub("", text)
    text = LEET_RE.sub(_letter_for_digit, text)
    return [
        REPEATS_RE.sub(r"\1", fix_lookalikes(w))
        for w in WORD_RE.findall(text)
        if not _too_long_a_number(w)
    ]


def _too_long_a_number(word: str) -> bool:
    return word[0].isdigit() and sum(c.isdigit() for c in word) > LONGEST_NUMBER


def _letter_for_digit(digit: re.Match[str]) -> str:
    """The letter a digit inside a word stands for, in the script of the letter before it."""
    before = digit.string[digit.start() - 1]
    table = LEET_CYRILLIC if CYRILLIC_RE.match(before) else LEET_LATIN
    return digit.group().translate(table)


def fold(word: str, *, latin_to_cyrillic: bool) -> str:
    """Kazakh letters -> nearest Russian ones; Latin words to Cyrillic when the text is ru/kk."""
    if latin_to_cyrillic and is_latin(word) and not word.isdigit():
        word = transliterate(word)
    return word.translate(KAZAKH_FOLD)


def normalize(text: str, *, latin_to_cyrillic: bool) -> list[str]:
    """The folded words of a text, the form the lexicon and the matcher work on."""
    return [fold(w, latin_to_cyrillic=latin_to_cyrillic) for w in words(text)]
