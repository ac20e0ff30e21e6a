"""/schedule: a group's admins have the survey question posted as an anonymous poll every week or
every month, closed automatically before the next one.

Each schedule's next run is one JobQueue job, stored too and planned again every time the
application starts; the runs themselves are in bot.handlers.actions.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from telegram import Update
from telegram.ext import CommandHandler

from bot.handlers.access import group_admins_only
from bot.handlers.actions import cancel_runs, job_queue_of, plan_run
from bot.handlers.chat_kind import is_group, sent
from bot.handlers.context import SenimApplication, SenimContext
from bot.polls import recurring
from bot.polls.recurring import CurrentSchedule
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
from bot.services.groups import ensure_group
from bot.util import formatting
from bot.util.i18n import N_, Translator
from db.models import utcnow

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


@group_admins_only(N_("Only the chat's admins can schedule polls here."))
async def schedule_command(update: Update, context: SenimContext) -> None:
    """Admins only; bad input gets the problem and an example, and changes nothing."""
    message, chat, _user = sent(update)
    _ = await context.translator(update)
    services = context.services
    if not is_group(update):
        await message.reply_text(
            _("Recurring polls are for group chats: add me to a group and send /schedule there.")
        )
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


def register(application: SenimApplication) -> None:
    application.add_handler(CommandHandler("schedule", schedule_command))
