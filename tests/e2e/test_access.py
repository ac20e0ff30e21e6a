"""Who may do what, for every kind of sender in a group: a bot admin (ADMIN_IDS, a plain member
there), the group's admin, a member, an admin writing anonymously (as the group itself) and
someone writing on behalf of their channel. Each rule answers each of them as before: the
command runs, or the polite refusal comes in the chat's language."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass

import pytest

from bot.handlers.context import SenimApplication
from bot.sandbox import Sandbox, SChat
from tests.e2e.talk import group_with_bot

BOT_ADMIN_ID = 4242
ROLES = ["bot admin", "group admin", "member", "anonymous group admin", "channel"]

Speak = Callable[[str], Awaitable[str]]


async def group_speaker(sandbox: Sandbox, role: str) -> tuple[SChat, Speak]:
    """A group with the bot, and a way to say something there as `role` and read the answer."""
    owner = sandbox.add_user("Aigerim")
    bot_admin = sandbox.add_user("Analyst", user_id=BOT_ADMIN_ID)
    member = sandbox.add_user("Neighbour")
    group = await group_with_bot(sandbox, owner, bot_admin, member)
    channel = sandbox.add_channel("Aigerim's news", owner)
    await sandbox.set_member(group, owner, "administrator")

    async def speak(text: str) -> str:
        if role == "anonymous group admin":
            await sandbox.send_text_as_chat(owner, text, group, sender_chat=group)
        elif role == "channel":
            await sandbox.send_text_as_chat(owner, text, group, sender_chat=channel)
        else:
            sender = {"bot admin": bot_admin, "group admin": owner, "member": member}[role]
            await sandbox.send_text(sender, text, group)
        return (await sandbox.next_bot_message(group)).text or ""

    return group, speak


@dataclass(frozen=True)
class Rule:
    command: str
    passes: frozenset[str]  # the roles the rule lets through
    passed: str  # how the command's answer starts when it runs
    refusal: str


RULES = {
    "bot admins only": Rule(
        "/export",
        frozenset({"bot admin"}),
        "В файле результаты всех чатов, поэтому я присылаю его только в личке",
        "Выгружать результаты могут только админы бота.",
    ),
    "group admins only": Rule(
        "/region",
        frozenset({"group admin", "anonymous group admin"}),
        "У этого чата пока нет региона.",
        "Регион чата могут задавать только его админы.",
    ),
}


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("rule", RULES)
async def test_each_rule_lets_through_or_politely_refuses_each_role(
    sandbox: Sandbox, bot: SenimApplication, rule: str, role: str
) -> None:
    _group, speak = await group_speaker(sandbox, role)
    answer = await speak(RULES[rule].command)
    if role in RULES[rule].passes:
        assert answer.startswith(RULES[rule].passed)
    else:
        assert answer == RULES[rule].refusal


async def test_on_a_button_the_refusal_is_an_alert_and_changes_nothing(
    sandbox: Sandbox, bot: SenimApplication
) -> None:
    owner = sandbox.add_user("Aigerim")
    member = sandbox.add_user("Neighbour")
    group = await group_with_bot(sandbox, owner, member)
    await sandbox.send_text(owner, "/lang", group)
    keyboard = await sandbox.next_bot_message(group)
    pressed = await sandbox.press_button(member, keyboard, "lang:en")
    await sandbox.wait_until(lambda: pressed.answer is not None)
    assert pressed.answer is not None
    assert pressed.answer["text"] == "Язык чата могут менять только его админы."
    assert pressed.answer["show_alert"] is True
    assert keyboard.text == "Выберите язык:"
    await sandbox.press_button(owner, keyboard, "lang:en")
    await sandbox.wait_until(lambda: keyboard.text != "Выберите язык:")
    assert keyboard.text == "Done! I'll speak English in this chat from now on."
