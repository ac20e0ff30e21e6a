"""GET /healthz on the webhook server: 200 with the replica's state while its database answers,
503 when it does not, so a load balancer sends updates to a replica that can store them."""

from __future__ import annotations

import socket

from aiohttp import ClientSession
from sqlalchemy.engine import make_url

from bot.config import Settings
from bot.handlers.intake import INTAKE, Intake
from bot.runner import webhook_server
from bot.sandbox import Sandbox
from tests.e2e.proxy import FaultyProxy
from tests.replicas.conftest import leads, replica, until


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def test_healthz_follows_the_database(replica_settings: Settings, sandbox: Sandbox) -> None:
    url = make_url(replica_settings.database_url)
    async with FaultyProxy(url.host or "127.0.0.1", url.port or 5432) as proxy:
        through = url.set(host="127.0.0.1", port=proxy.port).render_as_string(hide_password=False)
        settings = replica_settings.model_copy(update={"database_url": through})
        async with replica(settings, sandbox) as application:
            await until(lambda: leads(application))
            intake: Intake = application.bot_data[INTAKE]
            port = free_port()
            server = await webhook_server(intake, "/hook", "secret", "127.0.0.1", port)
            try:
                async with ClientSession() as client:
                    async with client.get(f"http://127.0.0.1:{port}/healthz") as answer:
                        assert answer.status == 200
                        body = await answer.json()
                    assert body["ok"] and body["database"] == "ok" and body["leader"]
                    assert body["send_budget"] == "per-process"  # SEND_RATE_LIMIT=off
                    proxy.cut()
                    async with client.get(f"http://127.0.0.1:{port}/healthz") as answer:
                        assert answer.status == 503
                        assert (await answer.json())["database"] == "unreachable"
                    proxy.restore()
                    async with client.get(f"http://127.0.0.1:{port}/healthz") as answer:
                        assert answer.status == 200
            finally:
                await server.cleanup()
