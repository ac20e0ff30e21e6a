"""Scope decided by what is asked, round nine: a one in N said of another subject (children,
smokers, a school class) is no share of ours, and the reports set against the year before have
no figure (they are given for one year only). Our own phrasings, in ru / kk (also without its
letters) / en; the last question of each conversation is the one checked."""

import pytest

from bot.qa import QAEngine
from bot.qa.intents import NO_FIGURE, OUT_OF_SCOPE
from tests.qa.talk import chat, says, stated

ONE_IN_SHARE = "14.3"
REPORTS, LEFT = "800", "500"

ONE_IN_OF_OTHERS: list[tuple[tuple[str, ...], str]] = [
    (("каждый седьмой школьник курит, сколько это в процентах?",), "ru"),
    (("если один из семи детей растёт в бедности, это какой процент?",), "ru"),
    (("каждая седьмая авария на дороге — сколько процентов?",), "ru"),
    (("каждый седьмой ребёнок боится полиции, это сколько процентов?",), "ru"),
    (("сыныптағы әр жетінші оқушы үздік, бұл неше пайыз?",), "kk"),
    (("жеті баланың бірі кедейлікте тұрады, неше пайыз болады?",), "kk"),
    (("ар жетинши бала кедей, бул канша пайыз?",), "kk"),
    (("every seventh smoker tries to quit, what percentage is that?",), "en"),
    (("1 in 7 kids in my class has a dog — what percent?",), "en"),
    (("one in seven accidents involves a truck, how much is that in percent?",), "en"),
]

ONE_IN_OURS: list[tuple[tuple[str, ...], str]] = [
    (("каждый седьмой коррупционер — полицейский, это сколько процентов?",), "ru"),
    (("әр жетінші жемқор полицей, бұл неше пайыз?",), "kk"),
    (("1 in 7 corruption offenders is a cop, what percent?",), "en"),
]

REPORTS_AGAINST_YEAR_BEFORE: list[tuple[tuple[str, ...], str]] = [
    (("в этом году обращений рассмотрели меньше, чем в прошлом году?",), "ru"),
    (("без рассмотрения оставили больше, чем год назад?",), "ru"),
    (("сколько сообщений не рассмотрели?", "а это больше, чем в прошлом году?"), "ru"),
    (("хабарламалар былтырғыдан көп қаралды ма?",), "kk"),
    (("өткен жылмен салыстырғанда қаралмаған өтініштер азайды ма?",), "kk"),
    (("were more reports left unreviewed than last year?",), "en"),
    (("how many reports were ignored?", "is that fewer than the previous year?"), "en"),
]


@pytest.mark.parametrize(("asked", "language"), ONE_IN_OF_OTHERS)
def test_one_in_n_of_another_subject_is_not_ours(
    engine: QAEngine, asked: tuple[str, ...], language: str
) -> None:
    """Plain arithmetic of another subject: out of scope, no number (never the ≈14.3 % of the
    corruption offenders)."""
    answer = chat(engine, *asked, language=language)[-1]
    assert answer.intent == OUT_OF_SCOPE
    assert stated(answer) == []


@pytest.mark.parametrize(("asked", "language"), ONE_IN_OURS)
def test_one_in_seven_of_the_offenders_keeps_its_share(
    engine: QAEngine, asked: tuple[str, ...], language: str
) -> None:
    answer = chat(engine, *asked, language=language)[-1]
    assert answer.intent == "corruption_share"
    assert says(answer, ONE_IN_SHARE)


@pytest.mark.parametrize(("asked", "language"), REPORTS_AGAINST_YEAR_BEFORE)
def test_reports_against_the_year_before_have_no_figure(
    engine: QAEngine, asked: tuple[str, ...], language: str
) -> None:
    """The reports are given for one year only: no other year's figure, and not this year's
    counts said as if they answered the comparison."""
    answer = chat(engine, *asked, language=language)[-1]
    assert answer.intent == NO_FIGURE
    assert not {REPORTS, LEFT} & set(stated(answer))
