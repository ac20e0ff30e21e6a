"""GET /healthz on the webhook server, for the load balancer: 200 while this replica can take
updates (its database answers), 503 when it cannot, so the balancer sends them elsewhere.

The body says what an operator wants to see at a glance, with no personal data: whether the
database answers, whether this replica leads (runs the jobs), how sends are paced, and how many
stored updates wait to be handled.
"""

from __future__ import annotations

import asyncio
from typing import Any

from aiohttp import web

from bot.handlers.context import SERVICES, SenimApplication
from bot.handlers.leadership import leads
from bot.handlers.send_budget import SendBudget
from bot.services import Services
from db.engine import ping
from db.queries import inbox

PATH = "/healthz"
TIME_LIMIT = 2.0


async def report(application: SenimApplication) -> tuple[bool, dict[str, Any]]:
    """(healthy, details)."""
    services: Services | None = application.bot_data.get(SERVICES)
    details: dict[str, Any] = {
        "leader": leads(application),
        "send_budget": _pacing(application),
        "database": "unreachable",
    }
    if services is None:
        return False, details
    try:
        async with asyncio.timeout(TIME_LIMIT):
            async with services.engine.connect() as connection:
                await ping(connection)
            async with services.sessions() as session:
                details["inbox"] = await inbox.counts(session)
    except Exception:
        return False, details
    details["database"] = "ok"
    return True, details


def handler(application: SenimApplication) -> Any:
    async def healthz(_: web.Request) -> web.Response:
        healthy, details = await report(application)
        return web.json_response(details | {"ok": healthy}, status=200 if healthy else 503)

    return healthz


def _pacing(application: SenimApplication) -> str:
    limiter = application.bot.rate_limiter
    if isinstance(limiter, SendBudget) and limiter.configured:
        return "shared" if limiter.shared else "per-process (Redis unreachable)"
    return "per-process"
