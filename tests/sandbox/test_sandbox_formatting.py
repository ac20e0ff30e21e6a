"""Parse modes: what Telegram accepts, what it refuses, and the text and entities that result."""

from __future__ import annotations

import pytest

from bot.sandbox.errors import ApiError
from bot.sandbox.formatting import detect_entities, entity_text
from bot.sandbox.parse_modes import format_text


def test_html_strips_tags_unescapes_and_measures_in_utf16() -> None:
    result = format_text('😀 <b>Bold</b> &lt;3 &amp; <a href="https://x.kz">link</a>', "HTML")
    assert result.text == "😀 Bold <3 & link"
    assert result.entities == (
        {"type": "bold", "offset": 3, "length": 4},
        {"type": "text_link", "offset": 13, "length": 4, "url": "https://x.kz"},
    )


def test_html_supports_every_telegram_tag() -> None:
    source = (
        "<strong>a</strong><em>b</em><ins>c</ins><del>d</del><tg-spoiler>e</tg-spoiler>"
        '<span class="tg-spoiler">f</span><code>g</code><pre><code class="language-py">h'
        '</code></pre><blockquote expandable>i</blockquote><tg-emoji emoji-id="5368">j</tg-emoji>'
    )
    kinds = [entity["type"] for entity in format_text(source, "html").entities]
    assert kinds == [
        "bold",
        "italic",
        "underline",
        "strikethrough",
        "spoiler",
        "spoiler",
        "code",
        "pre",
        "expandable_blockquote",
        "custom_emoji",
    ]


@pytest.mark.parametrize(
    ("source", "reason"),
    [
        ("<b>open", 'Can\'t find end tag corresponding to start tag "b"'),
        ("<b>x</i>", 'Unmatched end tag at byte offset 4, expected "</b>", found "</i>"'),
        ("x</b>", "Unexpected end tag at byte offset 1"),
        ("<br>", 'Unsupported start tag "br" at byte offset 0'),
        ("1 < 2", 'Unsupported start tag "" at byte offset 2'),
        ("Ақ & қара", 'Unescaped "&"; write it as "&amp;" at byte offset 5'),
        ("<span>x</span>", 'Tag "span" must have class "tg-spoiler" at byte offset 0'),
        ('<a href="x', "Unclosed start tag at byte offset 0"),
    ],
)
def test_html_rejects_what_telegram_rejects(source: str, reason: str) -> None:
    with pytest.raises(ApiError) as error:
        format_text(source, "HTML")
    assert error.value.description == f"Bad Request: can't parse entities: {reason}"


def test_markdown_v2_entities_and_escapes() -> None:
    result = format_text(
        r"*bold* _it_ __under__ ||spoiler|| [site](https://a.kz/\)) 1\.5", "MarkdownV2"
    )
    assert result.text == "bold it under spoiler site 1.5"
    assert [e["type"] for e in result.entities] == [
        "bold",
        "italic",
        "underline",
        "spoiler",
        "text_link",
    ]
    assert result.entities[-1]["url"] == "https://a.kz/)"


@pytest.mark.parametrize(
    ("source", "reason"),
    [
        ("63%.", "Character '.' is reserved and must be escaped with the preceding '\\'"),
        ("*open", "Can't find end of Bold entity at byte offset 0"),
    ],
)
def test_markdown_v2_rejects_unescaped_and_unclosed(source: str, reason: str) -> None:
    with pytest.raises(ApiError, match="can't parse entities") as error:
        format_text(source, "MarkdownV2")
    assert error.value.description.endswith(reason)


def test_legacy_markdown_and_unknown_mode() -> None:
    assert format_text("*b* _i_ `c`", "Markdown").text == "b i c"
    with pytest.raises(ApiError, match="Can't find end of the entity starting at byte offset 0"):
        format_text("*open", "Markdown")
    with pytest.raises(ApiError, match="unsupported parse_mode"):
        format_text("x", "BBCode")


def test_surrounding_whitespace_is_trimmed_with_entities_kept_aligned() -> None:
    result = format_text("  \n<b>hi</b> there \n", "HTML")
    assert result.text == "hi there"
    assert result.entities == ({"type": "bold", "offset": 0, "length": 2},)


def test_user_text_gets_command_mention_hashtag_and_url_entities() -> None:
    text = "/poll@senim_test_bot ask @senim_test_bot #сенім https://stat.gov.kz"
    entities = detect_entities(text)
    assert [(e["type"], entity_text(text, e)) for e in entities] == [
        ("bot_command", "/poll@senim_test_bot"),
        ("mention", "@senim_test_bot"),
        ("hashtag", "#сенім"),
        ("url", "https://stat.gov.kz"),
    ]
