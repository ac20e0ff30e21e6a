"""/addfigure through the sandbox: bot admins only, answers use the new point at once, a
replacement or removal asks first and keeps the old point, and bad input changes nothing."""

from __future__ import annotations

from bot.config import Settings
from bot.handlers.context import SERVICES, SenimApplication
from bot.sandbox import Sandbox
from bot.services import Services
from db.models import Figure
from db.queries.figures import figure_history, get_figure
from tests.e2e.talk import reply_text, say

ADMIN_ID = 4242


async def test_a_bot_admin_adds_a_year_and_the_answers_follow(
    sandbox: Sandbox, bot: SenimApplication, settings: Settings
) -> None:
    assert settings.is_bot_admin(ADMIN_ID)
    admin = sandbox.add_user("Analyst", language_code="en", user_id=ADMIN_ID)
    command = "/addfigure trust_share 2026 66 Kursiv, 2026-05-01 «66% trust the police»"
    saved = await reply_text(sandbox, admin, command)
    assert "Added: trust_share, 2026 — 66 (percent)" in saved
    assert "Kursiv, May 1, 2026" in saved
    latest = await reply_text(sandbox, admin, "how many people trust the police now?")
    assert "66%" in latest and "2026" in latest


async def test_others_are_refused_and_bad_input_gets_the_usage(
    sandbox: Sandbox, bot: SenimApplication
) -> None:
    resident = sandbox.add_user("Resident", language_code="en")
    refused = await reply_text(sandbox, resident, "/addfigure trust_share 2026 99 rumour")
    assert "Only the bot's admins" in refused
    assert "63%" in await reply_text(sandbox, resident, "how many trust the police?")
    admin = sandbox.add_user("Analyst", language_code="en", user_id=ADMIN_ID)
    usage = await reply_text(sandbox, admin, "/addfigure trust_share 2026")
    assert "Something is missing" in usage and "trust_share" in usage


def services_of(bot: SenimApplication) -> Services:
    services: Services = bot.bot_data[SERVICES]
    return services


async def stored_point(bot: SenimApplication, metric: str, period: int) -> Figure | None:
    async with services_of(bot).sessions() as session:
        return await get_figure(session, metric, period)


async def test_replacing_a_point_asks_first_and_keeps_the_old_one(
    sandbox: Sandbox, bot: SenimApplication
) -> None:
    admin = sandbox.add_user("Analyst", language_code="en", user_id=ADMIN_ID)
    command = "/addfigure trust_share 2025 63,5 Kursiv, 2025-10-14 «63.5%»"
    question = await say(sandbox, admin, command)
    assert "There is already a point" in (question.text or "")
    assert "trust_share, 2025 — 63 (percent). Source: Курсив, October 13, 2025." in (
        question.text or ""
    )
    cancel, replace = (button.callback_data for button in reversed(question.buttons))
    await sandbox.press_button(admin, question, cancel)
    await sandbox.wait_until(lambda: "Nothing was changed" in (question.text or ""))
    original = await stored_point(bot, "trust_share", 2025)
    assert original is not None and original.value == 63
    question = await say(sandbox, admin, command)
    replace = question.buttons[0].callback_data
    assert replace is not None
    await sandbox.press_button(admin, question, replace)
    await sandbox.wait_until(lambda: "Updated: trust_share, 2025" in (question.text or ""))
    replaced = await stored_point(bot, "trust_share", 2025)
    assert replaced is not None and replaced.value == 63.5
    async with services_of(bot).sessions() as session:
        (old,) = await figure_history(session, "trust_share", 2025)
    assert (old.figure["value"], old.figure["publication"]) == (63, "Курсив")
    assert old.figure["quote"] == original.quote and old.change == "replaced"
    assert old.figure["published_on"] == original.published_on.isoformat()
    assert not question.buttons, "the buttons go once pressed, so a change is applied once"


async def test_a_wrong_point_can_be_removed(sandbox: Sandbox, bot: SenimApplication) -> None:
    admin = sandbox.add_user("Analyst", language_code="en", user_id=ADMIN_ID)
    await reply_text(sandbox, admin, "/addfigure trust_share 2024 50 Kursiv, 2025-10-13")
    assert await stored_point(bot, "trust_share", 2024) is not None
    question = await say(sandbox, admin, "/addfigure remove trust_share 2024")
    assert "Remove this point?" in (question.text or "")
    await sandbox.press_button(admin, question, question.buttons[0].callback_data or "")
    await sandbox.wait_until(lambda: "Removed: trust_share, 2024" in (question.text or ""))
    assert await stored_point(bot, "trust_share", 2024) is None
    async with services_of(bot).sessions() as session:
        (kept,) = await figure_history(session, "trust_share", 2024)
    assert kept.change == "removed" and kept.figure["value"] == 50
    missing = await reply_text(sandbox, admin, "/addfigure remove trust_share 2024")
    assert "no point trust_share, 2024" in missing


async def test_unknown_metrics_and_bare_sources_are_refused(
    sandbox: Sandbox, bot: SenimApplication
) -> None:
    admin = sandbox.add_user("Analyst", language_code="en", user_id=ADMIN_ID)
    unknown = await reply_text(sandbox, admin, "/addfigure foo_bar 2025 50 Kursiv, 2025-10-13")
    assert "no such metric" in unknown and "Known metrics:" in unknown
    assert "trust_share" in unknown and "concealment" not in unknown
    bare = await reply_text(sandbox, admin, "/addfigure trust_share 2024 50 test")
    assert "publication" in bare and "date" in bare
    assert await stored_point(bot, "foo_bar", 2025) is None
    assert await stored_point(bot, "trust_share", 2024) is None
