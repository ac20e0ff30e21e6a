"""Native polls: limits, poll updates with counts, poll answers, retraction and closing."""

from __future__ import annotations

import datetime as dtm

import pytest
from telegram import Bot, InputPollOption, Update
from telegram.error import BadRequest

from bot.sandbox import Sandbox, SandboxError, SChat, SUser


@pytest.fixture
async def neighbours(sandbox: Sandbox) -> list[SUser]:
    return [sandbox.add_user(name) for name in ("Dana", "Erlan", "Gulnar")]


@pytest.fixture
async def group(sandbox: Sandbox, neighbours: list[SUser]) -> SChat:
    chat = sandbox.add_group("Абай 12", neighbours[0], members=neighbours[1:])
    await sandbox.add_bot_to_group(chat, by=neighbours[0])
    return chat


async def fresh_updates(bot: Bot) -> list[Update]:
    """Updates not seen yet; confirms them."""
    updates = list(await bot.get_updates(timeout=0))
    if updates:
        await bot.get_updates(offset=updates[-1].update_id + 1, timeout=0)
    return updates


async def test_anonymous_poll_reports_counts_but_not_voters(
    bot: Bot, sandbox: Sandbox, neighbours: list[SUser], group: SChat
) -> None:
    sent = await bot.send_poll(
        group.id, "Полицияға сенесіз бе?", [InputPollOption("Иә"), InputPollOption("Жоқ")]
    )
    assert sent.poll.is_anonymous and sent.poll.total_voter_count == 0
    await fresh_updates(bot)
    dana, erlan, gulnar = neighbours
    await sandbox.vote(dana, sent.poll.id, [0])
    await sandbox.vote(erlan, sent.poll.id, [1])
    await sandbox.vote(gulnar, sent.poll.id, [0])
    await sandbox.vote(erlan, sent.poll.id, [0])
    updates = await fresh_updates(bot)
    assert all(u.poll is not None for u in updates)
    last = updates[-1].poll
    assert [o.voter_count for o in last.options] == [3, 0]
    assert last.total_voter_count == 3
    message = sandbox.bot_messages(group)[-1]
    assert message.poll is not None and message.poll.voter_counts == [3, 0]
    assert message.json["poll"]["total_voter_count"] == 3


async def test_non_anonymous_poll_sends_answers_and_retractions(
    bot: Bot, sandbox: Sandbox, neighbours: list[SUser], group: SChat
) -> None:
    sent = await bot.send_poll(
        group.id,
        "Қай аудан?",
        ["Алмалы", "Бостандық", "Медеу"],
        is_anonymous=False,
        allows_multiple_answers=True,
    )
    await fresh_updates(bot)
    dana = neighbours[0]
    message = sandbox.bot_messages(group)[-1]
    await sandbox.vote(dana, message, [0, 2])
    await sandbox.vote(dana, message, [])
    answer, counts, retraction, recount = await fresh_updates(bot)
    assert answer.poll_answer.option_ids == (0, 2)
    assert answer.poll_answer.user.id == dana.id
    assert answer.poll_answer.poll_id == sent.poll.id
    assert [o.voter_count for o in counts.poll.options] == [1, 0, 1]
    assert retraction.poll_answer.option_ids == ()
    assert recount.poll.total_voter_count == 0


async def test_voting_rules(
    bot: Bot, sandbox: Sandbox, neighbours: list[SUser], group: SChat
) -> None:
    sent = await bot.send_poll(group.id, "Q?", ["a", "b"])
    dana = neighbours[0]
    with pytest.raises(SandboxError, match="allows one answer"):
        await sandbox.vote(dana, sent.poll.id, [0, 1])
    with pytest.raises(SandboxError, match=r"has options 0\.\.1"):
        await sandbox.vote(dana, sent.poll.id, [5])
    with pytest.raises(SandboxError, match="no answer to retract"):
        await sandbox.vote(dana, sent.poll.id, [])
    with pytest.raises(SandboxError, match="is not in the chat"):
        await sandbox.vote(sandbox.add_user("Stranger"), sent.poll.id, [0])
    quiz = await bot.send_poll(group.id, "2+2?", ["4", "5"], type="quiz", correct_option_ids=[0])
    assert quiz.poll.correct_option_ids == (0,)
    await sandbox.vote(dana, quiz.poll.id, [1])
    with pytest.raises(SandboxError, match="does not allow changing"):
        await sandbox.vote(dana, quiz.poll.id, [0])


async def test_stop_poll_returns_final_state_once(
    bot: Bot, sandbox: Sandbox, neighbours: list[SUser], group: SChat
) -> None:
    sent = await bot.send_poll(group.id, "Q?", ["a", "b"])
    await sandbox.vote(neighbours[1], sent.poll.id, [1])
    final = await bot.stop_poll(group.id, sent.message_id)
    assert final.is_closed and [o.voter_count for o in final.options] == [0, 1]
    assert (await bot.get_updates(offset=-1))[0].poll.is_closed
    with pytest.raises(BadRequest, match="Poll has already been closed"):
        await bot.stop_poll(group.id, sent.message_id)
    with pytest.raises(SandboxError, match="is closed"):
        await sandbox.vote(neighbours[0], sent.poll.id, [0])


async def test_poll_closes_when_its_time_runs_out(
    bot: Bot, sandbox: Sandbox, neighbours: list[SUser], group: SChat
) -> None:
    sent = await bot.send_poll(group.id, "Q?", ["a", "b"], open_period=dtm.timedelta(minutes=10))
    assert sent.poll.close_date is not None
    await sandbox.advance_time(599)
    assert not sandbox.bot_messages(group)[-1].poll.is_closed  # type: ignore[union-attr]
    await sandbox.advance_time(1)
    assert sandbox.bot_messages(group)[-1].poll.is_closed  # type: ignore[union-attr]
    assert (await bot.get_updates(offset=-1))[0].poll.is_closed


async def test_poll_closes_on_the_real_clock_too(bot: Bot, sandbox: Sandbox, group: SChat) -> None:
    await bot.send_poll(group.id, "Q?", ["a", "b"], open_period=5)
    poll = sandbox.bot_messages(group)[-1].poll
    assert poll is not None
    await sandbox.advance_time(4.8)  # the last 0.2 s run out in real time
    await sandbox.wait_until(lambda: poll.is_closed, timeout=2)
    assert (await bot.get_updates(offset=-1))[0].poll.is_closed


async def test_poll_settings_against_herding_are_kept(
    bot: Bot, sandbox: Sandbox, group: SChat
) -> None:
    closes = dtm.datetime.now(dtm.UTC) + dtm.timedelta(hours=1)
    await bot.send_poll(
        group.id,
        "Q?",
        ["a", "b"],
        hide_results_until_closes=True,
        shuffle_options=True,
        allows_revoting=False,
        close_date=closes,
    )
    poll = sandbox.bot_messages(group)[-1].poll
    assert poll is not None
    assert poll.hide_results_until_closes and poll.shuffle_options and not poll.allows_revoting
    assert poll.close_date == int(closes.timestamp())


@pytest.mark.parametrize(
    ("question", "options", "extra", "error"),
    [
        ("", ["a", "b"], {}, "Poll question must be non-empty"),
        ("q" * 301, ["a", "b"], {}, "Poll question length must not exceed 300"),
        ("Q?", ["a"], {}, "Poll must have at least 2 option"),
        ("Q?", [str(n) for n in range(13)], {}, "Poll can't have more than 12 options"),
        ("Q?", ["a", "b" * 101], {}, "Poll options length must not exceed 100"),
        ("Q?", ["a", "b"], {"open_period": 4}, "Wrong open period specified"),
        ("Q?", ["a", "b"], {"open_period": 2_592_001}, "Wrong open period specified"),
        ("Q?", ["a", "b"], {"type": "quiz"}, "Wrong correct option id specified"),
        ("Q?", ["a", "b"], {"allow_adding_options": True}, "not supported for anonymous polls"),
    ],
)
async def test_poll_limits(
    bot: Bot,
    group: SChat,
    question: str,
    options: list[str],
    extra: dict[str, object],
    error: str,
) -> None:
    with pytest.raises(BadRequest, match=error):
        await bot.send_poll(group.id, question, options, **extra)  # type: ignore[arg-type]
