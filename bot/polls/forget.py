"""/forgetme: delete a person's answers and preferences (counts in anonymous polls stay: they
were never linked to anyone)."""

from __future__ import annotations

from bot.services import Services
from bot.services.preferences import person_key
from db.queries import polls, preferences, respondents


async def forget_person(services: Services, user_id: int) -> int:
    """Returns how many answers were deleted. One transaction: a failure part-way deletes
    nothing, so the person never keeps half of their data."""
    pseudonym = services.pseudonyms.of(user_id)
    async with services.sessions.begin() as session:
        removed = await polls.delete_votes(session, pseudonym)
        await preferences.delete_preferences(session, pseudonym)
        await respondents.delete_respondent(session, pseudonym)
    services.languages.forget(person_key(services, user_id))
    return removed
