"""The asker's own counts read by rule, tested with phrasings of our own: the families or parents
of the pupils counted, flats counted by buildings, houses counted, and a class's name («4Б») that
counts no one; the gap between those who trust and those who do not; a wrong count
of the reports dismissed, and the considered reports' share."""

import pytest

from bot.qa import QAEngine
from tests.qa.talk import chat, says

# (the turns, their language, the last answer's intent, what it must say)
CASES = [
    # 1. the families or parents of pupils counted
    (
        (
            "У нас в гимназии 800 школьников.",
            "по одной семье на школьника: сколько семей доверяет полиции?",
        ),
        "ru",
        "trust_per",
        ("800", "504"),
    ),
    (
        ("в классе у дочки 30 учеников", "а сколько родителей из них примерно доверяют полиции?"),
        "ru",
        "trust_per",
        ("30", "19"),
    ),
    (
        (
            "There are 300 pupils at my daughter's school.",
            "so how many families there trust the police?",
        ),
        "en",
        "trust_per",
        ("300", "189"),
    ),
    (
        (
            "We have 50 kids in the group.",
            "how many of the parents would trust the police, roughly?",
        ),
        "en",
        "trust_per",
        ("50", "32"),
    ),
    (
        ("Мектебімізде 500 оқушы бар.", "отбасылардың қаншасы полицияға сенеді?"),
        "kk",
        "trust_per",
        ("500", "315"),
    ),
    # 2. counts built from houses and flats
    (
        ("во дворе у нас 4 подъезда по 50 квартир, сколько квартир доверяют полиции по стране?",),
        "ru",
        "trust_per",
        ("200", "126"),
    ),
    (
        (
            "Our complex has 2 blocks with 80 flats each. How many flats would trust the police "
            "at the national rate?",
        ),
        "en",
        "trust_per",
        ("160", "101"),
    ),
    (
        ("Бізде 3 үй, әр үйде 40 пәтер. Қанша пәтер полицияға сенеді?",),
        "kk",
        "trust_per",
        ("120", "76"),
    ),
    # 3. a class's name is no count
    (
        ("Чат 7А класса — 25 родителей. Сколько из нас доверяли бы полиции в 2019 году?",),
        "ru",
        "trust_per",
        ("25", "10"),
    ),
    (
        ("в чате 9Г 40 человек, сколько из нас доверяют полиции?",),
        "ru",
        "trust_per",
        ("40", "25"),
    ),
    (
        ("5Ә сыныбының чатында 20 адам бар. Қаншамыз полицияға сенеміз?",),
        "kk",
        "trust_per",
        ("20", "13"),
    ),
    # 9. the gap between those who trust and those who do not, the latter a bare "do not"
    (
        ("difference between those who trust and those who do not in 2025, how many points?",),
        "en",
        "trust_split",
        ("63", "37", "26"),
    ),
    (
        ("Gap between folks who trust the police and folks who don't in 2025?",),
        "en",
        "trust_split",
        ("26",),
    ),
    (
        ("Аулада 5 үй бар, барлығы 300 пәтер. Қанша пәтер полицияға сенеді?",),
        "kk",
        "trust_per",
        ("300", "189"),
    ),
    # 6. a wrong count of the reports left out, checked
    (
        ("my neighbour says 600k reports were dismissed, is that right?",),
        "en",
        "reason_formalism",
        ("500", "800"),
    ),
    (
        ("коллега уверяет, что 600 тысяч заявлений отклонили. это так?",),
        "ru",
        "reason_formalism",
        ("500", "800"),
    ),
    # 7. the considered part's share
    (("the police review how many reports, in %?",), "en", "reports_considered", ("37.5",)),
    (("karalgandardyn paiyzy qandai?",), "kk", "reports_considered", ("37.5",)),
    (("қаралғандардың үлесі қандай, пайызбен?",), "kk", "reports_considered", ("37.5",)),
]


@pytest.mark.parametrize(("turns", "language", "intent", "numbers"), CASES)
def test_the_count_told_is_applied(
    engine: QAEngine, turns: tuple[str, ...], language: str, intent: str, numbers: tuple[str, ...]
) -> None:
    """The count the share is applied to is the one told, whoever stands for it."""
    last = chat(engine, *turns, language=language)[-1]
    assert (last.intent, says(last, *numbers)) == (intent, True), last.text
