"""/stats: bot admins in private see every chat; a group's admins see their group; others are
told who may use it. The text comes first, then the chart, drawn in a child process
(bot/stats/chart_process.py)."""

from __future__ import annotations

from telegram import InputFile, Update
from telegram.ext import CommandHandler

from bot.handlers.access import is_bot_admin, is_group_admin
from bot.handlers.chat_kind import carried, is_group, is_private, sent
from bot.handlers.context import SenimApplication, SenimContext
from bot.reports.dashboard import Dashboard, GlobalDashboard, chat_dashboard, global_dashboard
from bot.reports.weighted import weighted_months
from bot.stats.chart_process import in_child
from bot.stats.charts import CHART_MONTHS, trend_chart
from bot.util.i18n import Translator
from bot.views.results import plain
from bot.views.stats import chart_regions, chart_text, render_dashboard

CHART_FILE = "senim-trend.png"


async def send_dashboard(
    update: Update, context: SenimContext, dashboard: Dashboard, heading: str, _: Translator
) -> None:
    """The figures first, then the chart: drawing it takes a second, and the text is what an
    admin reads first."""
    message = carried(update.effective_message, "message")
    await message.reply_text(render_dashboard(dashboard, heading, _))
    weighted = (
        await weighted_months(context.services, dashboard.months, CHART_MONTHS)
        if isinstance(dashboard, GlobalDashboard)
        else ()
    )
    chart = await in_child(
        trend_chart,
        dashboard.months,
        dashboard.official_series,
        chart_text(dashboard, _),
        chart_regions(dashboard),
        weighted,
    )
    if chart is not None:
        caption = _("{label}: by month, with 95% intervals, next to the official figures.")
        await message.reply_photo(
            InputFile(chart, filename=CHART_FILE), caption=caption.format(label=dashboard.label)
        )


async def stats_command(update: Update, context: SenimContext) -> None:
    message, chat, _user = sent(update)
    _ = await context.translator(update)
    services = context.services
    bot_admin = is_bot_admin(update, context)
    if is_private(update) and bot_admin:
        heading = _("📈 <b>Senim statistics: all chats</b>")
        dashboard = await global_dashboard(services, _.language)
        await send_dashboard(update, context, dashboard, heading, _)
    elif is_group(update) and (bot_admin or await is_group_admin(update, context)):
        heading = _("📈 <b>Senim statistics: {title}</b>").format(title=plain(chat.title or ""))
        chat_view = await chat_dashboard(services, chat.id, _.language)
        await send_dashboard(update, context, chat_view, heading, _)
    elif is_group(update):
        await message.reply_text(_("Only the chat's admins can see its statistics."))
    else:
        await message.reply_text(
            _("Statistics are for admins. A group's admins can send /stats in their group.")
        )


def register(application: SenimApplication) -> None:
    application.add_handler(CommandHandler("stats", stats_command))
