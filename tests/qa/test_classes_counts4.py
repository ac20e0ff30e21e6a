"""The national share applied to the asker's own count in more words, the reports' share
applied to a household's own complaints, a count's year supposed in a follow-up, "how many
more" between the two years, and a pinned template of our figures left blank. Phrasings of
our own, written after the blind sets' misses.

A share applied to a count that is not whole may be said with its decimal alone or rounded
beside it ("about 25 (25.2)"): the tests look for the decimal, which both forms say."""

import pytest

from bot.qa import QAEngine
from tests.qa.talk import chat, says


@pytest.mark.parametrize(
    ("question", "language", "intent", "wanted"),
    [
        # the basis named as «ваши / те проценты», «нацпоказатель», "the national share"
        ("у нас в подъезде 40 человек, по вашим процентам сколько доверяют полиции?", "ru",
         "trust_per", ("25.2",)),
        ("в общежитии 300 студентов, сколько бы доверяли в 2019 по тем процентам?", "ru",
         "trust_per", ("114",)),
        ("в нашем цехе рабочих 50, по нацпоказателю сколько не доверяют?", "ru",
         "distrust_per", ("18.5",)),
        ("в нашей школе учителей 60, сколько по стране процентам доверяют?", "ru",
         "trust_per", ("37.8",)),
        # «республикалық үлеспен», «жалпы процентпен», «ұлттық көрсеткішпен», «ел бойынша»
        ("біздің ауылда 500 адам, республикалық үлеспен қаншасы сенеді?", "kk", "trust_per",
         ("315",)),
        ("бизин кошеде 80 адам турады, жалпы процентпен канша адам сенеди", "kk", "trust_per",
         ("50.4",)),
        ("зауытта 200 жұмысшы, ұлттық көрсеткішпен қаншасы сенбейді?", "kk", "distrust_per",
         ("74",)),
        ("мектепте 40 мұғалім, ел бойынша қаншасы сенеді?", "kk", "trust_per", ("25.2",)),
        ("үйде 120 тұрғын бар, жалпы статистикамен қаншасы сенеді?", "kk", "trust_per",
         ("76",)),
        ("300 people in our village, national share trusting?", "en", "trust_per", ("189",)),
        ("we have 60 teachers at school, by the national share how many trust?", "en",
         "trust_per", ("37.8",)),
        # the reports' share applied to the complaints a household filed
        ("мы с соседями подали 24 жалобы, сколько оставят без рассмотрения по данным "
         "прокуратуры?", "ru", "reports_per", ("15",)),
        ("соседи подали 40 заявлений, сколько из них бы не рассмотрели?", "ru", "reports_per",
         ("25",)),
        ("көршілер 8 арыз жазды, қаншасы қаралмай қалады?", "kk", "reports_per", ("5",)),
        ("my neighbours and I sent 32 complaints, going by the prosecutors' figures how many "
         "would go unconsidered?", "en", "reports_per", ("20",)),
        # "how many more" of a count between the two years: both applied, and the difference
        ("в доме 120 человек, на сколько человек больше доверяют в 2025 против 2019?", "ru",
         "trust_per", ("46", "76", "30")),
        ("ауылда 200 адам, 2019 бен 2025 арасында қанша адам көп сенеді?", "kk", "trust_per",
         ("76", "126", "50")),
        ("our street has 400 people, how many more would trust in 2025 vs 2019?", "en",
         "trust_per", ("152", "252", "100")),
    ],
)  # fmt: skip
def test_a_share_applied_to_our_own_count_in_more_words(
    engine: QAEngine, question: str, language: str, intent: str, wanted: tuple[str, ...]
) -> None:
    answer = engine.answer(question, language=language)
    assert answer.intent == intent
    assert says(answer, *wanted)


@pytest.mark.parametrize(
    ("questions", "language", "wanted"),
    [
        (("в нашем доме 150 жильцов, сколько из них доверяют по стране?",
          "а если бы как в 2019?"), "ru", ("57",)),
        (("в бригаде 40 человек, по статистике сколько доверяют?", "а в 2019 было бы?",
          "разница в людях?"), "ru", ("15.2", "25.2", "10")),
        (("үйде 300 тұрғын, ел бойынша қаншасы сенеді?", "2019-дағыдай болса ше?"), "kk",
         ("114",)),
        (("ауылда 400 адам, жалпы статистикамен қаншасы сенеді?", "2019-да қанша болар еді?",
          "адаммен айырмасы?"), "kk", ("152", "252", "100")),
    ],
)  # fmt: skip
def test_a_count_follow_up_supposes_a_year_or_asks_the_difference(
    engine: QAEngine, questions: tuple[str, ...], language: str, wanted: tuple[str, ...]
) -> None:
    answer = chat(engine, *questions, language=language)[-1]
    assert answer.intent == "trust_per"
    assert says(answer, *wanted)


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("для стенгазеты: доверие в 2019 = ?, в 2025 = ?, не доверяют = ?", "ru"),
        ("тақтаға ілемін: 2019 жылы сенім - ?, 2025 жылы - ?, сенбейтіндер - ?", "kk"),
        ("for the notice board: trust 2019 - ?, trust 2025 - ?, partly or no trust - ?", "en"),
    ],
)  # fmt: skip
def test_a_template_of_our_figures_left_blank_gets_every_one(
    engine: QAEngine, question: str, language: str
) -> None:
    answer = engine.answer(question, language=language)
    assert answer.intent == "summary"
    assert says(answer, "38", "63", "37")


@pytest.mark.parametrize(
    ("question", "language", "intent"),
    [
        # one blank is one question; no trust named is no template of ours
        ("доверие в 2019 = ?", "ru", "trust_year"),
        ("x = ?, y = ?, реши систему", "ru", "out_of_scope"),
        # the school's own figure, with no count told, is still no figure
        ("сколько учителей доверяют полиции?", "ru", "no_figure"),
        # a neighbour's noise stays out of scope
        ("соседи шумят каждую ночь, куда жаловаться?", "ru", "out_of_scope"),
    ],
)  # fmt: skip
def test_what_stays_as_it_was(engine: QAEngine, question: str, language: str, intent: str) -> None:
    assert engine.answer(question, language=language).intent == intent
