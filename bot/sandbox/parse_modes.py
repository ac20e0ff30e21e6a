"""Telegram's parse modes, chosen by name the way `parse_mode` names them."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from bot.sandbox.errors import bad_request
from bot.sandbox.formatting import Entity, FormattedText, trimmed
from bot.sandbox.html import parse_html
from bot.sandbox.markdown import parse_markdown, parse_markdown_v2

_PARSERS: dict[str, Callable[[str], FormattedText]] = {
    "html": parse_html,
    "markdownv2": parse_markdown_v2,
    "markdown": parse_markdown,
}


def format_text(
    text: str, parse_mode: str | None, entities: Sequence[Entity] | None = None
) -> FormattedText:
    """Apply `parse_mode` (case-insensitive, like Telegram) or take explicit `entities`."""
    mode = (parse_mode or "").lower()
    if not mode:
        return trimmed(text, entities or ())
    if mode not in _PARSERS:
        raise bad_request(f"unsupported parse_mode {parse_mode!r}")
    return _PARSERS[mode](text)
