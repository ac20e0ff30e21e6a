"""What a conversation carries to the next question: a count of people through "and those who
don't, among them?", a year only where it is asked of again; never an answer without what its
words need (a count's answer without its count, a year's without the year)."""

import pytest

from bot.qa import Answer, Conversation, QAEngine
from bot.qa.plain import plain_text


def last(engine: QAEngine, turns: tuple[str, ...], language: str) -> Answer:
    conversation = Conversation()
    answers = [engine.answer(t, language=language, conversation=conversation) for t in turns]
    return answers[-1]


@pytest.mark.parametrize(
    ("turns", "language"),
    [
        (
            (
                "какой процент доверяет полиции?",
                "а из 60 человек в нашем подъезде?",
                "а не доверяющих среди них сколько?",
            ),
            "ru",
        ),
        (
            (
                "полицияға неше пайыз сенеді?",
                "біздің подъездегі 60 адамнан ше?",
                "олардың ішінде сенбейтіндер ше?",
            ),
            "kk",
        ),
        (
            (
                "what percent trust the police?",
                "and out of 60 people?",
                "and those who don't trust among them?",
            ),
            "en",
        ),
    ],
)
def test_those_who_do_not_trust_among_a_counted_group_keep_its_count(
    engine: QAEngine, turns: tuple[str, ...], language: str
) -> None:
    """«Среди них» is the 60 just counted, not a group the series would have to break down."""
    answer = last(engine, turns, language)
    assert answer.intent == "distrust_per"
    assert "22" in plain_text(answer.text)


@pytest.mark.parametrize(
    ("turns", "language"),
    [
        (("доверяют ли полиции?", "а из 60 человек?", "а кто не доверяет, среди них?"), "ru"),
        (("полицияға сенім қандай?", "60 адамнан ше?", "сенбейтіндер ше олардың арасында?"), "kk"),
        (
            (
                "do people trust the police?",
                "and of 60 people?",
                "and the ones who don't, of them?",
            ),
            "en",
        ),
    ],
)
def test_a_count_asked_again_without_its_number_never_fails(
    engine: QAEngine, turns: tuple[str, ...], language: str
) -> None:
    """Whatever the follow-up's words, a count's answer is written only with a count in hand."""
    answer = last(engine, turns, language)
    assert answer.intent in ("distrust_per", "distrust")
    assert "37" in plain_text(answer.text)


def test_every_count_answer_has_a_figure_to_fall_back_on(engine: QAEngine) -> None:
    catalog = engine.catalog
    counts = {per for figure, per in catalog.per_people.items()}
    assert counts <= set(catalog.applied_figure)
    assert all(catalog.applied_figure[c] not in counts for c in counts)


@pytest.mark.parametrize(
    ("turns", "language"),
    [
        (
            (
                "сколько сообщений не рассмотрели в 2025?",
                "а в 2024?",
                "сосед уверяет, что полиции никто не доверяет. сколько доверяют на самом деле?",
            ),
            "ru",
        ),
        (
            (
                "2025 жылы қанша хабарлама қаралмады?",
                "ал 2024 жылы?",
                "көршім ешкім сенбейді дейді, шын мәнінде неше пайыз сенеді?",
            ),
            "kk",
        ),
        (
            (
                "how many reports went unconsidered in 2025?",
                "and in 2024?",
                "my neighbour claims nobody trusts the police. what percent actually do?",
            ),
            "en",
        ),
    ],
)
def test_a_claim_of_distrust_after_a_year_of_reports_gets_the_level_now(
    engine: QAEngine, turns: tuple[str, ...], language: str
) -> None:
    """The year just asked of the reports is not carried to a claim about trust: the level is
    the latest one, and no year without a measurement is named."""
    answer = last(engine, turns, language)
    text = plain_text(answer.text)
    assert "63" in text and "2024" not in text
