"""A poll is recorded before it is sent; a vote may arrive before Telegram's answer does."""

from __future__ import annotations

from bot.polls import lifecycle, pending
from bot.polls.custom import Action, PollRequest
from bot.services import Services
from db.models import Poll
from db.queries import rollups

GROUP = -100321


async def test_a_poll_adopted_by_an_early_vote_still_gets_its_message_id(
    services: Services,
) -> None:
    """Votes are handled concurrently with the sending: the counts can reach the bot before it
    has stored Telegram's answer. The record is adopted by the counts, and the answer then adds
    the message id, without which the poll could not be stopped and its results not posted."""
    to_send = lifecycle.group_poll(PollRequest(Action.SURVEY), "ru")
    reserved, fresh = await pending.reserve(
        services, to_send, chat_id=GROUP, follows=None, recipient=None, origin=None
    )
    assert fresh
    assert await pending.adopt_group(services, "tg-1", to_send.question, list(to_send.options))
    await pending.confirm(services, reserved, "tg-1", 42)
    async with services.sessions() as session:
        stored = await session.get(Poll, reserved.id)
        counted = await rollups.counts(session)
    assert stored is not None and (stored.telegram_id, stored.message_id) == ("tg-1", 42)
    assert counted[rollups.GROUP_POLLS] == 1  # counted once, when adopted


async def test_a_poll_confirmed_first_is_counted_once(services: Services) -> None:
    """The counts missed the poll while its sending was confirmed: adopting finds it known, so
    they are applied (not dropped), and nothing is counted twice."""
    to_send = lifecycle.group_poll(PollRequest(Action.SURVEY), "ru")
    reserved, _ = await pending.reserve(
        services, to_send, chat_id=GROUP, follows=None, recipient=None, origin=None
    )
    await pending.confirm(services, reserved, "tg-2", 43)
    assert await pending.adopt_group(services, "tg-2", to_send.question, list(to_send.options))
    assert not await pending.adopt_group(services, "tg-3", to_send.question, list(to_send.options))
    async with services.sessions() as session:
        stored = await session.get(Poll, reserved.id)
        counted = await rollups.counts(session)
    assert stored is not None and (stored.telegram_id, stored.message_id) == ("tg-2", 43)
    assert counted[rollups.GROUP_POLLS] == 1
