"""Injected faults: what a test asks the next requests of a method to suffer."""

from __future__ import annotations

from dataclasses import dataclass

from bot.sandbox.errors import ApiError, bad_request, too_many_requests

FAULT_KINDS = frozenset({"400", "429", "500", "502", "delay", "drop", "lost"})


@dataclass
class Fault:
    """`times` requests to `method` get this fault; None means every request from now on."""

    method: str
    kind: str
    retry_after: int = 1
    seconds: float = 0.0
    times: int | None = 1

    def error(self) -> ApiError | None:
        """The error answer this fault gives instead of the real one, if it gives one."""
        if self.kind == "429":
            return too_many_requests(self.retry_after)
        if self.kind == "400":
            return bad_request("the request is malformed (injected)")
        if self.kind == "500":
            return ApiError(500, "Internal Server Error")
        if self.kind == "502":
            return ApiError(502, "Bad Gateway")
        return None


class Faults:
    def __init__(self) -> None:
        self._planned: list[Fault] = []

    def add(self, fault: Fault) -> None:
        if fault.kind not in FAULT_KINDS:
            raise ValueError(f"fault kind must be one of {sorted(FAULT_KINDS)}, not {fault.kind!r}")
        self._planned.append(fault)

    def take(self, method: str) -> Fault | None:
        """The fault for this request to `method`, using up one of its `times`."""
        for fault in self._planned:
            if fault.method.lower() == method.lower():
                if fault.times is not None:
                    fault.times -= 1
                    if fault.times <= 0:
                        self._planned.remove(fault)
                return fault
        return None
