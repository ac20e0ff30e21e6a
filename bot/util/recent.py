"""The most recently used keys with their values, at most `capacity`: in-memory caches and
memories that must not grow with every chat, person or poll ever seen."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Hashable
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class Recent(Generic[K, V]):
    """The least recently used keys go first when it is full."""

    def __init__(self, capacity: int) -> None:
        self._capacity = capacity
        self._values: OrderedDict[K, V] = OrderedDict()

    def __contains__(self, key: K) -> bool:
        return key in self._values

    def lookup(self, key: K) -> tuple[bool, V | None]:
        """(known, value): a known key may hold None."""
        if key not in self._values:
            return False, None
        self._values.move_to_end(key)
        return True, self._values[key]

    def remember(self, key: K, value: V) -> list[K]:
        """Keep `value` under `key`; returns the keys dropped to make room."""
        self._values[key] = value
        self._values.move_to_end(key)
        dropped = []
        while len(self._values) > self._capacity:
            oldest, _ = self._values.popitem(last=False)
            dropped.append(oldest)
        return dropped

    def forget(self, key: K) -> None:
        self._values.pop(key, None)


class RecentKeys(Recent[K, None]):
    """Keys only: a bounded set of what was seen last."""

    def add(self, key: K) -> None:
        self.remember(key, None)
