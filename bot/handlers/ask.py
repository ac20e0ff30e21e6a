"""Questions about the police: any text in private; /ask, replies and mentions in groups."""

from __future__ import annotations

from telegram import MessageEntity, Update
from telegram.constants import ChatType
from telegram.ext import CommandHandler, MessageHandler, filters

from bot.handlers.chat_kind import sent
from bot.handlers.context import SenimApplication, SenimContext
from bot.qa.conversation import Conversation
from bot.qa.intents import ACK


def conversation_of(context: SenimContext) -> Conversation:
    """Follow-ups resolve against what was asked before in the same chat (in memory only: a
    restart forgets the topic, and so does a long silence among many chats: see ChatMemory)."""
    memory = context.memory
    return memory.conversation if memory is not None else Conversation()


async def answer_question(
    update: Update, context: SenimContext, question: str, *, only_in_scope: bool = False
) -> None:
    """`only_in_scope`: a neighbour's chit-chat in reply to the bot gets no lecture back."""
    message, chat, _user = sent(update)
    if not question.strip():
        _ = await context.translator(update)
        await message.reply_text(
            _(
                "Add your question after the command, for example:\n"
                "<code>/ask how many people trust the police?</code>"
            )
        )
        return
    qa, conversation = context.services.qa, conversation_of(context)
    own = qa.own_language(question, conversation)
    language = own or await context.language(update)
    answer = qa.answer(question, language=language, conversation=conversation, own_language=own)
    if only_in_scope and not answer.in_scope:
        return
    if answer.intent == ACK and chat.type != ChatType.PRIVATE:
        return  # "спасибо" in a group is for the neighbours, not a cue to talk
    await message.reply_text(answer.text)


async def private_text(update: Update, context: SenimContext) -> None:
    message, _chat, _user = sent(update)
    await answer_question(update, context, message.text or "")


async def ask_command(update: Update, context: SenimContext) -> None:
    await answer_question(update, context, " ".join(context.args or ()))


async def group_text(update: Update, context: SenimContext) -> None:
    """A message that mentions the bot is a question; so is a reply to the bot, when it is about
    the police. Other chatter is not ours."""
    message, _chat, _user = sent(update)
    replied = message.reply_to_message
    mention = "@" + context.bot.username.lower()
    mentions = [
        text
        for text in message.parse_entities([MessageEntity.MENTION]).values()
        if text.lower() == mention
    ]
    replied_to_bot = (
        replied is not None
        and replied.from_user is not None
        and (replied.from_user.id == context.bot.id)
    )
    if not mentions and not replied_to_bot:
        return
    question = message.text or ""
    for text in mentions:
        question = question.replace(text, " ")
    await answer_question(update, context, question.strip(), only_in_scope=not mentions)


def register(application: SenimApplication) -> None:
    application.add_handler(CommandHandler("ask", ask_command))
    application.add_handler(
        MessageHandler(filters.ChatType.PRIVATE & filters.TEXT & ~filters.COMMAND, private_text)
    )
    application.add_handler(
        MessageHandler(filters.ChatType.GROUPS & filters.TEXT & ~filters.COMMAND, group_text)
    )
