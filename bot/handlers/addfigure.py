"""/addfigure: bot admins add or correct a point of the official series, with its source, or
remove a wrong one. Replacing or removing an existing point asks first (an inline button) and
keeps the old point in the history.

What waits for the button lives in memory only: after a restart the button says to send the
command again, and nothing changes.
"""

from __future__ import annotations

import html
import secrets
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import CallbackQueryHandler, CommandHandler

from bot.handlers.access import bot_admins_only
from bot.handlers.chat_kind import carried, pressed, sent
from bot.handlers.context import SenimApplication, SenimContext
from bot.services.figure_entry import (
    FIRST_YEAR,
    PUBLICATION_MAX,
    SOURCE_MAX,
    FigureInputError,
    Problem,
    current_point,
    editable_metrics,
    known_units,
    parse_entry,
    parse_point,
    remove_point,
    save_entry,
)
from bot.util import formatting
from bot.util.i18n import N_, Translator
from db.models import Figure

PROBLEMS = {
    Problem.USAGE: N_("Something is missing."),
    Problem.METRIC: N_("The metric is a short id in lowercase Latin letters, like trust_share."),
    Problem.UNKNOWN_METRIC: N_("The series has no such metric."),
    Problem.YEAR: N_("The year must be between {first} and {last}."),
    Problem.VALUE: N_("The value must be a number; a share is from 0 to 100%."),
    Problem.SOURCE: N_(
        "The source needs the publication, a comma and the publication's date (not in the "
        "future), like: Курсив, 2025-10-13."
    ),
    Problem.SOURCE_LENGTH: N_(
        "The source can be at most {source} characters long, its first part (before the first "
        "comma) at most {publication}."
    ),
}
SAVED = N_("Added: {metric}, {year} — {value} ({unit}).\nSource: {publication}, {date}.")
UPDATED = N_(
    "Updated: {metric}, {year} — {value} ({unit}).\nSource: {publication}, {date}.\n"
    "The previous value is kept in the history."
)
REMOVE_WORDS = frozenset({"remove", "delete", "удалить", "өшіру"})
PENDING = "pending-figure-changes"
CALLBACK = "figure:{answer}:{token}"
YES, NO = "yes", "no"


@dataclass(frozen=True)
class PendingChange:
    """A replacement (`figure` set) or a removal (`figure` None) waiting for its button."""

    metric: str
    period: int
    figure: Figure | None


def usage(metrics: list[str], _: Translator) -> str:
    return _(
        "Write: /addfigure METRIC YEAR VALUE SOURCE…\n"
        "For example:\n"
        "<code>/addfigure trust_share 2026 66% Курсив, 2026-05-01 «…»</code>\n"
        "The source is the publication, its date and, in quotes, the sentence with the number.\n"
        "To remove a wrong point: <code>/addfigure remove METRIC YEAR</code>\n"
        "Known metrics: {metrics}"
    ).format(metrics=html.escape(", ".join(metrics)))


def shown(figure: Figure, _: Translator) -> dict[str, object]:
    """The fields every text about a point fills in."""
    return {
        "metric": html.escape(figure.metric),
        "year": figure.period,
        "value": formatting.number(figure.value or 0.0, _.language),
        "unit": figure.unit,
        "publication": html.escape(figure.publication),
        "date": formatting.day(figure.published_on, _.language),
    }


def point_text(figure: Figure, _: Translator) -> str:
    return _("{metric}, {year} — {value} ({unit}). Source: {publication}, {date}.").format(
        **shown(figure, _)
    )


def buttons(token: str, yes: str, _: Translator) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(yes, callback_data=CALLBACK.format(answer=YES, token=token)),
                InlineKeyboardButton(
                    _("Cancel"), callback_data=CALLBACK.format(answer=NO, token=token)
                ),
            ]
        ]
    )


@bot_admins_only(N_("Only the bot's admins can change the official series."))
async def add_figure(update: Update, context: SenimContext) -> None:
    message, _chat, _user = sent(update)
    _ = await context.translator(update)
    services = context.services
    units = await known_units(services)
    today = datetime.now(ZoneInfo(services.settings.timezone)).date()
    args = context.args or []
    try:
        if args and args[0].casefold() in REMOVE_WORDS:
            if len(args) != 3:
                raise FigureInputError(Problem.USAGE)
            metric, year_text = args[1], args[2]
            period = parse_point(metric, year_text, units, today)
            await ask_to_remove(update, context, metric, period, _)
            return
        figure = parse_entry(args, units, today)
    except FigureInputError as error:
        problem = _(PROBLEMS[error.problem]).format(
            first=FIRST_YEAR, last=today.year + 1, source=SOURCE_MAX, publication=PUBLICATION_MAX
        )
        await message.reply_text(f"{problem}\n\n{usage(editable_metrics(units), _)}")
        return
    existing = await current_point(services, figure.metric, figure.period)
    if existing is None:
        await save_and_report(update, context, figure, _)
        return
    token = remember(context, PendingChange(figure.metric, figure.period, figure))
    await message.reply_text(
        _("There is already a point:\n{old}\nReplace it with:\n{new}").format(
            old=point_text(existing, _), new=point_text(figure, _)
        ),
        reply_markup=buttons(token, _("Yes, replace"), _),
    )


async def ask_to_remove(
    update: Update, context: SenimContext, metric: str, period: int, _: Translator
) -> None:
    message = carried(update.effective_message, "message")
    existing = await current_point(context.services, metric, period)
    if existing is None:
        await message.reply_text(
            _("The series has no point {metric}, {year}.").format(
                metric=html.escape(metric), year=period
            )
        )
        return
    token = remember(context, PendingChange(metric, period, None))
    await message.reply_text(
        _("Remove this point? It stays in the history.\n{old}").format(old=point_text(existing, _)),
        reply_markup=buttons(token, _("Yes, remove"), _),
    )


def remember(context: SenimContext, change: PendingChange) -> str:
    token = secrets.token_hex(6)
    context.bot_data.setdefault(PENDING, {})[token] = change
    return token


async def save_and_report(
    update: Update, context: SenimContext, figure: Figure, _: Translator
) -> str:
    entry = await save_entry(context.services, figure)
    template = SAVED if entry.added else UPDATED
    text = _(template).format(**shown(figure, _))
    if update.callback_query is None:
        await carried(update.effective_message, "message").reply_text(text)
    return text


@bot_admins_only(None)
async def change_confirmed(update: Update, context: SenimContext) -> None:
    """Only a bot admin's press counts; a press after a restart or a second press changes
    nothing."""
    query, data = pressed(update)
    _ = await context.translator(update)
    await query.answer()
    _prefix, answer, token = data.split(":")
    change = context.bot_data.get(PENDING, {}).pop(token, None)
    if change is None:
        await query.edit_message_text(_("This request has expired. Send the command again."))
    elif answer == NO:
        await query.edit_message_text(_("Nothing was changed."))
    elif change.figure is not None:
        await query.edit_message_text(await save_and_report(update, context, change.figure, _))
    else:
        await remove_point(context.services, change.metric, change.period)
        await query.edit_message_text(
            _("Removed: {metric}, {year}. It is kept in the history.").format(
                metric=html.escape(change.metric), year=change.period
            )
        )


def register(application: SenimApplication) -> None:
    application.add_handler(CommandHandler("addfigure", add_figure))
    application.add_handler(
        CallbackQueryHandler(change_confirmed, pattern=rf"^figure:({YES}|{NO}):[0-9a-f]+$")
    )
