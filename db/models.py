"""SQLModel tables. Telegram ids are BIGINT; times are aware UTC."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, Column, Index, Text, UniqueConstraint
from sqlmodel import Field, SQLModel


def utcnow() -> datetime:
    return datetime.now(UTC)


class Figure(SQLModel, table=True):
    """One point of the official series, with the provenance shown to users."""

    __tablename__ = "figures"
    __table_args__ = (UniqueConstraint("metric", "period", name="uq_figures_metric_period"),)

    id: int | None = Field(default=None, primary_key=True)
    metric: str = Field(max_length=64, index=True)
    period: int
    value: float | None = None
    unit: str = Field(max_length=16)
    source: str = Field(sa_column=Column(Text, nullable=False))
    publication: str = Field(max_length=128)
    published_on: date
    quote: str = Field(sa_column=Column(Text, nullable=False))


class FigureHistory(SQLModel, table=True):
    """A point of the official series as it was before an admin replaced or removed it, so a
    correction never loses the source, date and quote it replaced. `figure` is the old row."""

    __tablename__ = "figure_history"

    id: int | None = Field(default=None, primary_key=True)
    metric: str = Field(max_length=64, index=True)
    period: int
    figure: dict[str, Any] = Field(sa_column=Column(JSON, nullable=False))
    change: str = Field(max_length=16)
    """"replaced" or "removed"."""
    changed_at: datetime = Field(default_factory=utcnow)


class Chat(SQLModel, table=True):
    """A group or supergroup the bot is (or was) a member of. Private chats are not stored."""

    __tablename__ = "chats"

    id: int = Field(sa_column=Column(BigInteger, primary_key=True, autoincrement=False))
    type: str = Field(max_length=16)
    title: str = Field(default="", max_length=255)
    language: str | None = Field(default=None, max_length=2)
    region: str | None = Field(default=None, max_length=32)
    active: bool = True
    added_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


class UserPreference(SQLModel, table=True):
    """A person's choices, keyed by their pseudonym, never by the Telegram id."""

    __tablename__ = "user_preferences"

    pseudonym: str = Field(primary_key=True, max_length=64)
    language: str = Field(max_length=2)
    updated_at: datetime = Field(default_factory=utcnow)


class BotSetting(SQLModel, table=True):
    """Small values the bot generates once and must keep, such as the pseudonym key."""

    __tablename__ = "bot_settings"

    key: str = Field(primary_key=True, max_length=64)
    value: str = Field(sa_column=Column(Text, nullable=False))


class Poll(SQLModel, table=True):
    """A native poll the bot sent. `poll_answer` updates carry no chat, so the poll id leads here.

    Group polls keep their chat and message (for stopPoll and /results); private survey polls
    keep neither: the voter's own id is the chat the next question goes to. `counts` are the
    absolute per-option counts of the latest `poll` update (`last_update_id`: its inbox sequence,
    which survives Telegram's update-id restart), which anonymous polls are counted from;
    non-anonymous polls are counted from their PollVote rows. In a private survey `next_sent`
    claims the next question and `followed` records that it was sent, so an answer replayed
    after a crash in between still brings it. A private poll keeps its `recipient`'s pseudonym,
    so /forgetme can remove every poll sent to the person, answered or not. Until Telegram
    confirms the poll, `telegram_id` is a placeholder (db.queries.pending_polls).
    """

    __tablename__ = "polls"
    __table_args__ = (
        UniqueConstraint("telegram_id", name="uq_polls_telegram_id"),
        Index("ix_polls_survey_chat", "survey", "question_key", "chat_id", "sent_at"),
        Index("ix_polls_anonymous_voters", "anonymous", "voter_count"),
        Index("ix_polls_closing", "closed", "closes_at"),
    )

    id: int | None = Field(default=None, primary_key=True)
    telegram_id: str = Field(max_length=64)
    chat_id: int | None = Field(default=None, sa_column=Column(BigInteger, index=True))
    message_id: int | None = Field(default=None, sa_column=Column(BigInteger))
    survey: str | None = Field(default=None, max_length=32)
    question_key: str | None = Field(default=None, max_length=32)
    question: str = Field(sa_column=Column(Text, nullable=False))
    options: list[str] = Field(sa_column=Column(JSON, nullable=False))
    language: str = Field(max_length=2)
    anonymous: bool
    counts: list[int] = Field(sa_column=Column(JSON, nullable=False))
    voter_count: int = 0
    last_update_id: int | None = Field(default=None, sa_column=Column(BigInteger))
    closes_at: datetime | None = None
    results_hidden: bool = False
    """Sent with hide_results_until_closes: /results shows no counts until it closes."""
    closed: bool = False
    next_sent: bool = False
    followed: bool = False
    recipient: str | None = Field(default=None, max_length=64, index=True)
    sent_at: datetime = Field(default_factory=utcnow)
    origin: int | None = Field(default=None, sa_column=Column(BigInteger, index=True))
    """The inbox sequence of the update that posted it: a replay of that update finds the
    poll recorded (bot.polls.pending) and does not send it again."""


@dataclass(slots=True)
class PollRecord:
    """A poll's row as recorded before sendPoll and confirmed after (bot.polls.pending): the
    same columns as Poll, as a plain object. Building a Poll cost 45–64 µs of its
    instrumentation, and a private survey records one for every question it sends; nothing
    loads or changes this row through the ORM meanwhile."""

    telegram_id: str
    chat_id: int | None
    message_id: int | None
    survey: str | None
    question_key: str | None
    question: str
    options: list[str]
    language: str
    anonymous: bool
    counts: list[int]
    closes_at: datetime | None
    recipient: str | None
    results_hidden: bool
    origin: int | None
    voter_count: int = 0
    last_update_id: int | None = None
    closed: bool = False
    next_sent: bool = False
    followed: bool = False
    sent_at: datetime = field(default_factory=utcnow)
    id: int | None = None


class PollVote(SQLModel, table=True):
    """One person's current answer in a non-anonymous poll, under their keyed pseudonym.

    A retracted answer stays as a row with no options, so an older update arriving late cannot
    bring it back; `update_id` is the inbox sequence of the update the row reflects.
    """

    __tablename__ = "poll_votes"
    __table_args__ = (
        UniqueConstraint("poll_id", "pseudonym", name="uq_poll_votes_poll_pseudonym"),
    )

    id: int | None = Field(default=None, primary_key=True)
    poll_id: int = Field(foreign_key="polls.id", index=True, ondelete="CASCADE")
    pseudonym: str = Field(max_length=64, index=True)
    option_ids: list[int] = Field(sa_column=Column(JSON, nullable=False))
    update_id: int = Field(sa_column=Column(BigInteger, nullable=False))
    updated_at: datetime = Field(default_factory=utcnow)


class PollSchedule(SQLModel, table=True):
    """A group's recurring standard poll. The JobQueue forgets its jobs on restart, so
    `next_run_at` (UTC) is what they are rebuilt from. Nothing about the admin who set it is kept.

    Weekly schedules keep `weekday` (0 = Monday), monthly ones `day` (1–31); the time is local
    (TIMEZONE). A schedule switched off, or of a group that removed the bot, is kept inactive.
    """

    __tablename__ = "poll_schedules"
    __table_args__ = (UniqueConstraint("chat_id", name="uq_poll_schedules_chat_id"),)

    id: int | None = Field(default=None, primary_key=True)
    chat_id: int = Field(sa_column=Column(BigInteger, nullable=False))
    kind: str = Field(max_length=8)
    weekday: int | None = None
    day: int | None = None
    hour: int
    minute: int
    next_run_at: datetime
    active: bool = True
    updated_at: datetime = Field(default_factory=utcnow)


class InboxUpdate(SQLModel, table=True):
    """An update as Telegram sent it, stored before Telegram is told it arrived.

    `sequence` is the order of arrival: poll state is ordered by it, because Telegram's update
    ids start again at a random value after a quiet week. The payload (which holds names and
    ids) is cleared as soon as the update is handled or set aside; the row stays a while so a
    redelivered update is recognised, then it is pruned.
    """

    __tablename__ = "inbox"
    __table_args__ = (UniqueConstraint("update_id", name="uq_inbox_update_id"),)

    sequence: int | None = Field(default=None, primary_key=True)
    update_id: int = Field(sa_column=Column(BigInteger, nullable=False))
    payload: str | None = Field(default=None, sa_column=Column(Text))
    state: str = Field(default="pending", max_length=8, index=True)
    attempts: int = 0
    received_at: datetime = Field(default_factory=utcnow)
    handled_at: datetime | None = None


class RegionPopulation(SQLModel, table=True):
    """The population of one of the 20 regions (or `total`, the national figure) from one
    official release: what answers are weighted to. Each row keeps its provenance."""

    __tablename__ = "region_population"

    region: str = Field(primary_key=True, max_length=32)
    population: int = Field(sa_column=Column(BigInteger, nullable=False))
    reference_date: date
    source: str = Field(sa_column=Column(Text, nullable=False))
    publication: str = Field(max_length=128)
    published_on: date
    url: str = Field(sa_column=Column(Text, nullable=False))


class Respondent(SQLModel, table=True):
    """What a private respondent chose to tell, under their pseudonym: their region (asked once,
    None when they skipped), and a pending "tell me the results" request. The request keeps the
    Telegram id sealed with the pseudonym key (`contact`), only until the one message is sent or
    the person cancels it; `results_sent_at` makes sure no one gets it twice."""

    __tablename__ = "respondents"

    pseudonym: str = Field(primary_key=True, max_length=64)
    region: str | None = Field(default=None, max_length=32)
    contact: str | None = Field(default=None, max_length=64)
    language: str | None = Field(default=None, max_length=2)
    results_sent_at: datetime | None = None
    updated_at: datetime = Field(default_factory=utcnow)


class BroadcastRound(SQLModel, table=True):
    """One /pollall: created when a bot admin asks, delivered by the leader replica group by
    group, resumed after a restart or a change of leader. `reported_at` marks the admin's report
    as sent (claimed once); `report_to` is the admin's private chat, `language` the report's.
    `running` is True until the round is finished, then NULL: being unique, it lets only one
    round run at a time, whichever replica the admins asked."""

    __tablename__ = "broadcast_rounds"
    __table_args__ = (UniqueConstraint("running", name="uq_broadcast_rounds_running"),)

    id: int | None = Field(default=None, primary_key=True)
    running: bool | None = True
    report_to: int | None = Field(default=None, sa_column=Column(BigInteger))
    language: str = Field(max_length=2)
    started_at: datetime = Field(default_factory=utcnow)
    finished_at: datetime | None = None
    reported_at: datetime | None = None


class BroadcastDelivery(SQLModel, table=True):
    """One group of a round. `state` goes pending → sending (claimed by one sender, just before
    sendPoll) → posted, removed, failed or unconfirmed (claimed, but the sender died before it
    knew: it is never sent again, as a second poll is worse than a missing one)."""

    __tablename__ = "broadcast_deliveries"
    __table_args__ = (
        UniqueConstraint("round_id", "chat_id", name="uq_broadcast_deliveries_round_chat"),
    )

    id: int | None = Field(default=None, primary_key=True)
    round_id: int = Field(foreign_key="broadcast_rounds.id", index=True, ondelete="CASCADE")
    chat_id: int = Field(sa_column=Column(BigInteger, nullable=False))
    state: str = Field(default="pending", max_length=12, index=True)
    claimed_at: datetime | None = None
    done_at: datetime | None = None


class StatsSource(SQLModel, table=True):
    """What one source adds to a month of a survey question's trend: a group's latest poll in
    that (local) month, or one person's latest private answer in it. Kept on write, so /stats
    reads months without reading every answer. `chat_id` 0 marks a person, `pseudonym` ""
    a group; `options` is the poll's option count (a changed survey is counted apart)."""

    __tablename__ = "stats_sources"
    __table_args__ = (
        Index(
            "ix_stats_sources_chat_month", "survey", "question_key", "options", "chat_id", "month"
        ),
        Index("ix_stats_sources_pseudonym", "pseudonym"),
    )

    survey: str = Field(primary_key=True, max_length=32)
    question_key: str = Field(primary_key=True, max_length=32)
    options: int = Field(primary_key=True)
    month: date = Field(primary_key=True)
    chat_id: int = Field(sa_column=Column(BigInteger, primary_key=True, autoincrement=False))
    pseudonym: str = Field(primary_key=True, max_length=64)
    poll_id: int
    counts: list[int] = Field(sa_column=Column(JSON, nullable=False))
    voters: int


class StatsMonth(SQLModel, table=True):
    """The sum of every source's StatsSource counts in a month: one row per option, and option
    -1 for the people who answered."""

    __tablename__ = "stats_months"

    survey: str = Field(primary_key=True, max_length=32)
    question_key: str = Field(primary_key=True, max_length=32)
    options: int = Field(primary_key=True)
    month: date = Field(primary_key=True)
    option: int = Field(primary_key=True, sa_column_kwargs={"autoincrement": False})
    count: int


class StatsLatest(SQLModel, table=True):
    """Each person's latest private answer to a survey question (by when they answered), as the
    national picture and the estimate count it; deleted by /forgetme with their answers."""

    __tablename__ = "stats_latest"
    __table_args__ = (Index("ix_stats_latest_pseudonym", "pseudonym"),)

    survey: str = Field(primary_key=True, max_length=32)
    question_key: str = Field(primary_key=True, max_length=32)
    pseudonym: str = Field(primary_key=True, max_length=64)
    option_ids: list[int] = Field(sa_column=Column(JSON, nullable=False))
    poll_id: int
    region: str | None = Field(default=None, max_length=32)
    """The region the person told (Respondent.region), kept here so the estimate reads one
    table."""


class StatsChat(SQLModel, table=True):
    """A group's latest poll of a survey question (its newest StatsSource month), for the
    national picture, the estimate and the list of chats."""

    __tablename__ = "stats_chats"

    survey: str = Field(primary_key=True, max_length=32)
    question_key: str = Field(primary_key=True, max_length=32)
    options: int = Field(primary_key=True)
    chat_id: int = Field(sa_column=Column(BigInteger, primary_key=True, autoincrement=False))
    month: date
    poll_id: int
    counts: list[int] = Field(sa_column=Column(JSON, nullable=False))
    voters: int


class StatsCount(SQLModel, table=True):
    """A running count /stats would otherwise take from every answer (`personal_answers`)."""

    __tablename__ = "stats_counts"

    name: str = Field(primary_key=True, max_length=32)
    value: int = Field(sa_column=Column(BigInteger, nullable=False))
