"""Unexpected errors reach the bot's admins in private, as python-telegram-bot's own rules-bot
reports its errors, besides the apology to the person: at most one report per kind of error
(its class and where in Senim's code it happened) every REPORT_EVERY, saying how many of that
kind were held back since.

A report names the error's class, the inbox number of the update and a short traceback of
Senim's own code (file, line, function, source line). Never the error's message, which may
quote what someone wrote, and never user ids, names or texts.

Telegram lets a bot write first only to people who have started it, so reports go to the bot
admins who have written to the bot in private since it started (`admins_in_private`).
"""

from __future__ import annotations

import html
import logging
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from telegram.error import TelegramError

from bot.handlers.context import SenimContext
from bot.util.i18n import Translator

log = logging.getLogger(__name__)

REPORT_EVERY = 15 * 60.0  # seconds
FRAMES = 6
LINE_MAX = 100
ROOT = Path(__file__).resolve().parents[2]
OUR_CODE = (ROOT / "bot", ROOT / "db")
HANDLERS = ROOT / "bot" / "handlers"
SENDING = HANDLERS / "fallback_bot.py"  # every send passes it: it names no place of its own
REPORTS = "error-reports"


@dataclass(frozen=True)
class ErrorReport:
    kind: str  # the error's class
    place: str  # the innermost frame in the handlers, else in Senim's code: "file:line in name"
    reference: str  # the update's inbox number, or a reference of its own
    frames: tuple[str, ...]  # the last FRAMES frames of Senim's code, innermost last
    held_back: int = 0  # reports of this kind not sent since the last one


def within(frame: traceback.FrameSummary, *directories: Path) -> bool:
    path = Path(frame.filename).resolve()
    return any(path.is_relative_to(directory) for directory in directories)


def location(frame: traceback.FrameSummary) -> str:
    return f"{Path(frame.filename).resolve().relative_to(ROOT)}:{frame.lineno} in {frame.name}"


def describe(error: BaseException, reference: str) -> ErrorReport:
    """The report's content: nothing from the error's message, only code locations."""
    ours = [
        frame for frame in traceback.extract_tb(error.__traceback__) if within(frame, *OUR_CODE)
    ]
    in_handlers = [
        frame
        for frame in ours
        if within(frame, HANDLERS) and Path(frame.filename).resolve() != SENDING
    ]
    place = (in_handlers or ours)[-1] if ours else None
    shown = tuple(
        location(frame) + (f"\n    {frame.line[:LINE_MAX]}" if frame.line else "")
        for frame in ours[-FRAMES:]
    )
    where = location(place) if place else "outside Senim's code"
    return ErrorReport(type(error).__name__, where, reference, shown)


@dataclass
class Throttle:
    """One report per kind every `every` seconds; the others are counted, not sent."""

    every: float = REPORT_EVERY
    clock: Callable[[], float] = time.monotonic
    last_sent: dict[tuple[str, str], float] = field(default_factory=dict)
    held_back: dict[tuple[str, str], int] = field(default_factory=dict)

    def admit(self, report: ErrorReport) -> ErrorReport | None:
        """The report to send now (with the count held back since), or None to hold it back."""
        key, now = (report.kind, report.place), self.clock()
        last = self.last_sent.get(key)
        if last is not None and now - last < self.every:
            self.held_back[key] = self.held_back.get(key, 0) + 1
            return None
        self.last_sent[key] = now
        held_back = self.held_back.pop(key, 0)
        return ErrorReport(report.kind, report.place, report.reference, report.frames, held_back)


def report_text(report: ErrorReport, _: Translator) -> str:
    lines = [
        _("⚠️ Unexpected error <b>{error}</b> at {place}, update {reference}.").format(
            error=html.escape(report.kind),
            place=html.escape(report.place),
            reference=html.escape(report.reference),
        )
    ]
    if report.held_back:
        lines.append(
            _("Errors of this kind held back since the last report: {n}").format(n=report.held_back)
        )
    if report.frames:
        lines.append("<pre>" + html.escape("\n".join(report.frames)) + "</pre>")
    return "\n".join(lines)


async def report_to_admins(context: SenimContext, error: BaseException, reference: str) -> None:
    """Never raises: a report that cannot be sent is logged, by reference only."""
    throttle = context.bot_data.setdefault(REPORTS, Throttle())
    report = throttle.admit(describe(error, reference)) if isinstance(throttle, Throttle) else None
    if report is None:
        return
    _ = Translator(context.services.settings.default_language)
    text = report_text(report, _)
    for admin in sorted(context.admins_in_private):
        try:
            await context.bot.send_message(admin, text)
        except (TelegramError, OSError):
            log.warning("could not report error %s to a bot admin", reference)
