"""A local double of the Telegram Bot API for tests, `senim chat` and benchmarks.

async with Sandbox() as sb:
    app = Application.builder().token(sb.token).base_url(sb.base_url).build()
    ...
"""

from bot.sandbox.driver import DEFAULT_TOKEN, Sandbox
from bot.sandbox.errors import SandboxError
from bot.sandbox.model import BotMessage, InlineButton, SChat, SentFile, SUser
from bot.sandbox.polls import SPoll
from bot.sandbox.server import ApiCall
from bot.sandbox.world import CallbackQuery

__all__ = [
    "DEFAULT_TOKEN",
    "ApiCall",
    "BotMessage",
    "CallbackQuery",
    "InlineButton",
    "SChat",
    "SPoll",
    "SUser",
    "Sandbox",
    "SandboxError",
    "SentFile",
]
