"""The shape of `bot/`, checked by reading its imports, so that a seam cannot quietly regress.

Every import counts, including those inside functions: a cycle hidden in a function body is
still a cycle between packages.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from functools import cache
from pathlib import Path

BOT = Path(__file__).resolve().parents[2] / "bot"


def module_name(path: Path) -> str:
    parts = path.relative_to(BOT.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported(path: Path) -> Iterator[str]:
    """The absolute names of the modules `path` imports (for `from a import b`, both a and a.b)."""
    package = (
        module_name(path) if path.name == "__init__.py" else module_name(path).rpartition(".")[0]
    )
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            yield base
            yield from (f"{base}.{alias.name}" for alias in node.names)


@cache
def imports() -> dict[str, frozenset[str]]:
    return {module_name(path): frozenset(imported(path)) for path in sorted(BOT.rglob("*.py"))}


def unit(module: str) -> str:
    """The package of `bot/` a module belongs to, or the module itself at the root of `bot/`."""
    return ".".join(module.split(".")[:2])


def package_graph() -> dict[str, set[str]]:
    modules = imports()
    units = {unit(module) for module in modules if module != "bot"}
    graph: dict[str, set[str]] = {name: set() for name in units}
    for module, names in modules.items():
        if module == "bot":
            continue
        for name in names:
            if name.startswith("bot.") and unit(name) in units and unit(name) != unit(module):
                graph[unit(module)].add(unit(name))
    return graph


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One cycle of `graph` as a path that returns to its start, or None."""
    done: set[str] = set()

    def visit(node: str, path: list[str]) -> list[str] | None:
        if node in path:
            return [*path[path.index(node) :], node]
        if node in done:
            return None
        for target in sorted(graph[node]):
            if found := visit(target, [*path, node]):
                return found
        done.add(node)
        return None

    for start in sorted(graph):
        if found := visit(start, []):
            return found
    return None


def test_packages_of_bot_import_each_other_without_a_cycle() -> None:
    assert find_cycle(package_graph()) is None


def test_the_cycle_finder_finds_a_cycle() -> None:
    graph = {"bot.a": {"bot.b"}, "bot.b": {"bot.c"}, "bot.c": {"bot.a"}, "bot.d": {"bot.a"}}
    assert find_cycle(graph) == ["bot.a", "bot.b", "bot.c", "bot.a"]
    assert find_cycle({"bot.a": {"bot.b"}, "bot.b": set()}) is None


def test_stats_is_maths_on_plain_values() -> None:
    """The maths never reads the database, nor reaches back into the services that feed it."""
    for module, names in imports().items():
        if unit(module) == "bot.stats":
            forbidden = {
                name
                for name in names
                if name.startswith(
                    ("sqlmodel", "sqlalchemy", "db.queries", "db.engine", "telegram")
                )
                or (name.startswith("bot.") and unit(name) != "bot.stats")
            }
            assert not forbidden, f"{module} imports {sorted(forbidden)}"


SHARED_HANDLERS = {
    "bot.handlers.access",
    "bot.handlers.actions",
    "bot.handlers.chat_kind",
    "bot.handlers.commands",
    "bot.handlers.context",
    "bot.handlers.error_reports",
    "bot.handlers.fallback_bot",
    "bot.handlers.health",
    "bot.handlers.intake",
    "bot.handlers.leadership",
    "bot.handlers.ordering",
    "bot.handlers.send_budget",
}
"""The parts of the edge every feature may use: the access rules, the bot's own actions, the
chat-kind checks, the command menus, the typed context, the error reports, the fallback bot, the
durable intake, the leader's jobs, the per-chat ordering, the shared send budget and the health
check. `bot.handlers` itself wires the features together and may import them all."""


def handler_imports() -> dict[str, set[str]]:
    modules = imports()
    handlers = {module for module in modules if module.startswith("bot.handlers.")}
    return {
        module: {name for name in modules[module] if name in handlers and name != module}
        for module in handlers
    }


def test_a_feature_handler_imports_no_other_feature() -> None:
    for module, names in handler_imports().items():
        assert names <= SHARED_HANDLERS, f"{module} imports {sorted(names - SHARED_HANDLERS)}"


def test_the_shared_part_of_the_edge_imports_no_feature() -> None:
    for module, names in handler_imports().items():
        if module in SHARED_HANDLERS:
            assert names <= SHARED_HANDLERS, f"{module} imports {sorted(names)}"


TELEGRAM_EDGE = ("bot.handlers", "bot.app", "bot.runner", "bot.sandbox")


def test_only_the_edge_imports_telegram() -> None:
    outside = {
        module
        for module, names in imports().items()
        if any(name == "telegram" or name.startswith("telegram.") for name in names)
        and not any(module == edge or module.startswith(edge + ".") for edge in TELEGRAM_EDGE)
    }
    assert not outside, f"telegram imported outside the edge: {sorted(outside)}"


def test_the_root_of_bot_holds_only_the_entry_points() -> None:
    """Services, utilities and the edge live in their packages; the root shows the architecture."""
    root = {path.stem for path in BOT.glob("*.py")}
    assert root == {"__init__", "app", "cli", "config", "offline", "runner"}
