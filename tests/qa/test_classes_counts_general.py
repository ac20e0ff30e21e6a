"""The national share applied to a count of the asker's own people, whatever the basis is
called ("by the general percentage", «по вашим цифрам», «жалпы пайызбен», "statistically",
"if nationally it's 63") or with none but "how many of them": customers, passengers, staff,
families, "our 300-person office". A count told alone first is kept for the follow-ups
("how many of them now?", "and in 2019?", "and the difference in people?", "and how many
would?"). Phrasings of our own, written after blind sets DX and DZ."""

import pytest

from bot.qa import QAEngine
from tests.qa.talk import chat, stated

APPLIED = ("trust_per", "distrust_per", "split_per")


@pytest.mark.parametrize(
    ("question", "language", "intent", "wanted"),
    [
        ("в нашей библиотеке 200 читателей в месяц. сколько из них доверяют полиции по общим "
         "цифрам?", "ru", "trust_per", "126"),
        ("у меня в такси за неделю 400 клиентов, сколько из них не доверяют полиции по вашим "
         "цифрам", "ru", "distrust_per", "148"),
        ("в парикмахерской за неделю 100 посетителей, сколько из них доверяют полиции, если "
         "взять общий процент", "ru", "trust_per", "63"),
        ("я учитель, у нас в школе 600 учеников. если по стране 63, сколько это у нас человек",
         "ru", "trust_per", "378"),
        ("кітапханаға айына 200 оқырман келеді. жалпы пайызбен қаншасы полицияға сенеді", "kk",
         "trust_per", "126"),
        ("біздің зауытта 400 жұмысшы бар. жалпы пайызбен қаншасы полицияға сенбейді", "kk",
         "distrust_per", "148"),
        ("men muğalimmin, mektepte 600 oqushy. el boiynsha 63 bolsa bizde qansha adam", "kk",
         "trust_per", "378"),
        ("I run a café, about 300 customers a week. statistically how many of them trust the "
         "police?", "en", "trust_per", "189"),
        ("our gym has 400 members. by your numbers how many of them don't trust the police?",
         "en", "distrust_per", "148"),
        ("teacher here, 600 pupils at our school. if nationally it's 63 how many kids is that "
         "for us", "en", "trust_per", "378"),
        ("if our 300-person office had been surveyed in 2019 how many would have trusted", "en",
         "trust_per", "114"),
        # "nobody trusts" told as someone's claim before the count is asked: those who trust
        ("у нас в посёлке 400 человек, сосед говорит никто полиции не верит. а если по стране, "
         "сколько было бы у нас", "ru", "trust_per", "252"),
        ("біздің көшеде 400 адам, көршім ешкім полицияға сенбейді дейді. ел бойынша бізде "
         "қанша болар еді", "kk", "trust_per", "252"),
        ("our street has 400 people, my neighbour says nobody trusts the police. going by the "
         "national figure how many would here", "en", "trust_per", "252"),
    ],
)  # fmt: skip
def test_the_share_applied_to_a_count_of_ones_own_people(
    engine: QAEngine, question: str, language: str, intent: str, wanted: str
) -> None:
    answer = engine.answer(question, language=language)
    assert answer.intent == intent
    assert wanted in stated(answer)


@pytest.mark.parametrize(
    ("questions", "language", "wanted", "absent"),
    [
        (("у нас в деревне 900 человек", "сколько из них доверяют по общим цифрам"), "ru",
         "567", "342"),
        (("у нас в деревне 900 человек", "сколько из них доверяют по общим цифрам",
          "а в 2019 из них сколько было бы"), "ru", "342", "567"),
        (("у нас в деревне 900 человек", "в 2019 сколько бы из них доверяли?", "а сейчас?",
          "и разница в людях какая"), "ru", "225", "1,66"),
        (("біздің ауданда 400 адам тұрады", "қазіргі пайызбен қаншасы сенеді"), "kk", "252",
         "152"),
        (("біздің ауданда 400 адам тұрады", "қазіргі пайызбен қаншасы сенеді",
          "2019-дағы пайызбен ше?"), "kk", "152", "252"),
        (("біздің ауданда 400 адам тұрады", "қазіргі пайызбен қаншасы сенеді",
          "2019-дағы пайызбен ше?", "айырмасы қанша адам"), "kk", "100", "1,66"),
        (("мен үйірме жетекшісімін, 200 отбасы. Қаншасы полицияға сенбейді?", "ал сенетіні?"),
         "kk", "126", "74"),
        (("our street has 400 residents", "how many of them would have trusted in 2019?",
          "and now?", "so what's the difference in people"), "en", "100", "1.66"),
        (("I coach a league, 200 families. How many wouldn't trust the police?",
          "and how many would?"), "en", "126", "74"),
        (("teacher here, 600 pupils at our school. if nationally it's 63 how many kids is that "
          "for us", "and the ones who don't?"), "en", "222", "378"),
    ],
)  # fmt: skip
def test_a_follow_up_keeps_the_count_told(
    engine: QAEngine, questions: tuple[str, ...], language: str, wanted: str, absent: str
) -> None:
    answer = chat(engine, *questions, language=language)[-1]
    assert answer.intent in APPLIED
    assert wanted in stated(answer) and absent not in stated(answer)


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("сколько из 500 тысяч были мошенничеством", "ru"),
        ("how many of the 500 thousand reports were fraud", "en"),
        ("500 мың арыздың қаншасы алаяқтық", "kk"),
    ],
)
def test_no_count_for_a_breakdown_the_series_lacks(
    engine: QAEngine, question: str, language: str
) -> None:
    answer = engine.answer(question, language=language)
    assert answer.intent not in APPLIED


@pytest.mark.parametrize(
    ("question", "language", "wanted"),
    [
        ("каждый седьмой коррупционер — полицейский. если коррупционеров 350, сколько "
         "полицейских?", "ru", "50"),
        ("әр жетінші жемқор полицей. 210 болса қаншасы полицей", "kk", "30"),
        ("every seventh corruption offender is a police officer. say there are 280, how many "
         "police officers is that", "en", "40"),
    ],
)  # fmt: skip
def test_one_in_seven_applied_to_a_count_of_offenders_told(
    engine: QAEngine, question: str, language: str, wanted: str
) -> None:
    answer = engine.answer(question, language=language)
    assert answer.intent == "corruption_per"
    assert wanted in stated(answer)
