"""python-telegram-bot's requests over aiohttp's client instead of httpx.

Under load, sending was two fifths of the bot's event loop, and most of it was httpx's pure-Python
HTTP/1.1 stack (h11, httpcore's pool, anyio): aiohttp parses responses in C and keeps its
connections in one pool with no scan per request. The Bot API takes JSON bodies, so a request
without files is one `json.dumps` of its parameters, not each encoded apart and urlencoded.
Errors are PTB's own: a timeout is TimedOut, anything else on the way NetworkError.
"""

from __future__ import annotations

from typing import Any

import aiohttp
from telegram._utils.defaultvalue import DefaultValue
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, RequestData

JSON_HEADERS = {"Content-Type": "application/json", "User-Agent": BaseRequest.USER_AGENT}
PLAIN_HEADERS = {"User-Agent": BaseRequest.USER_AGENT}


class AiohttpRequest(BaseRequest):
    """One aiohttp session with up to `connections` connections to the Bot API.

    The timeouts are PTB's (its defaults when not given per call): `connect` bounds getting a
    connection, from the pool (`pool`) or new (`connect`); `read` each wait for the response's
    data; a whole request is bounded by their sum with `write`, which aiohttp has no
    separate bound for."""

    def __init__(
        self,
        connections: int = 1,
        *,
        read_timeout: float | None = 5.0,
        write_timeout: float | None = 5.0,
        connect_timeout: float | None = 5.0,
        pool_timeout: float | None = 1.0,
        media_write_timeout: float | None = 20.0,
    ) -> None:
        self._connections = connections
        self._read = read_timeout
        self._write = write_timeout
        self._connect = connect_timeout
        self._pool = pool_timeout
        self._media_write = media_write_timeout
        self._session: aiohttp.ClientSession | None = None

    @property
    def read_timeout(self) -> float | None:
        return self._read

    async def initialize(self) -> None:
        if self._session is None or self._session.closed:
            connector = aiohttp.TCPConnector(limit=self._connections)
            self._session = aiohttp.ClientSession(connector=connector)

    async def shutdown(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: Any = BaseRequest.DEFAULT_NONE,
        write_timeout: Any = BaseRequest.DEFAULT_NONE,
        connect_timeout: Any = BaseRequest.DEFAULT_NONE,
        pool_timeout: Any = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        if self._session is None or self._session.closed:
            raise RuntimeError("This AiohttpRequest is not initialized!")
        files = request_data.multipart_data if request_data is not None else {}
        timeout = self._timeout(
            _given(read_timeout, self._read),
            _given(write_timeout, self._media_write if files else self._write),
            _given(connect_timeout, self._connect),
            _given(pool_timeout, self._pool),
        )
        body, headers = _body(request_data, files)
        try:
            async with self._session.request(
                method, url, data=body, headers=headers, timeout=timeout
            ) as response:
                return response.status, await response.read()
        except TimeoutError as error:
            raise TimedOut from error
        except aiohttp.ClientError as error:
            raise NetworkError(f"aiohttp.{type(error).__name__}: {error}") from error

    @staticmethod
    def _timeout(
        read: float | None, write: float | None, connect: float | None, pool: float | None
    ) -> aiohttp.ClientTimeout:
        parts = (read, write, connect, pool)
        total = None if None in parts else sum(p for p in parts if p is not None)
        getting = None if connect is None or pool is None else connect + pool
        return aiohttp.ClientTimeout(
            total=total, connect=getting, sock_connect=connect, sock_read=read
        )


def _given(value: object, default: float | None) -> float | None:
    """A timeout given for one call (None: no limit), or the request's default."""
    if isinstance(value, DefaultValue):
        return default
    return float(value) if isinstance(value, int | float) else None


def _body(
    request_data: RequestData | None, files: dict[str, Any]
) -> tuple[bytes | aiohttp.FormData | None, dict[str, str]]:
    """JSON without files; a multipart form, each parameter a JSON-encoded field, with them."""
    if request_data is None:
        return None, PLAIN_HEADERS
    if not files:
        return request_data.json_payload, JSON_HEADERS
    form = aiohttp.FormData(quote_fields=False)
    for name, value in request_data.json_parameters.items():
        form.add_field(name, value)
    for name, (filename, content, mime_type) in files.items():
        form.add_field(name, content, filename=filename, content_type=mime_type)
    return form, PLAIN_HEADERS
