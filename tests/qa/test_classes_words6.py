"""Questions answered in words (`bot/qa/in_words.py`): who computed a figure, who the deputy is
and whether she holds a post, the outlet and the headline, where one figure comes from, the
survey's method, what percentage points are, whether "almost twice" holds and whose words they
are, the asker among the 37 %, the consequences of formalism, the main problems listed, what "every
seventh is a police officer" means, the service police, why trust grew, whether the police is
open, and the deputy's side. Our own phrasings, in ru / kk (also without its letters) / en."""

import pytest

from bot.qa import QAEngine
from bot.qa.intents import (
    ASSESSMENT,
    DEPUTY,
    DEPUTY_STANCE,
    METHOD,
    PUBLICATION,
    REASONS,
    REFORM,
    SOURCE,
)
from bot.qa.plain import plain_text
from tests.qa.talk import chat, says

GROWTH = "trust_growth"
FORMALISM = "reason_formalism"
CORRUPTION = "reason_corruption"
DISTRUST = "distrust"
GROWTH_CAUSES = "growth_causes"
KURSIV = ("Курсив", "Kursiv")
IMASHEVA = ("Имашева", "Imasheva", "Имашеваның", "Имашевой")


def _text(engine: QAEngine, question: str, language: str) -> tuple[str, str]:
    answer = chat(engine, *question.split(" → "), language=language)[-1]
    return answer.intent, plain_text(answer.text)


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("а кто эти 63 процента подсчитал, министерство что ли?", "ru"),
        ("63 пайызды кім есептеп шығарды, үкімет пе?", "kk"),
        ("63 paiyzdy kim eseptegen, ukimet pe?", "kk"),
        ("was it the government that counted the 63 %, or someone else?", "en"),
        ("who measured that 63 percent figure?", "en"),
    ],
)
def test_who_computed_a_figure_is_its_source(
    engine: QAEngine, question: str, language: str
) -> None:
    intent, text = _text(engine, question, language)
    assert intent == SOURCE
    assert any(name in text for name in IMASHEVA) and any(name in text for name in KURSIV)


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("Имашева — она министр какой-то?", "ru"),
        ("Снежанна это министр внутренних дел?", "ru"),
        ("Снежанна Имашева министр ба?", "kk"),
        ("Snezhanna Imasheva ministr be?", "kk"),
        ("is this Snezhanna some kind of minister?", "en"),
    ],
)
def test_the_deputy_taken_for_a_minister_is_a_deputy(
    engine: QAEngine, question: str, language: str
) -> None:
    intent, text = _text(engine, question, language)
    assert intent == DEPUTY
    assert any(no in text for no in ("Нет", "Жоқ", "No,"))
    assert any(word in text for word in ("Мажилис", "Мәжіліс", "Mazhilis"))


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("в каком СМИ это вышло?", "ru"),
        ("какая газета об этом писала?", "ru"),
        ("бұл туралы қай басылым жазды?", "kk"),
        ("which outlet ran this?", "en"),
        ("what newspaper wrote about it", "en"),
    ],
)
def test_the_outlet_asked_is_the_publication(
    engine: QAEngine, question: str, language: str
) -> None:
    intent, text = _text(engine, question, language)
    assert intent == PUBLICATION
    assert any(name in text for name in KURSIV)
    assert "13.10.2025" in text or "October 13, 2025" in text


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("как озаглавлена статья?", "ru"),
        ("статья как называется?", "ru"),
        ("мақаланың атауы қандай?", "kk"),
        ("makalanyn atauy kandai?", "kk"),
        ("what was the article titled?", "en"),
        ("the headline of that story?", "en"),
    ],
)
def test_the_headline_asked_is_what_the_article_is_about(
    engine: QAEngine, question: str, language: str
) -> None:
    intent, text = _text(engine, question, language)
    assert intent == PUBLICATION
    assert any(name in text for name in KURSIV)
    assert "63" in text  # what it is about: the latest level
    assert any(word in text for word in ("Заголовка", "тақырыбы", "headline"))


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("оформляю ссылку: автор цифр, издание, дата?", "ru"),
        ("for my references: who is the author of the figures and which outlet?", "en"),
        ("сілтеме үшін: цифрлардың авторы кім, қай басылым?", "kk"),
    ],
)
def test_the_figures_author_for_a_footnote_is_the_deputy_and_the_outlet(
    engine: QAEngine, question: str, language: str
) -> None:
    intent, text = _text(engine, question, language)
    assert intent == PUBLICATION
    assert any(name in text for name in IMASHEVA) and any(name in text for name in KURSIV)
    assert "13.10.2025" in text or "October 13, 2025" in text
    assert "не сказано" not in text and "do not name" not in text


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("откуда взяли, что каждый седьмой коррупционер — полицейский?", "ru"),
        ("әрбір жетінші полицей деген мәлімет қайдан?", "kk"),
        ("arbir zhetinshi policei degen derek kaidan?", "kk"),
        ("what's the source of the every-seventh-cop corruption figure?", "en"),
    ],
)
def test_the_one_in_seven_asked_where_from_is_the_deputy(
    engine: QAEngine, question: str, language: str
) -> None:
    intent, text = _text(engine, question, language)
    assert intent == SOURCE
    assert any(name in text for name in IMASHEVA)


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("правонарушения против личности — сколько их было и откуда эти данные?", "ru"),
        ("offences against the person: how many, and what's the source?", "en"),
    ],
)
def test_the_reports_counted_and_sourced(engine: QAEngine, question: str, language: str) -> None:
    intent, text = _text(engine, question, language)
    assert intent == FORMALISM
    assert "800" in text
    assert any(name in text for name in ("Генпрокуратур", "General Prosecutor"))


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("в статье сказано, как замеряли доверие? выборка какая?", "ru"),
        ("is the methodology of the trust survey given? what sample?", "en"),
        ("сенімді қалай өлшеген, әдістемесі бар ма?", "kk"),
    ],
)
def test_the_method_asked_is_not_given(engine: QAEngine, question: str, language: str) -> None:
    intent, _ = _text(engine, question, language)
    assert intent == METHOD


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("п.п. — это что вообще, почему не проценты?", "ru"),
        ("то есть рост на 25%? так и пишу в отчёте", "ru"),
        ("what's a pp, why not just say percent?", "en"),
        ("so trust went up 25%, right? putting that in my essay", "en"),
        ("25 percent or 25 points, which is it?", "en"),
        ("сонда өсім 25 пайыз ба? баяндамаға жазайын деп едім", "kk"),
        ("25 пайыз ба, 25 тармақ па?", "kk"),
        ("osim 25 paiyz ba alde 25 punkt pe?", "kk"),
    ],
)
def test_points_explained_with_the_relative_change(
    engine: QAEngine, question: str, language: str
) -> None:
    answer = chat(engine, question, language=language)[-1]
    assert answer.intent == GROWTH
    assert says(answer, "25", "66", "38", "63")


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("«почти вдвое» — не преувеличение? пересчитай", "ru"),
        ("правда что доверие выросло в два раза? проверь", "ru"),
        ("did trust really double? do the math", "en"),
        ("екі есе өсті деген рас па? есептеші", "kk"),
        ("eki ese osti degen ras pa?", "kk"),
    ],
)
def test_the_doubling_checked_is_the_ratio(engine: QAEngine, question: str, language: str) -> None:
    answer = chat(engine, question, language=language)[-1]
    assert answer.intent == GROWTH
    assert says(answer, "1.66")


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("«почти в два раза» — это слова журналиста или её?", "ru"),
        ("is 'almost twice' the journalist's phrase or the MP's?", "en"),
        ("«екі есеге жуық» — журналистің сөзі ме, әлде депутаттың өзінің?", "kk"),
    ],
)
def test_almost_twice_is_hers(engine: QAEngine, question: str, language: str) -> None:
    intent, text = _text(engine, question, language)
    assert intent == GROWTH
    assert any(word in text for word in ("депутата", "депутаттың", "deputy’s"))


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("я доверяю полиции только частично — я тоже в этих 37%?", "ru"),
        ("I half trust the police. Do I count in the 37 percent?", "en"),
        ("мен полицияға жартылай сенемін, мен де сол 37 пайызға кіремін бе?", "kk"),
        ("men policiaga zhartylai senemin, men de sol 37 paiyzga kiremin be?", "kk"),
    ],
)
def test_the_partly_trusting_asker_is_among_the_37(
    engine: QAEngine, question: str, language: str
) -> None:
    answer = chat(engine, question, language=language)[-1]
    assert answer.intent == DISTRUST
    assert says(answer, "37") and "63" not in plain_text(answer.text)
    assert any(yes in plain_text(answer.text) for yes in ("Да", "Иә", "Yes"))


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("к каким последствиям ведёт формализм, по словам депутата?", "ru"),
        ("what does formalism lead to, per the deputy?", "en"),
        ("формализм неге әкеледі?", "kk"),
        ("почему не доверяют полиции? → а формализм? → и какие последствия?", "ru"),
    ],
)
def test_the_consequences_of_formalism(engine: QAEngine, question: str, language: str) -> None:
    intent, text = _text(engine, question, language)
    assert intent == FORMALISM
    assert any(word in text for word in ("безнаказ", "жазасыз", "unpunished"))
    assert any(word in text for word in ("укрывает", "жасырады", "conceal"))


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("какие основные проблемы у полиции называет депутат? перечисли", "ru"),
        ("list the police's main problems the MP describes", "en"),
        ("депутат атаған полицияның басты мәселелері қандай?", "kk"),
        ("deputat politsiyanyn negizgi maseleleri kandai dep atady?", "kk"),
    ],
)
def test_the_main_problems_listed_are_the_reasons(
    engine: QAEngine, question: str, language: str
) -> None:
    intent, _ = _text(engine, question, language)
    assert intent == REASONS


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("«каждый седьмой — полицейский» — это как понимать?", "ru"),
        ("'every 7th is a police officer' — what's meant by that?", "en"),
        ("жетіншісі полицей дегені нені білдіреді?", "kk"),
    ],
)
def test_every_seventh_police_officer_explained_is_corruption(
    engine: QAEngine, question: str, language: str
) -> None:
    answer = chat(engine, question, language=language)[-1]
    assert answer.intent == CORRUPTION
    assert says(answer, "7")


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("сервисная полиция — что это и откуда пошло?", "ru"),
        ("what does 'service police' mean?", "en"),
        ("сервистік полиция деген не, қайдан шықты?", "kk"),
    ],
)
def test_the_service_police_explained_is_the_reform(
    engine: QAEngine, question: str, language: str
) -> None:
    intent, text = _text(engine, question, language)
    assert intent == REFORM
    assert any(name in text for name in ("Тен", "Ten"))


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("why has trust gone up since 2019, what changed?", "en"),
        ("отчего доверие к полиции выросло?", "ru"),
        ("полицияға сенім неге өсті?", "kk"),
    ],
)
def test_why_trust_grew_names_the_reform(engine: QAEngine, question: str, language: str) -> None:
    intent, text = _text(engine, question, language)
    assert intent == GROWTH_CAUSES
    assert any(name in text for name in ("Тен", "Ten"))


def test_trust_not_growing_is_not_why_it_grew(engine: QAEngine) -> None:
    assert chat(engine, "why doesn't trust in the police grow?", language="en")[-1].intent != (
        GROWTH_CAUSES
    )


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("полиция теперь открытая или всё по-прежнему?", "ru"),
        ("has the police become open, or is it still the same?", "en"),
        ("полиция қазір ашық па, әлде сол күйі ме?", "kk"),
    ],
)
def test_the_police_open_is_her_assessment(engine: QAEngine, question: str, language: str) -> None:
    intent, text = _text(engine, question, language)
    assert intent == ASSESSMENT
    assert any(word in text for word in ("незначительно", "шамалы", "insignificantly"))


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("депутат на стороне полиции или против неё?", "ru"),
        ("is the MP against the police?", "en"),
        ("депутат полицияға қарсы ма?", "kk"),
        ("deputat policiaga karsy ma?", "kk"),
    ],
)
def test_her_side_is_her_stance_and_assessment(
    engine: QAEngine, question: str, language: str
) -> None:
    intent, text = _text(engine, question, language)
    assert intent == DEPUTY_STANCE
    assert any(word in text for word in ("незначительно", "шамалы", "insignificantly"))
    assert not text.startswith(("Да", "Иә", "Yes"))


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("на сколько пп больше тех, кто доверяет, чем тех, кто не доверяет?", "ru"),
        ("gap in pp between those who trust and those who don't?", "en"),
    ],
)
def test_points_between_the_two_sides_are_their_gap(
    engine: QAEngine, question: str, language: str
) -> None:
    """ "pp" between those who trust and those who don't asks their gap, not what a point is."""
    answer = engine.answer(question, language=language)
    assert (answer.intent, says(answer, "26")) == ("trust_split", True), answer.text
