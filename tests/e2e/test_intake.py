"""The inbox at work: poison updates set aside, failures retried and logged once, update ids
that Telegram restarts, and logs that carry no personal data."""

from __future__ import annotations

import json
import logging

import pytest
from sqlmodel import select
from telegram import Update

from bot.app import build_application
from bot.config import Settings
from bot.handlers.context import SERVICES, SenimApplication
from bot.handlers.intake import INTAKE, Intake
from bot.sandbox import Sandbox
from bot.services import Services
from db.models import InboxUpdate, Poll, PollVote
from tests.e2e.talk import group_with_bot, reply_text, say

TRUST, PARTLY, NOT = range(3)


def services_of(bot: SenimApplication) -> Services:
    services: Services = bot.bot_data[SERVICES]
    return services


async def inbox_rows(bot: SenimApplication) -> list[InboxUpdate]:
    async with services_of(bot).sessions() as session:
        return list((await session.exec(select(InboxUpdate))).all())


async def test_an_update_that_cannot_be_read_is_set_aside_and_the_bot_moves_on(
    sandbox: Sandbox, bot: SenimApplication, caplog: pytest.LogCaptureFixture
) -> None:
    user = sandbox.add_user("Aigerim", language_code="en")
    poison = await sandbox.send_raw_update({"message": {"text": "Aigerim's secret"}})
    assert "What I can do" in await reply_text(sandbox, user, "/help")
    await sandbox.wait_idle()  # outcomes are written in batches, a moment later
    (aside,) = [row for row in await inbox_rows(bot) if row.update_id == poison]
    assert (aside.state, aside.payload) == ("aside", None)
    assert "secret" not in caplog.text and "Aigerim" not in caplog.text


async def test_an_update_that_keeps_failing_is_tried_a_few_times_then_set_aside(
    sandbox: Sandbox,
    bot: SenimApplication,
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    tries = []

    def broken(_language: str) -> str:
        tries.append(1)
        raise RuntimeError("the overview is broken")

    monkeypatch.setattr(services_of(bot).qa, "overview", broken)
    user = sandbox.add_user("Dana", language_code="ru")
    apology = await say(sandbox, user, "/figures")
    assert "Простите, у меня что-то сломалось" in (apology.text or "")
    monkeypatch.undo()
    assert "Что я умею" in await reply_text(sandbox, user, "/help")
    await sandbox.wait_idle()
    assert len(tries) == 3
    assert [row.state for row in await inbox_rows(bot)] == ["aside", "handled"]
    tracebacks = [record for record in caplog.records if record.exc_info]
    assert len(tracebacks) == 1 and "error #1 " in tracebacks[0].getMessage()


async def test_votes_count_after_telegram_restarts_its_update_ids(
    sandbox: Sandbox, bot: SenimApplication
) -> None:
    admin = sandbox.add_user("Marat", language_code="en")
    neighbours = [sandbox.add_user(f"Neighbour {i}") for i in range(3)]
    sandbox.restart_update_ids(1_000_000)
    group = await group_with_bot(sandbox, admin, *neighbours)
    posted = await say(sandbox, admin, "/poll", group)
    await sandbox.vote(neighbours[0], posted, [TRUST])
    resident = sandbox.add_user("Resident", language_code="en")
    await sandbox.send_text(resident, "/poll")
    await sandbox.next_bot_message(sandbox.private_chat(resident))
    question = await sandbox.next_bot_message(sandbox.private_chat(resident))
    await sandbox.vote(resident, question, [TRUST])
    await sandbox.next_bot_message(sandbox.private_chat(resident))
    await sandbox.wait_idle()

    sandbox.restart_update_ids(500)
    await sandbox.vote(neighbours[1], posted, [NOT])
    await sandbox.vote(resident, question, [NOT])
    await sandbox.wait_idle()
    assert posted.poll is not None
    async with services_of(bot).sessions() as session:
        poll = (await session.exec(select(Poll).where(Poll.telegram_id == posted.poll.id))).one()
        assert poll.counts[TRUST] == 1 and poll.counts[NOT] == 1
        assert question.poll is not None
        private = select(PollVote).join(Poll).where(Poll.telegram_id == question.poll.id)
        assert (await session.exec(private)).one().option_ids == [NOT]


async def test_logs_hold_no_names_ids_or_sql_parameters(
    sandbox: Sandbox, bot: SenimApplication, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="bot")
    caplog.set_level(logging.DEBUG, logger="db")
    caplog.set_level(logging.INFO)
    user = sandbox.add_user("Zhanargul", language_code="ru", username="zhanargul_kz")
    admin = sandbox.add_user("Yerlan", language_code="ru")
    group = await group_with_bot(sandbox, admin, user, title="Двор Жанаргуль")
    await reply_text(sandbox, user, "/start")
    await sandbox.send_text(user, "/poll")
    await sandbox.next_bot_message(sandbox.private_chat(user))
    question = await sandbox.next_bot_message(sandbox.private_chat(user))
    await sandbox.vote(user, question, [TRUST])
    await sandbox.send_raw_update({"message": {"text": "Zhanargul", "chat": {"id": user.id}}})
    await reply_text(sandbox, user, "сколько доверяют полиции?")
    posted = await say(sandbox, admin, "/poll", group)
    await sandbox.vote(user, posted, [NOT])
    await sandbox.wait_idle()
    pseudonym = services_of(bot).pseudonyms.of(user.id)
    for secret in ("Zhanargul", "zhanargul_kz", "Жанаргуль", str(user.id), pseudonym):
        assert secret not in caplog.text


async def test_a_stored_update_keeps_no_names_usernames_or_phone_numbers(
    settings: Settings, sandbox: Sandbox
) -> None:
    """The inbox row as written at intake, before any handling: what the bot needs stays
    (ids, language, text, a group's title), people's names do not."""
    application = build_application(
        settings.model_copy(update={"telegram_api_base_url": sandbox.base_url})
    )
    assert application.post_init is not None
    await application.post_init(application)
    person = {
        "id": 901, "is_bot": False, "first_name": "Aigerim", "last_name": "Nurlanova",
        "username": "aigerim_n", "language_code": "kk",
    }  # fmt: skip
    bot_user = {"id": 5, "is_bot": True, "first_name": "Senim", "username": "senim_bot"}
    raw = {
        "update_id": 77,
        "message": {
            "message_id": 3,
            "date": 1_700_000_000,
            "from": person,
            "chat": {"id": -100, "type": "supergroup", "title": "Двор на Абая 10"},
            "text": "@senim_bot сколько доверяют полиции?",
            "reply_to_message": {
                "message_id": 2,
                "date": 1_700_000_000,
                "from": bot_user,
                "chat": {"id": -100, "type": "supergroup", "title": "Двор на Абая 10"},
            },
            "contact": {"phone_number": "+77010000000", "first_name": "Aigerim", "user_id": 901},
        },
    }
    try:
        await Intake(application).store([raw])
        (row,) = await inbox_rows(application)
    finally:
        await application.post_shutdown(application)  # type: ignore[misc]
    assert row.payload is not None
    for personal in ("Aigerim", "Nurlanova", "aigerim_n", "+77010000000"):
        assert personal not in row.payload
    stored = Update.de_json(json.loads(row.payload), application.bot)
    assert stored.message is not None and stored.message.from_user is not None
    assert (stored.message.from_user.id, stored.message.from_user.language_code) == (901, "kk")
    assert stored.message.text == raw["message"]["text"]  # type: ignore[index]
    assert stored.message.chat.title == "Двор на Абая 10"
    replied = stored.message.reply_to_message
    assert replied is not None and replied.from_user is not None
    assert replied.from_user.username == "senim_bot"


async def test_a_non_anonymous_polls_counts_are_acknowledged_unstored(
    settings: Settings, sandbox: Sandbox
) -> None:
    """Every vote in a private survey question brings its counts, which such a poll does not
    keep: they take no inbox row. An anonymous group poll's counts are stored as ever."""
    application = build_application(
        settings.model_copy(update={"telegram_api_base_url": sandbox.base_url})
    )
    assert application.post_init is not None
    await application.post_init(application)

    def counts(update_id: int, poll_id: str, anonymous: bool) -> dict[str, object]:
        options = [{"text": text, "voter_count": 1} for text in ("Да", "Нет")]
        poll = {
            "id": poll_id, "question": "?", "options": options, "total_voter_count": 2,
            "is_closed": False, "is_anonymous": anonymous, "type": "regular",
            "allows_multiple_answers": False,
        }  # fmt: skip
        return {"update_id": update_id, "poll": poll}

    try:
        await Intake(application).store([counts(81, "private", False), counts(82, "group", True)])
        rows = await inbox_rows(application)
    finally:
        await application.post_shutdown(application)  # type: ignore[misc]
    assert [row.update_id for row in rows] == [82]


async def test_an_update_delivered_again_after_it_was_handled_changes_nothing(
    sandbox: Sandbox, bot: SenimApplication
) -> None:
    user = sandbox.add_user("Arman", language_code="en")
    assert "What I can do" in await reply_text(sandbox, user, "/help")
    await sandbox.wait_idle()
    (handled,) = await inbox_rows(bot)
    replies = len(sandbox.private_chat(user).bot_messages)
    person = {"id": user.id, "is_bot": False, "first_name": "Arman", "language_code": "en"}
    again = {
        "update_id": handled.update_id,
        "message": {
            "message_id": 1, "date": 1_700_000_000, "from": person,
            "chat": {"id": user.id, "type": "private"}, "text": "/help",
            "entities": [{"type": "bot_command", "offset": 0, "length": 5}],
        },
    }  # fmt: skip
    await bot.bot_data[INTAKE].store([again])
    await sandbox.wait_idle()
    assert len(sandbox.private_chat(user).bot_messages) == replies
    assert [(row.sequence, row.state) for row in await inbox_rows(bot)] == [
        (handled.sequence, "handled")
    ]
