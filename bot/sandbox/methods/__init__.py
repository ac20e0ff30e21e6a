"""The Bot API methods the sandbox implements, looked up by lower-cased name."""

from __future__ import annotations

from bot.sandbox.methods import account, chats, messages, polls
from bot.sandbox.methods.base import Handler, Params

METHODS: dict[str, Handler] = {
    name.lower(): handler
    for module in (account, chats, messages, polls)
    for name, handler in module.HANDLERS.items()
}

__all__ = ["METHODS", "Handler", "Params"]
