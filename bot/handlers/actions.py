"""What the bot does on its own initiative, apart from answering a command: posting and closing
polls, a schedule's runs, /pollall's deliveries, the region question after the survey and the
results message to respondents when a round closes.

Closing times and schedules live in the database; the JobQueue only holds them in memory, so
`plan_stored_jobs` has the leader plan them again whenever it takes the lead. A group poll's
closing is planned when it is posted. A private poll stays open for days and Telegram closes it
itself, so its closing (marking it closed) is planned only once it is due within PLAN_AHEAD: a
national round leaves tens of thousands open, and a job each would fill the leader's memory.
Every job has its name as its APScheduler id, so finding or replacing one costs no scan.

Where the bot posts on its own (a schedule's run, /pollall), Telegram refusing is an expected
outcome to count, not an error to report."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from functools import cache
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, InputPollOption
from telegram.error import BadRequest, ChatMigrated, Forbidden, NetworkError, TelegramError
from telegram.ext import JobQueue

from bot.handlers.context import SenimApplication, SenimContext
from bot.handlers.intake import current_sequence
from bot.handlers.leadership import JobCallback, every_lead
from bot.polls import broadcast, lifecycle, pending, recurring, respondents
from bot.polls.broadcast import Delivery, Migrated, SendPoll
from bot.polls.custom import Action, PollRequest
from bot.polls.lifecycle import PollToSend
from bot.polls.limits import OPEN_MAX
from bot.polls.recurring import ScheduledRun
from bot.polls.regions import all_regions, chat_region
from bot.polls.schedule import OPEN_FOR
from bot.reports import tallies
from bot.services.preferences import language_for
from bot.util.i18n import Translator
from bot.views.results import loop_lines, render_result
from db.models import Poll, PollRecord, utcnow

log = logging.getLogger(__name__)

CLOSING_JOB = "close-poll:{poll_id}"
RESCHEDULE_JOB = "reschedule-poll-closings"
CLOSE_DATE_MARGIN = timedelta(seconds=30)
PLAN_AHEAD = timedelta(minutes=2)
# APScheduler skips (and so loses) a run while its id's earlier run goes on, past this many.
# Every job claims its work in the database, so runs side by side repeat nothing: no limit.
RUNS_AT_ONCE = 1_000
RUN_JOB = "scheduled-poll:{schedule_id}"
RESUME_JOB = "resume-poll-schedules"
REGION_PREFIX = "home:"
SKIP = "skip"
PER_ROW = 2
NOTIFY_JOB = "results-to-respondents"


def standard_poll_sender(context: SenimContext, open_for: timedelta | None = None) -> SendPoll:
    """A `send` for bot.polls.broadcast; the poll closes after `open_for`, if given."""
    request = PollRequest(Action.SURVEY, open_for)

    async def send(chat_id: int, language: str) -> Delivery | Migrated:
        try:
            await post_group_poll(context, chat_id, lifecycle.group_poll(request, language))
        except Forbidden:
            return Delivery.REMOVED
        except ChatMigrated as moved:
            return Migrated(moved.new_chat_id)
        except TelegramError as error:
            log.warning("could not post the poll in chat %s: %s", chat_id, error)
            return Delivery.FAILED
        return Delivery.POSTED

    return send


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
) -> PollRecord:
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
    return await send_reserved(
        context, chat_id, to_send, reserved, private=private, follows=follows
    )


async def send_reserved(
    context: SenimContext,
    chat_id: int,
    to_send: PollToSend,
    reserved: PollRecord,
    *,
    private: bool,
    follows: int | None,
) -> PollRecord:
    """Send a poll recorded before (bot.polls.pending.reserve), then confirm it."""
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
        if sent_maybe(error):
            pending.in_doubt(context.services, reserved)
        else:
            await pending.drop(context.services, reserved, follows)
        raise
    assert message.poll is not None
    poll = await pending.confirm(context.services, reserved, message.poll.id, message.message_id)
    if context.job_queue is not None and (not private or due_soon(poll, utcnow())):
        schedule_closing(context.job_queue, poll)
    return poll


async def post_group_poll(context: SenimContext, chat_id: int, to_send: PollToSend) -> PollRecord:
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


async def close_now(context: SenimContext, poll: Poll) -> None:
    """Close before its time: its closing job is dropped, and the results are posted."""
    if context.job_queue is not None:
        cancel_job(context.job_queue, CLOSING_JOB.format(poll_id=poll.id))
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


def has_job(job_queue: JobQueue[Any], name: str) -> bool:
    return job_queue.scheduler.get_job(name) is not None


def run_once_named(
    job_queue: JobQueue[Any],
    callback: JobCallback,
    when: datetime | float,
    name: str,
    data: object = None,
) -> None:
    """One job per name: planning it again replaces the one waiting, never one that runs."""
    job_queue.run_once(
        callback,
        when=when,
        data=data,
        name=name,
        job_kwargs={
            "id": name,
            "replace_existing": True,
            "misfire_grace_time": None,
            "max_instances": RUNS_AT_ONCE,
        },
    )


def cancel_job(job_queue: JobQueue[Any], name: str) -> None:
    job = job_queue.scheduler.get_job(name)
    if job is not None:
        job.remove()


def due_soon(poll: PollRecord, now: datetime) -> bool:
    return poll.closes_at is not None and poll.closes_at <= now + PLAN_AHEAD


def schedule_closing(job_queue: JobQueue[Any], poll: Poll | PollRecord) -> None:
    name = CLOSING_JOB.format(poll_id=poll.id)
    if poll.closes_at is None or has_job(job_queue, name):
        return
    run_once_named(job_queue, close_when_due, poll.closes_at, name, poll.id)


async def close_when_due(context: SenimContext) -> None:
    assert context.job is not None and isinstance(context.job.data, int)
    poll = await lifecycle.find_poll(context.services, context.job.data)
    if poll is not None and not poll.closed:
        await close_and_announce(context, poll)


async def reschedule_closings(context: SenimContext) -> None:
    """At every sync: the polls due within PLAN_AHEAD (a sync runs far more often than that),
    overdue ones included, whoever posted them."""
    assert context.job_queue is not None
    for poll in await lifecycle.polls_to_close(context.services, before=utcnow() + PLAN_AHEAD):
        schedule_closing(context.job_queue, poll)


def job_queue_of(context: SenimContext) -> JobQueue[Any]:
    assert context.job_queue is not None, "schedules need python-telegram-bot[job-queue]"
    return context.job_queue


def plan_run(job_queue: JobQueue[Any], run: ScheduledRun) -> None:
    """One job per schedule: a changed schedule replaces the job of the old one."""
    name = RUN_JOB.format(schedule_id=run.schedule_id)
    run_once_named(job_queue, run_when_due, run.due_at, name, run)


def cancel_runs(job_queue: JobQueue[Any], schedule_id: int) -> None:
    cancel_job(job_queue, RUN_JOB.format(schedule_id=schedule_id))


async def run_when_due(context: SenimContext) -> None:
    """Claim the run, plan the next one, post; a group that removed the bot gets no more runs."""
    assert context.job is not None and isinstance(context.job.data, ScheduledRun)
    claimed = await recurring.claim(context.services, context.job.data, utcnow())
    if claimed is None:
        return
    job_queue = job_queue_of(context)
    plan_run(job_queue, claimed.next_run)
    send = standard_poll_sender(context, OPEN_FOR)
    delivery = await broadcast.deliver(context.services, send, claimed.chat)
    log.info("scheduled poll for chat %s: %s", claimed.chat.id, delivery)
    if delivery is Delivery.REMOVED:
        cancel_runs(job_queue, claimed.next_run.schedule_id)


async def resume_schedules(context: SenimContext) -> None:
    """Runs once when the JobQueue starts (after post_init), like the poll closings."""
    job_queue = job_queue_of(context)
    for run in await recurring.runs_at_start(context.services, utcnow()):
        plan_run(job_queue, run)


@cache
def region_keyboard(language: str) -> InlineKeyboardMarkup:
    """Built once per language (a markup is immutable): building its 21 buttons, the regions
    sorted by name, took 0.15 ms at every survey's end."""
    _ = Translator(language)
    buttons = [
        InlineKeyboardButton(region.name(language), callback_data=REGION_PREFIX + region.key)
        for region in sorted(all_regions(), key=lambda region: region.name(language))
    ]
    rows = [buttons[start : start + PER_ROW] for start in range(0, len(buttons), PER_ROW)]
    skip = InlineKeyboardButton(_("Skip"), callback_data=REGION_PREFIX + SKIP)
    return InlineKeyboardMarkup([*rows, [skip]])


def survey_done(_: Translator) -> str:
    """The survey's thanks; it heads the message that asks the region, through its edits."""
    return _(
        "Thank you, that was the last question! See your answers next to the national figure: "
        "/results"
    )


async def thank_and_offer_region(
    context: SenimContext, user_id: int, _: Translator, *, region_asked: bool
) -> None:
    """The survey's thanks, with the region question in the same message while it has not been
    asked (once; skipping is as good as answering): one message where two would do."""
    thanks = survey_done(_)
    if region_asked:
        await context.bot.send_message(user_id, thanks)
        return
    region_question = _(
        "One more, optional: which region do you live in? It lets me weigh answers by "
        "the population of each region. It is kept under your pseudonym; /forgetme deletes it."
    )
    await context.bot.send_message(
        user_id, f"{thanks}\n\n{region_question}", reply_markup=region_keyboard(_.language)
    )


def round_closed(context: SenimContext) -> None:
    """A group poll closed: send the waiting results messages, in a job of their own."""
    job_queue: JobQueue[Any] | None = context.job_queue
    if job_queue is not None and not has_job(job_queue, NOTIFY_JOB):
        run_once_named(job_queue, send_results, 0, NOTIFY_JOB)


async def send_results(context: SenimContext) -> None:
    """One message each, claimed before it is sent; the application's rate limiter paces them."""
    recipients = await respondents.claim_recipients(context.services)
    if not recipients:
        return
    estimate, official = await tallies.national_numbers(context.services)
    for recipient in recipients:
        _ = Translator(recipient.language)
        lines = [
            _("<b>A round of Senim polls has closed.</b> The results you asked for:"),
            *loop_lines(estimate, official, recipient.region, _),
        ]
        try:
            await context.bot.send_message(recipient.user_id, "\n".join(lines))
        except Forbidden:
            log.info("a results message could not be delivered: the person blocked the bot")


def plan_stored_jobs(application: SenimApplication) -> None:
    """Poll closings and schedules' runs are planned again by the leader (bot.handlers.leadership)
    when it is elected and at every resync, each in a job of its own."""
    every_lead(application, reschedule_closings, RESCHEDULE_JOB)
    every_lead(application, resume_schedules, RESUME_JOB)
