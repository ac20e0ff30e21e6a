"""Text of /stats: activity, the latest trust poll or the national picture, the monthly trend,
the chats, and the words on its chart.

Plain strings in the reader's language (HTML parse mode); no Telegram, no database."""

from __future__ import annotations

from bot.reports.dashboard import ChatDashboard, Dashboard, GlobalDashboard
from bot.stats.charts import ChartText
from bot.stats.results import MIN_SHOWN, BreakdownRow
from bot.stats.trend import MonthShare, shown_months
from bot.util import formatting
from bot.util.i18n import Translator
from bot.views.results import (
    interval_text,
    main_share_lines,
    percent,
    region_line,
    render_national,
    self_selected,
)
from db.queries.stats import Activity


def count(value: int, _: Translator) -> str:
    return formatting.number(value, _.language, digits=0)


def activity_lines(activity: Activity, _: Translator) -> list[str]:
    lines = []
    if activity.active_groups is not None:
        lines.append(_("Active groups: {groups}").format(groups=count(activity.active_groups, _)))
    if activity.active_groups is None:
        lines.append(
            _("Polls run in this chat: {polls}").format(polls=count(activity.group_polls, _))
        )
    else:
        lines.append(_("Polls run in groups: {polls}").format(polls=count(activity.group_polls, _)))
    lines.append(
        _(
            "Answers collected: {answers} "
            "(in anonymous polls: {anonymous}, in the others: {personal})"
        ).format(
            answers=count(activity.answers, _),
            anonymous=count(activity.anonymous_answers, _),
            personal=count(activity.personal_answers, _),
        )
    )
    if activity.private_respondents is not None:
        lines.append(
            _("People who took the private survey: {people}").format(
                people=count(activity.private_respondents, _)
            )
        )
    return lines


def latest_lines(dashboard: ChatDashboard, _: Translator) -> list[str]:
    """The latest trust poll with answers, and a newer one still without any, if there is."""
    lines = []
    if dashboard.newest_unanswered_on is not None:
        lines.append(
            _("The trust poll of {date} has no answers yet.").format(
                date=formatting.day(dashboard.newest_unanswered_on, _.language)
            )
        )
    if dashboard.hidden is not None:
        day, answers = dashboard.hidden
        lines.append(
            _(
                "The trust poll of {date} has {n} answers so far; its results stay hidden "
                "until it closes."
            ).format(date=formatting.day(day, _.language), n=count(answers, _))
        )
    if dashboard.latest is None or dashboard.latest_on is None:
        return lines or [_("No trust poll in this chat yet. Post one with /poll.")]
    heading = _("<b>The chat's latest trust poll with answers</b> ({date})").format(
        date=formatting.day(dashboard.latest_on, _.language)
    )
    return [*lines, heading, *main_share_lines(dashboard.latest, _), self_selected(_)]


def month_line(month: MonthShare, _: Translator) -> str:
    shown = formatting.month(month.month, _.language)
    return f"• {shown} — {percent(month.share, _)} ({interval_text(month.interval, month.n, _)})"


def trend_lines(months: tuple[MonthShare, ...], _: Translator) -> list[str]:
    shown = shown_months(months)
    if not shown:
        return [_("No month has {min} answers yet, so there is no chart.").format(min=MIN_SHOWN)]
    heading = _("<b>By month</b> (months with fewer than {min} answers are not shown):")
    return [heading.format(min=MIN_SHOWN), *(month_line(month, _) for month in shown)]


def chat_lines(dashboard: GlobalDashboard, _: Translator) -> list[str]:
    if not dashboard.chats:
        return []
    heading = _("<b>By chat</b> (each chat's latest poll; fewer than {min} answers are not shown):")
    return ["", heading.format(min=MIN_SHOWN), *(region_line(row, _) for row in dashboard.chats)]


def render_dashboard(dashboard: Dashboard, heading: str, _: Translator) -> str:
    """One message; the per-chat list comes last, so it is what gets shortened if too long."""
    lines = [heading, *activity_lines(dashboard.activity, _), ""]
    if isinstance(dashboard, GlobalDashboard):
        lines += render_national(dashboard.picture, _)
    elif isinstance(dashboard, ChatDashboard):
        lines += latest_lines(dashboard, _)
    lines += ["", *trend_lines(dashboard.months, _)]
    if isinstance(dashboard, GlobalDashboard):
        lines += chat_lines(dashboard, _)
    return formatting.fit_message(lines, more=_("…the list is longer than one message."))


def chart_text(dashboard: Dashboard, _: Translator) -> ChartText:
    senim = (
        _("Senim polls by month (95% interval); under each month, the number of answers")
        if isinstance(dashboard, GlobalDashboard)
        else _("This chat by month (95% interval); under each month, the number of answers")
    )
    sources = "; ".join(
        f"{publication}, {formatting.day(published_on, _.language)}"
        for publication, published_on in dashboard.official_sources
    )
    source = _("Chat polls are self-selected samples, not the method of the official survey.")
    if sources:
        source = _("Official figures: {sources}.").format(sources=sources) + " " + source
    return ChartText(
        title=dashboard.label,
        senim=senim,
        official=_("Official figure {year}: {value}"),
        source=source,
        regions=_("By region (only regions with {min} answers or more)").format(min=MIN_SHOWN),
        language=_.language,
        weighted=_("Weighted to the regions' population (95% interval)"),
        no_weighted=_("No population data yet, so no weighted line."),
    )


def chart_regions(dashboard: Dashboard) -> list[BreakdownRow]:
    return dashboard.picture.regions if isinstance(dashboard, GlobalDashboard) else []
