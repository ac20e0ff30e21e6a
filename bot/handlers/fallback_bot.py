"""The bot's own messages always reach people: if Telegram refuses one (400: HTML it cannot
parse, too long), the refusal is logged as an error with the method and Telegram's description,
and the text goes again as plain text, cut to Telegram's limit."""

from __future__ import annotations

import html
import logging
import re
from typing import Any

from telegram.error import BadRequest
from telegram.ext import ExtBot

log = logging.getLogger(__name__)

TEXT_METHODS = frozenset({"sendMessage", "editMessageText"})
MESSAGE_MAX = 4096
TAG = re.compile(r"<[^>]*>")


def as_plain_text(text: str) -> str:
    plain = html.unescape(TAG.sub("", text)).strip() or "…"
    return plain if len(plain) <= MESSAGE_MAX else plain[: MESSAGE_MAX - 1] + "…"


class FallbackBot(ExtBot[Any]):
    async def _send_message(
        self, endpoint: str, data: dict[str, Any], *args: Any, **kwargs: Any
    ) -> Any:
        try:
            return await super()._send_message(endpoint, data, *args, **kwargs)
        except BadRequest as error:
            if endpoint not in TEXT_METHODS or not isinstance(data.get("text"), str):
                raise
            log.error(
                "Telegram refused %s: %s; sending plain text instead", endpoint, error.message
            )
            plain = {key: value for key, value in data.items() if key != "entities"}
            plain["text"] = as_plain_text(data["text"])
            return await super()._send_message(
                endpoint, plain, *args, **kwargs | {"parse_mode": None}
            )
