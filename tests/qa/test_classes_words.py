"""Words and conversation: acknowledgements in many forms (a mistake owned, thanks with a
remark, «ал рахмет»); a share misremembered or heard, answered with the real figure; what the
article explains, asked in new words; a long story whose question comes last; customs and
translations, which are not ours."""

import pytest

from bot.qa import QAEngine
from bot.qa.intents import ACK, DECLINES, OUT_OF_SCOPE
from tests.qa.talk import chat, stated


@pytest.mark.parametrize(
    ("questions", "language"),
    [
        (("от души брат",), "ru"),
        (("а разве не 73% доверяют?", "ну ладно, убедили, значит я неправильно помнил"), "ru"),
        (("ну ок, значит я путал",), "ru"),
        (("благодарю, для поста то что нужно",), "ru"),
        (("fair enough, I stand corrected",), "en"),
        (("wasn't it 73%?", "fine, you convinced me"), "en"),
        (("perfect, exactly what I needed for the show",), "en"),
        (("ok my bad, I misremembered",), "en"),
        (("ал рахмет сізге",), "kk"),
        (("Алматыда сенім қанша?", "ал рахмет сізге"), "kk"),
        (("жарайды, сендірдің, қате есте сақтаппын",), "kk"),
        (("tusindim",), "kk"),
    ],
)
def test_an_acknowledgement_is_thanked(
    engine: QAEngine, questions: tuple[str, ...], language: str
) -> None:
    answer = chat(engine, *questions, language=language)[-1]
    assert answer.intent == ACK
    assert stated(answer) == []


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("ну ладно, а в 2019 сколько было?", "ru"),
        ("fair enough, and what about 2019?", "en"),
        ("perfect, now show me the reasons", "en"),
    ],
)
def test_an_ok_before_a_question_still_asks(engine: QAEngine, question: str, language: str) -> None:
    [answer] = chat(engine, question, language=language)
    assert answer.intent != ACK


@pytest.mark.parametrize(
    ("question", "language", "real", "wrong"),
    [
        ("I remember the 2019 figure as 28%. Correct?", "en", "38", "28"),
        ("wasn't it 73%?", "en", "63", "73"),
        ("someone says 36%, what's right?", "en", "63", "36"),
        ("my neighbour says maybe 20% trust the police, what's the real figure?", "en", "63", "20"),
        ("я помню, что в 2019 было 28%. Так?", "ru", "38", "28"),
        ("кто-то в чате пишет 36%, как правильно?", "ru", "63", "36"),
        ("там же было 73%, разве нет?", "ru", "63", "73"),
        ("Біреуі 36% дейді. Дұрысы қанша?", "kk", "63", "36"),
        ("2019 жылы 28% болған сияқты, дұрыс па?", "kk", "38", "28"),
        ("73% емес пе еді?", "kk", "63", "73"),
        ("bireui 36% deidi, durysy qansha?", "kk", "63", "36"),
    ],
)
def test_a_misremembered_share_gets_the_real_one(
    engine: QAEngine, question: str, language: str, real: str, wrong: str
) -> None:
    [answer] = chat(engine, question, language=language)
    assert answer.intent not in DECLINES
    assert real in stated(answer)
    assert wrong not in stated(answer)


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("I think trust went from 48 to 63, right?", "en"),
        ("мне кажется доверие выросло с 48 до 63, верно?", "ru"),
    ],
)
def test_a_misremembered_start_gets_the_change(
    engine: QAEngine, question: str, language: str
) -> None:
    [answer] = chat(engine, question, language=language)
    assert {"38", "63"} <= set(stated(answer))
    assert "48" not in stated(answer)


@pytest.mark.parametrize(
    ("questions", "language", "intent"),
    [
        (("did the beat officers actually join the house chats?",), "en", "reason_prevention"),
        (("ucaskelikter uy chattaryna kirdi me?",), "kk", "reason_prevention"),
        (("участковым правда зарплату подняли?",), "ru", "reason_prevention"),
        (("what does 'issues get dragged out' refer to?",), "en", "reason_prevention"),
        (("how do I credit the source on air?",), "en", "source"),
        (("Пишу диплом, где найти первоисточник для сноски?",), "ru", "publication"),
        (("курстық жұмысқа сілтеме керек, түпнұсқаны қайдан табамын?",), "kk", "publication"),
        (("what's meant by a low level of police response?",), "en", "reason_formalism"),
        (("что имеется в виду под «низким уровнем реагирования»?",), "ru", "reason_formalism"),
        (("who supplied the 800k figure?",), "en", "reason_formalism"),
        (
            ("can I draw a straight line between 2019 and 2025 to estimate 2022?",),
            "en",
            "measurement_years",
        ),
        (("можно ли из этих данных построить тренд по годам?",), "ru", "measurement_years"),
        (
            ("2019 бен 2025 арасын сызықпен қосып, 2022 жылды есептеуге бола ма?",),
            "kk",
            "measurement_years",
        ),
        (
            ("можно ли по этим цифрам сказать, что полиция стала работать лучше?",),
            "ru",
            "assessment",
        ),
        (
            ("Осы цифрларға қарап полиция жақсы жұмыс істей бастады деуге бола ма?",),
            "kk",
            "assessment",
        ),
        (("Кто такая Имашева?", "она вообще за полицию или против?"), "ru", "deputy_stance"),
        (("who is Imasheva?", "is she for or against the police?"), "en", "deputy_stance"),
        (("Полицияға 63% сенеді деп кім айтты?", "ол кім өзі, қызметі қандай?"), "kk", "deputy"),
    ],
)
def test_what_the_article_explains_asked_in_new_words(
    engine: QAEngine, questions: tuple[str, ...], language: str, intent: str
) -> None:
    answer = chat(engine, *questions, language=language)[-1]
    assert answer.intent == intent


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("what does the 37% consist of?", "en"),
        ("из чего состоят эти 37%?", "ru"),
        ("37 пайыз неден құралады?", "kk"),
    ],
)
def test_what_the_rest_consists_of_is_explained(
    engine: QAEngine, question: str, language: str
) -> None:
    [answer] = chat(engine, question, language=language)
    assert answer.intent not in DECLINES
    assert "37" in stated(answer)


@pytest.mark.parametrize(
    ("question", "language", "wanted"),
    [
        (
            "Я председатель совета ветеранов в районе, во вторник встреча. Хочу сказать людям, "
            "сколько по стране доверяют полиции. Какая цифра?",
            "ru",
            {"63"},
        ),
        (
            "короче вчера спорили с тестем он бывший гаишник говорит раньше полиции никто не "
            "верил процентов 20 а щас все нормально а я говорю и щас не особо скажите кто прав "
            "сколько было в первый раз когда замеряли и сколько сейчас",
            "ru",
            {"38", "63"},
        ),
        (
            "саламатсызба мен мектепте мұғаліммін ертең сынып сағаты болады балаларға айтайын "
            "деп едім елімізде қанша адам полицияға сенеді екен соны айтып жіберіңізші",
            "kk",
            {"63"},
        ),
        (
            "hi so I'm the head of our parents committee in Shymkent and there's a big argument "
            "in the school chat about the local police and someone said nobody trusts them "
            "anymore so what share of people in Kazakhstan trust the police according to "
            "official data",
            "en",
            {"63"},
        ),
        (
            "Just moved from a village near Shymkent to Astana, everyone here says no one trusts "
            "the police. What's the figure for Kazakhstan as a whole?",
            "en",
            {"63"},
        ),
        (
            "I run the women's council in our mahalla, meeting on Friday. I want to tell the "
            "women how many people across the country trust the police. What's the number?",
            "en",
            {"63"},
        ),
    ],
)
def test_the_question_of_a_long_story_wins(
    engine: QAEngine, question: str, language: str, wanted: set[str]
) -> None:
    [answer] = chat(engine, question, language=language)
    assert answer.intent not in DECLINES
    assert wanted <= set(stated(answer))


@pytest.mark.parametrize(
    ("question", "language", "wanted"),
    [
        (
            "hi, my husband is from Shymkent and his family all say they trust the police more "
            "now but his brother says nobody believes them, so what's the latest official "
            "percentage",
            "en",
            "63",
        ),
        (
            "Добрый день, вопрос от пенсионера со стажем 40 лет) у нас правда больше половины "
            "доверяют полиции? сколько?",
            "ru",
            "63",
        ),
        (
            "Маған біреу банктен деп хабарласып, ақшаңызды басқа шотқа аударыңыз деді. Аударып "
            "жібердім. Енді полицияға қай нөмірге қоңырау шаламын?",
            "kk",
            "102",
        ),
    ],
)
def test_a_story_about_the_askers_family_work_or_money_leaves_the_question(
    engine: QAEngine, question: str, language: str, wanted: str
) -> None:
    [answer] = chat(engine, question, language=language)
    assert wanted in stated(answer)


@pytest.mark.parametrize(
    ("question", "language"),
    [
        (
            "объясните почему люди полиции не доверяют, вроде участковые в чатах сидят, а "
            "соседи говорят толку ноль, какие основные причины",
            "ru",
        ),
        (
            "the inspectors joined house chats and still nobody trusts them, what are the main "
            "reasons?",
            "en",
        ),
        ("учаскелік чаттарда отыр, бірақ бәрібір сенбейді, негізгі себептері қандай?", "kk"),
    ],
)
def test_the_main_reasons_asked_after_a_story_are_all_three(
    engine: QAEngine, question: str, language: str
) -> None:
    [answer] = chat(engine, question, language=language)
    assert answer.intent == "reasons"


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("trust in Almaty, is it lower than across the country?", "en"),
        ("в Шымкенте доверяют меньше, чем по стране?", "ru"),
    ],
)
def test_a_city_set_against_the_country_is_still_a_breakdown(
    engine: QAEngine, question: str, language: str
) -> None:
    [answer] = chat(engine, question, language=language)
    assert answer.intent in DECLINES


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("what's a good gift for a Kazakh wedding?", "en"),
        ("how do you say 'thank you' in Kazakh?", "en"),
        ("что подарить на казахскую свадьбу?", "ru"),
        ("как по-казахски будет «спасибо»?", "ru"),
        ("тойға не сыйлаған дұрыс?", "kk"),
        ("орысша «рахмет» қалай болады?", "kk"),
    ],
)
def test_customs_and_translations_are_not_ours(
    engine: QAEngine, question: str, language: str
) -> None:
    [answer] = chat(engine, question, language=language)
    assert answer.intent == OUT_OF_SCOPE
    assert stated(answer) == []
