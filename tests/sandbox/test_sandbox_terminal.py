"""`senim chat`: the terminal frontend, fed lines from a script instead of a keyboard."""

from __future__ import annotations

import asyncio
import io
import re
from collections.abc import AsyncIterator, Callable
from pathlib import Path

import pytest

from bot.sandbox.running import AnyApplication
from bot.sandbox.terminal import run_terminal_chat, stdin_lines

Factory = Callable[[str, str], AnyApplication]


async def shown(out: io.StringIO, pattern: str, timeout: float = 5.0) -> None:
    """Wait until the terminal has printed something matching `pattern`."""
    async with asyncio.timeout(timeout):
        while not re.search(pattern, out.getvalue()):
            await asyncio.sleep(0.01)


async def test_a_whole_conversation(tiny_bot: Factory, tmp_path: Path) -> None:
    out = io.StringIO()

    async def typed() -> AsyncIterator[str]:
        for line, answer in [
            ("/start", r"bot: Сенесіз бе\?\n   \[1\] Иә"),
            ("!1", r"bot \(edited\): Жауап: trust:yes"),
            ("!1", r"\(!\) there is no keyboard from the bot here"),
            ("/poll", r"#2 b — 0"),
            ("#2", r"-- voted; now \[poll\] Q\?\n  #1 a — 0\n  #2 b — 1"),
            ("/chart", r"bot: \[photo: chart\] saved to"),
            ("a < b", r"bot: a < b"),
            (":group", r"-- in group 'Senim sandbox group'"),
            ("/start", r"bot in Senim sandbox group: Сенесіз бе\?"),
            (":private", r"-- in the private chat"),
            (":help", r"!N +press button N"),
        ]:
            yield line + "\n"
            await shown(out, answer)
        yield "/quit\n"
        yield "never sent\n"

    await run_terminal_chat(tiny_bot, lines=typed(), out=out, files_dir=tmp_path)
    assert "never sent" not in out.getvalue()
    [chart] = tmp_path.iterdir()
    assert chart.read_bytes().startswith(b"\x89PNG")


async def test_end_of_input_waits_for_the_last_answer(tiny_bot: Factory) -> None:
    out = io.StringIO()

    async def one_line() -> AsyncIterator[str]:
        yield "hello"

    await run_terminal_chat(tiny_bot, lines=one_line(), out=out)
    assert out.getvalue().rstrip().endswith("bot: hello")


async def test_stdin_is_read_without_blocking_the_loop(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("first\nsecond\n"))
    assert [line async for line in stdin_lines()] == ["first\n", "second\n"]


async def test_a_crowd_joins_the_group_and_votes_in_its_open_poll(tiny_bot: Factory) -> None:
    out = io.StringIO()

    async def typed() -> AsyncIterator[str]:
        for line, answer in [
            (":crowd 5", r"\(!\) :crowd works in the group"),
            (":group", r"-- in group"),
            (":crowd 5", r"\(!\) there is no open poll from the bot here"),
            ("/poll", r"#2 b — 0"),
            (":crowd 12", r"-- 12 neighbours joined and voted; now"),
        ]:
            yield line + "\n"
            await shown(out, answer)

    await run_terminal_chat(tiny_bot, lines=typed(), out=out)
    text = out.getvalue()
    assert re.search(r"-- the bot is @\w+; in the group, ask it by mention: @\w+", text)
    after = text.split("12 neighbours joined and voted")[1]
    counts = [int(count) for count in re.findall(r"#\d \w+ — (\d+)", after)[:2]]
    assert sum(counts) == 12
