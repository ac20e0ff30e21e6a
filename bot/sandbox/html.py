"""Telegram's HTML parse mode: the tags it allows and the errors it gives for anything else.

Follows tdlib's parser (the one behind api.telegram.org) in what it accepts and how it words its
errors, with one deliberate difference: a bare `&` is rejected (Telegram lets it through) so that
user text that was not escaped fails in tests instead of rendering wrongly in production.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bot.sandbox.errors import ApiError
from bot.sandbox.formatting import FormattedText, TextBuilder, byte_offset, parse_error

_ENTITY_OF_TAG = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "span": "spoiler",
    "tg-spoiler": "spoiler",
    "a": "text_link",
    "code": "code",
    "pre": "pre",
    "blockquote": "blockquote",
    "tg-emoji": "custom_emoji",
}
_NAMED_REFS = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
_CHAR_REF = re.compile(r"&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z]+));")
_PLAIN = re.compile(r"[^&<]+")
_TAG_NAME = re.compile(r"<([^\s>]*)")
_END_TAG = re.compile(r"</([^\s>]*)\s*>")
_SPACES = re.compile(r"\s*")
_ATTRIBUTE_NAME = re.compile(r"[^\s=>]*")
_UNQUOTED_VALUE = re.compile(r"[^\s>]*")


def parse_html(text: str) -> FormattedText:
    return _HtmlParser(text).parse()


@dataclass
class _OpenTag:
    name: str
    start: int
    attributes: dict[str, str] = field(default_factory=dict)


class _HtmlParser:
    def __init__(self, source: str):
        self._src = source
        self._pos = 0
        self._out = TextBuilder()
        self._open: list[_OpenTag] = []

    def parse(self) -> FormattedText:
        while self._pos < len(self._src):
            char = self._src[self._pos]
            if char == "&":
                self._out.append(self._char_ref())
            elif self._src.startswith("</", self._pos):
                self._end_tag()
            elif char == "<":
                self._start_tag()
            else:
                plain = _PLAIN.match(self._src, self._pos)
                assert plain is not None
                self._out.append(plain.group())
                self._pos = plain.end()
        if self._open:
            name = self._open[-1].name
            raise parse_error(f'Can\'t find end tag corresponding to start tag "{name}"')
        return self._out.build()

    def _error(self, reason: str, index: int) -> ApiError:
        return parse_error(f"{reason} at byte offset {byte_offset(self._src, index)}")

    def _char_ref(self) -> str:
        match = _CHAR_REF.match(self._src, self._pos)
        decoded = _decode_ref(match) if match else None
        if match is None or decoded is None:
            raise self._error('Unescaped "&"; write it as "&amp;"', self._pos)
        self._pos = match.end()
        return decoded

    def _start_tag(self) -> None:
        begin = self._pos
        name_match = _TAG_NAME.match(self._src, begin)
        assert name_match is not None
        name = name_match.group(1).lower()
        self._pos = name_match.end()
        if self._pos >= len(self._src):
            raise self._error("Unclosed start tag", begin)
        if name not in _ENTITY_OF_TAG:
            raise self._error(f'Unsupported start tag "{name}"', begin)
        tag = _OpenTag(name, self._out.offset, self._attributes(name, begin))
        if name == "span" and tag.attributes.get("class") != "tg-spoiler":
            raise self._error('Tag "span" must have class "tg-spoiler"', begin)
        if name == "tg-emoji" and not tag.attributes.get("emoji-id", "").isdigit():
            raise parse_error("Custom emoji entity must contain a valid custom emoji identifier")
        self._open.append(tag)

    def _attributes(self, tag_name: str, begin: int) -> dict[str, str]:
        attributes: dict[str, str] = {}
        while True:
            self._skip_spaces()
            if self._pos >= len(self._src):
                raise self._error("Unclosed start tag", begin)
            if self._src[self._pos] == ">":
                self._pos += 1
                return attributes
            name = self._take(_ATTRIBUTE_NAME).lower()
            if not name:
                raise self._error(f'Empty attribute name in the tag "{tag_name}"', begin)
            self._skip_spaces()
            if not self._src.startswith("=", self._pos):
                attributes[name] = ""
                continue
            self._pos += 1
            self._skip_spaces()
            attributes[name] = self._attribute_value(begin)

    def _attribute_value(self, begin: int) -> str:
        quote = self._src[self._pos : self._pos + 1]
        if quote not in ('"', "'"):
            return self._take(_UNQUOTED_VALUE)
        end = self._src.find(quote, self._pos + 1)
        if end < 0:
            raise self._error("Unclosed start tag", begin)
        raw = self._src[self._pos + 1 : end]
        self._pos = end + 1
        return _CHAR_REF.sub(lambda m: _decode_ref(m) or m.group(), raw)

    def _end_tag(self) -> None:
        begin = self._pos
        match = _END_TAG.match(self._src, begin)
        if match is None:
            raise self._error("Unclosed end tag", begin)
        name = match.group(1).lower()
        if not self._open:
            raise self._error("Unexpected end tag", begin)
        tag = self._open[-1]
        if name != tag.name:
            where = byte_offset(self._src, begin)
            raise parse_error(
                f'Unmatched end tag at byte offset {where}, expected "</{tag.name}>", '
                f'found "</{name}>"'
            )
        self._pos = match.end()
        self._open.pop()
        self._close(tag)

    def _close(self, tag: _OpenTag) -> None:
        language = tag.attributes.get("class", "").removeprefix("language-")
        if tag.name == "code" and self._open and self._open[-1].name == "pre" and language:
            self._open[-1].attributes["language"] = language
            return
        if tag.name == "a":
            if tag.attributes.get("href"):
                self._out.add_entity("text_link", tag.start, url=tag.attributes["href"])
            return
        entity_type = _ENTITY_OF_TAG[tag.name]
        if tag.name == "blockquote" and "expandable" in tag.attributes:
            entity_type = "expandable_blockquote"
        self._out.add_entity(
            entity_type,
            tag.start,
            language=tag.attributes.get("language"),
            custom_emoji_id=tag.attributes.get("emoji-id"),
        )

    def _skip_spaces(self) -> None:
        self._take(_SPACES)

    def _take(self, pattern: re.Pattern[str]) -> str:
        match = pattern.match(self._src, self._pos)
        assert match is not None
        self._pos = match.end()
        return match.group()


def _decode_ref(match: re.Match[str]) -> str | None:
    decimal, hexadecimal, name = match.groups()
    if name is not None:
        return _NAMED_REFS.get(name)
    code = int(decimal) if decimal is not None else int(hexadecimal, 16)
    if code == 0 or code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
        return None
    return chr(code)
