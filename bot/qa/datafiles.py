"""Reading the package's TOML data files (intents, answers, lexicon, sources, general facts)."""

import tomllib
from functools import cache
from importlib.resources import files
from typing import Any


@cache
def load(name: str) -> dict[str, Any]:
    """Parsed data/<name>; cached, the files do not change while the bot runs."""
    return tomllib.loads((files("bot.qa") / "data" / name).read_text(encoding="utf-8"))
