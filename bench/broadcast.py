"""/pollall with Telegram's sending limits on, against the sandbox enforcing them.

    .venv/bin/python bench/broadcast.py [--groups 240] [--redis redis://127.0.0.1:6379/11]

The full bot (SEND_RATE_LIMIT=telegram) posts the survey poll to every group; the sandbox answers
429 past ~30 messages/s, 20/min per group. One row per pacing: per process (PTB's
AIORateLimiter), and shared through Redis (bot.handlers.send_budget) when --redis or REDIS_URL
is given.
"msg/s" is the polls posted over the sending time (first to last sendPoll the sandbox accepted),
"of 30/s" its ratio to Telegram's overall limit, "total s" the time from /pollall to the
report. Prints a table; not a timed test.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import tempfile
import time
from pathlib import Path

from redis.asyncio import Redis

from bot.app import build_application
from bot.config import Settings
from bot.qa.evaluation import table
from bot.runner import durable_polling
from bot.sandbox import Sandbox

TOKEN = "123456:BENCH-never-real"
ADMIN = 4242
TELEGRAM_RATE = 30


def settings_for(sandbox: Sandbox, folder: Path, redis_url: str | None) -> Settings:
    return Settings.model_validate(
        {
            "bot_token": sandbox.token,
            "database_url": f"sqlite:///{folder / 'bench.db'}",
            "telegram_api_base_url": sandbox.base_url,
            "pseudonym_key": "bench",
            "admin_ids": str(ADMIN),
            "default_language": "en",
            "send_rate_limit": "telegram",
            "redis_url": redis_url,
        }
    )


def polls_posted(sandbox: Sandbox) -> int:
    return sum(
        1 for call in sandbox.requests if call.method.lower() == "sendpoll" and call.status == 200
    )


async def sending_time(sandbox: Sandbox, expected: int) -> float:
    """Seconds from the first accepted sendPoll to the last, sampled every millisecond."""
    while polls_posted(sandbox) == 0:
        await asyncio.sleep(0.001)
    first = time.perf_counter()
    while polls_posted(sandbox) < expected:
        await asyncio.sleep(0.001)
    return time.perf_counter() - first


async def run(groups: int, redis_url: str | None) -> list[object]:
    if redis_url:
        client = Redis.from_url(redis_url)
        await client.flushdb()
        await client.aclose()
    async with Sandbox(token=TOKEN, rate_limits=True) as sandbox:
        admin = sandbox.add_user("Admin", language_code="en", user_id=ADMIN)
        with tempfile.TemporaryDirectory() as folder:
            application = build_application(settings_for(sandbox, Path(folder), redis_url))
            async with durable_polling(application, poll_timeout=1):
                for number in range(groups):
                    group = sandbox.add_group(f"Дом {number}", admin)
                    await sandbox.add_bot_to_group(group, by=admin)
                await sandbox.wait_until(
                    lambda: len(sandbox.bot_messages()) >= groups, timeout=groups
                )
                await asyncio.sleep(1.1)  # the greetings' window passes
                refused_before = sum(call.status == 429 for call in sandbox.requests)
                sending = asyncio.create_task(sending_time(sandbox, groups))
                started = time.perf_counter()
                await sandbox.send_text(admin, "/pollall")
                chat = sandbox.private_chat(admin)
                await sandbox.next_bot_message(chat, timeout=30)  # "Posting …"
                report = await sandbox.next_bot_message(chat, timeout=groups)
                elapsed = time.perf_counter() - started
                sent_in = await sending
            posted = polls_posted(sandbox)
            refused = sum(call.status == 429 for call in sandbox.requests) - refused_before
    assert f"Posted: {groups}" in (report.text or ""), report.text
    rate = (posted - 1) / sent_in
    return [
        "shared (Redis)" if redis_url else "per process",
        posted,
        f"{elapsed:.1f}",
        f"{sent_in:.2f}",
        f"{rate:.1f}",
        f"{rate / TELEGRAM_RATE:.2f}",
        refused,
    ]


async def main(groups: int, redis_url: str | None) -> None:
    rows = [await run(groups, None)]
    if redis_url:
        rows.append(await run(groups, redis_url))
    print(table(["pacing", "polls", "total s", "sending s", "msg/s", "of 30/s", "429s"], rows))


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--groups", type=int, default=240)
    parser.add_argument("--redis", default=os.environ.get("REDIS_URL"))
    arguments = parser.parse_args()
    asyncio.run(main(arguments.groups, arguments.redis))
