"""The sandbox's Telegram: who is in which chat, what was said, and what the bot is told.

API methods (the bot's side) and the driver (the users' side) both change the world only
through this class, so Telegram's rules — privacy mode, membership updates, poll updates —
live in one place.
"""

from __future__ import annotations

import asyncio
import itertools
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from bot.sandbox.clock import Clock
from bot.sandbox.errors import SandboxError, bad_request, forbidden
from bot.sandbox.formatting import entity_text
from bot.sandbox.model import (
    ADMIN_STATUSES,
    MEMBER_STATUSES,
    BotMessage,
    JsonDict,
    SChat,
    SentFile,
    SUser,
    member_json,
)
from bot.sandbox.polls import SPoll
from bot.sandbox.updates import UpdateQueue
from bot.sandbox.waiting import Changes

USER_ID_BASE = 700_000_000
GROUP_ID_BASE = -4_000_000_000
# Who Telegram names in `from` of a message sent on behalf of a chat.
ANONYMOUS_ADMIN = SUser(1087968824, "Group", is_bot=True, username="GroupAnonymousBot")
CHANNEL_BOT = SUser(136817688, "Channel", is_bot=True, username="Channel_Bot")
SUPERGROUP_ID_BASE = -1_000_000_000_000
_SERVICE_FIELDS = (
    "new_chat_members",
    "left_chat_member",
    "migrate_to_chat_id",
    "migrate_from_chat_id",
)


@dataclass(eq=False)
class CallbackQuery:
    id: str
    user: SUser
    message: BotMessage
    data: str
    answer: JsonDict | None = None


class World:
    """In-memory state of users, chats, messages and polls, and the bot's update queue."""

    def __init__(self, bot: SUser, clock: Clock) -> None:
        self.bot = bot
        self.clock = clock
        self.users: dict[int, SUser] = {bot.id: bot}
        self.chats: dict[int, SChat] = {}
        self.polls: dict[str, SPoll] = {}
        self.files: dict[str, SentFile] = {}
        self.callback_queries: dict[str, CallbackQuery] = {}
        self.commands: dict[tuple[str, ...], list[dict[str, str]]] = {}
        self.webhook: JsonDict | None = None
        self.sent: list[BotMessage] = []
        self.activity: list[BotMessage | CallbackQuery] = []
        self.updates = UpdateQueue()
        self.changes = Changes()
        # Per chat as well: thousands of simulated people each waiting for their own reply
        # would otherwise all wake at every change anywhere.
        self.chat_changes: defaultdict[int, Changes] = defaultdict(Changes)
        self.privacy_mode = True
        self.closing = False
        self._serial = itertools.count(1)
        self._closing_timer: asyncio.TimerHandle | None = None

    def serial(self) -> int:
        """A fresh number for ids of users, chats, polls, files and callback queries."""
        return next(self._serial)

    def close(self) -> None:
        """Release long polls and timers when the sandbox stops."""
        self.closing = True
        if self._closing_timer is not None:
            self._closing_timer.cancel()
        self.changes.notify()

    # --- people and chats

    def add_user(
        self,
        first_name: str,
        *,
        username: str | None = None,
        language_code: str | None = None,
        last_name: str | None = None,
        user_id: int | None = None,
    ) -> SUser:
        """`user_id` picks a known id (say, one of the bot's ADMIN_IDS); by default ids count up."""
        if user_id is not None and user_id in self.users:
            raise SandboxError(f"there is already a user {user_id}")
        user = SUser(
            id=user_id if user_id is not None else USER_ID_BASE + self.serial(),
            first_name=first_name,
            username=username,
            language_code=language_code,
            last_name=last_name,
        )
        self.users[user.id] = user
        self.chats[user.id] = SChat(id=user.id, type="private", user=user)
        return user

    def add_group(self, title: str, creator: SUser, *, supergroup: bool = False) -> SChat:
        base = SUPERGROUP_ID_BASE if supergroup else GROUP_ID_BASE
        chat = SChat(
            id=base - self.serial(),
            type="supergroup" if supergroup else "group",
            title=title,
            members={creator.id: "creator"},
        )
        self.chats[chat.id] = chat
        return chat

    def add_channel(self, title: str, owner: SUser) -> SChat:
        chat = SChat(
            id=SUPERGROUP_ID_BASE - self.serial(),
            type="channel",
            title=title,
            members={owner.id: "creator"},
        )
        self.chats[chat.id] = chat
        return chat

    def private_chat(self, user: SUser) -> SChat:
        return self.chats[user.id]

    # --- lookups for API methods

    def find_chat(self, chat_id: int | str) -> SChat | None:
        """Chats are found by id; @usernames name no chat in the sandbox."""
        return self.chats.get(chat_id) if isinstance(chat_id, int) else None

    def chat(self, chat_id: int | str) -> SChat:
        chat = self.find_chat(chat_id)
        if chat is None:
            raise bad_request("chat not found")
        return chat

    def chat_for_bot(self, chat_id: int | str, *, sending: bool = True) -> SChat:
        """The chat, if the bot may use it; otherwise Telegram's 400 or 403 answer."""
        chat = self.chat(chat_id)
        if chat.migrated_to is not None:
            raise bad_request(
                "group chat was upgraded to a supergroup chat",
                {"migrate_to_chat_id": chat.migrated_to},
            )
        if chat.type == "private":
            if sending and chat.blocked:
                raise forbidden("bot was blocked by the user")
            if sending and not chat.started:
                raise forbidden("bot can't initiate conversation with a user")
            return chat
        status = chat.status_of(self.bot.id)
        if status not in MEMBER_STATUSES:
            verb = "was kicked from" if status == "kicked" else "is not a member of"
            raise forbidden(f"bot {verb} the {chat.type} chat")
        return chat

    def user(self, user_id: int) -> SUser:
        if user_id not in self.users:
            raise bad_request("user not found")
        return self.users[user_id]

    def bot_message(self, chat: SChat, message_id: int) -> BotMessage | None:
        return next(
            (
                sent
                for sent in reversed(chat.bot_messages)
                if sent.message_id == message_id and not sent.deleted
            ),
            None,
        )

    def quote(self, chat: SChat, message_id: int) -> JsonDict | None:
        """A message as `reply_to_message` shows it: without its own reply."""
        message = chat.messages.get(message_id)
        if message is None:
            return None
        return {key: value for key, value in message.items() if key != "reply_to_message"}

    # --- messages

    def post_user_message(self, chat: SChat, sender: SUser, content: JsonDict) -> JsonDict:
        """Store a user's message and deliver it to the bot if Telegram would."""
        message = self._store(chat, sender, content)
        if self._bot_sees(chat, message):
            self.emit("message", message)
        return message

    def post_bot_message(
        self,
        chat: SChat,
        content: JsonDict,
        *,
        parse_mode: str | None = None,
        source_text: str | None = None,
        file: SentFile | None = None,
        poll: SPoll | None = None,
    ) -> BotMessage:
        message = self._store(chat, self.bot, content)
        sent = BotMessage(
            chat.id, message["message_id"], message, parse_mode, source_text, file, poll
        )
        chat.bot_messages.append(sent)
        self.sent.append(sent)
        self.chat_changes[chat.id].notify()
        self._announce(sent)
        return sent

    def edit_bot_message(self, sent: BotMessage, changes: JsonDict) -> None:
        """Apply new content; a None value removes the field (e.g. dropping a keyboard)."""
        for key, value in changes.items():
            if value is None:
                sent.json.pop(key, None)
            else:
                sent.json[key] = value
        sent.json["edit_date"] = self.clock.timestamp()
        sent.edits += 1
        self._announce(sent)

    def delete_message(self, chat: SChat, message_id: int) -> None:
        del chat.messages[message_id]
        sent = self.bot_message(chat, message_id)
        if sent is not None:
            sent.deleted = True
            self._announce(sent)

    def _store(self, chat: SChat, sender: SUser, content: JsonDict) -> JsonDict:
        message: JsonDict = {
            "message_id": chat.next_message_id(),
            "from": sender.to_json(),
            "chat": chat.to_json(),
            "date": self.clock.timestamp(),
        } | {key: value for key, value in content.items() if value is not None}
        chat.messages[message["message_id"]] = message
        return message

    def _announce(self, item: BotMessage | CallbackQuery) -> None:
        self.activity.append(item)
        self.changes.notify()

    def _bot_sees(self, chat: SChat, message: JsonDict) -> bool:
        """Privacy mode: in groups the bot hears commands, replies, mentions and service
        messages only, unless it is an admin or privacy mode is off."""
        if chat.type == "private":
            return True
        status = chat.status_of(self.bot.id)
        if status not in MEMBER_STATUSES:
            return False
        if not self.privacy_mode or status in ADMIN_STATUSES:
            return True
        return any(key in message for key in _SERVICE_FIELDS) or self._addressed_to_bot(message)

    def _addressed_to_bot(self, message: JsonDict) -> bool:
        reply = message.get("reply_to_message")
        if reply is not None and reply["from"]["id"] == self.bot.id:
            return True
        text = message.get("text", "")
        handle = f"@{self.bot.username}".lower()
        for entity in message.get("entities", ()):
            word = entity_text(text, entity).lower()
            if entity["type"] == "mention" and word == handle:
                return True
            if entity["type"] == "bot_command" and entity["offset"] == 0:
                target = word.partition("@")[2]
                if target in ("", handle[1:]):
                    return True
        return False

    def emit(self, kind: str, payload: JsonDict) -> None:
        self.updates.push(kind, payload)
        self.changes.notify()

    def emit_raw(self, update: JsonDict) -> int:
        update_id = self.updates.push_raw(update)
        self.changes.notify()
        return update_id

    # --- membership

    def set_status(self, chat: SChat, user: SUser, status: str, by: SUser) -> None:
        """Change a member's status and tell the bot what Telegram would tell it."""
        old = chat.status_of(user.id)
        if old == status:
            return
        chat.members[user.id] = status
        change = self._member_change(chat, user, old, status, by)
        if user is self.bot:
            self.emit("my_chat_member", change)
        elif chat.status_of(self.bot.id) in ADMIN_STATUSES:
            self.emit("chat_member", change)
        if old not in MEMBER_STATUSES and status in MEMBER_STATUSES:
            self.post_user_message(chat, by, {"new_chat_members": [user.to_json()]})
        elif old in MEMBER_STATUSES and status not in MEMBER_STATUSES:
            self.post_user_message(chat, by, {"left_chat_member": user.to_json()})

    def set_blocked(self, chat: SChat, blocked: bool) -> None:
        """A user blocking or restarting the bot reaches it as my_chat_member."""
        assert chat.user is not None
        chat.blocked = blocked
        old, new = ("member", "kicked") if blocked else ("kicked", "member")
        self.emit("my_chat_member", self._member_change(chat, self.bot, old, new, chat.user))

    def _member_change(self, chat: SChat, user: SUser, old: str, new: str, by: SUser) -> JsonDict:
        return {
            "chat": chat.to_json(),
            "from": by.to_json(),
            "date": self.clock.timestamp(),
            "old_chat_member": member_json(user, old),
            "new_chat_member": member_json(user, new),
        }

    def migrate(self, chat: SChat) -> SChat:
        """Turn a group into a supergroup with a new id; members and roles come along."""
        supergroup = SChat(
            id=SUPERGROUP_ID_BASE - self.serial(),
            type="supergroup",
            title=chat.title,
            members=dict(chat.members),
        )
        self.chats[supergroup.id] = supergroup
        creator = self.users[next(i for i, s in chat.members.items() if s == "creator")]
        self.post_user_message(chat, creator, {"migrate_to_chat_id": supergroup.id})
        chat.migrated_to = supergroup.id
        self.post_user_message(supergroup, creator, {"migrate_from_chat_id": chat.id})
        return supergroup

    # --- polls and buttons

    def add_poll(self, poll: SPoll) -> None:
        """Track a sent poll and close it when its time runs out."""
        self.polls[poll.id] = poll
        self._wake_at_next_deadline()

    def vote(self, user: SUser, poll: SPoll, option_ids: Sequence[int]) -> None:
        chat = self.chats[poll.chat_id]
        if chat.status_of(user.id) not in MEMBER_STATUSES or chat.user not in (None, user):
            raise SandboxError(f"{user.first_name} is not in the chat of poll {poll.id}")
        poll.record_answer(user.id, option_ids)
        if not poll.is_anonymous:
            chosen = list(poll.answers.get(user.id, ()))
            answer = {
                "poll_id": poll.id,
                "user": user.to_json(),
                "option_ids": chosen,
                "option_persistent_ids": [str(option) for option in chosen],
            }
            self.emit("poll_answer", answer)
        self._poll_changed(poll)

    def close_poll(self, poll: SPoll) -> None:
        poll.is_closed = True
        self._poll_changed(poll)

    def close_expired_polls(self) -> None:
        """Close the polls whose time ran out; called on time and when the clock jumps."""
        now = self.clock.now()
        for poll in self.polls.values():
            if not poll.is_closed and poll.closes_at is not None and poll.closes_at <= now:
                self.close_poll(poll)
        self._wake_at_next_deadline()

    def _wake_at_next_deadline(self) -> None:
        """One timer, set for the earliest deadline of the open polls on the sandbox clock."""
        if self._closing_timer is not None:
            self._closing_timer.cancel()
        deadlines = [
            poll.closes_at
            for poll in self.polls.values()
            if not poll.is_closed and poll.closes_at is not None
        ]
        if deadlines and not self.closing:
            delay = max(min(deadlines) - self.clock.now(), 0)
            loop = asyncio.get_running_loop()
            self._closing_timer = loop.call_later(delay, self.close_expired_polls)

    def _poll_changed(self, poll: SPoll) -> None:
        """Telegram sends the new poll state to the bot that sent the poll."""
        state = poll.to_json()
        message = self.chats[poll.chat_id].messages.get(poll.message_id)
        if message is not None:
            message["poll"] = state
        self.emit("poll", state)

    def press_button(self, user: SUser, sent: BotMessage, data: str) -> CallbackQuery:
        chat = self.chats[sent.chat_id]
        query = CallbackQuery(str(self.serial()), user, sent, data)
        self.callback_queries[query.id] = query
        payload = {
            "id": query.id,
            "from": user.to_json(),
            "message": sent.json,
            "chat_instance": str(abs(chat.id) * 31 + 17),  # opaque, stable per chat
            "data": data,
        }
        self.emit("callback_query", payload)
        return query

    def answer_callback(self, query: CallbackQuery, answer: JsonDict) -> None:
        query.answer = answer
        self._announce(query)
