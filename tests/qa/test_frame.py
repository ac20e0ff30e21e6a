"""The frame decides scope and arithmetic; answers cite exactly the figures they state."""

import dataclasses
import datetime
import re

import pytest

from bot.qa import Conversation, QAEngine
from bot.qa.evaluation import SeedFact
from bot.qa.plain import plain_text
from tests.qa.talk import NUMBERS, chat, stated


@pytest.mark.parametrize(
    ("question", "slot"),
    [
        ("сколько людей доверяют полиции в России", "country"),
        ("how much do people in Kyrgyzstan trust their police", "country"),
        ("Ресейде полицияға қанша адам сенеді", "country"),
        ("какой уровень доверия к полиции в Ташкенте", "country"),
        ("police trust figure abroad, e.g. in London?", "country"),
        ("доверяют ли казахстанцы судам", "institution"),
        ("how much do people trust the army", "institution"),
        ("прокуратураға сенім қандай", "institution"),
        ("армии у нас доверяют больше, чем полиции?", "institution"),
        ("do people trust the army more than the police", "institution"),
        ("сот пен полиция қайсысына көп сенеді", "institution"),
        ("доверие к полиции и прокуратуре", "institution"),
        ("сот пен полицияға сенім", "institution"),
        ("how many points did trust in courts grow", "institution"),
        ("реши пж 2x+5=11", "offtopic"),
        ("solve this equation for me", "offtopic"),
    ],
)
def test_another_country_or_institution_is_out_of_scope(
    engine: QAEngine, question: str, slot: str
) -> None:
    answer = engine.answer(question)
    assert answer.intent == "out_of_scope" and getattr(answer.frame, slot)
    assert stated(answer) == []


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        ("сколько полицейских в Казахстане", "measure"),
        ("how many police officers are there in kazakhstan", "measure"),
        ("какая зарплата у полицейских", "measure"),
        ("доверие к полиции в Алматы", "group"),
        ("молодежь доверяет полиции?", "group"),
        ("do women trust the police more than men", "group"),
        ("Шымкентте полицияға сенім қанша", "group"),
        ("какое доверие к полиции будет в следующем году", "forecast"),
        ("what percentage of police officers are corrupt", "officers"),
        ("какой процент полицейских берут взятки", "officers"),
        ("полицейлердің қанша пайызы пара алады", "officers"),
        ("сколько полицейских посадили за взятки в этом году", "measure"),
        ("когда доверие дойдет до 80%?", "forecast"),
        ("Имашева от какой партии?", "person"),
        ("Имашева қай партияда", "person"),
        ("how many bribes were taken", "measure"),
        ("когда доверие будет 100%?", "forecast"),
        ("сколько доверяют частично, а сколько совсем нет?", "partly"),
        ("how many trust partly and how many don't trust at all, separately", "partly"),
    ],
)
def test_what_the_series_lacks_gets_no_figure_and_no_number(
    engine: QAEngine, question: str, missing: str
) -> None:
    answer = engine.answer(question)
    assert (answer.intent, answer.frame.missing) == ("no_figure", missing)
    assert stated(answer) == []


def test_a_breakdown_asked_as_a_follow_up_gets_no_figure(engine: QAEngine) -> None:
    answer = chat(engine, "полицияға сенім қандай", "ауылда ше?", language="kk")[1]
    assert (answer.intent, answer.frame.missing) == ("no_figure", "group")
    assert stated(answer) == []


def test_the_police_share_among_offenders_is_not_a_share_of_the_police(engine: QAEngine) -> None:
    for question in (
        "какая доля полицейских среди коррупционеров",
        "жемқорлардың қанша пайызы полицей",
    ):
        answer = engine.answer(question)
        assert answer.intent == "corruption_share" and answer.frame.whole != "police"


def test_arithmetic_from_the_figures(engine: QAEngine) -> None:
    ratio = engine.answer("во сколько раз выросло доверие к полиции?")
    assert ratio.intent == "trust_growth" and "1,66" in ratio.text
    points = engine.answer("25 процентов или 25 пунктов?")
    assert points.intent == "trust_growth" and "25 процентных пунктов" in points.text
    assert "66%" in points.text  # the relative change, 63 / 38 - 1
    complement = chat(engine, "сколько доверяют полиции", "а сколько не доверяет?")[1]
    assert "37%" in complement.text
    considered = engine.answer("how many reports were considered?", language="en")
    assert "300 thousand" in considered.text and "37.5%" in considered.text
    not_considered = engine.answer("сколько сообщений оставили без рассмотрения")
    assert not_considered.intent == "reason_formalism" and "62,5%" in not_considered.text
    share = chat(engine, "расскажи про коррупцию в полиции", "в процентах?")[1]
    assert share.intent == "corruption_share" and "14,3%" in share.text
    assert "не значит" in share.text


def test_the_deputy_her_stance_and_the_publication(engine: QAEngine) -> None:
    who, stance = chat(engine, "сколько доверяют полиции?", "кто она?")[1], None
    assert who.intent == "deputy" and "Имашева" in who.text and "Мажилис" in who.text
    stance = chat(engine, "кто такая Имашева", "а она сама доверяет полиции?")[1]
    assert stance.intent == "deputy_stance" and "бережёт" in stance.text
    english = chat(engine, "who is imasheva", "does she trust the police?", language="en")[1]
    assert english.intent == "deputy_stance"
    kazakh = chat(engine, "Имашева кім?", "ол өзі полицияға сене ме?", language="kk")[1]
    assert kazakh.intent == "deputy_stance"
    assessment = engine.answer("депутат считает рост доверия значительным?")
    assert "незначительно" in assessment.text and "38%" in assessment.text
    publication = engine.answer("в какой газете это было и когда?")
    assert "Курсив" in publication.text and "13.10.2025" in publication.text


def test_comparisons_ask_for_the_change(engine: QAEngine) -> None:
    for questions, language in (
        (("сколько доверяют полиции?", "больше, чем в 2019?"), "ru"),
        (("how many trust the police?", "is that more than in 2019?"), "en"),
        (("полицияға қанша адам сенеді?", "2019 жылмен салыстырғанда өсті ме?"), "kk"),
    ):
        answer = chat(engine, *questions, language=language)[1]
        assert answer.intent == "trust_growth", questions


def test_a_switch_to_another_subject_is_refused_without_figures(engine: QAEngine) -> None:
    answer = chat(engine, "сколько доверяют полиции?", "а какая погода завтра в Астане?")[1]
    assert answer.intent in ("out_of_scope", "no_figure") and stated(answer) == []


def test_a_question_inside_a_story_is_found(engine: QAEngine) -> None:
    story = (
        "Здравствуйте! Вчера у соседа угнали машину, полиция приехала через два часа, все "
        "соседи в чате ругаются. Я вот думаю. Сколько вообще людей доверяют полиции?"
    )
    answer = engine.answer(story)
    assert answer.intent == "trust_current" and "63%" in answer.text


@pytest.mark.parametrize(
    ("message", "language"),
    [("спасибо", "ru"), ("спасибо большое!", "ru"), ("рахмет", "kk"), ("thanks a lot", "en"),
     ("понятно", "ru"), ("👍", "ru")],
)  # fmt: skip
def test_acknowledgements_get_a_short_reply_without_figures(
    engine: QAEngine, message: str, language: str
) -> None:
    answer = chat(engine, "сколько доверяют полиции?", message, language=language)[1]
    assert answer.intent == "ack" and stated(answer) == [] and len(answer.text) < 100


def test_where_from_names_the_source_of_the_figure_under_discussion(engine: QAEngine) -> None:
    source = chat(engine, "сколько сообщений оставили без рассмотрения?", "откуда данные?")[1]
    assert "Генпрокуратура" in source.text and "Курсив" in source.text
    assert source.text.count("Курсив") == 1  # the publication once, not per source
    assert "национальную статистику" not in source.text
    assert not source.text.rstrip().endswith("года.")  # no stray last line
    trust = chat(engine, "сколько доверяют полиции?", "откуда данные?")[1]
    assert "Порядка 63%" in trust.text
    assert "И сейчас составляет" not in trust.text  # no quote fragment out of its context


def _with_test_point(facts: list[SeedFact]) -> list[SeedFact]:
    """As after `/addfigure trust_share 2024 50 test`."""
    (latest,) = [f for f in facts if (f.metric, f.period) == ("trust_share", 2025)]
    added = dataclasses.replace(
        latest, period=2024, value=50, source="test", publication="test",
        published_on=datetime.date(2026, 1, 1), quote="test",
    )  # fmt: skip
    return [*facts, added]


def test_an_answer_cites_exactly_the_figures_it_used(seed_facts: list[SeedFact]) -> None:
    engine = QAEngine.from_facts(_with_test_point(seed_facts))
    then = chat(engine, "сколько доверяют полиции?", "а в 2024?")[1]
    assert "50%" in then.text and "test" in then.text and "Курсив" not in then.text
    growth = engine.answer("как изменилось доверие?")
    assert "Курсив" in growth.text and "test" not in growth.text
    source = chat(engine, "а в 2024?", "откуда данные?")[1]
    assert "test" in source.text and "Курсив" not in source.text


def test_the_overview_keeps_almost(engine: QAEngine) -> None:
    assert "почти 800 тыс." in engine.overview("ru") and "почти 500 тыс." in engine.overview("ru")
    assert "800 мыңға жуық" in engine.overview("kk")
    assert "almost 800 thousand" in engine.overview("en")


def test_kazakh_and_russian_wording(engine: QAEngine) -> None:
    assert (
        "азаматтардың шамамен <b>63%-ы</b> полицияға сенеді"
        in engine.answer("Полицияға қанша адам сенеді?").text
    )
    assert "<b>38%-ы</b>" in chat(engine, "Полицияға қанша адам сенеді?", "2019 жылы ше?")[1].text
    assert "<b>37%-ы</b>" in engine.answer("Полицияға қанша адам сенбейді?").text
    help_kk = engine.answer("сен не істей аласың?").text
    assert "Мен — Сенім" in help_kk and "Сенімбін" not in help_kk
    out_kk = engine.answer("ертең ауа райы қандай?").text
    assert "дереккөз" in out_kk and "дерек көз" not in out_kk.lower()


def test_the_users_language_wins_for_latin_text_that_could_be_either(engine: QAEngine) -> None:
    kazakh = engine.answer("habarlamalardyn qanshasy qaralmai qaldy", language="kk")
    assert kazakh.language == "kk" and "500" in kazakh.text
    english = engine.answer("trsut in polce kz how much", language="kk")
    assert english.language == "en" and "63%" in english.text  # English words, and a typo


def test_where_from_names_the_figure_the_question_names(engine: QAEngine) -> None:
    corruption = engine.answer("where does the one in seven figure come from?", language="en")
    assert "каждый седьмой" in corruption.text and "Порядка 63%" not in corruption.text
    reports = engine.answer("откуда данные про 500 тысяч?")
    assert "Генпрокуратура" in reports.text


@pytest.mark.parametrize(
    ("question", "language", "intent", "wanted"),
    [
        ("38 и 63 это хорошо или плохо?", "ru", "trust_growth", "25"),
        ("is 38 to 63 good or bad? in simple words", "en", "trust_growth", "25"),
        ("whats the ratio of people who trust to people who dont, like 63 vs 37?", "en",
         "trust_split", "37"),
        ("почти 800 тыс сообщений и почти 500 без рассмотрения, какая пропорция?", "ru",
         "reason_formalism", "62,5"),
        ("The 63% trust figure — which year does it refer to?", "en", "trust_current", "2025"),
    ],
)  # fmt: skip
def test_quoted_figures_name_the_subject(
    engine: QAEngine, question: str, language: str, intent: str, wanted: str
) -> None:
    answer = engine.answer(question, language=language)
    assert answer.intent == intent and wanted in plain_text(answer.text)


@pytest.mark.parametrize(
    ("question", "language", "wanted"),
    [
        ("студентпін: бірінші өлшеу, соңғы өлшеу және айырмасы", "kk", ("38", "63", "25")),
        ("in 2019 the trust was how many?? and now??", "en", ("38", "63")),
        ("сколько не доверяли в 2019 и сколько не доверяют сейчас, сравни", "ru", ("62", "37")),
    ],
)
def test_both_ends_of_the_series_in_one_question(
    engine: QAEngine, question: str, language: str, wanted: tuple[str, ...]
) -> None:
    numbers = stated(engine.answer(question, language=language))
    assert all(n in numbers for n in wanted), numbers


def test_a_negated_left_without_consideration_is_the_considered_part(engine: QAEngine) -> None:
    for question in (
        "сколько тысяч обращений НЕ оставили без рассмотрения",
        "how many thousand reports were NOT left without consideration",
    ):
        answer = engine.answer(question, language="en" if question.isascii() else "ru")
        assert answer.intent == "reports_considered" and "300" in answer.text


def test_a_named_subject_outweighs_the_trust_level_the_matcher_falls_back_on(
    engine: QAEngine,
) -> None:
    assert engine.answer("каралмагандар пайызбен канша", language="kk").intent == (
        "reason_formalism"
    )
    assert engine.answer("почему депутат говорит что на этом всё с участковыми").intent == (
        "reason_prevention"
    )


def test_she_after_the_police_is_the_police(engine: QAEngine) -> None:
    answer = engine.answer("Что такое сервисная полиция и что она дала")
    assert answer.intent not in ("deputy", "deputy_stance", "assessment")


def test_a_future_year_is_a_forecast(engine: QAEngine) -> None:
    answer = engine.answer("2030 жылы канша болады", language="kk")
    assert (answer.intent, answer.frame.missing) == ("no_figure", "forecast")
    assert stated(answer) == ["2030"] or stated(answer) == []


def test_superscript_digits_are_no_numbers(engine: QAEngine) -> None:
    answer = engine.answer("сколько доверяют полиции ²")  # a digit that int() does not read
    assert answer.intent == "trust_current" and answer.frame.numbers == ()


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("в советское время милиции доверяли больше, а сейчас сколько процентов?", "ru"),
        ("кеңес беріңізші, полицияға сенім қанша пайыз?", "kk"),
        ("дайте совет: сколько процентов доверяют полиции?", "ru"),
    ],
)
def test_the_soviet_era_beside_today_or_advice_asks_today(
    engine: QAEngine, question: str, language: str
) -> None:
    """Today asked beside the Soviet era, or «кеңес», «совет» as advice: the latest level."""
    assert engine.answer(question, language=language).intent == "trust_current"


@pytest.mark.parametrize(
    ("question", "language", "missing"),
    [
        ("доверие к патрульной полиции какое", "ru", "group"),
        ("how much do people trust the traffic police", "en", "group"),
        ("жол полициясына сенім қандай", "kk", "group"),
        ("сколько это человек, если население 20 миллионов", "ru", "people"),
        ("how many million people trust the police", "en", "people"),
        ("сколько в абсолютных цифрах доверяют полиции", "ru", "people"),
        ("какая погрешность у этого опроса", "ru", "measure"),
        ("доверие к полиции в 2017 году, до реформы", "ru", "year"),
        ("what was trust in 2016 before the service police reform", "en", "year"),
        ("do men trust police more than women? any numbers?", "en", "group"),
        ("а 2020 и 2021 годы где?", "ru", "year"),
        ("какое было доверие к полиции до реформы", "ru", "before_reform"),
        ("реформаға дейін сенім қандай болды", "kk", "before_reform"),
        ("сколько процентов доверяли милиции в СССР?", "ru", "before_reform"),
        ("кеңес заманында милицияға неше пайыз сенген?", "kk", "before_reform"),
        ("what share trusted the militia in the Soviet era?", "en", "before_reform"),
        ("доверие к полиции у иностранцев", "ru", "group"),
        ("сколько жалоб на полицию в год", "ru", "measure"),
        ("полицияның рейтингтегі орны қандай", "kk", "measure"),
        ("как изменится доверие к полиции", "ru", "forecast"),
        ("сколько лет пройдёт, через 10 лет доверие будет выше?", "ru", "forecast"),
        ("what will trust in the police be in 3 years from now", "en", "forecast"),
        ("10 жылдан кейін полицияға сенім қанша болады", "kk", "forecast"),
        ("сколько доверяют полиции люди старше 60 лет", "ru", "group"),
        ("do people over 50 trust the police", "en", "group"),
        ("18 жастағы жастар полицияға сене ме", "kk", "group"),
        ("неше полицей жұмыстан шығарылды", "kk", "measure"),
        ("сколько было нерассмотренных сообщений в 2023 году", "ru", "year"),
        ("how many reports were left unreviewed in 2021", "en", "year"),
        ("2020 жылы жемқорлардың әрбір жетіншісі полицей ме еді", "kk", "year"),
        ("what will the level be in five years", "en", "forecast"),
        ("какое будет доверие через пару лет", "ru", "forecast"),
        ("5 jyldan keyin senim qansha bolady", "kk", "forecast"),
        ("Qazaqstanda neshe polisei bar", "kk", "measure"),
    ],
)
def test_a_unit_a_headcount_an_unmeasured_year_get_no_figure(
    engine: QAEngine, question: str, language: str, missing: str
) -> None:
    """A police unit, a headcount of the population, a survey's error, a year with no
    measurement (also of the counts, measured in one year), a time ahead ("через 10 лет") or an
    age as a number has no figure, whatever the rest of the question resembles."""
    answer = engine.answer(question, language=language)
    assert (answer.intent, answer.frame.missing) == ("no_figure", missing)
    assert all(n in question for n in stated(answer))


@pytest.mark.parametrize(
    ("question", "language"),
    [("курс usd на сегодня", "ru"), ("когда Наурыз в этом году", "ru"),
     ("как доехать до Медеу", "ru"), ("Медеуге қалай барамын", "kk"),
     ("do people trust the KNB", "en"),
     ("when is the Nauryz holiday", "en"), ("KZT to EUR exchange", "en"),
     ("кто из наших фигуристов сейчас чемпион", "ru"),
     ("which Kazakh skater won the most medals", "en"), ("Тенді кім өлтірді", "kk"),
     ("кто его убил, того фигуриста", "ru"), ("what sentence did Ten's killers get", "en"),
     ("как мне составить и написать жалобу на шумного соседа", "ru"),
     ("көрші түнде шулайды, не істеймін", "kk"),
     ("салық қызметіне сенім полицияға қарағанда төмен бе", "kk"),
     ("is trust in customs lower than in the police", "en")],
)  # fmt: skip
def test_holidays_currency_and_directions_are_out_of_scope(
    engine: QAEngine, question: str, language: str
) -> None:
    """So is a question naming a word of the topic (Denis Ten, a complaint, the police) but
    asking for something else: a champion, a culprit, a task, another institution."""
    answer = engine.answer(question, language=language)
    assert answer.intent == "out_of_scope" and stated(answer) == []


@pytest.mark.parametrize(
    ("message", "language", "ack"),
    [
        ("Thanks, this is really useful for my essay.", "en", True),
        ("Большое спасибо, очень помогли с курсовой", "ru", True),
        ("Үлкен рахмет, көмектестің!", "kk", True),
        ("bye", "kk", True),
        ("спс нзч", "ru", True),
        ("спасибо, а почему не доверяют?", "ru", False),
        ("thanks, and how many trust in 2019", "en", False),
        ("жақсы фильм ұсыншы", "kk", False),
    ],
)
def test_thanks_that_asks_nothing_is_an_acknowledgement(
    engine: QAEngine, message: str, language: str, ack: bool
) -> None:
    answer = chat(engine, "сколько доверяют полиции?", message, language=language)[1]
    assert (answer.intent == "ack") is ack


def test_a_city_named_only_in_the_story_is_no_breakdown(engine: QAEngine) -> None:
    story = "Я переехал в Шымкент в прошлом году. Интересно, доверяют ли люди полиции? Есть цифры?"
    answer = engine.answer(story)
    assert answer.intent == "trust_current" and "63%" in answer.text


@pytest.mark.parametrize(
    ("question", "language"),
    [("сделай короткую сводку по доверию к полиции для поста", "ru"),
     ("какие цифры называла депутат Имашева", "ru"),
     ("жаңалыққа қысқаша сандармен жазып бер", "kk"),
     ("give me a quick summary with the numbers", "en"),
     ("key takeaways of the article on police trust?", "en")],
)  # fmt: skip
def test_the_article_in_brief_states_both_measurements(
    engine: QAEngine, question: str, language: str
) -> None:
    answer = engine.answer(question, language=language)
    assert answer.intent == "summary"
    assert {"38", "63", "37"} <= set(stated(answer))


@pytest.mark.parametrize(
    ("question", "language", "intent"),
    [
        ("из-за чего выросло доверие к полиции?", "ru", "growth_causes"),
        ("сенімнің артуына не себеп болды?", "kk", "growth_causes"),
        ("what caused trust to rise?", "en", "growth_causes"),
        ("на сколько выросло доверие к полиции?", "ru", "trust_growth"),
        ("полицияға не себепті сенбейді?", "kk", "reasons"),
        ("почему всего два замера?", "ru", "measurement_years"),
        ("how much did distrust drop since 2019", "en", "distrust_change"),
        ("сенбейтіндер үлесі қандай", "kk", "distrust"),
        ("trust vs distrust split for 2025", "en", "trust_split"),
        ("мақала туралы қысқаша айт", "kk", "summary"),
        ("коротко: о чём статья?", "ru", "summary"),
        ("понятно, спасибо за помощь", "ru", "ack"),
        ("доверие выросло потому что была реформа?", "ru", "growth_causes"),
        ("what explains the rise in trust?", "en", "growth_causes"),
        ("из 10 человек сколько доверяют полиции", "ru", "trust_per"),
        ("сколько казахстанцев доверяют полиции в процентах от населения", "ru", "trust_current"),
        ("1000 adamnyn neseuy senedi", "kk", "trust_per"),
        ("насколько сократилось число недоверяющих", "ru", "distrust_change"),
        ("what's the takeaway of the MP on the police", "en", "assessment"),
        ("какой итог по полиции подводит депутат", "ru", "assessment"),
        ("do inspectors now use social networks?", "en", "reason_prevention"),
        ("what does an ID passport cost", "en", "out_of_scope"),
        ("паспорт жасау қанша тұрады", "kk", "out_of_scope"),
        ("огонь бот, спасибо 🔥", "ru", "ack"),
    ],
)
def test_causes_years_changes_of_distrust_brief_and_thanks(
    engine: QAEngine, question: str, language: str, intent: str
) -> None:
    """A cause needs a cause word and a growth word; a change of distrust needs a change word;
    "in brief" asks the summary; thanks after "ok" words is an acknowledgement, praise and the
    bot addressed too; an MP's takeaway is the assessment; a passport is out of scope."""
    assert engine.answer(question, language=language).intent == intent


def test_why_trust_grew_names_the_reform_and_no_cause_the_article_lacks(engine: QAEngine) -> None:
    answer = engine.answer("с чем связан рост доверия?")
    assert answer.intent == "growth_causes" and "реформ" in answer.text
    assert "незначительн" in answer.text


def test_distrust_change_is_computed_from_the_trust_figures(engine: QAEngine) -> None:
    answer = engine.answer("на сколько уменьшилась доля недоверяющих с 2019?")
    assert answer.intent == "distrust_change"
    assert {"62", "37", "25"} <= set(stated(answer))


def test_most_often_after_corruption_names_bribes(engine: QAEngine) -> None:
    answer = chat(engine, "каждый седьмой коррупционер — это о чём?", "а что чаще всего?")[1]
    assert answer.intent == "reason_corruption" and "взятк" in answer.text
    kazakh = chat(engine, "әрбір жетінші деген не?", "көбіне қандай?", language="kk")[1]
    assert kazakh.intent == "reason_corruption" and "пара" in kazakh.text


def test_reports_named_are_never_a_missing_measure(engine: QAEngine) -> None:
    answer = engine.answer(
        "how many reports of crimes did the police leave unreviewed", language="en"
    )
    assert "500" in stated(answer)
    share = chat(engine, "so 500k of 800k were not considered?", "what % is that", language="en")
    assert "62.5" in stated(share[1])


@pytest.mark.parametrize(
    ("question", "language", "people"),
    [("если взять 100 казахстанцев, сколько из них доверяют полиции", "ru", "63"),
     ("1000 адамның нешеуі полицияға сенбейді?", "kk", "370"),
     ("out of 10,000 people how many don't trust the police", "en", "3,700")],
)  # fmt: skip
def test_a_share_applied_to_a_number_of_people(
    engine: QAEngine, question: str, language: str, people: str
) -> None:
    answer = engine.answer(question, language=language)
    assert answer.intent in ("trust_per", "distrust_per") and f"<b>{people}</b>" in answer.text
    # alone, "how many percent are left to 100" names no subject of ours: no figure is stated
    assert engine.answer("сколько процентов осталось до 100").intent == "out_of_scope"


def test_almost_twice_is_checked_against_the_ratio(engine: QAEngine) -> None:
    answer = engine.answer("is 'almost twice' right? do the math", language="en")
    assert answer.intent == "trust_growth" and "1.66" in answer.text
    answer = engine.answer("so is it like 2x more trust now or what", language="en")
    assert answer.intent == "trust_growth" and "1.66" in answer.text
    assert engine.answer("реши пж 2x+5=11").intent == "out_of_scope"


def test_both_parts_of_the_reports_asked_get_both(engine: QAEngine) -> None:
    answer = engine.answer("how many reports were considered and how many were not?", language="en")
    assert answer.intent == "reports_considered" and {"300", "500"} <= set(stated(answer))


def test_growth_named_with_the_level_asks_the_change(engine: QAEngine) -> None:
    for question, language in (("доверие выросло на 25 процентов, так?", "ru"),
                               ("сенім қаншалықты өсті", "kk")):  # fmt: skip
        answer = engine.answer(question, language=language)
        assert answer.intent == "trust_growth" and "25" in stated(answer)


@pytest.mark.parametrize(
    ("question", "language", "group"),
    [("доверие к полиции среди водителей", "ru", True),
     ("trust among police officers themselves?", "en", True),
     ("доверие к полиции среди населения", "ru", False),
     ("2019 бен 2025 арасында сенім қанша пайыздық тармаққа өсті?", "kk", False)],
)  # fmt: skip
def test_trust_among_a_group_is_a_breakdown_but_not_among_everyone(
    engine: QAEngine, question: str, language: str, group: bool
) -> None:
    answer = engine.answer(question, language=language)
    assert (answer.frame.missing == "group") is group
    assert (stated(answer) == []) is group


@pytest.mark.parametrize(
    ("question", "language"),
    [("Коллеги говорят, что полиции никто не верит. Правда ли это? Сколько на самом деле доверяют?",
      "ru"),
     ("my uncle says nobody trusts the cops here, is that true? whats the actual number", "en"),
     ("досым полицияға ешкім сенбейді дейді. рас па? нақты қанша?", "kk")],
)  # fmt: skip
def test_a_claim_about_how_many_trust_gets_who_trusts_and_who_does_not(
    engine: QAEngine, question: str, language: str
) -> None:
    """Matched to the reasons, the claim gets the split; matched to a level, that level."""
    answer = engine.answer(question, language=language)
    assert answer.intent in ("trust_split", "trust_current", "trust_first")
    assert "63" in stated(answer)


@pytest.mark.parametrize(
    ("message", "language"),
    [("ну ладно, до свидания", "ru"), ("ok good night", "en"), ("жарайды, көріскенше", "kk"),
     ("see you later", "en"), ("bye for now", "en")],
)  # fmt: skip
def test_a_goodbye_is_an_acknowledgement(engine: QAEngine, message: str, language: str) -> None:
    answer = chat(engine, "сколько доверяют полиции?", message, language=language)[1]
    assert answer.intent == "ack" and stated(answer) == []


@pytest.mark.parametrize(
    ("question", "language", "intent", "figure"),
    [
        ("какое время в Казахстане по UTC, один пояс?", "ru", "time_zone", "UTC+5"),
        ("Қазақстан қай уақыт белдеуінде", "kk", "time_zone", "UTC+5"),
        ("which time zone does Kazakhstan use", "en", "time_zone", "UTC+5"),
        ("are aktau and almaty on the same time now?", "en", "time_zone", "UTC+5"),
        (
            "я таксист, пассажир отказался платить и угрожает, куда звонить",
            "ru",
            "emergency_numbers",
            "102",
        ),
        (
            "такси жүргізушімін, жолаушы қоқан-лоқы жасап тұр, қайда хабарласам",
            "kk",
            "emergency_numbers",
            "102",
        ),
        ("сколько всего областей и регионов в стране", "ru", "regions", "20"),
        ("Қазақстанда қанша облыс бар", "kk", "regions", "20"),
        ("how many oblasts does the country have", "en", "regions", "20"),
        ("any police-trust data for Pavlodar region?", "en", "no_figure", None),
        ("какая разница в процентах между 2019 и 2025", "ru", "trust_growth", "25"),
    ],
)
def test_the_time_zone_and_the_regions_are_general_information(
    engine: QAEngine, question: str, language: str, intent: str, figure: str | None
) -> None:
    """FACTS.md allows them as general information, labelled so; a region's data is no question
    about the regions, and a difference of years is no time zone; a taxi is no emergency unless
    someone is in danger."""
    answer = engine.answer(question, language=language)
    assert answer.intent == intent
    if figure is None:
        assert stated(answer) == []
    else:
        assert figure in plain_text(answer.text)


@pytest.mark.parametrize(
    ("questions", "language", "figures"),
    [
        (("какой был самый первый замер?", "а не доверяли тогда сколько?"), "ru", ["62"]),
        (("first trust measurement?", "and the rest back then?"), "en", ["62"]),
        (("бастапқыда сенім қанша еді және қаншасы сенбеді",), "kk", ["38", "62"]),
        (("how many trust the police now?", "and those who do not trust them?"), "en", ["37"]),
        (("полиции доверяют 63%?", "а қалған пайызы қанша?"), "kk", ["37"]),
        (("доля тех, кто доверяет лишь частично или совсем не доверяет?",), "ru", ["37"]),
        (("what percent only partially trust or don't trust at all",), "en", ["37"]),
        (("полицияға сенім қанша өсті", "ал есемен қанша?"), "kk", ["1,66"]),
        (("38 бен 63 арасындағы айырмашылық туралы дереккөз не дейді?",), "kk", ["25"]),
        (("на сколько вырос уровень доверия за эти годы",), "ru", ["25"]),
        (("how far did the number of non-trusting people fall",), "en", ["25"]),
        (("how many of the 800 thousand reports were reviewed?",), "en", ["300"]),
    ],
)
def test_complements_of_the_first_year_partly_ratios_and_remainders(
    engine: QAEngine, questions: tuple[str, ...], language: str, figures: list[str]
) -> None:
    """The first measurement is of its year ("and the rest back then?" is 100 − 38), "partly
    or not at all" is the 37 %, «есемен» is the ratio, two quoted points with a difference asked
    are the change whatever matched, a fall of distrust is its change."""
    answer = chat(engine, *questions, language=language)[-1]
    text = plain_text(answer.text)
    assert answer.intent not in ("no_figure", "out_of_scope"), text
    assert all(figure in text for figure in figures), text


REFORM = "reform_context"


@pytest.mark.parametrize(
    ("questions", "language", "intent", "wanted"),
    [
        (("что за реформа сервисной полиции?", "когда это произошло?"), "ru", REFORM, "2018"),
        (("what happened after Denis Ten died", "when did that happen?"), "en", REFORM, "2018"),
        (("сервистік полиция реформасы туралы", "ол қашан болды?"), "kk", REFORM, "2018"),
        (("почему не доверяют полиции?", "а когда это сказали?"), "ru", "publication", "2025"),
        (("как депутат объясняет недоверие к полиции?",), "ru", "reasons", "коррупц"),
        (("what does the MP say about why people distrust police",), "en", "reasons", "corrupt"),
        (("депутаттың пікірінше сенім неге баяу өседі",), "kk", "reasons", "жемқор"),
        (("the deputy says trust grew, but why so slowly?",), "en", "reasons", "corrupt"),
        (("по словам Имашевой, сколько сейчас доверяют полиции?",), "ru", "trust_current", "63"),
        (("does she herself trust the police?",), "en", "deputy_stance", "protect"),
    ],
)  # fmt: skip
def test_when_again_the_deputy_cited_and_slow_growth(
    engine: QAEngine, questions: tuple[str, ...], language: str, intent: str, wanted: str
) -> None:
    """ "When was that?" dates what was just said; the deputy cited as a source ("according to
    the MP") is no question about her; why trust grows *so slowly* asks what holds it back."""
    answer = chat(engine, *questions, language=language)[-1]
    assert answer.intent == intent, plain_text(answer.text)
    assert wanted in plain_text(answer.text)


@pytest.mark.parametrize(
    ("question", "language", "intent", "wanted"),
    [
        ("в двух словах: какой уровень доверия и почему не доверяют?", "ru", "summary", "63"),
        ("the short version please: how many trust and why the rest don't", "en", "summary", "37"),
        ("қысқаша: полицияға қанша сенеді, неге сенбейді?", "kk", "summary", "63"),
        ("что показали данные генпрокуратуры?", "ru", "reason_formalism", "500"),
        ("what figures did the prosecutor's office report", "en", "reason_formalism", "500"),
        ("Бас прокуратураның дерегі не көрсетті", "kk", "reason_formalism", "500"),
        ("сколько дел возбудила прокуратура", "ru", "out_of_scope", None),
        ("do people trust prosecutors?", "en", "out_of_scope", None),
    ],
)
def test_in_brief_with_causes_and_the_prosecutor_cited_as_a_source(
    engine: QAEngine, question: str, language: str, intent: str, wanted: str | None
) -> None:
    """ "In brief" with the level and its causes asked is the article in brief; the General
    Prosecutor's Office named as the source of figures is the 800 / 500 thousand, asked about
    itself it is another institution."""
    answer = engine.answer(question, language=language)
    assert answer.intent == intent, plain_text(answer.text)
    if wanted is None:
        assert stated(answer) == []
    else:
        assert wanted in plain_text(answer.text)


@pytest.mark.parametrize(
    ("question", "language", "intent"),
    [
        ("на что жалуются люди, когда речь об участковых?", "ru", "reason_prevention"),
        ("what do residents complain about with district inspectors", "en", "reason_prevention"),
        ("учаскелік полицейлерге қандай шағым бар", "kk", "reason_prevention"),
        ("why does the police never respond to calls", "en", "reason_prevention"),
        ("what do locals complain about district cops", "en", "reason_prevention"),
        ("in a nutshell: trust level and the reasons people dont trust", "en", "summary"),
        ("что такое сервисная полиция", "ru", "reform_context"),
        ("из-за чего люди начали требовать изменить работу полиции?", "ru", "reform_context"),
        ("когда общество потребовало изменить полицию?", "ru", "reform_context"),
        ("участковых реформировали — что они получили?", "ru", "reason_prevention"),
        ("the district inspectors were reformed, what did they get?", "en", "reason_prevention"),
        ("что дала реформа полиции?", "ru", "reform_context"),
        ("полиция көбінесе қандай жемқорлық жасайды", "kk", "reason_corruption"),
        ("пара алушылардың неше пайызы полицейлер", "kk", "corruption_share"),
        ("translate this into English: police", "en", "out_of_scope"),
        ("ЭЦП-ны қалай жаңартамын", "kk", "out_of_scope"),
    ],
)
def test_complaints_about_inspectors_the_service_police_often_and_tasks(
    engine: QAEngine, question: str, language: str, intent: str
) -> None:
    """Complaints beside the inspectors are about them; the service police is the reform;
    «жиі» / «көбінесе» is "most often"; a Kazakh genitive before a share names its whole (the
    offenders: one in seven is a share of them); translation and e-government are tasks."""
    answer = engine.answer(question, language=language)
    assert answer.intent == intent, plain_text(answer.text)


@pytest.mark.parametrize(
    ("question", "language", "figures"),
    [
        ("нужны исходный и нынешний показатели доверия к полиции", "ru", ["38", "63"]),
        ("baseline and current police trust figures, please", "en", ["38", "63"]),
        ("полицияға сенімнің бастапқы және қазіргі деңгейі", "kk", ["38", "63"]),
        ("what's the police trust rate, roughly?", "en", ["63"]),
        ("в статье Курсива какой процент называют?", "ru", ["63"]),
        ("is it true all 37% don't trust the police at all?", "en", ["37"]),
    ],
)
def test_both_ends_in_other_words_a_figure_asked_in_words_and_a_quoted_share_checked(
    engine: QAEngine, question: str, language: str, figures: list[str]
) -> None:
    """ "Initial and current" are both ends; "number", "rate" or the article with trust named is
    the level even when nothing matched well; a quoted 37 % checked is the 37 %, not the
    reasons."""
    answer = engine.answer(question, language=language)
    text = plain_text(answer.text)
    assert answer.intent not in ("no_figure", "out_of_scope"), text
    assert all(figure in text for figure in figures), text


@pytest.mark.parametrize(
    ("question", "language", "intent"),
    [
        ("как часто проводят опрос доверия к полиции?", "ru", "no_figure"),
        ("how many times a year do they measure trust in police", "en", "no_figure"),
        ("полицияға сенімді қанша рет өлшейді?", "kk", "no_figure"),
        ("сколько полицейских наказали за взятки", "ru", "no_figure"),
        ("how many officers were prosecuted for corruption last year", "en", "no_figure"),
        ("1000 адамға неше полицей бар", "kk", "no_figure"),
        ("what share only partially trusts the police?", "en", "no_figure"),
        ("сколько людей доверяют полиции лишь частично?", "ru", "no_figure"),
        ("где подать заявление в полицию онлайн?", "ru", "out_of_scope"),
        ("how to file a complaint against a neighbour with police", "en", "out_of_scope"),
        ("говорят, каждый седьмой полицейский берёт взятки, правда?", "ru", "corruption_officers"),
        ("is every seventh cop corrupt?", "en", "corruption_officers"),
        ("әрбір жетінші полицей пара алады ма?", "kk", "corruption_officers"),
    ],
)
def test_how_often_officers_punished_partly_alone_tasks_and_every_seventh_officer(
    engine: QAEngine, question: str, language: str, intent: str
) -> None:
    """How often trust is measured, officers counted as punished or per people, the partly
    trusting alone, a task done at the police: no figure. "Every seventh police officer is
    corrupt" turns the one-in-seven share around: it is said in words that no such share
    exists."""
    answer = engine.answer(question, language=language)
    assert answer.intent == intent, plain_text(answer.text)
    assert set(stated(answer)) <= set(NUMBERS.findall(question))  # no number of its own


@pytest.mark.parametrize(
    ("questions", "language", "intent"),
    [
        (("какой уровень доверия?", "а это по всей стране или в Алматы?"), "ru", "source"),
        (("what is the trust level?", "nationwide or only in big cities?"), "en", "source"),
        (("почему не доверяют?", "а что случается чаще всего?"), "ru", "reason_corruption"),
        (("why is there distrust?", "what is the most common?"), "en", "reason_corruption"),
        (("сәлеметсіз бе, полицияға сенім неше пайыз?",), "kk", "trust_current"),
        (("здравствуйте, сколько процентов доверяют полиции? ответьте по-русски",), "ru",
         "trust_current"),
        (("policia % 2025?",), "en", "trust_year"),
        (("привет) вопрос: доверие к полиции какое",), "ru", "trust_current"),
        (("Доброе утро ☀️ у меня вопрос по статистике, сколько было в 2019?",), "ru",
         "trust_year"),
        (("в самом первом замере доверие было 40?",), "ru", "trust_first"),
    ],
)  # fmt: skip
def test_national_scope_most_often_after_the_reasons_greetings_and_the_first_measurement(
    engine: QAEngine, questions: tuple[str, ...], language: str, intent: str
) -> None:
    """The whole country asked beside a city is the national source; "most often" after the
    reasons is corruption's bribes; a greeting before a figure asked, or the reply's language
    named ("по-русски"), does not hide the trust question; the first measurement named is the
    first."""
    answer = chat(engine, *questions, language=language)[-1]
    assert answer.intent == intent, plain_text(answer.text)


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("какая доля казахстанцев сомневается в полиции?", "ru"),
        ("how many people are skeptical of the police", "en"),
        ("халықтың қанша бөлігі полицияға күмәнданады", "kk"),
    ],
)
def test_doubting_the_police_is_the_distrust_figure(
    engine: QAEngine, question: str, language: str
) -> None:
    """Doubting the police is trusting it only partly or not at all: the 37 %."""
    answer = engine.answer(question, language=language)
    assert answer.intent == "distrust", plain_text(answer.text)
    assert "37" in stated(answer)


@pytest.mark.parametrize(
    ("questions", "language"),
    [
        (("how much did police trust improve since the first survey?",), "en"),
        (("сколько доверяют полиции?", "это выше, чем в 2019? на сколько?"), "ru"),
        (("полицияға сенім 2019 жылдан бері қаншалықты жақсарды?",), "kk"),
    ],
)
def test_better_or_up_with_how_much_asked_is_the_change(
    engine: QAEngine, questions: tuple[str, ...], language: str
) -> None:
    """ "How much better", "up from 2019, by how much", «қаншалықты жақсарды»: the change."""
    answer = chat(engine, *questions, language=language)[-1]
    assert answer.intent == "trust_growth", plain_text(answer.text)
    assert "25" in stated(answer)


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("500 тысяч не рассмотрели, а сколько тогда рассмотрели?", "ru"),
        ("500k reports were not reviewed, so how many were reviewed?", "en"),
    ],
)
def test_the_last_remainder_word_not_negated_asks_the_considered_part(
    engine: QAEngine, question: str, language: str
) -> None:
    """The part left out quoted, then the considered part asked: 800 - 500 = 300 thousand."""
    answer = engine.answer(question, language=language)
    assert answer.intent == "reports_considered", plain_text(answer.text)
    assert "300" in stated(answer)


@pytest.mark.parametrize(
    ("questions", "language", "expected"),
    [
        (("доверие в 2019 году?", "и через год что было?"), "ru", None),
        (("доверие в 2019 году?", "а через шесть лет?"), "ru", "63"),
        (("какое доверие сейчас?", "а годом раньше?"), "ru", None),
        (("2025 жылы сенім қанша?", "екі жыл бұрын ше?"), "kk", None),
        (("2019 жылы сенім қанша?", "алты жылдан кейін ше?"), "kk", "63"),
        (("police trust level in 2025?", "and six years earlier?"), "en", "38"),
        (("trust in 2019?", "and the following year?"), "en", None),
        (("how far was the police trusted a year after the first survey?",), "en", None),
        (("2019 жылы сенім қанша?", "бір жыл өткен соң ше?"), "kk", None),
        (("2019 жылы сенім қанша?", "келесі жылғы көрсеткіш қандай?"), "kk", None),
        (("какое доверие к полиции было за год до последнего замера?",), "ru", None),
    ],
)
def test_a_relative_year_counts_from_the_year_under_discussion(
    engine: QAEngine, questions: tuple[str, ...], language: str, expected: str | None
) -> None:
    """ "A year later" after 2019 is 2020: no figure, and the year it does not say either; six
    years on is 2025, the latest measurement."""
    answer = chat(engine, *questions, language=language)[-1]
    if expected is None:
        assert (answer.intent, answer.frame.missing) == ("no_figure", "relative")
        assert stated(answer) == []
    else:
        assert expected in stated(answer), plain_text(answer.text)


def test_a_relative_year_with_nothing_discussed_is_a_forecast(engine: QAEngine) -> None:
    answer = engine.answer("через год полиции будут доверять больше?")
    assert answer.intent == "no_figure" and stated(answer) == []
    after = chat(engine, "trust level for 2025?", "a year on?", language="en")[-1]
    assert (after.intent, after.frame.missing) == ("no_figure", "forecast")


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("скольких жителей опрашивали про доверие?", "ru"),
        ("сколько респондентов было в исследовании", "ru"),
        ("how many people took part in that poll?", "en"),
        ("what sample was the trust figure based on", "en"),
        ("зерттеуге қанша адам қатысты?", "kk"),
        ("сенім туралы неше адамнан сұрады", "kk"),
    ],
)
def test_the_survey_size_is_a_measure_the_series_lacks(
    engine: QAEngine, question: str, language: str
) -> None:
    answer = engine.answer(question, language=language)
    # how many were asked gets the answer on how the survey was done, in words
    assert (answer.intent, answer.frame.missing) in {("no_figure", "measure"), ("method", "method")}
    assert stated(answer) == []


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("по опросу сколько человек доверяют полиции?", "ru"),
        ("сауалнама бойынша неше адам полицияға сенеді", "kk"),
    ],
)
def test_how_many_trust_by_the_survey_is_the_level(
    engine: QAEngine, question: str, language: str
) -> None:
    answer = engine.answer(question, language=language)
    assert "63" in stated(answer), plain_text(answer.text)


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("насколько доверяющих больше, чем недоверяющих, в пунктах?", "ru"),
        ("сенетіндер сенбейтіндерден қанша тармаққа артық", "kk"),
        ("by how many points do those who trust outnumber those who don't?", "en"),
    ],
)
def test_trust_set_against_distrust_is_the_gap_not_the_change(
    engine: QAEngine, question: str, language: str
) -> None:
    answer = engine.answer(question, language=language)
    assert answer.intent == "trust_split" and "26" in stated(answer), plain_text(answer.text)


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("какая доля коррупционеров не полицейские?", "ru"),
        ("жемқорлардың қанша пайызы полицейлер емес", "kk"),
        ("what share of the corruption offenders were not cops?", "en"),
    ],
)
def test_the_offenders_who_are_not_police_are_the_rest_of_one_in_seven(
    engine: QAEngine, question: str, language: str
) -> None:
    answer = engine.answer(question, language=language)
    assert answer.intent == "corruption_others", plain_text(answer.text)
    assert {"85,7", "85.7"} & set(stated(answer))


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("сколько лет между двумя замерами доверия?", "ru"),
        ("өлшемдердің арасында неше жыл өтті", "kk"),
        ("how many years lie between the two trust measurements?", "en"),
    ],
)
def test_how_many_years_between_the_measurements(
    engine: QAEngine, question: str, language: str
) -> None:
    answer = engine.answer(question, language=language)
    assert answer.intent == "measurement_years" and "6" in stated(answer), answer.text


def test_the_asker_from_another_country_asks_about_kazakhstan(engine: QAEngine) -> None:
    answer = engine.answer(
        "hi, I'm a reporter from Germany: how many people in Kazakhstan trust the police?",
        language="en",
    )
    assert answer.intent == "trust_current" and "63" in stated(answer)
    assert engine.answer("а полиции России сколько людей доверяют?").intent == "out_of_scope"


def test_a_police_unit_met_in_a_story_is_no_breakdown(engine: QAEngine) -> None:
    story = (
        "a patrol officer shouted at my brother last week for no reason and now he says "
        "nobody should trust the police at all, so what share of people trust the police?"
    )
    assert "63" in stated(engine.answer(story, language="en"))
    unit = engine.answer("how much do people trust the traffic police?", language="en")
    assert (unit.intent, unit.frame.missing) == ("no_figure", "group")


def test_kazakh_latin_letters_and_english_words_in_latin_kazakh(engine: QAEngine) -> None:
    grew = engine.answer("polisiyaǵa senim qansha ósti?", language="kk")
    assert grew.intent == "trust_growth", plain_text(grew.text)
    level = engine.answer("polisiya trust qansha?", language="kk")
    assert "63" in stated(level), plain_text(level.text)


def test_a_follow_up_of_the_whole_and_an_operation_stays_on_the_topic(engine: QAEngine) -> None:
    answer = chat(
        engine,
        "сколько обращений не рассмотрели",
        "а это от общего количества сколько в процентах?",
    )[-1]
    assert answer.intent == "reason_formalism" and "62,5" in stated(answer)


def test_a_figure_asked_of_the_deputy_about_trust_is_the_level(engine: QAEngine) -> None:
    answers = chat(
        engine, "tell me who Imasheva is", "which trust number does she give?", language="en"
    )
    assert "63" in stated(answers[-1]), plain_text(answers[-1].text)


def test_the_last_question_reads_the_message_before_it_as_its_topic(engine: QAEngine) -> None:
    answer = engine.answer("доверие выросло на 25% или на 25 пунктов? в чём разница?")
    assert answer.intent == "trust_growth" and "25" in stated(answer)


@pytest.mark.parametrize(
    ("question", "language", "number"),
    [
        (
            "мы с братом поспорили, он уверен что полиции никто не доверяет, так сколько "
            "доверяют на деле?", "ru", "63",
        ),
        (
            "my uncle keeps saying nobody believes the police at all so how many people "
            "trust them really", "en", "63",
        ),
        (
            "бүгін көшеде патрульдік полиция құжат тексерді, сонда елде неше пайыз адам "
            "полицияға сенбейді", "kk", "37",
        ),
    ],
)  # fmt: skip
def test_the_question_after_a_resuming_word_ends_the_story(
    engine: QAEngine, question: str, language: str, number: str
) -> None:
    answer = engine.answer(question, language=language)
    assert number in stated(answer), plain_text(answer.text)


def test_a_city_in_a_run_on_story_is_no_breakdown_unless_pointed_at(engine: QAEngine) -> None:
    story = (
        "I came to Shymkent for an internship and my landlady says people fear the police, "
        "what share of people trust them?"
    )
    assert "63" in stated(engine.answer(story, language="en"))
    pointed = "I came to Shymkent for an internship and I wonder, how many trust the police here?"
    assert engine.answer(pointed, language="en").intent == "no_figure"


def test_complaints_left_unanswered_with_figures_asked_are_the_reports(engine: QAEngine) -> None:
    answer = engine.answer("folks say the police never react to complaints, is there a figure?")
    assert "500" in stated(answer), plain_text(answer.text)
    inspectors = engine.answer("why don't district inspectors react to complaints", language="en")
    assert inspectors.intent == "reason_prevention"


def test_points_or_per_cent_of_the_growth_is_the_change(engine: QAEngine) -> None:
    answer = engine.answer("did it grow 25 % or 25 points, what is the difference", language="en")
    assert answer.intent == "trust_growth" and "25" in stated(answer)


def test_villages_after_the_inspectors_are_the_inspectors(engine: QAEngine) -> None:
    answer = chat(engine, "что не так с участковыми", "а по деревням?")[-1]
    assert answer.intent == "reason_prevention", plain_text(answer.text)


def test_when_the_reform_s_trigger_happened_stays_ours(engine: QAEngine) -> None:
    answer = engine.answer("в каком году убили фигуриста Тена", language="ru")
    assert "2018" in stated(answer), plain_text(answer.text)


@pytest.mark.parametrize(
    ("question", "language", "number"),
    [
        ("с какого процента доверия к полиции всё начиналось, стартовый уровень", "ru", "38"),
        ("полицияға сенім басында неше пайыз болған", "kk", "38"),
        ("сколько людей относятся к полиции скептически сейчас", "ru", "37"),
        ("1 из 7 коррупционеров полицейский, сколько это процентов", "ru", "14,3"),
        ("жемқорлардың 7-ден 1-і полицей, бұл қанша пайыз", "kk", "14,3"),
        ("1 in 7 as percent - police graft number", "en", "14.3"),
        # a bare "is it true?" checks the claim before it
        ("говорят, доверие к полиции почти удвоилось. правда? посчитай", "ru", "1,66"),
    ],
)
def test_the_start_the_sceptics_one_in_seven_and_a_checked_claim_are_figures(
    engine: QAEngine, question: str, language: str, number: str
) -> None:
    answer = engine.answer(question, language=language)
    assert number in stated(answer), plain_text(answer.text)


def test_the_press_where_the_article_came_out_is_the_source(engine: QAEngine) -> None:
    answer = engine.answer("в каком издании и СМИ опубликовали эти цифры", language="ru")
    assert answer.intent not in ("out_of_scope", "no_figure"), plain_text(answer.text)


@pytest.mark.parametrize(
    ("first", "then", "language", "number"),
    [
        ("на сегодня полиции доверяют на каком уровне", "а в начале сколько было?", "ru", "38"),
        ("is 63 percent of trust high?", "how much was it?", "en", "38"),
        ("қазіргі таңда полицияға сенетіндер үлесі қандай", "ал қанша еді?", "kk", "38"),
        ("how many reports went unreviewed", "does that exceed half?", "en", "62.5"),
        ("қанша хабарлама қаралмаған", "ол жартысы ма?", "kk", "62.5"),
    ],
)
def test_a_follow_up_of_the_past_or_of_half_asks_a_figure_of_the_topic(
    engine: QAEngine, first: str, then: str, language: str, number: str
) -> None:
    """ "How much was it?" after today's level is the first measurement; "more than half?"
    after a part asks its share."""
    answer = chat(engine, first, then, language=language)[-1]
    assert number in [n.replace(",", ".") for n in stated(answer)], plain_text(answer.text)


def test_out_of_how_many_after_the_unreviewed_reports_is_the_whole(engine: QAEngine) -> None:
    answer = chat(engine, "сколько жалоб так никто и не рассмотрел", "это из скольких?")[-1]
    assert "800" in stated(answer), plain_text(answer.text)


@pytest.mark.parametrize(
    ("question", "language", "intent"),
    [
        ("в Павлодаре полиции верят выше среднего по стране?", "ru", "no_figure"),
        ("is trust in the police in Aktobe below the national average?", "en", "no_figure"),
        ("Шымкентте полицияға ел бойынша орташадан көбірек сене ме?", "kk", "no_figure"),
        ("в Алматы доверяют полиции меньше, чем по всей стране?", "ru", "no_figure"),
        ("можно ли доверять мужу, который постоянно обманывает", "ru", "out_of_scope"),
        ("can I trust my girlfriend if she keeps lying", "en", "out_of_scope"),
        ("күйеуіме қалай сенемін, ол өтірік айтады", "kk", "out_of_scope"),
        ("Almaty versus the national level of police trust?", "en", "no_figure"),
        ("trust in cops: Shymkent vs the whole country", "en", "no_figure"),
        ("cops in the U.S. versus here: trust level?", "en", "out_of_scope"),
        ("do people in US trust their cops more?", "en", "out_of_scope"),
        ("а в Штатах полиции сколько доверяют?", "ru", "out_of_scope"),
        ("АҚШ-та полицияға сенім қандай", "kk", "out_of_scope"),
        ("any tips to earn the confidence of my boss?", "en", "out_of_scope"),
        ("как научиться доверять себе", "ru", "out_of_scope"),
        ("өзіңе деген сенім қалай пайда болады", "kk", "out_of_scope"),
    ],
)
def test_a_region_against_the_average_or_a_person_of_ones_life_gets_no_number(
    engine: QAEngine, question: str, language: str, intent: str
) -> None:
    """A region against the country's average (or "vs" it) is a breakdown the series lacks;
    trust in a partner, a boss or oneself is not trust in the police; "the US", "in US", "U.S."
    are a country ("us" alone is the pronoun)."""
    answer = engine.answer(question, language=language)
    assert answer.intent == intent and not stated(answer), plain_text(answer.text)


@pytest.mark.parametrize(
    ("question", "language", "number"),
    [
        ("какое доверие было до реформы, в самом первом замере?", "ru", "38"),
        ("What percent of people in Kazakhstan don't trust the police?", "en", "37"),
        ("она пишет: верить стали почти вдвое больше. действительно так? посчитай", "ru", "1,66"),
        ("Сәлем, көршім полицияға бұрынғыдан көп сенеміз дейді, рас па?", "kk", "1,66"),
        (
            "I work as a taxi driver and bank clerks and traffic cops both give me trouble all "
            "the time and I keep wondering what percent of people in Kazakhstan trust the police",
            "en",
            "63",
        ),
    ],
)
def test_the_first_level_a_negated_share_a_checked_growth_and_a_story_are_figures(
    engine: QAEngine, question: str, language: str, number: str
) -> None:
    answer = engine.answer(question, language=language)
    assert number in stated(answer), plain_text(answer.text)


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("где напечатали эту новость", "ru"),
        ("did our police ever become the service police they promised?", "en"),
        ("«полиция мені қорғайды» деп депутат нені меңзеді", "kk"),
    ],
)
def test_the_news_the_service_police_and_her_words_are_ours(
    engine: QAEngine, question: str, language: str
) -> None:
    answer = engine.answer(question, language=language)
    assert answer.intent not in ("out_of_scope", "no_figure", "help"), plain_text(answer.text)


@pytest.mark.parametrize(
    ("question", "language", "intent"),
    [
        ("в Астане полиции верят сильнее, чем в целом по Казахстану?", "ru", "no_figure"),
        (
            "is the capital more trusting of the police than the rest of the country?",
            "en",
            "no_figure",
        ),
        ("елордада полицияға ел бойынша орташадан артық сене ме?", "kk", "no_figure"),
        ("а жалоб на участковых за прошлый год сколько набралось", "ru", "no_figure"),
        ("how many complaints against the district police came in?", "en", "no_figure"),
        (
            "живу в ауле под Павлодаром, участковый к нам не заезжает, какой процент в сёлах "
            "верит полиции",
            "ru",
            "no_figure",
        ),
        ("which ice dancing pair won gold at the last worlds?", "en", "out_of_scope"),
        ("кто победил на чемпионате по фигурному катанию", "ru", "out_of_scope"),
        ("can you suggest a good detective film about cops", "en", "out_of_scope"),
        ("подскажи какой-нибудь сериал о работе полицейских", "ru", "out_of_scope"),
        ("polisiya jaiyndagy kino aitshy", "kk", "out_of_scope"),
    ],
)
def test_a_breakdown_a_count_we_lack_a_contest_or_a_film_get_no_number(
    engine: QAEngine, question: str, language: str, intent: str
) -> None:
    """The capital, or villages asked after a story of an inspector never seen, are a
    breakdown; complaints about the district officers are a count the series lacks, not the
    reports of offences; who won a contest and a film or series about the police ask for no
    figure of ours."""
    answer = engine.answer(question, language=language)
    assert answer.intent == intent and not stated(answer), plain_text(answer.text)


@pytest.mark.parametrize(
    ("first", "language"),
    [("and the first measurement?", "en"), ("and her opinion on that?", "en")],
)
def test_i_see_after_a_follow_up_is_an_acknowledgement(
    engine: QAEngine, first: str, language: str
) -> None:
    answer = chat(engine, "police trust today?", first, "oh i see", language=language)[-1]
    assert answer.intent == "ack" and not stated(answer), plain_text(answer.text)


@pytest.mark.parametrize(
    ("question", "language", "number"),
    [
        (
            "Hello. I work as a nurse at a city hospital and we argue about it at lunch. "
            "What share of our citizens trust our police at the moment?",
            "en",
            "63",
        ),
        (
            "Здравствуйте. Я работаю в банке, коллеги спорят. Сколько процентов людей сейчас "
            "доверяют полиции?",
            "ru",
            "63",
        ),
        (
            "I used to serve in the interior ministry. How high was police trust back in 2019?",
            "en",
            "38",
        ),
    ],
)
def test_a_workplace_named_in_the_story_is_no_institution_asked(
    engine: QAEngine, question: str, language: str, number: str
) -> None:
    """The asker's own school, bank or ministry, named before the question, is not what is
    asked; the interior ministry is the police's own."""
    answer = engine.answer(question, language=language)
    assert number in stated(answer), plain_text(answer.text)


@pytest.mark.parametrize(
    ("question", "language"),
    [
        (
            "соседка: доверие к полиции плюс 25 процентов. я: плюс 25 пунктов. кто же прав?",
            "ru",
        ),
        ("my wife claims a 25 percent jump in trust; I claim 25 points. who of us is right?", "en"),
        ("әпкем сенім 25 пайыз көбейді дейді, мен 25 тармақ деймін. кім дұрыс?", "kk"),
        ("значит, сначала 38, а нынче 63 — это сколько?", "ru"),
        ("right, first 38 and later 63, what does it come to?", "en"),
        ("яғни 38 еді, қазір 63, айырмасы қанша?", "kk"),
    ],
)
def test_who_is_right_or_two_measurements_quoted_ask_the_change(
    engine: QAEngine, question: str, language: str
) -> None:
    """ "Who is right?" after two claims asks the claims; both measurements quoted with nothing
    else named ask the change between them (25 points)."""
    answer = engine.answer(question, language=language)
    assert "25" in stated(answer), plain_text(answer.text)


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("ішінара ғана сенетіндер нешеу?", "kk"),
        ("«жартылай сенеді» деген не, олардың үлесі қанша", "kk"),
        ("what portion of people trust the police just partly?", "en"),
    ],
)
def test_the_partly_trusting_alone_get_no_number(
    engine: QAEngine, question: str, language: str
) -> None:
    """Only the partly and the not-at-all trusting together (37 %) are held, not either part."""
    answer = engine.answer(question, language=language)
    assert answer.intent == "no_figure" and not stated(answer), plain_text(answer.text)


@pytest.mark.parametrize(
    ("question", "language", "numbers"),
    [
        ("what share of people trusted the police in '19?", "en", {"38"}),
        ("для графика дайте начальную и конечную точку доверия полиции", "ru", {"38", "63"}),
        (
            "Работаю таксистом, гаишники мне не нравятся. Сколько людей верит полиции, "
            "раньше вроде было меньше?",
            "ru",
            {"38", "63"},
        ),
    ],
)
def test_a_short_year_the_two_ends_and_a_count_against_before_are_figures(
    engine: QAEngine, question: str, language: str, numbers: set[str]
) -> None:
    """ "'19" is 2019; the series' two ends asked for a chart, and trust counted against before
    after a story, are the change."""
    answer = engine.answer(question, language=language)
    assert numbers <= set(stated(answer)), plain_text(answer.text)


@pytest.mark.parametrize(
    ("questions", "language"),
    [
        (("each seventh corruption offender is a policeman, right?", "meaning all police?"), "en"),
        (("правда, что каждый седьмой коррупционер из полиции?", "то есть все полицейские?"), "ru"),
    ],
)
def test_all_police_after_the_offenders_share_is_no_share_of_the_police(
    engine: QAEngine, questions: tuple[str, ...], language: str
) -> None:
    answer = chat(engine, *questions, language=language)[-1]
    assert answer.intent == "corruption_officers", plain_text(answer.text)


def test_a_clipped_clear_after_a_topic_is_an_acknowledgement(engine: QAEngine) -> None:
    answer = chat(engine, "а участковые теперь другие?", "ясн")[-1]
    assert answer.intent == "ack" and not stated(answer), plain_text(answer.text)


@pytest.mark.parametrize(
    ("question", "language", "numbers"),
    [
        ("в 2019-м доверяли 38, а не доверяли сколько?", "ru", {"62"}),
        ("say 63 percent trust cops — and the ones who do not?", "en", {"37"}),
        ("покажи доверию полиции цифры: 2019-й и 2025-й", "ru", {"38", "63"}),
        ("для доклада: уровень доверия за 2025 и самый первый замер", "ru", {"38", "63"}),
        ("ішкі істер органдарына сенім қазір қандай", "kk", {"63"}),
        ("police trust: how far did it climb over 6 years?", "en", {"25"}),
        (
            "по телевизору выступала депутат, такая женщина в очках, говорила о доверии "
            "полиции; какое оно было сначала и какое сейчас",
            "ru",
            {"38", "63"},
        ),
        ("one out of 7 — in percent please", "en", {"14.3"}),
        ("из 800 тысяч вычтем 500 тысяч — сколько рассмотренных выходит", "ru", {"300"}),
        ("37% — а это кто?", "ru", {"37"}),
    ],
)
def test_a_rest_a_year_with_the_first_a_span_and_a_quoted_share_are_figures(
    engine: QAEngine, question: str, language: str, numbers: set[str]
) -> None:
    """A trust level quoted, then those who do not trust: the rest of 100; a year asked with
    the first measurement: both; "over 6 years" is the change, not an age; a woman named
    beside the deputy is no breakdown by sex; "37 % — who?" asks about the figure."""
    answer = engine.answer(question, language=language)
    assert numbers <= {n.replace(",", ".") for n in stated(answer)}, plain_text(answer.text)


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("сосед говорит, что ментам теперь не доверяет никто. по статистике так?", "ru"),
        ("our neighbour says nobody believes cops now — what do statistics show?", "en"),
        ("көршім айтады, полицияға енді ешкім сенбейді; статистика не дейді?", "kk"),
        (
            "түнде дүкенді тонады, полиция екі сағаттан соң келді. сонда сенетіндер полицияға "
            "неше пайыз?",
            "kk",
        ),
    ],
)
def test_a_claim_or_a_story_then_the_trust_share_asked_gets_the_level(
    engine: QAEngine, question: str, language: str
) -> None:
    """ "Nobody trusts them, what do the figures say?" gets who trusts (its "not" is the
    claim's); a story, then the share who trust, gets the level."""
    answer = engine.answer(question, language=language)
    assert "63" in stated(answer), plain_text(answer.text)


@pytest.mark.parametrize(
    "question",
    ["Жауабыңыз үшін үлкен рахмет", "толық жауап бергеніңіз үшін рақмет"],
)
def test_thanks_for_a_full_answer_in_kazakh_is_an_acknowledgement(
    engine: QAEngine, question: str
) -> None:
    answer = engine.answer(question, language="kk")
    assert answer.intent == "ack" and not stated(answer), plain_text(answer.text)


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("63 или 64 процента доверяют? не помню точно", "ru"),
        ("from 38 up to 63 — not really double, is it?", "en"),
    ],
)
def test_a_not_that_denies_no_trust_asks_no_rest(
    engine: QAEngine, question: str, language: str
) -> None:
    """ "не помню", "is not double" after a quoted figure deny no trust: no 37."""
    answer = engine.answer(question, language=language)
    assert answer.intent != "distrust", plain_text(answer.text)


def test_us_the_pronoun_is_no_country(engine: QAEngine) -> None:
    answer = engine.answer("tell us what share trusts the police", language="en")
    assert "63" in stated(answer), plain_text(answer.text)


@pytest.mark.parametrize(
    ("question", "language", "numbers"),
    [
        ("by what factor do trusting people outnumber the distrustful", "en", {"1.7"}),
        ("тех, кто доверяет, больше, чем тех, кто не доверяет: во сколько раз?", "ru", {"1.7"}),
        ("сенетіндер саны сенбейтіндерге қарағанда неше есе артық", "kk", {"1.7"}),
        ("what part of people trust cops only partly or not at all", "en", {"37"}),
        ("what fraction of the population trusts the police partly or not at all", "en", {"37"}),
        ("полицияға деген сенім рейтингі қазір қандай", "kk", {"63"}),
        ("так рассмотрели-то сколько, раз 500 тысяч из 800 не рассмотрены?", "ru", {"300"}),
        ("how many were reviewed at all if 500k of the 800k were not reviewed", "en", {"300"}),
        ("если полицейский каждый седьмой, какой процент приходится не на полицию", "ru", {"85.7"}),
        ("жемқорлардың неше пайызы полицейлер емес", "kk", {"85.7"}),
        ("My uncle told me the locals simply don't trust the cops. True? numbers?", "en", {"63"}),
        (
            "my teacher said it was 45, so what was trust in the police at the first survey",
            "en",
            {"38"},
        ),
        (
            "police trust in KZ, 2019 vs 2025 figures and the gap between them",
            "en",
            {"38", "63", "25"},
        ),
    ],
)
def test_a_split_ratio_a_share_of_the_population_and_a_counted_remainder_are_figures(
    engine: QAEngine, question: str, language: str, numbers: set[str]
) -> None:
    """Trusting against not trusting "how many times": 63 / 37; "of the population" is the whole
    of a share; "how many were considered, if 500 were not": the one counted is asked; "not on
    the police"; a claim's "not" checked; a teacher who says a figure is no institution; "the
    gap" between two years is the change; a trust rating is the level."""
    answer = engine.answer(question, language=language)
    assert numbers <= {n.replace(",", ".") for n in stated(answer)}, plain_text(answer.text)


@pytest.mark.parametrize(
    ("questions", "language", "numbers"),
    [
        (("has trust gone up two times?", "precisely?"), "en", {"1.66"}),
        (("сенім екі есеге көбейді ме", "нақтырақ?"), "kk", {"1,66"}),
        (("сколько процентов не доверяет", "а это хуже, чем раньше?"), "ru", {"38", "63"}),
        (("how many distrust the police", "is that better than before?"), "en", {"38", "63"}),
        (("what percent distrust cops", "and what about the remaining ones?"), "en", {"63"}),
        (("сколько не доверяли полиции в 2019", "а остальные?"), "ru", {"38"}),
        (("кто эта депутат?", "и как по её мнению, доверие сильно поднялось?"), "ru", {"38", "63"}),
        (("депутаттың ойынша сенім көп өсті ме?",), "kk", {"38", "63"}),
    ],
)
def test_exactly_better_the_rest_and_her_view_of_the_rise_are_figures(
    engine: QAEngine, questions: tuple[str, ...], language: str, numbers: set[str]
) -> None:
    """ "Exactly?" after a rounded claim: the precise change; "better than before?" after the
    distrust: the change; "the rest" after the distrust: those who trust; whether she says trust
    grew much: her assessment beside 38 → 63."""
    answer = chat(engine, *questions, language=language)[-1]
    assert {n.replace(",", ".") for n in numbers} <= {
        n.replace(",", ".") for n in stated(answer)
    }, plain_text(answer.text)


@pytest.mark.parametrize(
    ("questions", "intent"),
    [
        (("сколько не доверяют полиции", "а кто не доверяет, сколько их?"), "distrust"),
        (("Денис Тенге реформаның не қатысы бар",), "reform_context"),
    ],
)
def test_a_repeated_not_is_the_distrust_and_ten_in_the_dative_is_no_currency(
    engine: QAEngine, questions: tuple[str, ...], intent: str
) -> None:
    answer = chat(engine, *questions, language="ru")[-1]
    assert answer.intent == intent, plain_text(answer.text)


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("Асқар кеше қай командаға ұтылды", "kk"),
        ("какой был счёт в последнем матче сборной", "ru"),
        ("what was the final score of the latest derby", "en"),
        ("which record by The Police should I listen to first", "en"),
        ("посоветуй песню группы The Police", "ru"),
        ("what share has no trust whatsoever, zero", "en"),
        ("у какой доли граждан доверие к полиции совсем нулевое", "ru"),
        ("полицияға мүлдем сенбейтіндер нешеу", "kk"),
        ("do villagers trust the police less than townspeople, what's the gap", "en"),
        ("and 2016, before the reform, how high was it", "en"),
    ],
)
def test_no_subject_of_ours_a_band_not_at_all_alone_and_a_breakdown_state_no_figure(
    engine: QAEngine, question: str, language: str
) -> None:
    """A question with no word of our subject (a game, a band called The Police) is out of
    scope; those not trusting at all are only counted with the partly trusting; villages set
    against towns and a year before the reform have no figure."""
    answer = engine.answer(question, language=language)
    assert answer.intent in ("out_of_scope", "no_figure"), plain_text(answer.text)
    assert set(stated(answer)) <= set(re.findall(r"\d+", question)), plain_text(answer.text)


@pytest.mark.parametrize(
    ("question", "language", "numbers"),
    [
        ("list every figure you hold on police trust levels", "en", {"63", "38", "37"}),
        ("полиция бойынша барлық цифрлар керек, сенім туралы", "kk", {"63", "38", "37"}),
        ("сколько пунктов доверия прибавилось с первого замера", "ru", {"25"}),
        (
            "Hello. I teach geography at a Pavlodar college. "
            "Which percentage of residents trusts the police currently?",
            "en",
            {"63"},
        ),
        ("is it fewer than half of residents who trust cops?", "en", {"63"}),
        ("what share trusted cops back in 19?", "en", {"38"}),
        (
            "rang the station maybe five times, no answer; so how many reports got left "
            "unconsidered",
            "en",
            {"500"},
        ),
        ("if every seventh officer takes bribes, what percent of officers is that", "en", {"14.3"}),
    ],
)
def test_all_figures_an_introduction_a_claim_and_events_counted_are_understood(
    engine: QAEngine, question: str, language: str, numbers: set[str]
) -> None:
    """All the figures asked: the summary; a teacher's own school or city is not asked about;
    "fewer than half trust?" checks a claim; "back in 19" is 2019; "five times" counts calls, it
    is no ratio; "every seventh officer, what percent?" is ≈14.3 % of the offenders."""
    answer = engine.answer(question, language=language)
    assert numbers <= {n.replace(",", ".") for n in stated(answer)}, plain_text(answer.text)


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("where do I flag spam in whatsapp", "en"),
        ("what goes into a chemistry lab report", "en"),
        ("как оформить отчёт по практике", "ru"),
        ("share of Kazakhs that don't trust officers at all", "en"),
    ],
)
def test_another_kind_of_report_and_not_trusting_at_all_state_no_figure(
    engine: QAEngine, question: str, language: str
) -> None:
    """A lab report or spam flagged on a messenger is no report of an offence; "no trust … at
    all" alone is counted only together with the partly trusting."""
    answer = engine.answer(question, language=language)
    assert answer.intent in ("out_of_scope", "no_figure"), plain_text(answer.text)
    assert not stated(answer), plain_text(answer.text)


@pytest.mark.parametrize(
    ("question", "language", "numbers"),
    [
        ("what part of the complaints is actually considered", "en", {"37.5"}),
        ("жетінің бірі пайызға шаққанда қанша болады", "kk", {"14.3"}),
        ("полицейлердің қандай үлесі пара алады, он төрт пайыз ба, 14?", "kk", {"14.3"}),
        ("what fraction of cops is corrupt then, 14%? which share exactly", "en", {"14.3"}),
        ("она сказала почти вдвое, а по цифрам во сколько", "ru", {"1.66"}),
        ("сколько процентов остаётся вне этих 63%?", "ru", {"37"}),
        ("give me the baseline plus the newest police trust level", "en", {"38", "63"}),
        ("police trust has gone up how much in six years", "en", {"25"}),
        (
            "Здравствуйте, мне 58 лет, соседка говорит никто полиции не верит. "
            "Сколько процентов жителей сегодня доверяют полиции?",
            "ru",
            {"63"},
        ),
        ("депутат сенім бойынша қай цифрды келтірді", "kk", {"63"}),
    ],
)
def test_shares_one_in_seven_a_ratio_a_baseline_and_a_story_are_understood(
    engine: QAEngine, question: str, language: str, numbers: set[str]
) -> None:
    """The share of the reports considered; «жетінің бірі» as a percent; a share of the police
    asked with 14 % quoted gives ≈14.3 % of the offenders; «во сколько» is a ratio; outside the
    63 % is the rest; a baseline is the first measurement; "has risen in six years" counts back;
    an age and a neighbour's claim in a story are not asked; the figure the deputy cited."""
    answer = engine.answer(question, language=language)
    assert numbers <= {n.replace(",", ".") for n in stated(answer)}, plain_text(answer.text)


@pytest.mark.parametrize(
    ("context", "question", "language", "numbers"),
    [
        ("police trust level, how high?", "what about 2019 jyly?", "en", {"38"}),
        (
            "count of offence reports received in 2025?",
            "and of those, reviewed how many?",
            "en",
            {"300"},
        ),
        ("share of citizens distrusting police?", "and the rest do trust?", "en", {"63"}),
    ],
)
def test_follow_ups_a_latin_year_word_the_considered_and_the_rest(
    engine: QAEngine, context: str, question: str, language: str, numbers: set[str]
) -> None:
    """A Kazakh year word typed in Latin in English; the reports reviewed after their count;
    "the rest trust" after the distrust is the trust level."""
    chat = Conversation()
    engine.answer(context, language=language, conversation=chat)
    answer = engine.answer(question, language=language, conversation=chat)
    assert numbers <= {n.replace(",", ".") for n in stated(answer)}, plain_text(answer.text)


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("с какого года меняют налоговую реформу для ИП", "ru"),
        ("what changes does the education reform bring to exams", "en"),
        ("денсаулық сақтау реформасы не береді", "kk"),
        ("how late can I submit my annual tax report", "en"),
        ("ставка 38% по ипотеке это грабеж?", "ru"),
        ("does 25% inflation sound realistic to you", "en"),
        ("несие бойынша 63 пайыз үстеме көп пе", "kk"),
        ("auyl zherindegi adamdar politsiyaga qansha senedi", "kk"),
        ("қанша адам мүлде сенбейді, қаншасы ішінара сенеді", "kk"),
    ],
)
def test_a_weak_word_of_another_subject_states_no_figure(
    engine: QAEngine, question: str, language: str
) -> None:
    """A reform, a report or a quoted figure of ours is weak evidence: beside another reform, a
    tax report or a loan's rate it is theirs, not ours; a village typed in Latin Kazakh is a
    breakdown the data lack."""
    answer = engine.answer(question, language=language)
    assert answer.intent in ("out_of_scope", "no_figure"), plain_text(answer.text)
    assert not stated(answer), plain_text(answer.text)


@pytest.mark.parametrize(
    ("question", "language", "numbers"),
    [
        ("63 процента — это вообще высокий показатель?", "ru", {"63"}),
        ("half a million of the 800k left unreviewed, right?", "en", {"500"}),
        ("the reform after Ten's murder, what did it change in trust", "en", {"2018"}),
        ("разница между рассмотренными и нерассмотренными в тысячах?", "ru", {"200"}),
        ("половину обращений просто в урну, а точнее сколько тысяч", "ru", {"500"}),
        ("trust rise in points for my essay on policing, please", "en", {"25"}),
        ("сколько процентов верит полиции, а сколько нет — обе цифры", "ru", {"63", "37"}),
        ("populace: how many trust cops, how many do not", "en", {"63", "37"}),
        ("what share of Kazakhs don't completely trust their police", "en", {"37"}),
        ("чуть ли не вдвое, а по факту сколько, 1,6 или 1,9?", "ru", {"1.66"}),
        ("it roughly doubled, 1.6x or 1.9x really?", "en", {"1.66"}),
        ("каким изданием это опубликовано, и дата какая", "ru", {"2025"}),
        ("соны кім жазды екен", "kk", {"2025"}),
    ],
)
def test_a_weak_word_alone_or_beside_a_core_one_is_ours(
    engine: QAEngine, question: str, language: str, numbers: set[str]
) -> None:
    """With nothing else named, a quoted figure of ours or the reports are our subject; beside
    Denis Ten the reform is. The gap between the unconsidered and the considered; a report thrown
    in the bin is unconsidered; an essay is the reason for asking; trust and its denial counted
    apart are both shares; "not completely" is partly or not at all; "1.6x or 1.9x?" after a
    multiple offers answers to the ratio asked; «изданием» is the publication;
    «соны», «осыны» are «мұны» (who wrote this: the source)."""
    answer = engine.answer(question, language=language)
    assert numbers <= {n.replace(",", ".") for n in stated(answer)}, plain_text(answer.text)


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("ноутбук показывает 38 процентов аккумулятора, пора заряжать?", "ru"),
        ("planshetim 37 payyz, zaryadtau kerek pe", "kk"),
        ("laptop charge 63 percent, should I unplug it", "en"),
        ("how do I format a thesis report in APA style", "en"),
        ("сколько медалей у Дениса Тена на чемпионатах мира", "ru"),
        ("Denis Ten figure skating medals count", "en"),
        ("The Police released Roxanne in which year", "en"),
    ],
)
def test_weak_evidence_beside_unknown_words_states_no_figure(
    engine: QAEngine, question: str, language: str
) -> None:
    """With only weak evidence of our subject (a quoted figure, a report, Denis Ten), words
    outside our vocabulary name another subject: a battery, a thesis's format, a skater's
    medals; a record the band The Police put out is music."""
    answer = engine.answer(question, language=language)
    assert answer.intent in ("out_of_scope", "no_figure"), plain_text(answer.text)
    assert not stated(answer), plain_text(answer.text)


@pytest.mark.parametrize(
    ("question", "language", "numbers"),
    [
        ("так 63 процента это получается больше половины?", "ru", {"63"}),
        ("нерассмотренных обращений доля какая", "ru", {"62.5"}),
        ("Denis Ten and the reform, what came of it for trust", "en", {"2018"}),
        ("trust up 25 points: big or small? confused here", "en", {"25"}),
    ],
)
def test_weak_evidence_with_everyday_or_negated_words_is_ours(
    engine: QAEngine, question: str, language: str, numbers: set[str]
) -> None:
    """Everyday words («получается», "confused", "big or small") and a known word negated
    («нерассмотренных») name no other subject; Denis Ten beside the reform is ours."""
    answer = engine.answer(question, language=language)
    assert numbers <= {n.replace(",", ".") for n in stated(answer)}, plain_text(answer.text)


@pytest.mark.parametrize(
    ("question", "language", "numbers"),
    [
        (
            "допустим тридцать семь процентов полиции не доверяет, доверяющих тогда сколько",
            "ru",
            {"63"},
        ),
        ("сенбейтіндер отыз жеті пайыз болса, сенетіндер нешеу", "kk", {"63"}),
        ("say 37 percent of people distrust cops, how many then do", "en", {"63"}),
        (
            "доверие поднялось от тридцати восьми процентов до шестидесяти трёх, а относительно?",
            "ru",
            {"66"},
        ),
        (
            "сенім отыз сегіз пайыздан алпыс үш пайызға көтерілді, бастапқыдан неше пайыз өсім",
            "kk",
            {"66"},
        ),
        ("from thirty-eight up to sixty-three: relative rise? never good at maths", "en", {"66"}),
        ("восемьсот тысяч обращений, сколько из них так и не рассмотрено", "ru", {"500"}),
    ],
)
def test_a_denied_figure_and_numbers_in_words_are_read(
    engine: QAEngine, question: str, language: str, numbers: set[str]
) -> None:
    """The distrust quoted, then trust asked ("37 don't, how many do?"): the rest, 63. Numbers
    written in words are digits; the asker's own maths at school is no institution asked."""
    answer = engine.answer(question, language=language)
    assert numbers <= {n.replace(",", ".") for n in stated(answer)}, plain_text(answer.text)


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("каждый седьмой полицейский выходит взяточник?", "ru"),
        ("zero trust in police only, not partial trust, how many", "en"),
    ],
)
def test_a_bare_claim_and_not_at_all_beside_not_partly_state_no_number(
    engine: QAEngine, question: str, language: str
) -> None:
    """ "Every seventh officer a bribe-taker?" gets the words-only answer (no share of the
    police exists); "not at all, not partly" asks a part the data hold only summed."""
    answer = engine.answer(question, language=language)
    assert not stated(answer), plain_text(answer.text)


def test_understood_thanks_then_a_question_and_an_affirmed_rest_follow_the_topic(
    engine: QAEngine,
) -> None:
    """ "Okay, logical" is an acknowledgement; thanks opening a follow-up ("rahmet, and back in
    2019?") asks the follow-up; "and those who do?" after the distrust asks who trusts."""
    assert engine.answer("okay that makes sense", language="en").intent == "ack"
    thanked = chat(engine, "police trust %, latest", "rahmet! and back in 2019?", language="en")
    assert "38" in stated(thanked[-1]), plain_text(thanked[-1].text)
    affirmed = chat(engine, "share who distrust police?", "and those who do?", language="en")
    assert "63" in stated(affirmed[-1]), plain_text(affirmed[-1].text)


@pytest.mark.parametrize(
    ("question", "language", "numbers"),
    [
        ("сенім пайызы полицияға қазір қанша екен", "kk", {"63"}),
        ("жарты миллион арыз қаралмапты, барлығы неше болған", "kk", {"800"}),
        ("полмиллиона жалоб проигнорировали, а всего их было сколько", "ru", {"800"}),
    ],
)
def test_a_trust_percent_and_half_a_million_are_ours(
    engine: QAEngine, question: str, language: str, numbers: set[str]
) -> None:
    """Trust's percent beside the police is the trust level, not a share of the police; half a
    million is 500 thousand, the unconsidered reports, of about 800 thousand."""
    answer = engine.answer(question, language=language)
    assert numbers <= {n.replace(",", ".") for n in stated(answer)}, plain_text(answer.text)


def test_the_whole_asked_after_the_unreviewed_reports_is_the_total(engine: QAEngine) -> None:
    """ "From what overall number?" after the unconsidered reports asks their whole: 800."""
    answer = chat(engine, "полмиллиона заявлений без ответа, верно?", "а какое общее их число")[-1]
    assert "800" in stated(answer), plain_text(answer.text)


@pytest.mark.parametrize(
    ("question", "language", "no"),
    [
        ("выходит, 37 процентов граждан полностью не доверяют органам?", "ru", "Нет"),
        ("демек 37 пайызы полицияға мүлдем сенбейтіндер ғой?", "kk", "Жоқ"),
        ("does that mean 37 percent have no trust in cops at all?", "en", "No"),
    ],
)
def test_the_quoted_sum_read_as_not_at_all_is_denied_without_a_number(
    engine: QAEngine, question: str, language: str, no: str
) -> None:
    """The 37 % quoted as those not trusting at all counts the partly trusting too: "no", and
    no figure for "not at all" alone."""
    answer = engine.answer(question, language=language)
    assert plain_text(answer.text).startswith(no), plain_text(answer.text)
    assert not stated(answer), plain_text(answer.text)


def test_not_at_all_after_the_distrust_states_no_number(engine: QAEngine) -> None:
    """ "And those wholly distrusting, how many?" after the 37 % asks a part with no figure."""
    answer = chat(engine, "какая доля граждан к полиции без доверия", "вообще не верят какая часть")
    assert not stated(answer[-1]), plain_text(answer[-1].text)


@pytest.mark.parametrize(
    ("question", "language", "number"),
    [
        ("жартылай миллион арыз ескерусіз қалды ма", "kk", "500"),
        ("assume 500 thousand complaints got not reviewed — how many got?", "en", "300"),
        ("как изменилось доверие населения к полиции в пунктах", "ru", "25"),
        ("нынче доверие 63 %, ну а когда замерять начали?", "ru", "38"),
        ("I myself do not trust cops, but what percentage of folks do?", "en", "63"),
        ("my uncle claims police trust went up twofold. has it? by what factor", "en", "1.66"),
    ],
)
def test_elided_and_told_parts_leave_the_question_asked(
    engine: QAEngine, question: str, language: str, number: str
) -> None:
    """Half a million as «жартылай миллион»; "how many were?" after "not reviewed" (the verb
    left out); «доверие населения» (who trusts, no headcount); «когда начали» (the first
    measurement); the asker's own distrust told; an echo question ("has it?") after a claim."""
    answer = engine.answer(question, language=language)
    assert number in {n.replace(",", ".") for n in stated(answer)}, plain_text(answer.text)


def test_vague_figures_after_a_topic_with_figures_are_its_figures(engine: QAEngine) -> None:
    """ "Any numbers on that?" after the formalism asks its 800 / 500 thousand, not trust's."""
    answer = chat(
        engine, "explain the formalism you mentioned", "got numbers for that one?", language="en"
    )
    assert {"800", "500"} <= set(stated(answer[-1])), plain_text(answer[-1].text)


def test_every_how_manyth_in_percent_is_the_one_in_seven_share(engine: QAEngine) -> None:
    """ "Among corrupt officials, every how-manyth is a policeman? and in percent" asks the
    one-in-seven share: ≈14.3 % of the offenders."""
    question = "из взяточников полицейский каждый который? ответьте в процентах"
    answer = engine.answer(question, language="ru")
    assert "14.3" in {n.replace(",", ".") for n in stated(answer)}, plain_text(answer.text)


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("откуда происходит фамилия Имашева?", "ru"),
        ("Snezhanna — a rare first name, what is its meaning?", "en"),
        ("Имашева тегі қайдан шыққан, мағынасы бар ма?", "kk"),
    ],
)
def test_the_deputys_name_taken_as_a_word_is_out_of_scope(
    engine: QAEngine, question: str, language: str
) -> None:
    answer = engine.answer(question, language=language)
    assert answer.intent == "out_of_scope" and stated(answer) == []
    assert engine.answer("Снежанна Имашева — кто это?").intent == "deputy"


def test_a_shortage_counted_per_place_gets_no_figure(engine: QAEngine) -> None:
    asked = chat(
        engine,
        "как реформа изменила работу участковых?",
        "сколько их недостаёт — не хватает в деревнях?",
    )
    assert asked[1].intent == "no_figure" and stated(asked[1]) == []


def test_not_at_all_with_the_partly_set_aside_gets_no_number(engine: QAEngine) -> None:
    for question, language in (
        ("кроме частично доверяющих, сколько не доверяют полностью?", "ru"),
        ("excluding the partly trusting, how many have no trust at all?", "en"),
    ):
        answer = engine.answer(question, language=language)
        assert answer.intent == "no_figure" and stated(answer) == []


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("сам я полиции не доверяю, ну а большинство людей?", "ru"),
        ("personally i do not trust cops, and the majority?", "en"),
        ("мен өзім полицияға сенбеймін, бірақ көпшілік адамдар ше?", "kk"),
    ],
)
def test_the_majority_asked_after_the_askers_own_distrust_gets_the_level(
    engine: QAEngine, question: str, language: str
) -> None:
    assert "63" in stated(engine.answer(question, language=language))


def test_a_double_beside_2x_is_a_multiple_not_an_equation(engine: QAEngine) -> None:
    answer = engine.answer("trust went up nearly double; is that really 2x or less?", language="en")
    assert "1.66" in stated(answer)


def test_a_kazakh_confusion_after_the_question_keeps_it(engine: QAEngine) -> None:
    answer = engine.answer("сенім 25 пайыз көбейді ме, тармақ па? түсінбедім", language="kk")
    assert {"25", "63"} <= set(stated(answer))


def test_not_at_all_said_of_something_else_in_a_story_keeps_the_level(engine: QAEngine) -> None:
    story = "көршім айтты, участкелік есікті мүлдем ашпайды. жалпы полиция қанша пайыз сенім алады?"
    assert "63" in stated(engine.answer(story, language="kk"))
    assert stated(engine.answer("полицияға мүлде сенбейтіндер қанша?", language="kk")) == []


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("где заказать такси до аэропорта ночью", "ru"),
        ("need a cab number in Almaty late at night", "en"),
        ("как восстановить доверие в отношениях с мужем после ссоры", "ru"),
        ("жұбайыммен қарым-қатынаста сенімді қалай қалпына келтіремін", "kk"),
    ],
)
def test_a_taxi_or_a_relationship_gets_no_figure(
    engine: QAEngine, question: str, language: str
) -> None:
    """Calling a taxi is no emergency, and trust between partners is no police figure."""
    answer = engine.answer(question, language=language)
    assert answer.intent == "out_of_scope" and stated(answer) == []


@pytest.mark.parametrize(
    ("question", "language"),
    [("перечисли причины", "ru"), ("name the reasons please", "en"), ("себептерін атап бер", "kk")],
)
def test_the_reasons_alone_are_the_reasons_for_distrust(
    engine: QAEngine, question: str, language: str
) -> None:
    assert engine.answer(question, language=language).intent == "reasons"
    assert engine.answer("причины развода", language="ru").intent == "out_of_scope"


def test_a_two_digit_year_ending_the_question_is_a_year(engine: QAEngine) -> None:
    assert "38" in stated(engine.answer("police trust in 19", language="en"))
    assert "38" in stated(chat(engine, "доверие к полиции", "а в 19-м")[1])
    assert engine.answer("в 19 регионах доверие к полиции какое?").intent == "no_figure"


def test_back_then_after_the_first_measurement_gives_its_level(engine: QAEngine) -> None:
    for first, then in (
        ("when did they start measuring trust in police", "and at that time?"),
        ("с какого года замеряют доверие", "а в то время?"),
        ("сенімді қай жылдан бастап өлшейді", "ал ол кезде?"),
    ):
        assert "38" in stated(chat(engine, first, then)[1])


def test_the_rest_of_the_reports_is_the_considered_part(engine: QAEngine) -> None:
    for question, language in (
        ("из 800 тыс. обращений 500 тыс. не рассмотрели, а остальные сколько?", "ru"),
        ("800 мыңның 500-і қаралмады, қалғандары қанша?", "kk"),
    ):
        assert "300" in stated(engine.answer(question, language=language))


def test_the_inspectors_joining_house_chats_is_their_prevention_work(engine: QAEngine) -> None:
    answer = engine.answer("have inspectors joined the residents' chats?", language="en")
    assert answer.intent == "reason_prevention"
    assert engine.answer("how can I join the police?", language="en").intent == "out_of_scope"


def test_regarding_a_year_is_no_count_of_participants(engine: QAEngine) -> None:
    """«2019-ға қатысты» is "relative to 2019"; «сауалнамаға қатысты» is who took part."""
    answer = engine.answer("2019 жылға қатысты сенім қаншаға өсті, пайызбен", language="kk")
    assert "66" in stated(answer)
    took_part = engine.answer("сауалнамаға қатысты адамдар саны қанша", language="kk")
    assert took_part.intent == "no_figure" and stated(took_part) == []


def test_mixed_kazakh_spellings_are_read(engine: QAEngine) -> None:
    assert "102" in stated(engine.answer("полицияға звондау үшін қай номер", language="kk"))
    inspectors = engine.answer("учасковыйға адамдар не үшін шағымданады", language="kk")
    assert inspectors.intent == "reason_prevention"
    age = engine.answer("imasheva kansha zhasta, zhasy neshe", language="kk")
    assert age.intent == "no_figure" and stated(age) == []


def test_the_considered_ones_in_percent_are_their_share(engine: QAEngine) -> None:
    asked = chat(
        engine, "хабарламалардың қаншасы қаралмаған", "қаралғандары неше пайыз", language="kk"
    )
    assert "37,5" in stated(asked[1])


def test_a_switch_to_another_report_in_a_conversation_states_nothing(engine: QAEngine) -> None:
    asked = chat(
        engine,
        "what share of reports went unexamined?",
        "off-topic: could you draft my quarterly sales summary report",
        "а пенсионная реформа?",
        language="en",
    )
    assert [a.intent for a in asked[1:]] == ["out_of_scope", "out_of_scope"]
    assert stated(asked[1]) == stated(asked[2]) == []


def test_who_counted_the_reports_is_their_source(engine: QAEngine) -> None:
    asked = chat(engine, "сколько обращений оставили без рассмотрения", "а кто их посчитал?")
    assert asked[1].intent == "source" and "Генпрокуратур" in plain_text(asked[1].text)


def test_the_dynamics_since_the_first_measurement_give_both_ends(engine: QAEngine) -> None:
    answer = engine.answer("какова динамика доверия к полиции с первого замера", language="ru")
    assert {"38", "63"} <= set(stated(answer))


def test_kazakh_without_its_letters_beside_unknown_words_stays_kazakh(engine: QAEngine) -> None:
    answer = engine.answer("жедел жардем шакыру номири канша", language="kk")
    assert "единый" not in answer.text and answer.language == "kk"


def test_ahh_i_see_is_an_acknowledgement(engine: QAEngine) -> None:
    assert engine.answer("ohh i see", language="en").intent == "ack"


def test_another_subject_named_beside_trust_leaves_no_part_of_it_ours(engine: QAEngine) -> None:
    """A part of a long message is read on its own only where it names our subject: "can I
    trust my girlfriend" has no part that asks for the emergency numbers."""
    answer = engine.answer("how can I tell if my girlfriend is trustworthy or not", language="en")
    assert answer.intent == "out_of_scope" and stated(answer) == []


def test_the_police_of_the_us_are_another_country(engine: QAEngine) -> None:
    assert engine.answer("is US police trust higher?", language="en").intent == "out_of_scope"
    assert "63" in stated(engine.answer("do people trust us police officers now?", language="en"))


def test_a_size_or_a_sum_asked_has_no_figure(engine: QAEngine) -> None:
    for question, language in (
        ("какая обычно сумма взятки гаишнику", "ru"),
        ("typical bribe size cops take?", "en"),
    ):
        answer = engine.answer(question, language=language)
        assert answer.intent == "no_figure" and stated(answer) == []


def test_kazakh_latin_of_the_new_alphabet_is_read(engine: QAEngine) -> None:
    asked = chat(engine, "polisiağa senim qanşa", "aiyrmaşylyq qanşa", language="kk")
    assert "25" in stated(asked[1])
    ordinals = chat(engine, "sebepteri qandai", "üşinşisin aitşy", language="kk")
    assert ordinals[1].intent == "reason_formalism"


def test_a_quoted_emergency_number_asks_the_numbers(engine: QAEngine) -> None:
    for question, language in (("112 — это полиция или нет?", "ru"), ("112 or 102 for cops", "en")):
        assert "102" in stated(engine.answer(question, language=language))
    assert "112" in stated(engine.answer("скорую как вызвать", language="ru"))


def test_then_and_now_counted_after_an_old_mans_claim_give_both_ends(engine: QAEngine) -> None:
    story = "бабушка твердит: милиции раньше не верил никто. сколько было тогда и сколько стало?"
    assert {"38", "63"} <= set(stated(engine.answer(story, language="ru")))


def test_a_relative_clause_is_no_question_of_its_own(engine: QAEngine) -> None:
    answer = engine.answer(
        "Сообщите уровень доверия граждан к полиции по данным, которые приводит депутат?",
        language="ru",
    )
    assert "63" in stated(answer)


def test_a_neighbours_own_number_then_how_many_really_gives_the_level(engine: QAEngine) -> None:
    story = "көрші апай үй чатына полицияға 90 пайыз сенеді деп жазыпты. шын мәнінде қанша?"
    assert "63" in stated(engine.answer(story, language="kk"))


def test_those_who_trust_named_by_the_kazakh_verb_are_not_the_distrust(engine: QAEngine) -> None:
    assert "63" in stated(engine.answer("сенетіндер қанша пайыз?", language="kk"))
    assert "37" in stated(engine.answer("сенбейтіндер қанша пайыз?", language="kk"))


def test_an_unknown_cyrillic_question_keeps_the_persons_language(engine: QAEngine) -> None:
    answer = engine.answer("Имашева нешеде екен", language="kk")
    assert answer.intent == "no_figure" and answer.language == "kk"


def test_a_companys_hotline_is_no_emergency(engine: QAEngine) -> None:
    answer = engine.answer("номер колл-центра halyk банка подскажи", language="ru")
    assert answer.intent == "out_of_scope" and stated(answer) == []


def test_by_the_way_and_a_new_subject_mid_conversation_states_nothing(engine: QAEngine) -> None:
    asked = chat(
        engine, "неге сенбейді полицияға", "кстати, шашты қайда арзан алдырады", language="kk"
    )
    assert asked[1].intent == "out_of_scope" and stated(asked[1]) == []


def test_the_first_time_it_was_measured_in_kazakh_gives_the_first_level(engine: QAEngine) -> None:
    story = "Ұлым мектепке жоба жасап жүр. Сенімді алғаш өлшегенде нәтиже қандай болған?"
    assert "38" in stated(engine.answer(story, language="kk"))


def test_a_fire_next_door_gets_the_single_emergency_number(engine: QAEngine) -> None:
    answer = engine.answer("у соседей горит, дым валит, по какому номеру звонить пожарным")
    assert "112" in stated(answer)


def test_reports_dismissed_after_the_reports_are_the_unconsidered_ones(engine: QAEngine) -> None:
    asked = chat(
        engine, "how many offence reports were filed", "and how many were dismissed?", language="en"
    )
    assert "500" in stated(asked[1])


def test_zero_trust_alone_has_no_figure(engine: QAEngine) -> None:
    answer = engine.answer(
        "what share has absolutely zero trust in cops, none whatsoever", language="en"
    )
    assert answer.intent == "no_figure" and stated(answer) == []


def test_the_deputys_schooling_and_years_in_office_have_no_figure(engine: QAEngine) -> None:
    asked = chat(engine, "кто такая Имашева", "где она училась и как долго она депутат?")
    assert asked[1].intent == "no_figure" and stated(asked[1]) == []


def test_a_numbers_own_arithmetic_is_out_of_scope(engine: QAEngine) -> None:
    answer = engine.answer("63 делится на 7 без остатка?", language="ru")
    assert answer.intent == "out_of_scope" and stated(answer) == []


def test_in_percent_of_the_previous_level_after_the_growth_gives_the_relative_change(
    engine: QAEngine,
) -> None:
    asked = chat(engine, "как изменилось доверие с 2019", "а относительно прежнего уровня?")
    assert "66" in stated(asked[1])


def test_two_figures_of_ours_quoted_name_our_subject(engine: QAEngine) -> None:
    answer = engine.answer("from 38 up to 63 — how many times is that, exactly?", language="en")
    assert "1.66" in stated(answer)


def test_makes_sense_is_an_acknowledgement(engine: QAEngine) -> None:
    assert engine.answer("ok, fair, makes sense", language="en").intent == "ack"


def test_a_bands_songs_have_no_part_of_ours(engine: QAEngine) -> None:
    answer = engine.answer("favourite album by The Police? roxanne forever", language="en")
    assert answer.intent == "out_of_scope" and stated(answer) == []


def test_a_school_mark_quoting_our_number_is_another_subject(engine: QAEngine) -> None:
    for question, language in (
        ("дочка написала контрольную на 63%, это нормально?", "ru"),
        ("scored 38% on the driving theory test, pass or fail?", "en"),
    ):
        answer = engine.answer(question, language=language)
        assert answer.intent == "out_of_scope" and stated(answer) == []


def test_a_figure_checked_then_the_askers_own_doubt_is_confirmed(engine: QAEngine) -> None:
    story = "Неужели 63% доверяют полиции? Сомневаюсь, мои знакомые все не доверяют."
    assert "63" in stated(engine.answer(story, language="ru"))


def test_not_at_all_asked_after_the_distrust_has_no_figure(engine: QAEngine) -> None:
    asked = chat(
        engine, "what share distrusts the police?", "and those with no trust at all?", language="en"
    )
    assert asked[1].intent == "no_figure" and "37" not in stated(asked[1])


def test_a_kazakh_verb_is_no_country(engine: QAEngine) -> None:
    """«көреді» (sees) folded is «кореди»: not Korea."""
    story = "көршім полицияны жек көреді, ал статистика бойынша қанша адам сенеді?"
    assert "63" in stated(engine.answer(story, language="kk"))


def test_kazakh_latin_percent_with_i_for_its_hard_vowel(engine: QAEngine) -> None:
    asked = chat(engine, "jemqorlyq turaly aitshy", "payizben qansha", language="kk")
    assert "14,3" in stated(asked[1])


def test_a_year_asked_at_the_end_of_a_village_story_gets_its_level(engine: QAEngine) -> None:
    story = "ауылда учаскелік жоқ дейді атам, ал 2019 жылы полицияға сенім қанша болған"
    assert "38" in stated(engine.answer(story, language="kk"))


def test_one_of_seven_in_kazakh_as_a_percent(engine: QAEngine) -> None:
    assert "14,3" in stated(engine.answer("жетіден бірі пайызға шаққанда қанша", language="kk"))


def test_the_police_number_in_a_hurry_is_the_emergency_number(engine: QAEngine) -> None:
    answer = engine.answer("they are fighting outside, need the police phone number", language="en")
    assert "102" in stated(answer)


def test_the_number_then_after_the_first_measurement_is_its_level(engine: QAEngine) -> None:
    asked = chat(engine, "с какого года измеряют доверие", "а какая цифра была тогда")
    assert "38" in stated(asked[1])


def test_a_citys_founding_year_is_not_our_source(engine: QAEngine) -> None:
    answer = engine.answer("когда построили Байтерек", language="ru")
    assert answer.intent == "out_of_scope" and stated(answer) == []


def test_a_share_asked_after_the_source_of_the_reports_is_theirs(engine: QAEngine) -> None:
    asked = chat(engine, "кто дал цифру 500 тысяч", "а в процентах от всех это сколько?")
    assert "62,5" in stated(asked[1])


@pytest.mark.parametrize(
    ("question", "language"),
    [
        # a phone or its price quoting our numbers
        ("смартфон за час сел с 63 до 38 процентов, почему", "ru"),
        ("samsung 24 bagasy qansha", "kk"),
        ("my phone battery sits at 37 percent all day, normal?", "en"),
        # a number of another measure
        ("рост 170 см, вес 63 кг — это норма?", "ru"),
        ("курсовая должна быть на 38 страниц?", "ru"),
        ("a 63-page report due friday, tips?", "en"),
        # a lift, a school mark, a city against others
        ("в подъезде опять не работает лифт, куда писать?", "ru"),
        ("балам тжб-дан 40-тан 38 алды, жақсы ма?", "kk"),
        ("Алматыда сенім басқа қалалардан жоғары ма, сандар бар ма?", "kk"),
    ],
)
def test_another_subject_or_a_number_of_it_states_no_figure(
    engine: QAEngine, question: str, language: str
) -> None:
    answer = engine.answer(question, language=language)
    assert answer.intent in ("out_of_scope", "no_figure") and stated(answer) == []


def test_the_average_bribe_has_no_figure(engine: QAEngine) -> None:
    answer = engine.answer("на сколько в среднем берут взятку полицейские?", language="ru")
    assert answer.intent == "no_figure" and stated(answer) == []


def test_a_year_named_in_a_run_on_is_the_year_said_to_have_no_figure(engine: QAEngine) -> None:
    answer = engine.answer(
        "my uncle swears there was a poll in 2022 and it was like forty something percent right",
        language="en",
    )
    assert answer.intent == "no_figure" and set(stated(answer)) <= {"2022"}


def test_britons_are_another_country(engine: QAEngine) -> None:
    answer = engine.answer("do british people trust their cops more?", language="en")
    assert answer.intent == "out_of_scope" and stated(answer) == []


def test_the_police_hotline_is_the_emergency_number(engine: QAEngine) -> None:
    assert "102" in stated(engine.answer("полиция горячая линия", language="ru"))


def test_a_first_impression_then_the_start_asked_gets_the_first_level(engine: QAEngine) -> None:
    answer = engine.answer("63% seems kinda low. and where did it begin?", language="en")
    assert "38" in stated(answer)


def test_the_considered_share_in_kazakh(engine: QAEngine) -> None:
    answer = engine.answer("қаралғандар үлесі пайызбен қанша", language="kk")
    assert "37,5" in stated(answer)


def test_the_deputy_asked_if_a_minister_is_who_she_is(engine: QAEngine) -> None:
    assert engine.answer("Imasheva — a minister or who?", language="en").intent == "deputy"


def test_what_figure_she_gave_after_who_she_is_is_the_level(engine: QAEngine) -> None:
    asked = chat(engine, "кто такая Имашева", "и какую цифру она назвала?")
    assert "63" in stated(asked[1])


def test_the_figures_asked_to_be_given_are_all_of_them(engine: QAEngine) -> None:
    answer = engine.answer("give me the numbers on police trust", language="en")
    assert {"38", "63"} <= set(stated(answer))


def test_an_inspectors_pay_in_slang_has_no_figure(engine: QAEngine) -> None:
    answer = engine.answer("сколько зп у полицейских в этом году", language="ru")
    assert answer.intent == "no_figure" and stated(answer) == []


def test_a_year_before_the_reform_after_a_figure_has_no_figure(engine: QAEngine) -> None:
    asked = chat(engine, "доверие к полиции сейчас", "а в 2017-м, ещё до реформы?")
    assert asked[1].intent == "no_figure" and "63" not in stated(asked[1])


def test_a_report_rejected_at_work_is_another_subject(engine: QAEngine) -> None:
    answer = engine.answer("my manager rejected my annual report, any tips?", language="en")
    assert answer.intent == "out_of_scope" and stated(answer) == []


def test_reports_shelved_after_the_reports_are_the_unconsidered_ones(engine: QAEngine) -> None:
    asked = chat(
        engine,
        "how many offence reports were there in 2025",
        "and how many were binned?",
        language="en",
    )
    assert "500" in stated(asked[1])


def test_those_who_trust_and_those_who_do_not_joined_are_both_counted(engine: QAEngine) -> None:
    assert {"63", "37"} <= set(stated(engine.answer("доверяющие и не доверяющие — сколько?")))


def test_a_place_visited_in_the_story_is_not_the_institution_asked(engine: QAEngine) -> None:
    story = (
        "стоял сегодня в очереди в ЦОНе, там ругали полицию. а официально сколько доверяют полиции"
    )
    assert "63" in stated(engine.answer(story, language="ru"))


def test_a_link_to_the_article_is_the_publication(engine: QAEngine) -> None:
    answer = engine.answer("дайте ссылку на статью, какое СМИ?", language="ru")
    assert answer.intent in ("publication", "source")


def test_a_half_remembered_wrong_figure_for_2019_gets_the_right_one(engine: QAEngine) -> None:
    assert "38" in stated(engine.answer("heard it was 45% in 2019, true?", language="en"))


def test_the_start_of_the_measurements_in_a_formal_letter(engine: QAEngine) -> None:
    letter = "Уважаемые коллеги, сообщите уровень доверия к полиции на начало наблюдений."
    assert "38" in stated(engine.answer(letter, language="ru"))


def test_a_district_newspaper_is_no_breakdown(engine: QAEngine) -> None:
    answer = engine.answer("процент доверия полиции нужен для нашей городской газеты")
    assert "63" in stated(answer)


def test_people_counted_after_the_reasons_are_the_distrust(engine: QAEngine) -> None:
    asked = chat(engine, "неге адамдар полицияға сенбейді", "ондай адамдар қанша?", language="kk")
    assert "37" in stated(asked[1])


def test_an_ambulance_after_the_police_number_is_the_single_number(engine: QAEngine) -> None:
    asked = chat(engine, "номер полиции какой", "а пожарных?")
    assert "112" in stated(asked[1])


def test_more_than_2019_glued_in_latin_kazakh(engine: QAEngine) -> None:
    asked = chat(engine, "qazir qansha adam senedi", "2019 dan koppe", language="kk")
    assert "38" in stated(asked[1])


def test_who_claimed_a_figure_is_its_source(engine: QAEngine) -> None:
    asked = chat(engine, "63% доверяют полиции?", "а кто это заявил?")
    assert asked[1].intent == "source"


def test_a_wife_a_singer_and_a_purchase_are_other_subjects(engine: QAEngine) -> None:
    for question, language in (
        ("как снова заслужить доверие жены", "ru"),
        ("Sting was the singer of The Police, right?", "en"),
        ("планшет купить до 150 тысяч, что посоветуешь", "ru"),
    ):
        answer = engine.answer(question, language=language)
        assert answer.intent == "out_of_scope" and stated(answer) == []


def test_how_many_not_after_how_many_trust_is_the_distrust(engine: QAEngine) -> None:
    asked = chat(engine, "сколько казахстанцев доверяют полиции", "а сколько нет")
    assert "37" in stated(asked[1])


def test_the_prosecutors_part_in_the_figures_is_their_source(engine: QAEngine) -> None:
    answer = engine.answer(
        "what role does the prosecutor's office play in these numbers?", language="en"
    )
    assert answer.intent != "out_of_scope" and "500" in stated(answer)


def test_a_figure_quoted_for_the_wrong_year_is_put_right(engine: QAEngine) -> None:
    answer = engine.answer("63% это же в 2023 было?", language="ru")
    assert answer.intent == "no_figure" and {"63", "2025"} <= set(stated(answer))


def test_the_lowest_year_between_two_measurements_has_no_figure(engine: QAEngine) -> None:
    answer = engine.answer("which year between 2019 and 2025 had the highest trust?", language="en")
    assert answer.intent == "no_figure" and stated(answer) == []


def test_the_inspectors_contacts_in_the_entrances(engine: QAEngine) -> None:
    answer = engine.answer("а контакты в подъезде повесили — это и есть вся работа?")
    assert answer.intent == "reason_prevention"


def test_a_pay_rise_after_the_inspectors_has_no_figure(engine: QAEngine) -> None:
    asked = chat(
        engine,
        "what changed for district inspectors?",
        "how much more are they paid now?",
        language="en",
    )
    assert asked[1].intent == "no_figure" and stated(asked[1]) == []


def test_a_tv_series_recommendation_is_another_subject(engine: QAEngine) -> None:
    answer = engine.answer("посоветуй сериал про ментов типа Глухаря", language="ru")
    assert answer.intent == "out_of_scope" and stated(answer) == []


def test_the_partly_trusting_alone_after_the_distrust_has_no_figure(engine: QAEngine) -> None:
    asked = chat(
        engine,
        "how many distrust the police?",
        "and the ones who trust them only partially?",
        language="en",
    )
    assert asked[1].intent == "no_figure" and "37" not in stated(asked[1])


def test_a_taxi_driver_is_no_tax_office(engine: QAEngine) -> None:
    story = "a taxi driver told me nobody trusts cops here. what's the official number?"
    assert "63" in stated(engine.answer(story, language="en"))


def test_the_series_listed_for_a_thesis(engine: QAEngine) -> None:
    answer = engine.answer(
        "list the trust values: first year, first value, last value", language="en"
    )
    assert {"2019", "38", "63"} <= set(stated(answer))


def test_what_percent_trust_and_what_percent_not(engine: QAEngine) -> None:
    answer = engine.answer("какая доля доверяет полиции и какая нет?", language="ru")
    assert {"63", "37"} <= set(stated(answer))


def test_the_one_in_seven_as_a_percent_after_the_claim_about_cops(engine: QAEngine) -> None:
    asked = chat(
        engine,
        "so every seventh corrupt official is a cop?",
        "what is that in percent?",
        language="en",
    )
    assert "14.3" in stated(asked[1])


def test_where_it_was_printed_and_whose_data_it_is(engine: QAEngine) -> None:
    assert chat(engine, "кто сказал про 63%?", "а напечатали где?")[1].intent in (
        "publication",
        "source",
    )
    asked = chat(engine, "қанша хабарлама қаралмады", "бұл кімнің дерегі?", language="kk")
    assert asked[1].intent == "source"


def test_completely_distrusting_quoted_is_explained_with_no_figure(engine: QAEngine) -> None:
    answer = engine.answer("is it 37% who totally distrust the cops?", language="en")
    assert answer.intent == "sum_quoted" and set(stated(answer)) <= {"37"}


def test_a_share_quoted_for_an_unmeasured_year_has_no_figure(engine: QAEngine) -> None:
    answer = engine.answer("коллега уверяет, что в 2021 было 55%, правда?", language="ru")
    assert answer.intent == "no_figure" and "63" not in stated(answer)


def test_a_broken_lift_is_no_emergency(engine: QAEngine) -> None:
    for question, language in (
        ("лифт сломался третий день, кому звонить?", "ru"),
        ("our elevator is broken again, which number do we call", "en"),
        ("үйде ыстық су жоқ, қайда хабарласу керек", "kk"),
    ):
        answer = engine.answer(question, language=language)
        assert answer.intent == "out_of_scope" and stated(answer) == []


def test_a_pay_rise_in_tenge_has_no_figure(engine: QAEngine) -> None:
    answer = engine.answer("участковым подняли зарплату — на сколько тенге?", language="ru")
    assert answer.intent == "no_figure" and stated(answer) == []


def test_a_tag_question_with_a_wrong_figure_gets_the_right_one(engine: QAEngine) -> None:
    assert "38" in stated(engine.answer("isn't it 35% in 2019?", language="en"))


def test_whoever_provided_a_figure_is_its_source(engine: QAEngine) -> None:
    answer = engine.answer("who provided the figure of 800 thousand reports?", language="en")
    assert answer.intent in ("source", "reason_formalism") and "800" in stated(answer)


@pytest.mark.parametrize(
    ("question", "language"),
    [
        # a number beside an address, a flat or a route is none of ours
        ("кто потерял кошелёк возле дома 38, кв 63?", "ru"),
        ("parcel for flat 63 left at the door, whose is it?", "en"),
        # a quoted 102 in a taxi order asks no emergency number
        ("закажи такси на Абая 102, пожалуйста", "ru"),
        # a school year is no "one in seven"
        ("my son is in 7th grade, which school is best?", "en"),
    ],
)
def test_an_address_a_taxi_order_and_a_school_year_are_none_of_ours(
    engine: QAEngine, question: str, language: str
) -> None:
    answer = engine.answer(question, language=language)
    assert answer.intent == "out_of_scope" and stated(answer) == []


def test_an_age_in_the_story_is_no_time_ahead(engine: QAEngine) -> None:
    answer = engine.answer(
        "мне 45 лет и я ни разу не звонил в полицию, сколько людей ей доверяют?", language="ru"
    )
    assert "63" in stated(answer)


def test_trust_set_against_100_percent_gives_what_is_missing(engine: QAEngine) -> None:
    answer = engine.answer("доверие к полиции насколько не дотягивает до 100%?", language="ru")
    assert "37" in stated(answer)


def test_a_bare_by_how_much_after_the_growth_is_the_growth(engine: QAEngine) -> None:
    asked = chat(engine, "доверие выросло?", "на сколько?")
    assert "25" in stated(asked[1])


def test_the_difference_after_the_reports_is_those_considered(engine: QAEngine) -> None:
    asked = chat(
        engine,
        "how many reports were left unconsidered?",
        "and the total?",
        "so what's the difference?",
        language="en",
    )
    assert "300" in stated(asked[2])


@pytest.mark.parametrize(
    ("questions", "language"),
    [
        (("откуда родом Имашева?",), "ru"),
        (("кто такая Имашева?", "а её дети?"), "ru"),
        (("who is Imasheva?", "what about her husband?"), "en"),
        (("почему не доверяют полиции?", "а по профилактике есть цифры?"), "ru"),
        (("how did trust change each year from 2019 to 2025?",), "en"),
    ],
)
def test_what_the_article_does_not_give_has_no_figure(
    engine: QAEngine, questions: tuple[str, ...], language: str
) -> None:
    answer = chat(engine, *questions, language=language)[-1]
    assert answer.intent == "no_figure" and stated(answer) == []


def test_a_guess_between_the_two_measurements_keeps_the_year_asked(engine: QAEngine) -> None:
    asked = chat(engine, "сколько доверяли в 2023?", "ну хотя бы примерно, между 38 и 63?")
    assert asked[1].intent == "no_figure" and "50" not in stated(asked[1])


def test_an_unrelated_question_after_a_figure_is_no_follow_up(engine: QAEngine) -> None:
    asked = chat(
        engine,
        "what percent trust the police?",
        "ok thanks, and the cheapest flight to Dubai right now?",
        language="en",
    )
    assert asked[1].intent == "out_of_scope" and stated(asked[1]) == []


@pytest.mark.parametrize(
    ("question", "language", "wanted"),
    [
        # the question first, a story after it that asks nothing
        ("25 процентов или 25 пунктов? Мы с соседом поспорили на ящик пива", "ru", "25"),
        ("Which time zone is Kazakhstan on? Booking a call with our inspector", "en", "5"),
        # a thousand people asked of in a long message
        ("Добрый вечер! Если взять тысячу казахстанцев, то сколько из 1000 доверяют полиции?",
         "ru", "630"),
        # the regions counted, for a project on the police
        ("Сколько всего областей и регионов в Казахстане? Это для проекта про полицию", "ru",
         "20"),
        # a computed figure asked about
        ("how did you get 62.5 percent?", "en", "500"),
    ],
)  # fmt: skip
def test_the_question_is_found_beside_a_story_or_a_computed_figure(
    engine: QAEngine, question: str, language: str, wanted: str
) -> None:
    assert wanted in stated(engine.answer(question, language=language))


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("у ребёнка 37.8, чем сбить температуру?", "ru"),  # a decimal is no 37 or 38
        ("мой телефон 87015556677, перезвоните", "ru"),  # the asker's own number
        ("what's the phone number of deputy Imasheva?", "en"),
        ("taksi kerek Abai 63 ke sagat 7:00 de", "kk"),  # a taxi at seven: no time zone
        ("когда уходит последний 38-й автобус?", "ru"),  # a route, not the year 2038
        ("Банкам доверяют больше, чем полиции? сколько процентов доверяют банкам", "ru"),
        ("when is the public service centre open on Saturday?", "en"),
    ],
)
def test_everyday_numbers_and_other_subjects_get_no_figure(
    engine: QAEngine, question: str, language: str
) -> None:
    answer = engine.answer(question, language=language)
    assert answer.intent in ("out_of_scope", "no_figure") and stated(answer) == []


@pytest.mark.parametrize(
    ("questions", "language", "wanted"),
    [
        (("сколько доверяют полиции?", "повтори, пожалуйста"), "ru", "63"),
        (("a 2019-da qansha senim boldy?", "qaitalap jibershi"), "kk", "38"),
        (("how many people trust the police?", "no way, everyone here hates cops"), "en", "63"),
        (("what's the latest trust level?", "and what was it at first?"), "en", "38"),
        (("когда был первый замер?", "а результат?"), "ru", "38"),
        (("в 2019 было 38, сейчас 63?", "на сколько это больше?"), "ru", "25"),
        (("whats trust now", "no i meant 2019"), "en", "38"),
        (("what was trust in 2019", "no sorry, i meant now"), "en", "63"),
        (("сколько доверяют полиции сейчас", "нет я имел в виду 2019"), "ru", "38"),
        (("2019 жылы қанша сенді", "жоқ, мен қазіргіні сұрадым"), "kk", "63"),
    ],
)
def test_a_follow_up_asks_again_or_for_the_first_measurement(
    engine: QAEngine, questions: tuple[str, ...], language: str, wanted: str
) -> None:
    assert wanted in stated(chat(engine, *questions, language=language)[-1])


@pytest.mark.parametrize(
    ("questions", "language"),
    [
        (("how many trust the police?", "many thanks, will pass it on to my neighbours"), "en"),
        (("сколько доверяют полиции?", "spasibo, appreciate it"), "en"),
    ],
)
def test_thanks_that_tell_what_comes_next_are_thanks(
    engine: QAEngine, questions: tuple[str, ...], language: str
) -> None:
    assert chat(engine, *questions, language=language)[-1].intent == "ack"


def test_a_doubted_answer_is_said_again_with_what_a_national_figure_is(engine: QAEngine) -> None:
    doubted = chat(engine, "сколько доверяют полиции?", "брехня, у нас все их ругают")[1]
    assert "63" in stated(doubted) and "по всей стране" in plain_text(doubted.text)
    repeated = chat(engine, "сколько доверяют полиции?", "повтори, пожалуйста")[1]
    assert "по всей стране" not in plain_text(repeated.text)


@pytest.mark.parametrize(
    ("question", "language", "wanted"),
    [
        ("нас в подъезде 40 человек, сколько из нас доверяет полиции?", "ru", "25,2"),
        ("в нашем чате 20 человек, сколько из них доверяли полиции в 2019?", "ru", "7,6"),
        ("our chat has 50 people, how many of us trust the police?", "en", "31.5"),
        ("2019 jyly 100 adamnyn qanshasy senbegen?", "kk", "62"),
    ],
)
def test_a_share_is_applied_to_a_group_of_any_size_and_the_year_asked(
    engine: QAEngine, question: str, language: str, wanted: str
) -> None:
    assert wanted in stated(engine.answer(question, language=language))


@pytest.mark.parametrize(
    ("questions", "language", "wanted", "unwanted"),
    [
        (("сколько обращений не рассмотрели?", "а это за какой год?"), "ru", "2025", None),
        (("how many trust the police?", "which year is that for?"), "en", "2025", None),
        (("how many reports were left unreviewed?", "and in 2019?"), "en", None, "38"),
        (("каждый седьмой коррупционер полицейский?", "а в 2020?"), "ru", None, "38"),
        (("сколько доверяют?", "а не доверяют?", "а разница между ними?"), "ru", "26", None),
        (("полицияға қанша адам сенеді?", "10 жастағы балаға түсіндірші"), "kk", "63", None),
        (("how many trust the police?", "explain like I'm 10"), "en", "63", None),
        (("how many trust the police?", "and in courts?", "ok, and the police in 2019?"), "en",
         "38", None),
    ],
)  # fmt: skip
def test_follow_ups_keep_their_subject(
    engine: QAEngine,
    questions: tuple[str, ...],
    language: str,
    wanted: str | None,
    unwanted: str | None,
) -> None:
    numbers = stated(chat(engine, *questions, language=language)[-1])
    assert (wanted is None or wanted in numbers) and (unwanted is None or unwanted not in numbers)


@pytest.mark.parametrize(
    ("question", "language", "missing"),
    [
        ("does trust in the police differ among teens?", "en", "group"),
        ("is there a Karaganda-level number?", "en", "group"),
        ("50 процентов — это сколько людей в штуках?", "ru", "people"),
        ("how exactly was the survey question worded?", "en", "method"),
        ("so 1 in 7 cops takes bribes?", "en", None),
        ("мұғалімдер полицияға қанша пайыз сенеді", "kk", "group"),
        ("сколько учителей доверяют полиции", "ru", "group"),
    ],
)
def test_what_the_article_lacks_gets_no_figure(
    engine: QAEngine, question: str, language: str, missing: str | None
) -> None:
    answer = engine.answer(question, language=language)
    assert answer.intent in ("no_figure", "corruption_officers", "method")
    assert stated(answer) == [] and (missing is None or answer.frame.missing == missing)


@pytest.mark.parametrize(
    ("question", "language", "intent"),
    [
        ("какие меры предлагает депутат?", "ru", "proposals"),
        ("what does Imasheva suggest doing about it?", "en", "proposals"),
        ("bul sandardyn bari otirik", "kk", "source"),
        ("признайтесь, эти цифры — пиар", "ru", "source"),
        ("a friend from Italy asks how many locals here trust the police", "en", "trust_current"),
        ("main drivers of distrust?", "en", "reasons"),
        # "part" of the reform is no share of anything
        ("в подъезде повесили номер участкового — часть реформы?", "ru", "reason_prevention"),
        ("учаскеліктің нөмірі ілулі, бұл реформаның бөлігі ме?", "kk", "reason_prevention"),
        # Denis Ten in the Kazakh cases
        ("Теннің өлтірілуі полиция үшін неге маңызды болды?", "kk", "reform_context"),
        # crimes said hidden are her point on concealment, not a crime count
        ("did the deputy mention crimes being hidden by police?", "en", "concealment"),
        ("депутат что-то говорила про скрытые преступления?", "ru", "concealment"),
        # "non-police" is "not police": the rest of the offenders
        ("among corruption offenders, what share is non-police?", "en", "corruption_others"),
        # a share of ours quoted with its sign, then what "partly" means: the word explained
        ("so the 37% means partly trusting, or not at all?", "en", "partly_meaning"),
        ("37% — это значит частично или вообще не доверяют?", "ru", "partly_meaning"),
    ],
)
def test_proposals_doubts_and_stories_get_their_answer(
    engine: QAEngine, question: str, language: str, intent: str
) -> None:
    assert engine.answer(question, language=language).intent == intent


@pytest.mark.parametrize(
    ("question", "language", "greeting"),
    [
        ("Привет бот 👋", "ru", "Здравствуйте!"),
        ("добрый вечер", "ru", "Здравствуйте!"),
        ("сәлеметсіз бе", "kk", "Сәлеметсіз бе!"),
        ("қайырлы таң", "kk", "Сәлеметсіз бе!"),
        ("good morning everyone", "en", "Hello!"),
        ("hi", "en", "Hello!"),
    ],
)
def test_a_greeting_alone_is_greeted_back_with_what_to_ask(
    engine: QAEngine, question: str, language: str, greeting: str
) -> None:
    """A short greeting back and one example, not the whole help; a greeting before a question
    is answered as the question (test_national_scope_…)."""
    answer = engine.answer(question, language=language)
    assert answer.intent == "ack" and answer.text.startswith(greeting) and stated(answer) == []


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("все понятно больше вопросов нет", "ru"),
        ("ясно всё с вами 😂", "ru"),
        ("бәрі түсінікті басқа сұрағым жоқ", "kk"),
        ("ия түсіндім", "kk"),
        ("all clear no more questions", "en"),
        ("lol ok", "en"),
    ],
)
def test_closing_words_are_thanks(engine: QAEngine, question: str, language: str) -> None:
    answer = engine.answer(question, language=language)
    assert answer.intent == "ack" and not answer.frame.greeted


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("напиши за меня жалобу в прокуратуру на участкового, вот его фамилия…", "ru"),
        ("участковыйға шағым жазып бер", "kk"),
    ],
)
def test_a_complaint_to_write_is_no_question_about_trust(
    engine: QAEngine, question: str, language: str
) -> None:
    answer = engine.answer(question, language=language)
    assert answer.intent == "out_of_scope" and stated(answer) == []


@pytest.mark.parametrize(
    ("question", "language", "intent", "wanted"),
    [
        ("сенімсіздік қанша пайыз", "kk", "distrust", "37%"),
        ("Имашева қанша пайыз деді?", "kk", "trust_current", "63%"),
        ("what percent did Imasheva say?", "en", "trust_current", "63%"),
    ],
)
def test_distrust_counted_by_its_noun_and_the_deputys_share_are_figures(
    engine: QAEngine, question: str, language: str, intent: str, wanted: str
) -> None:
    """«Сенімсіздік» (distrust) with a percent asked is the 37 %, not its reasons; the percent
    the deputy named is the level she cited (her votes or age stay without a figure)."""
    answer = engine.answer(question, language=language)
    assert answer.intent == intent and wanted in plain_text(answer.text)
    assert engine.answer("what percent of votes did Imasheva get?", language="en").intent == (
        "no_figure"
    )


@pytest.mark.parametrize(
    ("message", "language", "ack"),
    [
        ("хорошо, учту", "ru", True),
        ("отлично, это то что нужно для сноски", "ru", True),
        ("керемет, менің есебіммен сәйкес келді", "kk", True),
        ("jaqsy, eskeremin", "kk", True),
        ("great, matches my own calculation", "en", True),
        ("perfect, that's exactly what I needed for the footnote", "en", True),
        ("ладно, посоветуй сериал на вечер", "ru", False),
        ("ok, Kairat keshe kimmen oinady", "kk", False),
        ("хорошо, а причины?", "ru", False),
        ("ok, and in 2019", "en", False),
    ],
)
def test_an_ok_then_a_remark_asking_nothing_is_an_acknowledgement(
    engine: QAEngine, message: str, language: str, ack: bool
) -> None:
    asked = {"ru": "во сколько раз выросло?", "kk": "неше есе өсті?", "en": "how many times?"}
    answer = chat(engine, asked[language], message, language=language)[1]
    assert (answer.intent == "ack") is ack


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("Сколько сообщений о правонарушениях против личности приходится на 1000 жителей?", "ru"),
        ("1000 тұрғынға шаққанда жеке басқа қарсы құқық бұзушылық туралы қанша хабарлама?", "kk"),
        ("How many reports of offences against the person per 1,000 residents?", "en"),
    ],
)
def test_reports_per_residents_need_the_population_the_data_lack(
    engine: QAEngine, question: str, language: str
) -> None:
    answer = engine.answer(question, language=language)
    assert answer.intent == "no_figure" and stated(answer) == []


@pytest.mark.parametrize(
    ("asked", "language", "wanted"),
    [
        (("take a thousand people, how many trust the police?",), "en", "630"),
        (("Мың адам алсақ, соның қаншасы полицияға сенеді?",), "kk", "630"),
        (("out of 100 people how many don't trust the police now?", "and back in 2019?"), "en",
         "62"),
        (("Жүз адамның нешеуі қазір полицияға сенбейді?", "ал 2019-да?"), "kk", "62"),
    ],
)  # fmt: skip
def test_people_counted_out_of_a_round_number_and_the_rest_followed_to_2019(
    engine: QAEngine, asked: tuple[str, ...], language: str, wanted: str
) -> None:
    answer = chat(engine, *asked, language=language)[-1]
    assert answer.intent in ("trust_per", "distrust_per") and wanted in stated(answer)


@pytest.mark.parametrize(
    ("question", "language", "intent"),
    [
        ("обокрали машину какой номер набирать", "ru", "emergency_numbers"),
        ("If the inspector won't pick up and it's urgent, what number do I call?", "en",
         "emergency_numbers"),
        ("Жасөспірімге 100 мың теңгеге дейін қандай телефон алған дұрыс?", "kk", "out_of_scope"),
    ],
)  # fmt: skip
def test_a_theft_told_asks_the_number_and_a_phone_to_buy_does_not(
    engine: QAEngine, question: str, language: str, intent: str
) -> None:
    assert engine.answer(question, language=language).intent == intent


@pytest.mark.parametrize(
    ("question", "language", "intent", "wanted"),
    [
        ("Если полицейский каждый седьмой, какой процент правонарушителей приходится на всех "
         "остальных?", "ru", "corruption_others", "85,7"),
        ("Полицейлер әр жетінші болса, қалған жемқорлардың үлесі қанша пайыз?", "kk",
         "corruption_others", "85,7"),
        ("каждый седьмой — полицейский, всего 700 правонарушителей. Сколько полицейских?", "ru",
         "corruption_per", "100"),
        ("Suppose the survey had 2,000 respondents. At 63%, how many would say they trust the "
         "police?", "en", "trust_per", "1,260"),
        ("Представим, что в опросе участвовали 2000 человек. Сколько из них доверяют полиции?",
         "ru", "trust_per", "1\xa0260"),
        ("Какой процент сообщений реально дошёл до рассмотрения в 2025?", "ru",
         "reports_considered", "37,5"),
        ("8 арыздың шамамен нешеуі қаралмады", "kk", "reports_per", "5"),
    ],
)  # fmt: skip
def test_the_others_a_count_to_apply_and_the_reports_considered(
    engine: QAEngine, question: str, language: str, intent: str, wanted: str
) -> None:
    """ "Everybody else" among the offenders, a count given ("suppose 2,000 were asked", "700
    offenders in all") with the share applied to it (2000 no year), and the reports looked
    into named without a denial; «қаралмады» is a denial."""
    answer = engine.answer(question, language=language)
    assert answer.intent == intent and wanted in plain_text(answer.text)


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("ok so im a delivery driver and yesterday a traffic cop pulled me over for nothing, does "
         "anyone even trust these guys, like what percent of people trust them", "trust_current"),
        ("I am a pensioner, how many people trust the police?", "trust_current"),
        ("how many pensioners trust the police?", "no_figure"),
        ("what percent of drivers trust the traffic police?", "no_figure"),
        ("hey im in turkestan for work, is the police trusted here?", "no_figure"),
    ],
)  # fmt: skip
def test_who_the_asker_is_and_the_unit_they_met_are_no_breakdown(
    engine: QAEngine, question: str, intent: str
) -> None:
    """ "I'm a driver" is who asks, a traffic cop who "pulled me over" is who the teller met;
    drivers, pensioners or a city asked about stay breakdowns the series lacks."""
    assert engine.answer(question, language="en").intent == intent


@pytest.mark.parametrize(
    ("asked", "intent", "wanted"),
    [
        (("A colleague said trust in the police was 36% in 2025. Was he wrong?",), "trust_year",
         "63%"),
        (("Is it true trust in police jumped by 40 percent?",), "trust_growth", "25"),
        (("Why do people distrust the police?", "what was the corruption number again"),
         "reason_corruption", "14.3%"),
    ],
)  # fmt: skip
def test_a_wrong_level_a_jump_and_a_subject_asked_again_are_answered_with_figures(
    engine: QAEngine, asked: tuple[str, ...], intent: str, wanted: str
) -> None:
    answer = chat(engine, *asked, language="en")[-1]
    assert answer.intent == intent and wanted in plain_text(answer.text)


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("Для инфографики нужны две точки — 2019 и 2025. Какие значения подставить?", "ru"),
        ("Инфографикаға 2019 бен 2025 жылдың мәндері керек, қандай?", "kk"),
    ],
)
def test_the_values_of_both_measurement_years_are_given(
    engine: QAEngine, question: str, language: str
) -> None:
    """Both years of the series named with their values asked, for an infographic nobody
    knows the word for: the two measurements, not a refusal."""
    answer = engine.answer(question, language=language)
    assert answer.intent == "trust_year" and {"38", "63"} <= set(stated(answer))


@pytest.mark.parametrize(
    ("question", "language", "intent", "wanted"),
    [
        ("Доля недоверяющих снизилась с какого уровня до какого?", "ru", "distrust_change",
         {"62", "37", "40"}),
        ("Сенбейтіндердің үлесі қаншадан қаншаға азайды?", "kk", "distrust_change",
         {"62", "37", "40"}),
        ("a lady says nobody trusts the police anymore, i said it went up, what is it now and "
         "what was it before", "en", "trust_growth", {"38", "63"}),
    ],
)  # fmt: skip
def test_a_fall_of_the_distrust_is_its_change_and_a_rise_stays_the_trusts(
    engine: QAEngine, question: str, language: str, intent: str, wanted: set[str]
) -> None:
    """Only the distrust fell: a fall named beside it asks its change (62 → 37, 40 % of the
    first level); "nobody trusts… it went up" is the trust's rise."""
    answer = engine.answer(question, language=language)
    assert answer.intent == intent and wanted <= set(stated(answer))


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("Сколько процентов доверяли в 2023-м? Интересно, как шёл рост год за годом.", "ru"),
        ("What is the overall crime rate in Kazakhstan?", "en"),
        ("какой уровень преступности в Казахстане?", "ru"),
        ("Шақырғаннан кейін учаскелікті орташа қанша күту керек?", "kk"),
    ],
)
def test_a_year_asked_before_a_resumed_story_and_a_crime_rate_have_no_figure(
    engine: QAEngine, question: str, language: str
) -> None:
    """A count asked of 2023 before «интересно, …» stays asked; a crime rate and the wait for
    an inspector called are measures the series lacks, not the reports nor the numbers."""
    answer = engine.answer(question, language=language)
    assert answer.intent == "no_figure" and set(stated(answer)) <= {"2023"}


@pytest.mark.parametrize(
    ("asked", "language", "intent", "wanted"),
    [
        (("каждый седьмой коррупционер полицейский, это сколько процентов", "а остальные?"),
         "ru", "corruption_others", "85,7"),
        (("әр жетінші жемқор полицей, бұл неше пайыз?", "қалғандары ше?"), "kk",
         "corruption_others", "85,7"),
        (("сколько человек из тыщи НЕ доверяют полиции",), "ru", "distrust_per", "370"),
        (("В 2019-м из тысячи опрошенных сколько примерно доверяли полиции?",), "ru",
         "trust_per", "380"),
        (("How many points ahead are the trusters over everyone else in 2025?",), "en",
         "trust_split", "26"),
    ],
)  # fmt: skip
def test_the_rest_after_the_one_in_seven_and_a_thousand_in_slang_or_in_2019(
    engine: QAEngine, asked: tuple[str, ...], language: str, intent: str, wanted: str
) -> None:
    """ "And the rest?" after the one in seven are the other offenders; «тыща» is a thousand;
    a year with a count out of a thousand applies that year's share."""
    answer = chat(engine, *asked, language=language)[-1]
    assert answer.intent == intent and wanted in plain_text(answer.text)


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("а у нас в нашем дворе какой процент доверяет полиции?", "ru"),
        ("how many trust the police in our building, is there a poll?", "en"),
        ("біздің үйде полицияға неше пайыз сенеді?", "kk"),
        ("а среди диаспоры сколько доверяют полиции?", "ru"),
        ("полиция шақырсам қанша минутта жетеді?", "kk"),
        ("what percentage of those who distrust them do not trust the police at all?", "en"),
    ],
)
def test_a_house_the_diaspora_a_wait_in_minutes_and_not_at_all_of_the_distrust_have_no_figure(
    engine: QAEngine, question: str, language: str
) -> None:
    """The asker's house or yard and Kazakhstanis abroad are breakdowns; minutes until the
    police come are a measure nobody took; "not at all" among the distrustful is counted only
    with "partly"."""
    answer = engine.answer(question, language=language)
    assert answer.intent == "no_figure" and stated(answer) == []


@pytest.mark.parametrize(
    ("asked", "language", "intent", "wanted"),
    [
        (("в нашем доме 300 жильцов, сколько из них по статистике доверяют полиции?",), "ru",
         "trust_per", "189"),
        (("trust in the police today?", "and 19?"), "en", "trust_year", "38"),
        (("полицияға сенім қазір қанша?", "ал 19 ше?"), "kk", "trust_year", "38"),
    ],
)  # fmt: skip
def test_a_house_counted_takes_the_share_and_a_short_year_after_and_is_a_year(
    engine: QAEngine, asked: tuple[str, ...], language: str, intent: str, wanted: str
) -> None:
    answer = chat(engine, *asked, language=language)[-1]
    assert answer.intent == intent and wanted in plain_text(answer.text)


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("по 5000 тг на ремонт лифта, не сдали кв 7, 38 и 63", "ru"),
        ("still waiting on flats 25, 37 and 63 for the 2000 tg cleaning fee", "en"),
    ],
)
def test_numbers_listed_after_a_flat_and_a_price_are_none_of_ours(
    engine: QAEngine, question: str, language: str
) -> None:
    answer = engine.answer(question, language=language)
    assert answer.intent == "out_of_scope" and stated(answer) == []


@pytest.mark.parametrize(
    ("asked", "language", "intent", "wanted"),
    [
        (("доверие к полиции сейчас?", "нет, я про недоверие"), "ru", "distrust", "37"),
        (("trust in 2019?", "no, I meant distrust in 2019"), "en", "distrust", "62"),
        (("сенім қазір қанша?", "жоқ, мен 2019 туралы сұрадым"), "kk", "trust_year", "38"),
        (("из 40 человек в 2019 сколько доверяли полиции?", "а сколько из них не доверяли?"),
         "ru", "distrust_per", "24,8"),
        (("in 2019, out of 40, how many did not trust the police?",), "en", "distrust_per",
         "24.8"),
        (("пожар в соседнем подъезде, куда звонить?",), "ru", "emergency_numbers", "112"),
    ],
)  # fmt: skip
def test_a_correction_a_year_kept_for_a_count_and_a_neighbours_fire(
    engine: QAEngine, asked: tuple[str, ...], language: str, intent: str, wanted: str
) -> None:
    """ "No, I meant…" asks what was meant as a follow-up; a count out of a group for 2019
    keeps 2019 for "and how many didn't?"; a neighbouring house is no neighbouring country."""
    answer = chat(engine, *asked, language=language)[-1]
    assert answer.intent == intent and wanted in plain_text(answer.text)


@pytest.mark.parametrize(
    ("asked", "language"),
    [
        (("доверие к полиции сейчас?", "ясно, закрепил в чате"), "ru"),
        (("trust in the police now?", "ok, pinned it"), "en"),
    ],
)
def test_a_figure_pinned_in_the_chat_is_thanks(
    engine: QAEngine, asked: tuple[str, ...], language: str
) -> None:
    assert chat(engine, *asked, language=language)[-1].intent == "ack"


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("как вообще проводился опрос и кого спрашивали?", "ru"),
        ("was the survey conducted by phone? who was surveyed?", "en"),
        ("бұл сауалнама қалай жүргізілді, кімнен сұраған?", "kk"),
    ],
)
def test_how_the_survey_was_run_is_explained_without_a_number(
    engine: QAEngine, question: str, language: str
) -> None:
    """The article gives no method: said in words, with who cites the figures, and no number
    (not even the source's date) that could pass for a sample size."""
    answer = engine.answer(question, language=language)
    text = plain_text(answer.text)
    assert answer.intent == "method" and not any(ch.isdigit() for ch in text)
    assert "Имашева" in text or "Imasheva" in text


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("что значит 37% простыми словами?", "ru"),
        ("explain what the 37% means for my pensioner dad", "en"),
        ("37% дегенді түсіндірші", "kk"),
    ],
)
def test_the_meaning_of_a_quoted_figure_is_its_answer(
    engine: QAEngine, question: str, language: str
) -> None:
    """A figure of ours quoted with its meaning asked names our subject; a pensioner is whom
    it is for, not the pension system."""
    answer = engine.answer(question, language=language)
    assert answer.intent in ("distrust", "partly_meaning") and "37" in plain_text(answer.text)


def test_wording_the_distrust_so_it_does_not_read_as_not_at_all_explains_the_parts(
    engine: QAEngine,
) -> None:
    question = "how should I word the 37% so readers don't think 37% don't trust at all?"
    assert engine.answer(question, language="en").intent == "partly_meaning"


@pytest.mark.parametrize(
    ("asked", "language"),
    [
        (("25% or 25 points?", "oh, now I understand points versus percent, thanks"), "en"),
        (("на 25% или на 25 пунктов?", "а, теперь понял разницу, спасибо"), "ru"),
    ],
)
def test_understanding_said_before_thanks_is_thanks(
    engine: QAEngine, asked: tuple[str, ...], language: str
) -> None:
    assert chat(engine, *asked, language=language)[-1].intent == "ack"


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("атама ватсапта дауыстық хабарламаны қалай тыңдауды үйретші", "kk"),
        ("как отправить голосовое сообщение в ватсапе бабушке?", "ru"),
        ("Алматыға пойыз сағат 9:15 те ме?", "kk"),
    ],
)
def test_a_messenger_and_a_train_are_another_subject(
    engine: QAEngine, question: str, language: str
) -> None:
    answer = engine.answer(question, language=language)
    assert answer.intent == "out_of_scope" and stated(answer) == []


def test_a_year_before_the_first_in_kazakh_with_buryn_has_no_figure(engine: QAEngine) -> None:
    answer = engine.answer("2019 жылдан бұрын полицияға қанша адам сенген?", language="kk")
    assert answer.intent == "no_figure" and set(stated(answer)) <= {"2019"}


@pytest.mark.parametrize(
    ("question", "language", "intent", "wanted"),
    [
        ("из 20 тысяч жителей сколько доверяют полиции?", "ru", "trust_per", "12 600"),
        ("жемқорлар 14 мың болса, қаншасы полицей?", "kk", "corruption_per", "2 000"),
        ("a cousin's school essay: what % did not trust the police in 2019?", "en", "distrust",
         "62"),
    ],
)  # fmt: skip
def test_a_count_in_thousands_and_a_year_after_an_introduction(
    engine: QAEngine, question: str, language: str, intent: str, wanted: str
) -> None:
    """ "20 thousand residents" is 20,000 people (not a price: «украли за 180 тысяч»); a year
    asked after an introduction is still the year answered."""
    answer = engine.answer(question, language=language)
    spaced = "".join(plain_text(answer.text).split())  # "12 600" with a no-break space
    assert answer.intent == intent and wanted.replace(" ", "") in spaced


def test_a_price_in_thousands_is_no_count_of_people(engine: QAEngine) -> None:
    question = "сколько доверяют полиции сейчас? у меня вчера велосипед украли за 90 тысяч"
    answer = engine.answer(question, language="ru")
    assert answer.intent != "trust_per" and "63" in plain_text(answer.text)


def test_thanks_with_good_luck_wished_is_thanks(engine: QAEngine) -> None:
    assert (
        engine.answer("awesome, thanks! test tomorrow, wish me luck", language="en").intent == "ack"
    )


def test_a_share_said_back_is_understood_and_keeps_the_year(engine: QAEngine) -> None:
    """ "Got it, 38" after 2019 asks nothing; "so how many didn't then?" is still of 2019."""
    answers = chat(
        engine, "доверие в 2019?", "ясно, 38", "а тогда сколько не доверяли", language="ru"
    )
    assert answers[1].intent == "ack" and "62" in plain_text(answers[2].text)


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("сколько сейчас времени в Лондоне?", "ru"),
        ("телеграмда хабарламаны қалай жоямын?", "kk"),
    ],
)
def test_a_city_abroad_and_a_messenger_are_another_subject(
    engine: QAEngine, question: str, language: str
) -> None:
    answer = engine.answer(question, language=language)
    assert answer.intent == "out_of_scope" and stated(answer) == []


def test_the_minutes_until_the_police_come_have_no_figure(engine: QAEngine) -> None:
    answer = engine.answer("how many minutes do the police take to come to a call, on average?")
    assert answer.intent == "no_figure" and stated(answer) == []


@pytest.mark.parametrize(
    ("turns", "language", "wanted"),
    [
        (("сколько людей не доверяет полиции?", "а из 400 человек?"), "ru", "148"),
        (("полицияға қанша адам сенеді?", "400 адамнан ше?"), "kk", "252"),
        (("how many people trust the police?", "and out of 400 people?"), "en", "252"),
        (("в нашем офисе 400 сотрудников, сколько из них доверяют полиции?",), "ru", "252"),
    ],
)
def test_a_group_of_any_size_takes_the_share(
    engine: QAEngine, turns: tuple[str, ...], language: str, wanted: str
) -> None:
    """ "And out of 400 people?" after a share applies it, as "out of 1,000" always did."""
    answer = chat(engine, *turns, language=language)[-1]
    assert wanted in plain_text(answer.text).replace("\u00a0", "")


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("за сколько минут полиция приезжает, если позвонить в 102?", "ru"),
        ("how quickly do the police arrive after a 102 call?", "en"),
    ],
)
def test_how_fast_the_police_come_after_a_call_has_no_figure(
    engine: QAEngine, question: str, language: str
) -> None:
    answer = engine.answer(question, language=language)
    assert answer.intent == "no_figure" and stated(answer) == []


def test_the_number_to_call_for_a_fast_arrival_is_the_emergency_numbers(engine: QAEngine) -> None:
    answer = engine.answer("which number do I call so the police arrive fast?", language="en")
    assert answer.intent == "emergency_numbers"


@pytest.mark.parametrize(
    ("turns", "language", "intent"),
    [
        (("кто такая Имашева?", "а знак зодиака у неё какой?"), "ru", "no_figure"),
        (("who is Imasheva?", "her horoscope?"), "en", "no_figure"),
        (("мой гороскоп на завтра?",), "ru", "out_of_scope"),
    ],
)
def test_her_star_sign_is_not_in_the_article_and_a_horoscope_is_no_subject(
    engine: QAEngine, turns: tuple[str, ...], language: str, intent: str
) -> None:
    answer = chat(engine, *turns, language=language)[-1]
    assert answer.intent == intent and stated(answer) == []


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("в каком месяце проводили замер в 2025 году?", "ru"),
        ("what month was the 2025 survey done in?", "en"),
    ],
)
def test_the_month_of_a_measurement_is_not_said(
    engine: QAEngine, question: str, language: str
) -> None:
    answer = engine.answer(question, language=language)
    assert answer.intent == "method" and stated(answer) == []


@pytest.mark.parametrize(
    ("question", "language", "wanted"),
    [
        ("Учительница сказала, что доверие выросло на 63 процента. Она не ошиблась?", "ru", "25"),
        ("Ағай сенім 63 пайызға өсті деді, шатастырған жоқ па?", "kk", "25"),
        ("so 63 trust the police, and what about everybody else?", "en", "37"),
    ],
)
def test_a_claim_checked_in_other_words_gets_the_figure(
    engine: QAEngine, question: str, language: str, wanted: str
) -> None:
    assert wanted in plain_text(engine.answer(question, language=language).text)


def test_a_city_where_they_say_a_figure_is_the_city_asked(engine: QAEngine) -> None:
    answer = engine.answer("В Караганде, говорят, полиции доверяют 80%. Это так?", language="ru")
    assert answer.intent == "no_figure" and stated(answer) == []


@pytest.mark.parametrize(
    ("turns", "language"),
    [
        (("сколько доверяют полиции?", "и это она называет незначительным? почему?"), "ru"),
        (("trust in 2019?", "and she calls that insignificant? why?"), "en"),
    ],
)
def test_her_word_for_the_growth_said_back_asks_her_assessment(
    engine: QAEngine, turns: tuple[str, ...], language: str
) -> None:
    assert chat(engine, *turns, language=language)[-1].intent == "assessment"


@pytest.mark.parametrize(
    ("turns", "language", "intent"),
    [
        (("почему полиция была такой закрытой?", "что изменилось, когда?"), "ru", REFORM),
        (("what was the service police reform?", "after what did it start?"), "en", REFORM),
        (("что за реформа сервисной полиции?", "а доверие в 2019?"), "ru", "trust_year"),
    ],
)
def test_what_changed_after_the_reform_story_asks_more_of_it(
    engine: QAEngine, turns: tuple[str, ...], language: str, intent: str
) -> None:
    assert chat(engine, *turns, language=language)[-1].intent == intent


@pytest.mark.parametrize(
    ("question", "language", "wanted"),
    [
        ("500 тысяч или 500 миллионов обращений не рассмотрели? плохо расслышал", "ru", "500"),
        ("so one in how many corruption offenders caught is a police officer?", "en", "7"),
        ("Телеграмда Бас прокуратура 700 мың арызды қарамады деп жүр, рас па?", "kk", "500"),
    ],
)
def test_a_count_heard_wrong_gets_ours(
    engine: QAEngine, question: str, language: str, wanted: str
) -> None:
    answer = engine.answer(question, language=language)
    assert answer.intent not in ("no_figure", "out_of_scope")
    assert wanted in plain_text(answer.text)


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("I didn't catch the number on the radio: how many people trust the police?", "en"),
        ("мен сексен жастағы зейнеткермін, қазір полицияға қанша адам сенеді?", "kk"),
        ("I worked at a school for 40 years; how much do people trust the police today?", "en"),
    ],
)
def test_what_the_asker_says_of_themselves_asks_no_breakdown(
    engine: QAEngine, question: str, language: str
) -> None:
    assert "63" in plain_text(engine.answer(question, language=language).text)


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("а сама Имашева полиции доверяет или нет?", "ru"),
        ("whose words: 'my police protects me'?", "en"),
    ],
)
def test_her_own_stance_is_hers_not_the_split(
    engine: QAEngine, question: str, language: str
) -> None:
    assert engine.answer(question, language=language).intent == "deputy_stance"


def test_an_inspectors_contacts_are_not_hers(engine: QAEngine) -> None:
    question = "где найти номер участкового? депутат что-то говорила?"
    assert engine.answer(question, language="ru").intent == "reason_prevention"


@pytest.mark.parametrize(
    ("turns", "language"),
    [
        (("Пишу про Павлодарскую область. Какое там доверие к полиции?",), "ru"),
        (("а по ЗКО есть цифры доверия?",), "ru"),
        (("how many trust the police?", "and young people, like students?"), "en"),
        (("какое было доверие к полиции после убийства Дениса Тена?",), "ru"),
        (("Денис Тен өлтірілгеннен кейін полицияға сенім қандай болды?",), "kk"),
    ],
)
def test_a_region_a_group_or_a_time_before_the_measurements_has_no_figure(
    engine: QAEngine, turns: tuple[str, ...], language: str
) -> None:
    answer = chat(engine, *turns, language=language)[-1]
    assert answer.intent == "no_figure" and stated(answer) == []


@pytest.mark.parametrize(
    ("turns", "language", "wanted"),
    [
        (("what is the latest trust figure?", "63% of 300?"), "en", "189"),
        (("из 2800 коррупционеров сколько полицейских, если каждый седьмой?",), "ru", "400"),
        (("Reporter here, before we publish: what share trust the police?",), "en", "63"),
        (("what was the first measurement?", "and the most recent one?"), "en", "63"),
    ],
)
def test_shares_applied_and_words_that_resembled_another_question(
    engine: QAEngine, turns: tuple[str, ...], language: str, wanted: str
) -> None:
    """A share quoted "of" a count, thousands of offenders, "before we publish" (no time before
    the reform), "the most recent" measurement."""
    answer = chat(engine, *turns, language=language)[-1]
    assert wanted in plain_text(answer.text).replace("\u00a0", "").replace(",", "")


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("and apart from corruption, what other reasons?", "en"),
        ("кроме формализма какие ещё причины недоверия?", "ru"),
        ("жемқорлықтан басқа қандай себептер бар?", "kk"),
    ],
)
def test_other_reasons_than_one_named_list_them_all(
    engine: QAEngine, question: str, language: str
) -> None:
    assert engine.answer(question, language=language).intent == "reasons"


@pytest.mark.parametrize(("question", "language"), [("раха", "kk"), ("legend 🙌", "en")])
def test_slang_thanks_is_thanks(engine: QAEngine, question: str, language: str) -> None:
    assert engine.answer(question, language=language).intent == "ack"


def test_whom_to_call_beside_a_school_is_the_emergency_numbers(engine: QAEngine) -> None:
    answer = engine.answer("драка возле школы прямо сейчас, 102 или 112?", language="ru")
    assert answer.intent == "emergency_numbers"


def test_a_count_asked_in_kazakh_with_would_trust_takes_the_share(engine: QAEngine) -> None:
    answer = engine.answer("300 адамнан сұрасақ, нешеуі полицияға сенер еді?", language="kk")
    assert answer.intent == "trust_per" and "189" in plain_text(answer.text)


def test_a_city_set_higher_or_lower_than_the_country_has_no_figure(engine: QAEngine) -> None:
    answer = engine.answer("Алматыда сенім ел бойынша көрсеткіштен төмен бе?", language="kk")
    assert answer.intent == "no_figure" and stated(answer) == []


@pytest.mark.parametrize(
    ("turns", "language"),
    [
        (("сколько доверяют полиции?", "а из 300 человек в доме сколько ходят в мечеть?"), "ru"),
        (("how many trust the police?", "and 15% of 240?"), "en"),
    ],
)
def test_a_count_of_another_subject_after_a_figure_takes_no_share(
    engine: QAEngine, turns: tuple[str, ...], language: str
) -> None:
    """A group counted for a mosque, or a share not ours taken of a number, is no figure of
    ours applied."""
    answer = chat(engine, *turns, language=language)[-1]
    assert answer.intent not in ("trust_per", "distrust_per")


@pytest.mark.parametrize(
    ("turns", "language", "wanted"),
    [
        (
            ("one in seven corruption offenders is a cop: what % is that?", "to one decimal?"),
            "en",
            "14.3",
        ),
        (
            ("каждый седьмой коррупционер — полицейский, это сколько процентов?", "до десятых?"),
            "ru",
            "14,3",
        ),
    ],
)
def test_a_figure_asked_to_one_decimal_after_it_is_that_figure(
    engine: QAEngine, turns: tuple[str, ...], language: str, wanted: str
) -> None:
    answer = chat(engine, *turns, language=language)[-1]
    assert answer.intent == "corruption_share" and wanted in plain_text(answer.text)


@pytest.mark.parametrize(
    ("turns", "language", "wanted"),
    [
        (("на рынке работают 300 продавцов, сколько из них доверяют полиции?",), "ru", "189"),
        (("в нашем ауле 3000 жителей, сколько из них доверяют полиции?",), "ru", "1 890"),
        (("сколько доверяют полиции?", "а из наших 40 квартир?"), "ru", "25"),
        (("у подъезда человек 100 живёт, сколько из них доверяют полиции?",), "ru", "63"),
        (("600 пәтерлік үйде қанша адам полицияға сенеді?",), "kk", "378"),
        (("a town of 3000 people: at the national rate, how many trust?",), "en", "1,890"),
        (("how many trust the police?", "and out of my 300 regular clients?"), "en", "189"),
        (("I drive a cab, out of my 200 passengers how many trust the police?",), "en", "126"),
    ],
)
def test_a_group_the_asker_names_takes_the_share(
    engine: QAEngine, turns: tuple[str, ...], language: str, wanted: str
) -> None:
    """Traders, flats, villagers or customers counted, of any size and even where the count
    could be a year, are what the share is applied to."""
    answer = chat(engine, *turns, language=language)[-1]
    assert answer.intent == "trust_per" and wanted in plain_text(answer.text).replace("\xa0", " ")


@pytest.mark.parametrize(
    ("question", "language", "wanted"),
    [
        ("в поселке 300 торговцев, сколько из них не доверяют полиции полностью?", "ru", "111"),
        ("базарда 300 сатушы болса, қаншасы полицияға толық сенбейді?", "kk", "111"),
        ("300 vendors on our street, how many don't fully trust the police?", "en", "111"),
    ],
)
def test_a_group_not_fully_trusting_takes_the_rest(
    engine: QAEngine, question: str, language: str, wanted: str
) -> None:
    """ "Don't fully trust" is the 37 %, and a group of 300 is no 300 thousand reports."""
    answer = engine.answer(question, language=language)
    assert answer.intent == "distrust_per" and wanted in plain_text(answer.text)


def test_a_count_that_is_a_year_with_reports_stays_a_year(engine: QAEngine) -> None:
    answer = engine.answer("2025 reports: how many got looked at?", language="en")
    assert answer.intent != "considered_per"


@pytest.mark.parametrize(
    ("question", "language"),
    [("45-пәтер сатылады ма?", "kk"), ("кв 63 продаётся?", "ru")],
)
def test_a_flat_numbered_is_no_group_counted(
    engine: QAEngine, question: str, language: str
) -> None:
    answer = engine.answer(question, language=language)
    assert answer.intent == "out_of_scope" and stated(answer) == []


@pytest.mark.parametrize(
    ("turns", "language"),
    [
        (("дай доверие за каждый год с 2019 по 2025",), "ru"),
        (("2019 бен 2025 арасындағы әр жылғы сенімді айтшы",), "kk"),
        (("trust in 2019?", "and in 2025?", "and say 2023?"), "en"),
        (("доверие в 2019?", "а например 2021?"), "ru"),
    ],
)
def test_the_years_between_asked_have_no_figure(
    engine: QAEngine, turns: tuple[str, ...], language: str
) -> None:
    """Every year of the span, or a year between given as an example: never the two
    measurements as if they answered."""
    answer = chat(engine, *turns, language=language)[-1]
    assert answer.intent == "no_figure" and not {"38", "63"} & set(stated(answer))


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("брат говорит доверие выросло на 25%, а я говорю на 25 пунктов. кто же прав?", "ru"),
        ("депутат пишет «почти вдвое». Реально вдвое?", "ru"),
        ("apam senim 63 paiyzga osti deidi. Shynymen solai ma?", "kk"),
    ],
)
def test_a_claim_judged_after_it_is_the_claim_asked(
    engine: QAEngine, question: str, language: str
) -> None:
    answer = engine.answer(question, language=language)
    assert answer.intent == "trust_growth"


@pytest.mark.parametrize(
    ("question", "language", "wanted"),
    [
        ("из 800 тысяч 500 не рассмотрели, сколько осталось?", "ru", "300"),
        ("какой процент заявлений рассмотрели и какой не рассмотрели?", "ru", "37,5"),
        ("сколько всего было обращений и сколько из них дошло до рассмотрения?", "ru", "300"),
    ],
)
def test_the_considered_part_of_the_reports_asked(
    engine: QAEngine, question: str, language: str, wanted: str
) -> None:
    answer = engine.answer(question, language=language)
    assert answer.intent == "reports_considered" and wanted in plain_text(answer.text)


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("знакомый говорит, участковым урезали зарплату, это так?", "ru"),
        ("my friend says district officers had their pay cut, is that so?", "en"),
        ("ағам учаскеліктердің жалақысын қысқартты дейді, рас па?", "kk"),
    ],
)
def test_the_inspectors_pay_said_cut_gets_what_the_reform_did(
    engine: QAEngine, question: str, language: str
) -> None:
    answer = engine.answer(question, language=language)
    assert answer.intent == "reason_prevention"


def test_the_size_of_the_inspectors_pay_rise_has_no_figure(engine: QAEngine) -> None:
    answer = chat(engine, "что дала реформа участковым?", "а насколько им урезали зарплату?")[-1]
    assert answer.intent in ("no_figure", "out_of_scope") and stated(answer) == []


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("a guy phoned as the bank, then as the police: which number is the real police?", "en"),
        ("у соседей скандал, кого набирать?", "ru"),
    ],
)
def test_which_number_for_the_police_is_the_emergency_numbers(
    engine: QAEngine, question: str, language: str
) -> None:
    assert engine.answer(question, language=language).intent == "emergency_numbers"


def test_the_outlet_and_date_asked_is_the_publication(engine: QAEngine) -> None:
    answer = engine.answer("which outlet and what date is this from?", language="en")
    assert answer.intent == "publication" and "Kursiv" in plain_text(answer.text)


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("my roommate from Brazil wonders how many people trust the Kazakh police?", "en"),
        ("мы из Узбекистана, а казахской полиции сколько людей доверяют?", "ru"),
    ],
)
def test_where_the_asker_is_from_beside_the_kazakh_police_is_no_country(
    engine: QAEngine, question: str, language: str
) -> None:
    assert engine.answer(question, language=language).intent == "trust_current"


@pytest.mark.parametrize(
    ("question", "language"),
    [("got it, so my uncle owes me dinner", "en"), ("понял, значит спор я выиграл", "ru")],
)
def test_got_it_then_a_remark_is_thanks(engine: QAEngine, question: str, language: str) -> None:
    assert engine.answer(question, language=language).intent == "ack"


def test_the_asker_paying_a_bet_is_no_police_pay(engine: QAEngine) -> None:
    question = "my brother bet me 5000 tenge that most reports get ignored, do i pay up?"
    assert engine.answer(question, language="en").intent == "reason_formalism"


@pytest.mark.parametrize(
    ("question", "language", "wanted"),
    [
        ("пусть коррупционеров в стране 1400. сколько полицейских среди них?", "ru", "200"),
        ("сенің есебің бойынша 1400 жемқордың қаншасы полицей?", "kk", "200"),
        ("if 140 people were caught for corruption, how many would be cops?", "en", "20"),
    ],
)
def test_one_in_seven_applied_to_offenders_counted(
    engine: QAEngine, question: str, language: str, wanted: str
) -> None:
    """«сенің» (your) is no «сенім» (trust): the one in seven is applied, not the trust level."""
    answer = engine.answer(question, language=language)
    assert answer.intent == "corruption_per" and wanted in plain_text(answer.text)


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("Тест: доверие в 2019, в 2025 и разница?", "ru"),
        ("quiz: trust in 2019, in 2025 and the gap between them", "en"),
    ],
)
def test_the_bot_tested_on_trust_is_no_school_test(
    engine: QAEngine, question: str, language: str
) -> None:
    assert engine.answer(question, language=language).intent == "trust_growth"


def test_the_ignored_reports_asked_after_the_reports(engine: QAEngine) -> None:
    answer = chat(engine, "сколько было обращений в прокуратуру?", "а сколько проигнорировали?")[-1]
    assert answer.intent == "reason_formalism" and "500" in plain_text(answer.text)


def test_a_relative_serving_in_a_unit_is_no_unit_asked(engine: QAEngine) -> None:
    question = "My daughter works in the traffic police. She says 63, I recall 38. Who's right?"
    assert engine.answer(question, language="en").intent == "trust_growth"


def test_her_satisfaction_with_the_police_is_no_survey_measure(engine: QAEngine) -> None:
    answer = chat(engine, "кто такая Имашева?", "а она сама полицией довольна?")[-1]
    assert answer.intent not in ("no_figure", "out_of_scope")


def test_one_in_how_many_in_kazakh_is_the_one_in_seven(engine: QAEngine) -> None:
    turns = ("пара туралы не жазылған?", "нешеуінің бірі полицей екен?")
    answer = chat(engine, *turns, language="kk")[-1]
    assert answer.intent == "reason_corruption" and "7" in plain_text(answer.text)


@pytest.mark.parametrize(
    ("turns", "language", "wanted"),
    [
        (
            ("how many trust the police?", "how do I cook pilaf?", "ok, back to the police: 2019?"),
            "en",
            "38",
        ),
        (
            ("сенім қандай?", "ертең жаңбыр бола ма?", "жақсы, полицияға оралайық: 2019 жылы ше?"),
            "kk",
            "38",
        ),
    ],
)
def test_a_year_asked_on_return_from_another_subject_is_that_year(
    engine: QAEngine, turns: tuple[str, ...], language: str, wanted: str
) -> None:
    """«Оралайық» (let's get back) is no city of Oral; the year asked is answered, not today."""
    answer = chat(engine, *turns, language=language)[-1]
    assert answer.intent == "trust_year" and wanted in plain_text(answer.text)


def test_out_of_ten_in_kazakh_takes_the_share(engine: QAEngine) -> None:
    answer = engine.answer("оннан нешеуі полицияға сенеді екен?", language="kk")
    assert answer.intent == "trust_per" and "6,3" in plain_text(answer.text)


@pytest.mark.parametrize(
    ("question", "language", "wanted"),
    [
        ("во сколько раз всех обращений больше, чем нерассмотренных?", "ru", "1,6"),
        ("by how many times do total reports exceed the unreviewed ones?", "en", "1.6"),
    ],
)
def test_all_reports_set_against_those_left_out(
    engine: QAEngine, question: str, language: str, wanted: str
) -> None:
    """800 / 500 thousand, not only the 1.67 of those left out against those considered."""
    answer = engine.answer(question, language=language)
    assert re.search(re.escape(wanted) + r"(?!\d)", plain_text(answer.text))


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("нерассмотренные сообщения — какая это доля в виде простой дроби?", "ru"),
        ("what fraction of the reports was never reviewed, as a simple fraction?", "en"),
    ],
)
def test_the_reports_left_out_as_a_simple_fraction(
    engine: QAEngine, question: str, language: str
) -> None:
    answer = engine.answer(question, language=language)
    assert "5/8" in plain_text(answer.text)


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("как сама депутат оценивает, удалась реформа?", "ru"),
        ("in her view, did the reform work out?", "en"),
    ],
)
def test_her_verdict_on_the_reform_is_her_assessment(
    engine: QAEngine, question: str, language: str
) -> None:
    assert engine.answer(question, language=language).intent == "assessment"


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("что больше: доля нерассмотренных обращений или доля доверяющих полиции?", "ru"),
        ("sort highest to lowest: trust now, unreviewed reports' share, trust in 2019", "en"),
        ("қайсысы көп: қаралмаған хабарламалар ма, әлде сенетіндер ме?", "kk"),
    ],
)
def test_shares_of_different_things_ranked(engine: QAEngine, question: str, language: str) -> None:
    """All four shares, largest first, each said with what it is a share of."""
    answer = engine.answer(question, language=language)
    text = plain_text(answer.text)
    assert answer.intent == "figures_ranked"
    found = [re.search(pattern, text) for pattern in (r"\b63", r"62[.,]5", r"\b38", r"\b37")]
    assert all(found) and [m.start() for m in found if m] == sorted(m.start() for m in found if m)


@pytest.mark.parametrize(
    ("turns", "language"),
    [
        (("что дала реформа участковым?", "а жители ими довольны?"), "ru"),
        (("what did the reform do for district inspectors?", "are residents satisfied?"), "en"),
    ],
)
def test_satisfaction_with_the_inspectors_after_them_is_their_answer(
    engine: QAEngine, turns: tuple[str, ...], language: str
) -> None:
    """What people say of the inspectors is in their answer: no satisfaction survey asked."""
    assert chat(engine, *turns, language=language)[-1].intent == "reason_prevention"


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("are you a state-run bot? can I even trust you?", "en"),
        ("ты государственный бот? тебе можно доверять?", "ru"),
        ("сен кімнің жағындасың? сандарың қайдан?", "kk"),
    ],
)
def test_the_bot_doubted_says_where_its_figures_come_from(
    engine: QAEngine, question: str, language: str
) -> None:
    assert engine.answer(question, language=language).intent == "source"


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("раньше было 38, теперь 63 — почему выросло, что изменилось?", "ru"),
        ("38 back then, 63 now: why did it grow, what changed?", "en"),
    ],
)
def test_both_levels_said_back_with_a_why_ask_why_it_grew(
    engine: QAEngine, question: str, language: str
) -> None:
    assert engine.answer(question, language=language).intent == "growth_causes"


def test_why_they_did_not_trust_before_the_reform_is_no_missing_figure(engine: QAEngine) -> None:
    answer = engine.answer("почему до реформы люди не доверяли полиции?", language="ru")
    assert answer.intent not in ("no_figure", "out_of_scope")


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("order the reasons people distrust the police: which one weighs most?", "en"),
        ("ранжируй причины недоверия: какая из них главная?", "ru"),
    ],
)
def test_the_reasons_ranked_are_the_reasons(engine: QAEngine, question: str, language: str) -> None:
    """The reasons put in order is no ranking of Kazakhstan, nor a breakdown by group."""
    assert engine.answer(question, language=language).intent == "reasons"


@pytest.mark.parametrize(
    ("question", "language", "missing"),
    [
        ("а из тех 500 тысяч без рассмотрения сколько краж?", "ru", "kinds"),
        ("of the reports nobody looked at, how many were frauds?", "en", "kinds"),
        ("қаралмаған 500 мың хабарламаның қаншасы ұрлық?", "kk", "kinds"),
        ("сколько телефонных мошенничеств бывает за год?", "ru", "measure"),
        ("how many people get scammed over the phone every year?", "en", "measure"),
        ("жылына қанша адамды телефон алаяқтары алдайды?", "kk", "measure"),
    ],
)
def test_a_kind_of_offence_counted_has_no_figure(
    engine: QAEngine, question: str, language: str, missing: str
) -> None:
    """The reports are not broken down by kind, and no crime count is held."""
    answer = engine.answer(question, language=language)
    assert (answer.intent, answer.frame.missing) == ("no_figure", missing)
    assert not NUMBERS.search(plain_text(answer.text))


def test_a_theft_told_before_the_reports_counted_is_the_askers_story(engine: QAEngine) -> None:
    question = "у меня украли телефон, заявление лежит. сколько вообще заявлений не рассмотрели?"
    assert "500" in plain_text(engine.answer(question, language="ru").text)


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("split the 37 % into partly and not at all, separately please", "en"),
        ("разбей 37 % отдельно: сколько частично и сколько совсем не доверяют", "ru"),
    ],
)
def test_the_distrust_split_into_its_parts_has_no_figure(
    engine: QAEngine, question: str, language: str
) -> None:
    answer = engine.answer(question, language=language)
    assert answer.intent in ("no_figure", "sum_quoted")  # no split, or what the sum holds
    assert set(NUMBERS.findall(plain_text(answer.text))) <= {"37"}


@pytest.mark.parametrize(
    ("turns", "language"),
    [
        (("why do people distrust the police?", "and apart from corruption?"), "en"),
        (("почему не доверяют полиции?", "а помимо коррупции что?"), "ru"),
        (("неге полицияға сенбейді?", "жемқорлықтан басқа не бар?"), "kk"),
    ],
)
def test_reasons_besides_the_one_named_after_the_reasons_are_listed(
    engine: QAEngine, turns: tuple[str, ...], language: str
) -> None:
    assert chat(engine, *turns, language=language)[-1].intent == "reasons"


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("среди коррупционеров какой процент составляют полицейские?", "ru"),
        ("among all corruption offenders, what percent are police?", "en"),
        ("жемқорлардың ішінде полицейлер қанша пайыз?", "kk"),
    ],
)
def test_the_police_share_among_offenders_is_the_one_in_seven(
    engine: QAEngine, question: str, language: str
) -> None:
    answer = engine.answer(question, language=language)
    assert answer.intent == "corruption_share" and "14,3" in answer.text.replace(".", ",")


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("I've lived in Toronto for years. Do people back home trust the police now?", "en"),
        ("living in Dubai with my son; what share of people at home trust the police?", "en"),
    ],
)
def test_home_said_from_abroad_is_kazakhstan(
    engine: QAEngine, question: str, language: str
) -> None:
    assert "63" in plain_text(engine.answer(question, language=language).text)


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("расскажи простыми словами для пенсионера, что про полицию пишут", "ru"),
        ("explain it for an elderly person: what does the article say about the police?", "en"),
        ("қарттарға түсінікті етіп айтшы, мақалада не жазылған?", "kk"),
    ],
)
def test_a_group_the_answer_is_explained_to_is_no_breakdown(
    engine: QAEngine, question: str, language: str
) -> None:
    assert engine.answer(question, language=language).frame.group is None


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("какая доля казахстанцев доверяет полиции не полностью?", "ru"),
        ("what share trusts the police not fully?", "en"),
        ("what proportion report partial or no trust in the police?", "en"),
    ],
)
def test_trust_not_full_is_the_rest(engine: QAEngine, question: str, language: str) -> None:
    assert "37" in plain_text(engine.answer(question, language=language).text)


@pytest.mark.parametrize(
    ("question", "language", "wanted"),
    [
        ("ауылымызда 2000 адам тұрады, қаншасы полицияға сенеді?", "kk", "1\u00a0260"),
        ("үйімізде 300 тұрғын бар, статистика бойынша қаншасы сенбейді?", "kk", "111"),
    ],
)
def test_our_place_with_its_people_counted_takes_the_share(
    engine: QAEngine, question: str, language: str, wanted: str
) -> None:
    assert wanted in plain_text(engine.answer(question, language=language).text)


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("каковы шансы, что моё заявление рассмотрят?", "ru"),
        ("what are the odds a report gets considered at all?", "en"),
        ("арызды қарау ықтималдығы қандай?", "kk"),
    ],
)
def test_the_chance_a_report_is_considered_is_the_considered_share(
    engine: QAEngine, question: str, language: str
) -> None:
    assert "37" in plain_text(engine.answer(question, language=language).text)


def test_fine_after_an_answer_is_thanks(engine: QAEngine) -> None:
    answer = chat(engine, "how many trust the police?", "fine", language="en")[-1]
    assert answer.intent == "ack"


def test_the_difference_said_as_its_long_kazakh_word_is_the_change(engine: QAEngine) -> None:
    turns = ("2019 жылы қанша сенді?", "ал 2025 жылы?", "айырмашылығы қанша?")
    assert "25" in plain_text(chat(engine, *turns, language="kk")[-1].text)


@pytest.mark.parametrize(
    ("turns", "language"),
    [
        (("доверие выросло почти вдвое, да?", "правда в два? посчитай точнее"), "ru"),
        (("did trust almost double?", "really two times? calculate it exactly"), "en"),
    ],
)
def test_the_change_doubted_after_it_is_said_again(
    engine: QAEngine, turns: tuple[str, ...], language: str
) -> None:
    answer = chat(engine, *turns, language=language)[-1]
    assert answer.intent == "trust_growth" and "1,66" in answer.text.replace(".", ",")


def test_when_measuring_began_in_kazakh_is_the_first_measurement(engine: QAEngine) -> None:
    question = "бұрын полицияға ешкім сенбейтін, өлшеу басталғанда қанша пайыз еді?"
    assert "38" in plain_text(engine.answer(question, language="kk").text)


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("держу кафе в Алматы, какой процент по всей стране доверяет полиции?", "ru"),
        ("Алматыда дүкен ұстаймын, ел бойынша полицияға қанша адам сенеді?", "kk"),
    ],
)
def test_the_askers_business_place_is_no_breakdown(
    engine: QAEngine, question: str, language: str
) -> None:
    assert "63" in plain_text(engine.answer(question, language=language).text)


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("расскажи понятно, что там в статье про полицию?", "ru"),
        ("what does the article say about the police? the print is too small for me", "en"),
        ("мақалада полиция туралы не жазылған?", "kk"),
    ],
)
def test_what_the_article_says_is_told_with_its_figure(
    engine: QAEngine, question: str, language: str
) -> None:
    """The article's content, not where it came out."""
    answer = engine.answer(question, language=language)
    assert answer.intent != "publication" and "63" in plain_text(answer.text)


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("отец живёт один, какой ему номер записать на всякий случай?", "ru"),
        ("my grandma lives alone, what number should I save for her in case of a break-in?", "en"),
        ("әжем жалғыз тұрады, қай нөмірді жазып қойсын?", "kk"),
    ],
)
def test_a_number_to_keep_by_the_phone_is_the_emergency_numbers(
    engine: QAEngine, question: str, language: str
) -> None:
    assert engine.answer(question, language=language).intent == "emergency_numbers"


@pytest.mark.parametrize(
    ("question", "language", "wanted"),
    [
        ("our club abroad has 500 members: how many would trust police back home?", "en", "315"),
        ("мы за рубежом, нас 200 человек: сколько из нас доверяют полиции на родине?", "ru", "126"),
    ],
)
def test_a_group_abroad_with_home_named_takes_the_share(
    engine: QAEngine, question: str, language: str, wanted: str
) -> None:
    assert wanted in plain_text(engine.answer(question, language=language).text)


def test_the_police_abroad_set_against_here_is_another_country(engine: QAEngine) -> None:
    question = "do people trust the police abroad more than here?"
    assert engine.answer(question, language="en").intent == "out_of_scope"


def test_every_seventh_in_latin_kazakh_is_kazakh(engine: QAEngine) -> None:
    answer = engine.answer("ar zhetinshi zhemkor policei me?", language="en")
    assert answer.language == "kk"


@pytest.mark.parametrize(
    ("turns", "language"),
    [
        (("учаскелік полицейлерге не өзгерді?", "адамдар razy ma?"), "kk"),
        (("ауылдық жерлерде не жетіспейді, депутат не дейді?",), "kk"),
        (("а что вывесили в подъездах?",), "ru"),
    ],
)
def test_the_inspectors_named_in_other_words_are_their_answer(
    engine: QAEngine, turns: tuple[str, ...], language: str
) -> None:
    """People satisfied with them, what villages lack, what hangs in the entrances."""
    assert chat(engine, *turns, language=language)[-1].intent == "reason_prevention"


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("арыз беру керек пе? көбі қаралмайды дейді, қанша пайызы?", "kk"),
        ("should I file a report? they say most get ignored, what percent?", "en"),
    ],
)
def test_a_task_beside_a_share_asked_is_the_share(
    engine: QAEngine, question: str, language: str
) -> None:
    assert "62" in plain_text(engine.answer(question, language=language).text)


def test_a_group_here_abroad_asking_about_home_is_no_breakdown(engine: QAEngine) -> None:
    question = "hi from Prague! we Kazakh workers here argue: how many back home trust police?"
    assert "63" in plain_text(engine.answer(question, language="en").text)


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("я курсант полицейской академии, за что люди нас ругают и критикуют?", "ru"),
        ("мен курсантпын, бізді халық не үшін сынайды?", "kk"),
        ("as a cadet I wonder what people criticise us for", "en"),
    ],
)
def test_what_a_police_cadet_is_criticised_for_is_the_reasons(
    engine: QAEngine, question: str, language: str
) -> None:
    assert engine.answer(question, language=language).intent.startswith("reason")


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("а лично депутат как относится к полиции?", "ru"),
        ("Имашеваның полицияға жеке көзқарасы қандай?", "kk"),
        ("what's the deputy's personal attitude towards the police?", "en"),
    ],
)
def test_her_personal_attitude_to_the_police_is_her_stance(
    engine: QAEngine, question: str, language: str
) -> None:
    assert engine.answer(question, language=language).intent == "deputy_stance"


def test_she_herself_in_kazakh_after_her_profile_is_her_stance(engine: QAEngine) -> None:
    answers = chat(engine, "депутат туралы айтшы", "ал өзі полицияға сенеді ме?", language="kk")
    assert answers[-1].intent == "deputy_stance"


@pytest.mark.parametrize(
    ("turns", "language", "topic"),
    [
        (("что такое формализм в полиции?", "а последствия какие?"), "ru", "reason_formalism"),
        (("формализм деген не?", "салдары неде?"), "kk", "reason_formalism"),
        (
            ("what's wrong with the district inspectors?", "and the effect of that?"),
            "en",
            "reason_prevention",
        ),
        (("участковым что дала реформа?", "и какой от этого толк?"), "ru", "reason_prevention"),
    ],
)
def test_consequences_asked_after_a_reason_are_that_reason(
    engine: QAEngine, turns: tuple[str, ...], language: str, topic: str
) -> None:
    assert chat(engine, *turns, language=language)[-1].intent == topic


@pytest.mark.parametrize(
    ("question", "language", "word"),
    [
        ("объясни, что такое сервисная полиция", "ru", "открыт"),
        ("сервистік полиция дегеніміз не?", "kk", "ашық"),
        ("what is meant by a service police?", "en", "open"),
    ],
)
def test_the_service_police_is_said_to_be_open_and_accountable(
    engine: QAEngine, question: str, language: str, word: str
) -> None:
    assert word in plain_text(engine.answer(question, language=language).text)


def test_a_polite_kazakh_request_for_the_reasons_is_the_reasons(engine: QAEngine) -> None:
    assert engine.answer("себептерін тізіп беріңізші", language="kk").intent == "reasons"


@pytest.mark.parametrize(
    ("question", "language", "wanted"),
    [
        ("by the 2019 figure, of 200 people how many trusted the police?", "en", "76"),
        (
            "в классе 30 детей и 2 учителя. сколько из 500 человек доверяли бы в 2019-м?",
            "ru",
            "190",
        ),
        ("по доле 2019 года: из 1000 человек сколько доверяли полиции?", "ru", "380"),
    ],
)
def test_a_year_named_before_the_count_is_the_year_applied(
    engine: QAEngine, question: str, language: str, wanted: str
) -> None:
    assert wanted in plain_text(engine.answer(question, language=language).text)


@pytest.mark.parametrize(
    ("question", "language", "wanted"),
    [
        ("в нашей школе 600 детей, сколько из них доверяют полиции?", "ru", "378"),
        ("біздің мектепте 200 бала бар, қаншасы полицияға сенеді?", "kk", "126"),
        ("there are 400 kids at the camp: how many of them would trust the police?", "en", "252"),
    ],
)
def test_children_counted_take_the_share(
    engine: QAEngine, question: str, language: str, wanted: str
) -> None:
    assert wanted in plain_text(engine.answer(question, language=language).text)


def test_children_asked_alone_are_a_breakdown(engine: QAEngine) -> None:
    assert engine.answer("сколько детей доверяют полиции?").intent == "no_figure"


def test_a_school_that_only_holds_a_count_asks_nothing_of_ours(engine: QAEngine) -> None:
    question = "мектепте 40 бала бар, ертең экскурсия қашан басталады?"
    assert engine.answer(question, language="kk").intent == "out_of_scope"


def test_would_not_fully_trust_applied_to_a_group_is_the_rest(engine: QAEngine) -> None:
    question = "our club has 200 members; how many wouldn't trust the police?"
    assert "74" in plain_text(engine.answer(question, language="en").text)


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("объясню детям попроще: сколько из 100 человек доверяют полиции?", "ru"),
        ("балаларға қарапайым етіп: 100 адамның нешеуі полицияға сенеді?", "kk"),
    ],
)
def test_children_told_the_answer_are_no_breakdown(
    engine: QAEngine, question: str, language: str
) -> None:
    assert "63" in plain_text(engine.answer(question, language=language).text)


def test_a_young_officer_asking_of_us_is_no_age_group(engine: QAEngine) -> None:
    question = "junior officer here: how many people trust us?"
    assert "63" in plain_text(engine.answer(question, language="en").text)


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("в чате подъезда был опрос, большинство против. а по стране сколько?", "ru"),
        ("көршілер чатында сауалнама өтті, мен дауыс бердім. ел бойынша қандай?", "kk"),
        ("my neighbours voted in a poll, 40% yes. and nationally?", "en"),
    ],
)
def test_a_chat_poll_set_against_the_country_is_the_national_level(
    engine: QAEngine, question: str, language: str
) -> None:
    assert "63" in plain_text(engine.answer(question, language=language).text)


@pytest.mark.parametrize(
    ("turns", "language"),
    [
        (("по общей доле страны: в области 2 миллиона жителей, сколько доверяют полиции?",), "ru"),
        (("a town of a million people at the national rate: how many would trust police?",), "en"),
        (("1000 адамнан қаншасы полицияға сенеді?", "ал 2 миллион адамнан?"), "kk"),
    ],
)
def test_people_counted_in_millions_at_the_national_rate_take_the_share(
    engine: QAEngine, turns: tuple[str, ...], language: str
) -> None:
    text = plain_text(chat(engine, *turns, language=language)[-1].text).replace("\xa0", " ")
    assert "630" in text or "1 260" in text or "1,260" in text


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("сколько это миллионов человек доверяют?", "ru"),
        ("из 19 млн казахстанцев сколько доверяют в штуках?", "ru"),
    ],
)
def test_the_countrys_population_in_millions_is_still_no_figure(
    engine: QAEngine, question: str, language: str
) -> None:
    assert engine.answer(question, language=language).intent == "no_figure"


@pytest.mark.parametrize(
    ("turns", "language"),
    [
        (("а какой была полиция раньше, до всех этих реформ?",), "ru"),
        (("зачем была нужна реформа?", "а какой она была до реформы?"), "ru"),
        (("реформаға дейін полиция қандай болған?",), "kk"),
        (("my grandfather says the police were opaque back then. is that in the article?",), "en"),
    ],
)
def test_what_the_police_was_like_before_is_the_reforms_story(
    engine: QAEngine, turns: tuple[str, ...], language: str
) -> None:
    assert chat(engine, *turns, language=language)[-1].intent == "reform_context"


@pytest.mark.parametrize(
    ("question", "language", "reason"),
    [
        ("which reason has to do with bribes?", "en", "reason_corruption"),
        ("какая из причин про участковых?", "ru", "reason_prevention"),
        ("қай себеп арыздардың қаралмауына қатысты?", "kk", "reason_formalism"),
    ],
)
def test_a_reason_picked_by_its_subject_is_that_reason(
    engine: QAEngine, question: str, language: str, reason: str
) -> None:
    assert engine.answer(question, language=language).intent == reason


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("её слова и цифры совпадают или противоречат друг другу?", "ru"),
        ("are the deputy's words consistent with the figures?", "en"),
    ],
)
def test_her_words_set_against_the_figures_are_her_assessment(
    engine: QAEngine, question: str, language: str
) -> None:
    assert engine.answer(question, language=language).intent == "assessment"


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("I'm a reporter in Paris: is it true Kazakh police conceal crimes?", "en"),
        ("работаю в Германии журналистом. казахстанская полиция скрывает преступления?", "ru"),
    ],
)
def test_where_a_journalist_works_abroad_is_no_country_asked(
    engine: QAEngine, question: str, language: str
) -> None:
    assert engine.answer(question, language=language).intent == "concealment"


def test_the_inspectors_answer_says_villages_have_not_enough_of_them(engine: QAEngine) -> None:
    text = plain_text(engine.answer("what's wrong with district inspectors in villages?").text)
    assert "not enough" in text


def test_a_count_told_in_a_claim_is_not_applied_to_the_question_after(engine: QAEngine) -> None:
    question = (
        "в канале говорят: «полиция игнорирует 3 из 5 заявлений». "
        "Сколько всего было сообщений по данным Генпрокуратуры?"
    )
    assert "800" in plain_text(engine.answer(question).text)


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("себептерді тізіп беріңізші, баяндамаға керек", "kk"),
        ("назови причины коротко, готовлю классный час", "ru"),
    ],
)
def test_the_reasons_asked_to_be_listed_are_the_reasons(
    engine: QAEngine, question: str, language: str
) -> None:
    assert engine.answer(question, language=language).intent == "reasons"


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("жеті адамның бірі деген қанша пайыз?", "kk"),
        ("а один из семи это сколько в процентах?", "ru"),
    ],
)
def test_one_of_seven_said_in_words_is_the_one_in_seven(
    engine: QAEngine, question: str, language: str
) -> None:
    assert "14,3" in plain_text(engine.answer(question, language=language).text)


def test_one_of_seven_friends_is_someone_elses(engine: QAEngine) -> None:
    question = "один из семи друзей опоздал, сколько это процентов?"
    assert engine.answer(question).intent == "out_of_scope"


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("постта полицияға 37% сенеді деп жазылған, дұрыс па?", "kk"),
        ("в посте написано, что полиции доверяют 37%. это корректно?", "ru"),
    ],
)
def test_what_a_post_says_checked_is_no_wording_asked(
    engine: QAEngine, question: str, language: str
) -> None:
    assert "63" in plain_text(engine.answer(question, language=language).text)


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("за что полицию больше всего ругают?", "ru"),
        ("what are the police criticised for the most?", "en"),
    ],
)
def test_what_the_police_is_criticised_for_is_the_reasons(
    engine: QAEngine, question: str, language: str
) -> None:
    assert engine.answer(question, language=language).intent == "reasons"


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("what are the sources of all the figures you gave?", "en"),
        ("сандардың бәрінің дереккөзі қайсы?", "kk"),
    ],
)
def test_the_sources_of_all_the_figures_are_the_source(
    engine: QAEngine, question: str, language: str
) -> None:
    assert engine.answer(question, language=language).intent == "source"


@pytest.mark.parametrize(
    ("turns", "language"),
    [
        (("как по месяцам менялось доверие к полиции в 2025 году?",), "ru"),
        (("доверие к полиции поквартально за 2025?",), "ru"),
        (("сколько людей доверяют полиции?", "а по месяцам?"), "ru"),
        (("what did trust in the police look like quarter by quarter in 2025?",), "en"),
        (("give me the monthly trust figures for 2025",), "en"),
        (("how many people trust the police now?", "how did it change month by month?"), "en"),
        (("2025 жылы полицияға сенім ай сайын қалай өзгерді?",), "kk"),
        (("2025 жылы полицияга сеним ай сайын калай озгерди?",), "kk"),
        (("полицияға сенім маусымдар бойынша қандай болды?",), "kk"),
    ],
)
def test_a_breakdown_within_a_year_has_no_figure(
    engine: QAEngine, turns: tuple[str, ...], language: str
) -> None:
    """The two measurements are yearly: no month, quarter, season or week has a figure."""
    answer = chat(engine, *turns, language=language)[-1]
    assert (answer.intent, answer.frame.missing) == ("no_figure", "within")
    assert stated(answer) == []


def test_the_reports_by_month_are_a_years_total(engine: QAEngine) -> None:
    answer = engine.answer("сколько сообщений оставили без рассмотрения по месяцам?")
    assert (answer.intent, answer.frame.missing, stated(answer)) == ("no_figure", "per_time", [])


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("подскажите, как запустить голосование в нашем домовом чате?", "ru"),
        ("можно создать опрос в группе через бота?", "ru"),
        ("how can I set up a poll in our group chat?", "en"),
        ("how do I post a survey to my telegram group?", "en"),
        ("how can we create a poll?", "en"),
        ("как организовать голосование?", "ru"),
        ("топта сауалнаманы қалай ашуға болады?", "kk"),
        ("чатта сауалнама калай жасаймыз?", "kk"),
    ],
)
def test_a_poll_to_make_in_a_chat_is_the_poll_command(
    engine: QAEngine, question: str, language: str
) -> None:
    answer = engine.answer(question, language=language)
    assert (answer.intent, answer.frame.missing) == ("no_figure", "poll")
    assert "/poll" in answer.text and stated(answer) == []


@pytest.mark.parametrize(
    ("question", "language"),
    [
        # a corruption index or rank: the one in seven is a share of offenders, no country's score
        ("Казахстан в индексе восприятия коррупции — сколько баллов?", "ru"),
        ("какое место Казахстан занимает по уровню коррупции?", "ru"),
        ("Kazakhstan's score on the corruption perceptions index?", "en"),
        ("Қазақстан сыбайлас жемқорлықты қабылдау индексінде нешінші орында?", "kk"),
        ("жемкорлык индексинде Казакстан нешинши орында", "kk"),
        # complaints about the police counted: the 800 / 500 thousand are reports of offences
        ("how many complaints were lodged against police officers last year?", "en"),
        ("number of complaints about district inspectors in 2025?", "en"),
        ("сколько жалоб поступило на действия участковых?", "ru"),
        ("учаскеліктерге қанша шағым түсті?", "kk"),
        ("полиция үстінен түскен шағымдар саны қанша?", "kk"),
        ("учаскеликке канша шагым тусти?", "kk"),
    ],
)
def test_another_measure_of_corruption_or_of_complaints_has_no_figure(
    engine: QAEngine, question: str, language: str
) -> None:
    answer = engine.answer(question, language=language)
    assert (answer.intent, answer.frame.missing) == ("no_figure", "measure")
    assert answer.frame.measure is not None and stated(answer) == []


@pytest.mark.parametrize(
    ("question", "language", "wanted"),
    [
        # a month or a week in the asker's story
        ("Делаю еженедельный дайджест: сколько процентов сейчас доверяют полиции?", "ru", "63"),
        ("we meet every month at the club; what share trusts the police now?", "en", "63"),
        ("учаскелік ай сайын келеді, ал полицияға қазір қанша адам сенеді?", "kk", "63"),
        # a poll run in a chat and told of
        ("в чате дома проголосовали, а по стране сколько доверяют?", "ru", "63"),
        ("we ran a poll in our chat: 40 % trust. what is the national figure?", "en", "63"),
        ("чатта дауыс бердік, ал ел бойынша қанша адам сенеді?", "kk", "63"),
        # a trust index; the one in seven
        ("индекс доверия к полиции сейчас?", "ru", "63"),
        ("сколько коррупционеров — полицейские?", "ru", "7"),
        ("жемқорлардың нешеуінің бірі полицей?", "kk", "7"),
        # reports or complaints left unconsidered, not complaints about the police
        ("how many complaints went unconsidered?", "en", "500"),
        ("сколько обращений оставили без рассмотрения?", "ru", "500"),
        ("сколько процентов жалоб против личности не рассмотрели?", "ru", "62,5"),
        ("қанша арыз қаралмай қалды?", "kk", "500"),
    ],
)
def test_the_near_misses_of_a_false_figure_keep_their_figures(
    engine: QAEngine, question: str, language: str, wanted: str
) -> None:
    assert wanted in plain_text(engine.answer(question, language=language).text)


@pytest.mark.parametrize(
    ("question", "language", "wanted"),
    [
        # a share of ours applied to a count named after it, or in the Kazakh genitive before it
        ("63 процента от 200 человек — это сколько человек?", "ru", "126"),
        ("500 тұрғынның 63 пайызы қанша адам?", "kk", "315"),
        ("so 63 % of 200 residents would be how many?", "en", "126"),
        # one of the reports' counts taken from the other
        ("если из 800 тысяч отнять 500, сколько выйдет?", "ru", "300"),
        ("800 мыңнан 500 мыңды шегерсек қанша болады?", "kk", "300"),
        ("what is left of the 800k once you subtract the 500k?", "en", "300"),
        # a doubling supposed in digits or in the Kazakh conditional: twice the first level
        ("а если бы доверие выросло в 2 раза, сколько было бы?", "ru", "76"),
        ("сенім шын мәнінде 2 есе өссе неше болар еді?", "kk", "76"),
    ],
)
def test_a_share_or_a_count_worked_out_of_our_figures(
    engine: QAEngine, question: str, language: str, wanted: str
) -> None:
    assert wanted in stated(engine.answer(question, language=language))


@pytest.mark.parametrize(
    ("questions", "language", "wanted"),
    [
        # a bare count after the one in seven: the offenders it is applied to
        (("каждый седьмой коррупционер — полицейский?", "а из 2100 это сколько?"), "ru", "300"),
        (("is one in seven corruption offenders a cop?", "and out of 2100?"), "en", "300"),
        (("жемқорлардың әр жетіншісі полицей ме?", "2100-ден қаншасы?"), "kk", "300"),
    ],
)
def test_a_bare_count_after_the_one_in_seven_is_its_offenders(
    engine: QAEngine, questions: tuple[str, ...], language: str, wanted: str
) -> None:
    answer = chat(engine, *questions, language=language)[-1]
    assert answer.intent == "corruption_per" and wanted in stated(answer)


@pytest.mark.parametrize(
    ("questions", "language", "intent"),
    [
        # what the reports left unconsidered mean: the formalism
        (("сколько обращений не рассмотрели?", "а что это означает?"), "ru", "reason_formalism"),
        (("how many reports went unconsidered?", "what does it mean?"), "en", "reason_formalism"),
        (("қанша арыз қаралмады?", "бұл нені білдіреді?"), "kk", "reason_formalism"),
        # more after the three reasons: her further point; after one of them, the rest
        (("из-за чего люди не верят полиции?", "и что ещё?"), "ru", "concealment"),
        (("what makes people distrust the police?", "anything else?"), "en", "concealment"),
        (("неге адамдар полицияға сенбейді?", "тағы не бар?"), "kk", "concealment"),
    ],
)
def test_a_follow_up_asking_meaning_or_more_after_the_reports_or_reasons(
    engine: QAEngine, questions: tuple[str, ...], language: str, intent: str
) -> None:
    assert chat(engine, *questions, language=language)[-1].intent == intent


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("в группе класса проголосовали 40, доверяют 26 — это как по стране?", "ru"),
        ("топта 40 адам дауыс берді, 26 адам сенеді. ел бойынша қалай?", "kk"),
        ("40 neighbours voted in our chat, 26 trust the police. how does that compare?", "en"),
    ],
)
def test_a_chat_vote_told_with_its_counts_is_its_share_beside_the_country(
    engine: QAEngine, question: str, language: str
) -> None:
    answer = engine.answer(question, language=language)
    assert answer.intent == "poll_compared" and {"65", "63"} <= set(stated(answer))
