"""Question understanding and answer composition for Senim (no Telegram import).

Used by the chat handlers and by `senim ask`:

    engine = QAEngine.from_facts(figures)          # figures: db rows with the Fact attributes
    chat = Conversation()                          # one per chat, kept between messages
    engine.answer("Какой уровень доверия сейчас?", language="ru", conversation=chat)
    engine.answer("а в 2019?", language="ru", conversation=chat).text   # -> the 2019 figure

The names below are imported on first use: the bot starts polling while the engine, and the
few hundred ms of imports it needs, are built in a thread (bot.services).
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from bot.qa.answer import Answer
    from bot.qa.conversation import Conversation
    from bot.qa.engine import QAEngine
    from bot.qa.facts import Fact

__all__ = ["Answer", "Conversation", "Fact", "QAEngine"]
_HOMES = {
    "Answer": "bot.qa.answer",
    "Conversation": "bot.qa.conversation",
    "Fact": "bot.qa.facts",
    "QAEngine": "bot.qa.engine",
}


def __getattr__(name: str) -> Any:
    if name not in _HOMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(_HOMES[name]), name)
