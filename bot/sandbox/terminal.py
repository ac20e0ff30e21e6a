"""`senim chat`: talk to the real bot application in a terminal, through the sandbox.

No token and no network: the application polls a local sandbox, the terminal plays one user.
Lines typed are sent as that user; what the bot sends is printed as plain text.
"""

from __future__ import annotations

import asyncio
import contextlib
import random
import re
import sys
import tempfile
import threading
from collections.abc import AsyncIterator, Callable, Sequence
from pathlib import Path
from typing import TextIO

from telegram import Update

from bot.sandbox.driver import Sandbox
from bot.sandbox.errors import SandboxError
from bot.sandbox.model import BotMessage, SChat, SentFile
from bot.sandbox.running import AnyApplication, polling
from bot.sandbox.world import CallbackQuery

AppFactory = Callable[[str, str], AnyApplication]
Runner = Callable[[AnyApplication], contextlib.AbstractAsyncContextManager[object]]

HELP = """\
Type a message and press Enter to send it to the bot. Also:
  !N            press button N of the bot's latest keyboard
  #N or #N,M    vote for option N (or several) in the bot's latest poll
  :reply TEXT   reply to the bot's latest message
  :group        switch to a group chat with the bot (there it hears only commands,
                replies to its messages and @mentions)
  :crowd N      (in the group) N new neighbours join and vote in the group's latest open poll,
                so results, /stats and its chart have enough answers to show
  :private      switch back to the private chat
  :help         this text
  /quit         leave (so do Ctrl-D and Ctrl-C)"""

_BUTTON = re.compile(r"!(\d+)")
_VOTE = re.compile(r"#(\d+(?:\s*,\s*\d+)*)")
_CROWD = re.compile(r":crowd\s+(\d{1,4})")
CROWD_MAX = 1000
END_QUIET, END_WAIT = 1.5, 15.0
"""At the end of piped input, the bot may still be drawing a chart: wait for quiet first."""


async def run_terminal_chat(
    build_app: AppFactory,
    *,
    lines: AsyncIterator[str] | None = None,
    out: TextIO | None = None,
    language_code: str = "ru",
    files_dir: Path | None = None,
    user_id: int | None = None,
    allowed_updates: Sequence[str] = Update.ALL_TYPES,
    run: Runner | None = None,
) -> None:
    """Chat with the application `build_app(base_url, token)` builds, until end of input.

    `lines` and `out` default to the terminal; photos and documents the bot sends are saved
    to `files_dir` (a new temporary directory by default); `user_id` is the terminal user's id.
    `run` starts and stops the application (by default PTB's own long polling).
    """
    async with Sandbox() as sandbox:
        chat = TerminalChat(sandbox, out or sys.stdout, language_code, files_dir, user_id)
        application = build_app(sandbox.base_url, sandbox.token)
        async with (
            run(application) if run else polling(application, allowed_updates=allowed_updates)
        ):
            chat.say(HELP)
            chat.say(chat.introduction())
            printer = asyncio.create_task(chat.follow_bot())
            try:
                async for line in lines or stdin_lines():
                    if not await chat.handle(line.strip()):
                        break
                    # Let the bot answer before the next line, so piped input like
                    # "/start" then "!1" finds the keyboard the bot sent.
                    with contextlib.suppress(TimeoutError):
                        await sandbox.wait_idle()
                with contextlib.suppress(TimeoutError):
                    await sandbox.wait_idle(quiet=END_QUIET, timeout=END_WAIT)
            finally:
                printer.cancel()
                chat.print_bot_activity()


class TerminalChat:
    """One terminal user talking to the bot in a private chat or a sandbox group."""

    def __init__(
        self,
        sandbox: Sandbox,
        out: TextIO,
        language_code: str,
        files_dir: Path | None,
        user_id: int | None = None,
    ) -> None:
        self._sandbox = sandbox
        self._out = out
        self._user = sandbox.add_user(
            "You", language_code=language_code, username="terminal", user_id=user_id
        )
        self._chat = sandbox.private_chat(self._user)
        self._group: SChat | None = None
        self._shown = 0
        self._seen: set[tuple[int, int]] = set()
        self._files_dir = files_dir
        self._crowd = 0
        self._random = random.Random()

    def introduction(self) -> str:
        """Who the bot is, so mentions in the group can be typed."""
        username = self._sandbox.bot.username
        return (
            f"-- the bot is @{username}; in the group, ask it by mention: @{username} ...\n"
            "-- photos and documents the bot sends are saved as files; their paths are printed"
        )

    def say(self, text: str) -> None:
        print(text, file=self._out, flush=True)

    async def handle(self, line: str) -> bool:
        """Act on one input line; False when the user wants to leave."""
        try:
            return await self._dispatch(line)
        except SandboxError as error:
            self.say(f"(!) {error}")
            return True

    async def _dispatch(self, line: str) -> bool:
        if line in ("/quit", ":quit"):
            return False
        button, vote = _BUTTON.fullmatch(line), _VOTE.fullmatch(line)
        crowd = _CROWD.fullmatch(line)
        if line == ":help":
            self.say(HELP)
        elif line == ":group":
            self._chat = await self._group_chat()
            self.say(f"-- in group {self._chat.title!r}: the bot hears commands, replies, mentions")
        elif line == ":private":
            self._chat = self._sandbox.private_chat(self._user)
            self.say("-- in the private chat")
        elif line.startswith(":reply "):
            latest = self._latest(lambda m: True, "message")
            await self._sandbox.send_text(self._user, line[7:], self._chat, reply_to=latest)
        elif crowd:
            await self._bring_crowd(int(crowd.group(1)))
        elif button:
            await self._press(int(button.group(1)))
        elif vote:
            await self._vote([int(n) for n in vote.group(1).split(",")])
        elif line:
            await self._sandbox.send_text(self._user, line, self._chat)
        return True

    async def _press(self, number: int) -> None:
        message = self._latest(lambda m: m.buttons, "keyboard")
        if not 1 <= number <= len(message.buttons):
            raise SandboxError(f"the keyboard has buttons 1-{len(message.buttons)}")
        data = message.buttons[number - 1].callback_data
        if data is None:
            raise SandboxError("that button opens a link; only callback buttons can be pressed")
        await self._sandbox.press_button(self._user, message, data)

    async def _vote(self, numbers: list[int]) -> None:
        message = self._latest(lambda m: m.poll, "poll")
        assert message.poll is not None
        if not all(1 <= n <= len(message.poll.options) for n in numbers):
            raise SandboxError(f"the poll has options 1-{len(message.poll.options)}")
        await self._sandbox.vote(self._user, message, [n - 1 for n in numbers])
        self.say(f"-- voted; now {self._body(message)}")

    async def _bring_crowd(self, count: int) -> None:
        """Simulated neighbours join the group silently and each picks a random option."""
        if self._group is None or self._chat is not self._group:
            raise SandboxError(":crowd works in the group: type :group first")
        if not 1 <= count <= CROWD_MAX:
            raise SandboxError(f":crowd takes 1 to {CROWD_MAX} people")
        message = self._latest(lambda m: m.poll and not m.poll.is_closed, "open poll")
        assert message.poll is not None
        options = len(message.poll.options)
        for _ in range(count):
            self._crowd += 1
            neighbour = self._sandbox.add_user(f"Neighbour {self._crowd}", language_code=None)
            self._group.members[neighbour.id] = "member"
            await self._sandbox.vote(neighbour, message, [self._random.randrange(options)])
        self.say(f"-- {count} neighbours joined and voted; now {self._body(message)}")

    def _latest(self, wanted: Callable[[BotMessage], object], what: str) -> BotMessage:
        for message in reversed(self._sandbox.bot_messages(self._chat)):
            if not message.deleted and wanted(message):
                return message
        raise SandboxError(f"there is no {what} from the bot here")

    async def _group_chat(self) -> SChat:
        if self._group is None:
            self._group = self._sandbox.add_group("Senim sandbox group", self._user)
            await self._sandbox.add_bot_to_group(self._group, by=self._user)
        return self._group

    async def follow_bot(self) -> None:
        """Print what the bot does as it happens."""
        activity = self._sandbox.activity
        while True:
            await self._sandbox.wait_until(lambda: len(activity) > self._shown, timeout=None)
            self.print_bot_activity()

    def print_bot_activity(self) -> None:
        """Print every message, edit, deletion and button answer not printed yet."""
        activity = self._sandbox.activity
        while self._shown < len(activity):
            item = activity[self._shown]
            self._shown += 1
            shown = _render_answer(item) if isinstance(item, CallbackQuery) else self._render(item)
            if shown:
                self.say(shown)

    def _render(self, message: BotMessage) -> str:
        key = (message.chat_id, message.message_id)
        first_time = key not in self._seen
        self._seen.add(key)
        chat = self._sandbox.world.chats[message.chat_id]
        who = "bot" if chat.type == "private" else f"bot in {chat.title}"
        if message.deleted:
            return f"{who}: (deleted message {message.message_id})"
        lines = [f"{who}{'' if first_time else ' (edited)'}: {self._body(message)}"]
        lines += _buttons(message)
        return "\n".join(lines)

    def _body(self, message: BotMessage) -> str:
        if message.poll is not None:
            poll = message.poll
            kind = "anonymous poll" if poll.is_anonymous else "poll"
            state = ", closed" if poll.is_closed else ""
            counts = zip(poll.options, poll.voter_counts, strict=True)
            options = [f"  #{i} {text} — {count}" for i, (text, count) in enumerate(counts, 1)]
            return "\n".join([f"[{kind}{state}] {poll.question}", *options])
        if message.file is not None:
            return f"[{message.file.kind}: {message.text or ''}] {self._saved(message.file)}"
        return message.text or ""

    def _saved(self, file: SentFile) -> str:
        if file.data is None:
            return "(sent by URL or file id)"
        if self._files_dir is None:
            self._files_dir = Path(tempfile.mkdtemp(prefix="senim-chat-"))
        path = self._files_dir / _file_name(file)
        path.write_bytes(file.data)
        return f"saved to {path}"


def _file_name(file: SentFile) -> str:
    """Documents keep their name; photos are named after their file id and format."""
    if file.kind == "document" and file.filename:
        return Path(file.filename).name
    if (file.data or b"").startswith(b"\x89PNG"):
        return f"{file.file_id}.png"
    return f"{file.file_id}.jpg" if file.kind == "photo" else file.file_id


def _render_answer(query: CallbackQuery) -> str:
    """A button answer with text shows as a notice (or alert); one without shows nothing."""
    answer = query.answer or {}
    if not answer.get("text"):
        return ""
    return f"   [{'alert' if answer.get('show_alert') else 'notice'}: {answer['text']}]"


def _buttons(message: BotMessage) -> list[str]:
    if not message.buttons:
        return []
    return ["   " + "  ".join(f"[{i}] {b.text}" for i, b in enumerate(message.buttons, 1))]


async def stdin_lines() -> AsyncIterator[str]:
    """Lines from stdin, read on a daemon thread so the event loop never blocks on input
    and Ctrl-C does not wait for a line to be finished."""
    loop = asyncio.get_running_loop()
    queue: asyncio.Queue[str | None] = asyncio.Queue()

    def pump() -> None:
        try:
            for line in sys.stdin:
                loop.call_soon_threadsafe(queue.put_nowait, line)
            loop.call_soon_threadsafe(queue.put_nowait, None)
        except RuntimeError:
            return  # the loop closed while we were reading

    threading.Thread(target=pump, name="senim-chat-stdin", daemon=True).start()
    while (line := await queue.get()) is not None:
        yield line
