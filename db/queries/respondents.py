"""Private respondents' region and their one-time results request, by pseudonym."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import CursorResult, bindparam
from sqlalchemy import select as rows_of_columns
from sqlmodel import col, delete, select, update
from sqlmodel.ext.asyncio.session import AsyncSession

from db.models import Respondent, utcnow
from db.queries import rollups, rows

RESPONDENTS = rows.table_of(Respondent)
TOLD = rows_of_columns(RESPONDENTS.c.pseudonym).where(
    RESPONDENTS.c.pseudonym == bindparam("pseudonym")
)
"""Whether a person told their region, built once: read at every survey's end."""


async def get_respondent(session: AsyncSession, pseudonym: str) -> Respondent | None:
    return await session.get(Respondent, pseudonym)


async def has_respondent(session: AsyncSession, pseudonym: str) -> bool:
    """Whether the person has told (or skipped) their region, read without loading the row."""
    return bool(await rows.read(session, TOLD, {"pseudonym": pseudonym}))


async def add_respondent(session: AsyncSession, pseudonym: str, region: str | None) -> bool:
    """Record the region (None: skipped) once; False when the person had already answered."""
    if await has_respondent(session, pseudonym):
        return False
    session.add(Respondent(pseudonym=pseudonym, region=region))
    await rollups.region_told(session, pseudonym, region)
    return True


async def request_results(
    session: AsyncSession, pseudonym: str, contact: str, language: str
) -> bool:
    """Keep a pending request; False when there is no respondent or they already got it."""
    statement = (
        update(Respondent)
        .where(col(Respondent.pseudonym) == pseudonym, col(Respondent.results_sent_at).is_(None))
        .values(contact=contact, language=language, updated_at=utcnow())
    )
    return await _changed_one(session, statement)


async def cancel_request(session: AsyncSession, pseudonym: str) -> bool:
    statement = (
        update(Respondent)
        .where(col(Respondent.pseudonym) == pseudonym, col(Respondent.contact).is_not(None))
        .values(contact=None, updated_at=utcnow())
    )
    return await _changed_one(session, statement)


async def pending_requests(session: AsyncSession) -> Sequence[Respondent]:
    result = await session.exec(
        select(Respondent).where(
            col(Respondent.contact).is_not(None), col(Respondent.results_sent_at).is_(None)
        )
    )
    return result.all()


async def claim_request(session: AsyncSession, pseudonym: str, now: datetime) -> bool:
    """Mark the message as sent and drop the contact, before sending: whoever claims it first
    sends it, so no one gets it twice."""
    statement = (
        update(Respondent)
        .where(
            col(Respondent.pseudonym) == pseudonym,
            col(Respondent.contact).is_not(None),
            col(Respondent.results_sent_at).is_(None),
        )
        .values(contact=None, results_sent_at=now, updated_at=now)
    )
    return await _changed_one(session, statement)


async def delete_respondent(session: AsyncSession, pseudonym: str) -> None:
    await session.exec(delete(Respondent).where(col(Respondent.pseudonym) == pseudonym))


async def _changed_one(session: AsyncSession, statement: object) -> bool:
    result = await session.exec(statement)  # type: ignore[call-overload]
    return isinstance(result, CursorResult) and result.rowcount == 1
