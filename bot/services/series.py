"""The official series as the services read it."""

from __future__ import annotations

from collections.abc import Sequence

from bot.services import Services
from db.models import Figure
from db.queries.figures import list_figures


async def load_figures(services: Services) -> Sequence[Figure]:
    async with services.sessions() as session:
        return await list_figures(session)
