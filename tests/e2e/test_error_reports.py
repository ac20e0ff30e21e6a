"""Unexpected errors reach the bot's admins in private, throttled, without personal data; the
person still gets their answer, as the update is retried."""

from __future__ import annotations

import re

from bot.handlers.context import SenimApplication
from bot.sandbox import Sandbox, SChat
from tests.e2e.talk import reply_text

BOT_ADMIN_ID = 4242


def polls_in(sandbox: Sandbox, chat: SChat) -> int:
    return sum(1 for message in sandbox.bot_messages(chat) if message.poll is not None)


async def test_an_unexpected_error_is_reported_to_the_admins_once_per_kind(
    sandbox: Sandbox, bot: SenimApplication
) -> None:
    admin = sandbox.add_user("Analyst", language_code="en", user_id=BOT_ADMIN_ID)
    assert "What I can do" in await reply_text(sandbox, admin, "/help")
    await sandbox.wait_idle()
    inbox = sandbox.private_chat(admin)
    person = sandbox.add_user("Zhanna", last_name="Secretova", username="zhanna_k")
    person_chat = sandbox.private_chat(person)

    sandbox.inject_fault("sendPoll", "400")  # Telegram rejects the survey poll once
    await sandbox.send_text(person, "/poll")
    report = (await sandbox.next_bot_message(inbox)).text or ""
    assert re.match(r"⚠️ .* BadRequest .* #\d+\.", report)
    assert "bot/handlers/poll.py" in report and "in poll_command" in report
    for personal in (str(person.id), "Zhanna", "Secretova", "zhanna_k", "malformed"):
        assert personal not in report
    await sandbox.wait_until(lambda: polls_in(sandbox, person_chat) == 1, timeout=10)

    sandbox.inject_fault("sendPoll", "400")  # the same kind again: held back
    await sandbox.send_text(person, "/poll")
    await sandbox.wait_until(lambda: polls_in(sandbox, person_chat) == 2, timeout=10)
    await sandbox.wait_idle()
    assert len(sandbox.bot_messages(inbox)) == 2  # the /help answer and the first report

    sandbox.inject_fault("sendDocument", "400")  # another kind: reported
    await sandbox.send_text(admin, "/export")
    second = (await sandbox.next_bot_message(inbox)).text or ""
    assert "BadRequest" in second and "in export_command" in second
    exported = await sandbox.next_bot_message(inbox, timeout=10)
    assert exported.file is not None
