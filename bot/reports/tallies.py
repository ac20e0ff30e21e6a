"""What /results shows: a chat's latest polls, a person's own answers, the national picture.

Anonymous polls are counted from the stored `poll` counts, non-anonymous ones from per-person
rows (Telegram sends both kinds of update for those, so using one source avoids double counts).
Survey questions are shown in the reader's language and compared with the official figure.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlmodel.ext.asyncio.session import AsyncSession

from bot.polls.regions import all_regions
from bot.polls.survey import Survey, SurveyQuestion, standard_survey
from bot.reports.national import national_estimate
from bot.services import Services
from bot.services.series import load_figures
from bot.stats.estimate import Estimate
from bot.stats.official import OfficialFigure, official_share
from bot.stats.results import (
    BreakdownRow,
    MainShare,
    PollResult,
    ShareDefinition,
    Tally,
    breakdown,
    compared,
    poll_result,
    share_of,
    tally_answers,
)
from db.models import Figure, Poll
from db.queries import polls, rollups
from db.queries.figures import list_figures
from db.queries.rollups import ChatShare

RESULTS_SHOWN = 3


@dataclass(frozen=True)
class OwnAnswer:
    question: str
    answers: tuple[str, ...]


@dataclass(frozen=True)
class NationalPicture:
    """The official figure, and all Senim chats together, overall and by region; `estimate`
    weights them to the population and says how much they can tell."""

    label: str
    official: OfficialFigure | None
    senim: MainShare | None
    regions: list[BreakdownRow]
    estimate: Estimate
    statement: str = ""
    """The official figure in a sentence, with {value}."""
    chats: tuple[ChatShare, ...] = ()
    """Each group's latest poll, as counted here."""


async def chat_results(services: Services, chat_id: int, language: str) -> list[PollResult]:
    """The chat's latest polls, newest first."""
    async with services.sessions() as session:
        latest = await polls.latest_polls(session, chat_id, RESULTS_SHOWN)
    return await _results(services, latest, language)


async def poll_results(services: Services, poll_id: int, language: str) -> PollResult | None:
    async with services.sessions() as session:
        poll = await polls.get_poll_by_id(session, poll_id)
    return (await _results(services, [poll], language))[0] if poll else None


async def own_answers(services: Services, user_id: int, language: str) -> list[OwnAnswer]:
    """The person's latest answer to each survey question, in survey order."""
    survey = standard_survey()
    async with services.sessions() as session:
        answered = await polls.survey_answers_of(
            session, services.pseudonyms.of(user_id), survey.id
        )
    latest: dict[str, list[int]] = {}
    for poll, option_ids in answered:
        question = survey.question(poll.question_key)
        if question is not None and len(question.options) == len(poll.options):
            latest.setdefault(question.key, option_ids)
    return [
        OwnAnswer(
            question.text(language),
            tuple(question.option_texts(language)[option] for option in latest[question.key]),
        )
        for question in survey.questions
        if question.key in latest
    ]


async def national_picture(
    services: Services, language: str, *, without: int | None = None
) -> NationalPicture:
    """Each group's latest core poll plus each person's latest private answer, and the
    official figure; regions come from the groups' /region setting. `without`: a group left
    out (see picture_for_chat)."""
    async with services.sessions() as session:
        return await picture_in(session, language, await list_figures(session), without)


async def picture_for_chat(
    services: Services, chat_id: int, results: Sequence[PollResult], language: str
) -> NationalPicture | None:
    """The country next to a group's results, when they compare a share with it. While the
    group's poll hides its results until it closes, the country is shown without the group:
    with few chats, the country's share would tell its members their own running result."""
    if not compared(results):
        return None
    running_hidden = any(result.hidden for result in results)
    return await national_picture(services, language, without=chat_id if running_hidden else None)


async def picture_in(
    session: AsyncSession, language: str, figures: Sequence[Figure], without: int | None = None
) -> NationalPicture:
    """The national picture read in the caller's session, with the official series it has:
    /stats reads it beside its other numbers in one session."""
    survey = standard_survey()
    core = survey.core
    share = comparable_share(core, language)
    assert share is not None, "the core question is comparable by construction"
    groups = await rollups.chat_shares(
        session, survey.id, core.key, len(core.options), share.counted, share.among
    )
    groups = [group for group in groups if group.chat_id != without]
    private = await rollups.latest_private(session, survey.id, core.key)
    estimate = await national_estimate(session, (groups, private))
    official = official_for(core, figures)
    successes = sum(group.successes for group in groups)
    n = sum(group.n for group in groups)
    voters = sum(group.voters for group in groups)
    for _region, options, people in private:
        one = tally_answers(len(core.options), [options])
        won, among = share.split(one)
        successes += won * people
        n += among * people
        voters += one.voters * people
    names = {region.key: region.name(language) for region in all_regions()}
    by_region: dict[str, tuple[int, int]] = {}
    for group in groups:
        name = names.get(group.region) if group.region is not None else None
        if name is not None:
            won, among = by_region.get(name, (0, 0))
            by_region[name] = (won + group.successes, among + group.n)
    return NationalPicture(
        label=share.label,
        official=official,
        senim=share_of(share, successes, n, voters, official),
        regions=breakdown(sorted((name, won, among) for name, (won, among) in by_region.items())),
        statement=share.statement,
        estimate=estimate,
        chats=tuple(groups),
    )


async def national_numbers(services: Services) -> tuple[Estimate, OfficialFigure | None]:
    """The weighted national estimate and the official figure, for the closing messages."""
    async with services.sessions() as session:
        estimate = await national_estimate(session)
    return estimate, official_for(standard_survey().core, await load_figures(services))


def comparable_share(question: SurveyQuestion, language: str) -> ShareDefinition | None:
    comparable = question.comparable
    if comparable is None:
        return None
    return ShareDefinition(
        comparable.label(language),
        comparable.counted,
        comparable.among,
        comparable.statement(language),
    )


async def _results(services: Services, chosen: Sequence[Poll], language: str) -> list[PollResult]:
    survey = standard_survey()
    async with services.sessions() as session:
        answers = await polls.answers_by_poll(
            session, [poll.id for poll in chosen if poll.id is not None and not poll.anonymous]
        )
    figures = await load_figures(services)
    return [
        _result(poll, answers.get(poll.id or 0, []), survey, figures, language) for poll in chosen
    ]


def _result(
    poll: Poll,
    answers: list[list[int]],
    survey: Survey,
    figures: Sequence[Figure],
    language: str,
) -> PollResult:
    tally = poll_tally(poll, answers)
    question = survey.question(poll.question_key) if poll.survey == survey.id else None
    if question is None or len(question.options) != len(poll.options):
        return poll_result(
            poll.question, poll.options, tally, closed=poll.closed, hidden=poll.results_hidden
        )
    return poll_result(
        question.text(language),
        question.option_texts(language),
        tally,
        closed=poll.closed,
        share=comparable_share(question, language),
        official=official_for(question, figures),
        hidden=poll.results_hidden,
    )


async def poll_tallies(session: AsyncSession, chosen: Sequence[Poll]) -> list[Tally]:
    """Each poll's counts; per-person answers are read only for the polls that have them."""
    answers = await polls.answers_by_poll(
        session, [poll.id for poll in chosen if poll.id is not None and not poll.anonymous]
    )
    return [poll_tally(poll, answers.get(poll.id or 0, [])) for poll in chosen]


def poll_tally(poll: Poll, answers: list[list[int]]) -> Tally:
    """Anonymous polls from their stored counts, the others from per-person rows."""
    if poll.anonymous:
        return Tally(tuple(poll.counts), poll.voter_count)
    return tally_answers(len(poll.options), answers)


def official_for(question: SurveyQuestion, figures: Sequence[Figure]) -> OfficialFigure | None:
    comparable = question.comparable
    if comparable is None:
        return None
    return official_share(figures, comparable.metric, comparable.per)
