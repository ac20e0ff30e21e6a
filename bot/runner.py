"""`senim run`: long polling by default, PTB's webhook server when WEBHOOK_URL is set."""

from __future__ import annotations

import logging
from urllib.parse import urlsplit

from bot.app import ALLOWED_UPDATES, build_application
from bot.config import Settings

log = logging.getLogger(__name__)


def run(settings: Settings) -> None:
    application = build_application(settings)
    if settings.webhook_url is None:
        log.info("starting with long polling")
        application.run_polling(allowed_updates=ALLOWED_UPDATES)
        return
    url = str(settings.webhook_url)
    log.info("starting the webhook server on %s:%s", settings.webhook_listen, settings.webhook_port)
    application.run_webhook(
        listen=settings.webhook_listen,
        port=settings.webhook_port,
        url_path=urlsplit(url).path.lstrip("/"),
        webhook_url=url,
        secret_token=(
            settings.webhook_secret.get_secret_value() if settings.webhook_secret else None
        ),
        allowed_updates=ALLOWED_UPDATES,
    )
