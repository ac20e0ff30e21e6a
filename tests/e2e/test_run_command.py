"""`senim run` as a real process against the sandbox: long polling, and the webhook server."""

from __future__ import annotations

import asyncio
import os
from pathlib import Path

import httpx
import pytest

from bot.sandbox import Sandbox
from tests.e2e.process import SENIM, START_UP, free_port, senim_run, start_senim

SECRET = "webhook-secret"
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"


async def test_run_polls_telegram_and_answers(sandbox: Sandbox, tmp_path: Path) -> None:
    user = sandbox.add_user("Aigerim", language_code="ru")
    async with senim_run(sandbox, tmp_path):
        await sandbox.send_text(user, "/start")
        reply = await sandbox.next_bot_message(sandbox.private_chat(user), timeout=START_UP)
    assert "Сеним" in (reply.text or "")
    assert (tmp_path / "run.db").exists()


@pytest.mark.parametrize("configured", [SECRET, ""], ids=["set", "generated"])
async def test_the_webhook_takes_only_requests_with_its_secret(
    sandbox: Sandbox, tmp_path: Path, configured: str
) -> None:
    """An unset or empty WEBHOOK_SECRET gets a random one, registered with setWebhook; the
    server listens on the loopback by default and refuses forged requests."""
    port = free_port()
    url = f"http://127.0.0.1:{port}/telegram/hook"
    user = sandbox.add_user("Dana", language_code="en")
    webhook = {"WEBHOOK_URL": url, "WEBHOOK_SECRET": configured, "WEBHOOK_PORT": str(port)}
    async with senim_run(sandbox, tmp_path, **webhook):
        await sandbox.wait_until(lambda: sandbox.world.webhook, timeout=START_UP)
        assert sandbox.world.webhook["url"] == url
        secret = str(sandbox.world.webhook.get("secret_token") or "")
        assert secret == configured if configured else len(secret) >= 32
        await sandbox.send_text(user, "/help")
        (update,) = sandbox.pending_updates
        forged = dict(update, update_id=update["update_id"] + 1)
        async with httpx.AsyncClient() as client:
            for headers in ({}, {SECRET_HEADER: ""}, {SECRET_HEADER: secret[:-1]}):
                refused = await client.post(url, json=forged, headers=headers)
                assert refused.status_code == 403
        assert await sandbox.deliver_to_webhook() == [200]
        reply = await sandbox.next_bot_message(sandbox.private_chat(user), timeout=START_UP)
        assert "What I can do" in (reply.text or "")
        await asyncio.sleep(1)
        assert len(sandbox.private_chat(user).bot_messages) == 1


async def test_a_rejected_token_stops_start_up_with_one_line(
    sandbox: Sandbox, tmp_path: Path
) -> None:
    rejected = "654321:REJECTED-token-never-real"
    environment = dict(os.environ, BOT_TOKEN=rejected, TELEGRAM_API_BASE_URL=sandbox.base_url,
                       DATABASE_URL=f"sqlite:///{tmp_path / 'run.db'}")  # fmt: skip
    process = await asyncio.create_subprocess_exec(
        SENIM, "run", cwd=tmp_path, env=environment,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    _, errors = await asyncio.wait_for(process.communicate(), timeout=START_UP)
    message = errors.decode()  # the new database's migration is logged first
    lines = [line for line in message.splitlines() if line.startswith("senim:")]
    assert process.returncode != 0 and "Traceback" not in message
    assert len(lines) == 1 and "BOT_TOKEN was rejected" in lines[0]
    assert rejected not in message and "REJECTED" not in message


async def test_an_unreachable_database_stops_start_up_with_one_line(
    sandbox: Sandbox, tmp_path: Path
) -> None:
    closed = f"postgresql://nobody:secret-password@127.0.0.1:{free_port()}/senim"
    process = await start_senim(sandbox, tmp_path, DATABASE_URL=closed)
    output, _ = await asyncio.wait_for(process.communicate(), timeout=START_UP)
    lines = [line for line in output.decode().splitlines() if line.startswith("senim:")]
    assert process.returncode == 1 and len(lines) == 1 and "database" in lines[0]
    assert "Traceback" not in output.decode() and "secret-password" not in output.decode()
