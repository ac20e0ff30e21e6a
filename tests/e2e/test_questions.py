"""Questions through the sandbox: private chats, follow-ups, Kazakh, and asking in groups."""

from __future__ import annotations

import pytest

from bot.config import Settings
from bot.handlers import context
from bot.handlers.context import ChatMemory, SenimApplication
from bot.sandbox import Sandbox
from tests.e2e.conftest import running_bot
from tests.e2e.talk import group_with_bot, reply_text


async def test_a_private_question_and_its_follow_up(
    sandbox: Sandbox, bot: SenimApplication
) -> None:
    user = sandbox.add_user("Aidos", language_code="ru")
    now = await reply_text(sandbox, user, "Сколько казахстанцев доверяют полиции?")
    assert "63%" in now and "Курсив" in now
    then = await reply_text(sandbox, user, "а в 2019?")
    assert "38%" in then and "63%" not in then.split("Источник")[0]


async def test_reasons_then_more_about_corruption(sandbox: Sandbox, bot: SenimApplication) -> None:
    user = sandbox.add_user("Aliya", language_code="ru")
    reasons = await reply_text(sandbox, user, "почему не доверяют полиции")
    assert "коррупц" in reasons.lower() and "формализм" in reasons.lower()
    corruption = await reply_text(sandbox, user, "подробнее про коррупцию")
    assert "каждый седьмой" in corruption and "взятки" in corruption


async def test_a_kazakh_question_is_answered_in_kazakh(
    sandbox: Sandbox, bot: SenimApplication
) -> None:
    user = sandbox.add_user("Ruslan", language_code="ru")
    answer = await reply_text(sandbox, user, "Полицияға қанша адам сенеді?")
    assert "63%" in answer and "Дереккөз" in answer


async def test_an_unknown_year_gets_the_truth(sandbox: Sandbox, bot: SenimApplication) -> None:
    user = sandbox.add_user("Kate", language_code="en")
    answer = await reply_text(sandbox, user, "what was the trust level in 2022?")
    assert "2022" in answer and "no official" in answer and "%" not in answer


async def test_out_of_scope_gets_no_figure(sandbox: Sandbox, bot: SenimApplication) -> None:
    user = sandbox.add_user("Bolat", language_code="ru")
    answer = await reply_text(sandbox, user, "какая завтра погода в Алматы?")
    assert "%" not in answer and "полиции" in answer


async def test_ask_in_a_group_and_ask_alone(sandbox: Sandbox, bot: SenimApplication) -> None:
    admin = sandbox.add_user("Zhanna", language_code="ru")
    group = await group_with_bot(sandbox, admin)
    assert "63%" in await reply_text(sandbox, admin, "/ask сколько людей доверяют полиции", group)
    assert "/ask" in await reply_text(sandbox, admin, "/ask", group)


async def test_a_mention_and_a_reply_to_the_bot_are_questions(
    sandbox: Sandbox, bot: SenimApplication
) -> None:
    admin = sandbox.add_user("Serik", language_code="ru")
    neighbour = sandbox.add_user("Madina", language_code="ru")
    group = await group_with_bot(sandbox, admin, neighbour)
    mention = f"@{sandbox.bot.username} почему люди не доверяют полиции?"
    await sandbox.send_text(neighbour, mention, chat=group)
    reasons = await sandbox.next_bot_message(group)
    assert "коррупц" in (reasons.text or "").lower()
    await sandbox.send_text(neighbour, "а подробнее про коррупцию", chat=group, reply_to=reasons)
    assert "каждый седьмой" in (await sandbox.next_bot_message(group)).text


async def test_group_chatter_is_left_alone(sandbox: Sandbox, bot: SenimApplication) -> None:
    admin = sandbox.add_user("Dias", language_code="ru")
    group = await group_with_bot(sandbox, admin)
    sandbox.privacy_mode = False
    await sandbox.send_text(admin, "Соседи, кто оставил коляску у лифта?", chat=group)
    await sandbox.wait_idle()
    assert len(sandbox.bot_messages(group)) == 1


async def test_chit_chat_in_reply_to_the_bot_gets_no_lecture(
    sandbox: Sandbox, bot: SenimApplication
) -> None:
    admin = sandbox.add_user("Asem", language_code="ru")
    group = await group_with_bot(sandbox, admin)
    await sandbox.send_text(admin, "/ask сколько людей доверяют полиции", chat=group)
    answer = await sandbox.next_bot_message(group)
    await sandbox.send_text(admin, "ну и ладно, пойду чай пить", chat=group, reply_to=answer)
    await sandbox.wait_idle()
    assert len(sandbox.bot_messages(group)) == 2
    await sandbox.send_text(admin, "а в 2019?", chat=group, reply_to=answer)
    assert "38%" in (await sandbox.next_bot_message(group)).text


async def test_a_long_chatty_question_is_answered(sandbox: Sandbox, bot: SenimApplication) -> None:
    user = sandbox.add_user("Gulnara", language_code="ru")
    story = (
        "Добрый вечер! Извините, что так длинно. У нас во дворе вчера опять подрались, вызвали "
        "полицию, приехали через час, соседи в чате спорят, кто прав. Мне вот интересно. "
        "Сколько людей в Казахстане вообще доверяют полиции?"
    )
    answer = await reply_text(sandbox, user, story)
    assert "63%" in answer and "Курсив" in answer


async def test_a_numbered_list_of_questions_gets_one_reply_answering_each(
    sandbox: Sandbox, bot: SenimApplication
) -> None:
    user = sandbox.add_user("Bolat", language_code="ru")
    answer = await reply_text(
        sandbox, user, "1) сколько доверяют полиции 2) а в 2019? 3) почему не доверяют"
    )
    assert answer.index("63%") < answer.index("38%") < answer.index("причин")
    assert answer.count("Курсив") == 1  # one source line for the figures of one publication


async def test_a_pronoun_follow_up_is_about_the_deputy(
    sandbox: Sandbox, bot: SenimApplication
) -> None:
    user = sandbox.add_user("Yerlan", language_code="ru")
    await reply_text(sandbox, user, "Сколько казахстанцев доверяют полиции?")
    who = await reply_text(sandbox, user, "а кто она вообще такая?")
    assert "Имашева" in who and "депутат" in who
    stance = await reply_text(sandbox, user, "а она сама доверяет полиции?")
    assert "бережёт" in stance


async def test_an_off_topic_switch_is_refused_without_figures(
    sandbox: Sandbox, bot: SenimApplication
) -> None:
    user = sandbox.add_user("Timur", language_code="ru")
    assert "63%" in await reply_text(sandbox, user, "сколько доверяют полиции?")
    switch = await reply_text(sandbox, user, "а сколько людей доверяют полиции в России?")
    assert "%" not in switch and not any(ch.isdigit() for ch in switch)


async def test_thanks_get_a_short_reply_in_private_and_silence_in_a_group(
    sandbox: Sandbox, bot: SenimApplication
) -> None:
    user = sandbox.add_user("Ainur", language_code="ru")
    await reply_text(sandbox, user, "сколько доверяют полиции?")
    thanks = await reply_text(sandbox, user, "спасибо!")
    assert thanks and len(thanks) < 100 and not any(ch.isdigit() for ch in thanks)
    admin = sandbox.add_user("Marat", language_code="ru")
    group = await group_with_bot(sandbox, admin)
    await sandbox.send_text(admin, "/ask сколько доверяют полиции", chat=group)
    answer = await sandbox.next_bot_message(group)
    await sandbox.send_text(admin, "спасибо", chat=group, reply_to=answer)
    await sandbox.send_text(admin, f"@{sandbox.bot.username} рахмет", chat=group)
    await sandbox.wait_idle()
    assert len(sandbox.bot_messages(group)) == 2


async def test_the_topic_is_kept_per_chat_in_memory_and_a_restart_forgets_it(
    settings: Settings, sandbox: Sandbox
) -> None:
    """Chat data is keyed by raw chat ids (a private chat's id is the person's Telegram id), so
    it is never written to disk: after a restart "а в 2019?" is about trust again."""
    user = sandbox.add_user("Aidos", language_code="ru")
    async with running_bot(settings, sandbox) as bot:
        await reply_text(sandbox, user, "Сколько людей не доверяют полиции?")
        then = await reply_text(sandbox, user, "а в 2019?")
        assert "отдельной цифры недоверия нет" in then
        memory = bot.chat_data[user.id]
        assert isinstance(memory, ChatMemory) and memory.conversation.topic is not None
    async with running_bot(settings, sandbox) as bot:
        then = await reply_text(sandbox, user, "а в 2019?")
        assert "полиции доверяли 38%" in then
        assert "недовери" not in then


async def test_only_the_chats_heard_from_last_are_remembered(
    sandbox: Sandbox, bot: SenimApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(context, "REMEMBERED_CHATS", 2)
    first, second, third = (sandbox.add_user(name, language_code="ru") for name in "ABC")
    for user in (first, second, first, third):
        await reply_text(sandbox, user, "Сколько казахстанцев доверяют полиции?")
    assert set(bot.chat_data) == {first.id, third.id}
    then = await reply_text(sandbox, first, "а в 2019?")
    assert "38%" in then
