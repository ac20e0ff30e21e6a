"""Errors the sandbox answers with, worded the way Telegram words them.

The bot's error handling is tested against these texts, so where Telegram's wording is known it is
copied here verbatim rather than paraphrased.
"""

from __future__ import annotations

from typing import Any


class ApiError(Exception):
    """A Bot API error answer: HTTP status, description and optional `parameters`."""

    def __init__(self, code: int, description: str, parameters: dict[str, Any] | None = None):
        super().__init__(description)
        self.code = code
        self.description = description
        self.parameters = parameters

    def to_json(self) -> dict[str, Any]:
        body: dict[str, Any] = {
            "ok": False,
            "error_code": self.code,
            "description": self.description,
        }
        if self.parameters:
            body["parameters"] = self.parameters
        return body


class SandboxError(ValueError):
    """A driver action a real Telegram client would not allow (e.g. voting in a closed poll)."""


def bad_request(reason: str, parameters: dict[str, Any] | None = None) -> ApiError:
    return ApiError(400, f"Bad Request: {reason}", parameters)


def forbidden(reason: str) -> ApiError:
    return ApiError(403, f"Forbidden: {reason}")


def too_many_requests(retry_after: int) -> ApiError:
    return ApiError(
        429, f"Too Many Requests: retry after {retry_after}", {"retry_after": retry_after}
    )


UNAUTHORIZED = ApiError(401, "Unauthorized")
NOT_FOUND = ApiError(404, "Not Found")

# What Telegram says when a required parameter is missing; other names get a generic sentence.
_MISSING = {
    "chat_id": "chat_id is empty",
    "text": "message text is empty",
    "question": "poll question must be non-empty",
    "options": "poll must have at least 2 option",
    "photo": "there is no photo in the request",
    "document": "there is no document in the request",
    "message_id": "message identifier is not specified",
    "callback_query_id": "query is too old and response timeout expired or query ID is invalid",
    "user_id": "user not found",
    "action": "action is empty",
    "commands": "commands is empty",
}


def missing_parameter(name: str) -> ApiError:
    return bad_request(_MISSING.get(name, f'parameter "{name}" is required'))
