"""`senim run`: long polling by default, an authenticated webhook server when WEBHOOK_URL is set.

Either way updates go through the durable intake (bot.handlers.intake): stored first,
acknowledged after.
SIGINT and SIGTERM stop the bot within STOP_LIMIT seconds, even with the database frozen.
"""

from __future__ import annotations

import asyncio
import hmac
import logging
import os
import secrets
import signal
import threading
from collections.abc import AsyncIterator, Callable, Coroutine, Sequence
from concurrent.futures.process import BrokenProcessPool
from contextlib import asynccontextmanager, suppress
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import uvloop
from sqlalchemy.exc import SQLAlchemyError
from telegram.error import InvalidToken, TelegramError

from bot.app import ALLOWED_UPDATES, build_application
from bot.config import Settings
from bot.handlers.context import SERVICES, SenimApplication
from bot.handlers.intake import Intake
from bot.services import Services
from bot.util.memory import few_malloc_arenas
from db.migrate import migrate_apart

if TYPE_CHECKING:
    from aiohttp import web

log = logging.getLogger(__name__)

STOP_LIMIT = 10.0
STEP_LIMIT = 1.5
FINISH_LIMIT = 3.0
POLL_TIMEOUT = 10
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
DATABASE_ERRORS = (SQLAlchemyError, OSError, TimeoutError, BrokenProcessPool)

Source = Callable[[Intake], Coroutine[Any, Any, None]]


class StartupError(Exception):
    """Start-up cannot go on; the message is one line for the operator (never the token)."""


def run(settings: Settings) -> None:
    """On uvloop: its event loop, written in C, costs a fraction of asyncio's per task switch."""
    few_malloc_arenas()
    try:
        migrate_apart(settings.database_url)
    except DATABASE_ERRORS as error:
        raise _database_error(error) from None
    with asyncio.Runner(loop_factory=uvloop.new_event_loop) as runner:
        runner.run(serve(settings))


async def serve(settings: Settings) -> None:
    """Run until SIGINT or SIGTERM, or until intake stops by itself (e.g. the token revoked)."""
    application = build_application(settings)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for number in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(number, _stopping(stop))
    source = await _source(application, settings)
    async with running(application, source) as tasks:
        stopped = asyncio.create_task(stop.wait())
        await asyncio.wait([stopped, *tasks], return_when=asyncio.FIRST_COMPLETED)
        stopped.cancel()
        for task in tasks:
            if task.done() and not task.cancelled() and task.exception() is not None:
                raise _as_startup_error(task.exception())


def _stopping(stop: asyncio.Event) -> Callable[[], None]:
    def on_signal() -> None:
        if not stop.is_set():
            log.info("stopping")
            # The last resort if a frozen connection holds up the orderly stop: nothing is
            # lost, since every acknowledged update is in the inbox.
            watchdog = threading.Timer(STOP_LIMIT, os._exit, (1,))
            watchdog.daemon = True
            watchdog.start()
        stop.set()

    return on_signal


async def _source(application: SenimApplication, settings: Settings) -> Source:
    if settings.webhook_url is None:
        return lambda intake: intake.poll(POLL_TIMEOUT, ALLOWED_UPDATES)
    secret = settings.webhook_secret.get_secret_value() if settings.webhook_secret else None
    if secret is None:
        secret = secrets.token_urlsafe(32)
        log.info("WEBHOOK_SECRET is not set: using a new random secret for this run")
    url = str(settings.webhook_url)

    async def serve_webhook(intake: Intake) -> None:
        listen, port = settings.webhook_listen, settings.webhook_port
        log.info("starting the webhook server on %s:%s", listen, port)
        site = await webhook_server(intake, urlsplit(url).path, secret, listen, port)
        try:
            await application.bot.set_webhook(
                url, secret_token=secret, allowed_updates=ALLOWED_UPDATES
            )
            await asyncio.Event().wait()
        finally:
            await site.cleanup()

    return serve_webhook


@asynccontextmanager
async def running(
    application: SenimApplication, source: Source
) -> AsyncIterator[Sequence[asyncio.Task[None]]]:
    """Initialise (getMe), start services and the worker and the update source; on exit stop
    each step within a time limit, so a frozen database cannot hold the process."""
    try:
        await application.initialize()
    except (InvalidToken, TelegramError) as error:
        await _within(application.bot.shutdown())  # its connections, opened before getMe failed
        raise _as_startup_error(error) from None
    try:
        if application.post_init:
            try:
                await application.post_init(application)
            except DATABASE_ERRORS as error:
                raise _database_error(error) from None
        await application.start()
        intake = Intake(application)
        tasks = [asyncio.create_task(intake.work()), asyncio.create_task(source(intake))]
        try:
            yield tasks
        finally:
            tasks[1].cancel()
            intake.stop()
            await _within(asyncio.shield(tasks[0]), FINISH_LIMIT)
            tasks[0].cancel()
            await _within(asyncio.gather(*tasks, return_exceptions=True))
            await _within(intake.close())
            await _within(application.stop())
    finally:
        await _within(application.shutdown())
        if application.post_shutdown:
            await _within(application.post_shutdown(application))


@asynccontextmanager
async def durable_polling(
    application: SenimApplication,
    *,
    poll_timeout: int = POLL_TIMEOUT,
    allowed_updates: Sequence[str] = ALLOWED_UPDATES,
) -> AsyncIterator[SenimApplication]:
    """The bot as `senim run` polls, inside an existing event loop (tests, `senim chat`);
    entered once it can answer."""
    async with running(application, lambda intake: intake.poll(poll_timeout, allowed_updates)):
        services: Services = application.bot_data[SERVICES]
        await services.ready()
        yield application


async def webhook_server(
    intake: Intake, path: str, secret: str, listen: str, port: int
) -> web.AppRunner:
    """Accepts only requests carrying the secret; answers 200 once the update is stored.
    The server's modules are imported here: long polling never needs them (start-up time)."""
    from aiohttp import web

    from bot.handlers import health

    async def receive(request: web.Request) -> web.Response:
        given = request.headers.get(SECRET_HEADER, "")
        if not hmac.compare_digest(given.encode(), secret.encode()):
            return web.Response(status=403)
        try:
            update = await request.json()
        except ValueError:
            return web.Response(status=400)
        if not isinstance(update, dict) or not isinstance(update.get("update_id"), int):
            return web.Response(status=400)
        try:
            await intake.store([update])
        except Exception as error:
            log.warning("could not store a webhook update (%s)", type(error).__name__)
            await intake.apologise_unstored([update])
            return web.Response(status=503)
        return web.Response()

    site = web.Application()
    site.router.add_post(path or "/", receive)
    site.router.add_get(health.PATH, health.handler(intake.application))
    runner = web.AppRunner(site, access_log=None)
    await runner.setup()
    await web.TCPSite(runner, listen, port).start()
    return runner


async def _within(
    step: Coroutine[Any, Any, Any] | asyncio.Future[Any], limit: float = STEP_LIMIT
) -> None:
    with suppress(Exception, TimeoutError):
        await asyncio.wait_for(step, limit)


def _database_error(error: BaseException) -> StartupError:
    return StartupError(
        f"the database could not be prepared ({type(error).__name__}); "
        "check DATABASE_URL and that the database is up"
    )


def _as_startup_error(error: BaseException | None) -> StartupError:
    if isinstance(error, InvalidToken):
        return StartupError(
            "BOT_TOKEN was rejected by Telegram (getMe: 401 Unauthorized or 404 Not Found); "
            "copy the token again from @BotFather"
        )
    if isinstance(error, TelegramError):
        return StartupError(f"Telegram could not be reached at start-up ({type(error).__name__})")
    return StartupError(f"the bot stopped: {type(error).__name__}")
