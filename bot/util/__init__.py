"""Small helpers every layer uses: translations, numbers and dates per language, input errors,
logging set-up. They know nothing of Telegram, the database or the features."""
