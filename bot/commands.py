"""The command menus Telegram shows, per audience and language (setMyCommands)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Flag, auto

from telegram import (
    BotCommand,
    BotCommandScope,
    BotCommandScopeAllChatAdministrators,
    BotCommandScopeAllGroupChats,
    BotCommandScopeAllPrivateChats,
    BotCommandScopeDefault,
)
from telegram.ext import ExtBot

from bot.config import LANGUAGES
from bot.i18n import N_, Translator


class Audience(Flag):
    PRIVATE = auto()
    GROUP = auto()
    GROUP_ADMIN = auto()
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
    Command("privacy", N_("What I store and who sees it"), Audience.EVERYONE),
    Command("forgetme", N_("Delete what I store about you"), Audience.PRIVATE),
)

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
        for language in LANGUAGES:
            await bot.set_my_commands(menu(audience, language), scope=scope, language_code=language)
        await bot.set_my_commands(menu(audience, default_language), scope=scope)
    await bot.set_my_commands(
        menu(Audience.PRIVATE, default_language), scope=BotCommandScopeDefault()
    )
