"""Native polls: sendPoll and stopPoll."""

from __future__ import annotations

from bot.sandbox import validation
from bot.sandbox.errors import bad_request
from bot.sandbox.methods.base import Handler, Params, reply_fields
from bot.sandbox.model import JsonDict
from bot.sandbox.polls import SPoll
from bot.sandbox.world import World

POLL_ID_BASE = 5_000_000_000


async def send_poll(world: World, params: Params) -> JsonDict:
    chat = world.chat_for_bot(params.chat_id())
    question = validation.poll_question(params.need("question", str))
    options = validation.poll_options(params.need("options", list))
    poll_type = params.opt("type", str) or "regular"
    correct = validation.correct_options(poll_type, _correct_option_ids(params), len(options))
    validation.poll_option_adding(
        params.flag("allow_adding_options"), params.flag("is_anonymous", default=True), poll_type
    )
    open_period = params.opt("open_period", int)
    closes_at = validation.poll_closing(
        open_period, params.opt("close_date", int), world.clock.now()
    )
    poll = SPoll(
        id=str(POLL_ID_BASE + world.serial()),
        chat_id=chat.id,
        question=question,
        options=options,
        is_anonymous=params.flag("is_anonymous", default=True),
        type=poll_type,
        allows_multiple_answers=params.flag("allows_multiple_answers"),
        allows_revoting=params.flag("allows_revoting", default=poll_type == "regular"),
        correct_option_ids=correct or None,
        explanation=params.opt("explanation", str),
        open_period=open_period,
        close_date=int(closes_at) if closes_at is not None else None,
        hide_results_until_closes=params.flag("hide_results_until_closes"),
        shuffle_options=params.flag("shuffle_options"),
        closes_at=closes_at,
        is_closed=params.flag("is_closed"),
    )
    content = {"poll": poll.to_json()} | reply_fields(world, chat, params)
    sent = world.post_bot_message(chat, content, poll=poll)
    poll.message_id = sent.message_id
    world.add_poll(poll)
    return sent.json


def _correct_option_ids(params: Params) -> list[int] | None:
    """Bot API 9.6 replaced `correct_option_id` with a list; older clients still send it."""
    single = params.legacy_int("correct_option_id")
    return params.opt("correct_option_ids", list) or ([single] if single is not None else None)


async def stop_poll(world: World, params: Params) -> JsonDict:
    chat = world.chat_for_bot(params.chat_id(), sending=False)
    sent = world.bot_message(chat, params.need("message_id", int))
    if sent is None or sent.poll is None:
        raise bad_request("message with poll to stop not found")
    if sent.poll.is_closed:
        raise bad_request("poll has already been closed")
    markup = validation.reply_markup(params.opt("reply_markup", dict))
    if markup is not None:
        world.edit_bot_message(sent, {"reply_markup": markup})
    world.close_poll(sent.poll)
    return sent.poll.to_json()


HANDLERS: dict[str, Handler] = {"sendPoll": send_poll, "stopPoll": stop_poll}
