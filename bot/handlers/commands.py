"""The command menus Telegram shows, per audience and language (setMyCommands)."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from enum import Flag, auto

from telegram import (
    BotCommand,
    BotCommandScope,
    BotCommandScopeAllChatAdministrators,
    BotCommandScopeAllGroupChats,
    BotCommandScopeAllPrivateChats,
    BotCommandScopeChat,
    BotCommandScopeDefault,
)
from telegram.error import BadRequest, Forbidden
from telegram.ext import ExtBot

from bot.config import LANGUAGES
from bot.util.i18n import N_, Translator

log = logging.getLogger(__name__)


class Audience(Flag):
    PRIVATE = auto()
    GROUP = auto()
    GROUP_ADMIN = auto()
    BOT_ADMIN = auto()
    EVERYONE = PRIVATE | GROUP | GROUP_ADMIN


@dataclass(frozen=True)
class Command:
    name: str
    description: str
    audience: Audience


COMMANDS = (
    Command("start", N_("What this bot does"), Audience.PRIVATE),
    Command("help", N_("What I can do"), Audience.EVERYONE),
    Command("ask", N_("Ask about trust in the police"), Audience.GROUP | Audience.GROUP_ADMIN),
    Command("figures", N_("Official figures and their sources"), Audience.EVERYONE),
    Command("lang", N_("Language: ru, kk or en"), Audience.PRIVATE | Audience.GROUP_ADMIN),
    Command("poll", N_("Take a short survey about the police"), Audience.PRIVATE),
    Command("poll", N_("Post a poll: the survey or your own"), Audience.GROUP_ADMIN),
    Command("results", N_("Poll results next to the national figure"), Audience.EVERYONE),
    Command("region", N_("The chat's region"), Audience.GROUP_ADMIN),
    Command("schedule", N_("Recurring poll in this chat"), Audience.GROUP_ADMIN),
    Command("privacy", N_("What I store and who sees it"), Audience.EVERYONE),
    Command("forgetme", N_("Delete what I store about you"), Audience.PRIVATE),
    Command("stop", N_("Cancel the results message you asked for"), Audience.PRIVATE),
    Command("stats", N_("This chat's statistics and chart"), Audience.GROUP_ADMIN),
    Command("stats", N_("Statistics of all chats, with a chart"), Audience.BOT_ADMIN),
    Command("export", N_("Poll results as a CSV file"), Audience.BOT_ADMIN),
    Command("pollall", N_("Post the survey poll to every group"), Audience.BOT_ADMIN),
)
ADMIN_MENU = Audience.PRIVATE | Audience.BOT_ADMIN

SCOPES: tuple[tuple[Audience, BotCommandScope], ...] = (
    (Audience.PRIVATE, BotCommandScopeAllPrivateChats()),
    (Audience.GROUP, BotCommandScopeAllGroupChats()),
    (Audience.GROUP_ADMIN, BotCommandScopeAllChatAdministrators()),
)


def menu(audience: Audience, language: str) -> list[BotCommand]:
    _ = Translator(language)
    return [BotCommand(c.name, _(c.description)) for c in COMMANDS if audience & c.audience]


async def publish_commands(bot: ExtBot[None], default_language: str) -> None:
    """One menu per audience and language, plus a default for clients in other languages."""
    for audience, scope in SCOPES:
        await _publish(bot, audience, scope, default_language)
    await bot.set_my_commands(
        menu(Audience.PRIVATE, default_language), scope=BotCommandScopeDefault()
    )


async def publish_admin_commands(bot: ExtBot[None], admin_id: int, default_language: str) -> None:
    """A bot admin's private menu adds the admins' commands. Telegram scopes it to the admin's
    chat, which exists only once the admin has written to the bot: until then it answers
    "chat not found", and the admin simply keeps the everyday menu."""
    try:
        await _publish(bot, ADMIN_MENU, BotCommandScopeChat(admin_id), default_language)
    except (BadRequest, Forbidden) as error:
        log.info("no admin menu for %s yet: %s", admin_id, error)


async def _publish(
    bot: ExtBot[None], audience: Audience, scope: BotCommandScope, default_language: str
) -> None:
    for language in LANGUAGES:
        await bot.set_my_commands(menu(audience, language), scope=scope, language_code=language)
    await bot.set_my_commands(menu(audience, default_language), scope=scope)
