"""Nothing a user sends breaks the bot, and Telegram's hiccups are absorbed."""

from __future__ import annotations

import pytest

from bot.handlers.context import SenimApplication
from bot.sandbox import Sandbox
from tests.e2e.talk import group_with_bot, reply_text, say

AWKWARD_PRIVATE_INPUT = [
    "?",
    "🙂🙂🙂",
    "<b>bold</b> & <script>alert(1)</script>",
    "сколько " * 700,
    "x" * 4096,
    "/lang " + "x" * 500,
    "/lang ru kk en",
    "/poll " + " | ".join(f"вариант {i}" for i in range(20)),
    "/ask",
    "/start@senim_test_bot please",
    "/results",
    "/forgetme",
    "/region Алматы",
    "2019",
    "0",
    "‮ reversed text",
]

AWKWARD_GROUP_INPUT = [
    "/poll",
    "/poll Вопрос? | один",
    "/poll " + "?" * 301 + " | да | нет",
    "/poll Вопрос? | " + " | ".join(["да"] * 2),
    "/poll Вопрос? | " + "д" * 101 + " | нет",
    "/poll 99d Вопрос? | да | нет",
    "/poll stop",
    "/region",
    "/region " + "ё" * 300,
    "/lang",
    "/ask " + "<i>" * 50,
    "/results",
    "/dance@senim_test_bot",
]


@pytest.mark.parametrize("text", AWKWARD_PRIVATE_INPUT)
async def test_awkward_private_input_gets_an_answer(
    sandbox: Sandbox, bot: SenimApplication, text: str
) -> None:
    user = sandbox.add_user("Tester", language_code="ru")
    assert await reply_text(sandbox, user, text)


async def test_awkward_group_input_gets_answers_and_no_error(
    sandbox: Sandbox, bot: SenimApplication
) -> None:
    admin = sandbox.add_user("Admin", language_code="kk")
    group = await group_with_bot(sandbox, admin)
    for text in AWKWARD_GROUP_INPUT:
        reply = await say(sandbox, admin, text, group)
        assert reply.text or reply.poll, text
    await sandbox.wait_idle()


async def test_a_429_from_telegram_is_waited_out(sandbox: Sandbox, bot: SenimApplication) -> None:
    user = sandbox.add_user("Patient", language_code="en")
    sandbox.inject_fault("sendMessage", "429", retry_after=1)
    assert "63%" in await reply_text(sandbox, user, "how many people trust the police?")
    assert [call.status for call in sandbox.errors] == [429]


async def test_a_telegram_outage_delays_the_answer_but_loses_nothing(
    sandbox: Sandbox, bot: SenimApplication
) -> None:
    user = sandbox.add_user("Unlucky", language_code="en")
    sandbox.inject_fault("sendMessage", "502")
    await sandbox.send_text(user, "how many people trust the police?")
    later = await sandbox.next_bot_message(sandbox.private_chat(user), timeout=10)
    assert "63%" in (later.text or "")
    assert "What I can do" in await reply_text(sandbox, user, "/help")
    assert [call.status for call in sandbox.errors] == [502]


async def test_a_dropped_connection_while_polling_is_survived(
    sandbox: Sandbox, bot: SenimApplication
) -> None:
    user = sandbox.add_user("Steady", language_code="en")
    sandbox.inject_fault("getUpdates", "drop")
    assert "What I can do" in await reply_text(sandbox, user, "/help")
