"""Requests to Telegram go over several small pools in turn; closing closes them all, and the
pools serve again after a close (PTB builds a new client on the same transport at restart)."""

from __future__ import annotations

import httpx
import pytest

from bot.sandbox import Sandbox
from bot.util.spread_transport import SpreadTransport, spread_pools


class Recorded(httpx.MockTransport):
    def __init__(self, name: str) -> None:
        super().__init__(lambda _request: httpx.Response(200, text=name))
        self.closed = False

    async def aclose(self) -> None:
        self.closed = True


async def test_requests_go_to_the_pools_in_turn_and_closing_closes_all() -> None:
    served: list[str] = []
    pools = [Recorded(name) for name in ("a", "b", "c")]
    transport = SpreadTransport(list(pools))
    async with httpx.AsyncClient(transport=transport) as client:
        for _ in range(5):
            served.append((await client.get("http://telegram.test/")).text)
    assert served == ["a", "b", "c", "a", "b"]
    assert all(pool.closed for pool in pools)


def test_at_least_one_pool_is_needed() -> None:
    with pytest.raises(ValueError, match="at least one"):
        SpreadTransport([])


async def test_the_pools_serve_again_after_a_close() -> None:
    transport = spread_pools(4, pools=2)
    async with Sandbox() as sandbox:
        for _ in range(2):
            async with httpx.AsyncClient(transport=transport) as client:
                for _ in range(3):
                    reply = await client.post(f"{sandbox.base_url}{sandbox.token}/getMe")
                    assert reply.json()["ok"] is True
