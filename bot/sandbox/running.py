"""Run a python-telegram-bot Application inside an existing event loop, as `run_polling` would.

`Application.run_polling` owns the event loop, which tests and `senim chat` cannot give it; this
performs the same start and stop sequence (including the post_init/post_stop/post_shutdown
hooks) as an async context manager.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from typing import Any

from telegram import Update
from telegram.ext import Application

AnyApplication = Application[Any, Any, Any, Any, Any, Any]


@asynccontextmanager
async def polling(
    app: AnyApplication,
    *,
    poll_timeout: int = 10,
    allowed_updates: Sequence[str] = Update.ALL_TYPES,
) -> AsyncIterator[AnyApplication]:
    """Initialise, start and poll (pass the bot's own `allowed_updates`, as in production);
    stop and shut down on exit."""
    if app.updater is None:
        raise ValueError("the application needs an Updater to poll")
    await app.initialize()
    try:
        if app.post_init:
            await app.post_init(app)
        await app.updater.start_polling(
            poll_interval=0, timeout=poll_timeout, allowed_updates=list(allowed_updates)
        )
        await app.start()
        try:
            yield app
        finally:
            await app.updater.stop()
            await app.stop()
            if app.post_stop:
                await app.post_stop(app)
    finally:
        await app.shutdown()
        if app.post_shutdown:
            await app.post_shutdown(app)
