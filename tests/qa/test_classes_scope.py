"""What no figure of ours answers, and a share applied to the asker's own group (found missing
by blind sets DS, DT and DU), each tested with phrasings of our own: an occupation or a school
grade asked as a share (farmers, programmers, nurses, high schoolers, IT people); an illness, a
flight or a social-media trend with a number in it; reports of one kind of offence (fraud,
theft), which the prosecutors' counts do not break down; where those just counted live; and the
national share applied to the members of a union, a workshop, a co-op, a chat, set against the
country or told in a story, with today's share unless the first measurement is named."""

import pytest

from bot.qa import QAEngine
from tests.qa.talk import chat, stated

# The shares of ours that a false figure would state.
SHARES = {"63", "37", "38", "62", "62.5", "62,5", "500", "800"}


@pytest.mark.parametrize(
    ("questions", "language"),
    [
        (("а фермеры полиции доверяют? какой процент?",), "ru"),
        (("сколько процентов программистов доверяют полиции?",), "ru"),
        (("старшеклассники — они доверяют полиции? в процентах",), "ru"),
        (("бағдарламашылардың неше пайызы полицияға сенеді?",), "kk"),
        (("фермерлер полицияға сене ме? пайызы қанша?",), "kk"),
        (("жогары сынып окушылары полицияга сене ме, канша пайыз?",), "kk"),
        (("fermerler policiyaga senedi me? neshe paiyz?",), "kk"),
        (("what percent of developers trust the police?",), "en"),
        (("nurses — do they trust the police? what share?",), "en"),
        (("do high schoolers trust cops? percent?",), "en"),
        (("what % trust the police?", "and among IT folks? my coworkers all grumble"), "en"),
    ],
)  # fmt: skip
def test_an_occupation_or_a_school_grade_has_no_figure(
    engine: QAEngine, questions: tuple[str, ...], language: str
) -> None:
    answer = chat(engine, *questions, language=language)[-1]
    assert answer.intent == "no_figure"
    assert not SHARES & set(stated(answer))


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("у сына температура 39, какое лекарство дать?", "ru"),
        ("сколько часов лететь до Дубая?", "ru"),
        ("что сейчас в тренде в инстаграме?", "ru"),
        ("баламның қызуы 39, қандай дәрі беруге болады?", "kk"),
        ("Дубайға ұшақпен неше сағат ұшады?", "kk"),
        ("инстаграмда казир кандай тренд?", "kk"),
        ("balamnyn kyzuy 39, kandai dari beru kerek?", "kk"),
        ("my daughter has a fever of 39, which medicine?", "en"),
        ("how many hours is the flight to Dubai?", "en"),
        ("what's trending on tiktok now?", "en"),
    ],
)  # fmt: skip
def test_an_illness_a_flight_or_a_trend_is_refused_whatever_number_is_in_it(
    engine: QAEngine, question: str, language: str
) -> None:
    answer = engine.answer(question, language=language)
    assert answer.intent == "out_of_scope"
    assert not stated(answer)


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("какой процент заявлений о мошенничестве остаётся без рассмотрения?", "ru"),
        ("сколько сообщений о кражах не рассмотрели?", "ru"),
        ("алаяқтық туралы арыздардың қаншасы қаралмай қалды?", "kk"),
        ("урлык туралы арыздардын неше пайызы каралмайды?", "kk"),
        ("alayaktyk turaly aryzdardyn kanshasy karalmai kaldy?", "kk"),
        ("what share of fraud reports go unconsidered?", "en"),
        ("how many theft reports were never considered?", "en"),
    ],
)  # fmt: skip
def test_reports_of_one_kind_of_offence_have_no_figure(
    engine: QAEngine, question: str, language: str
) -> None:
    answer = engine.answer(question, language=language)
    assert answer.intent == "no_figure"
    assert answer.frame is not None and answer.frame.missing == "kinds"
    assert not SHARES & set(stated(answer))


@pytest.mark.parametrize(
    ("questions", "language"),
    [
        (("полицияға неше пайыз сенбейді?", "олардың қаншасы ауылда тұрады?"), "kk"),
        (("how many don't trust the police?", "how many of them live in villages?"), "en"),
    ],
)  # fmt: skip
def test_where_those_just_counted_live_has_no_figure(
    engine: QAEngine, questions: tuple[str, ...], language: str
) -> None:
    answer = chat(engine, *questions, language=language)[-1]
    assert answer.intent == "no_figure"
    assert not stated(answer)


@pytest.mark.parametrize(
    ("question", "language", "intent", "wanted", "absent"),
    [
        ("в нашем профсоюзе 500 членов — сколько из них доверяют полиции по общей доле?", "ru",
         "trust_per", "315", "190"),
        ("Шеберханамызда 300 жұмысшы бар, ел бойынша үлеспен қаншасы полицияға сенеді?", "kk",
         "trust_per", "189", "114"),
        ("sheberhanamyzda 300 zhumysshy bar, el boiynsha ulespen kanshasy policiyaga senedi?",
         "kk", "trust_per", "189", "114"),
        ("our union has 500 members; at the national rate how many trust the police?", "en",
         "trust_per", "315", "190"),
        ("У нас на заводе 400 работников, хочу сравнить со страной: сколько из наших 400 "
         "доверяли бы полиции по среднему?", "ru", "trust_per", "252", "25"),
        ("Біздің подъезд чатында 200 адам бар. Ел бойынша көрсеткішпен алсақ, қаншасы "
         "полицияға сенеді?", "kk", "trust_per", "126", "76"),
        ("в нашем чате 400 участников, пишу пост: «Х из вас доверяют полиции». Х — это сколько?",
         "ru", "trust_per", "252", "152"),
        ("our co-op has 400 owners. at the national share, how many don't trust the police?",
         "en", "distrust_per", "148", "252"),
        ("ата-аналар чатында 500 ата-ана бар, ел бойынша қаншасы полицияға сенбейді?", "kk",
         "distrust_per", "185", "315"),
        ("ел бойынша орташа көрсеткішпен салыстырсақ, 400-дің қаншасы полицияға сенер еді?",
         "kk", "trust_per", "252", "152"),
        ("el boiynsha ortasha korsetkishpen salystyrsak, 400-din kanshasy policiyaga sener edi?",
         "kk", "trust_per", "252", "152"),
    ],
)  # fmt: skip
def test_the_national_share_applied_to_the_askers_own_group_is_todays(
    engine: QAEngine, question: str, language: str, intent: str, wanted: str, absent: str
) -> None:
    answer = engine.answer(question, language=language)
    assert answer.intent == intent
    assert wanted in stated(answer) and absent not in stated(answer)
