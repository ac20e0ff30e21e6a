"""The `senim` command: run the bot, ask questions offline, chat in the terminal, manage data."""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
from collections.abc import Callable, Coroutine, Sequence
from pathlib import Path
from typing import Any

from bot.config import LANGUAGES, ConfigError, Settings, load_settings
from bot.util.logs import configure_logging
from db.url import async_database_url

EXIT_USAGE = 2
EXIT_START_UP = 1
EXIT_INTERRUPTED = 130
EXIT_CLOSED_PIPE = 141
NO_TOKEN = (
    "BOT_TOKEN is not set. Get a token from @BotFather in Telegram (/newbot), then put "
    "BOT_TOKEN=... into .env or the environment. To try the bot without a token: senim chat"
)


def main(argv: Sequence[str] | None = None) -> int:
    """Every command: a closed pipe (`| head`) or Ctrl-C ends it quietly, without a traceback."""
    try:
        return _main(argv)
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # Python would complain again when flushing stdout at exit; point it at /dev/null.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_CLOSED_PIPE


def _main(argv: Sequence[str] | None) -> int:
    args = parser().parse_args(argv)
    try:
        settings = load_settings()
    except ConfigError as exc:
        print(f"senim: configuration error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    command: Callable[[argparse.Namespace, Settings], int] = args.handler
    return command(args, settings)


def parser() -> argparse.ArgumentParser:
    root = argparse.ArgumentParser(prog="senim", description=__doc__)
    commands = root.add_subparsers(required=True, metavar="COMMAND")

    run = commands.add_parser("run", help="run the bot (long polling, or webhook if WEBHOOK_URL)")
    run.set_defaults(handler=run_bot)

    ask = commands.add_parser("ask", help="answer questions without Telegram; one conversation")
    ask.add_argument("--lang", choices=LANGUAGES, help="your language (default: DEFAULT_LANGUAGE)")
    ask.add_argument("--json", action="store_true", help="print a JSON array")
    ask.add_argument("questions", nargs="+", metavar="QUESTION")
    ask.set_defaults(handler=ask_questions)

    chat = commands.add_parser("chat", help="talk to the bot in the terminal, no token needed")
    chat.add_argument(
        "--db", metavar="URL", help="database to use (default: a temporary one, deleted on exit)"
    )
    chat.set_defaults(handler=chat_in_terminal)

    db = commands.add_parser("db", help="database maintenance").add_subparsers(required=True)
    db.add_parser("upgrade", help="apply migrations and seed the official series").set_defaults(
        handler=upgrade_database
    )

    figures = commands.add_parser("figures", help="the official series").add_subparsers(
        required=True
    )
    figures.add_parser("list", help="print the series with sources").set_defaults(
        handler=list_figures
    )
    importer = figures.add_parser("import", help="add or update figures from a CSV file")
    importer.add_argument("file", type=Path, metavar="FILE.csv")
    importer.set_defaults(handler=import_figures)

    population = commands.add_parser(
        "population", help="the population by region that answers are weighted to"
    ).add_subparsers(required=True)
    population_import = population.add_parser(
        "import", help="replace the population table with one official release (CSV)"
    )
    population_import.add_argument("file", type=Path, metavar="FILE.csv")
    population_import.set_defaults(handler=import_population)

    report = commands.add_parser("report", help="the national picture: weighted, with coverage")
    report.add_argument("--json", action="store_true", help="print a JSON object")
    report.set_defaults(handler=print_report)

    export = commands.add_parser("export", help="poll results as CSV (no user ids, no pseudonyms)")
    export.add_argument("--out", type=Path, metavar="F", help="write to F (default: stdout)")
    export.set_defaults(handler=export_results)
    return root


def run_bot(_args: argparse.Namespace, settings: Settings) -> int:
    if not settings.token:
        print(f"senim: {NO_TOKEN}", file=sys.stderr)
        return EXIT_USAGE
    from bot.runner import StartupError, run

    configure_logging(settings.token)
    try:
        run(settings)
    except StartupError as exc:
        print(f"senim: {exc}", file=sys.stderr)
        return EXIT_START_UP
    return 0


def ask_questions(args: argparse.Namespace, settings: Settings) -> int:
    from bot.offline import ask

    print(_run(ask(settings, args.questions, language=args.lang, as_json=args.json)))
    return 0


def chat_in_terminal(args: argparse.Namespace, settings: Settings) -> int:
    from bot.offline import chat

    if args.db is not None:
        try:
            async_database_url(args.db)
        except ValueError as exc:
            print(f"senim: --db: {exc}", file=sys.stderr)
            return EXIT_USAGE
    try:
        _run(chat(settings, args.db))
    except KeyboardInterrupt:
        print()
    return 0


def upgrade_database(_args: argparse.Namespace, settings: Settings) -> int:
    from bot.offline import upgrade

    print(_run(upgrade(settings)))
    return 0


def list_figures(_args: argparse.Namespace, settings: Settings) -> int:
    from bot.offline import figures_table

    print(_run(figures_table(settings)))
    return 0


def import_figures(args: argparse.Namespace, settings: Settings) -> int:
    from bot.offline import import_figures as do_import

    return _import_file(args.file, do_import(settings, args.file))


def import_population(args: argparse.Namespace, settings: Settings) -> int:
    from bot.offline import import_population as do_import

    return _import_file(args.file, do_import(settings, args.file))


def _import_file(path: Path, importing: Coroutine[Any, Any, str | None]) -> int:
    """Run an import; a malformed or unreadable file is one line on stderr and exit code 1."""
    from db.seed import FigureFileError

    try:
        print(_run(importing))
    except (FigureFileError, OSError) as exc:
        print(f"senim: {path}: {exc}", file=sys.stderr)
        return 1
    return 0


def print_report(args: argparse.Namespace, settings: Settings) -> int:
    from bot.offline import report

    print(_run(report(settings, as_json=args.json)))
    return 0


def export_results(args: argparse.Namespace, settings: Settings) -> int:
    from bot.offline import export

    table = _run(export(settings)) or ""
    if args.out is None:
        sys.stdout.write(table)
        return 0
    try:
        args.out.write_text(table, encoding="utf-8", newline="")
    except OSError as exc:
        print(f"senim: {args.out}: {exc}", file=sys.stderr)
        return 1
    return 0


def _run(coroutine: Coroutine[Any, Any, str | None]) -> str | None:
    return asyncio.run(coroutine)
