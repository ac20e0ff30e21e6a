"""The Bot API as data: decodes request parameters and checks objects against api.min.json.

api.min.json is the Bot API 10.1 description (see NOTICE). Driving the checks from it instead of
hand-written rules means the sandbox rejects what Telegram rejects for every method and type,
and tests can check the updates the sandbox builds against the same description.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from bot.sandbox.errors import bad_request, missing_parameter

_ARRAY = "Array of "
_INTEGER = re.compile(r"-?\d+")
_BOOLEANS = {"true": True, "false": False, "1": True, "0": False}
# A required String field whose description pins its value ("Scope type, must be chat") tells
# the subtypes of an abstract type (BotCommandScope, ChatMember, ...) apart.
_DISCRIMINATOR = re.compile(r'(?:must be|always) "?([a-z_]+)"?$')


@dataclass(frozen=True)
class UploadedFile:
    """A file sent in a multipart request."""

    filename: str | None
    content_type: str | None
    data: bytes


@dataclass(frozen=True)
class Field:
    name: str
    types: tuple[str, ...]
    required: bool
    pinned_value: str | None


@dataclass(frozen=True)
class Definition:
    """A method (its parameters) or a type (its fields, or its subtypes when abstract)."""

    name: str
    fields: tuple[Field, ...]
    subtypes: tuple[str, ...]


class _Mismatch(Exception):
    """A value does not fit its declared type; the message names the offending field."""


class BotApiSpec:
    """Methods and types of the Bot API, with the checks derived from them."""

    def __init__(self, raw: Mapping[str, Any]):
        self.version: str = raw["version"]
        self._methods = {name.lower(): _definition(m) for name, m in raw["methods"].items()}
        self._types = {name: _definition(t) for name, t in raw["types"].items()}

    def method(self, name: str) -> Definition | None:
        """Telegram matches method names case-insensitively."""
        return self._methods.get(name.lower())

    def type_definition(self, name: str) -> Definition:
        return self._types[name]

    def decode_params(
        self,
        method: Definition,
        raw: Mapping[str, object],
        files: Mapping[str, UploadedFile],
    ) -> dict[str, object]:
        """Typed parameters from form strings or JSON values; unknown parameters pass through.

        PTB sends strings as they are and every other value JSON-encoded, so a form value is
        read by the type the method declares for that parameter.
        """
        params: dict[str, object] = dict(raw)
        for field in method.fields:
            value = raw.get(field.name, files.get(field.name))
            if value is None or value == "":
                if field.required:
                    raise missing_parameter(field.name)
                params.pop(field.name, None)
                continue
            params[field.name] = self._decode(field, value, files)
        return params

    def check(self, value: object, type_name: str) -> None:
        """Raise ValueError when `value` is not a valid `type_name` object (tests use this)."""
        try:
            self._check(value, (type_name,), type_name)
        except _Mismatch as err:
            raise ValueError(str(err)) from None

    def _decode(self, field: Field, value: object, files: Mapping[str, UploadedFile]) -> object:
        for type_expr in field.types:
            candidate = _from_text(value, type_expr, files) if isinstance(value, str) else value
            if candidate is None:
                continue
            try:
                self._check(candidate, (type_expr,), field.name)
            except _Mismatch as err:
                if len(field.types) == 1:
                    raise bad_request(f"can't parse {field.name}: {err}") from None
                continue
            return candidate
        if isinstance(value, str) and _is_structured(field.types[0]):
            raise bad_request(f"can't parse {field.name} JSON object")
        raise bad_request(f'field "{field.name}" must be of type {" or ".join(field.types)}')

    def _check(self, value: object, types: tuple[str, ...], path: str) -> None:
        problems = []
        for type_expr in types:
            try:
                self._check_one(value, type_expr, path)
                return
            except _Mismatch as err:
                problems.append(str(err))
        if len(problems) == 1:
            raise _Mismatch(problems[0])
        raise _Mismatch(f'field "{path}" must be of type {" or ".join(types)}')

    def _check_one(self, value: object, type_expr: str, path: str) -> None:
        if type_expr.startswith(_ARRAY):
            if not isinstance(value, list):
                raise _Mismatch(f'field "{path}" must be an Array')
            for index, item in enumerate(value):
                self._check(item, (type_expr.removeprefix(_ARRAY),), f"{path}[{index}]")
            return
        if type_expr in _PRIMITIVES:
            if not _PRIMITIVES[type_expr](value):
                raise _Mismatch(f'field "{path}" must be of type {type_expr}')
            return
        definition = self._types.get(type_expr)
        if definition is None:
            return
        if definition.subtypes:
            self._check(value, self._fitting_subtypes(definition, value, path), path)
            return
        if not isinstance(value, dict):
            raise _Mismatch(f'field "{path}" must be an Object')
        for field in definition.fields:
            field_path = f"{path}.{field.name}"
            if field.name not in value:
                if field.required:
                    raise _Mismatch(f'field "{field_path}" is required')
                continue
            if field.pinned_value is not None and value[field.name] != field.pinned_value:
                raise _Mismatch(f'field "{field_path}" must be "{field.pinned_value}"')
            self._check(value[field.name], field.types, field_path)

    def _fitting_subtypes(
        self, definition: Definition, value: object, path: str
    ) -> tuple[str, ...]:
        """The subtypes whose pinned fields (`type`, `status`, ...) agree with `value`."""
        fitting = tuple(
            name
            for name in definition.subtypes
            if isinstance(value, dict)
            and all(
                value.get(field.name) == field.pinned_value
                for field in self._types[name].fields
                if field.pinned_value is not None
            )
        )
        if not fitting:
            raise _Mismatch(f'field "{path}" is not a known {definition.name}')
        return fitting


_PRIMITIVES = {
    "Integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "Float": lambda v: isinstance(v, int | float) and not isinstance(v, bool),
    "String": lambda v: isinstance(v, str),
    "Boolean": lambda v: isinstance(v, bool),
    "True": lambda v: v is True,
    "InputFile": lambda v: isinstance(v, UploadedFile | str),
}


def _is_structured(type_expr: str) -> bool:
    return type_expr.startswith(_ARRAY) or type_expr not in _PRIMITIVES


def _from_text(text: str, type_expr: str, files: Mapping[str, UploadedFile]) -> object | None:
    """Read a form string as `type_expr`; None when it cannot be one."""
    if type_expr in ("Integer", "Float"):
        if type_expr == "Integer" and not _INTEGER.fullmatch(text):
            return None
        try:
            return int(text) if type_expr == "Integer" else float(text)
        except ValueError:
            return None
    if type_expr in ("Boolean", "True"):
        return _BOOLEANS.get(text.lower())
    if type_expr == "InputFile":
        if text.startswith("attach://"):
            return files.get(text.removeprefix("attach://"))
        return text
    if type_expr == "String":
        return text
    try:
        parsed: object = json.loads(text)
    except ValueError:
        return None
    return parsed


def _definition(raw: Mapping[str, Any]) -> Definition:
    fields = tuple(
        Field(
            name=f["name"],
            types=tuple(f["types"]),
            required=f["required"],
            pinned_value=_pinned_value(f),
        )
        for f in raw.get("fields", ())
    )
    return Definition(name=raw["name"], fields=fields, subtypes=tuple(raw.get("subtypes", ())))


def _pinned_value(field: Mapping[str, Any]) -> str | None:
    if not field["required"] or field["types"] != ["String"]:
        return None
    match = _DISCRIMINATOR.search(field["description"])
    return match.group(1) if match else None


@cache
def bot_api() -> BotApiSpec:
    """The spec shipped with the package, parsed once per process."""
    text = resources.files("bot.sandbox").joinpath("api.min.json").read_text(encoding="utf-8")
    return BotApiSpec(json.loads(text))
