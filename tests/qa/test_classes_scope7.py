"""Scope decided by what is asked, round seven: a city where something was said or where the
asker lives, set against a city asked for itself ("именно в", "not nationally", «тек»);
"international" as whom the asker works for; complaints about other services; the bot's own
make and pieces of writing asked of it; the level a rise of trust reached ("up to what?")."""

import pytest

from bot.qa import QAEngine
from bot.qa.intents import NO_FIGURE, OUT_OF_SCOPE
from tests.qa.talk import chat, says, stated

LEVEL = "63"


@pytest.mark.parametrize(
    ("question", "language"),
    [
        # a city where a claim was heard, the national level asked
        ("На конференции в Шымкенте один эксперт заявил, что доверие к полиции выше 70%. А "
         "какая реальная цифра?", "ru"),
        ("В Астане на форуме спорили: кто-то говорил про 50%, кто-то про 65%. Сколько на самом "
         "деле доверяют полиции?", "ru"),
        ("at a panel in Karaganda a professor claimed police trust is below 40 percent. what's "
         "the real figure?", "en"),
        ("during a meeting in shymkent someone said trust in cops is like 70. whats the actual "
         "number?", "en"),
        ("Шымкенттегі конференцияда біреу полицияға сенім 70 пайыз деді. Шын мәнінде қанша?",
         "kk"),
        ("Астанада жиналыста сенім 50-ден аспайды деді. Нақты қанша пайыз?", "kk"),
        ("astanada forumda bireu senim 50 paiyz dedi. shyn maninde qansha?", "kk"),
        # the asker's own city told, the national number asked
        ("я в шымкенте курьером работаю, клиенты говорят что полиции стали больше доверять, так "
         "сколько сейчас?", "ru"),
        ("i live in astana and deliver food, customers keep telling me trust in the police is "
         "up. so whats the real number now?", "en"),
        # an international body is whom the asker works for, not another country
        ("I'm drafting a briefing for an international NGO: what is the latest share of "
         "Kazakhstanis who trust the police?", "en"),
        ("working for an international organization, need the current police trust level in "
         "Kazakhstan", "en"),
        # a rise told, the level it reached asked: today's, with where it started
        ("everyone says police trust has gone up. up to what exactly?", "en"),
        ("trust in cops rose, grew to what?", "en"),
        ("слышал, доверие к полиции поднялось. до какого уровня?", "ru"),
        ("пишут что доверие выросло, до скольки процентов?", "ru"),
        ("полицияға сенім көтерілді дейді, қаншаға дейін?", "kk"),
        ("полицияга сеним осипти, канша пайызга дейин?", "kk"),
        ("policiyaga senim osti deidi, qanshaga deiin", "kk"),
    ],
)  # fmt: skip
def test_the_national_level_is_asked(engine: QAEngine, question: str, language: str) -> None:
    """The city is where it was said or where the asker is, "international" whom they work
    for, "up to what" the level a rise reached: the country's latest level is asked."""
    answer = chat(engine, question, language=language)[-1]
    assert answer.intent not in (NO_FIGURE, OUT_OF_SCOPE)
    assert says(answer, LEVEL)


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("я живу в Шымкенте... меня интересует именно Шымкент, сколько там доверяют полиции, а "
         "не по стране", "ru"),
        ("таксую по Астане, интересно конкретно по Астане какой процент доверяет полиции", "ru"),
        ("меня интересует только Павлодар, не вся страна. сколько доверяют?", "ru"),
        ("I live in Shymkent. How many people in Shymkent specifically trust the police, not "
         "nationally?", "en"),
        ("what share trusts the police in astana only, not for the whole country", "en"),
        ("Шымкентте тұрамын. Тек Шымкентте полицияға қанша адам сенеді, елде емес?", "kk"),
        ("Астанада ғана қанша пайыз сенеді полицияға, бүкіл ел бойынша емес", "kk"),
        ("tek shymkentte policiyaga qansha adam senedi, elde emes", "kk"),
    ],
)  # fmt: skip
def test_a_city_asked_for_itself_has_no_figure(
    engine: QAEngine, question: str, language: str
) -> None:
    """The city singled out, or the country set aside: the city's own figure, which the data do
    not hold; the national level is never given as its figure."""
    answer = chat(engine, question, language=language)[-1]
    assert answer.intent == NO_FIGURE
    assert stated(answer) == []


def test_an_international_comparison_is_still_refused(engine: QAEngine) -> None:
    answer = chat(engine, "what's the international average of trust in police?", language="en")
    assert answer[-1].intent == OUT_OF_SCOPE


@pytest.mark.parametrize(
    ("question", "language", "before"),
    [
        ("where do I complain if police ignore my report", "en", "reason_formalism"),
        ("куда жаловаться на участкового?", "ru", "reason_prevention"),
        ("полицейге қайда шағымдануға болады", "kk", "reason_formalism"),
    ],
)
def test_a_complaint_about_the_police_stays_ours(
    engine: QAEngine, question: str, language: str, before: str
) -> None:
    assert chat(engine, question, language=language)[-1].intent == before


@pytest.mark.parametrize(
    ("question", "language"),
    [
        # a complaint about another service: no figure of the reports left unconsidered
        ("куда пожаловаться на провайдера, интернет постоянно пропадает?", "ru"),
        ("кому жаловаться на соседей сверху, шумят по ночам", "ru"),
        ("куда писать жалобу на управляющую компанию", "ru"),
        ("who do I complain to about my internet provider?", "en"),
        ("where can i file a complaint about my landlord not fixing the heating", "en"),
        ("көршілер шулайды, кімге шағымдануға болады?", "kk"),
        ("жарық жиі өшеді, қайда шағым жазамын?", "kk"),
        ("uyde internet jok, kaida shagymdanamyn", "kk"),
        # the bot's own make
        ("ты случайно не chatgpt?", "ru"),
        ("бот, на какой нейросети ты работаешь?", "ru"),
        ("кто тебя разработал?", "ru"),
        ("на каком языке программирования тебя написали", "ru"),
        ("is this bot just gpt underneath?", "en"),
        ("who built you?", "en"),
        ("сен chatgpt емессің бе?", "kk"),
        ("бот, сені кім жасады?", "kk"),
        ("sen jasandy intellektsin be", "kk"),
        # pieces of writing asked of it
        ("напиши мне реферат по истории", "ru"),
        ("можешь написать стих на день рождения?", "ru"),
        ("please write a cover letter for a marketing job", "en"),
        ("could you draft my thesis introduction on inflation", "en"),
        ("маған эссе жазып беріңізші", "kk"),
        ("olen jazyp bershi", "kk"),
    ],
)  # fmt: skip
def test_other_services_the_bot_itself_or_writing_are_out_of_scope(
    engine: QAEngine, question: str, language: str
) -> None:
    """Not the help text nor a figure of ours: a polite refusal, with no number."""
    answer = chat(engine, question, language=language)[-1]
    assert answer.intent == OUT_OF_SCOPE
    assert stated(answer) == []


@pytest.mark.parametrize(
    ("question", "language"),
    [("who are you", "en"), ("ты кто", "ru"), ("сен кімсің", "kk")],
)
def test_who_the_bot_is_stays_the_help(engine: QAEngine, question: str, language: str) -> None:
    assert chat(engine, question, language=language)[-1].intent == "help"


def test_writing_about_our_subject_is_answered(engine: QAEngine) -> None:
    """An essay on trust in the police is why a figure is asked."""
    answer = chat(engine, "напиши эссе про доверие к полиции", language="ru")[-1]
    assert answer.intent not in (NO_FIGURE, OUT_OF_SCOPE)
    assert says(answer, LEVEL)


def test_a_cause_of_the_change_is_no_level_reached(engine: QAEngine) -> None:
    answer = chat(engine, "trust in police grew, thanks to what?", language="en")[-1]
    assert answer.intent == "growth_causes"
