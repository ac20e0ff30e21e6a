"""`python -m bot.sandbox`: serve the sandbox for a bot running in another process."""

from __future__ import annotations

import argparse
import asyncio
import contextlib

from bot.sandbox.driver import DEFAULT_TOKEN, Sandbox


async def _serve(args: argparse.Namespace) -> None:
    sandbox = Sandbox(
        args.token,
        rate_limits=args.rate_limits,
        privacy_mode=not args.no_privacy,
        host=args.host,
        port=args.port,
    )
    async with sandbox:
        print(f"TELEGRAM_API_BASE_URL={sandbox.base_url} BOT_TOKEN={sandbox.token}", flush=True)
        await asyncio.Event().wait()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8081)
    parser.add_argument("--token", default=DEFAULT_TOKEN)
    parser.add_argument("--rate-limits", action="store_true", help="enforce Telegram's limits")
    parser.add_argument("--no-privacy", action="store_true", help="bot hears all group messages")
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(_serve(parser.parse_args()))


if __name__ == "__main__":
    main()
