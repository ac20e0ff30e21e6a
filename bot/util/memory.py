"""The process's resident memory: glibc keeps what Python frees for later, in per-thread arenas,
unless it is told otherwise. On other C libraries these do nothing and say so."""

from __future__ import annotations

import ctypes

M_ARENA_MAX = -8  # glibc's mallopt parameter
MALLOC_ARENAS = 2

_LIBC = ctypes.CDLL(None)  # the process's own C library


def few_malloc_arenas() -> bool:
    """glibc gives threads that allocate arenas of their own (the SQLite connection's, the
    executor's); their fragments held a few MB of resident memory after a busy hour. One event
    loop needs no more than two (as MALLOC_ARENA_MAX=2 would set). True if the C library took
    the setting."""
    mallopt = getattr(_LIBC, "mallopt", None)
    return mallopt is not None and bool(mallopt(M_ARENA_MAX, MALLOC_ARENAS))


def return_freed_memory() -> bool:
    """After a one-off burst of allocations (building the Q&A engine: its word lists and
    indexes are built from several times their final size), hand the freed pages back to the
    system instead of keeping them resident for the process's life. True if any were."""
    malloc_trim = getattr(_LIBC, "malloc_trim", None)
    return malloc_trim is not None and bool(malloc_trim(0))
