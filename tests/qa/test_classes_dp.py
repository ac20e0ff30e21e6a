"""Classes of questions found missing by blind set DP (pensioners, parents in school chats,
bloggers, students, police families, newcomers to the big cities), each tested with phrasings
of our own: a share applied to a group for two years at once, a group's size told in a
follow-up, the one in seven applied to a count in Kazakh, a share of the whole police, the
inspectors or pupils singled out, praise of the bot, the police's number and the time zone
beside a city or a story, the first measurement asked after the level, "did it work?"."""

import pytest

from bot.qa import QAEngine
from bot.qa.plain import plain_text
from tests.qa.talk import chat, stated


@pytest.mark.parametrize(
    ("question", "language", "intent", "wanted"),
    [
        ("из 100 человек сколько доверяли в 2019 году и сколько сейчас?", "ru", "trust_per",
         ("38", "63")),
        ("у нас 300 соседей: сколько доверяли бы в 2019, а сколько сейчас?", "ru", "trust_per",
         ("114", "189")),
        ("300 адамның 2019 жылы қаншасы сенген, ал қазір қаншасы сенеді?", "kk", "trust_per",
         ("114", "189")),
        ("out of 1000 people, how many trusted the police in 2019 and how many today?", "en",
         "trust_per", ("380", "630")),
        ("of 1000 people, how many didn't trust in 2019 and now?", "en", "distrust_per",
         ("620", "370")),
    ],
)  # fmt: skip
def test_a_share_applied_for_two_years_gives_both(
    engine: QAEngine, question: str, language: str, intent: str, wanted: tuple[str, ...]
) -> None:
    answer = engine.answer(question, language=language)
    assert answer.intent == intent
    assert all(number in stated(answer) for number in wanted)


@pytest.mark.parametrize(
    ("questions", "language", "intent", "wanted", "absent"),
    [
        (("сколько не доверяют полиции?", "а у нас в чате 300 человек, это сколько будет?"), "ru",
         "distrust_per", "111", "189"),
        (("сколько доверяют полиции?", "в чате класса 50 родителей, это сколько человек?"),
         "ru", "trust_per", "31.5", "18.5"),
        (("сенбейтіндер қанша?", "біздің топта 300 адам бар, бұл қанша адам?"), "kk",
         "distrust_per", "111", "189"),
        (("how many people don't trust the police?", "and in a group of 300?"), "en",
         "distrust_per", "111", "189"),
        (("what share trusts the police?", "our class chat has 300 parents, so how many is that?"),
         "en", "trust_per", "189", "111"),
    ],
)  # fmt: skip
def test_a_groups_size_in_a_follow_up_takes_the_share(
    engine: QAEngine,
    questions: tuple[str, ...],
    language: str,
    intent: str,
    wanted: str,
    absent: str,
) -> None:
    answer = chat(engine, *questions, language=language)[-1]
    assert answer.intent == intent
    found = [n.replace(",", ".") for n in stated(answer)]
    assert wanted in found and absent not in found


@pytest.mark.parametrize(
    ("question", "language", "wanted"),
    [
        ("в нашем подъезде 300 квартир, сколько семей из них доверяют полиции?", "ru", "189"),
        ("Менің арнамда 300 оқырман бар, статистика бойынша қаншасы полицияға сенеді?", "kk",
         "189"),
        ("I have 300 readers on my blog; by the national figure, how many trust the police?", "en",
         "189"),
    ],
)  # fmt: skip
def test_parents_readers_and_families_counted_are_a_group_the_share_applies_to(
    engine: QAEngine, question: str, language: str, wanted: str
) -> None:
    answer = engine.answer(question, language=language)
    assert answer.intent in ("trust_per", "split_per")
    assert wanted in stated(answer)


def test_families_asked_with_no_size_are_still_no_breakdown_and_semey_is_a_city(
    engine: QAEngine,
) -> None:
    for question in ("сколько студентов доверяют полиции?", "а в Семей сколько доверяют полиции?"):
        answer = engine.answer(question, language="ru")
        assert answer.intent == "no_figure" and stated(answer) == []


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("жемқорлардың 3500-і болса, оның қаншасы полицей?", "500"),
        ("сыбайлас жемқорлық жасағандардың 70-і болса, қаншасы полицей болар еді?", "10"),
    ],
)
def test_kazakh_one_in_seven_applied_to_a_possessed_count(
    engine: QAEngine, question: str, wanted: str
) -> None:
    answer = engine.answer(question, language="kk")
    assert answer.intent == "corruption_per"
    assert wanted in stated(answer)


def test_our_reports_possessed_are_not_offenders(engine: QAEngine) -> None:
    answer = engine.answer("800 мыңның 500-і қаралмаса, қаншасы қаралды?", language="kk")
    assert answer.intent == "reports_considered"


@pytest.mark.parametrize(
    ("questions", "language"),
    [
        (("каждый седьмой коррупционер — полицейский", "выходит, 14% всей полиции — взяточники?"),
         "ru"),
        (("every seventh corruption offender is police", "so 14% of the entire police is corrupt?"),
         "en"),
    ],
)  # fmt: skip
def test_a_share_of_the_whole_police_has_no_figure(
    engine: QAEngine, questions: tuple[str, ...], language: str
) -> None:
    answer = chat(engine, *questions, language=language)[-1]
    assert answer.intent == "corruption_officers"
    assert not {"14", "14.3", "14,3"} & set(stated(answer))


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("а какое доверие именно к участковым, в цифрах?", "ru"),
        ("участковым конкретно сколько процентов доверяют?", "ru"),
        ("is there a number for trust in district inspectors specifically?", "en"),
        ("мектеп оқушылары полицияға қаншалықты сенеді?", "kk"),
        ("оқушылар полицияға сене ме, пайызы қанша?", "kk"),
    ],
)
def test_inspectors_or_pupils_singled_out_have_no_figure(
    engine: QAEngine, question: str, language: str
) -> None:
    answer = engine.answer(question, language=language)
    assert answer.intent == "no_figure"
    assert stated(answer) == []


@pytest.mark.parametrize(
    ("question", "language"),
    [("хороший бот, молодец", "ru"), ("good bot", "en"), ("мықты бот", "kk")],
)
def test_praise_of_the_bot_is_an_acknowledgement(
    engine: QAEngine, question: str, language: str
) -> None:
    assert engine.answer(question, language=language).intent == "ack"


@pytest.mark.parametrize(
    ("question", "language", "intent", "wanted"),
    [
        ("переехали в Астану, который час по UTC?", "ru", "time_zone", "UTC+5"),
        ("Алматыда қазір UTC бойынша сағат қанша?", "kk", "time_zone", "UTC+5"),
        ("We moved to Astana from Paris last week: which number is the police?", "en",
         "emergency_numbers", "102"),
        ("my son starts school tomorrow, I want him to learn the police number — which is it?",
         "en", "emergency_numbers", "102"),
    ],
)  # fmt: skip
def test_the_police_number_and_time_zone_beside_a_city_or_a_story(
    engine: QAEngine, question: str, language: str, intent: str, wanted: str
) -> None:
    answer = engine.answer(question, language=language)
    assert answer.intent == intent
    assert wanted in plain_text(answer.text)


def test_another_countrys_police_is_still_refused_beside_our_city(engine: QAEngine) -> None:
    answer = engine.answer("I live in Astana now; how much do people trust the police in France?")
    assert answer.intent == "out_of_scope"


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("Шымкентке жаңа көштік, жалпы ел бойынша полицияға сенім қандай?", "kk"),
        ("Шымкентке жаңа көштік, бүкіл ел бойынша полицияға сенім қандай?", "kk"),
        ("Мы недавно переехали в Алматы, а по всей стране какое доверие к полиции?", "ru"),
        ("We just moved to Astana. What's trust in the police across the whole country?", "en"),
    ],
)
def test_a_newcomer_asking_of_the_whole_country_gets_the_national_level(
    engine: QAEngine, question: str, language: str
) -> None:
    answer = engine.answer(question, language=language)
    assert answer.intent == "trust_current"
    assert "63" in stated(answer)


def test_national_or_a_citys_asked_is_still_the_source(engine: QAEngine) -> None:
    assert engine.answer("это по всей стране или по Алматы?", language="ru").intent == "source"


@pytest.mark.parametrize(
    ("questions", "language"),
    [
        (("сколько сейчас доверяют полиции?", "а когда только начинали замерять, сколько было?"),
         "ru"),
        (("how many people trust the police?", "and when they first started counting?"), "en"),
        (("қазір полицияға қанша адам сенеді?", "ал алғаш өлшегенде қанша болды?"), "kk"),
        (("какой сейчас уровень доверия?", "а базовый год какой, с которого считают?"), "ru"),
    ],
)  # fmt: skip
def test_the_first_measurement_after_the_level(
    engine: QAEngine, questions: tuple[str, ...], language: str
) -> None:
    answer = chat(engine, *questions, language=language)[-1]
    assert answer.intent in ("trust_first", "trust_growth")
    assert "2019" in stated(answer) or "38" in stated(answer)


@pytest.mark.parametrize(
    ("questions", "language", "intent"),
    [
        (("что реформа дала участковым?", "и что, сработало?"), "ru", "reason_prevention"),
        (("what did the inspectors get from the reform?", "did it work?"), "en",
         "reason_prevention"),
        (("Формализм деген не?", "бұл неге әкеледі?"), "kk", "reason_formalism"),
    ],
)  # fmt: skip
def test_what_came_of_it_is_the_answer_again(
    engine: QAEngine, questions: tuple[str, ...], language: str, intent: str
) -> None:
    assert chat(engine, *questions, language=language)[-1].intent == intent


def test_inspectors_answer_names_rural_areas_and_no_reaction(engine: QAEngine) -> None:
    ru = engine.answer("почему жалуются на участковых?", language="ru")
    en = engine.answer("what do people complain about with district inspectors?", language="en")
    assert "сельской местности" in plain_text(ru.text)
    assert "react" in plain_text(en.text)


def test_asked_to_count_it_exactly_after_the_growth(engine: QAEngine) -> None:
    answer = chat(engine, "депутат екі есе өсті дейді", "нақты есептеп берші", language="kk")[-1]
    assert answer.intent == "trust_growth"
    assert "1,66" in plain_text(answer.text)
