"""Classes of misses found by the sets EB and ED, tested with phrasings of our own: follow-ups
that keep their subject (an ordinal or "tell me more" after the reasons, the inspectors' package
or faults, Ten in the Kazakh dative), the outlet that ran the story, the trust asked back from
the 37 % "partly or not at all", and thanks or a chat the answer is passed to."""

import pytest

from bot.qa import QAEngine
from tests.qa.talk import chat, stated

PREVENTION = "reason_prevention"


@pytest.mark.parametrize(
    ("questions", "language", "intent"),
    [
        (("почему не доверяют полиции", "первая причина?", "а вторая?"), "ru", PREVENTION),
        (("неге полицияға сенбейді", "бірінші себебі қандай", "екіншісі ше?"), "kk", PREVENTION),
        (("себептері неде", "біріншісі жемқорлық қой, үшінші себебі?"), "kk", "reason_formalism"),
        (
            ("why distrust the police", "corruption and prevention, and the third?"),
            "en",
            "reason_formalism",
        ),
        (("причины недоверия", "первый замер какой был?"), "ru", "trust_first"),
    ],
)
def test_an_ordinal_after_the_reasons_walks_them(
    engine: QAEngine, questions: tuple[str, ...], language: str, intent: str
) -> None:
    assert chat(engine, *questions, language=language)[-1].intent == intent


@pytest.mark.parametrize(
    ("questions", "language"),
    [
        (("причины недоверия", "а третья?", "расскажи про неё подробнее"), "ru"),
        (("себептері қандай", "үшіншісі?", "осыны толығырақ айтшы"), "kk"),
        (("reasons for distrust", "the third one?", "tell me more about that"), "en"),
    ],
)
def test_more_after_the_third_reason_is_about_the_reports(
    engine: QAEngine, questions: tuple[str, ...], language: str
) -> None:
    answer = chat(engine, *questions, language=language)[-1]
    assert answer.intent == "reports_considered"
    assert "500" in stated(answer)


@pytest.mark.parametrize(
    ("questions", "language"),
    [
        (("что реформа дала участковым", "а льготы?"), "ru"),
        (("участковые теперь в чатах домов?", "и что с ними плохо?"), "ru"),
        (("учаскелік полицейлерге не өзгерді", "тағы не берілді?"), "kk"),
        (("учаскелік полиция үй чатында ма?", "олармен не дұрыс емес?"), "kk"),
        (("what changed for the district inspectors", "and the benefits?"), "en"),
        (("are inspectors in the building chats now?", "what's wrong with them then?"), "en"),
    ],
)
def test_a_follow_up_on_the_inspectors_keeps_them(
    engine: QAEngine, questions: tuple[str, ...], language: str
) -> None:
    assert chat(engine, *questions, language=language)[-1].intent == PREVENTION


def test_a_pay_figure_of_the_inspectors_stays_no_figure(engine: QAEngine) -> None:
    answers = chat(engine, "что изменилось у участковых", "а какая у них зарплата?")
    assert answers[-1].intent == "no_figure"


@pytest.mark.parametrize(
    "questions",
    [
        ("реформа қалай басталды", "оған Тенге қандай қатысы бар?"),
        ("полицияның Тенге қатысы қандай",),
    ],
)
def test_ten_in_the_kazakh_dative_is_the_skater(
    engine: QAEngine, questions: tuple[str, ...]
) -> None:
    assert chat(engine, *questions, language="kk")[-1].intent == "reform_context"


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("what media carried that article?", "en"),
        ("which news outlet ran it?", "en"),
        ("в каком сми это опубликовали", "ru"),
    ],
)
def test_the_outlet_that_ran_it_is_the_publication(
    engine: QAEngine, question: str, language: str
) -> None:
    answer = chat(engine, question, language=language)[-1]
    assert answer.intent in ("publication", "source")
    assert "урсив" in answer.text or "Kursiv" in answer.text


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("раз 37% частично или совсем не доверяют, сколько же доверяет?", "ru"),
        ("37 процентов доверяют отчасти либо не доверяют, а сколько доверяют?", "ru"),
        ("37 пайыз ішінара сенеді не мүлде сенбейді, сонда қаншасы сенеді?", "kk"),
        ("if 37 percent only partly trust or don't trust, what share trusts?", "en"),
    ],
)
def test_trust_asked_back_from_the_rest(engine: QAEngine, question: str, language: str) -> None:
    answer = chat(engine, question, language=language)[-1]
    assert answer.intent == "trust_current"
    assert "63" in stated(answer)


def test_the_parts_of_the_rest_are_still_the_parts(engine: QAEngine) -> None:
    answer = chat(engine, "37% не доверяют вовсе или частично?")[-1]
    assert answer.intent != "trust_current"


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("саубол", "kk"),
        ("рахмет, saubol", "kk"),
        ("керемет бот, үй чатына қосамын", "kk"),
        ("супер бот, добавлю в чат подъезда", "ru"),
        ("nice one, I'll add it to our building chat", "en"),
    ],
)
def test_thanks_and_a_chat_it_goes_to_are_an_acknowledgement(
    engine: QAEngine, question: str, language: str
) -> None:
    assert chat(engine, question, language=language)[-1].intent == "ack"


def test_a_question_after_ok_is_still_asked(engine: QAEngine) -> None:
    answer = chat(engine, "ok so can you tell me the percentage", language="en")[-1]
    assert answer.intent != "ack"


@pytest.mark.parametrize(
    ("questions", "language", "stem"),
    [
        (("сколько не доверяют полиции", "значит, они совсем полиции не верят?"), "ru", "частично"),
        (
            ("а сколько доверяет?", "а прочие 37?", "выходит, они ей вообще не верят?"),
            "ru",
            "частично",
        ),
        (("полицияға неше пайыз сенбейді", "демек олар мүлдем сенбейді ғой?"), "kk", "ішінара"),
        (("what share distrusts the police?", "so they have zero trust?"), "en", "partly"),
    ],
)
def test_the_rest_checked_as_not_at_all_is_explained(
    engine: QAEngine, questions: tuple[str, ...], language: str, stem: str
) -> None:
    answer = chat(engine, *questions, language=language)[-1]
    assert answer.intent == "sum_quoted"
    assert stem in answer.text
    assert stated(answer) == []


@pytest.mark.parametrize(
    ("question", "language", "wanted"),
    [
        ("admin test: trust level in 2025, digits only", "en", "63"),
        ("админ тест: доверие в 2019 году, только цифру", "ru", "38"),
        ("admin test: 2025 jylgy polisiyaga senim, tek san", "kk", "63"),
    ],
)
def test_a_test_opened_after_a_word_is_still_the_figure(
    engine: QAEngine, question: str, language: str, wanted: str
) -> None:
    answer = chat(engine, question, language=language)[-1]
    assert answer.intent == "trust_year"
    assert wanted in stated(answer)


@pytest.mark.parametrize(
    ("questions", "language"),
    [
        (("насколько выросло доверие к полиции и сколько лет на это ушло",), "ru"),
        (("полицияға сенім неше тармаққа өсті, қанша жылда",), "kk"),
        (("by how much did police trust rise, and over how many years?",), "en"),
    ],
)
def test_growth_and_its_years_asked_together(
    engine: QAEngine, questions: tuple[str, ...], language: str
) -> None:
    answer = chat(engine, *questions, language=language)[-1]
    assert {"25", "6"} <= set(stated(answer))


@pytest.mark.parametrize(
    ("questions", "language"),
    [
        (("сколько доверяли в 2019", "а с тех пор насколько выросло?"), "ru"),
        (("2019 жылы сенім қанша еді", "содан бері қанша тармаққа өсті?"), "kk"),
        (("trust in 2019?", "how much has it grown since then?"), "en"),
    ],
)
def test_growth_since_a_year_is_the_change(
    engine: QAEngine, questions: tuple[str, ...], language: str
) -> None:
    answer = chat(engine, *questions, language=language)[-1]
    assert answer.intent == "trust_growth"
    assert "25" in stated(answer)


@pytest.mark.parametrize(
    ("question", "language", "wanted"),
    [
        ("сенетіндер қалғандарынан неше тармаққа артық", "kk", "26"),
        ("сенетіндер қалғандардан қанша есе көп", "kk", "1,7"),
        ("how many times more trust the police than the rest?", "en", "1.7"),
    ],
)
def test_those_who_trust_set_against_the_rest(
    engine: QAEngine, question: str, language: str, wanted: str
) -> None:
    answer = chat(engine, question, language=language)[-1]
    assert answer.intent == "trust_split"
    assert wanted in stated(answer)


@pytest.mark.parametrize(
    ("questions", "language"),
    [
        (("а 37 процентов остальных — это кто?", "а в 2019 сколько было остальных?"), "ru"),
        (("what about the remaining 37?", "and the rest back in 2019?"), "en"),
        (("ал қалған 37 пайыз ше?", "2019 жылы қалғандары неше пайыз еді?"), "kk"),
    ],
)
def test_the_rest_asked_again_for_a_year_is_that_years_rest(
    engine: QAEngine, questions: tuple[str, ...], language: str
) -> None:
    answer = chat(engine, *questions, language=language)[-1]
    assert "62" in stated(answer)


def test_the_rest_of_the_rest_is_still_trust(engine: QAEngine) -> None:
    answer = chat(engine, "сколько не доверяют полиции", "а остальные?")[-1]
    assert "63" in stated(answer)


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("у меня дочь студентка, спрашивает, сколько людей вообще доверяет полиции?", "ru"),
        ("my kids are teenagers and they ask how many people in general trust the police", "en"),
    ],
)
def test_a_family_story_before_a_plain_question_is_no_breakdown(
    engine: QAEngine, question: str, language: str
) -> None:
    answer = chat(engine, question, language=language)[-1]
    assert answer.intent == "trust_current"
    assert "63" in stated(answer)


def test_a_group_asked_is_still_a_breakdown(engine: QAEngine) -> None:
    assert chat(engine, "сколько подростков доверяют полиции?")[-1].intent == "no_figure"


@pytest.mark.parametrize(
    ("questions", "wanted"),
    [
        (("біздің үйде 80 адам тұрады", "қаншасы полицияға сенеді?"), "50"),
        (("бізде 40 көрші бар", "нешеуі сенбейді немесе ішінара сенеді?"), "15"),
    ],
)
def test_a_count_told_is_applied_to_how_many_of_them(
    engine: QAEngine, questions: tuple[str, ...], wanted: str
) -> None:
    answer = chat(engine, *questions, language="kk")[-1]
    assert answer.intent in ("trust_per", "distrust_per")
    assert wanted in stated(answer)


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("как депутат объясняет, что доверие к полиции не выше?", "ru"),
        ("депутат сенім неге жоғары емес деп түсіндіреді?", "kk"),
    ],
)
def test_trust_not_higher_asks_the_reasons(engine: QAEngine, question: str, language: str) -> None:
    assert chat(engine, question, language=language)[-1].intent == "reasons"


def test_trust_higher_than_before_is_still_the_change(engine: QAEngine) -> None:
    assert chat(engine, "доверие сейчас выше, чем в 2019?")[-1].intent == "trust_growth"
