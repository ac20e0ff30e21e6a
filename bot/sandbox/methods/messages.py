"""Sending, editing and deleting messages, and answering button presses."""

from __future__ import annotations

import struct

from bot.sandbox import validation
from bot.sandbox.errors import bad_request
from bot.sandbox.methods.base import Handler, Params, reply_fields
from bot.sandbox.model import ADMIN_STATUSES, BotMessage, JsonDict, SentFile
from bot.sandbox.spec import UploadedFile
from bot.sandbox.world import World

_IMAGE_SIGNATURES = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"GIF87a", b"GIF89a")
_NOT_MODIFIED = (
    "message is not modified: specified new message content and reply markup are exactly "
    "the same as a current content and reply markup of the message"
)


async def send_message(world: World, params: Params) -> JsonDict:
    chat = world.chat_for_bot(params.chat_id())
    text = params.need("text", str)
    parse_mode = params.opt("parse_mode", str)
    formatted = validation.message_text(text, parse_mode, params.opt("entities", list))
    content = {"text": formatted.text, "entities": formatted.entities_json()}
    sent = world.post_bot_message(
        chat,
        content | reply_fields(world, chat, params),
        parse_mode=parse_mode,
        source_text=text,
    )
    return sent.json


async def send_photo(world: World, params: Params) -> JsonDict:
    return _send_file(world, params, "photo")


async def send_document(world: World, params: Params) -> JsonDict:
    return _send_file(world, params, "document")


def _send_file(world: World, params: Params, kind: str) -> JsonDict:
    chat = world.chat_for_bot(params.chat_id())
    file = _file(world, kind, params.need(kind, object))
    source_caption = params.opt("caption", str)
    parse_mode = params.opt("parse_mode", str)
    caption = validation.caption(source_caption, parse_mode, params.opt("caption_entities", list))
    content = {
        kind: _photo_json(file) if kind == "photo" else _document_json(file),
        "caption": (caption.text or None) if caption else None,
        "caption_entities": caption.entities_json() if caption else None,
    }
    sent = world.post_bot_message(
        chat,
        content | reply_fields(world, chat, params),
        parse_mode=parse_mode,
        source_text=source_caption,
        file=file,
    )
    return sent.json


def _file(world: World, kind: str, value: object) -> SentFile:
    """An upload is kept with its bytes; a file id must be known; a URL is taken on trust."""
    if isinstance(value, UploadedFile):
        if kind == "photo" and not _is_image(value.data):
            raise bad_request("IMAGE_PROCESS_FAILED")
        file = SentFile(
            kind, f"sandbox-{kind}-{world.serial()}", value.data, value.filename, value.content_type
        )
        world.files[file.file_id] = file
        return file
    if isinstance(value, str) and value in world.files:
        return world.files[value]
    if isinstance(value, str) and value.startswith(("http://", "https://")):
        return SentFile(kind, f"sandbox-{kind}-{world.serial()}", None)
    raise bad_request("wrong file identifier/HTTP URL specified")


def _is_image(data: bytes) -> bool:
    is_webp = data[:4] == b"RIFF" and data[8:12] == b"WEBP"
    return data.startswith(_IMAGE_SIGNATURES) or is_webp


def _photo_json(file: SentFile) -> list[JsonDict]:
    width, height = _png_size(file.data or b"")
    return [
        {
            "file_id": file.file_id,
            "file_unique_id": f"u-{file.file_id}",
            "width": width,
            "height": height,
            "file_size": len(file.data or b""),
        }
    ]


def _png_size(data: bytes) -> tuple[int, int]:
    """Charts are PNGs; other formats report 0x0, which the bot never needs."""
    if data.startswith(_IMAGE_SIGNATURES[0]) and len(data) >= 24:
        width, height = struct.unpack(">II", data[16:24])
        return width, height
    return 0, 0


def _document_json(file: SentFile) -> JsonDict:
    document: JsonDict = {"file_id": file.file_id, "file_unique_id": f"u-{file.file_id}"}
    if file.filename:
        document["file_name"] = file.filename
    if file.content_type:
        document["mime_type"] = file.content_type
    if file.data is not None:
        document["file_size"] = len(file.data)
    return document


async def send_chat_action(world: World, params: Params) -> bool:
    world.chat_for_bot(params.chat_id())
    validation.chat_action(params.need("action", str))
    return True


async def edit_message_text(world: World, params: Params) -> JsonDict:
    sent = _message_to_edit(world, params)
    if "text" not in sent.json:
        raise bad_request("there is no text in the message to edit")
    text = params.opt("text", str) or ""
    parse_mode = params.opt("parse_mode", str)
    formatted = validation.message_text(text, parse_mode, params.opt("entities", list))
    # Like Telegram, an edit without reply_markup removes the inline keyboard.
    _edit(
        world,
        sent,
        {
            "text": formatted.text,
            "entities": formatted.entities_json(),
            "reply_markup": validation.reply_markup(params.opt("reply_markup", dict)),
        },
    )
    sent.parse_mode, sent.source_text = parse_mode, text
    return sent.json


async def edit_message_reply_markup(world: World, params: Params) -> JsonDict:
    sent = _message_to_edit(world, params)
    _edit(world, sent, {"reply_markup": validation.reply_markup(params.opt("reply_markup", dict))})
    return sent.json


def _message_to_edit(world: World, params: Params) -> BotMessage:
    if "inline_message_id" in params:
        raise bad_request("inline messages are not supported by the sandbox")
    chat = world.chat_for_bot(params.chat_id(), sending=False)
    message_id = params.need("message_id", int)
    if message_id not in chat.messages:
        raise bad_request("message to edit not found")
    sent = world.bot_message(chat, message_id)
    if sent is None:
        raise bad_request("message can't be edited")
    return sent


def _edit(world: World, sent: BotMessage, changes: JsonDict) -> None:
    if all(sent.json.get(key) == value for key, value in changes.items()):
        raise bad_request(_NOT_MODIFIED)
    world.edit_bot_message(sent, changes)


async def delete_message(world: World, params: Params) -> bool:
    chat = world.chat_for_bot(params.chat_id(), sending=False)
    message_id = params.need("message_id", int)
    message = chat.messages.get(message_id)
    if message is None:
        raise bad_request("message to delete not found")
    own = message["from"]["id"] == world.bot.id
    if chat.is_group and not own and chat.status_of(world.bot.id) not in ADMIN_STATUSES:
        raise bad_request("message can't be deleted")
    world.delete_message(chat, message_id)
    return True


async def answer_callback_query(world: World, params: Params) -> bool:
    query = world.callback_queries.get(params.need("callback_query_id", str))
    if query is None or query.answer is not None:
        raise bad_request("query is too old and response timeout expired or query ID is invalid")
    answer = {
        "text": validation.callback_answer_text(params.opt("text", str)),
        "show_alert": params.flag("show_alert"),
        "url": params.opt("url", str),
    }
    world.answer_callback(query, answer)
    return True


HANDLERS: dict[str, Handler] = {
    "sendMessage": send_message,
    "sendPhoto": send_photo,
    "sendDocument": send_document,
    "sendChatAction": send_chat_action,
    "editMessageText": edit_message_text,
    "editMessageReplyMarkup": edit_message_reply_markup,
    "deleteMessage": delete_message,
    "answerCallbackQuery": answer_callback_query,
}
