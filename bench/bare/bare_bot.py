"""The yardstick for bench/bot_throughput.py: a bare python-telegram-bot bot doing the same
visible work as Senim with nothing behind it (no database, no question understanding).

    BOT_TOKEN=… TELEGRAM_API_BASE_URL=… python bench/bare/bare_bot.py

Text in private gets a fixed answer; /poll runs a four-question survey of native polls, one
after another, keeping the votes in memory; then a thank-you. PTB's defaults otherwise: long
polling, one update at a time.
"""

from __future__ import annotations

import os

from telegram import Update
from telegram.ext import (
    Application,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    PollAnswerHandler,
    filters,
)

QUESTIONS = 4
OPTIONS = ["Trust", "Partly", "Do not trust", "Hard to say"]
ANSWER = (
    "About 63% of citizens say they trust the police (2025); the first measurement, in 2019, "
    "showed 38%. Source: Kursiv, 2025-10-13."
)

votes: dict[tuple[int, int], list[int]] = {}
asked: dict[str, tuple[int, int]] = {}


async def answer(update: Update, _context: ContextTypes.DEFAULT_TYPE) -> None:
    assert update.effective_message is not None
    await update.effective_message.reply_text(ANSWER)


async def survey(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    assert update.effective_chat is not None
    await context.bot.send_message(update.effective_chat.id, "Four short questions.")
    await ask(context, update.effective_chat.id, 0)


async def ask(context: ContextTypes.DEFAULT_TYPE, chat_id: int, number: int) -> None:
    message = await context.bot.send_poll(
        chat_id, f"Question {number + 1}?", OPTIONS, is_anonymous=False
    )
    assert message.poll is not None
    asked[message.poll.id] = (chat_id, number)


async def voted(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    answer = update.poll_answer
    assert answer is not None
    if answer.poll_id not in asked:
        return
    chat_id, number = asked[answer.poll_id]
    votes[chat_id, number] = list(answer.option_ids)
    if number + 1 < QUESTIONS:
        await ask(context, chat_id, number + 1)
    else:
        await context.bot.send_message(chat_id, "Thank you!")


def main() -> None:
    application = (
        Application.builder()
        .token(os.environ["BOT_TOKEN"])
        .base_url(os.environ["TELEGRAM_API_BASE_URL"])
        .build()
    )
    application.add_handler(CommandHandler("poll", survey))
    application.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, answer))
    application.add_handler(PollAnswerHandler(voted))
    application.run_polling(allowed_updates=Update.ALL_TYPES)


if __name__ == "__main__":
    main()
