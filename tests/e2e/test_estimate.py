"""Three groups in three regions vote with known shares: /stats, /results and `senim report
--json` give the same weighted estimate. The population release is made up for the test."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest

from bot.cli import main
from bot.config import Settings
from bot.handlers.context import SenimApplication
from bot.polls.regions import all_regions
from bot.sandbox import Sandbox, SChat, SUser
from tests.e2e.talk import group_with_bot, reply_text, say
from tests.e2e.test_stats import admin_bot, boss

__all__ = ["admin_bot", "boss"]

TRUST, PARTLY, NOT = range(3)
PEOPLE = {"astana": 600_000, "ulytau": 100_000, "shymkent": 300_000}
GROUPS = [
    ("Дом у Байтерека", "Астана", [TRUST] * 8 + [NOT] * 4),
    ("Жезказган, двор", "Улытау", [TRUST] * 3 + [PARTLY] * 7),
    ("Шымкент, ЖК", "Шымкент", [TRUST] * 5 + [NOT] * 5),
]
WEIGHTED = (600 * 8 / 12 + 100 * 0.3 + 300 * 0.5) / 1000


def release_file(folder: Path) -> Path:
    """Every region: the three above, 1 000 000 people for each of the others."""
    people = {region.key: PEOPLE.get(region.key, 1_000_000) for region in all_regions()}
    rows = ["region,population,reference_date,source,publication,published_on,url"]
    for key, count in [*people.items(), ("total", sum(people.values()))]:
        rows.append(f"{key},{count},2025-01-01,Test,Test release,2025-02-01,https://example.org")
    path = folder / "population.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


async def region_group_votes(
    sandbox: Sandbox, title: str, region: str, choices: list[int]
) -> tuple[SUser, SChat]:
    """The group's admin and the group, once everyone has voted."""
    admin = sandbox.add_user(f"Admin of {title}", language_code="en")
    voters = [sandbox.add_user(f"Voter {i}") for i in range(len(choices))]
    group = await group_with_bot(sandbox, admin, *voters, title=title)
    await say(sandbox, admin, f"/region {region}", group)
    posted = await say(sandbox, admin, "/poll", group)
    for voter, option in zip(voters, choices, strict=True):
        await sandbox.vote(voter, posted, [option])
    await sandbox.wait_idle()
    return admin, group


async def test_stats_results_and_report_agree(
    settings: Settings,
    sandbox: Sandbox,
    admin_bot: SenimApplication,
    boss: SUser,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DATABASE_URL", settings.database_url)
    path = release_file(tmp_path)
    assert await asyncio.to_thread(main, ["population", "import", str(path)]) == 0
    capsys.readouterr()
    for title, region, choices in GROUPS:
        await region_group_votes(sandbox, title, region, choices)

    stats = await reply_text(sandbox, boss, "/stats", sandbox.private_chat(boss))
    await sandbox.next_bot_message(sandbox.private_chat(boss))
    reader = sandbox.add_user("Reader", language_code="en")
    results = await reply_text(sandbox, reader, "/results")
    assert await asyncio.to_thread(main, ["report", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)

    assert report["n"] == 32 and report["chats"] == 3 and report["regions_covered"] == 3
    assert report["raw_share"] == 0.5
    assert report["weighted_share"] == pytest.approx(WEIGHTED, abs=1e-4)
    assert report["population_covered"] == pytest.approx(1_000_000 / 18_000_000, abs=1e-4)
    low, high = (round(bound * 100) for bound in report["interval"])
    headline = (
        "All Senim polls, weighted to the regions' population: "
        f"{round(WEIGHTED * 100)}% (95% interval {low}–{high}%; unweighted 50%)"
    )
    effective = f"Answers: 32; effective sample size: {round(report['effective_n'])}"
    coverage = (
        "Coverage — chats: 3, private answers: 0, regions: 3 of 20, home to 6% of the population"
    )
    for text in (stats, results):
        assert headline in text
        assert effective in text
        assert coverage in text
        assert "not a random sample" in text


async def test_a_group_compared_with_the_national_figure_sees_what_the_national_figure_rests_on(
    sandbox: Sandbox, bot: SenimApplication
) -> None:
    admin, group = await region_group_votes(sandbox, *GROUPS[0])
    await say(sandbox, admin, "/poll stop", group)  # while open, its results and share are hidden
    await sandbox.next_bot_message(group)
    text = await reply_text(sandbox, admin, "/results", group)
    assert text.index("self-selected") < text.index("The national picture")
    assert "All Senim polls: 67% (95% interval" in text and "not weighted" in text
    assert "Answers: 12; effective sample size:" in text
    assert "Coverage — chats: 1, private answers: 0, regions: 1 of 20" in text
    assert text.rstrip().endswith("not who chose to answer.")
