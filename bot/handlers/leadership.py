"""One replica runs the jobs: the leader, elected by a PostgreSQL session-level advisory lock.

Replicas behind a load balancer all handle updates, but closing polls, scheduled rounds and
/pollall delivery must happen once. Each replica's JobQueue starts paused; every CHECK_EVERY
seconds it tries to take the lock on a connection of its own. The one that holds it resumes its
JobQueue and rebuilds the jobs from the database (and again every SYNC_EVERY seconds, for what
other replicas stored meanwhile). When the leader dies its connection closes and PostgreSQL
releases the lock, so another replica takes over within CHECK_EVERY plus the keepalive time.
A leader that loses its connection pauses its JobQueue at once.

Every job claims its work in the database (a poll closed once, a run advanced once, a group
delivered once), so a job left in a paused queue, or two leaders for a moment, never repeat it.
On SQLite there is one process, and it always leads.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from typing import Any

from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine, create_async_engine
from telegram.ext import Application, Job, JobQueue

from bot.handlers.context import SERVICES, SenimApplication, SenimContext
from bot.handlers.intake import outside_updates
from bot.services import Services
from db.engine import ping
from db.queries.leadership import try_lock

log = logging.getLogger(__name__)

# Any fixed number, the same in every replica, other than the migrations' lock: "senimL".
LOCK_KEY = 0x73656E696D4C
CHECK_EVERY = 5.0
SYNC_EVERY = 10.0
# The lock's connection is dropped by the server this soon after its peer vanished without a
# word (5 s idle, then 3 probes 5 s apart), so a dead leader is replaced within 30 s.
LOCK_CONNECTION_SETTINGS = {
    "tcp_keepalives_idle": "5",
    "tcp_keepalives_interval": "5",
    "tcp_keepalives_count": "3",
    "statement_timeout": "5000",
}
LOCK_TIMEOUT = 5.0

SYNC_JOB_KWARGS: dict[str, Any] = {"misfire_grace_time": None, "replace_existing": True}
JobCallback = Callable[[SenimContext], Coroutine[Any, Any, None]]


class Leadership:
    """Holds (or tries to take) the advisory lock; SQLite always leads."""

    def __init__(self, database_url: str) -> None:
        self._always = database_url.startswith("sqlite")
        self._engine: AsyncEngine | None = None
        self._connection: AsyncConnection | None = None
        self._url = database_url

    async def check(self) -> bool:
        """True while this process holds the lock; any failure means it does not."""
        if self._always:
            return True
        try:
            async with asyncio.timeout(LOCK_TIMEOUT):
                return await self._hold()
        except Exception as error:
            log.warning("leadership check failed (%s)", type(error).__name__)
            await self.release()
            return False

    async def _hold(self) -> bool:
        if self._connection is None:
            if self._engine is None:
                self._engine = create_async_engine(
                    self._url,
                    hide_parameters=True,
                    pool_size=1,
                    max_overflow=0,
                    connect_args={
                        "timeout": LOCK_TIMEOUT,
                        "command_timeout": LOCK_TIMEOUT,
                        "server_settings": LOCK_CONNECTION_SETTINGS,
                    },
                )
            connection = await self._engine.connect()
            self._connection = await connection.execution_options(isolation_level="AUTOCOMMIT")
            taken = await try_lock(self._connection, LOCK_KEY)
            if not taken:
                await self.release()
            return taken
        # Still the same session: the lock is ours as long as the connection answers.
        await ping(self._connection)
        return True

    async def release(self) -> None:
        """Closing the session releases the lock; an already broken one is just dropped."""
        connection, self._connection = self._connection, None
        if connection is not None:
            try:
                async with asyncio.timeout(LOCK_TIMEOUT):
                    await connection.close()
            except Exception:
                await connection.invalidate()

    async def close(self) -> None:
        await self.release()
        if self._engine is not None:
            await self._engine.dispose()


class LeaderJobQueue(JobQueue[SenimContext]):
    """PTB's JobQueue, paused unless this replica leads; `on_lead` jobs rebuild the others."""

    def __init__(self) -> None:
        super().__init__()
        self._on_lead: list[tuple[JobCallback, str]] = []
        self._campaign: asyncio.Task[None] | None = None
        self._leadership: Leadership | None = None
        self.leading = False
        self._checked = False
        self._syncing: set[str] = set()

    @staticmethod
    async def job_callback(job_queue: JobQueue[SenimContext], job: Job[SenimContext]) -> None:
        outside_updates()
        await JobQueue.job_callback(job_queue, job)

    def on_lead(self, callback: JobCallback, name: str) -> None:
        """Run `callback` as a job when this replica becomes the leader and every SYNC_EVERY
        seconds while it leads; it must be idempotent (it plans jobs from the database)."""
        self._on_lead.append((callback, name))

    def kick(self, name: str) -> None:
        """Run the `on_lead` job of this name now, if this replica leads."""
        for callback, known in self._on_lead:
            if known == name and self.leading:
                self._run_now(callback, name)

    async def start(self) -> None:
        services: Services | None = self.application.bot_data.get(SERVICES)
        # Without services (an application started by hand) there is one process: it leads.
        self._leadership = Leadership(services.settings.database_url if services else "sqlite")
        if not self.scheduler.running:
            self.scheduler.start(paused=True)
        self._campaign = asyncio.create_task(self._campaign_loop())

    async def stop(self, wait: bool = True) -> None:
        if self._campaign is not None:
            self._campaign.cancel()
            await asyncio.gather(self._campaign, return_exceptions=True)
            self._campaign = None
        if self._leadership is not None:
            await self._leadership.close()
        self.leading = False
        await super().stop(wait)

    async def _campaign_loop(self) -> None:
        assert self._leadership is not None
        synced_at: float | None = None
        loop = asyncio.get_running_loop()
        while True:
            leading = await self._leadership.check()
            if leading and not self.leading:
                log.info("this replica leads: it runs the jobs")
                self.leading = True
                self.scheduler.resume()
                synced_at = None
            elif not leading and self.leading:
                log.warning("this replica no longer leads: its jobs are paused")
                self.leading = False
                self.scheduler.pause()
                self._syncing.clear()  # they wait for the next lead
            if self.leading and (synced_at is None or loop.time() - synced_at >= SYNC_EVERY):
                synced_at = loop.time()
                for callback, name in self._on_lead:
                    if self.scheduler.get_job(name) is None:
                        self._run_now(callback, name)
            self._checked = True
            await asyncio.sleep(CHECK_EVERY)

    async def settled(self) -> bool:
        """Leadership checked once and no sync waiting or running (how tests know that the jobs
        stored before a start are planned again)."""
        return self._checked and not self._syncing

    def _run_now(self, callback: JobCallback, name: str) -> None:
        """Named by its id: a sync still running when the next is due is not started twice."""
        self._syncing.add(name)

        async def sync(context: SenimContext) -> None:
            try:
                await callback(context)
            finally:
                self._syncing.discard(name)

        self.run_once(sync, when=0, name=name, job_kwargs=SYNC_JOB_KWARGS | {"id": name})


def every_lead(application: SenimApplication, callback: JobCallback, name: str) -> None:
    """Rebuild jobs from the database whenever this replica leads (once at start with a plain
    JobQueue, as in a single process)."""
    job_queue = application.job_queue
    if isinstance(job_queue, LeaderJobQueue):
        job_queue.on_lead(callback, name)
    elif job_queue is not None:
        job_queue.run_once(callback, when=0, name=name, job_kwargs=SYNC_JOB_KWARGS | {"id": name})


def kick(application: Application[Any, Any, Any, Any, Any, Any], name: str) -> None:
    """Start an `every_lead` job now rather than at the next sync (on the leader only)."""
    job_queue = application.job_queue
    if isinstance(job_queue, LeaderJobQueue):
        job_queue.kick(name)


def leads(application: Application[Any, Any, Any, Any, Any, Any]) -> bool:
    job_queue = application.job_queue
    return not isinstance(job_queue, LeaderJobQueue) or job_queue.leading
