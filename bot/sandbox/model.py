"""Users, chats and sent messages of the sandbox world, with their Telegram JSON forms."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from bot.sandbox.polls import SPoll

MEMBER_STATUSES = frozenset({"creator", "administrator", "member", "restricted"})
ADMIN_STATUSES = frozenset({"creator", "administrator"})
STATUSES = MEMBER_STATUSES | {"left", "kicked"}

JsonDict = dict[str, Any]


def _without_none(values: JsonDict) -> JsonDict:
    """Telegram leaves absent optional fields out instead of sending null."""
    return {key: value for key, value in values.items() if value is not None}


@dataclass(eq=False)
class SUser:
    id: int
    first_name: str
    is_bot: bool = False
    username: str | None = None
    last_name: str | None = None
    language_code: str | None = None

    def to_json(self) -> JsonDict:
        return _without_none(
            {
                "id": self.id,
                "is_bot": self.is_bot,
                "first_name": self.first_name,
                "last_name": self.last_name,
                "username": self.username,
                "language_code": self.language_code,
            }
        )


@dataclass(eq=False)
class SChat:
    """A private chat (id = the user's id), a group or a supergroup (negative ids).

    `messages` holds every live message as Telegram JSON; `bot_messages` what the bot sent,
    deleted ones included.
    """

    id: int
    type: str
    title: str | None = None
    user: SUser | None = None
    members: dict[int, str] = field(default_factory=dict)
    messages: dict[int, JsonDict] = field(default_factory=dict, repr=False)
    bot_messages: list[BotMessage] = field(default_factory=list, repr=False)
    last_message_id: int = 0
    started: bool = False
    blocked: bool = False
    migrated_to: int | None = None

    @property
    def is_group(self) -> bool:
        return self.type in ("group", "supergroup")

    @property
    def name(self) -> str:
        """How error messages and the terminal refer to the chat."""
        return self.title or (self.user.first_name if self.user else str(self.id))

    def status_of(self, user_id: int) -> str:
        if self.type == "private":
            return "member"
        return self.members.get(user_id, "left")

    def next_message_id(self) -> int:
        self.last_message_id += 1
        return self.last_message_id

    def to_json(self) -> JsonDict:
        if self.user is not None:
            return _without_none(
                {
                    "id": self.id,
                    "first_name": self.user.first_name,
                    "last_name": self.user.last_name,
                    "username": self.user.username,
                    "type": "private",
                }
            )
        return {"id": self.id, "title": self.title, "type": self.type}


def member_json(user: SUser, status: str) -> JsonDict:
    """A ChatMember object: its fields depend on the status."""
    member: JsonDict = {"status": status, "user": user.to_json()}
    if status == "creator":
        member["is_anonymous"] = False
    elif status == "administrator":
        member |= {"can_be_edited": False, "is_anonymous": False} | dict.fromkeys(
            (
                "can_manage_chat",
                "can_delete_messages",
                "can_manage_video_chats",
                "can_restrict_members",
                "can_promote_members",
                "can_change_info",
                "can_invite_users",
                "can_post_stories",
                "can_edit_stories",
                "can_delete_stories",
                "can_pin_messages",
            ),
            True,
        )
    elif status == "kicked":
        member["until_date"] = 0
    return member


@dataclass(frozen=True)
class SentFile:
    """A photo or document the bot sent; `data` is None when it was sent by URL or file id."""

    kind: str
    file_id: str
    data: bytes | None
    filename: str | None = None
    content_type: str | None = None


@dataclass(frozen=True)
class InlineButton:
    text: str
    callback_data: str | None = None
    url: str | None = None


@dataclass(eq=False)
class BotMessage:
    """A message the bot sent, as tests and the terminal look at it.

    `json` is the Message object as Telegram would return it now (edits update it);
    `source_text` keeps the text or caption as the bot sent it, before parse-mode parsing.
    """

    chat_id: int
    message_id: int
    json: JsonDict
    parse_mode: str | None = None
    source_text: str | None = None
    file: SentFile | None = None
    poll: SPoll | None = None
    edits: int = 0
    deleted: bool = False

    @property
    def text(self) -> str | None:
        """Plain text (tags stripped, entities unescaped); the caption for photos and files."""
        value = self.json.get("text", self.json.get("caption"))
        return str(value) if value is not None else None

    @property
    def entities(self) -> list[JsonDict]:
        return list(self.json.get("entities") or self.json.get("caption_entities") or [])

    @property
    def reply_markup(self) -> JsonDict | None:
        return self.json.get("reply_markup")

    @property
    def buttons(self) -> list[InlineButton]:
        """The inline keyboard, row by row, flattened."""
        rows = (self.reply_markup or {}).get("inline_keyboard", [])
        return [
            InlineButton(button["text"], button.get("callback_data"), button.get("url"))
            for row in rows
            for button in row
        ]

    def describe(self) -> str:
        """One line for failure messages: what kind of message and its beginning."""
        if self.poll is not None:
            kind = f"poll {self.poll.question!r}"
        elif self.file is not None:
            kind = f"{self.file.kind} {self.text or ''!r}"
        else:
            kind = repr((self.text or "")[:120])
        flags = " (deleted)" if self.deleted else ""
        return f"#{self.message_id} {kind}{flags}"
