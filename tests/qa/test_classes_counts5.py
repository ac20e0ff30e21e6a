"""Own counts built from homes and the people of each, counts that look like years, the
distrust applied to a count told in a run-on, a count of people in a home with the police
unnamed, and the year supposed or the difference in people asked after a count. Phrasings of
our own, written after the training sets' misses.

A share applied to a count that is not whole may be said with its decimal alone or rounded
beside it ("about 25 (25.2)"): the tests look for the decimal, which both forms say."""

import pytest

from bot.qa import QAEngine
from tests.qa.talk import chat, says


@pytest.mark.parametrize(
    ("question", "language", "intent", "wanted"),
    [
        # homes counted with the people of each: the homes times the people
        ("в нашем дворе 30 квартир, в каждой по 3 взрослых, сколько из них не доверяют "
         "полиции по общей статистике?", "ru", "distrust_per", ("33.3",)),
        ("на нашей улице 50 дворов по два взрослых, сколько бы доверяли по доле 2019 года?",
         "ru", "trust_per", ("38",)),
        ("көшемізде 45 үй, әр үйде екі ересек, ел бойынша қаншасы сенеді?", "kk", "trust_per",
         ("56.7",)),
        ("коршимизде 30 патер, ар патерде 2 ересек, жалпы статистикамен канша адам сенбейди?",
         "kk", "distrust_per", ("22.2",)),
        ("our street has 40 houses with two adults in each, how many would trust at the "
         "national rate?", "en", "trust_per", ("50.4",)),
        ("30 apartments on our floor, one person per apartment, how many don't trust the police "
         "by the national share?", "en", "distrust_per", ("11.1",)),
        # a four-digit count with people after it is no year
        ("в посёлке 1990 взрослых, сколько по стране не доверяют?", "ru", "distrust_per",
         ("736",)),
        ("ауданымызда 2000 ересек, жалпы статистикамен қаншасы сенбейді?", "kk",
         "distrust_per", ("740",)),
        ("our town has 2000 adults, going by the national share how many don't trust?", "en",
         "distrust_per", ("740",)),
        # people or homes counted, trust asked, the police unnamed
        ("у нас в доме 30 человек, сколько доверяют?", "ru", "trust_per", ("18.9",)),
        ("үйде 50 адам, қаншасы сенеді?", "kk", "trust_per", ("31.5",)),
        ("90 пәтер, қаншасы сенеді?", "kk", "trust_per", ("56.7",)),
        ("there are 20 people in my house, how many trust?", "en", "trust_per", ("12.6",)),
        # trust asked plainly after a count, however it matched: those who trust
        ("our entrance has 30 people, how many trust by the national share", "en", "trust_per",
         ("18.9",)),
        ("my floor has 20 flats one adult each, by national share how many trust", "en",
         "trust_per", ("12.6",)),
        ("our entrance has 30 people, how many distrust by the national share", "en",
         "distrust_per", ("11.1",)),
    ],
)  # fmt: skip
def test_the_count_told_is_the_one_applied(
    engine: QAEngine, question: str, language: str, intent: str, wanted: tuple[str, ...]
) -> None:
    answer = engine.answer(question, language=language)
    assert (answer.intent, says(answer, *wanted)) == (intent, True)


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("в доме 36 квартир, какой уровень доверия к полиции?", "ru"),
        ("квартира 36, по 2 человека в комнате, сколько доверяют полиции в 2019?", "ru"),
    ],
)
def test_homes_without_a_count_asked_state_no_product(
    engine: QAEngine, question: str, language: str
) -> None:
    assert not says(engine.answer(question, language=language), "72")


def test_a_year_with_no_people_after_it_stays_a_year(engine: QAEngine) -> None:
    answer = engine.answer("сколько доверяли полиции в 2000 году?")
    assert answer.intent == "no_figure"


@pytest.mark.parametrize(
    ("questions", "language", "wanted"),
    [
        # the distrust applied to a count told before «короче», then those who trust
        (("в общаге 400 студентов короче сколько из них примерно не доверяют полностью или "
          "частично", "а доверяют сколько"), "ru", ("148", "252")),
        (("біздің ауылда 300 ересек тұрады, ал енді сонымен қаншасы мүлде не ішінара "
          "сенбейді", "ал сенетіні қанша"), "kk", ("111", "189")),
        (("around 60 folks in our building, statistically how many don't trust the police at "
          "least partly?",), "en", ("22.2",)),
    ],
)  # fmt: skip
def test_the_distrust_applied_to_a_count_told(
    engine: QAEngine, questions: tuple[str, ...], language: str, wanted: tuple[str, ...]
) -> None:
    answers = chat(engine, *questions, language=language)
    for answer, number in zip(answers, wanted, strict=True):
        assert answer.intent.endswith("_per")
        assert says(answer, number)


@pytest.mark.parametrize(
    ("question", "language"),
    [("сколько доверяют в нашем ауле?", "ru"), ("біздің ауылда қанша адам сенеді?", "kk")],
)
def test_a_place_without_a_count_gets_no_count(
    engine: QAEngine, question: str, language: str
) -> None:
    assert engine.answer(question, language=language).frame.per is None


@pytest.mark.parametrize(
    ("questions", "language", "wanted"),
    [
        # both years applied to a count, then the difference in people
        (("a street of 300 adults, how many would have trusted at the 2019 rate", "and now?",
          "so how many more people is that?"), "en", ("114", "189", "75")),
        (("в посёлке 200 взрослых, сколько доверяли бы по доле 2019 года", "а сейчас?",
          "это на сколько человек больше?"), "ru", ("76", "126", "50")),
        (("ауылда 200 ересек, 2019 жылғы үлеспен қаншасы сенер еді", "ал қазір?",
          "сонда қанша адамға көп?"), "kk", ("76", "126", "50")),
    ],
)  # fmt: skip
def test_the_difference_in_people_after_both_years(
    engine: QAEngine, questions: tuple[str, ...], language: str, wanted: tuple[str, ...]
) -> None:
    answers = chat(engine, *questions, language=language)
    assert [a.intent for a in answers] == ["trust_per"] * 3
    assert says(answers[0], wanted[0])
    assert says(answers[1], wanted[1])
    assert says(answers[2], *wanted)


@pytest.mark.parametrize(
    ("questions", "language"),
    [
        (("our office has 60 people, how many trust the police?", "and if it were 2019?"), "en"),
        (("our office has 60 people, how many trust the police?", "what would it be in 2019?"),
         "en"),
        (("60 пәтер, қаншасы сенеді?", "ал 2019 жылғы үлеспен осы 60-тан қанша болар еді?"),
         "kk"),
        (("в подъезде 60 человек, сколько доверяют?", "а из этих 60 сколько было бы в 2019?"),
         "ru"),
    ],
)  # fmt: skip
def test_a_year_supposed_after_a_count_applies_it(
    engine: QAEngine, questions: tuple[str, ...], language: str
) -> None:
    answer = chat(engine, *questions, language=language)[-1]
    assert answer.intent == "trust_per"
    assert says(answer, "22.8")


def test_a_year_supposed_with_no_count_is_the_years_level(engine: QAEngine) -> None:
    answer = chat(engine, "how many trust the police?", "and if it were 2019?", language="en")[-1]
    assert answer.intent == "trust_year"


def test_a_year_supposed_the_series_lacks_is_no_figure(engine: QAEngine) -> None:
    answers = chat(
        engine, "our office has 60 people, how many trust?", "and if it were 2022?", language="en"
    )
    assert answers[-1].intent == "no_figure"


def test_trust_at_least_partly_has_no_figure_of_its_own(engine: QAEngine) -> None:
    answer = engine.answer("what share of people trust the police at least partly?", language="en")
    assert answer.intent == "no_figure"
