"""Reading chats and their members, and leaving a chat."""

from __future__ import annotations

from bot.sandbox.errors import bad_request
from bot.sandbox.methods.base import Handler, Params
from bot.sandbox.model import ADMIN_STATUSES, MEMBER_STATUSES, JsonDict, member_json
from bot.sandbox.world import World

_GIFT_KINDS = (
    "unlimited_gifts",
    "limited_gifts",
    "unique_gifts",
    "premium_subscription",
    "gifts_from_channels",
)


async def get_chat(world: World, params: Params) -> JsonDict:
    chat = world.chat_for_bot(params.chat_id(), sending=False)
    return chat.to_json() | {
        "accent_color_id": 0,
        "max_reaction_count": 11,
        "accepted_gift_types": dict.fromkeys(_GIFT_KINDS, False),
    }


async def get_chat_administrators(world: World, params: Params) -> list[JsonDict]:
    chat = world.chat_for_bot(params.chat_id(), sending=False)
    if not chat.is_group:
        raise bad_request("there are no administrators in the private chat")
    return [
        member_json(world.users[user_id], status)
        for user_id, status in chat.members.items()
        if status in ADMIN_STATUSES
    ]


async def get_chat_member(world: World, params: Params) -> JsonDict:
    chat = world.chat_for_bot(params.chat_id(), sending=False)
    user = world.user(params.need("user_id", int))
    return member_json(user, chat.status_of(user.id))


async def get_chat_member_count(world: World, params: Params) -> int:
    chat = world.chat_for_bot(params.chat_id(), sending=False)
    if not chat.is_group:
        return 2
    return sum(status in MEMBER_STATUSES for status in chat.members.values())


async def leave_chat(world: World, params: Params) -> bool:
    chat = world.chat_for_bot(params.chat_id(), sending=False)
    if not chat.is_group:
        raise bad_request("chat member status can't be changed in private chats")
    world.set_status(chat, world.bot, "left", by=world.bot)
    return True


HANDLERS: dict[str, Handler] = {
    "getChat": get_chat,
    "getChatAdministrators": get_chat_administrators,
    "getChatMember": get_chat_member,
    "getChatMemberCount": get_chat_member_count,
    "leaveChat": leave_chat,
}
