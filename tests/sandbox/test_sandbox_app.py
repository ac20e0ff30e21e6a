"""A real python-telegram-bot Application polling the sandbox, end to end over HTTP."""

from __future__ import annotations

from bot.sandbox import Sandbox
from bot.sandbox.running import AnyApplication


async def test_command_button_and_edit(sandbox: Sandbox, app: AnyApplication) -> None:
    user = sandbox.add_user("Aigerim", language_code="kk")
    chat = sandbox.private_chat(user)
    await sandbox.send_text(user, "/start")
    question = await sandbox.next_bot_message(chat)
    assert question.text == "Сенесіз бе?"
    query = await sandbox.press_button(user, question, "trust:yes")
    await sandbox.wait_until(lambda: question.edits)
    assert question.text == "Жауап: trust:yes" and question.buttons == []
    assert query.answer is not None and query.answer["text"] == "Рақмет!"


async def test_echo_escapes_user_text(sandbox: Sandbox, app: AnyApplication) -> None:
    user = sandbox.add_user("Erlan")
    await sandbox.send_text(user, "a < b & c")
    reply = await sandbox.next_bot_message(sandbox.private_chat(user))
    assert reply.text == "a < b & c"
    assert reply.entities == [{"type": "code", "offset": 0, "length": 9}]
    assert reply.json["reply_to_message"]["text"] == "a < b & c"


async def test_multipart_photo_keeps_the_bytes(sandbox: Sandbox, app: AnyApplication) -> None:
    user = sandbox.add_user("Dana")
    await sandbox.send_text(user, "/chart")
    photo = await sandbox.next_bot_message(sandbox.private_chat(user))
    assert photo.file is not None and photo.file.data is not None
    assert photo.file.data.startswith(b"\x89PNG")
    assert photo.text == "chart" and photo.parse_mode == "HTML"
    assert photo.json["photo"][0]["width"] == 640
    assert photo.json["caption_entities"] == [{"type": "italic", "offset": 0, "length": 5}]


async def test_poll_answers_and_membership_reach_handlers(
    sandbox: Sandbox, app: AnyApplication
) -> None:
    heard = app.bot_data["heard"]
    user = sandbox.add_user("Gulnar")
    await sandbox.send_text(user, "/poll")
    poll = await sandbox.next_bot_message(sandbox.private_chat(user))
    await sandbox.vote(user, poll, [1])
    await sandbox.vote(user, poll, [])
    group = sandbox.add_group("Үй", user)
    await sandbox.add_bot_to_group(group, by=user, as_admin=True)
    await sandbox.wait_until(lambda: len(heard["answers"]) == 2 and heard["members"])
    assert heard["answers"] == [(1,), ()]
    assert heard["members"] == ["administrator"]
    await sandbox.wait_idle()
    assert heard["polls"] == [1, 0]
