"""What every method handler gets: typed parameters, and the parts shared by sending methods."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from typing import Any, TypeVar

from bot.sandbox import validation
from bot.sandbox.errors import bad_request, missing_parameter
from bot.sandbox.model import JsonDict, SChat
from bot.sandbox.world import World

T = TypeVar("T")


class Params:
    """Decoded request parameters. Their types were checked against the Bot API description
    already; the accessors only tell the type checker what a handler expects."""

    def __init__(self, values: Mapping[str, object]):
        self._values = dict(values)

    def __contains__(self, name: str) -> bool:
        return name in self._values

    def need(self, name: str, kind: type[T]) -> T:
        value = self._values.get(name)
        if not isinstance(value, kind):
            raise missing_parameter(name)
        return value

    def opt(self, name: str, kind: type[T]) -> T | None:
        value = self._values.get(name)
        return value if isinstance(value, kind) else None

    def flag(self, name: str, default: bool = False) -> bool:
        value = self._values.get(name)
        return value if isinstance(value, bool) else default

    def chat_id(self) -> int | str:
        value = self._values.get("chat_id")
        if not isinstance(value, int | str):
            raise missing_parameter("chat_id")
        return value

    def legacy_int(self, name: str) -> int | None:
        """A parameter Bot API 10 no longer lists (so the spec left it undecoded)."""
        value = self._values.get(name)
        if isinstance(value, str) and value.lstrip("-").isdigit():
            return int(value)
        return value if isinstance(value, int) else None


Handler = Callable[[World, Params], Awaitable[Any]]


def reply_fields(world: World, chat: SChat, params: Params) -> JsonDict:
    """`reply_to_message` and an inline `reply_markup`, as a sent message carries them."""
    fields: JsonDict = {}
    reply = params.opt("reply_parameters", dict)
    legacy_id = params.legacy_int("reply_to_message_id")
    if reply is None and legacy_id is not None:
        reply = {"message_id": legacy_id}
    if reply is not None:
        source = world.chat(reply["chat_id"]) if "chat_id" in reply else chat
        quoted = world.quote(source, reply["message_id"])
        if quoted is None and not reply.get("allow_sending_without_reply"):
            raise bad_request("message to be replied not found")
        fields["reply_to_message"] = quoted
    markup = validation.reply_markup(params.opt("reply_markup", dict))
    if markup is not None and "inline_keyboard" in markup:
        fields["reply_markup"] = markup
    return fields
