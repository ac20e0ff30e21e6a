"""HTTP routing for the Bot API: `/bot<token>/<method>`, the way api.telegram.org serves it.

Parameters arrive as a query string, a urlencoded or multipart form (what python-telegram-bot
sends), or a JSON body. Every call is logged with its outcome so tests can assert on traffic.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

from bot.sandbox.errors import NOT_FOUND, UNAUTHORIZED, ApiError, bad_request
from bot.sandbox.faults import Fault, Faults
from bot.sandbox.methods import METHODS, Params
from bot.sandbox.ratelimit import SENDING_METHODS, RateLimiter
from bot.sandbox.spec import UploadedFile, bot_api
from bot.sandbox.world import World

MAX_UPLOAD_BYTES = 50 * 1024 * 1024  # Telegram's limit for files bots upload


@dataclass
class ApiCall:
    """One request to the Bot API and how it was answered: status 200 is success, 0 means
    no answer was given (a dropped connection, or the client hung up during a long poll)."""

    method: str
    params: dict[str, Any] = field(default_factory=dict)
    status: int = 200
    result: Any = None
    error: str | None = None
    fault: str | None = None


class BotApiServer:
    def __init__(
        self, world: World, token: str, faults: Faults, limiter: RateLimiter | None
    ) -> None:
        self.world = world
        self.token = token
        self.faults = faults
        self.limiter = limiter
        self.calls: list[ApiCall] = []
        self.last_activity = time.monotonic()
        self._answering = 0

    @property
    def busy(self) -> bool:
        """A request other than a long poll is being answered."""
        return self._answering > 0

    def add_routes(self, app: web.Application) -> None:
        app.router.add_route("*", "/bot{token}/{method}", self.handle)

    async def handle(self, request: web.Request) -> web.StreamResponse:
        call = ApiCall(request.match_info["method"])
        self.calls.append(call)
        # Long polls wait on purpose; only other calls mean the bot is still at work.
        counted = call.method.lower() != "getupdates"
        self._answering += counted
        try:
            call.result = await self._answer(request, call)
            return web.json_response({"ok": True, "result": call.result})
        except ApiError as error:
            call.status, call.error = error.code, error.description
            return web.json_response(error.to_json(), status=error.code)
        except _DropConnection:
            call.status, call.error = 0, "connection dropped"
            if request.transport is not None:
                request.transport.abort()
            return web.Response()
        except asyncio.CancelledError:
            call.status, call.error = 0, "the client went away"
            raise
        finally:
            self._answering -= counted
            self.last_activity = time.monotonic()
            self.world.changes.notify()

    async def _answer(self, request: web.Request, call: ApiCall) -> Any:
        token = request.match_info["token"]
        if ":" not in token:
            raise NOT_FOUND
        if token != self.token:
            raise UNAUTHORIZED
        handler = METHODS.get(call.method.lower())
        definition = bot_api().method(call.method)
        if definition is None:
            raise NOT_FOUND
        if handler is None:
            # Telegram has the method but the sandbox does not: say so instead of a 404, which
            # python-telegram-bot would report as an invalid token.
            raise ApiError(501, f"Not Implemented: the sandbox has no {definition.name} yet")
        raw, files = await _read_parameters(request)
        call.params = {**raw, **files}
        fault = self.faults.take(call.method)
        if fault is not None:
            call.fault = fault.kind
            await _suffer(fault)
        call.params = bot_api().decode_params(definition, raw, files)
        params = Params(call.params)
        if self.limiter is not None and call.method.lower() in SENDING_METHODS:
            chat = self.world.find_chat(params.chat_id())
            if chat is not None:
                self.limiter.check(chat)
        result = await handler(self.world, params)
        if fault is not None and fault.kind == "lost":
            raise _DropConnection
        return result


async def _suffer(fault: Fault) -> None:
    """Answer with the fault's error, drop the connection, or delay the real answer."""
    error = fault.error()
    if error is not None:
        raise error
    if fault.kind == "drop":
        raise _DropConnection
    if fault.kind == "lost":
        return
    await asyncio.sleep(fault.seconds)


class _DropConnection(Exception):
    """Close the connection without an answer (an injected "drop" fault, or "lost": after
    carrying the request out, as when a connection breaks after Telegram acted)."""


async def _read_parameters(
    request: web.Request,
) -> tuple[dict[str, object], dict[str, UploadedFile]]:
    params: dict[str, object] = dict(request.query)
    files: dict[str, UploadedFile] = {}
    if request.content_type == "application/json":
        body = await _json_body(request)
        params.update(body)
    elif request.content_type in ("application/x-www-form-urlencoded", "multipart/form-data"):
        for name, value in (await request.post()).items():
            if isinstance(value, web.FileField):
                data = value.file.read()
                files[name] = UploadedFile(value.filename, value.content_type, data)
            else:
                params[name] = value
    return params, files


async def _json_body(request: web.Request) -> Mapping[str, object]:
    try:
        body = await request.json()
    except ValueError:
        raise bad_request("can't parse JSON body") from None
    if not isinstance(body, dict):
        raise bad_request("JSON body must be an object")
    return body
