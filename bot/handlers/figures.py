"""/figures: the official series with where each number comes from."""

from __future__ import annotations

import html
from collections.abc import Sequence

from telegram import Update
from telegram.ext import CommandHandler

from bot import formatting
from bot.context import SenimApplication, SenimContext
from bot.i18n import N_, Translator
from bot.series import Series, load_figures, numeric_series
from db.models import Figure

METRIC_LABELS = {
    "trust_share": N_("Trust the police"),
    "distrust_share": N_("Trust the police partly or not at all"),
    "corruption_police_one_in": N_("Police officers among all who committed corruption offences"),
    "offence_reports": N_("Reports of offences against the person"),
    "offence_reports_not_considered": N_("…of them left without consideration"),
}


def render_value(figure: Figure, _: Translator) -> str:
    value = figure.value or 0.0
    if figure.unit == "percent":
        return formatting.percent(value, _.language)
    if figure.unit == "one_in":
        return _("every {n}th").format(n=formatting.number(value, _.language))
    return formatting.number(value, _.language)


def render_series(series: Series, _: Translator) -> str:
    label = _(METRIC_LABELS[series.metric]) if series.metric in METRIC_LABELS else series.metric
    points = ", ".join(f"{p.period} — {render_value(p, _)}" for p in series.points)
    return f"• <b>{html.escape(label)}</b>: {points}"


def render_sources(figures: Sequence[Figure], _: Translator) -> list[str]:
    cited: dict[tuple[str, str], list[str]] = {}
    for figure in figures:
        key = (figure.publication, formatting.day(figure.published_on, _.language))
        if figure.source not in cited.setdefault(key, []):
            cited[key].append(figure.source)
    return [
        _("<i>Source: {publication}, {date}</i> — {who}").format(
            publication=html.escape(publication),
            date=published,
            who=html.escape("; ".join(sources)),
        )
        for (publication, published), sources in cited.items()
    ]


def render_figures(figures: Sequence[Figure], _: Translator) -> str:
    if not figures:
        return _("The official series is empty for now.")
    lines = [_("<b>Official figures</b>"), ""]
    lines += [render_series(series, _) for series in numeric_series(figures)]
    lines += ["", *render_sources(figures, _), ""]
    lines.append(_("Ask me why people distrust the police, or where a number comes from."))
    return formatting.fit_message(lines, more=_("…the list is longer than one message."))


async def send_figures(update: Update, context: SenimContext) -> None:
    _ = await context.translator(update)
    figures = await load_figures(context.services)
    await update.effective_chat.send_message(render_figures(figures, _))


def register(application: SenimApplication) -> None:
    application.add_handler(CommandHandler("figures", send_figures))
