"""Telegram at the edge: one module per feature, each with a `register(application)`."""

from __future__ import annotations

from bot.context import SenimApplication
from bot.handlers import (
    addfigure,
    ask,
    errors,
    figures,
    forgetme,
    language,
    membership,
    poll,
    privacy,
    region,
    results,
    start,
    unknown,
    votes,
)

FEATURES = (
    start,
    language,
    figures,
    addfigure,
    membership,
    ask,
    poll,
    votes,
    results,
    region,
    forgetme,
    privacy,
)


def register_all(application: SenimApplication) -> None:
    """Features first; the catch-all for unknown commands and stray text goes last."""
    for feature in FEATURES:
        feature.register(application)
    unknown.register(application)
    errors.register(application)
