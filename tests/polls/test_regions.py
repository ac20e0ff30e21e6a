"""The 20 regions and matching the names people type in ru, kk and en."""

from __future__ import annotations

import pytest

from bot.config import LANGUAGES
from bot.polls.regions import all_regions, find_region, region_by_key
from db.models import Chat

CITIES = {"astana", "almaty", "shymkent"}


def test_seventeen_oblasts_and_three_cities_named_in_every_language() -> None:
    regions = all_regions()
    assert len(regions) == 20
    assert len({r.key for r in regions}) == 20
    assert {r.key for r in regions} >= CITIES
    width = Chat.model_fields["region"].metadata[0].max_length
    for region in regions:
        assert len(region.key) <= width
        assert all(region.name(language) for language in LANGUAGES)


@pytest.mark.parametrize(
    ("typed", "key"),
    [
        ("Алматы", "almaty"),
        ("almaty", "almaty"),
        ("Алматинская обл.", "almaty_region"),
        ("Almaty Region", "almaty_region"),
        ("Алматы облысы", "almaty_region"),
        ("Қарағанды облысы", "karaganda"),
        ("Караганды облысы", "karaganda"),
        ("карагандинская", "karaganda"),
        ("Karagandy", "karaganda"),
        ("ВКО", "east_kazakhstan"),
        ("Восточно-Казахстанская", "east_kazakhstan"),
        ("Солтүстік Қазақстан", "north_kazakhstan"),
        ("Нур-Султан", "astana"),
        ("astana", "astana"),
        ("Шимкент", "shymkent"),
        ("Актау", "mangystau"),
        ("Актобе", "aktobe"),
        ("Туркестанская", "turkestan"),
        ("Uralsk", "west_kazakhstan"),
        ("Жетысу", "zhetysu"),
        ("улытау", "ulytau"),
        ("Абай облысы", "abai"),
    ],
)
def test_names_in_any_language_with_typos(typed: str, key: str) -> None:
    region = find_region(typed)
    assert region is not None and region.key == key


@pytest.mark.parametrize("typed", ["", "  ", "Kazakhstan", "Москва", "область", "xyz", "!!!"])
def test_unknown_or_ambiguous_names_match_nothing(typed: str) -> None:
    assert find_region(typed) is None


def test_lookup_by_key() -> None:
    region = region_by_key("astana")
    assert region is not None and region.name("en") == "Astana"
    assert region_by_key(None) is None and region_by_key("atlantis") is None
