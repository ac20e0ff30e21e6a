"""`Sandbox`: a local Telegram that tests, `senim chat` and benchmarks drive.

It serves the Bot API over real HTTP, so the bot runs against it exactly as against
api.telegram.org, while the test plays the users: it sends text, presses buttons, votes, adds
the bot to groups, and watches what the bot sends back.
"""

from __future__ import annotations

import asyncio
import socket
import time
from collections.abc import Awaitable, Callable, Iterable, Sequence
from types import TracebackType
from typing import TypeVar

from aiohttp import ClientSession, web

from bot.sandbox.clock import Clock
from bot.sandbox.control import add_control_routes
from bot.sandbox.errors import SandboxError
from bot.sandbox.faults import Fault, Faults
from bot.sandbox.formatting import detect_entities
from bot.sandbox.model import MEMBER_STATUSES, STATUSES, BotMessage, JsonDict, SChat, SUser
from bot.sandbox.polls import SPoll
from bot.sandbox.ratelimit import RateLimiter
from bot.sandbox.server import MAX_UPLOAD_BYTES, ApiCall, BotApiServer
from bot.sandbox.world import ANONYMOUS_ADMIN, CHANNEL_BOT, CallbackQuery, World

T = TypeVar("T")
DEFAULT_TOKEN = "123456:SANDBOX"
SETTLED_POLL = 0.05
"""Seconds between looks at `settled_checks` once the API has been quiet."""


class Sandbox:
    """Start with `async with Sandbox() as sb:`; point the bot at `sb.base_url`, `sb.token`.

    User actions are coroutines (they may wake the bot's pending getUpdates); setting up users
    and groups is plain method calls because the bot is told nothing about it.
    """

    def __init__(
        self,
        token: str = DEFAULT_TOKEN,
        *,
        bot_username: str = "senim_test_bot",
        bot_name: str = "Senim",
        rate_limits: bool = False,
        privacy_mode: bool = True,
        host: str = "127.0.0.1",
        port: int = 0,
    ) -> None:
        bot_id, _, secret = token.partition(":")
        if not bot_id.isdigit() or not secret:
            raise ValueError("a bot token looks like '123456:SECRET'")
        self.token = token
        self.clock = Clock()
        bot = SUser(int(bot_id), bot_name, is_bot=True, username=bot_username)
        self.world = World(bot, self.clock)
        self.world.privacy_mode = privacy_mode
        self.faults = Faults()
        limiter = RateLimiter() if rate_limits else None
        self._server = BotApiServer(self.world, token, self.faults, limiter)
        self._host = host
        self._port = port
        self._runner: web.AppRunner | None = None
        self._consumed: dict[int, int] = {}
        self.settled_checks: list[Callable[[], Awaitable[bool]]] = []
        """What else must hold for the bot to be idle, such as its inbox being worked through:
        a bot that handles updates without calling the API looks quiet before it is done."""

    async def __aenter__(self) -> Sandbox:
        await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.stop()

    async def start(self) -> None:
        app = web.Application(client_max_size=MAX_UPLOAD_BYTES)
        self._server.add_routes(app)
        add_control_routes(app, self)
        self._runner = web.AppRunner(
            app, handler_cancellation=True, access_log=None, shutdown_timeout=1.0
        )
        await self._runner.setup()
        sock = socket.socket()
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((self._host, self._port))
        self._port = sock.getsockname()[1]
        await web.SockSite(self._runner, sock).start()

    async def stop(self) -> None:
        self.world.close()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    @property
    def base_url(self) -> str:
        """What python-telegram-bot takes as `base_url` (it appends the token and method)."""
        return f"http://{self._host}:{self._port}/bot"

    @property
    def bot(self) -> SUser:
        return self.world.bot

    @property
    def privacy_mode(self) -> bool:
        return self.world.privacy_mode

    @privacy_mode.setter
    def privacy_mode(self, enabled: bool) -> None:
        self.world.privacy_mode = enabled

    # --- setting the scene

    def add_user(
        self,
        first_name: str = "User",
        *,
        language_code: str | None = "ru",
        username: str | None = None,
        last_name: str | None = None,
        user_id: int | None = None,
    ) -> SUser:
        return self.world.add_user(
            first_name,
            username=username,
            language_code=language_code,
            last_name=last_name,
            user_id=user_id,
        )

    def add_group(
        self,
        title: str,
        creator: SUser,
        *,
        supergroup: bool = False,
        members: Iterable[SUser] = (),
    ) -> SChat:
        """A group without the bot; `members` join silently, before the bot is there."""
        chat = self.world.add_group(title, creator, supergroup=supergroup)
        for member in members:
            chat.members[member.id] = "member"
        return chat

    def add_channel(self, title: str, owner: SUser) -> SChat:
        """A channel `owner` may post in groups on behalf of."""
        return self.world.add_channel(title, owner)

    def private_chat(self, user: SUser) -> SChat:
        return self.world.private_chat(user)

    # --- what users do

    async def send_text(
        self,
        user: SUser,
        text: str,
        chat: SChat | None = None,
        reply_to: BotMessage | JsonDict | int | None = None,
    ) -> JsonDict:
        """Send `text` as `user` (to their private chat by default); returns the Message.

        The first message in a private chat starts it, so the bot may answer from then on.
        """
        chat = chat or self.world.private_chat(user)
        self._check_member(chat, user)
        if chat.type == "private":
            if chat.blocked:
                self.world.set_blocked(chat, False)
            chat.started = True
        content: JsonDict = {"text": text, "entities": detect_entities(text) or None}
        if reply_to is not None:
            content["reply_to_message"] = self._quote(chat, reply_to)
        return self.world.post_user_message(chat, user, content)

    async def send_text_as_chat(
        self, user: SUser, text: str, chat: SChat, sender_chat: SChat
    ) -> JsonDict:
        """`user` writes in group `chat` on behalf of `sender_chat`: the group itself (an
        anonymous admin) or a channel they own. As in Telegram, `from` is then a stand-in
        (GroupAnonymousBot, Channel_Bot), so the bot cannot tell who wrote."""
        self._check_member(chat, user)
        expected = "administrator" if sender_chat is chat else "creator"
        if sender_chat.status_of(user.id) not in (expected, "creator"):
            raise SandboxError(f"{user.first_name} cannot write on behalf of {sender_chat.name!r}")
        stand_in = ANONYMOUS_ADMIN if sender_chat is chat else CHANNEL_BOT
        content: JsonDict = {
            "text": text,
            "entities": detect_entities(text) or None,
            "sender_chat": sender_chat.to_json(),
        }
        return self.world.post_user_message(chat, stand_in, content)

    async def press_button(
        self, user: SUser, message: BotMessage, callback_data: str
    ) -> CallbackQuery:
        """Press the inline button carrying `callback_data`; the bot's answer lands in
        the returned query's `answer`."""
        self._check_member(self.world.chats[message.chat_id], user)
        offered = [button.callback_data for button in message.buttons]
        if message.deleted or callback_data not in offered:
            raise SandboxError(
                f"message {message.describe()} has no button {callback_data!r}; it has {offered}"
            )
        return self.world.press_button(user, message, callback_data)

    async def vote(
        self, user: SUser, poll: SPoll | BotMessage | str, option_ids: Sequence[int]
    ) -> None:
        """Choose options by index, replacing an earlier answer; an empty list retracts."""
        self.world.vote(user, self._poll(poll), option_ids)

    async def send_raw_update(self, update: JsonDict) -> int:
        """Deliver an update as given, unchecked (malformed ones included); returns its id."""
        return self.world.emit_raw(update)

    async def deliver_to_webhook(self) -> list[int]:
        """Post the pending updates, oldest first, to the webhook set with setWebhook, with its
        secret token, as Telegram does; an update is confirmed only by a 2xx answer, and the
        first refusal stops the round. Returns the HTTP statuses."""
        webhook = self.world.webhook
        if webhook is None:
            raise SandboxError("no webhook is set (setWebhook)")
        headers = {}
        if webhook.get("secret_token"):
            headers["X-Telegram-Bot-Api-Secret-Token"] = str(webhook["secret_token"])
        statuses = []
        async with ClientSession() as session:
            for update in self.world.updates.pending:
                async with session.post(
                    str(webhook["url"]), json=update, headers=headers
                ) as answer:
                    statuses.append(answer.status)
                if answer.status // 100 != 2:
                    break
                self.world.updates.confirm(int(update["update_id"]) + 1)
        return statuses

    def restart_update_ids(self, next_id: int) -> None:
        """From now on update ids continue from `next_id`, as after Telegram restarts them."""
        self.world.updates.restart_ids(next_id)

    async def add_bot_to_group(self, chat: SChat, by: SUser, as_admin: bool = False) -> None:
        self._check_member(chat, by)
        self.world.set_status(chat, self.bot, "administrator" if as_admin else "member", by)

    async def remove_bot_from_group(self, chat: SChat, by: SUser) -> None:
        self.world.set_status(chat, self.bot, "kicked", by)

    async def set_member(
        self, chat: SChat, user: SUser, status: str = "member", by: SUser | None = None
    ) -> None:
        """Join, leave, promote or ban; `by` defaults to the group's creator."""
        if status not in STATUSES or not chat.is_group:
            raise SandboxError(f"status must be one of {sorted(STATUSES)} in a group")
        creator = next(self.world.users[i] for i, s in chat.members.items() if s == "creator")
        self.world.set_status(chat, user, status, by or creator)

    async def migrate_to_supergroup(self, chat: SChat) -> SChat:
        """The group gets a new id; the old one answers the bot with a migration error."""
        if chat.type != "group" or chat.migrated_to is not None:
            raise SandboxError(f"only a group can become a supergroup, not {chat.type} {chat.id}")
        return self.world.migrate(chat)

    async def block_bot(self, user: SUser) -> None:
        """The user blocks the bot; writing to it again unblocks it, like "Restart" does."""
        self.world.set_blocked(self.world.private_chat(user), True)

    async def advance_time(self, seconds: float) -> None:
        """Move the sandbox clock; polls whose open_period or close_date ran out close."""
        self.clock.advance(seconds)
        self.world.close_expired_polls()

    def _check_member(self, chat: SChat, user: SUser) -> None:
        if chat.migrated_to is not None:
            raise SandboxError(f"{chat.name!r} became supergroup {chat.migrated_to}")
        if chat.status_of(user.id) not in MEMBER_STATUSES or chat.user not in (None, user):
            raise SandboxError(f"{user.first_name} is not a member of {chat.name!r}")

    def _quote(self, chat: SChat, reply_to: BotMessage | JsonDict | int) -> JsonDict:
        if isinstance(reply_to, BotMessage):
            message_id = reply_to.message_id
        else:
            message_id = reply_to if isinstance(reply_to, int) else reply_to["message_id"]
        quoted = self.world.quote(chat, message_id)
        if quoted is None:
            raise SandboxError(f"no message {message_id} in {chat.name!r} to reply to")
        return quoted

    def _poll(self, poll: SPoll | BotMessage | str) -> SPoll:
        if isinstance(poll, SPoll):
            return poll
        found = poll.poll if isinstance(poll, BotMessage) else self.world.polls.get(poll)
        if found is None:
            raise SandboxError(f"no poll {poll!r}")
        return found

    # --- watching the bot

    def bot_messages(self, chat: SChat | None = None) -> list[BotMessage]:
        """Everything the bot sent (to `chat`, or anywhere), oldest first, deleted ones too."""
        return list(self.world.sent if chat is None else chat.bot_messages)

    async def next_bot_message(self, chat: SChat, timeout: float = 5.0) -> BotMessage:
        """The oldest bot message in `chat` this method has not returned yet."""

        def unread() -> BotMessage | None:
            seen = self._consumed.get(chat.id, 0)
            return chat.bot_messages[seen] if len(chat.bot_messages) > seen else None

        try:
            message = await self.world.chat_changes[chat.id].wait_for(unread, timeout)
        except TimeoutError:
            raise TimeoutError(self._silence_report(chat, timeout)) from None
        self._consumed[chat.id] = self._consumed.get(chat.id, 0) + 1
        return message

    async def wait_until(self, predicate: Callable[[], T], timeout: float | None = 5.0) -> T:
        """The first truthy value of `predicate`, re-checked after every change and request;
        TimeoutError after `timeout` seconds (None: no limit)."""
        return await self.world.changes.wait_for(predicate, timeout)

    async def wait_idle(self, quiet: float = 0.3, timeout: float = 5.0) -> None:
        """Wait until the bot has fetched every update and made no request for `quiet`
        seconds: how a test (or `senim chat` at end of input) knows the bot has answered."""
        server = self._server
        async with asyncio.timeout(timeout):
            while True:
                await self.world.changes.wait_for(
                    lambda: not self.world.updates.pending and not server.busy, timeout
                )
                idle_for = time.monotonic() - server.last_activity
                if idle_for < quiet:
                    await asyncio.sleep(quiet - idle_for)
                elif all([await settled() for settled in self.settled_checks]):
                    return
                else:
                    await asyncio.sleep(SETTLED_POLL)

    @property
    def activity(self) -> list[BotMessage | CallbackQuery]:
        """What the bot did, in order: a message appears when sent and again when edited or
        deleted; an answered button press appears when answered."""
        return self.world.activity

    @property
    def requests(self) -> list[ApiCall]:
        """Every Bot API call so far, with its parameters and result or error."""
        return self._server.calls

    @property
    def errors(self) -> list[ApiCall]:
        """The calls answered with a 4xx or 5xx status."""
        return [call for call in self._server.calls if call.status >= 400]

    @property
    def pending_updates(self) -> list[JsonDict]:
        """Updates the bot has not confirmed yet (what its next getUpdates would get)."""
        return self.world.updates.pending

    def inject_fault(
        self,
        method: str,
        kind: str = "429",
        *,
        retry_after: int = 1,
        seconds: float = 0.0,
        times: int | None = 1,
    ) -> None:
        """Make the next `times` calls of `method` fail: "400" (a request Telegram rejects),
        "429" (with `retry_after`), "500", "502", "delay" (answer after `seconds`), "drop"
        (close without answering) or "lost" (carry the call out, then close without answering)."""
        self.faults.add(Fault(method, kind, retry_after, seconds, times))

    def _silence_report(self, chat: SChat, timeout: float) -> str:
        sent = "; ".join(m.describe() for m in self.bot_messages(chat)) or "nothing"
        errors = "; ".join(f"{c.method}: {c.error}" for c in self.errors[-5:]) or "none"
        return (
            f"no new bot message in {chat.type} {chat.name!r} ({chat.id}) within {timeout} s. "
            f"Sent there so far: {sent}. Recent API errors: {errors}."
        )
