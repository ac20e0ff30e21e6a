"""The foundation through the sandbox: start, help, language, figures, group membership."""

from __future__ import annotations

import pytest

from bot.handlers.context import SenimApplication
from bot.qa import QAEngine
from bot.sandbox import Sandbox
from bot.services import Services
from db.queries import chats
from tests.e2e.talk import group_with_bot, reply_text, say

KAZAKH = "әғқңөұүһі"


def services(bot: SenimApplication) -> Services:
    found: Services = bot.bot_data["services"]
    return found


async def test_start_greets_in_the_users_language_with_a_menu(
    sandbox: Sandbox, bot: SenimApplication
) -> None:
    aigerim = sandbox.add_user("Aigerim", language_code="kk")
    reply = await say(sandbox, aigerim, "/start")
    assert "Сенім" in reply.text
    assert any(letter in reply.text for letter in KAZAKH)
    assert [b.callback_data for b in reply.buttons] == ["menu:poll", "menu:figures", "menu:lang"]


async def test_help_then_lang_kk_then_help_in_kazakh(
    sandbox: Sandbox, bot: SenimApplication
) -> None:
    ivan = sandbox.add_user("Ivan", language_code="ru")
    assert "Что я умею" in await reply_text(sandbox, ivan, "/help")
    assert "қазақша" in await reply_text(sandbox, ivan, "/lang kk")
    assert "Мен не істей аламын" in await reply_text(sandbox, ivan, "/help")


async def test_an_unsupported_telegram_language_falls_back_to_the_default(
    sandbox: Sandbox, bot: SenimApplication
) -> None:
    hans = sandbox.add_user("Hans", language_code="de")
    assert "Что я умею" in await reply_text(sandbox, hans, "/help")


async def test_lang_without_a_choice_offers_buttons_that_work(
    sandbox: Sandbox, bot: SenimApplication
) -> None:
    emma = sandbox.add_user("Emma", language_code="ru")
    choice = await say(sandbox, emma, "/lang")
    assert [b.callback_data for b in choice.buttons] == ["lang:ru", "lang:kk", "lang:en"]
    await sandbox.press_button(emma, choice, "lang:en")
    await sandbox.wait_until(lambda: "English" in (choice.text or ""))
    assert "What I can do" in await reply_text(sandbox, emma, "/help")


async def test_an_unknown_language_gets_a_polite_answer_and_changes_nothing(
    sandbox: Sandbox, bot: SenimApplication
) -> None:
    user = sandbox.add_user("Asel", language_code="ru")
    reply = await say(sandbox, user, "/lang <xx>")
    assert "«<xx>»" in reply.text and "ru, kk" in reply.text
    assert "Что я умею" in await reply_text(sandbox, user, "/help")


async def test_figures_come_from_the_database_with_their_source(
    sandbox: Sandbox, bot: SenimApplication
) -> None:
    user = sandbox.add_user("Dana", language_code="en")
    text = await reply_text(sandbox, user, "/figures")
    assert "2019: 38%, 2025: 63%" in text and "2025: 37%" in text and "one in 7" in text
    assert "800 thousand" in text and "500 thousand" in text
    assert "Kursiv, October 13, 2025" in text and "General Prosecutor" in text


async def test_the_figures_button_of_the_menu(sandbox: Sandbox, bot: SenimApplication) -> None:
    user = sandbox.add_user("Nurlan", language_code="ru")
    menu = await say(sandbox, user, "/start")
    await sandbox.press_button(user, menu, "menu:figures")
    figures = await sandbox.next_bot_message(sandbox.private_chat(user))
    assert "Официальные цифры" in figures.text


async def test_unknown_commands_get_a_hint(sandbox: Sandbox, bot: SenimApplication) -> None:
    user = sandbox.add_user("Olzhas", language_code="ru")
    assert "/help" in await reply_text(sandbox, user, "/dance")


async def test_added_to_a_group_it_greets_once_and_removed_it_goes_quiet(
    sandbox: Sandbox, bot: SenimApplication
) -> None:
    admin = sandbox.add_user("Gulnara", language_code="kk")
    group = sandbox.add_group("Дом 12", admin)
    await sandbox.add_bot_to_group(group, by=admin)
    greeting = await sandbox.next_bot_message(group)
    assert "/ask" in greeting.text and any(letter in greeting.text for letter in KAZAKH)
    async with services(bot).sessions() as session:
        stored = await chats.get_chat(session, group.id)
        assert stored is not None and stored.active and stored.title == "Дом 12"
    await sandbox.remove_bot_from_group(group, by=admin)
    await sandbox.wait_idle()
    async with services(bot).sessions() as session:
        stored = await chats.get_chat(session, group.id)
        assert stored is not None and not stored.active
    assert len(sandbox.bot_messages(group)) == 1


async def test_a_group_that_becomes_a_supergroup_keeps_its_settings(
    sandbox: Sandbox, bot: SenimApplication
) -> None:
    admin = sandbox.add_user("Marat", language_code="ru")
    group = await group_with_bot(sandbox, admin, title="ЖК Нурлы")
    await say(sandbox, admin, "/lang kk", group)
    supergroup = await sandbox.migrate_to_supergroup(group)
    await sandbox.wait_idle()
    async with services(bot).sessions() as session:
        old = await chats.get_chat(session, group.id)
        new = await chats.get_chat(session, supergroup.id)
    assert old is not None and not old.active
    assert new is not None and new.active and new.language == "kk" and new.type == "supergroup"
    assert "Бұл чатта" in await reply_text(sandbox, admin, "/help", supergroup)


async def test_only_group_admins_change_the_chats_language(
    sandbox: Sandbox, bot: SenimApplication
) -> None:
    admin = sandbox.add_user("Erlan", language_code="ru")
    neighbour = sandbox.add_user("Saule", language_code="ru")
    group = await group_with_bot(sandbox, admin, neighbour, title="Подъезд 3")
    assert "только его админы" in await reply_text(sandbox, neighbour, "/lang en", group)
    assert "Что я умею в этом чате" in await reply_text(sandbox, neighbour, "/help", group)


async def test_the_command_menus_are_published_per_audience_and_language(
    sandbox: Sandbox, bot: SenimApplication
) -> None:
    """Published in the background while the bot already polls: wait for them."""
    wanted = {
        (scope, language)
        for scope in ("all_private_chats", "all_group_chats", "all_chat_administrators")
        for language in ("ru", "kk", "en", None)
    }

    def published() -> bool:
        calls = [call for call in sandbox.requests if call.method == "setMyCommands"]
        scopes = {
            (call.params["scope"]["type"], call.params.get("language_code")) for call in calls
        }
        return wanted <= scopes

    await sandbox.wait_until(published)


async def test_a_failing_handler_apologises_and_the_bot_keeps_running(
    sandbox: Sandbox, bot: SenimApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_args: object) -> str:
        raise RuntimeError("the figures are on fire")

    monkeypatch.setattr(QAEngine, "overview", broken)
    user = sandbox.add_user("Timur", language_code="en")
    assert "something went wrong" in await reply_text(sandbox, user, "/figures")
    assert "What I can do" in await reply_text(sandbox, user, "/help")


async def test_the_survey_button_of_the_menu_starts_the_survey(
    sandbox: Sandbox, bot: SenimApplication
) -> None:
    user = sandbox.add_user("Aruzhan", language_code="ru")
    chat = sandbox.private_chat(user)
    menu = await say(sandbox, user, "/start")
    await sandbox.press_button(user, menu, "menu:poll")
    assert "/privacy" in (await sandbox.next_bot_message(chat)).text
    first = await sandbox.next_bot_message(chat)
    assert first.poll is not None and first.poll.question == "Вы доверяете полиции?"


async def test_forgetme_also_forgets_the_chosen_language(
    sandbox: Sandbox, bot: SenimApplication
) -> None:
    user = sandbox.add_user("Bauyrzhan", language_code="ru")
    assert "қазақша" in await reply_text(sandbox, user, "/lang kk")
    question = await say(sandbox, user, "/forgetme")
    await sandbox.press_button(user, question, "forget:yes")
    await sandbox.wait_until(lambda: "Дайын" in (question.text or ""))
    assert "Что я умею" in await reply_text(sandbox, user, "/help")


async def test_while_the_database_is_away_the_person_hears_once_and_is_answered_later(
    sandbox: Sandbox, bot: SenimApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bot.handlers import context

    working = context.language_for

    async def unreachable(*_args: object, **_kwargs: object) -> str:
        raise ConnectionError("the database went away")

    monkeypatch.setattr("bot.handlers.context.language_for", unreachable)
    user = sandbox.add_user("Kuanysh", language_code="kk")
    assert "Дерекқорым" in await reply_text(sandbox, user, "/help")
    monkeypatch.setattr("bot.handlers.context.language_for", working)
    later = await sandbox.next_bot_message(sandbox.private_chat(user), timeout=10)
    assert "Мен не істей аламын" in (later.text or "")
