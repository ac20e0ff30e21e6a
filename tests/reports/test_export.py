"""The CSV export: one row per group poll and option, private answers summed per question,
option and month; counts from either kind of vote, no people."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime

from bot.reports.export import COLUMNS, export_results, inert
from bot.services import Services
from tests.reports.scenes import (
    NOT,
    PARTLY,
    TRUST,
    group_poll,
    named_group_poll,
    population,
    private_answer,
)

SENT = datetime(2025, 10, 13, 8, 30, tzinfo=UTC)


def read(table: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(table)))


async def test_rows_carry_polls_chats_and_counts(services: Services) -> None:
    anonymous = await group_poll(
        services, -7, (5, 3, 2, 1), title='Дом "7", подъезд 2', region="almaty", sent_at=SENT
    )
    named = await named_group_poll(services, -7, [TRUST, TRUST, NOT])
    private = await private_answer(services, 11, PARTLY)
    table = await export_results(services)
    assert table.splitlines()[0] == ",".join(COLUMNS)
    rows = read(table)
    assert len(rows) == 3 * 4
    first = rows[0]
    assert first == {
        "poll_id": str(anonymous),
        "chat_id": "-7",
        "chat_title": 'Дом "7", подъезд 2',
        "region": "almaty",
        "survey": "standard",
        "question_key": "trust",
        "question": "Do you trust the police?",
        "option": "I trust it",
        "count": "5",
        "closed": "false",
        "sent_at": "2025-10-13T08:30:00+00:00",
        "weight": "",
        "effective_n": "4.0",
    }
    counts = {
        poll: [int(row["count"]) for row in rows if row["poll_id"] == str(poll)]
        for poll in (anonymous, named)
    }
    assert counts == {anonymous: [5, 3, 2, 1], named: [2, 0, 1, 0]}
    assert str(private) not in {row["poll_id"] for row in rows}
    month = datetime.now(UTC).strftime("%Y-%m")
    private_rows = [row for row in rows if row["sent_at"] == month]
    assert len(private_rows) == 4 and {row["count"] for row in private_rows} == {""}
    assert {row[column] for row in private_rows for column in ("poll_id", "chat_id")} == {""}


async def test_private_answers_are_summed_per_question_option_and_month(
    services: Services,
) -> None:
    october, november = SENT, datetime(2025, 11, 2, tzinfo=UTC)
    for voter in range(12):
        await private_answer(services, voter, TRUST if voter < 7 else NOT, sent_at=october)
    for voter in range(3):
        await private_answer(services, 100 + voter, TRUST, sent_at=november)
    rows = read(await export_results(services))
    by_month = {
        month: [row["count"] for row in rows if row["sent_at"] == month]
        for month in ("2025-10", "2025-11")
    }
    assert by_month == {"2025-10": ["7", "0", "5", "0"], "2025-11": ["", "", "", ""]}
    assert {row["poll_id"] for row in rows} == {""}


async def test_no_user_ids_or_pseudonyms_leave_the_database(services: Services) -> None:
    await named_group_poll(services, -7, [TRUST, NOT])
    await private_answer(services, 424242, TRUST)
    await private_answer(services, 535353, None)
    table = await export_results(services)
    people = [1000, 1001, 424242, 535353]
    assert not any(services.pseudonyms.of(person) in table for person in people)
    assert "424242" not in table and "535353" not in table
    assert not {"user", "user_id", "pseudonym", "voter"} & set(COLUMNS)
    private = read(table)[-4:]
    assert [row["count"] for row in private] == ["", "", "", ""]


async def test_an_empty_database_exports_the_header(services: Services) -> None:
    assert await export_results(services) == ",".join(COLUMNS) + "\r\n"


async def test_typed_text_cannot_run_as_a_spreadsheet_formula(services: Services) -> None:
    await group_poll(services, -8, (1, 0, 0, 0), title='=HYPERLINK("http://x")')
    (row, *_) = read(await export_results(services))
    assert row["chat_title"] == '\'=HYPERLINK("http://x")'
    assert inert("-1 подъезд") == "'-1 подъезд" and inert("Дом 7") == "Дом 7"
    assert inert(None) is None


async def test_rows_of_the_trust_question_carry_their_weight(services: Services) -> None:
    await group_poll(services, -1, (9, 1, 0, 0), region="astana")
    await group_poll(services, -2, (1, 9, 0, 0), region="ulytau")
    await group_poll(services, -3, (5, 5, 0, 0))
    await population(services, {"astana": 300, "ulytau": 100})
    exported = read(await export_results(services))
    weights = {row["chat_id"]: row["weight"] for row in exported}
    assert weights == {"-1": "1.5", "-2": "0.5", "-3": ""}
    assert {row["effective_n"] for row in exported} == {"2.9"}
