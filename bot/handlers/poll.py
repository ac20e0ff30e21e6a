"""/poll: the survey in private (one native poll after another); in groups, for admins, the core
question or their own poll, `/poll stop`, and closing at a set time.

Closing times live in the database; the JobQueue only holds them in memory, so they are
scheduled again every time the application starts.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from telegram import InputPollOption, Update
from telegram.error import BadRequest, Forbidden, NetworkError, TelegramError
from telegram.ext import CommandHandler, JobQueue

from bot import formatting
from bot.config import Settings
from bot.context import SenimApplication, SenimContext
from bot.groups import ensure_group
from bot.handlers.chat_kind import is_group, is_group_admin, is_private
from bot.handlers.respondent import round_closed
from bot.handlers.results import loop_lines, plain, render_result
from bot.i18n import N_, Translator
from bot.intake import current_sequence
from bot.leadership import every_lead
from bot.polls import lifecycle, pending, tallies
from bot.polls.custom import Action, PollInputError, Problem, parse_poll_arguments
from bot.polls.lifecycle import PollToSend
from bot.polls.limits import OPEN_MAX, OPTION_MAX, OPTIONS_MAX, OPTIONS_MIN, QUESTION_MAX
from bot.polls.regions import chat_region
from bot.preferences import language_for
from db.models import Poll, utcnow

log = logging.getLogger(__name__)

CLOSING_JOB = "close-poll:{poll_id}"
RESCHEDULE_JOB = "reschedule-poll-closings"
CLOSE_DATE_MARGIN = timedelta(seconds=30)

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
        "<code>/poll 3d …</code> (30m, 12h, 3d)."
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


def survey_done(_: Translator) -> str:
    return _(
        "Thank you, that was the last question! See your answers next to the national figure: "
        "/results"
    )


async def poll_command(update: Update, context: SenimContext) -> None:
    _ = await context.translator(update)
    if is_private(update):
        await update.effective_message.reply_text(private_intro(_))
        first = lifecycle.first_private_poll(_.language)
        await post_poll(context, update.effective_chat.id, first, private=True)
    elif is_group(update):
        await group_poll_command(update, context, _)


async def group_poll_command(update: Update, context: SenimContext, _: Translator) -> None:
    """Admins only; bad input gets the problem and an example, and nothing is posted."""
    message, chat = update.effective_message, update.effective_chat
    if not await is_group_admin(update, context):
        await message.reply_text(
            _(
                "Only the chat's admins can post polls here. You can take the survey "
                "in a private chat with me."
            )
        )
        return
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


def telegram_close_date(closes_at: datetime | None) -> datetime | None:
    """Telegram's countdown ends CLOSE_DATE_MARGIN after the bot's own closing, so stopPoll
    always finds the poll open and its final counts come back with it."""
    if closes_at is None:
        return None
    return min(closes_at + CLOSE_DATE_MARGIN, utcnow() + OPEN_MAX)


async def post_poll(
    context: SenimContext,
    chat_id: int,
    to_send: PollToSend,
    *,
    private: bool = False,
    follows: int | None = None,
) -> Poll:
    """Record a native poll, send it, then give the record Telegram's id (bot.polls.pending);
    poll texts go as plain text, never parsed as HTML. `follows`: the survey question this one
    comes after."""
    reserved, fresh = await pending.reserve(
        context.services,
        to_send,
        chat_id=None if private else chat_id,
        follows=follows,
        recipient=chat_id if private else None,
        origin=current_sequence(),
    )
    if not fresh:
        return reserved
    try:
        message = await context.bot.send_poll(
            chat_id,
            to_send.question,
            [InputPollOption(option, text_parse_mode=None) for option in to_send.options],
            is_anonymous=to_send.anonymous,
            question_parse_mode=None,
            open_period=to_send.open_period,
            allows_revoting=True,
            shuffle_options=to_send.shuffle or None,
            hide_results_until_closes=to_send.results_hidden or None,
            close_date=None if to_send.open_period else telegram_close_date(to_send.closes_at),
        )
    except TelegramError as error:
        if not sent_maybe(error):
            await pending.drop(context.services, reserved, follows)
        raise
    assert message.poll is not None
    poll = await pending.confirm(context.services, reserved, message.poll.id, message.message_id)
    if poll.closes_at is not None and context.job_queue is not None:
        schedule_closing(context.job_queue, poll)
    return poll


async def post_group_poll(context: SenimContext, chat_id: int, to_send: PollToSend) -> Poll:
    """A new survey poll first closes the chat's open one (with its results), and afterwards any
    that another run posted meanwhile, so a chat never has two open survey polls."""
    if to_send.standard:
        await close_standard_polls(context, chat_id)
    poll = await post_poll(context, chat_id, to_send)
    if to_send.standard:
        await close_standard_polls(context, chat_id, keep=poll.id)
    return poll


async def close_standard_polls(
    context: SenimContext, chat_id: int, keep: int | None = None
) -> None:
    for previous in await lifecycle.open_standard_polls(context.services, chat_id, keep):
        await close_now(context, previous)


async def stop_open_poll(update: Update, context: SenimContext, _: Translator) -> None:
    """Closes the newest open poll and names it, saying how many are still open."""
    open_polls = await lifecycle.open_polls_in(context.services, update.effective_chat.id)
    if not open_polls:
        await update.effective_message.reply_text(_("There is no open poll in this chat."))
        return
    poll, still_open = open_polls[0], len(open_polls) - 1
    lines = [stopped_note(poll, context.services.settings, _)]
    if still_open:
        lines.append(
            _("Still open: {n}. Send /poll stop again to close the next one.").format(n=still_open)
        )
    await update.effective_message.reply_text("\n".join(lines))
    await close_now(context, poll)


def stopped_note(poll: Poll, settings: Settings, _: Translator) -> str:
    local = poll.sent_at.astimezone(ZoneInfo(settings.timezone))
    return _("Closing the poll «{question}» posted on {date} at {time}.").format(
        question=plain(poll.question),
        date=formatting.day(local.date(), _.language),
        time=local.strftime("%H:%M"),
    )


async def close_now(context: SenimContext, poll: Poll) -> None:
    """Close before its time: its closing job is dropped, and the results are posted."""
    if context.job_queue is not None:
        for job in context.job_queue.get_jobs_by_name(CLOSING_JOB.format(poll_id=poll.id)):
            job.schedule_removal()
    await close_and_announce(context, poll)


async def close_and_announce(context: SenimContext, poll: Poll) -> None:
    """stopPoll, keep Telegram's final counts, and post the results once. A private poll is
    closed by Telegram itself (its open_period); the bot only marks it closed."""
    assert poll.id is not None
    if poll.chat_id is None or poll.message_id is None:
        await lifecycle.close(context.services, poll.id)
        return
    counts: list[int] | None = None
    voter_count: int | None = None
    try:
        stopped = await context.bot.stop_poll(poll.chat_id, int(poll.message_id))
        counts = [option.voter_count for option in stopped.options]
        voter_count = stopped.total_voter_count
    except (BadRequest, Forbidden) as error:
        log.info("poll %s could not be stopped (%s); keeping the stored counts", poll.id, error)
    if not await lifecycle.close(context.services, poll.id, counts, voter_count):
        return
    language = await language_for(
        context.services, user_id=None, language_code=poll.language, group_id=poll.chat_id
    )
    result = await tallies.poll_results(context.services, poll.id, language)
    if result is None:
        return
    _ = Translator(language)
    lines = render_result(result, _)
    if result.main is not None and result.main.comparison is not None:
        estimate, official = await tallies.national_numbers(context.services)
        region = await chat_region(context.services, poll.chat_id)
        lines += ["", *loop_lines(estimate, official, region.key if region else None, _)]
    try:
        await context.bot.send_message(poll.chat_id, "\n".join(lines))
    except Forbidden:
        log.info("poll %s closed, but its chat %s no longer hears the bot", poll.id, poll.chat_id)
    round_closed(context)


def sent_maybe(error: TelegramError) -> bool:
    """The connection failed: Telegram may have posted the poll all the same."""
    return isinstance(error, NetworkError) and not isinstance(error, BadRequest)


def schedule_closing(job_queue: JobQueue[Any], poll: Poll) -> None:
    name = CLOSING_JOB.format(poll_id=poll.id)
    if poll.closes_at is None or job_queue.get_jobs_by_name(name):
        return
    job_queue.run_once(
        close_when_due,
        when=poll.closes_at,
        data=poll.id,
        name=name,
        job_kwargs={"misfire_grace_time": None},
    )


async def close_when_due(context: SenimContext) -> None:
    assert context.job is not None and isinstance(context.job.data, int)
    poll = await lifecycle.find_poll(context.services, context.job.data)
    if poll is not None and not poll.closed:
        await close_and_announce(context, poll)


async def reschedule_closings(context: SenimContext) -> None:
    """Runs once when the JobQueue starts (after post_init), so no start-up hook is needed."""
    assert context.job_queue is not None
    for poll in await lifecycle.polls_to_close(context.services):
        schedule_closing(context.job_queue, poll)


def register(application: SenimApplication) -> None:
    application.add_handler(CommandHandler("poll", poll_command))
    every_lead(application, reschedule_closings, RESCHEDULE_JOB)
