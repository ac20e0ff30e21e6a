"""What /stats shows, computed from stored polls: activity, the headline share, breakdowns with
small numbers hidden, and the monthly trend; all chats, or one."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from bot.polls import lifecycle
from bot.reports import tallies
from bot.reports.dashboard import chat_dashboard, global_dashboard
from bot.services import Services
from bot.stats.comparison import Verdict
from bot.stats.results import BreakdownRow
from bot.stats.trend import local_day, shown_months
from db.queries.stats import Activity
from tests.reports.scenes import NOT, PARTLY, TRUST, group_poll, named_group_poll, private_answer

SEPTEMBER = datetime(2025, 9, 10, 9, tzinfo=UTC)
OCTOBER = datetime(2025, 10, 10, 9, tzinfo=UTC)


async def several_chats(services: Services) -> None:
    await group_poll(services, -1, (10, 12, 8, 10), title="Дом 7", region="almaty")
    await group_poll(services, -2, (2, 1, 1, 0), title="Двор <3", region="astana")
    await named_group_poll(services, -3, [TRUST] * 6 + [NOT] * 6)
    await private_answer(services, 1, TRUST)
    await private_answer(services, 2, PARTLY)
    await private_answer(services, 3, None)


async def test_the_global_view_counts_everything_and_agrees_with_results(
    services: Services,
) -> None:
    await several_chats(services)
    dashboard = await global_dashboard(services, "en")
    assert dashboard.activity == Activity(
        group_polls=3,
        anonymous_answers=44,
        personal_answers=14,
        active_groups=2,
        private_respondents=2,
    )
    assert dashboard.picture == await tallies.national_picture(services, "en")
    senim = dashboard.picture.senim
    assert senim is not None and (senim.successes, senim.n) == (10 + 2 + 6 + 1, 30 + 4 + 12 + 2)
    assert senim.comparison is not None and senim.comparison.verdict is Verdict.BELOW
    assert dashboard.label == "Trust the police"
    assert dashboard.official_series == ((2019, pytest.approx(0.38)), (2025, pytest.approx(0.63)))


async def test_chats_are_listed_largest_first_and_small_ones_show_no_share(
    services: Services,
) -> None:
    await several_chats(services)
    dashboard = await global_dashboard(services, "ru")
    assert dashboard.chats == (
        BreakdownRow("Дом 7", 30, pytest.approx(1 / 3)),
        BreakdownRow("-3", 12, 0.5),
        BreakdownRow("Двор <3", 4, None),
    )
    assert [row.name for row in dashboard.picture.regions] == ["Алматы", "Астана"]


async def test_the_trend_takes_each_chats_latest_poll_in_a_month(services: Services) -> None:
    await group_poll(services, -1, (6, 2, 2, 0), sent_at=SEPTEMBER)
    await group_poll(services, -1, (1, 1, 1, 0), sent_at=OCTOBER.replace(day=1))
    await group_poll(services, -1, (5, 5, 5, 5), sent_at=OCTOBER)
    await group_poll(services, -2, (1, 0, 0, 0), sent_at=SEPTEMBER)
    await private_answer(services, 7, TRUST, sent_at=OCTOBER)
    months = (await global_dashboard(services, "en")).months
    assert [(m.month, m.successes, m.n) for m in months] == [
        (date(2025, 9, 1), 7, 11),
        (date(2025, 10, 1), 6, 16),
    ]
    assert all(m.shown for m in months)


async def test_a_month_under_ten_answers_is_kept_but_not_shown(services: Services) -> None:
    await group_poll(services, -1, (3, 3, 3, 0), sent_at=SEPTEMBER)
    await group_poll(services, -1, (5, 5, 5, 5), sent_at=OCTOBER)
    months = (await global_dashboard(services, "en")).months
    assert [m.n for m in months] == [9, 15]
    assert [m.month for m in shown_months(months)] == [date(2025, 10, 1)]


async def test_a_chats_view_sees_only_that_chat(services: Services) -> None:
    await several_chats(services)
    await group_poll(services, -1, (20, 4, 4, 2), title="Дом 7", sent_at=OCTOBER)
    dashboard = await chat_dashboard(services, -1, "en")
    assert dashboard.activity == Activity(group_polls=2, anonymous_answers=70, personal_answers=0)
    # Both polls are open and hide their results until they close: no share leaks, the
    # newest one's answer count does.
    today = datetime.now(ZoneInfo("Asia/Almaty")).date()
    assert (dashboard.latest, dashboard.months, dashboard.hidden) == (None, (), (today, 40))
    newest, october = await lifecycle.open_polls_in(services, -1)
    await lifecycle.close(services, newest.id or 0)
    dashboard = await chat_dashboard(services, -1, "en")
    assert dashboard.hidden == (local_day(october.sent_at, ZoneInfo("Asia/Almaty")), 30)
    latest = dashboard.latest
    assert latest is not None and (latest.successes, latest.n, latest.set_aside) == (10, 30, 10)
    assert latest.set_aside_labels == ("Hard to say",)
    assert latest.official is not None and latest.official.period == 2025
    assert dashboard.latest_on == datetime.now(ZoneInfo("Asia/Almaty")).date()
    assert [(m.successes, m.n) for m in dashboard.months][-1] == (10, 30)


async def test_a_chat_without_polls_has_an_empty_view(services: Services) -> None:
    dashboard = await chat_dashboard(services, -9, "kk")
    assert dashboard.activity == Activity(group_polls=0, anonymous_answers=0, personal_answers=0)
    assert (dashboard.latest, dashboard.latest_on, dashboard.months) == (None, None, ())
    assert dashboard.label == "Полицияға сенеді"
