"""Requests to Telegram spread over several small connection pools instead of one large one.

httpcore's pool (1.0) looks at every connection it holds before and after each request: it asks
each idle one whether the server closed it, which costs two system calls and a few dozen Python
steps. With updates handled concurrently the bot holds a connection per update in hand, and
that scan took a sixth of the event loop under load. Each small pool holds only the few
connections its share of the requests needs, so each scan is short; together they allow as many
connections as one pool did.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import cycle

import httpx

POOLS = 16


class SpreadTransport(httpx.AsyncBaseTransport):
    """Hands requests to its transports in turn; closing it closes them all."""

    def __init__(self, transports: list[httpx.AsyncBaseTransport]) -> None:
        if not transports:
            raise ValueError("at least one transport is needed")
        self._transports = transports
        self._next: Callable[[], httpx.AsyncBaseTransport] = cycle(transports).__next__

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self._next().handle_async_request(request)

    async def aclose(self) -> None:
        for transport in self._transports:
            await transport.aclose()


def spread_pools(connections: int, pools: int = POOLS) -> SpreadTransport:
    """`connections` in all, over `pools` pools of HTTP/1.1 connections. They share one TLS
    context: each would otherwise load the certificate store again (1 MB, 20 ms apiece)."""
    share = max(1, connections // pools)
    limits = httpx.Limits(max_connections=share, max_keepalive_connections=share)
    tls = httpx.create_ssl_context()
    return SpreadTransport(
        [httpx.AsyncHTTPTransport(verify=tls, limits=limits) for _ in range(pools)]
    )
