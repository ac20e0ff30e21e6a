"""/poll: the survey in private (one native poll after another); in groups, for admins, the core
question or their own poll, `/poll stop`, and closing at a set time.

Posting and closing, which the bot also does on its own, are in bot.handlers.actions.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from telegram import Update
from telegram.ext import CommandHandler

from bot.config import Settings
from bot.handlers.access import group_admins_only
from bot.handlers.actions import close_now, post_group_poll, post_poll
from bot.handlers.chat_kind import is_group, is_private, sent
from bot.handlers.context import SenimApplication, SenimContext
from bot.polls import lifecycle
from bot.polls.custom import Action, PollInputError, Problem, parse_poll_arguments
from bot.polls.limits import OPEN_MAX, OPTION_MAX, OPTIONS_MAX, OPTIONS_MIN, QUESTION_MAX
from bot.services.groups import ensure_group
from bot.util import formatting
from bot.util.i18n import N_, Translator
from bot.views.results import plain
from db.models import Poll

PROBLEMS = {
    Problem.NO_OPTIONS: N_("I couldn't find the options: separate them from the question with |."),
    Problem.OPTION_COUNT: N_("A poll needs {min} to {max} different options."),
    Problem.QUESTION_LENGTH: N_("The question must be 1 to {question} characters long."),
    Problem.OPTION_LENGTH: N_("Each option must be 1 to {option} characters long."),
    Problem.DUPLICATE_OPTIONS: N_("Two options are the same."),
    Problem.DURATION: N_("A poll can stay open from one minute to {days} days."),
}


def usage(_: Translator) -> str:
    return _(
        "Write the question and the options separated by |, for example:\n"
        "<code>/poll Is our street lit well at night? | Yes | No | Only partly</code>\n"
        "To close it automatically, add how long it stays open: "
        "<code>/poll 3d …</code> (30m, 12h, 3d).\n"
        "<code>/poll live</code> — the survey with its results visible while it runs."
    )


def problem_text(problem: Problem, _: Translator) -> str:
    return _(PROBLEMS[problem]).format(
        min=OPTIONS_MIN,
        max=OPTIONS_MAX,
        question=QUESTION_MAX,
        option=OPTION_MAX,
        days=OPEN_MAX.days,
    )


def private_intro(_: Translator) -> str:
    return _(
        "A short survey about the police, one question at a time. Your answers are stored "
        "under a pseudonym, never with your Telegram id: /privacy"
    )


@group_admins_only(
    N_(
        "Only the chat's admins can post polls here. You can take the survey "
        "in a private chat with me."
    )
)
async def poll_command(update: Update, context: SenimContext) -> None:
    message, chat, _user = sent(update)
    _ = await context.translator(update)
    if is_private(update):
        await message.reply_text(private_intro(_))
        first = lifecycle.first_private_poll(_.language)
        await post_poll(context, chat.id, first, private=True)
    elif is_group(update):
        await group_poll_command(update, context, _)


async def group_poll_command(update: Update, context: SenimContext, _: Translator) -> None:
    """Admins only (see poll_command); bad input gets the problem and an example, and nothing
    is posted."""
    message, chat, _user = sent(update)
    try:
        request = parse_poll_arguments(" ".join(context.args or ()))
    except PollInputError as error:
        await message.reply_text(f"{problem_text(error.problem, _)}\n\n{usage(_)}")
        return
    await ensure_group(context.services, chat.id, chat.type, chat.title or "")
    if request.action is Action.STOP:
        await stop_open_poll(update, context, _)
        return
    poll = await post_group_poll(context, chat.id, lifecycle.group_poll(request, _.language))
    if poll.closes_at is not None:
        await message.reply_text(closing_note(poll.closes_at, context.services.settings, _))


def closing_note(closes_at: datetime, settings: Settings, _: Translator) -> str:
    local = closes_at.astimezone(ZoneInfo(settings.timezone))
    return _("The poll closes on {date} at {time}.").format(
        date=formatting.day(local.date(), _.language), time=local.strftime("%H:%M")
    )


async def stop_open_poll(update: Update, context: SenimContext, _: Translator) -> None:
    """Closes the newest open poll and names it, saying how many are still open."""
    message, chat, _user = sent(update)
    open_polls = await lifecycle.open_polls_in(context.services, chat.id)
    if not open_polls:
        await message.reply_text(_("There is no open poll in this chat."))
        return
    poll, still_open = open_polls[0], len(open_polls) - 1
    lines = [stopped_note(poll, context.services.settings, _)]
    if still_open:
        lines.append(
            _("Still open: {n}. Send /poll stop again to close the next one.").format(n=still_open)
        )
    await message.reply_text("\n".join(lines))
    await close_now(context, poll)


def stopped_note(poll: Poll, settings: Settings, _: Translator) -> str:
    local = poll.sent_at.astimezone(ZoneInfo(settings.timezone))
    return _("Closing the poll «{question}» posted on {date} at {time}.").format(
        question=plain(poll.question),
        date=formatting.day(local.date(), _.language),
        time=local.strftime("%H:%M"),
    )


def register(application: SenimApplication) -> None:
    application.add_handler(CommandHandler("poll", poll_command))
