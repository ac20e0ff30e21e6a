"""The driver over HTTP (JSON under /_sandbox/), for a bot running in another process.

Benchmarks start `python -m bot.sandbox` and the bot separately; these few routes let them play
users and read what the bot sent. Tests in the same process use `Sandbox` directly instead.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from aiohttp import web

from bot.sandbox.errors import SandboxError

if TYPE_CHECKING:
    from bot.sandbox.driver import Sandbox

_Route = Callable[[web.Request], Awaitable[Any]]


def add_control_routes(app: web.Application, sandbox: Sandbox) -> None:
    world = sandbox.world

    async def add_user(request: web.Request) -> Any:
        body = await request.json()
        user = sandbox.add_user(
            body["first_name"],
            language_code=body.get("language_code", "ru"),
            username=body.get("username"),
        )
        return user.to_json()

    async def add_group(request: web.Request) -> Any:
        body = await request.json()
        chat = sandbox.add_group(
            body["title"],
            world.users[body["creator_id"]],
            supergroup=body.get("supergroup", False),
            members=[world.users[i] for i in body.get("member_ids", ())],
        )
        return chat.to_json()

    async def add_bot(request: web.Request) -> Any:
        body = await request.json()
        chat = world.chats[int(request.match_info["chat_id"])]
        await sandbox.add_bot_to_group(
            chat, world.users[body["by_id"]], body.get("as_admin", False)
        )
        return True

    async def send_text(request: web.Request) -> Any:
        body = await request.json()
        chat = world.chats[body["chat_id"]] if "chat_id" in body else None
        return await sandbox.send_text(world.users[body["user_id"]], body["text"], chat)

    async def vote(request: web.Request) -> Any:
        body = await request.json()
        await sandbox.vote(world.users[body["user_id"]], body["poll_id"], body["option_ids"])
        return world.polls[body["poll_id"]].to_json()

    async def raw_update(request: web.Request) -> Any:
        return await sandbox.send_raw_update(await request.json())

    async def deliver_to_webhook(_request: web.Request) -> Any:
        return await sandbox.deliver_to_webhook()

    async def restart_update_ids(request: web.Request) -> Any:
        sandbox.restart_update_ids(int((await request.json())["next_id"]))
        return True

    async def press_button(request: web.Request) -> Any:
        body = await request.json()
        chat = world.chats[body["chat_id"]]
        message = {m.message_id: m for m in chat.bot_messages}[body["message_id"]]
        query = await sandbox.press_button(world.users[body["user_id"]], message, body["data"])
        return query.id

    async def bot_messages(request: web.Request) -> Any:
        chat = world.chats[int(request.match_info["chat_id"])]
        return [message.json for message in sandbox.bot_messages(chat)]

    async def errors(request: web.Request) -> Any:
        return [{"method": c.method, "status": c.status, "error": c.error} for c in sandbox.errors]

    app.router.add_post("/_sandbox/users", _json(add_user))
    app.router.add_post("/_sandbox/groups", _json(add_group))
    app.router.add_post("/_sandbox/groups/{chat_id}/bot", _json(add_bot))
    app.router.add_post("/_sandbox/messages", _json(send_text))
    app.router.add_post("/_sandbox/votes", _json(vote))
    app.router.add_post("/_sandbox/updates", _json(raw_update))
    app.router.add_post("/_sandbox/update_ids", _json(restart_update_ids))
    app.router.add_post("/_sandbox/webhook/deliveries", _json(deliver_to_webhook))
    app.router.add_post("/_sandbox/buttons", _json(press_button))
    app.router.add_get("/_sandbox/chats/{chat_id}/bot_messages", _json(bot_messages))
    app.router.add_get("/_sandbox/errors", _json(errors))


def _json(route: _Route) -> Callable[[web.Request], Awaitable[web.Response]]:
    """Answer `{"ok": true, "result": ...}`, or 400 with a description of what was wrong."""

    async def handler(request: web.Request) -> web.Response:
        try:
            result = await route(request)
        except (SandboxError, KeyError, ValueError, TypeError) as error:
            return web.json_response({"ok": False, "description": repr(error)}, status=400)
        return web.json_response({"ok": True, "result": result})

    return handler
