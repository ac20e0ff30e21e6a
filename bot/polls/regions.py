"""The 20 top-level regions of Kazakhstan (data/regions.toml), found by a name in any language.

People type "Караганды", "карагандинская обл.", "Karagandy" or "ВКО", often without Kazakh
letters; matching folds those letters and case, tries exact names first, then fuzzy ones, and
refuses a guess when two regions are about as close (so "Kazakhstan" alone matches nothing).
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from rapidfuzz import fuzz, process

from bot.config import LANGUAGES
from bot.services import Services
from db.queries import chats

REGIONS_FILE = Path(__file__).with_name("data") / "regions.toml"
GOOD_MATCH = 85
CLEAR_LEAD = 5
KAZAKH_LETTERS = str.maketrans("әғқңөұүһіё", "агкноууhие")
NOT_A_LETTER = re.compile(r"[^\w]+")


@dataclass(frozen=True)
class Region:
    key: str
    names: Mapping[str, str]
    aliases: tuple[str, ...] = ()

    def name(self, language: str) -> str:
        return self.names[language]


@cache
def all_regions() -> tuple[Region, ...]:
    with REGIONS_FILE.open("rb") as stream:
        raw = tomllib.load(stream)
    return tuple(
        Region(
            key=entry["key"],
            names={language: entry[language] for language in LANGUAGES},
            aliases=tuple(entry.get("aliases", ())),
        )
        for entry in raw["regions"]
    )


def region_by_key(key: str | None) -> Region | None:
    return next((region for region in all_regions() if region.key == key), None)


def find_region(typed: str) -> Region | None:
    """The region a typed name means, or None when it matches none or several about equally."""
    wanted = normalise(typed)
    if not wanted:
        return None
    names = _names()
    if wanted in names:
        return region_by_key(names[wanted])
    matches = process.extract(wanted, list(names), scorer=fuzz.WRatio, limit=None)
    best_key, best_score = names[matches[0][0]], matches[0][1]
    if best_score < GOOD_MATCH:
        return None
    rival = next((score for name, score, _ in matches if names[name] != best_key), 0.0)
    return region_by_key(best_key) if best_score - rival >= CLEAR_LEAD else None


def closest_regions(typed: str, limit: int) -> list[Region]:
    """The regions whose names come closest to what was typed, best first, each once."""
    wanted = normalise(typed)
    names = _names()
    ranked: list[Region] = []
    for name, _score, _ in process.extract(wanted, list(names), scorer=fuzz.WRatio, limit=None):
        region = region_by_key(names[name])
        if region is not None and region not in ranked:
            ranked.append(region)
    return ranked[:limit]


def normalise(name: str) -> str:
    folded = name.casefold().translate(KAZAKH_LETTERS)
    return " ".join(NOT_A_LETTER.sub(" ", folded).split())


@cache
def _names() -> dict[str, str]:
    """Every normalised name and alias → region key."""
    names: dict[str, str] = {}
    for region in all_regions():
        for name in [*region.names.values(), *region.aliases]:
            names.setdefault(normalise(name), region.key)
    return names


async def chat_region(services: Services, chat_id: int) -> Region | None:
    async with services.sessions() as session:
        chat = await chats.get_chat(session, chat_id)
    return region_by_key(chat.region if chat else None)


async def save_chat_region(services: Services, chat_id: int, region: Region) -> None:
    async with services.sessions.begin() as session:
        await chats.set_chat_region(session, chat_id, region.key)
