"""Private respondents: the region they may tell once, and the one results message they may ask
for after a round of polls closes. Stored under the pseudonym; /stop cancels the message,
/forgetme deletes it all."""

from __future__ import annotations

from dataclasses import dataclass

from bot.services import Services
from db.models import utcnow
from db.queries import respondents


@dataclass(frozen=True)
class Recipient:
    user_id: int
    language: str
    region: str | None


async def save_region(services: Services, user_id: int, region: str | None) -> bool:
    """Once only: False when the person has already told (or skipped) it."""
    async with services.sessions.begin() as session:
        return await respondents.add_respondent(session, services.pseudonyms.of(user_id), region)


async def ask_for_results(services: Services, user_id: int, language: str) -> bool:
    pseudonyms = services.pseudonyms
    async with services.sessions.begin() as session:
        return await respondents.request_results(
            session, pseudonyms.of(user_id), pseudonyms.seal(user_id), language
        )


async def stop_results(services: Services, user_id: int) -> bool:
    async with services.sessions.begin() as session:
        return await respondents.cancel_request(session, services.pseudonyms.of(user_id))


async def claim_recipients(services: Services) -> list[Recipient]:
    """Everyone waiting for the results, each marked as served before the message goes out."""
    recipients = []
    async with services.sessions.begin() as session:
        for waiting in await respondents.pending_requests(session):
            if waiting.contact is None:
                continue
            user_id = services.pseudonyms.unseal(waiting.pseudonym, waiting.contact)
            claimed = await respondents.claim_request(session, waiting.pseudonym, utcnow())
            if user_id is not None and claimed:
                language = waiting.language or services.settings.default_language
                recipients.append(Recipient(user_id, language, waiting.region))
    return recipients
