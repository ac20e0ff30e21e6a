"""SQLModel tables. Telegram ids are BIGINT; times are aware UTC."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import BigInteger, Column, Text, UniqueConstraint
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
