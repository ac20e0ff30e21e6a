"""Telegram at the edge: one module per feature, each with a `register(application)`, and the
parts they share (see README.md here). Only this module imports the features together."""

from __future__ import annotations

from bot.handlers import (
    actions,
    addfigure,
    admin_menu,
    ask,
    errors,
    export,
    figures,
    forgetme,
    language,
    membership,
    poll,
    pollall,
    privacy,
    region,
    respondent,
    results,
    schedule,
    start,
    stats,
    unknown,
    votes,
)
from bot.handlers.context import SenimApplication

FEATURES = (
    language,
    figures,
    addfigure,
    membership,
    ask,
    poll,
    votes,
    results,
    region,
    schedule,
    pollall,
    forgetme,
    respondent,
    privacy,
    stats,
    export,
    admin_menu,
)


def register_all(application: SenimApplication) -> None:
    """Features first; the catch-all for unknown commands and stray text goes last."""
    start.register(
        application,
        {
            start.MENU_SURVEY: poll.poll_command,
            start.MENU_FIGURES: figures.send_figures,
            start.MENU_LANGUAGE: language.send_language_choice,
        },
    )
    for feature in FEATURES:
        feature.register(application)
    unknown.register(application)
    errors.register(application)
    actions.plan_stored_jobs(application)
