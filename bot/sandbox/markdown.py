"""Telegram's MarkdownV2 and legacy Markdown parse modes, after tdlib's parsers.

MarkdownV2 is the strict one: every reserved character outside an entity must be escaped with a
backslash, which is the mistake a bot most often makes with it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.sandbox.errors import ApiError
from bot.sandbox.formatting import FormattedText, TextBuilder, byte_offset, parse_error

_RESERVED = frozenset("_*[]()~`>#+-=|{}.!")
_CODE_RESERVED = frozenset("`")
# How tdlib names entity types in "Can't find end of ... entity" errors.
_ERROR_NAMES = {
    "bold": "Bold",
    "italic": "Italic",
    "underline": "Underline",
    "strikethrough": "Strikethrough",
    "spoiler": "Spoiler",
    "code": "Code",
    "pre": "Pre",
    "text_link": "TextUrl",
}
# Each MarkdownV2 marker and the entity it opens or closes, longest first.
_MARKERS = (
    ("```", "pre"),
    ("__", "underline"),
    ("||", "spoiler"),
    ("_", "italic"),
    ("*", "bold"),
    ("~", "strikethrough"),
    ("`", "code"),
    ("[", "text_link"),
)
_CLOSERS = {entity: marker for marker, entity in _MARKERS} | {"text_link": "]"}
_LINK_TARGET = re.compile(r"\(((?:[^)\\]|\\.)*)\)")
_LEGACY_LINK = re.compile(r"\[([^\]]*)\]\(([^)]*)\)")
_LEGACY_MARKERS = {"```": "pre", "`": "code", "*": "bold", "_": "italic"}


@dataclass
class _Open:
    entity: str
    start: int
    source_index: int
    language: str | None = None


def parse_markdown_v2(text: str) -> FormattedText:
    return _MarkdownV2Parser(text).parse()


class _MarkdownV2Parser:
    def __init__(self, source: str):
        self._src = source
        self._pos = 0
        self._out = TextBuilder()
        self._open: list[_Open] = []
        self._quote_start: int | None = None

    def parse(self) -> FormattedText:
        while self._pos < len(self._src):
            self._step()
        self._end_quote()
        if self._open:
            top = self._open[-1]
            where = byte_offset(self._src, top.source_index)
            raise parse_error(
                f"Can't find end of {_ERROR_NAMES[top.entity]} entity at byte offset {where}"
            )
        return self._out.build()

    def _step(self) -> None:
        char = self._src[self._pos]
        following = self._src[self._pos + 1 : self._pos + 2]
        if char == "\\" and following and ord(following) <= 126:
            self._out.append(following)
            self._pos += 2
            return
        in_code = bool(self._open) and self._open[-1].entity in ("code", "pre")
        if char not in (_CODE_RESERVED if in_code else _RESERVED):
            self._plain(char)
        elif self._open and self._src.startswith(_CLOSERS[self._open[-1].entity], self._pos):
            self._close(self._open.pop())
        elif char == ">" and self._at_line_start():
            if self._quote_start is None:
                self._quote_start = self._out.offset
            self._pos += 1
        else:
            self._open_entity(char)

    def _plain(self, char: str) -> None:
        if char == "\n" and not self._src.startswith(">", self._pos + 1):
            self._end_quote()
        self._out.append(char)
        self._pos += 1

    def _at_line_start(self) -> bool:
        return self._pos == 0 or self._src[self._pos - 1] == "\n"

    def _end_quote(self) -> None:
        if self._quote_start is not None:
            self._out.add_entity("blockquote", self._quote_start)
            self._quote_start = None

    def _open_entity(self, char: str) -> None:
        marker, entity = next(
            ((m, e) for m, e in _MARKERS if self._src.startswith(m, self._pos)), (char, "")
        )
        if not entity:
            raise parse_error(
                f"Character '{char}' is reserved and must be escaped with the preceding '\\'"
            )
        opened = _Open(entity, self._out.offset, self._pos)
        self._pos += len(marker)
        if entity == "pre":
            line_end = self._src.find("\n", self._pos)
            if line_end >= 0 and self._src[self._pos : line_end].strip():
                opened.language = self._src[self._pos : line_end].strip()
                self._pos = line_end + 1
        self._open.append(opened)

    def _close(self, opened: _Open) -> None:
        self._pos += len(_CLOSERS[opened.entity])
        if opened.entity != "text_link":
            self._out.add_entity(opened.entity, opened.start, language=opened.language)
            return
        target = _LINK_TARGET.match(self._src, self._pos)
        if target is None:
            return
        self._pos = target.end()
        url = re.sub(r"\\(.)", r"\1", target.group(1))
        self._out.add_entity("text_link", opened.start, url=url)


def parse_markdown(text: str) -> FormattedText:
    """Legacy Markdown: no nesting, and only `_ * ` [` are special."""
    out = TextBuilder()
    pos = 0
    while pos < len(text):
        char = text[pos]
        if char == "\\" and text[pos + 1 : pos + 2] in ("_", "*", "`", "["):
            out.append(text[pos + 1])
            pos += 2
            continue
        marker = next((m for m in _LEGACY_MARKERS if text.startswith(m, pos)), None)
        if marker is None and char != "[":
            out.append(char)
            pos += 1
            continue
        pos = _legacy_entity(text, pos, marker, out)
    return out.build()


def _legacy_entity(text: str, pos: int, marker: str | None, out: TextBuilder) -> int:
    """Emit the entity starting at `pos` and return where parsing continues."""
    start = out.offset
    if marker is None:
        link = _LEGACY_LINK.match(text, pos)
        if link is None:
            raise _legacy_unclosed(text, pos)
        out.append(link.group(1))
        out.add_entity("text_link", start, url=link.group(2))
        return link.end()
    end = text.find(marker, pos + len(marker))
    if end < 0:
        raise _legacy_unclosed(text, pos)
    out.append(text[pos + len(marker) : end])
    out.add_entity(_LEGACY_MARKERS[marker], start)
    return end + len(marker)


def _legacy_unclosed(text: str, pos: int) -> ApiError:
    return parse_error(
        f"Can't find end of the entity starting at byte offset {byte_offset(text, pos)}"
    )
