"""The driver over HTTP (/_sandbox/...), as an out-of-process benchmark uses it."""

from __future__ import annotations

import httpx
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup

from bot.sandbox import Sandbox


async def test_users_groups_messages_votes_over_http(bot: Bot, sandbox: Sandbox) -> None:
    root = sandbox.base_url.removesuffix("/bot") + "/_sandbox"
    async with httpx.AsyncClient(base_url=root) as client:

        async def call(path: str, body: dict[str, object] | None = None) -> object:
            response = await (client.post(path, json=body) if body else client.get(path))
            assert response.status_code == 200, response.text
            return response.json()["result"]

        user = await call("/users", {"first_name": "Bench", "language_code": "en"})
        user_id = user["id"]  # type: ignore[index]
        group = await call("/groups", {"title": "Bench group", "creator_id": user_id})
        group_id = group["id"]  # type: ignore[index]
        assert await call(f"/groups/{group_id}/bot", {"by_id": user_id, "as_admin": True})
        message = await call("/messages", {"user_id": user_id, "chat_id": group_id, "text": "hi"})
        assert message["text"] == "hi"  # type: ignore[index]
        sent = await bot.send_poll(group_id, "Q?", ["a", "b"])
        poll = await call(
            "/votes", {"user_id": user_id, "poll_id": sent.poll.id, "option_ids": [1]}
        )
        assert poll["total_voter_count"] == 1  # type: ignore[index]
        messages = await call(f"/chats/{group_id}/bot_messages")
        assert [m["message_id"] for m in messages] == [sent.message_id]  # type: ignore[union-attr]
        assert await call("/errors") == []
        refused = await client.post("/votes", json={"user_id": 1, "poll_id": "x"})
    assert refused.status_code == 400 and refused.json()["ok"] is False


async def test_raw_updates_restarted_ids_and_button_presses_over_http(
    bot: Bot, sandbox: Sandbox
) -> None:
    root = sandbox.base_url.removesuffix("/bot") + "/_sandbox"
    user = sandbox.add_user("Bench", language_code="en")
    await sandbox.send_text(user, "/start")  # update 1: the bot may write from now on
    sandbox.world.updates.clear()
    async with httpx.AsyncClient(base_url=root) as client:
        first = (await client.post("/updates", json={"message": {"text": "no chat"}})).json()
        restarted = await client.post("/update_ids", json={"next_id": 7})
        second = (await client.post("/updates", json={"poll_answer": {}})).json()
        sent = await bot.send_message(
            user.id, "menu", reply_markup=InlineKeyboardMarkup.from_button(
                InlineKeyboardButton("go", callback_data="menu:go"))
        )  # fmt: skip
        press = {"user_id": user.id, "chat_id": user.id, "message_id": sent.message_id,
                 "data": "menu:go"}  # fmt: skip
        pressed = await client.post("/buttons", json=press)
        forged = await client.post("/buttons", json=press | {"data": "menu:forged"})
    assert restarted.status_code == pressed.status_code == 200 and forged.status_code == 400
    assert [first["result"], second["result"]] == [2, 7]
    kinds = [sorted(update) for update in sandbox.pending_updates]
    assert kinds == [["message", "update_id"], ["poll_answer", "update_id"],
                     ["callback_query", "update_id"]]  # fmt: skip
