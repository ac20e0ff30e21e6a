"""Durable intake: an update is stored in the inbox before Telegram is told it arrived, then
handled at least once, each chat's in the order they arrived.

Long polling fetches raw updates itself: getUpdates' offset, which acknowledges a batch, only
moves past it once the batch is stored. The webhook answers 200 only after storing. A worker
hands stored updates to the application's update processor (bot.ordering): different chats at
once, one chat's in order, each under a time limit. While the database is away an update
stays in the inbox for later; one that keeps failing is set aside after a few attempts, so a
single bad update never wedges the bot.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Sequence
from contextlib import suppress
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import timedelta
from functools import partial
from typing import Any

from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError
from sqlalchemy.exc import TimeoutError as SQLAlchemyTimeout
from sqlalchemy.ext.asyncio import AsyncEngine
from telegram import Update
from telegram.error import BadRequest, Forbidden, InvalidToken, NetworkError, TelegramError

from bot.config import LANGUAGES
from bot.handlers.context import SERVICES, SenimApplication
from bot.handlers.ordering import ChatOrderedProcessor
from bot.services import Services
from bot.services.inbox_holds import HELD_ELSEWHERE_PAUSE, holding
from bot.util.batching import GroupCommit
from bot.util.i18n import Translator
from db.engine import SessionFactory, create_engine, ping, session_factory
from db.models import utcnow
from db.queries import inbox
from db.queries.inbox import Pending, State

log = logging.getLogger(__name__)

HANDLER_TIME_LIMIT = 30.0
DATABASE_TIME_LIMIT = 10.0
ATTEMPTS = 3
BATCH = 200
WINDOW = 100
RETRY_DELAYS = (1.0, 2.0, 4.0, 8.0, 15.0, 30.0)
# Telegram redelivers only what was fetched and not acknowledged, within minutes; its update ids
# restart only after a week without updates. A day covers the first and clears before the second.
KEEP_FINISHED = timedelta(days=1)
PRUNE_EVERY = 3600.0
REMEMBERED_APOLOGIES = 4096

JsonDict = dict[str, Any]


@dataclass
class Attempt:
    """One try at one stored update; the error handler reports its failure here."""

    sequence: int
    number: int
    error: BaseException | None = None

    @property
    def reference(self) -> str:
        """The same for every try at one update, and it finds the update's inbox row."""
        return f"#{self.sequence}"

    @property
    def final(self) -> bool:
        return self.number >= ATTEMPTS


_attempt: ContextVar[Attempt | None] = ContextVar("intake_attempt", default=None)
INTAKE = "intake"


def sequence_of(update: Update) -> int:
    """The update's place in the order of arrival (Telegram's update ids restart)."""
    attempt = _attempt.get()
    return attempt.sequence if attempt is not None else update.update_id


def current_sequence() -> int | None:
    """The inbox sequence of the update being handled; None outside one (in a job)."""
    attempt = _attempt.get()
    return attempt.sequence if attempt is not None else None


def outside_updates() -> None:
    """A job runs outside any update, even when the scheduler was woken from inside one (its
    task inherits that context): what a job posts is not the replay of an update."""
    _attempt.set(None)


def report_failure(error: BaseException) -> Attempt | None:
    """Called by the error handler: the update being handled failed with `error`."""
    attempt = _attempt.get()
    if attempt is not None:
        attempt.error = error
    return attempt


class TimeLimitExceeded(Exception):
    """A handler ran past HANDLER_TIME_LIMIT and was cancelled."""


def is_database_outage(error: BaseException) -> bool:
    """The database is unreachable, frozen or locked: worth waiting for, not the update's fault.
    Errors about the data itself (integrity, types) are the update's and count as attempts."""
    if isinstance(error, DBAPIError):
        return error.connection_invalidated or isinstance(error, OperationalError | InterfaceError)
    return isinstance(
        error, SQLAlchemyTimeout | TimeoutError | ConnectionError | OSError
    ) and not isinstance(error, TimeLimitExceeded)


def is_telegram_outage(error: BaseException) -> bool:
    return isinstance(error, NetworkError) and not isinstance(error, BadRequest)


class Intake:
    """Stores updates and works through them; one per running application."""

    def __init__(self, application: SenimApplication) -> None:
        self.application = application
        self._wake = asyncio.Event()
        self._stopping = False
        self._paused = False
        self._succeeded = False
        self._apologised: dict[int, None] = {}
        self._in_hand: set[asyncio.Task[None]] = set()
        # Handled but not yet marked so in the database: never handled twice meanwhile.
        self._unmarked: dict[int, tuple[State, int]] = {}
        self._held_elsewhere = False
        # Bot admins' updates jump the queue (by update id until read, then by sequence), so
        # /stats answers at once however many votes wait.
        self._urgent: set[int] = set()
        self._early: set[int] = set()
        self._after = 0  # the last sequence handed on in order of arrival
        self._store_engine: AsyncEngine | None = None
        self._store_sessions: SessionFactory | None = None
        self._stores: GroupCommit[tuple[int, str]] = GroupCommit(self._write_stored)
        self._marks: GroupCommit[int] = GroupCommit(self._write_marks)
        self.set_aside = 0
        application.bot_data[INTAKE] = self

    def first_apology(self, update_id: int) -> bool:
        """True the first time only: a person hears once that their message waits for the
        database, however often it is retried."""
        if update_id in self._apologised:
            return False
        if len(self._apologised) >= REMEMBERED_APOLOGIES:
            self._apologised.pop(next(iter(self._apologised)))
        self._apologised[update_id] = None
        return True

    def stop(self) -> None:
        """The worker finishes the updates in hand and stops (what it leaves stays stored)."""
        self._stopping = True
        self._wake.set()

    @property
    def services(self) -> Services:
        services: Services = self.application.bot_data[SERVICES]
        return services

    async def store(self, updates: Sequence[JsonDict]) -> None:
        """Returns once the updates are committed, together with those stored at the same
        moment (one transaction); raises if the database cannot take them (nothing
        acknowledged). Names and other personal fields the bot does not use are left out, and
        so are updates that could change nothing (`changes_nothing`)."""
        pairs = [
            (int(raw["update_id"]), json.dumps(impersonal(raw), ensure_ascii=False))
            for raw in updates
            if not changes_nothing(raw)
        ]
        if pairs:
            await self._stores.add(pairs)
        admins = self.services.settings.admin_ids
        self._urgent.update(int(raw["update_id"]) for raw in updates if _sender(raw) in admins)
        self._wake.set()

    async def _write_stored(self, pairs: list[tuple[int, str]]) -> None:
        async with (
            asyncio.timeout(DATABASE_TIME_LIMIT),
            self._durable_sessions().begin() as session,
        ):
            await inbox.store(session, pairs)

    def _durable_sessions(self) -> SessionFactory:
        """Sessions whose commits are on the disk when they return (see db.engine)."""
        if self._store_sessions is None:
            url = self.services.settings.database_url
            if url.startswith("sqlite"):
                self._store_engine = create_engine(url, sync_every_commit=True)
                self._store_sessions = session_factory(self._store_engine)
            else:
                self._store_sessions = self.services.sessions
        return self._store_sessions

    async def close(self) -> None:
        if self._store_engine is not None:
            await self._store_engine.dispose()

    async def store_until_stored(self, updates: Sequence[JsonDict]) -> None:
        """Keep trying while the database is away; people writing meanwhile hear so once."""
        for delay in _delays():
            try:
                await self.store(updates)
                return
            except Exception as error:
                log.warning("could not store %d updates (%s); retrying", len(updates), _kind(error))
                await self.apologise_unstored(updates)
                await asyncio.sleep(delay)

    async def apologise_unstored(self, updates: Sequence[JsonDict]) -> None:
        """Private messages and votes (a vote's voter hears in private) get one short note."""
        for raw in updates:
            target = _private_sender(raw)
            if target is None or not self.first_apology(int(raw["update_id"])):
                continue
            chat_id, language = target
            default = self.services.settings.default_language
            _ = Translator(language if language in LANGUAGES else default)
            try:
                await self.application.bot.send_message(chat_id, database_away(_))
            except TelegramError:
                log.info("could not tell a private chat that the database is away")

    async def poll(self, timeout: int, allowed_updates: Sequence[str]) -> None:
        """Long polling that acknowledges a batch (next offset) only after storing it."""
        log.info("starting with long polling")
        bot = self.application.bot
        await bot.delete_webhook()
        offset: int | None = None
        delays = _delays()
        while True:
            parameters: JsonDict = {"timeout": timeout, "allowed_updates": list(allowed_updates)}
            if offset is not None:
                parameters["offset"] = offset
            try:
                # The raw JSON, not parsed Updates: one PTB cannot parse must not stop polling.
                updates = await bot._post("getUpdates", parameters, read_timeout=timeout + 10)
            except InvalidToken:
                raise
            except TelegramError as error:
                log.warning("getUpdates failed (%s); retrying", _kind(error))
                await asyncio.sleep(next(delays))
                continue
            delays = _delays()
            if updates:
                await self.store_until_stored(updates)
                offset = max(int(raw["update_id"]) for raw in updates) + 1

    async def work(self) -> None:
        """Hand stored updates, in order of arrival, to the application's update processor
        (concurrent across chats, in order within one), at most WINDOW at a time; when one
        must wait for the database or Telegram, stop, let those in hand finish, back off and
        read the inbox again from its oldest pending update. Nothing is handled before the
        services are ready; updates are fetched and stored meanwhile."""
        await self.services.ready()
        delays = _delays()
        pruned_at = -PRUNE_EVERY
        try:
            while not self._stopping:
                if asyncio.get_running_loop().time() - pruned_at >= PRUNE_EVERY:
                    await self._prune()
                    pruned_at = asyncio.get_running_loop().time()
                if self._paused:
                    await self._settle()
                    if self._succeeded:
                        delays, self._succeeded = _delays(), False
                    await asyncio.sleep(next(delays))
                    self._paused, self._after = False, 0
                    self._early.clear()
                    continue
                if self._urgent and not await self._dispatch_urgent():
                    continue
                if len(self._in_hand) >= WINDOW:
                    await asyncio.wait(self._in_hand, return_when=asyncio.FIRST_COMPLETED)
                    continue
                self._wake.clear()  # before reading, so a batch stored meanwhile is not missed
                try:
                    async with asyncio.timeout(DATABASE_TIME_LIMIT), self.services.reads() as s:
                        rows = await inbox.pending(
                            s, min(BATCH, WINDOW - len(self._in_hand)), self._after
                        )
                except Exception as error:
                    log.warning("the inbox cannot be read (%s); retrying", _kind(error))
                    self._paused = True
                    continue
                if not rows:
                    await self._idle_or_look_again()
                    continue
                for row in rows:
                    self._after = row.sequence
                    if row.sequence in self._early:
                        self._early.discard(row.sequence)
                    elif row.sequence not in self._unmarked:
                        self._dispatch(row)
        finally:
            await self._settle()

    async def _dispatch_urgent(self) -> bool:
        """Bot admins' updates, before the queue of everyone else's; False if the inbox
        cannot be read now."""
        wanted, self._urgent = self._urgent, set()
        try:
            async with asyncio.timeout(DATABASE_TIME_LIMIT), self.services.reads() as session:
                rows = await inbox.pending_among(session, list(wanted))
        except Exception as error:
            log.warning("the inbox cannot be read (%s); retrying", _kind(error))
            self._paused = True
            return False
        for row in rows:
            if row.sequence > self._after:  # not handed on in order already
                self._early.add(row.sequence)
                self._dispatch(row, ahead=True)
        return True

    def _dispatch(self, row: Pending, ahead: bool = False) -> None:
        """To the update processor, in order of arrival within its chat; `ahead` (a bot admin's
        update) also takes no place in the queue for the processor's bound."""
        try:
            update = Update.de_json(json.loads(row.payload or ""), self.application.bot)
        except Exception as error:
            log.warning("update #%s cannot be read (%s); set aside", row.sequence, _kind(error))
            self.set_aside += 1
            self._mark(row.sequence, State.ASIDE, row.attempts + 1)
            return
        processor = self.application.update_processor
        job = self._job(row, update)
        task = asyncio.create_task(
            processor.in_order(update, job, ahead=ahead)
            if isinstance(processor, ChatOrderedProcessor)
            else processor.process_update(update, job)
        )
        self._in_hand.add(task)
        task.add_done_callback(self._in_hand.discard)

    async def _job(self, row: Pending, update: Update) -> None:
        """Its turn has come (the updates of its chat before it are done). With several replicas
        on one database, the replica holding the row handles it, and its mark is written before
        the hold ends, so no other replica finds it still pending afterwards."""
        if self._paused or self._stopping:
            return  # it stays pending and is read again, still after its chat's earlier ones
        async with holding(self.services, row.sequence) as mine:
            if not mine:
                self._held_elsewhere = True
                return
            handled = await self._handle(row, update)
            if handled and self._shared():
                await self._marks.add([row.sequence])
        if handled:
            self._succeeded = True
        else:
            self._paused = True
            self._wake.set()

    async def _settle(self) -> None:
        """Let the updates in hand finish, and write what is waiting to be marked."""
        if self._in_hand:
            await asyncio.gather(*self._in_hand, return_exceptions=True)
        if self._unmarked:
            with suppress(Exception):
                await self._marks.add(list(self._unmarked))

    async def settled(self) -> bool:
        """Nothing in hand and nothing stored still waiting: every update fetched so far has
        been handled (how tests and `senim chat` know the bot is done, not merely quiet)."""
        if self._in_hand:
            return False
        async with self.services.reads() as session:
            return not await inbox.any_pending(session)

    def _shared(self) -> bool:
        """Replicas may share a PostgreSQL database; SQLite has one process."""
        return self.services.engine.dialect.name == "postgresql"

    async def _idle_or_look_again(self) -> None:
        """Rows another replica held are read again from the start after a pause: if that
        replica died before marking them, they are still pending and this one takes them."""
        if self._held_elsewhere:
            self._held_elsewhere, self._after = False, 0
            await asyncio.sleep(HELD_ELSEWHERE_PAUSE)
            return
        await self._idle()

    async def _idle(self) -> None:
        try:
            await asyncio.wait_for(self._wake.wait(), timeout=RETRY_DELAYS[-1])
        except TimeoutError:
            return

    async def _handle(self, row: Pending, update: Update) -> bool:
        """Handle one stored update; False if it must wait for the database or Telegram."""
        for number in range(row.attempts + 1, ATTEMPTS + 1):
            attempt = Attempt(row.sequence, number)
            failure = await self._process(update, attempt)
            if failure is None or isinstance(failure, Forbidden):
                self._mark(row.sequence, State.HANDLED, number - 1)
                return True
            if is_telegram_outage(failure) or is_database_outage(failure):
                return False
            if not await self._database_answers():
                return False
            if not await self._count(row.sequence, number):
                return False
        self.set_aside += 1
        log.warning("update #%s failed %d times and is set aside", row.sequence, ATTEMPTS)
        self._mark(row.sequence, State.ASIDE, ATTEMPTS)
        return True

    async def _process(self, update: Update, attempt: Attempt) -> BaseException | None:
        token = _attempt.set(attempt)
        try:
            # In this task: wait_for would start one more task per update (Python 3.11).
            async with asyncio.timeout(HANDLER_TIME_LIMIT):
                await self.application.process_update(update)
        except TimeoutError:
            log.warning("update #%s took longer than %.0f s", attempt.sequence, HANDLER_TIME_LIMIT)
            attempt.error = TimeLimitExceeded()
        finally:
            _attempt.reset(token)
        return attempt.error

    async def _database_answers(self) -> bool:
        try:
            async with asyncio.timeout(DATABASE_TIME_LIMIT), self.services.engine.connect() as c:
                await ping(c)
        except Exception:
            return False
        return True

    def _mark(self, sequence: int, state: State, attempts: int) -> None:
        """Handled or set aside, written with others in a moment (a crash before that only
        means the update is handled again, which changes nothing twice)."""
        self._unmarked[sequence] = (state, attempts)
        self._marks.submit([sequence]).add_done_callback(_quietly)

    async def _write_marks(self, sequences: list[int]) -> None:
        outcomes = [(s, *self._unmarked[s]) for s in set(sequences) if s in self._unmarked]
        try:
            async with asyncio.timeout(DATABASE_TIME_LIMIT):
                await self.services.writes.run(partial(inbox.finish, outcomes=outcomes))
        except Exception as error:
            log.warning("%d updates done but not marked yet (%s)", len(outcomes), _kind(error))
            raise
        for sequence, *_ in outcomes:
            self._unmarked.pop(sequence, None)

    async def _count(self, sequence: int, attempts: int) -> bool:
        try:
            async with (
                asyncio.timeout(DATABASE_TIME_LIMIT),
                self.services.sessions.begin() as session,
            ):
                await inbox.count_attempt(session, sequence, attempts)
        except Exception:
            return False
        return True

    async def _prune(self) -> None:
        try:
            async with (
                asyncio.timeout(DATABASE_TIME_LIMIT),
                self.services.sessions.begin() as session,
            ):
                await inbox.prune(session, utcnow() - KEEP_FINISHED)
        except Exception as error:
            log.warning("old inbox rows were not pruned (%s)", _kind(error))


def _quietly(done: asyncio.Future[None]) -> None:
    """A mark that failed is retried later; its error is already logged."""
    if not done.cancelled():
        done.exception()


def database_away(_: Translator) -> str:
    return _(
        "My database is not answering right now. I have kept your message and will reply "
        "once it is back; if nothing comes, please try again in a minute."
    )


# Fields that name or reach a person and that the bot never reads. Required ones are emptied
# (so the update still parses), the rest dropped. Groups' titles and the bot's own name stay.
EMPTIED = frozenset({"first_name", "phone_number", "sender_user_name"})
DROPPED = frozenset(
    {
        "last_name",
        "username",
        "usernames",
        "active_usernames",
        "bio",
        "vcard",
        "birthdate",
        "author_signature",
        "personal_chat",
        "business_intro",
        "business_location",
    }
)
PUBLIC_CHATS = frozenset({"group", "supergroup", "channel"})


def impersonal(value: Any) -> Any:
    """`value` (an update as JSON) without people's names, usernames or phone numbers."""
    if isinstance(value, list):
        return [impersonal(item) for item in value]
    if not isinstance(value, dict):
        return value
    public = value.get("is_bot") is True or value.get("type") in PUBLIC_CHATS
    cleaned: JsonDict = {}
    for key, item in value.items():
        if public or key not in EMPTIED | DROPPED:
            cleaned[key] = impersonal(item)
        elif key in EMPTIED:
            cleaned[key] = ""
    return cleaned


def changes_nothing(raw: JsonDict) -> bool:
    """A non-anonymous poll's counts: such a poll keeps none (bot.polls.votes), and every vote
    in it brings them. Acknowledged unstored, they cost no inbox row, no parsing and no
    handling: about half the updates of a private survey."""
    poll = raw.get("poll")
    return isinstance(poll, dict) and poll.get("is_anonymous") is False


def _sender(raw: JsonDict) -> int | None:
    """Who sent a raw message or pressed a button, if anyone did."""
    for kind in ("message", "callback_query"):
        item = raw.get(kind)
        if isinstance(item, dict) and isinstance((item.get("from") or {}).get("id"), int):
            return int(item["from"]["id"])
    return None


def _private_sender(raw: JsonDict) -> tuple[int, str | None] | None:
    """Whom to tell, and in which language, about a raw update not yet stored."""
    message, answer = raw.get("message"), raw.get("poll_answer")
    if isinstance(message, dict):
        chat, sender = message.get("chat") or {}, message.get("from") or {}
        if chat.get("type") == "private" and isinstance(chat.get("id"), int):
            return chat["id"], sender.get("language_code")
    if isinstance(answer, dict) and isinstance((answer.get("user") or {}).get("id"), int):
        return answer["user"]["id"], answer["user"].get("language_code")
    return None


def _delays() -> Any:
    """1, 2, 4 … seconds, then every 30 s."""
    yield from RETRY_DELAYS
    while True:
        yield RETRY_DELAYS[-1]


def _kind(error: BaseException) -> str:
    """An error's class only: database and Telegram messages can carry personal data."""
    return type(error).__name__
