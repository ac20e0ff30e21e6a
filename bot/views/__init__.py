"""Text the bot shows, in the reader's language, apart from the Telegram objects that carry it."""
