"""Builds the telegram.ext.Application: handlers, rate limiter, defaults, start-up and shutdown."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from typing import Any
from zoneinfo import ZoneInfo

from telegram import LinkPreviewOptions, Update
from telegram.constants import ParseMode
from telegram.ext import AIORateLimiter, Application, ContextTypes, Defaults

from bot.config import SendRateLimit, Settings
from bot.handlers import register_all
from bot.handlers.aiohttp_request import AiohttpRequest
from bot.handlers.commands import publish_commands
from bot.handlers.context import SERVICES, ChatMemory, SenimApplication, SenimContext
from bot.handlers.fallback_bot import FallbackBot
from bot.handlers.leadership import LeaderJobQueue
from bot.handlers.ordering import ChatOrderedProcessor
from bot.handlers.send_budget import send_budget
from bot.handlers.unpersisted import UnpersistedApplication
from bot.services import Services

log = logging.getLogger(__name__)
MENUS = "menus"

# No edited messages: an edited "/poll …" would otherwise post a second poll.
ALLOWED_UPDATES = [
    Update.MESSAGE,
    Update.POLL,
    Update.POLL_ANSWER,
    Update.MY_CHAT_MEMBER,
    Update.CALLBACK_QUERY,
]
PAID_BROADCAST_RATE = 1000
TELEGRAM_RATE = 30
CONNECTIONS = 256  # as PTB's builder would set up
RETRIES_AFTER_429 = 3


def rate_limiter(mode: SendRateLimit) -> AIORateLimiter:
    """Telegram's free limits, paid broadcasts, or only 429 retries (for local servers)."""
    if mode is SendRateLimit.OFF:
        return AIORateLimiter(overall_max_rate=0, group_max_rate=0, max_retries=RETRIES_AFTER_429)
    return AIORateLimiter(overall_max_rate=paced_overall(mode) or 0, max_retries=RETRIES_AFTER_429)


def paced_overall(mode: SendRateLimit) -> int | None:
    """Messages per second for the whole bot; None when sends are not paced."""
    if mode is SendRateLimit.OFF:
        return None
    return PAID_BROADCAST_RATE if mode is SendRateLimit.PAID else TELEGRAM_RATE


def build_application(settings: Settings) -> SenimApplication:
    if not settings.token:
        raise ValueError("BOT_TOKEN is required to build the application")
    bot = FallbackBot(
        settings.token,
        base_url=settings.telegram_api_base_url,
        rate_limiter=send_budget(
            rate_limiter(settings.send_rate_limit),
            settings.redis_url,
            paced_overall(settings.send_rate_limit),
        ),
        defaults=Defaults(
            parse_mode=ParseMode.HTML,
            tzinfo=ZoneInfo(settings.timezone),
            link_preview_options=LinkPreviewOptions(is_disabled=True),
        ),
        request=AiohttpRequest(CONNECTIONS),
        get_updates_request=AiohttpRequest(),
    )
    application: SenimApplication = (
        Application.builder()
        .application_class(UnpersistedApplication)
        .bot(bot)
        .context_types(ContextTypes(context=SenimContext, chat_data=ChatMemory))
        .job_queue(LeaderJobQueue())
        .concurrent_updates(ChatOrderedProcessor())
        .post_init(_start_services(settings))
        .post_shutdown(_stop_services)
        .build()
    )
    register_all(application)
    return application


def _start_services(settings: Settings) -> Callable[[SenimApplication], Coroutine[Any, Any, None]]:
    async def post_init(application: SenimApplication) -> None:
        services = await Services.start(settings)
        application.bot_data[SERVICES] = services
        # The menus only decorate Telegram's clients: published meanwhile, not before polling.
        published = asyncio.create_task(
            publish_commands(application.bot, settings.default_language)
        )
        application.bot_data[MENUS] = published
        published.add_done_callback(_menus_published)

    return post_init


def _menus_published(task: asyncio.Task[None]) -> None:
    if not task.cancelled() and task.exception() is not None:
        log.warning("the command menus were not published (%s)", type(task.exception()).__name__)


async def _stop_services(application: SenimApplication) -> None:
    services: Services | None = application.bot_data.pop(SERVICES, None)
    if services is not None:
        await services.close()
