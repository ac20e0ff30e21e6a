"""An update Telegram delivers twice, to two replicas (a webhook retried through the load
balancer), is stored once and handled once: the inbox keys it by update id, and only the replica
holding its row handles it."""

from __future__ import annotations

import asyncio
import time
from typing import Any

from sqlmodel import func, select

from bot.config import Settings
from bot.handlers.intake import INTAKE, Intake
from bot.sandbox import Sandbox, SChat, SUser
from db.models import InboxUpdate
from tests.e2e.talk import group_with_bot
from tests.e2e.test_polls import services_of
from tests.replicas.conftest import replica
from tests.replicas.test_jobs import polls_in


def command(chat: SChat, user: SUser, text: str) -> dict[str, Any]:
    """A group message carrying a command, as Telegram sends it."""
    return {
        "message": {
            "message_id": 900,
            "date": int(time.time()),
            "chat": {"id": chat.id, "type": chat.type, "title": chat.title},
            "from": {"id": user.id, "is_bot": False, "first_name": user.first_name},
            "text": text,
            "entities": [{"type": "bot_command", "offset": 0, "length": len(text.split()[0])}],
        }
    }


async def test_a_redelivered_update_is_a_no_op(
    replica_settings: Settings, sandbox: Sandbox
) -> None:
    admin = sandbox.add_user("Nurlan", language_code="en")
    async with (
        replica(replica_settings, sandbox, polling=True) as front,
        replica(replica_settings, sandbox) as other,
    ):
        group = await group_with_bot(sandbox, admin)
        update = command(group, admin, "/poll")
        update["update_id"] = await sandbox.send_raw_update(update)
        other_intake: Intake = other.bot_data[INTAKE]
        await other_intake.store([update])
        posted = await sandbox.next_bot_message(group, timeout=10)
        assert posted.poll is not None
        front_intake: Intake = front.bot_data[INTAKE]
        await front_intake.store([update])  # once more, later
        await asyncio.sleep(1.0)
        await sandbox.wait_idle()
        assert polls_in(sandbox, group) == 1
        async with services_of(front).sessions() as session:
            stored = (
                await session.exec(
                    select(func.count())
                    .select_from(InboxUpdate)
                    .where(InboxUpdate.update_id == update["update_id"])
                )
            ).one()
        assert stored == 1
    assert not [call for call in sandbox.errors if call.fault is None]
