"""Without persistence, the application keeps no marks of the chats and people it heard from."""

from __future__ import annotations

from datetime import UTC, datetime

from telegram import Chat, Message, Update, User
from telegram.ext import Application

from bot.handlers.unpersisted import UnpersistedApplication


def test_no_marks_kept_for_persistence() -> None:
    application = Application.builder().application_class(UnpersistedApplication).token("1:x")
    app = application.build()
    person = User(7, "Person", is_bot=False)
    message = Message(1, datetime.now(UTC), Chat(7, Chat.PRIVATE), from_user=person, text="hi")
    app._mark_for_persistence_update(update=Update(1, message=message))
    app.chat_data[7].clear()
    app.drop_chat_data(7)
    app.drop_user_data(7)
    assert not app._chat_ids_to_be_updated_in_persistence
    assert not app._user_ids_to_be_updated_in_persistence
    assert not app._chat_ids_to_be_deleted_in_persistence
    assert not app._user_ids_to_be_deleted_in_persistence
