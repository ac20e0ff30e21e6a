"""/addfigure through the sandbox: bot admins only, and answers use the new point at once."""

from __future__ import annotations

from bot.config import Settings
from bot.context import SenimApplication
from bot.sandbox import Sandbox
from tests.e2e.talk import reply_text

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
