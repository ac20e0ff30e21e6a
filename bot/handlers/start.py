"""/start and /help: what the bot does, and in private a menu of buttons."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from functools import partial

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import CallbackQueryHandler, CommandHandler

from bot.handlers.chat_kind import is_private, pressed, sent
from bot.handlers.context import SenimApplication, SenimContext
from bot.util.i18n import Translator

MENU_FIGURES = "menu:figures"
MENU_LANGUAGE = "menu:lang"
MENU_SURVEY = "menu:poll"

MenuAction = Callable[[Update, SenimContext], Awaitable[None]]
"""What a menu button does: the handler of the feature it opens, given by `register_all`."""


def welcome_text(_: Translator) -> str:
    return _(
        "Hi! I'm Senim. I know the official figures on trust in the police in Kazakhstan "
        "and where they come from.\n\n"
        "Just ask in your own words, for example:\n"
        "• <i>How many people trust the police?</i>\n"
        "• <i>And in 2019?</i>\n"
        "• <i>Why don't people trust the police?</i>"
    )


def private_help_text(_: Translator) -> str:
    return _(
        "<b>What I can do</b>\n"
        "Ask me anything about trust in the police: the latest figure, a given year, "
        "the change since 2019, the reasons for distrust, where the numbers come from.\n\n"
        "/poll — a short survey, four questions\n"
        "/results — your answers next to the national figure\n"
        "/figures — the official figures with sources\n"
        "/lang — language: ru, kk or en\n"
        "/privacy — what I store; /forgetme — delete it"
    )


def group_help_text(_: Translator) -> str:
    return _(
        "<b>What I can do in this chat</b>\n"
        "/ask <i>question</i> — ask about trust in the police (or reply to my message, "
        "or mention me)\n"
        "/results — this chat's poll results next to the national figure\n"
        "/figures — the official figures with sources\n"
        "/privacy — what I store\n\n"
        "<b>For admins</b>\n"
        "/poll — the survey question as an anonymous poll\n"
        "/poll <i>Question? | option | option</i> — your own poll\n"
        "/poll stop — close the open poll\n"
        "/schedule weekly mon 10:00 — a poll every week (or monthly 1 10:00)\n"
        "/stats — this chat's dashboard and chart\n"
        "/region <i>name</i> — the chat's region\n"
        "/lang ru|kk|en — the chat's language"
    )


def menu_keyboard(_: Translator) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [
            [InlineKeyboardButton(_("🗳 Take the survey"), callback_data=MENU_SURVEY)],
            [
                InlineKeyboardButton(_("📊 Figures"), callback_data=MENU_FIGURES),
                InlineKeyboardButton(_("🌐 Language"), callback_data=MENU_LANGUAGE),
            ],
        ]
    )


async def start(update: Update, context: SenimContext) -> None:
    message, _chat, _user = sent(update)
    _ = await context.translator(update)
    if not is_private(update):
        await message.reply_text(group_help_text(_))
        return
    await message.reply_text(welcome_text(_), reply_markup=menu_keyboard(_))


async def show_help(update: Update, context: SenimContext) -> None:
    message, _chat, _user = sent(update)
    _ = await context.translator(update)
    if is_private(update):
        await message.reply_text(private_help_text(_), reply_markup=menu_keyboard(_))
    else:
        await message.reply_text(group_help_text(_))


async def menu_pressed(
    update: Update, context: SenimContext, actions: Mapping[str, MenuAction]
) -> None:
    query, data = pressed(update)
    await query.answer()
    # The pattern's `$` also lets "menu:poll\n" through; forged data gets no action.
    action = actions.get(data)
    if action is not None:
        await action(update, context)


def register(application: SenimApplication, actions: Mapping[str, MenuAction]) -> None:
    """`actions`: each menu button's feature, so that this module imports no other feature."""
    application.add_handler(CommandHandler("start", start))
    application.add_handler(CommandHandler("help", show_help))
    application.add_handler(
        CallbackQueryHandler(
            partial(menu_pressed, actions=actions),
            pattern=f"^({MENU_SURVEY}|{MENU_FIGURES}|{MENU_LANGUAGE})$",
        )
    )
