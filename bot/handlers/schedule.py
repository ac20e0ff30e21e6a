"""/schedule: a group's admins have the survey question posted as an anonymous poll every week or
every month, closed automatically before the next one.

Each schedule's next run is one JobQueue job. The JobQueue lives in memory only, so the runs are
stored too and planned again every time the application starts.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from telegram import Update
from telegram.ext import CommandHandler, JobQueue

from bot import formatting
from bot.context import SenimApplication, SenimContext
from bot.groups import ensure_group
from bot.handlers.chat_kind import is_group, is_group_admin
from bot.handlers.delivery import standard_poll_sender
from bot.i18n import N_, Translator
from bot.leadership import every_lead
from bot.polls import broadcast, recurring
from bot.polls.broadcast import Delivery
from bot.polls.recurring import CurrentSchedule, ScheduledRun
from bot.polls.schedule import (
    LONGEST_MONTH,
    OPEN_FOR,
    Action,
    Kind,
    Problem,
    Recurrence,
    ScheduleInputError,
    parse_schedule_arguments,
)
from db.models import utcnow

log = logging.getLogger(__name__)

RUN_JOB = "scheduled-poll:{schedule_id}"
RESUME_JOB = "resume-poll-schedules"

PROBLEMS = {
    Problem.KIND: N_("Say how often: weekly or monthly."),
    Problem.SHAPE: N_("After weekly or monthly, give the day and the time."),
    Problem.WEEKDAY: N_(
        "I didn't recognise the day of the week: write mon, tue, wed, thu, fri, sat or sun."
    ),
    Problem.DAY: N_("The day of the month is a number from 1 to {max}."),
    Problem.TIME: N_("Write the time as HH:MM, from 00:00 to 23:59."),
}


def usage(zone: ZoneInfo, _: Translator) -> str:
    return _(
        "<b>Recurring poll</b>: the survey question as an anonymous poll, posted here "
        "on a schedule.\n"
        "<code>/schedule weekly mon 10:00</code> — every week\n"
        "<code>/schedule monthly 1 10:00</code> — every month\n"
        "<code>/schedule off</code> — stop\n"
        "Times are in the {zone} time zone."
    ).format(zone=zone.key)


def problem_text(problem: Problem, _: Translator) -> str:
    return _(PROBLEMS[problem]).format(max=LONGEST_MONTH)


EVERY_WEEKDAY = (
    N_("every Monday at {time}"),
    N_("every Tuesday at {time}"),
    N_("every Wednesday at {time}"),
    N_("every Thursday at {time}"),
    N_("every Friday at {time}"),
    N_("every Saturday at {time}"),
    N_("every Sunday at {time}"),
)
"""One text per weekday: «каждый понедельник», but «каждую среду» and «каждое воскресенье»."""


def describe(recurrence: Recurrence, _: Translator) -> str:
    at = recurrence.at.strftime("%H:%M")
    if recurrence.kind is Kind.WEEKLY:
        return _(EVERY_WEEKDAY[recurrence.day]).format(time=at)
    return _("every month on day {day} at {time}").format(day=recurrence.day, time=at)


def next_poll_line(due_at: datetime, zone: ZoneInfo, _: Translator) -> str:
    local = due_at.astimezone(zone)
    return _("Next poll: {date} at {time}.").format(
        date=formatting.day(local.date(), _.language), time=local.strftime("%H:%M")
    )


def schedule_lines(schedule: CurrentSchedule, zone: ZoneInfo, _: Translator) -> list[str]:
    lines = [next_poll_line(schedule.next_run.due_at, zone, _)]
    if schedule.recurrence.falls_short:
        lines.append(
            _("In months without day {day}, the poll comes on the month's last day.").format(
                day=schedule.recurrence.day
            )
        )
    return lines


def confirmation(schedule: CurrentSchedule, zone: ZoneInfo, _: Translator) -> str:
    intro = _(
        "Done! Recurring poll: {schedule}. I'll post the survey question here as an anonymous "
        "poll and close it after {hours} hours with the results."
    ).format(
        schedule=describe(schedule.recurrence, _),
        hours=OPEN_FOR // timedelta(hours=1),
    )
    return "\n".join([intro, *schedule_lines(schedule, zone, _)])


def overview(schedule: CurrentSchedule | None, zone: ZoneInfo, _: Translator) -> str:
    if schedule is None:
        lines = [_("This chat has no recurring poll.")]
    else:
        described = describe(schedule.recurrence, _)
        lines = [
            _("Recurring poll in this chat: {schedule}.").format(schedule=described),
            *schedule_lines(schedule, zone, _),
        ]
    return "\n".join([*lines, "", usage(zone, _)])


async def schedule_command(update: Update, context: SenimContext) -> None:
    """Admins only; bad input gets the problem and an example, and changes nothing."""
    _ = await context.translator(update)
    message, chat, services = update.effective_message, update.effective_chat, context.services
    if not is_group(update):
        await message.reply_text(
            _("Recurring polls are for group chats: add me to a group and send /schedule there.")
        )
        return
    if not await is_group_admin(update, context):
        await message.reply_text(_("Only the chat's admins can schedule polls here."))
        return
    zone = recurring.zone_of(services)
    try:
        request = parse_schedule_arguments(" ".join(context.args or ()))
    except ScheduleInputError as error:
        await message.reply_text(f"{problem_text(error.problem, _)}\n\n{usage(zone, _)}")
        return
    if request.action is Action.OFF:
        switched_off = await recurring.switch_off(services, chat.id)
        if switched_off is None:
            await message.reply_text(_("This chat has no recurring poll to switch off."))
            return
        cancel_runs(job_queue_of(context), switched_off)
        await message.reply_text(_("Done: the recurring poll is off."))
    elif request.recurrence is not None:
        await ensure_group(services, chat.id, chat.type, chat.title or "")
        schedule = await recurring.set_schedule(services, chat.id, request.recurrence, utcnow())
        plan_run(job_queue_of(context), schedule.next_run)
        await message.reply_text(confirmation(schedule, zone, _))
    else:
        await message.reply_text(overview(await recurring.schedule_in(services, chat.id), zone, _))


def job_queue_of(context: SenimContext) -> JobQueue[Any]:
    assert context.job_queue is not None, "schedules need python-telegram-bot[job-queue]"
    return context.job_queue


def plan_run(job_queue: JobQueue[Any], run: ScheduledRun) -> None:
    """One job per schedule: a changed schedule replaces the job of the old one."""
    cancel_runs(job_queue, run.schedule_id)
    job_queue.run_once(
        run_when_due,
        when=run.due_at,
        data=run,
        name=RUN_JOB.format(schedule_id=run.schedule_id),
        job_kwargs={"misfire_grace_time": None},
    )


def cancel_runs(job_queue: JobQueue[Any], schedule_id: int) -> None:
    for job in job_queue.get_jobs_by_name(RUN_JOB.format(schedule_id=schedule_id)):
        job.schedule_removal()


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


def register(application: SenimApplication) -> None:
    application.add_handler(CommandHandler("schedule", schedule_command))
    every_lead(application, resume_schedules, RESUME_JOB)
