"""What /results shows, computed from stored polls and the official series in the database."""

from __future__ import annotations

import io
from itertools import count

import pytest

from bot.polls import lifecycle
from bot.polls.custom import Action, PollRequest
from bot.polls.survey import standard_survey
from bot.polls.votes import PollAnswer, PollState, apply_answer, apply_poll_state
from bot.reports import tallies
from bot.services import Services
from bot.stats.comparison import Verdict
from bot.stats.results import MIN_SHOWN
from db.queries import chats
from db.queries.figures import upsert_figures
from db.seed import read_figures

UPDATES = count(1)


async def group_with_votes(
    services: Services, chat_id: int, counts: tuple[int, ...], region: str | None = None
) -> None:
    async with services.sessions.begin() as session:
        await chats.record_membership(session, chat_id, "supergroup", "Дом", active=True)
        if region:
            await chats.set_chat_region(session, chat_id, region)
    to_send = lifecycle.group_poll(PollRequest(Action.SURVEY), "ru")
    telegram_id = f"core{chat_id}"
    await lifecycle.record_sent(services, to_send, telegram_id, chat_id=chat_id, message_id=1)
    await apply_poll_state(services, PollState(telegram_id, counts, sum(counts)), next(UPDATES))


async def test_a_chat_sees_its_counts_shares_interval_and_the_national_figure(
    services: Services,
) -> None:
    await group_with_votes(services, -1, (10, 12, 8, 10))
    (result,) = await tallies.chat_results(services, -1, "en")
    assert result.question == "Do you trust the police?"
    assert (result.options[0].label, result.options[0].count) == ("I trust it", 10)
    assert result.voters == 40
    main = result.main
    assert main is not None and main.comparison is not None and main.official is not None
    assert (main.successes, main.n, main.set_aside) == (10, 30, 10)
    assert main.official.share == pytest.approx(0.63) and main.official.period == 2025
    assert main.comparison.verdict is Verdict.BELOW


async def test_the_comparison_uses_the_latest_official_figure(services: Services) -> None:
    await group_with_votes(services, -1, (24, 3, 3, 0))
    newer = "\n".join(
        [
            "metric,period,value,unit,source,publication,published_on,quote",
            "trust_share,2026,80,percent,S,P,2026-01-01,Q",
        ]
    )
    async with services.sessions.begin() as session:
        await upsert_figures(session, read_figures(io.StringIO(newer)))
    (result,) = await tallies.chat_results(services, -1, "en")
    assert result.main is not None and result.main.official is not None
    assert (result.main.official.period, result.main.official.share) == (2026, 0.8)


async def test_a_chat_sees_its_three_latest_polls_newest_first(services: Services) -> None:
    for number in range(4):
        to_send = lifecycle.group_poll(
            PollRequest(Action.CUSTOM, question=f"Q{number}?", options=("a", "b")), "en"
        )
        await lifecycle.record_sent(services, to_send, f"c{number}", chat_id=-5, message_id=number)
    results = await tallies.chat_results(services, -5, "en")
    assert [r.question for r in results] == ["Q3?", "Q2?", "Q1?"]
    assert all(r.voters == 0 and r.main is None for r in results)


async def test_the_national_picture_groups_chats_by_region_and_hides_small_ones(
    services: Services,
) -> None:
    await group_with_votes(services, -1, (6, 2, 2, 1), region="astana")
    await group_with_votes(services, -2, (2, 1, 1, 0), region="almaty")
    await group_with_votes(services, -3, (1, 1, 1, 0))
    question = standard_survey().core
    private = lifecycle.survey_poll(question, "en", private=True)
    await lifecycle.record_sent(services, private, "mine", chat_id=None, message_id=None)
    await apply_answer(services, PollAnswer("mine", 77, (0,)), next(UPDATES))
    picture = await tallies.national_picture(services, "en")
    assert picture.official is not None and picture.official.share == pytest.approx(0.63)
    assert picture.senim is not None
    assert (picture.senim.successes, picture.senim.n) == (6 + 2 + 1 + 1, 10 + 4 + 3 + 1)
    rows = {row.name: row for row in picture.regions}
    assert set(rows) == {"Astana", "Almaty"}
    assert rows["Astana"].n == MIN_SHOWN and rows["Astana"].share == pytest.approx(0.6)
    assert rows["Almaty"].share is None


async def test_own_answers_follow_the_survey_order_in_the_readers_language(
    services: Services,
) -> None:
    survey = standard_survey()
    for key, option in [("bribe", 1), ("trust", 2)]:
        question = survey.question(key)
        assert question is not None
        to_send = lifecycle.survey_poll(question, "kk", private=True)
        await lifecycle.record_sent(services, to_send, key, chat_id=None, message_id=None)
        await apply_answer(services, PollAnswer(key, 9, (option,)), next(UPDATES))
    answers = await tallies.own_answers(services, 9, "en")
    assert [(a.question, a.answers) for a in answers] == [
        ("Do you trust the police?", ("I don't trust it",)),
        ("In the past year, has a police officer asked you for a bribe?", ("No",)),
    ]
