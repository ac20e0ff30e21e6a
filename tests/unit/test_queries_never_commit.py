"""Queries never end a transaction: the service running the action commits it, once."""

from __future__ import annotations

import ast
from pathlib import Path

QUERIES = Path(__file__).parents[2] / "db" / "queries"
ENDS = {"commit", "rollback"}


def transaction_ends(source: str) -> list[int]:
    """Lines calling `.commit()` or `.rollback()` on anything."""
    return [
        node.lineno
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr in ENDS
    ]


def test_no_query_commits_or_rolls_back() -> None:
    found = {
        path.name: lines
        for path in sorted(QUERIES.glob("*.py"))
        if (lines := transaction_ends(path.read_text(encoding="utf-8")))
    }
    assert found == {}


def test_the_scan_sees_a_commit_however_it_is_written() -> None:
    source = "async def f(s):\n    await s.commit()\n    await (s).rollback(\n    )\n"
    assert transaction_ends(source) == [2, 3]
    assert transaction_ends("# session.commit() in a comment\n'''s.commit()'''\n") == []
