"""The asker's own count across turns, with a year's share, with the change in points and with
a share quoted. A count told turns before is kept through answers that count nothing ("our
entrance has 80 tenants" → "and nationally?" → "so how many of us don't?"), a team's bare size
("a crew of 30", «в смене 30», «бригадамызда 30») is a count, "how many more of 60 than in
2019" gives both years and their difference in people, and a count in a chat app or a school
with a share quoted or "apply" asked is the share applied, not another subject. Phrasings of
our own, written after the blind sets' misses.

A share applied to a count that is not whole may be said with its decimal alone ("15.2") or
rounded beside it ("about 15 (15.2)"): the tests look for the decimal, which both forms say."""

import pytest

from bot.qa import QAEngine
from tests.qa.talk import chat, says

APPLIED = ("trust_per", "distrust_per", "split_per")


@pytest.mark.parametrize(
    ("questions", "language", "intent", "wanted"),
    [
        (("в нашем подъезде 80 жильцов", "а по Казахстану сколько процентов доверяет?",
          "и сколько из нас тогда не доверяет?"), "ru", "distrust_per", ("29.6",)),
        (("у меня в отделе 50 сотрудников", "какой сейчас уровень доверия полиции?",
          "сколько это будет у нас в отделе"), "ru", "trust_per", ("31.5",)),
        (("сколько процентов доверяют полиции?", "а для 300 человек в нашем доме сколько это?"),
         "ru", "trust_per", ("189",)),
        (("біздің ауылда 300 адам тұрады", "елде қанша пайыз сенеді?",
          "ал бізде сенбейтіндер қанша болады?"), "kk", "distrust_per", ("111",)),
        (("биздин мектепте 500 окушы бар", "ел бойынша 63 пайыз сенеди ме?",
          "сонда бизде канша шыгады"), "kk", "trust_per", ("315",)),
        (("bizdin kompaniyada 200 qyzmetker bar", "el boiynsha qansha paiyz senedi?",
          "sonda bizde qanshasy senedi"), "kk", "trust_per", ("126",)),
        (("полицияға қанша пайыз сенеді?", "ал біздің үйдегі 300 тұрғын үшін қанша болады?"),
         "kk", "trust_per", ("189",)),
        (("our mosque community has 300 families",
          "what percent of Kazakhstanis trust the police?",
          "so how many of our families would that be"), "en", "trust_per", ("189",)),
        (("my daughter's school has 900 pupils", "she needs it for a project",
          "so 63% of them is how many"), "en", "trust_per", ("567",)),
        (("our book club has 40 members", "she is writing about the police",
          "so 37% of them is how many people"), "en", "distrust_per", ("14.8",)),
        (("I manage a team of 50", "what's the national trust figure?",
          "and how many of my team would that be in 2019"), "en", "trust_per", ("19",)),
        (("out of 100 people, 63 trust, right?", "and for 300?"), "en", APPLIED, ("189",)),
        (("there are 45 of us in the choir", "what's the trust level?",
          "so how many of us would trust?"), "en", "trust_per", ("28.4",)),
        (("хорда 45 адамбыз", "сенім деңгейі қандай?", "сонда бізден қанша адам сенеді?"), "kk",
         "trust_per", ("28.4",)),
        (("в классе 30 учеников", "сколько процентов доверяет полиции?",
          "а сколько это из моего класса?"), "ru", "trust_per", ("18.9",)),
        (("we run a crew of 30", "how many would trust going by the national number",
          "and by the 2019 figure how many would that be"), "en", "trust_per", ("11.4",)),
    ],
)  # fmt: skip
def test_a_count_told_turns_before_is_applied_when_asked_of(
    engine: QAEngine,
    questions: tuple[str, ...],
    language: str,
    intent: str | tuple[str, ...],
    wanted: tuple[str, ...],
) -> None:
    answer = chat(engine, *questions, language=language)[-1]
    assert answer.intent in (intent if isinstance(intent, tuple) else (intent,))
    assert says(answer, *wanted)


@pytest.mark.parametrize(
    ("questions", "language", "intent"),
    [
        # a count told, then the share in per cent, or another figure of ours, is asked
        (("в нашем дворе 200 человек", "сколько процентов доверяют полиции?"), "ru",
         "trust_current"),
        (("our village has 500 people", "what's the trust level?",
          "what share of corruption offenders are police?"), "en", "corruption_share"),
        (("our village has 500 people", "what's the trust level?", "and in 2019?"), "en",
         "trust_year"),
        (("ауылымызда 500 адам бар", "сенім деңгейі қандай?", "ал 2019 жылы ше?"), "kk",
         "trust_year"),
        (("у нас в доме 300 жильцов", "какой уровень доверия?", "почему не доверяют?"), "ru",
         "reasons"),
        # a group, the police or a place counted, or another count, is no share applied
        (("we have 300 workers at our plant", "what's the national trust level?",
          "how many of us are women?"), "en", "no_figure"),
        (("our village has 500 people", "what's the trust level?",
          "how many police officers work in our district?"), "en", "no_figure"),
        (("в нашем доме 300 жильцов", "какой уровень доверия?",
          "а сколько в нашем городе доверяют?"), "ru", "no_figure"),
        (("our village has 500 people", "what's the trust level?", "how many of them voted?"),
         "en", "out_of_scope"),
    ],
)  # fmt: skip
def test_a_count_held_is_not_applied_to_other_questions(
    engine: QAEngine, questions: tuple[str, ...], language: str, intent: str
) -> None:
    answer = chat(engine, *questions, language=language)[-1]
    assert answer.intent == intent


@pytest.mark.parametrize(
    ("question", "language", "wanted"),
    [
        ("our depot has 80 drivers, how many would have trusted the police at the 2019 rate",
         "en", ("30.4",)),
        ("in my crew of 30, how many would have trusted in 2019 and how many now", "en",
         ("11.4", "18.9")),
        ("в нашей смене 30, сколько бы доверяли полиции в 2019, а сколько сейчас", "ru",
         ("11.4", "18.9")),
        ("бригадамызда 30, 2019 жылы қаншасы сенер еді, қазір қанша", "kk", ("11.4", "18.9")),
        ("brigadamyzda 30, 2019 jyly qanshasy sener edi, qazir qansha", "kk", ("11.4", "18.9")),
    ],
)  # fmt: skip
def test_a_year_share_applied_to_a_count(
    engine: QAEngine, question: str, language: str, wanted: tuple[str, ...]
) -> None:
    answer = engine.answer(question, language=language)
    assert answer.intent == "trust_per"
    assert says(answer, *wanted)


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("на сколько человек из 60 больше доверяют сейчас чем в 2019, посчитай по пунктам",
         "ru"),
        ("насколько больше людей из 60 стало доверять полиции по сравнению с 2019", "ru"),
        ("60 адамнан қазір 2019-бен салыстырғанда қанша адам көп сенеді", "kk"),
        ("60 adamnan qazir 2019-ben salystyrganda qansha adam kop senedi", "kk"),
        ("out of 60 people, how many more trust the police now compared to 2019", "en"),
    ],
)  # fmt: skip
def test_the_change_since_a_year_in_people_of_a_count(
    engine: QAEngine, question: str, language: str
) -> None:
    answer = engine.answer(question, language=language)
    assert answer.intent == "trust_per"
    # both years applied (38 % and 63 % of 60), and 25 points of 60: about 15 people
    assert says(answer, "22.8", "37.8", "15", "25")


@pytest.mark.parametrize(
    ("question", "language", "intent", "wanted"),
    [
        ("40 parents in the class telegram chat, 37% of them is how many?", "en",
         "distrust_per", ("14.8",)),
        ("в телеграм-чате дома 40 жильцов, 37 процентов это сколько человек?", "ru",
         "distrust_per", ("14.8",)),
        ("ватсап тобымызда 40 ата-ана бар, 63 пайызы қанша адам болады?", "kk", "trust_per",
         ("25.2",)),
        ("a hospital of 400 staff, apply the national share of trust", "en", "trust_per",
         ("252",)),
        ("в нашей школе 800 учеников, примени общую долю доверия", "ru", "trust_per",
         ("504",)),
        ("сыныбымызда 30 оқушы бар, қаншасы сенеді, пайызбен емес адаммен айт", "kk",
         "trust_per", ("18.9",)),
        ("synybymyzda 30 oqushy bar, qanshasy senedi, payyzben emes adammen ait", "kk",
         "trust_per", ("18.9",)),
        ("в классе у нас 30 детей, сколько доверяют полиции, не в процентах, а в людях", "ru",
         "trust_per", ("18.9",)),
    ],
)  # fmt: skip
def test_a_share_quoted_or_applied_to_a_count_in_a_chat_or_school(
    engine: QAEngine, question: str, language: str, intent: str, wanted: tuple[str, ...]
) -> None:
    answer = engine.answer(question, language=language)
    assert answer.intent == intent
    assert says(answer, *wanted)
