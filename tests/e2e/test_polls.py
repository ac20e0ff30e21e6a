"""Polls through the sandbox: group surveys, the private survey, custom polls, closing, results,
/forgetme and a restart between votes and results."""

from __future__ import annotations

from datetime import timedelta

from sqlmodel import select, update

from bot.config import Settings
from bot.handlers.actions import CLOSING_JOB
from bot.handlers.context import SERVICES, SenimApplication
from bot.sandbox import Sandbox
from bot.services import Services
from bot.stats.intervals import wilson
from db.models import InboxUpdate, Poll, PollVote, utcnow
from tests.e2e.conftest import running_bot
from tests.e2e.talk import group_with_bot, reply_text, say

TRUST, PARTLY, NOT, HARD_TO_SAY = range(4)


def services_of(bot: SenimApplication) -> Services:
    services: Services = bot.bot_data[SERVICES]
    return services


async def test_forty_neighbours_vote_some_change_their_minds_and_results_show_forty(
    sandbox: Sandbox, bot: SenimApplication
) -> None:
    admin = sandbox.add_user("Gulnara", language_code="en")
    voters = [sandbox.add_user(f"Neighbour {i}", language_code="en") for i in range(40)]
    group = await group_with_bot(sandbox, admin, *voters)
    posted = await say(sandbox, admin, "/poll live", group)
    assert posted.poll is not None and posted.poll.is_anonymous
    assert posted.poll.question == "Do you trust the police?"
    first_choice = [TRUST] * 12 + [PARTLY] * 14 + [NOT] * 10 + [HARD_TO_SAY] * 4
    for voter, option in zip(voters, first_choice, strict=True):
        await sandbox.vote(voter, posted, [option])
    for voter in voters[12:16]:
        await sandbox.vote(voter, posted, [TRUST])
    await sandbox.wait_idle()
    text = await reply_text(sandbox, voters[0], "/results", group)
    assert "Answers: 40" in text
    for label, line in [
        ("I trust it", "16 (40%)"),
        ("Partly", "10 (25%)"),
        ("I don't trust it", "10 (25%)"),
        ("Hard to say", "4 (10%)"),
    ]:
        assert f"• {label} — {line}" in text
    interval = wilson(16, 36)
    low, high = round(interval.low * 100), round(interval.high * 100)
    assert f"Trust the police: 44% (95% interval {low}–{high}%, n = 36)" in text
    assert "Below the national 63%, and the gap is larger than chance would explain." in text
    assert "self-selected" in text


async def test_a_member_who_is_not_an_admin_is_refused_politely(
    sandbox: Sandbox, bot: SenimApplication
) -> None:
    admin, member = sandbox.add_user("Admin"), sandbox.add_user("Member", language_code="en")
    group = await group_with_bot(sandbox, admin, member)
    reply = await say(sandbox, member, "/poll", group)
    assert "Only the chat's admins can post polls" in (reply.text or "")
    assert not any(message.poll for message in sandbox.bot_messages(group))


async def test_the_private_survey_from_start_to_end(
    sandbox: Sandbox, bot: SenimApplication
) -> None:
    aigerim = sandbox.add_user("Aigerim", language_code="en")
    chat = sandbox.private_chat(aigerim)
    intro = await say(sandbox, aigerim, "/poll", chat)
    assert "/privacy" in (intro.text or "")
    questions = []
    for _ in range(4):
        posted = await sandbox.next_bot_message(chat)
        assert posted.poll is not None and not posted.poll.is_anonymous
        questions.append(posted.poll.question)
        await sandbox.vote(aigerim, posted, [0])
    thanks = await sandbox.next_bot_message(chat)
    assert "last question" in (thanks.text or "") and "/results" in (thanks.text or "")
    assert "which region do you live in?" in (thanks.text or "") and thanks.buttons
    assert questions[0] == "Do you trust the police?"
    assert len(set(questions)) == 4
    results = await reply_text(sandbox, aigerim, "/results", chat)
    assert "Your answers" in results and "Do you trust the police? — I trust it" in results
    assert "Yes, I know them" not in results and "I know them and can reach them" in results
    assert "Official figure: 63% trust the police (2025, Курсив)" in results
    assert "All Senim polls: too few answers so far (n = 1)." in results
    assert "100%" not in results


async def test_a_retracted_vote_no_longer_counts(sandbox: Sandbox, bot: SenimApplication) -> None:
    asel = sandbox.add_user("Asel", language_code="en")
    chat = sandbox.private_chat(asel)
    await say(sandbox, asel, "/poll", chat)
    first = await sandbox.next_bot_message(chat)
    await sandbox.vote(asel, first, [NOT])
    await sandbox.next_bot_message(chat)
    await sandbox.vote(asel, first, [])
    await sandbox.wait_idle()
    results = await reply_text(sandbox, asel, "/results", chat)
    assert "You haven't answered the survey yet" in results
    async with services_of(bot).sessions() as session:
        (row,) = (await session.exec(select(PollVote))).all()
    assert row.option_ids == []


async def test_a_custom_poll_and_malformed_ones(sandbox: Sandbox, bot: SenimApplication) -> None:
    admin = sandbox.add_user("Dana", language_code="en")
    voters = [sandbox.add_user(f"Voter {i}") for i in range(3)]
    group = await group_with_bot(sandbox, admin, *voters)
    for malformed in ["/poll Saturday meeting?", "/poll Meet? | Yes", "/poll Meet? | Yes | yes"]:
        reply = await say(sandbox, admin, malformed, group)
        assert "<code>/poll" not in (reply.text or "") and "/poll " in (reply.text or "")
    assert not any(message.poll for message in sandbox.bot_messages(group))
    posted = await say(sandbox, admin, "/poll Tom & Jerry <3? | a < b | a > b", group)
    assert posted.poll is not None
    assert (posted.poll.question, posted.poll.options) == ("Tom & Jerry <3?", ["a < b", "a > b"])
    for voter, option in zip(voters, [0, 1, 1], strict=True):
        await sandbox.vote(voter, posted, [option])
    await sandbox.wait_idle()
    text = await reply_text(sandbox, admin, "/results", group)
    assert "Tom & Jerry <3?" in text and "• a > b — 2\n" in text and "Answers: 3" in text
    assert "%" not in text, "no percentage under ten answers, option lines included"
    assert "self-selected" not in text


async def test_poll_stop_closes_and_keeps_the_final_counts(
    sandbox: Sandbox, bot: SenimApplication
) -> None:
    admin = sandbox.add_user("Erlan", language_code="en")
    voter = sandbox.add_user("Voter")
    group = await group_with_bot(sandbox, admin, voter)
    posted = await say(sandbox, admin, "/poll", group)
    await sandbox.vote(voter, posted, [PARTLY])
    note = await say(sandbox, admin, "/poll stop", group)
    assert "Closing the poll «Do you trust the police?» posted on" in (note.text or "")
    assert "Still open" not in (note.text or "")
    closed = await sandbox.next_bot_message(group)
    assert posted.poll is not None and posted.poll.is_closed
    assert "final counts" in (closed.text or "") and "• Partly — 1\n" in (closed.text or "")
    again = await say(sandbox, admin, "/poll stop", group)
    assert "no open poll" in (again.text or "")
    text = await reply_text(sandbox, admin, "/results", group)
    assert "final counts" in text and "Answers: 1" in text


async def test_a_timed_poll_says_when_it_closes(sandbox: Sandbox, bot: SenimApplication) -> None:
    admin = sandbox.add_user("Bota", language_code="en")
    group = await group_with_bot(sandbox, admin)
    posted = await say(sandbox, admin, "/poll 2h", group)
    assert posted.poll is not None
    note = await sandbox.next_bot_message(group)
    assert "The poll closes on" in (note.text or "")
    async with services_of(bot).sessions() as session:
        stored = (await session.exec(select(Poll))).one()
    assert stored.closes_at is not None and not stored.closed
    assert bot.job_queue is not None
    (job,) = bot.job_queue.get_jobs_by_name(CLOSING_JOB.format(poll_id=stored.id))
    assert job.next_t is not None and abs(job.next_t - stored.closes_at) < timedelta(seconds=1)


async def test_votes_survive_a_restart_and_a_due_closing_runs_after_one(
    settings: Settings, sandbox: Sandbox
) -> None:
    admin = sandbox.add_user("Marat", language_code="en")
    voters = [sandbox.add_user(f"Voter {i}") for i in range(12)]
    async with running_bot(settings, sandbox):
        group = await group_with_bot(sandbox, admin, *voters)
        posted = await say(sandbox, admin, "/poll 1d live", group)
        await sandbox.next_bot_message(group)
        for voter in voters[:6]:
            await sandbox.vote(voter, posted, [TRUST])
        await sandbox.wait_idle()
    for voter in voters[6:]:
        await sandbox.vote(voter, posted, [NOT])
    async with running_bot(settings, sandbox) as bot:
        await sandbox.wait_idle()
        text = await reply_text(sandbox, admin, "/results", group)
        assert "Answers: 12" in text and "• I trust it — 6 (50%)" in text
        async with services_of(bot).sessions() as session:
            await session.exec(update(Poll).values(closes_at=utcnow() - timedelta(minutes=1)))
            await session.commit()
    async with running_bot(settings, sandbox):
        closed = await sandbox.next_bot_message(group)
        assert posted.poll is not None and posted.poll.is_closed
        assert "final counts" in (closed.text or "") and "Answers: 12" in (closed.text or "")
    assert not sandbox.errors


async def test_a_group_that_becomes_a_supergroup_keeps_its_votes(
    sandbox: Sandbox, bot: SenimApplication
) -> None:
    admin = sandbox.add_user("Saule", language_code="en")
    voters = [sandbox.add_user(f"Voter {i}") for i in range(4)]
    group = await group_with_bot(sandbox, admin, *voters)
    posted = await say(sandbox, admin, "/poll live", group)
    for voter in voters[:2]:
        await sandbox.vote(voter, posted, [TRUST])
    supergroup = await sandbox.migrate_to_supergroup(group)
    for voter in voters[2:]:
        await sandbox.vote(voter, posted, [NOT])
    await sandbox.wait_idle()
    text = await reply_text(sandbox, admin, "/results", supergroup)
    assert "Answers: 4" in text and "• I trust it — 2\n" in text


async def test_forgetme_deletes_answers_after_confirmation(
    sandbox: Sandbox, bot: SenimApplication
) -> None:
    timur = sandbox.add_user("Timur", language_code="en")
    chat = sandbox.private_chat(timur)
    await say(sandbox, timur, "/poll", chat)
    for _ in range(2):
        await sandbox.vote(timur, await sandbox.next_bot_message(chat), [1])
    await sandbox.next_bot_message(chat)
    question = await say(sandbox, timur, "/forgetme", chat)
    assert [b.callback_data for b in question.buttons] == ["forget:yes", "forget:no"]
    await sandbox.press_button(timur, question, "forget:yes")
    await sandbox.wait_until(lambda: "Answers deleted: 2" in (question.text or ""))
    await sandbox.wait_idle()
    async with services_of(bot).sessions() as session:
        assert (await session.exec(select(PollVote))).all() == []
        # the third question was sent but not answered: it goes too
        assert (await session.exec(select(Poll))).all() == []
        inbox = (await session.exec(select(InboxUpdate.payload))).all()
        assert set(inbox) == {None}
    results = await reply_text(sandbox, timur, "/results", chat)
    assert "You haven't answered the survey yet" in results


async def test_forgetme_in_a_group_points_to_the_private_chat(
    sandbox: Sandbox, bot: SenimApplication
) -> None:
    admin = sandbox.add_user("Zhanna", language_code="en")
    group = await group_with_bot(sandbox, admin)
    reply = await say(sandbox, admin, "/forgetme", group)
    assert "private chat" in (reply.text or "") and not reply.buttons


async def test_region_is_matched_fuzzily_and_unknown_names_get_buttons(
    sandbox: Sandbox, bot: SenimApplication
) -> None:
    admin = sandbox.add_user("Aidos", language_code="en")
    member = sandbox.add_user("Member", language_code="en")
    group = await group_with_bot(sandbox, admin, member)
    done = await say(sandbox, admin, "/region карагандинская обл", group)
    assert "Karaganda Region" in (done.text or "")
    unknown = await say(sandbox, admin, "/region <Атлантида>", group)
    assert "“<Атлантида>”" in (unknown.text or "") and "Shymkent" not in (unknown.text or "")
    assert [b.callback_data for b in unknown.buttons][-1] == "region:*"
    assert len(unknown.buttons) == 5
    await sandbox.press_button(member, unknown, "region:*")
    await sandbox.wait_idle()
    assert len(unknown.buttons) == 5, "a member's press changes nothing"
    await sandbox.press_button(admin, unknown, "region:*")
    await sandbox.wait_until(lambda: len(unknown.buttons) == 20)
    await sandbox.press_button(admin, unknown, "region:shymkent")
    await sandbox.wait_until(lambda: "Shymkent" in (unknown.text or ""))
    ambiguous = await say(sandbox, admin, "/region Алма", group)
    offered = [button.callback_data for button in ambiguous.buttons]
    assert offered[:2] == ["region:almaty_region", "region:almaty"]
    current = await say(sandbox, admin, "/region", group)
    assert "Shymkent" in (current.text or "")
    refused = await say(sandbox, member, "/region Astana", group)
    assert "Only the chat's admins" in (refused.text or "")


async def test_privacy_says_what_is_stored_in_plain_words(
    sandbox: Sandbox, bot: SenimApplication
) -> None:
    user = sandbox.add_user("Madina", language_code="en")
    chat = sandbox.private_chat(user)
    text = await reply_text(sandbox, user, "/privacy", chat)
    assert "not even the bot's operator" in text and "/forgetme" in text
    assert "copied the database" in text and "kept outside the database" in text
