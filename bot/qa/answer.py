"""What the engine returns to the chat handlers and `senim ask`."""

from dataclasses import dataclass, field

from bot.qa.frame import Frame
from bot.qa.intents import OUT_OF_SCOPE


@dataclass(frozen=True)
class Answer:
    text: str  # Telegram HTML: only <b>, <i>, <a href>, <code>, <blockquote>; <= 4096 chars
    intent: str  # "trust_current", "trust_year", "out_of_scope", "help", ...
    language: str  # "ru" | "kk" | "en": the language the answer is written in
    confidence: float  # similarity to the nearest example; 1.0 when a rule decided (follow-ups);
    # for out_of_scope below the threshold, 1 - that similarity
    frame: Frame = field(default_factory=Frame)  # what the question was understood to ask

    @property
    def in_scope(self) -> bool:
        return self.intent != OUT_OF_SCOPE
