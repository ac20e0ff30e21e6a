"""/addfigure: bot admins add or correct a point of the official series, with its source."""

from __future__ import annotations

import html
from datetime import datetime
from zoneinfo import ZoneInfo

from telegram import Update
from telegram.ext import CommandHandler

from bot import formatting
from bot.context import SenimApplication, SenimContext
from bot.figure_entry import (
    FIRST_YEAR,
    PUBLICATION_MAX,
    SOURCE_MAX,
    FigureInputError,
    Problem,
    known_units,
    parse_entry,
    save_entry,
)
from bot.i18n import N_, Translator

PROBLEMS = {
    Problem.USAGE: N_("Something is missing."),
    Problem.METRIC: N_("The metric is a short id in lowercase Latin letters, like trust_share."),
    Problem.YEAR: N_("The year must be between {first} and {last}."),
    Problem.VALUE: N_("The value must be a number; a share is from 0 to 100%."),
    Problem.SOURCE: N_(
        "The source can be at most {source} characters long, its first part (before the first "
        "comma) at most {publication}."
    ),
}
SAVED = N_("Added: {metric}, {year} — {value} ({unit}).\nSource: {publication}, {date}.")
UPDATED = N_("Updated: {metric}, {year} — {value} ({unit}).\nSource: {publication}, {date}.")


def usage(metrics: list[str], _: Translator) -> str:
    return _(
        "Write: /addfigure METRIC YEAR VALUE SOURCE…\n"
        "For example:\n"
        "<code>/addfigure trust_share 2026 66% Курсив, 2026-05-01 «…»</code>\n"
        "The source is the publication, its date and, in quotes, the sentence with the number.\n"
        "Known metrics: {metrics}"
    ).format(metrics=html.escape(", ".join(metrics)))


async def add_figure(update: Update, context: SenimContext) -> None:
    _ = await context.translator(update)
    message, services = update.effective_message, context.services
    if not services.settings.is_bot_admin(update.effective_user.id):
        await message.reply_text(_("Only the bot's admins can change the official series."))
        return
    units = await known_units(services)
    today = datetime.now(ZoneInfo(services.settings.timezone)).date()
    try:
        figure = parse_entry(context.args or [], units, today)
    except FigureInputError as error:
        problem = _(PROBLEMS[error.problem]).format(
            first=FIRST_YEAR, last=today.year + 1, source=SOURCE_MAX, publication=PUBLICATION_MAX
        )
        await message.reply_text(f"{problem}\n\n{usage(sorted(units), _)}")
        return
    entry = await save_entry(services, figure)
    template = SAVED if entry.added else UPDATED
    await message.reply_text(
        _(template).format(
            metric=html.escape(figure.metric),
            year=figure.period,
            value=formatting.number(figure.value or 0.0, _.language),
            unit=figure.unit,
            publication=html.escape(figure.publication),
            date=formatting.day(figure.published_on, _.language),
        )
    )


def register(application: SenimApplication) -> None:
    application.add_handler(CommandHandler("addfigure", add_figure))
