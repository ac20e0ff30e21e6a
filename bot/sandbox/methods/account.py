"""The bot's own settings: identity, webhook, command lists, and fetching updates."""

from __future__ import annotations

import contextlib
from typing import Any

from bot.sandbox import validation
from bot.sandbox.errors import ApiError
from bot.sandbox.methods.base import Handler, Params
from bot.sandbox.model import JsonDict
from bot.sandbox.updates import MAX_LIMIT
from bot.sandbox.world import World

_TERMINATED = ApiError(
    409,
    "Conflict: terminated by other getUpdates request; "
    "make sure that only one bot instance is running",
)
_WEBHOOK_ACTIVE = ApiError(
    409,
    "Conflict: can't use getUpdates method while webhook is active; "
    "use deleteWebhook to delete the webhook first",
)


async def get_me(world: World, params: Params) -> JsonDict:
    return world.bot.to_json() | {
        "can_join_groups": True,
        "can_read_all_group_messages": not world.privacy_mode,
        "supports_inline_queries": False,
        "can_connect_to_business": False,
        "has_main_web_app": False,
    }


async def succeed(world: World, params: Params) -> bool:
    """logOut and close: nothing to do for a local server."""
    return True


async def get_updates(world: World, params: Params) -> list[JsonDict]:
    """Long polling: wait up to `timeout` seconds for updates. A newer call ends an older
    waiting one with 409, as Telegram does when two bot instances poll."""
    if world.webhook is not None:
        raise _WEBHOOK_ACTIVE
    queue = world.updates
    allowed = params.opt("allowed_updates", list)
    if allowed is not None:
        queue.allow(allowed)
    queue.confirm(params.opt("offset", int) or 0)
    ticket = queue.claim_polling()
    world.changes.notify()
    timeout = max(params.opt("timeout", int) or 0, 0)
    with contextlib.suppress(TimeoutError):
        await world.changes.wait_for(
            lambda: world.closing or len(queue) or not queue.is_polling(ticket), timeout
        )
    if not queue.is_polling(ticket):
        raise _TERMINATED
    return queue.take(params.opt("limit", int) or MAX_LIMIT)


async def set_webhook(world: World, params: Params) -> bool:
    """Stored only: the sandbox delivers updates through getUpdates."""
    world.webhook = {"url": params.need("url", str)}
    for name in ("max_connections", "allowed_updates", "ip_address", "secret_token"):
        if name in params:
            world.webhook[name] = params.opt(name, object)
    return True


async def delete_webhook(world: World, params: Params) -> bool:
    world.webhook = None
    if params.flag("drop_pending_updates"):
        world.updates.clear()
    return True


async def get_webhook_info(world: World, params: Params) -> JsonDict:
    webhook = world.webhook or {"url": ""}
    return webhook | {"has_custom_certificate": False, "pending_update_count": len(world.updates)}


def _commands_key(world: World, params: Params) -> tuple[str, ...]:
    """Telegram keeps one command list per scope and language code."""
    scope: dict[str, Any] = params.opt("scope", dict) or {"type": "default"}
    key = [scope["type"]]
    if "chat_id" in scope:
        key.append(str(world.chat(scope["chat_id"]).id))
    if "user_id" in scope:
        key.append(str(world.user(scope["user_id"]).id))
    key.append(validation.language_code(params.opt("language_code", str)))
    return tuple(key)


async def set_my_commands(world: World, params: Params) -> bool:
    commands = validation.bot_commands(params.need("commands", list))
    world.commands[_commands_key(world, params)] = commands
    return True


async def get_my_commands(world: World, params: Params) -> list[dict[str, str]]:
    return list(world.commands.get(_commands_key(world, params), []))


async def delete_my_commands(world: World, params: Params) -> bool:
    world.commands.pop(_commands_key(world, params), None)
    return True


HANDLERS: dict[str, Handler] = {
    "getMe": get_me,
    "logOut": succeed,
    "close": succeed,
    "getUpdates": get_updates,
    "setWebhook": set_webhook,
    "deleteWebhook": delete_webhook,
    "getWebhookInfo": get_webhook_info,
    "setMyCommands": set_my_commands,
    "getMyCommands": get_my_commands,
    "deleteMyCommands": delete_my_commands,
}
