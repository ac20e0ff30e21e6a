"""Telegram's content limits, checked the way Telegram checks them.

api.min.json gives parameter types; the numbers below are the limits its descriptions state in
prose ("1-4096 characters after entities parsing"), which the bot's code must respect.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from bot.sandbox.errors import bad_request
from bot.sandbox.formatting import Entity, FormattedText
from bot.sandbox.parse_modes import format_text

TEXT_LIMIT = 4096
CAPTION_LIMIT = 1024
CALLBACK_DATA_BYTES = 64
CALLBACK_ANSWER_LIMIT = 200
POLL_QUESTION_LIMIT = 300
POLL_OPTION_LIMIT = 100
POLL_OPTIONS_MIN, POLL_OPTIONS_MAX = 2, 12
OPEN_PERIOD_MIN, OPEN_PERIOD_MAX = 5, 2_592_000
COMMAND = re.compile(r"[a-z0-9_]{1,32}")
COMMAND_DESCRIPTION_LIMIT = 256
COMMANDS_MAX = 100
LANGUAGE_CODE = re.compile(r"[a-z]{2}")
CHAT_ACTIONS = frozenset(
    {
        "typing",
        "upload_photo",
        "record_video",
        "upload_video",
        "record_voice",
        "upload_voice",
        "upload_document",
        "choose_sticker",
        "find_location",
        "record_video_note",
        "upload_video_note",
    }
)
# Inline buttons must do exactly one thing besides showing their text.
_BUTTON_ACTIONS = (
    "url",
    "callback_data",
    "web_app",
    "login_url",
    "switch_inline_query",
    "switch_inline_query_current_chat",
    "switch_inline_query_chosen_chat",
    "copy_text",
    "callback_game",
    "pay",
)


def message_text(
    text: str, parse_mode: str | None, entities: Sequence[Entity] | None
) -> FormattedText:
    """1-4096 characters after entity parsing, as sendMessage and editMessageText require."""
    formatted = format_text(text, parse_mode, entities)
    if not formatted.text:
        raise bad_request("message text is empty")
    if len(formatted.text) > TEXT_LIMIT:
        raise bad_request("message is too long")
    return formatted


def caption(
    text: str | None, parse_mode: str | None, entities: Sequence[Entity] | None
) -> FormattedText | None:
    if text is None:
        return None
    formatted = format_text(text, parse_mode, entities)
    if len(formatted.text) > CAPTION_LIMIT:
        raise bad_request("message caption is too long")
    return formatted


def reply_markup(markup: dict[str, Any] | None) -> dict[str, Any] | None:
    """Inline keyboards: every button has one action, callback data is 1-64 bytes."""
    for row in (markup or {}).get("inline_keyboard", []):
        for button in row:
            actions = [name for name in _BUTTON_ACTIONS if name in button]
            if not actions:
                raise bad_request(
                    "can't parse inline keyboard button: "
                    "Text buttons are unallowed in the inline keyboard"
                )
            data = button.get("callback_data")
            if data is not None and not 1 <= len(str(data).encode()) <= CALLBACK_DATA_BYTES:
                raise bad_request("BUTTON_DATA_INVALID")
            url = button.get("url")
            if url is not None and not re.match(r"(https?|tg)://\S+$", str(url)):
                raise bad_request("BUTTON_URL_INVALID")
    return markup


def poll_question(question: str) -> str:
    question = question.strip()
    if not question:
        raise bad_request("poll question must be non-empty")
    if len(question) > POLL_QUESTION_LIMIT:
        raise bad_request(f"poll question length must not exceed {POLL_QUESTION_LIMIT}")
    return question


def poll_options(options: Sequence[object]) -> list[str]:
    """Options come as InputPollOption objects; plain strings are accepted too."""
    texts = [str(o.get("text", "")) if isinstance(o, dict) else str(o) for o in options]
    texts = [text.strip() for text in texts]
    if len(texts) < POLL_OPTIONS_MIN:
        raise bad_request(f"poll must have at least {POLL_OPTIONS_MIN} option")
    if len(texts) > POLL_OPTIONS_MAX:
        raise bad_request(f"poll can't have more than {POLL_OPTIONS_MAX} options")
    if not all(texts):
        raise bad_request("poll options must be non-empty")
    if any(len(text) > POLL_OPTION_LIMIT for text in texts):
        raise bad_request(f"poll options length must not exceed {POLL_OPTION_LIMIT}")
    return texts


def poll_closing(open_period: int | None, close_date: int | None, now: float) -> float | None:
    """When the poll closes by itself (Unix time), checking Telegram's 5 s - 30 days window."""
    if open_period is not None and close_date is not None:
        raise bad_request("can't specify both open_period and close_date")
    if open_period is not None:
        if not OPEN_PERIOD_MIN <= open_period <= OPEN_PERIOD_MAX:
            raise bad_request("wrong open period specified")
        return now + open_period
    if close_date is not None:
        if not OPEN_PERIOD_MIN <= close_date - now <= OPEN_PERIOD_MAX:
            raise bad_request("wrong close date specified")
        return close_date
    return None


def poll_option_adding(allowed: bool, anonymous: bool, poll_type: str) -> None:
    """Bot API 10: voters may add options only to non-anonymous regular polls."""
    if allowed and (anonymous or poll_type != "regular"):
        raise bad_request("adding options is not supported for anonymous polls and quizzes")


def correct_options(poll_type: str, chosen: Sequence[int] | None, option_count: int) -> list[int]:
    """A quiz needs correct options in range; a regular poll must not have any."""
    if poll_type == "regular":
        if chosen:
            raise bad_request("correct options can be specified only for quizzes")
        return []
    if poll_type != "quiz":
        raise bad_request("poll type must be regular or quiz")
    if not chosen or any(not 0 <= option < option_count for option in chosen):
        raise bad_request("wrong correct option ID specified")
    return sorted(set(chosen))


def bot_commands(commands: Sequence[dict[str, Any]]) -> list[dict[str, str]]:
    if len(commands) > COMMANDS_MAX:
        raise bad_request("too many commands")
    for command in commands:
        if not COMMAND.fullmatch(str(command["command"])):
            raise bad_request("BOT_COMMAND_INVALID")
        if not 1 <= len(str(command["description"]).strip()) <= COMMAND_DESCRIPTION_LIMIT:
            raise bad_request("BOT_COMMAND_DESCRIPTION_INVALID")
    return [{"command": c["command"], "description": c["description"]} for c in commands]


def language_code(code: str | None) -> str:
    """Commands are kept per two-letter language code; empty means "all languages"."""
    if code and not LANGUAGE_CODE.fullmatch(code):
        raise bad_request("invalid language code specified")
    return code or ""


def callback_answer_text(text: str | None) -> str | None:
    if text is not None and len(text) > CALLBACK_ANSWER_LIMIT:
        raise bad_request("MESSAGE_TOO_LONG")
    return text


def chat_action(action: str) -> str:
    if action not in CHAT_ACTIONS:
        raise bad_request("wrong parameter action in request")
    return action
