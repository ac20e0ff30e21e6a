"""Catalogs: every text in the code has ru and kk translations with the same placeholders."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir

from bot.config import LANGUAGES
from bot.sandbox.html import parse_html
from bot.util.i18n import Translator, pick_language, translations

ROOT = Path(__file__).parents[2]
KEYWORDS = {"_": None, "N_": None, "plural": (1, 2)}
KAZAKH_LETTERS = re.compile("[әғқңөұүһі]", re.IGNORECASE)


def code_messages() -> set[str]:
    found = set()
    for _file, _line, message, _comments, _context in extract_from_dir(
        str(ROOT / "bot"), keywords=KEYWORDS, comment_tags=()
    ):
        found.update([message] if isinstance(message, str) else message)
    return found


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_every_text_is_translated(language: str) -> None:
    catalog = translations(language)
    missing = sorted(m for m in code_messages() if catalog.gettext(m) == m)
    assert not missing, f"untranslated in {language}: {missing}"


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_translations_keep_placeholders_and_tags(language: str) -> None:
    _ = Translator(language)
    for message in code_messages():
        assert placeholders(_(message)) == placeholders(message), message
        assert re.findall(r"</?\w+", _(message)) == re.findall(r"</?\w+", message), message


def test_kazakh_is_written_with_kazakh_letters() -> None:
    _ = Translator("kk")
    long_texts = [m for m in code_messages() if len(m) > 60]
    assert long_texts
    assert all(KAZAKH_LETTERS.search(_(m)) for m in long_texts)


def test_english_is_the_source_language() -> None:
    assert Translator("en")("Choose a language:") == "Choose a language:"


@pytest.mark.parametrize(
    ("candidates", "expected"),
    [
        (("kk", "ru"), "kk"),
        ((None, "en-US"), "en"),
        ((None, "de"), "ru"),
        ((None, None), "ru"),
        (("", "KK"), "kk"),
    ],
)
def test_language_choice_falls_back_in_order(
    candidates: tuple[str | None, ...], expected: str
) -> None:
    assert pick_language(*candidates, default="ru") == expected


def test_every_language_has_a_catalog() -> None:
    assert set(LANGUAGES) == {"ru", "kk", "en"}
    for language in ("ru", "kk"):
        assert (ROOT / "bot" / "locales" / language / "LC_MESSAGES" / "messages.po").exists()


@pytest.mark.parametrize("language", ["en", "ru", "kk"])
def test_every_text_is_valid_telegram_html(language: str) -> None:
    """Telegram refuses a whole message over one unknown tag or a bare < or &."""
    _ = Translator(language)
    for message in code_messages():
        filled = _(message).format_map({name: "x" for name in placeholders(message)})
        parse_html(filled)
