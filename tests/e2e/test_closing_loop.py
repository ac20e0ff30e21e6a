"""Closing the loop: a private respondent tells their region once and asks for the results; when
a group poll closes, the group gets its result, its region's and the national estimate, and the
respondent gets one message — never a second one; /stop and /forgetme end it."""

from __future__ import annotations

from sqlmodel import select

from bot.handlers.context import SenimApplication
from bot.sandbox import BotMessage, Sandbox, SChat, SUser
from db.models import Respondent
from tests.e2e.talk import group_with_bot, reply_text, say
from tests.e2e.test_polls import services_of

TRUST, NOT = 0, 2


async def take_survey(sandbox: Sandbox, person: SUser, option: int) -> BotMessage:
    """The four private questions; returns the thanks, which asks the region."""
    chat = sandbox.private_chat(person)
    await say(sandbox, person, "/poll", chat)
    for _ in range(4):
        question = await sandbox.next_bot_message(chat)
        await sandbox.vote(person, question, [option])
    return await sandbox.next_bot_message(chat)


async def tell_region_and_ask_for_results(
    sandbox: Sandbox, person: SUser, asked: BotMessage, region_button: str
) -> None:
    """The region question turns into the results offer in the same message; say yes."""
    await sandbox.press_button(person, asked, region_button)
    await sandbox.wait_until(
        lambda: asked.buttons and asked.buttons[0].callback_data == "results:yes"
    )
    await sandbox.press_button(person, asked, "results:yes")
    await sandbox.wait_until(lambda: not asked.buttons)


async def group_with_votes(
    sandbox: Sandbox, region: str, choices: list[int]
) -> tuple[SChat, SUser]:
    admin = sandbox.add_user("Admin", language_code="en")
    voters = [sandbox.add_user(f"Voter {i}") for i in range(len(choices))]
    group = await group_with_bot(sandbox, admin, *voters, title="Двор")
    await say(sandbox, admin, f"/region {region}", group)
    posted = await say(sandbox, admin, "/poll", group)
    for voter, option in zip(voters, choices, strict=True):
        await sandbox.vote(voter, posted, [option])
    await sandbox.wait_idle()
    return group, admin


async def test_a_respondent_gets_the_results_once_and_the_group_its_region(
    sandbox: Sandbox, bot: SenimApplication
) -> None:
    person = sandbox.add_user("Dana", language_code="en")
    chat = sandbox.private_chat(person)
    asked = await take_survey(sandbox, person, TRUST)
    assert len(asked.buttons) == 21 and "home:ulytau" in [b.callback_data for b in asked.buttons]
    await tell_region_and_ask_for_results(sandbox, person, asked, "home:ulytau")
    assert "/stop cancels it" in (asked.text or "")

    group, admin = await group_with_votes(sandbox, "Улытау", [TRUST] * 7 + [NOT] * 5)
    await say(sandbox, admin, "/poll stop", group)
    closed = await sandbox.next_bot_message(group)
    text = closed.text or ""
    assert "• I trust it — 7 (58%)" in text
    assert "Region Ulytau Region: 62% (n = 13)" in text
    assert "All Senim polls: 62% (95% interval" in text and "not weighted" in text
    assert "Coverage — chats: 1, private answers: 1, regions: 1 of 20" in text
    assert "Official figure: 63%" in text and "not a random sample" in text

    message = await sandbox.next_bot_message(chat)
    assert "A round of Senim polls has closed." in (message.text or "")
    assert "Region Ulytau Region: 62% (n = 13)" in (message.text or "")

    await say(sandbox, admin, "/poll", group)
    await say(sandbox, admin, "/poll stop", group)
    await sandbox.wait_idle()
    assert sandbox.bot_messages(chat)[-1] is message
    assert not sandbox.errors


async def test_the_region_is_asked_once_and_stop_and_forgetme_end_it(
    sandbox: Sandbox, bot: SenimApplication
) -> None:
    person = sandbox.add_user("Erlan", language_code="en")
    chat = sandbox.private_chat(person)
    asked = await take_survey(sandbox, person, NOT)
    await tell_region_and_ask_for_results(sandbox, person, asked, "home:skip")
    assert "no results message will come" in await reply_text(sandbox, person, "/stop")
    await say(sandbox, person, "/poll", chat)
    for _ in range(4):
        await sandbox.vote(person, await sandbox.next_bot_message(chat), [NOT])
    await sandbox.next_bot_message(chat)
    await sandbox.wait_idle()
    assert "which region" not in (sandbox.bot_messages(chat)[-1].text or "")
    async with services_of(bot).sessions() as session:
        (stored,) = (await session.exec(select(Respondent))).all()
    assert stored.region is None and stored.contact is None and stored.results_sent_at is None

    group, admin = await group_with_votes(sandbox, "Астана", [TRUST] * 10)
    await say(sandbox, admin, "/poll stop", group)
    await sandbox.wait_idle()
    assert "A round of Senim polls" not in (sandbox.bot_messages(chat)[-1].text or "")

    confirm = await say(sandbox, person, "/forgetme")
    await sandbox.press_button(person, confirm, "forget:yes")
    await sandbox.wait_until(lambda: "Done" in (confirm.text or ""))
    async with services_of(bot).sessions() as session:
        assert (await session.exec(select(Respondent))).all() == []
    assert not sandbox.errors
