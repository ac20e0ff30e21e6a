"""Answers as plain text, for a terminal or a pipe (`senim ask`) and for scoring what they say."""

import html
import re

QUOTE_RE = re.compile(r"<blockquote>(.*?)</blockquote>", re.DOTALL)
TAG_RE = re.compile(r"</?(?:b|i|code|a)(?:\s[^>]*)?>")


def plain_text(text: str) -> str:
    """Telegram HTML without its tags: a quote becomes an indented «…» line, entities unescaped."""
    quoted = QUOTE_RE.sub(lambda m: f"  «{m.group(1).strip()}»\n", text)
    return html.unescape(TAG_RE.sub("", quoted)).replace("\n\n\n", "\n\n").strip()
