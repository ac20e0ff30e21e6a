"""The Bot API surface, called through python-telegram-bot's own Bot over HTTP."""

from __future__ import annotations

import asyncio
import json
import time

import httpx
import pytest
from telegram import (
    Bot,
    BotCommand,
    BotCommandScopeAllGroupChats,
    BotCommandScopeChat,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    MessageEntity,
    ReplyParameters,
)
from telegram.error import BadRequest, Conflict, Forbidden, InvalidToken

from bot.sandbox import Sandbox, SUser
from bot.sandbox.spec import bot_api


async def test_get_me_describes_the_bot(bot: Bot, sandbox: Sandbox) -> None:
    me = await bot.get_me()
    assert (me.id, me.username, me.is_bot) == (123456, "senim_test_bot", True)
    assert me.can_read_all_group_messages is False
    sandbox.privacy_mode = False
    assert (await bot.get_me()).can_read_all_group_messages is True


async def test_wrong_token_and_unknown_method(sandbox: Sandbox) -> None:
    with pytest.raises(InvalidToken):
        await Bot("123456:WRONG", base_url=sandbox.base_url).get_me()
    async with httpx.AsyncClient() as client:
        unknown = await client.post(f"{sandbox.base_url}{sandbox.token}/sendTelepathy")
        malformed = await client.post(f"{sandbox.base_url}nocolon/getMe")
        missing = await client.post(f"{sandbox.base_url}{sandbox.token}/sendsticker")
    assert unknown.status_code == malformed.status_code == 404
    assert unknown.json() == {"ok": False, "error_code": 404, "description": "Not Found"}
    assert missing.json()["description"] == "Not Implemented: the sandbox has no sendSticker yet"
    assert [call.status for call in sandbox.errors] == [401, 404, 404, 501]


async def test_json_bodies_and_query_strings_work_too(sandbox: Sandbox, user: SUser) -> None:
    url = f"{sandbox.base_url}{sandbox.token}"
    async with httpx.AsyncClient() as client:
        by_json = await client.post(f"{url}/sendMessage", json={"chat_id": user.id, "text": "a"})
        by_query = await client.get(f"{url}/sendMessage", params={"chat_id": user.id, "text": "b"})
    assert by_json.json()["result"]["text"] == "a"
    assert by_query.json()["result"]["text"] == "b"


async def test_send_message_records_text_entities_and_keyboard(
    bot: Bot, sandbox: Sandbox, user: SUser
) -> None:
    keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("Иә", callback_data="yes")]])
    sent = await bot.send_message(
        user.id, "<b>Сәлем</b>, Aigerim!", parse_mode="HTML", reply_markup=keyboard
    )
    assert sent.text == "Сәлем, Aigerim!"
    assert sent.entities == (MessageEntity("bold", 0, 5),)
    assert sent.reply_markup == keyboard
    [recorded] = sandbox.bot_messages(sandbox.private_chat(user))
    assert (recorded.text, recorded.parse_mode) == ("Сәлем, Aigerim!", "HTML")
    assert recorded.source_text == "<b>Сәлем</b>, Aigerim!"
    assert [(b.text, b.callback_data) for b in recorded.buttons] == [("Иә", "yes")]


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"text": "x" * 4097}, "Message is too long"),
        ({"text": "   "}, "Message text is empty"),
        ({"text": "<b>5 < 6</b>", "parse_mode": "HTML"}, "Can't parse entities"),
        ({"text": "63.5%", "parse_mode": "MarkdownV2"}, "Can't parse entities"),
        (
            {
                "text": "x",
                "reply_markup": InlineKeyboardMarkup(
                    [[InlineKeyboardButton("x", callback_data="ж" * 33)]]
                ),
            },
            "Button_data_invalid",
        ),
        (
            {"text": "x", "reply_parameters": ReplyParameters(999)},
            "Message to be replied not found",
        ),
    ],
)
async def test_send_message_is_refused_like_telegram_refuses_it(
    bot: Bot, sandbox: Sandbox, user: SUser, kwargs: dict[str, object], error: str
) -> None:
    with pytest.raises(BadRequest, match=error):
        await bot.send_message(user.id, **kwargs)  # type: ignore[arg-type]
    assert sandbox.bot_messages() == []
    assert sandbox.errors[-1].status == 400


async def test_length_is_measured_after_parsing(bot: Bot, user: SUser) -> None:
    sent = await bot.send_message(user.id, f"<b>{'ы' * 4096}</b>", parse_mode="HTML")
    assert len(sent.text) == 4096


async def test_text_only_inline_button_is_refused(sandbox: Sandbox, user: SUser) -> None:
    markup = {"inline_keyboard": [[{"text": "nothing"}]]}
    async with httpx.AsyncClient() as client:
        answer = await client.post(
            f"{sandbox.base_url}{sandbox.token}/sendMessage",
            data={"chat_id": user.id, "text": "x", "reply_markup": json.dumps(markup)},
        )
    assert answer.status_code == 400
    assert "Text buttons are unallowed" in answer.json()["description"]


async def test_missing_and_mistyped_parameters(sandbox: Sandbox, user: SUser) -> None:
    url = f"{sandbox.base_url}{sandbox.token}"
    async with httpx.AsyncClient() as client:
        no_chat = await client.post(f"{url}/sendMessage", data={"text": "x"})
        bad_id = await client.post(
            f"{url}/editMessageText", data={"chat_id": user.id, "message_id": "x", "text": "y"}
        )
        bad_json = await client.post(
            f"{url}/sendMessage", data={"chat_id": user.id, "text": "x", "reply_markup": "{"}
        )
    assert no_chat.json()["description"] == "Bad Request: chat_id is empty"
    assert bad_id.json()["description"] == 'Bad Request: field "message_id" must be of type Integer'
    assert bad_json.json()["description"] == "Bad Request: can't parse reply_markup JSON object"


async def test_private_chat_rules(bot: Bot, sandbox: Sandbox) -> None:
    stranger = sandbox.add_user("Stranger")
    with pytest.raises(Forbidden, match="bot can't initiate conversation with a user"):
        await bot.send_message(stranger.id, "hi")
    with pytest.raises(BadRequest, match="Chat not found"):
        await bot.send_message(-42, "hi")
    await sandbox.send_text(stranger, "hello")
    await bot.send_message(stranger.id, "hi")
    await sandbox.block_bot(stranger)
    with pytest.raises(Forbidden, match="bot was blocked by the user"):
        await bot.send_message(stranger.id, "hi again")


async def test_long_polling_waits_for_an_update_and_offset_confirms(
    bot: Bot, sandbox: Sandbox
) -> None:
    aigerim = sandbox.add_user("Aigerim")
    poll = asyncio.create_task(bot.get_updates(timeout=5))
    await asyncio.sleep(0.05)
    assert not poll.done()
    started = time.monotonic()
    await sandbox.send_text(aigerim, "/start")
    [update] = await poll
    assert time.monotonic() - started < 4, "the long poll must wake on the update, not time out"
    assert update.message.text == "/start"
    assert update.message.entities == (MessageEntity("bot_command", 0, 6),)
    assert update.message.from_user.id == aigerim.id
    again = await bot.get_updates(timeout=0)
    assert [u.update_id for u in again] == [update.update_id]
    assert await bot.get_updates(offset=update.update_id + 1, timeout=0) == ()
    assert sandbox.pending_updates == []


async def test_long_poll_times_out_empty(bot: Bot) -> None:
    started = time.monotonic()
    assert await bot.get_updates(timeout=1) == ()
    assert 0.9 < time.monotonic() - started < 4


async def test_limit_negative_offset_and_allowed_updates(bot: Bot, sandbox: Sandbox) -> None:
    aigerim = sandbox.add_user("Aigerim")
    for n in range(5):
        await sandbox.send_text(aigerim, f"m{n}")
    assert [u.message.text for u in await bot.get_updates(limit=2)] == ["m0", "m1"]
    assert [u.message.text for u in await bot.get_updates(offset=-2)] == ["m3", "m4"]
    await bot.get_updates(offset=-1, allowed_updates=["callback_query"])
    await sandbox.send_text(aigerim, "not wanted")
    assert [u.message.text for u in await bot.get_updates(offset=-1)] == ["m4"]
    await bot.get_updates(allowed_updates=[])
    await sandbox.send_text(aigerim, "wanted again")
    assert (await bot.get_updates(offset=-1))[0].message.text == "wanted again"


async def test_a_second_poller_ends_the_first_with_conflict(bot: Bot, sandbox: Sandbox) -> None:
    first = asyncio.create_task(bot.get_updates(timeout=5))
    await asyncio.sleep(0.05)
    async with Bot(sandbox.token, base_url=sandbox.base_url) as second_instance:
        assert await second_instance.get_updates(timeout=0) == ()
    with pytest.raises(Conflict, match="terminated by other getUpdates request"):
        await first


async def test_webhook_is_stored_and_blocks_get_updates(bot: Bot, sandbox: Sandbox) -> None:
    await bot.set_webhook("https://senim.example/hook", max_connections=5)
    info = await bot.get_webhook_info()
    assert (info.url, info.max_connections) == ("https://senim.example/hook", 5)
    with pytest.raises(Conflict, match="webhook is active"):
        await bot.get_updates()
    await sandbox.send_text(sandbox.add_user("A"), "queued")
    await bot.delete_webhook(drop_pending_updates=True)
    assert await bot.get_updates() == ()
    assert await bot.log_out() and await bot.close()


async def test_commands_are_kept_per_scope_and_language(bot: Bot, sandbox: Sandbox) -> None:
    group = sandbox.add_group("Үй", sandbox.add_user("Creator"))
    await bot.set_my_commands([BotCommand("start", "Бастау")], language_code="kk")
    await bot.set_my_commands(
        [BotCommand("poll", "Сауалнама")], scope=BotCommandScopeAllGroupChats()
    )
    assert [c.command for c in await bot.get_my_commands(language_code="kk")] == ["start"]
    assert await bot.get_my_commands() == ()
    assert [c.command for c in await bot.get_my_commands(scope=BotCommandScopeAllGroupChats())] == [
        "poll"
    ]
    await bot.set_my_commands([BotCommand("x", "y")], scope=BotCommandScopeChat(group.id))
    await bot.delete_my_commands(language_code="kk")
    assert await bot.get_my_commands(language_code="kk") == ()
    with pytest.raises(BadRequest, match="Bot_command_invalid"):
        await bot.set_my_commands([BotCommand("Start", "x")])
    with pytest.raises(BadRequest, match="Bot_command_description_invalid"):
        await bot.set_my_commands([BotCommand("start", "x" * 257)])
    with pytest.raises(BadRequest, match="Chat not found"):
        await bot.set_my_commands([BotCommand("x", "y")], scope=BotCommandScopeChat(-1))
    with pytest.raises(BadRequest, match=r"(?i)not a known BotCommandScope"):
        await bot.set_my_commands(
            [BotCommand("x", "y")], api_kwargs={"scope": json.dumps({"type": "everyone"})}
        )


async def test_edit_delete_and_chat_action(bot: Bot, sandbox: Sandbox, user: SUser) -> None:
    keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("1", callback_data="1")]])
    sent = await bot.send_message(user.id, "first", reply_markup=keyboard)
    edited = await bot.edit_message_text("second", user.id, sent.message_id)
    assert edited.text == "second" and edited.reply_markup is None
    with pytest.raises(BadRequest, match="Message is not modified"):
        await bot.edit_message_text("second", user.id, sent.message_id)
    await bot.edit_message_reply_markup(user.id, sent.message_id, reply_markup=keyboard)
    [recorded] = sandbox.bot_messages(sandbox.private_chat(user))
    assert (recorded.text, recorded.edits, len(recorded.buttons)) == ("second", 2, 1)
    with pytest.raises(BadRequest, match="Message to edit not found"):
        await bot.edit_message_text("x", user.id, 999)
    user_message = await sandbox.send_text(user, "mine")
    with pytest.raises(BadRequest, match="Message can't be edited"):
        await bot.edit_message_text("x", user.id, user_message["message_id"])
    assert await bot.send_chat_action(user.id, "typing")
    with pytest.raises(BadRequest, match="Wrong parameter action"):
        await bot.send_chat_action(user.id, "dancing")
    assert await bot.delete_message(user.id, sent.message_id)
    assert recorded.deleted
    with pytest.raises(BadRequest, match="Message to delete not found"):
        await bot.delete_message(user.id, sent.message_id)


async def test_button_press_and_answer(bot: Bot, sandbox: Sandbox, user: SUser) -> None:
    keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("Иә", callback_data="vote:yes")]])
    await bot.send_message(user.id, "Сенесіз бе?", reply_markup=keyboard)
    message = await sandbox.next_bot_message(sandbox.private_chat(user))
    query = await sandbox.press_button(user, message, "vote:yes")
    update = (await bot.get_updates(offset=-1))[0]
    assert update.callback_query.data == "vote:yes"
    assert update.callback_query.message.message_id == message.message_id
    assert update.callback_query.from_user.id == user.id
    with pytest.raises(BadRequest, match="Message_too_long"):
        await bot.answer_callback_query(query.id, text="x" * 201)
    assert await bot.answer_callback_query(query.id, text="Рақмет!")
    assert query.answer == {"text": "Рақмет!", "show_alert": False, "url": None}
    with pytest.raises(BadRequest, match="Query is too old"):
        await bot.answer_callback_query(query.id)


async def test_next_bot_message_times_out_with_a_readable_report(
    bot: Bot, sandbox: Sandbox, user: SUser
) -> None:
    chat = sandbox.private_chat(user)
    await bot.send_message(user.id, "only one")
    assert (await sandbox.next_bot_message(chat)).text == "only one"
    with pytest.raises(BadRequest):
        await bot.send_message(user.id, "")
    with pytest.raises(TimeoutError) as error:
        await sandbox.next_bot_message(chat, timeout=0.05)
    report = str(error.value)
    assert "no new bot message in private 'Aigerim'" in report
    assert "'only one'" in report
    assert "sendMessage: Bad Request: message text is empty" in report


async def test_updates_match_the_bot_api_description(bot: Bot, sandbox: Sandbox) -> None:
    """Every update the sandbox builds has the fields api.min.json requires."""
    creator = sandbox.add_user("Creator")
    group = sandbox.add_group("Үй", creator)
    await sandbox.add_bot_to_group(group, creator, as_admin=True)
    await sandbox.send_text(creator, "/start")
    sent = await bot.send_poll(creator.id, "Q?", ["a", "b"], is_anonymous=False)
    await sandbox.vote(creator, sent.poll.id, [0])
    keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("b", callback_data="b")]])
    await bot.send_message(creator.id, "x", reply_markup=keyboard)
    await sandbox.press_button(creator, sandbox.bot_messages()[-1], "b")
    await sandbox.migrate_to_supergroup(group)
    kinds = set()
    for update in sandbox.pending_updates:
        bot_api().check(update, "Update")
        kinds |= update.keys() - {"update_id"}
    assert kinds == {"message", "my_chat_member", "poll", "poll_answer", "callback_query"}
