"""The asker's own counts read by rule, tested with phrasings of our own: a chat's own poll set
against the country (its share, the country's, above or below and by how many points), and a
count the asker worked out from a share, checked; the asker's own count with the share under
discussion, counts of people told in new words, and the reports' counts asked again or guessed."""

import pytest

from bot.qa import QAEngine
from tests.qa.talk import chat, says

# (the turns, their language, the last answer's intent, what it must say)
CASES = [
    # 1. a chat's own poll set against the country
    (
        ("в нашем чате 12 из 20 сказали, что доверяют полиции — мы ниже страны?",),
        "ru",
        "poll_compared",
        ("60", "63"),
    ),
    (
        ("у нас в группе из 40 человек 30 доверяют полиции, мы выше среднего?",),
        "ru",
        "poll_compared",
        ("75", "63", "12"),
    ),
    (("топта 20 адамнан 15-і сенеді, ел бойынша қалай?",), "kk", "poll_compared", ("75", "63")),
    (
        ("бізде 50 адамның 20-сы сенеді, елден қанша тармаққа төменбіз?",),
        "kk",
        "poll_compared",
        ("40", "63", "23"),
    ),
    (
        ("chatta 40 adamnyn 12-si senedi, el boiynsha tomenbiz be?",),
        "kk",
        "poll_compared",
        ("30", "63", "33"),
    ),
    (
        ("12 out of 40 in our group trust the police, how many points behind the country?",),
        "en",
        "poll_compared",
        ("30", "63", "33"),
    ),
    (
        ("80 voted, 36 trust the police: how far below the national level is that?",),
        "en",
        "poll_compared",
        ("45", "63", "18"),
    ),
    # 2. the asker's own count of a share, checked
    (
        ("нас 250 человек, я прикинул, что по 63% доверяют 158, верно?",),
        "ru",
        "trust_per",
        ("157.5", "158"),
    ),
    (
        ("в подъезде 80 жильцов, я насчитал 50 доверяющих при 63%, так?",),
        "ru",
        "trust_per",
        ("50.4", "50"),
    ),
    (
        ("үйде 200 адам, 63 пайызбен 126 адам сенеді деп есептедім, дұрыс па?",),
        "kk",
        "trust_per",
        ("126",),
    ),
    (
        ("uide 200 adam, 63 paiyzben 140 adam senedi dep eseptedim, durys pa?",),
        "kk",
        "trust_per",
        ("140", "126"),
    ),
    (
        ("we're 500 in the village, I figured 63% means 315 trust, correct?",),
        "en",
        "trust_per",
        ("315",),
    ),
    (
        ("I worked out that 90 of 120 trust at 63 percent, right?",),
        "en",
        "trust_per",
        ("90", "75.6", "76"),
    ),
    # 3. the asker's own count with the share under discussion or named
    (
        ("what share doesn't trust the police?", "we're 40 in our stairwell, so how many is that?"),
        "en",
        "distrust_per",
        ("15",),
    ),
    (
        ("сколько процентов не доверяют?", "нас 40 в подъезде, это сколько человек?"),
        "ru",
        "distrust_per",
        ("15",),
    ),
    (("неше пайызы сенбейді?", "бізде 40 адам, бұл қанша болады?"), "kk", "distrust_per", ("15",)),
    (("500 адам болса, қаншасы сенбейді (ішінара+мүлде)?",), "kk", "distrust_per", ("185",)),
    (("500 adam bolsa, qanshasy senbeidi (ishinara+mulde)?",), "kk", "distrust_per", ("185",)),
    (("19 zhyly 38 sense senbegenderi qansha",), "kk", "distrust", ("62",)),
    (("в 19-м доверяли 38, а сколько не доверяли?",), "ru", "distrust", ("62",)),
    (("in 2019 38 trusted, how many didn't?",), "en", "distrust", ("62",)),
    (
        ("200 people at work in 2019: how many wouldn't have trusted?",),
        "en",
        "distrust_per",
        ("124",),
    ),
    # 4. counts of people: a round number with a word between, participants, flats, "of us",
    # and the difference between the years in people
    (
        ("если взять тысячу простых казахстанцев, сколько из них не доверяют?",),
        "ru",
        "distrust_per",
        ("370",),
    ),
    (
        ("take a thousand ordinary kazakhs, how many of them trust the police?",),
        "en",
        "trust_per",
        ("630",),
    ),
    (
        ("мекемемізде 400 қатысушы бар, ұлттық үлеспен қаншасы сенеді?",),
        "kk",
        "trust_per",
        ("252",),
    ),
    (("уйде 80 патер, ар патер ел сиякты ойласа, каншасы сенеди?",), "kk", "trust_per", ("50",)),
    (
        ("how many trust the police?", "there are 80 of us in the office, how many would that be"),
        "en",
        "trust_per",
        ("50",),
    ),
    (
        ("сколько доверяют полиции?", "нас 80 в офисе, сколько это будет?"),
        "ru",
        "trust_per",
        ("50",),
    ),
    (
        (
            "our village has 400 residents, how many trust?",
            "and in 2019?",
            "so by how many people did it grow?",
        ),
        "en",
        "trust_per",
        ("152", "252", "100"),
    ),
    (
        (
            "в доме 300 жильцов, сколько доверяют?",
            "а в 2019?",
            "и на сколько человек стало больше?",
        ),
        "ru",
        "trust_per",
        ("114", "189", "75"),
    ),
    # 5. the reports' shares applied to the asker's own count, and their counts asked again
    (
        (
            "В нашем центре 160 обращений. Если бы доля нерассмотренных была как у Генпрокуратуры, "
            "сколько остались бы без рассмотрения?",
        ),
        "ru",
        "reports_per",
        ("100",),
    ),
    (
        ("бізде 400 тұрғын, қаншасы сенеді?", "ал 2019 жылы?", "сонда қанша адамға көбейді?"),
        "kk",
        "trust_per",
        ("152", "252", "100"),
    ),
    (
        (
            "our office logged 400 complaints; at the national unreviewed share, how many "
            "would that be",
        ),
        "en",
        "reports_per",
        ("250",),
    ),
    (
        ("what share of the reports got considered?", "in absolute numbers?"),
        "en",
        "reports_considered",
        ("300",),
    ),
    (
        ("какая доля обращений была рассмотрена?", "а в абсолютных цифрах?"),
        "ru",
        "reports_considered",
        ("300",),
    ),
    (
        ("хабарламалардың қанша пайызы қаралды?", "абсолютті сандармен?"),
        "kk",
        "reports_considered",
        ("300",),
    ),
    (
        ("сколько тысяч рассмотрели, если 500 тысяч остались без рассмотрения?",),
        "ru",
        "reports_considered",
        ("300",),
    ),
    (("how many were reviewed if 500k went unreviewed?",), "en", "reports_considered", ("300",)),
    (("сколько всего было сообщений в 2025, около миллиона?",), "ru", "reason_formalism", ("800",)),
    (("2025 жылы қанша хабарлама түсті, миллионға жуық па?",), "kk", "reason_formalism", ("800",)),
    (("how many reports were filed in 2025, like a million?",), "en", "reason_formalism", ("800",)),
    (
        ("how many reports got considered?", "and what share of the 800 thousand is that?"),
        "en",
        "reports_considered",
        ("37.5",),
    ),
]


@pytest.mark.parametrize(("turns", "language", "intent", "numbers"), CASES)
def test_own_counts(
    engine: QAEngine, turns: tuple[str, ...], language: str, intent: str, numbers: tuple[str, ...]
) -> None:
    answer = chat(engine, *turns, language=language)[-1]
    assert answer.intent == intent, answer.text
    assert says(answer, *numbers), answer.text


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("в нашем чате 12 из 20 сказали, что доверяют полиции — мы ниже страны?", "ru"),
        ("12 out of 40 in our group trust the police, are we above the country?", "en"),
    ],
)
def test_a_chat_poll_is_no_national_sample(engine: QAEngine, question: str, language: str) -> None:
    """The chat's share is self-selected: the answer says the two compare only roughly."""
    answer = engine.answer(question, language=language)
    assert "выборка" in answer.text or "sample" in answer.text, answer.text
