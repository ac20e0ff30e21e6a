"""Question understanding and answer composition for Senim (no Telegram import).

Used by the chat handlers and by `senim ask`:

    engine = QAEngine.from_facts(figures)          # figures: db rows with the Fact attributes
    chat = Conversation()                          # one per chat, kept between messages
    engine.answer("Какой уровень доверия сейчас?", language="ru", conversation=chat)
    engine.answer("а в 2019?", language="ru", conversation=chat).text   # -> the 2019 figure
"""

from bot.qa.answer import Answer
from bot.qa.conversation import Conversation
from bot.qa.engine import QAEngine
from bot.qa.facts import Fact

__all__ = ["Answer", "Conversation", "Fact", "QAEngine"]
