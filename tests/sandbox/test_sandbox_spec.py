"""Request decoding and object checks driven by the Bot API description (api.min.json)."""

from __future__ import annotations

import pytest

from bot.sandbox.errors import ApiError
from bot.sandbox.spec import UploadedFile, bot_api


def decode(method: str, raw: dict[str, object], **files: UploadedFile) -> dict[str, object]:
    definition = bot_api().method(method)
    assert definition is not None
    return bot_api().decode_params(definition, raw, files)


def test_the_shipped_spec_is_bot_api_10_1() -> None:
    assert bot_api().version == "Bot API 10.1"
    assert bot_api().method("SENDMESSAGE") is bot_api().method("sendMessage")


def test_form_strings_are_read_by_their_declared_types() -> None:
    params = decode(
        "sendPoll",
        {
            "chat_id": "-1001",
            "question": "123",
            "options": '[{"text": "a"}, {"text": "b"}]',
            "is_anonymous": "false",
            "open_period": "60",
            "made_up": "kept as is",
        },
    )
    assert params == {
        "chat_id": -1001,
        "question": "123",
        "options": [{"text": "a"}, {"text": "b"}],
        "is_anonymous": False,
        "open_period": 60,
        "made_up": "kept as is",
    }
    assert decode("sendMessage", {"chat_id": "@channel", "text": "x"})["chat_id"] == "@channel"


def test_files_arrive_directly_or_by_attach_uri() -> None:
    chart = UploadedFile("chart.png", "image/png", b"\x89PNG")
    assert decode("sendPhoto", {"chat_id": "1"}, photo=chart)["photo"] is chart
    assert decode("sendPhoto", {"chat_id": "1", "photo": "attach://c"}, c=chart)["photo"] is chart
    assert decode("sendPhoto", {"chat_id": "1", "photo": "AgAD-file-id"})["photo"] == "AgAD-file-id"


@pytest.mark.parametrize(
    ("method", "raw", "error"),
    [
        ("sendMessage", {"chat_id": "1", "text": ""}, "Bad Request: message text is empty"),
        ("sendPhoto", {"chat_id": "1"}, "Bad Request: there is no photo in the request"),
        ("getChatMember", {"chat_id": "1"}, "Bad Request: user not found"),
        (
            "sendMessage",
            {"chat_id": "1", "text": "x", "disable_notification": "maybe"},
            'Bad Request: field "disable_notification" must be of type Boolean',
        ),
        (
            "sendMessage",
            {"chat_id": "1", "text": "x", "reply_markup": '{"inline_keyboard": [[{}]]}'},
            "Bad Request: can't parse reply_markup JSON object",
        ),
        (
            "sendPoll",
            {"chat_id": "1", "question": "q", "options": '[{"text": 5}]'},
            'Bad Request: can\'t parse options: field "options[0].text" must be of type String',
        ),
    ],
)
def test_missing_and_malformed_parameters(method: str, raw: dict[str, object], error: str) -> None:
    with pytest.raises(ApiError) as refused:
        decode(method, raw)
    assert refused.value.description == error


def test_object_checks_tell_subtypes_apart() -> None:
    user = {"id": 1, "is_bot": False, "first_name": "A"}
    bot_api().check({"status": "kicked", "user": user, "until_date": 0}, "ChatMember")
    with pytest.raises(ValueError, match='"ChatMember" is not a known ChatMember'):
        bot_api().check({"status": "owner", "user": user}, "ChatMember")
    with pytest.raises(ValueError, match=r'"ChatMember\.until_date" is required'):
        bot_api().check({"status": "kicked", "user": user}, "ChatMember")
    with pytest.raises(ValueError, match=r'"Update\.message\.chat" is required'):
        bot_api().check({"update_id": 1, "message": {"message_id": 1, "date": 0}}, "Update")
