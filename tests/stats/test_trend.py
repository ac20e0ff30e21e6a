"""Monthly shares: one sample per source and month, months in the bot's time zone."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from bot.stats.results import ShareDefinition, Tally
from bot.stats.trend import Sample, as_utc, monthly_shares, shown_months

TRUST = ShareDefinition("Trust", counted=(0,), among=(0, 1))
ALMATY = ZoneInfo("Asia/Almaty")


def at(month: int, day: int, hour: int = 12) -> datetime:
    return datetime(2025, month, day, hour, tzinfo=UTC)


def test_a_source_counts_once_a_month_with_its_latest_answers() -> None:
    samples = [
        Sample(at(10, 20), -1, Tally((9, 9), 18)),
        Sample(at(10, 5), -1, Tally((1, 1), 2)),
        Sample(at(10, 7), "someone", Tally((1, 0), 1)),
        Sample(at(9, 7), -1, Tally((3, 1), 4)),
    ]
    september, october = monthly_shares(samples, TRUST, ALMATY)
    assert (september.month, september.successes, september.n) == (date(2025, 9, 1), 3, 4)
    assert (october.month, october.successes, october.n) == (date(2025, 10, 1), 10, 19)
    assert october.interval.contains(october.share)
    assert shown_months([september, october]) == [october]


def test_months_follow_the_bots_time_zone() -> None:
    late_on_the_last_day = Sample(at(9, 30, hour=20), -1, Tally((1, 0), 1))
    (month,) = monthly_shares([late_on_the_last_day], TRUST, ALMATY)
    assert month.month == date(2025, 10, 1)


def test_months_without_comparable_answers_are_left_out() -> None:
    only_set_aside = ShareDefinition("Trust", counted=(0,), among=(0,))
    assert monthly_shares([Sample(at(9, 1), -1, Tally((0, 5), 5))], only_set_aside, ALMATY) == []


def test_stored_times_without_a_zone_are_utc() -> None:
    assert as_utc(datetime(2025, 1, 1)) == datetime(2025, 1, 1, tzinfo=UTC)
