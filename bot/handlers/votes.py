"""Votes: `poll` updates (anonymous counts) and `poll_answer` updates (per person), stored as they
come; in a private survey an answer brings the next question."""

from __future__ import annotations

from telegram import Update
from telegram.ext import PollAnswerHandler, PollHandler

from bot.handlers.actions import send_reserved, thank_and_offer_region
from bot.handlers.chat_kind import carried
from bot.handlers.context import SenimApplication, SenimContext
from bot.handlers.intake import current_sequence, sequence_of
from bot.handlers.leadership import every_lead
from bot.polls import pending
from bot.polls.lifecycle import mark_followed
from bot.polls.votes import PollAnswer, PollState, apply_answer, apply_poll_state
from bot.util.i18n import Translator

RECONCILE_JOB = "forget-unconfirmed-polls"


async def poll_changed(update: Update, context: SenimContext) -> None:
    poll = carried(update.poll, "poll")
    state = PollState(
        telegram_id=poll.id,
        counts=tuple(option.voter_count for option in poll.options),
        voter_count=poll.total_voter_count,
        question=poll.question,
        options=tuple(option.text for option in poll.options),
        anonymous=poll.is_anonymous,
    )
    await apply_poll_state(context.services, state, sequence_of(update))


async def poll_answered(update: Update, context: SenimContext) -> None:
    answer = carried(update.poll_answer, "poll answer")
    voter = answer.user or answer.voter_chat
    if voter is None:
        return
    outcome = await apply_answer(
        context.services,
        PollAnswer(answer.poll_id, voter.id, tuple(answer.option_ids)),
        sequence_of(update),
        reserve=answer.user is not None,
        origin=current_sequence(),
    )
    if answer.user is None:
        return
    if outcome.next_poll is not None and outcome.reserved is not None:
        await send_reserved(
            context,
            answer.user.id,
            outcome.next_poll,
            outcome.reserved,
            private=True,
            follows=outcome.answered_poll,
        )
    elif outcome.finished_in is not None and outcome.answered_poll is not None:
        _ = Translator(outcome.finished_in)
        await thank_and_offer_region(context, answer.user.id, _, region_asked=outcome.region_asked)
        await mark_followed(context.services, outcome.answered_poll)


async def reconcile_unconfirmed(context: SenimContext) -> None:
    await pending.reconcile(context.services)


def register(application: SenimApplication) -> None:
    every_lead(application, reconcile_unconfirmed, RECONCILE_JOB)
    application.add_handler(PollHandler(poll_changed))
    application.add_handler(PollAnswerHandler(poll_answered))
