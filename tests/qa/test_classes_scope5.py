"""Villages, unrelated questions after a figure, and stories that end in the national question:
a village, aul, settlement or district asked is a breakdown with no figure (also glued to «біздің»);
a message of another subject after a figure is refused, not answered with the figure before it,
while a real follow-up keeps its subject; the bot asked to do something else is refused; a story
that ends in "how many in the country trust?" or "who is right, by the statistics?" gets the
level."""

import pytest

from bot.qa import QAEngine
from bot.qa.intents import NO_FIGURE, OUT_OF_SCOPE
from tests.qa.talk import chat, says, stated

LEVEL = "trust_current"


def _silent_intent(engine: QAEngine, questions: tuple[str, ...], language: str) -> str:
    """The last answer's intent, once it is checked to state no number."""
    answer = chat(engine, *questions, language=language)[-1]
    assert stated(answer) == []
    return answer.intent


@pytest.mark.parametrize(
    ("questions", "language"),
    [
        (("у нас в ауле сколько людей доверяют полиции?",), "ru"),
        (("а в нашем посёлке какой процент доверия к полиции",), "ru"),
        (("сколько в селе доверяют полиции?",), "ru"),
        (("в деревнях сколько процентов доверяют полиции",), "ru"),
        (("какое доверие к полиции", "а у нас в ауле такой же процент или ниже?"), "ru"),
        (("доверяют ли полиции", "это по всей стране?", "а в деревне столько же 63?"), "ru"),
        (("what share trusts the police in our aul?",), "en"),
        (("how much do people trust cops in my village",), "en"),
        (("police trust level", "and what about our district?"), "en"),
        (("менің ауылымда полицияға қанша пайыз сенеді",), "kk"),
        (("мениңауылымда полицияга канша сенеди",), "kk"),
        (("бiздiнауылда неше адам сенеди полицияга",), "kk"),
        (("біздіңауданда қанша өтініш қаралмай қалды",), "kk"),
        (("полицияға қанша сенеді", "ал біздің ауданда да солай ма?"), "kk"),
        # a group counted or trusting, asked of the whole country, is still a breakdown
        (("сколько пенсионеров в стране доверяют полиции?",), "ru"),
        (("how many students in kz trust the police overall",), "en"),
    ],
)
def test_a_village_or_district_is_a_breakdown_with_no_figure(
    engine: QAEngine, questions: tuple[str, ...], language: str
) -> None:
    assert _silent_intent(engine, questions, language) == NO_FIGURE


@pytest.mark.parametrize(
    ("questions", "language"),
    [
        (("сколько доверяют полиции", "слушай, а от изжоги что помогает, таблетки какие?"), "ru"),
        (("какой процент доверяет полиции", "ладно, а как в экселе сделать диаграмму?"), "ru"),
        (("откуда цифра 500 тысяч", "спасибо, а как оформить список литературы в ворде?"), "ru"),
        (("how many trust the police", "ok and what should i take for a headache 38 fever"), "en"),
        (("where's the 500k from?", "cool, how do i insert page numbers in Word?"), "en"),
        (("полицияға қанша сенеді", "басым ауырып тур кандай дари ишем"), "kk"),
        (("полицияга канша пайыз сенеди", "жарайды ал ворд та бет нөмірін қалай қоямын"), "kk"),
        (("800 мың қайдан алынды", "рахмет, ал вордта сілтемені қалай қоямын?"), "kk"),
    ],
)
def test_an_unrelated_message_after_a_figure_is_refused(
    engine: QAEngine, questions: tuple[str, ...], language: str
) -> None:
    assert _silent_intent(engine, questions, language) == OUT_OF_SCOPE


@pytest.mark.parametrize(
    ("questions", "language", "number"),
    [
        (("сколько доверяют полиции", "а в 2019?"), "ru", "38"),
        (("сколько доверяют полиции", "а сколько в процентах?"), "ru", "63"),
        (("how many trust the police", "and in 2019?"), "en", "38"),
        (("how many trust the police", "how do I word that for my post?"), "en", "63"),
        (("полицияға қанша сенеді", "ал 2019 да?"), "kk", "38"),
    ],
)
def test_a_follow_up_keeps_its_subject(
    engine: QAEngine, questions: tuple[str, ...], language: str, number: str
) -> None:
    assert says(chat(engine, *questions, language=language)[-1], number)


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("хаха а стихи сочинять умеешь?", "ru"),
        ("а ты можешь спеть песню", "ru"),
        ("haha can you write me a poem", "en"),
        ("can u tell me a funny story lol", "en"),
        ("ән айтып бере аласың ба", "kk"),
    ],
)
def test_the_bot_asked_to_do_another_thing_is_refused(
    engine: QAEngine, question: str, language: str
) -> None:
    assert _silent_intent(engine, (question,), language) == OUT_OF_SCOPE


@pytest.mark.parametrize(
    ("question", "language"),
    [
        (
            "my grandma lives in an aul near Taraz, the inspector never shows up there, she "
            "asks how many people in kz trust the police overall",
            "en",
        ),
        (
            "last week i tried to call our district inspector, couldn't reach him again, the "
            "whole building chat is angry, how many people trust the police now",
            "en",
        ),
        (
            "my uncle says nobody trusts the cops, 15 percent tops, i think more, who is right",
            "en",
        ),
        (
            "муж говорит что никто не доверяет полиции от силы 25 процентов а я не согласна "
            "сколько на самом деле по статистике",
            "ru",
        ),
        (
            "агам айтады полицияга ешкім сенбейді ең көбі 25 пайыз деп, мен келіспеймін, "
            "статистика бойынша қанша шын мәнінде",
            "kk",
        ),
    ],
)
def test_a_story_ending_in_the_national_question_gets_the_level(
    engine: QAEngine, question: str, language: str
) -> None:
    answer = chat(engine, question, language=language)[-1]
    assert answer.intent == LEVEL
    assert says(answer, "63")
