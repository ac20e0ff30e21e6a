"""Senim: a Telegram bot about public trust in the police in Kazakhstan."""
