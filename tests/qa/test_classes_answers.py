"""Classes of questions found missing by sets DS, DT and DU, each tested with phrasings of our own:
short acknowledgements ("норм", «мақұл», "best bot", a blessing for thanks) and the years between
the first and the latest measurement counted with the years or the shares named."""

import pytest

from bot.qa import QAEngine
from bot.qa.intents import ACK
from tests.qa.talk import chat, stated


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("норм", "ru"),
        ("нормально, понял", "ru"),
        ("да, понятно", "ru"),
        ("лучший бот", "ru"),
        ("мақұл", "kk"),
        ("макул, тусиндим", "kk"),
        ("жарайсың, нақты жауап", "kk"),
        ("ең жақсы бот", "kk"),
        ("Алла разы болсын, айналайын", "kk"),
        ("best bot ever", "en"),
        ("yes, got it", "en"),
    ],
)  # fmt: skip
def test_short_acknowledgements_are_acknowledged(
    engine: QAEngine, question: str, language: str
) -> None:
    (answer,) = chat(engine, question, language=language)
    assert answer.intent == ACK
    assert stated(answer) == []


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("сколько лет прошло от замера 2019 года до 2025?", "ru"),
        ("за сколько лет доверие поднялось с 38 до 63?", "ru"),
        ("2019 бен 2025 арасында сенімді неше жыл өлшеп келеді?", "kk"),
        ("38-ден 63-ке дейін неше жыл өтті?", "kk"),
        ("38 den 63 ke deiin neshe zhyl otti?", "kk"),
        ("trust went from 38 to 63 in how many years?", "en"),
        ("how many years of trust data from 2019 to 2025?", "en"),
    ],
)  # fmt: skip
def test_years_between_the_measurements_are_counted_from_the_rows(
    engine: QAEngine, question: str, language: str
) -> None:
    (answer,) = chat(engine, question, language=language)
    assert answer.intent == "measurement_years"
    assert "6" in stated(answer)


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("статья вышла в 2023, правильно?", "ru"),
        ("говорят, статья датирована 2024 годом, так?", "ru"),
        ("мақала 2023 жылы жарияланды ма?", "kk"),
        ("maqala 2024 zhyly shyqty, ras pa?", "kk"),
        ("was the Kursiv piece published in 2024?", "en"),
        ("the article is from 2023, correct?", "en"),
    ],
)  # fmt: skip
def test_a_year_said_of_the_article_gets_its_date(
    engine: QAEngine, question: str, language: str
) -> None:
    (answer,) = chat(engine, question, language=language)
    assert answer.intent == "publication"
    assert "2025" in stated(answer)


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("В Германии полиции доверяют процентов 80. А у нас?", "ru"),
        ("читал, что в Финляндии доверие 90%. А в Казахстане сколько?", "ru"),
        ("Germaniyada 80 paiyz senedi eken, bizde she?", "kk"),
        ("Финляндияда 90 пайыз сенеді дейді, Қазақстанда қанша?", "kk"),
        ("Finland has 90% trust in police. What about here in Kazakhstan?", "en"),
    ],
)  # fmt: skip
def test_our_level_asked_after_a_foreign_figure(
    engine: QAEngine, question: str, language: str
) -> None:
    (answer,) = chat(engine, question, language=language)
    assert "63" in stated(answer)


def test_another_country_asked_after_a_foreign_figure_stays_out_of_scope(
    engine: QAEngine,
) -> None:
    (answer,) = chat(engine, "In Germany 80% trust the police, and in Russia?", language="en")
    assert answer.intent == "out_of_scope"


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("откуда взяли, что каждый седьмой коррупционер — полицейский?", "ru"),
        ("каждый седьмой — это тоже от прокуратуры?", "ru"),
        ("әр жетінші полицей туралы дерек қайдан алынған?", "kk"),
        ("ar zhetinshi sybailas — policei degen derekkoz kimdiki?", "kk"),
        ("what's the source for one in seven offenders being police?", "en"),
    ],
)  # fmt: skip
def test_the_source_of_a_figure_named_by_its_words(
    engine: QAEngine, question: str, language: str
) -> None:
    (answer,) = chat(engine, question, language=language)
    assert answer.intent == "source"
    assert "Имашев" in answer.text or "Imasheva" in answer.text


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("докажи, что полиция улучшилась", "ru"),
        ("какие доводы, что полиция стала работать лучше?", "ru"),
        ("policiya zhaksardy degenge dalel bar ma?", "kk"),
        ("полиция жақсарды дегенге қандай дәлел бар?", "kk"),
        ("any proof the police improved?", "en"),
    ],
)  # fmt: skip
def test_arguments_that_the_police_got_better_are_the_change_in_trust(
    engine: QAEngine, question: str, language: str
) -> None:
    (answer,) = chat(engine, question, language=language)
    assert answer.intent == "trust_growth"
    assert {"38", "63"} <= set(stated(answer))


@pytest.mark.parametrize(
    ("questions", "language"),
    [
        (("Сколько доверяли полиции в 2019?", "а сколько тогда не доверяли, если вычесть?"), "ru"),
        (("2019 жылы сенім қанша болды?", "ол кезде сенбегендер қанша, 100-ден шегерсек?"), "kk"),
        (("What was trust in 2019?", "how many didn't trust then, if you subtract it?"), "en"),
    ],
)  # fmt: skip
def test_the_rest_of_a_years_level_back_then(
    engine: QAEngine, questions: tuple[str, ...], language: str
) -> None:
    answer = chat(engine, *questions, language=language)[-1]
    assert "62" in stated(answer)
    assert "37" not in stated(answer)


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("частично плюс совсем не доверяют — вместе сколько процентов?", "ru"),
        ("ishinara jane mulde senbeitinder birge neshe paiyz?", "kk"),
        ("what share is 'partly or not at all', together?", "en"),
    ],
)  # fmt: skip
def test_partly_and_not_at_all_together_are_the_rest(
    engine: QAEngine, question: str, language: str
) -> None:
    (answer,) = chat(engine, question, language=language)
    assert "37" in stated(answer)


@pytest.mark.parametrize(
    ("questions", "language"),
    [
        (("кто такой Денис Тен и как он связан с реформой?",), "ru"),
        (("что такое сервисная полиция?", "а с чего всё это началось?"), "ru"),
        (("Денис Тен кім және реформамен қандай байланысы бар?",), "kk"),
        (("what's Denis Ten got to do with the reform, how are they connected?",), "en"),
    ],
)  # fmt: skip
def test_denis_ten_and_how_the_reform_began(
    engine: QAEngine, questions: tuple[str, ...], language: str
) -> None:
    answer = chat(engine, *questions, language=language)[-1]
    assert answer.intent == "reform_context"
    assert "2018" in stated(answer)


@pytest.mark.parametrize(
    ("questions", "language"),
    [
        (("мой сосед спрашивает: с чего стартовало доверие в 2019?",), "ru"),
        (("where did trust start in 2019?",), "en"),
        (("my uncle is a cop in Ohio and asks: what did trust start from in 2019?",), "en"),
        (("қазір қанша пайыз сенеді?", "ал өлшей бастағанда қанша болған?"), "kk"),
        (("сенімді өлшей бастағанда неше пайыз еді?",), "kk"),
    ],
)  # fmt: skip
def test_where_trust_started_is_the_first_measurement(
    engine: QAEngine, questions: tuple[str, ...], language: str
) -> None:
    answer = chat(engine, *questions, language=language)[-1]
    assert answer.intent in ("trust_year", "trust_first")
    assert "38" in stated(answer)


@pytest.mark.parametrize(
    ("questions", "language"),
    [
        (("студенты в группе говорят, что доверие выросло на 25 процентов. Верно?",), "ru"),
        (("сыныптағы оқушылар сенім 25 пайызға өсті дейді, рас па?",), "kk"),
        (("the pensioners in our yard say trust went up 25 percent, true?",), "en"),
        (("с 38 до 63 — это 1,5x или ближе к 2x?",), "ru"),
        (("from 38 to 63, more like 1.5x or 2x?",), "en"),
        (("во сколько раз выросло доверие?", "депутат сказала почти вдвое, ошиблась?"), "ru"),
        (("сенім неше есе өсті?", "депутат екі есе деді ғой, қателесті ме?"), "kk"),
    ],
)  # fmt: skip
def test_a_change_said_by_others_is_checked_against_the_change(
    engine: QAEngine, questions: tuple[str, ...], language: str
) -> None:
    answer = chat(engine, *questions, language=language)[-1]
    assert answer.intent == "trust_growth"
    assert {"25", "1,66"} <= set(stated(answer)) or {"25", "1.66"} <= set(stated(answer))


@pytest.mark.parametrize(
    ("question", "language"),
    [("x + 38 = 63, find x", "en"), ("how much do students trust the police?", "en")],
)
def test_an_equation_and_a_group_asked_stay_declined(
    engine: QAEngine, question: str, language: str
) -> None:
    (answer,) = chat(engine, question, language=language)
    assert answer.intent in ("out_of_scope", "no_figure")


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("сенім 2019-дан бері салыстырмалы түрде неше пайызға өсті, ондыққа дейін айтшы", "kk"),
        ("senim 2019 dan beri neshe paiyzga osti? ondyk ulesine deiin", "kk"),
        ("relative to 2019, by what percent did trust rise, to a tenth?", "en"),
    ],
)  # fmt: skip
def test_the_relative_growth_to_one_decimal(engine: QAEngine, question: str, language: str) -> None:
    (answer,) = chat(engine, question, language=language)
    assert {"65,8", "65.8"} & set(stated(answer))


@pytest.mark.parametrize(
    "question",
    [
        "100-ден сенетіндерді шегерсек неше пайыз қалады?",
        "100 paiyzdan senetinderdi alyp tastasaq?",
    ],
)
def test_those_who_trust_taken_from_a_hundred_leave_the_rest(
    engine: QAEngine, question: str
) -> None:
    (answer,) = chat(engine, question, language="kk")
    assert "37" in stated(answer)
    assert "63" not in stated(answer)


@pytest.mark.parametrize("question", ["қысқа: 2019 бен 2025 сенім?", "qysqa: 2019 — ?, 2025 — ?"])
def test_both_years_asked_in_short_in_kazakh(engine: QAEngine, question: str) -> None:
    (answer,) = chat(engine, question, language="kk")
    assert {"38", "63"} <= set(stated(answer))


@pytest.mark.parametrize(
    ("first", "rest"),
    [
        ("how many trust the police now?", "37"),
        ("out of 100 people how many trust the police?", "37"),
        ("what was trust in 2019?", "62"),
    ],
)
def test_those_who_would_not_after_those_who_trust(engine: QAEngine, first: str, rest: str) -> None:
    answer = chat(engine, first, "and how many would not?", language="en")[-1]
    assert rest in stated(answer)
