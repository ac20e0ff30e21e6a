"""/stats and /export through the sandbox: a bot admin's global view with a chart, a group admin's
view of their group, refusals, the CSV file, and `senim export` writing the same file."""

from __future__ import annotations

import asyncio
import csv
import io
from collections.abc import AsyncIterator
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.cli import main
from bot.config import Settings
from bot.handlers.context import SenimApplication
from bot.reports.export import COLUMNS
from bot.sandbox import BotMessage, Sandbox, SChat, SUser
from bot.stats.intervals import wilson
from bot.stats.trend import local_day
from bot.util import formatting
from bot.util.i18n import Translator
from db.models import utcnow
from tests.e2e.conftest import running_bot
from tests.e2e.talk import group_with_bot, reply_text, say

PNG = b"\x89PNG\r\n\x1a\n"
TRUST, PARTLY, NOT, HARD_TO_SAY = range(4)
TWELVE = [TRUST] * 6 + [PARTLY] * 4 + [NOT] * 2
TWELVE_AND_TWO_UNSURE = [*TWELVE, HARD_TO_SAY, HARD_TO_SAY]


@pytest.fixture
def boss(sandbox: Sandbox) -> SUser:
    """The bot's admin (ADMIN_IDS)."""
    return sandbox.add_user("Boss", language_code="en")


@pytest.fixture
async def admin_bot(
    settings: Settings, sandbox: Sandbox, boss: SUser
) -> AsyncIterator[SenimApplication]:
    with_boss = settings.model_copy(update={"admin_ids": frozenset({boss.id})})
    async with running_bot(with_boss, sandbox) as application:
        yield application
    assert not sandbox.errors, f"the bot made requests Telegram would refuse: {sandbox.errors}"


async def group_poll_with_votes(
    sandbox: Sandbox, title: str, choices: list[int]
) -> tuple[SChat, SUser]:
    """A group whose admin posts the survey poll and whose members answer `choices`."""
    admin = sandbox.add_user(f"Admin of {title}", language_code="en")
    voters = [sandbox.add_user(f"Voter {i}") for i in range(len(choices))]
    group = await group_with_bot(sandbox, admin, *voters, title=title)
    posted = await say(sandbox, admin, "/poll", group)
    for voter, option in zip(voters, choices, strict=True):
        await sandbox.vote(voter, posted, [option])
    await sandbox.wait_idle()
    return group, admin


def interval(successes: int, n: int) -> str:
    shown = wilson(successes, n)
    return f"95% interval {round(shown.low * 100)}–{round(shown.high * 100)}%, n = {n}"


def this_month(settings: Settings) -> str:
    return formatting.month(local_day(utcnow(), ZoneInfo(settings.timezone)), "en")


async def stats_with_chart(sandbox: Sandbox, user: SUser, chat: SChat) -> tuple[str, BotMessage]:
    text = await reply_text(sandbox, user, "/stats", chat)
    return text, await sandbox.next_bot_message(chat)


def assert_chart(message: BotMessage) -> None:
    assert message.file is not None and message.file.kind == "photo"
    assert message.file.data is not None and message.file.data.startswith(PNG)
    assert (message.text or "").startswith("Trust the police: by month, with 95% intervals")


async def test_a_bot_admin_sees_every_chat_with_a_chart(
    settings: Settings, sandbox: Sandbox, admin_bot: SenimApplication, boss: SUser
) -> None:
    await group_poll_with_votes(sandbox, "Дом <7> & двор", TWELVE_AND_TWO_UNSURE)
    await group_poll_with_votes(sandbox, "Двор", [TRUST, NOT])
    text, chart = await stats_with_chart(sandbox, boss, sandbox.private_chat(boss))
    assert text.startswith("📈 Senim statistics: all chats\nActive groups: 2\n")
    assert "\nPolls run in groups: 2\n" in text
    assert "Answers collected: 16 (in anonymous polls: 16, in the others: 0)" in text
    assert "People who took the private survey: 0" in text
    assert "Official figure: 63% trust the police (2025, Курсив)" in text
    assert "All Senim polls: 50% (95% interval " in text
    assert "not weighted: no population data for their regions yet" in text
    assert "Answers: 14; effective sample size: " in text
    assert "Coverage — chats: 2, private answers: 0, regions: 0 of 20\n" in text
    assert "Not distinguishable from the national 63%" in text
    assert f"• {this_month(settings)} — 50% ({interval(7, 14)})" in text
    assert "• Дом <7> & двор — 50% (n = 12)\n• Двор — too few answers" in text
    assert "not a random sample" in text
    assert_chart(chart)


async def test_the_admin_menu_appears_once_the_admin_writes_and_group_admins_have_stats(
    sandbox: Sandbox, admin_bot: SenimApplication, boss: SUser
) -> None:
    await say(sandbox, boss, "/help")
    menu = await sandbox.wait_until(
        lambda: sandbox.world.commands.get(("chat", str(boss.id), "en"))
    )
    assert {"stats", "export", "poll", "results"} <= {command["command"] for command in menu}
    # the public menus are published in the background, not before the bot starts polling
    group_admins = await sandbox.wait_until(
        lambda: sandbox.world.commands.get(("all_chat_administrators", "en"))
    )
    assert "stats" in {command["command"] for command in group_admins}
    everyone = await sandbox.wait_until(
        lambda: sandbox.world.commands.get(("all_private_chats", "en"))
    )
    assert not {"stats", "export"} & {command["command"] for command in everyone}


async def test_a_group_admin_sees_only_their_group(
    settings: Settings, sandbox: Sandbox, admin_bot: SenimApplication
) -> None:
    group, admin = await group_poll_with_votes(sandbox, "Дом 7", TWELVE)
    await group_poll_with_votes(sandbox, "Соседи", [TRUST, TRUST, NOT])
    running = await reply_text(sandbox, admin, "/stats", group)
    # The survey poll hides its results until it closes: /stats gives its count, not its share.
    assert "has 12 answers so far; its results stay hidden until it closes." in running
    assert "50%" not in running and "Trust the police:" not in running
    assert "No month has 10 answers yet, so there is no chart." in running
    note = await reply_text(sandbox, admin, "/poll stop", group)
    assert "«Do you trust the police?»" in note
    await sandbox.next_bot_message(group)
    text, chart = await stats_with_chart(sandbox, admin, group)
    assert "stay hidden" not in text
    assert text.startswith("📈 Senim statistics: Дом 7\nPolls run in this chat: 1\n")
    assert "Answers collected: 12 (in anonymous polls: 12, in the others: 0)" in text
    assert "The chat's latest trust poll" in text
    assert f"Trust the police: 50% ({interval(6, 12)})" in text
    assert f"• {this_month(settings)} — 50% ({interval(6, 12)})" in text
    assert "Соседи" not in text and "Active groups" not in text and "By chat" not in text
    assert_chart(chart)


async def test_a_small_group_gets_text_only_and_is_told_why(
    sandbox: Sandbox, admin_bot: SenimApplication
) -> None:
    group, admin = await group_poll_with_votes(sandbox, "Дом 9", [TRUST, NOT])
    text = await reply_text(sandbox, admin, "/stats", group)
    assert "No month has 10 answers yet, so there is no chart." in text
    await sandbox.wait_idle()
    assert not any(message.file for message in sandbox.bot_messages(group))


async def test_others_are_refused_in_their_language(
    sandbox: Sandbox, admin_bot: SenimApplication
) -> None:
    group, _admin = await group_poll_with_votes(sandbox, "Дом 7", TWELVE)
    member = sandbox.add_user("Member", language_code="en")
    await sandbox.set_member(group, member)
    refused = await reply_text(sandbox, member, "/stats", group)
    assert refused == "Only the chat's admins can see its statistics."
    resident = sandbox.add_user("Житель", language_code="ru")
    private = await reply_text(sandbox, resident, "/stats")
    ru = Translator("ru")
    assert private == ru(
        "Statistics are for admins. A group's admins can send /stats in their group."
    )
    assert await reply_text(sandbox, resident, "/export") == ru(
        "Only the bot's admins can export results."
    )


async def test_export_sends_a_csv_whose_rows_match_the_votes(
    settings: Settings,
    sandbox: Sandbox,
    admin_bot: SenimApplication,
    boss: SUser,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    group, _admin = await group_poll_with_votes(sandbox, "Дом 7", TWELVE_AND_TWO_UNSURE)
    await sandbox.set_member(group, boss)
    in_group = await reply_text(sandbox, boss, "/export", group)
    assert "only in private" in in_group
    document = await say(sandbox, boss, "/export")
    assert document.file is not None and document.file.kind == "document"
    assert (document.file.filename or "").startswith("senim-results-")
    assert document.file.data is not None
    table = document.file.data.decode()
    rows = list(csv.DictReader(io.StringIO(table)))
    assert tuple(rows[0]) == COLUMNS
    assert [(row["chat_title"], row["option"], row["count"]) for row in rows] == [
        ("Дом 7", "I trust it", "6"),
        ("Дом 7", "Partly", "4"),
        ("Дом 7", "I don't trust it", "2"),
        ("Дом 7", "Hard to say", "2"),
    ]
    assert {row["chat_id"] for row in rows} == {str(group.id)}
    out = tmp_path / "export.csv"
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DATABASE_URL", settings.database_url)
    assert await asyncio.to_thread(main, ["export", "--out", str(out)]) == 0
    assert out.read_bytes() == document.file.data
