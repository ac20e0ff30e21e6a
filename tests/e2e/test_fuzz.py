"""Bad input, property-based: generated messages, commands with odd arguments, non-text
messages, edited messages, forged button presses and votes for unknown polls, from people in
private and in a group, through the sandbox to the real application. Whatever arrives: nothing
crashes or is set aside, Telegram is never asked for anything it would refuse, and data that
people without rights cannot change stays as it was.

`make test` runs the "ci" profile (300 examples); `make fuzz` a longer one. The bot runs in a
thread of its own for the whole test, so examples do not each pay for a start-up.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Coroutine, Iterator
from dataclasses import dataclass
from typing import Any, TypeVar

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlmodel import func, select

from bot.config import Settings
from bot.handlers.context import SERVICES, SenimApplication
from bot.sandbox import Sandbox
from bot.sandbox.model import BotMessage, SChat, SUser
from bot.services import Services
from db.models import Figure, InboxUpdate, PollVote
from tests.conftest import TEST_TOKEN
from tests.e2e.conftest import running_bot

T = TypeVar("T")

COMMANDS = ["/start", "/help", "/ask", "/poll", "/results", "/stats", "/schedule", "/pollall",
            "/region", "/lang", "/figures", "/addfigure", "/export", "/forgetme", "/privacy",
            "/unknown"]  # fmt: skip
ODD = st.sampled_from(
    ["\u200b", "\u200f", "\u202e", "<b>", "</i>", "&", "&amp;", "<", "*bold*", "_x_", "`code`",
     "[link](http://x)", "|", "||", "@senim_test_bot", "ё", "қ", "🚓", "\n", "  ", "%", "-1"]
)  # fmt: skip
TEXT = st.one_of(
    st.text(max_size=200),
    st.lists(st.one_of(ODD, st.text(max_size=8)), max_size=30).map("".join),
    st.integers(4000, 4200).map(lambda n: "ж" * n),
)


@dataclass
class World:
    """The sandbox and the bot, running in a thread with its own event loop."""

    loop: asyncio.AbstractEventLoop
    sandbox: Sandbox
    bot: SenimApplication
    person: SUser
    admin: SUser
    group: SChat
    menu: BotMessage

    def run(self, coroutine: Coroutine[Any, Any, T]) -> T:
        return asyncio.run_coroutine_threadsafe(coroutine, self.loop).result(timeout=60)

    @property
    def services(self) -> Services:
        services: Services = self.bot.bot_data[SERVICES]
        return services


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    database = tmp_path_factory.mktemp("fuzz") / "fuzz.db"
    bot_settings = Settings(
        _env_file=None,  # type: ignore[call-arg]
        bot_token=TEST_TOKEN, database_url=f"sqlite:///{database}", pseudonym_key="fuzz",
        admin_ids="4242", send_rate_limit="off",
    )  # fmt: skip
    loop = asyncio.new_event_loop()
    thread = threading.Thread(target=loop.run_forever, daemon=True)
    thread.start()
    started: asyncio.Future[World] = loop.create_future()
    stop = asyncio.Event()

    async def live() -> None:
        async with Sandbox(token=TEST_TOKEN) as sandbox, running_bot(bot_settings, sandbox) as bot:
            person = sandbox.add_user("Person", language_code="ru")
            admin = sandbox.add_user("Admin", language_code="kk")
            group = sandbox.add_group("Дом", admin, members=[person])
            await sandbox.add_bot_to_group(group, by=admin)
            await sandbox.send_text(person, "/start")
            menu = await sandbox.next_bot_message(sandbox.private_chat(person))
            await sandbox.wait_idle()
            started.set_result(World(loop, sandbox, bot, person, admin, group, menu))
            await stop.wait()

    task = asyncio.run_coroutine_threadsafe(live(), loop)
    ready = asyncio.run_coroutine_threadsafe(asyncio.wait_for(started, 60), loop).result()
    yield ready
    loop.call_soon_threadsafe(stop.set)
    task.result(timeout=30)
    loop.call_soon_threadsafe(loop.stop)
    thread.join(timeout=10)


@st.composite
def actions(draw: st.DrawFn) -> tuple[str, str, Any]:
    kind = draw(st.sampled_from(["text", "command", "non_text", "edited", "button", "vote"]))
    where = draw(st.sampled_from(["private", "group", "group_admin"]))
    if kind == "command":
        return kind, where, f"{draw(st.sampled_from(COMMANDS))} {draw(TEXT)}".strip()
    if kind == "button":
        return kind, where, draw(st.text(max_size=64))
    if kind == "vote":
        options = draw(st.lists(st.integers(-1, 20), max_size=4))
        return kind, where, (draw(st.text(min_size=1, max_size=20)), options)
    return kind, where, draw(TEXT)


async def deliver(world: World, kind: str, where: str, payload: Any) -> None:
    sandbox = world.sandbox
    sender = world.admin if where == "group_admin" else world.person
    chat = sandbox.private_chat(sender) if where == "private" else world.group
    if kind in ("text", "command"):
        await sandbox.send_text(sender, payload or ".", chat)
    elif kind == "non_text":
        location = {"location": {"latitude": 43.2, "longitude": 76.9}}
        sandbox.world.post_user_message(chat, sender, location)
    elif kind == "edited":
        message = {"message_id": 1, "date": 0, "chat": chat.to_json(), "from": sender.to_json(),
                   "edit_date": 1, "text": payload or "."}  # fmt: skip
        await sandbox.send_raw_update({"edited_message": message})
    elif kind == "button":
        sandbox.world.press_button(world.person, world.menu, payload)
        sandbox.world.changes.notify()
    else:
        poll_id, options = payload
        answer = {"poll_id": poll_id, "user": sender.to_json(), "option_ids": options,
                  "option_persistent_ids": [str(option) for option in options]}  # fmt: skip
        await sandbox.send_raw_update({"poll_answer": answer})


async def settled(world: World) -> tuple[int, int, int, list[Any]]:
    """Once every update is handled: set-aside updates, figures, stray votes, refusals."""
    async with asyncio.timeout(30):
        while True:
            await world.sandbox.wait_idle(quiet=0.02, timeout=30)
            async with world.services.sessions() as session:
                states = (await session.exec(select(InboxUpdate.state))).all()
                if "pending" not in states:
                    figures = (await session.exec(select(func.count()).select_from(Figure))).one()
                    votes = (await session.exec(select(func.count()).select_from(PollVote))).one()
                    refused = [c for c in world.sandbox.errors if c.fault is None]
                    return states.count("aside"), figures, votes, refused


@settings(deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(action=actions())
def test_bad_input_changes_nothing_and_is_never_refused(
    world: World, action: tuple[str, str, Any]
) -> None:
    before = world.run(settled(world))
    world.run(deliver(world, *action))
    aside, figures, votes, refused = world.run(settled(world))
    assert aside == before[0], f"an update was set aside: {action!r}"
    assert refused == [], f"Telegram would refuse: {refused}"
    assert (figures, votes) == before[1:3]
