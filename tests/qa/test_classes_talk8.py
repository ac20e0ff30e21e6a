"""Classes of conversation misses, tested with phrasings of our own: "at all?" alone after the
37 %; a request to write something after a conversation; an acknowledgement with a remark."""

import pytest

from bot.qa import QAEngine
from tests.qa.talk import chat, says

REASONS_ASKED = {
    "ru": "почему не доверяют полиции?",
    "kk": "адамдар полицияға неге сенбейді?",
    "en": "why don't people trust the police?",
}


@pytest.mark.parametrize(
    ("questions", "language", "explained"),
    [
        (("а сколько людей не доверяет полиции?", "вовсе?"), "ru", "частичн"),
        (("так 37% не верят полиции", "прям совсем?"), "ru", "частичн"),
        (("what share distrust the police?", "at all??"), "en", "partl"),
        (("so 37% distrust cops", "completely?"), "en", "partl"),
        (("полицияға сенбейтіндер қанша?", "мүлде ме?"), "kk", "ішінара"),
        (("policiyaga senbeitinder kansha?", "mulde?"), "kk", "ішінара"),
    ],
)
def test_at_all_alone_after_the_distrust_is_the_sum_explained(
    engine: QAEngine, questions: tuple[str, ...], language: str, explained: str
) -> None:
    answer = chat(engine, *questions, language=language)[-1]
    assert explained in answer.text.lower()


@pytest.mark.parametrize(
    ("questions", "language"),
    [
        (("почему люди не верят полиции?", "ну ок, тогда сочини мне песенку про собаку"), "ru"),
        (("what's the trust level?", "okay nevermind, write me a limerick about cats"), "en"),
        (("адамдар полицияға неге сенбейді?", "жақсы, ит туралы ертегі жазыңызшы"), "kk"),
        (("adamdar policiyaga nege senbeidi?", "zharaidy, mysyk turaly olen zhazshy"), "kk"),
    ],
)
def test_a_request_to_write_after_a_conversation_is_out_of_scope(
    engine: QAEngine, questions: tuple[str, ...], language: str
) -> None:
    assert chat(engine, *questions, language=language)[-1].intent == "out_of_scope"


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("ну спасибо, хоть кто-то внятно объяснил", "ru"),
        ("всё понятно с вами, ребята", "ru"),
        ("alright whatever, noted", "en"),
        ("бәрі түсінікті сендермен", "kk"),
        ("бари тусиникти сиздермен", "kk"),
    ],
)
def test_an_ok_with_a_remark_is_an_acknowledgement(
    engine: QAEngine, question: str, language: str
) -> None:
    assert chat(engine, REASONS_ASKED[language], question, language=language)[-1].intent == "ack"


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("бот, назови процент доверия к полиции, а то тётя уверяет что им никто не верит", "ru"),
        ("скажите уровень доверия к полиции, потому что муж утверждает: никто не доверяет", "ru"),
        ("bot, what's the trust number for cops? cause my mate claims nobody trusts them", "en"),
        ("полицияға сенім қанша пайыз, өйткені апам ешкім сенбейді деп айтады", "kk"),
        ("policiyaga senim kansha paiyz, oitkeni korshim eshkim senbeidi deidi", "kk"),
    ],
)
def test_a_figure_asked_then_a_claim_told_is_the_level(
    engine: QAEngine, question: str, language: str
) -> None:
    answer = chat(engine, question, language=language)[-1]
    assert says(answer, "63")
    assert not says(answer, "37")


@pytest.mark.parametrize(
    ("questions", "language"),
    [
        (("уровень доверия сейчас 63%", "а был?"), "ru"),
        (("trust is at 63 percent now", "and it was?"), "en"),
        (("полицияға сенім қазір 63 пайыз", "ал қанша болған?"), "kk"),
        (("сколько доверяют полиции?", "а какой был уровень в 2019? просто любопытно"), "ru"),
        (("trust level?", "sure, 63. and in 2019, by those same statistics?"), "en"),
        (("полицияға сенім қандай?", "кім айтты мұны?", "2019 жылы ол қанша деген еді?"), "kk"),
        (("policiyaga senim kandai?", "muny kim aitty?", "al 2019 ol kansha dedi?"), "kk"),
        (("доверие к полиции какое?", "кто это сказал?", "а в 2019 она сколько называла?"), "ru"),
        (("how much do people trust police?", "who said it?", "what did she say for 2019?"), "en"),
    ],
)
def test_before_asked_after_a_figure_is_the_first_measurement(
    engine: QAEngine, questions: tuple[str, ...], language: str
) -> None:
    assert says(chat(engine, *questions, language=language)[-1], "38")


@pytest.mark.parametrize(
    ("question", "language", "numbers"),
    [
        ("сколько не доверяли в самом начале, а сколько теперь?", "ru", ("62", "37")),
        ("how many distrusted the police at the start and how many now?", "en", ("62", "37")),
        ("басында қанша адам сенбеді, қазір қанша?", "kk", ("62", "37")),
        ("basynda kansha adam senbedi, kazir kansha?", "kk", ("62", "37")),
        ("доверие плюс недоверие вместе сколько? распишите", "ru", ("63", "37", "100")),
        ("trust + distrust together, how much in total?", "en", ("63", "37", "100")),
        ("сенім + сенімсіздік қосқанда қанша?", "kk", ("63", "37")),
        ("senim men senimsizdik birge kansha?", "kk", ("63", "37")),
    ],
)
def test_two_figures_of_one_measure_are_both_given(
    engine: QAEngine, question: str, language: str, numbers: tuple[str, ...]
) -> None:
    assert says(chat(engine, question, language=language)[-1], *numbers)
