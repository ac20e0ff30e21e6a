"""Message catalogs (gettext .po files under bot/locales), compiled in memory at import time."""

from __future__ import annotations

import gettext
from functools import cache
from io import BytesIO
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from bot.config import LANGUAGES

LOCALES = Path(__file__).parents[1] / "locales"
DOMAIN = "messages"


@cache
def translations(language: str) -> gettext.NullTranslations:
    """English is the source language; ru and kk come from their catalogs."""
    po_file = LOCALES / language / "LC_MESSAGES" / f"{DOMAIN}.po"
    if language not in LANGUAGES or not po_file.exists():
        return gettext.NullTranslations()
    with po_file.open("rb") as stream:
        catalog = read_po(stream, locale=language)
    compiled = BytesIO()
    write_mo(compiled, catalog)
    compiled.seek(0)
    return gettext.GNUTranslations(compiled)


class Translator:
    """`_("text")` and `_.plural("one", "many", n)` in one language, as handlers use them."""

    def __init__(self, language: str) -> None:
        self.language = language
        self._translations = translations(language)

    def __call__(self, message: str) -> str:
        return self._translations.gettext(message)

    def plural(self, singular: str, plural: str, n: int) -> str:
        return self._translations.ngettext(singular, plural, n)


def pick_language(*candidates: str | None, default: str) -> str:
    """The first supported candidate: a saved choice, then Telegram's language_code."""
    for candidate in candidates:
        if candidate:
            code = candidate.split("-")[0].lower()
            if code in LANGUAGES:
                return code
    return default


def N_(message: str) -> str:
    """Marks a text for extraction where it is translated later, e.g. in a table of commands."""
    return message
