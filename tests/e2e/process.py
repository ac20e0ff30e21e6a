"""`senim run` as a real process against an in-test sandbox, started and stopped like a service."""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from bot.sandbox import Sandbox
from tests.conftest import TEST_TOKEN

START_UP = 30.0
SENIM = str(Path(sys.executable).with_name("senim"))


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def start_senim(sandbox: Sandbox, folder: Path, **extra: str) -> asyncio.subprocess.Process:
    """`senim run` with a SQLite file in `folder` unless DATABASE_URL is among `extra`."""
    environment = {
        key: value for key, value in os.environ.items() if not key.startswith("WEBHOOK_")
    }
    environment |= {
        "BOT_TOKEN": TEST_TOKEN,
        "DATABASE_URL": f"sqlite:///{folder / 'run.db'}",
        "TELEGRAM_API_BASE_URL": sandbox.base_url,
        "SEND_RATE_LIMIT": "off",
        "PSEUDONYM_KEY": "run-test",
        **extra,
    }
    return await asyncio.create_subprocess_exec(
        SENIM, "run", cwd=folder, env=environment,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT,
    )  # fmt: skip


@asynccontextmanager
async def senim_run(
    sandbox: Sandbox, folder: Path, **extra: str
) -> AsyncIterator[asyncio.subprocess.Process]:
    """Runs until the block ends, then SIGTERM: it must stop cleanly, without the token shown."""
    process = await start_senim(sandbox, folder, **extra)
    try:
        yield process
    finally:
        process.send_signal(signal.SIGTERM)
        output, _ = await asyncio.wait_for(process.communicate(), timeout=START_UP)
        assert process.returncode == 0, output.decode()
        assert TEST_TOKEN not in output.decode()
